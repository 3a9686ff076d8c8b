package zhengfa.corpus.draft.page;

import java.util.HashSet;
import java.util.Set;

/**
 * The pairs of adjacent Han characters in a text: what two passages share tells whether they speak
 * of the same thing (a headline and its lead, a teaser and the article) without a segmenter.
 */
public final class HanBigrams {

    private HanBigrams() {}

    public static Set<String> of(String text) {
        Set<String> out = new HashSet<>();
        int[] cps = text.codePoints().toArray();
        for (int k = 0; k + 1 < cps.length; k++) {
            if (Character.UnicodeScript.of(cps[k]) == Character.UnicodeScript.HAN
                    && Character.UnicodeScript.of(cps[k + 1]) == Character.UnicodeScript.HAN) {
                out.add(new String(cps, k, 2));
            }
        }
        return out;
    }
}
