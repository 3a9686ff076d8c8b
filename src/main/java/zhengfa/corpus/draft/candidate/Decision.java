package zhengfa.corpus.draft.candidate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * The one place where candidates become a draft. Candidates whose values agree pool their scores as
 * independent evidence (1 − Π(1 − s)): a date printed in the dateline and in the URL is surer than
 * either. The best value is drafted only if its pooled score reaches the threshold and beats every
 * value it disagrees with by the margin; otherwise the field stays blank and the checklist shows the
 * candidates.
 *
 * @param threshold the pooled score a value needs
 * @param margin    how far it must lead the best value it disagrees with
 */
public record Decision(double threshold, double margin) {

    /** The policy of most fields. */
    public static final Decision DEFAULT = new Decision(0.6, 0.2);

    public <T> FieldDraft<T> decide(List<Candidate<T>> candidates, String noneFound) {
        return decide(candidates, (a, b) -> Objects.equals(a, b), noneFound);
    }

    /**
     * @param agree whether two values support each other (equal, or one a coarser form of the other);
     *              the drafted value is the best-scored one of the agreeing group
     */
    public <T> FieldDraft<T> decide(List<Candidate<T>> candidates, BiPredicate<T, T> agree, String noneFound) {
        List<Candidate<T>> ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.comparingDouble((Candidate<T> c) -> c.score()).reversed());
        if (ranked.isEmpty()) {
            return new FieldDraft.Blank<>(noneFound, List.of());
        }
        Candidate<T> best = null;
        double bestPooled = -1;
        for (Candidate<T> c : ranked) {
            double pooled = pooled(ranked, c, agree);
            if (pooled > bestPooled + 1e-9) {
                best = c;
                bestPooled = pooled;
            }
        }
        Candidate<T> chosen = best;
        double rival = 0;
        Candidate<T> rivalCandidate = null;
        for (Candidate<T> c : ranked) {
            if (!agree.test(c.value(), chosen.value()) && !agree.test(chosen.value(), c.value())) {
                double pooled = pooled(ranked, c, agree);
                if (pooled > rival) {
                    rival = pooled;
                    rivalCandidate = c;
                }
            }
        }
        if (bestPooled < threshold) {
            return new FieldDraft.Blank<>(
                    String.format(
                            "unsure: the best candidate (%s, %s) scores %.2f, below %.2f",
                            describe(chosen), chosen.evidence().where(), bestPooled, threshold),
                    ranked);
        }
        if (rivalCandidate != null && bestPooled - rival < margin) {
            return new FieldDraft.Blank<>(
                    String.format(
                            "unsure between %s (%s, %.2f) and %s (%s, %.2f)",
                            describe(chosen),
                            chosen.evidence().where(),
                            bestPooled,
                            describe(rivalCandidate),
                            rivalCandidate.evidence().where(),
                            rival),
                    ranked);
        }
        return new FieldDraft.Drafted<>(chosen, bestPooled, ranked);
    }

    // the candidate itself, whose value equals others' where they agree: identity is meant
    @SuppressWarnings("ReferenceEquality")
    private static <T> double pooled(List<Candidate<T>> all, Candidate<T> of, BiPredicate<T, T> agree) {
        double miss = 1;
        for (Candidate<T> c : all) {
            if (c == of || agree.test(c.value(), of.value()) || agree.test(of.value(), c.value())) {
                miss *= 1 - c.score();
            }
        }
        return 1 - miss;
    }

    private static String describe(Candidate<?> c) {
        return "\"" + c.value() + "\" by " + c.rule();
    }
}
