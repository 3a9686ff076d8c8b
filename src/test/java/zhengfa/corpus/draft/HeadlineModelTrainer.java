package zhengfa.corpus.draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import zhengfa.corpus.draft.candidate.Decision;
import zhengfa.corpus.draft.candidate.FieldDraft;
import zhengfa.corpus.draft.candidate.LogisticModel;
import zhengfa.corpus.draft.extract.Headline;
import zhengfa.corpus.draft.extract.HeadlineFeatures;
import zhengfa.corpus.draft.extract.HeadlineModel;
import zhengfa.corpus.draft.extract.TitleExtractor;
import zhengfa.corpus.model.Sha256;
import zhengfa.corpus.script.ScriptDetector;
import zhengfa.corpus.vocab.ProjectVocabulary;

/**
 * Trains the headline model (scripts/train-headline-model) on the labelled pages of one half, and
 * chooses its regularisation, threshold and margin by cross-validation grouped by page: each page's
 * headline is decided by a model that never saw that page. Among the settings whose cross-validated
 * wrong headlines stay within {@code --max-wrong} of the pages, it keeps the one with the most right
 * ones. It prints the rules alone on the same pages beside it (optimistic: they were written on the
 * tune half), and writes the model trained on all of them.
 */
public final class HeadlineModelTrainer {

    private static final double[] COSTS = {0.1, 0.3, 1, 3, 10};
    private static final double[] MARGINS = {0, 0.1, 0.2};
    private static final int FOLDS = 5;

    /** A labelled page's candidates as the rules read them, and the hash of its printed headline (null if none is printed). */
    record LabelledPage(int index, String name, List<TitleExtractor.Reading> readings, String titleSha256) {}

    /** How a way of deciding did over the pages: headlines right, wrong and left blank. */
    record Tally(int right, int wrong, int blank) {
        Tally plus(Tally o) {
            return new Tally(right + o.right, wrong + o.wrong, blank + o.blank);
        }

        int pages() {
            return right + wrong + blank;
        }

        @Override
        public String toString() {
            return String.format(
                    "%d right, %d wrong, %d blank (%.1f%% / %.1f%% / %.1f%%)",
                    right, wrong, blank, 100.0 * right / pages(), 100.0 * wrong / pages(), 100.0 * blank / pages());
        }
    }

    private HeadlineModelTrainer() {}

    static List<LabelledPage> pages(
            Path pages,
            List<JsonNode> labels,
            Set<String> only,
            ArticleDrafter drafter,
            LocalDate today,
            List<String> problems)
            throws IOException {
        List<LabelledPage> read = new ArrayList<>();
        int index = 0;
        for (LabelledPageTexts.Text text : LabelledPageTexts.of(pages, labels, only, problems)) {
            Optional<List<TitleExtractor.Reading>> readings = drafter.headlineReadings(text.bytes(), text.url(), today);
            if (readings.isEmpty()) {
                problems.add(text.page() + ": refused by the drafter; left out");
                continue;
            }
            JsonNode title = text.label().get("title_sha256");
            read.add(new LabelledPage(
                    index++, text.page(), readings.get(), title == null || title.isNull() ? null : title.asText()));
        }
        return read;
    }

    static boolean isTitle(TitleExtractor.Reading reading, String titleSha256) {
        return titleSha256 != null
                && titleSha256.equals(sha256(reading.candidate().value().text()));
    }

    private static String sha256(String text) {
        return HexFormat.of()
                .formatHex(Sha256.of(
                        Normalizer.normalize(text, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8)));
    }

    /** One page's headline as decided, scored against its label: a page that prints none is right when left blank. */
    static Tally score(FieldDraft<Headline> draft, String titleSha256) {
        Optional<Headline> value = draft.value();
        if (value.isEmpty()) {
            return titleSha256 == null ? new Tally(1, 0, 0) : new Tally(0, 0, 1);
        }
        return titleSha256 != null && titleSha256.equals(sha256(value.get().text()))
                ? new Tally(1, 0, 0)
                : new Tally(0, 1, 0);
    }

    static LogisticModel train(List<LabelledPage> pages, double cost, double threshold, String trainedOn) {
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (LabelledPage page : pages) {
            for (TitleExtractor.Reading r : page.readings()) {
                x.add(r.features());
                y.add(isTitle(r, page.titleSha256()));
            }
        }
        return LogisticTrainer.train(x, y, HeadlineFeatures.NAMES, cost, threshold, trainedOn);
    }

