package zhengfa.corpus.draft.forms;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChineseNamesTest {

    @Test
    void namesHaveAKnownSurnameAndOneOrTwoGivenCharacters() {
        assertTrue(ChineseNames.isName("张明"));
        assertTrue(ChineseNames.isName("赖柳华"), "a common surname of the south");
        assertTrue(ChineseNames.isName("欧阳明远"));
        assertTrue(ChineseNames.isName("金 果"));
        assertTrue(ChineseNames.isName("买买提·艾力"));
        assertFalse(ChineseNames.isName("近日专访"));
        assertFalse(ChineseNames.isName("王书记"));
        assertFalse(ChineseNames.isName("管理员"), "a site's administrator, though 管 is a surname");
        assertTrue(ChineseNames.isName("郭刘瑞贤"), "both parents' surnames before two given characters");
        assertFalse(ChineseNames.isName("刘某"));
        assertFalse(ChineseNames.isName("编辑"));
        assertFalse(ChineseNames.isName("张"));
        assertFalse(ChineseNames.isName("张明远东"), "a single surname takes at most two given characters");
    }
}
