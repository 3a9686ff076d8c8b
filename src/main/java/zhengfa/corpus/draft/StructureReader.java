package zhengfa.corpus.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the layout of a news page by rules: navigation at the top, the headline and subheadline,
 * the dateline, credit lines, question-and-answer turns, section headings and page furniture. The
 * rules look at the shape of lines (length, final punctuation, labels), not at any one site's
 * markup, so that pages from other sites are read the same way.
 */
public final class StructureReader {

    static final String RULES_VERSION = "1";

    /** A dateline: a date label and an ISO or Chinese-form date, with an optional time. */
    static final Pattern DATELINE = Pattern.compile(
            "(?:發布時間|发布时间|發布日期|发布日期|發表時間|发表时间|時間|时间|日期)\\s*[::]\\s*"
                    + "((\\d{4})\\s*[-年/.]\\s*(\\d{1,2})\\s*[-月/.]\\s*(\\d{1,2})\\s*日?"
                    + "(?:\\s*(\\d{1,2})[::](\\d{2})(?:[::](\\d{2}))?)?)");
    /** A credit: an optional outlet, a reporter title, then names separated by spaces. */
    static final Pattern BYLINE = Pattern.compile(
            "^[□■(（]?\\s*(?<credit>[^\\s(（)）:：]*?)(?<title>(?:全媒|融媒|本报|本報|特约|特約)?(?:记者|記者|通讯员|通訊員))"
                    + "\\s+(?<names>\\p{IsHan}{2,4}(?:[\\s\\u3000]+\\p{IsHan}{2,4})*"
                    + "(?:[\\s\\u3000]+(?:通讯员|通訊員|记者|記者)[\\s\\u3000]+\\p{IsHan}{2,4}(?:[\\s\\u3000]+\\p{IsHan}{2,4})*)*)"
                    + "\\s*[)）]?$");
    private static final Pattern CREDIT_TITLE = Pattern.compile("通讯员|通訊員|记者|記者");
    /** A speaker label at the start of a line: a name or 记者, then a colon. */
    static final Pattern SPEAKER = Pattern.compile("^(?<speaker>\\p{IsHan}{1,5})[::]");
    private static final Set<String> INTERVIEWER_LABELS = Set.of("记者", "記者", "问", "問", "本报记者", "本報記者", "主持人");
    private static final Pattern PAGE_JUMP = Pattern.compile("[上下][转轉接]第[一二三四五六七八九十百\\d]+版");
    private static final Pattern SPAM = Pattern.compile("(?i)(?:\\d*bet\\d*|casino|博彩|娱乐城|娛樂城|百家乐|百家樂|赌场|賭場|彩票|足球外围|体育在线|體育在線)");
    private static final Pattern FOOTER_START = Pattern.compile(
            "^(?:相关报道|相關報道|分享到|本网站所有内容|本網站所有內容|版权所有|版權所有|Copyright|copyright|.*ICP备|.*ICP備|.*主办$|.*主辦$)");
    private static final Pattern EDITORIAL_NOTE = Pattern.compile("^[(（\\[【]?(?:责任编辑|責任編輯|编辑|編輯|校对|校對)\\s*[::]");
    private static final Pattern SUBHEADLINE = Pattern.compile("^(?:——|--|—)|^(?:专访|專訪|访|訪)\\p{IsHan}");
    /** A breadcrumb trail: 首页 > 新闻中心 > 政法动态. */
    private static final Pattern BREADCRUMB = Pattern.compile("[^>›»]{1,12}(?:\\s*[>›»]\\s*[^>›»]{1,12}){1,5}");
    /** Navigation items are short: a menu entry, a separator, a page number. */
    private static final int NAVIGATION_MAX = 12;
    private static final int HEADLINE_MIN = 6;
    private static final int HEADLINE_MAX = 80;
    private static final int SECTION_HEADING_MAX = 24;

