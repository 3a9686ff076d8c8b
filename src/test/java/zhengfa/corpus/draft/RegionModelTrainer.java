package zhengfa.corpus.draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import zhengfa.corpus.draft.candidate.Decision;
import zhengfa.corpus.draft.candidate.FieldDraft;
import zhengfa.corpus.draft.candidate.LogisticModel;
import zhengfa.corpus.draft.extract.HeadlineModel;
import zhengfa.corpus.draft.extract.RegionExtractor;
import zhengfa.corpus.draft.extract.RegionFeatures;
import zhengfa.corpus.draft.extract.RegionModel;
import zhengfa.corpus.draft.layout.FurnitureModel;
import zhengfa.corpus.draft.places.Gazetteer;
import zhengfa.corpus.draft.places.HostPlaces;
import zhengfa.corpus.model.Sha256;
import zhengfa.corpus.script.ScriptDetector;
import zhengfa.corpus.vocab.ProjectVocabulary;
import zhengfa.corpus.vocab.Region;

/**
 * Trains the region model (scripts/train-region-model) on the labelled pages of one half, and
 * chooses its regularisation, threshold and margin by cross-validation grouped by page, as the
 * headline model's trainer does: among the settings whose drafted regions are right at
 * {@code --precision} (default 0.95) in cross-validation, the one with the most right regions. It
 * prints the rules alone on the same pages beside it (optimistic: they were written on the tune
 * half), and writes the model trained on all of them.
 */
public final class RegionModelTrainer {

    private static final double[] COSTS = {0.1, 0.3, 1, 3, 10};
    private static final double[] MARGINS = {0, 0.1, 0.2};
    private static final int FOLDS = 5;

    /** A labelled page's regions as the rules propose them, and its labelled region code (null for none). */
    record LabelledPage(int index, String name, RegionExtractor.Readings readings, String regionCode) { }

    private RegionModelTrainer() { }

    static List<LabelledPage> pages(Path pages, List<JsonNode> labels, Set<String> only, ArticleDrafter drafter, LocalDate today,
                                    List<String> problems) throws IOException {
        List<LabelledPage> read = new ArrayList<>();
        int index = 0;
        for (JsonNode label : labels) {
            String page = label.get("page").asText();
            if (!only.contains(page) || !label.path("accept").asBoolean(true)) {
                continue;
            }
            Path file = pages.resolve(page + ".txt");
            if (!Files.isRegularFile(file)) {
                problems.add(page + ": not retrieved; left out");
                continue;
            }
            byte[] bytes = Files.readAllBytes(file);
            if (!HexFormat.of().formatHex(Sha256.of(bytes)).equals(label.path("text_sha256").asText())) {
                problems.add(page + ": the text differs from the labelled one; left out");
                continue;
            }
            String url = label.path("url").asText("none");
            Optional<RegionExtractor.Readings> readings = drafter.regionReadings(bytes, url.equals("none") ? null : url, today);
            if (readings.isEmpty()) {
                problems.add(page + ": refused by the drafter; left out");
                continue;
            }
            JsonNode code = label.get("region_code");
            read.add(new LabelledPage(index++, page, readings.get(), code == null || code.isNull() ? null : code.asText()));
        }
        return read;
    }

    /** One page's region as decided, scored against its label: a page of no single region is right when left blank. */
    static HeadlineModelTrainer.Tally score(FieldDraft<Region> draft, String regionCode) {
        Optional<Region> value = draft.value();
        if (value.isEmpty()) {
            return regionCode == null ? new HeadlineModelTrainer.Tally(1, 0, 0) : new HeadlineModelTrainer.Tally(0, 0, 1);
        }
        return value.get().code().equals(regionCode) ? new HeadlineModelTrainer.Tally(1, 0, 0) : new HeadlineModelTrainer.Tally(0, 1, 0);
    }

    static LogisticModel train(List<LabelledPage> pages, double cost, double threshold, String trainedOn) {
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (LabelledPage page : pages) {
            for (RegionExtractor.Reading r : page.readings().readings()) {
                x.add(r.features());
                y.add(r.candidate().value().code().equals(page.regionCode()));
            }
        }
        return LogisticTrainer.train(x, y, RegionFeatures.NAMES, cost, threshold, trainedOn);
    }

    /** The pages' regions, each decided by a model trained on the other folds. */
    static HeadlineModelTrainer.Tally crossValidated(List<LabelledPage> pages, double cost, double threshold, double margin,
                                                     PrintStream misses, Factory factory) {
        HeadlineModelTrainer.Tally total = new HeadlineModelTrainer.Tally(0, 0, 0);
        for (int fold = 0; fold < FOLDS; fold++) {
            int f = fold;
            LogisticModel trained = train(pages.stream().filter(p -> p.index() % FOLDS != f).toList(), cost, threshold, "fold");
            RegionExtractor extractor = factory.with(new RegionModel(trained, new Decision(threshold, margin)));
            for (LabelledPage page : pages) {
                if (page.index() % FOLDS == f) {
                    FieldDraft<Region> draft = extractor.decide(page.readings());
                    HeadlineModelTrainer.Tally t = score(draft, page.regionCode());
                    total = total.plus(t);
                    if (misses != null && t.right() == 0) {
                        misses.printf("%s %s: %s (labelled %s)%n", t.wrong() == 1 ? "wrong" : "blank", page.name(),
                                draft instanceof FieldDraft.Blank<Region> b ? b.reason() : draft.value().orElseThrow().code() + " "
                                        + draft.candidates().get(0).rule(), page.regionCode());
                    }
                }
            }
        }
        return total;
    }

