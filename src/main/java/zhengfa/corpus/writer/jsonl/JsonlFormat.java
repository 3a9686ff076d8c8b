package zhengfa.corpus.writer.jsonl;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import zhengfa.corpus.release.Column;
import zhengfa.corpus.release.ColumnType;
import zhengfa.corpus.release.Row;
import zhengfa.corpus.release.TableSchema;
import zhengfa.corpus.writer.TableFormat;
import zhengfa.corpus.writer.TableWriter;

/**
 * JSON Lines: one UTF-8 JSON object per line, keys in schema order, nulls written out, dates as
 * {@code "YYYY-MM-DD"}, lists as arrays and structs as objects. Non-ASCII characters, including
 * those outside the BMP, are written as UTF-8, not escaped.
 */
public final class JsonlFormat implements TableFormat {

    // Without this Jackson escapes characters outside the BMP (𠮷) as \uD842\uDFB7 pairs.
    private final JsonFactory factory = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    @Override
    public String extension() {
        return "jsonl";
    }

    @Override
    public String mediaType() {
        return "application/jsonl";
    }

    @Override
    public TableWriter open(Path file, TableSchema schema) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW), 1 << 16);
        JsonGenerator generator = factory.createGenerator(out, JsonEncoding.UTF8);
        generator.setRootValueSeparator(null);
        return new Writer(generator, schema);
    }

    private static final class Writer implements TableWriter {
        private final JsonGenerator generator;
        private final TableSchema schema;

        Writer(JsonGenerator generator, TableSchema schema) {
            this.generator = generator;
            this.schema = schema;
        }

        @Override
        public void write(Row row) throws IOException {
            writeObject(schema.columns(), row);
            generator.writeRaw('\n');
        }

        private void writeObject(List<Column> columns, Row row) throws IOException {
            generator.writeStartObject();
            for (int i = 0; i < columns.size(); i++) {
                generator.writeFieldName(columns.get(i).name());
                writeValue(columns.get(i).type(), row.get(i));
            }
            generator.writeEndObject();
        }

        private void writeValue(ColumnType type, Object value) throws IOException {
            if (value == null) {
                generator.writeNull();
            } else if (type instanceof ColumnType.Utf8) {
                generator.writeString((String) value);
            } else if (type instanceof ColumnType.Int32) {
                generator.writeNumber((Integer) value);
            } else if (type instanceof ColumnType.Date) {
                generator.writeString(((LocalDate) value).toString());
            } else if (type instanceof ColumnType.ListOf list) {
                generator.writeStartArray();
                for (Object item : (List<?>) value) {
                    writeValue(list.element(), item);
                }
                generator.writeEndArray();
            } else if (type instanceof ColumnType.Struct struct) {
                writeObject(struct.fields(), (Row) value);
            }
        }

        @Override
        public void close() throws IOException {
            generator.close();
        }
    }
}
