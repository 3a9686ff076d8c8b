package zhengfa.corpus.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengfa.corpus.CorpusFixture;
import zhengfa.corpus.Slow;
import zhengfa.corpus.bench.CorpusGenerator;
import zhengfa.corpus.dataset.ArticlesTable;
import zhengfa.corpus.dataset.FileTree;
import zhengfa.corpus.dataset.PublishedReleases;
import zhengfa.corpus.dataset.ReleaseReader;
import zhengfa.corpus.dataset.ReleaseSpec;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.release.diff.ReleaseChanges;
import zhengfa.corpus.release.diff.SemverBump;
import zhengfa.corpus.writer.partition.ParquetLayout;

/** Versions that never change under their users, and releases that explain what changed. */
@Slow
class ReleaseEngineeringTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path tmp;

    private static JsonNode json(Path file) throws Exception {
        return MAPPER.readTree(file.toFile());
    }

    @Test
    void oneChangedCharacterWithoutABumpIsRefusedNamingTheArticle() throws Exception {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        Path dist = tmp.resolve("dist");
        ReleaseFixture.written(ReleaseFixture.cut(corpus.dir(), dist, "0.1.0"));
        corpus.writeText(
                CorpusFixture.XISHUANGBANNA,
                corpus.readText(CorpusFixture.XISHUANGBANNA).replace("刘超:一是", "刘超:一.是"));
        corpus.delete(corpus.annotations(CorpusFixture.XISHUANGBANNA));

        var conflict = assertInstanceOf(ReleaseOutcome.Conflict.class, ReleaseFixture.cut(corpus.dir(), dist, "0.1.0"));
        assertEquals(
                "article changed: " + CorpusFixture.XISHUANGBANNA + " (text, annotations)",
                conflict.differences().get(0));
    }

    @Test
    void aBumpedVersionDescribesItsChangesAndSuggestsAPatch() throws Exception {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        Path dist = tmp.resolve("dist");
        Path first = ReleaseFixture.written(ReleaseFixture.cut(corpus.dir(), dist, "0.1.0"));
        assertFalse(Files.exists(first.resolve("CHANGES.md")), "a first release has nothing to compare with");

        corpus.writeText(
                CorpusFixture.LESHAN, corpus.readText(CorpusFixture.LESHAN).replace("乐山政法成绩", "乐山政法成就"));
        var outcome = assertInstanceOf(ReleaseOutcome.Written.class, ReleaseFixture.cut(corpus.dir(), dist, "0.1.1"));

        ReleaseChanges changes = outcome.changes();
        assertEquals(SemverBump.PATCH, changes.suggested());
        assertEquals(SemverBump.PATCH, changes.actual());
        assertEquals(
                List.of(CorpusFixture.LESHAN),
                changes.changed().stream().map(ReleaseChanges.ArticleChange::id).toList());
        assertTrue(changes.changed().get(0).textChanged());
        String md = Files.readString(outcome.release().resolve("CHANGES.md"));
        assertTrue(md.contains("Suggested version bump: **patch**"), md);
        assertTrue(md.contains("- `" + CorpusFixture.LESHAN + "`: text changed"), md);
        JsonNode json = json(outcome.release().resolve("changes.json"));
        assertEquals("patch", json.get("suggested_bump").asText());
        assertEquals(
                CorpusFixture.LESHAN,
                json.get("articles_changed").get(0).get("id").asText());
    }

    @Test
    void sidecarFieldsAndSpanRelabellingAreNamed() throws Exception {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        Path dist = tmp.resolve("dist");
        Path before = ReleaseFixture.written(ReleaseFixture.cut(corpus.dir(), dist, "0.1.0"));
        corpus.editSidecar(CorpusFixture.SUIZHOU, s -> s.put("genre", "news"));
        corpus.editSpan(CorpusFixture.LESHAN, "e001", s -> s.put("label", "ORG"));
        Path after = ReleaseFixture.written(ReleaseFixture.cut(corpus.dir(), tmp.resolve("dist2"), "0.1.1"));

        var changes =
                zhengfa.corpus.release.diff.ReleaseDiff.compare(new ReleaseReader(before), new ReleaseReader(after));
        var leshan = changes.changed().get(0);
        assertEquals(CorpusFixture.LESHAN, leshan.id());
        assertEquals("entity/CAMPAIGN → entity/ORG", leshan.relabelled().get("e001"));
        var suizhou = changes.changed().get(1);
        assertEquals(List.of("genre"), suizhou.fields());
        assertFalse(suizhou.textChanged());
        assertTrue(changes.facetShifts().get("label (spans)").containsKey("entity/ORG"));
    }

    /**
     * Release 0.2.0 changed interviewees from a list of names to a list of {name, role}: against a
     * release of the 0.1.0 form (its manifest set back), the diff names the retyped and added
     * columns and calls for a major bump.
     */
    @Test
    void aRetypedColumnCallsForAMajorBump() throws Exception {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        Path after = ReleaseFixture.written(ReleaseFixture.cut(corpus.dir(), tmp.resolve("dist"), "0.2.0"));
        Path before = tmp.resolve("old/zhengfa-corpus-0.1.0");
        CorpusFixture.copyTree(after, before);
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var manifest = (com.fasterxml.jackson.databind.node.ObjectNode)
                mapper.readTree(before.resolve("manifest.json").toFile());
        manifest.put("version", "0.1.0");
        for (var table : manifest.get("tables")) {
            var columns = (com.fasterxml.jackson.databind.node.ArrayNode) table.get("columns");
            for (int i = columns.size() - 1; i >= 0; i--) {
                String name = columns.get(i).get("name").asText();
                if (table.get("name").asText().equals("articles")
                        && List.of("url", "retrieved_at", "editors", "notes").contains(name)) {
                    columns.remove(i);
                } else if (table.get("name").asText().equals("articles") && name.equals("interviewees")) {
                    ((com.fasterxml.jackson.databind.node.ObjectNode) columns.get(i)).put("type", "list<string>");
                }
            }
        }
        mapper.writeValue(before.resolve("manifest.json").toFile(), manifest);

        var changes =
                zhengfa.corpus.release.diff.ReleaseDiff.compare(new ReleaseReader(before), new ReleaseReader(after));
        assertTrue(
                changes.columnChanges().stream()
                        .anyMatch(c -> c.startsWith("retyped column articles.interviewees: list<string> → ")),
                changes.columnChanges().toString());
        assertTrue(
                changes.columnChanges().contains("added column articles.url (string?)"),
                changes.columnChanges().toString());
        assertEquals(zhengfa.corpus.release.diff.SemverBump.MAJOR, changes.suggested());
    }

    /**
     * Releases are not kept in git: on a fresh clone, dist/ is empty and the earlier release is the
     * dataset zip Maven published into the local repository. Without one, the outcome says where
     * it looked.
     */
    @Test
    void theEarlierReleaseIsFoundAsAPublishedDatasetZip() throws Exception {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        Path repository = tmp.resolve("m2");
        ReleaseSpec lonely = new ReleaseSpec(
                corpus.dir(),
                tmp.resolve("dist0"),
                "0.1.0",
                CorpusFixture.RELEASE_DATE,
                null,
                new zhengfa.corpus.writer.partition.ParquetLayout.Single(),
                new PublishedReleases(repository, List.of()));
        var first = assertInstanceOf(ReleaseOutcome.Written.class, cutter().cut(lonely, false));
        assertEquals(null, first.changes());
        assertEquals(
                "no earlier release in " + tmp.resolve("dist0") + " or in the Maven repository " + repository,
                first.comparedWith());

        Path zip = Files.createDirectories(repository.resolve("zhengfa-corpus/zhengfa-corpus/0.1.0"))
                .resolve("zhengfa-corpus-0.1.0-dataset.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            for (var file : FileTree.checksums(first.release()).keySet()) {
                out.putNextEntry(new java.util.zip.ZipEntry("zhengfa-corpus-0.1.0/" + file));
                Files.copy(first.release().resolve(file), out);
                out.closeEntry();
            }
        }
        corpus.editSidecar(CorpusFixture.SUIZHOU, s -> s.put("genre", "news"));
        ReleaseSpec fresh = new ReleaseSpec(
                corpus.dir(),
                tmp.resolve("fresh-clone/dist"),
                "0.1.1",
                CorpusFixture.RELEASE_DATE,
                null,
                new zhengfa.corpus.writer.partition.ParquetLayout.Single(),
                new PublishedReleases(repository, List.of()));
        var second = assertInstanceOf(ReleaseOutcome.Written.class, cutter().cut(fresh, false));
        assertEquals(zip.toString(), second.comparedWith());
        assertEquals("0.1.0", second.changes().fromVersion());
        assertEquals(CorpusFixture.SUIZHOU, second.changes().changed().get(0).id());
        assertTrue(Files.readString(second.release().resolve("CHANGES.md")).contains(CorpusFixture.SUIZHOU));
    }

    /** Or in the remote repository the project deploys to: checked against its .sha1, copied into the local one. */
    @Test
    void theEarlierReleaseIsFetchedFromTheRemoteRepositoryWhenNoneIsLocal() throws Exception {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        var first = assertInstanceOf(
                ReleaseOutcome.Written.class,
                cutter().cut(
                                new ReleaseSpec(
                                        corpus.dir(), tmp.resolve("dist0"), "0.1.0", CorpusFixture.RELEASE_DATE),
                                false));
        Path remote = tmp.resolve("remote");
        Path folder = Files.createDirectories(remote.resolve("zhengfa-corpus/zhengfa-corpus/0.1.0"));
        Path zip = folder.resolve("zhengfa-corpus-0.1.0-dataset.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            for (var file : FileTree.checksums(first.release()).keySet()) {
                out.putNextEntry(new java.util.zip.ZipEntry("zhengfa-corpus-0.1.0/" + file));
                Files.copy(first.release().resolve(file), out);
                out.closeEntry();
            }
        }
        String sha1 = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-1").digest(Files.readAllBytes(zip)));
        Files.writeString(folder.resolve("zhengfa-corpus-0.1.0-dataset.zip.sha1"), sha1);
        Files.writeString(
                remote.resolve("zhengfa-corpus/zhengfa-corpus/maven-metadata.xml"),
                "<metadata><groupId>zhengfa-corpus</groupId>"
                        + "<artifactId>zhengfa-corpus</artifactId><versioning><versions><version>0.0.9</version><version>0.1.0</version>"
                        + "<version>0.3.0</version></versions></versioning></metadata>");
        Path local = tmp.resolve("m2");
        var published = new PublishedReleases(local, List.of(remote.toUri()));

        var second = assertInstanceOf(
                ReleaseOutcome.Written.class,
                cutter().cut(
                                new ReleaseSpec(
                                        corpus.dir(),
                                        tmp.resolve("clone/dist"),
                                        "0.2.0",
                                        CorpusFixture.RELEASE_DATE,
                                        null,
                                        new zhengfa.corpus.writer.partition.ParquetLayout.Single(),
                                        published),
                                false));
        Path copied = local.resolve("zhengfa-corpus/zhengfa-corpus/0.1.0/zhengfa-corpus-0.1.0-dataset.zip");
        assertEquals(copied.toString(), second.comparedWith());
        assertEquals("0.1.0", second.changes().fromVersion());
        assertTrue(Files.isRegularFile(copied), "fetched into the local repository, as Maven would");

        // The same repository over HTTP, as a deployed one is reached (a server on loopback).
        Files.delete(copied);
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            Path file = remote.resolve(exchange.getRequestURI().getPath().substring(1));
            byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
            exchange.sendResponseHeaders(Files.isRegularFile(file) ? 200 : 404, body.length == 0 ? -1 : body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            URI http = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
            var overHttp = assertInstanceOf(
                    ReleaseOutcome.Written.class,
                    cutter().cut(
                                    new ReleaseSpec(
                                            corpus.dir(),
                                            tmp.resolve("clone-http/dist"),
                                            "0.2.0",
                                            CorpusFixture.RELEASE_DATE,
                                            null,
                                            new zhengfa.corpus.writer.partition.ParquetLayout.Single(),
                                            new PublishedReleases(local, List.of(http))),
                                    false));
            assertEquals("0.1.0", overHttp.changes().fromVersion());
        } finally {
            server.stop(0);
        }

        Files.delete(copied);
        Files.writeString(folder.resolve("zhengfa-corpus-0.1.0-dataset.zip.sha1"), "0".repeat(40));
        var refused = assertInstanceOf(
                ReleaseOutcome.Written.class,
                cutter().cut(
                                new ReleaseSpec(
                                        corpus.dir(),
                                        tmp.resolve("clone2/dist"),
                                        "0.2.0",
                                        CorpusFixture.RELEASE_DATE,
                                        null,
                                        new zhengfa.corpus.writer.partition.ParquetLayout.Single(),
                                        published),
                                false));
        assertNull(refused.changes());
        assertTrue(refused.comparedWith().contains("does not match its .sha1"), refused.comparedWith());
        assertFalse(Files.exists(copied), "a zip that fails its checksum is not kept");
    }

    private static ReleaseCutter cutter() {
        return new ReleaseCutter(CorpusFixture.vocabulary(), CorpusFixture.validator(), TableFormats.all());
    }

    @Test
    void anAddedArticleUnderAPatchBumpIsWarnedAbout() throws Exception {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        Path dist = tmp.resolve("dist");
        ReleaseFixture.written(ReleaseFixture.cut(corpus.dir(), dist, "0.1.0"));
        CorpusFixture astral = CorpusFixture.fixture("astral", tmp.resolve("astral"));
        for (String suffix : List.of(".txt", ".meta.json", ".ann.json")) {
            Files.copy(
                    astral.dir().resolve("astral-2024-yoshinoya" + suffix),
                    corpus.dir().resolve("astral-2024-yoshinoya" + suffix));
        }
        var outcome = assertInstanceOf(ReleaseOutcome.Written.class, ReleaseFixture.cut(corpus.dir(), dist, "0.1.1"));
        assertEquals(List.of("astral-2024-yoshinoya"), outcome.changes().added());
        assertEquals(SemverBump.MINOR, outcome.changes().suggested());
        assertTrue(outcome.changes().versionTooSmall());
        assertTrue(Files.readString(outcome.release().resolve("CHANGES.md"))
                .contains("**Warning:** the changes call for a minor bump"));
    }

    @Test
    void sha256sumChecksTheRelease() throws Exception {
        Path release = ReleaseFixture.written(
                ReleaseFixture.cut(CorpusFixture.copyOf(tmp).dir(), tmp.resolve("dist"), "0.1.0"));
        Process p = new ProcessBuilder("sha256sum", "--strict", "-c", "SHA256SUMS")
                .directory(release.toFile())
                .redirectErrorStream(true)
                .start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("data/articles.parquet: OK"), out);
        assertTrue(out.contains("schema/labels.json: OK"), out);
    }

    /**
     * JSON Lines and Arrow files are hashed as they are written, not read back: the manifest and
     * SHA256SUMS must still give the checksum of each file as it lies on disk. 120 generated
     * articles make files of several MB, written in many buffers and record batches.
     */
    @Test
    void checksumsTakenWhileWritingAreThoseOfTheFilesOnDisk() throws Exception {
        Path corpus = tmp.resolve("generated");
        new CorpusGenerator(CorpusFixture.seedCorpus(), CorpusFixture.seedSchema(), 11).generate(corpus, 120);
        Path release = ReleaseFixture.written(ReleaseFixture.cut(corpus, tmp.resolve("dist"), "0.1.0"));
        JsonNode manifest =
                new ObjectMapper().readTree(release.resolve("manifest.json").toFile());
        String sums = Files.readString(release.resolve("SHA256SUMS"));
        int checked = 0;
        for (JsonNode table : manifest.path("tables")) {
            for (JsonNode file : table.path("files")) {
                String onDisk =
                        FileTree.sha256(release.resolve(file.path("path").asText()));
                assertEquals(
                        onDisk, file.path("sha256").asText(), file.path("path").asText());
                assertTrue(
                        sums.contains(onDisk + "  " + file.path("path").asText() + "\n"),
                        file.path("path").asText());
                checked++;
            }
        }
        assertEquals(6, checked, "two tables in three formats");
        assertTrue(Files.size(release.resolve("data/articles.jsonl")) > 1 << 20);
    }

    @Test
    void theVerifierFindsTampering() throws Exception {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        Path release = ReleaseFixture.written(ReleaseFixture.cut(corpus.dir(), tmp.resolve("dist"), "0.1.0"));
        assertEquals(
                List.of(), new ReleaseVerifier(release).verify(corpus.dir()).findings());

        Files.writeString(release.resolve("README.md"), "edited\n", StandardOpenOption.APPEND);
        Files.writeString(release.resolve("extra.txt"), "x");
        corpus.writeText(CorpusFixture.LESHAN, corpus.readText(CorpusFixture.LESHAN) + "!");
        List<String> problems = new ReleaseVerifier(release)
                .verify(corpus.dir()).findings().stream().map(Finding::message).toList();
        assertTrue(
                problems.contains(
                        "README.md does not match its checksum: the file was changed after the release was cut"),
                problems.toString());
        assertTrue(
                problems.contains("extra.txt is not listed in SHA256SUMS: it is not part of the release"),
                problems.toString());
        assertTrue(
                problems.stream().anyMatch(p -> p.startsWith("article " + CorpusFixture.LESHAN + ": text differs")),
                problems.toString());
    }

    @Test
    void descriptorsAgreeWithTheFiles() throws Exception {
        Path release = ReleaseFixture.written(
                ReleaseFixture.cut(CorpusFixture.copyOf(tmp).dir(), tmp.resolve("dist"), "0.1.0"));
        JsonNode sums = MAPPER.valueToTree(FileTree.checksums(release));

        JsonNode datapackage = json(release.resolve("datapackage.json"));
        assertEquals("zhengfa-corpus", datapackage.get("name").asText());
        assertEquals(6, datapackage.get("resources").size());
        for (JsonNode resource : datapackage.get("resources")) {
            String path = resource.get("path").asText();
            assertEquals(
                    "sha256:" + sums.get(path).asText(), resource.get("hash").asText(), path);
            assertEquals(
                    Files.size(release.resolve(path)), resource.get("bytes").asLong(), path);
            // The JSON Lines are the typed tables; Parquet and Arrow are binary files with no text encoding.
            boolean jsonLines = path.endsWith(".jsonl");
            assertEquals(jsonLines ? "table" : "file", resource.get("type").asText(), path);
            assertEquals(jsonLines, resource.has("encoding"), path);
        }
        JsonNode articleFields =
                datapackage.get("resources").get(0).get("schema").get("fields");
        assertEquals(ArticlesTable.SCHEMA.columns().size(), articleFields.size());
        assertEquals(
                "date",
                articleFields
                        .get(ArticlesTable.SCHEMA.indexOf("published_on"))
                        .get("type")
                        .asText());
        assertEquals(
                "array",
                articleFields
                        .get(ArticlesTable.SCHEMA.indexOf("annotations"))
                        .get("type")
                        .asText());

        JsonNode croissant = json(release.resolve("croissant.json"));
        for (String required : List.of(
                "@context",
                "@type",
                "conformsTo",
                "name",
                "description",
                "license",
                "url",
                "creator",
                "datePublished",
                "distribution",
                "recordSet")) {
            assertTrue(croissant.has(required), required);
        }
        assertEquals(
                "http://mlcommons.org/croissant/1.0",
                croissant.get("conformsTo").asText());
        for (JsonNode file : croissant.get("distribution")) {
            assertEquals(
                    sums.get(file.get("@id").asText()).asText(),
                    file.get("sha256").asText());
        }
        JsonNode annotationsField = null;
        for (JsonNode field : croissant.get("recordSet").get(0).get("field")) {
            if (field.get("name").asText().equals("annotations")) {
                annotationsField = field;
            }
        }
        assertTrue(annotationsField.get("repeated").asBoolean());
        assertEquals(
                "annotations", croissant.get("recordSet").get(1).get("name").asText());
        assertEquals(
                "articles/annotations/start",
                annotationsField.get("subField").get(3).get("@id").asText());
        assertEquals(
                "sc:Integer",
                annotationsField.get("subField").get(3).get("dataType").asText());
        // A struct member is read from its parent column by a JSON path over the list's elements.
        JsonNode startSource = annotationsField.get("subField").get(3).get("source");
        assertEquals("annotations", startSource.get("extract").get("column").asText());
        assertEquals("$[*].start", startSource.get("transform").get("jsonPath").asText());
        assertTrue(croissant.get("citeAs").asText().startsWith("@misc{zhengfa-corpus-0.1.0,"));

        String card = Files.readString(release.resolve("README.md"));
        assertTrue(card.startsWith("---\npretty_name: \"zhengfa-corpus 0.1.0\"\n"), card);
        assertTrue(
                card.contains(
                        "configs:\n- config_name: articles\n  default: true\n  data_files:\n  - split: train\n    path: data/articles.parquet\n"),
                card);
        assertTrue(card.contains("language:\n- zh\n"), card);
        assertTrue(card.contains("license_link: LICENSE\n"), card);
        assertTrue(
                card.contains("dataset_info:\n- config_name: articles\n  features:\n  - name: id\n    dtype: string\n"),
                card);
        assertTrue(card.contains("  - name: interviewees\n    list:\n    - name: name\n      dtype: string\n"), card);
        assertTrue(card.contains("  - name: published_on\n    dtype: date32\n"), card);
        assertTrue(Files.readString(release.resolve("LICENSE")).contains("Apache License"));
        assertTrue(card.contains("size_categories:\n- n<1K\n"), card);
        for (String section : List.of(
                "## Motivation",
                "## Composition",
                "## Collection and provenance",
                "## Preprocessing",
                "## Uses and limits",
                "## Maintenance",
                "## Columns of `articles`",
                "## Columns of `annotations`")) {
            assertTrue(card.contains(section), section);
        }
        assertTrue(card.contains("| 650000 新疆维吾尔自治区 | 1 |"), card);
        assertTrue(Files.isRegularFile(release.resolve("schema/article.schema.json")));
        assertTrue(Files.isRegularFile(release.resolve("schema/regions/SOURCE.md")));
    }

    /** The fields a curator records beyond the headline ones reach the articles table and the card says where from. */
    @Test
    void everyCuratedFieldReachesTheRelease() throws Exception {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp).editSidecar(CorpusFixture.LESHAN, s -> {
            s.put("page", "第3版");
            s.put("date_note", "the dateline's day, the year from the masthead");
            s.put("source_note", "credited at the foot");
            s.put("original_encoding", "GB18030");
            s.put("original_sha256", "0".repeat(64));
            s.put("review_status", "reviewed");
        });
        Path release = ReleaseFixture.written(ReleaseFixture.cut(corpus.dir(), tmp.resolve("dist"), "0.1.0"));
        JsonNode row = null;
        for (String line : Files.readAllLines(release.resolve("data/articles.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode node = MAPPER.readTree(line);
            if (node.get("id").asText().equals(CorpusFixture.LESHAN)) {
                row = node;
            }
        }
        assertEquals("第3版", row.get("page").asText());
        assertEquals(
                "the dateline's day, the year from the masthead",
                row.get("date_note").asText());
        assertEquals("credited at the foot", row.get("source_note").asText());
        assertEquals("GB18030", row.get("original_encoding").asText());
        assertEquals("0".repeat(64), row.get("original_sha256").asText());
        assertEquals("reviewed", row.get("review_status").asText());
        String card = Files.readString(release.resolve("README.md"));
        assertTrue(card.contains("| `date_note` | string | yes | `date_note` |"), card);
        assertTrue(card.contains("| `published_on` | date | yes | `date` |"), card);
        assertTrue(card.contains("| `body` | string | no | derived |"), card);
        assertTrue(card.contains("## Fields not released\n\n- `schema/article.schema.json`: none;"), card);
    }

    /**
     * Partitioned by year, the Parquet files lack {@code year}: the Table Schema lists the files'
     * columns and declares year as a partition field, the multipart resource carries the hash of its
     * parts joined in path order (what Frictionless checks), and the card sends datasets, which
     * reads no Hive partitions, to the JSON Lines.
     */
    @Test
    void yearPartitionsAreDescribedAsTheFilesAre() throws Exception {
        Path release = ReleaseFixture.written(ReleaseFixture.cut(
                CorpusFixture.copyOf(tmp).dir(), tmp.resolve("dist"), "0.1.0", new ParquetLayout.ByYear()));
        JsonNode parquet = null;
        for (JsonNode resource : json(release.resolve("datapackage.json")).get("resources")) {
            if (resource.get("name").asText().equals("articles-parquet")) {
                parquet = resource;
            }
        }
        List<Path> parts = new ArrayList<>();
        parquet.get("path").forEach(p -> parts.add(release.resolve(p.asText())));
        assertEquals(4, parts.size());
        assertEquals(
                "sha256:" + FileTree.sha256OfJoined(parts), parquet.get("hash").asText());
        List<String> fields = new ArrayList<>();
        parquet.get("schema")
                .get("fields")
                .forEach(f -> fields.add(f.get("name").asText()));
        assertEquals(ArticlesTable.SCHEMA.columns().size() - 1, fields.size());
        assertFalse(fields.contains("year"));
        assertEquals(
                "year", parquet.get("x_partition_fields").get(0).get("name").asText());
        assertEquals(
                "integer", parquet.get("x_partition_fields").get(0).get("type").asText());

        String card = Files.readString(release.resolve("README.md"));
        assertTrue(
                card.contains(
                        "- config_name: articles\n  default: true\n  data_files:\n  - split: train\n    path: data/articles.jsonl\n"),
                card);
        assertTrue(card.contains("articles = pd.read_parquet(\"data/articles\")"), card);
        JsonNode croissant = json(release.resolve("croissant.json"));
        boolean yearGlob = false;
        for (JsonNode file : croissant.get("distribution")) {
            yearGlob |= file.path("includes").asText().equals("data/articles/year=*/*.parquet");
        }
        assertTrue(yearGlob, croissant.get("distribution").toString());
    }

    @Test
    void noEarlierReleaseMeansNoChangesFile() throws Exception {
        var outcome = assertInstanceOf(
                ReleaseOutcome.Written.class,
                ReleaseFixture.cut(CorpusFixture.copyOf(tmp).dir(), tmp.resolve("dist"), "0.1.0"));
        assertNull(outcome.changes());
    }

    @Test
    void versionsCompareNumerically() {
        assertTrue(SemverBump.compareVersions("0.10.0", "0.9.9") > 0);
        assertTrue(SemverBump.compareVersions("1.0.0-SNAPSHOT", "1.0.0") < 0);
        // Before 1.0.0 the minor number is the major's (SemVer's 0.y.z, as Cargo reads it).
        assertEquals(SemverBump.MAJOR, SemverBump.between("0.1.3", "0.2.0"));
        assertEquals(SemverBump.MINOR, SemverBump.between("1.1.3", "1.2.0"));
        assertEquals(SemverBump.PATCH, SemverBump.between("0.1.3", "0.1.4"));
        assertEquals(SemverBump.MAJOR, SemverBump.between("0.1.3", "1.0.0"));
        assertEquals(SemverBump.NONE, SemverBump.between("0.2.0", "0.1.0"));
    }

    /** 0.2.0 to 0.3.0 is worded as the tool counts it: a new minor number before 1.0.0, a major bump, covering a minor one. */
    @Test
    void aZeroXBumpIsWordedAsTheToolCountsIt() {
        ReleaseChanges zero = new ReleaseChanges(
                "0.2.0",
                "0.3.0",
                List.of("a"),
                List.of(),
                List.of(),
                new java.util.TreeMap<>(),
                List.of(),
                SemverBump.MINOR,
                SemverBump.between("0.2.0", "0.3.0"));
        assertEquals(
                "raises 0.2.0 to 0.3.0: a new minor number before 1.0.0, which counts as a major bump",
                zero.actualInWords());
        assertFalse(zero.versionTooSmall());
        assertTrue(
                zhengfa.corpus.release.diff.ChangesReport.markdown(zero)
                        .contains(
                                "Suggested version bump: **minor**; this release raises 0.2.0 to 0.3.0: a new minor number before 1.0.0, which counts as a major bump."));
        ReleaseChanges one = new ReleaseChanges(
                "1.2.0",
                "1.3.0",
                List.of("a"),
                List.of(),
                List.of(),
                new java.util.TreeMap<>(),
                List.of(),
                SemverBump.MINOR,
                SemverBump.between("1.2.0", "1.3.0"));
        assertEquals("is a minor bump (1.2.0 to 1.3.0)", one.actualInWords());
    }
}
