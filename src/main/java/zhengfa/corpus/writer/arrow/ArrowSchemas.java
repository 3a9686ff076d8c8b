package zhengfa.corpus.writer.arrow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;
import zhengfa.corpus.table.Column;
import zhengfa.corpus.table.ColumnType;
import zhengfa.corpus.table.TableSchema;

/**
 * The Arrow form of a declared table: strings as utf8, integers as int32, dates as date32 (days),
 * lists as list with an "item" child (the name pyarrow and arrow-rs use), structs as struct.
 * Each field carries its description in its metadata.
 */
public final class ArrowSchemas {

    static final String LIST_ITEM = "item";
    static final String DESCRIPTION = "description";

    private ArrowSchemas() {}

    public static Schema schemaOf(TableSchema table) {
        return new Schema(fields(table.columns()), Map.of(DESCRIPTION, table.description()));
    }

    private static List<Field> fields(List<Column> columns) {
        List<Field> fields = new ArrayList<>();
        for (Column column : columns) {
            fields.add(
                    field(column.name(), column.type(), column.nullable(), Map.of(DESCRIPTION, column.description())));
        }
        return fields;
    }

    private static Field field(String name, ColumnType type, boolean nullable, Map<String, String> metadata) {
        if (type instanceof ColumnType.Utf8) {
            return new Field(name, new FieldType(nullable, ArrowType.Utf8.INSTANCE, null, metadata), null);
        } else if (type instanceof ColumnType.Int32) {
            return new Field(name, new FieldType(nullable, new ArrowType.Int(32, true), null, metadata), null);
        } else if (type instanceof ColumnType.Date) {
            return new Field(name, new FieldType(nullable, new ArrowType.Date(DateUnit.DAY), null, metadata), null);
        } else if (type instanceof ColumnType.ListOf list) {
            return new Field(
                    name,
                    new FieldType(nullable, ArrowType.List.INSTANCE, null, metadata),
                    List.of(field(LIST_ITEM, list.element(), false, null)));
        } else if (type instanceof ColumnType.Struct struct) {
            return new Field(
                    name, new FieldType(nullable, ArrowType.Struct.INSTANCE, null, metadata), fields(struct.fields()));
        }
        throw new IllegalArgumentException("no Arrow mapping for " + type);
    }
}
