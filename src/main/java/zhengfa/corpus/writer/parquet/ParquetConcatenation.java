package zhengfa.corpus.writer.parquet;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.ColumnMetaData;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.OffsetIndex;
import org.apache.parquet.format.PageLocation;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;
import shaded.parquet.org.apache.thrift.TBase;
import shaded.parquet.org.apache.thrift.TException;
import shaded.parquet.org.apache.thrift.protocol.TCompactProtocol;
import shaded.parquet.org.apache.thrift.protocol.TField;
import shaded.parquet.org.apache.thrift.protocol.TList;
import shaded.parquet.org.apache.thrift.protocol.TProtocol;
import shaded.parquet.org.apache.thrift.protocol.TStruct;
import shaded.parquet.org.apache.thrift.transport.TIOStreamTransport;

/**
 * Joins Parquet files of one schema, written by parquet-java, into one file without decoding a
 * page, holding no more than one part's footer at a time.
 *
 * <p>Why: parquet-java keeps every row group's metadata, column indexes and offset indexes (about
 * 2 KB per column chunk) in memory until the file is closed, so one large file costs memory that
 * grows with the corpus. Written as parts of bounded size and joined here, it does not.
 *
 * <p>The result is laid out as parquet-java lays out a file: the parts' row groups in order, then
 * every column index, then every offset index, then the footer. Page bytes (and their checksums)
 * are copied as they are; what moves are file positions, so every absolute offset is shifted by
 * where its part's row groups landed: in the footer's row groups and column chunks and in the
 * offset indexes' page locations. Column indexes hold no offsets and are copied as they are. The
 * footer is written field by field, its row groups streamed from the parts, in the field order of
 * parquet-format's {@code FileMetaData}.
 */
