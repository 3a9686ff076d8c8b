package zhengfa.corpus.release;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import zhengfa.corpus.writer.FormatName;
import zhengfa.corpus.writer.TableFormat;
import zhengfa.corpus.writer.arrow.ArrowFormat;
import zhengfa.corpus.writer.jsonl.JsonlCompression;
import zhengfa.corpus.writer.jsonl.JsonlFormat;
import zhengfa.corpus.writer.parquet.ParquetFormat;
import zhengfa.corpus.writer.partition.ParquetLayout;
import zhengfa.corpus.writer.partition.PartitionedFormat;

/** The registry of the formats a release's tables are written in. */
public final class TableFormats {

    private TableFormats() {}

    /** What {@code package} writes unless told otherwise: the JSON Lines and Parquet the users asked for. */
    public static final String DEFAULT = "jsonl,parquet";

    /** Every format, in the order the manifest and the card list their files. */
    public static List<TableFormat> all() {
        return List.of(new JsonlFormat(), new ParquetFormat(), new ArrowFormat());
    }

    /** The default formats: JSON Lines and Parquet. */
    public static List<TableFormat> defaults() {
        return parse(DEFAULT, JsonlCompression.NONE);
    }

    /**
     * The formats {@code --formats} names, in the registry's order. JSON Lines and Parquet are always
     * written (verify, the diff and every consumer read them); Arrow is added on request.
     */
    public static List<TableFormat> parse(String names, JsonlCompression compression) {
        Set<FormatName> asked = EnumSet.noneOf(FormatName.class);
        List<String> unknown = new ArrayList<>();
        for (String name : names.split(",")) {
            if (!name.isBlank()) {
                FormatName.parse(name)
                        .ifPresentOrElse(
                                asked::add, () -> unknown.add(name.strip().toLowerCase(Locale.ROOT)));
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown format " + String.join(", ", unknown)
                    + "; the formats are jsonl, parquet and arrow (for example --formats=jsonl,parquet,arrow)");
        }
        if (!asked.contains(FormatName.JSONL) || !asked.contains(FormatName.PARQUET)) {
            throw new IllegalArgumentException("a release always has jsonl and parquet (verify, the diff and the"
                    + " readers rely on them); add arrow if you want it: --formats=jsonl,parquet,arrow");
        }
        List<TableFormat> formats = new ArrayList<>();
        formats.add(new JsonlFormat(compression));
        formats.add(new ParquetFormat());
        if (asked.contains(FormatName.ARROW)) {
            formats.add(new ArrowFormat());
        }
        return formats;
    }

    /** A format as the release's Parquet layout lays it out: Parquet may be partitioned, the others are one file per table. */
    static TableFormat laidOut(TableFormat format, ParquetLayout layout) {
        return format instanceof ParquetFormat ? new PartitionedFormat(format, layout) : format;
    }
}
