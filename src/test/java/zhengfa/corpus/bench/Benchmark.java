package zhengfa.corpus.bench;

import com.github.luben.zstd.Zstd;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
 * size it generates a synthetic corpus, then times side by side on this machine:
 * <ul>
 *   <li>our {@code validate} and {@code package}, each in its own JVM with the given heap;</li>
 *   <li>DuckDB doing the nearest job it can: read_text of the texts joined with read_json of the
 *       sidecars, written to Parquet with ZSTD;</li>
 *   <li>the floor: reading every file of the corpus once and ZSTD-compressing the texts.</li>
 * </ul>
 * Run it as the README says (section "Scale and speed").
 */
public final class Benchmark {

    private static final Pattern STATS = Pattern.compile("wall_ms=(\\d+) peak_heap_mb=([0-9.]+) peak_live_heap_mb=([0-9.]+)");

    /** A timed job; heap figures are -1 where not measured (DuckDB, the floor), output -1 where nothing is written. */
    private record Result(String job, double seconds, double peakHeapMb, double liveHeapMb, double outputMb) { }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        String heap = "256m";
        Path work = Path.of("target/benchmark");
        Path jar = null;
        for (String arg : args) {
            if (arg.startsWith("--articles=")) {
                for (String n : arg.substring(11).split(",")) {
                    sizes.add(Integer.parseInt(n.strip()));
                }
            } else if (arg.startsWith("--heap=")) {
                heap = arg.substring(7);
            } else if (arg.startsWith("--work=")) {
                work = Path.of(arg.substring(7));
            } else if (arg.startsWith("--jar=")) {
                jar = Path.of(arg.substring(6));
            }
        }
        if (sizes.isEmpty() || jar == null) {
            System.err.println("usage: Benchmark --jar=target/zhengfa-corpus-<v>-cli.jar --articles=10000,100000 [--heap=256m] [--work=target/benchmark]");
            System.exit(2);
        }
        System.out.printf("machine: %d cores, Java %s; our jobs run with -Xmx%s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), heap);
        List<String> table = new ArrayList<>();
        table.add(String.format("| %8s | %-36s | %8s | %10s | %9s | %9s | %9s | %9s |", "articles", "job", "wall s",
                "articles/s", "MB/s text", "peak heap", "live heap", "output MB"));
        table.add("|---:|---|---:|---:|---:|---:|---:|---:|");
        for (int n : sizes) {
            Path corpus = work.resolve("corpus-" + n);
            if (!Files.isDirectory(corpus)) {
                long t0 = System.nanoTime();
                // From the frozen seed fixture, not corpus/: the curators' edits must not move the benchmark.
                new CorpusGenerator(CorpusFixture.seedCorpus(), CorpusFixture.seedSchema(), 42).generate(corpus, n);
                System.out.printf("generated %d articles in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
            }
            long textBytes = textBytes(corpus);
            double textMb = textBytes / 1048576.0;
            Result floor = floor(corpus);
            Result duck = duckdb(corpus, work.resolve("duckdb-" + n + ".parquet"));
            Path cache = work.resolve("cache-" + n);
            String schema = "--schema=" + CorpusFixture.seedSchema();
            List<String> validateArgs = List.of("--release-date=2026-11-22", "--cache=" + cache, "--corpus=" + corpus, schema);
            // The validate jobs are timed without the live-heap sampler, whose forced collections
            // (one a second) weigh on a 3-second run, and measured for memory in a second pair of
            // runs with it. package is long enough for the sampler to cost a few percent only.
            deleteTree(cache);
            Result validate = ours(jar, heap, "validate", validateArgs, false);
            Result cached = ours(jar, heap, "validate", validateArgs, false);
            deleteTree(cache);
            Result validateMemory = ours(jar, heap, "validate", validateArgs, true);
            Result cachedMemory = ours(jar, heap, "validate", validateArgs, true);
            validate = new Result(validate.job(), validate.seconds(), validateMemory.peakHeapMb(), validateMemory.liveHeapMb(), -1);
            cached = new Result("ours: validate again (cached)", cached.seconds(), cachedMemory.peakHeapMb(),
                    cachedMemory.liveHeapMb(), -1);
            Path dist = work.resolve("dist-" + n);
            deleteTree(dist);
            // Package without the cache: full validation, as on a first build.
            Result pack = ours(jar, heap, "package", List.of("--corpus=" + corpus, schema, "--dist=" + dist,
                    "--release-version=0.1.0", "--release-date=2026-11-22"), true);
            pack = new Result(pack.job(), pack.seconds(), pack.peakHeapMb(), pack.liveHeapMb(), megabytes(dist));
            for (Result r : List.of(validate, cached, pack, duck, floor)) {
                table.add(String.format("| %8d | %-36s | %8.1f | %10.0f | %9.1f | %9s | %9s | %9s |", n, r.job(), r.seconds(),
                        n / r.seconds(), textMb / r.seconds(), orNa(r.peakHeapMb(), "%.0f MB"), orNa(r.liveHeapMb(), "%.0f MB"),
                        orNa(r.outputMb(), "%.0f")));
            }
            table.add(String.format("| %8d | %-36s | %8s | package/DuckDB = %.2f, package/floor = %.2f, cached/first validate = %.2f | | | | | |",
                    n, "ratios", "", pack.seconds() / duck.seconds(), pack.seconds() / floor.seconds(),
                    cached.seconds() / validate.seconds()));
        }
        System.out.println();
        table.forEach(System.out::println);
    }

    private static Result ours(Path jar, String heap, String command, List<String> args, boolean sampled) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-Dzhengfa.stats=" + sampled, "-jar", jar.toString(), command));
        cmd.addAll(args);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(2, TimeUnit.HOURS);
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (p.exitValue() != 0) {
            throw new IllegalStateException(command + " failed:\n" + output);
        }
        Matcher m = STATS.matcher(output);
        boolean found = m.find();
        return new Result("ours: " + command, seconds, found ? Double.parseDouble(m.group(2)) : -1,
                found ? Double.parseDouble(m.group(3)) : -1, -1);
    }

