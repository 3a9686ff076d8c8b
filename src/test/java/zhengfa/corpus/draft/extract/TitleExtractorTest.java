package zhengfa.corpus.draft.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import zhengfa.corpus.draft.layout.LineShape;
import zhengfa.corpus.draft.layout.PageLines;

class TitleExtractorTest {

    private static final String BODY = "3月13日,全县政法工作会议在县人民会堂召开,会议总结了一年来的政法工作,对今年工作作出部署。";

    /** The title the rules decide, with the dateline and credit lines as metadata the way the drafter marks them. */
    private static String title(String... lines) {
        return title(TitleExtractor.rulesOnly(), lines);
    }

    static String title(TitleExtractor extractor, String... lines) {
        PageLines page = Pages.of(lines);
        Set<Integer> metadata = new HashSet<>();
        for (LineShape s : page.all()) {
            if (s.plain().matches(".*(?:时间|來源|来源|记者|發布日期)[:：\\s].*")
                    || s.plain().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                metadata.add(s.line().index());
            }
        }
        return extractor.extract(page, metadata).value().map(Headline::text).orElse("blank");
    }

    @Test
    void theHeadlineAboveTheDateline() {
        assertEquals("某县召开政法工作会议", title("首页 > 新闻中心 > 政法动态", "某县召开政法工作会议", "时间:2022-09-01 09:15", BODY));
        assertEquals("某县召开政法工作会议", title("某县召开政法工作会议", BODY));
    }

    @Test
    void theHeadlineAboveItsSubtitleWhenSectionHeadingsFollowTheLead() {
        assertEquals(
                "以平安底色绘就幸福成色",
                title(
                        "以平安底色绘就幸福成色",
                        "——某市全面建强综治中心推动社会治理提质增效",
                        "近年来,某市坚持一张蓝图绘到底,完成三个建设目标,实现三个效能转变,社会治理水平不断提升。",
                        "高位引领",
                        "绘就综治中心建设路线图",
                        BODY,
                        BODY));
    }

    @Test
    void aHeadlineRunIntoItsBreadcrumbIsNotTheHeadline() {
        assertEquals("某县公安分局走访大街小巷宣传禁赌", title("首页 > 县区 某县公安分局走访大街小巷宣传禁赌", "某县公安分局走访大街小巷宣传禁赌", BODY));
    }

    @Test
    void navigationSiteHeadersDatelinesAndSpamAreNeverTheHeadline() {
        assertEquals("blank", title("某某网 主办", "时间:2022-09-01 09:15", BODY));
        assertEquals("blank", title("首页 | 新闻 | 政法 | 图片", BODY));
        assertEquals("blank", title("2022-09-01 09:15", BODY));
        assertEquals("blank", title("国产精品视频_亚洲熟女在线_午夜福利网站", BODY));
    }

    /** Written for this test: a page that begins below its headline opens with a section or a person's caption. */
    @Test
    void aSectionHeadingOrAPersonsCaptionIsNeverTheHeadline() {
        assertEquals("blank", title("引言:新形势下基层治理的机遇", BODY));
        assertEquals("blank", title("第二篇 治安管理", BODY));
        assertEquals("blank", title("一、坚持党的绝对领导", BODY));
        assertEquals("blank", title("某省公安厅刑侦总队总队长王建国", BODY));
        assertEquals("blank", title("某市人民检察院检察长 李明", BODY));
        assertEquals("blank", title("張國華 全國人大代表 某某聯合會副會長", BODY), "in Traditional, the name first");
        assertEquals("专访某市人民检察院检察长李明", title("专访某市人民检察院检察长李明", BODY), "an interview's headline");
        assertEquals("省委书记讲话", title("省委书记讲话", BODY), "no name after the office");
        assertEquals("第十二届政法论坛在某市开幕", title("第十二届政法论坛在某市开幕", BODY), "第…届 is no chapter");
    }

    @Test
    void aColumnsTagAndBracketsAroundTheHeadlineAreNotPartOfIt() {
        assertEquals("十个典型案例教你如何防范非法集资", title("【以案释法】十个典型案例教你如何防范非法集资", "时间:2022-09-01 09:15", BODY));
        assertEquals("某某毒品工廠偵破案", title("【某某毒品工廠偵破案】", "發布日期:2022-09-01", BODY));
        assertEquals("冒充記者作不實報導", title("[澳門] 冒充記者作不實報導", "發布日期:2022-09-01", BODY));
    }

