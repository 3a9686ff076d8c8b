package zhengfa.corpus.writer;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;

/**
 * What went wrong writing a file, in words for the person who has to act on it. A write that fails
 * half-way (a full disk) surfaces from the operating system as "No space left on device" with no
 * file in it; every writer of the release passes its failures through {@link #naming} so the message
 * says which file, and {@link #describe} says what to do.
 */
public final class FileFailures {

    private FileFailures() {}

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
        String what = e instanceof FileSystemException f
                ? describe(f)
                : e.getMessage() == null ? "an input or output error" : e.getMessage();
        String reason = String.valueOf(e.getMessage()) + " "
                + (e.getCause() == null ? "" : e.getCause().getMessage());
        if (reason.contains("No space left on device") || reason.contains("Disk quota exceeded")) {
            return what + ". The disk is full: free some space on it, or give a --dist on another disk, and run again";
        }
        if (e instanceof FileAlreadyExistsException
                || e instanceof NotDirectoryException
                || reason.contains("Not a directory")) {
            return what + ". Give a --dist that is a folder (it is made if it does not exist), not a file";
        }
        if (e instanceof FileSystemException
                || e instanceof ReadOnlyFileSystemException
                || reason.contains("Permission denied")
                || reason.contains("Read-only file system")
                || reason.contains("Operation not permitted")) {
            return what + ". That place cannot be written: give a --dist you can write to, or change its permissions";
        }
        return what;
    }

    private static String describe(FileSystemException f) {
        // a copy's failure names its source first; the file that could not be written is the target
        String where = f.getOtherFile() == null ? f.getFile() : f.getOtherFile() + " (copying " + f.getFile() + ")";
        String reason = f.getReason() != null ? f.getReason() : inWords(f);
        return where == null ? reason : where + ": " + reason;
    }

    /** Java's name for a failure the system gave no words for, in words. */
    private static String inWords(FileSystemException f) {
        if (f instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (f instanceof NoSuchFileException) {
            return "no such file or folder, and it cannot be made there";
        }
        if (f instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (f instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (f instanceof DirectoryNotEmptyException) {
            return "a folder that is not empty";
        }
        return "cannot be written";
    }
}
