package zhengfa.corpus.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.script.ScriptDetector;

/**
 * The duplicate check sorts its digests on disk in runs: whatever the run length, and in whatever
 * order the workers hand the texts over, it must report the same findings, and leave no file.
 */
class DuplicateTextCheckTest {

    private static final ScriptDetector DETECTOR = new ScriptDetector();

    /** Text {@code i}'s digests: most texts unique, some exact copies, some cross-script copies. */
    private static TextDigests digestsOf(int i) {
        int text = i % 7 == 3 ? i - 3 : i; // an exact copy of the text three before
        long folded = i % 11 == 5 ? (i - 5) * 31L : text * 31L; // folds like the text five before
        long raw = text * 17L << 32;
        if (i % 11 == 5 && i % 7 != 3) {
            raw = (i * 17L + 1) << 32; // but is not the same bytes: the other script
        }
        return new TextDigests(raw, 0, folded, 0);
    }

    private static List<String> findings(int texts, int runLength, long shuffleSeed) throws IOException {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < texts; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(shuffleSeed));
        List<String> found = new ArrayList<>();
        try (DuplicateTextCheck rule =
                new DuplicateTextCheck(DETECTOR, p -> String.format("corpus/%05d.txt", p), runLength)) {
            for (int i : order) {
                rule.accept(i, digestsOf(i));
            }
            rule.finish(f -> found.add(describe(f)));
        }
        found.sort(null);
        return found;
    }

    private static String describe(Finding finding) {
        return finding.code().name() + " " + finding.file() + ": " + finding.message();
    }

    @Test
    void anyRunLengthAndOrderGivesTheFindingsOfOneRunInMemory() throws IOException {
        List<String> inOneRun = findings(1000, DuplicateTextCheck.RUN_LENGTH, 1);
        assertTrue(
                inOneRun.stream()
                        .anyMatch(f -> f.startsWith(
                                "CORPUS_DUPLICATE_TEXT corpus/00003.txt: text is identical to corpus/00000.txt")),
                () -> String.join("\n", inOneRun));
        assertTrue(
                inOneRun.stream()
                        .anyMatch(f -> f.startsWith(
                                "CORPUS_CROSS_SCRIPT_DUPLICATE corpus/00016.txt: text duplicates corpus/00011.txt")),
                () -> String.join("\n", inOneRun));
        for (int runLength : new int[] {1, 2, 3, 64, 999}) {
            for (long seed : new long[] {2, 3}) {
                assertEquals(inOneRun, findings(1000, runLength, seed), "run length " + runLength + ", order " + seed);
            }
        }
    }

    @Test
    void textsThatDifferAreNotReported() throws IOException {
        List<String> found = new ArrayList<>();
        try (DuplicateTextCheck rule = new DuplicateTextCheck(DETECTOR, p -> "t" + p, 4)) {
            for (int i = 0; i < 50; i++) {
                rule.accept(i, new TextDigests(i, 0, i * 1_000_003L, 0));
            }
            rule.finish(f -> found.add(describe(f)));
        }
        assertEquals(List.of(), found);
    }

    @Test
    void noTemporaryFileOutlivesTheCheckFinishedOrAbandoned() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> before = spills(tmp);
        try (DuplicateTextCheck finished = new DuplicateTextCheck(DETECTOR, p -> "t" + p, 2)) {
            for (int i = 0; i < 10; i++) {
                finished.accept(i, digestsOf(i));
            }
            assertEquals(before.size() + 1, spills(tmp).size());
            finished.finish(f -> {});
        }
        assertEquals(before, spills(tmp));
        try (DuplicateTextCheck abandoned = new DuplicateTextCheck(DETECTOR, p -> "t" + p, 2)) {
            for (int i = 0; i < 10; i++) {
                abandoned.accept(i, digestsOf(i));
            }
            // a run that fails before the end never calls finish
        }
        assertEquals(before, spills(tmp));
    }

    @Test
    void aCorpusSmallerThanOneRunNeverTouchesTheDisk() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> before = spills(tmp);
        List<String> found = new ArrayList<>();
        try (DuplicateTextCheck rule =
                new DuplicateTextCheck(DETECTOR, p -> String.format("corpus/%05d.txt", p), 100)) {
            for (int i = 0; i < 99; i++) {
                rule.accept(i, digestsOf(i));
            }
            assertEquals(before, spills(tmp));
            rule.finish(f -> found.add(describe(f)));
        }
        assertEquals(before, spills(tmp));
        assertTrue(
                found.contains("CORPUS_DUPLICATE_TEXT corpus/00003.txt: text is identical to corpus/00000.txt"),
                () -> String.join("\n", found));
    }

    private static List<Path> spills(Path tmp) throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(f -> f.getFileName().toString().startsWith("zhengfa-duplicates-"))
                    .sorted()
                    .toList();
        }
    }
}
