package zhengfa.corpus.release.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengfa.corpus.CorpusFixture;
import zhengfa.corpus.Slow;
import zhengfa.corpus.release.ReleaseFixture;

/** report.html: self-contained, every chart drawn from the release's counts, the changes listed, the same bytes every time. */
@Slow
class ReleaseReportTest {

    @TempDir
    Path tmp;

    @Test
    void theFirstReleaseHasEveryChartAndSaysThereIsNothingToCompare() throws Exception {
        Path release = ReleaseFixture.written(
                ReleaseFixture.cut(CorpusFixture.copyOf(tmp).dir(), tmp.resolve("dist"), "0.1.0"));
        String html = Files.readString(release.resolve(ReleaseReport.FILE), StandardCharsets.UTF_8);

        for (String chart :
                new String[] {"province", "region", "year", "script", "source", "genre", "spans", "lengths"}) {
            assertTrue(html.contains("<svg id='chart-" + chart + "'"), chart);
        }
        // Self-contained: nothing fetched, nothing run.
        assertFalse(html.contains("<script"), "no script");
        assertFalse(
                Pattern.compile("(src|href)=[\"']?(https?:)?//").matcher(html).find(), "nothing fetched");
        assertFalse(html.contains("@import") || html.contains("url(http"), "no external style or font");
        // The counts are the release's: 5 articles, Xinjiang once, 2023 twice, and the years between at zero.
        assertTrue(html.contains("<dt>Articles</dt><dd>5</dd>"), html);
        assertTrue(html.contains("<tr><td>650000 新疆维吾尔自治区</td><td class=\"n\">1</td></tr>"));
        assertTrue(html.contains("<tr><td>2023</td><td class=\"n\">2</td></tr>"));
        assertTrue(html.contains("<tr><td>2024</td><td class=\"n\">0</td></tr>"), "a year without articles is shown");
        assertTrue(html.contains("No earlier release was found"));
        // Region labels are laid out with CJK widths: the Xinjiang label starts left of the shorter ones.
        assertTrue(labelX(html, "650000 新疆维吾尔自治区") < labelX(html, "310000 上海市") - 40, "CJK labels measured as narrow");
    }

    @Test
    void aLaterReleaseListsItsChanges() throws Exception {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        Path dist = tmp.resolve("dist");
        ReleaseFixture.written(ReleaseFixture.cut(corpus.dir(), dist, "0.1.0"));
        for (String suffix : new String[] {".txt", ".meta.json", ".ann.json"}) {
            Files.deleteIfExists(corpus.dir().resolve(CorpusFixture.SHANGHAI + suffix));
        }
        Path release = ReleaseFixture.written(ReleaseFixture.cut(corpus.dir(), dist, "0.2.0"));
        String html = Files.readString(release.resolve(ReleaseReport.FILE), StandardCharsets.UTF_8);

        assertTrue(html.contains("From 0.1.0 to 0.2.0: <strong>0 added</strong>, <strong>1 removed</strong>"), html);
        assertTrue(
                html.contains("<h3>Removed</h3>\n<ul class=\"ids\">\n<li>" + CorpusFixture.SHANGHAI + "</li>"), html);
        assertTrue(html.contains("<h3>Counts that moved</h3>"), html);
    }

    @Test
    void theSameReleaseGivesTheSameBytes() throws Exception {
        Path corpus = CorpusFixture.copyOf(tmp).dir();
        Path first = ReleaseFixture.written(ReleaseFixture.cut(corpus, tmp.resolve("a"), "0.1.0"));
        Path second = ReleaseFixture.written(ReleaseFixture.cut(corpus, tmp.resolve("b"), "0.1.0"));
        assertEquals(
                Files.readString(first.resolve(ReleaseReport.FILE)),
                Files.readString(second.resolve(ReleaseReport.FILE)));
    }

    @Test
    void textIsEscaped() {
        assertEquals("&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39;", ReleaseReport.escape("<b> & \"x\" 'y'"));
    }

    private static double labelX(String html, String label) {
        Matcher m = Pattern.compile("<text x='([0-9.]+)'[^>]*>" + Pattern.quote(label) + "</text>")
                .matcher(html);
        assertTrue(m.find(), label + " not drawn");
        return Double.parseDouble(m.group(1));
    }
}
