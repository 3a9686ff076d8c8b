package zhengfa.corpus.draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import zhengfa.corpus.draft.forms.FurnitureWords;
import zhengfa.corpus.model.Sha256;
import zhengfa.corpus.script.ScriptDetector;
import zhengfa.corpus.vocab.ProjectVocabulary;

/**
 * The drafting benchmark on labelled real pages (scripts/evaluate-drafts --pages): drafts every
 * page as {@code add} would, with its URL, and scores each field right, wrong or blank against the
 * hand labels, the boilerplate lines by precision and recall, and the refusals. The page texts are
 * third-party material retrieved into a git-ignored folder; only the labels are in the repository.
 */
public final class PageBenchmark {

    /** The fields scored on every accepted page, in the order of the table. */
    enum Field {
        DATE,
        SOURCE_AS_PRINTED,
        TITLE,
        REPORTERS,
        EDITORS,
        REGION,
        SCRIPT
    }

    enum Verdict {
        RIGHT,
        WRONG,
        BLANK
    }

    /** One field of one page: what the label says, what was drafted, its confidence, and the verdict. */
    record Scored(String page, Field field, String expected, String drafted, Verdict verdict, double confidence) {
        Scored(String page, Field field, String expected, String drafted, Verdict verdict) {
            this(page, field, expected, drafted, verdict, 0);
        }

        boolean printed() {
            return expected != null;
        }
    }

    /** Line-level counts for boilerplate (and its spam subset). */
    record LineCounts(int truePositives, int drafted, int labelled) {
        LineCounts plus(LineCounts o) {
            return new LineCounts(truePositives + o.truePositives, drafted + o.drafted, labelled + o.labelled);
        }

        double precision() {
            return drafted == 0 ? 1 : truePositives / (double) drafted;
        }

        double recall() {
            return labelled == 0 ? 1 : truePositives / (double) labelled;
        }

        @Override
        public String toString() {
            return String.format(
                    "precision %.2f, recall %.2f (%d drafted, %d labelled, %d both)",
                    precision(), recall(), drafted, labelled, truePositives);
        }
    }

    /** A page that should be refused, or an accepted page, and what the drafter did with it. */
    record Refusal(String page, boolean shouldRefuse, boolean refused, String reason) {}

