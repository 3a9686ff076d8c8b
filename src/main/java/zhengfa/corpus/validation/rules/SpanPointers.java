package zhengfa.corpus.validation.rules;

import zhengfa.corpus.finding.Location;
import zhengfa.corpus.model.Span;

/** JSON Pointers into an annotation file. */
final class SpanPointers {

    private SpanPointers() {}

    static Location at(Span span, String... field) {
        String[] tokens = new String[field.length + 2];
        tokens[0] = "spans";
        tokens[1] = Integer.toString(span.index());
        System.arraycopy(field, 0, tokens, 2, field.length);
        return Location.JsonPointer.of(tokens);
    }

    static String describe(Span span) {
        return "span " + span.id() + " (" + span.layer() + "/" + span.label() + ")";
    }
}
