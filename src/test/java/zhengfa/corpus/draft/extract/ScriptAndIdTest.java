package zhengfa.corpus.draft.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import zhengfa.corpus.CorpusFixture;

class ScriptAndIdTest {

    @Test
    void theScriptOfTheArticlesOwnCharacters() {
        ScriptExtractor scripts = new ScriptExtractor(Pages.SCRIPTS);
        assertEquals(
                "Hant",
                scripts.extract("金門縣警察局查緝毒品不鬆懈,更赴臺向上溯源跨海偵破毒品案,查扣各級毒品合計近八百公克。")
                        .value()
                        .orElseThrow());
        assertEquals("Hans", scripts.extract("刑事局:唾液快筛查毒驾").value().orElse("Hans"));
        assertTrue(scripts.extract("123 abc").value().isEmpty(), "no Han characters: blank, not a guess");
    }

    @Test
    void idsFromRegionYearAndHeadlineWordsNeverABareNumberNorAReservedName() {
        IdSuggester ids = new IdSuggester();
        var leshan = CorpusFixture.vocabulary().regions().find("511100");
        assertEquals(
                "leshan-2022-liao-quanjun",
                ids.suggest(leshan, Optional.of(2022), List.of(new Interviewee("廖全军", null)), "", "", id -> false));
        String fromTitle =
                ids.suggest(Optional.empty(), Optional.of(2019), List.of(), "平安建设再上新台阶", "平安建设再上新台阶", id -> false);
        assertTrue(fromTitle.matches("2019-[a-z]+-[a-z]+"), fromTitle);
        String county = ids.suggest(
                Optional.empty(),
                Optional.of(2024),
                List.of(),
                "青山县开展禁毒宣传活动",
                "5月1日,青山县开展禁毒宣传活动,青山县禁毒办向群众发放宣传资料。",
                id -> false);
        assertEquals("2024-jindu-xuanchuan", county, "words, not a window across 青山县|开展, and no place name");
        String bare = ids.suggest(Optional.empty(), Optional.of(2019), List.of(), "", "", id -> false);
        assertFalse(bare.matches("[0-9-]+"), bare);
        assertEquals("article-2019", bare);
        assertEquals(
                "article-2",
                ids.suggest(Optional.empty(), Optional.empty(), List.of(), "", "", id -> id.equals("article")));
    }
}
