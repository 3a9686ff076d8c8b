package zhengfa.corpus.corpus;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import zhengfa.corpus.model.Sha256;

/**
 * The one writer of a corpus folder at a time: add and rename take this lock before they look at
 * the corpus and release it after they have written, so two adds of the same page cannot both pass
 * the duplicate check, and two renames cannot take the same id. The lock is an operating-system
 * lock on a file named after the corpus folder's real path in the system's temporary folder, so
 * that the corpus holds nothing but articles; it is released when the process ends, however it ends.
 */
public final class CorpusLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private CorpusLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock, waiting for another writer to finish.
     *
     * @param waiting called once, before waiting, if another process holds the lock
     */
    public static CorpusLock take(Path corpus, Runnable waiting) throws IOException {
        String folder = corpus.toRealPath().toString();
        String name = "zhengfa-corpus-"
                + HexFormat.of()
                        .formatHex(Sha256.of(folder.getBytes(StandardCharsets.UTF_8)))
                        .substring(0, 16) + ".lock";
        FileChannel channel = FileChannel.open(
                Path.of(System.getProperty("java.io.tmpdir")).resolve(name),
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                waiting.run();
                lock = channel.lock();
            }
            return new CorpusLock(channel, lock);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e instanceof IOException io ? io : new IOException("cannot lock " + corpus + ": " + e, e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
