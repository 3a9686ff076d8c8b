package zhengfa.corpus.draft.forms;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of page furniture, in both scripts: navigation and breadcrumbs, the widgets around an
 * article (share, print, font size, counters, comment and report forms, players), related-article
 * headings, footers (copyright, ICP numbers, disclaimers, contact lines), advertisement
 * placeholders and stray markup. What a line with such words is, given where it stands, is the
 * line classifier's business.
 */
public final class FurnitureWords {

    private FurnitureWords() {}

    public enum Kind {
        NAVIGATION,
        WIDGET,
        RELATED,
        FOOTER,
        ADVERTISEMENT,
        MARKUP
    }

    /** A pinyin gloss some mirrors insert after characters: 據(jù), 網(wǎng). */
    private static final Pattern GLOSS = Pattern.compile("\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}\\)");

    private static final Pattern MARKUP = Pattern.compile("^[\\s•·\\-*]*(?:</?[a-zA-Z][^<>]{0,80}>\\s*)+[\\s•·\\-*]*$");
    private static final Pattern ADVERTISEMENT = Pattern.compile(
            "^[-–—\\s]*(?:ADVERTISEMENT|Advertisement|advertisement|广告|廣告|推广|推廣|Sponsored|赞助|贊助)[-–—\\s]*$");
    /** A forum's anti-copy noise: short runs of ASCII letters and symbols, no word of any language (7 U- d) d1 r* s! L5). */
    private static final Pattern NOISE = Pattern.compile("^\\s*(?:[!-~]{1,3}\\s+){5,}[!-~]{1,3}\\s*$");
    /** One scrambled token of it: 3]xnKb|W, {&w%3 (letters and symbols, no word, no number). */
    private static final Pattern NOISE_TOKEN = Pattern.compile("^\\s*(?=[!-~]*[A-Za-z])[!-~]{4,12}\\s*$");
    /** Footer words no article sentence uses. */
    private static final Pattern FOOTER = Pattern.compile(
            "版权所有|版權所有|Copyright|copyright|COPYRIGHT|©|ICP备|ICP備|ICP证|ICP證|公网安备|公網安備|免责声明|免責聲明|本网站所刊载|本網站所刊載|本网站所登载|本網站所登載"
                    + "|本网原创之作品|本網原創之作品|有关作品版权|有關作品版權"
                    + "|凡本网注明|凡本網注明|本網站有權|本网站有权|不良信息举报|不良信息舉報|违法和不良|網上傳播視聽|网上传播视听|信息网络传播视听|本文来源|本文來源|Powered by|powered by"
                    + "|(?:未经|未經)(?:授权|授權|许可|許可).{0,10}?(?:转载|轉載|复制|複製|摘编|摘編|镜像|鏡像)|(?:禁止|不得)(?:转载|轉載)"
                    + "|有新闻想爆料|有新聞想爆料|爆料信箱|爆料热线|爆料熱線|新闻热线|新聞熱線|Comments are closed|所转载内容|所轉載內容"
                    + "|轮播广告|輪播廣告|广告位|廣告位|广告招租|廣告招租|如有侵权|如有侵權|侵犯到您的|侵权请联系|侵權請聯繫"
                    + "|有害信息举报|有害信息舉報|最早出现于|最早出現於");
    /** Footer words an article may also use (未经授权 is a crime's wording too): only in a short line. */
    private static final Pattern FOOTER_SHORT = Pattern.compile("转载请注明|轉載請註明|联系我们|聯絡我們|聯繫我們|关于我们|關於我們|網站簡介|网站简介"
            + "|广告服务|廣告服務|帮助信息|幫助信息|主编信箱|主編信箱|技术支持[:：]|技術支持[:：]|技術支援[:：]|主办单位|主辦單位|承办单位|承辦單位|主办[:：]|主辦[:：]"
            + "|网站地图|網站地圖|版权声明|版權聲明|隐私政策|隱私政策|使用条款|使用條款|网站声明|網站聲明|网建设声明|網建設聲明|网站备案|備案號|备案号|主管单位|主管單位"
            + "|联系电话|聯絡電話|投稿邮箱|投稿信箱|网站标识码|網站標識碼|政府网站找错|建议使用|分辨率|最佳浏览|最佳瀏覽|^地址[:：]|^地址 [:：]");