    @Test
    void aHeadlineAtTheEndOfItsBreadcrumbTrailAndNoPictureOfOne() {
        assertEquals("清除社会毒瘤,今年某县公安局共破获毒品刑事案件9起", title("某县头条  >  某县新闻  >  清除社会毒瘤,今年某县公安局共破获毒品刑事案件9起", BODY, BODY));
        assertEquals("blank", title("(资料图)", BODY, BODY));
    }

    @Test
    void sectionsInstitutionsColumnsCaptionsAndFieldsAreNoHeadline() {
        assertEquals(
                "浅议反规避执行",
                title("浅议反规避执行", "作者:张明 发布时间:2013-04-24 浏览次数:465", "“执行难”是长期以来困扰法院工作的问题,", "一、规避执行行为的本质", BODY, BODY));
        assertEquals("某地法院举办开放日活动", title("某地法院举办开放日活动", "▲某地法院于19日举办开放日,邀请群众参观。", "记者 张明/某地报道", BODY, BODY));
        assertEquals("blank", title("某某市中级人民法院", BODY, BODY), "an institution's name alone is the site's");
        assertEquals("blank", title("宪法宣传专栏", BODY, BODY));
        assertEquals("blank", title("圖:一名詐騙集團成員被捕", BODY, BODY));
        assertEquals("blank", title("发布机构:某区司法局", BODY, BODY));
        assertEquals(
                "一場聽審,道盡某地法庭的司法兒戲", title("來論 | 一場聽審,道盡某地法庭的司法兒戲", "時間:2022-09-01 09:15", BODY), "a column's label");
        assertEquals("某地制发督促监护令加强未成年人司法保护", title("某地制发督促监护令加强未成年人司法保护返回总站", "时间:2022-09-01 09:15", BODY));
        assertEquals(
                "解的是难题 暖的是民心——某区积极探索基层治理精细化路径",
                title("某某法治报 | 解的是难题 暖的是民心——某区积极探索基层治理精细化路径", "时间:2022-09-01 09:15", BODY));
    }

    @Test
    void theUpperOfTwoDecksAndARepeatedDeck() {
        assertEquals("某法官:立足审判职能 深耕诉源治理", title("某法官:立足审判职能 深耕诉源治理", "在法治轨道上推进市域社会治理", "时间:2022-09-01 09:15", BODY));
        assertEquals("系列之二丨启动法治引擎 重拳涤荡黑恶", title("系列之二丨启动法治引擎 重拳涤荡黑恶", "启动法治引擎", "重拳涤荡黑恶", "——某省检察机关开展专项斗争综述", BODY));
    }

    @Test
    void aLineNamingWhoWasInterviewedIsTheHeadlinesSubheadlineNotASecondDeck() {
        PageLines page = Pages.of("在平安中实现安宁", "访某市委政法委书记王明", "本报记者 张三 李四", BODY);
        String why =
                new TitleExtractor().readings(page, Set.of()).get(0).candidate().rule();
        assertTrue(why.contains("right above its subheadline"), why);
        assertFalse(why.contains("the upper of two decks"), why);
        assertEquals("在平安中实现安宁", title("在平安中实现安宁", "访某市委政法委书记王明", "本报记者 张三 李四", BODY));
        String label = new TitleExtractor()
                .readings(Pages.of("发布会简介", "访谈主题:某期节目", BODY), Set.of())
                .get(0)
                .candidate()
                .rule();
        assertFalse(label.contains("subheadline"), "访谈主题: is a label, not a subheadline: " + label);
    }

    @Test
    void aRepostsOriginalTitleLabelAndAForumsNameAlone() {
        assertEquals("全县政法工作会议召开", title("原题:全县政法工作会议召开", "某某日报3月13日讯(记者 王明)", BODY));
        assertEquals(
                "blank", title("某某市论坛", "时间:2022-09-01 09:15", BODY), "a forum's name is the site, not the headline");
    }

