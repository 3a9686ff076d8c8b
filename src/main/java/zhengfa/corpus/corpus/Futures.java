package zhengfa.corpus.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Waits for work done on another thread and hands its failure back as the calling thread would
 * have thrown it: an I/O error as itself (also when the worker had to wrap it unchecked), a bug
 * or an Error unchanged. One rule for every thread the tool starts.
 */
public final class Futures {

    private Futures() {}

    /** @param what what is being waited for, for the message if the wait is interrupted */
    public static <T> T await(Future<T> future, String what) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while " + what, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException unchecked) {
                throw unchecked.getCause();
            } else if (cause instanceof IOException io) {
                throw io;
            } else if (cause instanceof RuntimeException runtime) {
                throw runtime;
            } else if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }
}
