package zhengfa.corpus.writer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FileFailuresTest {

    private static final Path FILE = Path.of("/dist/.staging-x/data/articles.parquet");

    @Test
    void aWriteThatFailsWithoutAFileIsGivenItsFile() {
        IOException named = FileFailures.naming(FILE, new IOException("No space left on device"));
        assertEquals("/dist/.staging-x/data/articles.parquet: No space left on device", named.getMessage());
        FileSystemException already = new FileSystemException(FILE.toString(), null, "No space left on device");
        assertSame(already, FileFailures.naming(FILE, already));
    }

    @Test
    void aFullDiskSaysWhatToDo() {
        assertEquals(
                "/dist/.staging-x/data/articles.parquet: No space left on device. The disk is full: free some space on it,"
                        + " or give a --dist on another disk, and run again",
                FileFailures.describe(FileFailures.naming(FILE, new IOException("No space left on device"))));
        assertEquals(
                "/dist/x/counties.csv (copying /schema/counties.csv): No space left on device. The disk is full: free some"
                        + " space on it, or give a --dist on another disk, and run again",
                FileFailures.describe(new FileSystemException(
                        "/schema/counties.csv", "/dist/x/counties.csv", "No space left on device")));
    }

    @Test
    void aPlaceThatCannotBeWrittenSaysSo() {
        assertEquals(
                "/dist: Read-only file system. That place cannot be written: give a --dist you can write to, or change its"
                        + " permissions",
                FileFailures.describe(new FileSystemException("/dist", null, "Read-only file system")));
        assertEquals(
                "/dist: permission denied. That place cannot be written: give a --dist you can write to, or change its"
                        + " permissions",
                FileFailures.describe(new AccessDeniedException("/dist")));
    }

    @Test
    void aFileWhereTheFolderShouldBeSaysSo() {
        assertEquals(
                "/tmp/page.txt: a file of that name is in the way. Give a --dist that is a folder (it is made if it does not"
                        + " exist), not a file",
                FileFailures.describe(new FileAlreadyExistsException("/tmp/page.txt")));
        assertEquals(
                "/tmp/page.txt/sub: Not a directory. Give a --dist that is a folder (it is made if it does not exist), not a file",
                FileFailures.describe(new FileSystemException("/tmp/page.txt/sub", null, "Not a directory")));
    }

    @Test
    void javasNamesForFailuresAreNeverShown() {
        assertEquals(
                "/proc/nope: no such file or folder, and it cannot be made there. That place cannot be written: give a --dist"
                        + " you can write to, or change its permissions",
                FileFailures.describe(new NoSuchFileException("/proc/nope")));
        assertEquals(
                "/sys/nope: Operation not permitted. That place cannot be written: give a --dist you can write to, or change"
                        + " its permissions",
                FileFailures.describe(new FileSystemException("/sys/nope", null, "Operation not permitted")));
        assertEquals(
                "/dist/a: Input/output error. That place cannot be written: give a --dist you can write to, or change its"
                        + " permissions",
                FileFailures.describe(new FileSystemException("/dist/a", null, "Input/output error")));
    }
}