    @Test
    void aLabelledTitleAndOneWithTheTimestampRunIntoIt() {
        assertEquals("我市警方抓获电信诈骗嫌疑人", title(BODY, "标题:我市警方抓获电信诈骗嫌疑人", "地址:http://example.com/1.html"));
        assertEquals(
                "公安部:去年国家反诈中心紧急止付", title("公安部:去年国家反诈中心紧急止付2022-05-20 14:3520958公安部发布数据显示," + "去年紧急止付涉案资金,成功避免群众受骗。"));
    }

    @Test
    void anOriginalTitleLabelGivesTheHeadlineWhereThePagePrintsNoOther() {
        assertEquals("某市警方检获一批疑似毒品 拘捕5人", title("原标题:某市警方检获一批疑似毒品 拘捕5人", BODY));
        assertEquals(
                "某市一闹市暗藏大赌场 警方出击62名赌徒无一漏网",
                title(
                        "某市一闹市暗藏大赌场 警方出击62名赌徒无一漏网",
                        "2013年08月07日 07:47",
                        "来源:某某网-某某都市报 作者:姬栋",
                        "原标题:某区闹市暗藏大赌场 本报记者暗访后报警 赌徒装了好几车",
                        BODY));
    }

    @Test
    void whatAPagePrintsAroundTheHeadlineIsNotPartOfIt() {
        assertEquals("警員截獲毒品車 男司機涉販毒被捕", title("即時新聞", "警員截獲毒品車 男司機涉販毒被捕 (21:45)", BODY, BODY));
        assertEquals("关于完善矛盾排查机制的建言报告", title("关于完善矛盾排查机制的建言报告 某市政协社会法制委员会专题调研组", "《某某日报》(2025年7月11日) 06版", BODY));
        assertEquals("重庆公安局长", title("[转]重庆公安局长", BODY));
        assertEquals(
                "某区持续开展“九小场所”消防安全检查",
                title("某区持续开展“九小场所”消防安全检查-某龙网", "某区持续开展“九小场所”消防安全检查", "2024-03-20 06:14:48 来源: 某龙网", BODY),
                "the page's title bar and its headline agree");
        assertEquals("扫黑除恶-某县在行动", title("扫黑除恶-某县在行动", BODY), "a dash inside a headline stays");
    }

    @Test
    void theGroupThatWroteAReportIsItsBylineNotItsHeadline() {
        assertEquals(
                "某省监狱服刑人员社会帮教工作现状浅析",
                title("当前位置: 首页 -> 理论研究", "某省监狱服刑人员社会帮教工作现状浅析", "某省监狱管理局课题组", "时间:2018-09-20", BODY));
    }

    @Test
    void threeShortPhrasesOverTheirSubtitleAreAHeadlineNotAMenu() {
        assertEquals("强治理 筑平安 谋发展", title("强治理 筑平安 谋发展", "——某县平安建设掠影", BODY, BODY));
        assertEquals("blank", title("首页 新闻 政务 图片", BODY, BODY));
    }

    @Test
    void aParagraphWrappedAtAFixedWidthIsNoHeadline() {
        assertEquals(
                "blank",
                title(
                        "《某某通讯社22日专讯》已解散的学生组织前召集人某某,去年底在出",
                        "狱接受一年惩教署监管令期间离港,到外国寻求政治庇护。惩教署署长在总结过去一",
                        "年工作时透露,署方正与相关部门研究修例,禁止须遵守监管令的人士离港,有关工作仍",
                        "在进行,但不便透露详情。"));
    }

    @Test
    void aSectionHeadingAfterTheLeadIsNoHeadline() {
        assertEquals("blank", title(BODY, "扫黑除恶扫出清风正气", BODY));
    }

    @Test
    void aSuppliedTitleOnlyFromTheClauseNamingWhoWasInterviewed() {
        var lead = Pages.of("2021年,某州如何推动政法工作?近日,某州委政法委书记王明接受记者专访,谈想法。").all().stream()
                .map(LineShape::line)
                .toList();
        assertEquals(
                "某州委政法委书记王明接受记者专访",
                new TitleExtractor().supplied(lead).orElseThrow().value());
        assertEquals(
                java.util.Optional.empty(),
                new TitleExtractor()
                        .supplied(Pages.of(BODY).all().stream()
                                .map(LineShape::line)
                                .toList()));
    }
}
