package zhengfa.corpus.release;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import zhengfa.corpus.dataset.AnnotationsTable;
import zhengfa.corpus.dataset.ArticlesTable;
import zhengfa.corpus.dataset.DataFiles;
import zhengfa.corpus.dataset.FileTree;
import zhengfa.corpus.dataset.Manifest;
import zhengfa.corpus.dataset.ReleaseFiles;
import zhengfa.corpus.dataset.ReleaseReader;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.FindingSink;
import zhengfa.corpus.model.CodePoints;
import zhengfa.corpus.model.Sha256;
import zhengfa.corpus.table.Column;
import zhengfa.corpus.table.TableSchema;
import zhengfa.corpus.validation.ValidationReport;
import zhengfa.corpus.writer.FormatName;
import zhengfa.corpus.writer.arrow.ArrowRows;
import zhengfa.corpus.writer.arrow.ArrowSchemas;
import zhengfa.corpus.writer.parquet.ParquetFooter;
import zhengfa.corpus.writer.parquet.ParquetFormat;
import zhengfa.corpus.writer.partition.ParquetLayout;
import zhengfa.corpus.writer.partition.PartitionedFormat;

/**
 * Re-reads a cut release and checks it independently of how it was written: every checksum, the
 * row counts of every data file (JSON Lines, Parquet and Arrow) against the manifest, the Parquet
 * and Arrow schemas against the declared ones, their values against the JSON Lines', and,
 * given the corpus, that every text equals its corpus file and every span slices its text.
 */
public final class ReleaseVerifier {

    static final String CUT_AGAIN = "cut the release again with mvn package (or package) instead of editing it";
    private static final String RESTORE = "restore the release from its dataset zip, or cut it again";

    private final Path release;
    /** The annotations' JSON Lines file as findings name it, compressed or not: data/annotations.jsonl.gz. */
    private final String annotationsJsonl;

    public ReleaseVerifier(Path release) {
        this.release = release;
        ReleaseReader reader = new ReleaseReader(release);
        this.annotationsJsonl = reader.jsonlName(AnnotationsTable.SCHEMA);
    }

    /** Every problem found, as findings located in the release (or the corpus); none when the release verifies. */
    public ValidationReport verify(Path corpus) throws IOException {
        ValidationReport problems = new ValidationReport();
        if (!Files.isRegularFile(release.resolve(ReleaseFiles.SUMS_FILE))) {
            report(
                    problems,
                    FindingCode.RELEASE_NOT_A_RELEASE,
                    ReleaseFiles.SUMS_FILE,
                    release + " has no " + ReleaseFiles.SUMS_FILE + "; is it a release folder?",
                    "name the folder of a release, e.g. dist/zhengfa-corpus-0.1.0");
            return problems;
        }
        checkSums(problems);
        ReleaseConsistency consistency = new ReleaseConsistency(release, problems);
        consistency.check();
        if (!Files.isRegularFile(release.resolve(ReleaseFiles.MANIFEST))
                || problems.findings().stream()
                        .anyMatch(f -> f.code() == FindingCode.RELEASE_FILE_UNREADABLE
                                && f.file().equals(ReleaseFiles.MANIFEST))) {
            return problems; // without its manifest the release's tables are unknown
        }
        Manifest manifest = new ReleaseReader(release).manifest();
        for (Manifest.Table table : manifest.tables()) {
            TableSchema schema = ReleaseFiles.TABLES.stream()
                    .filter(t -> t.name().equals(table.name()))
                    .findFirst()
                    .orElse(null);
            if (schema == null) {
                report(
                        problems,
                        FindingCode.RELEASE_UNKNOWN_TABLE,
                        ReleaseFiles.MANIFEST,
                        "manifest lists an unknown table " + table.name(),
                        CUT_AGAIN);
                continue;
            }
            long rows = table.rows();
            checkJsonlAndArrow(schema, rows, problems);
            checkParquet(schema, rows, problems);
        }
        checkSpans(problems).ifPresent(consistency::checkReleaseId);
        if (corpus != null) {
            new ReleaseRecut(release, problems).compareWith(corpus);
        }
        return problems;
    }

