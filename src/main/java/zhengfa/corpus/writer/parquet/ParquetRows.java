package zhengfa.corpus.writer.parquet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.format.converter.ParquetMetadataConverter;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import zhengfa.corpus.table.Column;
import zhengfa.corpus.table.ColumnType;
import zhengfa.corpus.table.TableSchema;

/**
 * The read side of {@link ParquetFormat}: the rows of a Parquet file the tool wrote, as JSON
 * objects in the form the JSON Lines hold them (strings, integers, dates as {@code YYYY-MM-DD},
 * lists as arrays, structs as objects), so that the two files can be compared value for value.
 * Read without Hadoop, a row group at a time, a page per column in memory ({@link ChunkPages}).
 */
public final class ParquetRows implements Iterator<JsonNode>, AutoCloseable {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final SeekableByteChannel channel;
    private final List<Column> columns;
    private final MessageType fileSchema;
    private final Iterator<BlockMetaData> blocks;
    private final MessageColumnIO columnIO;
    private RecordReader<Group> records;
    private long left;

    private ParquetRows(SeekableByteChannel channel, TableSchema table, ParquetMetadata footer) {
        this.channel = channel;
        this.columns = table.columns();
        this.fileSchema = footer.getFileMetaData().getSchema();
        this.blocks = footer.getBlocks().iterator();
        this.columnIO = new ColumnIOFactory().getColumnIO(fileSchema);
    }

    /**
     * @param table the declared table the file holds (for a partition, the part's schema without the
     *              partition column); its columns give the rows' keys and their order
     */
    public static ParquetRows open(Path file, TableSchema table) throws IOException {
        SeekableByteChannel channel = Files.newByteChannel(file);
        try {
            ParquetMetadata footer = new ParquetMetadataConverter()
                    .readParquetMetadata(
                            new ByteArrayInputStream(ParquetFooter.footerBytes(channel, file)),
                            ParquetMetadataConverter.NO_FILTER);
            return new ParquetRows(channel, table, footer);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public boolean hasNext() {
        try {
            while (left == 0) {
                if (!blocks.hasNext()) {
                    return false;
                }
                BlockMetaData block = blocks.next();
                records = columnIO.getRecordReader(
                        ChunkPages.read(channel, block, fileSchema), new GroupRecordConverter(fileSchema));
                left = block.getRowCount();
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public JsonNode next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        left--;
        return object(records.read(), columns);
    }

    private static ObjectNode object(Group group, List<Column> fields) {
        ObjectNode object = JSON.objectNode();
        for (Column column : fields) {
            object.set(
                    column.name(),
                    group.getFieldRepetitionCount(column.name()) == 0
                            ? JSON.nullNode()
                            : value(group, column.name(), column.type()));
        }
        return object;
    }

    private static JsonNode value(Group group, String field, ColumnType type) {
        if (type instanceof ColumnType.Utf8) {
            return JSON.textNode(group.getString(field, 0));
        } else if (type instanceof ColumnType.Int32) {
            return JSON.numberNode(group.getInteger(field, 0));
        } else if (type instanceof ColumnType.Date) {
            return JSON.textNode(
                    LocalDate.ofEpochDay(group.getInteger(field, 0)).toString());
        } else if (type instanceof ColumnType.ListOf list) {
            Group holder = group.getGroup(field, 0);
            ArrayNode array = JSON.arrayNode();
            int n = holder.getFieldRepetitionCount(ParquetSchemas.LIST_GROUP);
            for (int i = 0; i < n; i++) {
                array.add(value(
                        holder.getGroup(ParquetSchemas.LIST_GROUP, i), ParquetSchemas.LIST_ELEMENT, list.element()));
            }
            return array;
        } else if (type instanceof ColumnType.Struct struct) {
            return object(group.getGroup(field, 0), struct.fields());
        }
        throw new IllegalArgumentException("no JSON form for " + type);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
