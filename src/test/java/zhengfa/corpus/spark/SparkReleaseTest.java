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
        assertEquals(Path.of("articles-folder").toAbsolutePath().toUri().toString().replaceAll("/$", ""),
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

    @Test
    void aVersionThatIsNotSemanticIsAUsageError() {
        StringWriter err = new StringWriter();
        int code = SparkRelease.run(new String[] {"--corpus=c", "--schema=s", "--out=o", "--version=latest",
                "--release-date=2026-11-22"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(2, code);
        assertTrue(err.toString().contains("semantic version"), err.toString());
    }

    private static void assertUsage(String option, String mentioned) {
        StringWriter err = new StringWriter();
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("--corpus=c", "--schema=s", "--out=o",
                "--version=0.1.0", "--release-date=2026-11-22"));
        String name = option.substring(0, option.indexOf('='));
        args.removeIf(a -> a.startsWith(name + "="));
        args.add(option);
        int code = SparkRelease.run(args.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains(mentioned), err.toString());
        assertTrue(!err.toString().contains("\tat "), "no stack trace: " + err);
    }
}
