package org.pathwork.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A date that is not written as an ISO calendar date (2026-09-01). */
class StrictDateException extends JsonMappingException {

    StrictDateException(JsonParser parser) {
        super(parser, "must be a date written as YYYY-MM-DD");
    }
}
