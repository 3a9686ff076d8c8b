package zhengfa.corpus.draft.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import zhengfa.corpus.draft.candidate.LogisticModel;

class FurnitureModelTest {

    @Test
    void theBundledModelIsTrainedOnTheFeaturesTheDrafterComputes() {
        LogisticModel model = FurnitureModel.bundled();
        assertEquals(LineFeatures.NAMES, model.features());
        assertTrue(model.threshold() > 0 && model.threshold() < 1, model.toString());
        assertTrue(model.trainedOn().contains("tune half"), model.trainedOn());
    }

    @Test
    void aLogisticScoreOfTheWeightedFeatures() {
        double[] weights = new double[LineFeatures.NAMES.size()];
        weights[0] = 2;
        LogisticModel model = FurnitureModel.of(LineFeatures.NAMES, weights, -1, 0.6, "a test");
        double[] x = new double[weights.length];
        assertEquals(1 / (1 + Math.exp(1)), model.probability(x), 1e-12);
        x[0] = 1;
        assertEquals(1 / (1 + Math.exp(-1)), model.probability(x), 1e-12);
        assertTrue(model.accepts(x));
    }

    @Test
    void aModelOfOtherFeaturesIsRefusedWithWhatToDo() throws Exception {
        List<String> names = new ArrayList<>(LineFeatures.NAMES);
        names.set(0, "a_feature_since_removed");
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> FurnitureModel.of(names, new double[names.size()], 0, 0.5, "old"));
        assertTrue(e.getMessage().contains("retrain it with scripts/train-furniture-model"), e.getMessage());
        var json = new ObjectMapper().readTree("{\"bias\": 0, \"threshold\": 0.5, \"weights\": {\"length_log\": 1}}");
        assertThrows(
                IllegalArgumentException.class,
                () -> LogisticModel.read(json).expecting(LineFeatures.NAMES, FurnitureModel.RETRAIN));
    }
}
