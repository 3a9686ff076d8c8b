package zhengfa.corpus.draft.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FurnitureWordsTest {

    private static String kind(String line) {
        Optional<FurnitureWords.Kind> k = FurnitureWords.of(line, line.codePointCount(0, line.length()));
        return k.map(Enum::name).orElse("none");
    }

    @Test
    void commentPromptsSharingHintsAndReposterNotes() {
        assertEquals("WIDGET", kind("扫一扫在手机打开当前页"));
        assertEquals("WIDGET", kind("阅读数:230 本文字数:1024"));
        assertEquals("WIDGET", kind("我来说两句"));
        assertEquals("WIDGET", kind("已有3人發表了評論"));
        assertEquals("WIDGET", kind("您需要登录后才可以回帖 登录 | 快速注册"));
        assertEquals("WIDGET", kind("原文地址:访问原文地址"));
        assertEquals("WIDGET", kind("繼續閱讀"));
        assertEquals("WIDGET", kind("关注"));
        assertEquals("WIDGET", kind("出版:更新:"), "a template's empty date labels");
        assertEquals("RELATED", kind("相关推荐"));
        assertEquals("RELATED", kind("新聞推薦"));
        assertEquals("RELATED", kind("房地產相關新聞"));
        assertEquals("FOOTER", kind("這篇文章 某某鄉舉辦反詐宣導 最早出現於 某某新聞網。"), "a feed reposter's note");
        assertEquals("none", kind("群众关注的问题得到解决"), "关注 inside a sentence");
        assertEquals("none", kind("村民们纷纷发表意见,支持调解方案"), "a sentence that uses a prompt's words");
        assertTrue(FurnitureWords.isSiteHeader("今天是2025年3月1日,欢迎您访问某某网!"));
    }

    @Test
    void furnitureLines() {
        assertEquals("NAVIGATION", kind("当前位置: 首页 > 新闻中心 > 图片新闻"));
        assertEquals("NAVIGATION", kind(":::"));
        assertEquals("NAVIGATION", kind("跳至主要内容"), "a screen reader's skip link");
        assertEquals("NAVIGATION", kind("您当前的位置: 网站首页 / 法院建设 / 法院文化"));
        assertEquals("NAVIGATION", kind("新闻线索在线提交"));
        assertEquals("RELATED", kind("今日熱門新聞"));
        assertEquals("RELATED", kind("更多内容看这里!"));
        assertEquals("RELATED", kind("上 / 下一篇新聞"));
        assertEquals("RELATED", kind("點擊閱讀下一則新聞"));
        assertEquals("WIDGET", kind("文本大小:"));
        assertEquals("WIDGET", kind("  字号:[ ]  [我要打印][关闭] 视力保护色:"));
        assertEquals("ADVERTISEMENT", kind("- Advertisement -"));
        assertEquals("NAVIGATION", kind("相關字詞﹕某某媒體 澳門 編輯推介"), "a page's tags");
        assertEquals("MARKUP", kind("7 U- d) d1 r* s! L5 ^( L"), "a forum's anti-copy noise");
        assertEquals("none", kind("A B C D E F G"), "letters alone are no noise");
        assertEquals("FOOTER", kind("有新闻想爆料?请登录某某网呼叫中心、拨打新闻热线0371-65830000"));
        assertEquals("FOOTER", kind("地址:某某县某某镇某某路73号"));
        assertEquals("FOOTER", kind("文章来源:http://news.example.com/2018/0502/4373828.shtml"));
        assertEquals("FOOTER", kind("自動輪播廣告(右)橫式1欄"));
        assertEquals("WIDGET", kind("打印 上一主题 下一主题"));
        assertEquals("WIDGET", kind("留言与评论(共有 0 条评论)"));
        assertEquals("WIDGET", kind("立即訂閱某某中文電子報"));
        assertEquals("NAVIGATION", kind("某某地方檢察署:回首頁"));
        assertEquals("NAVIGATION", kind("關鍵詞:"));
        assertEquals("RELATED", kind("相关文档:"));
        assertEquals("none", kind("严查虚假广告"));
        assertEquals("MARKUP", kind("3]xnKb|W"), "one scrambled token of a forum's anti-copy noise");
        assertEquals("none", kind("COVID-19"));
        assertEquals("WIDGET", kind("分享讓更多人看到"));
        assertEquals("WIDGET", kind("打印文章   發送給我好友"));
        assertEquals("RELATED", kind("相关栏目推荐"));
        assertEquals("FOOTER", kind("文章部分內容來源於網絡,如果侵犯到您的隱私、權益,請點擊檢舉按鈕舉報,網站將在第一時間進行處理"));
        assertEquals("none", kind("地址不详的老人终于回家了"));
        assertEquals("NAVIGATION", kind("所在位置: 平安建设"), "a breadcrumb's label, whatever trail follows");
        assertEquals("NAVIGATION", kind("您現在的位置:首頁 - 社會新聞"));
        assertEquals("NAVIGATION", kind("【社會新聞】"), "a column's label alone in brackets");
        assertEquals("NAVIGATION", kind("首页 > 县区 某县公安分局:走访大街小巷宣传 打击跨境网络赌博"), "a headline run into its trail");
        assertEquals("NAVIGATION", kind("专题:2007年国际禁毒日"));
        assertEquals("NAVIGATION", kind("移動客戶端"));
        assertEquals("WIDGET", kind("分享到:"));
        assertEquals("WIDGET", kind("字体大小:【大 中 小】"));
        assertEquals("WIDGET", kind("浏览次数:555"));
        assertEquals("WIDGET", kind("20694"));
        assertEquals("WIDGET", kind("星期一"));
        assertEquals("WIDGET", kind("您好!今天是"), "a greeting whose date the scraper lost");
        assertEquals("WIDGET", kind("字體: 放大 還原 縮小"));
        assertEquals("WIDGET", kind("分享到：微信 微博"), "the networks a share button names");
        assertEquals("NAVIGATION", kind("官方微信 官方微博"));
        assertEquals("NAVIGATION", kind("設為主頁收藏本頁"));
        assertEquals("RELATED", kind("今日導讀"));
        assertEquals("none", kind("今天是全民国家安全教育日"), "a headline that starts with the words");
        assertEquals("WIDGET", kind("本篇文章375字,读完约1分钟"));
        assertEquals("WIDGET", kind("發(fā)表評論】   關(guān)閉窗口"), "a mirror's pinyin glosses are read through");
        assertEquals("RELATED", kind("相关阅读"));
        assertEquals("RELATED", kind("下一篇:"));
        assertEquals("FOOTER", kind("Copyright 2015 www.example.com All Rights Reserved 京ICP備 12345678號-1"));
        assertEquals("FOOTER", kind("地址:http://www.example.com/news/1.html"));
        assertEquals("FOOTER", kind("1、本网站所登载之内容,不论原创或转载,皆以传播传递信息为主,不做任何商业用途。"));
        assertEquals("FOOTER", kind("某某经济网建设声明:"));
        assertEquals("ADVERTISEMENT", kind("ADVERTISEMENT"));
        assertEquals("MARKUP", kind("• <tr id=\"x1\"></tr>"));
    }

    @Test
    void articleLinesWithSuchWordsAreNotFurniture() {
        assertEquals("none", kind("司法公开视域中的法院网站透视"));
        assertEquals("none", kind("公安部发布最新数据"));
        assertEquals("none", kind("民警赶到事发位置:一处废弃厂房"), "a position in a sentence is no breadcrumb");
        assertEquals("none", kind("被告人未经授权擅自使用他人账户转移资金,数额巨大,其行为已构成犯罪。"));
        assertEquals("none", kind("01"), "a section number is no counter");
        // written for this test: a page run onto one line, whose article speaks of privacy and consent
        String paragraph = "前天下午,市中级人民法院开庭审理一起诈骗案。因案件涉及个人隐私,法院决定不公开审理。" + "被害人表示,她同意法院的决定,但希望了解案件进展。".repeat(5);
        assertEquals("none", kind(paragraph), "a paragraph speaking of 隐私 and 同意");
        assertNotEquals("none", kind("我们使用Cookie改善您的体验,继续浏览即表示您同意我们的隐私政策。"), "a privacy notice");
        assertEquals("none", kind("發布日期:"), "an empty date label is metadata");
        assertEquals("none", kind("【本報訊】"), "a desk's credit");
    }

    @Test
    void aDigitalEditionsNameIsTheSitesHeader() {
        assertTrue(FurnitureWords.isSiteHeader("某江法制报 数字报纸"));
        assertTrue(FurnitureWords.isSiteHeader("北京青年报"), "a paper's name alone");
        assertFalse(FurnitureWords.isSiteHeader("关于某某违纪问题的情况通报"), "a headline's word");
        assertTrue(FurnitureWords.isSiteHeader("某某日報電子版"));
        assertFalse(FurnitureWords.isSiteHeader("某某法制报数字报纸上线一周年"));
    }
}
