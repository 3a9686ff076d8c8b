package zhengfa.corpus.draft;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ibm.icu.text.Transliterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zhengfa.corpus.script.ScriptDetector;
import zhengfa.corpus.script.ScriptVerdict;
import zhengfa.corpus.vocab.Region;
import zhengfa.corpus.vocab.Regions;
import zhengfa.corpus.vocab.Source;
import zhengfa.corpus.vocab.Sources;

/**
 * Drafts a sidecar from the text alone. Every value comes with the passage it was read from, so
 * that a curator can check it; where the text does not say, the draft says so instead of guessing.
 */
public final class SidecarDrafter {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern SOURCE_LINE = Pattern.compile("(?:来源|來源)\\s*[::]\\s*(?<name>[^\\s::]+?)(?=責任|责任|编辑|編輯|作者|\\s|$)");
    private static final Pattern EDITOR = Pattern.compile("(?:责任编辑|責任編輯)\\s*[::]\\s*(?<name>\\p{IsHan}{2,4})");
    private static final Pattern YEAR = Pattern.compile("(?<![到至\\d])(?<year>(?:19|20)\\d{2})年(?!前|以前|底前)");
    /** 十四五 is 2021-2025, 十五五 2026-2030: 开局之年 is the plan's first year. */
    private static final Pattern PLAN_FIRST_YEAR = Pattern.compile("今年是“?(?<plan>十[一二三四五六七八九]五)”?(?:规划)?开局之年");
    private static final Map<String, Integer> PLAN_START = Map.of("十一五", 2006, "十二五", 2011, "十三五", 2016,
            "十四五", 2021, "十五五", 2026, "十六五", 2031);
    private static final Pattern INTERVIEW_HEADLINE = Pattern.compile(
            "(?:专访|專訪|访|訪)(?<role>[\\p{IsHan}、]+?(?:书记|書記|常委|主任|局长|局長|厅长|廳長|院长|院長|检察长|檢察長|部长|部長|省长|省長|市长|市長|县长|縣長|主席))"
                    + "(?<name>\\p{IsHan}{2,3})$");
    private static final Pattern CLAUSE_END = Pattern.compile("[,,。!?!?;;::\\n]");
    private static final Pattern ROLE_TAIL = Pattern.compile(
            "(?:书记|書記|常委|主任|局长|局長|厅长|廳長|院长|院長|检察长|檢察長|部长|部長|省长|省長|市长|市長|县长|縣長|州长|州長|主席|委员|委員|会长|會長)$");
    private static final Pattern ROLE_LEAD_IN = Pattern.compile("^(?:——|—|--)?(?:专访了|專訪了|采访了|採訪了|专访|專訪|采访|採訪|访问|訪問|访|訪|对|對|就|了)");

    private final Gazetteer gazetteer;
    private final Sources sources;
    private final ScriptDetector scripts;
    private final StructureReader structureReader = new StructureReader();
    private final Transliterator hanLatin = Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower");

    public SidecarDrafter(Gazetteer gazetteer, Sources sources, ScriptDetector scripts) {
        this.gazetteer = gazetteer;
        this.sources = sources;
        this.scripts = scripts;
    }

    /** The drafted sidecar (fields in the usual order) and its review checklist. */
    public record Result(ObjectNode sidecar, List<DraftedField> checklist, Structure structure, String simplified) { }

