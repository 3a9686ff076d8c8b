package zhengfa.corpus.writer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import zhengfa.corpus.table.Row;

/**
 * Writes the rows of one table to one file, in the order given. Writing a row may be split in two:
 * {@link #prepare}, which needs no file and may run on any thread, ahead of time, and
 * {@link #write(Prepared)}, which appends in order. A release uses the split to serialise rows on
 * the validation workers while one thread appends.
 */
public interface TableWriter extends AutoCloseable {

    /** A row made ready for one writer: the row, and the bytes the writer will append if it encodes ahead. */
    record Prepared(Row row, byte[] encoded) {}

    void write(Row row) throws IOException;

    /** Thread-safe, and touches no file; the default leaves all the work to {@link #write(Prepared)}. */
    default Prepared prepare(Row row) {
        return new Prepared(row, null);
    }

    /** Appends a row this writer prepared. */
    default void write(Prepared row) throws IOException {
        write(row.row());
    }

    /**
     * The SHA-256 (lowercase hex) of each file this writer hashed as it wrote it, valid once the
     * writer is closed. A file not listed has to be read back to be checksummed.
     */
    default Map<Path, String> checksums() {
        return Map.of();
    }

    @Override
    void close() throws IOException;
}
