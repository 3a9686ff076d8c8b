package zhengfa.corpus.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import zhengfa.corpus.draft.candidate.LogisticModel;
import zhengfa.corpus.draft.layout.LineFeatures;

class FurnitureModelTrainerTest {

    private static final int URL = LineFeatures.NAMES.indexOf("url_or_mail");
    private static final int LENGTH = LineFeatures.NAMES.indexOf("length_log");

    /** Lines whose label is "names an address", the first of them furniture or not. */
    private static List<FurnitureModelTrainer.Example> examples(boolean firstIsFurniture) {
        List<FurnitureModelTrainer.Example> examples = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            boolean furniture = (i % 3 == 0) == firstIsFurniture;
            double[] x = new double[LineFeatures.NAMES.size()];
            x[URL] = furniture ? 1 : 0;
            x[LENGTH] = (i % 7) / 7.0;
            examples.add(new FurnitureModelTrainer.Example(i / 10, x, java.util.Set.of(), furniture, false));
        }
        return examples;
    }

    @Test
    void theWeightsScoreFurnitureWhicheverLabelLiblinearMeetsFirst() {
        for (boolean first : new boolean[] {true, false}) {
            List<FurnitureModelTrainer.Example> examples = examples(first);
            LogisticModel model = FurnitureModelTrainer.train(examples, 1, 0.5, "a test");
            assertTrue(model.weights()[URL] > 0, "the address weight is " + model.weights()[URL]);
            for (FurnitureModelTrainer.Example e : examples) {
                assertEquals(e.furniture(), model.accepts(e.x()));
            }
        }
    }

    @Test
    void aTermOfFurnitureOnEnoughPagesGetsAWeightAndATermOfFewerPagesNone() {
        List<FurnitureModelTrainer.Example> examples = new ArrayList<>();
        double[] none = new double[LineFeatures.NAMES.size()];
        for (int page = 0; page < 20; page++) {
            // 阅读 is on every page's furniture line; 站长 on two pages' only
            java.util.Set<String> furnitureTerms = page < 2 ? java.util.Set.of("阅读", "站长") : java.util.Set.of("阅读");
            examples.add(new FurnitureModelTrainer.Example(page, none, furnitureTerms, true, false));
            for (int line = 0; line < 3; line++) {
                examples.add(new FurnitureModelTrainer.Example(page, none, java.util.Set.of("法院", "审理"), false, false));
            }
        }
        LogisticModel model = FurnitureModelTrainer.train(examples, 1, 0.5, "a test");
        assertEquals(LineFeatures.TERM_FORM, model.terms().form());
        assertTrue(
                model.terms().weights().get("阅读") > 0,
                "阅读 weighs " + model.terms().weights().get("阅读"));
        assertTrue(
                model.terms().weights().get("法院") < 0,
                "法院 weighs " + model.terms().weights().get("法院"));
        assertEquals(null, model.terms().weights().get("站长"), "on two pages only");
        assertTrue(model.accepts(none, java.util.Set.of("阅读")));
        assertEquals(false, model.accepts(none, java.util.Set.of("法院", "审理")));
    }

    @Test
    void precisionAndRecallCountLines() {
        PageBenchmark.LineCounts counts =
                PageBenchmark.overlap(java.util.Set.of(1, 2, 3, 4), java.util.Set.of(3, 4, 5));
        assertEquals(new PageBenchmark.LineCounts(2, 4, 3), counts);
        assertEquals(0.5, counts.precision());
        assertEquals(2 / 3.0, counts.recall());
    }
}
