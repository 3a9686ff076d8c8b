package zhengfa.corpus.release;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import zhengfa.corpus.corpus.ArticleFiles;
import zhengfa.corpus.corpus.ArticleLoader;
import zhengfa.corpus.corpus.CorpusLayout;
import zhengfa.corpus.corpus.CorpusScanner;
import zhengfa.corpus.corpus.OrderedParallel;
import zhengfa.corpus.corpus.Progress;
import zhengfa.corpus.model.PartialDate;
import zhengfa.corpus.release.diff.ReleaseChanges;
import zhengfa.corpus.release.diff.ReleaseDiff;
import zhengfa.corpus.release.diff.SemverBump;
import zhengfa.corpus.validation.ArticleInput;
import zhengfa.corpus.validation.ContentDigests;
import zhengfa.corpus.validation.CorpusValidator;
import zhengfa.corpus.validation.ValidationReport;
import zhengfa.corpus.vocab.ProjectVocabulary;
import zhengfa.corpus.writer.TableFormat;
import zhengfa.corpus.writer.TableWriter;
import zhengfa.corpus.writer.partition.PartitionedFormat;

/**
 * Cuts a release: validates the whole corpus first (and writes nothing if it is invalid), then
 * streams the articles into a staging folder inside {@code dist/}, adds the manifest, the dataset
 * card and SHA256SUMS, and renames the folder into place in one atomic step. An existing release
 * of the same version is never overwritten: identical content is a no-op, different content a
 * conflict (unless the version is a -SNAPSHOT).
 */
public final class ReleaseCutter {

    static final String STAGING_PREFIX = ".staging-";
    public static final String DATA_DIR = "data";
    public static final String SUMS_FILE = "SHA256SUMS";

    private final ProjectVocabulary vocabulary;
    private final CorpusValidator validator;
    private final List<TableFormat> formats;
    private final int threads;

    public ReleaseCutter(ProjectVocabulary vocabulary, CorpusValidator validator, List<TableFormat> formats) {
        this(vocabulary, validator, formats, Runtime.getRuntime().availableProcessors());
    }

    /** @param threads articles prepared at once while writing; the output does not depend on it */
    public ReleaseCutter(ProjectVocabulary vocabulary, CorpusValidator validator, List<TableFormat> formats, int threads) {
        this.vocabulary = vocabulary;
        this.validator = validator;
        this.formats = List.copyOf(formats);
        this.threads = threads;
    }

    public ReleaseOutcome cut(ReleaseSpec spec, boolean strict) throws IOException {
        ContentDigests validated = new ContentDigests();
        ValidationReport report = validator.validate(spec.corpusDir(), validated);
        if (!report.passes(strict)) {
            return new ReleaseOutcome.Invalid(report);
        }
        Path dist = spec.distDir().toAbsolutePath().normalize();
        Files.createDirectories(dist);
        removeLeftoverStaging(dist);
        Path staging = Files.createTempDirectory(dist, STAGING_PREFIX + spec.releaseName() + "-");
        makeWorldReadable(staging);
        boolean moved = false;
        try {
            Written written = writeInto(staging, spec, validated);
            if (written == null) {
                // The corpus changed between validation and writing: validate again to say how.
                return new ReleaseOutcome.Invalid(validator.validate(spec.corpusDir()));
            }
            Path target = dist.resolve(spec.releaseName());
            SortedMap<String, String> candidate = written.checksums();
            if (Files.exists(target)) {
                SortedMap<String, String> existing = FileTree.checksums(target);
                if (existing.equals(candidate)) {
                    return new ReleaseOutcome.AlreadyIdentical(target, written.articles(), written.releaseId());
                }
                if (!spec.isSnapshot()) {
                    return new ReleaseOutcome.Conflict(target, differences(target, staging, existing, candidate));
                }
                Path old = Files.createTempDirectory(dist, STAGING_PREFIX + "replaced-");
                Files.move(target, old.resolve("release"), StandardCopyOption.ATOMIC_MOVE);
                FileTree.deleteRecursively(old);
            }
            moveAtomically(staging, target);
            moved = true;
            return new ReleaseOutcome.Written(target, written.articles(), written.releaseId(), written.changes());
        } finally {
            if (!moved) {
                FileTree.deleteRecursively(staging);
            }
        }
    }