    /**
     * @param blankRegions the regions left blank, each with its best candidate as if it had been
     *                     drafted: what a lower threshold would give (tune half only)
     */
    record Result(
            List<Scored> fields,
            LineCounts boilerplate,
            LineCounts spam,
            List<Refusal> refusals,
            List<String> problems,
            List<String> pages,
            ObjectNode json,
            List<Scored> blankRegions) {

        Map<Verdict, Integer> totals(Field field, boolean printedOnly) {
            Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
            for (Verdict v : Verdict.values()) {
                counts.put(v, 0);
            }
            fields.stream()
                    .filter(s -> field == null || s.field() == field)
                    .filter(s -> !printedOnly || s.printed())
                    .forEach(s -> counts.merge(s.verdict(), 1, Integer::sum));
            return counts;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ArticleDrafter drafter;
    private final LocalDate today;

    PageBenchmark(ProjectVocabulary vocabulary, LocalDate today) {
        this(new ArticleDrafter(vocabulary, new ScriptDetector()), today);
    }

    PageBenchmark(ArticleDrafter drafter, LocalDate today) {
        this.drafter = drafter;
        this.today = today;
    }

    /**
     * @param labels the labelled pages (one JSON object a line), in page order
     * @param only   page numbers to score, or null for every labelled page
     */
    Result run(Path pages, List<JsonNode> labels, Set<String> only) throws IOException {
        List<Scored> scored = new ArrayList<>();
        List<Scored> blankRegions = new ArrayList<>();
        List<Refusal> refusals = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> done = new ArrayList<>();
        LineCounts boilerplate = new LineCounts(0, 0, 0);
        LineCounts spam = new LineCounts(0, 0, 0);
        ObjectNode json = JSON.createObjectNode();
        ArrayNode perPage = json.putArray("pages");
        for (JsonNode label : labels) {
            String page = label.get("page").asText();
            if (only != null && !only.contains(page)) {
                continue;
            }
            Path file = pages.resolve(page + ".txt");
            if (!Files.isRegularFile(file)) {
                problems.add(page + ": not retrieved (" + file + " is missing); left out");
                continue;
            }
            byte[] bytes = Files.readAllBytes(file);
            String sha = HexFormat.of().formatHex(Sha256.of(bytes));
            if (!sha.equals(label.path("text_sha256").asText())) {
                problems.add(page + ": the text differs from the labelled one (SHA-256 " + sha.substring(0, 12)
                        + "…); its line numbers may not hold");
            }
            done.add(page);
            String url = label.path("url").asText("none");
            ArticleDrafter.Outcome outcome = drafter.draft(
                    bytes,
                    page + ".txt",
                    null,
                    new ArticleDrafter.Provenance(url.equals("none") ? null : url, null),
                    id -> false,
                    today);
            boolean accept = label.path("accept").asBoolean(true);
            ObjectNode record = perPage.addObject();
            record.put("page", page);
            record.put("accept", accept);
            if (!(outcome instanceof ArticleDrafter.Drafted draft)) {
                String reason = outcome instanceof ArticleDrafter.NotText n
                        ? n.rejection().problem()
                        : outcome instanceof ArticleDrafter.NotChinese c
                                ? c.verdict().describe()
                                : outcome instanceof ArticleDrafter.NotAnArticle a ? a.reason() : outcome.toString();
                refusals.add(new Refusal(page, !accept, true, reason));
                record.put("refused", reason);
                if (accept) {
                    for (Field f : Field.values()) {
                        Scored s = new Scored(page, f, expected(label, f), null, blankOrRight(expected(label, f)));
                        scored.add(s);
                        record.with("fields")
                                .put(
                                        f.name().toLowerCase(java.util.Locale.ROOT),
                                        s.verdict().name().toLowerCase(java.util.Locale.ROOT));
                    }
                    boilerplate = boilerplate.plus(new LineCounts(
                            0, 0, ints(label, "boilerplate_lines").size()));
                    spam = spam.plus(
                            new LineCounts(0, 0, ints(label, "spam_lines").size()));
                }
                continue;
            }
            refusals.add(new Refusal(page, !accept, false, null));
            if (!accept) {
                record.put("refused", (String) null);
                continue;
            }
            ObjectNode fieldsJson = record.putObject("fields");
            for (Field f : Field.values()) {
                String want = expected(label, f);
                String got = drafted(draft, f);
                Verdict verdict =
                        Objects.equals(want, got) ? Verdict.RIGHT : got == null ? Verdict.BLANK : Verdict.WRONG;
                scored.add(new Scored(page, f, want, got, verdict, confidence(draft, f)));
                if (f == Field.REGION && got == null) {
                    bestRegionCandidate(draft)
                            .ifPresent(c -> blankRegions.add(new Scored(
                                    page,
                                    f,
                                    want,
                                    c.getKey(),
                                    c.getKey().equals(want) ? Verdict.RIGHT : Verdict.WRONG,
                                    c.getValue())));
                }
                ObjectNode one = fieldsJson.putObject(f.name().toLowerCase(java.util.Locale.ROOT));
                one.put("expected", want);
                one.put("drafted", got);
                one.put("verdict", verdict.name().toLowerCase(java.util.Locale.ROOT));
                checklistEntry(draft, f).ifPresent(d -> {
                    one.put("confidence", d.confidence());
                    one.put("note", d.note());
                });
            }
            Set<Integer> labelledLines = new TreeSet<>(ints(label, "boilerplate_lines"));
            Set<Integer> labelledSpam = new TreeSet<>(ints(label, "spam_lines"));
            Map<String, Set<Integer>> drafted = boilerplateLines(draft);
            Set<Integer> draftedLines = drafted.get("all");
            Set<Integer> draftedSpam = drafted.get("spam");
            boilerplate = boilerplate.plus(overlap(draftedLines, labelledLines));
            spam = spam.plus(overlap(draftedSpam, labelledSpam));
            record.set("boilerplate_drafted", JSON.valueToTree(draftedLines));
            record.set("boilerplate_labelled", JSON.valueToTree(labelledLines));
            record.set("spam_drafted", JSON.valueToTree(draftedSpam));
        }
        return new Result(scored, boilerplate, spam, refusals, problems, done, json, blankRegions);
    }

    private static final java.util.regex.Pattern REGION_CANDIDATE =
            java.util.regex.Pattern.compile("^(\\d{6}) .*, ([0-9.]+)\\)$");

    /** The best candidate of a blank region, from the checklist: its code and score. */
    private static java.util.Optional<Map.Entry<String, Double>> bestRegionCandidate(ArticleDrafter.Drafted draft) {
        return draft.checklist().stream()
                .filter(d -> d.field().equals("region"))
                .flatMap(d -> d.candidates().stream())
                .map(REGION_CANDIDATE::matcher)
                .filter(java.util.regex.Matcher::matches)
                .map(m -> Map.entry(m.group(1), Double.parseDouble(m.group(2))))
                .findFirst();
    }

    /** The confidence the drafter gave the field's value (the checklist's), 0 when it was not drafted. */
    private static double confidence(ArticleDrafter.Drafted draft, Field field) {
        return checklistEntry(draft, field).map(DraftedField::confidence).orElse(0.0);
    }

    /** The field's entry in the checklist: its value, confidence and the note saying why. */
    private static java.util.Optional<DraftedField> checklistEntry(ArticleDrafter.Drafted draft, Field field) {
        String name = switch (field) {
            case DATE -> "date";
            case SOURCE_AS_PRINTED -> "source";
            case TITLE -> "title";
            case REPORTERS -> "reporters";
            case EDITORS -> "editors";
            case REGION -> "region";
            case SCRIPT -> "script";
        };
        return draft.checklist().stream().filter(d -> d.field().equals(name)).findFirst();
    }

    /**
     * How often drafted values are right by confidence: the table to set thresholds on (tune half
     * only). Only values drafted from the page count; a field drafted empty ("none printed") has no score.
     */
    static void printCalibration(Result r, PrintStream out) {
        double[] edges = {0.5, 0.6, 0.7, 0.8, 0.9, 1.01};
        StringBuilder header = new StringBuilder("| confidence | all: right / wrong |");
        StringBuilder rule = new StringBuilder("|---|---:|");
        for (Field f : Field.values()) {
            header.append(' ')
                    .append(f.name().toLowerCase(java.util.Locale.ROOT))
                    .append(" |");
            rule.append("---:|");
        }
        out.println(header);
        out.println(rule);
        for (int b = 0; b < edges.length - 1; b++) {
            double lo = edges[b];
            double hi = edges[b + 1];
            StringBuilder row = new StringBuilder(
                    String.format("| %.1f–%.1f | %s |", lo, Math.min(hi, 1.0), calibration(r, null, lo, hi)));
            for (Field f : Field.values()) {
                row.append(' ').append(calibration(r, f, lo, hi)).append(" |");
            }
            out.println(row);
        }
        out.println();
    }

    private static String calibration(Result r, Field field, double lo, double hi) {
        List<Scored> in = r.fields().stream()
                .filter(s -> field == null || s.field() == field)
                .filter(s -> s.confidence() >= lo && s.confidence() < hi)
                .toList();
        return in.stream().filter(s -> s.verdict() == Verdict.RIGHT).count() + " / "
                + in.stream().filter(s -> s.verdict() == Verdict.WRONG).count();
    }

    private static Verdict blankOrRight(String expected) {
        return expected == null ? Verdict.RIGHT : Verdict.BLANK;
    }

    static LineCounts overlap(Set<Integer> drafted, Set<Integer> labelled) {
        int tp = (int) drafted.stream().filter(labelled::contains).count();
        return new LineCounts(tp, drafted.size(), labelled.size());
    }

    private static List<Integer> ints(JsonNode label, String key) {
        List<Integer> out = new ArrayList<>();
        label.path(key).forEach(n -> out.add(n.asInt()));
        return out;
    }

    /** The label's value of a field in the form the drafted one is compared in; null when the page has none. */
    static String expected(JsonNode label, Field field) {
        return switch (field) {
            case DATE -> text(label.get("date"));
            case SOURCE_AS_PRINTED -> withoutGlosses(text(label.get("source_as_printed")));
            case TITLE -> text(label.get("title_sha256"));
            case REPORTERS -> names(label.get("reporters"));
            case EDITORS -> names(label.get("editors"));
            case REGION ->
                label.path("region_code").isNull() || label.path("region_code").isMissingNode()
                        ? null
                        : label.get("region_code").asText();
            case SCRIPT -> text(label.get("script"));
        };
    }

    /** The drafted value in the label's form: dates without a zone, a printed title by its hash, names sorted. */
    static String drafted(ArticleDrafter.Drafted draft, Field field) {
        JsonNode sidecar = draft.sidecar().toJson();
        return switch (field) {
            case DATE -> {
                String date = text(sidecar.get("date"));
                yield date == null ? null : date.replaceFirst("(Z|[+-]\\d{2}:\\d{2})$", "");
            }
            case SOURCE_AS_PRINTED -> withoutGlosses(text(sidecar.get("source_as_printed")));
            case TITLE -> {
                String title = text(sidecar.get("title"));
                boolean supplied = "supplied".equals(text(sidecar.get("title_basis")));
                yield title == null || supplied
                        ? null
                        : HexFormat.of()
                                .formatHex(Sha256.of(Normalizer.normalize(title, Normalizer.Form.NFC)
                                        .getBytes(StandardCharsets.UTF_8)));
            }
            case REPORTERS -> names(sidecar.get("reporters"));
            case EDITORS -> names(sidecar.get("editors"));
            case REGION -> text(sidecar.get("region"));
            case SCRIPT -> text(sidecar.get("script"));
        };
    }

    /**
     * A source or name without the pinyin glosses some mirrors insert (網(wǎng)): labellers wrote some with them and
     * some without, and neither form is more right than the other.
     */
    private static String withoutGlosses(String value) {
        return value == null ? null : FurnitureWords.withoutGlosses(value);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.asText();
    }

    /** A list of names as one comparable value; an empty list is "none printed", like null. */
    private static String names(JsonNode node) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        node.forEach(n -> names.add(withoutGlosses(n.isObject() ? n.path("name").asText() : n.asText())));
        return String.join("、", new TreeSet<>(names));
    }

    /** The 1-based lines whose every non-space character lies inside a drafted boilerplate span ("all", "spam"). */
    static Map<String, Set<Integer>> boilerplateLines(ArticleDrafter.Drafted draft) {
        String text = draft.text();
        int length = text.codePointCount(0, text.length());
        BitSet covered = new BitSet(length);
        BitSet spam = new BitSet(length);
        for (JsonNode span : draft.annotations().path("spans")) {
            if (span.path("label").asText().equals("boilerplate")) {
                covered.set(span.get("start").asInt(), span.get("end").asInt());
                if (span.path("attrs").path("kind").asText().equals("spam")) {
                    spam.set(span.get("start").asInt(), span.get("end").asInt());
                }
            }
        }
        Map<String, Set<Integer>> out = new LinkedHashMap<>();
        out.put("all", linesWithin(text, covered));
        out.put("spam", linesWithin(text, spam));
        return out;
    }

    private static Set<Integer> linesWithin(String text, BitSet covered) {
        Set<Integer> lines = new TreeSet<>();
        int line = 1;
        boolean any = false;
        boolean all = true;
        int cp = 0;
        for (int i = 0; i <= text.length(); ) {
            int c = i < text.length() ? text.codePointAt(i) : '\n';
            if (c == '\n') {
                if (any && all) {
                    lines.add(line);
                }
                line++;
                any = false;
                all = true;
            } else if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00A0') {
                any = true;
                all &= covered.get(cp);
            }
            i += i < text.length() ? Character.charCount(c) : 1;
            cp++;
        }
        return lines;
    }

