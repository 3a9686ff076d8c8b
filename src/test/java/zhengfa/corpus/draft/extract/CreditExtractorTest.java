package zhengfa.corpus.draft.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CreditExtractorTest {

    private static CreditExtractor.Result credits(String... lines) {
        return new CreditExtractor().extract(Pages.of(lines), Pages.SCRIPTS::foldToSimplified);
    }

    @Test
    void creditsAtTheHeadAndFootOfThePage() {
        CreditExtractor.Result r = credits("某市政法工作会议召开", "□ 本报记者 张明远 通讯员 李晓红",
                "会议指出,要坚持以人民为中心,切实维护社会稳定。(记者王大同 实习生赵小燕)", "责任编辑:陈一言");
        assertEquals(List.of("张明远", "李晓红", "王大同", "赵小燕"), r.reporters().value().orElseThrow());
        assertEquals(List.of("陈一言"), r.editors().value().orElseThrow());
    }

    @Test
    void theSamePersonCreditedTwiceCountsOnce() {
        CreditExtractor.Result r = credits("电子证据的审查认定", "2016-09-21 01:50:59文◎金果园*", "文◎金 果园*");
        assertEquals(List.of("金果园"), r.reporters().value().orElseThrow());
    }

    @Test
    void aCreditInsideASentenceIsOnlyACandidate() {
        CreditExtractor.Result r = credits("某县开展普法宣传", "会上,本报记者 张明远 与代表们交流,全县今年已开展普法活动二十余场,群众普遍欢迎。");
        assertEquals(List.of(), r.reporters().value().orElse(List.of()));
        assertEquals(1, r.reporters().candidates().size());
    }

    @Test
    void photographersAreNotReporters() {
        CreditExtractor.Result r = credits("某某案宣判", "法官宣读判决书。杨伟明摄", "(记者 张明远)");
        assertEquals(List.of("张明远"), r.reporters().value().orElseThrow());
    }
}
