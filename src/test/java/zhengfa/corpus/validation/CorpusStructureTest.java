package zhengfa.corpus.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static zhengfa.corpus.CorpusFixture.LESHAN;
import static zhengfa.corpus.CorpusFixture.SUIZHOU;
import static zhengfa.corpus.CorpusFixture.onlyFinding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengfa.corpus.CorpusFixture;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.vocab.ProjectVocabulary;
import zhengfa.corpus.vocab.VocabularyException;

class CorpusStructureTest {

    @TempDir
    Path tmp;

    @Test
    void textWithoutSidecar() {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        corpus.delete(corpus.sidecar(SUIZHOU)).delete(corpus.annotations(SUIZHOU));
        Finding f =
                onlyFinding(corpus.validate(), FindingCode.CORPUS_MISSING_SIDECAR, "corpus/" + SUIZHOU + ".txt", "");
        assertTrue(f.fix().contains(SUIZHOU + ".meta.json"));
    }

    @Test
    void sidecarWithoutText() {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        corpus.delete(corpus.text(SUIZHOU)).delete(corpus.annotations(SUIZHOU));
        onlyFinding(corpus.validate(), FindingCode.CORPUS_ORPHAN_SIDECAR, "corpus/" + SUIZHOU + ".meta.json", "");
    }

    @Test
    void annotationsWithoutText() {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        corpus.delete(corpus.text(SUIZHOU)).delete(corpus.sidecar(SUIZHOU));
        onlyFinding(corpus.validate(), FindingCode.CORPUS_ORPHAN_ANNOTATIONS, "corpus/" + SUIZHOU + ".ann.json", "");
    }

    @Test
    void badFileNamesAreReportedWithASuggestion() {
        for (String name : List.of("Leshan-2022.txt", "leshan 2022.txt", "leshan..2022.txt", "notes.docx")) {
            CorpusFixture corpus = CorpusFixture.copyOf(tmp.resolve(Integer.toString(name.hashCode())));
            corpus.writeString(corpus.dir().resolve(name), "乐山");
            Finding f = onlyFinding(corpus.validate(), FindingCode.CORPUS_BAD_FILE_NAME, "corpus/" + name, "");
            assertTrue(f.fix().startsWith("rename the file, e.g. "), f.fix());
        }
    }

    @Test
    void directoryNamedLikeAnArticle() throws IOException {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        Files.createDirectory(corpus.dir().resolve("extra-2023.txt"));
        Finding f = onlyFinding(corpus.validate(), FindingCode.CORPUS_UNEXPECTED_ENTRY, "corpus/extra-2023.txt", "");
        assertEquals("a folder", f.found());
    }

    @Test
    void symlinkOutOfTheCorpusIsNotFollowed() throws IOException {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        Path outside = Files.writeString(tmp.resolve("secret.txt"), "not part of the corpus");
        Files.createSymbolicLink(corpus.dir().resolve("secret.txt"), outside);
        onlyFinding(corpus.validate(), FindingCode.CORPUS_SYMLINK_ESCAPE, "corpus/secret.txt", "");
    }

    @Test
    void twoArticlesWithTheSameText() {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        corpus.delete(corpus.annotations(SUIZHOU));
        corpus.writeText(SUIZHOU, corpus.readText(LESHAN));
        corpus.editSidecar(SUIZHOU, s -> {
            s.put("title", "为建设“中国绿色硅谷”和世界重要旅游目的地提供坚强法治保障");
            s.put("date_evidence", "2022年乐山市政府工作报告明确了多项任务");
            s.put("date", "2022");
            s.put("date_precision", "year");
            s.put("date_basis", "inferred");
            // The names and region the copied text supports, so that the only problem is the duplicate.
            s.put("source", "sichuan-fazhi-bao");
            s.put("source_as_printed", "四川法治报");
            s.put("region", "511100");
            s.putArray("reporters").add("刘任");
        });
        Finding f = onlyFinding(corpus.validate(), FindingCode.CORPUS_DUPLICATE_TEXT, "corpus/" + SUIZHOU + ".txt", "");
        assertTrue(f.message().contains(LESHAN + ".txt"), f.message());
    }

    @Test
    void twoSidecarsClaimingOneId() {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        corpus.editSidecar(SUIZHOU, s -> s.put("id", LESHAN));
        ValidationReport report = corpus.validate();
        assertEquals(
                List.of(
                        FindingCode.CORPUS_DUPLICATE_ID,
                        FindingCode.CORPUS_DUPLICATE_ID,
                        FindingCode.SIDECAR_ID_MISMATCH),
                report.findings().stream().map(Finding::code).toList(),
                () -> CorpusFixture.describe(report.findings()));
    }

    @Test
    void missingCorpusFolder() {
        ValidationReport report = assertDoesNotThrowReport(tmp.resolve("nowhere"));
        assertEquals(FindingCode.CORPUS_NOT_FOUND, report.findings().get(0).code());
    }

    @Test
    void emptyCorpusFolder() throws IOException {
        Files.createDirectories(tmp.resolve("corpus"));
        ValidationReport report = assertDoesNotThrowReport(tmp.resolve("corpus"));
        onlyFinding(report, FindingCode.CORPUS_EMPTY, "corpus", "");
    }

    private static ValidationReport assertDoesNotThrowReport(Path corpus) {
        try {
            return CorpusFixture.validator().validate(corpus);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aSchemaRefOutsideTheSchemaFolderIsRefusedNotFetched() throws IOException {
        Path schema = CorpusFixture.copyOfSchema(tmp);
        Path articleSchema = schema.resolve(ProjectVocabulary.ARTICLE_SCHEMA);
        // 192.0.2.0/24 is TEST-NET-1: nothing answers there, so a fetch would hang or fail, not pass.
        Files.writeString(
                articleSchema,
                Files.readString(articleSchema)
                        .replace("\"title\": {", "\"title\": {\"$ref\": \"http://192.0.2.1/remote.schema.json\","));
        VocabularyException e = assertThrows(VocabularyException.class, () -> ProjectVocabulary.load(schema));
        assertTrue(e.getMessage().contains("refused to load http://192.0.2.1/remote.schema.json"), e.getMessage());
    }
}
