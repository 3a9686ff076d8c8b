package zhengfa.corpus.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import zhengfa.corpus.dataset.AnnotationsTable;
import zhengfa.corpus.dataset.ArticlesTable;
import zhengfa.corpus.table.Column;
import zhengfa.corpus.table.TableSchema;

/** Spark's schema of each table is the declared one: same columns, order, types and nullability. */
class SparkSchemasTest {

    @Test
    void everyDeclaredColumnIsAFieldOfTheSameNameTypeAndNullability() {
        for (TableSchema table : List.of(ArticlesTable.SCHEMA, AnnotationsTable.SCHEMA)) {
            StructType struct = SparkSchemas.of(table);
            assertEquals(
                    table.columns().stream().map(Column::name).toList(), List.of(struct.fieldNames()), table.name());
            for (Column column : table.columns()) {
                StructField field = struct.apply(column.name());
                assertEquals(column.nullable(), field.nullable(), column.name());
                assertEquals(column.description(), field.metadata().getString("comment"), column.name());
            }
        }
    }

    @Test
    void typesAreRealTypes() {
        StructType articles = SparkSchemas.of(ArticlesTable.SCHEMA);
        assertEquals(DataTypes.IntegerType, articles.apply("year").dataType());
        assertEquals(DataTypes.DateType, articles.apply("published_on").dataType());
        assertEquals(DataTypes.StringType, articles.apply("id").dataType());
        ArrayType spans = (ArrayType) articles.apply("annotations").dataType();
        StructType span = (StructType) spans.elementType();
        assertEquals(DataTypes.IntegerType, span.apply("start").dataType());
        assertEquals(false, spans.containsNull());
    }

    @Test
    void theSchemaReadsAsSqlDdl() {
        // What an analyst pastes into spark.read.schema(...): the DDL round-trips to the same types.
        StructType annotations = SparkSchemas.of(AnnotationsTable.SCHEMA);
        assertEquals(
                annotations.toDDL(), StructType.fromDDL(annotations.toDDL()).toDDL());
    }
}
