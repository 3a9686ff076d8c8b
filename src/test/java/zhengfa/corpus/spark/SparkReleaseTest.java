package zhengfa.corpus.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The Spark job's command line, short of starting Spark. */
class SparkReleaseTest {

    @Test
    void foldersAreNamedWithoutATrailingSlash() {
        assertEquals(URI.create("hdfs://nn:8020/data/articles"), SparkRelease.uri("hdfs://nn:8020/data/articles/"));
        assertEquals(URI.create("s3a://bucket/articles"), SparkRelease.uri("s3a://bucket/articles"));
        assertEquals(
                Path.of("articles-folder").toAbsolutePath().toUri().toString().replaceAll("/$", ""),
                SparkRelease.uri("articles-folder").toString());
        assertEquals("articles", new org.apache.hadoop.fs.Path(SparkRelease.uri("file:///tmp/articles/")).getName());
    }

    @Test
    void wrongOptionsAreUsageErrorsInOneSentence() {
        assertUsage("--parquet-layout=single", "the Spark job writes Parquet in parts");
        assertUsage("--jsonl-compression=brotli", "brotli");
        assertUsage("--release-date=yesterday", "yesterday");
        assertUsage("--articles-per-task=-1", "--articles-per-task");
        assertUsage("--format=xml", "xml");
    }

    @Test
    void tasksAreSizedForAboutThreePerCoreWithinBounds() {
        assertEquals(834, SparkReleaseJob.automaticSliceSize(20_000, 8));
        assertEquals(250, SparkReleaseJob.automaticSliceSize(1_500, 2));
        assertEquals(SparkReleaseJob.MIN_SLICE, SparkReleaseJob.automaticSliceSize(300, 2));
        assertEquals(SparkReleaseJob.MAX_SLICE, SparkReleaseJob.automaticSliceSize(50_000_000, 16));
        assertEquals(SparkReleaseJob.MIN_SLICE, SparkReleaseJob.automaticSliceSize(0, 0));
    }

    /** --help and -V answer alone and beside every other option, as the command line's do; --release-version is the release option. */
    @Test
    void helpAndVersionWorkAloneAndBesideTheOptions() {
        for (String[] args : java.util.List.of(new String[] {"--help"}, new String[] {"-h"}, new String[] {
            "--corpus=c", "--schema=s", "--out=o", "--release-version=0.1.0", "--release-date=2026-11-22", "--help"
        })) {
            StringWriter out = new StringWriter();
            assertEquals(
                    0,
                    SparkRelease.run(args, new PrintWriter(out), new PrintWriter(new StringWriter())),
                    String.join(" ", args));
            assertTrue(out.toString().contains("--release-version=VERSION"), out.toString());
            assertTrue(
                    out.toString().startsWith("Usage: spark-submit --class zhengfa.corpus.spark.SparkRelease"),
                    out.toString());
        }
        for (String option : java.util.List.of("-V", "--version")) {
            StringWriter out = new StringWriter();
            assertEquals(
                    0,
                    SparkRelease.run(new String[] {option}, new PrintWriter(out), new PrintWriter(new StringWriter())));
            assertTrue(out.toString().startsWith("zhengfa-corpus "), out.toString());
        }
    }

    /** Without Spark on the classpath (java -jar on the Spark jar), one sentence names spark-submit, and the exit is 2. */
    @Test
    void withoutSparkTheJarSaysHowToLaunchIt() throws Exception {
        java.nio.file.Path javaBin = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(
                        javaBin.toString(), "-cp", "target/classes", SparkJarMain.class.getName(), "--help")
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(2, p.waitFor(), output);
        assertEquals(
                "error: this jar is a Spark job and Spark is not on the classpath: launch it with spark-submit --class"
                        + " zhengfa.corpus.spark.SparkRelease zhengfa-corpus-<version>-spark.jar --help",
                output.strip());
    }

    @Test
    void aVersionThatIsNotSemanticIsAUsageError() {
        StringWriter err = new StringWriter();
        int code = SparkRelease.run(
                new String[] {
                    "--corpus=c", "--schema=s", "--out=o", "--release-version=latest", "--release-date=2026-11-22"
                },
                new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertEquals(2, code);
        assertTrue(err.toString().contains("semantic version"), err.toString());
    }

    private static void assertUsage(String option, String mentioned) {
        StringWriter err = new StringWriter();
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
                "--corpus=c", "--schema=s", "--out=o", "--release-version=0.1.0", "--release-date=2026-11-22"));
        String name = option.substring(0, option.indexOf('='));
        args.removeIf(a -> a.startsWith(name + "="));
        args.add(option);
        int code = SparkRelease.run(
                args.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains(mentioned), err.toString());
        assertTrue(!err.toString().contains("\tat "), "no stack trace: " + err);
    }
}
