package zhengfa.corpus.release.metadata;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import zhengfa.corpus.dataset.DataFiles;
import zhengfa.corpus.dataset.FileTree;
import zhengfa.corpus.dataset.Manifest;
import zhengfa.corpus.dataset.ReleaseFiles;
import zhengfa.corpus.dataset.ReleaseReader;
import zhengfa.corpus.dataset.ReleaseSpec;
import zhengfa.corpus.dataset.ReleaseStatistics;
import zhengfa.corpus.release.diff.ChangesReport;
import zhengfa.corpus.release.diff.ReleaseChanges;
import zhengfa.corpus.release.diff.ReleaseDiff;
import zhengfa.corpus.table.TableSchema;
import zhengfa.corpus.vocab.ProjectVocabulary;
import zhengfa.corpus.vocab.Source;
import zhengfa.corpus.writer.FileFailures;
import zhengfa.corpus.writer.TableFormat;
import zhengfa.corpus.writer.jsonl.JsonlCompression;
import zhengfa.corpus.writer.jsonl.JsonlFormat;

/**
 * Writes the files that describe a release, once its data files are complete: manifest.json,
 * the schemas, CHANGES.md/changes.json (when there is an earlier release), datapackage.json,
 * croissant.json, the dataset card README.md, LICENSE, report.html and, last, SHA256SUMS over every other file.
 * Everything derives from the declared tables and the counts; nothing depends on the clock.
 */
public final class ReleaseMetadata {

