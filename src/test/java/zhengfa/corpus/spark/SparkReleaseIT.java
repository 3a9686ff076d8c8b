package zhengfa.corpus.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengfa.corpus.CorpusFixture;
import zhengfa.corpus.bench.CorpusGenerator;
import zhengfa.corpus.dataset.ReleaseFiles;
import zhengfa.corpus.table.TableSchema;

/**
 * The Spark job as spark-submit runs it, in {@code local[2]}, on a generated corpus of 1,500
 * articles cut into tasks of 200: the release verifies, and its tables hold the rows of the local
 * {@code package} of the same corpus, checked both ways; bad articles spread over the tasks give
 * the local run's findings and publish nothing.
 */
class SparkReleaseIT {

    static final int ARTICLES = 1500;
    static final String DATE = "2026-11-22";
    static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path work;

    static Path corpus;
    static SparkSession spark;

    @BeforeAll
    static void generate() throws IOException {
        corpus = work.resolve("corpus");
        new CorpusGenerator(CorpusFixture.seedCorpus(), CorpusFixture.seedSchema(), 42).generate(corpus, ARTICLES);
        spark = SparkSession.builder()
                .appName("zhengfa-corpus-spark-it")
                .master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.sql.session.timeZone", "UTC")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void shardsEqualTheLocalRelease() throws Exception {
        Path sparkOut = work.resolve("spark-shards");
        Path localOut = work.resolve("local-shards");
        JobProcess.Result job = submit(sparkOut, "shards", "none", "--shard-rows", "120");
        assertEquals(0, job.exitCode(), job.describe());
        assertTrue(job.stderr().contains("Published "), job.describe());
        Path release = sparkOut.resolve("zhengfa-corpus-0.1.0");
        cutLocally(localOut, "shards", "none");
        Path local = localOut.resolve("zhengfa-corpus-0.1.0");

        verifies(release);
        assertEquals(
                ReleaseComparison.manifestWithoutFiles(local),
                ReleaseComparison.manifestWithoutFiles(release),
                "manifests apart from their file lists");
        for (String jsonl : List.of("data/articles.jsonl", "data/annotations.jsonl")) {
            assertArrayEquals(
                    Files.readAllBytes(local.resolve(jsonl)), Files.readAllBytes(release.resolve(jsonl)), jsonl);
        }
        for (TableSchema table : ReleaseFiles.TABLES) {
            sameRows(table, parquet(local, table), parquet(release, table));
        }
        // Parts of at most 120 rows, cut per task: 7 tasks of 200 articles make two each, the last (100) one.
        try (Stream<Path> parts = Files.list(release.resolve("data/articles"))) {
            assertEquals(15, parts.count());
        }
        try (Stream<Path> leftovers = Files.list(sparkOut)) {
            assertEquals(List.of(release), leftovers.toList(), "nothing but the release is left in --out");
        }
    }

    @Test
    void yearPartitionsWithZstdEqualTheLocalRelease() throws Exception {
        Path sparkOut = work.resolve("spark-year");
        Path localOut = work.resolve("local-year");
        JobProcess.Result job = submit(sparkOut, "year", "zstd");
        assertEquals(0, job.exitCode(), job.describe());
        Path release = sparkOut.resolve("zhengfa-corpus-0.1.0");
        cutLocally(localOut, "year", "zstd");
        Path local = localOut.resolve("zhengfa-corpus-0.1.0");

        verifies(release);
        assertEquals(ReleaseComparison.manifestWithoutFiles(local), ReleaseComparison.manifestWithoutFiles(release));
        for (String jsonl : List.of("data/articles.jsonl.zst", "data/annotations.jsonl.zst")) {
            assertArrayEquals(
                    ReleaseComparison.decompressed(local.resolve(jsonl)),
                    ReleaseComparison.decompressed(release.resolve(jsonl)),
                    jsonl);
        }
        for (TableSchema table : ReleaseFiles.TABLES) {
            sameRows(table, parquet(local, table), parquet(release, table));
        }
    }

    @Test
    void aJobWaitsForNoOtherButLeavesARunningJobsStagingAlone() throws Exception {
        Path out = Files.createDirectories(work.resolve("spark-locked"));
        Path running =
                Files.createDirectories(out.resolve(SparkReleaseJob.STAGING_PREFIX + "zhengfa-corpus-0.1.0-running"));
        Files.writeString(out.resolve(OutputLock.FILE), "4242@cluster-driver\n");
        JobProcess.Result job = submit(out, "shards", "none");
        assertEquals(3, job.exitCode(), job.describe());
        assertTrue(job.stderr().contains("another release job (4242@cluster-driver) is writing to"), job.describe());
        assertTrue(job.stderr().contains(OutputLock.FILE), job.describe());
        assertTrue(Files.isDirectory(running), "the running job's staging folder is left alone");
        assertFalse(Files.exists(out.resolve("zhengfa-corpus-0.1.0")));

        Files.delete(out.resolve(OutputLock.FILE));
        JobProcess.Result after = submit(out, "shards", "none");
        assertEquals(0, after.exitCode(), after.describe());
        assertFalse(Files.exists(running), "with the lock its own, a job removes a killed run's staging");
        try (Stream<Path> leftovers = Files.list(out)) {
            assertEquals(
                    List.of(out.resolve("zhengfa-corpus-0.1.0")), leftovers.toList(), "the lock is gone with the job");
        }
    }

