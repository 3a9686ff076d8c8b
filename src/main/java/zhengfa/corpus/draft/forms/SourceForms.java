package zhengfa.corpus.draft.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a line credits the publication an article comes from: 来源:X (and 稿源, 出处, 本文来源, 转自),
 * a wire dateline (新华社北京6月24日电, 中新网广州7月2日电), a desk line (辽宁长安网讯), a magazine's
 * issue line (中国检察官 2016年16期) and the name before a timestamp (X 2021-02-03 11:57:40).
 * Photo credits (图片来源:X) and placeholders (本站, 原创, ***) are not publications.
 */
public final class SourceForms {

    private SourceForms() {}

    public enum Form {
        /** 来源:X. */
        LABEL,
        /** 新华社北京6月24日电. */
        WIRE,
        /** 辽宁长安网讯 at the start of the lede. */
        DESK,
        /** 中国检察官 2016年16期. */
        ISSUE,
        /** 中国甘肃网4月8日讯 据西部商报报道: the paper a portal's dateline says it reports after, the origin. */
        REPORTED_BY,
        /** …全案確定。(中央社): an agency's name in brackets closing a paragraph. */
        CLOSING_OUTLET,
        /** X 2021-02-03 11:57:40: a name printed before the time on a dateline. */
        BEFORE_TIMESTAMP,
        /** 2018-11-16 17:02:00 央广网, 绵阳在线 发布时间:…: an outlet's name printed with the dateline. */
        AFTER_TIMESTAMP,
        /** 本网站所有内容属《X》所有: the publication a copyright footer names. */
        COPYRIGHT,
        /** X记者 inside a sentence (X记者近日专访了…): a weak hint. */
        REPORTER_OF
    }

    /** @param start UTF-16 index in the line where the printed name begins */
    public record Mention(String name, Form form, int start, int end) {}

    private static final String STOP =
            "(?=责任|責任|编辑|編輯|作者|时间|時間|日期|发布(?:时间|日期|于)|發布(?:時間|日期|於)|浏览|瀏覽|点击|點擊|阅读|閱讀|字号|字號|打印|分享|参与|參與"
                    + "|\\d{4}[-/年.]|[\\s:：，,。;；|｜【】\\[\\]()（）]|$)";
    private static final Pattern LABEL = Pattern.compile(
            "(?<photo>(?:图片|圖片|图|圖|照片|视频|視頻|影片)(?:素材)?)?(?:来源|來源|来 源|來 源|稿源|出处|出處|转自|轉自|转载自|轉載自|发文机关|發文機關)\\s*(?:[:：]|丨(?=\\s*\\p{IsHan}))\\s*(?:综合自|綜合自|摘自|转载自|轉載自|转自|轉自|据|據)?(?<name>[^\\s:：，,。;；|｜【】\\[\\]()（）]+?)"
                    + STOP);
    private static final Pattern WIRE = Pattern.compile(
            "(?:^|(?<=[\\s(（)）【\\[《]))(?:据|據)?(?<name>\\p{IsHan}{1,8}(?:社|网|網|报|報|台|客户端|客戶端))\\s?\\p{IsHan}{0,6}?(?:(?:19|20)\\d{2}年)?(?:(?:\\d{1,2}|[一二三四五六七八九十]{1,2})月)?(?:\\d{1,2}|[一二三四五六七八九十]{1,3})日(?:电|電|专讯|專訊|消息|讯|訊)");
    private static final Pattern DESK = Pattern.compile(
            "^[\\s【\\[(（]*(?<name>[\\p{IsHan}\\-－]{2,20}?(?:网|網|报|報|社|台|客户端|客戶端|新闻|新聞|在线|在線|全媒体|全媒體|融媒体|融媒體|融媒|传媒|傳媒))(?:\\p{IsHan}{2,3}?)?(?:快)?(?:讯|訊)(?!息)");
    private static final Pattern ISSUE =
            Pattern.compile("^(?<name>\\p{IsHan}{2,12})\\s+(?:19|20)\\d{2}\\s*年\\s*(?:第\\s*)?\\d{1,2}\\s*期$");
    private static final Pattern BEFORE_TIMESTAMP = Pattern.compile(
            "^(?<name>\\p{IsHan}{2,10})\\s+(?:19|20)\\d{2}[-/.]\\d{1,2}[-/.]\\d{1,2}\\s+\\d{1,2}:\\d{2}");
    private static final Pattern CLOSING_OUTLET =
            Pattern.compile("[。！？!?”」]\\s*[(（](?<name>\\p{IsHan}{1,8}(?:社|报|報|网|網))[)）]\\s*$");
    private static final Pattern REPORTED_BY =
            Pattern.compile("(?:据|據)(?<name>\\p{IsHan}{2,10}(?:报|報|网|網|社|台|客户端|客戶端|新闻|新聞))(?:报道|報導|报导|報道|消息)");
    /** 绵阳在线     发布时间:2019-04-21: an outlet's name before the dateline's label. */
    private static final Pattern BEFORE_DATE_LABEL = Pattern.compile(
            "^\\s*(?<name>\\p{IsHan}{2,10}(?:网|網|报|報|在线|在線|新闻|新聞|客户端|客戶端))\\s+(?:发布时间|發布時間|发布日期|發布日期|时间|時間|日期)\\s*[:：]");

