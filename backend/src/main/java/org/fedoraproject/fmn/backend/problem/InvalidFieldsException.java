package org.fedoraproject.fmn.backend.problem;

import java.util.List;

/** A request whose body or parameters have invalid fields: answered 422 with FastAPI's list of errors. */
public class InvalidFieldsException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidFieldsException(List<FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public InvalidFieldsException(FieldError error) {
        this(List.of(error));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
