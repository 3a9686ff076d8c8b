package zhengfa.corpus.draft.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zhengfa.corpus.draft.candidate.Candidate;
import zhengfa.corpus.draft.candidate.Decision;
import zhengfa.corpus.draft.candidate.Evidence;
import zhengfa.corpus.draft.candidate.FieldDraft;
import zhengfa.corpus.draft.forms.ChineseNames;
import zhengfa.corpus.draft.forms.DateForms;
import zhengfa.corpus.draft.forms.FurnitureWords;
import zhengfa.corpus.draft.layout.LineShape;
import zhengfa.corpus.draft.layout.PageLines;
import zhengfa.corpus.model.DatePrecision;

/**
 * The headline: a headline-shaped line (short, mostly Han, no sentence end, no furniture or spam
 * words, no site header) before the body's first sentence, scored by where it stands: the first
 * such line of the page, the nearest one above the dateline or credit, the one right above the
 * first paragraph, the upper of two stacked decks. A line that repeats parts of an earlier one is
 * a deck printed again. A labelled 标题:X is the headline wherever it stands. Navigation, a site's
 * header, a dateline and spam are never the headline.
 */
public final class TitleExtractor {

    /** Headlines: the usual threshold, a smaller margin (a headline and its deck score close). */
    static final Decision POLICY = new Decision(0.6, 0.12);

    static final double SHAPE = 0.3;
    static final double FIRST = 0.35;
    static final double ABOVE_METADATA = 0.35;
    static final double ABOVE_PROSE = 0.3;
    static final double ABOVE_SUBTITLE = 0.3;
    static final double UPPER_DECK = 0.15;
    static final double REPEATED_PART = -0.25;
    static final double LABELLED = 0.9;
    /** A repost's 原标题:X: the headline where the page prints no other, below the one it prints. */
    static final double ORIGINAL = 0.65;

    static final double RUN_ON = 0.65;
    /** How many content lines above a dateline or credit the headline may stand (a subheadline, a widget between). */
    static final int NEAR = 4;

    private static final Pattern LABEL = Pattern.compile(
            "^[|｜\\s]*(?:(?<original>原标题|原標題|原题|原題)|标题|標題|题目|題目)\\s*[:：]\\s*(?<title>.{4,80}?)[\\s|｜]*$");
    /** A line that breaks off after a word that joins: 市委政法工作会议暨创建…优秀市和 / 全国…会议召开. */
    private static final Pattern CONTINUES = Pattern.compile(".*(?:和|与|與|及|暨|、|的|在|为|為|对|對|把|向|于|於|之|以|并|並|或)$");

    private final Optional<HeadlineModel> model;

    /** The rules' candidates, decided by the bundled headline model. */
    public TitleExtractor() {
        this(Optional.of(HeadlineModel.bundled()));
    }

    /** @param model the headline model that scores the rules' candidates, or none to decide by the rules' own scores */
    public TitleExtractor(Optional<HeadlineModel> model) {
        this.model = model;
    }

    /** The rules alone, deciding by their own scores: what the model is trained on and measured against. */
    public static TitleExtractor rulesOnly() {
        return new TitleExtractor(Optional.empty());
    }

    /**
     * @param metadata the 0-based indexes of dateline, credit and source lines
     */
    public FieldDraft<Headline> extract(PageLines lines, Set<Integer> metadata) {
        return decide(readings(lines, metadata));
    }

    /** The headline decided among these readings of a page. */
    public FieldDraft<Headline> decide(List<Reading> readings) {
        if (model.isEmpty()) {
            return byRules(readings);
        }
        HeadlineModel learnt = model.get();
        List<Candidate<Headline>> rescored = new ArrayList<>();
        for (Reading r : readings) {
            if (r.subheadline()) {
                continue; // the deck under a headline is part of it, no rival headline
            }
            double p = learnt.model().probability(r.features());
            rescored.add(new Candidate<>(
                    r.candidate().value(),
                    p,
                    r.candidate().evidence(),
                    r.candidate().rule() + String.format(" (the headline model: %.2f)", p)));
        }
        return learnt.decision().decide(rescored, (a, b) -> a.text().equals(b.text()), NONE_FOUND);
    }