    /** The pages' headlines, each decided by a model trained on the other folds. */
    static Tally crossValidated(
            List<LabelledPage> pages, double cost, double threshold, double margin, PrintStream misses) {
        Tally total = new Tally(0, 0, 0);
        for (int fold = 0; fold < FOLDS; fold++) {
            int f = fold;
            LogisticModel trained =
                    train(pages.stream().filter(p -> p.index() % FOLDS != f).toList(), cost, threshold, "fold");
            TitleExtractor titles =
                    new TitleExtractor(Optional.of(new HeadlineModel(trained, new Decision(threshold, margin))));
            for (LabelledPage page : pages) {
                if (page.index() % FOLDS == f) {
                    FieldDraft<Headline> draft = titles.decide(page.readings());
                    Tally t = score(draft, page.titleSha256());
                    total = total.plus(t);
                    if (misses != null && t.right() == 0) {
                        misses.printf(
                                "%s %s: %s%n",
                                t.wrong() == 1 ? "wrong" : "blank",
                                page.name(),
                                draft instanceof FieldDraft.Blank<Headline> b
                                        ? b.reason()
                                        : draft.value().orElseThrow().text() + " "
                                                + draft.candidates().get(0).rule());
                    }
                }
            }
        }
        return total;
    }

    /**
     * {@code --pages DIR --expected FILE|DIR [--expected FILE…] --split FILE [--half tune] [--out FILE] [--verbose]
     * [--schema DIR] [--today YYYY-MM-DD] [--precision P]}: the headlines drafted must be right at precision P or
     * better in cross-validation (default 0.97).
     */
    public static void main(String[] args) throws IOException {
        PageArguments a = PageArguments.parse(args, "tune");
        double precision = a.precision() == PageArguments.DEFAULT_PRECISION ? 0.97 : a.precision();
        PrintStream console = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        ArticleDrafter drafter = new ArticleDrafter(
                ProjectVocabulary.load(a.schema()), new ScriptDetector(), DraftingModels.rulesOnly());
        List<LabelledPage> labelled = pages(a.pages(), a.labels(), a.pagesOf(a.half()), drafter, a.today(), problems);
        problems.forEach(p -> console.println("- " + p));
        long candidates = labelled.stream().mapToLong(p -> p.readings().size()).sum();
        long reachable = labelled.stream()
                .filter(p -> p.readings().stream().anyMatch(r -> isTitle(r, p.titleSha256())))
                .count();
        console.printf(
                "%d pages of the %s half, %d candidates; on %d pages a candidate is the labelled headline, %d print none%n%n",
                labelled.size(),
                a.half(),
                candidates,
                reachable,
                labelled.stream().filter(p -> p.titleSha256() == null).count());
        Tally rules = new Tally(0, 0, 0);
        for (LabelledPage page : labelled) {
            rules = rules.plus(score(TitleExtractor.byRules(page.readings()), page.titleSha256()));
        }
        console.println("Rules alone (optimistic on the half they were written on): " + rules);
        console.println();
        console.println("| C | threshold | margin | headlines with the model (cross-validated) |");
        console.println("|---:|---:|---:|---|");
        Tally best = null;
        double bestCost = 1;
        double bestThreshold = 0.5;
        double bestMargin = 0;
        for (double cost : COSTS) {
            for (double margin : MARGINS) {
                for (double t = 0.3; t <= 0.91; t += 0.05) {
                    double threshold = Math.round(t * 100) / 100.0;
                    Tally model = crossValidated(labelled, cost, threshold, margin, null);
                    console.printf("| %s | %.2f | %.1f | %s |%n", cost, threshold, margin, model);
                    double drafted = model.pages() - model.blank();
                    boolean precise = drafted > 0 && (drafted - model.wrong()) / drafted >= precision;
                    if (precise
                            && (best == null
                                    || model.right() > best.right()
                                    || model.right() == best.right() && model.wrong() < best.wrong())) {
                        best = model;
                        bestCost = cost;
                        bestThreshold = threshold;
                        bestMargin = margin;
                    }
                }
            }
        }
        if (best == null) {
            console.printf("%nNo setting keeps precision %.2f in cross-validation; no model written%n", precision);
            return;
        }
        console.printf(
                "%nChosen: C %s, threshold %.2f, margin %.1f: %s (the most right headlines at a cross-validated precision"
                        + " of drafted ones ≥ %.2f)%n",
                bestCost, bestThreshold, bestMargin, best, precision);
        if (a.verbose()) {
            crossValidated(labelled, bestCost, bestThreshold, bestMargin, console);
        }
        if (a.out() != null) {
            LogisticModel model = train(
                    labelled,
                    bestCost,
                    bestThreshold,
                    "the " + a.half() + " half of the labelled pages ("
                            + labelled.size() + " pages, " + candidates
                            + " candidates; src/test/drafting/split.json), L2-regularised"
                            + " logistic regression (liblinear), C " + bestCost + ", threshold and margin chosen by "
                            + FOLDS
                            + "-fold cross-validation grouped by page for precision " + precision);
            ObjectNode json = model.toJson();
            json.put("margin", bestMargin);
            LogisticTrainer.write(json, a.out());
            console.println("Wrote " + a.out());
        }
    }
}
