package zhengfa.corpus.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageUrlsTest {

    @TempDir
    Path tmp;

    @Test
    void pagesAreNamedRelativeToTheListWithATabOrSpaces() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("pages"));
        Path spaced = folder.resolve("page one.html");
        Path plain = folder.resolve("0315.html");
        Path unlisted = folder.resolve("0316.html");
        Path list = Files.writeString(
                tmp.resolve("urls.tsv"),
                "# pages and where they came from\n\npages/page one.html\thttps://a.example.cn/1.html\n"
                        + "  pages/0315.html    https://a.example.cn/2024/0315.html  \n");

        PageUrls.Reading reading = PageUrls.read(list, List.of(spaced, plain, unlisted));

        PageUrls.Read read = assertInstanceOf(PageUrls.Read.class, reading);
        assertEquals("https://a.example.cn/1.html", read.of(spaced));
        assertEquals("https://a.example.cn/2024/0315.html", read.of(folder.resolve("./0315.html")));
        assertNull(read.of(unlisted), "a page the list does not name has no address");
    }

    @Test
    void everyWrongLineIsLocated() throws IOException {
        Path page = tmp.resolve("a.html");
        Path list = Files.writeString(
                tmp.resolve("urls.tsv"),
                "a.html\na.html ftp//nowhere\nb.html https://a.example.cn/b\na.html https://a.example.cn/a\n"
                        + "a.html https://a.example.cn/a2\nhttps://a.example.cn/a a.html\n"
                        + "a.html https://a.example.cn/a note\n");

        PageUrls.Wrong wrong = assertInstanceOf(PageUrls.Wrong.class, PageUrls.read(list, List.of(page)));

        List<String> problems = wrong.problems();
        assertEquals(6, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(list + ":1: a page and its address"), problems.get(0));
        assertTrue(problems.get(1).startsWith(list + ":2: ftp//nowhere is not an absolute address"), problems.get(1));
        assertTrue(problems.get(2).startsWith(list + ":3: b.html"), problems.get(2));
        assertTrue(problems.get(3).startsWith(list + ":5: a.html already has an address, on line 4"), problems.get(3));
        assertTrue(problems.get(4).startsWith(list + ":6: the page comes first, then its address"), problems.get(4));
        assertTrue(
                problems.get(5).startsWith(list + ":7: a line holds a page and its address, and nothing after"),
                problems.get(5));
    }

    @Test
    void anAddressIsAbsoluteWithAScheme() {
        assertTrue(PageUrls.isAbsoluteUri("https://www.example.gov.cn/news/2024/0315.html"));
        assertFalse(PageUrls.isAbsoluteUri("www.example.gov.cn/news"));
        assertFalse(PageUrls.isAbsoluteUri("https://exa mple.cn/"));
    }
}