    private void checkSums(FindingSink problems) throws IOException {
        SortedMap<String, String> listed = new TreeMap<>();
        for (String line : Files.readAllLines(release.resolve(ReleaseFiles.SUMS_FILE), StandardCharsets.UTF_8)) {
            int split = line.indexOf("  ");
            if (split != 64) {
                report(
                        problems,
                        FindingCode.RELEASE_SUMS_MALFORMED,
                        ReleaseFiles.SUMS_FILE,
                        "malformed line '" + line + "'",
                        CUT_AGAIN);
                continue;
            }
            listed.put(line.substring(split + 2), line.substring(0, split));
        }
        SortedMap<String, String> actual = FileTree.checksums(release);
        actual.remove(ReleaseFiles.SUMS_FILE);
        for (var entry : listed.entrySet()) {
            String sha = actual.get(entry.getKey());
            if (sha == null) {
                report(
                        problems,
                        FindingCode.RELEASE_FILE_MISSING,
                        entry.getKey(),
                        entry.getKey() + " is listed in " + ReleaseFiles.SUMS_FILE + " but missing",
                        RESTORE);
            } else if (!sha.equals(entry.getValue())) {
                report(
                        problems,
                        FindingCode.RELEASE_CHECKSUM_MISMATCH,
                        entry.getKey(),
                        entry.getKey() + " does not match its checksum: the file was changed after the release was cut",
                        RESTORE);
            }
        }
        for (String file : actual.keySet()) {
            if (!listed.containsKey(file)) {
                report(
                        problems,
                        FindingCode.RELEASE_FILE_UNLISTED,
                        file,
                        file + " is not listed in " + ReleaseFiles.SUMS_FILE + ": it is not part of the release",
                        "remove the file from the release folder");
            }
        }
    }

    /**
     * One pass over the table's JSON Lines: its keys and row count, the Parquet data's values
     * against them ({@link ParquetValues}) and, when the release has the table as Arrow, the Arrow
     * file's schema, row count and values, row for row (every file is read once).
     */
    private void checkJsonlAndArrow(TableSchema schema, long expectedRows, FindingSink problems) throws IOException {
        ReleaseReader reader = new ReleaseReader(release);
        String jsonlName = reader.jsonlName(schema);
        long rows = 0;
        boolean keysDiffer = false;
        List<String> columns = schema.columns().stream().map(Column::name).toList();
        try (var stream = reader.rows(schema);
                ArrowSide arrow = ArrowSide.open(release, schema, jsonlName, problems);
                ParquetValues parquet = ParquetValues.open(release, schema, jsonlName, problems)) {
            while (stream.hasNext()) {
                JsonNode row = stream.next();
                rows++;
                if (!keysDiffer) {
                    List<String> keys = new ArrayList<>();
                    row.fieldNames().forEachRemaining(keys::add);
                    if (!keys.equals(columns)) {
                        report(
                                problems,
                                FindingCode.RELEASE_SCHEMA_MISMATCH,
                                jsonlName,
                                "line " + rows + " has keys " + keys + ", expected " + columns,
                                CUT_AGAIN);
                        keysDiffer = true;
                    }
                }
                arrow.compare(rows, row);
                parquet.compare(rows, row);
            }
            arrow.finish(expectedRows);
            parquet.finish();
        }
        if (!keysDiffer && rows != expectedRows) {
            report(
                    problems,
                    FindingCode.RELEASE_ROW_COUNT_MISMATCH,
                    jsonlName,
                    jsonlName + " has " + rows + " rows, the manifest says " + expectedRows,
                    CUT_AGAIN);
        }
    }

