package zhengfa.corpus.validation.rules;

import zhengfa.corpus.finding.ArticleInput;
import zhengfa.corpus.finding.ArticleRule;
import zhengfa.corpus.finding.Edit;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.FindingSink;
import zhengfa.corpus.model.CodePoints;
import zhengfa.corpus.model.Span;

/**
 * A span runs from the first to the last character of what it marks, never over the spaces or line
 * breaks around it: two annotators marking one headline, one with its line break and one without,
 * would otherwise disagree by a character, and every count of spans by their text would split.
 * Spaces are those of {@link Character#isWhitespace} and {@link Character#isSpaceChar}, the
 * ideographic space (U+3000) and the no-break space among them. A span whose text does not match the
 * stored text is {@link SpanAnchorRule}'s, and is left to it.
 */
public final class SpanEdgeWhitespaceRule implements ArticleRule {

    @Override
    public void check(ArticleInput article, FindingSink sink) {
        if (!article.hasText() || article.annotations().spans().isEmpty()) {
            return;
        }
        CodePoints text = new CodePoints(article.text());
        for (Span span : article.annotations().spans()) {
            if (span.start() < 0
                    || span.start() >= span.end()
                    || span.end() > text.length()
                    || !text.slice(span.start(), span.end()).equals(span.text())) {
                continue;
            }
            int[] points = span.text().codePoints().toArray();
            int leading = 0;
            while (leading < points.length && space(points[leading])) {
                leading++;
            }
            int trailing = 0;
            while (trailing < points.length - leading && space(points[points.length - 1 - trailing])) {
                trailing++;
            }
            if (leading == 0 && trailing == 0) {
                continue;
            }
            sink.report(
                    leading == points.length
                            ? onlySpace(article, span)
                            : trimmed(article, span, text, leading, trailing));
        }
    }

    private static Finding trimmed(ArticleInput article, Span span, CodePoints text, int leading, int trailing) {
        int start = span.start() + leading;
        int end = span.end() - trailing;
        String inner = text.slice(start, end);
        String pointer = "/spans/" + span.index();
        String where = leading > 0 && trailing > 0 ? "starts and ends" : leading > 0 ? "starts" : "ends";
        return Finding.of(FindingCode.SPAN_EDGE_WHITESPACE, article.annotationFile())
                .at(SpanPointers.at(span))
                .found(SpanPointers.describe(span) + " [" + span.start() + ", " + span.end() + ") " + where
                        + " with a space or line break")
                .expected("[" + start + ", " + end + "), from the first to the last character it marks")
                .edit(Edit.json()
                        .set(pointer + "/start", start)
                        .set(pointer + "/end", end)
                        .set(pointer + "/text", inner)
                        .build())
                .fix("set start to " + start + " and end to " + end + ", and text to the same characters without the"
                        + " spaces")
                .message("span " + span.id() + " " + where + " with a space or line break");
    }

    private static Finding onlySpace(ArticleInput article, Span span) {
        return Finding.of(FindingCode.SPAN_EDGE_WHITESPACE, article.annotationFile())
                .at(SpanPointers.at(span))
                .found(SpanPointers.describe(span) + " [" + span.start() + ", " + span.end() + ") holds only spaces or"
                        + " line breaks")
                .expected("a span over characters of the text")
                .edit(Edit.json().remove("/spans/" + span.index()).build())
                .fix("delete span " + span.id() + " (/spans/" + span.index() + "): it marks nothing")
                .message("span " + span.id() + " marks only spaces or line breaks");
    }

    private static boolean space(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
