package zhengfa.corpus.writer.partition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import zhengfa.corpus.table.Column;
import zhengfa.corpus.table.Row;
import zhengfa.corpus.table.TableSchema;
import zhengfa.corpus.writer.FormatName;
import zhengfa.corpus.writer.TableFormat;
import zhengfa.corpus.writer.TableWriter;

/**
 * Writes a table as several files of another format, in the folder named like the table's single
 * file without its extension. By year, one writer per year is open at a time per year seen; by
 * shards, one writer at a time.
 */
public final class PartitionedFormat implements TableFormat {

    private final TableFormat delegate;
    private final ParquetLayout layout;

    public PartitionedFormat(TableFormat delegate, ParquetLayout layout) {
        this.delegate = delegate;
        this.layout = layout;
    }

    @Override
    public FormatName kind() {
        return delegate.kind();
    }

    @Override
    public String extension() {
        return delegate.extension();
    }

    @Override
    public String mediaType() {
        return delegate.mediaType();
    }

    /** The schema of each part: without the partition column when it lives in the path. */
    public static TableSchema partSchema(TableSchema table, ParquetLayout layout) {
        if (!(layout instanceof ParquetLayout.ByYear)) {
            return table;
        }
        List<Column> columns = table.columns().stream()
                .filter(c -> !c.name().equals(ParquetLayout.PARTITION_COLUMN))
                .toList();
        return new TableSchema(table.name(), table.description(), columns);
    }

    @Override
    public TableWriter open(Path file, TableSchema schema) throws IOException {
        if (layout instanceof ParquetLayout.Single) {
            return delegate.open(file, schema);
        }
        String name = file.getFileName().toString();
        Path dir = Files.createDirectory(file.resolveSibling(
                name.substring(0, name.length() - extension().length() - 1)));
        return layout instanceof ParquetLayout.Shards shards
                ? new ShardWriter(dir, schema, shards.rowsPerFile())
                : new YearWriter(dir, schema);
    }

    private String part(int index) {
        return String.format("part-%05d.%s", index, extension());
    }

    private final class ShardWriter implements TableWriter {
        private final Path dir;
        private final TableSchema schema;
        private final int rowsPerFile;
        private TableWriter current;
        private int files;
        private int rows;

        ShardWriter(Path dir, TableSchema schema, int rowsPerFile) {
            this.dir = dir;
            this.schema = schema;
            this.rowsPerFile = rowsPerFile;
        }

        @Override
        public void write(Row row) throws IOException {
            if (current == null || rows == rowsPerFile) {
                if (current != null) {
                    current.close();
                }
                current = delegate.open(dir.resolve(part(files++)), schema);
                rows = 0;
            }
            current.write(row);
            rows++;
        }

        @Override
        public void close() throws IOException {
            if (current == null) {
                // An empty table is still one (empty) file, so readers find its schema.
                current = delegate.open(dir.resolve(part(0)), schema);
            }
            current.close();
        }
    }

    private final class YearWriter implements TableWriter {
        private final Path dir;
        private final TableSchema part;
        private final int yearIndex;
        private final Map<Integer, TableWriter> writers = new TreeMap<>();

        YearWriter(Path dir, TableSchema schema) {
            this.dir = dir;
            this.part = partSchema(schema, layout);
            this.yearIndex = schema.indexOf(ParquetLayout.PARTITION_COLUMN);
        }

        @Override
        public void write(Row row) throws IOException {
            int year = (Integer) row.get(yearIndex);
            TableWriter writer = writers.get(year);
            if (writer == null) {
                Path yearDir = Files.createDirectory(dir.resolve(ParquetLayout.PARTITION_COLUMN + "=" + year));
                writer = delegate.open(yearDir.resolve(part(0)), part);
                writers.put(year, writer);
            }
            List<Object> values = new ArrayList<>(row.values());
            values.remove(yearIndex);
            writer.write(new Row(values));
        }

        @Override
        public void close() throws IOException {
            IOException first = null;
            for (TableWriter writer : writers.values()) {
                try {
                    writer.close();
                } catch (IOException e) {
                    first = first == null ? e : first;
                }
            }
            if (first != null) {
                throw first;
            }
        }
    }
}
