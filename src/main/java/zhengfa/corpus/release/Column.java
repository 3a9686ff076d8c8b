package zhengfa.corpus.release;

/** A named, typed, documented column of a release table. */
public record Column(String name, ColumnType type, boolean nullable, String description) {

    public static Column required(String name, ColumnType type, String description) {
        return new Column(name, type, false, description);
    }

    public static Column optional(String name, ColumnType type, String description) {
        return new Column(name, type, true, description);
    }
}
