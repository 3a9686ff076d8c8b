package zhengfa.corpus.writer.parquet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.page.DataPage;
import org.apache.parquet.column.page.DataPageV1;
import org.apache.parquet.column.page.DataPageV2;
import org.apache.parquet.column.page.DictionaryPage;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.column.page.PageReader;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.format.DataPageHeader;
import org.apache.parquet.format.DataPageHeaderV2;
import org.apache.parquet.format.PageHeader;
import org.apache.parquet.format.PageType;
import org.apache.parquet.format.Util;
import org.apache.parquet.format.converter.ParquetMetadataConverter;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.MessageType;

/**
 * The pages of one row group, read without Hadoop: parquet-java's ParquetFileReader needs Hadoop's
 * codec classes even to be configured, so each column chunk is read from the offsets the footer
 * gives, its page headers decoded by parquet-format's {@link Util}, and its pages decompressed with
 * the codec the writer used. parquet-column turns the pages into records ({@link ParquetRows}).
 */
final class ChunkPages implements PageReadStore {

    private final long rows;
    private final Map<String, Chunk> chunks = new HashMap<>();

    private ChunkPages(long rows) {
        this.rows = rows;
    }

    /**
     * The row group's pages, read lazily: each column's next page is read from the channel when
     * parquet-column asks for it, so memory holds a page per column, not the row group.
     */
    static ChunkPages read(SeekableByteChannel channel, BlockMetaData block, MessageType schema) throws IOException {
        ChunkPages pages = new ChunkPages(block.getRowCount());
        ParquetMetadataConverter converter = new ParquetMetadataConverter();
        ZstdCodecFactory zstd = new ZstdCodecFactory(ParquetFormat.ZSTD_LEVEL);
        for (ColumnChunkMetaData column : block.getColumns()) {
            ColumnDescriptor descriptor =
                    schema.getColumnDescription(column.getPath().toArray());
            pages.chunks.put(column.getPath().toDotString(), new Chunk(channel, column, descriptor, converter, zstd));
        }
        return pages;
    }

    @Override
    public PageReader getPageReader(ColumnDescriptor descriptor) {
        Chunk chunk = chunks.get(String.join(".", descriptor.getPath()));
        if (chunk == null) {
            throw new IllegalArgumentException("no column chunk for " + String.join(".", descriptor.getPath()));
        }
        return chunk;
    }

    @Override
    public long getRowCount() {
        return rows;
    }

    /** One column chunk's pages, read from the channel in order as they are asked for. */
    private static final class Chunk implements PageReader {
        private final SeekableByteChannel channel;
        private final ColumnChunkMetaData column;
        private final ColumnDescriptor descriptor;
        private final ParquetMetadataConverter converter;
        private final ZstdCodecFactory zstd;
        private final DictionaryPage dictionary;
        private long position;
        private long valuesRead;

        Chunk(
                SeekableByteChannel channel,
                ColumnChunkMetaData column,
                ColumnDescriptor descriptor,
                ParquetMetadataConverter converter,
                ZstdCodecFactory zstd)
                throws IOException {
            this.channel = channel;
            this.column = column;
            this.descriptor = descriptor;
            this.converter = converter;
            this.zstd = zstd;
            this.position = column.getStartingPos();
            long start = position;
            PageHeader first = header();
            if (first.getType() == PageType.DICTIONARY_PAGE) {
                dictionary = new DictionaryPage(
                        decompress(body(first), first.getUncompressed_page_size()),
                        first.getDictionary_page_header().getNum_values(),
                        converter.getEncoding(first.getDictionary_page_header().getEncoding()));
            } else {
                dictionary = null;
                position = start;
            }
        }

        private PageHeader header() throws IOException {
            channel.position(position);
            InputStream in = Channels.newInputStream(channel);
            PageHeader header = Util.readPageHeader(in);
            position = channel.position();
            return header;
        }

        private byte[] body(PageHeader header) throws IOException {
            ByteBuffer body = ByteBuffer.allocate(header.getCompressed_page_size());
            channel.position(position);
            while (body.hasRemaining()) {
                if (channel.read(body) < 0) {
                    throw new IOException(
                            "a page of " + column.getPath() + " ends before its " + body.capacity() + " bytes");
                }
            }
            position = channel.position();
            return body.array();
        }

        @Override
        public DictionaryPage readDictionaryPage() {
            return dictionary;
        }

        @Override
        public long getTotalValueCount() {
            return column.getValueCount();
        }

        @Override
        public DataPage readPage() {
            try {
                while (valuesRead < column.getValueCount()) {
                    PageHeader header = header();
                    byte[] body = body(header);
                    switch (header.getType()) {
                        case DATA_PAGE -> {
                            DataPageHeader data = header.getData_page_header();
                            valuesRead += data.getNum_values();
                            return new DataPageV1(
                                    decompress(body, header.getUncompressed_page_size()),
                                    data.getNum_values(),
                                    header.getUncompressed_page_size(),
                                    Statistics.createStats(descriptor.getPrimitiveType()),
                                    converter.getEncoding(data.getRepetition_level_encoding()),
                                    converter.getEncoding(data.getDefinition_level_encoding()),
                                    converter.getEncoding(data.getEncoding()));
                        }
                        case DATA_PAGE_V2 -> {
                            DataPageHeaderV2 data = header.getData_page_header_v2();
                            valuesRead += data.getNum_values();
                            int repetition = data.getRepetition_levels_byte_length();
                            int levels = repetition + data.getDefinition_levels_byte_length();
                            byte[] values = Arrays.copyOfRange(body, levels, body.length);
                            return DataPageV2.uncompressed(
                                    data.getNum_rows(),
                                    data.getNum_nulls(),
                                    data.getNum_values(),
                                    BytesInput.from(Arrays.copyOfRange(body, 0, repetition)),
                                    BytesInput.from(Arrays.copyOfRange(body, repetition, levels)),
                                    converter.getEncoding(data.getEncoding()),
                                    data.isIs_compressed()
                                            ? decompress(values, header.getUncompressed_page_size() - levels)
                                            : BytesInput.from(values),
                                    Statistics.createStats(descriptor.getPrimitiveType()));
                        }
                        default -> {} // index pages carry nothing the records need
                    }
                }
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private BytesInput decompress(byte[] body, int size) throws IOException {
            CompressionCodecName codec = column.getCodec();
            return switch (codec) {
                case UNCOMPRESSED -> BytesInput.from(body);
                case ZSTD ->
                    BytesInput.from(zstd.getDecompressor(codec)
                            .decompress(BytesInput.from(body), size)
                            .toByteArray());
                default ->
                    throw new IOException("pages compressed with " + codec + " cannot be read without Hadoop;"
                            + " the tool writes ZSTD");
            };
        }
    }
}
