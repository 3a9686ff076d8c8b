package zhengfa.corpus.release.metadata;

import zhengfa.corpus.table.Column;
import zhengfa.corpus.table.ColumnType;

/** How a declared column type is named in each description format. */
public final class Types {

    private Types() {}

    /** The manifest's own notation: string, int32, date, list<…>, struct<…>. */
    public static String manifest(ColumnType type) {
        if (type instanceof ColumnType.Utf8) {
            return "string";
        } else if (type instanceof ColumnType.Int32) {
            return "int32";
        } else if (type instanceof ColumnType.Date) {
            return "date";
        } else if (type instanceof ColumnType.ListOf list) {
            return "list<" + manifest(list.element()) + ">";
        } else if (type instanceof ColumnType.Struct struct) {
            StringBuilder sb = new StringBuilder("struct<");
            for (int i = 0; i < struct.fields().size(); i++) {
                Column f = struct.fields().get(i);
                sb.append(i == 0 ? "" : ", ").append(f.name()).append(": ").append(manifest(f.type()));
            }
            return sb.append('>').toString();
        }
        throw new IllegalArgumentException(type.toString());
    }

    /** Frictionless Table Schema field types. */
    static String frictionless(ColumnType type) {
        if (type instanceof ColumnType.Utf8) {
            return "string";
        } else if (type instanceof ColumnType.Int32) {
            return "integer";
        } else if (type instanceof ColumnType.Date) {
            return "date";
        } else if (type instanceof ColumnType.ListOf) {
            return "array";
        } else if (type instanceof ColumnType.Struct) {
            return "object";
        }
        throw new IllegalArgumentException(type.toString());
    }

    /**
     * A Hugging Face feature as the dataset card's YAML writes it, under a {@code - name:} line:
     * {@code dtype: int32}, {@code list: string}, or {@code list:} followed by the struct's fields.
     */
    static void huggingFace(ColumnType type, String indent, StringBuilder yaml) {
        if (type instanceof ColumnType.ListOf list) {
            if (list.element() instanceof ColumnType.Struct struct) {
                yaml.append(indent).append("list:\n");
                for (Column field : struct.fields()) {
                    yaml.append(indent).append("- name: ").append(field.name()).append('\n');
                    huggingFace(field.type(), indent + "  ", yaml);
                }
            } else {
                yaml.append(indent)
                        .append("list: ")
                        .append(huggingFaceScalar(list.element()))
                        .append('\n');
            }
        } else if (type instanceof ColumnType.Struct struct) {
            yaml.append(indent).append("struct:\n");
            for (Column field : struct.fields()) {
                yaml.append(indent).append("- name: ").append(field.name()).append('\n');
                huggingFace(field.type(), indent + "  ", yaml);
            }
        } else {
            yaml.append(indent)
                    .append("dtype: ")
                    .append(huggingFaceScalar(type))
                    .append('\n');
        }
    }

    private static String huggingFaceScalar(ColumnType type) {
        if (type instanceof ColumnType.Utf8) {
            return "string";
        } else if (type instanceof ColumnType.Int32) {
            return "int32";
        } else if (type instanceof ColumnType.Date) {
            return "date32";
        }
        throw new IllegalArgumentException("not a scalar: " + type);
    }

    /** Croissant (schema.org) data types of scalar values. */
    static String croissant(ColumnType type) {
        if (type instanceof ColumnType.Utf8) {
            return "sc:Text";
        } else if (type instanceof ColumnType.Int32) {
            return "sc:Integer";
        } else if (type instanceof ColumnType.Date) {
            return "sc:Date";
        }
        throw new IllegalArgumentException("not a scalar: " + type);
    }
}