    private void checkParquet(TableSchema schema, long expectedRows, ValidationReport problems) throws IOException {
        List<Path> files = DataFiles.of(release, schema, FormatName.PARQUET.word());
        if (files.isEmpty()) {
            report(
                    problems,
                    FindingCode.RELEASE_FILE_MISSING,
                    ReleaseFiles.DATA_DIR,
                    "no Parquet data for table " + schema.name(),
                    CUT_AGAIN);
            return;
        }
        long rows = 0;
        boolean readable = true;
        for (Path file : files) {
            String name = release.relativize(file).toString();
            ParquetFooter footer;
            try {
                footer = ParquetFooter.read(file);
            } catch (IOException | RuntimeException e) {
                // the values' pass may have found it first: one finding per file
                if (problems.findings().stream()
                        .noneMatch(f -> f.code() == FindingCode.RELEASE_FILE_UNREADABLE
                                && f.file().equals(name))) {
                    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
                    report(
                            problems,
                            FindingCode.RELEASE_FILE_UNREADABLE,
                            name,
                            name + " cannot be read as Parquet (its footer): " + cause.getMessage(),
                            RESTORE);
                }
                readable = false;
                continue;
            }
            rows += footer.rows();
            // A part under year=… holds every column but the year, which its path gives.
            TableSchema expected = name.contains("/" + ParquetLayout.PARTITION_COLUMN + "=")
                    ? PartitionedFormat.partSchema(schema, new ParquetLayout.ByYear())
                    : schema;
            if (!footer.schema().equals(ParquetFormat.schemaOf(expected))) {
                report(
                        problems,
                        FindingCode.RELEASE_SCHEMA_MISMATCH,
                        name,
                        name + " has the schema " + footer.schema() + ", not the declared one "
                                + ParquetFormat.schemaOf(expected),
                        CUT_AGAIN);
            }
        }
        if (readable && rows != expectedRows) {
            report(
                    problems,
                    FindingCode.RELEASE_ROW_COUNT_MISMATCH,
                    ReleaseFiles.DATA_DIR,
                    "the Parquet data of " + schema.name() + " has " + rows + " rows, the manifest says "
                            + expectedRows,
                    CUT_AGAIN);
        }
    }

    /**
     * The Arrow side of a table's check. Arrow is optional in a release: without the file every
     * step does nothing. A file that cannot be read is reported once and then ignored.
     */
    private static final class ArrowSide implements AutoCloseable {
        private final TableSchema schema;
        private final String name;
        private final FindingSink problems;
        private ArrowRows rows;
        private JsonNode current;
        private long count;
        private String firstDifference;

        private final String jsonlName;

        private ArrowSide(TableSchema schema, String name, String jsonlName, FindingSink problems) {
            this.schema = schema;
            this.name = name;
            this.jsonlName = jsonlName;
            this.problems = problems;
        }

        static ArrowSide open(Path release, TableSchema schema, String jsonlName, FindingSink problems) {
            Path file = release.resolve(ReleaseFiles.DATA_DIR).resolve(schema.name() + ".arrow");
            ArrowSide side = new ArrowSide(schema, release.relativize(file).toString(), jsonlName, problems);
            if (Files.isRegularFile(file)) {
                try {
                    side.rows = ArrowRows.open(file);
                    if (!side.rows.schema().equals(ArrowSchemas.schemaOf(schema))) {
                        report(
                                problems,
                                FindingCode.RELEASE_SCHEMA_MISMATCH,
                                side.name,
                                side.name + " has the schema " + side.rows.schema() + ", not the declared one "
                                        + ArrowSchemas.schemaOf(schema),
                                CUT_AGAIN);
                    }
                } catch (IOException | RuntimeException e) {
                    side.unreadable(e);
                }
            }
            return side;
        }

        /** Reads the Arrow row beside the JSON Lines' row {@code line} and remembers the first that differs. */
        void compare(long line, JsonNode expected) {
            if (!next()) {
                return;
            }
            JsonNode actual = current;
            if (firstDifference == null && !expected.equals(actual)) {
                String column = firstDifferingColumn(schema, expected, actual);
                firstDifference = "row " + line + " differs from " + jsonlName + ", first in column " + column;
            }
        }

        /** Counts the rows the JSON Lines did not reach, then reports the row count, or else the first difference. */
        void finish(long expectedRows) {
            while (next()) {
                // only counted
            }
            if (rows == null) {
                return;
            }
            if (count != expectedRows) {
                report(
                        problems,
                        FindingCode.RELEASE_ROW_COUNT_MISMATCH,
                        name,
                        name + " has " + count + " rows, the manifest says " + expectedRows,
                        CUT_AGAIN);
            } else if (firstDifference != null) {
                report(problems, FindingCode.RELEASE_VALUE_MISMATCH, name, firstDifference, CUT_AGAIN);
            }
        }

