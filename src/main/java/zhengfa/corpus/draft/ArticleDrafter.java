package zhengfa.corpus.draft;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import zhengfa.corpus.draft.candidate.Candidate;
import zhengfa.corpus.draft.candidate.Evidence;
import zhengfa.corpus.draft.candidate.FieldDraft;
import zhengfa.corpus.draft.extract.CreditExtractor;
import zhengfa.corpus.draft.extract.DateExtractor;
import zhengfa.corpus.draft.extract.Headline;
import zhengfa.corpus.draft.extract.IdSuggester;
import zhengfa.corpus.draft.extract.InterviewExtractor;
import zhengfa.corpus.draft.extract.Interviewee;
import zhengfa.corpus.draft.extract.PrintedSource;
import zhengfa.corpus.draft.extract.RegionExtractor;
import zhengfa.corpus.draft.extract.ScriptExtractor;
import zhengfa.corpus.draft.extract.SourceExtractor;
import zhengfa.corpus.draft.extract.TitleExtractor;
import zhengfa.corpus.draft.forms.DateForms;
import zhengfa.corpus.draft.forms.PrintedDate;
import zhengfa.corpus.draft.layout.Anchors;
import zhengfa.corpus.draft.layout.Furniture;
import zhengfa.corpus.draft.layout.LineClassifier;
import zhengfa.corpus.draft.layout.LineShape;
import zhengfa.corpus.draft.layout.PageLines;
import zhengfa.corpus.draft.layout.Structure;
import zhengfa.corpus.draft.layout.StructureReader;
import zhengfa.corpus.draft.page.Line;
import zhengfa.corpus.draft.page.Page;
import zhengfa.corpus.draft.places.Gazetteer;
import zhengfa.corpus.draft.places.HostPlaces;
import zhengfa.corpus.draft.spans.NameFinder;
import zhengfa.corpus.draft.spans.SpanDrafter;
import zhengfa.corpus.model.DateBasis;
import zhengfa.corpus.model.DatePrecision;
import zhengfa.corpus.model.ReviewStatus;
import zhengfa.corpus.model.Script;
import zhengfa.corpus.model.TitleBasis;
import zhengfa.corpus.script.LanguageDetector;
import zhengfa.corpus.script.ScriptDetector;
import zhengfa.corpus.vocab.ProjectVocabulary;
import zhengfa.corpus.vocab.Region;
import zhengfa.corpus.vocab.Source;

/**
 * A raw page to a drafted article, in one place: read the bytes ({@link RawPage}), bring the text
 * to the corpus form ({@link CorpusForm}), refuse a page that is not Chinese, then run the
 * extractors in the order their evidence needs (dates, credits and the source first; the headline
 * knows their lines; the furniture knows the headline; script and region read the article without
 * its furniture), decide each field, and write the sidecar, the checklist and the silver spans.
 */
public final class ArticleDrafter {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ScriptDetector scripts;
    private final Gazetteer gazetteer;
    private final DateExtractor dates = new DateExtractor();
    private final CreditExtractor credits = new CreditExtractor();
    private final SourceExtractor sources;
    private final TitleExtractor titles;
    private final LineClassifier furniture;
    private final StructureReader structureReader = new StructureReader();
    private final ScriptExtractor scriptExtractor;
    private final RegionExtractor regions;
    private final InterviewExtractor interviews = new InterviewExtractor();
    private final IdSuggester ids = new IdSuggester();
    private final SpanDrafter spans;

    public ArticleDrafter(ProjectVocabulary vocabulary, ScriptDetector scripts) {
        this(vocabulary, scripts, DraftingModels.bundled());
    }

    /** A drafter deciding by these models, or by the rules where one is absent (the benchmark compares the two). */
    public ArticleDrafter(ProjectVocabulary vocabulary, ScriptDetector scripts, DraftingModels models) {
        this.scripts = scripts;
        this.furniture = new LineClassifier(models.furniture());
        this.titles = new TitleExtractor(models.headline());
        this.gazetteer = new Gazetteer(vocabulary.regions());
        this.sources = new SourceExtractor(vocabulary.sources());
        this.scriptExtractor = new ScriptExtractor(scripts);
        this.regions = new RegionExtractor(gazetteer, new HostPlaces(vocabulary.regions()));
        this.spans = new SpanDrafter(
                gazetteer,
                new NameFinder(),
                vocabulary.sources().entries().values().stream()
                        .filter(source -> !source.kind().equals(Source.UNKNOWN))
                        .flatMap(source -> source.printedNames().stream())
                        .distinct()
                        .toList());
    }

