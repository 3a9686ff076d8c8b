package zhengfa.corpus.draft;

import java.util.List;

/**
 * One field of a drafted sidecar, for the curator's review checklist: what was drafted (or why the
 * field is blank), where it was read, and the other candidates the page offered.
 *
 * @param value      the drafted value as the checklist shows it, or null when the field is blank
 * @param evidence   where the value was read: "line 9: 2022/3/24 11:47" or "the URL: 2019-07/02"; null if blank
 * @param note       how the value was found, or why it is blank and what to check
 * @param candidates the candidates considered, best first, each with its line and score
 * @param confidence the pooled score of the drafted value (0 for a blank or an unscored field), for calibration
 */
public record DraftedField(
        String field, String value, String evidence, String note, List<String> candidates, double confidence) {

    public DraftedField {
        candidates = List.copyOf(candidates);
    }

    public DraftedField(String field, String value, String evidence, String note, List<String> candidates) {
        this(field, value, evidence, note, candidates, 0);
    }

    public boolean blank() {
        return value == null;
    }
}
