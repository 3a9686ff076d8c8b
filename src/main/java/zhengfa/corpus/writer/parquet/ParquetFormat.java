package zhengfa.corpus.writer.parquet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import zhengfa.corpus.table.Column;
import zhengfa.corpus.table.Row;
import zhengfa.corpus.table.TableSchema;
import zhengfa.corpus.writer.FormatName;
import zhengfa.corpus.writer.TableFormat;
import zhengfa.corpus.writer.TableWriter;

/**
 * Parquet through parquet-java with a plain (non-Hadoop) configuration, a local output file and
 * zstd-jni, so no Hadoop jar is needed at run time. Column descriptions go into the file's
 * key-value metadata under {@value #DESCRIPTIONS_KEY}.
 */
public final class ParquetFormat implements TableFormat {

    public static final String DESCRIPTIONS_KEY = "zhengfa_corpus.column_descriptions";
    // Level 3 (zstd's default): levels above it cost several times the CPU for a few percent of size.
    static final int ZSTD_LEVEL = 3;
    // Each open writer buffers a row group in memory until it is flushed, so the live heap rises
    // and falls with the row groups of both tables: the peak of a run is the moment it catches
    // them fullest, and a long run catches fuller moments than a short one. Row groups of 4 MiB
    // (parquet-java's estimate) keep that swing to a few MB (docs/performance.md, "Memory").
    static final long ROW_GROUP_BYTES = 4L << 20;
    // parquet-java's estimate is the encoded size, which for the small, dictionary-encoded rows of
    // the annotations table is far below what it holds in memory (dictionaries, pages): without a
    // row cap one row group took a whole large table, and the heap peaked with the corpus.
    static final int ROW_GROUP_ROWS = 1 << 16;
    static final int PAGE_BYTES = 1 << 20;

    // A file is written in parts of about this many bytes (compressed, plus the row group being
    // buffered), joined when it closes (PartedFileWriter): parquet-java holds about 2 KB per column
    // chunk (metadata, column and offset indexes) until its file is closed, which grew with the
    // corpus (docs/performance.md, "Design for scale").
    static final long PART_BYTES = 16L << 20;

    private final ObjectMapper mapper = new ObjectMapper();
    private final long partBytes;

    public ParquetFormat() {
        this(PART_BYTES);
    }

    /** @param partBytes the size at which a file's current part is closed and the next begun */
    public ParquetFormat(long partBytes) {
        if (partBytes < 1) {
            throw new IllegalArgumentException("parts need at least one byte");
        }
        this.partBytes = partBytes;
    }

    @Override
    public FormatName kind() {
        return FormatName.PARQUET;
    }

    @Override
    public String mediaType() {
        return "application/vnd.apache.parquet";
    }

    @Override
    public TableWriter open(Path file, TableSchema schema) throws IOException {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(file.toString());
        }
        return new PartedFileWriter(file, part -> openPart(part, schema), partBytes);
    }

    private ParquetWriter<Row> openPart(Path file, TableSchema schema) throws IOException {
        RowWriteSupport support = new RowWriteSupport(schema, Map.of(DESCRIPTIONS_KEY, descriptions(schema)));
        Builder builder = new Builder(new LocalOutputFile(file), support);
        String sortKey = schema.columns().get(0).name();
        for (String path : uniqueColumnPaths(schema.columns(), "")) {
            builder.withDictionaryEncoding(path, false);
            // Min/max of texts and hashes never prune anything, yet parquet-java keeps them for
            // every row group and page until the file is closed (memory that grew with the
            // corpus) and writes them into the footer. The sort key keeps its statistics.
            if (!path.equals(sortKey)) {
                builder.withStatisticsEnabled(path, false);
            }
        }
        return builder.withConf(new PlainParquetConfiguration())
                .withCodecFactory(new ZstdCodecFactory(ZSTD_LEVEL))
                .withCompressionCodec(CompressionCodecName.ZSTD)
                .withWriteMode(ParquetFileWriter.Mode.CREATE)
                .withWriterVersion(ParquetProperties.WriterVersion.PARQUET_1_0)
                .withRowGroupSize(ROW_GROUP_BYTES)
                .withRowGroupRowCountLimit(ROW_GROUP_ROWS)
                .withPageSize(PAGE_BYTES)
                .withDictionaryEncoding(true)
                .withStatisticsEnabled(true)
                // Size statistics (per-page level histograms, Parquet 2.10) are held in memory per
                // page until the file closes and no reader of this release uses them.
                .withSizeStatisticsEnabled(false)
                .withPageWriteChecksumEnabled(true)
                .build();
    }

    /** Dotted Parquet paths of the columns whose values do not repeat (inside lists: list.element). */
    private static List<String> uniqueColumnPaths(List<Column> columns, String prefix) {
        List<String> paths = new ArrayList<>();
        for (Column column : columns) {
            if (column.unique()) {
                paths.add(prefix + column.name());
            }
            if (column.type() instanceof zhengfa.corpus.table.ColumnType.ListOf list
                    && list.element() instanceof zhengfa.corpus.table.ColumnType.Struct struct) {
                paths.addAll(uniqueColumnPaths(struct.fields(), prefix + column.name() + ".list.element."));
            }
        }
        return paths;
    }

    /** The Parquet schema a table is written with. */
    public static org.apache.parquet.schema.MessageType schemaOf(TableSchema table) {
        return ParquetSchemas.messageType(table);
    }

    private String descriptions(TableSchema schema) {
        ObjectNode node = mapper.createObjectNode();
        for (Column column : schema.columns()) {
            node.put(column.name(), column.description());
        }
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Builder extends ParquetWriter.Builder<Row, Builder> {
        private final WriteSupport<Row> support;

        Builder(OutputFile file, WriteSupport<Row> support) {
            super(file);
            this.support = support;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<Row> getWriteSupport(Configuration conf) {
            return support;
        }

        @Override
        protected WriteSupport<Row> getWriteSupport(ParquetConfiguration conf) {
            return support;
        }
    }
}
