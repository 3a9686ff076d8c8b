package zhengfa.corpus.corpus;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Runs work for items 0..n-1 on several threads and hands the results over in item order. At most
 * {@code window} items are in flight, so memory holds a few articles, never the corpus, and the
 * output is the same whatever the number of threads.
 */
public final class OrderedParallel implements AutoCloseable {

    /** Receives results in item order, on the calling thread. */
    @FunctionalInterface
    public interface Sink<T> {
        void accept(T result) throws IOException;
    }

    private final ExecutorService pool;
    private final int window;

    public OrderedParallel(int threads) {
        ThreadFactory daemons = runnable -> {
            Thread thread = new Thread(runnable, "zhengfa-worker");
            thread.setDaemon(true);
            return thread;
        };
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads), daemons);
        this.window = Math.max(1, threads) * 4;
    }

    public <T> void run(int n, IntFunction<T> work, Sink<T> sink) throws IOException {
        run(n, 1, work, sink);
    }

    /**
     * As {@link #run(int, IntFunction, Sink)}, with items handed to the threads {@code batch} at a
     * time: for work of a few microseconds an item (an article the cache knows), handing items
     * over one by one cost more than the work. At most {@code window} batches are in flight.
     */
    public <T> void run(int n, int batch, IntFunction<T> work, Sink<T> sink) throws IOException {
        int size = Math.max(1, batch);
        Iterator<Integer> starts =
                IntStream.iterate(0, start -> start < n, start -> start + size).iterator();
        run(
                starts,
                from -> {
                    Object[] results = new Object[Math.min(n, from + size) - from];
                    for (int item = 0; item < results.length; item++) {
                        results[item] = work.apply(from + item);
                    }
                    return results;
                },
                results -> deliver(results, sink));
    }

    /**
     * Runs work for each item an iterator yields, as the iterator yields it (the calling thread
     * reads the next items while the threads work), and hands the results over in order.
     */
    public <S, T> void run(Iterator<S> items, Function<S, T> work, Sink<T> sink) throws IOException {
        Deque<Future<T>> inFlight = new ArrayDeque<>();
        while (items.hasNext()) {
            S item = items.next();
            inFlight.add(pool.submit(() -> work.apply(item)));
            if (inFlight.size() >= window) {
                sink.accept(take(inFlight.poll()));
            }
        }
        while (!inFlight.isEmpty()) {
            sink.accept(take(inFlight.poll()));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void deliver(Object[] results, Sink<T> sink) throws IOException {
        for (Object result : results) {
            sink.accept((T) result);
        }
    }

    private static <T> T take(Future<T> future) throws IOException {
        return Futures.await(future, "waiting for a worker");
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
