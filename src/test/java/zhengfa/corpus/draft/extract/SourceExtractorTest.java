package zhengfa.corpus.draft.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import zhengfa.corpus.CorpusFixture;
import zhengfa.corpus.draft.candidate.FieldDraft;
import zhengfa.corpus.vocab.Sources;
import zhengfa.corpus.vocab.VocabularyException;

class SourceExtractorTest {

    /** A registry written for this test: 法治日报 with its former name, 四川法治报. */
    private final SourceExtractor extractor = new SourceExtractor(registry());

    private static Sources registry() {
        try {
            return Sources.load(
                    CorpusFixture.resource("/zhengfa/corpus/draft/registry/sources.json"), new ObjectMapper());
        } catch (VocabularyException e) {
            throw new IllegalStateException(e);
        }
    }

    private FieldDraft<PrintedSource> source(String... lines) {
        var page = Pages.of(lines);
        CreditExtractor.Result credits = new CreditExtractor().extract(page, Pages.SCRIPTS::foldToSimplified);
        return extractor.extract(page, credits.outlets(), false);
    }

    /** A fresh page printed a run of dashes where a name was expected; the split had no parts and the drafter crashed. */
    @Test
    void aRunOfDashesAloneNamesNoSourceAndDoesNotFail() {
        assertEquals(Optional.empty(), extractor.keyOf("———"));
        assertEquals(Optional.empty(), extractor.keyOf("--"));
        assertEquals(Optional.of("fazhi-ribao"), extractor.keyOf("某某网—法制日报"), "the paper's part of a compound");
    }

    @Test
    void aFormerNameFindsTheRegistryEntry() {
        FieldDraft<PrintedSource> d = source("某某案宣判", "来源:法制日报", "会议指出,要坚持以人民为中心,切实维护社会稳定。");
        assertEquals(
                new PrintedSource("法制日报", Optional.of("fazhi-ribao")), d.value().orElseThrow());
    }

    @Test
    void aPublicationTheRegistryDoesNotKnowIsStillDraftedAsPrinted() {
        FieldDraft<PrintedSource> d = source("某某案宣判", "发布时间:2019-05-24 来源:北方法制报", "会议指出,要坚持以人民为中心,切实维护社会稳定。");
        assertEquals(new PrintedSource("北方法制报", Optional.empty()), d.value().orElseThrow());
    }

    @Test
    void aPublicationsNameAloneCreditsItUnderTheHeadlineNotAboveIt() {
        assertEquals(
                new PrintedSource("法治日报", Optional.of("fazhi-ribao")),
                source("某某案宣判", "法治日报", "会议指出,要坚持以人民为中心,切实维护社会稳定。").value().orElseThrow());
        assertTrue(
                source("法治日报", "某某案宣判", "会议指出,要坚持以人民为中心,切实维护社会稳定。").value().isEmpty(),
                "above the headline it is the site's header");
    }

    @Test
    void theOutletOfACreditIsTheSource() {
        FieldDraft<PrintedSource> d = source("某某案宣判", "(四川法治报-法治四川新闻客户端记者 刘明远)", "会议指出,要坚持以人民为中心,切实维护社会稳定。");
        assertEquals(
                new PrintedSource("四川法治报", Optional.of("sichuan-fazhi-bao")),
                d.value().orElseThrow());
    }

    @Test
    void aPhotoCreditOrAnUnnamedOwnPaperIsNoSource() {
        FieldDraft<PrintedSource> d = source("某某案宣判", "图片来源:某某图片网", "本报讯 (记者 张明远)3月13日,全县召开会议,部署今年的政法工作。");
        assertTrue(d.value().isEmpty(), d.toString());
        assertEquals(List.of(), d.candidates());
    }
}