    /**
     * @param takenIds    ids already in the corpus: the suggested id avoids them
     * @param requestedId the curator's id, or null to suggest one
     * @param today       the latest date a text can be from
     */
    public Result draft(Page page, String originalFilename, String requestedId, Predicate<String> takenIds, LocalDate today) {
        String text = page.text();
        Structure structure = structureReader.read(page);
        String simplified = scripts.foldToSimplified(text);
        Map<String, DraftedField> fields = new LinkedHashMap<>();
        ObjectNode sidecar = JSON.objectNode();

        sidecar.putNull("id");
        Title title = title(structure, text);
        sidecar.put("title", title.text);
        sidecar.put("title_basis", title.basis);
        fields.put("title", new DraftedField("title", title.text, title.evidence, title.note));
        sidecar.put("original_filename", originalFilename);

        SourceGuess source = source(structure, text);
        sidecar.put("source", source.key);
        if (source.printed == null) {
            sidecar.putNull("source_as_printed");
            sidecar.put("source_note", source.note);
        } else {
            sidecar.put("source_as_printed", source.printed);
        }
        fields.put("source", new DraftedField("source", source.key, source.evidence, source.note));

        DateGuess date = date(structure, text, today);
        if (date != null) {
            sidecar.put("date", date.value);
            sidecar.put("date_precision", date.precision);
            sidecar.put("date_basis", date.basis);
            sidecar.put("date_evidence", date.evidence);
            if (date.note != null) {
                sidecar.put("date_note", date.note);
            }
            fields.put("date", new DraftedField("date", date.value + " (" + date.precision + ", " + date.basis + ")",
                    date.evidence, date.note));
        } else {
            sidecar.putNull("date");
            fields.put("date", new DraftedField("date", null, null, "the text states no date and mentions no year:"
                    + " fill date, date_precision, date_basis and date_evidence by hand"));
        }

        Optional<Region> region = region(structure, simplified);
        sidecar.put("region", region.map(Region::code).orElse(null));
        fields.put("region", new DraftedField("region", region.map(r -> r.code() + " " + r.nameZh()).orElse(null),
                region.map(r -> leadText(structure, text)).orElse(null), region.isPresent()
                        ? "the division the title and lead name most often; check it is where the article is about"
                        : "no place of the gazetteer is named in the title or lead: find the code with `regions find`"));

        ScriptVerdict verdict = scripts.detect(text);
        String script = verdict instanceof ScriptVerdict.Clear clear ? clear.script() : "Hans";
        sidecar.put("script", script);
        sidecar.put("language", "zh-" + script);
        fields.put("script", new DraftedField("script", script, null, verdict instanceof ScriptVerdict.Clear
                ? "from the characters: " + verdict.evidence().describe()
                : "UNSURE, the characters do not settle it (" + verdict.evidence().describe() + "): check"));

        List<Interviewee> people = interviewees(structure, text);
        boolean interview = structure.isInterview() || !people.isEmpty();
        String genre = interview ? "interview" : "report";
        sidecar.put("genre", genre);
        fields.put("genre", new DraftedField("genre", genre, null, structure.isInterview()
                ? structure.turns().stream().filter(Structure.Turn::question).count() + " question-and-answer turns"
                : interview ? "the headline announces an interview (访/专访)"
                : "no question-and-answer turns; report is the default: news, feature or commentary may fit better"));

        ArrayNode interviewees = sidecar.putArray("interviewees");
        for (Interviewee person : people) {
            ObjectNode node = interviewees.addObject();
            node.put("name", person.name);
            if (person.role != null) {
                node.put("role", person.role);
            }
            fields.put("interviewee " + person.name, new DraftedField("interviewees",
                    person.name + (person.role == null ? "" : ", " + person.role), person.evidence, person.note));
        }
        ArrayNode reporters = sidecar.putArray("reporters");
        for (Structure.Byline byline : structure.bylines()) {
            byline.reporters().forEach(reporters::add);
            fields.put("reporters " + byline.line().index(), new DraftedField("reporters",
                    String.join(", ", byline.reporters()), byline.line().text(), "a credit line"));
        }
        Matcher editor = EDITOR.matcher(text);
        if (editor.find()) {
            sidecar.putArray("editors").add(editor.group("name"));
            fields.put("editors", new DraftedField("editors", editor.group("name"), editor.group(), null));
        }

        String id = requestedId != null ? requestedId
                : suggestId(region, date, structure, title, people, takenIds);
        sidecar.put("id", id);
        fields.put("id", new DraftedField("id", id, null, requestedId != null ? "given with --id"
                : "region + year + interviewee or topic, from ICU4J's Han-Latin; change it if you prefer another"));
        sidecar.put("review_status", "draft");

        List<DraftedField> checklist = new ArrayList<>();
        for (String key : List.of("id", "title", "source", "date", "region", "script", "genre")) {
            checklist.add(fields.remove(key));
        }
        checklist.addAll(fields.values());
        return new Result(sidecar, List.copyOf(checklist), structure, simplified);
    }

    private record Title(String text, String basis, String evidence, String note) { }

    private static Title title(Structure structure, String text) {
        if (structure.headline().isPresent()) {
            String headline = structure.headline().get().text();
            return new Title(headline, "printed", headline, "the first headline-shaped line");
        }
        for (Line lead : structure.lead()) {
            for (String clause : lead.text().split("[,,。!?!?;;]")) {
                if (clause.matches(".*(接受|專訪|专访|采访|採訪).*") && clause.length() >= 6) {
                    String supplied = clause.replaceFirst("^(?:近日|日前|近期|今天|昨天)", "");
                    return new Title(supplied, "supplied", clause,
                            "the page prints no headline: this title is a clause of the lead; rewrite it if you like");
                }
            }
        }
        String first = structure.lead().isEmpty() ? text.strip() : structure.lead().get(0).text();
        String clause = first.split("[,,。!?!?;;]")[0];
        return new Title(clause, "supplied", clause, "the page prints no headline: this title is the first clause;"
                + " write a descriptive one");
    }

    private record SourceGuess(String key, String printed, String evidence, String note) { }

