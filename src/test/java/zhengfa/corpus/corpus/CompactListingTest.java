package zhengfa.corpus.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The compact structures behind a corpus listing give back exactly what went in. */
class CompactListingTest {

    private static List<String> ids(int n, long seed) {
        Random random = new Random(seed);
        TreeSet<String> ids = new TreeSet<>();
        while (ids.size() < n) {
            // Shared prefixes of every length, as real ids have; some ids are prefixes of others.
            String id = switch (random.nextInt(4)) {
                case 0 -> "syn-42-" + String.format("%07d", random.nextInt(10_000_000));
                case 1 -> "leshan-" + random.nextInt(3000);
                case 2 -> Integer.toString(random.nextInt(50), 36);
                default -> "a".repeat(1 + random.nextInt(200));
            };
            ids.add(id);
        }
        return new ArrayList<>(ids);
    }

    @Test
    void frontCodedStringsGiveBackEveryStringAndFindItsIndex() {
        for (int n : new int[] {0, 1, 15, 16, 17, 1000}) {
            List<String> ids = ids(n, n);
            FrontCodedStrings.Builder builder = new FrontCodedStrings.Builder();
            ids.forEach(builder::add);
            FrontCodedStrings coded = builder.build();
            assertEquals(n, coded.size());
            for (int i = 0; i < n; i++) {
                assertEquals(ids.get(i), coded.get(i));
                assertEquals(i, coded.indexOf(ids.get(i)));
            }
            for (String absent : List.of("", "0-absent", "syn-42-", "zzzz", "leshan-", "a".repeat(201))) {
                if (!ids.contains(absent)) {
                    assertTrue(coded.indexOf(absent) < 0, absent);
                }
            }
        }
    }

    @Test
    void frontCodedStringsRefuseUnsortedInput() {
        FrontCodedStrings.Builder builder = new FrontCodedStrings.Builder();
        builder.add("b");
        assertThrows(IllegalArgumentException.class, () -> builder.add("a"));
    }

    @Test
    void aListingOfManyIdsTakesAFewBytesAnId() {
        FrontCodedStrings.Builder builder = new FrontCodedStrings.Builder();
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            builder.add(String.format("syn-42-%07d", i));
        }
        FrontCodedStrings coded = builder.build();
        assertEquals("syn-42-0054321", coded.get(54_321));
        assertEquals(99_999, coded.indexOf("syn-42-0099999"));
    }

    @Test
    void stemTableMergesTheKindsOfEachStemAndSortsThem() {
        StemTable table = new StemTable();
        List<String> ids = ids(5000, 7);
        List<String> shuffled = new ArrayList<>(ids);
        Collections.shuffle(shuffled, new Random(1));
        for (String id : shuffled) {
            table.add(id, (byte) 1);
        }
        for (String id : shuffled.subList(0, 100)) {
            table.add(id, (byte) 2);
        }
        assertEquals(ids.size(), table.size());
        int[] sorted = table.sorted();
        Set<String> both = new HashSet<>(shuffled.subList(0, 100));
        for (int i = 0; i < sorted.length; i++) {
            String stem = table.stem(sorted[i]);
            assertEquals(ids.get(i), stem);
            assertEquals(both.contains(stem) ? 3 : 1, table.kinds(sorted[i]), stem);
        }
    }

    @Test
    void theScanKeepsEachFilesSizeAndTimeAsLstatSawThemAndNoneForALink(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path text = Files.writeString(dir.resolve("a-1.txt"), "正文");
        Path sidecar = Files.writeString(dir.resolve("a-1.meta.json"), "{}");
        Files.writeString(dir.resolve("b-2.txt"), "另一篇");
        Files.writeString(dir.resolve("b-2-target.json"), "{}");
        Files.createSymbolicLink(dir.resolve("b-2.meta.json"), dir.resolve("b-2-target.json"));
        Files.setLastModifiedTime(text, FileTime.fromMillis(1_000_123L));

        zhengfa.corpus.validation.ValidationReport sink = new zhengfa.corpus.validation.ValidationReport(100);
        CorpusListing listing;
        try (OrderedParallel workers = new OrderedParallel(2)) {
            listing = new CorpusScanner(new CorpusLayout(dir), workers, true).scan(sink);
        }
        assertEquals(
                List.of("a-1", "b-2"), listing.stream().map(ArticleFiles::id).toList());
        ArticleStamps stamps = listing.stamps(0);
        assertEquals(new ArticleStamps(6, 1_000_123_000_000L, 2, nanos(sidecar), -1, -1), stamps);
        // A link's own size and time say nothing of its target: the validator stats it afresh.
        assertEquals(null, listing.stamps(1));

        try (OrderedParallel workers = new OrderedParallel(1)) {
            CorpusListing without = new CorpusScanner(new CorpusLayout(dir), workers, false).scan(sink);
            assertEquals(null, without.stamps(0));
        }
    }

    private static long nanos(Path file) throws IOException {
        return Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS);
    }
}