    public Structure read(Page page) {
        List<Line> content = page.contentLines();
        int first = 0;
        Optional<Structure.Range> navigation = Optional.empty();
        while (first < content.size() && isNavigation(content.get(first))
                && !(first + 1 < content.size() && introducesArticle(content.get(first), content.get(first + 1)))) {
            first++;
        }
        if (first > 0 && first < content.size()) {
            navigation = Optional.of(new Structure.Range(content.get(0).start(), content.get(first - 1).end()));
        } else {
            first = 0;
        }

        List<Structure.Boilerplate> boilerplate = new ArrayList<>();
        navigation.ifPresent(r -> boilerplate.add(new Structure.Boilerplate("navigation", r)));
        int footerAt = content.size();
        for (int i = content.size() - 1; i > first; i--) {
            Line line = content.get(i);
            if (FOOTER_START.matcher(line.text()).find() && line.length() < 120) {
                footerAt = i;
            } else if (footerAt != content.size() && i < footerAt - 6) {
                break;
            }
        }
        if (footerAt < content.size()) {
            boilerplate.add(new Structure.Boilerplate("footer",
                    new Structure.Range(content.get(footerAt).start(), content.get(content.size() - 1).end())));
        }
        List<Line> body = content.subList(first, footerAt);

        Optional<Line> dateline = Optional.empty();
        Optional<Line> headline = Optional.empty();
        Optional<Line> subheadline = Optional.empty();
        int top = Math.min(body.size(), 8);
        for (int i = 0; i < top; i++) {
            Line line = body.get(i);
            if (dateline.isEmpty() && DATELINE.matcher(line.text()).find()) {
                dateline = Optional.of(line);
                continue;
            }
            if (line.endsSentence() && line.length() > HEADLINE_MAX / 2) {
                break;
            }
            if (headline.isEmpty() && isHeadline(line)) {
                headline = Optional.of(line);
                if (i + 1 < body.size() && SUBHEADLINE.matcher(body.get(i + 1).text()).find()
                        && !body.get(i + 1).endsSentence()) {
                    subheadline = Optional.of(body.get(i + 1));
                    i++;
                }
            }
        }

        List<Structure.Byline> bylines = new ArrayList<>();
        for (Line line : body) {
            Matcher m = BYLINE.matcher(line.text());
            if (m.find()) {
                List<String> names = new ArrayList<>();
                for (String token : m.group("names").split("[\\s\\u3000]+")) {
                    if (!CREDIT_TITLE.matcher(token).matches()) {
                        names.add(token);
                    }
                }
                bylines.add(new Structure.Byline(line, List.copyOf(names), m.group("credit")));
            }
        }

        for (Line line : body) {
            if (EDITORIAL_NOTE.matcher(line.text()).find() && line.length() < 40 && !line.equals(dateline.orElse(null))) {
                boilerplate.add(new Structure.Boilerplate("editorial-note", new Structure.Range(line.start(), line.end())));
            } else if (SPAM.matcher(line.text()).find() && asciiShare(line.text()) > 0.2) {
                boilerplate.add(new Structure.Boilerplate("spam", new Structure.Range(line.start(), line.end())));
            }
            Matcher jump = PAGE_JUMP.matcher(line.text());
            while (jump.find()) {
                boilerplate.add(new Structure.Boilerplate("page-jump",
                        new Structure.Range(line.start() + jump.start(), line.start() + jump.end())));
            }
        }

        Set<Line> special = new java.util.HashSet<>();
        headline.ifPresent(special::add);
        subheadline.ifPresent(special::add);
        dateline.ifPresent(special::add);
        bylines.forEach(b -> special.add(b.line()));
        List<Structure.Turn> turns = turns(body, special, boilerplate);
        List<Line> headings = sectionHeadings(body, special, turns, boilerplate);
        List<Line> lead = new ArrayList<>();
        for (Line line : body) {
            if (lead.size() == 2) {
                break;
            }
            if (!special.contains(line) && line.endsSentence() && !insideTurn(line, turns) && !SPEAKER.matcher(line.text()).find()) {
                lead.add(line);
            }
        }
        boilerplate.sort(java.util.Comparator.comparingInt(b -> b.range().start()));
        return new Structure(navigation, headline, subheadline, dateline, List.copyOf(bylines), turns, headings,
                List.copyOf(boilerplate), List.copyOf(lead));
    }

    private static boolean isNavigation(Line line) {
        Matcher speaker = SPEAKER.matcher(line.text());
        // A label with a short value (当前版:04版) is a menu item; a speaker's line goes on to say something.
        boolean labelled = speaker.find() && line.text().length() - speaker.end() > NAVIGATION_MAX / 2;
        return line.length() <= NAVIGATION_MAX && !DATELINE.matcher(line.text()).find() && !line.endsSentence()
                && !labelled || line.text().matches("[|｜/·•\\-]+") || BREADCRUMB.matcher(line.text()).matches();
    }

