package zhengfa.corpus.draft;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import zhengfa.corpus.draft.candidate.LogisticModel;
import zhengfa.corpus.draft.layout.Furniture;
import zhengfa.corpus.draft.layout.LineClassifier;
import zhengfa.corpus.draft.layout.LineFeatures;
import zhengfa.corpus.draft.layout.LineShape;
import zhengfa.corpus.script.ScriptDetector;
import zhengfa.corpus.vocab.ProjectVocabulary;

/**
 * Trains the furniture model (scripts/train-furniture-model) on the labelled pages of one half,
 * and chooses its regularisation and threshold by cross-validation grouped by page: each page's
 * lines are scored by a model that never saw that page. It prints, on the same pages, the
 * cross-validated model beside the rules alone (the rules' figures are optimistic on the tune half,
 * which they were written on), and writes the model trained on all of them.
 */
public final class FurnitureModelTrainer {

    private static final double[] COSTS = {0.03, 0.1, 0.3, 1, 3, 10};
    private static final int FOLDS = 5;
    /**
     * The precision the threshold must keep in cross-validation: the target (0.9) with a margin,
     * since the furniture words among the features were collected on these same pages.
     */

    /** One content line of a labelled page: its features, its label and the rules' verdict. */
    record Example(int page, double[] x, Set<String> terms, boolean furniture, boolean rules) {}

    /**
     * On how many training pages a term must occur to get a weight: a term of one site's menu alone
     * would learn that site, not furniture.
     */
    static final int TERM_PAGES = 3;

    /**
     * What a neighbour's term weighs in training against a line's own (1): regularisation then holds
     * the neighbours' weights closer to zero, since most of a line's neighbours' words say nothing of it.
     */
    static final double NEIGHBOUR_TERM = 0.5;

    /** A labelled page as the drafter lays it out, with its labelled furniture lines. */
    record LabelledPage(int index, String name, ArticleDrafter.Layout layout, Set<Integer> labelled) {}

    private FurnitureModelTrainer() {}

    static List<LabelledPage> pages(
            Path pages,
            List<JsonNode> labels,
            Set<String> only,
            ArticleDrafter drafter,
            LocalDate today,
            List<String> problems)
            throws IOException {
        List<LabelledPage> read = new ArrayList<>();
        int pageIndex = 0;
        for (LabelledPageTexts.Text text : LabelledPageTexts.of(pages, labels, only, problems)) {
            Optional<ArticleDrafter.Layout> layout = drafter.layout(text.bytes(), text.url(), today);
            if (layout.isEmpty()) {
                problems.add(text.page() + ": refused by the drafter; left out");
                continue;
            }
            Set<Integer> labelled = new TreeSet<>();
            text.label().path("boilerplate_lines").forEach(n -> labelled.add(n.asInt()));
            read.add(new LabelledPage(pageIndex++, text.page(), layout.get(), labelled));
        }
        return read;
    }

    static List<Example> examples(List<LabelledPage> pages) {
        LineClassifier rules = LineClassifier.rulesOnly();
        List<Example> examples = new ArrayList<>();
        for (LabelledPage page : pages) {
            ArticleDrafter.Layout layout = page.layout();
            Set<Integer> byRules = covered(layout.lines().all(), rules.classify(layout.lines(), layout.anchors()));
            List<double[]> vectors = LineFeatures.of(layout.lines(), layout.anchors());
            List<Set<String>> terms = LineFeatures.terms(layout.lines());
            List<LineShape> all = layout.lines().all();
            for (int i = 0; i < all.size(); i++) {
                int number = all.get(i).number();
                examples.add(new Example(
                        page.index(),
                        vectors.get(i),
                        terms.get(i),
                        page.labelled().contains(number),
                        byRules.contains(number)));
            }
        }
        return examples;
    }

    /** The drafter's furniture lines of every page, each classified with a model trained on the other folds. */
    static PageBenchmark.LineCounts crossValidated(
            List<LabelledPage> pages, List<Example> examples, double cost, double threshold) {
        return crossValidated(pages, foldModels(examples, cost), new double[] {threshold})[0];
    }

