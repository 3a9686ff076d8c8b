package zhengfa.corpus.release;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import zhengfa.corpus.dataset.AnnotationsTable;
import zhengfa.corpus.dataset.ArticlesTable;
import zhengfa.corpus.dataset.FileTree;
import zhengfa.corpus.dataset.ReleaseArticle;
import zhengfa.corpus.dataset.ReleaseFiles;
import zhengfa.corpus.dataset.ReleaseReader;
import zhengfa.corpus.dataset.ReleaseSpec;
import zhengfa.corpus.dataset.ReleaseStatistics;
import zhengfa.corpus.finding.ArticleInput;
import zhengfa.corpus.model.Sha256;
import zhengfa.corpus.release.diff.ReleaseChanges;
import zhengfa.corpus.release.diff.ReleaseDiff;
import zhengfa.corpus.release.metadata.ReleaseMetadata;
import zhengfa.corpus.table.Row;
import zhengfa.corpus.table.TableSchema;
import zhengfa.corpus.validation.CorpusValidator;
import zhengfa.corpus.validation.ValidatedArticles;
import zhengfa.corpus.validation.ValidationReport;
import zhengfa.corpus.vocab.ProjectVocabulary;
import zhengfa.corpus.writer.FileNamingTableWriter;
import zhengfa.corpus.writer.TableFormat;
import zhengfa.corpus.writer.TableWriter;

/**
 * Cuts a release in one pass over the corpus: validates it while streaming its articles into a
 * staging folder inside {@code dist/}, removes that folder if the corpus turns out invalid (so
 * nothing is left), otherwise adds the manifest, the dataset card and SHA256SUMS and renames the
 * folder into place in one atomic step, once every file and folder of it is flushed to the disk.
 * One run at a time writes to a dist folder ({@link DistLock}). An existing release
 * of the same version is never overwritten: identical content is a no-op, different content a
 * conflict (unless the version is a -SNAPSHOT).
 */
public final class ReleaseCutter {

    static final String STAGING_PREFIX = ".staging-";

    private final ProjectVocabulary vocabulary;
    private final CorpusValidator validator;
    private final List<TableFormat> formats;

    /** @param validator validates the corpus, on as many threads as its settings say, while the release is written */
    public ReleaseCutter(ProjectVocabulary vocabulary, CorpusValidator validator, List<TableFormat> formats) {
        this.vocabulary = vocabulary;
        this.validator = validator;
        this.formats = List.copyOf(formats);
    }

    public ReleaseOutcome cut(ReleaseSpec spec, boolean strict) throws IOException {
        Path dist = spec.distDir().toAbsolutePath().normalize();
        boolean distExisted = Files.isDirectory(dist);
        Files.createDirectories(dist);
        try {
            DistLock.Attempt attempt = DistLock.tryAcquire(dist);
            if (attempt instanceof DistLock.Held held) {
                return new ReleaseOutcome.Busy(dist, held.pid());
            }
            try (DistLock lock = ((DistLock.Acquired) attempt).lock()) {
                return cutLocked(spec, strict, dist);
            }
        } finally {
            if (!distExisted) {
                deleteIfEmpty(dist);
            }
        }
    }

    /** With the lock on dist held: no other run's staging folder is there to remove, only a killed run's. */
    private ReleaseOutcome cutLocked(ReleaseSpec spec, boolean strict, Path dist) throws IOException {
        removeLeftoverStaging(dist);
        Path staging = Files.createTempDirectory(dist, STAGING_PREFIX + spec.releaseName() + "-");
        makeWorldReadable(staging);
        boolean moved = false;
        try {
            StagedTables tables =
                    new StagedTables(Files.createDirectory(staging.resolve(ReleaseFiles.DATA_DIR)), formatsFor(spec));
            ValidationReport report;
            try {
                report = validator.validate(spec.corpusDir(), tables, strict);
            } finally {
                tables.close();
            }
            if (!report.passes(strict)) {
                return new ReleaseOutcome.Invalid(report);
            }
            String releaseId = HexFormat.of().formatHex(tables.releaseDigest.digest());
            ReleaseMetadata.Result metadata;
            String comparedWith;
            try (PreviousRelease previous = PreviousRelease.find(spec)) {
                metadata = new ReleaseMetadata(
                                spec, releaseId, tables.statistics, formats, vocabulary, tables.checksums())
                        .writeInto(staging, previous.reader());
                comparedWith = previous.description();
            }
            Path target = dist.resolve(spec.releaseName());
            SortedMap<String, String> candidate = metadata.checksums();
            if (Files.exists(target)) {
                SortedMap<String, String> existing = FileTree.checksums(target);
                if (existing.equals(candidate)) {
                    return new ReleaseOutcome.AlreadyIdentical(target, tables.statistics.articles(), releaseId, report);
                }
                if (!spec.isSnapshot()) {
                    return new ReleaseOutcome.Conflict(target, differences(target, staging, existing, candidate));
                }
                Path old = Files.createTempDirectory(dist, STAGING_PREFIX + "replaced-");
                Files.move(target, old.resolve("release"), StandardCopyOption.ATOMIC_MOVE);
                FileTree.deleteRecursively(old);
            }
            Durability.syncTree(staging);
            moveAtomically(staging, target);
            moved = true;
            Durability.syncDirectory(dist);
            return new ReleaseOutcome.Written(
                    target, tables.statistics.articles(), releaseId, metadata.changes(), comparedWith, report);
        } finally {
            if (!moved) {
                FileTree.deleteRecursively(staging);
            }
        }
    }