    private static final Pattern RELATED = Pattern.compile(
            "^[>》»\\-\\s|｜]*(?:相关阅读|相關閱讀|相关新闻|相關新聞|相关报道|相關報導|相關報道|相关文章|相關文章|推荐阅读|推薦閱讀|推荐新闻|推薦新聞|热门推荐|熱門推薦"
                    + "|热点新闻|熱點新聞|延伸阅读|延伸閱讀|更多新闻|更多新聞|精彩推荐|精彩推薦|猜你喜欢|猜你喜歡|\\p{IsHan}{2,4}新闻精选|\\p{IsHan}{2,4}新聞精選"
                    + "|热门文章|熱門文章|最新文章|最新新闻|最新新聞|排行榜|点击排行|點擊排行|上一篇|下一篇|上一条|下一條|下一条|上一條"
                    + "|编辑推荐|編輯推薦|热点推荐|熱點推薦|精彩图片|精彩圖片|图片新闻|圖片新聞|相关链接|相關鏈接|友情链接|友情鏈接"
                    + "|今日导读|今日導讀|今日推荐|今日推薦|昔日新闻|昔日新聞|往日新闻|往日新聞|更多内容|更多內容|更多精彩"
                    + "|(?:今日|今週|本週|本周|今日全國|今日全国)?(?:热门新闻|熱門新聞)|上\\s*/\\s*下一篇|(?:点击|點擊)?(?:阅读|閱讀)下一[则則]|下一[则則](?:新闻|新聞)"
                    + "|相关文档|相關文檔|相关栏目|相關欄目|相关推荐|相關推薦|新闻推荐|新聞推薦|相关热词|相關熱詞|其他动态|其他動態"
                    + "|\\p{IsHan}{2,4}(?:相关新闻|相關新聞)"
                    + "|更多\\p{IsHan}{0,4}(?:新闻|新聞|资讯|資訊|报道|報導))[:：]?");
    /** Words of the controls around an article; a line is a widget when little else is left. */
    private static final Pattern WIDGET = Pattern.compile(
            "分享让更多人看到|分享讓更多人看到|分享到|分享|打印本页|打印本頁|打印|列印|字体大小|字體大小|字号|字號|字体|字體|字型大小|字型|收藏|点赞|點讚|點贊|发表评论|發表評論|我要评论|我要評論"
                    + "|评论|評論|我要纠错|纠错|糾錯|检举类型|檢舉類型|检举|檢舉|举报|舉報|具体描述|具體描述|提交|取消|关闭窗口|關閉窗口|关闭|關閉"
                    + "|浏览次数|瀏覽次數|浏览量|瀏覽量|浏览|瀏覽|阅读量|閱讀量|阅读数|閱讀數|点击数|點擊數|点击量|點擊量|點閱率|点阅率|資料點閱次數|點閱次數|次浏览|次瀏覽"
                    + "|查看更多|下载|下載|扫一扫|掃一掃|二维码|二維碼|复制链接|複製連結|返回顶部|回到顶部|返回頂部|頂部|顶部|发布|發佈|發布|登录|登錄|注册|註冊"
                    + "|参与互动|參與互動|分享至|微信扫一扫|手机扫一扫|扫码|掃碼|阅读原文|閱讀原文|返回列表|上一页|下一页|上一頁|下一頁|网友评论|網友評論"
                    + "|用户名|用戶名|密码|密碼|验证码|驗證碼|搜索|搜尋|站内搜索|高级搜索|关怀版|長者模式|长者模式|无障碍阅读|字号调整|点击|點擊|次数|次數"
                    + "|Loading|loading|加载中|載入中|触屏版|觸屏版|电脑版|電腦版|即日新闻|即日新聞|即时新闻|即時新聞|转发|轉發|条评论|條評論|人参与|人參與|查看全文|共\\d+[页頁]|\\d+[条條]|^图片$|^圖片$|^视频$|^視頻$|查看图库|查看圖庫|图库|圖庫|必填项|必填項|此页面有问题吗|此頁面有問題嗎|帮助我们改进|幫助我們改進|意见反馈|意見反饋"
                    + "|今天是|今日是|您好[!！,，]?|你好[!！,，]?|欢迎您|歡迎您|欢迎访问|歡迎訪問|欢迎光临|歡迎光臨"
                    + "|放大|缩小|縮小|还原|還原|收藏本页|收藏本頁|社交网站|社交網站|文本大小|视力保护色|視力保護色|我要打印|按讚追蹤|按赞追踪"
                    + "|页面载入中|頁面載入中|页面加载中|頁面加載中|上一主题|下一主题|上一主題|下一主題|跳转到指定楼层|跳轉到指定樓層|只看该作者|只看該作者"
                    + "|留言与评论|留言與評論|立即订阅|立即訂閱|订阅即表示|訂閱即表示|电子报|電子報|免费订阅|免費訂閱|手机报|手機報"
                    + "|发送给我好友|發送給我好友|打印文章|只需一步|快速开始|快速開始"
                    + "|在手机打开当前页|在手機打開當前頁|在手机上查看当前页面|在手機上查看當前頁面|本文字数|本文字數"
                    + "|继续阅读|繼續閱讀|阅读剩余全文|閱讀剩餘全文|展开全文|展開全文|打开网易新闻|打開網易新聞"
                    + "|我来说两句|我來說兩句|发表意见|發表意見|本文留言|张贴留言|張貼留言|没有留言|沒有留言|匿名发表|匿名發表|隐藏IP地址|隱藏IP地址"
                    + "|您需要登录后才可以回帖|您需要登錄後才可以回帖|快速注册|快速註冊|最佳回答|留言反馈|留言反饋|发表了评论|發表了評論"
                    + "|文章预览|文章預覽|访问原文地址|訪問原文地址|原文地址|快照地址|访问文章快照|訪問文章快照|找不到相关内容|找不到相關內容|^关注$|^關注$"
                    + "|(?<=分享到|分享至|分享|分享到[:：]|分享至[:：])[\\s:：]*(?:微信|微博|朋友圈|QQ空间|QQ空間|QQ|抖音|今日头条|今日頭條|Facebook|Line|LINE)"
                    + "(?:[\\s、|｜]*(?:微信|微博|朋友圈|QQ空间|QQ空間|QQ|抖音|今日头条|今日頭條|Facebook|Line|LINE))*");
    /** What widget and navigation lines hold besides their words: 【大 中 小】, separators, counts. */
    private static final Pattern FILLER = Pattern.compile("[大中小【】\\[\\]:：|｜/>》»›\\-\\s\\d,.()（）]");

