package zhengfa.corpus.writer.parquet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.apache.parquet.format.PageHeader;
import org.apache.parquet.format.PageType;
import org.apache.parquet.format.Util;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.internal.column.columnindex.ColumnIndex;
import org.apache.parquet.internal.column.columnindex.OffsetIndex;
import org.apache.parquet.io.LocalInputFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengfa.corpus.CorpusFixture;
import zhengfa.corpus.Slow;
import zhengfa.corpus.bench.CorpusGenerator;
import zhengfa.corpus.dataset.AnnotationsTable;
import zhengfa.corpus.dataset.ArticlesTable;
import zhengfa.corpus.release.ReleaseFixture;
import zhengfa.corpus.writer.TableWriter;

/**
 * A Parquet file written in many parts and joined must hold the same rows, in the same order, as
 * the file written in one piece, and every offset in it (row groups, pages, column and offset
 * indexes) must point at what it names: checked with DuckDB for the values and with
 * parquet-java's own reader, page header by page header, for the offsets.
 */
@Slow
class PartedParquetFileTest {

    // Small enough that a few hundred articles make dozens of parts of one or two row groups.
    private static final long TINY_PARTS = 48 * 1024;

    @TempDir
    static Path tmp;

    static Path whole;
    static Path parted;

    @BeforeAll
    static void cutTwice() throws IOException {
        Path corpus = tmp.resolve("corpus");
        new CorpusGenerator(CorpusFixture.seedCorpus(), CorpusFixture.seedSchema(), 7).generate(corpus, 300);
        whole = cut(corpus, tmp.resolve("whole"), new ParquetFormat());
        parted = cut(corpus, tmp.resolve("parted"), new ParquetFormat(TINY_PARTS));
    }

    private static Path cut(Path corpus, Path dist, ParquetFormat format) throws IOException {
        return ReleaseFixture.written(ReleaseFixture.cut(corpus, dist, "0.1.0", List.of(format)))
                .resolve("data");
    }

    private static Stream<String> tables() {
        return Stream.of(ArticlesTable.SCHEMA.name(), AnnotationsTable.SCHEMA.name());
    }