    /**
     * The headline the rules' own scores decide: where the page's head is, which the furniture is classified
     * around, whether or not the model is sure enough to draft the title.
     */
    public static FieldDraft<Headline> byRules(List<Reading> readings) {
        return POLICY.decide(
                readings.stream().map(Reading::candidate).toList(),
                (a, b) -> a.text().equals(b.text()),
                NONE_FOUND);
    }

    private static final String NONE_FOUND = "no headline-shaped line stands before the first paragraph";

    /** How a candidate was found: the shape and place of a line, a label, a repost's original, a timestamp or a trail it ran into. */
    public enum Kind {
        SHAPED,
        LABELLED,
        ORIGINAL,
        RUN_ON,
        TRAIL_END
    }

    /**
     * One candidate as the rules scored it, with the features the headline model reads.
     *
     * @param subheadline whether the rules read it as the subheadline (——…, 访…) under another candidate
     * @param features    one value per {@link HeadlineFeatures#NAMES}
     */
    public record Reading(Candidate<Headline> candidate, boolean subheadline, double[] features) {
        public Reading {
            features = features.clone();
        }

        @Override
        public double[] features() {
            return features.clone();
        }
    }

    /**
     * Every candidate with the rules' score and the headline model's features, in page order: what
     * the model is trained on and what {@link #extract} decides between.
     */
    public List<Reading> readings(PageLines lines, Set<Integer> metadata) {
        List<Proposal> proposals = candidates(lines, metadata);
        double best =
                proposals.stream().mapToDouble(p -> p.candidate().score()).max().orElse(0);
        List<Reading> readings = new ArrayList<>();
        for (Proposal p : proposals) {
            boolean subheadline = subheadlineOfAnother(
                    p.candidate(), proposals.stream().map(Proposal::candidate).toList());
            readings.add(new Reading(
                    p.candidate(),
                    subheadline,
                    HeadlineFeatures.withOthers(
                            HeadlineFeatures.of(
                                    lines, p.kind(), p.signals(), p.position(), p.candidate(), best, metadata),
                            proposals.size(),
                            subheadline)));
        }
        return readings;
    }

    /** Whether the rules read this candidate's line as the subheadline (——…, 访…) under another candidate. */
    // another candidate of the list, not one equal to it: identity is meant
    @SuppressWarnings("ReferenceEquality")
    private static boolean subheadlineOfAnother(Candidate<Headline> candidate, List<Candidate<Headline>> all) {
        return all.stream()
                .anyMatch(o -> o != candidate
                        && o.value()
                                .subheadline()
                                .filter(candidate.value().line()::equals)
                                .isPresent());
    }

    /** A candidate as the rules found it: how, their reasons for a shaped line, and its position among the content lines. */
    record Proposal(Candidate<Headline> candidate, Kind kind, Optional<Signals> signals, int position) {}

    /** What the rules found out about one headline-shaped line, each a reason for or against it. */
    record Signals(
            boolean first,
            boolean aboveMetadata,
            boolean aboveProse,
            boolean upperDeck,
            boolean kickerAbove,
            boolean underKicker,
            boolean aboveSubtitle,
            boolean repeats,
            boolean stacked,
            boolean continues) {

        double score() {
            double score = SHAPE;
            score += first ? FIRST : 0;
            score += aboveMetadata ? ABOVE_METADATA : 0;
            score += aboveProse ? ABOVE_PROSE : 0;
            score += upperDeck ? UPPER_DECK : 0;
            score -= kickerAbove ? FIRST : 0;
            score += underKicker ? FIRST : 0;
            score += aboveSubtitle ? ABOVE_SUBTITLE : 0;
            score += repeats ? REPEATED_PART : 0;
            return stacked && !aboveMetadata ? Math.min(score, SHAPE) : score;
        }

        String why() {
            List<String> why = new ArrayList<>();
            add(why, first, "the first headline-shaped line");
            add(why, aboveMetadata, "right above the dateline or credit");
            add(why, aboveProse, "right above the first paragraph");
            add(why, kickerAbove, "a kicker above the headline");
            add(why, upperDeck, "the upper of two decks");
            add(why, underKicker, "the headline under a kicker");
            add(why, aboveSubtitle, "right above its subheadline (——… or 访…)");
            add(why, repeats, "repeats part of an earlier line");
            add(why, stacked && !aboveMetadata, "one of three or more stacked headline-shaped lines");
            add(why, continues, "continued on the next line");
            return why.isEmpty() ? "a headline-shaped line" : String.join(", ", why);
        }

        private static void add(List<String> why, boolean yes, String reason) {
            if (yes) {
                why.add(reason);
            }
        }
    }

