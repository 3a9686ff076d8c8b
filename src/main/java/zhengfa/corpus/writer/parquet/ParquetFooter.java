package zhengfa.corpus.writer.parquet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.apache.parquet.format.converter.ParquetMetadataConverter;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.schema.MessageType;

/**
 * The footer of a Parquet file, read without Hadoop: parquet-java's ParquetFileReader builds Hadoop
 * codecs even to read metadata, so the footer is located by hand (length + "PAR1" at the end of the
 * file) and decoded by parquet-java's own metadata converter.
 */
public record ParquetFooter(long rows, MessageType schema, Map<String, String> keyValueMetadata, int rowGroups) {

    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

    public static ParquetFooter read(Path file) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            ParquetMetadata metadata = new ParquetMetadataConverter()
                    .readParquetMetadata(
                            new ByteArrayInputStream(footerBytes(channel, file)), ParquetMetadataConverter.NO_FILTER);
            long rows = metadata.getBlocks().stream()
                    .mapToLong(BlockMetaData::getRowCount)
                    .sum();
            return new ParquetFooter(
                    rows,
                    metadata.getFileMetaData().getSchema(),
                    metadata.getFileMetaData().getKeyValueMetaData(),
                    metadata.getBlocks().size());
        }
    }

    /** The encoded footer of the Parquet file open on {@code channel} ({@code file} names it in errors). */
    static byte[] footerBytes(SeekableByteChannel channel, Path file) throws IOException {
        long size = channel.size();
        if (size < 12) {
            throw new IOException(file + " is too small to be a Parquet file");
        }
        ByteBuffer tail = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        channel.position(size - 8);
        readFully(channel, tail);
        int length = tail.getInt(0);
        byte[] magic = {tail.get(4), tail.get(5), tail.get(6), tail.get(7)};
        if (!Arrays.equals(magic, MAGIC) || length <= 0 || length > size - 12) {
            throw new IOException(file + " does not end with a Parquet footer");
        }
        ByteBuffer footer = ByteBuffer.allocate(length);
        channel.position(size - 8 - length);
        readFully(channel, footer);
        return footer.array();
    }

    private static void readFully(SeekableByteChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                throw new IOException("unexpected end of file");
            }
        }
    }
}
