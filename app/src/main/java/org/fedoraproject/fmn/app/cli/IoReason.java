package org.fedoraproject.fmn.app.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/**
 * Why a file could not be read or written, in the words of the system ({@code permission
 * denied}, {@code is a directory}, {@code no space left on device}), without the file name the
 * exception's own message repeats: messages name the file once, themselves.
 */
final class IoReason {

    private IoReason() {
    }

    static String of(IOException e) {
        String reason = switch (e) {
            case NoSuchFileException missing -> "no such file or directory";
            case AccessDeniedException denied -> "permission denied";
            case FileSystemException other when other.getReason() != null -> other.getReason();
            default -> e.getMessage();
        };
        if (reason == null || reason.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
    }
}
