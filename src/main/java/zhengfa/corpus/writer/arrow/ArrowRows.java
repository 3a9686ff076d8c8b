package zhengfa.corpus.writer.arrow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.complex.StructVector;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The read side of {@link ArrowFormat}: the rows of an Arrow IPC file it wrote, as the JSON values the JSON Lines
 * file holds for the same row (dates as ISO strings, lists as arrays, structs as objects), so the
 * verifier compares the two formats value by value. One record batch is in memory at a time.
 */
public final class ArrowRows implements Iterator<JsonNode>, AutoCloseable {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final BufferAllocator allocator;
    private final FileChannel channel;
    private final ArrowFileReader reader;
    private int row;
    private boolean loaded;

    private ArrowRows(BufferAllocator allocator, FileChannel channel, ArrowFileReader reader) {
        this.allocator = allocator;
        this.channel = channel;
        this.reader = reader;
    }

    public static ArrowRows open(Path file) throws IOException {
        BufferAllocator allocator = new RootAllocator();
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
            return new ArrowRows(allocator, channel, new ArrowFileReader(channel, allocator));
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            allocator.close();
            throw e;
        }
    }

    /** The file's schema, read from its footer; fails when the file is not Arrow IPC. */
    public Schema schema() throws IOException {
        return reader.getVectorSchemaRoot().getSchema();
    }

    @Override
    public boolean hasNext() {
        try {
            while (!loaded || row >= batch().getRowCount()) {
                if (!reader.loadNextBatch()) {
                    return false;
                }
                loaded = true;
                row = 0;
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
        ObjectNode object = JSON.objectNode();
        for (FieldVector vector : batch().getFieldVectors()) {
            object.set(vector.getName(), value(vector, row));
        }
        row++;
        return object;
    }

    private VectorSchemaRoot batch() {
        try {
            return reader.getVectorSchemaRoot();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode value(FieldVector vector, int i) {
        if (vector.isNull(i)) {
            return JSON.nullNode();
        } else if (vector instanceof VarCharVector v) {
            return JSON.textNode(new String(v.get(i), StandardCharsets.UTF_8));
        } else if (vector instanceof IntVector v) {
            return JSON.numberNode(v.get(i));
        } else if (vector instanceof DateDayVector v) {
            return JSON.textNode(LocalDate.ofEpochDay(v.get(i)).toString());
        } else if (vector instanceof ListVector v) {
            ArrayNode array = JSON.arrayNode();
            for (int j = v.getElementStartIndex(i); j < v.getElementEndIndex(i); j++) {
                array.add(value(v.getDataVector(), j));
            }
            return array;
        } else if (vector instanceof StructVector v) {
            ObjectNode object = JSON.objectNode();
            for (FieldVector child : v.getChildrenFromFields()) {
                object.set(child.getName(), value(child, i));
            }
            return object;
        }
        throw new IllegalArgumentException(
                "no JSON form for an Arrow " + vector.getField().getType());
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            channel.close();
            allocator.close();
        }
    }
}
