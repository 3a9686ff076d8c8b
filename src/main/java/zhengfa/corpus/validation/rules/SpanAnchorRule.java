package zhengfa.corpus.validation.rules;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import zhengfa.corpus.finding.ArticleInput;
import zhengfa.corpus.finding.ArticleRule;
import zhengfa.corpus.finding.Edit;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.FindingSink;
import zhengfa.corpus.model.CodePoints;
import zhengfa.corpus.model.Span;

/**
 * A span's offsets are code points over the stored text and its {@code text} is exactly what they
 * cover. When they do not match, the rule says why: offsets counted in UTF-16 units (Java,
 * JavaScript, many annotation tools) or in UTF-8 bytes, or a plain shift by some code points.
 */
public final class SpanAnchorRule implements ArticleRule {

    /** How far either way a shifted anchor is looked for. */
    static final int SHIFT_SEARCH = 200;

    @Override
    public void check(ArticleInput article, FindingSink sink) {
        if (!article.hasText() || article.annotations().spans().isEmpty()) {
            return;
        }
        CodePoints text = new CodePoints(article.text());
        byte[] utf8 = null;
        for (Span span : article.annotations().spans()) {
            if (span.start() >= span.end()) {
                int length = span.text().codePointCount(0, span.text().length());
                boolean swapped = span.end() < span.start()
                        && span.start() <= text.length()
                        && text.slice(span.end(), span.start()).equals(span.text());
                boolean anchored = length > 0
                        && span.start() + length <= text.length()
                        && text.slice(span.start(), span.start() + length).equals(span.text());
                sink.report(Finding.of(FindingCode.SPAN_EMPTY_OR_REVERSED, article.annotationFile())
                        .at(SpanPointers.at(span))
                        .found("start " + span.start() + ", end " + span.end())
                        .expected("start < end (offsets are half-open: [start, end))")
                        .edit(
                                swapped
                                        ? offsets(span, span.end(), span.start())
                                        : anchored ? offsets(span, span.start(), span.start() + length) : null)
                        .fix(
                                swapped
                                        ? "swap start and end"
                                        : "set end to start + the number of code points of \"" + abbreviate(span.text())
                                                + "\"")
                        .message(SpanPointers.describe(span)
                                + (span.start() == span.end() ? " is empty" : " is reversed")));
                continue;
            }
            boolean inBounds = span.end() <= text.length();
            if (inBounds && text.slice(span.start(), span.end()).equals(span.text())) {
                continue;
            }
            if (utf8 == null) {
                utf8 = article.text().getBytes(StandardCharsets.UTF_8);
            }
            sink.report(diagnose(article, span, text, utf8, inBounds));
        }
    }

    private static Edit offsets(Span span, int start, int end) {
        String at = "/spans/" + span.index();
        return Edit.json().set(at + "/start", start).set(at + "/end", end).build();
    }

