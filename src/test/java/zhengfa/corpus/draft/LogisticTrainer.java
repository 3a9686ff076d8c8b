package zhengfa.corpus.draft;

import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import zhengfa.corpus.draft.candidate.LogisticModel;
import zhengfa.corpus.draft.candidate.TermWeights;

/** L2-regularised logistic regression by liblinear, for the drafter's learnt models (the furniture model). */
final class LogisticTrainer {

    private LogisticTrainer() {}

    /**
     * @param x one vector per example, in the order of {@code names}
     * @param y whether each example is a yes
     */
    static LogisticModel train(
            List<double[]> x, List<Boolean> y, List<String> names, double cost, double threshold, String trainedOn) {
        return train(x, Terms.NONE, y, names, cost, threshold, trainedOn);
    }

    /**
     * The terms of each example beside its named features: only those of the vocabulary become
     * features, each weighing 1 where the example has it.
     *
     * @param perExample one set of terms per example, in the order of the vectors (empty for none)
     * @param vocabulary the terms that get a weight
     * @param form       how the terms were cut ({@link TermWeights#form})
     * @param value      what a term weighs where an example has it while training (1, or less for a term regularisation
     *                   should hold closer to zero); the model keeps the weight times the value, so that it sums weights alone
     */
    record Terms(
            List<Set<String>> perExample, SortedSet<String> vocabulary, String form, ToDoubleFunction<String> value) {
        static final Terms NONE = new Terms(List.of(), new TreeSet<>(), "", t -> 1);
    }

    static LogisticModel train(
            List<double[]> x,
            Terms terms,
            List<Boolean> y,
            List<String> names,
            double cost,
            double threshold,
            String trainedOn) {
        Problem problem = new Problem();
        int n = names.size();
        Map<String, Integer> termIndex = new HashMap<>();
        for (String term : terms.vocabulary()) {
            termIndex.put(term, n + 1 + termIndex.size());
        }
        int last = n + termIndex.size();
        problem.l = x.size();
        problem.n = last + 1;
        problem.bias = 1;
        problem.x = new Feature[x.size()][];
        problem.y = new double[x.size()];
        for (int i = 0; i < x.size(); i++) {
            List<Feature> nodes = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (x.get(i)[j] != 0) {
                    nodes.add(new FeatureNode(j + 1, x.get(i)[j]));
                }
            }
            if (!terms.perExample().isEmpty()) {
                terms.perExample().get(i).stream()
                        .filter(termIndex::containsKey)
                        .sorted(java.util.Comparator.comparing(termIndex::get))
                        .forEach(term -> nodes.add(new FeatureNode(
                                termIndex.get(term), terms.value().applyAsDouble(term))));
            }
            nodes.add(new FeatureNode(last + 1, 1));
            problem.x[i] = nodes.toArray(Feature[]::new);
            problem.y[i] = y.get(i) ? 1 : 0;
        }
        Linear.disableDebugOutput();
        Linear.resetRandom();
        Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, cost, 1e-4));
        double[] w = model.getFeatureWeights();
        // liblinear's weights score the first label it met; turn them to score "yes"
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        double[] weights = new double[n];
        for (int j = 0; j < n; j++) {
            weights[j] = sign * w[j];
        }
        Map<String, Double> termWeights = new TreeMap<>();
        termIndex.forEach((term, index) ->
                termWeights.put(term, sign * w[index - 1] * terms.value().applyAsDouble(term)));
        return new LogisticModel(
                names, weights, new TermWeights(terms.form(), termWeights), sign * w[last], threshold, trainedOn);
    }

    static void write(LogisticModel model, Path out) throws IOException {
        write(model.toJson(), out);
    }

    /** A model file: the model's JSON, with any other settings of its decision beside the weights. */
    static void write(ObjectNode json, Path out) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(
                out,
                // one member a line, without spaces around the colon: a model of tens of thousands of terms stays small
                new ObjectMapper()
                                .writer(new DefaultPrettyPrinter().withoutSpacesInObjectEntries())
                                .writeValueAsString(json)
                        + "\n",
                StandardCharsets.UTF_8);
    }
}
