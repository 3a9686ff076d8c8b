package zhengfa.corpus.writer.parquet;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;
import zhengfa.corpus.table.Column;
import zhengfa.corpus.table.ColumnType;
import zhengfa.corpus.table.Row;
import zhengfa.corpus.table.TableSchema;
import zhengfa.corpus.table.Utf8String;

/** Feeds {@link Row}s of a declared table to parquet-java's record consumer. */
final class RowWriteSupport extends WriteSupport<Row> {

    private final TableSchema table;
    private final MessageType messageType;
    private final Map<String, String> keyValueMetadata;
    private RecordConsumer consumer;

    RowWriteSupport(TableSchema table, Map<String, String> keyValueMetadata) {
        this.table = table;
        this.messageType = ParquetSchemas.messageType(table);
        this.keyValueMetadata = Map.copyOf(keyValueMetadata);
    }

    @Override
    public WriteContext init(Configuration configuration) {
        return new WriteContext(messageType, keyValueMetadata);
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
        return new WriteContext(messageType, keyValueMetadata);
    }

    @Override
    public String getName() {
        return "zhengfa-corpus";
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
        this.consumer = recordConsumer;
    }

    @Override
    public void write(Row row) {
        consumer.startMessage();
        writeFields(table.columns(), row);
        consumer.endMessage();
    }

    private void writeFields(List<Column> columns, Row row) {
        for (int i = 0; i < columns.size(); i++) {
            Object value = row.get(i);
            if (value == null) {
                continue;
            }
            Column column = columns.get(i);
            consumer.startField(column.name(), i);
            writeValue(column.type(), value);
            consumer.endField(column.name(), i);
        }
    }

    private void writeValue(ColumnType type, Object value) {
        if (value instanceof Utf8String encoded) {
            consumer.addBinary(Binary.fromConstantByteArray(encoded.bytes()));
        } else if (type instanceof ColumnType.Utf8) {
            consumer.addBinary(Binary.fromString((String) value));
        } else if (type instanceof ColumnType.Int32) {
            consumer.addInteger((Integer) value);
        } else if (type instanceof ColumnType.Date) {
            consumer.addInteger(Math.toIntExact(((LocalDate) value).toEpochDay()));
        } else if (type instanceof ColumnType.ListOf list) {
            List<?> items = (List<?>) value;
            consumer.startGroup();
            if (!items.isEmpty()) {
                consumer.startField(ParquetSchemas.LIST_GROUP, 0);
                for (Object item : items) {
                    consumer.startGroup();
                    consumer.startField(ParquetSchemas.LIST_ELEMENT, 0);
                    writeValue(list.element(), item);
                    consumer.endField(ParquetSchemas.LIST_ELEMENT, 0);
                    consumer.endGroup();
                }
                consumer.endField(ParquetSchemas.LIST_GROUP, 0);
            }
            consumer.endGroup();
        } else if (type instanceof ColumnType.Struct struct) {
            consumer.startGroup();
            writeFields(struct.fields(), (Row) value);
            consumer.endGroup();
        }
    }
}
