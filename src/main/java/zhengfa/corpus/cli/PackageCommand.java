package zhengfa.corpus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import zhengfa.corpus.corpus.CorpusLayout;
import zhengfa.corpus.dataset.PublishedReleases;
import zhengfa.corpus.dataset.ReleaseSpec;
import zhengfa.corpus.release.ReleaseCutter;
import zhengfa.corpus.release.ReleaseOutcome;
import zhengfa.corpus.release.TableFormats;
import zhengfa.corpus.release.VersionCheck;
import zhengfa.corpus.report.ReportFormat;
import zhengfa.corpus.report.ReportWriter;
import zhengfa.corpus.script.ScriptDetector;
import zhengfa.corpus.validation.CorpusValidator;
import zhengfa.corpus.vocab.ProjectVocabulary;
import zhengfa.corpus.vocab.VocabularyException;
import zhengfa.corpus.writer.FileFailures;
import zhengfa.corpus.writer.TableFormat;
import zhengfa.corpus.writer.jsonl.JsonlCompression;
import zhengfa.corpus.writer.partition.ParquetLayout;

@Command(
        name = "package",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Validates the corpus and, if it is valid, cuts dist/zhengfa-corpus-<version>/.")
final class PackageCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    Main main;

    @Mixin
    CorpusOptions options = new CorpusOptions();

    @Option(
            names = "--dist",
            paramLabel = "DIR",
            defaultValue = "dist",
            description = "Where releases are written (default: ${DEFAULT-VALUE}).")
    Path dist;

    @Option(
            names = "--release-version",
            required = true,
            paramLabel = "VERSION",
            description = "The release version, e.g. 0.1.0 (Maven passes the project version).")
    String version;

    @Option(
            names = "--release-date",
            required = true,
            paramLabel = "DATE",
            converter = Settings.ReleaseDateConverter.class,
            description = "The release date (Maven passes project.build.outputTimestamp); never the clock.")
    LocalDate releaseDate;

    @Option(
            names = "--against",
            paramLabel = "RELEASE",
            description =
                    "The earlier release to describe changes from (default: the newest earlier version in --dist).")
    Path against;

    @Option(
            names = "--maven-repository",
            paramLabel = "DIR",
            defaultValue = "${sys:maven.repo.local:-${sys:user.home}/.m2/repository}",
            description =
                    "Where to look for earlier releases published as dataset zips (mvn install, mvn dependency:get)"
                            + " when the dist folder holds none (default: the local Maven repository, ${DEFAULT-VALUE}).")
    Path mavenRepository;

    @Option(
            names = "--release-repository",
            paramLabel = "URL",
            description = "A remote Maven repository the project deploys its releases to (http, https or file URL;"
                    + " repeatable; empty values are ignored): searched for the earlier release when neither --dist nor"
                    + " --maven-repository holds one. Maven passes the zhengfa.release.repository property.")
    List<String> releaseRepositories;

    @Option(
            names = "--parquet-layout",
            paramLabel = "LAYOUT",
            defaultValue = "single",
            description = "single (one file per table, default), year (Hive-style data/<table>/year=YYYY/) or shards"
                    + " (data/<table>/part-NNNNN.parquet of --shard-rows rows).")
    String parquetLayout;

    @Option(
            names = "--shard-rows",
            paramLabel = "N",
            defaultValue = "100000",
            description = "Rows per Parquet file with --parquet-layout=shards (default: ${DEFAULT-VALUE}).")
    int shardRows;

    @Option(
            names = "--formats",
            paramLabel = "LIST",
            defaultValue = TableFormats.DEFAULT,
            description = "The formats of the tables: jsonl and parquet always, arrow (Arrow IPC files) on request,"
                    + " e.g. --formats=jsonl,parquet,arrow (default: ${DEFAULT-VALUE}; Maven passes the zhengfa.formats"
                    + " property).")
    String formats;

    @Option(
            names = "--jsonl-compression",
            paramLabel = "KIND",
            defaultValue = "none",
            description = "none (data/<table>.jsonl, default), gzip (.jsonl.gz) or zstd (.jsonl.zst). Maven passes"
                    + " the zhengfa.jsonl.compression property.")
    String jsonlCompression;

    @Option(
            names = "--check-version",
            description =
                    "Only check that the version is free for this corpus: no release of it in --dist, or one cut from"
                            + " the same articles (exit 4 otherwise). Reads the corpus without validating it and writes nothing;"
                            + " mvn package runs it before the tests.")
    boolean checkVersion;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (!ReleaseSpec.isSemanticVersion(version)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--release-version must be a semantic version such as 0.1.0, not '" + version + "'");
        }
        ProjectVocabulary vocabulary;
        try {
            vocabulary = ProjectVocabulary.load(options.folders.schema);
        } catch (VocabularyException e) {
            err.println("error: " + e.getMessage());
            main.conclude(e.getMessage());
            return ExitCode.IO;
        }
        CorpusValidator validator =
                new CorpusValidator(vocabulary, Settings.of(options, releaseDate), new ScriptDetector(), options.cache);
        if (checkVersion) {
            return checkVersion(validator, out, err);
        }
        List<TableFormat> tableFormats;
        try {
            tableFormats = TableFormats.parse(formats, JsonlCompression.parse(jsonlCompression));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--formats/--jsonl-compression: " + e.getMessage());
        }
        ReleaseCutter cutter = new ReleaseCutter(vocabulary, validator, tableFormats);
        ParquetLayout layout;
        try {
            layout = ParquetLayout.parse(parquetLayout, shardRows);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--parquet-layout/--shard-rows: " + e.getMessage());
        }
        ReleaseOutcome outcome;
        try {
            outcome = cutter.cut(
                    new ReleaseSpec(
                            options.folders.corpus,
                            dist,
                            version,
                            releaseDate,
                            against,
                            layout,
                            new PublishedReleases(mavenRepository, remoteRepositories())),
                    options.strict);
        } catch (IOException e) {
            // The release is staged and renamed into place only when complete: nothing partial is left.
            String reason = "cannot write the release to " + dist + ": " + FileFailures.describe(e)
                    + ". Nothing was published.";
            err.println("error: " + reason);
            main.conclude(reason);
            return ExitCode.IO;
        }
        Path root = options.folders.corpus.toAbsolutePath().normalize().getParent();
        if (outcome instanceof ReleaseOutcome.Written w) {
            out.println("Cut " + w.release() + ": " + w.articles() + " articles, release id " + w.releaseId());
            if (w.changes() == null) {
                out.println("No earlier release to compare with (" + w.comparedWith() + "), so the release has no"
                        + " CHANGES.md. To compare with a published one, set zhengfa.release.repository in pom.xml,"
                        + " fetch its dataset zip (mvn dependency:get"
                        + " -Dartifact=zhengfa-corpus:zhengfa-corpus:VERSION:zip:dataset) or pass --against DIR.");
            } else {
                out.println("Changes from " + w.changes().fromVersion() + " (" + w.comparedWith() + "): "
                        + w.changes().added().size() + " added, "
                        + w.changes().removed().size() + " removed, "
                        + w.changes().changed().size()
                        + " changed; suggested bump: " + w.changes().suggested().label() + "; this release "
                        + w.changes().actualInWords() + " (see CHANGES.md)");
                if (w.changes().versionTooSmall()) {
                    err.println("warning: the changes since " + w.changes().fromVersion() + " call for a "
                            + w.changes().suggested().label() + " bump, but " + version + " is a "
                            + w.changes().actual().label() + " bump");
                }
            }
            new ReportWriter().write(w.report(), ReportFormat.TEXT, options.strict, root, out);
            main.conclude(ReportWriter.summary(w.report()) + "; cut " + w.release());
            return ExitCode.OK;
        } else if (outcome instanceof ReleaseOutcome.AlreadyIdentical same) {
            out.println("Release " + same.release() + " already exists with identical content; nothing written."
                    + " Release id " + same.releaseId());
            new ReportWriter().write(same.report(), ReportFormat.TEXT, options.strict, root, out);
            main.conclude(ReportWriter.summary(same.report()) + "; " + same.release() + " was already cut");
            return ExitCode.OK;
        } else if (outcome instanceof ReleaseOutcome.Invalid invalid) {
            new ReportWriter().write(invalid.report(), ReportFormat.TEXT, options.strict, root, err);
            String reason = ReportWriter.invalidReason(invalid.report(), options.strict) + "; nothing was written";
            err.println(reason + " to " + dist + ".");
            main.conclude(reason);
            return ExitCode.INVALID;
        } else if (outcome instanceof ReleaseOutcome.Conflict conflict) {
            String reason =
                    "release " + version + " already exists with different content; bump the version in pom.xml";
            ReportWriter.text(
                    ReportWriter.conflict(
                            conflict.release().toString(),
                            conflict.differences(),
                            "bump <version> in pom.xml (or --release-version) to cut the changed corpus as a new release"),
                    err);
            err.println("error: " + reason + ".");
            main.conclude(reason);
            return ExitCode.RELEASE_EXISTS;
        } else if (outcome instanceof ReleaseOutcome.Busy busy) {
            String reason = "another package run" + (busy.pid() > 0 ? " (pid " + busy.pid() + ")" : "")
                    + " is writing to " + busy.dist() + "; wait for it to finish, then run package again";
            err.println("error: " + reason + ".");
            main.conclude(reason);
            return ExitCode.IO;
        }
        throw new IllegalStateException("unhandled outcome " + outcome);
    }

    /** The version check alone: what a forgotten bump looks like before the tests, not after them. */
    private int checkVersion(CorpusValidator validator, PrintWriter out, PrintWriter err) throws IOException {
        Path release = dist.resolve(new ReleaseSpec(options.folders.corpus, dist, version, releaseDate).releaseName());
        if (version.endsWith("-SNAPSHOT")) {
            out.println("Version " + version + " is a snapshot: package replaces " + release + " whatever it holds.");
            return ExitCode.OK;
        }
        VersionCheck.Outcome outcome;
        try {
            outcome = VersionCheck.check(
                    options.folders.corpus,
                    options.folders.schema,
                    release,
                    validator.loader(new CorpusLayout(options.folders.corpus)));
        } catch (VocabularyException e) {
            err.println("error: " + e.getMessage());
            main.conclude(e.getMessage());
            return ExitCode.IO;
        }
        if (outcome instanceof VersionCheck.Free) {
            out.println("Version " + version + " is free: " + release + " does not exist yet.");
            return ExitCode.OK;
        }
        if (outcome instanceof VersionCheck.SameArticles same) {
            out.println(release + " was cut from the articles the corpus holds now (release id " + same.releaseId()
                    + "): package will find it unchanged.");
            return ExitCode.OK;
        }
        if (outcome instanceof VersionCheck.OtherSchema other) {
            String reason =
                    "release " + version + " already exists with a different schema/; bump the version in pom.xml";
            err.println("error: " + other.release()
                    + " was cut from the articles the corpus holds now, but with another schema/: "
                    + String.join(
                            ", ", other.files().stream().map(f -> "schema/" + f).toList())
                    + " differ (a release copies schema/, so a source added or a label changed is a new release,"
                    + " even if no article uses it yet). Bump <version> in pom.xml (or --release-version) to cut"
                    + " it as a new release; undo the schema change instead if it was not meant for this release.");
            err.println("error: " + reason + ".");
            main.conclude(reason);
            return ExitCode.RELEASE_EXISTS;
        }
        VersionCheck.Taken taken = (VersionCheck.Taken) outcome;
        String reason = "release " + version + " already exists with different content; bump the version in pom.xml";
        err.println("error: " + taken.release()
                + " was cut from other articles than the corpus holds now (its release id "
                + abbreviate(taken.releaseId()) + "; the corpus's " + taken.articles() + " articles give "
                + abbreviate(taken.corpusReleaseId())
                + "). Bump <version> in pom.xml (or --release-version) to cut the changed"
                + " corpus as a new release; delete " + taken.release() + " instead only if it was never published.");
        err.println("error: " + reason + ".");
        if (!taken.drafts().isEmpty()) {
            int n = taken.drafts().size();
            err.println("note: " + n + (n == 1 ? " article is a draft" : " articles are drafts") + " no curator has"
                    + " reviewed (" + String.join(", ", taken.drafts().subList(0, Math.min(5, n)))
                    + (n > 5 ? ", …" : "") + "): whatever the version, package refuses a draft; review "
                    + (n == 1 ? "it" : "them") + " and set \"review_status\": \"reviewed\" (the checklist add printed"
                    + " says what to check), then bump the version.");
        }
        main.conclude(reason);
        return ExitCode.RELEASE_EXISTS;
    }

    private static String abbreviate(String releaseId) {
        return releaseId.length() > 12 ? releaseId.substring(0, 12) + "…" : releaseId;
    }

    private List<URI> remoteRepositories() {
        if (releaseRepositories == null) {
            return List.of();
        }
        List<URI> uris = new ArrayList<>();
        for (String value : releaseRepositories) {
            if (value.isBlank()) {
                continue;
            }
            URI uri = URI.create(value.endsWith("/") ? value : value + "/");
            if (!List.of("http", "https", "file").contains(String.valueOf(uri.getScheme()))) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "--release-repository " + value + " is not an http, https or file URL");
            }
            uris.add(uri);
        }
        return uris;
    }
}
