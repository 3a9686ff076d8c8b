package zhengfa.corpus.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengfa.corpus.CorpusFixture;
import zhengfa.corpus.script.ScriptDetector;
import zhengfa.corpus.validation.CorpusValidator;
import zhengfa.corpus.validation.ValidationReport;
import zhengfa.corpus.validation.ValidationSettings;
import zhengfa.corpus.vocab.ProjectVocabulary;

class CorpusGeneratorTest {

    private static final int ARTICLES = 50;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path tmp;

    private static CorpusGenerator generator(long seed) {
        return new CorpusGenerator(CorpusFixture.seedCorpus(), CorpusFixture.seedSchema(), seed);
    }

    @Test
    void theSameSeedGivesByteIdenticalFiles() throws IOException {
        Path first = tmp.resolve("first");
        Path second = tmp.resolve("second");
        generator(42).generate(first, ARTICLES);
        generator(42).generate(second, ARTICLES);
        Map<String, String> files = digests(first);
        assertEquals(
                3 * ARTICLES,
                files.size(),
                () -> "expected a text, sidecar and annotations per article: " + files.keySet());
        assertEquals(files, digests(second));
    }

    @Test
    void anotherSeedGivesOtherArticles() throws IOException {
        Path first = tmp.resolve("seed-42");
        Path second = tmp.resolve("seed-7");
        generator(42).generate(first, ARTICLES);
        generator(7).generate(second, ARTICLES);
        List<String> texts42 = texts(first);
        List<String> texts7 = texts(second);
        assertEquals(ARTICLES, texts7.size());
        // Not merely other ids: article n of one seed is a different text from article n of the other.
        for (int i = 0; i < ARTICLES; i++) {
            assertNotEquals(texts42.get(i), texts7.get(i), "article " + (i + 1));
        }
    }

    @Test
    void theGeneratedCorpusPassesTheValidator() throws Exception {
        Path dir = tmp.resolve("corpus");
        generator(42).generate(dir, ARTICLES);
        ValidationReport report = new CorpusValidator(
                        ProjectVocabulary.load(CorpusFixture.seedSchema()),
                        ValidationSettings.defaults(LocalDate.of(2026, 11, 22)),
                        new ScriptDetector())
                .validate(dir);
        assertTrue(report.findings().isEmpty(), () -> CorpusFixture.describe(report.findings()));
    }

    /** The validation above means something only if the sample has both scripts, both genres and furniture. */
    @Test
    void theSampleCoversBothScriptsBothGenresAndBoilerplate() throws IOException {
        Path dir = tmp.resolve("corpus");
        generator(42).generate(dir, ARTICLES);
        Map<String, Integer> seen = new TreeMap<>();
        for (Path sidecar : list(dir, ".meta.json")) {
            JsonNode s = MAPPER.readTree(sidecar.toFile());
            seen.merge("script " + s.get("script").asText(), 1, Integer::sum);
            seen.merge("genre " + s.get("genre").asText(), 1, Integer::sum);
            seen.merge("precision " + s.get("date_precision").asText(), 1, Integer::sum);
        }
        for (Path annotations : list(dir, ".ann.json")) {
            for (JsonNode span : MAPPER.readTree(annotations.toFile()).get("spans")) {
                seen.merge("label " + span.get("label").asText(), 1, Integer::sum);
                assertEquals("rule:synthetic@1", span.get("source").asText());
            }
        }
        for (String expected : List.of(
                "script Hans",
                "script Hant",
                "genre interview",
                "genre report",
                "precision year",
                "precision month",
                "precision day",
                "precision minute",
                "label question",
                "label answer",
                "label boilerplate",
                "label dateline",
                "label byline",
                "label LOC",
                "label PER")) {
            assertTrue(seen.containsKey(expected), () -> expected + " missing from " + seen);
        }
    }

    @Test
    void refusesANonEmptyFolder() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("full"));
        Files.writeString(dir.resolve("keep.txt"), "not ours");
        assertThrows(DirectoryNotEmptyException.class, () -> generator(42).generate(dir, 1));

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CorpusGenerator.run(
                new String[] {
                    "--out",
                    dir.toString(),
                    "--articles",
                    "3",
                    "--source-corpus",
                    CorpusFixture.seedCorpus().toString()
                },
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("is not empty"), err.toString(StandardCharsets.UTF_8));
        assertEquals(List.of(dir.resolve("keep.txt")), list(dir, ""));
    }

    /** File name to SHA-256 of its bytes, for every file of the folder. */
    private static Map<String, String> digests(Path dir) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        for (Path file : list(dir, "")) {
            digests.put(file.getFileName().toString(), sha256(Files.readAllBytes(file)));
        }
        return digests;
    }

    /** The texts in article order. */
    private static List<String> texts(Path dir) throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path file : list(dir, ".txt")) {
            texts.add(Files.readString(file, StandardCharsets.UTF_8));
        }
        return texts;
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
