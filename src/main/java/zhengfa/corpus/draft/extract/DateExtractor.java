package zhengfa.corpus.draft.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import zhengfa.corpus.draft.candidate.Candidate;
import zhengfa.corpus.draft.candidate.Decision;
import zhengfa.corpus.draft.candidate.Evidence;
import zhengfa.corpus.draft.candidate.FieldDraft;
import zhengfa.corpus.draft.forms.DateForms;
import zhengfa.corpus.draft.forms.FurnitureWords;
import zhengfa.corpus.draft.forms.PrintedDate;
import zhengfa.corpus.draft.forms.UrlDates;
import zhengfa.corpus.draft.layout.LineShape;
import zhengfa.corpus.draft.layout.PageLines;
import zhengfa.corpus.model.DatePrecision;

/**
 * The publication date. Where a date stands decides what it is worth: after a publication label
 * (发布时间:, 時間:, 日期:) or alone on a short line at the head of the page it is the dateline; on
 * an update label (更新时间) it is only an update; beside a weekday (星期二) or after 今天是 it is the site's clock;
 * at the head of a list item it belongs to another article; inside the body's sentences it is an
 * event and never a candidate. The page's address (/2019-07/02/, /20160412/) is a candidate of its
 * own, and a news agency's filing day (台北24日電) dates the page when the address or the head gives
 * the month. Only where nothing is printed may a year be inferred from the lead's own present
 * (今年是“十五五”开局之年).
 */
public final class DateExtractor {

    public static final String FIELD = "date";

    static final double LABELLED = 0.9;
    static final double UNLABELLED_WITH_TIME = 0.85;
    static final double UNLABELLED = 0.75;
    static final double RUN_ON = 0.7;
    static final double UPDATE = 0.5;
    static final double URL_DAY = 0.72;
    static final double URL_MONTH = 0.62;
    static final double FILED_DAY = 0.7;
    static final double INFERRED = 0.66;
    static final double WIDGET = 0.1;
    static final double LIST_ITEM = 0.15;
    /** After the body has begun a date is a footer's, a related link's or a comment's. */
    static final double AFTER_BODY = 0.4;

    private static final String PUBLICATION_LABEL = "(?:发布时间|發布時間|發佈時間|发布日期|發布日期|發佈日期|发表时间|發表時間|发表日期|發表日期|刊发时间|刊發時間"
            + "|出版日期|出版时间|出版時間|刊登日期|发稿时间|發稿時間|稿件日期|时间|時間|日期|发布|發布|發佈|出版|date|Date|DATE|Published|Posted)";
    private static final Pattern LABEL_BEFORE =
            Pattern.compile("(?:^|[\\s•·|｜【\\[(（]|(?<=\\p{IsHan}))" + PUBLICATION_LABEL + "\\s*[:：]?\\s*$");
    private static final Pattern UPDATE_BEFORE =
            Pattern.compile("(?:更新时间|更新時間|最后更新|最後更新|最后更新日期|最後更新日期|修改时间|修改時間|更新于|更新於|更新)\\s*[:：]?\\s*$");
    private static final Pattern EVENT_LABEL =
            Pattern.compile("(?:活动|活動|会议|會議|开庭|開庭|案发|案發|报名|報名|截止|举办|舉辦)(?:时间|時間|日期)\\s*[:：]?\\s*$");
    /** A line that is a date and nothing else: 2025/05/12. */
    private static final Pattern DATE_ALONE = Pattern.compile("^[\\d/\\-.年月日:： ]{8,22}$");
    /** The same date alone on this many lines dates a list's entries (a ticker, a column of headlines), not the article. */
    private static final long LIST_DATES = 3;
    /** A site's greeting that prints today's date: 今天是2025年07月18日,欢迎您访问…. */
    private static final Pattern TODAY_BEFORE = Pattern.compile("(?:今天是|今日是|今天是:|今天:|今日:)\\s*$");

    private static final Pattern WEEKDAY = Pattern.compile("^\\s*(?:星期|週|周|礼拜|禮拜)[一二三四五六日天]");
    private static final Pattern UPDATE_AFTER = Pattern.compile("^\\s*[(（]?\\s*(?:更新|updated)");
    private static final Pattern PLAN_FIRST_YEAR =
            Pattern.compile("今年是“?(?<plan>十[一二三四五六七八九]五)”?(?:规划|規劃)?(?:开局之年|開局之年)");
    private static final Map<String, Integer> PLAN_START =
            Map.of("十一五", 2006, "十二五", 2011, "十三五", 2016, "十四五", 2021, "十五五", 2026, "十六五", 2031);
    /** The congress a text prepares for (为党的二十大胜利召开营造…): it is the congress's year. */
    private static final Pattern CONGRESS_AHEAD = Pattern.compile("(?:为|為|迎接|喜迎)党的(?<n>十[六七八九]|二十[一二]?)大(?:胜利|勝利)?召开");

