package zhengfa.corpus.release.metadata;

import java.util.List;
import java.util.Map;
import zhengfa.corpus.dataset.ReleaseSpec;
import zhengfa.corpus.dataset.ReleaseStatistics;
import zhengfa.corpus.table.TableSchema;
import zhengfa.corpus.vocab.Source;
import zhengfa.corpus.writer.FormatName;
import zhengfa.corpus.writer.TableFormat;
import zhengfa.corpus.writer.partition.ParquetLayout;

/**
 * Everything the descriptive files of a release are generated from: the declared tables, the
 * formats written, the data files as written, and what was counted while writing.
 *
 * @param dataFiles path inside the release (data/…) → its size and SHA-256, in path order
 * @param sources the registry entries of the sources the articles cite, by key
 * @param parquetLayout how the Parquet data is split into files
 */
public record ReleaseFacts(
        ReleaseSpec spec,
        String releaseId,
        ReleaseStatistics statistics,
        List<TableSchema> tables,
        List<TableFormat> formats,
        Map<String, DataFile> dataFiles,
        Map<String, Source> sources,
        ParquetLayout parquetLayout) {

    /** The data files of one table in one format, in path order. */
    public List<DataFile> filesOf(TableSchema table, FormatName format) {
        return dataFiles.values().stream()
                .filter(f -> f.table().equals(table) && f.format().kind() == format)
                .toList();
    }

    /** Whether the release has its tables in this format. */
    public boolean has(FormatName format) {
        return formats.stream().anyMatch(f -> f.kind() == format);
    }

    public record DataFile(String path, long bytes, String sha256, TableSchema table, TableFormat format) {}

    public static final String DESCRIPTION = "Chinese-language news articles and interviews on regional"
            + " political-legal (政法) work, with validated metadata (source, date, region, script, genre, people)"
            + " and stand-off annotations (document structure, page furniture, named entities, laws, campaigns).";

    public static final String LICENSE_NOTE = "Code, schemas, metadata and annotations: Apache-2.0. Region codes:"
            + " CC0-1.0. The article texts belong to their publishers and are not licensed by this project;"
            + " they are included verbatim for research (text and data mining).";
}
