package zhengfa.corpus.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengfa.corpus.CorpusFixture;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.script.ScriptDetector;
import zhengfa.corpus.validation.CorpusValidator;
import zhengfa.corpus.validation.ValidationReport;
import zhengfa.corpus.validation.ValidationSettings;

/**
 * The duplicate-id check learns nothing from the articles the validation cache serves: it does
 * not need to, because only an article whose sidecar id differs from its stem contributes, and
 * such an article is never clean, so never cached. These tests hold the two rules to that.
 */
class DuplicateIdCheckTest {

    @TempDir
    Path tmp;

    private static final String COPY = "zz-copy-of-leshan";

    private ValidationReport validate(CorpusFixture corpus) throws Exception {
        return new CorpusValidator(
                        CorpusFixture.vocabulary(),
                        ValidationSettings.defaults(CorpusFixture.RELEASE_DATE),
                        new ScriptDetector(),
                        tmp.resolve("cache"))
                .validate(corpus.dir());
    }

    /** A second article whose sidecar claims the id of an existing one (its text differs, so it is no duplicate text). */
    private static void addArticleClaiming(CorpusFixture corpus, String id) {
        corpus.writeText(COPY, corpus.readText(id) + "（转载）\n");
        corpus.writeString(corpus.sidecar(COPY), corpus.readString(corpus.sidecar(id)));
    }

    private static void ageEveryFile(CorpusFixture corpus) throws Exception {
        FileTime anHourAgo = FileTime.from(Instant.now().minusSeconds(3600));
        try (var files = Files.list(corpus.dir())) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.setLastModifiedTime(file, anHourAgo);
            }
        }
    }

    @Test
    void anArticleThatContributesIsNeverClean() throws Exception {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        addArticleClaiming(corpus, CorpusFixture.LESHAN);
        ValidationReport report = validate(corpus);
        List<Finding> mismatch = report.findings().stream()
                .filter(f -> f.code() == FindingCode.SIDECAR_ID_MISMATCH)
                .toList();
        assertEquals(
                List.of("corpus/" + COPY + ".meta.json"),
                mismatch.stream().map(Finding::file).toList());
        assertEquals(0, report.cachedArticles());
        assertNull(new DuplicateIdCheck(null, id -> id).contributionFromCache(new TextDigests(1, 2, 3, 4)));
    }

    @Test
    void aClashWithAnArticleTheCacheServesIsStillFound() throws Exception {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        ageEveryFile(corpus);
        assertEquals(0, validate(corpus).findings().size());
        assertEquals(5, validate(corpus).cachedArticles());

        addArticleClaiming(corpus, CorpusFixture.LESHAN);
        ValidationReport report = validate(corpus);
        assertTrue(
                report.cachedArticles() >= 4, "the unchanged articles come from the cache: " + report.cachedArticles());
        List<String> clashing = report.findings().stream()
                .filter(f -> f.code() == FindingCode.CORPUS_DUPLICATE_ID)
                .map(Finding::file)
                .toList();
        assertEquals(
                List.of("corpus/" + CorpusFixture.LESHAN + ".meta.json", "corpus/" + COPY + ".meta.json"), clashing);
    }
}
