package zhengfa.corpus.bench;

import java.util.List;

/**
 * A reusable piece of seed text (a paragraph, a headline, a question, a block of page furniture) in
 * both scripts, each with the entity spans that fall inside it. Offsets are code points relative to
 * the piece, so a piece can be dropped anywhere into a new text and its spans shifted.
 */
record Piece(Variant hans, Variant hant) {

    Variant in(Script script) {
        return script == Script.HANS ? hans : hant;
    }

    /** One entity span inside a piece; {@code regionCode} is null when the place has none. */
    record Entity(String label, int start, int end, String regionCode) {
        Entity shifted(int by) {
            return new Entity(label, start + by, end + by, regionCode);
        }
    }

    /** The piece in one script. */
    record Variant(String text, List<Entity> entities) {
        Variant {
            entities = List.copyOf(entities);
        }

        int length() {
            return text.codePointCount(0, text.length());
        }
    }
}
