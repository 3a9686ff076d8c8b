package zhengfa.corpus.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static zhengfa.corpus.CorpusFixture.LESHAN;
import static zhengfa.corpus.CorpusFixture.XINJIANG;
import static zhengfa.corpus.CorpusFixture.findingOf;
import static zhengfa.corpus.CorpusFixture.onlyFinding;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengfa.corpus.CorpusFixture;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.Severity;

class TextRulesTest {

    private static final String LESHAN_TEXT = "corpus/" + LESHAN + ".txt";

    @TempDir
    Path tmp;

    /** The real corpus without Leshan's annotations, whose offsets a changed text would break too. */
    private CorpusFixture corpus() {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        return corpus.delete(corpus.annotations(LESHAN));
    }

    @Test
    void theProjectCorpusIsValid() {
        ValidationReport report = CorpusFixture.copyOf(tmp).validate();
        assertEquals(0, report.findings().size(), () -> CorpusFixture.describe(report.findings()));
    }

    @Test
    void invalidUtf8IsLocatedByByteOffset() {
        CorpusFixture corpus = corpus();
        byte[] bytes = corpus.readText(LESHAN).getBytes(StandardCharsets.UTF_8);
        bytes[30] = (byte) 0xFF;
        Finding f = onlyFinding(
                corpus.writeBytes(corpus.text(LESHAN), bytes).validate(),
                FindingCode.TEXT_NOT_UTF8,
                LESHAN_TEXT,
                "@byte 30");
        assertTrue(f.found().contains("at byte 30 (line 1, column 11)"), f.found());
    }

    @Test
    void gb18030TextIsRecognisedAndTheConversionIsSuggested() {
        CorpusFixture corpus = corpus();
        byte[] gbk = corpus.readText(LESHAN).getBytes(Charset.forName("GB18030"));
        // The first two characters happen to be valid UTF-8 bytes too; the third is not.
        Finding f = onlyFinding(
                corpus.writeBytes(corpus.text(LESHAN), gbk).validate(),
                FindingCode.TEXT_NOT_UTF8,
                LESHAN_TEXT,
                "@byte 2");
        assertTrue(f.message().contains("GB18030"), f.message());
        assertTrue(f.fix().contains("iconv -f GB18030 -t UTF-8"), f.fix());
    }

    @Test
    void utf16TextIsRecognised() {
        CorpusFixture corpus = corpus();
        byte[] utf16 = ("\uFEFF" + corpus.readText(LESHAN)).getBytes(StandardCharsets.UTF_16LE);
        Finding f = onlyFinding(
                corpus.writeBytes(corpus.text(LESHAN), utf16).validate(),
                FindingCode.TEXT_NOT_UTF8,
                LESHAN_TEXT,
                "@byte 0");
        assertTrue(f.message().contains("UTF-16LE"), f.message());
    }

    @Test
    void byteOrderMark() {
        CorpusFixture corpus = corpus();
        corpus.writeText(LESHAN, "\uFEFF" + corpus.readText(LESHAN));
        Finding f = onlyFinding(corpus.validate(), FindingCode.TEXT_BOM, LESHAN_TEXT, ":1:1");
        assertTrue(f.fix().contains("remove the first three bytes"));
    }

    @Test
    void crlfLineEndingsPointAtTheFirstCarriageReturn() {
        CorpusFixture corpus = corpus();
        String text = corpus.readText(LESHAN);
        int firstLineLength = text.codePointCount(0, text.indexOf('\n'));
        corpus.writeText(LESHAN, text.replace("\n", "\r\n"));
        Finding f = onlyFinding(
                corpus.validate(), FindingCode.TEXT_CR_LINE_ENDING, LESHAN_TEXT, ":1:" + (firstLineLength + 1));
        assertTrue(f.message().contains("CRLF"), f.message());
    }

    @Test
    void bareCarriageReturns() {
        CorpusFixture corpus = corpus();
        corpus.writeText(LESHAN, corpus.readText(LESHAN).replace("\n", "\r"));
        Finding f = findingOf(corpus.validate(), FindingCode.TEXT_CR_LINE_ENDING);
        assertTrue(f.message().endsWith("CR line endings"), f.message());
    }

    @Test
    void nulCharacterIsLocatedByLineAndColumn() {
        CorpusFixture corpus = corpus();
        String text = corpus.readText(LESHAN);
        int secondLine = text.indexOf('\n') + 1;
        corpus.writeText(LESHAN, text.substring(0, secondLine + 4) + "\u0000" + text.substring(secondLine + 4));
        Finding f = onlyFinding(corpus.validate(), FindingCode.TEXT_CONTROL_CHARACTER, LESHAN_TEXT, ":2:5");
        assertTrue(f.found().startsWith("U+0000 NUL"), f.found());
    }

