package zhengfa.corpus.writer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import zhengfa.corpus.table.Row;
import zhengfa.corpus.table.TableSchema;

/** A table writer whose failures name the file it writes (a full disk fails a write with no file in the message). */
public final class FileNamingTableWriter implements TableWriter {

    private final TableWriter writer;
    private final Path file;

    private FileNamingTableWriter(TableWriter writer, Path file) {
        this.writer = writer;
        this.file = file;
    }

    /** Opens the table's file with the format, naming the file in any failure from then on. */
    public static TableWriter open(TableFormat format, Path file, TableSchema schema) throws IOException {
        try {
            return new FileNamingTableWriter(format.open(file, schema), file);
        } catch (IOException e) {
            throw FileFailures.naming(file, e);
        }
    }

    @Override
    public void write(Row row) throws IOException {
        try {
            writer.write(row);
        } catch (IOException e) {
            throw FileFailures.naming(file, e);
        }
    }

    @Override
    public Prepared prepare(Row row) {
        return writer.prepare(row);
    }

    @Override
    public void write(Prepared row) throws IOException {
        try {
            writer.write(row);
        } catch (IOException e) {
            throw FileFailures.naming(file, e);
        }
    }

    @Override
    public Map<Path, String> checksums() {
        return writer.checksums();
    }

    @Override
    public void close() throws IOException {
        try {
            writer.close();
        } catch (IOException e) {
            throw FileFailures.naming(file, e);
        }
    }
}