final class ParquetConcatenation {

    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);
    // Thrift's type codes (org.apache.thrift.protocol.TType, whose constants the shaded jar leaves out).
    private static final byte I32 = 8;
    private static final byte I64 = 10;
    private static final byte STRING = 11;
    private static final byte STRUCT = 12;
    private static final byte LIST = 15;
    // Thrift field ids of FileMetaData (parquet.thrift).
    private static final TStruct FILE_METADATA = new TStruct("FileMetaData");
    private static final TField VERSION = new TField("version", I32, (short) 1);
    private static final TField SCHEMA = new TField("schema", LIST, (short) 2);
    private static final TField NUM_ROWS = new TField("num_rows", I64, (short) 3);
    private static final TField ROW_GROUPS = new TField("row_groups", LIST, (short) 4);
    private static final TField KEY_VALUE_METADATA = new TField("key_value_metadata", LIST, (short) 5);
    private static final TField CREATED_BY = new TField("created_by", STRING, (short) 6);
    private static final TField COLUMN_ORDERS = new TField("column_orders", LIST, (short) 7);

    private final List<Path> parts;
    // Where each part's first row group starts in the joined file, less where it started in the part.
    private final long[] shifts;

    private ParquetConcatenation(List<Path> parts) {
        this.parts = parts;
        this.shifts = new long[parts.size()];
    }

    /** Writes {@code target} (which must not exist) from {@code parts}, in order. */
    static void join(List<Path> parts, Path target) throws IOException {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to join into " + target);
        }
        new ParquetConcatenation(parts).writeTo(target);
    }

    private void writeTo(Path target) throws IOException {
        FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try (out) {
            write(out);
        } catch (IOException | RuntimeException e) {
            // A half-joined file (which this call created) must not pass for a table.
            Files.deleteIfExists(target);
            throw e;
        }
    }

    private void write(FileChannel out) throws IOException {
        out.write(ByteBuffer.wrap(MAGIC));
        Totals totals = copyRowGroups(out);
        long columnIndexesStart = out.position();
        copyColumnIndexes(out);
        long offsetIndexesStart = out.position();
        writeOffsetIndexes(out);
        long footerStart = out.position();
        writeFooter(out, totals, columnIndexesStart, offsetIndexesStart);
        long footerLength = out.position() - footerStart;
        ByteBuffer tail = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        tail.putInt(Math.toIntExact(footerLength)).put(MAGIC).flip();
        writeFully(out, tail);
    }

    private record Totals(FileMetaData first, long rows, int rowGroups) {}

    // the first part's footer itself, whose schema the output keeps: identity is meant
    @SuppressWarnings("ReferenceEquality")
    private Totals copyRowGroups(FileChannel out) throws IOException {
        FileMetaData first = null;
        long rows = 0;
        int rowGroups = 0;
        for (int i = 0; i < parts.size(); i++) {
            try (FileChannel in = FileChannel.open(parts.get(i), StandardOpenOption.READ)) {
                FileMetaData footer = footerOf(in, parts.get(i));
                if (footer.isSetEncryption_algorithm()) {
                    throw new IOException(parts.get(i) + " is encrypted, which joining does not support");
                }
                if (first == null) {
                    first = footer;
                } else if (!first.getSchema().equals(footer.getSchema())) {
                    throw new IOException(parts.get(i) + " has another schema than " + parts.get(0));
                }
                long end = MAGIC.length;
                for (RowGroup group : footer.getRow_groups()) {
                    for (ColumnChunk chunk : group.getColumns()) {
                        end = Math.max(
                                end,
                                chunkStart(chunk.getMeta_data())
                                        + chunk.getMeta_data().getTotal_compressed_size());
                        if (chunk.getMeta_data().isSetBloom_filter_offset()) {
                            throw new IOException(
                                    parts.get(i) + " has bloom filters, which joining does not carry over");
                        }
                    }
                }
                shifts[i] = out.position() - MAGIC.length;
                transferFully(in, MAGIC.length, end - MAGIC.length, out);
                rows += footer.getNum_rows();
                rowGroups += footer.getRow_groupsSize();
                if (footer == first) {
                    // Only its schema and file-level fields are kept for the footer.
                    first.setRow_groups(List.of());
                }
            }
        }
        return new Totals(first, rows, rowGroups);
    }

    /** What is done with each row group of each part, in order, after the row groups are copied. */
    private interface RowGroupStep {
        void apply(int part, FileChannel in, RowGroup group) throws IOException;
    }

    /** Reads each part's footer again (one at a time, so memory holds one) and applies the step to its row groups. */
    private void eachRowGroup(RowGroupStep step) throws IOException {
        for (int i = 0; i < parts.size(); i++) {
            try (FileChannel in = FileChannel.open(parts.get(i), StandardOpenOption.READ)) {
                for (RowGroup group : footerOf(in, parts.get(i)).getRow_groups()) {
                    step.apply(i, in, group);
                }
            }
        }
    }

    private void copyColumnIndexes(FileChannel out) throws IOException {
        eachRowGroup((part, in, group) -> {
            for (ColumnChunk chunk : group.getColumns()) {
                if (chunk.isSetColumn_index_offset()) {
                    transferFully(in, chunk.getColumn_index_offset(), chunk.getColumn_index_length(), out);
                }
            }
        });
    }

    private void writeOffsetIndexes(FileChannel out) throws IOException {
        eachRowGroup((part, in, group) -> {
            for (ColumnChunk chunk : group.getColumns()) {
                if (chunk.isSetOffset_index_offset()) {
                    writeFully(out, ByteBuffer.wrap(shiftedOffsetIndex(in, chunk, shifts[part])));
                }
            }
        });
    }

    private void writeFooter(FileChannel out, Totals totals, long columnIndexesStart, long offsetIndexesStart)
            throws IOException {
        FileMetaData first = totals.first();
        // Not closed: closing the stream would close the channel, which the caller still writes to.
        OutputStream stream = new BufferedOutputStream(Channels.newOutputStream(out), 1 << 16);
        try {
            TProtocol protocol = new TCompactProtocol(new TIOStreamTransport(stream));
            protocol.writeStructBegin(FILE_METADATA);
            protocol.writeFieldBegin(VERSION);
            protocol.writeI32(first.getVersion());
            protocol.writeFieldEnd();
            writeList(protocol, SCHEMA, first.getSchema());
            protocol.writeFieldBegin(NUM_ROWS);
            protocol.writeI64(totals.rows());
            protocol.writeFieldEnd();
            protocol.writeFieldBegin(ROW_GROUPS);
            protocol.writeListBegin(new TList(STRUCT, totals.rowGroups()));
            long[] next = {columnIndexesStart, offsetIndexesStart};
            short[] ordinal = {0};
            eachRowGroup((part, in, group) -> {
                shift(group, in, shifts[part], next);
                if (group.isSetOrdinal()) {
                    group.setOrdinal(ordinal[0]);
                }
                ordinal[0]++;
                try {
                    group.write(protocol);
                } catch (TException e) {
                    throw new IOException("could not write the joined footer", e);
                }
            });
            protocol.writeListEnd();
            protocol.writeFieldEnd();
            if (first.isSetKey_value_metadata()) {
                writeList(protocol, KEY_VALUE_METADATA, first.getKey_value_metadata());
            }
            if (first.isSetCreated_by()) {
                protocol.writeFieldBegin(CREATED_BY);
                protocol.writeString(first.getCreated_by());
                protocol.writeFieldEnd();
            }
            if (first.isSetColumn_orders()) {
                writeList(protocol, COLUMN_ORDERS, first.getColumn_orders());
            }
            protocol.writeFieldStop();
            protocol.writeStructEnd();
            stream.flush();
        } catch (TException e) {
            throw new IOException("could not write the joined footer", e);
        }
    }

    private static void writeList(TProtocol protocol, TField field, List<? extends TBase<?, ?>> items)
            throws TException {
        protocol.writeFieldBegin(field);
        protocol.writeListBegin(new TList(STRUCT, items.size()));
        for (TBase<?, ?> item : items) {
            item.write(protocol);
        }
        protocol.writeListEnd();
        protocol.writeFieldEnd();
    }

    /**
     * Moves one row group's offsets to where its part landed, and points its chunks' indexes at
     * {@code next} (the next column index and offset index positions, advanced here).
     */
    private static void shift(RowGroup group, FileChannel in, long shift, long[] next) throws IOException {
        if (group.isSetFile_offset()) {
            group.setFile_offset(group.getFile_offset() + shift);
        }
        for (ColumnChunk chunk : group.getColumns()) {
            chunk.setFile_offset(chunk.getFile_offset() + shift);
            ColumnMetaData meta = chunk.getMeta_data();
            meta.setData_page_offset(meta.getData_page_offset() + shift);
            if (meta.isSetDictionary_page_offset()) {
                meta.setDictionary_page_offset(meta.getDictionary_page_offset() + shift);
            }
            if (meta.isSetIndex_page_offset()) {
                meta.setIndex_page_offset(meta.getIndex_page_offset() + shift);
            }
            if (chunk.isSetColumn_index_offset()) {
                chunk.setColumn_index_offset(next[0]);
                next[0] += chunk.getColumn_index_length();
            }
            if (chunk.isSetOffset_index_offset()) {
                // The same bytes writeOffsetIndexes wrote, encoded again to learn their length.
                int length = shiftedOffsetIndex(in, chunk, shift).length;
                chunk.setOffset_index_offset(next[1]);
                chunk.setOffset_index_length(length);
                next[1] += length;
            }
        }
    }

    private static byte[] shiftedOffsetIndex(FileChannel in, ColumnChunk chunk, long shift) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(chunk.getOffset_index_length());
        readFully(in, chunk.getOffset_index_offset(), bytes);
        OffsetIndex index = Util.readOffsetIndex(new ByteArrayInputStream(bytes.array()));
        for (PageLocation page : index.getPage_locations()) {
            page.setOffset(page.getOffset() + shift);
        }
        ByteArrayOutputStream encoded = new ByteArrayOutputStream(bytes.capacity() + 16);
        Util.writeOffsetIndex(index, encoded);
        return encoded.toByteArray();
    }

    private static long chunkStart(ColumnMetaData meta) {
        return meta.isSetDictionary_page_offset() && meta.getDictionary_page_offset() > 0
                ? Math.min(meta.getDictionary_page_offset(), meta.getData_page_offset())
                : meta.getData_page_offset();
    }

    private static FileMetaData footerOf(FileChannel in, Path part) throws IOException {
        return Util.readFileMetaData(new ByteArrayInputStream(ParquetFooter.footerBytes(in, part)));
    }

    private static void readFully(FileChannel in, long position, ByteBuffer buffer) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int read = in.read(buffer, at);
            if (read < 0) {
                throw new IOException("unexpected end of file at " + at);
            }
            at += read;
        }
        buffer.flip();
    }

    private static void transferFully(FileChannel in, long position, long count, FileChannel out) throws IOException {
        long done = 0;
        while (done < count) {
            long moved = in.transferTo(position + done, count - done, out);
            if (moved <= 0) {
                throw new IOException("unexpected end of file at " + (position + done));
            }
            done += moved;
        }
    }

    private static void writeFully(FileChannel out, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
    }
}
