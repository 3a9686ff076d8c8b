package zhengfa.corpus.draft.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import zhengfa.corpus.script.ScriptDetector;

/** The credit forms of the issue, in lines written for this test with made-up names. */
class CreditFormsTest {

    private static final ScriptDetector SCRIPTS = new ScriptDetector();

    private static String credits(String line) {
        return String.join(
                "; ",
                CreditForms.find(line, SCRIPTS::foldToSimplified).stream()
                        .map(c -> c.role() + (c.outlet() == null ? "" : "@" + c.outlet()) + " "
                                + String.join(",", c.names()))
                        .toList());
    }

    @Test
    void reportersAndCorrespondents() {
        assertEquals("REPORTER 张明远", credits("记者 张明远"));
        assertEquals("REPORTER 张明远,李晓红", credits("□ 本报记者 张明远 李晓红"));
        assertEquals("REPORTER 张明远,李晓红", credits("记者 张明远 通讯员 李晓红"));
        assertEquals("REPORTER 张明远,李晓红", credits("本报记者　张明远　李晓红"), "full-width spaces");
        assertEquals("REPORTER@法治日報 王大同", credits("法治日報全媒體記者 王大同"));
        assertEquals("REPORTER@河南法制报 张三丰,李四海,王五湖", credits("(河南法制报记者张三丰实习记者李四海通讯员王五湖)"));
        assertEquals("REPORTER 陈国强", credits("本报讯 (记者 陈国强)3月13日,全县召开会议。"));
        assertEquals("REPORTER 徐 超", credits("记者:徐 超"), "a two-character name padded with a space");
    }

    @Test
    void agencyAndPaperDatelines() {
        assertEquals("REPORTER@中央社 劉世明", credits("(中央社記者劉世明台北12日電)"));
        assertEquals("REPORTER@聯合報 蔡小文", credits("聯合報／記者蔡小文／台北報導"));
        assertEquals("REPORTER 程国栋", credits("中新网广州7月2日电 (程国栋)针对近日网传的消息"));
        assertEquals("REPORTER 蕭林", credits("【中新社雲南德宏十一月二十七日電】(蕭林)邊境管理支隊二十七日通報稱"));
        assertEquals("REPORTER 周立新", credits("新华社北京6月24日电(记者周立新)国家禁毒委员会办公室24日说"));
        assertEquals("REPORTER@民視新聞 許家程,李柏瑾,賴政坤", credits("等著酒駕的你。(民視新聞/許家程、李柏瑾、賴政坤 台中報導)"));
        assertEquals("REPORTER@齐鲁晚报 张晓鹏,王本朋", credits("(齐鲁晚报·齐鲁壹点记者 张晓鹏 通讯员 王本朋)"), "an outlet and its app");
        assertEquals("REPORTER@某某新闻网 朱海丹", credits("某某新闻网(记者 朱海丹)11月18日报道 今天下午,启动仪式举行。"));
        assertEquals("REPORTER@某某晚报 吕洋", credits("本报讯 某某晚报、某某客户端记者吕洋报道 即日起,某市警方开展行动。"), "the paper, not its app");
    }

    @Test
    void authorsSignaturesAndAffiliations() {
        assertEquals("REPORTER 王泽民", credits("作者:王泽民  发布时间:2022-08-10 10:57:34"));
        assertEquals("REPORTER 林小舟", credits("文/林小舟"));
        assertEquals(
                "REPORTER 陈小琦; REPORTER 陈颖,陈小琦",
                credits("文字:陈颖 通讯员陈小琦"),
                "the words' credit (beside the pictures'), and the correspondent's in it");
        assertEquals("REPORTER 金果园", credits("2016-09-21 01:50:59文◎金果园*"));
        assertEquals("REPORTER 郑华", credits("■郑华"));
        assertEquals("REPORTER 蔡宜君", credits("蔡宜君(法務部研究中心副研究員)"));
    }

    @Test
    void editorsAndTheirReviewCredits() {
        assertEquals("EDITOR 王一林", credits("责编:王一林"));
        assertEquals("EDITOR 朱小葳", credits("编辑/朱小葳"));
        assertEquals("EDITOR 王小开", credits("编辑丨王小开"), "a public account's separator");
        assertEquals(
                "REPORTER 庞小莹; EDITOR 杨普", credits("编辑:杨普  记者:庞小莹"), "the editor's names end at the reporter's credit");
        assertEquals("EDITOR 赖柳华", credits("责任编辑:赖柳华 SN244"), "a staff code after the name");
        assertEquals("EDITOR 陳言之", credits("時間:2023-09-22 21:13來源:法治日報責任編輯:陳言之"), "as printed");
        assertEquals("EDITOR 孔繁星", credits("復審:孔繁星"));
        assertEquals("", credits("责任编辑:编辑"), "a placeholder is no name");
        assertEquals("", credits("责任编辑:"));
    }

    @Test
    void aTimeOrAnActionAfterTheRoleWordIsNoName() {
        assertEquals("", credits("記者凌晨6時左右抵達法院門前,法警已在現場。"));
        assertEquals("", credits("记者近日走访了多个社区。"));
        assertEquals("REPORTER 凌志军", credits("记者 凌志军"), "a surname that begins a time word is still a surname");
    }

    @Test
    void aNameRunIntoThePlaceReportedFrom() {
        assertEquals("REPORTER 王大同", credits("【本報記者王大同屏東報導】鄉公所前晚舉辦餐會。"));
        assertEquals("REPORTER@中華日報 林小美", credits("〔中華日報記者林小美高雄報導〕市府昨天宣布。"));
        assertEquals("REPORTER 王大同", credits("(记者王大同广州报道)"));
        assertEquals("REPORTER@新華報 蘇明", credits("(新華報記者蘇明澳洲悉尼報導)"), "no place begins with 洲");
    }

    @Test
    void aNameRunIntoTheTimestampIsAnAuthorButAPublicationIsNot() {
        assertEquals("REPORTER 张明远", credits("2023-06-25 07:38:21 张明远"));
        assertEquals("", credits("2023-06-25 07:38:21 云南网"), "a publication is the page's source");
        assertEquals("", credits("2021-03-02 10:15 法治日報"));
    }

    @Test
    void photoCreditsAreFoundSoThatNobodyTakesThemForReporters() {
        assertEquals("PHOTOGRAPHER 杨伟明", credits("警务处总警司交代案情。杨伟明摄"));
        assertEquals("PHOTOGRAPHER 陳紹明", credits("展示起獲的工具。(陳紹明攝)"));
        assertEquals("PHOTOGRAPHER 李晓红", credits("记者 李晓红 摄"));
        assertEquals("PHOTOGRAPHER 陳志明", credits("▲警方到場處理。(圖/示意圖,記者陳志明攝)"), "no space after the role word");
    }

    @Test
    void aRoleWordInsideASentenceNamesNobody() {
        assertEquals("", credits("记者从公安部获悉,全国共破获案件8.7万起。"));
        assertEquals("", credits("四川法治报记者近日专访了乐山市委常委。"));
        assertEquals("", credits("记者:请您简要介绍一下去年以来的工作。"));
        assertEquals("", credits("(记者通讯员王)"), "a truncated name is no name");
        assertEquals(List.of(), CreditForms.find("记者 王某某", SCRIPTS::foldToSimplified));
    }
}