    private static final Pattern AFTER_TIMESTAMP = Pattern.compile(
            "^\\s*(?:19|20)\\d{2}[-/.]\\d{1,2}[-/.]\\d{1,2}\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\s+(?<name>\\p{IsHan}{1,10}(?:网|網|报|報|社|台|新闻|新聞))(?=\\s|$)");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?:版权|版權|所有内容|所有內容|內容版權).{0,12}?《(?<name>[^《》]{2,14})》|《(?<name2>[^《》]{2,14})》.{0,12}?(?:版权所有|版權所有|所有)");
    private static final Pattern REPORTER_OF =
            Pattern.compile("(?<name>\\p{IsHan}{2,10}?(?:报|報|社|网|網|台))[》」]?(?:全媒体|全媒體|融媒体|融媒體)?(?:记者|記者)");

    /** Words printed where a publication's name belongs that name none. */
    private static final Set<String> NOT_A_SOURCE = Set.of(
            "本报", "本報", "本网", "本網", "本台", "本刊", "本站", "原创", "原創", "网络", "網絡", "網路", "互联网", "互聯網", "网友", "網友", "未知",
            "佚名", "综合", "綜合", "转载", "轉載", "其他", "首页", "首頁", "时间", "時間", "日期", "发布", "發布", "来源", "來源", "作者", "编辑", "編輯");

    public static List<Mention> find(String line) {
        List<Mention> found = new ArrayList<>();
        Matcher label = LABEL.matcher(line);
        while (label.find()) {
            if (label.group("photo") == null && publication(label.group("name"))) {
                found.add(new Mention(label.group("name"), Form.LABEL, label.start("name"), label.end("name")));
            }
        }
        Matcher reported = REPORTED_BY.matcher(line);
        boolean reportsAfter = false;
        // only on a portal's dateline (X网4月8日讯 据Y报道): a sentence saying 据Y报道 cites Y, it does not reprint it
        if (reported.find()
                && publication(reported.group("name"))
                && (WIRE.matcher(line).region(0, reported.start()).find()
                        || DESK.matcher(line).region(0, reported.start()).find())) {
            found.add(new Mention(
                    reported.group("name"), Form.REPORTED_BY, reported.start("name"), reported.end("name")));
            reportsAfter = true;
        }
        Matcher wire = WIRE.matcher(line);
        while (wire.find() && !reportsAfter) {
            if (publication(wire.group("name"))) {
                found.add(new Mention(wire.group("name"), Form.WIRE, wire.start("name"), wire.end("name")));
            }
        }
        Matcher desk = DESK.matcher(line);
        if (!reportsAfter && desk.find() && publication(desk.group("name"))) {
            found.add(new Mention(desk.group("name"), Form.DESK, desk.start("name"), desk.end("name")));
        }
        Matcher issue = ISSUE.matcher(line);
        if (issue.find() && publication(issue.group("name"))) {
            found.add(new Mention(issue.group("name"), Form.ISSUE, issue.start("name"), issue.end("name")));
        }
        Matcher before = BEFORE_TIMESTAMP.matcher(line);
        if (before.find() && publication(before.group("name"))) {
            found.add(
                    new Mention(before.group("name"), Form.BEFORE_TIMESTAMP, before.start("name"), before.end("name")));
        }
        Matcher closing = CLOSING_OUTLET.matcher(line);
        if (closing.find() && publication(closing.group("name"))) {
            found.add(new Mention(
                    closing.group("name"), Form.CLOSING_OUTLET, closing.start("name"), closing.end("name")));
        }
        Matcher beforeLabel = BEFORE_DATE_LABEL.matcher(line);
        if (beforeLabel.find() && publication(beforeLabel.group("name"))) {
            found.add(new Mention(
                    beforeLabel.group("name"),
                    Form.AFTER_TIMESTAMP,
                    beforeLabel.start("name"),
                    beforeLabel.end("name")));
        }
        Matcher after = AFTER_TIMESTAMP.matcher(line);
        if (after.find() && publication(after.group("name"))) {
            found.add(new Mention(after.group("name"), Form.AFTER_TIMESTAMP, after.start("name"), after.end("name")));
        }
        Matcher copyright = COPYRIGHT.matcher(line);
        if (copyright.find()) {
            String group = copyright.group("name") != null ? "name" : "name2";
            found.add(
                    new Mention(copyright.group(group), Form.COPYRIGHT, copyright.start(group), copyright.end(group)));
        }
        Matcher reporterOf = REPORTER_OF.matcher(line);
        while (reporterOf.find()) {
            String name = reporterOf.group("name").replaceFirst("^(?:据|據|由|经|經|向|和|与|與|及|对|對|接受|称|稱)", "");
            if (publication(name)
                    && found.stream().noneMatch(f -> f.start() <= reporterOf.start() && reporterOf.start() < f.end())) {
                found.add(new Mention(
                        name, Form.REPORTER_OF, reporterOf.end("name") - name.length(), reporterOf.end("name")));
            }
        }
        return found;
    }

    /** A publishing system's token in the source field (sp20241118, src_1024): letters and four figures or more, no name. */
    private static final Pattern TOKEN = Pattern.compile("^[A-Za-z_\\-]*\\d{4,}[A-Za-z\\d_\\-]*$");

    /** A printed name that can be a publication: not a placeholder or a system's token, no masking stars. */
    public static boolean publication(String name) {
        String n = name.strip();
        return n.length() >= 2
                && !TOKEN.matcher(n).matches()
                && !n.contains("*")
                && !n.matches(".*(?:记者|記者|通讯员|通訊員|编辑|編輯).*")
                && !n.contains("＊")
                && !NOT_A_SOURCE.contains(n)
                && !n.matches("^(?:本报|本報|本网|本網|本站).*")
                && !ADDRESS.matcher(n).find()
                && !PICTURE.matcher(n).find()
                && !SpamLexicon.read(n, n).isSpam()
                && SpamLexicon.read(n, n).terms().isEmpty();
    }

    /** The start of an address cut off where a name was expected (来源:http://…). */
    private static final Pattern ADDRESS = Pattern.compile("(?i)^(?:https?|www\\b|ftp)");
    /** A picture's or a clip's credit at the name's end (视频截图): a picture is no publication. */
    private static final Pattern PICTURE = Pattern.compile("(?:截图|截圖|配图|配圖|供图|供圖|摄影|攝影)$");
}
