package zhengfa.corpus.writer.parquet;

import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Type.Repetition;
import org.apache.parquet.schema.Types;
import zhengfa.corpus.table.Column;
import zhengfa.corpus.table.ColumnType;
import zhengfa.corpus.table.TableSchema;

/**
 * The Parquet form of a declared table: strings as BINARY (STRING), integers as INT32 (INT(32)),
 * dates as INT32 (DATE), lists as the standard three-level LIST, structs as groups.
 */
final class ParquetSchemas {

    static final String LIST_GROUP = "list";
    static final String LIST_ELEMENT = "element";

    private ParquetSchemas() {}

    static MessageType messageType(TableSchema table) {
        return new MessageType(table.name(), fields(table.columns()));
    }

    private static List<Type> fields(List<Column> columns) {
        List<Type> fields = new ArrayList<>();
        for (Column column : columns) {
            fields.add(
                    type(column.name(), column.type(), column.nullable() ? Repetition.OPTIONAL : Repetition.REQUIRED));
        }
        return fields;
    }

    private static Type type(String name, ColumnType type, Repetition repetition) {
        if (type instanceof ColumnType.Utf8) {
            return Types.primitive(PrimitiveTypeName.BINARY, repetition)
                    .as(LogicalTypeAnnotation.stringType())
                    .named(name);
        } else if (type instanceof ColumnType.Int32) {
            return Types.primitive(PrimitiveTypeName.INT32, repetition)
                    .as(LogicalTypeAnnotation.intType(32, true))
                    .named(name);
        } else if (type instanceof ColumnType.Date) {
            return Types.primitive(PrimitiveTypeName.INT32, repetition)
                    .as(LogicalTypeAnnotation.dateType())
                    .named(name);
        } else if (type instanceof ColumnType.ListOf list) {
            return Types.buildGroup(repetition)
                    .as(LogicalTypeAnnotation.listType())
                    .addField(Types.repeatedGroup()
                            .addField(type(LIST_ELEMENT, list.element(), Repetition.REQUIRED))
                            .named(LIST_GROUP))
                    .named(name);
        } else if (type instanceof ColumnType.Struct struct) {
            return Types.buildGroup(repetition)
                    .addFields(fields(struct.fields()).toArray(new Type[0]))
                    .named(name);
        }
        throw new IllegalArgumentException("no Parquet mapping for " + type);
    }
}
