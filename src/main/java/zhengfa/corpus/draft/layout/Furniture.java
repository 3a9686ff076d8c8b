package zhengfa.corpus.draft.layout;

/**
 * A stretch of page furniture: a whole line, or part of one (a page-jump marker).
 *
 * @param start UTF-16 index in the page's text
 * @param end   the index after it
 * @param why   the rule that found it, for the checklist
 */
public record Furniture(FurnitureKind kind, int lineNumber, int start, int end, String why) {}