        private boolean next() {
            if (rows == null) {
                return false;
            }
            try {
                if (!rows.hasNext()) {
                    return false;
                }
                current = rows.next();
                count++;
                return true;
            } catch (RuntimeException e) {
                unreadable(e);
                return false;
            }
        }

        private void unreadable(Exception e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            report(
                    problems,
                    FindingCode.RELEASE_FILE_UNREADABLE,
                    name,
                    name + " is not a readable Arrow IPC file: " + cause.getMessage(),
                    RESTORE);
            closeQuietly();
            rows = null;
        }

        private void closeQuietly() {
            try {
                close();
            } catch (IOException ignored) {
                // already unreadable: the finding says so
            }
        }

        @Override
        public void close() throws IOException {
            if (rows != null) {
                rows.close();
            }
        }
    }

    /** The first declared column whose value differs between two rows of a table, for the finding's message. */
    static String firstDifferingColumn(TableSchema schema, JsonNode expected, JsonNode actual) {
        return schema.columns().stream()
                .map(Column::name)
                .filter(c -> !expected.path(c).equals(actual.path(c)))
                .findFirst()
                .orElse("?");
    }

    private static void report(FindingSink sink, FindingCode code, String file, String message, String fix) {
        sink.report(Finding.of(code, file).fix(fix).message(message));
    }

    private void orphanSpan(JsonNode span, FindingSink problems) {
        report(
                problems,
                FindingCode.RELEASE_SPAN_MISMATCH,
                annotationsJsonl,
                "span " + span.path("span_id").asText() + " belongs to no article: "
                        + span.path("article_id").asText(),
                CUT_AGAIN);
    }

    /**
     * Both tables are sorted by article id, so the spans of the flat table are checked against their
     * article's text in one merge pass: one article's text in memory at a time.
     */
    private Optional<String> checkSpans(FindingSink problems) throws IOException {
        // the release id in the same pass: SHA-256 over '<id> <content_sha256>\n' per article, in id order (the file's)
        MessageDigest releaseId = Sha256.newDigest();
        try (var rows = new ReleaseReader(release).rows(ArticlesTable.SCHEMA);
                var spans = new ReleaseReader(release).rows(AnnotationsTable.SCHEMA)) {
            JsonNode span = spans.hasNext() ? spans.next() : null;
            while (rows.hasNext()) {
                JsonNode row = rows.next();
                String id = row.path("id").asText();
                releaseId.update(
                        (id + " " + row.path("content_sha256").asText() + "\n").getBytes(StandardCharsets.UTF_8));
                CodePoints cps = new CodePoints(row.path("text").asText());
                for (JsonNode nested : row.path("annotations")) {
                    checkSpan(id, cps, nested, problems);
                }
                while (span != null && span.path("article_id").asText().compareTo(id) <= 0) {
                    if (span.path("article_id").asText().equals(id)) {
                        checkSpan(id, cps, span, problems);
                    } else {
                        orphanSpan(span, problems);
                    }
                    span = spans.hasNext() ? spans.next() : null;
                }
            }
            for (; span != null; span = spans.hasNext() ? spans.next() : null) {
                orphanSpan(span, problems);
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            return Optional.empty(); // an unreadable JSON Lines file is reported by the table checks, naming it
        }
        return Optional.of(HexFormat.of().formatHex(releaseId.digest()));
    }

    private void checkSpan(String article, CodePoints text, JsonNode span, FindingSink problems) {
        int start = span.path("start").asInt();
        int end = span.path("end").asInt();
        if (start < 0
                || end > text.length()
                || start >= end
                || !text.slice(start, end).equals(span.path("text").asText())) {
            report(
                    problems,
                    FindingCode.RELEASE_SPAN_MISMATCH,
                    annotationsJsonl,
                    "article " + article + ", span " + span.path("span_id").asText() + ": text[" + start + ":" + end
                            + "] is not the span's text",
                    CUT_AGAIN);
        }
    }
}
