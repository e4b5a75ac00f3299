package org.pathwork.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.pathwork.workflow.common.SafeText;
import org.springframework.stereotype.Component;

/**
 * Refuses text with NUL and other control characters wherever JSON is read: PostgreSQL cannot store
 * NUL in text, and no person means to send one. Tab, line feed and carriage return are text.
 */
@Component
class SafeTextModule extends SimpleModule {

    SafeTextModule() {
        super("pathwork-safe-text");
        addDeserializer(String.class, new SafeStringDeserializer());
    }

    private static final class SafeStringDeserializer extends StdScalarDeserializer<String> {

        SafeStringDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (value != null && !SafeText.isSafe(value)) {
                throw new UnsafeTextException(p);
            }
            return value;
        }
    }
}