    /**
     * The release's tables, written in the same pass that validates the corpus: rows are built
     * (and their strings encoded) on the validation workers, then written in corpus order. Once
     * the corpus fails nothing more is written, and the files go with the staging folder.
     */
    private final class StagedTables implements ValidatedArticles<Prepared>, AutoCloseable {
        private final List<TableWriter> articleWriters = new ArrayList<>();
        private final List<TableWriter> spanWriters = new ArrayList<>();
        private final ReleaseStatistics statistics = new ReleaseStatistics();
        private final MessageDigest releaseDigest = Sha256.newDigest();
        private boolean closed;

        StagedTables(Path data, List<TableFormat> tableFormats) throws IOException {
            try {
                for (TableFormat format : tableFormats) {
                    articleWriters.add(FileNamingTableWriter.open(
                            format, data.resolve(fileName(ArticlesTable.SCHEMA, format)), ArticlesTable.SCHEMA));
                    spanWriters.add(FileNamingTableWriter.open(
                            format, data.resolve(fileName(AnnotationsTable.SCHEMA, format)), AnnotationsTable.SCHEMA));
                }
            } catch (IOException | RuntimeException e) {
                close();
                throw e;
            }
        }

        @Override
        public Prepared prepare(ArticleInput input) {
            ReleaseArticle article = ReleaseArticle.of(input, vocabulary);
            Row row = ArticlesTable.toRow(article).withStringsEncoded();
            List<TableWriter.Prepared> rows = new ArrayList<>(articleWriters.size());
            for (TableWriter writer : articleWriters) {
                rows.add(writer.prepare(row));
            }
            List<Row> spanRows = AnnotationsTable.toRows(article);
            List<List<TableWriter.Prepared>> spans = new ArrayList<>(spanWriters.size());
            for (int i = 0; i < spanWriters.size(); i++) {
                spans.add(new ArrayList<>(spanRows.size()));
            }
            for (Row span : spanRows) {
                Row encoded = span.withStringsEncoded();
                for (int i = 0; i < spanWriters.size(); i++) {
                    spans.get(i).add(spanWriters.get(i).prepare(encoded));
                }
            }
            byte[] digestLine =
                    (article.sidecar().id() + " " + article.contentSha256() + "\n").getBytes(StandardCharsets.UTF_8);
            return new Prepared(ReleaseStatistics.contributionOf(article), digestLine, rows, spans);
        }

        @Override
        public void accept(Prepared prepared) throws IOException {
            for (int i = 0; i < articleWriters.size(); i++) {
                articleWriters.get(i).write(prepared.rows().get(i));
            }
            for (int i = 0; i < spanWriters.size(); i++) {
                for (TableWriter.Prepared span : prepared.spans().get(i)) {
                    spanWriters.get(i).write(span);
                }
            }
            statistics.add(prepared.statistics());
            releaseDigest.update(prepared.digestLine());
        }

        @Override
        public void end() throws IOException {
            close();
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            IOException failure = null;
            for (TableWriter writer : concat(articleWriters, spanWriters)) {
                try {
                    writer.close();
                } catch (IOException e) {
                    if (failure == null) {
                        failure = e;
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
        }

        /** What the writers hashed as they wrote, once they are closed. */
        Map<Path, String> checksums() {
            Map<Path, String> sums = new HashMap<>();
            for (TableWriter writer : concat(articleWriters, spanWriters)) {
                writer.checksums()
                        .forEach(
                                (file, sha256) -> sums.put(file.toAbsolutePath().normalize(), sha256));
            }
            return sums;
        }
    }

    private static List<TableWriter> concat(List<TableWriter> a, List<TableWriter> b) {
        List<TableWriter> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Parquet is written in the layout the spec asks for; the other formats as one file per table. */
    private List<TableFormat> formatsFor(ReleaseSpec spec) {
        return formats.stream()
                .map(f -> TableFormats.laidOut(f, spec.parquetLayout()))
                .toList();
    }

    /**
     * An article made ready for writing, on a worker thread: its rows built and prepared for each
     * writer (articles: one row per writer; spans: the article's span rows for each writer).
     */
    private record Prepared(
            ReleaseStatistics.Contribution statistics,
            byte[] digestLine,
            List<TableWriter.Prepared> rows,
            List<List<TableWriter.Prepared>> spans) {}

    static String fileName(TableSchema table, TableFormat format) {
        return table.name() + "." + format.extension();
    }

    /** What differs, article by article first (what a curator changed), then file by file. */
    private static List<String> differences(
            Path existing,
            Path candidate,
            SortedMap<String, String> existingSums,
            SortedMap<String, String> candidateSums)
            throws IOException {
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
            if (!change.spansAdded().isEmpty()
                    || !change.spansRemoved().isEmpty()
                    || !change.relabelled().isEmpty()
                    || !change.spansMoved().isEmpty()) {
                what.add("annotations");
            }
            lines.add("article changed: " + change.id() + " (" + String.join(", ", what) + ")");
        }
        changes.columnChanges().forEach(lines::add);
        lines.addAll(FileTree.differences(existingSums, candidateSums));
        return lines;
    }

    private static void deleteIfEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            if (entries.iterator().hasNext()) {
                return;
            }
        }
        Files.deleteIfExists(dir);
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
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
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
