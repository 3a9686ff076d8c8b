package zhengfa.corpus.release;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import zhengfa.corpus.dataset.AnnotationsTable;
import zhengfa.corpus.dataset.FileTree;
import zhengfa.corpus.dataset.Manifest;
import zhengfa.corpus.dataset.PublishedReleases;
import zhengfa.corpus.dataset.ReleaseFiles;
import zhengfa.corpus.dataset.ReleaseReader;
import zhengfa.corpus.dataset.ReleaseSpec;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.FindingSink;
import zhengfa.corpus.script.ScriptDetector;
import zhengfa.corpus.table.Column;
import zhengfa.corpus.table.TableSchema;
import zhengfa.corpus.validation.CorpusValidator;
import zhengfa.corpus.validation.ValidationSettings;
import zhengfa.corpus.vocab.ProjectVocabulary;
import zhengfa.corpus.vocab.VocabularyException;
import zhengfa.corpus.writer.FormatName;
import zhengfa.corpus.writer.parquet.ParquetFooter;
import zhengfa.corpus.writer.partition.ParquetLayout;

/**
 * The reproducibility check of {@code verify --corpus}, in the manner of Debian's reproducible
 * builds: the corpus is cut again, with the release's own schema folder, version, date, formats and
 * Parquet layout, into a temporary folder, and every file is compared byte for byte. A data
 * difference is named by article and column (sidecar fields included); the files that differ
 * beyond the data are named in one finding. Where the release compared itself with an earlier one
 * (CHANGES.md), that release is looked for beside it; without it those files cannot be reproduced,
 * and the finding says so. A release whose data files the re-cut does not reproduce byte for byte
 * while their rows are equal (one the Spark job cut) is compared by its rows.
 */
final class ReleaseRecut {

    private static final String AGAINST_ITS_CORPUS =
            "verify the release against the corpus it was cut from, or cut it again";
    /** The files that depend on the earlier release the release was compared with. */
    private static final List<String> COMPARED = List.of("CHANGES.md", "changes.json", "report.html", "README.md");

    private final Path release;
    private final FindingSink problems;

    ReleaseRecut(Path release, FindingSink problems) {
        this.release = release;
        this.problems = problems;
    }

    void compareWith(Path corpus) throws IOException {
        Manifest manifest = new ReleaseReader(release).manifest();
        String version = manifest.version();
        LocalDate date = manifest.releaseDate();
        if (date == null) {
            report(
                    FindingCode.RELEASE_CORPUS_MISMATCH,
                    ReleaseFiles.MANIFEST,
                    "the manifest gives no release_date, so the corpus cannot be cut again to compare",
                    AGAINST_ITS_CORPUS);
            return;
        }
        ProjectVocabulary vocabulary;
        try {
            vocabulary = ProjectVocabulary.load(release.resolve(ReleaseFiles.SCHEMA_DIR));
        } catch (VocabularyException e) {
            report(
                    FindingCode.RELEASE_CORPUS_MISMATCH,
                    ReleaseFiles.SCHEMA_DIR,
                    "the release's schema folder cannot be read (" + e.getMessage()
                            + "), so the corpus cannot be cut again to compare",
                    AGAINST_ITS_CORPUS);
            return;
        }
        Optional<Path> earlier = earlierRelease();
        Path temp = Files.createTempDirectory("zhengfa-verify-");
        try {
            CorpusValidator validator =
                    new CorpusValidator(vocabulary, ValidationSettings.defaults(date), new ScriptDetector());
            ReleaseCutter cutter = new ReleaseCutter(
                    vocabulary, validator, TableFormats.parse(manifest.formatWords(), manifest.jsonlCompression()));
            ReleaseOutcome outcome = cutter.cut(
                    new ReleaseSpec(
                            corpus,
                            temp.resolve("dist"),
                            version,
                            date,
                            earlier.orElse(null),
                            layout(manifest),
                            PublishedReleases.none()),
                    false);
            if (outcome instanceof ReleaseOutcome.Invalid invalid) {
                // against the release's own schema/, which a corpus grown since (a new source, a new label) can outgrow
                List<Finding> findings = invalid.report().findings();
                String first = findings.isEmpty()
                        ? ""
                        : ", the first " + findings.get(0).code() + " in "
                                + findings.get(0).file() + ": "
                                + findings.get(0).message();
                report(
                        FindingCode.RELEASE_CORPUS_MISMATCH,
                        corpus.toString(),
                        "the corpus does not validate against this release's"
                                + " own schema/ (" + findings.size() + (findings.size() == 1 ? " finding" : " findings")
                                + first
                                + "), so it is not the corpus this release was cut from",
                        "verify against the corpus as it was when the"
                                + " release was cut (its commit), or cut a new release from this corpus");
            } else if (outcome instanceof ReleaseOutcome.Written written) {
                compareTrees(written.release(), earlier.isEmpty() && Files.exists(release.resolve("CHANGES.md")));
            }
        } finally {
            FileTree.deleteRecursively(temp);
        }
    }

