package org.fedoraproject.fmn.backend.problem;

import org.springframework.http.HttpStatus;

/**
 * A call the API refuses, answered with the status and {@code {"detail": "..."}} as FMN's API
 * does. Controllers throw it; {@link ProblemHandler} writes it.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;

    public ApiException(HttpStatus status, String detail) {
        super(detail);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }

    public static ApiException notFound(String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, detail);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, detail);
    }
}
