package zhengfa.corpus.draft.candidate;

/**
 * One value an extractor proposes for a field.
 *
 * @param score    how often this rule, in this context, gives the right value: 0 to 1
 * @param rule     the name of the rule or form that matched, as the checklist shows it
 */
public record Candidate<T>(T value, double score, Evidence evidence, String rule) {

    public Candidate {
        if (score < 0 || score > 1 || Double.isNaN(score)) {
            throw new IllegalArgumentException("a score is between 0 and 1, not " + score);
        }
    }
}
