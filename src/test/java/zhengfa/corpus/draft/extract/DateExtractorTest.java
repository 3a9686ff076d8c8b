package zhengfa.corpus.draft.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import zhengfa.corpus.draft.candidate.FieldDraft;
import zhengfa.corpus.draft.forms.PrintedDate;
import zhengfa.corpus.draft.layout.PageLines;

class DateExtractorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final String BODY = "3月13日,全县政法工作会议在县人民会堂召开,会议总结了2017年全县政法工作,对2018年工作作出部署。";

    private static FieldDraft<PrintedDate> date(String url, String... lines) {
        PageLines page = Pages.of(lines);
        return new DateExtractor().extract(page, url, TODAY).draft();
    }

    private static String value(FieldDraft<PrintedDate> d) {
        return d.value().map(PrintedDate::iso).orElse("blank");
    }

    @Test
    void aLabelledDatelineWins() {
        assertEquals("2022-09-01T09:15:53", value(date(null, "某县法院深耕诉源治理", "时间:2022-09-01 09:15:53", BODY)));
        assertEquals("2023-04-06", value(date(null, "发布日期: 2023年04月06日", "某市政法工作会议召开", BODY)));
    }

    @Test
    void aWireStoryStampedMonthsAfterItsFilingDayIsTheCuratorsCall() {
        FieldDraft<PrintedDate> reposted =
                date(null, "发布时间:2024-11-18 15:30:14", "中新网3月28日电 据某地警方消息,某区分局27日发布警情通报。", BODY);
        assertEquals("blank", value(reposted));
        assertTrue(
                reposted.candidates().stream().anyMatch(c -> c.value().iso().equals("2024-03-28")),
                reposted.candidates().toString());
        assertEquals(
                "2024-03-29T09:00",
                value(date(null, "发布时间:2024-03-29 09:00", "中新网3月28日电 据某地警方消息,某区分局27日发布警情通报。", BODY)),
                "posted the day after the filing: the stamp");
    }

    @Test
    void unlabelledTimestampsAndDatesOnShortHeadLines() {
        assertEquals("2020-06-09T08:41", value(date(null, "某某案开庭审理", "2020/6/9 08:41(6/9 10:02 更新)", BODY)));
        assertEquals("2016-11-03T15:22:40", value(date(null, "某某案开庭审理", "2016-11-03 15:22:40 来源:某某日报", BODY)));
        assertEquals("2013-04-02", value(date(null, "某某案开庭审理", "2013年4月2日", BODY)));
        assertEquals("2020-06-09", value(date(null, "某某案开庭审理", "二〇二〇年六月九日", BODY)));
        assertEquals("2020-06-09", value(date(null, "某某案开庭審理", "民國109年6月9日", BODY)));
        assertEquals("2022-08-23", value(date(null, "某某案开庭审理", "23/08/2022", BODY)));
    }

    @Test
    void theSitesClockAndOtherArticlesDatesAreNotTheArticles() {
        assertEquals(
                "2014-07-09T10:09:43",
                value(date(null, "2021-09-20", "星期一", "某法院网站透视", "时间:2014-07-09 10:09:43    作者:刘静文", BODY)));
        assertEquals("blank", value(date(null, "2024年04月30日 星期二", "某某案开庭审理", BODY)));
        assertEquals(
                "blank",
                value(date(null, "今天是2025年07月18日,欢迎您访问某某网!", "某某案开庭审理", BODY)),
                "a greeting with today's date is the site's clock");
        assertEquals(
                "2023-09-29",
                value(date(
                        null,
                        "快訊",
                        "2025/05/12",
                        "某市推动青年健康活动",
                        "2025/05/12",
                        "某区举办公益日活动",
                        "2025/05/12",
                        "某寺举行浴佛大典",
                        "最新消息",
                        "2023/09/29",
                        "中秋連假不酒駕 警方日夜間防制酒駕",
                        BODY)),
                "the same date over each entry of a ticker dates the entries, not the article");
        assertEquals(
                "2022-01-04T10:53",
                value(date(null, "某某案开庭审理", "發布時間:2022-01-04 10:53 星期二", BODY)),
                "a labelled publication time with its weekday is the article's");
        assertEquals(
                "2018-11-16T17:02:00",
                value(date(null, "某某案开庭审理", "2018-11-16 17:02:00    某某网  参与评论()人", BODY)),
                "an outlet's name after a timestamp makes a dateline, not a list entry");
        assertEquals(
                "2025-06-26T09:08:55",
                value(date(
                        null,
                        "警民携手筑牢禁毒防线",
                        "2025-06-26 09:08:55",
                        BODY,
                        "相关阅读",
                        "- 2025-06-25发现迷路小鹿 警民携手救助",
                        "- 2025-06-24某某所民警获表彰")));
    }

    @Test
    void anUpdateTimeIsNoPublicationDate() {
        FieldDraft<PrintedDate> d = date(null, "某某研究报告", "• 發布日期:", "• 最後更新日期:112-11-24", BODY);
        assertEquals("blank", value(d));
        assertTrue(
                d.candidates().stream().anyMatch(c -> c.value().iso().equals("2023-11-24")),
                d.candidates().toString());
    }

    @Test
    void theAddressDatesAPageThatPrintsNoDate() {
        FieldDraft<PrintedDate> d = date("http://paper.example.cn/html/2012-03/23/content_1.htm", BODY);
        assertEquals("2012-03-23", value(d));
        assertTrue(((FieldDraft.Drafted<PrintedDate>) d).chosen().evidence().inUrl());
        assertEquals(
                "2021-08", value(date("https://court.example.gov.cn/article/detail/2021/08/id/6197157.shtml", BODY)));
    }

    @Test
    void aFiledDayTakesTheMonthFromTheAddress() {
        assertEquals(
                "2022-03-24",
                value(date("https://www.example.com.tw/news/202203/a.aspx", "(中央社記者王小明台北24日電)立法院今天邀請法務部長列席報告,並備質詢。")));
    }

    @Test
    void aTimestampAgreeingWithTheAddressKeepsItsPrecision() {
        assertEquals(
                "2022-03-24T11:47",
                value(date(
                        "https://www.example.com.tw/news/aipl/202203240091.aspx", "某某案偵結起訴", "2022/3/24 11:47", BODY)));
    }

    @Test
    void aYearMerelyMentionedInTheBodyIsNeverTheDate() {
        assertEquals(
                "blank",
                value(date(null, "以新状态开启新征程", BODY, "2019年1月,中央政法工作会议对扫黑除恶工作提出明确要求。", "2018年初,全国开展扫黑除恶专项斗争。")));
    }

    @Test
    void aLeadThatStatesItsYearDatesThePageToTheYear() {
        FieldDraft<PrintedDate> d = date(null, "在安静中实现平安", "今年是“十五五”开局之年,全市政法工作迎来新的任务。", BODY);
        assertEquals("2026", value(d));
        assertTrue(((FieldDraft.Drafted<PrintedDate>) d).chosen().rule().startsWith("inferred"));
    }

    @Test
    void placeholdersAndFutureDatesAreNoDates() {
        assertEquals("blank", value(date(null, "某某案开庭审理", "1970-01-01 08:00", BODY)));
        assertEquals("blank", value(date(null, "某某案开庭审理", "2031-01-01 08:00", BODY)));
    }
}