    /** A region extractor with a given model: the folds' models are tried by the one extractor they would sit in. */
    @FunctionalInterface
    interface Factory {
        RegionExtractor with(RegionModel model);
    }

    /**
     * {@code --pages DIR --expected FILE|DIR [--expected FILE…] --split FILE [--half tune] [--out FILE] [--verbose]
     * [--schema DIR] [--today YYYY-MM-DD] [--precision P]}: the regions drafted must be right at precision P or
     * better in cross-validation (default 0.95).
     */
    public static void main(String[] args) throws IOException {
        PageArguments a = PageArguments.parse(args, "tune");
        double precision = a.precision() == PageArguments.DEFAULT_PRECISION ? 0.95 : a.precision();
        PrintStream console = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        ProjectVocabulary vocabulary = ProjectVocabulary.load(a.schema());
        // the page read as the drafter reads it, with the furniture and headline models, up to the rules' regions
        ArticleDrafter drafter = new ArticleDrafter(vocabulary, new ScriptDetector(),
                new DraftingModels(Optional.of(FurnitureModel.bundled()), Optional.of(HeadlineModel.bundled()), Optional.empty()));
        Gazetteer gazetteer = new Gazetteer(vocabulary.regions());
        HostPlaces hosts = new HostPlaces(vocabulary.regions());
        Factory factory = model -> new RegionExtractor(gazetteer, hosts, Optional.of(model));
        RegionExtractor rules = new RegionExtractor(gazetteer, hosts, Optional.empty());
        List<LabelledPage> labelled = pages(a.pages(), a.labels(), a.pagesOf(a.half()), drafter, a.today(), problems);
        problems.forEach(p -> console.println("- " + p));
        long readings = labelled.stream().mapToLong(p -> p.readings().readings().size()).sum();
        console.printf("%d pages of the %s half, %d readings; %d pages have a labelled region%n%n", labelled.size(), a.half(), readings,
                labelled.stream().filter(p -> p.regionCode() != null).count());
        HeadlineModelTrainer.Tally byRules = new HeadlineModelTrainer.Tally(0, 0, 0);
        for (LabelledPage page : labelled) {
            byRules = byRules.plus(score(rules.decide(page.readings()), page.regionCode()));
        }
        console.println("Rules alone (optimistic on the half they were written on): " + byRules);
        console.println();
        console.println("| C | threshold | margin | regions with the model (cross-validated) |");
        console.println("|---:|---:|---:|---|");
        HeadlineModelTrainer.Tally best = null;
        double bestCost = 1;
        double bestThreshold = 0.5;
        double bestMargin = 0;
        for (double cost : COSTS) {
            for (double margin : MARGINS) {
                for (double t = 0.3; t <= 0.91; t += 0.05) {
                    double threshold = Math.round(t * 100) / 100.0;
                    HeadlineModelTrainer.Tally model = crossValidated(labelled, cost, threshold, margin, null, factory);
                    console.printf("| %s | %.2f | %.1f | %s |%n", cost, threshold, margin, model);
                    double drafted = model.pages() - model.blank();
                    boolean precise = drafted > 0 && (drafted - model.wrong()) / drafted >= precision;
                    if (precise && (best == null || model.right() > best.right() || model.right() == best.right() && model.wrong() < best.wrong())) {
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
        console.printf("%nChosen: C %s, threshold %.2f, margin %.1f: %s (the most right regions at a cross-validated precision"
                + " of drafted ones ≥ %.2f)%n", bestCost, bestThreshold, bestMargin, best, precision);
        if (a.verbose()) {
            crossValidated(labelled, bestCost, bestThreshold, bestMargin, console, factory);
        }
        if (a.out() != null) {
            LogisticModel model = train(labelled, bestCost, bestThreshold, "the " + a.half() + " half of the labelled pages ("
                    + labelled.size() + " pages, " + readings + " readings; src/test/drafting/split.json), L2-regularised"
                    + " logistic regression (liblinear), C " + bestCost + ", threshold and margin chosen by " + FOLDS
                    + "-fold cross-validation grouped by page for precision " + precision);
            ObjectNode json = model.toJson();
            json.put("margin", bestMargin);
            LogisticTrainer.write(json, a.out());
            console.println("Wrote " + a.out());
        }
    }
}