    @Test
    void theJoinedFilesHoldManyPartsAndNoPartIsLeftBehind() throws IOException {
        for (String table : tables().toList()) {
            int wholeGroups =
                    ParquetFooter.read(whole.resolve(table + ".parquet")).rowGroups();
            int partedGroups =
                    ParquetFooter.read(parted.resolve(table + ".parquet")).rowGroups();
            assertTrue(
                    partedGroups >= 10 * wholeGroups,
                    table + ": " + partedGroups + " row groups against " + wholeGroups);
        }
        try (Stream<Path> files = Files.list(parted)) {
            assertEquals(
                    List.of("annotations.parquet", "articles.parquet"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void theJoinedFileHoldsTheSameRowsInTheSameOrder() throws Exception {
        for (String table : tables().toList()) {
            String wholeRows = rowsDigest(whole.resolve(table + ".parquet"));
            assertEquals(wholeRows, rowsDigest(parted.resolve(table + ".parquet")), table);
        }
    }

    /** The rows as JSON, in file order, hashed; with their count, so that an empty table cannot pass. */
    private static String rowsDigest(Path file) throws Exception {
        String path = file.toString().replace("'", "''");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT count(*) || ' ' || md5(string_agg(to_json(t)::VARCHAR, chr(10) ORDER BY file_row_number)) "
                                + "FROM read_parquet('" + path + "', file_row_number = true) t")) {
            assertTrue(rs.next());
            String digest = rs.getString(1);
            assertFalse(digest.startsWith("0 "), file + " is empty");
            return digest;
        }
    }

    @Test
    void everyOffsetIndexNamesThePagesOfItsChunk() throws IOException {
        for (String table : tables().toList()) {
            Path file = parted.resolve(table + ".parquet");
            int pages = 0;
            try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file));
                    FileChannel channel = FileChannel.open(file)) {
                for (BlockMetaData block : reader.getFooter().getBlocks()) {
                    for (ColumnChunkMetaData chunk : block.getColumns()) {
                        OffsetIndex index = reader.readOffsetIndex(chunk);
                        assertNotNull(index, chunk.getPath() + " has no offset index");
                        assertEquals(
                                chunk.getFirstDataPageOffset(),
                                index.getOffset(0),
                                chunk.getPath().toString());
                        int last = index.getPageCount() - 1;
                        assertEquals(
                                chunk.getStartingPos() + chunk.getTotalSize(),
                                index.getOffset(last) + index.getCompressedPageSize(last),
                                chunk.getPath().toString());
                        for (int page = 0; page <= last; page++) {
                            assertTrue(
                                    page == 0
                                            ? index.getFirstRowIndex(0) == 0
                                            : index.getFirstRowIndex(page) > index.getFirstRowIndex(page - 1),
                                    chunk.getPath() + " page " + page);
                            // The bytes at the page's offset are a data page header followed by
                            // exactly the page's compressed bytes.
                            ByteBuffer bytes = ByteBuffer.allocate(index.getCompressedPageSize(page));
                            channel.read(bytes, index.getOffset(page));
                            ByteArrayInputStream in = new ByteArrayInputStream(bytes.array());
                            PageHeader header = Util.readPageHeader(in);
                            assertEquals(PageType.DATA_PAGE, header.getType(), chunk.getPath() + " page " + page);
                            int headerLength = bytes.capacity() - in.available();
                            assertEquals(
                                    index.getCompressedPageSize(page),
                                    headerLength + header.getCompressed_page_size(),
                                    chunk.getPath() + " page " + page);
                            pages++;
                        }
                    }
                }
            }
            assertTrue(pages > 100, table + ": only " + pages + " pages");
        }
    }

    @Test
    void theSortKeysColumnIndexesBoundTheirRowGroupsIds() throws IOException {
        Path file = parted.resolve(ArticlesTable.SCHEMA.name() + ".parquet");
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
            String previousMax = "";
            for (BlockMetaData block : reader.getFooter().getBlocks()) {
                ColumnChunkMetaData id = block.getColumns().get(0);
                assertEquals("id", id.getPath().toDotString());
                ColumnIndex index = reader.readColumnIndex(id);
                assertNotNull(index, "the id column has no column index");
                String min = decode(index.getMinValues().get(0));
                String max =
                        decode(index.getMaxValues().get(index.getMaxValues().size() - 1));
                assertEquals(decode(id.getStatistics().getMinBytes()), min);
                assertEquals(decode(id.getStatistics().getMaxBytes()), max);
                assertTrue(
                        previousMax.compareTo(min) < 0, "row groups out of id order: " + previousMax + " then " + min);
                previousMax = max;
            }
        }
    }

    private static String decode(ByteBuffer bytes) {
        return StandardCharsets.UTF_8.decode(bytes.duplicate()).toString();
    }

    private static String decode(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void thePartedReleaseIsByteIdenticalWhenCutAgain() throws IOException {
        Path corpus = tmp.resolve("corpus");
        Path again = cut(corpus, tmp.resolve("again"), new ParquetFormat(TINY_PARTS));
        for (String table : tables().toList()) {
            assertArrayEquals(
                    Files.readAllBytes(parted.resolve(table + ".parquet")),
                    Files.readAllBytes(again.resolve(table + ".parquet")),
                    table);
        }
    }

    @Test
    void aFileThatExistsIsNotOpened(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("articles.parquet"), "not ours");
        assertThrows(FileAlreadyExistsException.class, () -> new ParquetFormat().open(file, ArticlesTable.SCHEMA));
        assertEquals("not ours", Files.readString(file));
    }

    @Test
    void anEmptyTableIsOneFileWithItsSchema(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("annotations.parquet");
        try (TableWriter writer = new ParquetFormat(1).open(file, AnnotationsTable.SCHEMA)) {
            // no rows
        }
        ParquetFooter footer = ParquetFooter.read(file);
        assertEquals(0, footer.rows());
        assertEquals(ParquetFormat.schemaOf(AnnotationsTable.SCHEMA), footer.schema());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void aJoinThatFailsLeavesNoPartBehind(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("articles.parquet");
        TableWriter writer = new ParquetFormat(1).open(file, ArticlesTable.SCHEMA);
        // Someone else's file appears where the table was to go: closing must fail, keep it, and
        // still remove the part it wrote.
        Files.writeString(file, "not ours");
        assertThrows(FileAlreadyExistsException.class, writer::close);
        assertEquals("not ours", Files.readString(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void partsOfAnotherSchemaAreRefusedAndLeaveNoJoinedFile(@TempDir Path dir) throws IOException {
        Path articles = emptyTable(dir.resolve("a.parquet"), ArticlesTable.SCHEMA);
        Path spans = emptyTable(dir.resolve("b.parquet"), AnnotationsTable.SCHEMA);
        Path joined = dir.resolve("joined.parquet");
        IOException refused =
                assertThrows(IOException.class, () -> ParquetConcatenation.join(List.of(articles, spans), joined));
        assertTrue(refused.getMessage().contains("another schema"), refused.getMessage());
        assertFalse(Files.exists(joined));
    }

    @Test
    void joiningNeverOverwritesAFile(@TempDir Path dir) throws IOException {
        Path articles = emptyTable(dir.resolve("a.parquet"), ArticlesTable.SCHEMA);
        Path existing = Files.writeString(dir.resolve("joined.parquet"), "not ours");
        assertThrows(
                FileAlreadyExistsException.class,
                () -> ParquetConcatenation.join(List.of(articles, articles), existing));
        assertEquals("not ours", Files.readString(existing));
    }

    private static Path emptyTable(Path file, zhengfa.corpus.table.TableSchema schema) throws IOException {
        try (TableWriter writer = new ParquetFormat().open(file, schema)) {
            // no rows
        }
        return file;
    }
}
