package zhengfa.corpus.draft.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import zhengfa.corpus.draft.candidate.Decision;
import zhengfa.corpus.draft.candidate.FieldDraft;
import zhengfa.corpus.draft.candidate.LogisticModel;
import zhengfa.corpus.draft.layout.PageLines;

class HeadlineModelTest {

    private static final String LEAD = "3月13日,某县召开政法工作会议,总结一年来的政法工作,对今年工作作出部署。";
    private static final String BODY = "会议指出,全县政法系统要坚持稳中求进,扎实做好各项工作,确保社会大局持续稳定。";

    @Test
    void theBundledModelIsTrainedOnTheFeaturesTheDrafterComputes() {
        HeadlineModel model = HeadlineModel.bundled();
        assertEquals(HeadlineFeatures.NAMES, model.model().features());
        assertTrue(
                model.model().threshold() > 0.5 && model.model().threshold() < 1,
                model.model().toString());
        assertEquals(model.model().threshold(), model.decision().threshold());
        assertTrue(
                model.model().trainedOn().contains("tune half"), model.model().trainedOn());
    }

    @Test
    void aModelOfOtherFeaturesIsRefusedWithWhatToDo() throws Exception {
        List<String> names = new ArrayList<>(HeadlineFeatures.NAMES);
        names.set(0, "a_feature_since_removed");
        LogisticModel other = new LogisticModel(names, new double[names.size()], 0, 0.5, "old");
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new HeadlineModel(other, Decision.DEFAULT));
        assertTrue(e.getMessage().contains("retrain it with scripts/train-headline-model"), e.getMessage());
        var json = new ObjectMapper()
                .readTree("{\"bias\": 0, \"threshold\": 0.5, \"margin\": 0.1, \"weights\": {\"first\": 1}}");
        assertThrows(IllegalArgumentException.class, () -> HeadlineModel.read(json));
    }

    @Test
    void theMarginIsReadBesideTheWeights() {
        LogisticModel model = new LogisticModel(
                HeadlineFeatures.NAMES, new double[HeadlineFeatures.NAMES.size()], 0.3, 0.7, "a test");
        var file = model.toJson();
        file.put("margin", 0.15);
        assertEquals(new Decision(0.7, 0.15), HeadlineModel.read(file).decision());
    }

    /** A model that trusts one feature: the candidate the lead repeats is the headline, any other is not. */
    private static TitleExtractor trusting(String feature) {
        double[] weights = new double[HeadlineFeatures.NAMES.size()];
        weights[HeadlineFeatures.NAMES.indexOf(feature)] = 12;
        return new TitleExtractor(Optional.of(new HeadlineModel(
                new LogisticModel(HeadlineFeatures.NAMES, weights, -6, 0.8, "a test"), new Decision(0.8, 0.2))));
    }

    @Test
    void theModelsProbabilityIsTheCandidatesScoreAndBelowItsThresholdTheTitleStaysBlank() {
        PageLines page = Pages.of("某县召开政法工作会议", LEAD, BODY);
        FieldDraft<Headline> drafted = trusting("lead_overlap").extract(page, new HashSet<>());
        assertEquals("某县召开政法工作会议", drafted.value().map(Headline::text).orElse("blank"));
        assertTrue(
                drafted.candidates().get(0).rule().contains("the headline model"),
                drafted.candidates().get(0).rule());

        // a line the lead does not repeat: the rules take it, the model is unsure
        PageLines unrelated = Pages.of("春风十里不如你的笑", LEAD, BODY);
        assertEquals("春风十里不如你的笑", TitleExtractorTest.title(TitleExtractor.rulesOnly(), "春风十里不如你的笑", LEAD, BODY));
        FieldDraft<Headline> blank = trusting("lead_overlap").extract(unrelated, new HashSet<>());
        FieldDraft.Blank<Headline> reason = assertInstanceOf(FieldDraft.Blank.class, blank);
        assertTrue(reason.reason().startsWith("unsure: the best candidate (\"春风十里不如你的笑\""), reason.reason());
    }

    @Test
    void aSubheadlineUnderTheHeadlineIsNoRivalToIt() {
        // the model trusts the first line; the 访 line under it would be a rival if it counted
        TitleExtractor model = trusting("first");
        assertEquals(
                "在安静中实现平安", TitleExtractorTest.title(model, "在安静中实现平安", "访某市委副书记、政法委书记王某", "□ 本报记者 张某", LEAD, BODY));
    }

    @Test
    void theRulesReadingStaysTheHeadWhateverTheModelDecides() {
        PageLines page = Pages.of("春风十里不如你的笑", LEAD, BODY);
        List<TitleExtractor.Reading> readings = new TitleExtractor().readings(page, new HashSet<>());
        assertEquals(
                "春风十里不如你的笑",
                TitleExtractor.byRules(readings).value().map(Headline::text).orElse("blank"));
        assertEquals(HeadlineFeatures.NAMES.size(), readings.get(0).features().length);
    }
}