    private record Written(int articles, String releaseId, ReleaseChanges changes, SortedMap<String, String> checksums) { }

    /** The tables of a release, in the order the manifest and the card list them. */
    public static final List<TableSchema> TABLES = List.of(ArticlesTable.SCHEMA, AnnotationsTable.SCHEMA);

    private Written writeInto(Path staging, ReleaseSpec spec, ContentDigests validated) throws IOException {
        Path data = Files.createDirectory(staging.resolve(DATA_DIR));
        CorpusLayout layout = new CorpusLayout(spec.corpusDir());
        ValidationReport rereading = new ValidationReport();
        List<ArticleFiles> articles = new CorpusScanner(layout).scan(rereading);
        ArticleLoader loader = validator.loader(layout);
        ReleaseStatistics statistics = new ReleaseStatistics();
        var releaseDigest = FileTree.newDigest();
        List<TableWriter> articleWriters = new ArrayList<>();
        List<TableWriter> spanWriters = new ArrayList<>();
        try {
            for (TableFormat format : formatsFor(spec)) {
                articleWriters.add(format.open(data.resolve(fileName(ArticlesTable.SCHEMA, format)), ArticlesTable.SCHEMA));
                spanWriters.add(format.open(data.resolve(fileName(AnnotationsTable.SCHEMA, format)), AnnotationsTable.SCHEMA));
            }
            boolean[] changed = {false};
            Progress progress = new Progress("writing", articles.size());
            try (OrderedParallel parallel = new OrderedParallel(threads)) {
                parallel.run(articles.size(), i -> prepare(articles.get(i), i, loader, validated, rereading), prepared -> {
                    if (changed[0] || prepared == null || rereading.hasErrors()) {
                        changed[0] = true;
                        return;
                    }
                    for (TableWriter writer : articleWriters) {
                        writer.write(prepared.row());
                    }
                    for (Row span : prepared.spans()) {
                        for (TableWriter writer : spanWriters) {
                            writer.write(span);
                        }
                    }
                    statistics.add(prepared.article());
                    releaseDigest.update((prepared.article().sidecar().id() + " " + prepared.article().contentSha256() + "\n")
                            .getBytes(StandardCharsets.UTF_8));
                    progress.step();
                });
            }
            progress.finish();
            if (changed[0]) {
                return null;
            }
        } finally {
            for (TableWriter writer : articleWriters) {
                writer.close();
            }
            for (TableWriter writer : spanWriters) {
                writer.close();
            }
        }
        String releaseId = HexFormat.of().formatHex(releaseDigest.digest());
        ReleaseMetadata.Result metadata = new ReleaseMetadata(spec, releaseId, statistics, formats, vocabulary)
                .writeInto(staging, previousRelease(spec));
        return new Written(statistics.articles(), releaseId, metadata.changes(), metadata.checksums());
    }

    /** Parquet is written in the layout the spec asks for; the other formats as one file per table. */
    private List<TableFormat> formatsFor(ReleaseSpec spec) {
        return formats.stream()
                .map(f -> f.extension().equals("parquet") ? (TableFormat) new PartitionedFormat(f, spec.parquetLayout()) : f)
                .toList();
    }

    /** An article made ready for writing, on a worker thread: its rows are built, not yet written. */
    private record Prepared(ReleaseArticle article, Row row, List<Row> spans) { }

    /**
     * Null when the article no longer validates. An article whose content digest is the one it
     * had when validated a moment ago is trusted; a changed one is validated again, so that a
     * file edited during the run is reported, not released.
     */
    private Prepared prepare(ArticleFiles files, int position, ArticleLoader loader, ContentDigests validated,
                             ValidationReport rereading) {
        ArticleInput input = loader.load(files, rereading, false);
        if (!validated.matches(position, input.contentSha256())) {
            ValidationReport again = new ValidationReport();
            ArticleInput fresh = loader.load(files, again);
            validator.check(fresh, again);
            again.findings().forEach(rereading::report);
            return again.hasErrors() ? null : prepare(fresh);
        }
        return prepare(input);
    }

