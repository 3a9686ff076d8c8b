package zhengfa.corpus.draft.forms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every date a line prints, in the forms Chinese-language pages use: 2020-06-09 08:41:07,
 * 2020/6/9 08:41, 2020.06.09, 2020年6月9日 10:00, 二〇二〇年六月九日, 23/08/2022 (day first, as
 * Singapore, Malaysia, Hong Kong and Macau print it), 2:53pm 23/01/2022, ROC years (民國109年6月9日,
 * 114年11月22日, 112-11-24, 97.10.24), a news agency's day (台北24日電, 北京6月24日电) and a bare
 * month and day (6月24日). Which of them is the publication date is the extractor's business.
 */
public final class DateForms {

    private DateForms() {}

    public enum Form {
        /** 2020-06-09, 2020/6/9, 2020.06.09, with an optional time. */
        NUMERIC,
        /** 2020年6月9日, with an optional time. */
        CJK,
        /** 2020年6月: a month. */
        CJK_MONTH,
        /** 二〇二〇年六月九日. */
        CJK_NUMERALS,
        /** 23/08/2022 or 13.10.2015, day first, with an optional time before or after. */
        DAY_MONTH_YEAR,
        /** 民國109年6月9日 or 114年11月22日: a year of the Republic of China calendar (+1911). */
        ROC,
        /** 112-11-24 or 97.10.24: an ROC year in figures; only believable where a label or the script says so. */
        ROC_NUMERIC,
        /** 台北24日電, 北京6月24日电, (古晉25日訊): the day (and month) a news agency or paper filed from. */
        FILED_DAY,
        /** 6月24日, 十二月二十六日: a month and a day without a year. */
        MONTH_DAY
    }

    /**
     * One date in a line.
     *
     * @param start UTF-16 index in the line where the printed date begins
     * @param end   the index after it (the time included)
     * @param date  the date, for every form that prints a year
     * @param month the month a {@link Form#FILED_DAY} or {@link Form#MONTH_DAY} prints, or 0
     * @param day   the day of the month those forms print
     */
    public record Mention(int start, int end, Form form, Optional<PrintedDate> date, int month, int day) {
        /** A filing day of a wire service (电/電), as against a paper's desk (讯/訊), which its next issue prints. */
        public boolean wire(String line) {
            return form == Form.FILED_DAY && (line.charAt(end - 1) == '电' || line.charAt(end - 1) == '電');
        }

        public String in(String line) {
            return line.substring(start, end);
        }
    }

