package zhengfa.corpus.draft.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionTest {

    private static Candidate<String> c(String value, double score, int line) {
        return new Candidate<>(value, score, new Evidence(line, value), "rule " + line);
    }

    @Test
    void agreeingCandidatesPoolTheirScores() {
        FieldDraft<String> d = Decision.DEFAULT.decide(List.of(c("a", 0.5, 1), c("a", 0.5, 2)), "none");
        FieldDraft.Drafted<String> drafted = assertInstanceOf(FieldDraft.Drafted.class, d);
        assertEquals(0.75, drafted.confidence(), 1e-9);
        assertEquals(1, drafted.chosen().evidence().line(), "the first of equals gives the evidence");
    }

    @Test
    void belowTheThresholdTheFieldStaysBlankAndSaysWhy() {
        FieldDraft<String> d = Decision.DEFAULT.decide(List.of(c("a", 0.5, 3)), "none");
        FieldDraft.Blank<String> blank = assertInstanceOf(FieldDraft.Blank.class, d);
        assertTrue(blank.reason().contains("line 3"), blank.reason());
        assertEquals(1, blank.candidates().size());
    }

    @Test
    void closeRivalsLeaveTheFieldBlank() {
        FieldDraft<String> d = Decision.DEFAULT.decide(List.of(c("a", 0.8, 1), c("b", 0.7, 2)), "none");
        FieldDraft.Blank<String> blank = assertInstanceOf(FieldDraft.Blank.class, d);
        assertTrue(blank.reason().startsWith("unsure between"), blank.reason());
        assertInstanceOf(
                FieldDraft.Drafted.class, Decision.DEFAULT.decide(List.of(c("a", 0.9, 1), c("b", 0.5, 2)), "none"));
    }

    @Test
    void noCandidateIsABlankWithTheGivenReason() {
        assertEquals(
                "nothing printed",
                ((FieldDraft.Blank<String>) Decision.DEFAULT.decide(List.<Candidate<String>>of(), "nothing printed"))
                        .reason());
    }
}