    private static final Pattern READING_TIME = Pattern.compile("读完约|讀完約|阅读时间|閱讀時間|预计阅读|預計閱讀|本篇文章\\d+字");
    private static final Pattern NAVIGATION =
            Pattern.compile("首页|首頁|网站首页|網站首頁|回首页|回首頁|当前位置|當前位置|您的位置|你的位置|您现在的位置|现在位置|所在位置|位置|导航|導航|设为主页|設為主頁|收藏本页|收藏本頁"
                    + "|按Enter到主內容區|跳到主要內容|跳至主要內容|跳至主要内容|跳至内容|跳至內容|跳过导航|跳過導航|跳到主要内容|无障碍|無障礙|设为首页|設為首頁|加入收藏|在线投稿|在線投稿|在线提交|在線提交|新闻线索|新聞線索|手机版|手機版|移动版|繁體|简体|簡體|繁体"
                    + "|English|返回|主页|主頁|目錄|目录|登录|登錄|注册|註冊|正文|客户端|客戶端|官方微信|官方微博|微信|微博|APP|App"
                    + "|上一版|下一版|本版导航|各版导航|视觉导航|標題導航|标题导航|版面导航|查看本版大图|选择其他日期的报纸|往期回顾|往期回顧|数字报|數字報");
    private static final Pattern BREADCRUMB =
            Pattern.compile(".{0,20}(?:>|›|»|》|＞|→)\\s*.{1,24}(?:(?:>|›|»|》|＞|→)\\s*.{1,24})*");
    private static final Pattern SYMBOLS = Pattern.compile("^[\\p{P}\\p{S}\\s]+$");
    /** A column's label alone in brackets: 【社會新聞】, [法治在线] (a desk's 【本報訊】 is a credit). */
    private static final Pattern COLUMN_LABEL = Pattern.compile("^[【\\[〔〖](?<label>\\p{IsHan}{2,8})[】\\]〕〗]$");
    /** A trail from the home page, whatever follows it (首页 > 县区 驻马店…: a headline run into its breadcrumb). */
    /** A site's name and a link home: 福建連江地方檢察署:回首頁. */
    private static final Pattern BACK_HOME = Pattern.compile("[:：|｜]\\s*(?:回首页|回首頁|返回首页|返回首頁)\\s*$");

    private static final Pattern HOME_TRAIL =
            Pattern.compile("^(?:首页|首頁|主页|主頁|网站首页|網站首頁|Home|HOME)\\s*(?:>|›|»|》|＞|→|/|\\||｜)");
    /** A breadcrumb's label, whatever trail follows it (所在位置: 党史学习教育, 您現在的位置:新聞 - 社會). */
    private static final Pattern POSITION_LABEL =
            Pattern.compile("^(?:当前|當前|您的|你的|您现在的|您現在的|您当前的|您當前的|当前的|當前的|现在|現在|所在|您目前的|您所在的)?(?:位置|栏目|欄目)\\s*[:：]");

