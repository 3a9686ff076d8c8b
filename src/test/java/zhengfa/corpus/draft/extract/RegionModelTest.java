package zhengfa.corpus.draft.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import zhengfa.corpus.CorpusFixture;
import zhengfa.corpus.draft.candidate.Decision;
import zhengfa.corpus.draft.candidate.Evidence;
import zhengfa.corpus.draft.candidate.FieldDraft;
import zhengfa.corpus.draft.candidate.LogisticModel;
import zhengfa.corpus.draft.places.Gazetteer;
import zhengfa.corpus.draft.places.HostPlaces;
import zhengfa.corpus.vocab.Region;

class RegionModelTest {

    private static final Gazetteer GAZETTEER = new Gazetteer(CorpusFixture.vocabulary().regions());
    private static final HostPlaces HOSTS = new HostPlaces(CorpusFixture.vocabulary().regions());
    private static final String COUNTY_LEAD = "辽宁长安网讯 2月24日,建平县政法工作会议在建平县人民会堂召开。";

    private static RegionExtractor.Readings readings(String... lead) {
        List<RegionExtractor.Passage> passages = new ArrayList<>();
        for (String l : lead) {
            passages.add(new RegionExtractor.Passage(Pages.SCRIPTS.foldToSimplified(l), new Evidence(2, l)));
        }
        return new RegionExtractor(GAZETTEER, HOSTS, Optional.empty()).readings(List.of(), List.of(), passages,
                passages.stream().map(RegionExtractor.Passage::simplified).toList(), null);
    }

    /** A model that trusts one feature alone. */
    private static RegionExtractor trusting(String feature) {
        double[] weights = new double[RegionFeatures.NAMES.size()];
        weights[RegionFeatures.NAMES.indexOf(feature)] = 12;
        return new RegionExtractor(GAZETTEER, HOSTS, Optional.of(new RegionModel(
                new LogisticModel(RegionFeatures.NAMES, weights, -6, 0.8, "a test"), new Decision(0.8, 0))));
    }

    @Test
    void theBundledModelIsTrainedOnTheFeaturesTheExtractorComputes() {
        RegionModel model = RegionModel.bundled();
        assertEquals(RegionFeatures.NAMES, model.model().features());
        assertTrue(model.model().trainedOn().contains("tune half"), model.model().trainedOn());
        LogisticModel other = new LogisticModel(List.of("level_county"), new double[1], 0, 0.5, "old");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RegionModel(other, Decision.DEFAULT));
        assertTrue(e.getMessage().contains("scripts/train-region-model"), e.getMessage());
    }

    @Test
    void theRulesReadingCarriesTheFactsTheModelReads() {
        RegionExtractor.Readings r = readings(COUNTY_LEAD);
        assertEquals(1, r.readings().size());
        assertEquals("211322", r.readings().get(0).candidate().value().code());
        double[] x = r.readings().get(0).features();
        assertEquals(RegionFeatures.NAMES.size(), x.length);
        assertEquals(1, x[RegionFeatures.NAMES.indexOf("path_chain")]);
        assertEquals(1, x[RegionFeatures.NAMES.indexOf("level_county")]);
        assertEquals(1, x[RegionFeatures.NAMES.indexOf("in_full")]);
        assertEquals(0, x[RegionFeatures.NAMES.indexOf("national")]);
    }

    @Test
    void theModelDraftsWhatItTrustsAndLeavesTheRestBlankSayingWhy() {
        assertEquals("211322", trusting("level_county").decide(readings(COUNTY_LEAD)).value().map(Region::code).orElse("blank"));
        FieldDraft<Region> unsure = trusting("level_province").decide(readings(COUNTY_LEAD));
        FieldDraft.Blank<Region> blank = assertInstanceOf(FieldDraft.Blank.class, unsure);
        assertTrue(blank.reason().contains("the region model"), blank.reason());
        assertEquals("211322", blank.candidates().get(0).value().code(), "the checklist still shows the rules' region");
    }

    @Test
    void aLeadNamingNoPlaceIsBlankWithTheRulesReason() {
        FieldDraft<Region> none = trusting("level_county").decide(readings("会议强调,要坚持稳中求进,确保社会大局持续稳定。"));
        FieldDraft.Blank<Region> blank = assertInstanceOf(FieldDraft.Blank.class, none);
        assertTrue(blank.reason().contains("name no place"), blank.reason());
    }
}