    /** The release the changes were computed against, if it lies beside this one. */
    private Optional<Path> earlierRelease() throws IOException {
        Path changes = release.resolve("changes.json");
        if (!Files.isRegularFile(changes)) {
            return Optional.empty();
        }
        String from = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(changes.toFile())
                .path("from_version")
                .asText();
        Path beside = release.toAbsolutePath().normalize().resolveSibling(ReleaseSpec.NAME + "-" + from);
        return Files.isRegularFile(beside.resolve(ReleaseFiles.SUMS_FILE)) ? Optional.of(beside) : Optional.empty();
    }

    /** The layout the Parquet files show: one file per table, year partitions, or shards as long as the longest part. */
    private ParquetLayout layout(Manifest manifest) throws IOException {
        List<String> parquet = manifest.files()
                .filter(f -> f.is(FormatName.PARQUET))
                .map(Manifest.DataFile::path)
                .toList();
        if (parquet.stream().allMatch(p -> p.matches("data/[^/]+\\.parquet"))) {
            return new ParquetLayout.Single();
        }
        if (parquet.stream().anyMatch(p -> p.contains("/" + ParquetLayout.PARTITION_COLUMN + "="))) {
            return new ParquetLayout.ByYear();
        }
        long rows = 1;
        for (String part : parquet) {
            rows = Math.max(rows, ParquetFooter.read(release.resolve(part)).rows());
        }
        return new ParquetLayout.Shards((int) rows);
    }

    private void compareTrees(Path recut, boolean changesUnreproducible) throws IOException {
        SortedMap<String, String> here = FileTree.checksums(release);
        SortedMap<String, String> there = FileTree.checksums(recut);
        ReleaseReader mine = new ReleaseReader(release);
        ReleaseReader theirs = new ReleaseReader(recut);
        boolean dataDiffer = false;
        for (TableSchema table : ReleaseFiles.TABLES) {
            String name = mine.jsonlName(table);
            if (!java.util.Objects.equals(here.get(name), there.get(name))) {
                dataDiffer |= compareRows(table, mine, theirs);
            }
        }
        // A release another writer cut (the Spark job: its parts follow its tasks, its gzip is Hadoop's) holds the
        // same rows in other bytes; then only the rows and the files that do not describe the data files compare.
        boolean sameDataFiles = !dataDiffer && dataFiles(here).equals(dataFiles(there));
        List<String> differing = new ArrayList<>();
        for (String file : new TreeSet<>(union(here.keySet(), there.keySet()))) {
            boolean skipped = changesUnreproducible && COMPARED.contains(file)
                    || dataDiffer && (file.startsWith(ReleaseFiles.DATA_DIR + "/") || !file.contains("/"))
                    || !dataDiffer
                            && !sameDataFiles
                            && !file.startsWith(ReleaseFiles.SCHEMA_DIR + "/")
                            && !file.equals("LICENSE");
            if (!skipped && !java.util.Objects.equals(here.get(file), there.get(file))) {
                differing.add(file
                        + (here.containsKey(file)
                                ? there.containsKey(file) ? "" : " (not in the re-cut)"
                                : " (missing here)"));
            }
        }
        // SHA256SUMS lists the others' checksums: it differs with them, and is named only when it alone differs
        if (differing.size() > 1 || changesUnreproducible) {
            differing.removeIf(f -> f.startsWith(ReleaseFiles.SUMS_FILE));
        }
        if (!differing.isEmpty()) {
            report(
                    FindingCode.RELEASE_NOT_REPRODUCED,
                    differing.get(0).replaceFirst(" \\(.*", ""),
                    "a re-cut of the corpus differs from the release in " + String.join(", ", differing),
                    AGAINST_ITS_CORPUS);
        }
        if (changesUnreproducible) {
            report(
                    FindingCode.RELEASE_PARTLY_REPRODUCED,
                    "CHANGES.md",
                    "CHANGES.md, changes.json, report.html and README.md compare"
                            + " with an earlier release that is not beside this one, so they were not reproduced",
                    "put the earlier release" + " (its dataset zip unpacked) beside this one and verify again");
        }
    }

