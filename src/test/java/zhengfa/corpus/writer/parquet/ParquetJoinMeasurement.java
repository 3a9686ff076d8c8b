package zhengfa.corpus.writer.parquet;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.rewrite.ParquetRewriter;
import org.apache.parquet.hadoop.rewrite.RewriteOptions;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * The measurement behind docs/design.md's note on joining Parquet parts: the same parts joined by
 * {@link ParquetConcatenation}, by parquet-java's {@code ParquetFileWriter.appendFile}, and by its
 * {@code rewrite} package ({@code ParquetRewriter}, which merges files). Run each join in its own
 * JVM with a small {@code -Xmx} to see which holds its memory flat:
 *
 * <pre>
 * java -cp … zhengfa.corpus.writer.parquet.ParquetJoinMeasurement parts DIR PARTS ROW_GROUPS_PER_PART
 * java -Xmx32m -cp … zhengfa.corpus.writer.parquet.ParquetJoinMeasurement join ours|append|rewrite DIR OUT
 * java -cp … zhengfa.corpus.writer.parquet.ParquetJoinMeasurement describe OUT
 * </pre>
 *
 * {@code describe} prints the file's size, its row groups, and how many column chunks kept their
 * offset index and column index (the page indexes readers skip pages with).
 */
public final class ParquetJoinMeasurement {

    /** As many columns as the release's articles table has, of its kinds: strings and numbers. */
    private static final int STRING_COLUMNS = 14;

    private static final int NUMBER_COLUMNS = 8;
    private static final int ROWS_PER_GROUP = 100;

    private ParquetJoinMeasurement() {}

    private static MessageType schema() {
        StringBuilder s = new StringBuilder("message article {\n");
        for (int i = 0; i < STRING_COLUMNS; i++) {
            s.append("  required binary s").append(i).append(" (STRING);\n");
        }
        for (int i = 0; i < NUMBER_COLUMNS; i++) {
            s.append("  required int64 n").append(i).append(";\n");
        }
        return MessageTypeParser.parseMessageType(s.append("}").toString());
    }

    private static void writeParts(Path dir, int parts, int groupsPerPart) throws IOException {
        Files.createDirectories(dir);
        MessageType schema = schema();
        SimpleGroupFactory groups = new SimpleGroupFactory(schema);
        long row = 0;
        for (int p = 0; p < parts; p++) {
            Path part = dir.resolve(String.format("part-%05d.parquet", p));
            try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(part))
                    .withType(schema)
                    .withCompressionCodec(CompressionCodecName.ZSTD)
                    .withRowGroupRowCountLimit(ROWS_PER_GROUP)
                    .withPageRowCountLimit(ROWS_PER_GROUP)
                    .build()) {
                for (int r = 0; r < groupsPerPart * ROWS_PER_GROUP; r++, row++) {
                    Group g = groups.newGroup();
                    for (int i = 0; i < STRING_COLUMNS; i++) {
                        g.add("s" + i, String.format("article-%09d-%d", row, i));
                    }
                    for (int i = 0; i < NUMBER_COLUMNS; i++) {
                        g.add("n" + i, row * (i + 1));
                    }
                    writer.write(g);
                }
            }
        }
    }

    private static List<Path> parts(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("part-"))
                    .sorted()
                    .toList();
        }
    }

    private static void join(String how, Path dir, Path out) throws IOException {
        List<Path> parts = parts(dir);
        Files.deleteIfExists(out);
        switch (how) {
            case "ours" -> ParquetConcatenation.join(parts, out);
            case "append" -> {
                ParquetFileWriter writer = new ParquetFileWriter(
                        new LocalOutputFile(out),
                        schema(),
                        ParquetFileWriter.Mode.CREATE,
                        ParquetWriter.DEFAULT_BLOCK_SIZE,
                        ParquetWriter.MAX_PADDING_SIZE_DEFAULT);
                writer.start();
                for (Path part : parts) {
                    writer.appendFile(new LocalInputFile(part));
                }
                writer.end(java.util.Map.of());
            }
            case "rewrite" -> {
                List<InputFile> inputs = new ArrayList<>();
                parts.forEach(p -> inputs.add(new LocalInputFile(p)));
                RewriteOptions options = new RewriteOptions.Builder(
                                new PlainParquetConfiguration(), inputs, new LocalOutputFile(out))
                        .build();
                try (ParquetRewriter rewriter = new ParquetRewriter(options)) {
                    rewriter.processBlocks();
                }
            }
            default -> throw new IllegalArgumentException("join ours, append or rewrite, not " + how);
        }
    }

    private static String describe(Path file) throws IOException {
        int groups = 0;
        int chunks = 0;
        int offsetIndexes = 0;
        int columnIndexes = 0;
        long rows = 0;
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
            for (BlockMetaData block : reader.getFooter().getBlocks()) {
                groups++;
                rows += block.getRowCount();
                for (ColumnChunkMetaData chunk : block.getColumns()) {
                    chunks++;
                    offsetIndexes += reader.readOffsetIndex(chunk) == null ? 0 : 1;
                    columnIndexes += reader.readColumnIndex(chunk) == null ? 0 : 1;
                }
            }
        }
        return String.format(
                "%d bytes, %d rows, %d row groups, %d column chunks: %d with an offset index, %d with a column index",
                Files.size(file), rows, groups, chunks, offsetIndexes, columnIndexes);
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length == 4 && args[0].equals("parts")) {
            writeParts(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            out.println("wrote " + parts(Path.of(args[1])).size() + " parts in " + args[1]);
        } else if (args.length == 4 && args[0].equals("join")) {
            long start = System.nanoTime();
            join(args[1], Path.of(args[2]), Path.of(args[3]));
            long millis = (System.nanoTime() - start) / 1_000_000;
            out.printf(
                    "%s: joined in %d ms with a heap of at most %d MiB%n",
                    args[1], millis, Runtime.getRuntime().maxMemory() >> 20);
        } else if (args.length == 2 && args[0].equals("describe")) {
            // its own command: reading a footer of many row groups takes memory the join must not be charged
            out.println(describe(Path.of(args[1])));
        } else {
            out.println(
                    "usage: parts DIR PARTS ROW_GROUPS_PER_PART | join ours|append|rewrite DIR OUT | describe FILE");
            System.exit(2);
        }
    }
}
