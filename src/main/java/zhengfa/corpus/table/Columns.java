package zhengfa.corpus.table;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Columns declared together with how each reads its value from a source object: a table's schema
 * and its rows both come from this one list, so the two cannot drift apart (a swapped pair of
 * nullable strings would otherwise pass every type check).
 *
 * @param <S> what a row is made from, e.g. an article
 */
public final class Columns<S> {

    private record Bound<S>(Column column, Function<? super S, ?> getter) {}

    private final List<Bound<S>> bound;
    private final List<Column> columns;

    private Columns(List<Bound<S>> bound) {
        this.bound = List.copyOf(bound);
        this.columns = this.bound.stream().map(Bound::column).toList();
    }

    public static <S> Builder<S> builder() {
        return new Builder<>();
    }

    public List<Column> columns() {
        return columns;
    }

    /** The row of one source object: each column's value, read by its getter and checked against its type. */
    public Row row(S source) {
        Object[] values = new Object[bound.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = bound.get(i).getter().apply(source);
        }
        return Row.of(columns, values);
    }

    public static final class Builder<S> {

        private final List<Bound<S>> bound = new ArrayList<>();

        private Builder() {}

        public Builder<S> add(Column column, Function<? super S, ?> getter) {
            bound.add(new Bound<>(column, getter));
            return this;
        }

        /** Every column of {@code other}, reading its values from the part of the source that {@code part} picks. */
        public <T> Builder<S> addAll(Columns<T> other, Function<? super S, ? extends T> part) {
            for (Bound<T> b : other.bound) {
                Function<? super T, ?> getter = b.getter();
                bound.add(new Bound<>(b.column(), source -> getter.apply(part.apply(source))));
            }
            return this;
        }

        public Columns<S> build() {
            return new Columns<>(bound);
        }
    }
}
