package zhengfa.corpus.draft.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogisticModelTest {

    private final LogisticModel model =
            new LogisticModel(List.of("short", "above_article"), new double[] {1.5, -0.25}, -0.5, 0.6, "a test");

    @Test
    void theModelFileReadsBackAsWritten() {
        assertEquals(model, LogisticModel.read(model.toJson()));
        assertEquals(
                List.of("short", "above_article"),
                LogisticModel.read(model.toJson()).features(),
                "in the order written");
    }

    @Test
    void aModelWithTermsReadsBackAsWrittenAndWeighsEachTermOnce() {
        LogisticModel withTerms = new LogisticModel(
                List.of("short"),
                new double[] {1.5},
                new TermWeights("characters", java.util.Map.of("阅读", 2.0, "法", -1.0)),
                -0.5,
                0.6,
                "a test");
        assertEquals(withTerms, LogisticModel.read(withTerms.toJson()));
        assertEquals(
                1 / (1 + Math.exp(-1.5)),
                withTerms.probability(new double[] {0}, List.of("阅读", "未知")),
                1e-12,
                "a term the model never learnt weighs nothing");
        assertEquals(
                1 / (1 + Math.exp(-0.5)), withTerms.probability(new double[] {0}, java.util.Set.of("阅读", "法")), 1e-12);
        assertThrows(
                IllegalArgumentException.class,
                () -> withTerms.expecting(List.of("short"), "", "scripts/train-something"),
                "a model of terms cut otherwise is refused");
        assertEquals(withTerms, withTerms.expecting(List.of("short"), "characters", "scripts/train-something"));
    }

    @Test
    void theProbabilityIsTheLogisticOfTheWeightedSum() {
        assertEquals(1 / (1 + Math.exp(-1)), model.probability(new double[] {1, 0}), 1e-12);
        assertTrue(model.accepts(new double[] {1, 0}));
        assertEquals(false, model.accepts(new double[] {0, 1}));
    }

    @Test
    void aModelOfOtherFeaturesIsRefusedSayingWhatToRun() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> model.expecting(List.of("short", "below_article"), "scripts/train-something"));
        assertTrue(e.getMessage().contains("retrain it with scripts/train-something"), e.getMessage());
        assertThrows(
                IllegalArgumentException.class, () -> new LogisticModel(List.of("one"), new double[2], 0, 0.5, "x"));
    }
}
