package zhengfa.corpus.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static zhengfa.corpus.CorpusFixture.LESHAN;
import static zhengfa.corpus.CorpusFixture.findingOf;
import static zhengfa.corpus.CorpusFixture.onlyFinding;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengfa.corpus.CorpusFixture;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;

/**
 * Span rules, each on a copy of the real corpus with one span of the Leshan interview broken.
 * e001 is CAMPAIGN 中国绿色硅谷 at [4, 10); s001 the headline [0, 29); s003 the first question.
 */
class SpanRulesTest {

    private static final String LESHAN_ANN = "corpus/" + LESHAN + ".ann.json";

    @TempDir
    Path tmp;

    private CorpusFixture corpus() {
        return CorpusFixture.copyOf(tmp);
    }

    private static String pointer(CorpusFixture corpus, String spanId, String field) {
        return "#/spans/" + corpus.spanIndex(LESHAN, spanId) + (field.isEmpty() ? "" : "/" + field);
    }

    @Test
    void spanShiftedByOneSaysBy() {
        CorpusFixture corpus = corpus();
        corpus.editSpan(LESHAN, "e001", s -> {
            s.put("start", 5);
            s.put("end", 11);
        });
        Finding f = onlyFinding(
                corpus.validate(), FindingCode.SPAN_TEXT_MISMATCH, LESHAN_ANN, pointer(corpus, "e001", "text"));
        assertTrue(f.message().contains("offsets are shifted by -1 code point(s)"), f.message());
        assertEquals("shift start and end by -1", f.fix());
    }

    @Test
    void utf8ByteOffsets() {
        CorpusFixture corpus = corpus();
        String text = corpus.readText(LESHAN);
        int start = text.substring(0, 4).getBytes(StandardCharsets.UTF_8).length;
        int end = text.substring(0, 10).getBytes(StandardCharsets.UTF_8).length;
        corpus.editSpan(LESHAN, "e001", s -> {
            s.put("start", start);
            s.put("end", end);
        });
        Finding f =
                onlyFinding(corpus.validate(), FindingCode.SPAN_UTF8_OFFSETS, LESHAN_ANN, pointer(corpus, "e001", ""));
        assertEquals("[4, 10) in code points", f.expected());
    }

    @Test
    void anchorTextThatOccursNowhereNear() {
        CorpusFixture corpus = corpus();
        corpus.editSpan(LESHAN, "e001", s -> s.put("text", "中国硅谷绿色"));
        Finding f = onlyFinding(
                corpus.validate(), FindingCode.SPAN_TEXT_MISMATCH, LESHAN_ANN, pointer(corpus, "e001", "text"));
        assertTrue(f.found().contains("covers \"中国绿色硅谷\""), f.found());
    }

    @Test
    void outOfBounds() {
        CorpusFixture corpus = corpus();
        corpus.editSpan(LESHAN, "e001", s -> s.put("end", 100_000));
        Finding f = onlyFinding(
                corpus.validate(), FindingCode.SPAN_OUT_OF_BOUNDS, LESHAN_ANN, pointer(corpus, "e001", "end"));
        assertEquals("at most 3697, the text's length in code points", f.expected());
    }

    @Test
    void aNegativeOffsetIsTheSchemasFindingAndCrashesNoRule() {
        // Found by the fuzzer: the span rules indexed the text with a negative start. The span is
        // boilerplate so that every rule that indexes by offset (anchor, overlap, coverage) meets it.
        CorpusFixture corpus = corpus();
        corpus.editSpan(LESHAN, "e001", s -> {
            s.put("start", -68);
            s.put("label", "boilerplate");
        });
        ValidationReport report = corpus.validate();
        assertTrue(
                report.findings().stream()
                        .anyMatch(f -> f.code() == FindingCode.ANNOTATION_SCHEMA_VIOLATION
                                && f.file().equals(LESHAN_ANN)),
                () -> CorpusFixture.describe(report.findings()));
        assertTrue(
                report.findings().stream().noneMatch(f -> f.code().name().startsWith("SPAN_")),
                () -> CorpusFixture.describe(report.findings()));
    }

    @Test
    void reversed() {
        CorpusFixture corpus = corpus();
        corpus.editSpan(LESHAN, "e001", s -> {
            s.put("start", 10);
            s.put("end", 4);
        });
        Finding f = onlyFinding(
                corpus.validate(), FindingCode.SPAN_EMPTY_OR_REVERSED, LESHAN_ANN, pointer(corpus, "e001", ""));
        assertTrue(f.message().endsWith("is reversed"), f.message());
    }

    @Test
    void unknownLayer() {
        CorpusFixture corpus = corpus();
        corpus.editSpan(LESHAN, "e001", s -> s.put("layer", "topic"));
        onlyFinding(corpus.validate(), FindingCode.SPAN_UNKNOWN_LAYER, LESHAN_ANN, pointer(corpus, "e001", "layer"));
    }

