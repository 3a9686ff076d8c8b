package zhengfa.corpus.curator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import zhengfa.corpus.CorpusFixture;
import zhengfa.corpus.bench.CorpusGenerator;

/**
 * The curator's build, run as a curator runs it: {@code mvn -B package}, tests included, in a copy
 * of this project whose corpus/ a curator has changed. It pins down that the unit tests never read
 * corpus/: adding an article, removing one or breaking one changes the release, never a test.
 *
 * <p>The copy holds this checkout's files (pom.xml, .mvn/, src/, README.md, …), with the seed fixture as its corpus/
 * and schema/ (not the live corpus/, which may be mid-edit). Maven runs offline: the build that
 * runs this test has already fetched every plugin and dependency that {@code package} needs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CuratorBuildIT {

    private static final long BUILD_MINUTES = 10;
    /** What the copy does not take from this checkout: the curators' data, the build's output, git. */
    private static final Set<String> CURATED_OR_BUILT = Set.of("corpus", "schema", "dist", "target", ".git");

    private static final Pattern STACK_FRAME = Pattern.compile("^\\s*at [\\w$.]+\\(.*\\)\\s*$");
    private static final Pattern TESTS_RUN =
            Pattern.compile("^\\[\\w+\\] Tests run: (\\d+), Failures: (\\d+), Errors: (\\d+), Skipped: \\d+$");

    @TempDir
    static Path tmp;

    private record Build(int exit, List<String> lines) {
        String output() {
            return String.join("\n", lines);
        }
    }

    private static Path project() throws IOException {
        Path copy = tmp.resolve("project");
        if (!Files.isDirectory(copy)) {
            Path basedir = Path.of(System.getProperty("zhengfa.basedir"));
            Files.createDirectories(copy);
            try (Stream<Path> parts = Files.list(basedir)) {
                for (Path part : (Iterable<Path>) parts::iterator) {
                    if (!CURATED_OR_BUILT.contains(part.getFileName().toString())) {
                        CorpusFixture.copyTree(
                                part, copy.resolve(part.getFileName().toString()));
                    }
                }
            }
            CorpusFixture.copyTree(CorpusFixture.seedCorpus(), copy.resolve("corpus"));
            CorpusFixture.copyTree(CorpusFixture.seedSchema(), copy.resolve("schema"));
        }
        return copy;
    }

    private static Build mvnPackage(Path project) throws Exception {
        String mvn = System.getProperty("zhengfa.mvn", "mvn");
        Path log = tmp.resolve("build-" + System.nanoTime() + ".log");
        Process process = new ProcessBuilder(mvn, "-B", "-o", "package")
                .directory(project.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean finished = process.waitFor(BUILD_MINUTES, TimeUnit.MINUTES);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        assertTrue(finished, "mvn package did not finish within " + BUILD_MINUTES + " minutes");
        return new Build(process.exitValue(), Files.readAllLines(log, StandardCharsets.UTF_8));
    }

    /** The ids in the cut release's articles.jsonl, one row per article. */
    /** The release the nested build cuts: the project's own version, as Maven passes it. */
    private static final String RELEASE = "dist/zhengfa-corpus-" + System.getProperty("zhengfa.version");

    private static List<String> releasedIds(Path project) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(project.resolve(RELEASE + "/data/articles.jsonl"))) {
            ids.add(mapper.readTree(line).get("id").asText());
        }
        return ids;
    }

    private static List<String> corpusIds(Path project) throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("corpus"))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - ".txt".length()))
                    .sorted()
                    .toList();
        }
    }

    /** Every unit test ran and passed: Surefire's closing count, with no failure and no error. */
    private static void assertTestsPassed(Build build) {
        Matcher total = null;
        for (String line : build.lines()) {
            Matcher m = TESTS_RUN.matcher(line);
            if (m.matches()) {
                total = m;
            }
        }
        assertTrue(total != null, "no Surefire summary in:\n" + build.output());
        assertTrue(Integer.parseInt(total.group(1)) > 100, total.group());
        assertEquals("0", total.group(2), build.output());
        assertEquals("0", total.group(3), build.output());
    }

    private static void assertNoStackTrace(Build build) {
        for (String line : build.lines()) {
            assertFalse(STACK_FRAME.matcher(line).matches(), "a stack-trace line: " + line);
            assertFalse(line.contains("Exception:") || line.contains("Exception\t"), "an exception: " + line);
        }
    }

    private static void deleteArticle(Path project, String id) throws IOException {
        for (String suffix : List.of(".txt", ".meta.json", ".ann.json")) {
            Files.deleteIfExists(project.resolve("corpus/" + id + suffix));
        }
    }

    private static void deleteDist(Path project) throws IOException {
        if (Files.exists(project.resolve("dist"))) {
            zhengfa.corpus.dataset.FileTree.deleteRecursively(project.resolve("dist"));
        }
    }

    @Test
    @Order(1)
    void aSixthValidArticleIsReleasedAndNoTestNotices() throws Exception {
        Path project = project();
        Path generated = tmp.resolve("generated");
        new CorpusGenerator(CorpusFixture.seedCorpus(), CorpusFixture.seedSchema(), 7).generate(generated, 1);
        try (Stream<Path> files = Files.list(generated)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, project.resolve("corpus").resolve(file.getFileName()));
            }
        }
        assertEquals(6, corpusIds(project).size());

        Build build = mvnPackage(project);
        assertEquals(0, build.exit(), build.output());
        assertTestsPassed(build);
        assertEquals(corpusIds(project), releasedIds(project));
        assertTrue(build.output().contains("6 articles checked: 0 errors, 0 warnings"), build.output());
    }

    @Test
    @Order(2)
    void withOneOfTheFiveRemovedTheReleaseHasFour() throws Exception {
        Path project = project();
        deleteDist(project);
        try (Stream<Path> files = Files.list(project.resolve("corpus"))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (file.getFileName().toString().startsWith("syn-")) {
                    Files.delete(file);
                }
            }
        }
        deleteArticle(project, CorpusFixture.SHANGHAI);
        assertEquals(4, corpusIds(project).size());

        Build build = mvnPackage(project);
        assertEquals(0, build.exit(), build.output());
        assertTestsPassed(build);
        assertEquals(corpusIds(project), releasedIds(project));
        assertEquals(4, new TreeSet<>(releasedIds(project)).size());

        // the article back, the version not bumped: the build stops before the tests, with what to do
        for (String suffix : List.of(".txt", ".meta.json", ".ann.json")) {
            Files.copy(
                    CorpusFixture.seedCorpus().resolve(CorpusFixture.SHANGHAI + suffix),
                    project.resolve("corpus").resolve(CorpusFixture.SHANGHAI + suffix));
        }
        Build forgotten = mvnPackage(project);
        assertEquals(1, forgotten.exit(), forgotten.output());
        assertTrue(
                forgotten.output().contains("was cut from other articles than the corpus holds now"),
                forgotten.output());
        assertTrue(forgotten.output().contains("Bump <version> in pom.xml (or --release-version)"), forgotten.output());
        assertTrue(
                forgotten.lines().stream().noneMatch(l -> l.contains("Tests run:")),
                "the tests ran first:\n" + forgotten.output());
        assertEquals(
                1,
                forgotten.lines().stream()
                        .filter(l -> l.contains("already exists with different content")
                                && l.startsWith("[ERROR] Failed to execute goal"))
                        .count(),
                forgotten.output());
        assertNoStackTrace(forgotten);
        assertEquals(4, releasedIds(project).size(), "the release was left as it was");
        deleteArticle(project, CorpusFixture.SHANGHAI);
    }

    @Test
    @Order(3)
    void anInvalidArticleFailsTheBuildWithItsFindingsAndOneReason() throws Exception {
        Path project = project();
        deleteDist(project);
        Path corpus = project.resolve("corpus");
        String id = CorpusFixture.SUIZHOU + "-copy";
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode sidecar = (ObjectNode) mapper.readTree(
                corpus.resolve(CorpusFixture.SUIZHOU + ".meta.json").toFile());
        sidecar.put("id", id);
        sidecar.put("date", "2023-02-30");
        sidecar.put("region", "519999");
        Files.writeString(
                corpus.resolve(id + ".meta.json"),
                mapper.writerWithDefaultPrettyPrinter().writeValueAsString(sidecar));
        // A different text (not a duplicate) that still holds the title and the date evidence.
        Files.writeString(
                corpus.resolve(id + ".txt"),
                Files.readString(corpus.resolve(CorpusFixture.SUIZHOU + ".txt")) + "（转载）\n");

        Build build = mvnPackage(project);
        assertEquals(1, build.exit(), build.output());
        assertTestsPassed(build);
        String output = build.output();
        assertTrue(output.contains("corpus/" + id + ".meta.json#/date: error [SIDECAR_DATE_INVALID]"), output);
        assertTrue(output.contains("corpus/" + id + ".meta.json#/region: error [SIDECAR_UNKNOWN_REGION]"), output);
        assertTrue(output.contains("5 articles checked: 2 errors, 0 warnings"), output);
        assertTrue(
                build.lines().stream()
                        .anyMatch(
                                l -> l.startsWith("[ERROR] Failed to execute goal")
                                        && l.endsWith(
                                                "The corpus is invalid: 2 errors in 1 article; nothing was written -> [Help 1]")),
                output);
        assertNoStackTrace(build);
        // Surefire prints two lines per test class, and the suite grows; what must stay short is the rest,
        // so that the findings are not buried.
        List<String> besidesTestProgress = build.lines().stream()
                .filter(l -> !l.startsWith("[INFO] Running ") && !l.contains("Tests run:"))
                .toList();
        assertTrue(
                besidesTestProgress.size() < 100,
                besidesTestProgress.size() + " lines besides the tests' progress:\n" + output);
        assertFalse(Files.exists(project.resolve(RELEASE)), "a release was written");
    }
}
