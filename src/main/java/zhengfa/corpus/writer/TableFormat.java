package zhengfa.corpus.writer;

import java.io.IOException;
import java.nio.file.Path;
import zhengfa.corpus.table.TableSchema;

/** A file format a release table is written in. */
public interface TableFormat {

    /** The format's name, as {@code --formats} and the manifest give it: {@code jsonl}, {@code parquet}, {@code arrow}. */
    String name();

    /** File name extension without the dot: {@code jsonl}, {@code jsonl.gz}, {@code parquet}. */
    default String extension() {
        return name();
    }

    /** IANA media type, for the manifest. */
    String mediaType();

    /** Opens a writer on a new file; fails if the file exists. */
    TableWriter open(Path file, TableSchema schema) throws IOException;
}
