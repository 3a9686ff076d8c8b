package zhengfa.corpus.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class FuturesTest {

    private static <T> CompletableFuture<T> failed(Throwable t) {
        CompletableFuture<T> future = new CompletableFuture<>();
        future.completeExceptionally(t);
        return future;
    }

    @Test
    void aResultIsReturned() throws IOException {
        assertEquals("done", Futures.await(CompletableFuture.completedFuture("done"), "a test"));
    }

    @Test
    void anIoErrorComesBackAsItselfWrappedOrNot() {
        IOException io = new IOException("disk full");
        assertSame(io, assertThrows(IOException.class, () -> Futures.await(failed(io), "a test")));
        assertSame(
                io,
                assertThrows(IOException.class, () -> Futures.await(failed(new UncheckedIOException(io)), "a test")));
    }

    @Test
    void bugsAndErrorsComeBackUnchanged() {
        IllegalStateException bug = new IllegalStateException("bug");
        assertSame(bug, assertThrows(IllegalStateException.class, () -> Futures.await(failed(bug), "a test")));
        StackOverflowError error = new StackOverflowError();
        assertSame(error, assertThrows(StackOverflowError.class, () -> Futures.await(failed(error), "a test")));
    }

    @Test
    void anInterruptedWaitSaysWhatItWaitedForAndKeepsTheFlag() {
        Thread.currentThread().interrupt();
        try {
            IOException e = assertThrows(
                    IOException.class, () -> Futures.await(new CompletableFuture<>(), "loading the cache"));
            assertEquals("interrupted while loading the cache", e.getMessage());
            assertTrue(Thread.interrupted());
        } finally {
            Thread.interrupted();
        }
    }
}
