package zhengfa.corpus.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import zhengfa.corpus.cli.ExitCode;
import zhengfa.corpus.cli.Settings;
import zhengfa.corpus.dataset.ReleaseFiles;
import zhengfa.corpus.dataset.ReleaseSpec;
import zhengfa.corpus.report.ReportFormat;
import zhengfa.corpus.report.ReportWriter;
import zhengfa.corpus.validation.ValidationReport;
import zhengfa.corpus.vocab.VocabularyException;
import zhengfa.corpus.writer.jsonl.JsonlCompression;
import zhengfa.corpus.writer.partition.ParquetLayout;

/**
 * The Spark job's entry point, for {@code spark-submit}. It validates the corpus with the same
 * rules as {@code package} and, if the corpus is valid, publishes the release; its exit codes are
 * the command line's ({@link ExitCode}).
 */
@Command(
        name = "spark-submit --class zhengfa.corpus.spark.SparkRelease zhengfa-corpus-<version>-spark.jar",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        versionProvider = zhengfa.corpus.cli.Main.Version.class,
        description =
                "Validates a corpus on a Spark cluster and, if it is valid, publishes <out>/zhengfa-corpus-<version>/."
                        + " Every URI may be any Hadoop file system: file://, hdfs://, s3a://.")
public final class SparkRelease implements Callable<Integer> {

    @Option(names = "--corpus", required = true, paramLabel = "URI", description = "The corpus folder.")
    String corpus;

