package zhengfa.corpus.writer.arrow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.complex.StructVector;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import zhengfa.corpus.table.Column;
import zhengfa.corpus.table.ColumnType;
import zhengfa.corpus.table.Row;
import zhengfa.corpus.table.TableSchema;
import zhengfa.corpus.table.Utf8String;
import zhengfa.corpus.writer.DigestingChannel;
import zhengfa.corpus.writer.FormatName;
import zhengfa.corpus.writer.TableFormat;
import zhengfa.corpus.writer.TableWriter;

/**
 * The Arrow IPC file format (Feather v2), written with Arrow Java in record batches that close at
 * {@value #BATCH_BYTES} bytes of buffers or {@value #BATCH_ROWS} rows, so memory is bounded by one
 * batch whatever the table's size.
 *
 * <p>Why bytes as well as rows: the file's footer lists every batch, and Arrow Java keeps that list
 * in memory until the file ends. Batches of a fixed number of rows made the span table's batches
 * tiny and that list grew with the corpus; batches of about 8 MiB keep it short whatever the table.
 */
public final class ArrowFormat implements TableFormat {

    static final long BATCH_BYTES = 8L << 20;
    static final int BATCH_ROWS = 1 << 16;
    // Summing the vectors' buffer sizes walks every column: done every so many rows, not every row.
    private static final int ROWS_BETWEEN_SIZE_CHECKS = 32;

    @Override
    public FormatName kind() {
        return FormatName.ARROW;
    }

    @Override
    public String mediaType() {
        return "application/vnd.apache.arrow.file";
    }

    @Override
    public TableWriter open(Path file, TableSchema schema) throws IOException {
        DigestingChannel channel = DigestingChannel.create(file);
        BufferAllocator allocator = new RootAllocator();
        VectorSchemaRoot root = VectorSchemaRoot.create(ArrowSchemas.schemaOf(schema), allocator);
        ArrowFileWriter writer = new ArrowFileWriter(root, null, channel);
        writer.start();
        return new Writer(file, schema, channel, allocator, root, writer);
    }

    private static final class Writer implements TableWriter {
        private final Path file;
        private final TableSchema schema;
        private final DigestingChannel channel;
        private final BufferAllocator allocator;
        private final VectorSchemaRoot root;
        private final ArrowFileWriter writer;
        private int rows;

        Writer(
                Path file,
                TableSchema schema,
                DigestingChannel channel,
                BufferAllocator allocator,
                VectorSchemaRoot root,
                ArrowFileWriter writer) {
            this.file = file;
            this.schema = schema;
            this.channel = channel;
            this.allocator = allocator;
            this.root = root;
            this.writer = writer;
            root.allocateNew();
        }

        @Override
        public void write(Row row) throws IOException {
            List<Column> columns = schema.columns();
            for (int i = 0; i < columns.size(); i++) {
                set(root.getVector(i), columns.get(i).type(), rows, row.get(i));
            }
            rows++;
            if (rows == BATCH_ROWS || (rows % ROWS_BETWEEN_SIZE_CHECKS == 0 && bufferedBytes() >= BATCH_BYTES)) {
                flush();
            }
        }

        private long bufferedBytes() {
            long bytes = 0;
            for (FieldVector vector : root.getFieldVectors()) {
                // Until the batch is closed the vectors count no values; their offsets already tell the size.
                bytes += vector.getBufferSizeFor(rows);
            }
            return bytes;
        }

        private void flush() throws IOException {
            root.setRowCount(rows);
            writer.writeBatch();
            root.allocateNew();
            rows = 0;
        }

        @Override
        public Map<Path, String> checksums() {
            return Map.of(file, channel.sha256());
        }

        @Override
        public void close() throws IOException {
            try {
                if (rows > 0 || writer.getRecordBlocks().isEmpty()) {
                    flush();
                }
                writer.end();
            } finally {
                writer.close();
                root.close();
                allocator.close();
                channel.close();
            }
        }
    }

    static void set(FieldVector vector, ColumnType type, int index, Object value) {
        if (value == null) {
            setNull(vector, index);
        } else if (value instanceof Utf8String encoded) {
            ((VarCharVector) vector).setSafe(index, encoded.bytes());
        } else if (type instanceof ColumnType.Utf8) {
            ((VarCharVector) vector).setSafe(index, ((String) value).getBytes(StandardCharsets.UTF_8));
        } else if (type instanceof ColumnType.Int32) {
            ((IntVector) vector).setSafe(index, (Integer) value);
        } else if (type instanceof ColumnType.Date) {
            ((DateDayVector) vector).setSafe(index, Math.toIntExact(((LocalDate) value).toEpochDay()));
        } else if (type instanceof ColumnType.ListOf listType) {
            ListVector list = (ListVector) vector;
            List<?> items = (List<?>) value;
            int start = list.startNewValue(index);
            for (int j = 0; j < items.size(); j++) {
                set(list.getDataVector(), listType.element(), start + j, items.get(j));
            }
            list.endValue(index, items.size());
        } else if (type instanceof ColumnType.Struct structType) {
            StructVector struct = (StructVector) vector;
            struct.setIndexDefined(index);
            Row fields = (Row) value;
            for (int i = 0; i < structType.fields().size(); i++) {
                Column field = structType.fields().get(i);
                // Children are created in field order; a lookup by name per value was a hot spot.
                set((FieldVector) struct.getChildByOrdinal(i), field.type(), index, fields.get(i));
            }
        } else {
            throw new IllegalArgumentException("no Arrow mapping for " + type);
        }
    }

    private static void setNull(FieldVector vector, int index) {
        if (vector instanceof ListVector list) {
            list.setNull(index);
        } else if (vector instanceof StructVector struct) {
            struct.setNull(index);
        } else if (vector instanceof VarCharVector strings) {
            strings.setNull(index);
        } else if (vector instanceof org.apache.arrow.vector.BaseFixedWidthVector fixed) {
            fixed.setNull(index);
        } else {
            throw new IllegalArgumentException(
                    "cannot set null in " + vector.getClass().getSimpleName());
        }
    }
}
