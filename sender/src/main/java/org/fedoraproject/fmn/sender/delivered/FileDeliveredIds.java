package org.fedoraproject.fmn.sender.delivered;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Delivered ids in a file, one line each ({@code <epoch seconds> <id>}), appended and flushed
 * as each is delivered, read back at start: a single sender of the embedded default keeps them
 * across restarts without Redis. Ids older than the time they are kept are dropped when the
 * file is read, and the file is rewritten without them.
 */
public final class FileDeliveredIds implements DeliveredIds {

    private final Path file;
    private final Duration keep;
    private final Clock clock;
    private final Map<String, Instant> delivered = new ConcurrentHashMap<>();
    /** Claims are in memory only: the file serves one process, and a restart ends its claims. */
    private final Map<String, Instant> claims = new ConcurrentHashMap<>();
    private final BufferedWriter log;

    public FileDeliveredIds(Path file, Duration keep, Clock clock) {
        this.file = file;
        this.keep = keep;
        this.clock = clock;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            readAndCompact();
            log = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep delivered notification ids in " + file, e);
        }
    }

    private void readAndCompact() throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        Instant oldest = clock.instant().minus(keep);
        List<String> kept = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int space = line.indexOf(' ');
            if (space <= 0) {
                continue; // a line cut short by a crash
            }
            try {
                Instant at = Instant.ofEpochSecond(Long.parseLong(line.substring(0, space)));
                if (at.isAfter(oldest)) {
                    delivered.put(line.substring(space + 1), at);
                    kept.add(line);
                }
            } catch (NumberFormatException e) {
                // a line cut short by a crash
            }
        }
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(temporary, kept, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public boolean contains(String notificationId) {
        Instant at = delivered.get(notificationId);
        return at != null && at.plus(keep).isAfter(clock.instant());
    }

    @Override
    public boolean claim(String notificationId, Duration lease) {
        Instant now = clock.instant();
        Instant until = now.plus(lease);
        Instant held = claims.compute(notificationId, (id, current) -> current == null || !current.isAfter(now) ? until : current);
        return held == until;
    }

    @Override
    public void release(String notificationId) {
        claims.remove(notificationId);
    }

    @Override
    public synchronized void remember(String notificationId) {
        Instant now = clock.instant();
        delivered.put(notificationId, now);
        claims.remove(notificationId);
        try {
            log.write(now.getEpochSecond() + " " + notificationId + "\n");
            log.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a delivered notification id to " + file, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            log.close();
        } catch (IOException e) {
            // Every line was flushed as it was written.
        }
    }
}
