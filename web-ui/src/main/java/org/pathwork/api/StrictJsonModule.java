package org.pathwork.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.pathwork.workflow.common.SafeText;
import org.springframework.stereotype.Component;

/**
 * Strict reading of what clients send. Text with NUL and other control characters is refused
 * (PostgreSQL cannot store NUL in text, and no person means to send one; tab, line feed and
 * carriage return are text). A date must be an ISO calendar date string: not a number of days
 * since 1970, not a date-time whose time would be dropped.
 */
@Component
class StrictJsonModule extends SimpleModule {

    StrictJsonModule() {
        super("pathwork-strict-json");
        addDeserializer(String.class, new SafeStringDeserializer());
        addDeserializer(LocalDate.class, new StrictLocalDateDeserializer());
    }

    private static final class StrictLocalDateDeserializer extends StdScalarDeserializer<LocalDate> {

        StrictLocalDateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw new StrictDateException(p);
            }
            try {
                return LocalDate.parse(p.getText(), DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeParseException e) {
                throw new StrictDateException(p);
            }
        }
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
