package zhengfa.corpus.draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import zhengfa.corpus.script.ScriptDetector;
import zhengfa.corpus.vocab.ProjectVocabulary;

/**
 * The drafting benchmark (scripts/evaluate-drafts): re-drafts every article of a corpus from its
 * text alone, as add would, and compares the drafts with the curated files: per-field sidecar
 * accuracy (exact), and span precision, recall and F1 per label (exact start, end and label).
 */
public final class EvaluateDrafts {

    /** The sidecar fields add drafts; title_basis absent means printed, as the schema says. */
    static final List<String> FIELDS = List.of(
            "id",
            "title",
            "title_basis",
            "source",
            "source_as_printed",
            "date",
            "date_precision",
            "date_basis",
            "date_evidence",
            "region",
            "script",
            "language",
            "genre",
            "interviewees",
            "reporters");

    static final Set<String> STRUCTURE = Set.of(
            "headline", "subheadline", "dateline", "byline", "question", "answer", "section_heading", "boilerplate");

    private EvaluateDrafts() {}

    /** Counts for one label: true positives, predicted, gold. */
    record Score(int tp, int predicted, int gold) {
        Score plus(Score o) {
            return new Score(tp + o.tp, predicted + o.predicted, gold + o.gold);
        }

        double precision() {
            return predicted == 0 ? 0 : tp / (double) predicted;
        }

