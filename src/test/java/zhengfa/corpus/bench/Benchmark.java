package zhengfa.corpus.bench;

import com.github.luben.zstd.Zstd;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import zhengfa.corpus.CorpusFixture;

/**
 * The benchmark (a program, not a test: it prints figures and asserts nothing). For each corpus
 * size it generates a synthetic corpus, then runs every job as a process of its own, in
 * alternating order, several times, under GNU time, and prints the medians side by side:
 * <ul>
 *   <li>our {@code package} with the default formats (JSON Lines and Parquet), with JSON Lines
 *       compressed with zstd, and with every format (Arrow as well);</li>
 *   <li>DuckDB doing the same job as {@code package}, without validation ({@link DuckDbJob}
 *       {@code same}): both tables, spans nested and flat, as Parquet (ZSTD) and JSON Lines;</li>
 *   <li>for reference, our {@code validate} (first run, then cached), DuckDB's earlier job (texts
 *       and sidecars into one Parquet file) and the floor: every file read once, texts
 *       ZSTD-compressed, on all cores.</li>
 * </ul>
 * Each job reports wall time, CPU time (user + system), peak resident memory, output bytes and,
 * for ours, the peak live heap after full collections. Run it as {@code scripts/benchmark}.
 */
public final class Benchmark {

    private static final Pattern STATS =
            Pattern.compile("wall_ms=(\\d+) peak_heap_mb=([0-9.]+) peak_live_heap_mb=([0-9.]+)");
    private static final Pattern TIME = Pattern.compile("^BENCH (\\S+) (\\S+) (\\S+) (\\d+)$", Pattern.MULTILINE);

    /** One measured run. {@code liveHeapMb} and {@code outputBytes} are -1 where not measured. */
    private record Run(double wall, double cpu, double rssMb, double liveHeapMb, long outputBytes) {}

    private static final Run FAILED = new Run(Double.NaN, Double.NaN, Double.NaN, -1, -1);

    /** A job: the command to run, and the folder it writes (deleted before each run), if any. */
    private record Job(String name, List<String> command, Path output) {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            options.put(eq < 0 ? arg : arg.substring(0, eq), eq < 0 ? "" : arg.substring(eq + 1));
        }
        if (options.containsKey("--floor")) {
            floor(Path.of(options.get("--floor")));
            return;
        }
        if (!options.containsKey("--jar") || !options.containsKey("--articles")) {
            System.err.println("usage: Benchmark --jar=target/zhengfa-corpus-<v>-cli.jar --articles=20000,100000"
                    + " [--runs=3] [--heap=256m] [--work=target/benchmark] [--jobs=WORD,…]");
            System.exit(2);
        }
        Path jar = Path.of(options.get("--jar"));
        String heap = options.getOrDefault("--heap", "256m");
        int runs = Integer.parseInt(options.getOrDefault("--runs", "3"));
        Path work = Path.of(options.getOrDefault("--work", "target/benchmark"));
        int threads = Runtime.getRuntime().availableProcessors();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");
        if (!Files.isExecutable(Path.of("/usr/bin/time"))) {
            System.err.println("the benchmark measures with GNU time: install it (Debian: apt-get install time)");
            System.exit(2);
        }
        System.out.printf(
                "machine: %d cores, Java %s; our jobs run with -Xmx%s; %d alternating runs of each job, medians%n",
                threads, System.getProperty("java.version"), heap, runs);

