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
            examples.add(new FurnitureModelTrainer.Example(i / 10, x, furniture, false));
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
    void precisionAndRecallCountLines() {
        PageBenchmark.LineCounts counts = PageBenchmark.overlap(java.util.Set.of(1, 2, 3, 4), java.util.Set.of(3, 4, 5));
        assertEquals(new PageBenchmark.LineCounts(2, 4, 3), counts);
        assertEquals(0.5, counts.precision());
        assertEquals(2 / 3.0, counts.recall());
    }
}
