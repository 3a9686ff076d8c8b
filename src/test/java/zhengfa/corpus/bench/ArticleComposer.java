package zhengfa.corpus.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Composes one synthetic article from the material pool: a headline, an optional dateline and
 * byline, 5–30 body paragraphs (some as question/answer turns in interviews), and now and then page
 * furniture, all annotated as the seeds are. Every random choice comes from the article's own
 * generator, so an article depends only on the seed and its number.
 *
 * <p>Everything the composer writes itself (labels such as 记者, names, the lead sentence) is
 * written in Simplified script and converted for Traditional articles, so an article never mixes
 * scripts. The one exception is a publication name that sources.json gives only in Simplified:
 * it is printed as sources.json has it, since source_as_printed must be what the text prints.
 */
final class ArticleComposer {

    /** About this share of the articles is in Traditional script. */
    static final double TRADITIONAL_SHARE = 0.2;

    static final int MIN_PARAGRAPHS = 5;
    static final int MAX_PARAGRAPHS = 30;
    static final LocalDate FIRST_DATE = LocalDate.of(2015, 1, 1);
    static final LocalDate LAST_DATE = LocalDate.of(2026, 6, 30);

    private static final String INTERVIEWER = "记者";
    private static final String[] INDENTS = {"", "  ", "\u3000\u3000"};
    private static final String[] REPORT_LEADS = {
        "政法机关坚持以人民为中心的发展思想,统筹发展和安全,各项工作取得新进展。",
        "持续深化平安建设和法治建设,全力维护社会大局稳定,群众安全感和满意度稳步提升。",
        "政法系统聚焦防风险、保安全、护稳定、促发展,推动政法工作高质量发展。",
        "各级政法机关主动担当作为,扎实推进基层社会治理,为经济社会发展营造安全稳定的环境。",
    };
    private static final String[] UNDATED_REPORT_OPENINGS = {"近日,", "今年以来,", ""};
    private static final String[] UNDATED_INTERVIEW_OPENINGS = {"今年以来,", ""};
    private static final String[] WEEKDAYS = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};
    private static final int[] SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
                    + "蒋蔡杜叶程苏魏吕丁任沈姚卢崔钟谭陆汪金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
            .codePoints()
            .toArray();
    private static final String[] GIVEN_NAMES = {
        "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "秀英", "华", "平", "刚", "建华", "文",
        "辉", "力", "建国", "海燕", "志强", "晓东", "红梅", "立新", "玉兰", "国庆", "春生", "德明", "宏伟", "鹏", "斌", "琳", "婷", "雪", "博", "宇",
        "浩", "凯", "健", "俊", "帆", "岚", "东明", "卫东", "新华", "学军", "永红", "丽萍", "晓燕", "建军", "志刚", "海涛", "振华", "思远",
    };

    enum Precision {
        YEAR,
        MONTH,
        DAY,
        MINUTE
    }

    /** One composed article: its text, sidecar and spans, ready to be written. */
    record Article(String id, String text, ObjectNode sidecar, List<TextBuilder.Span> spans) {}

    private final MaterialPool pool;
    private final Registries registries;
    private final ScriptConverter converter;
    /** The seed as written in ids and notes (unsigned, so that an id never gets a double hyphen). */
    private final String seedLabel;
    /** The seed scrambled, so that seeds 42 and 43 do not give the same articles shifted by one number. */
    private final long base;

    ArticleComposer(MaterialPool pool, Registries registries, ScriptConverter converter, String seedLabel, long seed) {
        this.pool = pool;
        this.registries = registries;
        this.converter = converter;
        this.seedLabel = seedLabel;
        this.base = new SplittableRandom(seed).nextLong();
    }

    /** The state of one article while it is being written. */
    private final class Draft {
        final SplittableRandom random;
        final Script script;
        final TextBuilder text;
        final String indent;
        final String number;
        final Registries.Source source;
        final String sourcePrinted;
        /** The website a newspaper's article was found on, as for the Xinjiang seed; null for most. */
        final Registries.Source retrievedFrom;

        final Registries.Region region;
        final Precision precision;
        final LocalDateTime date;
        final boolean interview;
        final String interviewee;
        String dateEvidence;
        final List<String> reporters = new ArrayList<>();
        final List<String> editors = new ArrayList<>();
        /** Body paragraph before which the page-jump markers and the spam line go (-1: none). */
        int jumpBefore = -1;

        int spamBefore = -1;

        Draft(SplittableRandom random, int number) {
            this.random = random;
            this.number = String.format(Locale.ROOT, "%07d", number);
            script = random.nextDouble() < TRADITIONAL_SHARE ? Script.HANT : Script.HANS;
            text = new TextBuilder(random.nextDouble() < 0.3 ? "\n\n" : "\n");
            indent = pick(INDENTS);
            source = random.nextDouble() < 0.15 ? registries.unknownSource : pick(registries.knownSources);
            sourcePrinted = source.isUnknown() ? null : source.asPrinted(script);
            retrievedFrom =
                    source.kind().equals("newspaper") && !registries.websites.isEmpty() && random.nextDouble() < 0.15
                            ? pick(registries.websites)
                            : null;
            double level = random.nextDouble();
            region = pick(
                    level < 0.3 ? registries.provinces : level < 0.65 ? registries.prefectures : registries.counties);
            precision = pick(Precision.values(), 0.2, 0.2, 0.35, 0.25);
            long days = LAST_DATE.toEpochDay() - FIRST_DATE.toEpochDay() + 1;
            date = LocalDate.ofEpochDay(FIRST_DATE.toEpochDay() + random.nextLong(days))
                    .atTime(random.nextInt(24), random.nextInt(60));
            interview = !pool.questions.isEmpty() && !pool.answerOpeners.isEmpty() && random.nextDouble() < 0.45;
            interviewee = interview ? personName() : null;
        }

        String lit(String hans) {
            return converter.literal(hans, script);
        }

        <T> T pick(List<T> items) {
            return items.get(random.nextInt(items.size()));
        }

        <T> T pick(T[] items) {
            return items[random.nextInt(items.length)];
        }

        /** One of {@code items}, with the given probabilities (which add up to 1). */
        <T> T pick(T[] items, double... weights) {
            double r = random.nextDouble();
            for (int i = 0; i < items.length - 1; i++) {
                r -= weights[i];
                if (r < 0) {
                    return items[i];
                }
            }
            return items[items.length - 1];
        }

        String personName() {
            return lit(new String(SURNAMES, random.nextInt(SURNAMES.length), 1) + pick(GIVEN_NAMES));
        }

        String regionName() {
            return lit(region.name());
        }

        /** The title after the region's name: 乐山市 + 委常委、政法委书记; autonomous regions have a 党委. */
        String roleTitle() {
            return lit(region.name().endsWith("自治区") ? "党委常委、政法委书记" : "委常委、政法委书记");
        }

        String intervieweeRole() {
            return regionName() + roleTitle();
        }

        /** Writes the role (with the region marked as a place) and the interviewee's name. */
        void writeRoleAndName() {
            text.entity("LOC", regionName(), region.code()).append(roleTitle()).entity("PER", interviewee, null);
        }
    }

    Article compose(int number) {
        Draft d = new Draft(articleRandom(number), number);
        String id = "syn-" + seedLabel + "-" + d.number;
        TextBuilder t = d.text;
        boolean dateline = d.precision == Precision.DAY
                || d.precision == Precision.MINUTE
                || (!d.source.isUnknown() && d.random.nextBoolean());
        boolean datelineFirst = dateline && d.random.nextDouble() < 0.3;
        boolean bylineFirst = d.random.nextDouble() < 0.6;
        int paragraphs = MIN_PARAGRAPHS + d.random.nextInt(MAX_PARAGRAPHS - MIN_PARAGRAPHS + 1);
        if (d.random.nextDouble() < 0.15) {
            d.jumpBefore = paragraphs / 2;
        }
        if (!pool.spam.isEmpty() && d.random.nextDouble() < 0.06) {
            d.spamBefore = 1 + d.random.nextInt(paragraphs - 1);
        }

        if (!pool.navigation.isEmpty() && d.random.nextDouble() < 0.2) {
            furniture(d, d.pick(pool.navigation).in(d.script), "navigation");
        }
        if (datelineFirst) {
            dateline(d);
        }
        t.newBlock();
        Piece.Variant headline = d.pick(pool.headlines).in(d.script);
        int start = t.position();
        t.piece(headline).structure("headline", start, t.position(), Map.of());
        subheadline(d);
        if (dateline && !datelineFirst) {
            dateline(d);
        }
        if (bylineFirst) {
            byline(d, dateline);
        }
        lead(d);
        if (d.interview) {
            interviewBody(d, paragraphs - 1);
        } else {
            reportBody(d, paragraphs - 1);
        }
        if (!bylineFirst) {
            byline(d, dateline);
        }
        if (!pool.footers.isEmpty() && d.random.nextDouble() < 0.2) {
            furniture(d, d.pick(pool.footers).in(d.script), "footer");
        }
        return new Article(id, t.text(), sidecar(d, id, headline.text()), t.spans());
    }

    /**
     * The article's own generator, derived from the seed and its number alone, so article n is the
     * same whatever N is. nextLong() scrambles base + n, so neighbouring articles get unrelated streams.
     */
    private SplittableRandom articleRandom(int number) {
        return new SplittableRandom(new SplittableRandom(base + number).nextLong());
    }

    /** An interview may get "——专访<role><name>"; a report now and then a seed subheadline that names no one. */
    private void subheadline(Draft d) {
        TextBuilder t = d.text;
        if (d.interview && d.random.nextDouble() < 0.5) {
            t.newBlock();
            int start = t.position();
            t.append(d.lit("——专访"));
            d.writeRoleAndName();
            t.structure("subheadline", start, t.position(), Map.of());
        } else if (!d.interview && !pool.subheadlines.isEmpty() && d.random.nextDouble() < 0.2) {
            t.newBlock();
            int start = t.position();
            t.piece(d.pick(pool.subheadlines).in(d.script)).structure("subheadline", start, t.position(), Map.of());
        }
    }

    /**
     * The publication date (day or minute precision, which is then quoted as date_evidence) and,
     * when the source is known, the publication, as the seeds print them.
     */
    private void dateline(Draft d) {
        TextBuilder t = d.text;
        LocalDateTime when = d.date;
        boolean fullForm = d.random.nextBoolean();
        t.newBlock();
        int start = t.position();
        boolean printSource = !d.source.isUnknown();
        boolean editor = false;
        switch (d.precision) {
            case DAY -> {
                String date = fullForm
                        ? d.lit("发布日期: ")
                                + String.format(
                                        Locale.ROOT,
                                        "%d年%02d月%02d日",
                                        when.getYear(),
                                        when.getMonthValue(),
                                        when.getDayOfMonth())
                        : String.format(
                                Locale.ROOT, "%d年%d月%d日", when.getYear(), when.getMonthValue(), when.getDayOfMonth());
                d.dateEvidence = date;
                t.append(date);
                if (!fullForm) {
                    t.append(" " + d.lit(WEEKDAYS[when.getDayOfWeek().getValue() - 1]));
                }
                if (printSource) {
                    t.append(" " + d.lit("来源:"));
                }
            }
            case MINUTE -> {
                String time = String.format(
                        Locale.ROOT,
                        "%d-%02d-%02d %02d:%02d",
                        when.getYear(),
                        when.getMonthValue(),
                        when.getDayOfMonth(),
                        when.getHour(),
                        when.getMinute());
                String date = fullForm ? d.lit("时间:") + time : time;
                d.dateEvidence = date;
                t.append(date);
                editor = fullForm && d.random.nextBoolean();
                if (printSource) {
                    t.append(d.lit(fullForm ? "来源:" : " 来源:"));
                }
            }
            default -> t.append(d.lit("来源:")); // year and month: the date is in the lead; only known sources get here
        }
        if (printSource) {
            t.entity("ORG", d.sourcePrinted, null);
        }
        if (editor) {
            String name = d.personName();
            d.editors.add(name);
            t.append(d.lit("责任编辑:")).entity("PER", name, null);
        }
        t.structure("dateline", start, t.position(), Map.of());
    }

    /**
     * The reporters' credit. It carries the article number, which makes every text of a corpus
     * unique (the validator rejects duplicate texts, and the material is finite), and it names the
     * publication when the dateline did not, so that source_as_printed is printed somewhere.
     */
    private void byline(Draft d, boolean hasDateline) {
        TextBuilder t = d.text;
        // Every dateline names a known source; a byline names it too where there is none, and sometimes anyway.
        boolean nameSource = !d.source.isUnknown() && (!hasDateline || d.random.nextDouble() < 0.3);
        int reporters = 1 + d.random.nextInt(2);
        while (d.reporters.size() < reporters) {
            String name = d.personName();
            if (!d.reporters.contains(name) && !name.equals(d.interviewee)) {
                d.reporters.add(name);
            }
        }
        boolean parenthesised = d.random.nextDouble() < 0.3;
        t.newBlock();
        int start = t.position();
        if (parenthesised) {
            t.append("(");
        } else if (!nameSource && d.random.nextBoolean()) {
            t.append("□ ");
        }
        if (nameSource) {
            t.entity("ORG", d.sourcePrinted, null).append(d.lit("记者 "));
        } else {
            t.append(d.lit(parenthesised || d.random.nextBoolean() ? "记者 " : "本报记者 "));
        }
        boolean correspondent = d.reporters.size() == 2 && d.random.nextBoolean();
        t.entity("PER", d.reporters.get(0), null);
        if (d.reporters.size() == 2) {
            t.append(correspondent ? d.lit(" 通讯员 ") : " ").entity("PER", d.reporters.get(1), null);
        }
        t.append(d.lit(" 稿号:") + d.number);
        if (parenthesised) {
            t.append(")");
        }
        t.structure("byline", start, t.position(), Map.of());
    }

    /**
     * The first paragraph, written for the article: it names the region (a LOC with its code) and,
     * in an interview, the interviewee; for year and month precision it opens with the date and is
     * quoted whole as date_evidence.
     */
    private void lead(Draft d) {
        TextBuilder t = d.text;
        String opening = switch (d.precision) {
            case YEAR -> d.date.getYear() + d.lit("年,");
            case MONTH -> d.date.getYear() + d.lit("年") + d.date.getMonthValue() + d.lit("月,");
            default -> d.lit(d.pick(d.interview ? UNDATED_INTERVIEW_OPENINGS : UNDATED_REPORT_OPENINGS));
        };
        t.newBlock().append(d.indent);
        int bookmark = t.bookmark();
        t.append(opening).entity("LOC", d.regionName(), d.region.code());
        if (d.interview) {
            t.append(d.lit("如何推动政法工作高质量发展?近日,"));
            d.writeRoleAndName();
            t.append(d.lit("接受记者专访,谈思路、讲举措。"));
        } else {
            t.append(d.lit(d.pick(REPORT_LEADS)));
        }
        if (d.precision == Precision.YEAR || d.precision == Precision.MONTH) {
            d.dateEvidence = t.textSince(bookmark);
        }
    }

    private void reportBody(Draft d, int paragraphs) {
        Deck narratives = new Deck(pool.narratives.size(), d.random);
        boolean headingAllowed = false;
        for (int i = 1; i <= paragraphs; i++) {
            furnitureBefore(d, i);
            if (headingAllowed && !pool.sectionHeadings.isEmpty() && d.random.nextDouble() < 0.12) {
                sectionHeading(d);
            }
            paragraph(d, pool.narratives.get(narratives.next()).in(d.script));
            headingAllowed = true;
        }
    }

    /**
     * An interview: perhaps one more narrative paragraph, then turns of one question and an answer of
     * one or more paragraphs, until the paragraphs are used up. A spam line or page-jump marker that
     * falls inside an answer is nested in its span, as in the Leshan seed.
     */
    private void interviewBody(Draft d, int paragraphs) {
        TextBuilder t = d.text;
        Deck questions = new Deck(pool.questions.size(), d.random);
        Deck openers = new Deck(pool.answerOpeners.size(), d.random);
        List<Piece> more = pool.answerParagraphs.isEmpty() ? pool.narratives : pool.answerParagraphs;
        Deck continuations = new Deck(more.size(), d.random);
        String interviewer = d.lit(INTERVIEWER);
        int remaining = paragraphs;
        int index = 1;
        if (remaining >= 5 && d.random.nextBoolean()) {
            furnitureBefore(d, index++);
            paragraph(d, d.pick(pool.narratives).in(d.script));
            remaining--;
        }
        while (remaining >= 2) {
            furnitureBefore(d, index++);
            if (!pool.sectionHeadings.isEmpty() && d.random.nextDouble() < 0.25) {
                sectionHeading(d);
            }
            t.newBlock().append(d.indent);
            int question = t.position();
            t.append(interviewer + ":")
                    .piece(pool.questions.get(questions.next()).in(d.script));
            t.structure("question", question, t.position(), Map.of("speaker", interviewer));
            remaining--;

            int answerParagraphs = 1 + d.random.nextInt(Math.min(4, remaining));
            if (remaining - answerParagraphs == 1) {
                answerParagraphs++; // a lone paragraph left over could not make a turn
            }
            int answer = -1;
            for (int j = 0; j < answerParagraphs; j++) {
                furnitureBefore(d, index++);
                t.newBlock().append(d.indent);
                if (j == 0) {
                    answer = t.position();
                    t.entity("PER", d.interviewee, null).append(":");
                    t.piece(pool.answerOpeners.get(openers.next()).in(d.script));
                } else {
                    t.piece(more.get(continuations.next()).in(d.script));
                }
            }
            t.structure("answer", answer, t.position(), Map.of("speaker", d.interviewee));
            remaining -= answerParagraphs;
        }
    }

    private void paragraph(Draft d, Piece.Variant piece) {
        d.text.newBlock().append(d.indent).piece(piece);
    }

    private void sectionHeading(Draft d) {
        TextBuilder t = d.text;
        t.newBlock().append(d.indent);
        int start = t.position();
        t.piece(d.pick(pool.sectionHeadings).in(d.script)).structure("section_heading", start, t.position(), Map.of());
    }

    /** Page furniture due before body paragraph {@code index}: the page-jump markers, an injected spam line. */
    private void furnitureBefore(Draft d, int index) {
        if (index == d.jumpBefore) {
            d.text.newBlock().append(d.indent);
            int start = d.text.position();
            d.text.append(d.lit("下转第八版"))
                    .structure("boilerplate", start, d.text.position(), Map.of("kind", "page-jump"));
            if (d.random.nextBoolean()) {
                d.text.newBlock().append(d.indent);
                start = d.text.position();
                d.text.append(d.lit("上接第一版"))
                        .structure("boilerplate", start, d.text.position(), Map.of("kind", "page-jump"));
            }
        }
        if (index == d.spamBefore) {
            furniture(d, d.pick(pool.spam).in(d.script), "spam");
        }
    }

    private void furniture(Draft d, Piece.Variant piece, String kind) {
        d.text.newBlock();
        int start = d.text.position();
        d.text.piece(piece).structure("boilerplate", start, d.text.position(), Map.of("kind", kind));
    }

    /** The sidecar, in the seeds' field order. */
    private ObjectNode sidecar(Draft d, String id, String title) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode s = json.objectNode();
        s.put("id", id);
        s.put("title", title);
        s.put("title_basis", "printed");
        s.put("original_filename", "synthetic");
        s.put("source", d.source.key());
        if (d.source.isUnknown()) {
            s.putNull("source_as_printed");
            s.put("source_note", "Synthetic article: the text names no publication.");
        } else {
            s.put("source_as_printed", d.sourcePrinted);
        }
        if (d.retrievedFrom != null) {
            s.put("retrieved_from", d.retrievedFrom.key());
        }
        s.put(
                "date",
                switch (d.precision) {
                    case YEAR -> String.valueOf(d.date.getYear());
                    case MONTH -> String.format(Locale.ROOT, "%d-%02d", d.date.getYear(), d.date.getMonthValue());
                    case DAY -> d.date.toLocalDate().toString();
                    case MINUTE ->
                        String.format(
                                Locale.ROOT,
                                "%sT%02d:%02d+08:00",
                                d.date.toLocalDate(),
                                d.date.getHour(),
                                d.date.getMinute());
                });
        s.put("date_precision", d.precision.name().toLowerCase(Locale.ROOT));
        s.put("date_basis", "stated");
        s.put("date_evidence", d.dateEvidence);
        s.put("region", d.region.code());
        s.put("script", d.script.code);
        s.put("language", d.script.language);
        s.put("genre", d.interview ? "interview" : "report");
        ArrayNode interviewees = s.putArray("interviewees");
        if (d.interview) {
            interviewees.addObject().put("name", d.interviewee).put("role", d.intervieweeRole());
        }
        ArrayNode reporters = s.putArray("reporters");
        d.reporters.forEach(reporters::add);
        if (!d.editors.isEmpty()) {
            ArrayNode editors = s.putArray("editors");
            d.editors.forEach(editors::add);
        }
        s.put(
                "notes",
                "Synthetic article generated by zhengfa.corpus.bench.CorpusGenerator (seed " + seedLabel
                        + ") from the annotated paragraphs of the seed corpus; not a real publication.");
        return s;
    }

    /** Indices of a pool in random order, drawn without repetition until all are used, then reshuffled. */
    private static final class Deck {
        private final int[] order;
        private final SplittableRandom random;
        private int next;

        Deck(int size, SplittableRandom random) {
            this.order = new int[size];
            this.random = random;
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            next = size;
        }

        int next() {
            if (next == order.length) {
                for (int i = order.length - 1; i > 0; i--) {
                    int j = random.nextInt(i + 1);
                    int swap = order[i];
                    order[i] = order[j];
                    order[j] = swap;
                }
                next = 0;
            }
            return order[next++];
        }
    }
}
