package zhengfa.corpus.draft.forms;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a page's address carries, as news and government sites file their pages: /2019-07/02/,
 * /2012-03-23/, /2023/3/17/, /2019/0227/, /20160412/, t20220307_…, /fazi20220120115195.html,
 * /201907020031.aspx (a day and a serial), /10-15-2020/ where only one reading is a date, or only a month (/202409/, /2021/08/). The most specific date wins; two that disagree
 * give none.
 */
public final class UrlDates {

    private UrlDates() {}

    /** @param printed the part of the address the date was read from */
    public record UrlDate(PrintedDate date, String printed) {}

    private static final String Y = "(?<y>(?:19|20)\\d{2})";
    private static final List<Pattern> DAYS = List.of(
            Pattern.compile("/" + Y + "-(?<m>\\d{2})/(?<d>\\d{2})(?=/)"),
            Pattern.compile("/" + Y + "-(?<m>\\d{2})-(?<d>\\d{2})(?=[/_.])"),
            Pattern.compile("/" + Y + "/(?<m>\\d{1,2})/(?<d>\\d{1,2})(?=/)"),
            Pattern.compile("/" + Y + "/(?<m>\\d{2})(?<d>\\d{2})(?=/)"),
            Pattern.compile("/" + Y + "(?<m>\\d{2})/(?<d>\\d{2})(?=/)"),
            // eight figures at the start of a segment, or after a word that starts it (t20220307_1630,
            // fazi20220120115195.html), alone or followed by a serial: /20160412/, /201907020031.aspx,
            // /20210119A0221A00.html; not after a hash's letters and figures (/d3b20190412…)
            Pattern.compile("(?:[/_t]|/[A-Za-z]{2,12})" + Y + "(?<m>\\d{2})(?<d>\\d{2})(?=[/_.A-Za-z]|\\d{2,8}[/_.])"));
    /** The year last (/article/10-15-2020/): read only where one of the other two numbers cannot be a month. */
    private static final Pattern YEAR_LAST = Pattern.compile("/(?<a>\\d{2})-(?<b>\\d{2})-" + Y + "(?=/)");

    private static final List<Pattern> MONTHS = List.of(
            Pattern.compile("/" + Y + "(?<m>\\d{2})(?=/)"),
            Pattern.compile("/" + Y + "-(?<m>\\d{2})(?=/)"),
            Pattern.compile("/" + Y + "/(?<m>\\d{1,2})(?=/)"));

    /**
     * @param today the latest date a page can carry: an address with a later "date" is an identifier
     */
    public static Optional<UrlDate> of(String url, LocalDate today) {
        if (url == null) {
            return Optional.empty();
        }
        String path;
        try {
            URI uri = new URI(url.strip());
            path = uri.getRawPath() == null ? "" : uri.getRawPath();
            // a date in the query (…&idate=1_2021-02-10) is read as a path segment
            if (uri.getRawQuery() != null) {
                path += "/" + uri.getRawQuery().replaceAll("[=&_]", "/") + "/";
            }
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        List<UrlDate> found = new ArrayList<>();
        for (Pattern p : DAYS) {
            Matcher m = p.matcher(path);
            while (m.find()) {
                PrintedDate.ofDay(
                                Integer.parseInt(m.group("y")),
                                Integer.parseInt(m.group("m")),
                                Integer.parseInt(m.group("d")))
                        .filter(d -> plausible(d, today))
                        .ifPresent(d -> found.add(new UrlDate(d, m.group().substring(1))));
            }
        }
        Matcher last = YEAR_LAST.matcher(path);
        while (last.find()) {
            int a = Integer.parseInt(last.group("a"));
            int b = Integer.parseInt(last.group("b"));
            if ((a > 12) != (b > 12)) {
                PrintedDate.ofDay(Integer.parseInt(last.group("y")), Math.min(a, b), Math.max(a, b))
                        .filter(d -> plausible(d, today))
                        .ifPresent(d -> found.add(new UrlDate(d, last.group().substring(1))));
            }
        }
        if (found.isEmpty()) {
            for (Pattern p : MONTHS) {
                Matcher m = p.matcher(path);
                while (m.find()) {
                    PrintedDate.of(
                                    Integer.parseInt(m.group("y")),
                                    Integer.parseInt(m.group("m")),
                                    null,
                                    null,
                                    null,
                                    null)
                            .filter(d -> plausible(d, today))
                            .ifPresent(d -> found.add(new UrlDate(d, m.group().substring(1))));
                }
            }
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        UrlDate first = found.get(0);
        boolean agree = found.stream().allMatch(f -> f.date().agreesWith(first.date()));
        return agree ? found.stream().max(Comparator.comparing(f -> f.date().precision())) : Optional.empty();
    }

    private static boolean plausible(PrintedDate date, LocalDate today) {
        return date.year() >= 1994 && !date.firstDay().isAfter(today);
    }
}
