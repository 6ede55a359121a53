package org.fedoraproject.fmn.app.api;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The mails an email sender of the embedded default wrote: the {@code .eml} files of its outbox folder. */
final class Outbox {

    private Outbox() {
    }

    /** Each mail's text; none while the folder does not exist. */
    static List<String> mails(Path outbox) throws IOException {
        if (!Files.isDirectory(outbox)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(outbox)) {
            return files.filter(file -> file.toString().endsWith(".eml")).map(Outbox::read).toList();
        }
    }

    private static String read(Path mail) {
        try {
            return Files.readString(mail, UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
