package zhengfa.corpus.draft.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import zhengfa.corpus.draft.layout.PageLines;

class HeadlineFeaturesTest {

    private static final String LEAD = "3月13日,某县召开政法工作会议,总结一年来的政法工作。";
    private static final String BODY = "会议指出,全县政法系统要坚持稳中求进,扎实做好各项工作,确保社会大局持续稳定。";

    private static double feature(List<TitleExtractor.Reading> readings, int candidate, String name) {
        return readings.get(candidate).features()[HeadlineFeatures.NAMES.indexOf(name)];
    }

    @Test
    void theLeadRepeatsAHeadlinesWordsNotASitesName() {
        PageLines page = Pages.of("某某法治网欢迎您", "某县召开政法工作会议", LEAD, BODY);
        // 某县 县召 召开 开政 政法 法工 工作 作会 会议: all nine in the lead
        assertEquals(1.0, HeadlineFeatures.leadOverlap("某县召开政法工作会议", page.all(), page.firstProse()));
        assertEquals(0.0, HeadlineFeatures.leadOverlap("春风十里不如你的笑", page.all(), page.firstProse()));
        // folded to Simplified on both sides
        assertEquals(
                1.0,
                HeadlineFeatures.leadOverlap(
                        "某县召开政法工作会议", Pages.of("某縣召開政法工作會議", LEAD, BODY).all(), 1));
    }

    @Test
    void aHeadlinePrintedAgainElsewhereOnThePage() {
        PageLines page = Pages.of("首页 > 新闻 > 某县召开政法工作会议", "某县召开政法工作会议", BODY, BODY);
        assertEquals(0.5, HeadlineFeatures.elsewhere(page.all(), 1, "某县召开政法工作会议"));
        assertEquals(0.0, HeadlineFeatures.elsewhere(page.all(), 1, "某县会议"), "too short to tell");
    }

    @Test
    void everyCandidateHasOneValuePerNamedFeature() {
        PageLines page = Pages.of("某县召开政法工作会议", "——全县政法系统部署今年工作", LEAD, BODY);
        List<TitleExtractor.Reading> readings = TitleExtractor.rulesOnly().readings(page, new HashSet<>());
        for (TitleExtractor.Reading r : readings) {
            assertEquals(HeadlineFeatures.NAMES.size(), r.features().length);
        }
        assertEquals(1.0, feature(readings, 0, "kind_shaped"));
        assertEquals(1.0, feature(readings, 0, "first"));
        assertEquals(1.0, feature(readings, 0, "has_subheadline"));
        assertEquals(1.0, feature(readings, 0, "rule_best"));
    }
}
