package zhengfa.corpus.draft.spans;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Person and place names proposed by HanLP (portable 1.8.6, its dictionaries in the jar) over the
 * Simplified form of the text, and kept only where a rule confirms them: alone, HanLP takes many
 * ordinary words for names. A person must stand next to a title (习近平总书记, 政法委书记王明山);
 * a place must be a country name, a river or lake, or a named part of a region (南疆).
 */
public final class NameFinder {

    public static final String MODEL = "hanlp@1.8.6";

    private static final Pattern TITLE_AFTER =
            Pattern.compile("^(?:总书记|副书记|书记|主席|同志|局长|厅长|院长|检察长|部长|省长|市长|县长|州长|主任|委员|常委|先生|女士|副市长|副省长)");
    private static final Pattern TITLE_BEFORE =
            Pattern.compile("(?:书记|主席|局长|厅长|院长|检察长|部长|省长|市长|县长|州长|主任|委员|常委|记者|编辑|通讯员)$");
    private static final Pattern PLACE =
            Pattern.compile("^(?:中国|中华人民共和国|\\p{IsHan}{2,}[江河湖]|[南北东西]疆|\\p{IsHan}{2}地区)$");

    /** A confirmed name: UTF-16 indexes into the Simplified text. */
    public record Name(int start, int end, String text, boolean person) {}

    /**
     * HanLP's reading of a text: the confirmed names, and where its words start and end (for the
     * gazetteer: a place name that cuts through a word, such as 长治 in 长治久安, is no place).
     *
     * @param places the start index of every word HanLP tags as a place, with its end
     */
    public record Analysis(List<Name> names, BitSet wordStarts, BitSet wordEnds, Map<Integer, Integer> places) {

        /** Whether [start, end) begins and ends on word boundaries. */
        public boolean aligned(int start, int end) {
            return wordStarts.get(start) && wordEnds.get(end);
        }

        /** Whether [start, end) is exactly one word tagged as a place. */
        public boolean isPlaceWord(int start, int end) {
            return places.getOrDefault(start, -1) == end;
        }
    }

    private final Segment segment =
            HanLP.newSegment().enableOffset(true).enableNameRecognize(true).enablePlaceRecognize(true);

    public Analysis analyse(String simplified) {
        List<Name> names = new ArrayList<>();
        BitSet starts = new BitSet();
        BitSet ends = new BitSet();
        Map<Integer, Integer> places = new HashMap<>();
        for (Term term : segment.seg(simplified)) {
            String nature = term.nature.toString();
            int start = term.offset;
            int end = start + term.word.length();
            starts.set(start);
            ends.set(end);
            if (nature.startsWith("ns")) {
                places.put(start, end);
            }
            if (nature.startsWith("nr") && term.word.length() >= 2 && term.word.length() <= 4) {
                String after = simplified.substring(end, Math.min(simplified.length(), end + 3));
                String before = simplified.substring(Math.max(0, start - 3), start);
                if (TITLE_AFTER.matcher(after).find()
                        || TITLE_BEFORE.matcher(before).find()) {
                    names.add(new Name(start, end, term.word, true));
                }
            } else if (nature.startsWith("ns") && PLACE.matcher(term.word).matches()) {
                names.add(new Name(start, end, term.word, false));
            }
        }
        return new Analysis(List.copyOf(names), starts, ends, Map.copyOf(places));
    }
}
