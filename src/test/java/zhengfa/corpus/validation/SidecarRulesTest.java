package zhengfa.corpus.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static zhengfa.corpus.CorpusFixture.LESHAN;
import static zhengfa.corpus.CorpusFixture.SUIZHOU;
import static zhengfa.corpus.CorpusFixture.onlyFinding;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengfa.corpus.CorpusFixture;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;

class SidecarRulesTest {

    private static final String SUIZHOU_META = "corpus/" + SUIZHOU + ".meta.json";
    private static final String LESHAN_META = "corpus/" + LESHAN + ".meta.json";

    @TempDir
    Path tmp;

    private CorpusFixture corpus() {
        return CorpusFixture.copyOf(tmp);
    }

    @Test
    void truncatedJsonIsLocatedByLineAndColumn() {
        CorpusFixture corpus = corpus();
        String json = corpus.readString(corpus.sidecar(SUIZHOU));
        corpus.writeString(corpus.sidecar(SUIZHOU), json.substring(0, json.indexOf("\"region\"")));
        Finding f = onlyFinding(corpus.validate(), FindingCode.SIDECAR_MALFORMED_JSON, SUIZHOU_META, ":11:3");
        assertTrue(f.found().contains("end-of-input"), f.found());
    }

    @Test
    void trailingComma() {
        CorpusFixture corpus = corpus();
        String json = corpus.readString(corpus.sidecar(SUIZHOU));
        corpus.writeString(corpus.sidecar(SUIZHOU), json.replace("\"04版\",", "\"04版\",,"));
        Finding f = onlyFinding(corpus.validate(), FindingCode.SIDECAR_MALFORMED_JSON, SUIZHOU_META, ":17:17");
        assertTrue(f.expected().contains("no trailing commas"));
    }

    @Test
    void comments() {
        CorpusFixture corpus = corpus();
        String json = corpus.readString(corpus.sidecar(SUIZHOU));
        corpus.writeString(corpus.sidecar(SUIZHOU), json.replace("{\n", "{\n  // scraped 2023\n"));
        onlyFinding(corpus.validate(), FindingCode.SIDECAR_MALFORMED_JSON, SUIZHOU_META, ":2:3");
    }

    @Test
    void duplicateKey() {
        CorpusFixture corpus = corpus();
        String json = corpus.readString(corpus.sidecar(SUIZHOU));
        corpus.writeString(
                corpus.sidecar(SUIZHOU),
                json.replace("\"genre\": \"report\",", "\"genre\": \"report\",\n  \"genre\": \"interview\","));
        Finding f = onlyFinding(corpus.validate(), FindingCode.SIDECAR_DUPLICATE_KEY, SUIZHOU_META, ":15:10");
        assertTrue(f.message().contains("'genre'"), f.message());
    }

    @Test
    void wrongType() {
        Finding f = onlyFinding(
                corpus().editSidecar(SUIZHOU, s -> s.put("reporters", "许静")).validate(),
                FindingCode.SIDECAR_WRONG_TYPE,
                SUIZHOU_META,
                "#/reporters");
        assertEquals("\"许静\"", f.found());
    }

    @Test
    void unknownField() {
        Finding f = onlyFinding(
                corpus().editSidecar(SUIZHOU, s -> s.put("reporter", "许静")).validate(),
                FindingCode.SIDECAR_UNKNOWN_FIELD,
                SUIZHOU_META,
                "#/reporter");
        assertTrue(f.fix().contains("remove \"reporter\""), f.fix());
    }

    @Test
    void missingField() {
        Finding f = onlyFinding(
                corpus().editSidecar(SUIZHOU, s -> s.remove("genre")).validate(),
                FindingCode.SIDECAR_MISSING_FIELD,
                SUIZHOU_META,
                "#/genre");
        assertTrue(f.fix().startsWith("add \"genre\""), f.fix());
    }

    @Test
    void valueOutsideTheVocabulary() {
        onlyFinding(
                corpus().editSidecar(SUIZHOU, s -> s.put("script", "Latn")).validate(),
                FindingCode.SIDECAR_VALUE_NOT_ALLOWED,
                SUIZHOU_META,
                "#/script");
    }