    @Option(
            names = "--schema",
            required = true,
            paramLabel = "URI",
            description = "The schema folder (schema/ of the project).")
    String schema;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "URI",
            description = "Where the release folder is published.")
    String out;

    @Option(
            names = "--release-version",
            required = true,
            paramLabel = "VERSION",
            description = "The release version, e.g. 0.2.0.")
    String version;

    @Option(
            names = "--release-date",
            required = true,
            paramLabel = "DATE",
            converter = Settings.ReleaseDateConverter.class,
            description = "The release date, YYYY-MM-DD.")
    LocalDate releaseDate;

    @Option(
            names = "--jsonl-compression",
            paramLabel = "KIND",
            defaultValue = "none",
            description = "none (default), gzip or zstd.")
    String jsonlCompression;

    @Option(
            names = "--parquet-layout",
            paramLabel = "LAYOUT",
            defaultValue = "shards",
            description = "shards (data/<table>/part-NNNNN.parquet, default) or year (data/<table>/year=YYYY/).")
    String parquetLayout;

    @Option(
            names = "--shard-rows",
            paramLabel = "N",
            defaultValue = "100000",
            description = "At most this many rows per Parquet file (default: ${DEFAULT-VALUE}).")
    int shardRows;

    @Option(
            names = "--articles-per-task",
            paramLabel = "N",
            defaultValue = "0",
            description = "Consecutive articles validated and written by one Spark task (default: about three tasks per"
                    + " core, 100 to 20000 articles each).")
    int articlesPerTask;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "How findings are printed: text (default), json or sarif.")
    String format;

    @Option(
            names = "--max-findings-per-code",
            paramLabel = "N",
            defaultValue = "" + ValidationReport.DEFAULT_MAX_PER_CODE,
            description = "Findings printed per code; the rest are counted (default: ${DEFAULT-VALUE}).")
    int maxFindingsPerCode;

    @Option(names = "--strict", description = "Warnings fail the run too.")
    boolean strict;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(
                args,
                new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** The command line, returning the exit code ({@link ExitCode}). */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine line = new CommandLine(new SparkRelease());
        line.setOut(out);
        line.setErr(err);
        line.setExitCodeExceptionMapper(e -> ExitCode.INTERNAL);
        line.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("error: " + e.getMessage());
            e.getCommandLine().getErr().println("Run with --help for the options.");
            return ExitCode.USAGE;
        });
        line.setExecutionExceptionHandler((e, l, parsed) -> {
            // A bug, not bad input: the trace goes to the driver's log, where a report can quote it.
            org.slf4j.LoggerFactory.getLogger(SparkRelease.class).error("internal error in the Spark job", e);
            l.getErr()
                    .println("error: internal error in the Spark job: " + e + ". Nothing was published."
                            + " Please report it with the command line and the driver's log.");
            return ExitCode.INTERNAL;
        });
        return line.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        SparkReleaseJob.Request request = request();
        ReportFormat reportFormat = reportFormat();
        SparkSession spark =
                SparkSession.builder().appName("zhengfa-corpus " + version).getOrCreate();
        ClusterEvents events = new ClusterEvents();
        spark.sparkContext().addSparkListener(events);
        SparkOutcome outcome;
        String incidents;
        try {
            outcome = new SparkReleaseJob(spark).run(request);
            // Before stopping: stopping removes the executors too.
            incidents = events.describe();
        } catch (VocabularyException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.IO;
        } catch (IOException e) {
            err.println(
                    "error: cannot cut the release into " + out + ": " + e.getMessage() + ". Nothing was published.");
            return ExitCode.IO;
        } catch (Exception e) {
            // Spark throws SparkException (a checked exception in Java's eyes) without declaring it.
            if (e instanceof org.apache.spark.SparkException) {
                err.println("error: the Spark job failed: " + rootMessage(e) + events.describe()
                        + ". Nothing was published.");
                return ExitCode.IO;
            }
            throw e;
        } finally {
            spark.stop();
        }
        java.nio.file.Path projectRoot = "file".equals(request.corpus().getScheme())
                ? java.nio.file.Path.of(request.corpus()).getParent()
                : java.nio.file.Path.of("");
        new ReportWriter()
                .write(
                        outcome.report(),
                        reportFormat,
                        strict,
                        projectRoot,
                        reportFormat == ReportFormat.TEXT
                                        && !(outcome instanceof SparkOutcome.Published
                                                || outcome instanceof SparkOutcome.AlreadyIdentical)
                                ? err
                                : stdout);
        if (outcome instanceof SparkOutcome.Published p) {
            err.println("Published " + p.release() + ": " + p.articles() + " articles, release id " + p.releaseId()
                    + incidents);
            return ExitCode.OK;
        }
        if (outcome instanceof SparkOutcome.AlreadyIdentical same) {
            err.println("Release " + same.release()
                    + " already exists with identical content; nothing written. Release id " + same.releaseId());
            return ExitCode.OK;
        }
        if (outcome instanceof SparkOutcome.Invalid invalid) {
            err.println(
                    ReportWriter.invalidReason(invalid.report(), strict) + "; nothing was published to " + out + ".");
            return ExitCode.INVALID;
        }
        if (outcome instanceof SparkOutcome.Conflict conflict) {
            ReportWriter.text(
                    ReportWriter.conflict(
                            conflict.release(),
                            conflict.differences(),
                            "bump the version (--release-version) to publish the changed corpus as a new release"),
                    err);
            err.println("error: release " + version + " already exists with different content; nothing was published.");
            return ExitCode.RELEASE_EXISTS;
        }
        if (outcome instanceof SparkOutcome.Unfinished unfinished) {
            err.println("error: " + unfinished.release() + " exists without " + ReleaseFiles.SUMS_FILE
                    + ": an earlier run stopped while publishing it. Remove that folder and run the job again;"
                    + " nothing was published.");
            return ExitCode.RELEASE_EXISTS;
        }
        if (outcome instanceof SparkOutcome.Locked locked) {
            err.println("error: another release job (" + locked.owner() + ") is writing to " + out
                    + "; wait for it to end and"
                    + " run this one again. If no job is running (a driver killed outright leaves its lock), delete "
                    + locked.lockFile() + ". Nothing was published.");
            return ExitCode.IO;
        }
        SparkOutcome.ChangedDuringRun changed = (SparkOutcome.ChangedDuringRun) outcome;
        err.println("error: the corpus changed while the release was being cut (articles " + changed.articles()
                + "); nothing was published. Run the job again once the corpus is settled.");
        return ExitCode.IO;
    }

    private SparkReleaseJob.Request request() {
        JsonlCompression compression;
        ParquetLayout layout;
        try {
            compression = JsonlCompression.parse(jsonlCompression);
            layout = ParquetLayout.parse(parquetLayout, shardRows);
            if (layout instanceof ParquetLayout.Single) {
                throw new IllegalArgumentException(
                        "the Spark job writes Parquet in parts: --parquet-layout=shards or year");
            }
            reportFormat();
            if (articlesPerTask < 0 || maxFindingsPerCode < 1) {
                throw new IllegalArgumentException(
                        "--articles-per-task cannot be negative, and --max-findings-per-code must be at least 1");
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (!ReleaseSpec.isSemanticVersion(version)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--release-version must be a semantic version such as 0.1.0, not '" + version + "'");
        }
        return new SparkReleaseJob.Request(
                uri(corpus),
                uri(schema),
                uri(out),
                version,
                releaseDate,
                compression,
                layout,
                articlesPerTask,
                maxFindingsPerCode,
                strict);
    }

    /**
     * A URI as given, or a local path made absolute (file:), without a trailing slash: the folder's
     * own name is how findings name its files ({@code corpus/<id>.txt}).
     */
    static URI uri(String value) {
        URI uri;
        try {
            uri = new URI(value);
            if (uri.getScheme() == null || uri.getScheme().length() <= 1) {
                uri = java.nio.file.Path.of(value).toAbsolutePath().normalize().toUri();
            }
        } catch (URISyntaxException e) {
            // A local path with characters a URI does not allow.
            uri = java.nio.file.Path.of(value).toAbsolutePath().normalize().toUri();
        }
        return new org.apache.hadoop.fs.Path(uri.toString()).toUri();
    }

    private ReportFormat reportFormat() {
        for (ReportFormat candidate : ReportFormat.values()) {
            if (candidate.name().equalsIgnoreCase(format)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("--format must be text, json or sarif, not '" + format + "'");
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + cause + ")";
    }
}