    static void print(String heading, Result r, PrintStream out, boolean verbose) {
        long accepted = r.refusals().stream().filter(x -> !x.shouldRefuse()).count();
        long toRefuse = r.refusals().stream().filter(Refusal::shouldRefuse).count();
        out.println("### " + heading);
        out.println();
        out.println(r.pages().size() + " pages: " + accepted + " Chinese articles, " + toRefuse + " to refuse.");
        r.problems().forEach(p -> out.println("- " + p));
        out.println();
        out.println("| field | right | wrong | blank | where printed: right / wrong / blank |");
        out.println("|---|---:|---:|---:|---:|");
        for (Field f : Field.values()) {
            Map<Verdict, Integer> all = r.totals(f, false);
            Map<Verdict, Integer> printed = r.totals(f, true);
            out.printf(
                    "| %s | %d | %d | %d | %d / %d / %d |%n",
                    f.name().toLowerCase(java.util.Locale.ROOT),
                    all.get(Verdict.RIGHT),
                    all.get(Verdict.WRONG),
                    all.get(Verdict.BLANK),
                    printed.get(Verdict.RIGHT),
                    printed.get(Verdict.WRONG),
                    printed.get(Verdict.BLANK));
        }
        Map<Verdict, Integer> all = r.totals(null, false);
        int n = all.values().stream().mapToInt(Integer::intValue).sum();
        out.printf(
                "| **all fields** | **%d (%.0f%%)** | **%d (%.0f%%)** | **%d (%.0f%%)** | |%n",
                all.get(Verdict.RIGHT),
                pct(all.get(Verdict.RIGHT), n),
                all.get(Verdict.WRONG),
                pct(all.get(Verdict.WRONG), n),
                all.get(Verdict.BLANK),
                pct(all.get(Verdict.BLANK), n));
        out.println();
        out.printf(
                "Boilerplate lines: %s. Spam lines: %d of %d marked as spam.%n",
                r.boilerplate(), r.spam().truePositives(), r.spam().labelled());
        long refusedRight = r.refusals().stream()
                .filter(x -> x.shouldRefuse() && x.refused())
                .count();
        long refusedWrong = r.refusals().stream()
                .filter(x -> !x.shouldRefuse() && x.refused())
                .count();
        out.printf(
                "Refusals: %d of %d non-Chinese pages refused; %d Chinese articles refused.%n",
                refusedRight, toRefuse, refusedWrong);
        if (verbose) {
            out.println();
            printCalibration(r, out);
            out.println("Blank regions by their best candidate's score (right / wrong if it had been drafted):");
            for (double lo : new double[] {0.3, 0.4, 0.5}) {
                out.printf(
                        "- %.1f–%.1f: %s%n",
                        lo,
                        lo + 0.1,
                        r.blankRegions().stream()
                                .filter(x -> x.confidence() >= lo && x.confidence() < lo + 0.1)
                                .map(x -> x.verdict() == Verdict.RIGHT ? "right" : "wrong")
                                .collect(java.util.stream.Collectors.groupingBy(
                                        v -> v, java.util.stream.Collectors.counting())));
            }
            out.println();
            r.fields().stream()
                    .filter(s -> s.verdict() != Verdict.RIGHT)
                    .forEach(s -> out.println("- " + s.page() + " "
                            + s.field().name().toLowerCase(java.util.Locale.ROOT) + " "
                            + s.verdict().name().toLowerCase(java.util.Locale.ROOT) + ": expected " + s.expected()
                            + ", drafted " + s.drafted()));
            r.refusals().stream()
                    .filter(x -> x.shouldRefuse() != x.refused())
                    .forEach(x ->
                            out.println("- " + x.page() + (x.refused() ? " refused: " + x.reason() : " not refused")));
            r.json().path("pages").forEach(p -> {
                if (p.has("boilerplate_drafted")
                        && !p.get("boilerplate_drafted").equals(p.get("boilerplate_labelled"))) {
                    out.println("- " + p.get("page").asText() + " boilerplate lines drafted "
                            + p.get("boilerplate_drafted") + ", labelled " + p.get("boilerplate_labelled"));
                }
            });
        }
        out.println();
    }

