package zhengfa.corpus.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputLockTest {

    @TempDir
    java.nio.file.Path tmp;

    @Test
    void oneJobAtATimeAndTheHolderNamedUntilItEnds() throws Exception {
        FileSystem fs = SparkReleaseJob.releaseFileSystem(new Path(tmp.toUri()), new Configuration());
        Path out = new Path(tmp.toUri());
        OutputLock.Acquired first = assertInstanceOf(OutputLock.Acquired.class, OutputLock.tryAcquire(fs, out));
        OutputLock.Held second = assertInstanceOf(OutputLock.Held.class, OutputLock.tryAcquire(fs, out));
        assertEquals(ManagementFactory.getRuntimeMXBean().getName(), second.owner());
        assertTrue(second.lockFile().endsWith(OutputLock.FILE), second.lockFile());
        first.lock().close();
        assertFalse(Files.exists(tmp.resolve(OutputLock.FILE)), "the holder removes the lock when it ends");
        try (OutputLock again = assertInstanceOf(OutputLock.Acquired.class, OutputLock.tryAcquire(fs, out))
                .lock()) {
            assertTrue(Files.exists(tmp.resolve(OutputLock.FILE)));
        }
    }
}