    private static final Map<String, Integer> CONGRESS_YEAR =
            Map.of("十六", 2002, "十七", 2007, "十八", 2012, "十九", 2017, "二十", 2022, "二十一", 2027, "二十二", 2032);
    /** 2021年,X如何…?近日,…: a lead that opens on the year it speaks from. */
    private static final Pattern LEAD_YEAR = Pattern.compile("^(?<year>(?:19|20)\\d{2})年[,，][^。]*?(?:近日|日前|今年)");

    private static final Pattern CLAUSE_END = Pattern.compile("[,，。！!？?;；:：]");

    /** The drafted date, and the lines that are datelines (never page furniture). */
    public record Result(FieldDraft<PrintedDate> draft, Set<Integer> datelines) {}

    public Result extract(PageLines lines, String url, LocalDate today) {
        List<Candidate<PrintedDate>> candidates = new ArrayList<>();
        Set<Integer> datelines = new HashSet<>();
        List<LineShape> all = lines.all();
        int firstProse = lines.firstProse();
        List<DateForms.Mention> filedDays = new ArrayList<>();
        List<LineShape> filedLines = new ArrayList<>();
        Map<String, Long> datesAlone = all.stream()
                .map(s -> s.plain().strip())
                .filter(DATE_ALONE.asMatchPredicate())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        for (int i = 0; i < all.size(); i++) {
            LineShape shape = all.get(i);
            String line = shape.plain();
            // the head: up to the first paragraph, and a line or two after it (a photo caption may come first)
            boolean head = i <= firstProse + 2;
            for (DateForms.Mention m : DateForms.find(line)) {
                if (m.form() == DateForms.Form.FILED_DAY) {
                    filedDays.add(m);
                    filedLines.add(shape);
                    continue;
                }
                if (m.date().isEmpty() || m.form() == DateForms.Form.CJK_MONTH) {
                    continue;
                }
                PrintedDate date = m.date().get();
                if (!plausible(date, today)) {
                    continue;
                }
                String before = line.substring(0, m.start());
                String after = line.substring(m.end());
                Evidence evidence = new Evidence(shape.number(), quote(line, m, before));
                double score;
                String rule;
                boolean labelled = LABEL_BEFORE.matcher(before).find()
                        && !EVENT_LABEL.matcher(before).find();
                if (m.form() == DateForms.Form.ROC_NUMERIC
                        && !labelled
                        && !UPDATE_BEFORE.matcher(before).find()) {
                    continue;
                }
                boolean weekday = WEEKDAY.matcher(after.replaceFirst("^\\s*[(（]", ""))
                                .find()
                        || i + 1 < all.size()
                                && WEEKDAY.matcher(all.get(i + 1).plain()).matches()
                                && all.get(i + 1).length() <= 3;
                Optional<PrintedDate> timed = timeOnNextLine(date, after, i, all);
                if (timed.isPresent()) {
                    date = timed.get();
                }
                if (weekday && i < firstProse && !labelled) {
                    score = WIDGET;
                    rule = "the site's clock (a weekday beside it)";
                } else if (TODAY_BEFORE.matcher(before).find() && !labelled) {
                    score = WIDGET;
                    rule = "the site's clock (今天是…)";
                } else if (UPDATE_BEFORE.matcher(before).find()
                        || UPDATE_AFTER.matcher(after).find()) {
                    score = UPDATE;
                    rule = "an update time, not the publication";
                } else if (labelled) {
                    score = head ? LABELLED : LABELLED * AFTER_BODY;
                    rule = head ? "a labelled dateline" : "a labelled date after the body began";
                } else if (shape.bullet()
                        || before.isBlank() && startsHeadline(after)
                        || datesAlone.getOrDefault(line.strip(), 0L) >= LIST_DATES) {
                    score = LIST_ITEM;
                    rule = "a list item's date";
                } else if (!shape.prose() || rest(before, after) <= 25) {
                    boolean time = date.precision().compareTo(DatePrecision.MINUTE) >= 0;
                    score = time ? UNLABELLED_WITH_TIME : UNLABELLED;
                    rule = time ? "an unlabelled timestamp" : "a date on a short line";
                    if (!head) {
                        score *= AFTER_BODY;
                        rule += " after the body began";
                    }
                } else if (i == 0 && date.precision().compareTo(DatePrecision.MINUTE) >= 0) {
                    score = RUN_ON;
                    rule = "a timestamp run into the first line";
                } else {
                    continue; // a date in a sentence is an event
                }
                candidates.add(new Candidate<>(date, score, evidence, rule));
                if (score >= UPDATE && head) {
                    datelines.add(shape.line().index());
                }
            }
        }
        Optional<UrlDates.UrlDate> fromUrl = postedAfterFiling(UrlDates.of(url, today), filedDays, filedLines);
        fromUrl.ifPresent(u -> candidates.add(new Candidate<>(
                u.date(),
                u.date().precision().hasDay() ? URL_DAY : URL_MONTH,
                Evidence.url(u.printed()),
                "the page's address")));
        for (int k = 0; k < filedDays.size(); k++) {
            Optional<Candidate<PrintedDate>> filed = filedDay(filedDays.get(k), filedLines.get(k), fromUrl, candidates);
            if (filed.isEmpty()) {
                filed = filedAfterEvent(filedDays.get(k), filedLines.get(k), lines, today);
            }
            filed.ifPresent(candidates::add);
            datelines.add(filedLines.get(k).line().index());
        }
        for (int k = 0; k < filedDays.size(); k++) {
            contradicted(filedDays.get(k), filedLines.get(k), candidates).ifPresent(candidates::add);
        }
        if (candidates.stream().noneMatch(c -> c.score() >= UPDATE)) {
            inferred(lines, today).ifPresent(candidates::add);
        }
        FieldDraft<PrintedDate> draft = Decision.DEFAULT.decide(
                candidates,
                PrintedDate::agreesWith,
                "no date is printed at the head of the page or in its address; the dates in the body are events");
        return new Result(finest(draft), Set.copyOf(datelines));
    }