    private static SortedMap<String, String> dataFiles(SortedMap<String, String> sums) {
        return new TreeMap<>(sums.subMap(ReleaseFiles.DATA_DIR + "/", ReleaseFiles.DATA_DIR + "0"));
    }

    private static List<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * The rows of a table, compared column by column, one article at a time: both files are sorted
     * by article, so two streams are merged and only one article's rows are held. True when any differ.
     */
    private boolean compareRows(TableSchema table, ReleaseReader mine, ReleaseReader theirs) throws IOException {
        boolean spans = table.equals(AnnotationsTable.SCHEMA);
        String file = mine.jsonlName(table);
        boolean any = false;
        try (ArticleRows a = new ArticleRows(mine.rows(table), spans);
                ArticleRows b = new ArticleRows(theirs.rows(table), spans)) {
            while (a.article() != null || b.article() != null) {
                int order = a.article() == null
                        ? 1
                        : b.article() == null ? -1 : a.article().compareTo(b.article());
                String article = order <= 0 ? a.article() : b.article();
                Map<String, JsonNode> released = order <= 0 ? a.take() : Map.of();
                Map<String, JsonNode> cut = order >= 0 ? b.take() : Map.of();
                List<String> what = differences(table, spans, released, cut);
                if (!what.isEmpty()) {
                    any = true;
                    report(
                            FindingCode.RELEASE_CORPUS_MISMATCH,
                            file,
                            "article " + article + describe(what, spans),
                            AGAINST_ITS_CORPUS);
                }
            }
        }
        return any;
    }

    private static List<String> differences(
            TableSchema table, boolean spans, Map<String, JsonNode> released, Map<String, JsonNode> cut) {
        if (!spans && released.isEmpty()) {
            return List.of("is in the corpus but not in the release");
        }
        if (!spans && cut.isEmpty()) {
            return List.of("is in the release but not in the corpus");
        }
        TreeSet<String> what = new TreeSet<>();
        for (String key : new TreeSet<>(union(released.keySet(), cut.keySet()))) {
            JsonNode a = released.get(key);
            JsonNode b = cut.get(key);
            String prefix = spans ? "span " + key + " " : "";
            if (a == null) {
                what.add(prefix + "is missing here");
            } else if (b == null) {
                what.add(prefix + "is not in the corpus");
            } else {
                for (Column column : table.columns()) {
                    if (!a.path(column.name()).equals(b.path(column.name()))) {
                        what.add(prefix + column.name());
                    }
                }
            }
        }
        return List.copyOf(what);
    }

    private static String describe(List<String> what, boolean spans) {
        if (what.size() == 1 && what.get(0).startsWith("is ")) {
            return " " + what.get(0);
        }
        if (!spans && what.contains("text")) {
            List<String> rest = what.stream().filter(w -> !w.equals("text")).toList();
            return ": text differs from the corpus"
                    + (rest.isEmpty() ? "" : " (and so " + String.join(", ", rest) + ")");
        }
        return ": " + String.join(", ", what)
                + (spans
                        ? " (spans) differ from the corpus"
                        : (what.size() == 1 ? " differs" : " differ") + " from the corpus (its sidecar or spans)");
    }

    /** A table's rows grouped by article, in the file's order (sorted by article id). */
    private static final class ArticleRows implements AutoCloseable {
        private final ReleaseReader.RowStream stream;
        private final boolean spans;
        private JsonNode next;

        ArticleRows(ReleaseReader.RowStream stream, boolean spans) {
            this.stream = stream;
            this.spans = spans;
            this.next = stream.hasNext() ? stream.next() : null;
        }

        String article() {
            return next == null ? null : next.path(spans ? "article_id" : "id").asText();
        }

        /** The current article's rows by span id (or the one article row), advancing past them. */
        Map<String, JsonNode> take() {
            String article = article();
            Map<String, JsonNode> rows = new TreeMap<>();
            while (next != null && article.equals(article())) {
                rows.put(spans ? next.path("span_id").asText() : article, next);
                next = stream.hasNext() ? stream.next() : null;
            }
            return rows;
        }

        @Override
        public void close() throws IOException {
            stream.close();
        }
    }

    private void report(FindingCode code, String file, String message, String fix) {
        problems.report(Finding.of(code, file).fix(fix).message(message));
    }
}
