package zhengfa.corpus.spark;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * One release job at a time per output folder, as {@code package} has one run per {@code dist/}: a
 * lock file, {@code OUT/.release-job.lock}, created only if absent (the name node decides on HDFS;
 * the operating system's exclusive create on a local disk) and holding who took it. Without it a
 * second job would remove the first one's staging folder as a killed run's leftover. A driver
 * killed outright leaves the file behind; the message of the next job says how to clear it.
 */
final class OutputLock implements AutoCloseable {

    static final String FILE = ".release-job.lock";

    private final FileSystem fs;
    private final Path file;

    private OutputLock(FileSystem fs, Path file) {
        this.fs = fs;
        this.file = file;
    }

    sealed interface Attempt permits Acquired, Held {}

    record Acquired(OutputLock lock) implements Attempt {}

    /** The job that holds the lock, as it wrote itself into the file (process and host). */
    record Held(String lockFile, String owner) implements Attempt {}

    static Attempt tryAcquire(FileSystem fs, Path out) throws IOException {
        Path file = fs.makeQualified(new Path(out, FILE));
        byte[] owner = (ManagementFactory.getRuntimeMXBean().getName() + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            if ("file".equals(fs.getUri().getScheme())) {
                Files.write(Paths.get(file.toUri()), owner, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } else {
                try (FSDataOutputStream o = fs.create(file, false)) {
                    o.write(owner);
                }
            }
        } catch (FileAlreadyExistsException | org.apache.hadoop.fs.FileAlreadyExistsException e) {
            // one is java.nio's (a local disk), the other Hadoop's (HDFS): the same answer, another holds it
            return new Held(file.toString(), owner(fs, file));
        }
        return new Acquired(new OutputLock(fs, file));
    }

    private static String owner(FileSystem fs, Path file) {
        try (InputStream in = fs.open(file)) {
            return new String(in.readNBytes(200), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "unknown"; // the owner removed it meanwhile, or it cannot be read: the lock still stood
        }
    }

    @Override
    public void close() throws IOException {
        fs.delete(file, false);
    }
}