    /** A time alone on the next line: 香港時間23時38分, 23:38. */
    private static final Pattern TIME_LINE =
            Pattern.compile("^(?:\\p{IsHan}{0,4}(?:时间|時間))?\\s*(?<h>\\d{1,2})\\s*[:：时時点點]\\s*(?<mi>\\d{2})\\s*分?$");

    /** A day that ends its line, with the time printed alone on the next (a press release's two-line stamp). */
    private static Optional<PrintedDate> timeOnNextLine(PrintedDate date, String after, int i, List<LineShape> all) {
        if (date.precision() != DatePrecision.DAY
                || i + 1 >= all.size()
                || !after.replaceAll("[\\s()（）]|星期.|週.|周.", "").isEmpty()) {
            return Optional.empty();
        }
        Matcher t = TIME_LINE.matcher(all.get(i + 1).plain());
        if (!t.matches()) {
            return Optional.empty();
        }
        return PrintedDate.of(
                date.year(),
                date.month(),
                date.day(),
                Integer.parseInt(t.group("h")),
                Integer.parseInt(t.group("mi")),
                null);
    }

    private static boolean plausible(PrintedDate date, LocalDate today) {
        return date.year() >= 1990
                && !date.firstDay().isAfter(today)
                && !date.iso().startsWith("1970-01-01");
    }

    /** An outlet's name and a space after a timestamp (2018-11-16 17:02:00 央广网 参与评论): a dateline, not a list entry. */
    private static final Pattern OUTLET_THEN_SPACE = Pattern.compile("^\\p{IsHan}{1,10}(?:网|網|报|報|社|台|新闻|新聞)\\s");

    /** A date directly followed by a headline: the entry of a list of other articles. */
    private static boolean startsHeadline(String after) {
        String rest = after.strip();
        long han = rest.codePoints()
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                .count();
        return han >= 8
                && Character.UnicodeScript.of(rest.codePointAt(0)) == Character.UnicodeScript.HAN
                && FurnitureWords.of(rest, rest.codePointCount(0, rest.length()))
                        .isEmpty()
                && !rest.matches("^(?:来源|來源|星期|作者|文|编辑|編輯|发布|發布|更新|浏览|瀏覽).*")
                && !rest.matches(".*[【】\\[\\]|｜].*")
                && !OUTLET_THEN_SPACE.matcher(rest).find();
    }

    /** Characters of the line other than the date and its label. */
    private static int rest(String before, String after) {
        return (before + after)
                .replaceAll("[\\s\\p{P}\\p{S}]", "")
                .codePointCount(
                        0, (before + after).replaceAll("[\\s\\p{P}\\p{S}]", "").length());
    }

    /** The date with its label, verbatim: 发布时间:2017-04-26 17:15:12. */
    private static String quote(String line, DateForms.Mention m, String before) {
        Matcher label = Pattern.compile(PUBLICATION_LABEL + "\\s*[:：]?\\s*$").matcher(before);
        int from = label.find() ? label.start() : m.start();
        return line.substring(from, m.end()).strip();
    }

