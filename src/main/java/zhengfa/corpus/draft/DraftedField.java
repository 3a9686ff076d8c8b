package zhengfa.corpus.draft;

/**
 * One field of a drafted sidecar, for the curator's review checklist.
 *
 * @param evidence the text, verbatim, the value was read from; null when nothing in the text supports it
 * @param note     how the value was found, or what to check
 */
public record DraftedField(String field, String value, String evidence, String note) { }