    /** What drafting a page gave: a draft to review, or why the page is not taken. */
    public sealed interface Outcome permits Drafted, NotText, NotChinese, NotAnArticle {}

    /**
     * @param text        the text as the corpus will store it
     * @param changes     what normalisation changed, in words
     * @param annotations the annotation file: {@code article_id} and the silver {@code spans}
     * @param checklist   every drafted field, drafted or blank, with its evidence and candidates
     */
    public record Drafted(
            RawPage.Decoded page,
            String text,
            List<String> changes,
            DraftedSidecar sidecar,
            ObjectNode annotations,
            List<DraftedField> checklist)
            implements Outcome {}

    public record NotText(RawPage.Rejected rejection) implements Outcome {}

    /** The page is text, but not Chinese (Japanese, Korean, or mostly another language). */
    public record NotChinese(LanguageDetector.NotChinese verdict) implements Outcome {}

    /** Chinese text, but no article: not one sentence or paragraph (a list of links, a counter, a menu). */
    public record NotAnArticle(String reason) implements Outcome {}

    /** The provenance a curator gives on the command line; every field may be null. */
    public record Provenance(String url, String retrievedAt) {}

    public Outcome draft(
            byte[] bytes,
            String originalFilename,
            String requestedId,
            Provenance provenance,
            Predicate<String> takenIds,
            LocalDate today) {
        Opened opened = open(bytes);
        if (opened instanceof Refused refused) {
            return refused.outcome();
        }
        ReadablePage readable = (ReadablePage) opened;
        RawPage.Decoded decoded = readable.decoded();
        CorpusForm.Normalised normalised = readable.normalised();
        List<String> changes = new ArrayList<>();
        if (decoded.hadBom()) {
            changes.add("removed the byte order mark");
        }
        changes.addAll(normalised.changes());
        PageLines lines = readable.lines();
        Page page = lines.page();
        String url = provenance.url();
        PageReading pageReading = reading(lines, url, today);
        Head head = pageReading.head();
        DateExtractor.Result date = head.date();
        CreditExtractor.Result credit = head.credit();
        FieldDraft<PrintedSource> source = head.source();
        FieldDraft<Headline> title = head.title();
        List<Furniture> found = pageReading.furniture();
        String articleText = withoutFurniture(lines, found);
        FieldDraft<String> script = scriptExtractor.extract(articleText);
        Structure structure = pageReading.structure();
        StructureReader.Body read = pageReading.body();
        Optional<Line> headline = structure.headline();
        Optional<Line> subheadline = structure.subheadline();

        List<Line> heads = new ArrayList<>();
        headline.ifPresent(heads::add);
        subheadline.ifPresent(heads::add);
        FieldDraft<Region> region = region(lines, head.reading(), structure, url);
        InterviewExtractor.Result interview = interviews.extract(structure, heads);
        List<Interviewee> interviewees =
                interview.interviewees().stream().map(Candidate::value).toList();

        List<DraftedField> checklist = new ArrayList<>();
        DraftedSidecar.Builder sidecar = DraftedSidecar.builder();
        Optional<Integer> year = date.draft().value().map(PrintedDate::year);
        String lead = String.join("\n", read.lead().stream().map(Line::text).toList());
        String topicSource = head.reading()
                .value()
                .map(Headline::text)
                .orElse(read.lead().isEmpty() ? "" : read.lead().get(0).text());
        String id = requestedId != null
                ? requestedId
                : ids.suggest(region.value(), year, interviewees, topicSource, lead, takenIds);
        sidecar.id(id);
        checklist.add(new DraftedField(
                "id",
                id,
                null,
                requestedId != null
                        ? "given with --id"
                        : "region + year + interviewee or a topic word of the headline, in Han-Latin; change it with `rename`",
                List.of()));
        Optional<Candidate<String>> supplied =
                title.candidates().isEmpty() ? titles.supplied(read.lead()) : Optional.empty();
        if (title.value().isPresent()) {
            sidecar.title(title.value().get().text(), null);
            checklist.add(field("title", title, Headline::text, null));
        } else if (supplied.isPresent()) {
            sidecar.title(supplied.get().value(), TitleBasis.SUPPLIED);
            checklist.add(new DraftedField(
                    "title",
                    supplied.get().value() + " (supplied)",
                    where(supplied.get()),
                    "the page prints no headline; " + supplied.get().rule() + ": rewrite it if you like",
                    List.of()));
        } else {
            sidecar.title(null, null);
            checklist.add(field(
                    "title",
                    title,
                    Headline::text,
                    "write the headline as printed, or a descriptive title with"
                            + " \"title_basis\": \"supplied\" if the page prints none"));
        }
        sidecar.originalFilename(originalFilename);

        putSource(sidecar, source);
        checklist.add(sourceField(source));
        putDate(sidecar, date.draft());
        checklist.add(field(
                "date",
                date.draft(),
                d -> d.sidecarValue() + " (" + d.precision().label() + ")",
                "fill date, date_precision, date_basis and date_evidence by hand: every article needs a date, at the precision the"
                        + " page supports (a year, if that is all it gives)"));
        sidecar.region(region.value().map(Region::code).orElse(null));
        checklist.add(field(
                "region",
                region,
                r -> r.code() + " " + r.nameZh(),
                "find the code of the place the article is about with `regions find NAME`"));
        String scriptValue = script.value().orElse(null);
        sidecar.script(Script.parse(scriptValue).orElse(null), scriptValue == null ? null : "zh-" + scriptValue);
        checklist.add(field("script", script, s -> s, "set \"script\" and \"language\" (zh-Hans or zh-Hant)"));
        String genre = interview.genre().value().orElse("report");
        sidecar.genre(genre);
        checklist.add(new DraftedField(
                "genre",
                genre,
                null,
                interview.genre().value().isPresent()
                        ? ((FieldDraft.Drafted<String>) interview.genre())
                                .chosen()
                                .rule()
                        : "set the genre",
                List.of()));
        sidecar.interviewees(interviewees.stream()
                .map(person -> new DraftedSidecar.Person(person.name(), person.role()))
                .toList());
        checklist.add(new DraftedField(
                "interviewees",
                interviewees.isEmpty()
                        ? null
                        : String.join(
                                "; ",
                                interviewees.stream().map(Interviewee::toString).toList()),
                interview.interviewees().isEmpty()
                        ? null
                        : where(interview.interviewees().get(0)),
                interviewees.isEmpty()
                        ? "none found: add the people interviewed, if any"
                        : interview.interviewees().get(0).rule(),
                List.of()));
        sidecar.reporters(credit.reporters().value().orElse(List.of()));
        checklist.add(field(
                "reporters",
                credit.reporters(),
                names -> String.join(", ", names),
                "add the reporters, authors and correspondents the page credits, if any"));
        sidecar.editors(credit.editors().value().orElse(List.of()));
        checklist.add(field(
                "editors",
                credit.editors(),
                names -> String.join(", ", names),
                "add the editors the page credits (责任编辑), if any"));
        sidecar.provenance(url, provenance.retrievedAt());
        sidecar.original(decoded.encoding(), decoded.sha256());
        sidecar.reviewStatus(ReviewStatus.DRAFT);

        List<String> people = new ArrayList<>(structure.answerers());
        credit.reporters().value().ifPresent(people::addAll);
        credit.editors().value().ifPresent(people::addAll);
        String simplified = scripts.foldToSimplified(page.text());
        ArrayNode silver = spans.draft(page, structure, simplified, region.value(), people);
        ObjectNode annotations = JSON.objectNode();
        annotations.put("article_id", id);
        annotations.set("spans", silver);
        return new Drafted(
                decoded, normalised.text(), List.copyOf(changes), sidecar.build(), annotations, List.copyOf(checklist));
    }