    @Test
    void labelOfAnotherLayer() {
        CorpusFixture corpus = corpus();
        corpus.editSpan(LESHAN, "e001", s -> s.put("label", "headline"));
        Finding f = onlyFinding(
                corpus.validate(), FindingCode.SPAN_UNKNOWN_LABEL, LESHAN_ANN, pointer(corpus, "e001", "label"));
        assertTrue(f.expected().contains("CAMPAIGN"), f.expected());
    }

    @Test
    void attributeTheLabelDoesNotAllow() {
        CorpusFixture corpus = corpus();
        corpus.editSpan(LESHAN, "e001", s -> s.putObject("attrs").put("speaker", "廖全军"));
        onlyFinding(
                corpus.validate(),
                FindingCode.SPAN_UNKNOWN_ATTRIBUTE,
                LESHAN_ANN,
                pointer(corpus, "e001", "attrs/speaker"));
    }

    @Test
    void answerWithoutSpeaker() {
        CorpusFixture corpus = corpus();
        corpus.editSpan(LESHAN, "s004", s -> s.remove("attrs"));
        onlyFinding(
                corpus.validate(), FindingCode.SPAN_MISSING_ATTRIBUTE, LESHAN_ANN, pointer(corpus, "s004", "attrs"));
    }

    @Test
    void boilerplateKindOutsideTheVocabulary() {
        CorpusFixture corpus = corpus();
        String spam = corpus.readString(corpus.annotations(LESHAN)).contains("\"kind\": \"spam\"") ? "spam" : null;
        assertEquals("spam", spam);
        corpus.editAnnotations(
                LESHAN,
                root -> root.withArray("spans").forEach(span -> {
                    if ("boilerplate".equals(span.get("label").asText())) {
                        ((com.fasterxml.jackson.databind.node.ObjectNode) span.get("attrs")).put("kind", "banner");
                    }
                }));
        Finding f = findingOf(corpus.validate(), FindingCode.SPAN_ATTRIBUTE_NOT_ALLOWED);
        assertTrue(f.expected().contains("page-jump"), f.expected());
    }

    @Test
    void regionCodeOfALocMustExist() {
        CorpusFixture corpus = corpus();
        corpus.editSpan(LESHAN, "e002", s -> s.putObject("attrs").put("region_code", "519999"));
        onlyFinding(
                corpus.validate(),
                FindingCode.SPAN_ATTRIBUTE_NOT_ALLOWED,
                LESHAN_ANN,
                pointer(corpus, "e002", "attrs/region_code"));
    }

    @Test
    void partlyOverlappingSpansOfALayerThatNests() {
        CorpusFixture corpus = corpus();
        // The headline [0, 29) and a new subheadline [20, 40) cross.
        String text = corpus.readText(LESHAN);
        corpus.editAnnotations(
                LESHAN,
                root -> root.withArray("spans")
                        .addObject()
                        .put("id", "s999")
                        .put("layer", "structure")
                        .put("label", "subheadline")
                        .put("start", 20)
                        .put("end", 40)
                        .put("text", text.substring(20, 40))
                        .put("source", "gold"));
        Finding f = findingOf(corpus.validate(), FindingCode.SPAN_FORBIDDEN_OVERLAP);
        assertTrue(f.found().contains("partly overlapping span s001"), f.found());
    }

    @Test
    void aSpanOverItsLineBreakIsOneWarningWhoseEditPassesTheCheck() {
        CorpusFixture corpus = corpus();
        String text = corpus.readText(LESHAN);
        // the headline [0, 29) taken with the line break after it
        String withBreak = text.substring(0, text.offsetByCodePoints(0, 30));
        corpus.editSpan(LESHAN, "s001", span -> span.put("end", 30).put("text", withBreak));
        Finding f = findingOf(corpus.validate(), FindingCode.SPAN_EDGE_WHITESPACE);
        assertTrue(f.found().contains("[0, 30) ends with a space or line break"), f.found());
        assertEquals("[0, 29), from the first to the last character it marks", f.expected());
        onlyFinding(
                corpus.validate(),
                FindingCode.SPAN_EDGE_WHITESPACE,
                LESHAN_ANN,
                f.location().render());
        corpus.editSpan(LESHAN, "s001", span -> span.put("end", 29).put("text", withBreak.strip()));
        assertTrue(corpus.validate().findings().isEmpty(), "the suggested fix passes the check");
    }

