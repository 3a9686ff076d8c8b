package zhengfa.corpus.draft.candidate;

import java.util.List;
import java.util.Optional;

/** What drafting decided for one field: a value with its evidence, or a blank with the reason. */
public sealed interface FieldDraft<T> permits FieldDraft.Drafted, FieldDraft.Blank {

    /** Every candidate considered, best first: the checklist shows them. */
    List<Candidate<T>> candidates();

    Optional<T> value();

    /**
     * @param chosen     the candidate whose value and evidence are drafted
     * @param confidence the pooled score of every candidate agreeing with it
     */
    record Drafted<T>(Candidate<T> chosen, double confidence, List<Candidate<T>> candidates) implements FieldDraft<T> {
        public Drafted {
            candidates = List.copyOf(candidates);
        }

        @Override
        public Optional<T> value() {
            return Optional.of(chosen.value());
        }
    }

    /** @param reason why nothing was drafted, in words for the curator */
    record Blank<T>(String reason, List<Candidate<T>> candidates) implements FieldDraft<T> {
        public Blank {
            candidates = List.copyOf(candidates);
        }

        @Override
        public Optional<T> value() {
            return Optional.empty();
        }
    }
}