    /**
     * What the extractors read at the head of the page, and the anchors the furniture is classified by.
     *
     * @param title   the title field as drafted
     * @param reading the headline the rules read, drafted or not: what the furniture and the region are read around
     */
    private record Head(
            DateExtractor.Result date,
            CreditExtractor.Result credit,
            FieldDraft<PrintedSource> source,
            FieldDraft<Headline> title,
            FieldDraft<Headline> reading,
            Anchors anchors) {}

    private Head head(PageLines lines, String url, LocalDate today) {
        DateExtractor.Result date = dates.extract(lines, url, today);
        CreditExtractor.Result credit = credits.extract(lines, scripts::foldToSimplified);
        FieldDraft<PrintedSource> source = source(lines, credit);
        Set<Integer> metadata = metadata(lines, date, credit, source);
        List<TitleExtractor.Reading> headlines = titles.readings(lines, metadata);
        FieldDraft<Headline> title = titles.decide(headlines);
        // the page's head as the rules read it: the furniture (and its model) is classified around it, drafted title or
        // not
        FieldDraft<Headline> head = TitleExtractor.byRules(headlines);
        int articleStart = articleStart(lines, head, metadata);
        Set<Integer> kept = new HashSet<>(metadata);
        head.value().ifPresent(h -> {
            kept.add(h.line().index());
            h.subheadline().ifPresent(s -> kept.add(s.index()));
        });
        // lines the headline or the source was undecided between are the article's, not furniture
        if (head.value().isEmpty()) {
            head.candidates().stream()
                    .filter(c -> c.score() >= 0.5)
                    .forEach(c -> kept.add(c.value().line().index()));
        }
        if (source.value().isEmpty()) {
            source.candidates().stream()
                    .filter(c -> c.score() >= 0.5 && !c.evidence().inUrl())
                    .forEach(c -> kept.add(c.evidence().line() - 1));
        }
        return new Head(
                date,
                credit,
                source,
                title,
                head,
                new Anchors(articleStart, kept, head.value().isPresent()));
    }

