package zhengfa.corpus.writer.partition;

/**
 * How a table's Parquet data is laid out: one file (the default), Hive-style partitions by year
 * ({@code data/<table>/year=2023/part-00000.parquet}, the year column then lives in the path), or
 * fixed-size shards ({@code data/<table>/part-00000.parquet}). Spark's {@code read.parquet(dir)}
 * and DuckDB's {@code read_parquet('dir/**\/*.parquet', hive_partitioning = true)} read either
 * folder as one table.
 */
public sealed interface ParquetLayout extends java.io.Serializable {

    String PARTITION_COLUMN = "year";

    record Single() implements ParquetLayout {}

    record ByYear() implements ParquetLayout {}

    record Shards(int rowsPerFile) implements ParquetLayout {
        public Shards {
            if (rowsPerFile < 1) {
                throw new IllegalArgumentException("shards need at least one row per file");
            }
        }
    }

    public static ParquetLayout parse(String name, int shardRows) {
        return switch (name) {
            case "single" -> new Single();
            case "year" -> new ByYear();
            case "shards" -> new Shards(shardRows);
            default -> throw new IllegalArgumentException("layout must be single, year or shards, not '" + name + "'");
        };
    }
}
