package zhengfa.corpus.draft.layout;

import java.util.Optional;
import zhengfa.corpus.draft.forms.FurnitureWords;
import zhengfa.corpus.draft.forms.SpamLexicon;
import zhengfa.corpus.draft.page.Line;

/**
 * What one content line looks like, computed once per page for every extractor.
 *
 * @param plain      the line without a mirror's pinyin glosses (據(jù) is 據), for matching words
 * @param simplified the plain line folded to Simplified
 * @param length     code points of the line
 * @param hanShare   the share of Han characters among the line's letters and digits
 * @param words      the furniture its words alone show, if any
 */
public record LineShape(
        Line line,
        String plain,
        String simplified,
        int length,
        double hanShare,
        boolean prose,
        boolean bullet,
        Optional<FurnitureWords.Kind> words,
        SpamLexicon.Reading spam) {

    /** This line read as prose: a paragraph's line, whatever its own shape says. */
    public LineShape asProse() {
        return new LineShape(line, plain, simplified, length, hanShare, true, bullet, words, spam);
    }

    /** A line, 1-based as an editor numbers it. */
    public int number() {
        return line.number();
    }

    public String text() {
        return line.text();
    }

    /** The end of a group's name that wrote a report (某省监狱管理局课题组): a byline, not a headline. */
    public static final String GROUP_AUTHOR = "(?:课题组|課題組|调研组|調研組|研究组|研究組|写作组|寫作組|编写组|編寫組|评论员|評論員)";

    /** Shaped like a headline: short, Han with a few figures, no sentence end, no list bullet, no furniture words. */
    public boolean headlineShaped() {
        String t = plain.replaceAll("[”\"’」』)）]+$", "");
        boolean ends = t.isEmpty() || "。;；…,，、:：".indexOf(t.charAt(t.length() - 1)) >= 0;
        // a photo caption: a sentence with its credit, (张三摄) or (警方提供)
        boolean caption = plain.contains("。")
                || plain.matches(".*[(（][^()（）]{0,12}(?:摄|攝|提供|供图|供圖|拍摄|拍攝)[)）]\\s*$")
                || plain.strip().matches("^[(（][^()（）]+[)）]$") // (资料图): a picture's placeholder, wholly in brackets
                || t.matches("^(?:图|圖|图片|圖片|▲|△)\\s*[:：]?.*"); // 圖:一名嫌犯被捕, ▲某地院舉辦…: a picture's caption
        // a section of the body (一、规避执行的本质, (二)…, 1. …), an institution's name alone (the site's), a column (…专栏)
        boolean section = t.matches("^(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|\\d{1,2}[、.．]\\s*).*");
        boolean institution = t.matches("^\\p{IsHan}{2,12}(?:法院|检察院|檢察院|检察署|檢察署|公安局|公安厅|公安廳|警察局|司法局|政法委|人民政府)$");
        boolean column = length <= 10 && t.matches(".*(?:专栏|專欄|专题|專題)$");
        // an interviewer's turn (问:…?, 记者:…) is the body, not a heading
        boolean turn = t.matches("^(?:问|問|答|记者|記者|主持人|本报记者|本報記者)\\s*[:：].*");
        // a field of the page's metadata (單位:警政署, 关键词:…), not a headline
        boolean field = t.matches(
                "^(?:原标题|原標題|标题|標題|题目|題目|单位|單位|来源|來源|作者|日期|时间|時間|发布|發布|编辑|編輯|关键词|關鍵詞|标签|標籤|分类|分類|嘉宾|嘉賓"
                        + "|简介|簡介|主题|主題|地点|地點|栏目|欄目|发布机构|發布機構|索\\s*引\\s*号|索\\s*引\\s*號|主题分类|主題分類|文\\s*号|文\\s*號)\\s*[:：].*");
        boolean groupByline = length <= 30 && t.matches("^\\p{IsHan}{2,28}" + GROUP_AUTHOR + "$");
        return length >= 5
                && length <= 80
                && !groupByline
                && hanShare >= 0.7
                && !ends
                && !caption
                && !turn
                && !field
                && !bullet
                && !section
                && !institution
                && !column
                && words.isEmpty()
                && !spam.isSpam()
                && !FurnitureWords.isSiteHeader(t)
                && !t.startsWith("——")
                && !t.startsWith("--")
                && !t.startsWith("—");
    }
}