    /** A short line is the headline, not a menu item, when a subheadline, dateline or credit follows it. */
    private static boolean introducesArticle(Line line, Line next) {
        return isHeadline(line) && (SUBHEADLINE.matcher(next.text()).find() || DATELINE.matcher(next.text()).find()
                || BYLINE.matcher(next.text()).find());
    }

    private static boolean isHeadline(Line line) {
        int length = line.length();
        Matcher label = SPEAKER.matcher(line.text());
        if (label.find() && line.text().length() - label.end() <= NAVIGATION_MAX / 2) {
            return false; // 当前版:04版 is a label with its value, not a headline
        }
        return length >= HEADLINE_MIN && length <= HEADLINE_MAX && !line.endsSentence()
                && !SUBHEADLINE.matcher(line.text()).find() && !BYLINE.matcher(line.text()).find()
                && !EDITORIAL_NOTE.matcher(line.text()).find();
    }

    /**
     * Interview turns: a question is a line labelled by the interviewer; an answer runs from a line
     * labelled by anyone else to the line before the next question, heading or credit.
     */
    private static List<Structure.Turn> turns(List<Line> body, Set<Line> special, List<Structure.Boilerplate> furniture) {
        List<Structure.Turn> turns = new ArrayList<>();
        long questions = body.stream().filter(l -> isQuestion(l)).count();
        if (questions < 2) {
            return List.of();
        }
        for (int i = 0; i < body.size(); i++) {
            Line line = body.get(i);
            Matcher m = SPEAKER.matcher(line.text());
            if (!m.find() || special.contains(line)) {
                continue;
            }
            String speaker = m.group("speaker");
            if (INTERVIEWER_LABELS.contains(speaker)) {
                turns.add(new Structure.Turn(true, speaker, new Structure.Range(line.start(), line.end())));
                continue;
            }
            if (turns.isEmpty() || !turns.get(turns.size() - 1).question()) {
                continue;
            }
            int last = i;
            for (int j = i + 1; j < body.size(); j++) {
                Line next = body.get(j);
                if (isQuestion(next) || special.contains(next) || isSectionHeadingShape(next) || isFurniture(next, furniture)) {
                    break;
                }
                last = j;
            }
            turns.add(new Structure.Turn(false, speaker, new Structure.Range(line.start(), body.get(last).end())));
            i = last;
        }
        return List.copyOf(turns);
    }

    private static boolean isQuestion(Line line) {
        Matcher m = SPEAKER.matcher(line.text());
        return m.find() && INTERVIEWER_LABELS.contains(m.group("speaker"));
    }

    private static boolean isFurniture(Line line, List<Structure.Boilerplate> furniture) {
        return furniture.stream().anyMatch(b -> !b.kind().equals("spam") && !b.kind().equals("page-jump")
                && b.range().start() <= line.start() && line.end() <= b.range().end());
    }

    private static boolean insideTurn(Line line, List<Structure.Turn> turns) {
        return turns.stream().anyMatch(t -> t.range().contains(line.start()));
    }

    private static boolean isSectionHeadingShape(Line line) {
        return line.length() >= 4 && line.length() <= SECTION_HEADING_MAX && !line.endsSentence()
                && !SPEAKER.matcher(line.text()).find() && !line.text().matches(".*[,,、::]$")
                && line.text().codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count()
                        * 10 >= line.length() * 7;
    }

    /** Short lines between paragraphs, after the lead, that are neither labels nor furniture. */
    private static List<Line> sectionHeadings(List<Line> body, Set<Line> special, List<Structure.Turn> turns,
                                              List<Structure.Boilerplate> furniture) {
        List<Line> headings = new ArrayList<>();
        boolean sawProse = false;
        for (int i = 0; i < body.size(); i++) {
            Line line = body.get(i);
            if (line.endsSentence()) {
                sawProse = true;
                continue;
            }
            if (!sawProse || special.contains(line) || !isSectionHeadingShape(line) || isFurniture(line, furniture)
                    || furniture.stream().anyMatch(b -> b.range().start() <= line.start() && line.end() <= b.range().end())
                    || i + 1 >= body.size() || !body.get(i + 1).endsSentence() && !SPEAKER.matcher(body.get(i + 1).text()).find()) {
                continue;
            }
            headings.add(line);
        }
        return List.copyOf(headings);
    }

    private static double asciiShare(String text) {
        return text.chars().filter(c -> c < 128).count() / (double) Math.max(1, text.length());
    }
}