    private static Finding diagnose(ArticleInput article, Span span, CodePoints text, byte[] utf8, boolean inBounds) {
        String raw = article.text();
        String file = article.annotationFile();
        String what = SpanPointers.describe(span);
        int cpLength = text.length();
        if (span.end() <= raw.length()
                && raw.substring(span.start(), span.end()).equals(span.text())) {
            int start = text.codePointOffset(span.start());
            int end = text.codePointOffset(span.end());
            return Finding.of(FindingCode.SPAN_UTF16_OFFSETS, file)
                    .at(SpanPointers.at(span))
                    .found("[" + span.start() + ", " + span.end() + ") counted in UTF-16 code units")
                    .expected("[" + start + ", " + end + ") in code points (" + (span.start() - start)
                            + " character(s) outside the Basic Multilingual Plane come before it)")
                    .edit(offsets(span, start, end))
                    .fix("convert the offsets to code points (Python: len(text[:i]) counts code points;"
                            + " Java: text.codePointCount(0, i)); the tool that wrote them counts UTF-16 units")
                    .message(what + ": offsets are UTF-16 code units, not code points");
        }
        if (span.end() <= utf8.length) {
            String decoded = new String(Arrays.copyOfRange(utf8, span.start(), span.end()), StandardCharsets.UTF_8);
            if (decoded.equals(span.text())) {
                int start = text.codePointOffset(new String(utf8, 0, span.start(), StandardCharsets.UTF_8).length());
                int end = start + span.text().codePointCount(0, span.text().length());
                return Finding.of(FindingCode.SPAN_UTF8_OFFSETS, file)
                        .at(SpanPointers.at(span))
                        .found("[" + span.start() + ", " + span.end() + ") counted in UTF-8 bytes")
                        .expected("[" + start + ", " + end + ") in code points")
                        .edit(offsets(span, start, end))
                        .fix("convert the offsets to code points; the tool that wrote them counts bytes")
                        .message(what + ": offsets are UTF-8 bytes, not code points");
            }
        }
        Optional<String> cause = textLevelCause(raw, span);
        if (cause.isPresent()) {
            return Finding.of(FindingCode.SPAN_TEXT_MISMATCH, file)
                    .at(SpanPointers.at(span, "text"))
                    .found("\"" + abbreviate(span.text()) + "\" does not match the stored text at [" + span.start()
                            + ", " + span.end() + ")")
                    .expected("the span matches once " + cause.get() + " is fixed")
                    .fix("fix " + cause.get() + " first (reported for the text); do not move this span: its offsets"
                            + " are right for the corrected text")
                    .message(what + ": follows from " + cause.get());
        }
        Optional<Integer> shift = findShift(text, span);
        if (!inBounds && shift.isEmpty()) {
            return Finding.of(FindingCode.SPAN_OUT_OF_BOUNDS, file)
                    .at(SpanPointers.at(span, "end"))
                    .found("end " + span.end())
                    .expected("at most " + cpLength + ", the text's length in code points")
                    .fix("check that the spans belong to this text; re-anchor them on the stored text")
                    .message(what + " ends beyond the text");
        }
        String covered = inBounds ? text.slice(span.start(), span.end()) : null;
        var finding = Finding.of(FindingCode.SPAN_TEXT_MISMATCH, file)
                .at(SpanPointers.at(span, "text"))
                .found("\"" + abbreviate(span.text()) + "\""
                        + (covered == null
                                ? ""
                                : ", but [" + span.start() + ", " + span.end() + ") covers \"" + abbreviate(covered)
                                        + "\""));
        if (shift.isPresent()) {
            int k = shift.get();
            return finding.expected(
                            "offsets [" + (span.start() + k) + ", " + (span.end() + k) + "), where the text occurs")
                    .edit(offsets(span, span.start() + k, span.end() + k))
                    .fix("shift start and end by " + (k > 0 ? "+" : "") + k)
                    .message(what + ": offsets are shifted by " + (k > 0 ? "+" : "") + k + " code point(s)");
        }
        return finding.expected("the text the offsets cover")
                .fix("correct the span's text or its offsets; the text does not occur within " + SHIFT_SEARCH
                        + " code points of the offsets")
                .message(what + ": text does not match the covered text");
    }

    /**
     * A problem of the whole text that explains the span's mismatch: the span matches the text once
     * its byte order mark is removed and its CR line endings are made LF. Following the span
     * findings instead, shifting each span, would corrupt the spans.
     */
    private static Optional<String> textLevelCause(String raw, Span span) {
        boolean bom = raw.startsWith("\uFEFF");
        boolean cr = raw.indexOf('\r') >= 0;
        if (!bom && !cr) {
            return Optional.empty();
        }
        String corrected = (bom ? raw.substring(1) : raw).replace("\r\n", "\n").replace('\r', '\n');
        CodePoints fixed = new CodePoints(corrected);
        if (span.end() > fixed.length()
                || !fixed.slice(span.start(), span.end()).equals(span.text())) {
            return Optional.empty();
        }
        String what = bom && cr
                ? "the text's byte order mark and CR line endings (TEXT_BOM, TEXT_CR_LINE_ENDING)"
                : bom ? "the text's byte order mark (TEXT_BOM)" : "the text's CR line endings (TEXT_CR_LINE_ENDING)";
        return Optional.of(what);
    }

    /** The smallest shift k (by absolute value, then negative first) at which the anchor matches. */
    static Optional<Integer> findShift(CodePoints text, Span span) {
        int length = span.end() - span.start();
        for (int distance = 1; distance <= SHIFT_SEARCH; distance++) {
            for (int k : new int[] {-distance, distance}) {
                int start = span.start() + k;
                if (start >= 0
                        && start + length <= text.length()
                        && text.slice(start, start + length).equals(span.text())) {
                    return Optional.of(k);
                }
            }
        }
        return Optional.empty();
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