    @Test
    void regionCodeOfTheWrongForm() {
        onlyFinding(
                corpus().editSidecar(SUIZHOU, s -> s.put("region", "4213")).validate(),
                FindingCode.SIDECAR_PATTERN_MISMATCH,
                SUIZHOU_META,
                "#/region");
    }

    @Test
    void inferredDateNeedsEvidence() {
        onlyFinding(
                corpus().editSidecar(LESHAN, s -> s.remove("date_evidence")).validate(),
                FindingCode.SIDECAR_MISSING_FIELD,
                LESHAN_META,
                "#/date_evidence");
    }

    @Test
    void unknownSourceNeedsANote() {
        onlyFinding(
                corpus().editSidecar(CorpusFixture.XISHUANGBANNA, s -> s.remove("source_note"))
                        .validate(),
                FindingCode.SIDECAR_MISSING_FIELD,
                "corpus/" + CorpusFixture.XISHUANGBANNA + ".meta.json",
                "#/source_note");
    }

    @Test
    void idDiffersFromFileStem() {
        Finding f = onlyFinding(
                corpus().editSidecar(SUIZHOU, s -> s.put("id", "suizhou-2023")).validate(),
                FindingCode.SIDECAR_ID_MISMATCH,
                SUIZHOU_META,
                "#/id");
        assertTrue(f.expected().contains(SUIZHOU));
    }

    @Test
    void aDateInChineseFormIsOneFindingWhoseFixPasses() {
        CorpusFixture corpus = corpus().editSidecar(SUIZHOU, s -> s.put("date", "2023年4月6日"));
        Finding f = onlyFinding(corpus.validate(), FindingCode.SIDECAR_PATTERN_MISMATCH, SUIZHOU_META, "#/date");
        assertEquals("write \"2023-04-06\" with \"date_precision\": \"day\"", f.fix());
        assertEquals(
                List.of(),
                corpus.editSidecar(SUIZHOU, s -> s.put("date", "2023-04-06").put("date_precision", "day"))
                        .validate()
                        .findings(),
                "the fix applied");
    }

    @Test
    void aDateWithItsTimeInChineseFormGetsTheFixWithItsPrecision() {
        String xinjiang = "corpus/" + CorpusFixture.XINJIANG + ".meta.json";
        CorpusFixture corpus = corpus().editSidecar(
                        CorpusFixture.XINJIANG,
                        s -> s.put("date", "2023年9月22日21:13").put("date_precision", "day"));
        Finding f = onlyFinding(corpus.validate(), FindingCode.SIDECAR_PATTERN_MISMATCH, xinjiang, "#/date");
        assertTrue(f.fix().startsWith("write \"2023-09-22T21:13+08:00\" with \"date_precision\": \"minute\""), f.fix());
        assertEquals(
                List.of(),
                corpus.editSidecar(
                                CorpusFixture.XINJIANG,
                                s -> s.put("date", "2023-09-22T21:13+08:00").put("date_precision", "minute"))
                        .validate()
                        .findings(),
                "the fix applied");
    }

    @Test
    void aDatelineWithoutItsYearStillFixesTheMonthAndDay() {
        String xinjiang = "corpus/" + CorpusFixture.XINJIANG + ".meta.json";
        CorpusFixture corpus =
                corpus().editSidecar(CorpusFixture.XINJIANG, s -> s.put("date_evidence", "特別是8月26日習近平總"));
        Finding f = onlyFinding(corpus.validate(), FindingCode.SIDECAR_DATE_CONTRADICTS_EVIDENCE, xinjiang, "#/date");
        assertEquals(
                "write \"date\": \"2023-08-26\" and \"date_precision\": \"day\" (the year as the page gives it;"
                        + " or correct date_evidence if it quotes the wrong passage)",
                f.fix());
        assertEquals(
                List.of(),
                corpus.editSidecar(
                                CorpusFixture.XINJIANG,
                                s -> s.put("date", "2023-08-26").put("date_precision", "day"))
                        .validate()
                        .findings(),
                "the fix passes the check");
    }

    @Test
    void impossibleDay() {
        Finding f = onlyFinding(
                corpus().editSidecar(SUIZHOU, s -> s.put("date", "2023-02-30")).validate(),
                FindingCode.SIDECAR_DATE_INVALID,
                SUIZHOU_META,
                "#/date");
        assertEquals("2023-02-30 does not exist: 2023-02 has 28 days", f.message());
    }