    private FieldDraft<PrintedSource> source(PageLines lines, CreditExtractor.Result credit) {
        boolean ownPaper = lines.all().stream().anyMatch(s -> s.plain().matches(".*(?:本报|本報|本网|本網)(?:讯|訊|记者|記者).*"));
        return sources.extract(lines, credit.outlets(), ownPaper);
    }

    /** The 0-based indexes of the dateline, credit and source lines: what the headline stands above. */
    private static Set<Integer> metadata(
            PageLines lines,
            DateExtractor.Result date,
            CreditExtractor.Result credit,
            FieldDraft<PrintedSource> source) {
        Set<Integer> metadata = new HashSet<>(date.datelines());
        metadata.addAll(credit.creditLines());
        int sourceLine = lineIndex(source);
        // a source credited at the head of the page is metadata; one credited in the foot (本文来源:…) is furniture
        if (sourceLine >= 0 && lines.all().indexOf(lines.at(sourceLine).orElse(null)) <= lines.firstProse() + 2) {
            metadata.add(sourceLine);
        }
        return metadata;
    }

    /**
     * The headline's candidates of a page as the rules read them, with the headline model's features, or empty for a
     * page {@link #draft} refuses: what the headline model is trained on.
     */
    public Optional<List<TitleExtractor.Reading>> headlineReadings(byte[] bytes, String url, LocalDate today) {
        if (!(open(bytes) instanceof ReadablePage read)) {
            return Optional.empty();
        }
        PageLines lines = read.lines();
        CreditExtractor.Result credit = credits.extract(lines, scripts::foldToSimplified);
        Set<Integer> metadata = metadata(lines, dates.extract(lines, url, today), credit, source(lines, credit));
        return Optional.of(titles.readings(lines, metadata));
    }

    /** A page's content lines and the anchors its furniture is classified by, as {@link #draft} reads them. */
    public record Layout(PageLines lines, Anchors anchors) {}

    /**
     * The layout {@link #draft} classifies the furniture of, or empty for a page it refuses: what the
     * furniture model is trained and measured on.
     */
    public Optional<Layout> layout(byte[] bytes, String url, LocalDate today) {
        return open(bytes) instanceof ReadablePage read
                ? Optional.of(
                        new Layout(read.lines(), head(read.lines(), url, today).anchors()))
                : Optional.empty();
    }

