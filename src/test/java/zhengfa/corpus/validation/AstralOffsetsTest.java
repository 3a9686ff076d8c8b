package zhengfa.corpus.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static zhengfa.corpus.CorpusFixture.onlyFinding;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengfa.corpus.CorpusFixture;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;

/**
 * The fixture text starts with 𠮷 (U+20BB7, two UTF-16 units): every span after it has UTF-16
 * offsets one more than its code-point offsets, and spans 𠮷野家 contain it.
 */
class AstralOffsetsTest {

    static final String ID = "astral-2024-yoshinoya";
    private static final String ANN = "corpus/" + ID + ".ann.json";

    @TempDir
    Path tmp;

    @Test
    void codePointOffsetsAroundAnAstralCharacterAreValid() {
        ValidationReport report = CorpusFixture.fixture("astral", tmp).validate();
        assertEquals(0, report.findings().size(), () -> CorpusFixture.describe(report.findings()));
    }

    @Test
    void utf16OffsetsAfterAnAstralCharacterAreNamedAsSuch() {
        CorpusFixture corpus = CorpusFixture.fixture("astral", tmp);
        // LOC 上海 is [4, 6) in code points, [5, 7) in UTF-16 units (what Java's indexOf would give).
        String text = corpus.readText(ID);
        int utf16Start = text.indexOf("上海");
        assertEquals(5, utf16Start);
        corpus.editSpan(ID, "e002", s -> {
            s.put("start", utf16Start);
            s.put("end", utf16Start + 2);
        });
        Finding f = onlyFinding(corpus.validate(), FindingCode.SPAN_UTF16_OFFSETS, ANN, "#/spans/3");
        assertEquals("[5, 7) counted in UTF-16 code units", f.found());
        assertEquals(
                "[4, 6) in code points (1 character(s) outside the Basic Multilingual Plane come before it)",
                f.expected());
    }
}
