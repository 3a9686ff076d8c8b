package zhengfa.corpus.bench;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Converts between Simplified and Traditional script with ICU4J's Hans-Hant and Hant-Hans
 * transliterators, the same ones the project's script detector judges with, so a converted text is
 * always recognised as the script it was converted to.
 *
 * <p>Pieces are converted one paragraph at a time, so that any context the transliterator uses stays
 * inside the paragraph. The conversion keeps the length in code points for the seed texts, and then
 * every entity offset is still right; this is verified span by span, and where it does not hold the
 * paragraph is converted segment by segment between entity boundaries, so the offsets can be
 * recomputed exactly. {@link #recomputedPieces()} counts how often that happened.
 */
final class ScriptConverter {

    private final Transliterator toHant = Transliterator.getInstance("Hans-Hant");
    private final Transliterator toHans = Transliterator.getInstance("Hant-Hans");
    /** Short literals (labels, names, region names) converted once. Bounded by the fixed vocabularies. */
    private final Map<String, String> literalsToHant = new HashMap<>();

    private int recomputedPieces;

    /** A short literal written in Simplified script, in the given script. */
    String literal(String hans, Script script) {
        if (script == Script.HANS) {
            return hans;
        }
        return literalsToHant.computeIfAbsent(hans, toHant::transliterate);
    }

    /** The piece {@code source}, written in {@code from}, converted to {@code to}. */
    Piece.Variant convert(Piece.Variant source, Script from, Script to) {
        if (from == to) {
            return source;
        }
        Transliterator t = to == Script.HANT ? toHant : toHans;
        String whole = t.transliterate(source.text());
        if (whole.codePointCount(0, whole.length()) == source.length() && offsetsHold(source, whole, t)) {
            return new Piece.Variant(whole, source.entities());
        }
        recomputedPieces++;
        return bySegments(source, t);
    }

    /** Whether every entity, converted on its own, is what the converted paragraph has at its offsets. */
    private static boolean offsetsHold(Piece.Variant source, String converted, Transliterator t) {
        int[] src = source.text().codePoints().toArray();
        int[] dst = converted.codePoints().toArray();
        for (Piece.Entity e : source.entities()) {
            String expected = t.transliterate(new String(src, e.start(), e.end() - e.start()));
            if (!expected.equals(new String(dst, e.start(), e.end() - e.start()))) {
                return false;
            }
        }
        return true;
    }

    /** Converts the stretches between entity boundaries one by one and maps every boundary to its new offset. */
    private static Piece.Variant bySegments(Piece.Variant source, Transliterator t) {
        int[] src = source.text().codePoints().toArray();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, src.length));
        for (Piece.Entity e : source.entities()) {
            cuts.add(e.start());
            cuts.add(e.end());
        }
        Map<Integer, Integer> moved = new HashMap<>();
        StringBuilder text = new StringBuilder();
        int length = 0;
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null) {
                String segment = t.transliterate(new String(src, previous, cut - previous));
                text.append(segment);
                length += segment.codePointCount(0, segment.length());
            }
            moved.put(cut, length);
            previous = cut;
        }
        List<Piece.Entity> entities = new ArrayList<>();
        for (Piece.Entity e : source.entities()) {
            int start = moved.get(e.start());
            int end = moved.get(e.end());
            if (start < end) { // a name the conversion deleted is no longer a span
                entities.add(new Piece.Entity(e.label(), start, end, e.regionCode()));
            }
        }
        return new Piece.Variant(text.toString(), entities);
    }

    /** How many pieces changed length (or shifted an entity) under conversion and had their offsets recomputed. */
    int recomputedPieces() {
        return recomputedPieces;
    }
}
