package zhengfa.corpus.draft.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FurnitureModelTest {

    @Test
    void theBundledModelIsTrainedOnTheFeaturesTheDrafterComputes() {
        FurnitureModel model = FurnitureModel.bundled();
        assertEquals(LineFeatures.NAMES, model.features());
        assertTrue(model.threshold() > 0 && model.threshold() < 1, model.toString());
        assertTrue(model.trainedOn().contains("tune half"), model.trainedOn());
    }

    @Test
    void aLogisticScoreOfTheWeightedFeatures() {
        double[] weights = new double[LineFeatures.NAMES.size()];
        weights[0] = 2;
        FurnitureModel model = new FurnitureModel(LineFeatures.NAMES, weights, -1, 0.6, "a test");
        double[] x = new double[weights.length];
        assertEquals(1 / (1 + Math.exp(1)), model.probability(x), 1e-12);
        x[0] = 1;
        assertEquals(1 / (1 + Math.exp(-1)), model.probability(x), 1e-12);
        assertTrue(model.isFurniture(x));
    }

    @Test
    void aModelOfOtherFeaturesIsRefusedWithWhatToDo() throws Exception {
        List<String> names = new ArrayList<>(LineFeatures.NAMES);
        names.set(0, "a_feature_since_removed");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FurnitureModel(names, new double[names.size()], 0, 0.5, "old"));
        assertTrue(e.getMessage().contains("retrain it with scripts/train-furniture-model"), e.getMessage());
        var json = new ObjectMapper().readTree("{\"bias\": 0, \"threshold\": 0.5, \"weights\": {\"length_log\": 1}}");
        assertThrows(IllegalArgumentException.class, () -> FurnitureModel.read(json));
    }
}
