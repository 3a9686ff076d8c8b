package zhengfa.corpus.writer;

import java.io.IOException;
import zhengfa.corpus.release.Row;

/** Writes the rows of one table to one file, in the order given. */
public interface TableWriter extends AutoCloseable {

    void write(Row row) throws IOException;

    @Override
    void close() throws IOException;
}