    /**
     * A site posts a wire story a day or so after the agency filed it (新华社广州9月20日电 under
     * /2018/0921/): the address then gives the month, and the printed filing day the day.
     */
    private static Optional<UrlDates.UrlDate> postedAfterFiling(
            Optional<UrlDates.UrlDate> url, List<DateForms.Mention> filed, List<LineShape> filedLines) {
        if (url.isEmpty() || !url.get().date().precision().hasDay()) {
            return url;
        }
        PrintedDate posted = url.get().date();
        for (int k = 0; k < filed.size(); k++) {
            DateForms.Mention m = filed.get(k);
            int days = posted.day() - m.day();
            if (!m.wire(filedLines.get(k).plain())) {
                continue; // a paper's 本报北京5月27日讯 is printed in the next day's issue, which the address dates
            }
            if ((m.month() == 0 || m.month() == posted.month()) && days >= 1 && days <= 3) {
                return Optional.of(new UrlDates.UrlDate(
                        posted.truncatedTo(DatePrecision.MONTH), url.get().printed()));
            }
        }
        return url;
    }

    /**
     * 中新网3月28日电 under a stamp of 2024-11-18: the page reposted (or scraped) the wire story
     * months later, and which of the two is the article's date is the curator's call. The filing
     * day, in the stamp's year (or the year before, when the stamp's day comes earlier), competes
     * with the stamp closely enough that neither is drafted; both are shown.
     */
    private static Optional<Candidate<PrintedDate>> contradicted(
            DateForms.Mention m, LineShape line, List<Candidate<PrintedDate>> candidates) {
        if (m.month() == 0 || !m.wire(line.plain())) {
            return Optional.empty();
        }
        Optional<Candidate<PrintedDate>> stamp = candidates.stream()
                .filter(c -> !c.evidence().inUrl()
                        && c.score() >= UNLABELLED
                        && c.value().precision().hasDay())
                .max(Comparator.comparingDouble(Candidate::score));
        if (stamp.isEmpty()) {
            return Optional.empty();
        }
        LocalDate stamped = stamp.get().value().firstDay();
        Optional<PrintedDate> filed = PrintedDate.ofDay(stamped.getYear(), m.month(), m.day());
        if (filed.isPresent() && filed.get().firstDay().isAfter(stamped)) {
            filed = PrintedDate.ofDay(stamped.getYear() - 1, m.month(), m.day());
        }
        if (filed.isEmpty() || !filed.get().firstDay().plusDays(7).isBefore(stamped)) {
            return Optional.empty();
        }
        return Optional.of(new Candidate<>(
                filed.get(),
                stamp.get().score() - 0.1,
                new Evidence(line.number(), m.in(line.plain())),
                "the wire's filing day, months before the page's stamp (a repost?)"));
    }

    /** 台北24日電: the day, with the month and year the address or another dateline gives. */
    private static Optional<Candidate<PrintedDate>> filedDay(
            DateForms.Mention m, LineShape line, Optional<UrlDates.UrlDate> url, List<Candidate<PrintedDate>> others) {
        if (!m.wire(line.plain())
                && url.isPresent()
                && url.get().date().precision().hasDay()) {
            return Optional.empty(); // the address dates the paper's issue; the desk's day is the day before
        }
        Evidence evidence = new Evidence(line.number(), m.in(line.plain()));
        for (Candidate<PrintedDate> other : others) {
            PrintedDate d = other.value();
            if (!other.evidence().inUrl()
                    && d.precision().hasDay()
                    && d.day() == m.day()
                    && (m.month() == 0 || d.month() == m.month())) {
                return Optional.of(
                        new Candidate<>(d.truncatedTo(DatePrecision.DAY), 0.5, evidence, "the filing day agrees"));
            }
        }
        if (url.isPresent()) {
            PrintedDate u = url.get().date();
            if (m.month() == 0 || m.month() == u.month()) {
                return PrintedDate.ofDay(u.year(), u.month(), m.day())
                        .map(d -> new Candidate<>(d, FILED_DAY, evidence, "the filing day, with the address's month"));
            }
        }
        return Optional.empty();
    }