    private Prepared prepare(ArticleInput input) {
        if (!input.hasText() || !input.sidecarSchemaValid() || !input.annotationsReadable()) {
            return null;
        }
        try {
            ReleaseArticle article = resolve(input);
            return new Prepared(article, ArticlesTable.toRow(article), AnnotationsTable.toRows(article));
        } catch (java.util.NoSuchElementException | java.time.DateTimeException | IllegalArgumentException e) {
            // Validated a moment ago but no longer resolvable: the corpus changed during the run.
            return null;
        }
    }

    static String fileName(TableSchema table, TableFormat format) {
        return table.name() + "." + format.extension();
    }

    private ReleaseArticle resolve(ArticleInput input) {
        var sidecar = input.sidecar();
        return new ReleaseArticle(sidecar, input.text(), PartialDate.parse(sidecar.date()),
                vocabulary.regions().find(sidecar.region()).orElseThrow(),
                vocabulary.sources().find(sidecar.source()).orElseThrow(),
                input.annotations(), input.contentSha256());
    }

    /** The release to compare with: the one named by --against, or the newest earlier version in dist/. */
    private static ReleaseReader previousRelease(ReleaseSpec spec) throws IOException {
        if (spec.against() != null) {
            return new ReleaseReader(spec.against());
        }
        Path dist = spec.distDir().toAbsolutePath().normalize();
        String prefix = ReleaseSpec.NAME + "-";
        String best = null;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dist, prefix + "*")) {
            for (Path entry : entries) {
                String version = entry.getFileName().toString().substring(prefix.length());
                if (Files.isRegularFile(entry.resolve(ReleaseMetadata.MANIFEST))
                        && SemverBump.compareVersions(version, spec.version()) < 0
                        && (best == null || SemverBump.compareVersions(version, best) > 0)) {
                    best = version;
                }
            }
        }
        return best == null ? null : new ReleaseReader(dist.resolve(prefix + best));
    }

    /** What differs, article by article first (what a curator changed), then file by file. */
    private static List<String> differences(Path existing, Path candidate, SortedMap<String, String> existingSums,
                                            SortedMap<String, String> candidateSums) throws IOException {
        List<String> lines = new ArrayList<>();
        ReleaseChanges changes = ReleaseDiff.compare(new ReleaseReader(existing), new ReleaseReader(candidate));
        changes.added().forEach(id -> lines.add("article added: " + id));
        changes.removed().forEach(id -> lines.add("article removed: " + id));
        for (ReleaseChanges.ArticleChange change : changes.changed()) {
            List<String> what = new ArrayList<>();
            if (change.textChanged()) {
                what.add("text");
            }
            what.addAll(change.fields());
            if (!change.spansAdded().isEmpty() || !change.spansRemoved().isEmpty() || !change.relabelled().isEmpty()
                    || !change.spansMoved().isEmpty()) {
                what.add("annotations");
            }
            lines.add("article changed: " + change.id() + " (" + String.join(", ", what) + ")");
        }
        changes.columnChanges().forEach(lines::add);
        lines.addAll(FileTree.differences(existingSums, candidateSums));
        return lines;
    }

    /** A build killed half-way leaves only a staging folder; it is never under a release name. */
    private static void removeLeftoverStaging(Path dist) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dist, STAGING_PREFIX + "*")) {
            for (Path entry : entries) {
                FileTree.deleteRecursively(entry);
            }
        }
    }

    /** Temporary folders are private (700); a published release is readable by everyone. */
    private static void makeWorldReadable(Path dir) throws IOException {
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot rename " + from + " to " + to + " atomically: " + e.getMessage(), e);
        }
    }
}
