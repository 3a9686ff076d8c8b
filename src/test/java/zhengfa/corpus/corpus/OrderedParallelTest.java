package zhengfa.corpus.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Results come back in item order, however items are batched and however many threads run. */
class OrderedParallelTest {

    /** Work that finishes out of order: later items are quicker. */
    private static String slowEarly(int item) {
        try {
            Thread.sleep(item % 7 == 0 ? 3 : 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "item-" + item;
    }

    @Test
    void batchedItemsAreHandedOverInOrder() throws IOException {
        List<String> expected =
                IntStream.range(0, 203).mapToObj(i -> "item-" + i).toList();
        for (int threads : new int[] {1, 3}) {
            for (int batch : new int[] {1, 7, 32, 500}) {
                List<String> seen = new ArrayList<>();
                try (OrderedParallel parallel = new OrderedParallel(threads)) {
                    parallel.run(203, batch, OrderedParallelTest::slowEarly, seen::add);
                }
                assertEquals(expected, seen, threads + " threads, batches of " + batch);
            }
        }
    }

    @Test
    void itemsFromAnIteratorAreHandedOverInOrder() throws IOException {
        List<Integer> items = IntStream.range(0, 150).boxed().toList();
        List<String> seen = new ArrayList<>();
        try (OrderedParallel parallel = new OrderedParallel(3)) {
            parallel.run(items.iterator(), OrderedParallelTest::slowEarly, seen::add);
        }
        assertEquals(items.stream().map(i -> "item-" + i).toList(), seen);
    }

    @Test
    void anIoFailureInTheWorkComesBackAsTheIoException() {
        IOException failure = new IOException("disk gone");
        try (OrderedParallel parallel = new OrderedParallel(2)) {
            IOException thrown = assertThrows(
                    IOException.class,
                    () -> parallel.run(
                            List.of(1, 2, 3).iterator(),
                            item -> {
                                if (item == 2) {
                                    throw new UncheckedIOException(failure);
                                }
                                return item;
                            },
                            item -> {}));
            assertEquals(failure, thrown);
        }
    }
}
