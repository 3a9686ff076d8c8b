package zhengfa.corpus.draft.candidate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A logistic model over named features, learnt from the tune half of the labelled pages (the
 * trainers under scripts/ choose its regularisation and threshold by cross-validation). Only the
 * weights are kept, never the pages they were learnt from. The feature names are the contract
 * between the model file and the code computing the vectors: {@link #expecting} refuses a model
 * trained on other features, since its weights would be read against the wrong ones.
 *
 * @param features  the feature names, in the order of every vector
 * @param weights   one weight per feature
 * @param terms     the weights of the input's terms (none for a model of named features alone)
 * @param bias      the intercept
 * @param threshold the probability from which the model says yes
 * @param trainedOn what the model was trained on, in words (the model file's provenance)
 */
public record LogisticModel(
        List<String> features, double[] weights, TermWeights terms, double bias, double threshold, String trainedOn) {

    private static final MathContext TERM_DIGITS = new MathContext(4);

    public LogisticModel {
        features = List.copyOf(features);
        weights = weights.clone();
        if (weights.length != features.size()) {
            throw new IllegalArgumentException(
                    "the model has " + weights.length + " weights for " + features.size() + " features");
        }
    }

    /** A model of named features alone. */
    public LogisticModel(List<String> features, double[] weights, double bias, double threshold, String trainedOn) {
        this(features, weights, TermWeights.NONE, bias, threshold, trainedOn);
    }

    /** The probability of yes for a vector of the model's features. */
    public double probability(double[] x) {
        return probability(x, Set.of());
    }

    /** The probability of yes for a vector of the model's features and the terms of the same input. */
    public double probability(double[] x, Collection<String> inputTerms) {
        double z = bias + terms.score(inputTerms);
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    public boolean accepts(double[] x) {
        return probability(x) >= threshold;
    }

    public boolean accepts(double[] x, Collection<String> inputTerms) {
        return probability(x, inputTerms) >= threshold;
    }

    /**
     * This model, if it was trained on exactly these features.
     *
     * @param retrain what to run to train a model on the current features, for the message
     */
    public LogisticModel expecting(List<String> names, String retrain) {
        return expecting(names, TermWeights.NONE.form(), retrain);
    }

    /**
     * This model, if it was trained on exactly these features and on terms cut in this form.
     *
     * @param termForm the {@link TermWeights#form} of the code that cuts the terms ("" for none)
     * @param retrain  what to run to train a model on the current features, for the message
     */
    public LogisticModel expecting(List<String> names, String termForm, String retrain) {
        if (!features.equals(names) || !terms.form().equals(termForm)) {
            throw new IllegalArgumentException(
                    "the model was trained on other features than the drafter computes; retrain it with " + retrain);
        }
        return this;
    }

    /**
     * The model file's form: provenance, intercept, threshold and one weight per feature, in order,
     * then the terms' form and weights where the model has them.
     */
    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("trained_on", trainedOn);
        json.put("bias", bias);
        json.put("threshold", threshold);
        ObjectNode named = json.putObject("weights");
        for (int j = 0; j < features.size(); j++) {
            named.put(features.get(j), weights[j]);
        }
        if (!terms.form().isEmpty()) {
            ObjectNode termJson = json.putObject("terms");
            termJson.put("form", terms.form());
            ObjectNode termWeights = termJson.putObject("weights");
            // tens of thousands of terms: kept to 4 significant digits, which keeps the file under the
            // repository's 2 MiB a file and moves a line's sum of them by less than a two-thousandth of
            // the sum of their sizes
            terms.weights()
                    .forEach((term, weight) -> termWeights.put(
                            term, new BigDecimal(weight).round(TERM_DIGITS).floatValue()));
        }
        return json;
    }

    /** Reads the form {@link #toJson} writes. */
    public static LogisticModel read(JsonNode json) {
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        json.path("weights").fields().forEachRemaining(e -> {
            names.add(e.getKey());
            values.add(e.getValue().asDouble());
        });
        TreeMap<String, Double> termWeights = new TreeMap<>();
        json.path("terms")
                .path("weights")
                .fields()
                .forEachRemaining(e -> termWeights.put(e.getKey(), e.getValue().asDouble()));
        TermWeights terms = new TermWeights(json.path("terms").path("form").asText(""), termWeights);
        return new LogisticModel(
                names,
                values.stream().mapToDouble(Double::doubleValue).toArray(),
                terms,
                json.path("bias").asDouble(),
                json.path("threshold").asDouble(),
                json.path("trained_on").asText());
    }

    /** A model file bundled with the drafter. */
    public static LogisticModel resource(String resource) {
        return read(json(resource));
    }

    /** A model file bundled with the drafter, as JSON (a model may keep its decision's other settings beside the weights). */
    public static JsonNode json(String resource) {
        try (InputStream in = Objects.requireNonNull(LogisticModel.class.getResourceAsStream(resource), resource)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled model " + resource + " cannot be read", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LogisticModel m
                && features.equals(m.features)
                && Arrays.equals(weights, m.weights)
                && terms.equals(m.terms)
                && bias == m.bias
                && threshold == m.threshold
                && trainedOn.equals(m.trainedOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(features, Arrays.hashCode(weights), terms, bias, threshold, trainedOn);
    }

    @Override
    public String toString() {
        return "LogisticModel[" + features.size() + " features, "
                + terms.weights().size() + " terms, threshold " + threshold + ", " + trainedOn + "]";
    }
}
