package zhengfa.corpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import zhengfa.corpus.CorpusFixture;

class MainTest {

    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static String schema() {
        return "--schema=" + CorpusFixture.seedSchema();
    }

    @Test
    void validateAValidCorpus() {
        Run run = run("validate", schema(), "--release-date=2026-11-22", "--corpus=" + CorpusFixture.seedCorpus());
        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertTrue(run.out().endsWith("5 articles checked: 0 errors, 0 warnings\n"), run.out());
    }

    @Test
    void validateReportsEveryProblemLocatedAndExitsOne() {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        corpus.editSidecar(CorpusFixture.SUIZHOU, s -> s.put("date", "2023-02-30"));
        corpus.editSidecar(CorpusFixture.LESHAN, s -> s.put("region", "519999"));
        Run run = run("validate", schema(), "--release-date=2026-11-22", "--corpus=" + corpus.dir());
        assertEquals(ExitCode.INVALID, run.exit());
        assertTrue(
                run.out()
                        .contains("corpus/" + CorpusFixture.SUIZHOU + ".meta.json#/date: error [SIDECAR_DATE_INVALID]"),
                run.out());
        assertTrue(
                run.out()
                        .contains("corpus/" + CorpusFixture.LESHAN
                                + ".meta.json#/region: error [SIDECAR_UNKNOWN_REGION]"),
                run.out());
        assertTrue(run.out().endsWith("5 articles checked: 2 errors, 0 warnings\n"), run.out());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void packageCutsARelease() {
        Path dist = tmp.resolve("dist");
        Run run = run(
                "package",
                schema(),
                "--corpus=" + CorpusFixture.seedCorpus(),
                "--dist=" + dist,
                "--release-version=0.1.0",
                "--release-date=2026-11-22T00:00:00Z");
        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertTrue(Files.isRegularFile(dist.resolve("zhengfa-corpus-0.1.0/data/articles.parquet")));
        assertTrue(run.out().contains("zhengfa-corpus-0.1.0: 5 articles"), run.out());
        assertTrue(run.out().endsWith("5 articles checked: 0 errors, 0 warnings\n"), run.out());
    }

    @Test
    void packageOfAnInvalidCorpusExitsOneAndWritesNothing() {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        corpus.editSidecar(CorpusFixture.SUIZHOU, s -> s.remove("genre"));
        Path dist = tmp.resolve("dist");
        Run run = run(
                "package",
                schema(),
                "--corpus=" + corpus.dir(),
                "--dist=" + dist,
                "--release-version=0.1.0",
                "--release-date=2026-11-22");
        assertEquals(ExitCode.INVALID, run.exit());
        assertTrue(run.err().contains("#/genre: error [SIDECAR_MISSING_FIELD]"), run.err());
        assertTrue(run.err().contains("5 articles checked: 1 error, 0 warnings\n"), run.err());
        assertTrue(
                run.err()
                        .endsWith(
                                "The corpus is invalid: 1 error in 1 article; nothing was written to " + dist + ".\n"),
                run.err());
        assertFalse(Files.exists(dist));
    }

    @Test
    void theConclusionSaysHowManyErrorsInHowManyArticles() {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        corpus.editSidecar(CorpusFixture.SUIZHOU, s -> s.put("date", "2023-02-30"));
        corpus.editSidecar(CorpusFixture.SUIZHOU, s -> s.put("region", "519999"));
        corpus.editSidecar(CorpusFixture.LESHAN, s -> s.remove("genre"));
        Main.Outcome outcome = Main.run(
                new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()),
                "package",
                schema(),
                "--corpus=" + corpus.dir(),
                "--dist=" + tmp.resolve("dist"),
                "--release-version=0.1.0",
                "--release-date=2026-11-22");
        assertEquals(
                new Main.Outcome(
                        ExitCode.INVALID, "The corpus is invalid: 3 errors in 2 articles; nothing was written"),
                outcome);
        Main.Outcome valid = Main.run(
                new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()),
                "validate",
                schema(),
                "--corpus=" + CorpusFixture.seedCorpus(),
                "--release-date=2026-11-22");
        assertEquals(new Main.Outcome(ExitCode.OK, "5 articles checked: 0 errors, 0 warnings"), valid);
    }

    @Test
    void packageOfAChangedCorpusUnderAnExistingVersionExitsFour() {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        Path dist = tmp.resolve("dist");
        String[] args = {
            "package",
            schema(),
            "--corpus=" + corpus.dir(),
            "--dist=" + dist,
            "--release-version=0.1.0",
            "--release-date=2026-11-22"
        };
        assertEquals(ExitCode.OK, run(args).exit());
        corpus.editSidecar(CorpusFixture.SUIZHOU, s -> s.put("genre", "news"));
        Run run = run(args);
        assertEquals(ExitCode.RELEASE_EXISTS, run.exit());
        assertTrue(
                run.err().contains("release 0.1.0 already exists with different content; bump the version in pom.xml"),
                run.err());
        assertEquals(
                1,
                run.err().lines().filter(l -> l.contains("[RELEASE_CONFLICT]")).count(),
                "one finding, " + run.err());
        assertEquals(
                1, run.err().lines().filter(l -> l.strip().startsWith("fix:")).count(), "the fix once, " + run.err());
        assertTrue(
                run.err().contains("article changed: " + CorpusFixture.SUIZHOU + " (genre)"),
                "the article first, " + run.err());
    }

    /** A release copies schema/: a source added that no article uses yet still makes another release. */
    @Test
    void checkVersionSeesAChangedSchemaBeforeAnyCut() throws IOException {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        Path schemaCopy = tmp.resolve("schema-copy");
        try (Stream<Path> walk = Files.walk(CorpusFixture.seedSchema())) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                Path to = schemaCopy.resolve(
                        CorpusFixture.seedSchema().relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        String[] cut = {
            "package",
            "--schema=" + schemaCopy,
            "--corpus=" + corpus.dir(),
            "--dist=" + tmp.resolve("dist"),
            "--release-version=0.1.0",
            "--release-date=2026-11-22"
        };
        String[] check =
                Stream.concat(Arrays.stream(cut), Stream.of("--check-version")).toArray(String[]::new);
        assertEquals(ExitCode.OK, run(cut).exit());
        assertEquals(ExitCode.OK, run(check).exit(), "the same articles and schema");
        Path sources = schemaCopy.resolve("sources.json");
        Files.writeString(sources, Files.readString(sources) + "\n");
        Run other = run(check);
        assertEquals(ExitCode.RELEASE_EXISTS, other.exit(), other.out() + other.err());
        assertTrue(other.err().contains("but with another schema/: schema/sources.json differ"), other.err());
        // the full cut agrees with the check
        assertEquals(ExitCode.RELEASE_EXISTS, run(cut).exit());
    }

    @Test
    void checkVersionSaysBeforeAnyCutWhetherTheVersionIsFreeForTheCorpus() {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        Path dist = tmp.resolve("dist");
        String[] cut = {
            "package",
            schema(),
            "--corpus=" + corpus.dir(),
            "--dist=" + dist,
            "--release-version=0.1.0",
            "--release-date=2026-11-22"
        };
        String[] check = {
            "package",
            "--check-version",
            schema(),
            "--corpus=" + corpus.dir(),
            "--dist=" + dist,
            "--release-version=0.1.0",
            "--release-date=2026-11-22"
        };
        Run free = run(check);
        assertEquals(ExitCode.OK, free.exit(), free.err());
        assertTrue(free.out().contains("Version 0.1.0 is free"), free.out());
        assertFalse(java.nio.file.Files.exists(dist), "the check writes nothing");

        assertEquals(ExitCode.OK, run(cut).exit());
        Run same = run(check);
        assertEquals(ExitCode.OK, same.exit(), same.err());
        assertTrue(same.out().contains("was cut from the articles the corpus holds now"), same.out());

        corpus.editSidecar(CorpusFixture.SUIZHOU, s -> s.put("genre", "news"));
        Run taken = run(check);
        assertEquals(ExitCode.RELEASE_EXISTS, taken.exit(), taken.err());
        assertTrue(taken.err().contains("was cut from other articles than the corpus holds now"), taken.err());
        assertTrue(taken.err().contains("the corpus's 5 articles give"), taken.err());
        assertTrue(taken.err().contains("Bump <version> in pom.xml (or --release-version)"), taken.err());
        assertFalse(taken.err().contains("draft"), "no drafts, no note of them: " + taken.err());
        // the full cut agrees with the check
        assertEquals(ExitCode.RELEASE_EXISTS, run(cut).exit());

        // a corpus changed by add alone: its drafts are named, since no version cuts them before review
        corpus.editSidecar(CorpusFixture.SUIZHOU, s -> s.put("review_status", "draft"));
        Run drafted = run(check);
        assertEquals(ExitCode.RELEASE_EXISTS, drafted.exit(), drafted.err());
        assertTrue(
                drafted.err()
                        .contains("note: 1 article is a draft no curator has reviewed (" + CorpusFixture.SUIZHOU
                                + "): whatever the version, package refuses a draft"),
                drafted.err());
        corpus.editSidecar(CorpusFixture.SUIZHOU, s -> s.remove("review_status"));

        String[] snapshot = check.clone();
        snapshot[5] = "--release-version=0.1.0-SNAPSHOT";
        assertEquals(ExitCode.OK, run(snapshot).exit(), "a snapshot is replaced whatever it holds");
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(ExitCode.USAGE, run("package", "--release-version=0.1.0").exit());
        assertEquals(ExitCode.USAGE, run("frobnicate").exit());
        assertEquals(ExitCode.USAGE, run("validate", "--release-date=yesterday").exit());
        assertEquals(
                ExitCode.USAGE,
                run("package", "--release-version=latest", "--release-date=2026-11-22", schema())
                        .exit());
    }

    @Test
    void theOldReleaseVersionOptionPointsToTheNewOne() {
        Run run = run("package", "--version=0.1.0", "--release-date=2026-11-22");
        assertEquals(ExitCode.USAGE, run.exit());
        assertTrue(run.err().contains("The release version is given as --release-version=VERSION"), run.err());
    }

    @Test
    void brokenSchemaFolderExitsThree() {
        Run run = run("validate", "--schema=" + tmp.resolve("no-schema"), "--corpus=" + CorpusFixture.seedCorpus());
        assertEquals(ExitCode.IO, run.exit());
        assertTrue(run.err().startsWith("error: "), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void aBrokenSchemaFileExitsThreeWithOrWithoutACache() throws Exception {
        Path schema = CorpusFixture.copyOfSchema(tmp);
        Path cache = tmp.resolve("cache");
        String corpus = "--corpus=" + CorpusFixture.seedCorpus();
        assertEquals(
                ExitCode.OK,
                run("validate", "--schema=" + schema, "--cache=" + cache, "--release-date=2026-11-22", corpus)
                        .exit());
        Files.writeString(schema.resolve("labels.json"), "{ \"layers\": ");
        for (Run run : List.of(
                run("validate", "--schema=" + schema, "--cache=" + cache, "--release-date=2026-11-22", corpus),
                run("validate", "--schema=" + schema, "--release-date=2026-11-22", corpus))) {
            assertEquals(ExitCode.IO, run.exit(), run.out() + run.err());
            assertTrue(
                    run.err()
                            .startsWith("error: "
                                    + schema.resolve("labels.json")
                                            .toAbsolutePath()
                                            .normalize()),
                    run.err());
            assertFalse(run.err().contains("\tat "), run.err());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "package", "verify", "diff"})
    void everyCommandHasHelpAndTheVersion(String command) {
        Run help = run(command, "--help");
        assertEquals(ExitCode.OK, help.exit(), help.err());
        assertTrue(help.out().startsWith("Usage: zhengfa-corpus " + command), help.out());
        Run version = run(command, "-V");
        assertEquals(ExitCode.OK, version.exit(), version.err());
        assertEquals(run("--version").out(), version.out());
    }

    @Test
    void theVersionIsTheBuiltOne() throws Exception {
        Run run = run("-V");
        assertEquals(ExitCode.OK, run.exit());
        // Maven filled version.properties in from pom.xml: the same <version> the release is cut with.
        String pomXml = Files.readString(Path.of(System.getProperty("zhengfa.basedir", "."), "pom.xml"));
        Matcher m = Pattern.compile("<artifactId>zhengfa-corpus</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pomXml);
        assertTrue(m.find(), "no project version in pom.xml");
        assertEquals("zhengfa-corpus " + m.group(1) + "\n", run.out());
    }

    @Test
    void everyCommandTakesTheCorpusAsTheSameOption() {
        for (String command : List.of("validate", "package", "verify")) {
            assertTrue(run(command, "--help").out().contains("--corpus=DIR"), command);
        }
        Run positional = run("validate", schema(), CorpusFixture.seedCorpus().toString());
        assertEquals(ExitCode.USAGE, positional.exit());
    }

    @Test
    void helpListsTheExitCodes() {
        Run run = run("--help");
        assertEquals(ExitCode.OK, run.exit());
        assertTrue(run.out().contains("Exit codes:"), run.out());
        assertTrue(run.out().contains("4   the release version exists with different content"), run.out());
    }
}