    /** The dateline's 来源 beats a credit line, which beats 《X》记者, which beats a footer or a mere mention. */
    private SourceGuess source(Structure structure, String text) {
        List<String[]> candidates = new ArrayList<>(); // {passage, why}
        structure.dateline().ifPresent(d -> {
            Matcher m = SOURCE_LINE.matcher(d.text());
            if (m.find()) {
                candidates.add(new String[] {m.group(), "the dateline's 来源"});
            }
        });
        Matcher sourceLine = SOURCE_LINE.matcher(text);
        if (sourceLine.find()) {
            candidates.add(new String[] {sourceLine.group(), "a 来源 line"});
        }
        for (Structure.Byline byline : structure.bylines()) {
            if (!byline.creditedTo().isEmpty()) {
                candidates.add(new String[] {byline.line().text(), "the credit line"});
            }
        }
        Matcher reporterOf = Pattern.compile("《(?<name>[^》]{2,20})》(?:记者|記者)|(?<bare>\\p{IsHan}{2,12}?)(?:记者|記者)").matcher(text);
        while (reporterOf.find()) {
            candidates.add(new String[] {reporterOf.group(), "a reporter of the publication"});
        }
        structure.boilerplate().stream().filter(b -> b.kind().equals("footer"))
                .forEach(b -> candidates.add(new String[] {text.substring(b.range().start(), b.range().end()), "the footer"}));
        candidates.add(new String[] {text, "a mention in the text"});
        for (String[] candidate : candidates) {
            Optional<Map.Entry<String, String>> known = knownSourceIn(candidate[0]);
            if (known.isPresent()) {
                String passage = candidate[1].equals("a mention in the text") ? known.get().getValue() : candidate[0];
                return new SourceGuess(known.get().getKey(), known.get().getValue(), passage.strip(),
                        "named in " + candidate[1]);
            }
        }
        if (!candidates.isEmpty() && candidates.get(0)[1].contains("来源")) {
            return new SourceGuess(Source.UNKNOWN, null, candidates.get(0)[0],
                    "The page names a source the registry does not know: add it with `sources add`, then set source.");
        }
        return new SourceGuess(Source.UNKNOWN, null, null,
                "The text names no publication of the registry; not guessed.");
    }

