package zhengfa.corpus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengfa.corpus.CorpusFixture;
import zhengfa.corpus.dataset.ReleaseSpec;
import zhengfa.corpus.release.ReleaseCutter;
import zhengfa.corpus.release.ReleaseFixture;
import zhengfa.corpus.release.ReleaseOutcome;
import zhengfa.corpus.release.TableFormats;
import zhengfa.corpus.writer.TableFormat;
import zhengfa.corpus.writer.jsonl.JsonlCompression;
import zhengfa.corpus.writer.partition.ParquetLayout;

/**
 * The libraries analysts use read our releases: pandas, polars, PySpark, DuckDB, Hugging Face
 * datasets, frictionless-py and mlcroissant, from the pinned environment mvn verify makes in
 * target/python. Each runs the pytest suite in src/test/python/consumers, which compares every
 * value each library reads with the release's rows, against the release of the build and against
 * the year and shards layouts; report.html is opened in headless Chromium. A release with a wrong
 * Parquet file must fail the same suite.
 */
class PythonConsumersIT {

    private static final Path SUITE = Path.of(System.getProperty("zhengfa.basedir", "."), "src/test/python/consumers");
    private static final long MINUTES = 10;

    @TempDir
    Path tmp;

    @Test
    void everyConsumerReadsTheBuildsRelease() throws Exception {
        Result result = pytest("release", ReleaseDirectory.get(), CorpusFixture.seedCorpus());
        assertEquals(0, result.exit(), result.output());
        assertTrue(result.output().contains(" passed") && !result.output().contains("skipped"), result.output());
    }

    @Test
    void everyConsumerReadsTheYearLayout() throws Exception {
        Result result = pytest("year-layout", cut(new ParquetLayout.ByYear()), CorpusFixture.seedCorpus());
        assertEquals(0, result.exit(), result.output());
    }

    @Test
    void everyConsumerReadsTheShardsLayout() throws Exception {
        Result result = pytest("shards-layout", cut(new ParquetLayout.Shards(2)), CorpusFixture.seedCorpus());
        assertEquals(0, result.exit(), result.output());
    }

    /** JSON Lines compressed with gzip, Parquet in one file: every reader decompresses by the file name. */
    @Test
    void everyConsumerReadsGzipJsonLines() throws Exception {
        Result result = pytest(
                "gzip",
                cut(new ParquetLayout.Single(), TableFormats.parse(TableFormats.DEFAULT, JsonlCompression.GZIP)),
                CorpusFixture.seedCorpus());
        assertEquals(0, result.exit(), result.output());
    }

    /** zstd with the year layout, where datasets reads the JSON Lines: pandas needs the zstandard package. */
    @Test
    void everyConsumerReadsZstdJsonLines() throws Exception {
        Result result = pytest(
                "zstd-year-layout",
                cut(new ParquetLayout.ByYear(), TableFormats.parse("jsonl,parquet,arrow", JsonlCompression.ZSTD)),
                CorpusFixture.seedCorpus());
        assertEquals(0, result.exit(), result.output());
    }

    /** The astral fixture puts 𠮷 (outside the BMP) before and inside spans: UTF-16 offsets would be off by one. */
    @Test
    void pythonAgreesOnEverySpanAroundAnAstralCharacter() throws Exception {
        CorpusFixture corpus = CorpusFixture.fixture("astral", tmp);
        Path release = ReleaseFixture.written(ReleaseFixture.cut(corpus.dir(), tmp.resolve("dist"), "0.1.0"));
        Result result = pytest("astral", release, corpus.dir(), "test_pandas.py");
        assertEquals(0, result.exit(), result.output());
    }

    /** The suite can fail: a release whose Parquet holds other rows than its JSON Lines is caught by every Parquet reader. */
    @Test
    void aParquetFileWithOtherRowsFailsTheReaders() throws Exception {
        CorpusFixture astral = CorpusFixture.fixture("astral", tmp);
        Path other = ReleaseFixture.written(ReleaseFixture.cut(astral.dir(), tmp.resolve("other"), "0.1.0"));
        Path release = cut(new ParquetLayout.Single());
        Files.copy(
                other.resolve("data/articles.parquet"),
                release.resolve("data/articles.parquet"),
                StandardCopyOption.REPLACE_EXISTING);
        Result result = pytest("wrong-parquet", release, null, "test_pandas.py", "test_polars.py", "test_duckdb.py");
        assertNotEquals(0, result.exit(), result.output());
        for (String reader : List.of("pandas read_parquet", "polars read_parquet", "DuckDB read_parquet")) {
            assertTrue(result.output().contains(reader + ": "), reader + " did not notice:\n" + result.output());
        }
    }

    private Path cut(ParquetLayout layout) throws Exception {
        return cut(layout, TableFormats.all());
    }

    private Path cut(ParquetLayout layout, List<TableFormat> formats) throws Exception {
        ReleaseCutter cutter = new ReleaseCutter(CorpusFixture.vocabulary(), CorpusFixture.validator(), formats);
        Path dist = Files.createTempDirectory(tmp, "dist-" + layout.getClass().getSimpleName());
        ReleaseOutcome outcome = cutter.cut(
                new ReleaseSpec(CorpusFixture.seedCorpus(), dist, "0.1.0", CorpusFixture.RELEASE_DATE, null, layout),
                false);
        return assertInstanceOf(ReleaseOutcome.Written.class, outcome).release();
    }

    private record Result(int exit, String output) {}

    /** Runs the suite (or the files named) against a release; report.html's screenshot goes to target/report-screenshots/NAME.png. */
    private Result pytest(String name, Path release, Path corpus, String... files)
            throws IOException, InterruptedException {
        Path screenshots = Path.of(System.getProperty("zhengfa.screenshots", "target/report-screenshots"));
        List<String> command = new ArrayList<>(List.of(
                PythonEnvironment.python().toString(),
                "-m",
                "pytest",
                "-p",
                "no:cacheprovider",
                "-q",
                "-rs",
                "--tb=short",
                "--release=" + release,
                "--screenshots=" + screenshots.resolve(name + ".png")));
        if (corpus != null) {
            command.add("--corpus=" + corpus);
        }
        if (files.length == 0) {
            command.add(SUITE.toString());
        } else {
            for (String file : files) {
                command.add(SUITE.resolve(file).toString());
            }
        }
        Path home = Files.createTempDirectory(tmp, "hf-home");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).directory(tmp.toFile());
        // No network beyond the package registries: the hubs are told they are offline, and the
        // Hugging Face cache is the test's own.
        builder.environment().put("HF_HOME", home.toString());
        builder.environment().put("HF_HUB_OFFLINE", "1");
        builder.environment().put("HF_DATASETS_OFFLINE", "1");
        builder.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        Path log = Files.createTempFile(tmp, "pytest", ".log");
        Process process = builder.redirectOutput(log.toFile()).start();
        if (!process.waitFor(MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("pytest did not finish within " + MINUTES + " minutes:\n" + Files.readString(log));
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
