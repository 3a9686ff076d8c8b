package zhengfa.corpus.draft.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every printed date form, in lines written for this test. */
class DateFormsTest {

    private static String only(String line) {
        List<DateForms.Mention> found = DateForms.find(line);
        assertEquals(1, found.size(), line + " -> " + found);
        return found.get(0).form() + " "
                + found.get(0)
                        .date()
                        .map(PrintedDate::iso)
                        .orElse(found.get(0).month() + "/" + found.get(0).day());
    }

    @Test
    void numericDatesWithAndWithoutTheTime() {
        assertEquals("NUMERIC 2020-06-09T08:41", only("2020/6/9 08:41"));
        assertEquals("NUMERIC 2020-06-09T08:41:07", only("2020-06-09 08:41:07"));
        assertEquals("NUMERIC 2020-06-09", only("更新于2020.06.09"));
        assertEquals("NUMERIC 2020-12-29T18:43", only("2020/12/29 — 18:43"), "a dash between the date and the time");
        assertEquals(
                "NUMERIC 2022-05-20T14:35",
                only("某某发布会2022-05-20 14:3520958浏览"),
                "a counter run into the time is no second");
    }

    @Test
    void chineseFormsWithFiguresAndWithNumerals() {
        assertEquals("CJK 2020-06-09", only("2020年6月9日"));
        assertEquals("CJK 2014-04-29T10:00", only("时间:2014年4月29日10:00"));
        assertEquals("CJK_NUMERALS 2020-06-09", only("二〇二〇年六月九日"));
        assertEquals("CJK_NUMERALS 2019-12-26", only("二〇一九年十二月二十六日"));
        assertEquals("CJK_MONTH 2022-03", only("2022年3月,全市开展专项行动"));
    }

    @Test
    void dayFirstDatesAndTwelveHourTimes() {
        assertEquals("DAY_MONTH_YEAR 2022-08-23", only("23/08/2022"));
        assertEquals("DAY_MONTH_YEAR 2022-01-23T14:53", only("发布: 2:53pm 23/01/2022"));
        assertEquals("DAY_MONTH_YEAR 2022-01-23T09:05", only("9:05am 23/01/2022"));
    }

    @Test
    void republicOfChinaYears() {
        assertEquals("ROC 2020-06-09", only("民國109年6月9日"));
        assertEquals("ROC 2025-11-22", only("記者王小明攝 114年11月22日"));
        assertEquals("ROC_NUMERIC 2023-11-24", only("最後更新日期:112-11-24"));
        assertEquals("ROC_NUMERIC 2008-10-24", only("97.10.24"));
    }

    @Test
    void filedDaysAndBareMonthDays() {
        assertEquals("FILED_DAY 0/24", only("(中央社記者王小明台北24日電)"));
        assertEquals("FILED_DAY 6/24", only("新华社北京6月24日电"));
        assertEquals("FILED_DAY 11/27", only("【中新社雲南德宏十一月二十七日電】"), "Chinese numerals, as Hong Kong papers print them");
        assertEquals("MONTH_DAY 3/13", only("3月13日,全县召开政法工作会议。"));
        assertEquals("MONTH_DAY 12/26", only("十二月二十六日上午"));
    }

    @Test
    void impossibleDatesAreNoDates() {
        assertTrue(DateForms.find("2023-02-30").isEmpty());
        assertTrue(DateForms.find("2023年13月1日").stream().noneMatch(m -> m.date().isPresent()));
        assertEquals("NUMERIC 2023-02-28", only("2023-02-28 25:61"), "an impossible time leaves the day");
    }
}
