package zhengfa.corpus.dataset;

import java.util.List;
import zhengfa.corpus.table.TableSchema;

/** The names inside a release folder, and its tables: what writers, readers and the verifier agree on. */
public final class ReleaseFiles {

    public static final String DATA_DIR = "data";
    public static final String SUMS_FILE = "SHA256SUMS";
    public static final String MANIFEST = "manifest.json";
    public static final String SCHEMA_DIR = "schema";
    /** The tables of every release, in the order the manifest lists them. */
    public static final List<TableSchema> TABLES = List.of(ArticlesTable.SCHEMA, AnnotationsTable.SCHEMA);

    private ReleaseFiles() {}
}
