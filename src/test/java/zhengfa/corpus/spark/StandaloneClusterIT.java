package zhengfa.corpus.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import zhengfa.corpus.CorpusFixture;
import zhengfa.corpus.bench.CorpusGenerator;

/**
 * The Spark job submitted to a real standalone cluster on this machine: a master and two workers,
 * each its own JVM, one core and one executor each. The release verifies and equals the local
 * release; then, with a worker and its executor killed by SIGKILL while the job writes, Spark runs
 * the lost tasks again on the other worker and the release is still complete and equal, or the
 * job fails with nothing published.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandaloneClusterIT {

    static final int ARTICLES = 3000;
    static final String DATE = "2026-11-22";

    @TempDir
    static Path work;

    static Path corpus;
    static Path local;
    static StandaloneCluster cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        corpus = work.resolve("corpus");
        new CorpusGenerator(CorpusFixture.seedCorpus(), CorpusFixture.seedSchema(), 7).generate(corpus, ARTICLES);
        local = ReleaseComparison.cutLocally(work, corpus, DATE, "--parquet-layout=shards", "--jsonl-compression=gzip");
        cluster = StandaloneCluster.start(work.resolve("cluster"), 2, "1g");
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void twoWorkersCutTheLocalRelease() throws Exception {
        Path out = work.resolve("out-plain");
        List<List<Path>> before = new ArrayList<>();
        for (int worker = 1; worker <= 2; worker++) {
            before.add(StandaloneCluster.executorFolders(work.resolve("cluster/worker-" + worker)));
        }
        JobProcess.Result job = JobProcess.finish(
                JobProcess.start(submit(out), work.resolve("logs-plain")), work.resolve("logs-plain"), 600);
        assertEquals(0, job.exitCode(), job.describe());
        Path release = out.resolve("zhengfa-corpus-0.1.0");
        equalsTheLocalRelease(release);
        for (int worker = 1; worker <= 2; worker++) {
            List<Path> executors =
                    new ArrayList<>(StandaloneCluster.executorFolders(work.resolve("cluster/worker-" + worker)));
            executors.removeAll(before.get(worker - 1));
            assertEquals(1, executors.size(), "worker " + worker + " ran one executor for this job: " + executors);
            // 30 tasks over two passes, and each executor built its vocabulary and rules once.
            String log = Files.readString(executors.get(0).resolve("stderr"), StandardCharsets.UTF_8);
            assertEquals(
                    1,
                    log.lines()
                            .filter(line -> line.contains(ExecutorKit.TOOLS_BUILT))
                            .count(),
                    log);
        }
    }

    @Test
    @Order(2) // it kills worker 1 for good
    void aWorkerKilledMidJobLeavesACompleteReleaseOrNone() throws Exception {
        Path out = work.resolve("out-killed");
        Path logs = work.resolve("logs-killed");
        Process job = JobProcess.start(submit(out), logs);
        boolean killedMidJob = false;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        // Mid-job: tasks of the writing pass have finished and the release is not yet published.
        while (job.isAlive() && System.nanoTime() < deadline) {
            if (writingHasBegun(out) && !Files.exists(out.resolve("zhengfa-corpus-0.1.0"))) {
                cluster.killWorker(1);
                killedMidJob = job.isAlive();
                break;
            }
            Thread.sleep(50);
        }
        assertTrue(killedMidJob, "the worker was killed while the job ran");
        JobProcess.Result result = JobProcess.finish(job, logs, 600);
        Path release = out.resolve("zhengfa-corpus-0.1.0");
        String outcome = result.stderr()
                .lines()
                .filter(l -> l.startsWith("Published ") || l.startsWith("error: "))
                .findFirst()
                .orElse("(no outcome line)");
        System.out.println("after the kill: exit " + result.exitCode() + ": " + outcome);
        if (result.exitCode() == 0) {
            assertTrue(
                    outcome.startsWith("Published ") && outcome.contains("Spark lost 1 executor(s)"),
                    "the loss was seen and the release still cut:\n" + result.describe());
            equalsTheLocalRelease(release);
        } else {
            assertFalse(Files.exists(release), "a failed job publishes nothing:\n" + result.describe());
        }
        try (Stream<Path> entries = Files.list(out)) {
            List<Path> left = entries.toList();
            assertTrue(left.isEmpty() || left.equals(List.of(release)), "no staging folder is left: " + left);
        }
    }

    private static List<String> submit(Path out) {
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
                "100",
                "--parquet-layout",
                "shards",
                "--jsonl-compression",
                "gzip"));
        return JobProcess.submit(
                cluster.masterUrl(),
                Map.of(
                        "spark.executor.memory", "512m",
                        "spark.executor.cores", "1",
                        "spark.cores.max", "2",
                        "spark.executor.extraJavaOptions", String.join(" ", JobProcess.OPENS),
                        // A lost task is run again on the worker that is left.
                        "spark.task.maxFailures", "4"),
                arguments);
    }

    private static boolean writingHasBegun(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(out)) {
            for (Path staging : entries.filter(p -> p.getFileName().toString().startsWith(".staging-"))
                    .toList()) {
                Path attempts = staging.resolve("_attempts");
                if (Files.isDirectory(attempts)) {
                    try (Stream<Path> done = Files.list(attempts)) {
                        if (done.count() >= 2) {
                            return true;
                        }
                    }
                }
            }
        } catch (java.nio.file.NoSuchFileException raced) {
            return false;
        }
        return false;
    }

    private static void equalsTheLocalRelease(Path release) throws Exception {
        ReleaseComparison.verifiesAndEqualsLocal(work, corpus, local, release, ".jsonl.gz");
    }
}
