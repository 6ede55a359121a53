package org.fedoraproject.fmn.backend.problem;

import java.util.List;

import org.fedoraproject.fmn.database.rule.UnreadableRuleException;
import org.fedoraproject.fmn.text.Echo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every refusal of the API as FMN's (FastAPI's) JSON: {@code {"detail": "..."}}, or for 422 a
 * list of {@link FieldError}s, so FMN's web frontend and scripts read our errors as they read
 * FMN's. Nothing else escapes: an unexpected failure is logged and answered 500 without its
 * internals.
 */
@RestControllerAdvice
class ProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler
    ResponseEntity<Detail> refused(ApiException e) {
        return answer(e.status(), e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<Detail> invalid(InvalidFieldsException e) {
        return ResponseEntity.unprocessableContent().body(new Detail(e.errors()));
    }

    /**
     * A rule stored in a form this FMN cannot read (an old FMN's rule with an unknown protocol,
     * say): it matches nothing, cannot be shown or changed, and can be deleted.
     */
    @ExceptionHandler
    ResponseEntity<Detail> unreadable(UnreadableRuleException e) {
        return answer(HttpStatus.CONFLICT, "Rule " + e.rule().id() + " is stored in a form FMN cannot read ("
                + Echo.of(e.rule().reason()) + "); it matches nothing, and can only be deleted");
    }

    @ExceptionHandler
    ResponseEntity<Detail> tooLarge(BodyTooLargeException e) {
        return answer(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<Detail> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof BodyTooLargeException tooLarge) {
            return tooLarge(tooLarge);
        }
        return answer(HttpStatus.BAD_REQUEST, "The request body is not readable JSON");
    }

    @ExceptionHandler
    ResponseEntity<Detail> missingParameter(MissingServletRequestParameterException e) {
        return ResponseEntity.unprocessableContent().body(new Detail(List.of(
                new FieldError(List.of("query", e.getParameterName()), "Field required", "missing"))));
    }

    @ExceptionHandler
    ResponseEntity<Detail> wrongType(MethodArgumentTypeMismatchException e) {
        String where = e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)
                ? "path" : "query";
        return ResponseEntity.unprocessableContent().body(new Detail(List.of(new FieldError(List.of(where, e.getName()),
                "Input should be a valid " + typeName(e.getRequiredType()), "type_error"))));
    }

    @ExceptionHandler
    ResponseEntity<Detail> notFound(NoResourceFoundException e) {
        return answer(HttpStatus.NOT_FOUND, "Not Found");
    }

    @ExceptionHandler
    ResponseEntity<Detail> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        return answer(HttpStatus.METHOD_NOT_ALLOWED, "Method Not Allowed");
    }

    @ExceptionHandler
    ResponseEntity<Detail> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The request body must be JSON (Content-Type: application/json)");
    }

    @ExceptionHandler
    ResponseEntity<Detail> unexpected(Exception e) {
        log.error("API call failed", e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, "Internal Server Error");
    }

    private static ResponseEntity<Detail> answer(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(new Detail(detail));
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "integer";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        return type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }
}