    @Test
    void aSpanOfSpacesAloneIsToBeDeleted() {
        CorpusFixture corpus = corpus();
        String text = corpus.readText(LESHAN);
        int lineBreak = text.codePointCount(0, text.indexOf('\n'));
        corpus.editAnnotations(
                LESHAN,
                root -> root.withArray("spans")
                        .addObject()
                        .put("id", "e999")
                        .put("layer", "entity")
                        .put("label", "LOC")
                        .put("start", lineBreak)
                        .put("end", lineBreak + 1)
                        .put("text", "\n")
                        .put("source", "gold"));
        Finding f = findingOf(corpus.validate(), FindingCode.SPAN_EDGE_WHITESPACE);
        assertTrue(f.fix().startsWith("delete span e999"), f.fix());
    }

    @Test
    void aTurnThatDoesNotBeginWithItsSpeakerIsAWarning() {
        CorpusFixture corpus = corpus();
        corpus.editSpan(LESHAN, "s004", span -> ((ObjectNode) span.with("attrs")).put("speaker", "王某"));
        Finding f = onlyFinding(
                corpus.validate(),
                FindingCode.SPAN_SPEAKER_NOT_PRINTED,
                LESHAN_ANN,
                pointer(corpus, "s004", "attrs/speaker"));
        assertTrue(f.found().contains("gives the speaker \"王某\" but begins \"廖全军"), f.found());
    }

    @Test
    void duplicateSpanId() {
        CorpusFixture corpus = corpus();
        corpus.editSpan(LESHAN, "e002", s -> s.put("id", "e001"));
        onlyFinding(
                corpus.validate(),
                FindingCode.SPAN_DUPLICATE_ID,
                LESHAN_ANN,
                pointer(corpus, "e001", "id")
                        .replace(
                                "/" + corpus.spanIndex(LESHAN, "e001") + "/",
                                "/" + (corpus.spanIndex(LESHAN, "e001") + 1) + "/"));
    }

    @Test
    void aCopyOfASpanUnderAnotherIdIsOneFindingNamingBoth() {
        CorpusFixture corpus = corpus();
        int original = corpus.spanIndex(LESHAN, "e002");
        corpus.editAnnotations(LESHAN, root -> {
            var spans = root.withArray("spans");
            spans.add(spans.get(original).deepCopy());
            ((ObjectNode) spans.get(spans.size() - 1)).put("id", "e999");
        });
        Finding f = findingOf(corpus.validate(), FindingCode.SPAN_DUPLICATE);
        assertTrue(f.message().contains("e002") && f.message().contains("e999"), f.message());
        assertTrue(f.fix().contains("delete span e999"), f.fix());
        onlyFinding(
                corpus.validate(),
                FindingCode.SPAN_DUPLICATE,
                LESHAN_ANN,
                f.location().render());
        corpus.editAnnotations(
                LESHAN,
                root -> root.withArray("spans").remove(root.withArray("spans").size() - 1));
        assertTrue(corpus.validate().findings().isEmpty(), "the suggested fix passes the check");
    }

    @Test
    void articleIdOfAnotherArticle() {
        onlyFinding(
                corpus().editAnnotations(LESHAN, root -> root.put("article_id", "leshan-2023"))
                        .validate(),
                FindingCode.ANNOTATION_ARTICLE_ID_MISMATCH,
                LESHAN_ANN,
                "#/article_id");
    }

    @Test
    void offsetsWrittenAsStringsBreakTheSchema() {
        CorpusFixture corpus = corpus();
        corpus.editSpan(LESHAN, "e001", s -> s.put("start", "4"));
        onlyFinding(corpus.validate(), FindingCode.ANNOTATION_WRONG_TYPE, LESHAN_ANN, pointer(corpus, "e001", "start"));
    }

    @Test
    void machineSpansNameTheirRule() {
        CorpusFixture corpus = corpus();
        corpus.editSpan(LESHAN, "e001", s -> s.put("source", "regex"));
        onlyFinding(
                corpus.validate(),
                FindingCode.ANNOTATION_PATTERN_MISMATCH,
                LESHAN_ANN,
                pointer(corpus, "e001", "source"));
        corpus.editSpan(LESHAN, "e001", s -> s.put("source", "rule:book-title@1.0"));
        assertEquals(0, corpus.validate().findings().size());
    }

    @Test
    void aTextThatIsOnlyBoilerplate() {
        CorpusFixture corpus = corpus();
        String text = corpus.readText(LESHAN);
        corpus.editAnnotations(
                LESHAN,
                root -> root.withArray("spans")
                        .addObject()
                        .put("id", "s999")
                        .put("layer", "structure")
                        .put("label", "boilerplate")
                        .put("start", 0)
                        .put("end", text.codePointCount(0, text.length()))
                        .put("text", text)
                        .put("source", "gold")
                        .putObject("attrs")
                        .put("kind", "spam"));
        Finding f = findingOf(corpus.validate(), FindingCode.TEXT_ONLY_BOILERPLATE);
        assertEquals("corpus/" + LESHAN + ".txt", f.file());
    }
}
