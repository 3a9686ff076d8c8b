package zhengfa.corpus.release;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code package} run at a time per {@code dist/}: an operating-system lock on
 * {@code dist/.package.lock}, which holds the owner's process id. The operating system releases it
 * when the process ends, however it ends (kill -9 included), so a stale file never blocks a run.
 * The owner deletes the file on release; a run that locked a file someone deleted meanwhile tries
 * again, so two runs can never each hold a lock on a different file of the same name.
 */
public final class DistLock implements AutoCloseable {

    public static final String FILE = ".package.lock";

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private DistLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock on {@code dist}, or the process id of the run that holds it (-1 when it cannot be read). */
    public sealed interface Attempt permits Acquired, Held {}

    public record Acquired(DistLock lock) implements Attempt {}

    public record Held(Path dist, long pid) implements Attempt {}

    public static Attempt tryAcquire(Path dist) throws IOException {
        Path file = dist.resolve(FILE);
        while (true) {
            FileChannel channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            Object opened = fileKey(file).orElse(null);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                channel.close();
                return new Held(dist, ProcessHandle.current().pid()); // a run in this very process holds it
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            if (lock == null) {
                long pid = ownerPid(channel);
                channel.close();
                return new Held(dist, pid);
            }
            if (opened != null && Objects.equals(opened, fileKey(file).orElse(null))) {
                channel.truncate(0);
                channel.write(
                        ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
                channel.force(true);
                return new Acquired(new DistLock(file, channel, lock));
            }
            // The previous owner deleted the file between our open and our lock: lock the new one.
            lock.release();
            channel.close();
        }
    }

    private static Optional<Object> fileKey(Path file) throws IOException {
        try {
            return Optional.ofNullable(
                    Files.readAttributes(file, BasicFileAttributes.class).fileKey());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    private static long ownerPid(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(32);
            channel.read(buffer, 0);
            return Long.parseLong(new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).trim());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /** Deletes the lock file, then lets the lock go: a run waiting on the old file sees it gone and retries. */
    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(file);
        } finally {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }
}