    @Test
    void impossibleMonth() {
        Finding f = onlyFinding(
                corpus().editSidecar(SUIZHOU, s -> s.put("date", "2023-13-01")).validate(),
                FindingCode.SIDECAR_DATE_INVALID,
                SUIZHOU_META,
                "#/date");
        assertTrue(f.message().contains("month 13 does not exist"), f.message());
    }

    @Test
    void impossibleTime() {
        onlyFinding(
                corpus().editSidecar(SUIZHOU, s -> {
                            s.put("date", "2023-04-06T24:30+08:00");
                            s.put("date_precision", "minute");
                        })
                        .validate(),
                FindingCode.SIDECAR_DATE_INVALID,
                SUIZHOU_META,
                "#/date");
    }

    @Test
    void precisionContradictsTheValue() {
        Finding f = onlyFinding(
                corpus().editSidecar(SUIZHOU, s -> s.put("date", "2023-04")).validate(),
                FindingCode.SIDECAR_DATE_PRECISION_MISMATCH,
                SUIZHOU_META,
                "#/date_precision");
        assertTrue(f.expected().contains("\"month\""), f.expected());
    }

    @Test
    void dateAfterTheRelease() {
        onlyFinding(
                corpus().editSidecar(LESHAN, s -> s.put("date", "2027")).validate(),
                FindingCode.SIDECAR_DATE_IN_FUTURE,
                LESHAN_META,
                "#/date");
    }

    @Test
    void dateEvidenceMustQuoteTheText() {
        onlyFinding(
                corpus().editSidecar(LESHAN, s -> s.put("date_evidence", "2022年乐山市政府工作報告"))
                        .validate(),
                FindingCode.SIDECAR_DATE_EVIDENCE_NOT_IN_TEXT,
                LESHAN_META,
                "#/date_evidence");
    }

    @Test
    void printedTitleMustOccurInTheText() {
        onlyFinding(
                corpus().editSidecar(SUIZHOU, s -> s.put("title", "精准发力 开创新局面")).validate(),
                FindingCode.SIDECAR_TITLE_NOT_IN_TEXT,
                SUIZHOU_META,
                "#/title");
    }

    @Test
    void unknownRegionCode() {
        Finding f = onlyFinding(
                corpus().editSidecar(SUIZHOU, s -> s.put("region", "421399")).validate(),
                FindingCode.SIDECAR_UNKNOWN_REGION,
                SUIZHOU_META,
                "#/region");
        assertTrue(f.found().contains("湖北省"), f.found());
    }

    @Test
    void unknownSource() {
        onlyFinding(
                corpus().editSidecar(SUIZHOU, s -> s.put("source", "suizhou-wanbao"))
                        .validate(),
                FindingCode.SIDECAR_UNKNOWN_SOURCE,
                SUIZHOU_META,
                "#/source");
    }

    /** A draft leaves source blank when the registry lacks the publication: the fix names the three ways out. */
    @Test
    void aBlankSourceSaysHowToFillIt() {
        Finding f = onlyFinding(
                corpus().editSidecar(SUIZHOU, s -> s.putNull("source")).validate(),
                FindingCode.SIDECAR_WRONG_TYPE,
                SUIZHOU_META,
                "#/source");
        assertTrue(f.fix().contains("sources list") && f.fix().contains("sources add KEY"), f.fix());
        assertTrue(f.fix().contains("\"unknown\" with \"source_as_printed\": null and a \"source_note\""), f.fix());
    }