        List<String> table = new ArrayList<>();
        table.add("| articles | job | wall s | CPU s | peak RSS MB | live heap MB | output MB |");
        table.add("|---:|---|---:|---:|---:|---:|---:|");
        for (String size : options.get("--articles").split(",")) {
            int n = Integer.parseInt(size.strip());
            Path corpus = work.resolve("corpus-" + n);
            if (!Files.isDirectory(corpus)) {
                long t0 = System.nanoTime();
                // From the frozen seed fixture, not corpus/: the curators' edits must not move the benchmark.
                new CorpusGenerator(CorpusFixture.seedCorpus(), CorpusFixture.seedSchema(), 42).generate(corpus, n);
                System.out.printf("generated %d articles in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
            }
            String schema = "--schema=" + CorpusFixture.seedSchema();
            Path cache = work.resolve("cache-" + n);
            List<String> ours = List.of(java, "-Xmx" + heap, "-Dzhengfa.stats=true", "-jar", jar.toString());
            List<Job> jobs = new ArrayList<>();
            for (String[] variant : new String[][] {
                {"package: jsonl+parquet (default)", "--formats=jsonl,parquet", "--jsonl-compression=none"},
                {"package: jsonl.zst+parquet", "--formats=jsonl,parquet", "--jsonl-compression=zstd"},
                {"package: jsonl+parquet+arrow", "--formats=jsonl,parquet,arrow", "--jsonl-compression=none"}
            }) {
                Path dist = work.resolve("dist-" + n + "-" + jobs.size());
                jobs.add(new Job(
                        variant[0],
                        concat(
                                ours,
                                "package",
                                "--corpus=" + corpus,
                                schema,
                                "--dist=" + dist,
                                "--release-version=0.1.0",
                                "--release-date=2026-11-22",
                                "--maven-repository=" + work.resolve("none"),
                                variant[1],
                                variant[2]),
                        dist));
            }
            Path duckSame = work.resolve("duckdb-same-" + n);
            jobs.add(new Job(
                    "DuckDB: same job (no validation)",
                    List.of(
                            java,
                            "-cp",
                            classpath,
                            DuckDbJob.class.getName(),
                            "same",
                            corpus.toString(),
                            duckSame.toString(),
                            Integer.toString(threads),
                            CorpusFixture.seedSchema().toString()),
                    duckSame));
            Path duckNarrow = work.resolve("duckdb-narrow-" + n);
            jobs.add(new Job(
                    "DuckDB: narrow job (no validation)",
                    List.of(
                            java,
                            "-cp",
                            classpath,
                            DuckDbJob.class.getName(),
                            "narrow",
                            corpus.toString(),
                            duckNarrow.toString(),
                            Integer.toString(threads)),
                    duckNarrow));
            Path duckOne = work.resolve("duckdb-one-" + n);
            jobs.add(new Job(
                    "DuckDB: texts+sidecars → one Parquet",
                    List.of(
                            java,
                            "-cp",
                            classpath,
                            DuckDbJob.class.getName(),
                            "one-parquet",
                            corpus.toString(),
                            duckOne.toString(),
                            Integer.toString(threads)),
                    duckOne));
            jobs.add(new Job(
                    "floor: read all + zstd texts",
                    List.of(java, "-cp", classpath, Benchmark.class.getName(), "--floor=" + corpus),
                    null));
            jobs.add(new Job(
                    "validate (first)",
                    concat(
                            ours,
                            "validate",
                            "--release-date=2026-11-22",
                            "--cache=" + cache,
                            "--corpus=" + corpus,
                            schema),
                    cache));
            Job cached = new Job(
                    "validate (cached)",
                    concat(
                            ours,
                            "validate",
                            "--release-date=2026-11-22",
                            "--cache=" + cache,
                            "--corpus=" + corpus,
                            schema),
                    null);

            if (options.containsKey("--jobs")) {
                // e.g. --jobs=default,DuckDB: the jobs whose names contain one of the words (at 100,000
                // articles, all of them take an hour a round)
                List<String> words = Arrays.asList(options.get("--jobs").split(","));
                jobs.removeIf(j -> words.stream().noneMatch(w -> j.name().contains(w.strip())));
            }
            Map<String, List<Run>> results = new LinkedHashMap<>();
            jobs.forEach(j -> results.put(j.name(), new ArrayList<>()));
            boolean validating = jobs.stream().anyMatch(j -> j.name().equals("validate (first)"));
            if (validating) {
                results.put(cached.name(), new ArrayList<>());
            }
            for (int round = 0; round < runs; round++) {
                // Alternate the order from round to round, so no job always runs after the same one.
                for (int k = 0; k < jobs.size(); k++) {
                    Job job = jobs.get((k + round) % jobs.size());
                    results.get(job.name()).add(run(job, work));
                    if (job.name().equals("validate (first)")) {
                        results.get(cached.name()).add(run(cached, work));
                    }
                }
                System.out.printf("%d articles: round %d of %d done%n", n, round + 1, runs);
            }
            Map<String, Run> medians = new LinkedHashMap<>();
            results.forEach((name, list) -> medians.put(name, median(list)));
            medians.forEach((name, r) -> table.add(
                    Double.isNaN(r.wall())
                            ? String.format("| %d | %s | failed (see above) | | | | |", n, name)
                            : String.format(
                                    "| %d | %s | %.1f | %.1f | %.0f | %s | %s |",
                                    n,
                                    name,
                                    r.wall(),
                                    r.cpu(),
                                    r.rssMb(),
                                    r.liveHeapMb() < 0 ? "n/a" : String.format("%.0f", r.liveHeapMb()),
                                    r.outputBytes() < 0 ? "n/a" : String.format("%.0f", r.outputBytes() / 1048576.0))));
            addRatios(table, n, medians);
            addNarrowRatio(table, n, medians);
            // Printed as each size completes, so a long run's earlier sizes are not lost.
            System.out.println();
            table.forEach(System.out::println);
        }
    }

