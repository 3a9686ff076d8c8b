package zhengfa.corpus.writer;

import java.io.IOException;
import java.nio.file.Path;
import zhengfa.corpus.table.TableSchema;

/** A file format a release table is written in. */
public interface TableFormat {

    /** Which format this is; its word is how {@code --formats} and the manifest name it. */
    FormatName kind();

    /** File name extension without the dot: {@code jsonl}, {@code jsonl.gz}, {@code parquet}. */
    default String extension() {
        return kind().word();
    }

    /** IANA media type, for the manifest. */
    String mediaType();

    /** Opens a writer on a new file; fails if the file exists. */
    TableWriter open(Path file, TableSchema schema) throws IOException;
}
