package zhengfa.corpus.draft.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import zhengfa.corpus.draft.page.Page;
import zhengfa.corpus.script.ScriptDetector;

class LineFeaturesTest {

    private static final String BODY = "3月13日,全县政法工作会议在县人民会堂召开,会议总结了一年来的政法工作,对今年工作作出部署。";

    private static List<double[]> features(int articleStart, Set<Integer> metadata, String... lines) {
        PageLines page = PageLines.of(new Page(String.join("\n", lines)), new ScriptDetector());
        return LineFeatures.of(page, new Anchors(articleStart, metadata, true));
    }

    private static double value(double[] x, String name) {
        return x[LineFeatures.NAMES.indexOf(name)];
    }

    @Test
    void oneVectorPerContentLineWithEveryFeatureInItsRange() {
        List<double[]> vectors = features(1, Set.of(), "首页 | 新闻 | 政法", "", "某县召开政法工作会议", BODY);
        assertEquals(3, vectors.size());
        for (double[] x : vectors) {
            assertEquals(LineFeatures.NAMES.size(), x.length);
            for (int i = 0; i < x.length; i++) {
                double v = x[i];
                String name = LineFeatures.NAMES.get(i);
                assertEquals(true, v >= (name.equals("lines_to_article") ? -1 : 0) && v <= 1, name + " = " + v);
            }
        }
    }

    @Test
    void whereALineStandsRelativeToTheArticle() {
        List<double[]> x = features(1, Set.of(1), "首页 | 新闻 | 政法 | 视频", "某县召开政法工作会议", BODY, "联系我们:news@example.cn");
        assertEquals(1, value(x.get(0), "above_article"));
        assertEquals(1, value(x.get(0), "above_article_not_metadata"));
        assertEquals(1, value(x.get(0), "menu_like"));
        assertEquals(0, value(x.get(1), "above_article"));
        assertEquals(1, value(x.get(1), "metadata"));
        assertEquals(1, value(x.get(1), "headline_shaped"));
        assertEquals(1, value(x.get(2), "paragraph"));
        assertEquals(1, value(x.get(3), "after_last_paragraph"));
        assertEquals(1, value(x.get(3), "url_or_mail"));
        assertEquals(1, value(x.get(3), "previous_prose"));
    }

    @Test
    void repeatsCopyrightAndDates() {
        List<double[]> x =
                features(0, Set.of(), "分享", BODY, "分享", "分享", "Copyright © 2024 某某网 版权所有", "2024-05-01 10:30");
        assertEquals(1, value(x.get(0), "printed_three_times"));
        assertEquals(1, value(x.get(4), "copyright_or_licence"));
        assertEquals(1, value(x.get(5), "has_date"));
        assertEquals(1, value(x.get(5), "has_time"));
        assertEquals(1, value(x.get(5), "last_line"));
    }

    @Test
    void aLineAboutSomethingElseThanTheArticlesHead() {
        String other = "某市气象台发布暴雨蓝色预警信号,提醒市民注意出行安全。";
        List<double[]> x = features(0, Set.of(), "某县召开政法工作会议", BODY, "会议总结了一年来全县政法工作,对今年工作作出部署。", other);
        // most of the third line's bigrams (会议, 政法, 工作…) are in the headline and the first paragraph; the weather
        // teaser's are not
        assertEquals(true, value(x.get(2), "topic_overlap") > 0.3, "topic_overlap " + value(x.get(2), "topic_overlap"));
        assertEquals(0, value(x.get(2), "off_topic"));
        assertEquals(0, value(x.get(3), "topic_overlap"));
        assertEquals(1, value(x.get(3), "off_topic"));
    }

    @Test
    void runsOfShortLinesAndOfHeadlinesAndADateAtTheEnd() {
        List<double[]> x = features(
                0,
                Set.of(),
                "某县召开政法工作会议",
                BODY,
                "相关新闻",
                "某市公安局开展禁毒宣传活动",
                "某区法院举办公众开放日活动",
                "某县检察院召开党组会议",
                "某县司法局 2024-05-01");
        assertEquals(1, value(x.get(2), "in_run_of_short_lines"));
        assertEquals(0, value(x.get(1), "in_run_of_short_lines"));
        assertEquals(1, value(x.get(3), "in_run_of_headlines"));
        assertEquals(1, value(x.get(3), "shaped_after_body"));
        assertEquals(1, value(x.get(6), "ends_with_date"));
        assertEquals(0, value(x.get(0), "ends_with_date"));
    }

    @Test
    void aLinesTermsAreItsCharactersAndPairsFoldedToSimplifiedWithDigitsAsZero() {
        PageLines page = PageLines.of(new Page("閱讀 12次\n阅读 34次"), new ScriptDetector());
        Set<String> traditional = LineFeatures.terms(page.all().get(0));
        assertEquals(Set.of("阅", "读", "0", "次", "阅读", "读 ", " 0", "00", "0次"), traditional);
        assertEquals(
                traditional, LineFeatures.terms(page.all().get(1)), "one weight serves both scripts and every count");
    }

    @Test
    void aLinesTermsOnThePageHoldItsNeighboursTermsMarkedAboveAndBelow() {
        PageLines page = PageLines.of(new Page("相关\n法院\n分享"), new ScriptDetector());
        List<Set<String>> terms = LineFeatures.terms(page);
        assertEquals(
                Set.of("法", "院", "法院", "above:相", "above:关", "above:相关", "below:分", "below:享", "below:分享"),
                terms.get(1));
        assertEquals(
                Set.of("相", "关", "相关", "below:法", "below:院", "below:法院"),
                terms.get(0),
                "the first line has nothing above");
    }
}
