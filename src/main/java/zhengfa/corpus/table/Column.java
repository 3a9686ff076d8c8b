package zhengfa.corpus.table;

/**
 * A named, typed, documented column of a release table.
 *
 * @param unique whether values (nearly) never repeat, like texts and hashes: writers skip
 *     dictionary encoding for such columns, where it costs time and saves nothing
 */
public record Column(String name, ColumnType type, boolean nullable, String description, boolean unique) {

    public Column(String name, ColumnType type, boolean nullable, String description) {
        this(name, type, nullable, description, false);
    }

    /** The same column, marked as holding (nearly) unique values. */
    public Column distinctValues() {
        return new Column(name, type, nullable, description, true);
    }

    public static Column required(String name, ColumnType type, String description) {
        return new Column(name, type, false, description);
    }

    public static Column optional(String name, ColumnType type, String description) {
        return new Column(name, type, true, description);
    }
}
