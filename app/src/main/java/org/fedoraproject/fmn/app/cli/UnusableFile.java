package org.fedoraproject.fmn.app.cli;

/**
 * A file, or standard input or output, that a command cannot use at all: it stops with this
 * message and exit status 2. The message names the file and says why, ready to print.
 */
final class UnusableFile extends RuntimeException {

    UnusableFile(String message) {
        super(message);
    }

    UnusableFile(String message, Throwable cause) {
        super(message, cause);
    }
}