    private static final String TIME =
            "(?:\\s*(?:T|\\s|日|号|號|[—–-]{1,2})?\\s*(?<h>\\d{1,2})\\s*[:：时時点點]\\s*(?<mi>\\d{2})"
                    + "(?:\\s*[:：分]\\s*(?<s>\\d{2}))?)?";
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d.])(?<y>(?:19|20)\\d{2})\\s*(?<sep>[-/.])\\s*(?<m>\\d{1,2})\\s*\\k<sep>\\s*(?<d>\\d{1,2})(?![\\d.])"
                    + TIME);
    /** 23-08-16 10:35: a two-figure year, believed only with its time. */
    private static final Pattern SHORT_YEAR = Pattern.compile(
            "(?<![\\d.\\-/])(?<y>[0-4]\\d)-(?<m>\\d{1,2})-(?<d>\\d{1,2})\\s+(?<h>\\d{1,2}):(?<mi>\\d{2})(?::(?<s>\\d{2}))?");

    private static final Pattern CJK =
            Pattern.compile("(?<y>(?:19|20)\\d{2})\\s*年\\s*(?<m>\\d{1,2})\\s*月\\s*(?<d>\\d{1,2})\\s*[日号號]?" + TIME);
    private static final Pattern CJK_MONTH =
            Pattern.compile("(?<![\\d])(?<y>(?:19|20)\\d{2})\\s*年\\s*(?<m>\\d{1,2})\\s*月(?!\\s*\\d)");
    private static final Pattern CJK_NUMERALS = Pattern.compile(
            "(?<y>[〇○零一二三四五六七八九]{4})\\s*年\\s*(?<m>[一二三四五六七八九十]{1,2})\\s*月\\s*(?<d>[一二三四五六七八九十]{1,3})\\s*[日号號]");
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("(?:(?<h12>\\d{1,2}):(?<mi12>\\d{2})\\s*(?<ampm>[AaPp][Mm])\\s+)?"
                    + "(?<![\\d/.])(?<d>\\d{1,2})(?<dsep>[/.])(?<m>\\d{1,2})\\k<dsep>(?<y>(?:19|20)\\d{2})(?![\\d/.])"
                    + TIME);
    private static final Pattern ROC = Pattern.compile(
            "(?:(?<era>民國|民国)\\s*(?<y>\\d{2,3})|(?<![\\d])(?<y3>1[0-2]\\d))\\s*年\\s*(?<m>\\d{1,2})\\s*月\\s*(?<d>\\d{1,2})\\s*日");
    private static final Pattern ROC_NUMERIC = Pattern.compile(
            "(?<![\\d.\\-/])(?<y>\\d{2,3})(?<sep>[-./])(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2})(?![\\d.\\-/])");
    /** 北京6月24日电, and in Chinese numerals as Hong Kong papers print it: 雲南德宏十一月二十七日電. */
    private static final Pattern FILED_DAY =
            Pattern.compile("(?:(?<m>\\d{1,2}|[一二三四五六七八九十]{1,2})月)?(?<d>\\d{1,2}|[一二三四五六七八九十]{1,3})日(?:电|電|讯|訊)");

    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?<![\\d年])(?<m>\\d{1,2})月(?<d>\\d{1,2})[日号號]|(?<![〇○零一二三四五六七八九年])(?<mc>[一二三四五六七八九十]{1,2})月(?<dc>[一二三四五六七八九十]{1,3})[日号號]");

    /** The dates in a line, left to right, without overlaps (the longer reading wins). */
    public static List<Mention> find(String line) {
        List<Mention> all = new ArrayList<>();
        Matcher m = NUMERIC.matcher(line);
        while (m.find()) {
            date(Integer.parseInt(m.group("y")), m.group("m"), m.group("d"), m)
                    .ifPresent(d -> all.add(new Mention(m.start(), end(m), Form.NUMERIC, Optional.of(d), 0, 0)));
        }
        Matcher sy = SHORT_YEAR.matcher(line);
        while (sy.find()) {
            date(2000 + Integer.parseInt(sy.group("y")), sy.group("m"), sy.group("d"), sy)
                    .ifPresent(d -> all.add(new Mention(sy.start(), sy.end(), Form.NUMERIC, Optional.of(d), 0, 0)));
        }
        Matcher c = CJK.matcher(line);
        while (c.find()) {
            date(Integer.parseInt(c.group("y")), c.group("m"), c.group("d"), c)
                    .ifPresent(d -> all.add(new Mention(c.start(), end(c), Form.CJK, Optional.of(d), 0, 0)));
        }
        Matcher cm = CJK_MONTH.matcher(line);
        while (cm.find()) {
            PrintedDate.of(Integer.parseInt(cm.group("y")), Integer.parseInt(cm.group("m")), null, null, null, null)
                    .ifPresent(d -> all.add(new Mention(cm.start(), cm.end(), Form.CJK_MONTH, Optional.of(d), 0, 0)));
        }
        Matcher n = CJK_NUMERALS.matcher(line);
        while (n.find()) {
            int year = digits(n.group("y"));
            PrintedDate.ofDay(year, numeral(n.group("m")), numeral(n.group("d")))
                    .ifPresent(d -> all.add(new Mention(n.start(), n.end(), Form.CJK_NUMERALS, Optional.of(d), 0, 0)));
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(line);
        while (dmy.find()) {
            Optional<PrintedDate> d;
            if (dmy.group("h12") != null) {
                int hour = Integer.parseInt(dmy.group("h12")) % 12
                        + (dmy.group("ampm").equalsIgnoreCase("pm") ? 12 : 0);
                d = PrintedDate.of(
                        Integer.parseInt(dmy.group("y")),
                        Integer.parseInt(dmy.group("m")),
                        Integer.parseInt(dmy.group("d")),
                        hour,
                        Integer.parseInt(dmy.group("mi12")),
                        null);
            } else {
                d = date(Integer.parseInt(dmy.group("y")), dmy.group("m"), dmy.group("d"), dmy);
            }
            int start = dmy.start();
            int stop = end(dmy);
            d.ifPresent(x -> all.add(new Mention(start, stop, Form.DAY_MONTH_YEAR, Optional.of(x), 0, 0)));
        }
        Matcher r = ROC.matcher(line);
        while (r.find()) {
            int year = Integer.parseInt(r.group("y") != null ? r.group("y") : r.group("y3")) + 1911;
            PrintedDate.ofDay(year, Integer.parseInt(r.group("m")), Integer.parseInt(r.group("d")))
                    .ifPresent(d -> all.add(new Mention(r.start(), r.end(), Form.ROC, Optional.of(d), 0, 0)));
        }
        Matcher rn = ROC_NUMERIC.matcher(line);
        while (rn.find()) {
            int rocYear = Integer.parseInt(rn.group("y"));
            if (rocYear >= 50 && rocYear <= 150) {
                PrintedDate.ofDay(rocYear + 1911, Integer.parseInt(rn.group("m")), Integer.parseInt(rn.group("d")))
                        .ifPresent(d ->
                                all.add(new Mention(rn.start(), rn.end(), Form.ROC_NUMERIC, Optional.of(d), 0, 0)));
            }
        }
        Matcher f = FILED_DAY.matcher(line);
        while (f.find()) {
            int month = f.group("m") == null ? 0 : number(f.group("m"));
            int day = number(f.group("d"));
            if (month <= 12 && day >= 1 && day <= 31) {
                all.add(new Mention(f.start(), f.end(), Form.FILED_DAY, Optional.empty(), month, day));
            }
        }
        Matcher md = MONTH_DAY.matcher(line);
        while (md.find()) {
            int month = md.group("m") != null ? Integer.parseInt(md.group("m")) : numeral(md.group("mc"));
            int day = md.group("d") != null ? Integer.parseInt(md.group("d")) : numeral(md.group("dc"));
            if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                all.add(new Mention(md.start(), md.end(), Form.MONTH_DAY, Optional.empty(), month, day));
            }
        }
        all.sort(Comparator.comparingInt(Mention::start)
                .thenComparing(Comparator.comparingInt((Mention x) -> x.end() - x.start())
                        .reversed())
                .thenComparing(Mention::form));
        List<Mention> kept = new ArrayList<>();
        for (Mention x : all) {
            if (kept.isEmpty() || x.start() >= kept.get(kept.size() - 1).end()) {
                kept.add(x);
            }
        }
        return kept;
    }

    private static Optional<PrintedDate> date(int year, String month, String day, Matcher m) {
        String h = m.group("h");
        String mi = m.group("mi");
        String s = m.group("s");
        Optional<PrintedDate> withTime = PrintedDate.of(
                year,
                Integer.parseInt(month),
                Integer.parseInt(day),
                h == null ? null : Integer.parseInt(h),
                mi == null ? null : Integer.parseInt(mi),
                s == null ? null : Integer.parseInt(s));
        return withTime.isPresent()
                ? withTime
                : PrintedDate.ofDay(year, Integer.parseInt(month), Integer.parseInt(day));
    }

    /** The end of the match, without a time that did not make a valid time (then the date alone counts). */
    private static int end(Matcher m) {
        return m.end();
    }

    private static int digits(String chinese) {
        int n = 0;
        for (int i = 0; i < chinese.length(); i++) {
            char c = chinese.charAt(i);
            n = n * 10 + "〇一二三四五六七八九".indexOf(c == '○' || c == '零' ? '〇' : c);
        }
        return n;
    }

    /** 24 or 二十四. */
    private static int number(String printed) {
        return Character.isDigit(printed.charAt(0)) ? Integer.parseInt(printed) : numeral(printed);
    }

    /** 一 … 十, 十二, 二十三, 三十一. */
    static int numeral(String chinese) {
        int ten = chinese.indexOf('十');
        if (ten < 0) {
            return "〇一二三四五六七八九".indexOf(chinese.charAt(0));
        }
        int tens = ten == 0 ? 1 : "〇一二三四五六七八九".indexOf(chinese.charAt(0));
        int units = ten == chinese.length() - 1 ? 0 : "〇一二三四五六七八九".indexOf(chinese.charAt(ten + 1));
        return tens * 10 + units;
    }
}
