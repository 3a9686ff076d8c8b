package zhengfa.corpus.draft.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UrlDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private static String of(String url) {
        return UrlDates.of(url, TODAY).map(u -> u.date().iso()).orElse("none");
    }

    @Test
    void theWaysSitesFileAPageUnderItsDay() {
        assertEquals("2019-07-02", of("http://news.example.cn/2019-07/02/content_123.htm"));
        assertEquals("2012-03-23", of("http://paper.example.cn/html/2012-03-23/4567.html"));
        assertEquals("2023-03-17", of("http://www.example.gov.cn/art/2023/3/17/art_12_345.html"));
        assertEquals("2019-02-27", of("http://example.net.cn/guonei/2019/0227/65804.html"));
        assertEquals("2016-04-12", of("https://example.com/news/20160412/abc.html"));
        assertEquals("2019-07-02", of("https://www.example.com.tw/news/aipl/201907020031.aspx"));
        assertEquals("2022-03-07", of("https://www.example.gov.cn/xxgk/202203/t20220307_1630.html"));
        assertEquals(
                "2022-01-20",
                of("http://example.com//news/fazi//news/fazi20220120115195.html"),
                "a section's word before the day");
        assertEquals("none", of("http://example.com/a/d3b20190412a7f.html"), "a hash's letters and figures");
        assertEquals("2021-01-19", of("https://new.example.com/omn/20210119/20210119A0221A00.html"));
        assertEquals("2020-10-15", of("https://www.example.hk/article/10-15-2020/1234"), "the year last, month first");
        assertEquals("2020-10-15", of("https://www.example.hk/article/15-10-2020/1234"), "the year last, day first");
    }

    @Test
    void aMonthOnlyWhenTheAddressCarriesNoDay() {
        assertEquals("2024-09", of("http://www.example.gov.mo/Web/202409/17300.html"));
        assertEquals("2021-08", of("https://court.example.gov.cn/article/detail/2021/08/id/6197157.shtml"));
    }

    @Test
    void noDateFromIdentifiersTheFutureOrDisagreement() {
        assertEquals("none", of("https://example.com/news/2278.html"));
        assertEquals("none", of("https://example.com/id/31160.html"));
        assertEquals("none", of("https://example.com/20991231/a.html"), "a date after today is an identifier");
        assertEquals("none", of("https://example.com/2019-07/02/20180101/a.html"), "two days that disagree");
        assertEquals("none", of("not a url at all"));
        assertEquals("none", of("https://www.example.hk/article/05-06-2020/1234"), "May 6 or June 5: no reading");
        assertTrue(UrlDates.of(null, TODAY).isEmpty());
    }
}
