package zhengfa.corpus.writer;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;

/**
 * What went wrong writing a file, in words for the person who has to act on it. A write that fails
 * half-way (a full disk) surfaces from the operating system as "No space left on device" with no
 * file in it; every writer of the release passes its failures through {@link #naming} so the message
 * says which file, and {@link #describe} says what to do.
 */
public final class FileFailures {

    private FileFailures() { }

    /** The failure with the file it happened to, unless its message already names the file. */
    public static IOException naming(Path file, IOException e) {
        String message = e.getMessage();
        if (e instanceof FileSystemException || message != null && message.contains(file.toString())) {
            return e;
        }
        return new IOException(file + ": " + (message == null ? e.getClass().getSimpleName() : message), e);
    }

    /**
     * The failure as a sentence: the file and the system's reason, without Java's class names, and what
     * to do when the reason is a full disk or a place that cannot be written.
     */
    public static String describe(Throwable e) {
        String what = e instanceof FileSystemException f ? describe(f) : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String reason = String.valueOf(e.getMessage()) + " " + (e.getCause() == null ? "" : e.getCause().getMessage());
        if (reason.contains("No space left on device") || reason.contains("Disk quota exceeded")) {
            return what + ". The disk is full: free some space on it, or give a --dist on another disk, and run again";
        }
        if (e instanceof AccessDeniedException || e instanceof ReadOnlyFileSystemException || reason.contains("Read-only file system")
                || reason.contains("Permission denied")) {
            return what + ". That place cannot be written: give a --dist you can write to, or change its permissions";
        }
        return what;
    }

    private static String describe(FileSystemException f) {
        // a copy's failure names its source first; the file that could not be written is the target
        String where = f.getOtherFile() == null ? f.getFile() : f.getOtherFile() + " (copying " + f.getFile() + ")";
        String reason = f.getReason() != null ? f.getReason()
                : f instanceof AccessDeniedException ? "permission denied" : f.getClass().getSimpleName();
        return where == null ? reason : where + ": " + reason;
    }
}