    /** One model per fold, each trained on the other folds' pages. */
    static List<LogisticModel> foldModels(List<Example> examples, double cost) {
        List<LogisticModel> models = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            int f = fold;
            models.add(train(
                    examples.stream().filter(e -> e.page() % FOLDS != f).toList(), cost, 0.5, "fold"));
        }
        return models;
    }

    /**
     * The cross-validated furniture lines at each threshold, from the same fold models: training is
     * the slow part, and a threshold changes only where a trained model's probabilities are cut.
     */
    static PageBenchmark.LineCounts[] crossValidated(
            List<LabelledPage> pages, List<LogisticModel> foldModels, double[] thresholds) {
        PageBenchmark.LineCounts[] totals = new PageBenchmark.LineCounts[thresholds.length];
        Arrays.fill(totals, new PageBenchmark.LineCounts(0, 0, 0));
        for (int t = 0; t < thresholds.length; t++) {
            for (int fold = 0; fold < FOLDS; fold++) {
                LineClassifier classifier =
                        new LineClassifier(Optional.of(withThreshold(foldModels.get(fold), thresholds[t])));
                for (LabelledPage page : pages) {
                    if (page.index() % FOLDS == fold) {
                        ArticleDrafter.Layout layout = page.layout();
                        totals[t] = totals[t].plus(PageBenchmark.overlap(
                                covered(layout.lines().all(), classifier.classify(layout.lines(), layout.anchors())),
                                page.labelled()));
                    }
                }
            }
        }
        return totals;
    }

    static LogisticModel withThreshold(LogisticModel m, double threshold) {
        return new LogisticModel(m.features(), m.weights(), m.terms(), m.bias(), threshold, m.trainedOn());
    }

    /** Each page's cross-validated misses: lines drafted but not labelled (+) and labelled but not drafted (-). */
    static void printMisses(
            List<LabelledPage> pages, List<Example> examples, double cost, double threshold, PrintStream out) {
        for (int fold = 0; fold < FOLDS; fold++) {
            int f = fold;
            LogisticModel trained =
                    train(examples.stream().filter(e -> e.page() % FOLDS != f).toList(), cost, threshold, "fold");
            LineClassifier classifier = new LineClassifier(Optional.of(trained));
            for (LabelledPage page : pages) {
                if (page.index() % FOLDS != f) {
                    continue;
                }
                ArticleDrafter.Layout layout = page.layout();
                List<double[]> x = LineFeatures.of(layout.lines(), layout.anchors());
                List<Set<String>> terms = LineFeatures.terms(layout.lines());
                Set<Integer> drafted =
                        covered(layout.lines().all(), classifier.classify(layout.lines(), layout.anchors()));
                List<LineShape> all = layout.lines().all();
                for (int i = 0; i < all.size(); i++) {
                    int n = all.get(i).number();
                    if (drafted.contains(n) != page.labelled().contains(n)) {
                        String text = all.get(i).text();
                        out.printf(
                                "%s %s:%d p=%.2f %s%n",
                                drafted.contains(n) ? "+" : "-",
                                page.name(),
                                n,
                                trained.probability(x.get(i), terms.get(i)),
                                text.length() > 60 ? text.substring(0, 60) + "…" : text);
                    }
                }
            }
        }
    }

    /** The line numbers whose whole text lies inside furniture. */
    static Set<Integer> covered(List<LineShape> lines, List<Furniture> furniture) {
        Set<Integer> covered = new TreeSet<>();
        for (LineShape s : lines) {
            if (furniture.stream()
                    .anyMatch(f -> f.start() <= s.line().start() && s.line().end() <= f.end())) {
                covered.add(s.number());
            }
        }
        return covered;
    }

    static LogisticModel train(List<Example> examples, double cost, double threshold, String trainedOn) {
        LogisticTrainer.Terms terms = new LogisticTrainer.Terms(
                examples.stream().map(Example::terms).toList(),
                vocabulary(examples),
                LineFeatures.TERM_FORM,
                t -> t.startsWith(LineFeatures.ABOVE) || t.startsWith(LineFeatures.BELOW) ? NEIGHBOUR_TERM : 1);
        return LogisticTrainer.train(
                examples.stream().map(Example::x).toList(),
                terms,
                examples.stream().map(Example::furniture).toList(),
                LineFeatures.NAMES,
                cost,
                threshold,
                trainedOn);
    }

    /** The terms on at least {@link #TERM_PAGES} of the examples' pages. */
    static java.util.SortedSet<String> vocabulary(List<Example> examples) {
        java.util.Map<String, Set<Integer>> pagesOf = new java.util.HashMap<>();
        for (Example e : examples) {
            e.terms()
                    .forEach(t -> pagesOf.computeIfAbsent(t, k -> new java.util.HashSet<>())
                            .add(e.page()));
        }
        java.util.SortedSet<String> vocabulary = new TreeSet<>();
        pagesOf.forEach((term, on) -> {
            if (on.size() >= TERM_PAGES) {
                vocabulary.add(term);
            }
        });
        return vocabulary;
    }

    static PageBenchmark.LineCounts count(List<Example> examples, java.util.function.IntPredicate drafted) {
        PageBenchmark.LineCounts total = new PageBenchmark.LineCounts(0, 0, 0);
        for (int i = 0; i < examples.size(); i++) {
            boolean yes = drafted.test(i);
            boolean label = examples.get(i).furniture();
            total = total.plus(new PageBenchmark.LineCounts(yes && label ? 1 : 0, yes ? 1 : 0, label ? 1 : 0));
        }
        return total;
    }

    /**
     * {@code --pages DIR --expected FILE|DIR [--expected FILE…] --split FILE [--half tune] [--out FILE] [--verbose]
     * [--schema DIR] [--today YYYY-MM-DD]}
     */
    public static void main(String[] args) throws IOException {
        PageArguments a = PageArguments.parse(args, "tune");
        List<JsonNode> labels = a.labels();
        Set<String> only = a.pagesOf(a.half());
        String half = a.half();
        Path pages = a.pages();
        Path out = a.out();
        Path schema = a.schema();
        LocalDate today = a.today();
        boolean verbose = a.verbose();
        PrintStream console = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        // the layout alone, which no furniture model decides: a model of other features can be retrained
        ArticleDrafter drafter =
                new ArticleDrafter(ProjectVocabulary.load(schema), new ScriptDetector(), DraftingModels.rulesOnly());
        List<LabelledPage> labelled = pages(pages, labels, only, drafter, today, problems);
        List<Example> examples = examples(labelled);
        problems.forEach(p -> console.println("- " + p));
        int pageCount =
                examples.isEmpty() ? 0 : examples.get(examples.size() - 1).page() + 1;
        console.printf(
                "%d pages of the %s half, %d lines, %d labelled furniture%n%n",
                pageCount,
                half,
                examples.size(),
                examples.stream().filter(Example::furniture).count());
        console.println("Rules alone (optimistic on the half they were written on): "
                + count(examples, i -> examples.get(i).rules()));
        console.println();
        console.println("| C | threshold | the drafter's furniture with the model (cross-validated) |");
        console.println("|---:|---:|---|");
        double bestRecall = -1;
        double bestCost = 1;
        double bestThreshold = 0.5;
        double[] thresholds = new double[13];
        for (int t = 0; t < thresholds.length; t++) {
            thresholds[t] = Math.round((0.3 + 0.05 * t) * 100) / 100.0;
        }
        for (double cost : COSTS) {
            PageBenchmark.LineCounts[] models = crossValidated(labelled, foldModels(examples, cost), thresholds);
            for (int t = 0; t < thresholds.length; t++) {
                double threshold = thresholds[t];
                PageBenchmark.LineCounts model = models[t];
                console.printf("| %s | %.2f | %s |%n", cost, threshold, model);
                if (model.precision() >= a.precision() && model.recall() > bestRecall) {
                    bestRecall = model.recall();
                    bestCost = cost;
                    bestThreshold = threshold;
                }
            }
        }
        console.printf(
                "%nChosen: C %s, threshold %.2f (the highest cross-validated recall at precision ≥ %.2f)%n",
                bestCost, bestThreshold, a.precision());
        if (verbose) {
            printMisses(labelled, examples, bestCost, bestThreshold, console);
        }
        if (out != null) {
            LogisticModel model = train(
                    examples,
                    bestCost,
                    bestThreshold,
                    "the " + half + " half of the labelled pages ("
                            + pageCount + " pages, " + examples.size()
                            + " lines; src/test/drafting/split.json), L2-regularised"
                            + " logistic regression (liblinear), C " + bestCost + ", threshold chosen by " + FOLDS
                            + "-fold cross-validation grouped by page; terms on " + TERM_PAGES
                            + " pages or more get a weight, a neighbour's counting " + NEIGHBOUR_TERM + " in training");
            LogisticTrainer.write(model, out);
            console.println("Wrote " + out);
        }
    }
}
