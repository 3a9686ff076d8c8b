package zhengfa.corpus.draft;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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
import java.util.List;
import zhengfa.corpus.draft.candidate.LogisticModel;

/** L2-regularised logistic regression by liblinear, for the drafter's learnt models (the furniture model). */
final class LogisticTrainer {

    private LogisticTrainer() { }

    /**
     * @param x one vector per example, in the order of {@code names}
     * @param y whether each example is a yes
     */
    static LogisticModel train(List<double[]> x, List<Boolean> y, List<String> names, double cost, double threshold,
                               String trainedOn) {
        Problem problem = new Problem();
        int n = names.size();
        problem.l = x.size();
        problem.n = n + 1;
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
            nodes.add(new FeatureNode(n + 1, 1));
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
        return new LogisticModel(names, weights, sign * w[n], threshold, trainedOn);
    }

    static void write(LogisticModel model, Path out) throws IOException {
        write(model.toJson(), out);
    }

    /** A model file: the model's JSON, with any other settings of its decision beside the weights. */
    static void write(ObjectNode json, Path out) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, new ObjectMapper().writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json) + "\n",
                StandardCharsets.UTF_8);
    }
}