    /** Our default package against DuckDB's narrow job: wall, CPU and bytes. */
    private static void addNarrowRatio(List<String> table, int n, Map<String, Run> medians) {
        Run pack = medians.get("package: jsonl+parquet (default)");
        Run narrow = medians.get("DuckDB: narrow job (no validation)");
        if (pack == null || narrow == null || Double.isNaN(narrow.wall()) || Double.isNaN(pack.wall())) {
            return;
        }
        table.add(String.format(
                "| %d | ratios to DuckDB's narrow job | wall: default %.2f | CPU: default %.2f | RSS: default %.2f | |"
                        + " bytes: default %.2f |",
                n,
                pack.wall() / narrow.wall(),
                pack.cpu() / narrow.cpu(),
                pack.rssMb() / narrow.rssMb(),
                (double) pack.outputBytes() / narrow.outputBytes()));
    }

    /** Our package jobs against DuckDB's same job: wall, CPU, memory and bytes. */
    private static void addRatios(List<String> table, int n, Map<String, Run> medians) {
        Run pack = medians.get("package: jsonl+parquet (default)");
        Run zstd = medians.get("package: jsonl.zst+parquet");
        Run all = medians.get("package: jsonl+parquet+arrow");
        Run duck = medians.get("DuckDB: same job (no validation)");
        if (pack == null || zstd == null || all == null || duck == null) {
            return; // not all of them run (--jobs)
        }
        if (Double.isNaN(duck.wall())) {
            table.add(String.format("| %d | ratios to DuckDB's same job | n/a: DuckDB's job failed | | | | |", n));
            return;
        }
        table.add(String.format(
                "| %d | ratios to DuckDB's same job | wall: default %.2f, zstd %.2f, all formats %.2f |"
                        + " CPU: default %.2f | RSS: default %.2f | | bytes: default %.2f, zstd %.2f, all formats %.2f |",
                n,
                pack.wall() / duck.wall(),
                zstd.wall() / duck.wall(),
                all.wall() / duck.wall(),
                pack.cpu() / duck.cpu(),
                pack.rssMb() / duck.rssMb(),
                (double) pack.outputBytes() / duck.outputBytes(),
                (double) zstd.outputBytes() / duck.outputBytes(),
                (double) all.outputBytes() / duck.outputBytes()));
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(Arrays.asList(tail));
        return all;
    }

    /** Runs a job under GNU time, from a clean output folder, and measures it. */
    private static Run run(Job job, Path work) throws Exception {
        if (job.output() != null) {
            deleteTree(job.output());
        }
        List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-f", "BENCH %e %U %S %M"));
        command.addAll(job.command());
        Path log = work.resolve("last-run.log");
        Files.createDirectories(work);
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!p.waitFor(3, TimeUnit.HOURS)) {
            p.destroyForcibly();
            throw new IllegalStateException(job.name() + " did not finish within 3 hours");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            // Reported in the table rather than ending the benchmark: a job that cannot run at a
            // size is itself a result.
            System.out.println(job.name() + " failed:\n"
                    + output.lines()
                            .filter(l -> !l.startsWith("\tat "))
                            .limit(12)
                            .reduce("", (a, b) -> a + b + "\n"));
            return FAILED;
        }
        Matcher time = TIME.matcher(output);
        if (!time.find()) {
            throw new IllegalStateException("no GNU time figures for " + job.name() + ":\n" + output);
        }
        Matcher stats = STATS.matcher(output);
        double live = stats.find() ? Double.parseDouble(stats.group(3)) : -1;
        long bytes = job.output() == null || job.name().startsWith("validate") ? -1 : bytes(job.output());
        return new Run(
                Double.parseDouble(time.group(1)),
                Double.parseDouble(time.group(2)) + Double.parseDouble(time.group(3)),
                Long.parseLong(time.group(4)) / 1024.0,
                live,
                bytes);
    }

    /** The median of each figure on its own. */
    private static Run median(List<Run> runs) {
        if (runs.stream().anyMatch(r -> Double.isNaN(r.wall()))) {
            return FAILED;
        }
        return new Run(
                median(runs.stream().mapToDouble(Run::wall).toArray()),
                median(runs.stream().mapToDouble(Run::cpu).toArray()),
                median(runs.stream().mapToDouble(Run::rssMb).toArray()),
                median(runs.stream().mapToDouble(Run::liveHeapMb).toArray()),
                (long) median(runs.stream().mapToDouble(Run::outputBytes).toArray()));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }

    /** Reading every file once and ZSTD-compressing the texts, on all cores. */
    private static void floor(Path corpus) throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(corpus)) {
            files = list.sorted().toList();
        }
        AtomicLong sink = new AtomicLong();
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                futures.add(pool.submit(() -> {
                    for (int i = first; i < files.size(); i += threads) {
                        byte[] bytes = Files.readAllBytes(files.get(i));
                        sink.addAndGet(
                                files.get(i).toString().endsWith(".txt")
                                        ? Zstd.compress(bytes, 3).length
                                        : bytes.length);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        System.out.println("floor: " + sink.get() + " bytes");
    }

    private static long bytes(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
