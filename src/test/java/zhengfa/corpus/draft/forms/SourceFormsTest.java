package zhengfa.corpus.draft.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SourceFormsTest {

    private static String sources(String line) {
        return String.join(
                "; ",
                SourceForms.find(line).stream()
                        .map(m -> m.form() + " " + m.name())
                        .toList());
    }

    @Test
    void labelsWiresDesksAndIssues() {
        assertEquals("LABEL 北方法制报", sources("来源:北方法制报"));
        assertEquals("AFTER_TIMESTAMP 某某网", sources("2018-11-16 17:02:00    某某网  参与评论()人"));
        assertEquals("LABEL 金华日报", sources("发布时间: 2023-03-17 17:29 来源: 金华日报   浏览次数:"));
        assertEquals("LABEL 法治日報", sources("時間:2023-09-22 21:13來源:法治日報責任編輯:陳言"));
        assertEquals("WIRE 新华社", sources("新华社北京6月24日电 国家禁毒委员会办公室24日说"));
        assertEquals("WIRE 經濟通通訊社", sources("《經濟通通訊社22日專訊》已解散的學生組織前召集人"));
        assertEquals("DESK 某市广电全媒体", sources("某市广电全媒体讯(通讯员 李明)近日,某县公安局开展夜查行动"));
        assertEquals("LABEL 福建某某消防", sources("来 源:福建某某消防 责任编辑:张明"), "a label spaced out");
        assertEquals("LABEL 广州某某公安", sources("来源丨广州某某公安"), "a public account's separator");
        assertEquals("LABEL 新华网、人民网", sources("来源丨综合自新华网、人民网"), "what a page compiled from, without 综合自");
        assertEquals("LABEL 综合新闻网", sources("来源:综合新闻网"));
        assertEquals("WIRE 新華社", sources("   據新華社北京10月24日電 記者從公安部獲悉"));
        assertEquals("WIRE 中新社", sources("【中新社雲南德宏十一月二十七日電】(蕭林)邊境管理支隊通報稱"));
        assertEquals("DESK 辽宁长安网", sources("辽宁长安网讯 2月24日,某县政法工作会议召开。"));
        assertEquals(
                "DESK 每日某某网; REPORTER_OF 每日某某网",
                sources("每日某某网天水讯(新某某·每日某某网记者刘东亮)近日,某分局破获一起案件。"),
                "a desk line with its place");
        assertEquals("WIRE 中新网", sources("中新网 拉萨12月5日电 (某某)某某启动仪式4日举办。"));
        assertEquals("WIRE 央广网", sources("央广网拉萨11月16日消息(记者某某)今天上午,发布会召开。"));
        assertEquals("CLOSING_OUTLET 中央社", sources("二審由最高行政法院審理,今天駁回上訴,全案確定。(中央社)"));
        assertEquals("WIRE 大西北網", sources("大西北網12月16日訊 某市紀委日前公布的統計數據顯示"));
        assertEquals("WIRE 某某網", sources("【某某網2013年03月24日訊】某地偷車男子已被控上法庭"), "a wire dateline with its year");
        assertEquals("AFTER_TIMESTAMP 某某在线", sources("某某在线     发布时间:2019-04-21"));
        assertEquals(
                "REPORTED_BY 西部商报",
                sources("中国某某网4月8日讯 据西部商报报道(记者 李东朝)为赶时间,一名旅客报警。"),
                "the paper the portal reports after, not the portal");
        assertEquals("", sources("據某某晨報報導,上週四下午警方在某路口截停一輛車。"), "a sentence citing a paper does not reprint it");
        assertEquals("WIRE 扬子晚报网", sources("扬子晚报网3月21日讯(通讯员 秦公轩 记者 陈勇)近日,某分局破获一起案件。"));
        assertEquals("ISSUE 中國檢察官", sources("中國檢察官 2016年16期"));
        assertEquals("BEFORE_TIMESTAMP 福建检察", sources("福建检察 2021-02-03 11:57:40"));
        assertEquals("COPYRIGHT 法治日报", sources("本网站所有内容属《法治日报》所有,未经许可不得转载。"));
    }

    @Test
    void photoCreditsPlaceholdersAndOwnPapersAreNoSource() {
        assertEquals("", sources("图片来源:视觉中国"));
        assertEquals("", sources("圖片素材來源:廉政公署影片截圖"));
        assertEquals("", sources("本报讯 (记者 张明远)"));
        assertEquals("", sources("【本報訊】電話騙案手法層出不窮"));
        assertEquals("", sources("凡本网注明“来源:***(非本网)”的作品,均转载自其它媒体"));
        assertEquals("", sources("来源:本站"));
        assertEquals("", sources("警方獲得大陸回報訊息,布線查緝,發現這個集團剛進口一百五十公斤毒品"), "訊息 is a message, not a desk line");
        assertEquals("", sources("发布时间:2024-11-18 15:30:14 来源: sp20241118"), "a publishing system's token");
        assertEquals("", sources("2018-01-29 10:16:00  来源:"));
    }

    @Test
    void aReprintMarkAnAddressAPictureCreditAndSpamAreNoPublication() {
        assertEquals("LABEL 某市公安局某某派出所", sources("来源:轉載自某市公安局某某派出所"));
        assertEquals("LABEL 某市公安局某某派出所", sources("来源:转载自某市公安局某某派出所"));
        assertEquals("", sources("来源:http://www.example.cn/a/1.html"));
        assertEquals("", sources("来源:本站原创"));
        assertEquals("", sources("来源:视频截图"));
        assertEquals("", sources("来源:天下足球网_bob体育客户端-比分"));
        assertEquals("", sources("来源:某某足球直播间"));
        assertEquals("LABEL 某某体育报", sources("来源:某某体育报"), "a sports paper is a publication");
    }
}
