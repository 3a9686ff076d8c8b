package zhengfa.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.script.ScriptDetector;
import zhengfa.corpus.validation.CorpusValidator;
import zhengfa.corpus.validation.ValidationReport;
import zhengfa.corpus.validation.ValidationSettings;
import zhengfa.corpus.vocab.ProjectVocabulary;
import zhengfa.corpus.vocab.VocabularyException;

/**
 * A copy of the frozen seed corpus (src/test/resources/fixtures/seeds/: the five seed articles and
 * the schema folder as they stood when tests stopped reading the live corpus/) in a temporary
 * folder, to be broken in exactly one way by a test. Starting from a valid corpus means a test
 * proves both that the rule fires and that nothing else does.
 *
 * <p>Tests never read the project's own corpus/ or schema/: those are the curators' data, and
 * adding, fixing or removing an article must never break a test. Nothing here knows where they are.
 */
public final class CorpusFixture {

    public static final LocalDate RELEASE_DATE = LocalDate.of(2026, 11, 22);
    public static final String XINJIANG = "xinjiang-2023-wang-mingshan";
    public static final String LESHAN = "leshan-2022-liao-quanjun";
    public static final String SHANGHAI = "shanghai-2026-zhu-zhongming";
    public static final String SUIZHOU = "suizhou-2023-zhengfa-zhanxian";
    public static final String XISHUANGBANNA = "xishuangbanna-2021-liu-chao";
    public static final List<String> IDS = List.of(LESHAN, SHANGHAI, SUIZHOU, XINJIANG, XISHUANGBANNA);

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path corpus;

    private CorpusFixture(Path corpus) {
        this.corpus = corpus;
    }

    /** The frozen seed corpus, read-only: copy it ({@link #copyOf}) before changing anything. */
    public static Path seedCorpus() {
        return resource("/fixtures/seeds/corpus");
    }

    /** The schema folder frozen with the seed corpus, read-only: copy it ({@link #copyOfSchema}) to change it. */
    public static Path seedSchema() {
        return resource("/fixtures/seeds/schema");
    }

    /** A folder of the test resources (as copied to target/test-classes), by its resource name. */
    public static Path resource(String name) {
        URL url = CorpusFixture.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("no test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies the seed corpus to {@code dir/corpus}. */
    public static CorpusFixture copyOf(Path dir) {
        return copyOf(dir, seedCorpus());
    }

    /** The corpus of a fixture under src/test/resources/fixtures/{name}/corpus, copied to {@code dir/corpus}. */
    public static CorpusFixture fixture(String name, Path dir) {
        return copyOf(dir, resource("/fixtures/" + name + "/corpus"));
    }

    private static CorpusFixture copyOf(Path dir, Path source) {
        try {
            Path target = Files.createDirectories(dir.resolve("corpus"));
            try (Stream<Path> files = Files.list(source)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Files.copy(file, target.resolve(file.getFileName()));
                }
            }
            return new CorpusFixture(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path dir() {
        return corpus;
    }

    public Path text(String id) {
        return corpus.resolve(id + ".txt");
    }

    public Path sidecar(String id) {
        return corpus.resolve(id + ".meta.json");
    }

    public Path annotations(String id) {
        return corpus.resolve(id + ".ann.json");
    }

    public String readText(String id) {
        try {
            return Files.readString(text(id), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CorpusFixture writeText(String id, String text) {
        return writeBytes(text(id), text.getBytes(StandardCharsets.UTF_8));
    }

    public CorpusFixture writeBytes(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CorpusFixture writeString(Path file, String content) {
        return writeBytes(file, content.getBytes(StandardCharsets.UTF_8));
    }

    public String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites one sidecar after {@code change} edited its JSON object. */
    public CorpusFixture editSidecar(String id, Consumer<ObjectNode> change) {
        try {
            ObjectNode node = (ObjectNode) MAPPER.readTree(sidecar(id).toFile());
            change.accept(node);
            return writeString(
                    sidecar(id), MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites one annotation file after {@code change} edited its JSON object. */
    public CorpusFixture editAnnotations(String id, Consumer<ObjectNode> change) {
        try {
            ObjectNode node = (ObjectNode) MAPPER.readTree(annotations(id).toFile());
            change.accept(node);
            return writeString(
                    annotations(id), MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Edits the span with this id in an annotation file. */
    public CorpusFixture editSpan(String id, String spanId, Consumer<ObjectNode> change) {
        return editAnnotations(id, root -> {
            for (var span : root.withArray("spans")) {
                if (span.get("id").asText().equals(spanId)) {
                    change.accept((ObjectNode) span);
                    return;
                }
            }
            throw new IllegalArgumentException("no span " + spanId + " in " + id);
        });
    }

    /** The index of a span in its file's spans array, for expected JSON Pointers. */
    public int spanIndex(String id, String spanId) {
        try {
            var spans = MAPPER.readTree(annotations(id).toFile()).get("spans");
            for (int i = 0; i < spans.size(); i++) {
                if (spans.get(i).get("id").asText().equals(spanId)) {
                    return i;
                }
            }
            throw new IllegalArgumentException("no span " + spanId + " in " + id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CorpusFixture delete(Path file) {
        try {
            Files.delete(file);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a folder tree (files and folders, recursively). */
    public static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A private copy of the seed schema folder, for tests that change it. */
    public static Path copyOfSchema(Path dir) {
        Path schema = dir.resolve("schema");
        copyTree(seedSchema(), schema);
        return schema;
    }

    public static ProjectVocabulary vocabulary() {
        try {
            return ProjectVocabulary.load(seedSchema());
        } catch (VocabularyException e) {
            throw new IllegalStateException(e);
        }
    }

    public static CorpusValidator validator() {
        return new CorpusValidator(vocabulary(), ValidationSettings.defaults(RELEASE_DATE), new ScriptDetector());
    }

    public ValidationReport validate() {
        try {
            return validator().validate(corpus);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts the report holds exactly one finding, of this code, in this file, at this location. */
    public static Finding onlyFinding(ValidationReport report, FindingCode code, String file, String location) {
        List<Finding> findings = report.findings();
        if (findings.size() != 1) {
            fail("expected exactly one " + code + " finding, got " + findings.size() + ":\n" + describe(findings));
        }
        Finding f = findings.get(0);
        assertEquals(code, f.code(), () -> describe(findings));
        assertEquals(file, f.file(), () -> describe(findings));
        assertEquals(location, f.location().render(), () -> describe(findings));
        return f;
    }

    /** The single finding of this code (others may exist, e.g. consequences of an empty text). */
    public static Finding findingOf(ValidationReport report, FindingCode code) {
        List<Finding> matching =
                report.findings().stream().filter(f -> f.code() == code).toList();
        if (matching.size() != 1) {
            fail("expected one " + code + " finding, got:\n" + describe(report.findings()));
        }
        return matching.get(0);
    }

    public static String describe(List<Finding> findings) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : findings) {
            sb.append("  ")
                    .append(f.file())
                    .append(f.location().render())
                    .append(' ')
                    .append(f.code())
                    .append(": ")
                    .append(f.message())
                    .append(" | found ")
                    .append(f.found())
                    .append('\n');
        }
        return sb.toString();
    }
}
