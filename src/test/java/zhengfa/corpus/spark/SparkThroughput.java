package zhengfa.corpus.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zhengfa.corpus.CorpusFixture;
import zhengfa.corpus.bench.CorpusGenerator;
import zhengfa.corpus.dataset.FileTree;

/**
 * Times the same job three ways on one generated corpus: the local {@code package}, and the Spark
 * job on a standalone cluster of one worker and of two, each worker and its executor pinned to a
 * core of its own (the driver is not), all writing shards with plain JSON Lines. Runs alternate, the order shifted each round; medians are printed.
 * Usage (from the project folder, after {@code mvn package}):
 * {@code java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) zhengfa.corpus.spark.SparkThroughput [ARTICLES] [ROUNDS]}
 */
public final class SparkThroughput {

    private SparkThroughput() {}

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path work = Path.of("target/benchmark").toAbsolutePath();
        Path corpus = work.resolve("corpus-" + articles);
        if (!Files.isDirectory(corpus)) {
            new CorpusGenerator(CorpusFixture.seedCorpus(), CorpusFixture.seedSchema(), 42).generate(corpus, articles);
        }
        Path runs = work.resolve("spark-runs");
        FileTree.deleteRecursively(runs);
        Files.createDirectories(runs);
        try (StandaloneCluster one = StandaloneCluster.start(runs.resolve("cluster-1"), 1, "2g", true);
                StandaloneCluster two = StandaloneCluster.start(runs.resolve("cluster-2"), 2, "2g", true)) {
            Map<String, List<Double>> seconds = new LinkedHashMap<>();
            List<String> jobs =
                    List.of("package (local, 2 cores)", "Spark: 1 worker x 1 core", "Spark: 2 workers x 1 core");
            jobs.forEach(job -> seconds.put(job, new ArrayList<>()));
            for (int round = 0; round < rounds; round++) {
                for (int k = 0; k < jobs.size(); k++) {
                    int which = (k + round) % jobs.size();
                    Path out = runs.resolve("out-" + round + "-" + which);
                    List<String> command = switch (which) {
                        case 0 ->
                            JobProcess.cli(
                                    "package",
                                    "--corpus=" + corpus,
                                    "--schema=" + CorpusFixture.seedSchema(),
                                    "--dist=" + out,
                                    "--release-version=0.1.0",
                                    "--release-date=2026-11-22",
                                    "--maven-repository=" + runs.resolve("none"),
                                    "--parquet-layout=shards");
                        default ->
                            JobProcess.submit(
                                    (which == 1 ? one : two).masterUrl(),
                                    Map.of(
                                            "spark.executor.memory",
                                            "1g",
                                            "spark.executor.cores",
                                            "1",
                                            "spark.cores.max",
                                            "2",
                                            "spark.executor.extraJavaOptions",
                                            String.join(" ", JobProcess.OPENS)),
                                    List.of(
                                            "--corpus",
                                            corpus.toString(),
                                            "--schema",
                                            CorpusFixture.seedSchema().toString(),
                                            "--out",
                                            out.toString(),
                                            "--release-version",
                                            "0.1.0",
                                            "--release-date",
                                            "2026-11-22"));
                    };
                    long start = System.nanoTime();
                    JobProcess.Result result =
                            JobProcess.run(command, runs.resolve("logs-" + round + "-" + which), 3600);
                    double elapsed = (System.nanoTime() - start) / 1e9;
                    if (result.exitCode() != 0) {
                        throw new IllegalStateException(jobs.get(which) + " failed: " + result.describe());
                    }
                    seconds.get(jobs.get(which)).add(elapsed);
                    System.out.printf("round %d: %-28s %7.1f s%n", round + 1, jobs.get(which), elapsed);
                    FileTree.deleteRecursively(out);
                }
            }
            System.out.printf(
                    "%n%,d articles, medians of %d runs%n| job | wall s | articles/s |%n|---|---:|---:|%n",
                    articles, rounds);
            for (String job : jobs) {
                List<Double> sorted = seconds.get(job).stream().sorted().toList();
                double median = sorted.get(sorted.size() / 2);
                System.out.printf("| %s | %.1f | %,.0f |%n", job, median, articles / median);
            }
        }
    }
}
