package org.thinkfamily.connectors.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connector's drop folder. Every file that arrives ends in {@code .done/} or {@code .failed/}, with a dead
 * letter or a log line saying why: a symbolic link or anything but a regular file is set aside unread; a file of
 * the wrong kind, empty or not text is refused whole; a file whose processing fails unexpectedly is taken again
 * at most {@code maxAttempts} times, unless the cause is a resource being away ({@link Failures#transientCause}),
 * which is waited out. Hidden and partial files are left while being written, and set aside once stale.
 * What is set aside is readable by the hub's user only, and deleted after the retention period.
 */
final class DropFolder {

    static final String DONE = ".done";
    static final String FAILED = ".failed";
    private static final Logger log = LoggerFactory.getLogger(DropFolder.class);
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");

    private final Path directory;
    private final String connector;
    private final String extension;
    private final FileRefusals refusals;
    private final ConnectorProperties properties;
    private final BiFunction<String, byte[], String> processFile;
    private final Clock clock;
    /** Failed attempts per file name and checksum; an edited file starts again. */
    private final Map<String, Integer> attempts = new ConcurrentHashMap<>();

    DropFolder(
            Path directory,
            String connector,
            String extension,
            FileRefusals refusals,
            ConnectorProperties properties,
            BiFunction<String, byte[], String> processFile,
            Clock clock) {
        this.directory = directory;
        this.connector = connector;
        this.extension = extension.toLowerCase(Locale.ROOT);
        this.refusals = refusals;
        this.properties = properties;
        this.processFile = processFile;
        this.clock = clock;
    }

    /** Hidden files and partial uploads: left alone while written (the file consumer never takes them). */
    static boolean isPartial(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return name.startsWith(".") || lower.endsWith(".tmp") || lower.endsWith(".part");
    }

    /** Takes one file the consumer found; throws (the file stays, to be taken again) only when it may yet succeed. */
    synchronized void take(Path file) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException gone) {
            return; // set aside by the sweep meanwhile
        }
        if (attributes.isSymbolicLink() || !attributes.isRegularFile()) {
            setAsideUnread(file, attributes);
            return;
        }
        String name = file.getFileName().toString();
        byte[] content;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            content = in.readAllBytes();
        }
        String checksum = RecordFile.checksum(content);
        String refusal = refusal(name, content);
        if (refusal != null) {
            refusals.refuse(name, refusal, content);
            log.warn(
                    "file refused: connector={} sha256={} bytes={} reason={}",
                    connector,
                    checksum,
                    content.length,
                    refusal);
            move(file, FAILED);
            return;
        }
        String key = name + "/" + checksum;
        String outcome;
        try {
            outcome = processFile.apply(name, content);
        } catch (RuntimeException failure) {
            if (Failures.transientCause(failure)) {
                throw failure;
            }
            int attempt = attempts.merge(key, 1, Integer::sum);
            if (attempt < properties.maxAttempts()) {
                log.warn(
                        "file failed, to be taken again: connector={} sha256={} attempt={} of {} cause={}",
                        connector,
                        checksum,
                        attempt,
                        properties.maxAttempts(),
                        failure.getClass().getName());
                throw failure;
            }
            attempts.remove(key);
            giveUp(file, name, content, checksum, failure);
            return;
        }
        attempts.remove(key);
        move(file, outcome);
    }

    private void giveUp(Path file, String name, byte[] content, String checksum, RuntimeException failure)
            throws IOException {
        String reason = "the file could not be processed in " + properties.maxAttempts() + " attempts (an unexpected "
                + failure.getClass().getSimpleName()
                + "); the hub's log says more: fix the cause and drop the file again";
        try {
            refusals.refuse(name, reason, content);
        } catch (RuntimeException notStored) {
            log.error(
                    "dead letter not stored: connector={} sha256={} cause={}",
                    connector,
                    checksum,
                    notStored.getClass().getName());
        }
        log.error(
                "file set aside after {} failed attempts: connector={} sha256={} bytes={} cause={}",
                properties.maxAttempts(),
                connector,
                checksum,
                content.length,
                failure.getClass().getName());
        move(file, FAILED);
    }

    /** Why a file is refused whole before its connector reads it, or null. */
    private String refusal(String name, byte[] content) {
        if (!name.toLowerCase(Locale.ROOT).endsWith("." + extension)) {
            return "this folder takes ." + extension + " files only (the name must end ." + extension + ")";
        }
        if (content.length == 0) {
            return "the file is empty";
        }
        try {
            Utf8.strict(content);
        } catch (IllegalArgumentException notUtf8) {
            return notUtf8.getMessage();
        }
        for (byte b : content) {
            if (b == 0) {
                return "the file is binary (it holds NUL bytes), not text: export it as UTF-8 text";
            }
        }
        return null;
    }

    /** A link is never followed, so never read: the link itself (not what it names) is set aside. */
    private void setAsideUnread(Path file, BasicFileAttributes attributes) throws IOException {
        log.warn(
                "file refused unread: connector={} reason={}",
                connector,
                attributes.isSymbolicLink() ? "a symbolic link (links are never followed)" : "not a regular file");
        move(file, FAILED);
    }

    /**
     * Sets aside links, special files and stale partial files, and files whose name the file consumer cannot
     * open (not valid in the platform's encoding); deletes what is past retention in {@code .done/} and {@code .failed/}.
     */
    synchronized void sweep() {
        Instant now = clock.instant();
        if (Files.isDirectory(directory)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
                for (Path entry : entries) {
                    sweepEntry(entry, now);
                }
            } catch (IOException | RuntimeException e) {
                log.error(
                        "drop folder sweep failed: connector={} cause={}",
                        connector,
                        e.getClass().getName());
            }
        }
        for (String folder : new String[] {DONE, FAILED}) {
            deleteExpired(directory.resolve(folder), now.minus(properties.retention()));
        }
    }

    private void sweepEntry(Path entry, Instant now) throws IOException {
        BasicFileAttributes attributes =
                Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attributes.isDirectory()) {
            return;
        }
        if (attributes.isSymbolicLink() || !attributes.isRegularFile()) {
            setAsideUnread(entry, attributes);
            return;
        }
        String name = entry.getFileName().toString();
        if (!Files.exists(Path.of(entry.toString()), LinkOption.NOFOLLOW_LINKS)) {
            log.warn(
                    "file set aside unread: connector={} reason=its name is not valid in the platform's encoding",
                    connector);
            move(entry, FAILED);
        } else if (isPartial(name)
                && attributes.lastModifiedTime().toInstant().isBefore(now.minus(properties.staleAfter()))) {
            log.warn(
                    "file set aside unread: connector={} bytes={} reason=a hidden or partial file unchanged for more than {}",
                    connector,
                    attributes.size(),
                    properties.staleAfter());
            move(entry, FAILED);
        }
    }

    private void deleteExpired(Path folder, Instant before) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        int deleted = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                BasicFileAttributes attributes =
                        Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (!attributes.isDirectory()
                        && attributes.lastModifiedTime().toInstant().isBefore(before)) {
                    Files.deleteIfExists(entry); // a link itself, never what it names
                    deleted++;
                }
            }
        } catch (IOException | RuntimeException e) {
            log.error(
                    "retention sweep failed: connector={} folder={} cause={}",
                    connector,
                    folder.getFileName(),
                    e.getClass().getName());
        }
        if (deleted > 0) {
            log.info(
                    "retention: connector={} folder={} deleted={} older than {}",
                    connector,
                    folder.getFileName(),
                    deleted,
                    properties.retention());
        }
    }

    /**
     * Moves a file (a link itself, not its target) into {@code .done/} or {@code .failed/}, owner-only, its time
     * set to now so that retention counts from when it was set aside, not from when it was written.
     */
    void move(Path file, String folderName) throws IOException {
        Path folder = ownerOnlyFolder(directory.resolve(folderName));
        Path target = folder.resolve(file.getFileName());
        Files.move(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        if (!Files.isSymbolicLink(target)) {
            Files.setLastModifiedTime(target, FileTime.from(clock.instant()));
            if (posix(target)) {
                Files.setPosixFilePermissions(target, OWNER_FILE);
            }
        }
    }

    private static Path ownerOnlyFolder(Path folder) throws IOException {
        if (Files.isSymbolicLink(folder)) {
            throw new IOException("a drop's " + folder.getFileName() + " folder is a symbolic link: it is not used");
        }
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
        }
        if (posix(folder)
                && !Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS)
                        .equals(OWNER_FOLDER)) {
            Files.setPosixFilePermissions(folder, OWNER_FOLDER);
        }
        return folder;
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    Duration sweepEvery() {
        return properties.sweepEvery();
    }
}
