package zhengfa.corpus.table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One row of a table (or one struct value), values in column order: String (or the same string as
 * {@link Utf8String}), Integer, LocalDate, List or Row, or null where the column is nullable.
 */
public record Row(List<Object> values) {

    public Row {
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    public Object get(int index) {
        return values.get(index);
    }

    /** The same row with every string, nested ones included, encoded as UTF-8 once for all writers. */
    public Row withStringsEncoded() {
        List<Object> encoded = new ArrayList<>(values.size());
        for (Object value : values) {
            encoded.add(encode(value));
        }
        return new Row(encoded);
    }

    private static Object encode(Object value) {
        if (value instanceof String s) {
            return Utf8String.of(s);
        } else if (value instanceof Row row) {
            return row.withStringsEncoded();
        } else if (value instanceof List<?> items) {
            List<Object> encoded = new ArrayList<>(items.size());
            for (Object item : items) {
                encoded.add(encode(item));
            }
            return Collections.unmodifiableList(encoded);
        }
        return value;
    }

    /** Checks the values against the schema so that a writer never meets a value it cannot write. */
    public static Row of(List<Column> columns, Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " values, got " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            check(columns.get(i), values[i]);
        }
        return new Row(Arrays.asList(values));
    }

    private static void check(Column column, Object value) {
        if (value == null) {
            if (!column.nullable()) {
                throw new IllegalArgumentException("column " + column.name() + " is not nullable");
            }
            return;
        }
        if (!fits(column.type(), value)) {
            throw new IllegalArgumentException("column " + column.name() + " of type " + column.type() + " cannot hold "
                    + value.getClass().getSimpleName());
        }
    }

    private static boolean fits(ColumnType type, Object value) {
        if (type instanceof ColumnType.Utf8) {
            return value instanceof String || value instanceof Utf8String;
        } else if (type instanceof ColumnType.Int32) {
            return value instanceof Integer;
        } else if (type instanceof ColumnType.Date) {
            return value instanceof LocalDate;
        } else if (type instanceof ColumnType.ListOf list) {
            return value instanceof List<?> items && items.stream().allMatch(v -> v != null && fits(list.element(), v));
        } else if (type instanceof ColumnType.Struct struct) {
            return value instanceof Row row
                    && row.values().size() == struct.fields().size();
        }
        return false;
    }
}
