package zhengfa.corpus.draft.candidate;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The weights a logistic model gives the terms of its input (a line's characters and character
 * pairs), beside its named features. Terms the model never learnt weigh nothing. The form names how
 * the terms are cut from the input: a model is read only by code that cuts them the same way.
 *
 * @param form    how the terms are cut, in words that change whenever the cutting does
 * @param weights one weight per term, in code point order
 */
public record TermWeights(String form, Map<String, Double> weights) {

    /** No terms: a model of named features alone. */
    public static final TermWeights NONE = new TermWeights("", Map.of());

    public TermWeights {
        weights = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(weights));
    }

    /** The sum of the weights of the given terms; each term counts once. */
    public double score(Collection<String> terms) {
        double z = 0;
        for (String term : terms) {
            z += weights.getOrDefault(term, 0.0);
        }
        return z;
    }

    public boolean isEmpty() {
        return weights.isEmpty();
    }
}
