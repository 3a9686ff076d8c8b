package zhengfa.corpus.draft.extract;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import zhengfa.corpus.corpus.CorpusLayout;
import zhengfa.corpus.vocab.Region;
import zhengfa.corpus.vocab.Regions;

/**
 * An article id from what was drafted: the region, the year, and the interviewee's name or a topic
 * term of the headline (or, without one, of the lead) that the lead repeats, in ICU4J's Han-Latin.
 * Never from furniture or spam (neither is a headline or a lead), never a bare number, never a name
 * Windows reserves for devices, never an id already taken.
 */
public final class IdSuggester {

    private final Transliterator hanLatin = Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower");

    /**
     * @param topicSource the headline, or the lead's first sentence when there is no headline
     * @param lead        the lead, for the term it repeats most
     */
    public String suggest(Optional<Region> region, Optional<Integer> year, List<Interviewee> interviewees, String topicSource,
                          String lead, Predicate<String> taken) {
        List<String> parts = new ArrayList<>();
        region.ifPresent(r -> parts.add(compact(Regions.shortName(r))));
        year.ifPresent(y -> parts.add(Integer.toString(y)));
        if (!interviewees.isEmpty()) {
            String name = interviewees.get(0).name();
            parts.add(compact(name.substring(0, 1)) + "-" + compact(name.substring(1)));
        } else {
            topic(topicSource, lead).ifPresent(t -> parts.add(compact(t.substring(0, 2)) + "-" + compact(t.substring(2))));
        }
        String base = String.join("-", parts).replaceAll("[^a-z0-9-]", "").replaceAll("-+", "-").replaceAll("^-|-$", "");
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

    /** A four-character Han term of the source text that the lead repeats most (the earliest of equals). */
    static Optional<String> topic(String source, String lead) {
        if (source == null || source.isBlank()) {
            return Optional.empty();
        }
        String all = source + lead;
        return IntStream.rangeClosed(0, Math.max(-1, source.length() - 4))
                .mapToObj(i -> source.substring(i, i + 4))
                .filter(s -> s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .max(Comparator.comparingInt((String s) -> occurrences(all, s)).thenComparing(s -> -source.indexOf(s)));
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