    @Test
    void publishingTheSameReleaseAgainChangesNothingAndADifferentOneIsRefused() throws Exception {
        Path out = work.resolve("spark-again");
        assertEquals(0, submit(out, "shards", "gzip").exitCode());
        Path release = out.resolve("zhengfa-corpus-0.1.0");
        byte[] sums = Files.readAllBytes(release.resolve(ReleaseFiles.SUMS_FILE));

        JobProcess.Result again = submit(out, "shards", "gzip");
        assertEquals(0, again.exitCode(), again.describe());
        assertTrue(again.stderr().contains("already exists with identical content"), again.describe());

        JobProcess.Result different = submit(out, "shards", "zstd");
        assertEquals(4, different.exitCode(), different.describe());
        assertTrue(different.stderr().contains("already exists with different content"), different.describe());
        assertArrayEquals(
                sums, Files.readAllBytes(release.resolve(ReleaseFiles.SUMS_FILE)), "the release is untouched");
        try (Stream<Path> leftovers = Files.list(out)) {
            assertEquals(List.of(release), leftovers.toList());
        }
    }

    @Test
    void badArticlesSpreadOverTheTasksGiveTheLocalFindingsAndPublishNothing() throws Exception {
        Path bad = work.resolve("bad-corpus");
        CorpusFixture.copyTree(corpus, bad);
        // Spread over the tasks (200 articles each): a text with CRLF line endings, a sidecar that
        // is not JSON, a text copied from another article, a text without its sidecar, an id
        // claimed twice, and entries that are no article at all.
        Path first = bad.resolve(id(3) + ".txt");
        Files.writeString(
                bad.resolve(id(75) + ".txt"),
                Files.readString(bad.resolve(id(75) + ".txt")).replace("\n", "\r\n"));
        Files.writeString(bad.resolve(id(480) + ".meta.json"), "{\"id\": ");
        Files.copy(first, bad.resolve(id(910) + ".txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.delete(bad.resolve(id(1203) + ".meta.json"));
        ObjectNode sidecar = (ObjectNode)
                MAPPER.readTree(bad.resolve(id(1444) + ".meta.json").toFile());
        sidecar.put("id", id(611));
        Files.writeString(bad.resolve(id(1444) + ".meta.json"), MAPPER.writeValueAsString(sidecar));
        Files.createDirectory(bad.resolve("notes"));
        Files.writeString(bad.resolve("Draft One.txt"), "草稿");

        Path out = work.resolve("spark-bad");
        JobProcess.Result job = JobProcess.run(
                JobProcess.submit(
                        "local[2]",
                        Map.of(),
                        List.of(
                                "--corpus",
                                bad.toString(),
                                "--schema",
                                CorpusFixture.seedSchema().toString(),
                                "--out",
                                out.toString(),
                                "--release-version",
                                "0.1.0",
                                "--release-date",
                                DATE,
                                "--articles-per-task",
                                "200",
                                "--format",
                                "json")),
                work.resolve("logs-bad"),
                600);
        assertEquals(1, job.exitCode(), job.describe());
        JobProcess.Result local = JobProcess.run(
                JobProcess.cli(
                        "validate",
                        "--corpus=" + bad,
                        "--schema=" + CorpusFixture.seedSchema(),
                        "--release-date=" + DATE,
                        "--format=json"),
                work.resolve("logs-bad-local"),
                600);
        assertEquals(1, local.exitCode(), local.describe());

        JsonNode expected = MAPPER.readTree(local.stdout()).path("findings");
        JsonNode actual = MAPPER.readTree(job.stdout()).path("findings");
        assertTrue(expected.size() >= 8, "the local run finds every planted problem: " + expected);
        assertEquals(expected, actual, "the Spark job reports what the local run reports");
        assertFalse(job.stderr().contains("\tat zhengfa."), "no stack trace of ours for bad input");
        assertTrue(!Files.exists(out) || isEmpty(out), "nothing is published, and no staging folder is left");

        JobProcess.Result sarif = JobProcess.run(
                JobProcess.submit(
                        "local[2]",
                        Map.of(),
                        List.of(
                                "--corpus",
                                bad.toString(),
                                "--schema",
                                CorpusFixture.seedSchema().toString(),
                                "--out",
                                out.toString(),
                                "--release-version",
                                "0.1.0",
                                "--release-date",
                                DATE,
                                "--articles-per-task",
                                "200",
                                "--format",
                                "sarif")),
                work.resolve("logs-bad-sarif"),
                600);
        assertEquals(1, sarif.exitCode(), sarif.describe());
        JsonNode results = MAPPER.readTree(sarif.stdout()).path("runs").path(0).path("results");
        assertEquals(expected.size(), results.size(), "one SARIF result per finding");
        assertEquals(
                expected.get(0).path("code").asText(),
                results.get(0).path("ruleId").asText());
    }

    @Test
    void aCorpusChangedBetweenTheTwoPassesPublishesNothing() throws Exception {
        Path changing = work.resolve("changing-corpus");
        CorpusFixture.copyTree(corpus, changing);
        Path out = work.resolve("spark-changing");
        Process job = JobProcess.start(
                JobProcess.submit(
                        "local[2]",
                        Map.of(),
                        List.of(
                                "--corpus",
                                changing.toString(),
                                "--schema",
                                CorpusFixture.seedSchema().toString(),
                                "--out",
                                out.toString(),
                                "--release-version",
                                "0.1.0",
                                "--release-date",
                                DATE,
                                "--articles-per-task",
                                "200")),
                work.resolve("logs-changing"));
        // The first task of the writing pass has copied its files; the last task (8 of 8, on 2
        // cores) has not started. Change the last article it will read, keeping it valid.
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(300);
        while (!writingHasBegun(out)) {
            assertTrue(job.isAlive() && System.nanoTime() < deadline, "the job ended or stalled before writing");
            Thread.sleep(20);
        }
        Path last = changing.resolve(id(ARTICLES) + ".txt");
        Files.writeString(last, Files.readString(last) + "（更正）");
        JobProcess.Result result = JobProcess.finish(job, work.resolve("logs-changing"), 600);

        assertEquals(3, result.exitCode(), result.describe());
        assertTrue(
                result.stderr()
                        .contains("the corpus changed while the release was being cut (articles " + id(1401) + " … "
                                + id(ARTICLES) + ")"),
                result.describe());
        assertTrue(isEmpty(out), "nothing is published, and no staging folder is left");
    }

    private static boolean writingHasBegun(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(out)) {
            return entries.anyMatch(entry -> Files.isDirectory(entry.resolve("_attempts")));
        }
    }

    private static String id(int n) {
        return String.format("syn-42-%07d", n);
    }

    private static JobProcess.Result submit(Path out, String layout, String compression, String... more)
            throws Exception {
        List<String> arguments = new ArrayList<>(List.of(
                "--corpus",
                corpus.toUri().toString(),
                "--schema",
                CorpusFixture.seedSchema().toString(),
                "--out",
                out.toUri().toString(),
                "--release-version",
                "0.1.0",
                "--release-date",
                DATE,
                "--articles-per-task",
                "200",
                "--parquet-layout",
                layout,
                "--jsonl-compression",
                compression));
        arguments.addAll(List.of(more));
        return JobProcess.run(
                JobProcess.submit("local[2]", Map.of(), arguments),
                work.resolve("logs-" + out.getFileName() + "-" + System.nanoTime()),
                600);
    }

    private static void cutLocally(Path dist, String layout, String compression) throws Exception {
        JobProcess.Result cut = JobProcess.run(
                JobProcess.cli(
                        "package",
                        "--corpus=" + corpus,
                        "--schema=" + CorpusFixture.seedSchema(),
                        "--dist=" + dist,
                        "--release-version=0.1.0",
                        "--release-date=" + DATE,
                        "--maven-repository=" + work.resolve("no-repository"),
                        "--parquet-layout=" + layout,
                        "--shard-rows=100000",
                        "--jsonl-compression=" + compression),
                work.resolve("logs-local-" + dist.getFileName()),
                600);
        assertEquals(0, cut.exitCode(), cut.describe());
    }

    private static void verifies(Path release) throws Exception {
        JobProcess.Result verify = JobProcess.run(
                JobProcess.cli("verify", "--corpus=" + corpus, release.toString()),
                work.resolve("logs-verify-" + System.nanoTime()),
                600);
        assertEquals(0, verify.exitCode(), verify.describe());
    }

    /** A table's Parquet data read by Spark under the declared schema, columns in the declared order. */
    private static Dataset<Row> parquet(Path release, TableSchema table) {
        Column[] columns =
                table.columns().stream().map(c -> functions.col(c.name())).toArray(Column[]::new);
        return spark.read()
                .schema(SparkSchemas.of(table))
                .parquet(release.resolve("data").resolve(table.name()).toString())
                .select(columns);
    }

    private static void sameRows(TableSchema table, Dataset<Row> local, Dataset<Row> fromSpark) {
        assertEquals(local.count(), fromSpark.count(), table.name() + ": row counts");
        assertEquals(0, local.exceptAll(fromSpark).count(), table.name() + ": rows of the local release missing");
        assertEquals(0, fromSpark.exceptAll(local).count(), table.name() + ": rows the local release does not have");
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