    /** Every line that may be the headline, in page order, then a run-on headline and labelled ones. */
    private static List<Proposal> candidates(PageLines lines, Set<Integer> metadata) {
        List<Proposal> candidates = new ArrayList<>();
        List<LineShape> all = lines.all();
        int firstProse = lines.firstProse();
        int firstMetadata = -1;
        for (int i = 0; i < all.size(); i++) {
            if (metadata.contains(all.get(i).line().index())) {
                firstMetadata = i;
                break;
            }
        }
        // a teaser sentence of another article above the body (a portal's related block) ends what came before:
        // the article's head starts after the last such sentence
        int headStart = 0;
        for (int i = 0; i < Math.min(firstProse, all.size()); i++) {
            if (all.get(i).prose() && !CAPTION_MARK.matcher(all.get(i).plain()).find()) {
                headStart = i + 1;
            }
        }
        int firstShaped = -1;
        for (int i = 0; i < Math.min(firstProse, all.size()); i++) {
            LineShape s = all.get(i);
            if (!shaped(all, i, metadata)) {
                continue;
            }
            boolean first = firstShaped < 0 && i >= headStart;
            if (first) {
                firstShaped = i;
            }
            boolean aboveMetadata = nearestAbove(all, i, metadata);
            // a ——subtitle or a 访… line under the headline is its subheadline, not a second deck
            boolean overSubheadline = i + 1 < all.size()
                    && (PageLines.subtitle(all.get(i + 1))
                            || subheadline(all, i).isPresent());
            boolean pair = i + 1 < all.size()
                    && shaped(all, i + 1, metadata)
                    && !repeatsEarlier(all, i + 1, metadata)
                    && i == firstShaped
                    && (i + 2 >= all.size() || !shaped(all, i + 2, metadata))
                    && !overSubheadline;
            boolean kicker = KICKER.matcher(s.plain()).matches();
            boolean repeats = repeatsEarlier(all, i, metadata);
            String text = clean(s.text());
            boolean continues = CONTINUES.matcher(text).matches() && i + 1 < all.size() && shaped(all, i + 1, metadata);
            Signals signals = new Signals(
                    first,
                    aboveMetadata,
                    firstMetadata < 0 && i == lastShapedBefore(all, firstProse, metadata),
                    pair && !kicker,
                    pair && kicker,
                    i > 0
                            && shaped(all, i - 1, metadata)
                            && KICKER.matcher(all.get(i - 1).plain()).matches()
                            && i - 1 == firstShaped,
                    overSubheadline && !repeats,
                    repeats,
                    stackedDeck(all, i, metadata, firstProse),
                    continues);
            if (continues) {
                // one headline broken over two lines, kept with its line break as printed
                text = lines.page()
                        .text()
                        .substring(s.line().start(), all.get(i + 1).line().end());
            }
            candidates.add(new Proposal(
                    new Candidate<>(
                            new Headline(text, s.line(), subheadline(all, i)),
                            clamp(signals.score()),
                            new Evidence(s.number(), s.text()),
                            signals.why()),
                    Kind.SHAPED,
                    Optional.of(signals),
                    i));
        }
        if (candidates.isEmpty()) {
            trailEnd(all, firstProse)
                    .ifPresent(
                            c -> candidates.add(new Proposal(c, Kind.TRAIL_END, Optional.empty(), position(all, c))));
        }
        if (!all.isEmpty()
                && candidates.stream()
                        .noneMatch(c ->
                                c.candidate().evidence().line() == all.get(0).number())) {
            runOn(all.get(0))
                    .ifPresent(h -> candidates.add(new Proposal(
                            new Candidate<>(
                                    h,
                                    RUN_ON,
                                    new Evidence(all.get(0).number(), h.text()),
                                    "a headline with the timestamp run into it"),
                            Kind.RUN_ON,
                            Optional.empty(),
                            0)));
        }
        for (int i = 0; i < all.size(); i++) {
            LineShape s = all.get(i);
            Matcher label = LABEL.matcher(s.text());
            if (label.find()) {
                String text = clean(label.group("title").strip());
                boolean original = label.group("original") != null;
                candidates.add(new Proposal(
                        new Candidate<>(
                                new Headline(text, s.line(), Optional.empty()),
                                original ? ORIGINAL : LABELLED,
                                new Evidence(s.number(), s.text()),
                                original ? "the original headline (原标题) a reposting page prints" : "a labelled 标题"),
                        original ? Kind.ORIGINAL : Kind.LABELLED,
                        Optional.empty(),
                        i));
            }
        }
        return candidates;
    }

