package zhengfa.corpus.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengfa.corpus.CorpusFixture;
import zhengfa.corpus.Slow;
import zhengfa.corpus.cli.ExitCode;
import zhengfa.corpus.cli.Main;
import zhengfa.corpus.dataset.AnnotationsTable;
import zhengfa.corpus.dataset.ArticlesTable;
import zhengfa.corpus.dataset.ReleaseSpec;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.table.TableSchema;
import zhengfa.corpus.writer.arrow.ArrowRows;
import zhengfa.corpus.writer.jsonl.JsonlCompression;
import zhengfa.corpus.writer.parquet.ParquetRows;
import zhengfa.corpus.writer.partition.ParquetLayout;

@Slow
class ReleaseVerifierTest {

    @TempDir
    Path tmp;

    @Test
    void aCleanReleaseVerifiesAndItsArrowFilesAreRead() throws Exception {
        Path release = ReleaseFixture.written(
                ReleaseFixture.cut(CorpusFixture.copyOf(tmp).dir(), tmp.resolve("dist"), "0.1.0"));
        assertEquals(
                List.of(),
                new ReleaseVerifier(release).verify(CorpusFixture.seedCorpus()).findings());
        try (ArrowRows rows = ArrowRows.open(release.resolve("data/articles.arrow"))) {
            long count = 0;
            for (; rows.hasNext(); rows.next()) {
                count++;
            }
            assertEquals(5, count);
        }
    }

    /** An Arrow file with other rows than the manifest's is caught by its row count, not only by its checksum. */
    /**
     * The default formats (JSON Lines and Parquet) with the JSON Lines compressed either way verify
     * clean, and a compressed file holding other rows is reported under its own name.
     */
    @Test
    void compressedJsonLinesVerifyAndTheirDifferencesAreReported() throws Exception {
        Path corpus = CorpusFixture.copyOf(tmp).dir();
        for (JsonlCompression compression : List.of(JsonlCompression.GZIP, JsonlCompression.ZSTD)) {
            Path release = ReleaseFixture.written(ReleaseFixture.cut(
                    corpus,
                    tmp.resolve("dist-" + compression.option()),
                    "0.1.0",
                    TableFormats.parse(TableFormats.DEFAULT, compression)));
            String articles = "data/articles.jsonl" + compression.suffix();
            assertTrue(Files.isRegularFile(release.resolve(articles)), articles);
            assertTrue(Files.notExists(release.resolve("data/articles.arrow")), "Arrow is not a default format");
            assertEquals(List.of(), new ReleaseVerifier(release).verify(corpus).findings(), compression.option());

            // The annotations file put in the articles' place: its checksum, keys and rows are all wrong.
            Files.copy(
                    release.resolve("data/annotations.jsonl" + compression.suffix()),
                    release.resolve(articles),
                    StandardCopyOption.REPLACE_EXISTING);
            List<Finding> findings = new ReleaseVerifier(release).verify(corpus).findings();
            assertTrue(findings.stream().anyMatch(f -> f.file().equals(articles)), findings.toString());
        }
    }

    @Test
    void anArrowFileWithTooFewRowsIsReported() throws Exception {
        CorpusFixture five = CorpusFixture.copyOf(tmp.resolve("five"));
        Path release = ReleaseFixture.written(ReleaseFixture.cut(five.dir(), tmp.resolve("five/dist"), "0.1.0"));
        CorpusFixture four = CorpusFixture.copyOf(tmp.resolve("four"));
        for (Path file : List.of(
                four.text(CorpusFixture.LESHAN),
                four.sidecar(CorpusFixture.LESHAN),
                four.annotations(CorpusFixture.LESHAN))) {
            Files.delete(file);
        }
        Path smaller = ReleaseFixture.written(ReleaseFixture.cut(four.dir(), tmp.resolve("four/dist"), "0.1.0"));
        Files.copy(
                smaller.resolve("data/articles.arrow"),
                release.resolve("data/articles.arrow"),
                StandardCopyOption.REPLACE_EXISTING);

        List<String> problems = new ReleaseVerifier(release)
                .verify(null).findings().stream().map(Finding::message).toList();
        assertTrue(
                problems.contains("data/articles.arrow has 4 rows, the manifest says 5"), String.join("\n", problems));
        assertTrue(
                problems.stream().anyMatch(p -> p.startsWith("data/articles.arrow does not match its checksum")),
                String.join("\n", problems));
    }

