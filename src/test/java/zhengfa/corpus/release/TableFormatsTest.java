package zhengfa.corpus.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import zhengfa.corpus.writer.TableFormat;
import zhengfa.corpus.writer.jsonl.JsonlCompression;

class TableFormatsTest {

    private static List<String> extensions(List<TableFormat> formats) {
        return formats.stream().map(TableFormat::extension).toList();
    }

    @Test
    void theDefaultIsJsonLinesAndParquet() {
        assertEquals(List.of("jsonl", "parquet"), extensions(TableFormats.defaults()));
    }

    @Test
    void arrowOnRequestInTheRegistrysOrder() {
        assertEquals(
                List.of("jsonl.zst", "parquet", "arrow"),
                extensions(TableFormats.parse("arrow, parquet,JSONL", JsonlCompression.ZSTD)));
    }

    @Test
    void unknownOrMissingFormatsSayWhatToWrite() {
        IllegalArgumentException unknown = assertThrows(
                IllegalArgumentException.class, () -> TableFormats.parse("jsonl,parquet,csv", JsonlCompression.NONE));
        assertTrue(unknown.getMessage().startsWith("unknown format csv; the formats are jsonl, parquet and arrow"));
        IllegalArgumentException missing = assertThrows(
                IllegalArgumentException.class, () -> TableFormats.parse("jsonl,arrow", JsonlCompression.NONE));
        assertTrue(missing.getMessage().contains("always has jsonl and parquet"), missing.getMessage());
    }
}
