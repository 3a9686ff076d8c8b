package zhengfa.corpus.writer.jsonl;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
 * JSON Lines: one UTF-8 JSON object per line, keys in schema order, nulls written out, dates as
 * {@code "YYYY-MM-DD"}, lists as arrays and structs as objects. Non-ASCII characters, including
 * those outside the BMP, are written as UTF-8, not escaped. The file may be compressed
 * ({@link JsonlCompression}); the checksum is of the bytes on disk.
 */
public final class JsonlFormat implements TableFormat {

    // Without this Jackson escapes characters outside the BMP (𠮷) as \uD842\uDFB7 pairs.
    private final JsonFactory factory = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();
    private final JsonlCompression compression;

    public JsonlFormat() {
        this(JsonlCompression.NONE);
    }

    public JsonlFormat(JsonlCompression compression) {
        this.compression = compression;
    }

    public JsonlCompression compression() {
        return compression;
    }

    @Override
    public FormatName kind() {
        return FormatName.JSONL;
    }

    @Override
    public String extension() {
        return kind().word() + compression.suffix();
    }

    @Override
    public String mediaType() {
        return "application/jsonl";
    }

    @Override
    public TableWriter open(Path file, TableSchema schema) throws IOException {
        return new Writer(file, DigestingChannel.create(file), schema);
    }

    /** Each line is serialised on its own, so that lines can be made on any thread and appended in order. */
    private final class Writer implements TableWriter {
        private final Path file;
        private final DigestingChannel channel;
        private final OutputStream out;
        private final TableSchema schema;

        Writer(Path file, DigestingChannel channel, TableSchema schema) {
            this.file = file;
            this.channel = channel;
            try {
                this.out = new BufferedOutputStream(compression.compress(Channels.newOutputStream(channel)), 1 << 16);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start compressing " + file, e);
            }
            this.schema = schema;
        }

        @Override
        public void write(Row row) throws IOException {
            write(prepare(row));
        }

        @Override
        public Prepared prepare(Row row) {
            ByteArrayBuilder line = new ByteArrayBuilder(1024);
            try (JsonGenerator generator = factory.createGenerator(line, JsonEncoding.UTF8)) {
                writeObject(generator, schema.columns(), row);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot serialise a row of " + schema.name(), e);
            }
            line.append('\n');
            return new Prepared(row, line.toByteArray());
        }

        @Override
        public void write(Prepared row) throws IOException {
            out.write(row.encoded() != null ? row.encoded() : prepare(row.row()).encoded());
        }

        @Override
        public Map<Path, String> checksums() {
            return Map.of(file, channel.sha256());
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /** True when no byte is one JSON must escape: a control character, a quote or a backslash. */
    static boolean needsNoEscape(byte[] utf8) {
        for (byte b : utf8) {
            if ((b >= 0 && b < 0x20) || b == '"' || b == '\\') {
                return false;
            }
        }
        return true;
    }

    private static void writeObject(JsonGenerator generator, List<Column> columns, Row row) throws IOException {
        generator.writeStartObject();
        for (int i = 0; i < columns.size(); i++) {
            generator.writeFieldName(columns.get(i).name());
            writeValue(generator, columns.get(i).type(), row.get(i));
        }
        generator.writeEndObject();
    }

    private static void writeValue(JsonGenerator generator, ColumnType type, Object value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof Utf8String encoded) {
            byte[] bytes = encoded.bytes();
            if (needsNoEscape(bytes)) {
                // Most strings (all of a clean text) contain nothing JSON escapes: copied as they
                // are, they skip Jackson's byte-by-byte escaping loop, a tenth of a release's CPU.
                generator.writeRawUTF8String(bytes, 0, bytes.length);
            } else {
                generator.writeUTF8String(bytes, 0, bytes.length);
            }
        } else if (type instanceof ColumnType.Utf8) {
            generator.writeString((String) value);
        } else if (type instanceof ColumnType.Int32) {
            generator.writeNumber((Integer) value);
        } else if (type instanceof ColumnType.Date) {
            generator.writeString(((LocalDate) value).toString());
        } else if (type instanceof ColumnType.ListOf list) {
            generator.writeStartArray();
            for (Object item : (List<?>) value) {
                writeValue(generator, list.element(), item);
            }
            generator.writeEndArray();
        } else if (type instanceof ColumnType.Struct struct) {
            writeObject(generator, struct.fields(), (Row) value);
        }
    }
}
