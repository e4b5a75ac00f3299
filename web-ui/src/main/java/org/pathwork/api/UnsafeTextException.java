package org.pathwork.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A JSON string with a NUL or another control character (other than tab and line breaks). */
class UnsafeTextException extends JsonMappingException {

    UnsafeTextException(JsonParser parser) {
        super(parser, "may not contain control characters such as NUL");
    }
}
