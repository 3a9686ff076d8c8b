package zhengfa.corpus.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusFormTest {

    @Test
    void bringsTextToTheCorpusFormAndSaysWhatChanged() {
        CorpusForm.Normalised n = CorpusForm.normalise("\uFEFF标题\r\n正文\u0000一\r二\u0007\nCafe\u0301");
        assertEquals("标题\n正文一\n二\nCafé", n.text());
        assertEquals(
                List.of(
                        "removed the byte order mark",
                        "turned 1 CRLF line endings into LF",
                        "turned 1 bare CR line endings into LF",
                        "removed 2 control characters",
                        "normalised to NFC"),
                n.changes());
    }

    @Test
    void keepsEverythingElseIncludingPageFurnitureAndTabs() {
        String page = "移动客户端\n\t|\n  标题\n本网站所有内容未经许可不得转载。\n";
        CorpusForm.Normalised n = CorpusForm.normalise(page);
        assertEquals(page, n.text());
        assertEquals(List.of(), n.changes());
    }
}
