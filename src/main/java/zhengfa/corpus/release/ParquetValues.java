package zhengfa.corpus.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zhengfa.corpus.dataset.DataFiles;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.FindingSink;
import zhengfa.corpus.model.Sha256;
import zhengfa.corpus.table.Column;
import zhengfa.corpus.table.TableSchema;
import zhengfa.corpus.writer.FormatName;
import zhengfa.corpus.writer.parquet.ParquetRows;
import zhengfa.corpus.writer.partition.ParquetLayout;
import zhengfa.corpus.writer.partition.PartitionedFormat;

/**
 * The Parquet side of a table's value check, beside the JSON Lines' rows. One file, or parts of N
 * rows, hold the rows in the JSON Lines' order and are compared row for row. Year partitions group
 * the rows by year, so there the two sides are compared as wholes: each row is hashed (the year put
 * back from the part's path) and the hashes summed, which no reordering changes and any changed
 * value does, in memory that does not grow with the release.
 */
final class ParquetValues implements AutoCloseable {

    private static final Pattern YEAR_PART = Pattern.compile("/" + ParquetLayout.PARTITION_COLUMN + "=(-?\\d+)/");

    private final Path release;
    private final TableSchema schema;
    private final FindingSink problems;
    private final List<Path> files;
    private final boolean byYear;
    private int fileIndex = -1;
    private ParquetRows rows;
    private String current;
    private boolean failed;
    private String firstDifference;
    private long expectedSum;
    private long actualSum;

    private final String jsonlName;

    private ParquetValues(Path release, TableSchema schema, String jsonlName, FindingSink problems, List<Path> files) {
        this.release = release;
        this.jsonlName = jsonlName;
        this.schema = schema;
        this.problems = problems;
        this.files = files;
        this.byYear = files.stream()
                .anyMatch(
                        f -> YEAR_PART.matcher(f.toString().replace('\\', '/')).find());
    }

    /** @param jsonlName the table's JSON Lines file as findings name it (the rows compared against) */
    static ParquetValues open(Path release, TableSchema schema, String jsonlName, FindingSink problems)
            throws IOException {
        return new ParquetValues(
                release, schema, jsonlName, problems, DataFiles.of(release, schema, FormatName.PARQUET.word()));
    }

    /** Takes the JSON Lines' row {@code line}: compares it with the Parquet row beside it, or adds it to the sum. */
    void compare(long line, JsonNode expected) {
        if (failed || files.isEmpty()) {
            return;
        }
        if (byYear) {
            expectedSum += hash(expected);
            return;
        }
        JsonNode actual = next();
        if (actual != null && firstDifference == null && !expected.equals(actual)) {
            String column = ReleaseVerifier.firstDifferingColumn(schema, expected, actual);
            firstDifference =
                    "row " + line + " of " + current + " differs from " + jsonlName + ", first in column " + column;
        }
    }

    /** Reports the first difference, or for year partitions whether the sums differ. Row counts are checked from the footers. */
    void finish() {
        if (failed || files.isEmpty()) {
            return;
        }
        if (byYear) {
            JsonNode row;
            while ((row = next()) != null) {
                actualSum += hash(row);
            }
            if (!failed && actualSum != expectedSum) {
                report(
                        FindingCode.RELEASE_VALUE_MISMATCH,
                        "data/" + schema.name(),
                        "the rows of the Parquet partitions of "
                                + schema.name() + " differ from " + jsonlName + " (compared as a whole: year"
                                + " partitions group the rows by year)");
            }
        } else if (firstDifference != null) {
            report(FindingCode.RELEASE_VALUE_MISMATCH, current, firstDifference);
        }
    }

    /** The next Parquet row, across the files in order; null at the end or once a file proved unreadable. */
    private JsonNode next() {
        try {
            while (rows == null || !rows.hasNext()) {
                if (rows != null) {
                    rows.close();
                    rows = null;
                }
                if (++fileIndex >= files.size()) {
                    return null;
                }
                Path file = files.get(fileIndex);
                current = release.relativize(file).toString();
                rows = ParquetRows.open(
                        file, byYear ? PartitionedFormat.partSchema(schema, new ParquetLayout.ByYear()) : schema);
            }
            JsonNode row = rows.next();
            return byYear ? withYear(row) : row;
        } catch (IOException | RuntimeException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            report(
                    FindingCode.RELEASE_FILE_UNREADABLE,
                    current,
                    current + " cannot be read as Parquet: " + cause.getMessage());
            failed = true;
            return null;
        }
    }

    /** The row with the partition's year put back in its column, keys in the declared order. */
    private JsonNode withYear(JsonNode part) {
        Matcher m = YEAR_PART.matcher("/" + current.replace('\\', '/'));
        ObjectNode row = JsonNodeFactory.instance.objectNode();
        for (Column column : schema.columns()) {
            row.set(
                    column.name(),
                    column.name().equals(ParquetLayout.PARTITION_COLUMN) && m.find()
                            ? JsonNodeFactory.instance.numberNode(Integer.parseInt(m.group(1)))
                            : part.path(column.name()));
        }
        return row;
    }

    private static long hash(JsonNode row) {
        return ByteBuffer.wrap(Sha256.of(row.toString().getBytes(StandardCharsets.UTF_8)))
                .getLong();
    }

    private void report(FindingCode code, String file, String message) {
        problems.report(Finding.of(code, file).fix(ReleaseVerifier.CUT_AGAIN).message(message));
    }

    @Override
    public void close() throws IOException {
        if (rows != null) {
            rows.close();
        }
    }
}
