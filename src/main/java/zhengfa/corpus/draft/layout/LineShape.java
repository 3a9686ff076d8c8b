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
public record LineShape(Line line, String plain, String simplified, int length, double hanShare, boolean prose,
                        boolean bullet, Optional<FurnitureWords.Kind> words, SpamLexicon.Reading spam) {

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
        boolean caption = plain.contains("。") || plain.matches(".*[(（][^()（）]{0,12}(?:摄|攝|提供|供图|供圖|拍摄|拍攝)[)）]\\s*$")
                || plain.strip().matches("^[(（][^()（）]+[)）]$"); // (资料图): a picture's placeholder, wholly in brackets
        // an interviewer's turn (问:…?, 记者:…) is the body, not a heading
        boolean turn = t.matches("^(?:问|問|答|记者|記者|主持人|本报记者|本報記者)\\s*[:：].*");
        // a field of the page's metadata (單位:警政署, 关键词:…), not a headline
        boolean field = t.matches("^(?:原标题|原標題|标题|標題|题目|題目|单位|單位|来源|來源|作者|日期|时间|時間|发布|發布|编辑|編輯|关键词|關鍵詞|标签|標籤|分类|分類|嘉宾|嘉賓"
                + "|简介|簡介|主题|主題|地点|地點|栏目|欄目)\\s*[:：].*");
        boolean groupByline = length <= 30 && t.matches("^\\p{IsHan}{2,28}" + GROUP_AUTHOR + "$");
        return length >= 5 && length <= 80 && !groupByline && hanShare >= 0.7 && !ends && !caption && !turn && !field && !bullet && words.isEmpty() && !spam.isSpam()
                && !FurnitureWords.isSiteHeader(t) && !t.startsWith("——") && !t.startsWith("--") && !t.startsWith("—");
    }
}
