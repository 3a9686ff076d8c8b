package zhengfa.corpus.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import zhengfa.corpus.draft.candidate.Candidate;
import zhengfa.corpus.draft.candidate.Evidence;
import zhengfa.corpus.draft.candidate.FieldDraft;
import zhengfa.corpus.draft.extract.Headline;
import zhengfa.corpus.draft.page.Line;
import zhengfa.corpus.model.Sha256;

class HeadlineModelTrainerTest {

    private static final String TITLE = "某县召开政法工作会议";
    private static final String HASH = HexFormat.of().formatHex(Sha256.of(TITLE.getBytes(StandardCharsets.UTF_8)));

    private static FieldDraft<Headline> drafted(String text) {
        Line line =
                new zhengfa.corpus.draft.page.Page(text + "\n").contentLines().get(0);
        return new FieldDraft.Drafted<>(
                new Candidate<>(
                        new Headline(text, line, java.util.Optional.empty()), 0.9, new Evidence(1, text), "a test"),
                0.9,
                List.of());
    }

    @Test
    void aHeadlineIsRightByTheHashOfItsTextWrongOtherwiseAndABlankIsRightOnlyWhereNoneIsPrinted() {
        assertEquals(new HeadlineModelTrainer.Tally(1, 0, 0), HeadlineModelTrainer.score(drafted(TITLE), HASH));
        assertEquals(new HeadlineModelTrainer.Tally(0, 1, 0), HeadlineModelTrainer.score(drafted("首页 新闻 政法"), HASH));
        assertEquals(new HeadlineModelTrainer.Tally(0, 1, 0), HeadlineModelTrainer.score(drafted(TITLE), null));
        FieldDraft<Headline> blank = new FieldDraft.Blank<>("unsure", List.of());
        assertEquals(new HeadlineModelTrainer.Tally(0, 0, 1), HeadlineModelTrainer.score(blank, HASH));
        assertEquals(new HeadlineModelTrainer.Tally(1, 0, 0), HeadlineModelTrainer.score(blank, null));
    }

    @Test
    void aTallyAddsUpAndSaysItsShares() {
        HeadlineModelTrainer.Tally t =
                new HeadlineModelTrainer.Tally(8, 1, 1).plus(new HeadlineModelTrainer.Tally(1, 0, 9));
        assertEquals(20, t.pages());
        assertTrue(t.toString().startsWith("9 right, 1 wrong, 10 blank (45.0% / 5.0% / 50.0%)"), t.toString());
    }
}
