package zhengfa.corpus.table;

import java.util.List;

/** The one declared schema of a release table; every writer and every metadata file derives from it. */
public record TableSchema(String name, String description, List<Column> columns) {

    public TableSchema {
        columns = List.copyOf(columns);
    }

    public int indexOf(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + column + " in " + name);
    }
}