    private static Result duckdb(Path corpus, Path out) throws Exception {
        Files.deleteIfExists(out);
        String dir = corpus.toAbsolutePath().toString().replace("'", "''");
        String sql = "COPY (SELECT s.*, t.content AS text FROM read_text('" + dir + "/*.txt') t"
                + " JOIN read_json('" + dir + "/*.meta.json', union_by_name = true) s"
                + " ON s.id = regexp_extract(t.filename, '([^/]+)\\.txt$', 1) ORDER BY s.id)"
                + " TO '" + out.toAbsolutePath().toString().replace("'", "''") + "' (FORMAT parquet, COMPRESSION zstd)";
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("SET threads = " + Runtime.getRuntime().availableProcessors());
            s.execute(sql);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Result("DuckDB: read_text+read_json→Parquet", seconds, -1, -1, Files.size(out) / 1048576.0);
    }

    /** Reading every file once and ZSTD-compressing the texts, on all cores. */
    private static Result floor(Path corpus) throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(corpus)) {
            files = list.sorted().toList();
        }
        AtomicLong sink = new AtomicLong();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Future<?>> futures = new ArrayList<>();
            int threads = Runtime.getRuntime().availableProcessors();
            for (int t = 0; t < threads; t++) {
                int first = t;
                futures.add(pool.submit(() -> {
                    for (int i = first; i < files.size(); i += threads) {
                        byte[] bytes = Files.readAllBytes(files.get(i));
                        sink.addAndGet(files.get(i).toString().endsWith(".txt") ? Zstd.compress(bytes, 3).length : bytes.length);
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
        return new Result("floor: read all + zstd texts", (System.nanoTime() - t0) / 1e9, -1, -1, -1);
    }

    private static String orNa(double value, String format) {
        return value < 0 ? "n/a" : String.format(format, value);
    }

    private static double megabytes(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() / 1048576.0;
        }
    }

    private static long textBytes(Path corpus) throws IOException {
        try (Stream<Path> list = Files.list(corpus)) {
            return list.filter(p -> p.toString().endsWith(".txt")).mapToLong(p -> p.toFile().length()).sum();
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