    @Test
    void compatibilityIdeographIsNotNfc() {
        CorpusFixture corpus = corpus();
        String text = corpus.readText(LESHAN);
        int secondLine = text.indexOf('\n') + 1;
        // U+F900 is a CJK compatibility ideograph; NFC maps it to U+8C48.
        corpus.writeText(LESHAN, text.substring(0, secondLine + 2) + "\uF900" + text.substring(secondLine + 2));
        Finding f = onlyFinding(corpus.validate(), FindingCode.TEXT_NOT_NFC, LESHAN_TEXT, ":2:3");
        assertTrue(f.found().startsWith("U+F900"), f.found());
    }

    @Test
    void emptyText() {
        CorpusFixture corpus = corpus();
        corpus.writeText(LESHAN, "");
        Finding f = findingOf(corpus.validate(), FindingCode.TEXT_EMPTY);
        assertEquals(LESHAN_TEXT, f.file());
    }

    @Test
    void declaredSimplifiedForTraditionalText() {
        CorpusFixture corpus = corpus();
        corpus.editSidecar(XINJIANG, s -> {
            s.put("script", "Hans");
            s.put("language", "zh-Hans");
        });
        Finding f = onlyFinding(
                corpus.validate(), FindingCode.TEXT_SCRIPT_MISMATCH, "corpus/" + XINJIANG + ".meta.json", "#/script");
        assertTrue(f.found().contains("the text is Hant"), f.found());
    }

    @Test
    void declaredTraditionalForSimplifiedText() {
        CorpusFixture corpus = corpus();
        corpus.editSidecar(LESHAN, s -> {
            s.put("script", "Hant");
            s.put("language", "zh-Hant");
        });
        Finding f = onlyFinding(
                corpus.validate(), FindingCode.TEXT_SCRIPT_MISMATCH, "corpus/" + LESHAN + ".meta.json", "#/script");
        assertTrue(f.expected().contains("Hans"), f.expected());
    }

    @Test
    void mixedScriptText() {
        CorpusFixture corpus = corpus();
        corpus.writeText(LESHAN, corpus.readText(LESHAN) + "\n" + corpus.readText(XINJIANG));
        onlyFinding(corpus.validate(), FindingCode.TEXT_SCRIPT_MIXED, LESHAN_TEXT, "");
    }

    @Test
    void tooLittleHanToJudgeIsAWarningNotAGuess() {
        CorpusFixture corpus = corpus();
        String title = "乐山市政法工作";
        corpus.writeText(LESHAN, title + "\n2022年 Leshan political-legal work, an English summary.");
        corpus.editSidecar(LESHAN, s -> {
            s.put("title", title);
            s.put("date_evidence", "2022年");
            // Nobody is named in this short text: the sidecar must not claim otherwise.
            s.putArray("reporters");
            s.putArray("interviewees");
            s.put("source", "unknown");
            s.putNull("source_as_printed");
            s.put("source_note", "A test text that names no publication.");
        });
        ValidationReport report = corpus.validate();
        Finding f = onlyFinding(report, FindingCode.TEXT_SCRIPT_UNDETERMINED, LESHAN_TEXT, "");
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(report.passes(false));
        assertTrue(!report.passes(true));
    }

    @Test
    void anInjectedSpamLineInTheOtherScriptIsClearedByAnnotatingItAsBoilerplate() {
        CorpusFixture corpus = corpus();
        String text = corpus.readText(LESHAN);
        // a mirror's injected line, written for this test: Traditional keywords on a Simplified page
        String spam = "國產精品視頻_亞洲熟女在線觀看_午夜福利網站_".repeat(40);
        String withSpam = text + "\n" + spam + "\n";
        corpus.writeText(LESHAN, withSpam);
        onlyFinding(corpus.validate(), FindingCode.TEXT_SCRIPT_MIXED, LESHAN_TEXT, "");

        int start = text.codePointCount(0, text.length()) + 1;
        int end = start + spam.codePointCount(0, spam.length());
        corpus.writeString(
                corpus.annotations(LESHAN),
                "{\"article_id\": \"" + LESHAN + "\", \"spans\": [{\"id\": \"s001\","
                        + " \"layer\": \"structure\", \"label\": \"boilerplate\", \"start\": " + start + ", \"end\": "
                        + end
                        + ", \"text\": \"" + spam + "\", \"attrs\": {\"kind\": \"spam\"}, \"source\": \"gold\"}]}\n");
        ValidationReport report = corpus.validate();
        assertEquals(0, report.findings().size(), () -> CorpusFixture.describe(report.findings()));
    }

    @Test
    void aJapaneseTextUnderAChineseSidecarFails() {
        CorpusFixture corpus = corpus();
        // written for this test
        corpus.writeText(
                LESHAN,
                corpus.readText(LESHAN).lines().findFirst().orElseThrow() + "\n"
                        + "警視庁によりますと、特殊詐欺の被害を防ぐため、区内の高齢者を対象にした防犯教室を毎月開くことにしました。\n"
                        + "担当者は「地域の皆さんと一緒に被害をなくしていきたい」と話しています。\n");
        Finding f = findingOf(corpus.validate(), FindingCode.TEXT_NOT_CHINESE);
        assertTrue(f.found().startsWith("Japanese"), f.found());
        assertEquals(LESHAN_TEXT, f.file());
    }
}
