package zhengfa.corpus.table;

import java.util.List;

/**
 * The logical type of a release column. Every writer maps these the same way (see each writer),
 * so JSONL, Parquet and Arrow carry the same typed values.
 */
public sealed interface ColumnType {

    ColumnType STRING = new Utf8();
    ColumnType INT32 = new Int32();
    ColumnType DATE = new Date();

    /** UTF-8 text. */
    record Utf8() implements ColumnType {}

    /** Signed 32-bit integer. */
    record Int32() implements ColumnType {}

    /** A calendar day (no time, no zone): Parquet DATE, Arrow date32, JSON "YYYY-MM-DD". */
    record Date() implements ColumnType {}

    /** A list of values of one type (elements are never null). */
    record ListOf(ColumnType element) implements ColumnType {}

    /** A record of named fields; values are {@link Row}s in field order. */
    record Struct(List<Column> fields) implements ColumnType {
        public Struct {
            fields = List.copyOf(fields);
        }
    }

    static ColumnType listOf(ColumnType element) {
        return new ListOf(element);
    }
}
