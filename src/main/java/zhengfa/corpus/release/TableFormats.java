package zhengfa.corpus.release;

import java.util.List;
import zhengfa.corpus.writer.TableFormat;
import zhengfa.corpus.writer.arrow.ArrowFormat;
import zhengfa.corpus.writer.jsonl.JsonlFormat;
import zhengfa.corpus.writer.parquet.ParquetFormat;
import zhengfa.corpus.writer.partition.ParquetLayout;
import zhengfa.corpus.writer.partition.PartitionedFormat;

/** The registry of the formats a release's tables are written in. */
public final class TableFormats {

    private TableFormats() {
    }

    /** Every format, in the order the manifest and the card list their files. */
    public static List<TableFormat> all() {
        return List.of(new JsonlFormat(), new ParquetFormat(), new ArrowFormat());
    }

    /** A format as the release's Parquet layout lays it out: Parquet may be partitioned, the others are one file per table. */
    static TableFormat laidOut(TableFormat format, ParquetLayout layout) {
        return format instanceof ParquetFormat ? new PartitionedFormat(format, layout) : format;
    }
}
