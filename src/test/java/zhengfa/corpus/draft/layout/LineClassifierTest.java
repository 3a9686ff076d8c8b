package zhengfa.corpus.draft.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import zhengfa.corpus.draft.page.Page;
import zhengfa.corpus.script.ScriptDetector;

class LineClassifierTest {

    private static final String BODY = "3月13日,全县政法工作会议在县人民会堂召开,会议总结了一年来的政法工作,对今年工作作出部署。";

    /** Line number to the kind of the furniture span it starts or lies in, by the rules alone. */
    private static Map<Integer, String> furniture(int articleStart, Set<Integer> metadata, String... lines) {
        return furniture(LineClassifier.rulesOnly(), articleStart, metadata, lines);
    }

    private static Map<Integer, String> furniture(
            LineClassifier classifier, int articleStart, Set<Integer> metadata, String... lines) {
        PageLines page = PageLines.of(new Page(String.join("\n", lines)), new ScriptDetector());
        Map<Integer, String> kinds = new TreeMap<>();
        for (Furniture f : classifier.classify(page, new Anchors(articleStart, metadata, true))) {
            for (LineShape s : page.all()) {
                if (f.start() <= s.line().start() && s.line().end() <= f.end()
                        || s.line().start() <= f.start() && f.end() <= s.line().end()) {
                    kinds.put(s.number(), f.kind().label());
                }
            }
        }
        return kinds;
    }

    @Test
    void everythingAboveTheArticleButItsMetadataIsNavigation() {
        assertEquals(
                Map.of(1, "navigation", 2, "navigation", 3, "navigation"),
                furniture(3, Set.of(4), "中央社一手新聞APP", "下載", "• 首頁", "某某案偵結起訴", "2022/3/24 11:47", BODY));
    }

    @Test
    void thePagesFootFromItsFirstFooterOrRelatedLine() {
        assertEquals(
                Map.of(3, "footer", 4, "footer", 5, "footer", 6, "footer"),
                furniture(
                        0,
                        Set.of(),
                        "某县召开政法工作会议",
                        BODY,
                        "相关阅读",
                        "- 某县开展普法宣传",
                        "- 某县法院巡回审判",
                        "版权所有 某某网 京ICP备12345678号"));
    }

    @Test
    void aPostersShortLinesAreTheArticleAMenuOfNamesInTheFootIsNot() {
        assertEquals(
                Map.of(3, "related-links"),
                furniture(
                        0,
                        Set.of(),
                        "某县禁毒宣传",
                        BODY,
                        "相关新闻",
                        "今天是国际禁毒日",
                        "也许",
                        "这个日子你会感到陌生",
                        "但毒品",
                        "这个字眼你绝对不陌生",
                        "这是纪念碑上",
                        "序列第一的浮雕",
                        "一箱又一箱的烟土",
                        "被倒入销烟池中"),
                "the poster's lines after a related heading are still the article's");
        assertEquals(
                Map.of(
                        3,
                        "related-links",
                        4,
                        "related-links",
                        5,
                        "related-links",
                        6,
                        "related-links",
                        7,
                        "related-links",
                        8,
                        "related-links",
                        9,
                        "related-links",
                        10,
                        "related-links",
                        11,
                        "related-links",
                        12,
                        "related-links"),
                furniture(
                        0, Set.of(), "某县禁毒宣传", BODY, "相关新闻", "台铁", "高铁", "劳动部分署", "辅英科大", "新北市文化局", "中油高雄", "国台交",
                        "东海大学", "华盛顿中学"));
    }

    @Test
    void teasersTheSiteCutOffAreRelatedLinks() {
        assertEquals(
                Map.of(3, "related-links", 4, "related-links"),
                furniture(
                        0,
                        Set.of(),
                        "某县召开政法工作会议",
                        BODY,
                        "警方于今日约下午5时沿公路巡逻期间,发现一辆黑色私家车形迹可疑,于是截查...",
                        "就海外有报道糖果可能受污染,政府发言人今日表示,政府化验所完成对58个…"));
        assertEquals(
                Map.of(),
                furniture(0, Set.of(), "某县召开政法工作会议", BODY, "会议要求,全县政法干警要……"),
                "one paragraph trailing off is the article's");
    }

    @Test
    void widgetsBetweenTheHeadlineAndTheBodyAndRepeatedLines() {
        assertEquals(
                Map.of(2, "widget", 3, "widget", 4, "widget", 5, "widget"),
                furniture(0, Set.of(), "较去年同期减15.8%", "分享到:", "较去年同期减15.8%", "较去年同期减15.8%", "较去年同期减15.8%", BODY));
    }

    @Test
    void spamAndPageJumpsWhereverTheyStand() {
        Map<Integer, String> found =
                furniture(0, Set.of(), "某县召开政法工作会议", BODY, "国产精品视频_亚洲熟女在线_午夜福利网站", "全县政法干警要提高站位。(下转第八版)");
        assertEquals("spam", found.get(3));
        assertEquals("page-jump", found.get(4));
    }
    /** A model that calls a line furniture exactly when it names a web address or mail box. */
    private static LineClassifier addressesAreFurniture() {
        double[] weights = new double[LineFeatures.NAMES.size()];
        weights[LineFeatures.NAMES.indexOf("url_or_mail")] = 10;
        return new LineClassifier(Optional.of(FurnitureModel.of(LineFeatures.NAMES, weights, -5, 0.5, "a test")));
    }

    @Test
    void theModelDecidesWhichLinesAreFurnitureAndTheRulesNameTheKind() {
        Map<Integer, String> found =
                furniture(addressesAreFurniture(), 0, Set.of(), "某县召开政法工作会议", BODY, "网址:www.example.cn", "相关阅读");
        // line 3: the model's, in the page's foot; line 4: the rules' related-links words, which the model overrules
        assertEquals(Map.of(3, "footer"), found);
    }

    @Test
    void copyrightLinesStayTheRules() {
        Map<Integer, String> found =
                furniture(addressesAreFurniture(), 0, Set.of(), "某县召开政法工作会议", BODY, "本网站所有内容属《某某日报》所有,未经许可不得转载。");
        assertEquals(Map.of(3, "footer"), found);
    }

    @Test
    void spamAndTheArticlesMetadataStayTheRules() {
        Map<Integer, String> found = furniture(
                addressesAreFurniture(),
                1,
                Set.of(1),
                "导航",
                "来源:www.example.cn 2024-05-01",
                BODY,
                "国产精品视频_亚洲熟女在线_午夜福利网站");
        assertEquals(Map.of(4, "spam"), found);
    }

    @Test
    void theBundledModelReadsAFootAndANavigationBarAsFurniture() {
        Map<Integer, String> found = furniture(
                new LineClassifier(),
                2,
                Set.of(3, 4),
                "首页 | 新闻 | 政法 | 视频 | 图片",
                "当前位置:首页 > 政法动态",
                "",
                "某县召开政法工作会议",
                "2024-05-01 10:00 来源:某县政法委",
                BODY,
                "会议要求,全县政法系统要坚持稳中求进,统筹发展和安全,为全县高质量发展提供有力保障。",
                "版权所有 某县委政法委员会 备案号:京ICP备12345678号",
                "技术支持:某某网络科技公司 联系电话:0000-1234567");
        assertEquals(Set.of(1, 2, 8, 9), found.keySet());
    }
}