    private static final Pattern PRIVACY =
            Pattern.compile("(?:隐私|隱私|cookie|Cookie).*(?:同意|规范|規範|政策|声明|聲明)|(?:同意).*(?:隐私|隱私)");
    private static final Pattern TOPIC =
            Pattern.compile("^(?:专题|專題|专栏|專欄|栏目|欄目|频道|頻道|标签|標籤|相关字词|相關字詞|关键词|關鍵詞|关键字|關鍵字|Tags?)\\s*[:：﹕]");
    private static final Pattern URL_LINE =
            Pattern.compile("^(?:(?:地址|网址|網址|链接|鏈接|原文链接|原文鏈接|本文链接|本文網址|文章来源|文章來源|原文地址)[:：]?\\s*)?https?://\\S+$");
    /** A view count (20694, 1,379): three figures or more; 01 and 02 number sections. */
    private static final Pattern NUMBER = Pattern.compile("^\\d[\\d,，.]{2,9}$");
    /** A date label with nothing after it (發布日期:): the page's metadata, empty, not a widget. */
    private static final Pattern EMPTY_DATE_LABEL = Pattern.compile("^(?:发布|發布|發佈|更新|出版)(?:时间|時間|日期)\\s*[:：]?\\s*$");
    /** Two or more date labels with nothing after them (出版:更新:): a page template's empty metadata. */
    private static final Pattern EMPTY_DATE_LABELS =
            Pattern.compile("^(?:(?:发布|發布|發佈|更新|出版)(?:时间|時間|日期)?\\s*[:：]\\s*){2,}$");

    private static final Pattern WEEKDAY = Pattern.compile("^(?:星期|週|周|礼拜|禮拜)[一二三四五六日天]$");

    /** The line without the pinyin glosses of a mirror, for matching words. */
    public static String withoutGlosses(String line) {
        return GLOSS.matcher(line).replaceAll("");
    }

