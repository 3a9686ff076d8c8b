package zhengfa.corpus.writer.arrow;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.message.ArrowBlock;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The read side of {@link ArrowFormat}: what an Arrow IPC file holds, as the verifier checks it.
 * The row count is the sum of the record batches' lengths, read batch by batch, so a file of any
 * size is read in the memory of one batch.
 */
public record ArrowFileSummary(Schema schema, long rows, int batches) {

    public static ArrowFileSummary read(Path file) throws IOException {
        try (BufferAllocator allocator = new RootAllocator();
             FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
             ArrowFileReader reader = new ArrowFileReader(channel, allocator)) {
            Schema schema = reader.getVectorSchemaRoot().getSchema();
            long rows = 0;
            int batches = 0;
            for (ArrowBlock block : reader.getRecordBlocks()) {
                if (!reader.loadRecordBatch(block)) {
                    throw new IOException(file + ": record batch " + batches + " cannot be read");
                }
                rows += reader.getVectorSchemaRoot().getRowCount();
                batches++;
            }
            return new ArrowFileSummary(schema, rows, batches);
        }
    }
}