    /** A page read up to its lines, or the outcome that refuses it: the steps {@link #draft} and {@link #layout} share. */
    private sealed interface Opened permits Refused, ReadablePage {}

    private record Refused(Outcome outcome) implements Opened {}

    private record ReadablePage(RawPage.Decoded decoded, CorpusForm.Normalised normalised, PageLines lines)
            implements Opened {}

    private Opened open(byte[] bytes) {
        RawPage.Reading reading = RawPage.read(bytes, scripts);
        if (reading instanceof RawPage.Rejected rejected) {
            return new Refused(new NotText(rejected));
        }
        RawPage.Decoded decoded = (RawPage.Decoded) reading;
        CorpusForm.Normalised normalised = CorpusForm.normalise(decoded.text());
        if (LanguageDetector.detect(normalised.text()) instanceof LanguageDetector.NotChinese notChinese) {
            return new Refused(new NotChinese(notChinese));
        }
        PageLines lines = PageLines.of(new Page(normalised.text()), scripts);
        if (lines.firstProse() == lines.all().size() && !LineClassifier.hasPosterText(lines.all())) {
            return new Refused(new NotAnArticle(
                    "it holds " + lines.all().size() + (lines.all().size() == 1 ? " line" : " lines")
                            + " and not one sentence or paragraph of an article"));
        }
        return new ReadablePage(decoded, normalised, lines);
    }

    private static int lineIndex(FieldDraft<PrintedSource> source) {
        return source instanceof FieldDraft.Drafted<PrintedSource> d
                        && !d.chosen().evidence().inUrl()
                ? d.chosen().evidence().line() - 1
                : -1;
    }