    private static double pct(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    static ObjectNode summary(Result r) {
        ObjectNode s = JSON.createObjectNode();
        for (Field f : Field.values()) {
            ObjectNode one = s.with("fields").putObject(f.name().toLowerCase(java.util.Locale.ROOT));
            r.totals(f, false).forEach((v, c) -> one.put(v.name().toLowerCase(java.util.Locale.ROOT), c));
        }
        ObjectNode all = s.putObject("all_fields");
        r.totals(null, false).forEach((v, c) -> all.put(v.name().toLowerCase(java.util.Locale.ROOT), c));
        s.putObject("boilerplate_lines")
                .put("precision", r.boilerplate().precision())
                .put("recall", r.boilerplate().recall())
                .put("drafted", r.boilerplate().drafted())
                .put("labelled", r.boilerplate().labelled());
        s.putObject("spam_lines")
                .put("marked", r.spam().truePositives())
                .put("labelled", r.spam().labelled());
        s.putObject("refusals")
                .put(
                        "refused",
                        r.refusals().stream()
                                .filter(x -> x.shouldRefuse() && x.refused())
                                .count())
                .put(
                        "to_refuse",
                        r.refusals().stream().filter(Refusal::shouldRefuse).count())
                .put(
                        "articles_refused",
                        r.refusals().stream()
                                .filter(x -> !x.shouldRefuse() && x.refused())
                                .count());
        s.set("pages", r.json().get("pages"));
        s.set("problems", JSON.valueToTree(r.problems()));
        return s;
    }

    /**
     * {@code --pages DIR --expected FILE|DIR [--expected FILE…] [--split FILE] [--half tune|check|all]
     * [--json FILE] [--schema DIR] [--today YYYY-MM-DD] [--furniture rules|model] [--verbose]}
     */
    public static void main(String[] args) throws IOException {
        PageArguments a = PageArguments.parse(args, "all");
        List<JsonNode> labels = a.labels();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ProjectVocabulary vocabulary = ProjectVocabulary.load(a.schema());
        PageBenchmark benchmark = new PageBenchmark(a.drafter(vocabulary), a.today());
        ObjectNode report = JSON.createObjectNode();
        for (String name : a.split() == null
                ? List.of("all")
                : a.half().equals("all") ? List.of("tune", "check") : List.of(a.half())) {
            Result r = benchmark.run(a.pages(), labels, name.equals("all") ? null : a.pagesOf(name));
            print(name.equals("all") ? "All pages" : name + " half", r, out, a.verbose());
            report.set(name, summary(r));
        }
        if (a.json() != null) {
            Files.createDirectories(a.json().toAbsolutePath().getParent());
            JSON.writer()
                    .with(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(a.json().toFile(), report);
        }
    }
}
