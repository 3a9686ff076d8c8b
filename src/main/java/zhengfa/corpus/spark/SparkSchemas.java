package zhengfa.corpus.spark;

import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import zhengfa.corpus.table.Column;
import zhengfa.corpus.table.ColumnType;
import zhengfa.corpus.table.TableSchema;

/**
 * Spark's view of a release table, derived from the one declared schema ({@link TableSchema}),
 * never inferred: {@code spark.read.schema(SparkSchemas.of(ArticlesTable.SCHEMA)).json(...)} reads
 * the JSON Lines with the same types as the Parquet files. Column descriptions go into each
 * field's metadata under {@code comment}, which Spark SQL shows as the column comment.
 */
public final class SparkSchemas {

    private SparkSchemas() {}

    public static StructType of(TableSchema table) {
        return struct(table.columns());
    }

    private static StructType struct(List<Column> columns) {
        return new StructType(columns.stream().map(SparkSchemas::field).toArray(StructField[]::new));
    }

    private static StructField field(Column column) {
        Metadata comment =
                new MetadataBuilder().putString("comment", column.description()).build();
        return new StructField(column.name(), type(column.type()), column.nullable(), comment);
    }

    private static DataType type(ColumnType type) {
        if (type instanceof ColumnType.Utf8) {
            return DataTypes.StringType;
        }
        if (type instanceof ColumnType.Int32) {
            return DataTypes.IntegerType;
        }
        if (type instanceof ColumnType.Date) {
            return DataTypes.DateType;
        }
        if (type instanceof ColumnType.ListOf list) {
            // The writers never put a null inside a list.
            return DataTypes.createArrayType(type(list.element()), false);
        }
        if (type instanceof ColumnType.Struct struct) {
            return struct(struct.fields());
        }
        throw new IllegalArgumentException("no Spark type for " + type);
    }
}