    /** The headline's line if one was drafted, else the first metadata or prose line. */
    private static int articleStart(PageLines lines, FieldDraft<Headline> title, Set<Integer> metadata) {
        List<LineShape> all = lines.all();
        if (title instanceof FieldDraft.Drafted<Headline> d
                && !d.chosen().rule().contains("标题")) {
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).line().equals(d.chosen().value().line())) {
                    return i;
                }
            }
        }
        int first = lines.firstProse();
        for (int i = 0; i < first; i++) {
            if (metadata.contains(all.get(i).line().index())) {
                return i;
            }
        }
        return first;
    }

    private static String withoutFurniture(PageLines lines, List<Furniture> found) {
        StringBuilder kept = new StringBuilder();
        for (LineShape s : lines.all()) {
            boolean covered = found.stream()
                    .anyMatch(f -> f.start() <= s.line().start() && s.line().end() <= f.end());
            if (!covered) {
                kept.append(s.text()).append('\n');
            }
        }
        return kept.toString();
    }

    /** How many of a poster's short lines make its lead (about two paragraphs' worth). */
    private static final int POSTER_LEAD_LINES = 24;

    /** A page read up to its structure: the head, the furniture and the body, what every field after them is read from. */
    private record PageReading(Head head, List<Furniture> furniture, StructureReader.Body body, Structure structure) {}

    private PageReading reading(PageLines lines, String url, LocalDate today) {
        Head head = head(lines, url, today);
        DateExtractor.Result date = head.date();
        CreditExtractor.Result credit = head.credit();
        List<Furniture> found = furniture.classify(lines, head.anchors());
        // the structure is the page's head as the rules read it; the title field waits for the headline model to be
        // sure
        Optional<Line> headline = head.reading().value().map(Headline::line);
        Optional<Line> subheadline = head.reading().value().flatMap(Headline::subheadline);
        Optional<Line> dateline = date.draft() instanceof FieldDraft.Drafted<PrintedDate> d
                        && !d.chosen().evidence().inUrl()
                        && !d.chosen().rule().startsWith("inferred")
                ? lines.all().stream()
                        .filter(s -> s.number() == d.chosen().evidence().line())
                        .map(LineShape::line)
                        .findFirst()
                : Optional.empty();
        Set<Line> special = new HashSet<>();
        headline.ifPresent(special::add);
        subheadline.ifPresent(special::add);
        dateline.ifPresent(special::add);
        List<Line> bylines = lines.all().stream()
                .filter(s -> credit.creditLines().contains(s.line().index())
                        && credit.reporters().candidates().stream()
                                .anyMatch(c -> c.evidence().line() == s.number() && c.score() >= 0.6))
                .map(LineShape::line)
                .toList();
        special.addAll(bylines);
        int articleStart = head.anchors().articleStart();
        List<Line> body = lines
                .all()
                .subList(Math.min(articleStart, lines.all().size()), lines.all().size())
                .stream()
                .map(LineShape::line)
                .toList();
        StructureReader.Body read = structureReader.read(body, special, found);
        Structure structure = new Structure(
                headline, subheadline, dateline, bylines, read.turns(), read.sectionHeadings(), found, read.lead());
        return new PageReading(head, found, read, structure);
    }

    /** The places of the headline (and decks above the body), the datelines' filing places and the lead. */
    private FieldDraft<Region> region(PageLines lines, FieldDraft<Headline> title, Structure structure, String url) {
        List<RegionExtractor.Passage> head = new ArrayList<>();
        List<RegionExtractor.Passage> filed = new ArrayList<>();
        List<RegionExtractor.Passage> lead = new ArrayList<>();
        List<String> deeper = new ArrayList<>();
        int firstProse = lines.firstProse();
        title.value().ifPresent(h -> {
            head.add(new RegionExtractor.Passage(
                    scripts.foldToSimplified(h.text()), new Evidence(h.line().number(), h.text())));
            // the deck printed right under the headline, or its subheadline
            List<LineShape> all = lines.all();
            for (int i = 0; i + 1 < all.size(); i++) {
                if (all.get(i).line().equals(h.line())) {
                    LineShape next = all.get(i + 1);
                    if (i + 1 < firstProse
                            && (next.headlineShaped()
                                    || h.subheadline()
                                            .filter(next.line()::equals)
                                            .isPresent())) {
                        head.add(new RegionExtractor.Passage(
                                next.simplified(), new Evidence(next.number(), next.text())));
                    }
                    break;
                }
            }
        });
        for (LineShape s : lines.all()) {
            for (DateForms.Mention m : DateForms.find(s.plain())) {
                if (m.form() == DateForms.Form.FILED_DAY) {
                    String place = filedPlace(s.simplified(), m);
                    if (!place.isEmpty()) {
                        filed.add(new RegionExtractor.Passage(place, new Evidence(s.number(), s.text())));
                    }
                }
            }
        }
        // the lead: the first two paragraphs of the article, a credit's or dateline's paragraph included
        List<LineShape> paragraphs = lines.all().stream()
                .filter(s -> s.prose() && !covered(s, structure.furniture()))
                .toList();
        if (paragraphs.isEmpty()) {
            // an article set as a poster, a phrase a line: its first lines, read together, are its lead
            String poster = lines.all().stream()
                    .filter(s -> !covered(s, structure.furniture()) && s.hanShare() >= 0.5)
                    .limit(POSTER_LEAD_LINES)
                    .map(LineShape::simplified)
                    .collect(java.util.stream.Collectors.joining(""));
            if (!poster.isEmpty()) {
                LineShape first = lines.all().get(0);
                lead.add(new RegionExtractor.Passage(poster, new Evidence(first.number(), first.text())));
                deeper.add(poster);
            }
        }
        for (int i = 0; i < paragraphs.size() && i < 6; i++) {
            LineShape s = paragraphs.get(i);
            if (i < 2) {
                lead.add(new RegionExtractor.Passage(s.simplified(), new Evidence(s.number(), s.text())));
            }
            deeper.add(s.simplified());
        }
        return regions.extract(head, filed, lead, deeper, url);
    }

    private static boolean covered(LineShape s, List<Furniture> furniture) {
        return furniture.stream()
                .anyMatch(f -> f.start() <= s.line().start() && s.line().end() <= f.end());
    }

    /** The place a dateline files from: the Han characters before the day (台北 in 台北24日電, 广州 in 中新网广州7月2日电). */
    private static String filedPlace(String simplified, DateForms.Mention m) {
        int end = m.start();
        int start = end;
        while (start > 0
                && Character.UnicodeScript.of(simplified.codePointAt(start - 1)) == Character.UnicodeScript.HAN
                && end - start < 12) {
            start--;
        }
        String run = simplified.substring(start, end);
        // the outlet and credit before the place: 中新网广州, 中央社记者刘世怡台北
        int cut = Math.max(
                Math.max(run.lastIndexOf('社'), run.lastIndexOf('网')),
                Math.max(run.lastIndexOf('报'), run.lastIndexOf('台')));
        if (cut >= 0 && cut < run.length() - 2) {
            run = run.substring(cut + 1);
        }
        return run.length() > 6 ? run.substring(run.length() - 4) : run;
    }

    private static void putSource(DraftedSidecar.Builder sidecar, FieldDraft<PrintedSource> source) {
        if (source instanceof FieldDraft.Drafted<PrintedSource> d) {
            PrintedSource s = d.chosen().value();
            sidecar.source(
                    s.key().orElse(null),
                    s.printed(),
                    s.key().isPresent()
                            ? null
                            // validation warns (SIDECAR_SOURCE_NOTE_STALE) while these words stay beside a registry key
                            : "The page credits " + s.printed() + ", which the source registry does not know: add it"
                                    + " with `sources add`, then set source to its key and delete this note.");
        } else if (source.candidates().isEmpty()) {
            sidecar.source(Source.UNKNOWN, null, "The page names no publication (an unnamed 本报讯 names none).");
        } else {
            sidecar.source(null, null, null);
        }
    }

    private static DraftedField sourceField(FieldDraft<PrintedSource> source) {
        String unknownNote = source.value()
                .filter(s -> s.key().isEmpty())
                .map(s -> "the registry does not know " + s.printed() + ": add it with `sources add KEY --name-zh "
                        + s.printed() + " --name-en NAME --kind KIND` (`sources add --help` lists the kinds),"
                        + " then set source")
                .orElse(null);
        DraftedField f = field(
                "source",
                source,
                s -> s.key().map(k -> k + ", printed " + s.printed()).orElse(s.printed() + ", not in the registry"),
                "check the page for the publication it credits");
        return unknownNote == null
                ? f
                : new DraftedField(f.field(), f.value(), f.evidence(), unknownNote, f.candidates(), f.confidence());
    }

    private static void putDate(DraftedSidecar.Builder sidecar, FieldDraft<PrintedDate> date) {
        if (date instanceof FieldDraft.Drafted<PrintedDate> d) {
            PrintedDate value = d.chosen().value();
            boolean inUrl = d.chosen().evidence().inUrl();
            boolean inferred = d.chosen().rule().startsWith("inferred");
            String note = null;
            if (value.precision().compareTo(DatePrecision.MINUTE) >= 0) {
                note = "The page prints the time without a zone; taken as UTC+08:00, the zone of every"
                        + " Chinese-speaking place.";
            } else if (inferred) {
                note = "Inferred from the lead: " + d.chosen().rule().replaceFirst("^inferred: ", "") + ".";
            } else if (inUrl) {
                note = "Taken from the page's address (" + d.chosen().evidence().quote()
                        + "); the text prints no date.";
            }
            sidecar.date(
                    value.sidecarValue(),
                    value.precision(),
                    inUrl ? DateBasis.URL : inferred ? DateBasis.INFERRED : DateBasis.STATED,
                    inUrl ? null : d.chosen().evidence().quote(),
                    note);
        } else {
            sidecar.date(null, null, null, null, null);
        }
    }

    private static String where(Candidate<?> c) {
        return c.evidence().where() + ": " + c.evidence().quote();
    }

    private static <T> DraftedField field(
            String name, FieldDraft<T> draft, Function<T, String> show, String whatIfBlank) {
        List<String> candidates = draft.candidates().stream()
                .limit(4)
                .map(c -> String.format(
                        "%s (%s, %s, %.2f)", show.apply(c.value()), c.evidence().where(), c.rule(), c.score()))
                .toList();
        if (draft instanceof FieldDraft.Drafted<T> d) {
            return new DraftedField(
                    name,
                    show.apply(d.chosen().value()),
                    where(d.chosen()),
                    d.chosen().rule() + String.format(" (confidence %.2f)", d.confidence()),
                    candidates,
                    d.confidence());
        }
        FieldDraft.Blank<T> blank = (FieldDraft.Blank<T>) draft;
        return new DraftedField(name, null, null, "BLANK: " + blank.reason() + "; " + whatIfBlank, candidates);
    }
}
