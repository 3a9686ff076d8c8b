package zhengfa.corpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengfa.corpus.CorpusFixture;

class MainTest {

    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) { }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static String schema() {
        return "--schema=" + CorpusFixture.projectSchema();
    }

    @Test
    void validateAValidCorpus() {
        Run run = run("validate", schema(), "--release-date=2026-11-22", CorpusFixture.projectCorpus().toString());
        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertTrue(run.out().contains("0 errors, 0 warnings"), run.out());
    }

    @Test
    void validateReportsEveryProblemLocatedAndExitsOne() {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        corpus.editSidecar(CorpusFixture.SUIZHOU, s -> s.put("date", "2023-02-30"));
        corpus.editSidecar(CorpusFixture.LESHAN, s -> s.put("region", "519999"));
        Run run = run("validate", schema(), "--release-date=2026-11-22", corpus.dir().toString());
        assertEquals(ExitCode.INVALID, run.exit());
        assertTrue(run.out().contains("corpus/" + CorpusFixture.SUIZHOU + ".meta.json#/date: error [SIDECAR_DATE_INVALID]"), run.out());
        assertTrue(run.out().contains("corpus/" + CorpusFixture.LESHAN + ".meta.json#/region: error [SIDECAR_UNKNOWN_REGION]"), run.out());
        assertTrue(run.out().contains("2 errors, 0 warnings"), run.out());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void packageCutsARelease() {
        Path dist = tmp.resolve("dist");
        Run run = run("package", schema(), "--corpus=" + CorpusFixture.projectCorpus(), "--dist=" + dist,
                "--version=0.1.0", "--release-date=2026-11-22T00:00:00Z");
        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertTrue(Files.isRegularFile(dist.resolve("zhengfa-corpus-0.1.0/data/articles.parquet")));
        assertTrue(run.out().contains("5 articles"), run.out());
    }

    @Test
    void packageOfAnInvalidCorpusExitsOneAndWritesNothing() {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        corpus.editSidecar(CorpusFixture.SUIZHOU, s -> s.remove("genre"));
        Path dist = tmp.resolve("dist");
        Run run = run("package", schema(), "--corpus=" + corpus.dir(), "--dist=" + dist,
                "--version=0.1.0", "--release-date=2026-11-22");
        assertEquals(ExitCode.INVALID, run.exit());
        assertTrue(run.err().contains("#/genre: error [SIDECAR_MISSING_FIELD]"), run.err());
        assertFalse(Files.exists(dist));
    }

    @Test
    void packageOfAChangedCorpusUnderAnExistingVersionExitsFour() {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        Path dist = tmp.resolve("dist");
        String[] args = {"package", schema(), "--corpus=" + corpus.dir(), "--dist=" + dist, "--version=0.1.0",
            "--release-date=2026-11-22"};
        assertEquals(ExitCode.OK, run(args).exit());
        corpus.editSidecar(CorpusFixture.SUIZHOU, s -> s.put("genre", "news"));
        Run run = run(args);
        assertEquals(ExitCode.RELEASE_EXISTS, run.exit());
        assertTrue(run.err().contains("release 0.1.0 already exists and differs; bump the version in pom.xml"), run.err());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(ExitCode.USAGE, run("package", "--version=0.1.0").exit());
        assertEquals(ExitCode.USAGE, run("frobnicate").exit());
        assertEquals(ExitCode.USAGE, run("validate", "--release-date=yesterday").exit());
        assertEquals(ExitCode.USAGE, run("package", "--version=latest", "--release-date=2026-11-22", schema()).exit());
    }

    @Test
    void brokenSchemaFolderExitsThree() {
        Run run = run("validate", "--schema=" + tmp.resolve("no-schema"), CorpusFixture.projectCorpus().toString());
        assertEquals(ExitCode.IO, run.exit());
        assertTrue(run.err().startsWith("error: "), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void aBrokenSchemaFileExitsThreeWithOrWithoutACache() throws Exception {
        Path schema = CorpusFixture.copyOfSchema(tmp);
        Path cache = tmp.resolve("cache");
        String corpus = CorpusFixture.projectCorpus().toString();
        assertEquals(ExitCode.OK, run("validate", "--schema=" + schema, "--cache=" + cache, "--release-date=2026-11-22", corpus).exit());
        Files.writeString(schema.resolve("labels.json"), "{ \"layers\": ");
        for (Run run : List.of(run("validate", "--schema=" + schema, "--cache=" + cache, "--release-date=2026-11-22", corpus),
                run("validate", "--schema=" + schema, "--release-date=2026-11-22", corpus))) {
            assertEquals(ExitCode.IO, run.exit(), run.out() + run.err());
            assertTrue(run.err().startsWith("error: " + schema.resolve("labels.json").toAbsolutePath().normalize()), run.err());
            assertFalse(run.err().contains("\tat "), run.err());
        }
    }

    @Test
    void helpListsTheExitCodes() {
        Run run = run("--help");
        assertEquals(ExitCode.OK, run.exit());
        assertTrue(run.out().contains("Exit codes:"), run.out());
        assertTrue(run.out().contains("4   the release version exists with different content"), run.out());
    }
}
