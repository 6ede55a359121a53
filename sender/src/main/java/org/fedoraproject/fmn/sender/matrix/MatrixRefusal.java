package org.fedoraproject.fmn.sender.matrix;

import org.fedoraproject.fmn.sender.DeliveryFailure;

/**
 * The homeserver refused a request for good ({@code 4xx} other than 401, 408 and 429). It is
 * thrown as a permanent {@link DeliveryFailure}; the delivery looks at the status where a
 * refusal means something else (a room the bot is no longer in).
 */
final class MatrixRefusal extends Exception {

    private final int status;
    private final String errcode;

    MatrixRefusal(int status, String errcode, String reason) {
        super(reason);
        this.status = status;
        this.errcode = errcode;
    }

    int status() {
        return status;
    }

    String errcode() {
        return errcode;
    }

    DeliveryFailure permanent() {
        return DeliveryFailure.permanent(getMessage(), this);
    }
}