    /** verify speaks like validate: located findings with codes and fixes, in text, JSON or SARIF. */
    @Test
    void problemsAreFindingsWithCodesAndFixes() throws Exception {
        Path release = ReleaseFixture.written(
                ReleaseFixture.cut(CorpusFixture.copyOf(tmp).dir(), tmp.resolve("dist"), "0.1.0"));
        Files.writeString(release.resolve("extra.txt"), "x");
        List<Finding> findings = new ReleaseVerifier(release).verify(null).findings();
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(FindingCode.RELEASE_FILE_UNLISTED, findings.get(0).code());
        assertEquals("extra.txt", findings.get(0).file());
        assertTrue(findings.get(0).fix() != null && !findings.get(0).fix().isBlank());

        StringWriter out = new StringWriter();
        int exit = Main.execute(
                new PrintWriter(out),
                new PrintWriter(new StringWriter()),
                "verify",
                "--format=json",
                release.toString());
        assertEquals(ExitCode.INVALID, exit);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals(
                "RELEASE_FILE_UNLISTED", json.get("findings").get(0).get("code").asText());
        StringWriter err = new StringWriter();
        Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "verify", release.toString());
        assertTrue(
                err.toString()
                        .startsWith("extra.txt: error [RELEASE_FILE_UNLISTED] extra.txt is not listed in SHA256SUMS"),
                err.toString());
    }

    /** Same rows, other values: an Arrow file from a corpus with one title changed is caught by its values. */
    @Test
    void anArrowFileWithOtherValuesIsReported() throws Exception {
        CorpusFixture original = CorpusFixture.copyOf(tmp.resolve("original"));
        Path release =
                ReleaseFixture.written(ReleaseFixture.cut(original.dir(), tmp.resolve("original/dist"), "0.1.0"));
        CorpusFixture edited = CorpusFixture.copyOf(tmp.resolve("edited"));
        edited.editSidecar(CorpusFixture.SUIZHOU, s -> s.put("genre", "news"));
        Path other = ReleaseFixture.written(ReleaseFixture.cut(edited.dir(), tmp.resolve("edited/dist"), "0.1.0"));
        Files.copy(
                other.resolve("data/articles.arrow"),
                release.resolve("data/articles.arrow"),
                StandardCopyOption.REPLACE_EXISTING);

        List<Finding> findings = new ReleaseVerifier(release).verify(null).findings();
        int row = CorpusFixture.IDS.indexOf(CorpusFixture.SUIZHOU) + 1;
        assertTrue(
                findings.stream()
                        .anyMatch(f -> f.code() == FindingCode.RELEASE_VALUE_MISMATCH
                                && f.message()
                                        .equals("row " + row
                                                + " differs from data/articles.jsonl, first in column genre")),
                findings.toString());
    }

    @Test
    void aFileThatIsNotArrowIsReported() throws Exception {
        Path release = ReleaseFixture.written(
                ReleaseFixture.cut(CorpusFixture.copyOf(tmp).dir(), tmp.resolve("dist"), "0.1.0"));
        Files.writeString(release.resolve("data/annotations.arrow"), "not arrow");
        List<String> problems = new ReleaseVerifier(release)
                .verify(null).findings().stream().map(Finding::message).toList();
        assertTrue(
                problems.stream()
                        .anyMatch(p -> p.startsWith("data/annotations.arrow is not a readable Arrow IPC file")),
                String.join("\n", problems));
    }

    /**
     * One flipped byte in a Parquet footer, SHA256SUMS untouched: the checksum mismatch and the
     * unreadable file, each once and naming the file, never an exception out of verify.
     */
    @Test
    void aCorruptParquetFooterIsAFindingBesideItsChecksum() throws Exception {
        Path release = ReleaseFixture.written(
                ReleaseFixture.cut(CorpusFixture.copyOf(tmp).dir(), tmp.resolve("dist"), "0.1.0"));
        Path parquet = release.resolve("data/articles.parquet");
        byte[] bytes = Files.readAllBytes(parquet);
        int footerLength = java.nio.ByteBuffer.wrap(bytes, bytes.length - 8, 4)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .getInt();
        // The footer's first byte is a Thrift field header; 0xFF names field type 15, which Thrift does not know.
        bytes[bytes.length - 8 - footerLength] = (byte) 0xFF;
        Files.write(parquet, bytes);

        List<Finding> findings = new ReleaseVerifier(release).verify(null).findings();
        assertEquals(
                1,
                findings.stream()
                        .filter(f -> f.code() == FindingCode.RELEASE_CHECKSUM_MISMATCH
                                && f.file().equals("data/articles.parquet"))
                        .count(),
                findings.toString());
        assertEquals(
                1,
                findings.stream()
                        .filter(f -> f.code() == FindingCode.RELEASE_FILE_UNREADABLE
                                && f.file().equals("data/articles.parquet"))
                        .count(),
                findings.toString());
    }

    /** Someone who changes files and writes SHA256SUMS again, as a careless or a deliberate editor would. */
    private static void rewriteSums(Path release) throws Exception {
        StringBuilder sums = new StringBuilder();
        for (var entry : zhengfa.corpus.dataset.FileTree.checksums(release).entrySet()) {
            if (!entry.getKey().equals("SHA256SUMS")) {
                sums.append(entry.getValue())
                        .append("  ")
                        .append(entry.getKey())
                        .append('\n');
            }
        }
        Files.writeString(release.resolve("SHA256SUMS"), sums);
    }

    private static List<Finding> verified(Path release) throws Exception {
        return new ReleaseVerifier(release).verify(null).findings();
    }

    private static boolean has(List<Finding> findings, FindingCode code, String file) {
        return findings.stream().anyMatch(f -> f.code() == code && f.file().equals(file));
    }

    /** Data files of another cut, with SHA256SUMS rewritten: the descriptors and the release id still name the first cut's. */
    @Test
    void dataFilesOfAnotherCutAreCaughtByTheDescriptorsAndTheReleaseId() throws Exception {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp.resolve("a"));
        Path release = ReleaseFixture.written(ReleaseFixture.cut(corpus.dir(), tmp.resolve("dist"), "0.1.0"));
        corpus.writeText(
                CorpusFixture.LESHAN, corpus.readText(CorpusFixture.LESHAN).replace("乐山政法成绩", "乐山政法成就"));
        Path other = ReleaseFixture.written(ReleaseFixture.cut(corpus.dir(), tmp.resolve("dist-other"), "0.1.0"));
        for (String file : List.of("data/articles.jsonl", "data/articles.parquet", "data/articles.arrow")) {
            Files.copy(other.resolve(file), release.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        rewriteSums(release);
        List<Finding> findings = verified(release);
        assertTrue(has(findings, FindingCode.RELEASE_DESCRIPTOR_MISMATCH, "manifest.json"), findings.toString());
        assertTrue(has(findings, FindingCode.RELEASE_DESCRIPTOR_MISMATCH, "datapackage.json"), findings.toString());
        assertTrue(has(findings, FindingCode.RELEASE_DESCRIPTOR_MISMATCH, "croissant.json"), findings.toString());
        assertTrue(has(findings, FindingCode.RELEASE_ID_MISMATCH, "manifest.json"), findings.toString());
        assertTrue(has(findings, FindingCode.RELEASE_ID_MISMATCH, "README.md"), findings.toString());
        assertTrue(
                findings.stream()
                        .anyMatch(f -> f.message().startsWith("manifest.json gives data/articles.jsonl the SHA-256 ")),
                findings.toString());
    }

    @Test
    void aRemovedReportWithItsChecksumLineIsMissing() throws Exception {
        Path release = ReleaseFixture.written(
                ReleaseFixture.cut(CorpusFixture.copyOf(tmp).dir(), tmp.resolve("dist"), "0.1.0"));
        Files.delete(release.resolve("report.html"));
        rewriteSums(release);
        List<Finding> findings = verified(release);
        assertTrue(has(findings, FindingCode.RELEASE_FILE_MISSING, "report.html"), findings.toString());
    }

    @Test
    void anEditedReleaseDateDisagreesWithTheOtherDescriptors() throws Exception {
        Path release = ReleaseFixture.written(
                ReleaseFixture.cut(CorpusFixture.copyOf(tmp).dir(), tmp.resolve("dist"), "0.1.0"));
        Path manifest = release.resolve("manifest.json");
        Files.writeString(
                manifest,
                Files.readString(manifest)
                        .replace("\"release_date\" : \"2026-11-22\"", "\"release_date\" : \"2025-01-01\""));
        rewriteSums(release);
        List<Finding> findings = verified(release);
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(
                findings.get(0)
                        .message()
                        .startsWith("manifest.json gives version 0.1.0 released 2025-01-01, but datapackage.json"),
                findings.toString());
    }

    @Test
    void anEditedCardVersionLineIsCaught() throws Exception {
        Path release = ReleaseFixture.written(
                ReleaseFixture.cut(CorpusFixture.copyOf(tmp).dir(), tmp.resolve("dist"), "0.1.0"));
        Path card = release.resolve("README.md");
        Files.writeString(
                card,
                Files.readString(card)
                        .replace("- Version 0.1.0, released 2026-11-22", "- Version 0.1.0, released 2026-12-24"));
        rewriteSums(release);
        List<Finding> findings = verified(release);
        assertTrue(
                findings.stream()
                        .anyMatch(f -> f.code() == FindingCode.RELEASE_DESCRIPTOR_MISMATCH
                                && f.message().contains("README.md (0.1.0, 2026-12-24)")),
                findings.toString());
    }

    @Test
    void anUnreadableManifestIsAFindingNotAnError() throws Exception {
        Path release = ReleaseFixture.written(
                ReleaseFixture.cut(CorpusFixture.copyOf(tmp).dir(), tmp.resolve("dist"), "0.1.0"));
        Files.writeString(release.resolve("manifest.json"), "{\"tables\": [");
        List<Finding> findings = verified(release);
        assertTrue(has(findings, FindingCode.RELEASE_FILE_UNREADABLE, "manifest.json"), findings.toString());
        assertTrue(has(findings, FindingCode.RELEASE_CHECKSUM_MISMATCH, "manifest.json"), findings.toString());
    }

    /** JSON of the wrong form (a row count that is no number) is located by its path in the manifest. */
    @Test
    void aManifestOfTheWrongFormIsAFindingThatSaysWhere() throws Exception {
        Path release = ReleaseFixture.written(
                ReleaseFixture.cut(CorpusFixture.copyOf(tmp).dir(), tmp.resolve("dist"), "0.1.0"));
        Path manifest = release.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replaceFirst("\"rows\" : 5", "\"rows\" : \"five\""));
        List<Finding> findings = verified(release);
        assertTrue(
                findings.stream()
                        .anyMatch(f -> f.code() == FindingCode.RELEASE_FILE_UNREADABLE
                                && f.message()
                                        .startsWith("manifest.json is not a release manifest at tables[0].rows: ")),
                findings.toString());
    }

    /** verify --corpus cuts the corpus again and names what differs: a sidecar field, by article and column. */
    @Test
    void aSidecarChangedSinceTheCutIsNamedByArticleAndColumn() throws Exception {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        Path release = ReleaseFixture.written(ReleaseFixture.cut(corpus.dir(), tmp.resolve("dist"), "0.1.0"));
        corpus.editSidecar(CorpusFixture.LESHAN, s -> s.put("notes", "re-read on 2026-12-07"));
        List<Finding> findings =
                new ReleaseVerifier(release).verify(corpus.dir()).findings();
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(FindingCode.RELEASE_CORPUS_MISMATCH, findings.get(0).code());
        assertEquals(
                "article " + CorpusFixture.LESHAN
                        + ": content_sha256, notes differ from the corpus (its sidecar or spans)",
                findings.get(0).message());
    }

    /** A corpus grown past the release's own schema (here a source the release's registry lacks) is named with its first finding. */
    @Test
    void aCorpusThatOutgrewTheReleasesSchemaSaysWhy() throws Exception {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        Path release = ReleaseFixture.written(ReleaseFixture.cut(corpus.dir(), tmp.resolve("dist"), "0.1.0"));
        corpus.editSidecar(CorpusFixture.LESHAN, s -> s.put("source", "no-such-paper"));
        List<Finding> findings =
                new ReleaseVerifier(release).verify(corpus.dir()).findings();
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(
                findings.get(0)
                        .message()
                        .startsWith(
                                "the corpus does not validate against this release's own schema/ (1 finding, the first"
                                        + " SIDECAR_UNKNOWN_SOURCE in "),
                findings.get(0).message());
        assertTrue(
                findings.get(0).fix().startsWith("verify against the corpus as it was when the release was cut"),
                findings.get(0).fix());
    }

    /** An edited card with SHA256SUMS rewritten passes every check of the release alone, but not a re-cut. */
    @Test
    void anEditedCardIsNotWhatTheCorpusCutsTo() throws Exception {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        Path release = ReleaseFixture.written(ReleaseFixture.cut(corpus.dir(), tmp.resolve("dist"), "0.1.0"));
        Path card = release.resolve("README.md");
        Files.writeString(
                card,
                Files.readString(card).replace("## Uses and limits", "## Uses and limits\n\n- Suited to everything."));
        rewriteSums(release);
        assertEquals(List.of(), verified(release));
        List<Finding> findings =
                new ReleaseVerifier(release).verify(corpus.dir()).findings();
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(FindingCode.RELEASE_NOT_REPRODUCED, findings.get(0).code());
        assertEquals(
                "a re-cut of the corpus differs from the release in README.md",
                findings.get(0).message());
    }

    /** A release with CHANGES.md reproduces when the earlier release lies beside it, and warns when it does not. */
    @Test
    void aReleaseWithChangesReproducesBesideItsPredecessor() throws Exception {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        Path dist = tmp.resolve("dist");
        ReleaseFixture.written(ReleaseFixture.cut(corpus.dir(), dist, "0.1.0"));
        corpus.editSidecar(CorpusFixture.LESHAN, s -> s.put("notes", "re-read"));
        Path second = ReleaseFixture.written(ReleaseFixture.cut(corpus.dir(), dist, "0.1.1"));
        assertTrue(Files.isRegularFile(second.resolve("CHANGES.md")));
        assertEquals(List.of(), new ReleaseVerifier(second).verify(corpus.dir()).findings());

        Path alone = Files.createDirectories(tmp.resolve("alone")).resolve(second.getFileName());
        Files.move(second, alone);
        List<Finding> findings = new ReleaseVerifier(alone).verify(corpus.dir()).findings();
        assertEquals(
                List.of(FindingCode.RELEASE_PARTLY_REPRODUCED),
                findings.stream().map(Finding::code).toList(),
                findings.toString());
    }

    /** The Parquet read side gives back, value for value, the rows of the JSON Lines. */
    @Test
    void theParquetRowsAreTheJsonLinesRows() throws Exception {
        Path release = ReleaseFixture.written(
                ReleaseFixture.cut(CorpusFixture.copyOf(tmp).dir(), tmp.resolve("dist"), "0.1.0"));
        for (TableSchema table : List.of(ArticlesTable.SCHEMA, AnnotationsTable.SCHEMA)) {
            List<JsonNode> jsonl = Files.readAllLines(release.resolve("data/" + table.name() + ".jsonl")).stream()
                    .map(ReleaseVerifierTest::json)
                    .toList();
            List<JsonNode> parquet = new java.util.ArrayList<>();
            try (ParquetRows rows = ParquetRows.open(release.resolve("data/" + table.name() + ".parquet"), table)) {
                rows.forEachRemaining(parquet::add);
            }
            assertEquals(jsonl, parquet, table.name());
        }
    }

    /** Same rows, other values: a Parquet file from a corpus with one field changed is caught by its values. */
    @Test
    void aParquetFileWithOtherValuesIsReported() throws Exception {
        CorpusFixture original = CorpusFixture.copyOf(tmp.resolve("original"));
        Path release =
                ReleaseFixture.written(ReleaseFixture.cut(original.dir(), tmp.resolve("original/dist"), "0.1.0"));
        CorpusFixture edited = CorpusFixture.copyOf(tmp.resolve("edited"));
        edited.editSidecar(CorpusFixture.SUIZHOU, s -> s.put("genre", "news"));
        Path other = ReleaseFixture.written(ReleaseFixture.cut(edited.dir(), tmp.resolve("edited/dist"), "0.1.0"));
        Files.copy(
                other.resolve("data/articles.parquet"),
                release.resolve("data/articles.parquet"),
                StandardCopyOption.REPLACE_EXISTING);

        List<Finding> findings = new ReleaseVerifier(release).verify(null).findings();
        int row = CorpusFixture.IDS.indexOf(CorpusFixture.SUIZHOU) + 1;
        assertTrue(
                findings.stream()
                        .anyMatch(
                                f -> f.code() == FindingCode.RELEASE_VALUE_MISMATCH
                                        && f.message()
                                                .equals(
                                                        "row " + row
                                                                + " of data/articles.parquet differs from data/articles.jsonl, first in column genre")),
                findings.toString());
    }

    /** Year partitions group rows by year, so their values are compared as a whole: a changed value still shows. */
    @Test
    void yearPartitionsWithOtherValuesAreReported() throws Exception {
        CorpusFixture original = CorpusFixture.copyOf(tmp.resolve("original"));
        Path release = byYear(original.dir(), tmp.resolve("original/dist"));
        assertEquals(List.of(), new ReleaseVerifier(release).verify(null).findings());
        CorpusFixture edited = CorpusFixture.copyOf(tmp.resolve("edited"));
        edited.editSidecar(CorpusFixture.SUIZHOU, s -> s.put("genre", "news"));
        Path other = byYear(edited.dir(), tmp.resolve("edited/dist"));
        String part = "data/articles/year=2023/part-00000.parquet";
        Files.copy(other.resolve(part), release.resolve(part), StandardCopyOption.REPLACE_EXISTING);

        List<Finding> findings = new ReleaseVerifier(release).verify(null).findings();
        assertTrue(
                findings.stream()
                        .anyMatch(
                                f -> f.code() == FindingCode.RELEASE_VALUE_MISMATCH
                                        && f.message()
                                                .startsWith(
                                                        "the rows of the Parquet partitions of articles differ from data/articles.jsonl")),
                findings.toString());
    }

    private static Path byYear(Path corpus, Path dist) throws Exception {
        ReleaseCutter cutter =
                new ReleaseCutter(CorpusFixture.vocabulary(), CorpusFixture.validator(), TableFormats.all());
        return ReleaseFixture.written(cutter.cut(
                new ReleaseSpec(corpus, dist, "0.1.0", CorpusFixture.RELEASE_DATE, null, new ParquetLayout.ByYear()),
                false));
    }

    private static JsonNode json(String line) {
        try {
            return new ObjectMapper().readTree(line);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