    @Test
    void anUnknownSourcesPrintedNameGoesInTheNote() {
        List<Finding> findings = corpus().editSidecar(SUIZHOU, s -> s.put("source", "unknown"))
                .validate()
                .findings();
        Finding printed = findings.stream()
                .filter(f -> f.location().toString().contains("source_as_printed"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(findings.toString()));
        assertTrue(printed.fix().contains("printed name in \"source_note\""), printed.fix());
    }

    @Test
    void addsNoteThatTheRegistryLacksTheSourceIsStaleOnceTheSourceIsAKey() {
        Finding f = onlyFinding(
                corpus().editSidecar(
                                SUIZHOU,
                                s -> s.put(
                                        "source_note",
                                        "The page credits 湖北日报, which the source"
                                                + " registry does not know: add it with `sources add`, then set source to its key."))
                        .validate(),
                FindingCode.SIDECAR_SOURCE_NOTE_STALE,
                SUIZHOU_META,
                "#/source_note");
        assertTrue(f.fix().startsWith("delete \"source_note\""), f.fix());
    }

    @Test
    void aCuratorsOwnSourceNoteIsTheirsToKeep() {
        assertTrue(corpus().editSidecar(SUIZHOU, s -> s.put("source_note", "Reprinted from the county paper's site."))
                .validate()
                .findings()
                .isEmpty());
    }

    @Test
    void theUnknownSourceFindingNamesHowToFindAKeyNotEveryKey() {
        Finding f = onlyFinding(
                corpus().editSidecar(SUIZHOU, s -> s.put("source", "suizhou-wanbao"))
                        .validate(),
                FindingCode.SIDECAR_UNKNOWN_SOURCE,
                SUIZHOU_META,
                "#/source");
        assertTrue(f.expected().contains("`sources list`") && f.expected().length() < 200, f.expected());
        assertTrue(f.fix().contains("sources add suizhou-wanbao"), f.fix());
    }

    @Test
    void unknownRetrievalSite() {
        onlyFinding(
                corpus().editSidecar(SUIZHOU, s -> s.put("retrieved_from", "weibo"))
                        .validate(),
                FindingCode.SIDECAR_UNKNOWN_SOURCE,
                SUIZHOU_META,
                "#/retrieved_from");
    }

    @Test
    void languageTagContradictsScript() {
        onlyFinding(
                corpus().editSidecar(SUIZHOU, s -> s.put("language", "zh-Hant")).validate(),
                FindingCode.SIDECAR_LANGUAGE_SCRIPT_MISMATCH,
                SUIZHOU_META,
                "#/language");
    }

    @Test
    void deepNestingIsRefusedNotOverflowed() {
        CorpusFixture corpus = corpus();
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        corpus.writeString(corpus.sidecar(SUIZHOU), "{\"notes\": " + deep + "}");
        Finding f = onlyFinding(corpus.validate(), FindingCode.SIDECAR_TOO_LARGE, SUIZHOU_META, ":1:75");
        assertEquals("nesting deeper than 64 levels", f.found());
    }

    @Test
    void everyProblemOfOneSidecarIsReportedInOneRun() {
        ValidationReport report = corpus().editSidecar(SUIZHOU, s -> {
                    s.remove("genre");
                    s.put("region", "999999");
                    s.put("date", "2023-02-30");
                    s.put("colour", "red");
                })
                .validate();
        // Sorted by location: #/colour, #/date, #/genre, #/region.
        assertEquals(
                List.of(
                        FindingCode.SIDECAR_UNKNOWN_FIELD,
                        FindingCode.SIDECAR_DATE_INVALID,
                        FindingCode.SIDECAR_MISSING_FIELD,
                        FindingCode.SIDECAR_UNKNOWN_REGION),
                report.findings().stream().map(Finding::code).toList());
    }

    @Test
    void aDateFromTheAddressMustBeTheDateTheAddressCarries() {
        CorpusFixture corpus = corpus();
        corpus.editSidecar(SUIZHOU, s -> {
            s.put("date_basis", "url");
            s.put("url", "http://www.example.cn/html/2023-04/07/content_1.htm");
        });
        Finding f = onlyFinding(corpus.validate(), FindingCode.SIDECAR_DATE_NOT_IN_URL, SUIZHOU_META, "#/date");
        assertTrue(f.fix().contains("\"2023-04-07\""), f.fix());
        // the suggested fix passes the check that suggested it
        corpus.editSidecar(SUIZHOU, s -> s.put("date", "2023-04-07"));
        assertTrue(
                corpus.validate().findings().stream().noneMatch(x -> x.code() == FindingCode.SIDECAR_DATE_NOT_IN_URL));

        corpus.editSidecar(SUIZHOU, s -> s.remove("url"));
        onlyFinding(corpus.validate(), FindingCode.SIDECAR_DATE_NOT_IN_URL, SUIZHOU_META, "#/date");
    }
}
