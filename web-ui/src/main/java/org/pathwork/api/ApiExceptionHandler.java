package org.pathwork.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.axonframework.modelling.command.ConcurrencyException;
import org.pathwork.workflow.common.Forbidden;
import org.pathwork.workflow.common.NotFound;
import org.pathwork.workflow.common.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every refusal into a problem-details answer with a sentence a person understands. Anything
 * a client sent is a 4xx; a 5xx means we failed (and is logged with a code).
 */
@RestControllerAdvice(basePackages = "org.pathwork.api")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolation(RuleViolation e) {
        HttpStatus status = switch (e.kind()) {
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNKNOWN -> HttpStatus.NOT_FOUND;
            case INVALID -> HttpStatus.BAD_REQUEST;
        };
        return ProblemResponses.problem(status, e.code(), e.getMessage());
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return ProblemResponses.problem(HttpStatus.NOT_FOUND, "not-found", e.getMessage());
    }

    @ExceptionHandler(Forbidden.class)
    ProblemDetail forbidden(Forbidden e) {
        return ProblemResponses.problem(HttpStatus.FORBIDDEN, "forbidden", e.getMessage());
    }

    /** Two people changed the same placement at the same moment; the loser's change was not applied. */
    @ExceptionHandler({ConcurrencyException.class, DuplicateKeyException.class, CannotAcquireLockException.class})
    ProblemDetail concurrentChange(Exception e) {
        return ProblemResponses.problem(HttpStatus.CONFLICT, "concurrent-change",
                "Someone else changed this at the same moment, so your change was not applied. Please try again.");
    }

    @ExceptionHandler({CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class,
            DataAccessResourceFailureException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) {
        log.warn("PW-API-503 database unavailable: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(DatabaseOutage.problem());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return ProblemResponses.invalid("The value of " + e.getName() + " is not valid.",
                List.of(new ProblemResponses.FieldError(e.getName(), "is not a valid value")));
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e) {
        if (DatabaseOutage.causedBy(e)) {
            return databaseUnavailable(e);
        }
        log.error("PW-API-500 unexpected failure", e);
        return ProblemResponses.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
                "Something went wrong on our side. Nothing was changed.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Class<?> body = e.getBindingResult().getTarget() == null ? null : e.getBindingResult().getTarget().getClass();
        List<ProblemResponses.FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new ProblemResponses.FieldError(jsonName(body, f.getField()), f.getDefaultMessage())).toList();
        String detail = errors.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
        return ResponseEntity.badRequest().body(ProblemResponses.invalid("Some fields are not valid: " + detail + ".", errors));
    }

    /** The field as the client named it: a record component's @JsonProperty, if it has one. */
    private static String jsonName(Class<?> body, String field) {
        if (body == null || !body.isRecord() || field.contains(".") || field.contains("[")) {
            return field;
        }
        for (java.lang.reflect.RecordComponent c : body.getRecordComponents()) {
            com.fasterxml.jackson.annotation.JsonProperty renamed =
                    c.getAccessor().getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
            if (c.getName().equals(field) && renamed != null && !renamed.value().isEmpty()) {
                return renamed.value();
            }
        }
        return field;
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(ProblemResponses.invalid("Some values are not valid.", List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String duplicate = duplicateKey(e);
        if (duplicate != null) {
            return ResponseEntity.badRequest().body(ProblemResponses.invalid(
                    "The field " + duplicate + " appears more than once; send each field once.",
                    List.of(new ProblemResponses.FieldError(duplicate, "appears more than once"))));
        }
        JsonMappingException mapping = null;
        for (Throwable t = e.getCause(); t != null && mapping == null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonMappingException m && !m.getPath().isEmpty()) {
                mapping = m;
            }
        }
        if (mapping != null) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String message = mapping instanceof UnsafeTextException unsafe ? unsafe.getOriginalMessage()
                    : mapping instanceof StrictDateException date ? date.getOriginalMessage()
                    : mapping instanceof InvalidFormatException || mapping instanceof MismatchedInputException
                    ? "has the wrong type or format" : "is not valid";
            return ResponseEntity.badRequest().body(ProblemResponses.invalid(
                    "The field " + field + " " + message + ".", List.of(new ProblemResponses.FieldError(field, message))));
        }
        String detail = e.getCause() instanceof JsonProcessingException || e.getMessage() == null
                || e.getMessage().startsWith("JSON parse error")
                ? "The request body is not valid JSON." : "The request body is missing or cannot be read.";
        return ResponseEntity.badRequest().body(ProblemResponses.problem(HttpStatus.BAD_REQUEST, "request.unreadable", detail));
    }

    /**
     * The repeated key, dotted from the top of the body (ratings.collaboration), when Jackson refused
     * one (STRICT_DUPLICATE_DETECTION, application.yml); it says so only in its message, and the
     * parser's context knows where.
     */
    private static String duplicateKey(HttpMessageNotReadableException e) {
        JsonParseException p = null;
        for (Throwable t = e.getCause(); t != null && p == null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonParseException found && found.getOriginalMessage() != null
                    && DUPLICATE_FIELD.matcher(found.getOriginalMessage()).matches()) {
                p = found;
            }
        }
        if (p == null) {
            return null;
        }
        JsonParser parser = p.getProcessor();
        String key = parser != null && parser.getParsingContext() != null
                ? parser.getParsingContext().pathAsPointer().toString().substring(1).replace('/', '.')
                : DUPLICATE_FIELD.matcher(p.getOriginalMessage()).replaceFirst("$1");
        return key.length() > 100 ? key.substring(0, 100) + "…" : key;
    }

    private static final Pattern DUPLICATE_FIELD = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(ProblemResponses.problem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "request.media-type", "Send the request body as application/json."));
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).body(ProblemResponses.problem(
                HttpStatus.METHOD_NOT_ALLOWED, "request.method", "This address does not accept " + e.getMethod() + "."));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemResponses.problem(
                HttpStatus.NOT_FOUND, "not-found", "There is nothing at this address."));
    }
}