    /**
     * 中新网1月3日电 over a lead that dates its event (2023年1月2日23时许): a news agency files on
     * the day of the event or a few days after it, so the event's year is the filing's.
     */
    private static Optional<Candidate<PrintedDate>> filedAfterEvent(
            DateForms.Mention m, LineShape line, PageLines lines, LocalDate today) {
        if (m.month() == 0) {
            return Optional.empty();
        }
        int seen = 0;
        for (LineShape s : lines.all()) {
            if (!s.prose()) {
                continue;
            }
            for (DateForms.Mention event : DateForms.find(s.plain())) {
                if (event.date().isEmpty() || !event.date().get().precision().hasDay()) {
                    continue;
                }
                LocalDate happened = event.date().get().firstDay();
                for (int year = happened.getYear(); year <= happened.getYear() + 1; year++) {
                    Optional<PrintedDate> filed = PrintedDate.ofDay(year, m.month(), m.day());
                    if (filed.isPresent()
                            && !filed.get().firstDay().isBefore(happened)
                            && !filed.get().firstDay().isAfter(happened.plusDays(7))
                            && !filed.get().firstDay().isAfter(today)) {
                        return Optional.of(new Candidate<>(
                                filed.get(),
                                0.62,
                                new Evidence(line.number(), m.in(line.plain())),
                                "the filing day, in the year of the event the lead dates (" + event.in(s.plain())
                                        + ")"));
                    }
                }
            }
            if (++seen == 2) {
                break;
            }
        }
        return Optional.empty();
    }

    /** A year the lead states as its present, where nothing else dates the page. */
    private static Optional<Candidate<PrintedDate>> inferred(PageLines lines, LocalDate today) {
        int seen = 0;
        for (LineShape shape : lines.all()) {
            if (!shape.prose() || shape.words().isPresent()) {
                continue;
            }
            String text = shape.text();
            Matcher plan = PLAN_FIRST_YEAR.matcher(text);
            if (plan.find() && PLAN_START.containsKey(plan.group("plan"))) {
                return year(
                        PLAN_START.get(plan.group("plan")),
                        shape,
                        clause(text, plan.start(), plan.end()),
                        "inferred: the lead says the year is the plan's first",
                        today);
            }
            if (seen >= 2) {
                continue;
            }
            Matcher congress = CONGRESS_AHEAD.matcher(text);
            if (congress.find() && CONGRESS_YEAR.containsKey(congress.group("n"))) {
                return year(
                        CONGRESS_YEAR.get(congress.group("n")),
                        shape,
                        clause(text, congress.start(), congress.end()),
                        "inferred: the lead looks ahead to the party congress of that year",
                        today);
            }
            Matcher lead = LEAD_YEAR.matcher(text);
            if (lead.find()) {
                int recent = text.indexOf("近日") >= 0
                        ? text.indexOf("近日")
                        : text.indexOf("日前") >= 0 ? text.indexOf("日前") : lead.end();
                Matcher end = CLAUSE_END.matcher(text);
                int stop = text.length();
                if (end.find(recent)) {
                    stop = end.start();
                    if (end.group().matches("[,，]") && end.start() == recent + 2 && end.find()) {
                        stop = end.start();
                    }
                }
                return year(
                        Integer.parseInt(lead.group("year")),
                        shape,
                        text.substring(0, stop),
                        "inferred: the lead opens on the year it speaks from",
                        today);
            }
            ++seen;
        }
        return Optional.empty();
    }

    private static Optional<Candidate<PrintedDate>> year(
            int year, LineShape shape, String quote, String rule, LocalDate today) {
        if (year > today.getYear()) {
            return Optional.empty();
        }
        return PrintedDate.of(year, null, null, null, null, null)
                .map(d -> new Candidate<>(d, INFERRED, new Evidence(shape.number(), quote), rule));
    }

    private static String clause(String text, int start, int end) {
        int from = start;
        while (from > 0 && !CLAUSE_END.matcher(text.substring(from - 1, from)).matches()) {
            from--;
        }
        Matcher after = CLAUSE_END.matcher(text);
        int to = after.find(end) ? after.start() : text.length();
        return text.substring(from, to).strip();
    }

    /** Of the candidates that agree with the drafted date, the most precise one the page supports well. */
    private static FieldDraft<PrintedDate> finest(FieldDraft<PrintedDate> draft) {
        if (!(draft instanceof FieldDraft.Drafted<PrintedDate> drafted)) {
            return draft;
        }
        Candidate<PrintedDate> best = drafted.chosen();
        for (Candidate<PrintedDate> c : drafted.candidates()) {
            // a finer printing of the same day is believed even where it stands weakly (a release's stamp at its foot)
            if (c.score() >= 0.25
                    && c.value().agreesWith(best.value())
                    && c.value().precision().compareTo(best.value().precision()) > 0) {
                best = c;
            }
        }
        return new FieldDraft.Drafted<>(best, drafted.confidence(), drafted.candidates());
    }
}