    /** The registry source whose printed name occurs earliest in the passage: key and the name as printed. */
    private Optional<Map.Entry<String, String>> knownSourceIn(String passage) {
        Map.Entry<String, String> best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Map.Entry<String, Source> e : sources.entries().entrySet()) {
            if (e.getKey().equals(Source.UNKNOWN)) {
                continue;
            }
            for (String name : e.getValue().printedNames()) {
                int at = passage.indexOf(name);
                if (at >= 0 && (at < bestAt || at == bestAt && name.length() > best.getValue().length())) {
                    bestAt = at;
                    best = Map.entry(e.getKey(), name);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private record DateGuess(String value, String precision, String basis, String evidence, String note) { }

    private static DateGuess date(Structure structure, String text, LocalDate today) {
        Matcher m = StructureReader.DATELINE.matcher(structure.dateline().map(Line::text).orElse(""));
        if (!m.find()) {
            m = StructureReader.DATELINE.matcher(text);
            if (!m.find()) {
                m = null;
            }
        }
        if (m != null) {
            String day = String.format("%s-%02d-%02d", m.group(2), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
            String evidence = m.group().strip();
            if (m.group(5) == null) {
                return new DateGuess(day, "day", "stated", evidence, null);
            }
            String time = String.format("T%02d:%s", Integer.parseInt(m.group(5)), m.group(6));
            boolean seconds = m.group(7) != null;
            return new DateGuess(day + time + (seconds ? ":" + m.group(7) : "") + "+08:00", seconds ? "second" : "minute",
                    "stated", evidence, "The page prints the time without a zone; taken as Beijing time (UTC+08:00).");
        }
        int best = -1;
        String evidence = null;
        Matcher plan = PLAN_FIRST_YEAR.matcher(text);
        if (plan.find() && PLAN_START.containsKey(plan.group("plan"))) {
            best = PLAN_START.get(plan.group("plan"));
            evidence = clauseAround(text, plan.start(), plan.end());
        }
        Matcher year = YEAR.matcher(text);
        while (year.find()) {
            int y = Integer.parseInt(year.group("year"));
            if (y > best && y <= today.getYear()) {
                best = y;
                evidence = clauseAround(text, year.start(), year.end());
            }
        }
        if (best < 0) {
            return null;
        }
        return new DateGuess(Integer.toString(best), "year", "inferred", evidence,
                "The text states no date; " + best + " is the latest year it refers to as present or past. Check the"
                        + " text for a closer date.");
    }

    /** The clause around a match, extended past a clause that is only the match itself (2021年,…). */
    static String clauseAround(String text, int start, int end) {
        int from = start;
        while (from > 0 && !CLAUSE_END.matcher(text.substring(from - 1, from)).matches()) {
            from--;
        }
        Matcher after = CLAUSE_END.matcher(text);
        int to = after.find(end) ? after.start() : text.length();
        if (to - from <= end - start + 1 && after.find(to + 1)) {
            to = after.start();
        }
        return text.substring(from, to).strip();
    }

    private Optional<Region> region(Structure structure, String simplified) {
        List<Gazetteer.Match> matches = new ArrayList<>();
        for (Line line : headlineAndLead(structure)) {
            matches.addAll(gazetteer.match(simplified.substring(line.start(), line.end())));
        }
        return gazetteer.mostSpecific(matches);
    }

    private static List<Line> headlineAndLead(Structure structure) {
        List<Line> lines = new ArrayList<>();
        structure.headline().ifPresent(lines::add);
        structure.subheadline().ifPresent(lines::add);
        lines.addAll(structure.lead());
        return lines;
    }

    private static String leadText(Structure structure, String text) {
        return String.join("\n", headlineAndLead(structure).stream().map(Line::text).toList());
    }

    private record Interviewee(String name, String role, String evidence, String note) { }

    /** The speakers who answer the questions, or the person a 访/专访 headline names. */
    private static List<Interviewee> interviewees(Structure structure, String text) {
        List<Interviewee> people = new ArrayList<>();
        for (String name : structure.answerers()) {
            Optional<String[]> role = role(structure, text, name);
            people.add(new Interviewee(name, role.map(r -> r[0]).orElse(null), role.map(r -> r[1]).orElse(name + ":"),
                    "the speaker who answers the questions"));
        }
        if (!people.isEmpty()) {
            return people;
        }
        List<Line> heads = new ArrayList<>();
        structure.headline().ifPresent(heads::add);
        structure.subheadline().ifPresent(heads::add);
        for (Line line : heads) {
            Matcher m = INTERVIEW_HEADLINE.matcher(line.text());
            if (m.find()) {
                return List.of(new Interviewee(m.group("name"), m.group("role"), line.text(),
                        "the person the headline says was interviewed"));
            }
        }
        return List.of();
    }

    /** A role printed right before the name in the headline, subheadline or lead: {role, passage}. */
    private static Optional<String[]> role(Structure structure, String text, String name) {
        for (Line line : headlineAndLead(structure)) {
            String s = line.text();
            for (int at = s.indexOf(name); at >= 0; at = s.indexOf(name, at + 1)) {
                int from = at;
                while (from > 0 && "::,,。!?!?;;“”\"《》()()".indexOf(s.charAt(from - 1)) < 0) {
                    from--;
                }
                String role = ROLE_LEAD_IN.matcher(s.substring(from, at)).replaceFirst("").strip();
                if (ROLE_TAIL.matcher(role).find() && role.length() >= 2) {
                    return Optional.of(new String[] {role, s.substring(from, at + name.length())});
                }
            }
        }
        return Optional.empty();
    }

    private String suggestId(Optional<Region> region, DateGuess date, Structure structure, Title title,
                             List<Interviewee> people, Predicate<String> taken) {
        List<String> parts = new ArrayList<>();
        region.ifPresent(r -> parts.add(compact(Regions.shortName(r))));
        if (date != null) {
            parts.add(date.value.substring(0, 4));
        }
        List<String> answerers = people.stream().map(Interviewee::name).toList();
        if (!answerers.isEmpty()) {
            String name = answerers.get(0);
            parts.add(compact(name.substring(0, 1)) + "-" + compact(name.substring(1)));
        } else {
            topic(structure, title).ifPresent(t -> parts.add(compact(t.substring(0, 2)) + "-" + compact(t.substring(2))));
        }
        String base = String.join("-", parts).replaceAll("[^a-z0-9-]", "").replaceAll("-+", "-").replaceAll("^-|-$", "");
        if (base.isEmpty()) {
            base = "article";
        }
        String id = base;
        for (int n = 2; taken.test(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** A four-character term of the subheadline (or headline) that the text repeats most. */
    private static Optional<String> topic(Structure structure, Title title) {
        String source = structure.subheadline().map(Line::text).orElse(title.text);
        String all = structure.lead().stream().map(Line::text).reduce(source, String::concat);
        return java.util.stream.IntStream.rangeClosed(0, Math.max(-1, source.length() - 4))
                .mapToObj(i -> source.substring(i, i + 4))
                .filter(s -> s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .max(Comparator.comparingInt((String s) -> occurrences(all, s)).thenComparing(s -> -source.indexOf(s)));
    }

    private static int occurrences(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private String compact(String han) {
        return hanLatin.transliterate(han).replace(" ", "");
    }
}
