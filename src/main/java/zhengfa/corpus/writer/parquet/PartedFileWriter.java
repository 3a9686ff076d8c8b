package zhengfa.corpus.writer.parquet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.hadoop.ParquetWriter;
import zhengfa.corpus.table.Row;
import zhengfa.corpus.writer.TableWriter;

/**
 * Writes one Parquet file as a run of parts next to it ({@code .<name>.part-00000}, …), each
 * closed once it holds {@code partBytes}, and joins them into the file on {@link #close()}. A
 * file of one part is simply renamed, so small tables come out exactly as parquet-java wrote
 * them. The parts are removed however the writer ends; the release around them is written in a
 * staging folder that is discarded when anything fails.
 */
final class PartedFileWriter implements TableWriter {

    interface PartOpener {
        ParquetWriter<Row> open(Path part) throws IOException;
    }

    // Asking parquet-java for its size walks every column's buffers: not for every row.
    private static final int ROWS_BETWEEN_SIZE_CHECKS = 8;

    private final Path file;
    private final PartOpener opener;
    private final long partBytes;
    private final List<Path> parts = new ArrayList<>();
    private ParquetWriter<Row> current;
    private int rowsSinceCheck;

    PartedFileWriter(Path file, PartOpener opener, long partBytes) {
        this.file = file;
        this.opener = opener;
        this.partBytes = partBytes;
    }

    @Override
    public void write(Row row) throws IOException {
        if (current == null) {
            openPart();
        }
        current.write(row);
        if (++rowsSinceCheck >= ROWS_BETWEEN_SIZE_CHECKS) {
            rowsSinceCheck = 0;
            if (current.getDataSize() >= partBytes) {
                ParquetWriter<Row> full = current;
                current = null;
                full.close();
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (current == null && parts.isEmpty()) {
                // An empty table is still a file, so readers find its schema.
                openPart();
            }
            if (current != null) {
                ParquetWriter<Row> last = current;
                current = null;
                last.close();
            }
            if (parts.size() == 1) {
                Files.move(parts.get(0), file);
            } else {
                ParquetConcatenation.join(parts, file);
            }
        } finally {
            for (Path part : parts) {
                Files.deleteIfExists(part);
            }
        }
    }

    private void openPart() throws IOException {
        Path part = file.resolveSibling(String.format(".%s.part-%05d", file.getFileName(), parts.size()));
        parts.add(part);
        current = opener.open(part);
        rowsSinceCheck = 0;
    }
}
