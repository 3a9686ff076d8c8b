package zhengfa.corpus.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengfa.corpus.CorpusFixture;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.script.ScriptDetector;
import zhengfa.corpus.vocab.LazyVocabulary;
import zhengfa.corpus.vocab.ProjectVocabulary;
import zhengfa.corpus.vocab.VocabularyException;

class ValidationCacheTest {

    @TempDir
    Path tmp;

    private ValidationReport validate(CorpusFixture corpus, Path schema) throws Exception {
        return validate(corpus.dir(), LazyVocabulary.of(ProjectVocabulary.load(schema)), tmp.resolve("cache"));
    }

    private static ValidationReport validate(Path corpusDir, LazyVocabulary vocabulary, Path cache) throws Exception {
        return new CorpusValidator(
                        vocabulary,
                        ValidationSettings.defaults(CorpusFixture.RELEASE_DATE),
                        new ScriptDetector(),
                        cache)
                .validate(corpusDir);
    }

    /** Dates every file of the corpus an hour back: outside git's "racily clean" window, so their stats are trusted. */
    private static void ageEveryFile(CorpusFixture corpus) throws Exception {
        var anHourAgo = FileTime.from(Instant.now().minusSeconds(3600));
        try (var files = Files.list(corpus.dir())) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.setLastModifiedTime(file, anHourAgo);
            }
        }
    }

    private static List<FindingCode> codes(ValidationReport report) {
        return report.findings().stream().map(Finding::code).toList();
    }

    @Test
    void anUnchangedCorpusIsServedFromTheCacheAndChangesAreCheckedAgain() throws Exception {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        Path schema = CorpusFixture.seedSchema();
        assertEquals(0, validate(corpus, schema).cachedArticles());
        ValidationReport second = validate(corpus, schema);
        assertEquals(5, second.cachedArticles());
        assertEquals(List.of(), codes(second));

        corpus.editSidecar(CorpusFixture.SUIZHOU, s -> s.put("date", "2023-02-30"));
        ValidationReport broken = validate(corpus, schema);
        assertEquals(4, broken.cachedArticles());
        assertEquals(List.of(FindingCode.SIDECAR_DATE_INVALID), codes(broken));
        // Never cached while broken: the finding comes back on every run until it is fixed.
        assertEquals(List.of(FindingCode.SIDECAR_DATE_INVALID), codes(validate(corpus, schema)));
    }

    @Test
    void filesWithUnchangedSizeAndTimeAreNotEvenRead() throws Exception {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        Path schema = CorpusFixture.seedSchema();
        ageEveryFile(corpus);
        validate(corpus, schema);
        validate(corpus, schema);
        ValidationReport third = validate(corpus, schema);
        assertEquals(5, third.cachedArticles());
        assertEquals(5, third.unreadArticles());

        // A changed file has another size or time: it is read, and its problem is found.
        corpus.editSidecar(CorpusFixture.SUIZHOU, s -> s.put("region", "421399"));
        Files.setLastModifiedTime(
                corpus.sidecar(CorpusFixture.SUIZHOU), Files.getLastModifiedTime(corpus.text(CorpusFixture.SUIZHOU)));
        ValidationReport changed = validate(corpus, schema);
        assertEquals(4, changed.unreadArticles());
        assertEquals(List.of(FindingCode.SIDECAR_UNKNOWN_REGION), codes(changed));
    }

    @Test
    void changingTheSchemaInvalidatesTheCache() throws Exception {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        Path schema = CorpusFixture.copyOfSchema(tmp);
        validate(corpus, schema);
        assertEquals(5, validate(corpus, schema).cachedArticles());
        Path labels = schema.resolve("labels.json");
        Files.writeString(
                labels, Files.readString(labels).replace("A named person.", "A named person (or a pen name)."));
        assertEquals(0, validate(corpus, schema).cachedArticles());
    }

    @Test
    void duplicatesOfCachedArticlesAreStillFound() throws Exception {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        Path schema = CorpusFixture.seedSchema();
        validate(corpus, schema);
        String id = "leshan-2022-copy";
        Files.copy(corpus.text(CorpusFixture.LESHAN), corpus.dir().resolve(id + ".txt"));
        corpus.writeString(
                corpus.dir().resolve(id + ".meta.json"),
                corpus.readString(corpus.sidecar(CorpusFixture.LESHAN)).replace(CorpusFixture.LESHAN, id));
        ValidationReport report = validate(corpus, schema);
        assertEquals(5, report.cachedArticles());
        assertEquals(List.of(FindingCode.CORPUS_DUPLICATE_TEXT), codes(report));
    }

    @Test
    void aCachedRunOfAnUnchangedCorpusLeavesTheCacheFileAlone() throws Exception {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        Path schema = CorpusFixture.seedSchema();
        validate(corpus, schema);
        Path file = onlyCacheFile();
        var written = Files.getLastModifiedTime(file);
        byte[] bytes = Files.readAllBytes(file);
        Files.setLastModifiedTime(file, FileTime.fromMillis(written.toMillis() - 60_000));
        var backdated = Files.getLastModifiedTime(file);
        assertEquals(5, validate(corpus, schema).cachedArticles());
        assertEquals(backdated, Files.getLastModifiedTime(file));
        org.junit.jupiter.api.Assertions.assertArrayEquals(bytes, Files.readAllBytes(file));
    }

    @Test
    void aRunTheCacheServesWholeNeverLoadsTheVocabulary() throws Exception {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        Path schema = CorpusFixture.copyOfSchema(tmp);
        Path cache = tmp.resolve("cache");
        ageEveryFile(corpus);
        // No cache was written for these schema files yet: they are loaded before the corpus is read.
        LazyVocabulary first = LazyVocabulary.of(schema);
        validate(corpus.dir(), first, cache);
        assertTrue(first.isLoaded());

        LazyVocabulary second = LazyVocabulary.of(schema);
        ValidationReport served = validate(corpus.dir(), second, cache);
        assertEquals(5, served.unreadArticles());
        assertEquals(List.of(), codes(served));
        assertFalse(second.isLoaded());

        // An article whose files changed is checked, with the vocabulary loaded for it.
        corpus.editSidecar(CorpusFixture.SUIZHOU, s -> s.put("region", "421399"));
        LazyVocabulary third = LazyVocabulary.of(schema);
        assertEquals(List.of(FindingCode.SIDECAR_UNKNOWN_REGION), codes(validate(corpus.dir(), third, cache)));
        assertTrue(third.isLoaded());
    }

    @Test
    void aBrokenSchemaFileIsReportedEvenWhenTheCacheCouldServeEveryArticle() throws Exception {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        Path schema = CorpusFixture.copyOfSchema(tmp);
        Path cache = tmp.resolve("cache");
        validate(corpus, schema);
        assertEquals(5, validate(corpus, schema).cachedArticles());
        Path labels = schema.resolve("labels.json");
        Files.writeString(labels, "{ \"layers\": ");
        // The schema files' digest changed, so no cache vouches for them: they are loaded first.
        VocabularyException withCache =
                assertThrows(VocabularyException.class, () -> validate(corpus.dir(), LazyVocabulary.of(schema), cache));
        assertEquals(labels.toAbsolutePath().normalize(), withCache.file());
        VocabularyException without =
                assertThrows(VocabularyException.class, () -> validate(corpus.dir(), LazyVocabulary.of(schema), null));
        assertEquals(labels.toAbsolutePath().normalize(), without.file());
        // The failed runs wrote no cache for the broken files.
        try (var files = Files.list(cache)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aBrokenSchemaFileFailsARunWithNoArticleToCheck() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Path schema = CorpusFixture.copyOfSchema(tmp);
        Files.writeString(schema.resolve("labels.json"), "{ \"layers\": ");
        for (Path cache : Arrays.asList(tmp.resolve("cache"), null)) {
            assertThrows(
                    VocabularyException.class,
                    () -> validate(empty, LazyVocabulary.of(schema), cache),
                    "cache " + cache);
        }
    }

    @Test
    void aDamagedCacheIsOnlyASlowerRun() throws Exception {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        Path schema = CorpusFixture.seedSchema();
        validate(corpus, schema);
        Path file = onlyCacheFile();
        byte[] bytes = Files.readAllBytes(file);
        // Cut in the middle of a record, then a cache whose records are out of order.
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        ValidationReport truncated = validate(corpus, schema);
        assertEquals(0, truncated.cachedArticles());
        assertEquals(List.of(), codes(truncated));
        assertEquals(5, validate(corpus, schema).cachedArticles());
        Files.write(file, new byte[] {0x5A, 0x46, 0x43, 0x33, 0, 0, 0, 0, 0, 0, 0, 0, 0x7F, 0, 0, 0});
        assertEquals(0, validate(corpus, schema).cachedArticles());
        assertEquals(5, validate(corpus, schema).cachedArticles());
    }

    @Test
    void aDeletedArticleIsForgottenAndARestoredOneCheckedAgain() throws Exception {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        Path schema = CorpusFixture.seedSchema();
        validate(corpus, schema);
        Path text = corpus.text(CorpusFixture.LESHAN);
        Path sidecar = corpus.sidecar(CorpusFixture.LESHAN);
        Path annotations = corpus.dir().resolve(CorpusFixture.LESHAN + ".ann.json");
        Path aside = Files.createDirectories(tmp.resolve("aside"));
        for (Path file : List.of(text, sidecar, annotations)) {
            if (Files.exists(file)) {
                Files.move(file, aside.resolve(file.getFileName()));
            }
        }
        assertEquals(4, validate(corpus, schema).cachedArticles());
        try (var files = Files.list(aside)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.move(file, corpus.dir().resolve(file.getFileName()));
            }
        }
        ValidationReport restored = validate(corpus, schema);
        assertEquals(4, restored.cachedArticles());
        assertEquals(List.of(), codes(restored));
        assertEquals(5, validate(corpus, schema).cachedArticles());
    }

    private Path onlyCacheFile() throws Exception {
        try (var files = Files.list(tmp.resolve("cache"))) {
            List<Path> all = files.toList();
            assertEquals(1, all.size(), all.toString());
            return all.get(0);
        }
    }

    @Test
    void theToolsJarIsKeyedByWhatItHoldsNotWhenItWasBuilt() throws Exception {
        Path a = jar("a.jar", "class bytes", 1_000_000L);
        Path sameContentLater = jar("b.jar", "class bytes", 2_000_000_000L);
        Path changedClass = jar("c.jar", "other bytes", 1_000_000L);

        assertEquals(jarKey(a), jarKey(sameContentLater));
        org.junit.jupiter.api.Assertions.assertNotEquals(jarKey(a), jarKey(changedClass));
    }

    private Path jar(String name, String classContent, long time) throws Exception {
        Path jar = tmp.resolve(name);
        try (var out = new ZipOutputStream(Files.newOutputStream(jar))) {
            ZipEntry entry = new ZipEntry("zhengfa/corpus/Rule.class");
            entry.setTime(time);
            out.putNextEntry(entry);
            out.write(classContent.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    private static String jarKey(Path jar) throws Exception {
        MessageDigest digest = zhengfa.corpus.model.Sha256.newDigest();
        ValidationCache.hashJarIndex(jar, digest);
        return HexFormat.of().formatHex(digest.digest());
    }
}