        double recall() {
            return gold == 0 ? 0 : tp / (double) gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Field → [right, total]; label → score; and the misses, for the report. */
    record Evaluation(Map<String, int[]> fields, Map<String, Score> labels, List<String> misses, int articles) {}

    public static Evaluation evaluate(Path corpus, Path schema) throws IOException {
        ProjectVocabulary vocabulary = ProjectVocabulary.load(schema);
        ArticleDrafter drafter = new ArticleDrafter(vocabulary, new ScriptDetector());
        ObjectMapper mapper = new ObjectMapper();
        Map<String, int[]> fields = new LinkedHashMap<>();
        FIELDS.forEach(f -> fields.put(f, new int[2]));
        Map<String, Score> labels = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        List<Path> texts;
        try (Stream<Path> files = Files.list(corpus)) {
            texts = files.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        }
        for (Path textFile : texts) {
            String id = textFile.getFileName().toString().replaceFirst("\\.txt$", "");
            JsonNode curated = mapper.readTree(corpus.resolve(id + ".meta.json").toFile());
            ArticleDrafter.Outcome outcome = drafter.draft(
                    Files.readAllBytes(textFile),
                    curated.path("original_filename").asText(id + ".txt"),
                    null,
                    new ArticleDrafter.Provenance(null, null),
                    taken -> false,
                    LocalDate.now(ZoneOffset.UTC));
            if (!(outcome instanceof ArticleDrafter.Drafted draft)) {
                misses.add(id + ": not drafted: " + outcome);
                continue;
            }
            for (String field : FIELDS) {
                JsonNode want = normalised(field, curated.get(field));
                JsonNode got = normalised(field, draft.sidecar().toJson().get(field));
                int[] counts = fields.get(field);
                counts[1]++;
                if (Objects.equals(want, got)) {
                    counts[0]++;
                } else {
                    misses.add(id + " " + field + ": curated " + want + ", drafted " + got);
                }
            }
            Path annotations = corpus.resolve(id + ".ann.json");
            Set<String> gold = new HashSet<>();
            if (Files.exists(annotations)) {
                mapper.readTree(annotations.toFile()).get("spans").forEach(s -> gold.add(key(s)));
            }
            Set<String> drafted = new HashSet<>();
            draft.annotations().get("spans").forEach(s -> drafted.add(key(s)));
            String text = draft.text();
            gold.stream()
                    .filter(k -> !drafted.contains(k))
                    .sorted()
                    .forEach(k -> misses.add(id + " span missed: " + k + " " + quote(text, k)));
            drafted.stream()
                    .filter(k -> !gold.contains(k))
                    .sorted()
                    .forEach(k -> misses.add(id + " span not in gold: " + k + " " + quote(text, k)));
            Set<String> allLabels = new HashSet<>();
            Stream.concat(gold.stream(), drafted.stream())
                    .forEach(k -> allLabels.add(k.substring(k.lastIndexOf(' ') + 1)));
            for (String label : allLabels) {
                int tp = (int) drafted.stream()
                        .filter(k -> k.endsWith(" " + label) && gold.contains(k))
                        .count();
                int predicted = (int)
                        drafted.stream().filter(k -> k.endsWith(" " + label)).count();
                int inGold =
                        (int) gold.stream().filter(k -> k.endsWith(" " + label)).count();
                labels.merge(label, new Score(tp, predicted, inGold), Score::plus);
            }
        }
        return new Evaluation(fields, labels, misses, texts.size());
    }

    private static JsonNode normalised(String field, JsonNode value) {
        if (field.equals("title_basis") && (value == null || value.isNull())) {
            return new ObjectMapper().getNodeFactory().textNode("printed");
        }
        return value == null || value.isMissingNode()
                ? new ObjectMapper().getNodeFactory().nullNode()
                : value;
    }

    private static String quote(String text, String key) {
        String[] parts = key.split(" ");
        int from = text.offsetByCodePoints(0, Integer.parseInt(parts[0]));
        int to = text.offsetByCodePoints(0, Integer.parseInt(parts[1]));
        String covered = text.substring(from, to).replace("\n", "⏎");
        return "\"" + (covered.length() > 40 ? covered.substring(0, 40) + "…" : covered) + "\"";
    }

    private static String key(JsonNode span) {
        return span.get("start").asInt() + " " + span.get("end").asInt() + " "
                + span.get("label").asText();
    }

    static void print(Evaluation e, PrintStream out, boolean verbose) {
        out.println("Sidecar fields, drafted from the text alone and compared exactly with the curated sidecars ("
                + e.articles() + " articles):");
        out.println();
        out.println("| field | exact |");
        out.println("|---|---:|");
        int right = 0;
        int total = 0;
        for (Map.Entry<String, int[]> f : e.fields().entrySet()) {
            out.printf("| %s | %d/%d |%n", f.getKey(), f.getValue()[0], f.getValue()[1]);
            right += f.getValue()[0];
            total += f.getValue()[1];
        }
        out.printf("| **all fields** | **%d/%d = %.0f%%** |%n", right, total, 100.0 * right / Math.max(1, total));
        out.println();
        out.println("Spans (exact start, end and label):");
        out.println();
        out.println("| label | gold | drafted | precision | recall | F1 |");
        out.println("|---|---:|---:|---:|---:|---:|");
        Score structure = new Score(0, 0, 0);
        for (Map.Entry<String, Score> l : e.labels().entrySet()) {
            Score s = l.getValue();
            out.printf(
                    "| %s | %d | %d | %.2f | %.2f | %.2f |%n",
                    l.getKey(), s.gold(), s.predicted(), s.precision(), s.recall(), s.f1());
            if (STRUCTURE.contains(l.getKey())) {
                structure = structure.plus(s);
            }
        }
        out.printf(
                "| **structure, all labels** | %d | %d | %.2f | %.2f | **%.2f** |%n",
                structure.gold(), structure.predicted(), structure.precision(), structure.recall(), structure.f1());
        if (verbose) {
            out.println();
            out.println("Fields and spans that differ:");
            e.misses().forEach(m -> out.println("- " + m));
        }
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "corpus");
        Path schema = Path.of(args.length > 1 ? args[1] : "schema");
        boolean verbose = args.length > 2 && args[2].equals("--verbose");
        print(evaluate(corpus, schema), new PrintStream(System.out, true, StandardCharsets.UTF_8), verbose);
    }
}
