package zhengfa.corpus.draft.forms;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import zhengfa.corpus.script.ScriptDetector;

class SpamLexiconTest {

    private static final ScriptDetector SCRIPTS = new ScriptDetector();

    private static boolean spam(String line) {
        return SpamLexicon.read(line, SCRIPTS.foldToSimplified(line)).isSpam();
    }

    @Test
    void injectedKeywordChainsAdCompoundsAndTwoTermsAreSpam() {
        assertTrue(spam("国产精品视频_亚洲熟女在线_午夜福利网站"));
        assertTrue(spam("某某百家乐官网注册送彩金"));
        assertTrue(spam("www射-国产免费一级-欧美福利-亚洲成人福利-成人一区在线观看"), "a keyword chain joined by dashes");
        assertTrue(spam("周五说某某角子机娱乐场,尽管首都区的病例正在减少"));
        assertTrue(spam("office365桌面应用_365bet体育在线备用_365bet足球外围网站"));
        assertTrue(spam("中文字幕無碼 國產精品"), "Traditional forms count, as their Simplified fold");
        assertTrue(spam("某某黄大片观看,人人爽网站"), "a comma-separated run of porn terms");
    }

    @Test
    void newsAboutGamblingIsNotSpam() {
        assertFalse(spam("警方今年上半年开立博彩犯罪案件九百六十八宗,同比增加逾一成半。"));
        assertFalse(spam("高利贷犯罪严重影响娱乐场及周边地区的治安。"));
        assertFalse(spam("民警查获非法老虎机20台。"), "one term in a sentence is news");
        assertFalse(spam("司法机关依法审理涉网络赌博案件。"));
        assertFalse(spam("Java av. Dupont, a street name"), "ASCII terms only as words");
    }
}
