package zhengfa.corpus.draft.extract;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import zhengfa.corpus.corpus.CorpusLayout;
import zhengfa.corpus.vocab.Region;
import zhengfa.corpus.vocab.Regions;

/**
 * An article id from what was drafted: the region, the year, and the interviewee's name or a topic
 * of the headline's words (or, without one, the lead's) that the lead repeats, in ICU4J's Han-Latin.
 * Never from furniture or spam (neither is a headline or a lead), never a bare number, never a name
 * Windows reserves for devices, never an id already taken.
 */
public final class IdSuggester {

    private final Transliterator hanLatin = Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower");
    private final Segment segment = HanLP.newSegment().enableOffset(true).enablePlaceRecognize(true);

    /**
     * @param topicSource the headline, or the lead's first sentence when there is no headline
     * @param lead        the lead, for the term it repeats most
     */
    public String suggest(
            Optional<Region> region,
            Optional<Integer> year,
            List<Interviewee> interviewees,
            String topicSource,
            String lead,
            Predicate<String> taken) {
        List<String> parts = new ArrayList<>();
        region.ifPresent(r -> parts.add(compact(Regions.shortName(r))));
        year.ifPresent(y -> parts.add(Integer.toString(y)));
        if (!interviewees.isEmpty()) {
            String name = interviewees.get(0).name();
            parts.add(compact(name.substring(0, 1)) + "-" + compact(name.substring(1)));
        } else {
            topic(topicSource, lead)
                    .ifPresent(words -> parts.add(
                            words.size() == 1 && words.get(0).length() == 4
                                    ? compact(words.get(0).substring(0, 2)) + "-"
                                            + compact(words.get(0).substring(2))
                                    : String.join(
                                            "-",
                                            words.stream().map(this::compact).toList())));
        }
        String base = String.join("-", parts)
                .replaceAll("[^a-z0-9-]", "")
                .replaceAll("-+", "-")
                .replaceAll("^-|-$", "");
        if (!base.matches(".*[a-z].*")) {
            base = base.isEmpty() ? "article" : "article-" + base;
        }
        if (base.length() > 60) {
            base = base.substring(0, 60).replaceAll("-[^-]*$", "");
        }
        String id = base;
        for (int n = 2; taken.test(id) || CorpusLayout.isReservedName(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /**
     * The topic of the source text, as its words: one word of three characters or more, or two
     * adjacent words of four to six together (平安 建设), or failing both a single word, whichever the
     * source and the lead repeat most (the earliest of equals). Words come from HanLP's segmentation, so that a term never cuts
     * across two words (青山县|开展 is no 县开); only nouns, verbal nouns, adjectives and set phrases count, and
     * place names are left out: the region already names the place.
     */
    Optional<List<String>> topic(String source, String lead) {
        if (source == null || source.isBlank()) {
            return Optional.empty();
        }
        List<Term> words = new ArrayList<>();
        for (Term t : segment.seg(source)) {
            boolean han =
                    t.word.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            String nature = t.nature.toString();
            // nouns, verbal nouns (宣传), adjectives (平安) and set phrases (扫黑除恶) name a topic; verbs (开展) and places do
            // not
            boolean topical = nature.startsWith("n") && !nature.startsWith("ns")
                    || nature.equals("vn")
                    || nature.startsWith("a")
                    || nature.startsWith("l")
                    || nature.startsWith("i")
                    || nature.startsWith("g");
            if (han && t.word.length() >= 2 && topical) {
                words.add(t);
            }
        }
        List<List<String>> candidates = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Term w = words.get(i);
            if (w.word.length() >= 3 && w.word.length() <= 6) {
                candidates.add(List.of(w.word));
            }
            if (i + 1 < words.size()) {
                Term next = words.get(i + 1);
                int length = w.word.length() + next.word.length();
                if (next.offset == w.offset + w.word.length() && length >= 4 && length <= 6) {
                    candidates.add(List.of(w.word, next.word));
                }
            }
        }
        if (candidates.isEmpty()) {
            words.forEach(w -> candidates.add(List.of(w.word)));
        }
        String all = source + lead;
        return candidates.stream()
                .max(Comparator.comparingInt((List<String> c) -> occurrences(all, String.join("", c)))
                        .thenComparing(c -> -source.indexOf(String.join("", c))));
    }

    private static int occurrences(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private String compact(String han) {
        return hanLatin.transliterate(han).replace(" ", "");
    }
}