    public static boolean isMarkup(String line) {
        long symbols = line.chars()
                .filter(c -> "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0)
                .count();
        return MARKUP.matcher(line).matches()
                || NOISE.matcher(line).matches() && symbols >= 3
                || NOISE_TOKEN.matcher(line).matches()
                        && symbols >= 2
                        && !line.strip().matches("(?i)^(?:https?|www|[\\w.-]+@).*|.*\\.(?:html?|php|aspx?|jpe?g|png)$");
    }

    public static boolean isAdvertisement(String line) {
        return ADVERTISEMENT.matcher(line.strip()).matches();
    }

    public static boolean hasFooterWords(String line, int length) {
        return FOOTER.matcher(line).find()
                || length <= 40 && FOOTER_SHORT.matcher(line).find();
    }

    public static boolean isRelatedHeading(String line) {
        return RELATED.matcher(line).lookingAt() && line.length() <= 40;
    }

    /**
     * A short line of widget words with at most a few characters left (分享到:, 字体大小:【大 中 小】,
     * 浏览次数:555), a counter (20694), a weekday (星期一), a reading-time note or a privacy banner.
     */
    /** The longest line a privacy notice, a reading time or a read-aloud button is taken to fill alone. */
    private static final int WIDGET_LINE = 150;

    public static boolean isWidget(String line, int length) {
        if (EMPTY_DATE_LABEL.matcher(line).matches()) {
            return false;
        }
        return length <= 30 && WIDGET.matcher(line).find() && hanLeft(WIDGET, line) <= 3
                || NUMBER.matcher(line).matches()
                || WEEKDAY.matcher(line).matches()
                || EMPTY_DATE_LABELS.matcher(line.strip()).matches()
                // a longer line with these words is an article's paragraph (a court hears a case in private,
                // 隐私, with the parties' consent, 同意), or article text and a widget run together, which
                // stays article text
                || length <= WIDGET_LINE
                        && (PRIVACY.matcher(line).find()
                                || READING_TIME.matcher(line).find()
                                || line.contains("聽新聞")
                                || line.contains("听新闻"));
    }

    /** Navigation words with little else (首页 > 新闻中心), a breadcrumb trail, symbols (:::), a topic label, a bare link. */
    /** A link line (地址:http://…): the page's address printed at its foot. */
    public static boolean isUrlLine(String line) {
        return URL_LINE.matcher(line).matches();
    }

    /** Steps of a breadcrumb trail before whatever ends it: 某县头条 > 某县新闻 > …(a headline run into it, perhaps). */
    private static final Pattern TRAIL_STEPS = Pattern.compile("^(?:[^>›»＞]{1,12}\\s*[>›»＞]\\s*)+[^>›»＞]+$");

    /** A line that runs a breadcrumb trail's steps, whatever the last step holds: neither a headline nor a paragraph. */
    public static boolean isTrail(String line) {
        return TRAIL_STEPS.matcher(line).matches();
    }

    public static boolean isNavigation(String line, int length) {
        return length <= 40
                        && NAVIGATION.matcher(line).find()
                        && hanLeft(NAVIGATION, line) <= 8
                        && hanLeft(NAVIGATION, line) * 2 < length
                || BREADCRUMB.matcher(line).matches()
                        && length <= 80
                        && (line.contains("首页")
                                || line.contains("首頁")
                                || line.contains("位置")
                                || line.contains(">>")
                                || line.chars().filter(c -> c == '>').count() >= 2)
                || SYMBOLS.matcher(line).matches()
                || TOPIC.matcher(line).find()
                || URL_LINE.matcher(line).matches()
                || length <= 60 && POSITION_LABEL.matcher(line).find()
                || length <= 100 && HOME_TRAIL.matcher(line).find()
                || columnLabel(line)
                || length <= 40 && BACK_HOME.matcher(line).find();
    }

    private static boolean columnLabel(String line) {
        Matcher m = COLUMN_LABEL.matcher(line.strip());
        return m.matches() && !m.group("label").matches(".*(?:讯|訊|电|電)$");
    }

    private static int hanLeft(Pattern words, String line) {
        return (int) FILLER.matcher(words.matcher(line).replaceAll(""))
                .replaceAll("")
                .codePoints()
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                .count();
    }

    /** The first kind the line's words show, in the order markup, advertisement, footer, related, widget, navigation. */
    public static Optional<Kind> of(String line, int length) {
        String plain = withoutGlosses(line);
        if (isMarkup(plain)) {
            return Optional.of(Kind.MARKUP);
        }
        if (isAdvertisement(plain)) {
            return Optional.of(Kind.ADVERTISEMENT);
        }
        if (hasFooterWords(plain, length) && length <= 160 || isUrlLine(plain)) {
            return Optional.of(Kind.FOOTER);
        }
        if (isRelatedHeading(plain)) {
            return Optional.of(Kind.RELATED);
        }
        if (isWidget(plain, length)) {
            return Optional.of(Kind.WIDGET);
        }
        if (isNavigation(plain, length)) {
            return Optional.of(Kind.NAVIGATION);
        }
        return Optional.empty();
    }

    /**
     * An institution's or a site's name alone on a line: 某某县人民政府, 某某市中级人民法院, 某某网, 某某青年报 (a paper's
     * name, not 情况通报 or 喜报, which are headlines' words).
     */
    private static final Pattern NAME_ALONE = Pattern.compile(
            "^[\\p{IsHan}·]{2,18}(?:人民政府|人民法院|人民检察院|检察院|檢察院|公安局|公安厅|公安廳|司法局|政法委|政法委员会|政法委員會|委员会|委員會|门户网站|門戶網站"
                    + "|政府网|政府網|新闻网|新聞網|长安网|長安網|在线|在線|网站|網站|网|網|频道|頻道|客户端|客戶端|论坛|論壇"
                    + "|日报|日報|晚报|晚報|时报|時報|青年报|青年報|法制报|法制報|法治报|法治報|商报|商報|都市报|都市報|早报|早報)$");

    /** A paper's digital edition named as its site: 某某法制报 数字报纸, 某某日報電子版. */
    private static final Pattern DIGITAL_EDITION =
            Pattern.compile("^\\p{IsHan}{2,12}(?:报|報|刊)\\s*(?:数字报纸|數字報紙|数字报|數字報|电子报|電子報|数字版|數字版|电子版|電子版)$");

    /** A site's own header or title bar: 某某网 主办, 《某报》官方网站, 标题 | 网站名, a site's name alone. */
    public static boolean isSiteHeader(String line) {
        return NAME_ALONE.matcher(line.strip()).matches()
                || DIGITAL_EDITION.matcher(line.strip()).matches()
                || line.matches("^(?:欢迎访问|欢迎光临|歡迎訪問|歡迎光臨|欢迎来到|歡迎來到).*")
                || line.length() <= 40 && line.matches("^今[天日]是.{0,24}(?:欢迎|歡迎).*")
                || line.matches(".*(?:主管|主办|主辦|官方网站|官方網站|官网|官網)\\s*$")
                || line.matches(".*(?:主管|主办|主辦).*《.+》.*")
                || line.matches(".+\\s[|｜_\\-–—]\\s*\\S.*(?:网|網|报|報|社|台|News|Press|Daily|Times|News).*");
    }
}
