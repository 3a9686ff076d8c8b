package zhengfa.corpus.release.metadata;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import zhengfa.corpus.dataset.ReleaseStatistics;
import zhengfa.corpus.release.diff.ReleaseChanges;

/**
 * The release's {@code report.html}, for people who would rather look than read: the counts and
 * charts of articles by province, region, year, script, source and genre, spans per label (gold and
 * silver), text lengths, and the changes since the previous release. One file with its style and
 * its charts inline (SVG): no script, no font or image fetched, so it opens from a zip or a USB stick
 * years from now. Every chart has its numbers in a table beside it.
 */
public final class ReleaseReport {

    public static final String FILE = "report.html";
    private static final int LISTED_CHANGES = 200;

    private ReleaseReport() {}

    public static String of(ReleaseFacts facts, ReleaseChanges changes) {
        ReportCharts charts = new ReportCharts();
        ReleaseStatistics stats = facts.statistics();
        Map<String, SortedMap<String, Integer>> facets = stats.facets();
        StringBuilder html = new StringBuilder(64 * 1024);
        String name = facts.spec().releaseName();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>")
                .append(escape(name))
                .append(" — release report</title>\n")
                .append("<style>\n")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n<main>\n");
        html.append("<h1>")
                .append(escape(name))
                .append("</h1>\n")
                .append("<p class=\"lead\">")
                .append(escape(ReleaseFacts.DESCRIPTION))
                .append("</p>\n");
        html.append("<dl class=\"summary\">\n");
        summary(html, "Version", facts.spec().version());
        summary(html, "Released", facts.spec().releaseDate().toString());
        summary(html, "Articles", String.format("%,d", stats.articles()));
        summary(html, "Annotated spans", String.format("%,d", stats.spans()));
        summary(html, "Characters", String.format("%,d", stats.characters()));
        html.append("</dl>\n<p class=\"small\">Release id <code>")
                .append(facts.releaseId())
                .append(
                        "</code>. Check the files with <code>sha256sum -c SHA256SUMS</code>; the columns are described in")
                .append(" <code>README.md</code>.</p>\n");

        html.append(
                        "<nav><a href=\"#province\">Provinces</a> · <a href=\"#region\">Regions</a> · <a href=\"#year\">Years</a> · ")
                .append(
                        "<a href=\"#script\">Scripts</a> · <a href=\"#source\">Sources</a> · <a href=\"#genre\">Genres</a> · ")
                .append(
                        "<a href=\"#spans\">Spans</a> · <a href=\"#lengths\">Text lengths</a> · <a href=\"#changes\">Changes</a></nav>\n");

        facet(html, charts, "province", "Articles by province", facets.get("province"), false);
        facet(
                html,
                charts,
                "region",
                "Articles by region (the most specific division each article is about)",
                facets.get("region"),
                false);
        facet(html, charts, "year", "Articles by year of publication", everyYear(facets.get("year")), true);
        facet(html, charts, "script", "Articles by script", facets.get("script"), false);
        facet(html, charts, "source", "Articles by source", facets.get("source"), false);
        facet(html, charts, "genre", "Articles by genre", facets.get("genre"), false);

        SortedMap<String, Integer> labels = facets.get("label (spans)");
        html.append("<section id=\"spans\">\n<h2>Spans per label</h2>\n")
                .append("<p>Gold spans were read and checked by a curator; silver spans were drafted by rules or")
                .append(" models (their <code>source</code> says which).</p>\n");
        html.append("<figure>")
                .append(charts.goldAndSilver("chart-spans", labels, stats.silverByLabel()))
                .append("<figcaption>Spans per layer/label, gold and silver</figcaption></figure>\n");
        html.append("<table><thead><tr><th>label</th><th class=\"n\">spans</th><th class=\"n\">gold</th>")
                .append("<th class=\"n\">silver</th></tr></thead><tbody>\n");
        labels.forEach((label, count) -> {
            int silver = stats.silverByLabel().getOrDefault(label, 0);
            html.append("<tr><td>")
                    .append(escape(label))
                    .append("</td>")
                    .append(number(count))
                    .append(number(count - silver))
                    .append(number(silver))
                    .append("</tr>\n");
        });
        html.append("</tbody></table>\n</section>\n");

        html.append(
                        "<section id=\"lengths\">\n<h2>Text lengths</h2>\n<p>Articles by the length of <code>text</code> in")
                .append(" characters (Unicode code points), page furniture included; the longest has ")
                .append(String.format("%,d", stats.longest()))
                .append(".</p>\n");
        html.append("<figure>")
                .append(charts.columns("chart-lengths", "characters", "articles", stats.textLengths()))
                .append("<figcaption>Articles by text length</figcaption></figure>\n");
        table(html, "characters", stats.textLengths());
        html.append("</section>\n");

        changes(html, changes);
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    /** The years from the first to the last, those without articles at zero, so the chart's axis is time. */
    private static SortedMap<String, Integer> everyYear(SortedMap<String, Integer> byYear) {
        SortedMap<String, Integer> years = new TreeMap<>(byYear);
        if (!byYear.isEmpty()) {
            for (int year = Integer.parseInt(byYear.firstKey()); year < Integer.parseInt(byYear.lastKey()); year++) {
                years.putIfAbsent(Integer.toString(year), 0);
            }
        }
        return years;
    }

    private static void facet(
            StringBuilder html,
            ReportCharts charts,
            String id,
            String title,
            SortedMap<String, Integer> counts,
            boolean ordered) {
        html.append("<section id=\"")
                .append(id)
                .append("\">\n<h2>")
                .append(escape(title))
                .append("</h2>\n<figure>")
                .append(
                        ordered
                                ? charts.columns("chart-" + id, id, "articles", counts)
                                : charts.bars("chart-" + id, "articles", counts))
                .append("<figcaption>")
                .append(escape(title))
                .append("</figcaption></figure>\n");
        table(html, id, counts);
        html.append("</section>\n");
    }

    private static void table(StringBuilder html, String heading, Map<String, Integer> counts) {
        html.append("<table><thead><tr><th>")
                .append(escape(heading))
                .append("</th><th class=\"n\">articles</th></tr></thead><tbody>\n");
        counts.forEach((value, count) -> html.append("<tr><td>")
                .append(escape(value))
                .append("</td>")
                .append(number(count))
                .append("</tr>\n"));
        html.append("</tbody></table>\n");
    }

    private static void changes(StringBuilder html, ReleaseChanges changes) {
        html.append("<section id=\"changes\">\n<h2>Changes since the previous release</h2>\n");
        if (changes == null) {
            html.append(
                            "<p>No earlier release was found to compare with: this is the first, or it was cut without one.</p>\n")
                    .append("</section>\n");
            return;
        }
        html.append("<p>From ")
                .append(escape(changes.fromVersion()))
                .append(" to ")
                .append(escape(changes.toVersion()))
                .append(": <strong>")
                .append(changes.added().size())
                .append(" added</strong>, <strong>")
                .append(changes.removed().size())
                .append(" removed</strong>, <strong>")
                .append(changes.changed().size())
                .append(" changed</strong>. The changes call for a ")
                .append(escape(changes.suggested().toString().toLowerCase(java.util.Locale.ROOT)))
                .append(" version bump; this release ")
                .append(escape(changes.actualInWords()))
                .append(". <code>CHANGES.md</code> and <code>changes.json</code> have every detail.</p>\n");
        list(html, "Added", changes.added());
        list(html, "Removed", changes.removed());
        if (!changes.changed().isEmpty()) {
            html.append(
                    "<h3>Changed</h3>\n<table><thead><tr><th>article</th><th>what changed</th></tr></thead><tbody>\n");
            changes.changed().stream().limit(LISTED_CHANGES).forEach(change -> {
                StringBuilder what = new StringBuilder();
                if (change.textChanged()) {
                    what.append("text; ");
                }
                if (!change.fields().isEmpty()) {
                    what.append("fields ")
                            .append(String.join(", ", change.fields()))
                            .append("; ");
                }
                int spans = change.spansAdded().size()
                        + change.spansRemoved().size()
                        + change.relabelled().size()
                        + change.spansMoved().size();
                if (spans > 0) {
                    what.append(spans).append(" span changes; ");
                }
                html.append("<tr><td>")
                        .append(escape(change.id()))
                        .append("</td><td>")
                        .append(escape(what.toString().replaceAll("; $", "")))
                        .append("</td></tr>\n");
            });
            html.append("</tbody></table>\n");
            more(html, changes.changed().size());
        }
        if (!changes.columnChanges().isEmpty()) {
            list(html, "Columns", changes.columnChanges());
        }
        if (!changes.facetShifts().isEmpty()) {
            html.append("<h3>Counts that moved</h3>\n<table><thead><tr><th>facet</th><th>value</th>")
                    .append("<th class=\"n\">before</th><th class=\"n\">after</th></tr></thead><tbody>\n");
            new TreeMap<>(changes.facetShifts())
                    .forEach((facet, values) -> values.forEach((value, counts) -> html.append("<tr><td>")
                            .append(escape(facet))
                            .append("</td><td>")
                            .append(escape(value))
                            .append("</td>")
                            .append(number(counts[0]))
                            .append(number(counts[1]))
                            .append("</tr>\n")));
            html.append("</tbody></table>\n");
        }
        html.append("</section>\n");
    }

    private static void list(StringBuilder html, String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        html.append("<h3>").append(escape(title)).append("</h3>\n<ul class=\"ids\">\n");
        items.stream()
                .limit(LISTED_CHANGES)
                .forEach(id -> html.append("<li>").append(escape(id)).append("</li>\n"));
        html.append("</ul>\n");
        more(html, items.size());
    }

    private static void more(StringBuilder html, int size) {
        if (size > LISTED_CHANGES) {
            html.append("<p class=\"small\">… and ")
                    .append(size - LISTED_CHANGES)
                    .append(" more, listed in <code>changes.json</code>.</p>\n");
        }
    }

    private static void summary(StringBuilder html, String term, String value) {
        html.append("<div><dt>")
                .append(escape(term))
                .append("</dt><dd>")
                .append(escape(value))
                .append("</dd></div>\n");
    }

    private static String number(long n) {
        return "<td class=\"n\">" + String.format("%,d", n) + "</td>";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static final String STYLE = """
            body { margin: 0; background: #f6f7f9; color: #1d2433;
                   font: 15px/1.5 'DejaVu Sans', Verdana, Arial, 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif; }
            main { max-width: 780px; margin: 0 auto; padding: 24px 28px 48px; background: #fff; }
            h1 { font-size: 26px; margin: 8px 0 4px; }
            h2 { font-size: 19px; margin: 36px 0 8px; border-bottom: 1px solid #dde1e6; padding-bottom: 4px; }
            h3 { font-size: 16px; margin: 20px 0 6px; }
            .lead { color: #4a5568; margin-top: 0; }
            .summary { display: flex; flex-wrap: wrap; gap: 10px; margin: 16px 0 4px; padding: 0; }
            .summary div { flex: 1 1 120px; background: #eef3f8; border-radius: 6px; padding: 8px 12px; }
            .summary dt { font-size: 12px; color: #4a5568; text-transform: uppercase; letter-spacing: .04em; }
            .summary dd { margin: 0; font-size: 20px; font-weight: bold; }
            .small { font-size: 13px; color: #4a5568; }
            nav { margin: 18px 0 0; font-size: 14px; }
            nav a { color: #2f6fa7; }
            figure { margin: 8px 0; }
            figure svg { max-width: 100%; height: auto; }
            figcaption { font-size: 13px; color: #4a5568; }
            table { border-collapse: collapse; margin: 8px 0 4px; font-size: 14px; }
            th, td { padding: 3px 10px; border-bottom: 1px solid #e5e8ec; text-align: left; }
            th { background: #f0f2f5; }
            .n { text-align: right; font-variant-numeric: tabular-nums; }
            code { font-size: 13px; background: #f0f2f5; padding: 1px 4px; border-radius: 3px; word-break: break-all; }
            ul.ids { columns: 2; font-size: 14px; }
            """;
}
