package zhengfa.corpus.draft.layout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A logistic model of "this line is furniture" over {@link LineFeatures}, trained on the tune half
 * of the labelled pages (scripts/train-furniture-model; docs/drafting.md says how it was chosen and
 * how it scores). Only the weights are kept, never the pages they were learnt from.
 *
 * @param features  the feature names, in {@link LineFeatures#NAMES}' order
 * @param weights   one weight per feature
 * @param bias      the intercept
 * @param threshold the probability from which a line is furniture
 * @param trainedOn what the model was trained on, in words (the model file's provenance)
 */
public record FurnitureModel(List<String> features, double[] weights, double bias, double threshold, String trainedOn) {

    /** The model file the drafter uses. */
    public static final String RESOURCE = "/zhengfa/corpus/draft/layout/furniture-model.json";

    public FurnitureModel {
        features = List.copyOf(features);
        weights = weights.clone();
        if (!features.equals(LineFeatures.NAMES)) {
            throw new IllegalArgumentException("the furniture model was trained on other features than LineFeatures computes;"
                    + " retrain it with scripts/train-furniture-model");
        }
        if (weights.length != features.size()) {
            throw new IllegalArgumentException("the furniture model has " + weights.length + " weights for "
                    + features.size() + " features");
        }
    }

    /** The probability that a line with these features is furniture. */
    public double probability(double[] x) {
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    public boolean isFurniture(double[] x) {
        return probability(x) >= threshold;
    }

    /** The model the drafter ships with. */
    public static FurnitureModel bundled() {
        try (InputStream in = Objects.requireNonNull(FurnitureModel.class.getResourceAsStream(RESOURCE), RESOURCE)) {
            return read(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled furniture model cannot be read", e);
        }
    }

    public static FurnitureModel read(JsonNode json) {
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        json.get("weights").fields().forEachRemaining(e -> {
            names.add(e.getKey());
            values.add(e.getValue().asDouble());
        });
        return new FurnitureModel(names, values.stream().mapToDouble(Double::doubleValue).toArray(),
                json.get("bias").asDouble(), json.get("threshold").asDouble(), json.path("trained_on").asText());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FurnitureModel m && features.equals(m.features) && Arrays.equals(weights, m.weights)
                && bias == m.bias && threshold == m.threshold && trainedOn.equals(m.trainedOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(features, Arrays.hashCode(weights), bias, threshold, trainedOn);
    }

    @Override
    public String toString() {
        return "FurnitureModel[" + features.size() + " features, threshold " + threshold + ", " + trainedOn + "]";
    }
}