    private final ReleaseSpec spec;
    private final String releaseId;
    private final ReleaseStatistics statistics;
    private final List<TableFormat> formats;
    private final ProjectVocabulary vocabulary;
    private final Map<Path, String> hashedWhenWritten;
    private final ObjectMapper mapper = new ObjectMapper();
    private final DefaultPrettyPrinter printer =
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));

    /**
     * @param hashedWhenWritten the SHA-256 of data files the writers hashed as they wrote them (by
     *     absolute path); any other data file is read back and hashed here
     */
    public ReleaseMetadata(
            ReleaseSpec spec,
            String releaseId,
            ReleaseStatistics statistics,
            List<TableFormat> formats,
            ProjectVocabulary vocabulary,
            Map<Path, String> hashedWhenWritten) {
        this.spec = spec;
        this.releaseId = releaseId;
        this.statistics = statistics;
        this.formats = formats;
        this.vocabulary = vocabulary;
        this.hashedWhenWritten = Map.copyOf(hashedWhenWritten);
    }

    /** What writing the metadata produced: the changes (null without an earlier release) and every file's SHA-256. */
    public record Result(ReleaseChanges changes, SortedMap<String, String> checksums) {}

    /**
     * Writes every descriptive file. Each data file is hashed once, as it was written or else
     * here, and the checksum reused for SHA256SUMS.
     */
    public Result writeInto(Path release, ReleaseReader previous) throws IOException {
        ReleaseFacts facts = facts(walkDataFiles(release));
        return write(release, facts, partsSha256(release, facts), previous);
    }

    /**
     * For data files kept on another file system (the Spark job's output on HDFS or S3): writes
     * every descriptive file into {@code metadataDir}, describing the data files from what their
     * writers measured. The checksums returned (and SHA256SUMS) cover both.
     *
     * @param dataFiles every data file, its path relative to the release folder
     * @param partsSha256 for each multipart resource, the SHA-256 of its parts joined in path order
     */
    public Result writeBeside(Path metadataDir, List<ReleaseFacts.DataFile> dataFiles, Map<String, String> partsSha256)
            throws IOException {
        Map<String, ReleaseFacts.DataFile> files = new LinkedHashMap<>();
        dataFiles.forEach(file -> files.put(file.path(), file));
        return write(metadataDir, facts(files), partsSha256, null);
    }

    private Result write(Path release, ReleaseFacts facts, Map<String, String> partsSha256, ReleaseReader previous)
            throws IOException {
        writeJson(release.resolve(ReleaseFiles.MANIFEST), manifest(facts));
        copySchemas(release.resolve(ReleaseFiles.SCHEMA_DIR));
        ReleaseChanges changes = null;
        if (previous != null) {
            changes = ReleaseDiff.compare(previous, new ReleaseReader(release));
            writeString(release.resolve(ChangesReport.MARKDOWN), ChangesReport.markdown(changes));
            writeString(release.resolve(ChangesReport.JSON), ChangesReport.json(changes));
        }
        writeJson(release.resolve(DataPackageDescriptor.FILE), DataPackageDescriptor.of(facts, partsSha256, mapper));
        writeJson(release.resolve(CroissantDescriptor.FILE), CroissantDescriptor.of(facts, mapper));
        writeString(release.resolve(DatasetCard.FILE), DatasetCard.of(facts, changes));
        writeString(release.resolve(ReleaseLicense.FILE), ReleaseLicense.text());
        writeString(release.resolve(ReleaseReport.FILE), ReleaseReport.of(facts, changes));
        SortedMap<String, String> checksums = new TreeMap<>();
        facts.dataFiles().forEach((path, data) -> checksums.put(path, data.sha256()));
        try (var walk = Files.walk(release)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String path = release.relativize(file).toString().replace('\\', '/');
                if (!checksums.containsKey(path)) {
                    checksums.put(path, FileTree.sha256(file));
                }
            }
        }
        StringBuilder sums = new StringBuilder();
        for (Map.Entry<String, String> entry : checksums.entrySet()) {
            // Two spaces: the text-mode form `sha256sum -c` reads.
            sums.append(entry.getValue()).append("  ").append(entry.getKey()).append('\n');
        }
        writeString(release.resolve(ReleaseFiles.SUMS_FILE), sums.toString());
        checksums.put(ReleaseFiles.SUMS_FILE, FileTree.sha256(release.resolve(ReleaseFiles.SUMS_FILE)));
        return new Result(changes, checksums);
    }

    private Map<String, ReleaseFacts.DataFile> walkDataFiles(Path release) throws IOException {
        // Walk what was written rather than assume one file per table: a partitioned table has many.
        Map<String, ReleaseFacts.DataFile> files = new LinkedHashMap<>();
        for (TableSchema table : ReleaseFiles.TABLES) {
            for (TableFormat format : formats) {
                for (Path file : DataFiles.of(release, table, format.extension())) {
                    String path = release.relativize(file).toString().replace('\\', '/');
                    String sha256 = hashedWhenWritten.get(file.toAbsolutePath().normalize());
                    files.put(
                            path,
                            new ReleaseFacts.DataFile(
                                    path,
                                    Files.size(file),
                                    sha256 != null ? sha256 : FileTree.sha256(file),
                                    table,
                                    format));
                }
            }
        }
        return files;
    }

    private ReleaseFacts facts(Map<String, ReleaseFacts.DataFile> files) {
        Map<String, Source> sources = new TreeMap<>();
        for (String key : statistics.facets().get("source").keySet()) {
            vocabulary.sources().find(key).ifPresent(s -> sources.put(key, s));
        }
        for (String key : statistics.retrievalSites()) {
            vocabulary.sources().find(key).ifPresent(s -> sources.put(key, s));
        }
        return new ReleaseFacts(
                spec, releaseId, statistics, ReleaseFiles.TABLES, formats, files, sources, spec.parquetLayout());
    }

    /** Each multipart resource's parts joined in path order, hashed: the hash Frictionless checks. */
    private static Map<String, String> partsSha256(Path release, ReleaseFacts facts) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        for (TableSchema table : facts.tables()) {
            for (TableFormat format : facts.formats()) {
                List<ReleaseFacts.DataFile> parts = facts.filesOf(table, format.kind());
                if (parts.size() > 1) {
                    hashes.put(
                            DataPackageDescriptor.resourceName(table, format),
                            FileTree.sha256OfJoined(parts.stream()
                                    .map(p -> release.resolve(p.path()))
                                    .toList()));
                }
            }
        }
        return hashes;
    }

    private JsonNode manifest(ReleaseFacts facts) {
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        statistics.facets().forEach(facets::put);
        List<Manifest.Table> tables = new ArrayList<>();
        for (TableSchema table : facts.tables()) {
            List<Manifest.DataFile> files = new ArrayList<>();
            for (ReleaseFacts.DataFile file : facts.dataFiles().values()) {
                if (file.table().equals(table)) {
                    files.add(new Manifest.DataFile(
                            file.path(),
                            file.format().kind().word(),
                            file.format().mediaType(),
                            file.format() instanceof JsonlFormat jsonl && jsonl.compression() != JsonlCompression.NONE
                                    ? jsonl.compression().option()
                                    : null,
                            file.bytes(),
                            file.sha256()));
                }
            }
            List<Manifest.Column> columns = table.columns().stream()
                    .map(c -> new Manifest.Column(c.name(), Types.manifest(c.type()), c.nullable(), c.description()))
                    .toList();
            tables.add(new Manifest.Table(table.name(), table.description(), statistics.rows(table), files, columns));
        }
        return new Manifest(
                        ReleaseSpec.NAME,
                        spec.version(),
                        spec.releaseDate(),
                        releaseId,
                        "SHA-256 over one line per article, in id order: '<id> <content_sha256>\\n'",
                        new Manifest.Counts(statistics.articles(), statistics.spans(), statistics.characters()),
                        facets,
                        tables)
                .toJson();
    }

    /** The schemas and vocabularies the corpus was validated against travel with the data. */
    private void copySchemas(Path target) throws IOException {
        Path source = vocabulary.schemaDir();
        List<Path> files;
        try (var walk = Files.walk(source)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            Path copy = target.resolve(source.relativize(file).toString());
            try {
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            } catch (IOException e) {
                throw FileFailures.naming(copy, e);
            }
        }
    }

    private void writeJson(Path file, JsonNode node) throws IOException {
        writeString(file, mapper.writer(printer).writeValueAsString(node) + "\n");
    }

    private static void writeString(Path file, String content) throws IOException {
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw FileFailures.naming(file, e);
        }
    }
}