    private static int position(List<LineShape> all, Candidate<Headline> c) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).line().equals(c.value().line())) {
                return i;
            }
        }
        return 0;
    }

    private static final Pattern INTERVIEW_CLAUSE =
            Pattern.compile("[^,，。；;!！?？]*(?:接受|接受了)[^,，。；;!！?？]*(?:专访|專訪|采访|採訪)");

    /**
     * A title to supply where the page prints no headline at all: the lead's clause that says who
     * was interviewed (X接受记者专访), which names the article as well as a curator would. Otherwise
     * none: a first sentence is no title.
     */
    public Optional<Candidate<String>> supplied(List<zhengfa.corpus.draft.page.Line> lead) {
        for (zhengfa.corpus.draft.page.Line line : lead) {
            Matcher m = INTERVIEW_CLAUSE.matcher(line.text());
            if (m.find()) {
                String clause = m.group().strip().replaceFirst("^(?:近日|日前|近期|今天|昨天|今日|昨日)", "");
                if (clause.codePointCount(0, clause.length()) >= 6) {
                    return Optional.of(new Candidate<>(
                            clause,
                            0.6,
                            new Evidence(line.number(), m.group().strip()),
                            "supplied: the lead's clause naming who was interviewed"));
                }
            }
        }
        return Optional.empty();
    }

    private static final Pattern WIDGET_TAIL =
            Pattern.compile("\\s*[\\[【(（][^\\]】)）]{0,6}(?:打印|列印|关闭|關閉|返回|收藏|分享|字号|字號)[^\\]】)）]{0,6}[\\]】)）]\\s*$");
    /** A news site's time of posting after the headline: … 男司機涉販毒被捕 (21:45). */
    private static final Pattern TIME_TAIL = Pattern.compile("\\s*[(（]\\s*\\d{1,2}[:：]\\d{2}\\s*[)）]\\s*$");
    /** A group that wrote the report, printed after the headline: …的建言报告 某市政协专题调研组. */
    private static final Pattern GROUP_AUTHOR_TAIL =
            Pattern.compile("(?<=\\S)[\\s\\u3000]+\\p{IsHan}{2,30}" + LineShape.GROUP_AUTHOR + "$");
    /** A forum's or blog's repost mark before the headline: [转], 【轉載】. */
    private static final Pattern REPOSTED = Pattern.compile("^\\s*[\\[【(（](?:转|轉|转载|轉載|转帖|轉帖|原创|原創)[\\]】)）]\\s*");
    /** A column's or series' tag before the headline: 【以案释法】10个典型案例…. */
    private static final Pattern COLUMN_TAG =
            Pattern.compile("^\\s*(?:【[^】]{1,14}】|\\[\\p{IsHan}{2,6}\\])\\s*(?=\\S.{5,})");
    /** A headline printed between brackets: 【第三級毒品工廠偵破案】. */
    private static final Pattern BRACKETED = Pattern.compile("^\\s*【(?<inner>[^】【]{4,})】\\s*$");

    private static final Pattern TWICE = Pattern.compile("^(.{6,}?)\\s+\\1\\s*$");
    /** A kicker (引题) ends on what someone said: 某某在…会上强调; the headline is the deck under it. */
    private static final Pattern KICKER = Pattern.compile(".*(?:强调|強調|表示|指出|要求|提出|说|說|称|稱|透露|介绍|介紹)[:：]?$");
    /** A picture's caption under the headline (▲某地院舉辦…, 图:…): no teaser of another article. */
    private static final Pattern CAPTION_MARK = Pattern.compile("^\\s*(?:▲|△|图[:：]|圖[:：]|图片[:：]|圖片[:：])");
    /** A paper's or site's name before a bar and the headline: 西部法治报 | 解的是难题…. */
    private static final Pattern SITE_HEAD =
            Pattern.compile("^\\s*(?:\\p{IsHan}{2,10}(?:报|報|网|網|台)|\\p{IsHan}{2,4})\\s*[|｜]\\s*(?<title>.{6,})$");
    /** A link run into the end of the headline: …加强未成年人司法保护返回总站. */
    private static final Pattern LINK_TAIL = Pattern.compile("(?<=\\S)(?:返回总站|返回總站|返回首页|返回首頁|返回列表|返回目录|返回目錄)\\s*$");

    private static final Pattern SITE_TAIL = Pattern.compile("^(?<title>.{6,}?)\\s*[|｜_]\\s*(?<site>[^|｜_]{1,12})$");
    /** A page title's site name after a dash: 永川区开展消防安全检查-华龙网 (a dash inside a headline stays). */
    private static final Pattern SITE_DASH_TAIL = Pattern.compile(
            "^(?<title>.{6,}?)\\s*[-－—–]\\s*(?<site>\\p{IsHan}{1,10}(?:网|網|报|報|新闻|新聞|客户端|客戶端|频道|頻道|资讯|資訊|在线|在線))$");

    /**
     * The headline without what a page prints around it: a repost mark ([转]), a column's tag (【以案释法】) or
     * brackets around it all, a print widget ([打印本页]), a time
     * of posting ((21:45)), the group that wrote it (… 某市调研组), a scraper's asterisks (******), a site's name
     * after a bar or a dash (… | 中法评, …-华龙网), a trailing bar. The rest is verbatim.
     */
    static String clean(String headline) {
        String t =
                REPOSTED.matcher(WIDGET_TAIL.matcher(headline).replaceFirst("")).replaceFirst("");
        Matcher bracketed = BRACKETED.matcher(t);
        t = bracketed.matches()
                ? bracketed.group("inner")
                : COLUMN_TAG.matcher(t).replaceFirst("");
        t = TIME_TAIL.matcher(t).replaceFirst("");
        t = GROUP_AUTHOR_TAIL.matcher(t).replaceFirst("");
        // a headline printed twice on its line
        Matcher twice = TWICE.matcher(t);
        if (twice.matches()) {
            t = twice.group(1);
        }
        t = t.replaceAll("\\s*[*＊]+$", "");
        t = LINK_TAIL.matcher(t).replaceFirst("");
        Matcher headed = SITE_HEAD.matcher(t);
        if (headed.matches() && !headed.group("title").matches(".*[|｜].*")) {
            t = headed.group("title");
        }
        Matcher dashed = SITE_DASH_TAIL.matcher(t);
        if (dashed.matches()) {
            t = dashed.group("title");
        }
        Matcher site = SITE_TAIL.matcher(t);
        if (site.matches() && !site.group("title").matches(".*[|｜_].*")) {
            t = site.group("title");
        }
        return t.replaceAll("[\\s|｜_\\-–—]+$", "").strip();
    }

    private static double clamp(double score) {
        return Math.max(0, Math.min(1, score));
    }

    /** A line that can be the headline: its shape, and not a dateline, credit or source line, nor a menu. */
    private static boolean shaped(List<LineShape> all, int i, Set<Integer> metadata) {
        return shaped(all.get(i), metadata) && !menu(all, i);
    }

    /**
     * A section's or chapter's heading inside a text whose page begins below its headline, or has
     * none: 引言:…, 第三篇 公安行政管理, 一、…. A headline never opens with them.
     */
    static final Pattern SECTION_HEADING =
            Pattern.compile("^\\s*(?:引言|前言|序言|导言|導言|结语|結語|结束语|結束語|第[一二三四五六七八九十百零〇0-9]{1,4}[篇章节節](?=[\\s\\u3000:：、]|$)"
                    + "|[一二三四五六七八九十]{1,3}、)");

    /** The office a person's caption names them by, as the line's last word before the name (Simplified). */
    private static final String OFFICE = "(?:局长|检察长|院长|庭长|队长|所长|主任|书记|委员|代表|理事长|主席|厅长|处长|部长|会长|律师|法官|检察官)";

    /**
     * A person named with their office and nothing else (四川省公安厅经侦总队总队长李治钢; 襄阳市人民检察院检察长 常本勇;
     * 叶建明 全国政协委员 …理事长), read on the Simplified form: a photo's caption, a report's speaker or an
     * author's line. A headline about a person says what they did or were asked (专访…, …：…), so a line
     * with a verb of speech or a colon is kept, and the name must be shaped like one (省委书记讲话 is no caption).
     */
    static final Pattern PERSON_AND_OFFICE = Pattern.compile(
            "^(?!.*(?:访|谈|说|表示|[:：—]))\\s*(?:[\\p{IsHan}·]{2,30}" + OFFICE + "[\\s\\u3000]*(?<last>\\p{IsHan}{2,3})"
                    + "|(?<first>\\p{IsHan}{2,3})(?:[\\s\\u3000]+[\\p{IsHan}·]{2,30}" + OFFICE + "){1,3})\\s*$");

    static boolean personAndOffice(String simplified) {
        java.util.regex.Matcher m = PERSON_AND_OFFICE.matcher(simplified);
        if (!m.matches()) {
            return false;
        }
        return ChineseNames.isName(m.group("last") != null ? m.group("last") : m.group("first"));
    }

    private static boolean shaped(LineShape s, Set<Integer> metadata) {
        return s.headlineShaped()
                && !metadata.contains(s.line().index())
                && !SECTION_HEADING.matcher(s.plain()).find()
                && !personAndOffice(s.simplified())
                && !FurnitureWords.isTrail(s.plain())
                && !LABEL.matcher(s.text()).find()
                && DateForms.find(s.plain()).stream()
                        .noneMatch(m -> m.date().isPresent()
                                && m.end() - m.start() >= s.plain().length() / 3);
    }

    /**
     * A menu or title bar: three or more short items side by side, or items between bars (我的股票|星洲网 我的股票) where an item names what other
     * lines of the page's top name too, as a site's name or a menu entry. A column name before a bar
     * (两会“检”阅|厦门检察:…) is printed once and stays a headline.
     */
    // another line of the page, not one equal to it: identity is meant
    @SuppressWarnings("ReferenceEquality")
    private static boolean menu(List<LineShape> all, int i) {
        if (i + 1 < all.size() && PageLines.subtitle(all.get(i + 1))) {
            return false; // 强治理 筑平安 谋发展 over its ——subtitle: a headline of three phrases
        }
        // three or more short items side by side: 文字实录 图片实录 返回访谈页
        String[] items = all.get(i).plain().strip().split("[\\s\\u3000]+");
        if (items.length >= 3 && java.util.Arrays.stream(items).allMatch(t -> t.codePointCount(0, t.length()) <= 6)) {
            return true;
        }
        String[] parts = all.get(i).plain().split("[|｜]");
        if (parts.length < 2) {
            return false;
        }
        if (parts.length >= 3) {
            return true;
        }
        for (String part : parts) {
            for (String item : part.strip().split("\\s+")) {
                if (item.codePointCount(0, item.length()) < 2 || item.codePointCount(0, item.length()) > 8) {
                    continue;
                }
                long elsewhere = all.stream()
                        .limit(Math.max(i + 10, 20))
                        .filter(o -> o != all.get(i) && o.plain().contains(item))
                        .count();
                if (elsewhere >= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The nearest headline-shaped line above the first dateline, credit or source line below it. */
    private static boolean nearestAbove(List<LineShape> all, int i, Set<Integer> metadata) {
        for (int j = i + 1; j < all.size() && j <= i + NEAR; j++) {
            if (metadata.contains(all.get(j).line().index())) {
                return true;
            }
            if (shaped(all, j, metadata) || all.get(j).prose()) {
                return false;
            }
        }
        return false;
    }

    private static int lastShapedBefore(List<LineShape> all, int firstProse, Set<Integer> metadata) {
        for (int j = Math.min(firstProse, all.size()) - 1; j >= 0; j--) {
            if (shaped(all, j, metadata)) {
                return firstProse - j <= 2 ? j : -1;
            }
        }
        return -1;
    }

    /**
     * Three or more headline-shaped lines in a row, not counting a line that repeats part of an
     * earlier one: a list, a menu or a couplet, not one headline.
     */
    private static boolean stackedDeck(List<LineShape> all, int i, Set<Integer> metadata, int firstProse) {
        if (repeatsEarlier(all, i, metadata)) {
            return false;
        }
        int count = 1;
        for (int j = i - 1; j >= 0 && shaped(all, j, metadata); j--) {
            count += repeatsEarlier(all, j, metadata) ? 0 : 1;
        }
        for (int j = i + 1; j < Math.min(firstProse, all.size()) && shaped(all, j, metadata); j++) {
            count += repeatsEarlier(all, j, metadata) ? 0 : 1;
        }
        return count >= 3;
    }

    private static boolean repeatsEarlier(List<LineShape> all, int i, Set<Integer> metadata) {
        for (int j = 0; j < i; j++) {
            if (shaped(all, j, metadata)
                    && all.get(j).plain().contains(all.get(i).plain())) {
                return true;
            }
        }
        return false;
    }

    /** A ——subheadline or a 访/专访 line right under the headline (访谈主题:… is a label, not one). */
    private static Optional<zhengfa.corpus.draft.page.Line> subheadline(List<LineShape> all, int i) {
        if (i + 1 < all.size()) {
            String next = all.get(i + 1).plain();
            if ((next.startsWith("——")
                            || next.startsWith("—")
                            || next.startsWith("--")
                            || next.matches("^(?:专访|專訪|访|訪)\\p{IsHan}[^:：]*"))
                    && !all.get(i + 1).line().endsSentence()
                    && all.get(i + 1).length() <= 60) {
                return Optional.of(all.get(i + 1).line());
            }
        }
        return Optional.empty();
    }

    /** The last step of a breadcrumb trail: 筠连头条 > 筠连新闻 > 清除社会毒瘤,今年…破获毒品案件9起. */
    private static final Pattern TRAIL_END = Pattern.compile("^.{1,40}(?:>|›|»|＞|→)\\s*(?<last>[^>›»＞→]+)$");

    private static final double TRAIL_END_SCORE = 0.65;

    /**
     * Where no line above the body is shaped like a headline, the headline the page ran into the
     * end of its breadcrumb trail, right above the first paragraph: a trail's steps are a few
     * characters, a headline a dozen or more.
     */
    private static Optional<Candidate<Headline>> trailEnd(List<LineShape> all, int firstProse) {
        for (int i = Math.min(firstProse, all.size()) - 1; i >= 0 && i >= firstProse - 3; i--) {
            if (!FurnitureWords.isTrail(all.get(i).plain())) {
                continue;
            }
            Matcher m = TRAIL_END.matcher(all.get(i).plain());
            if (!m.matches()) {
                continue;
            }
            String last = m.group("last").strip();
            long han = last.codePoints()
                    .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    .count();
            if (han >= 10 && !last.matches(".*[。；;！!]$") && all.get(i).text().contains(last)) {
                return Optional.of(new Candidate<>(
                        new Headline(clean(last), all.get(i).line(), Optional.empty()),
                        TRAIL_END_SCORE,
                        new Evidence(all.get(i).number(), all.get(i).text()),
                        "the end of a breadcrumb trail, above the first paragraph"));
            }
        }
        return Optional.empty();
    }

    /** 标题文字2022-05-20 14:35…: a headline with the page's timestamp run into it. */
    private static Optional<Headline> runOn(LineShape first) {
        for (DateForms.Mention m : DateForms.find(first.plain())) {
            String before = first.plain().substring(0, m.start()).strip();
            int length = before.codePointCount(0, before.length());
            if (m.date().isPresent()
                    && m.date().get().precision().compareTo(DatePrecision.MINUTE) >= 0
                    && length >= 6
                    && length <= 60
                    && !before.matches(".*[。；;，,！？!?].*")
                    && first.text().startsWith(before)) {
                return Optional.of(new Headline(clean(before), first.line(), Optional.empty()));
            }
        }
        return Optional.empty();
    }
}
