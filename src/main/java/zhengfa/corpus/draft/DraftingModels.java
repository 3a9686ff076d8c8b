package zhengfa.corpus.draft;

import java.util.Optional;
import zhengfa.corpus.draft.candidate.LogisticModel;
import zhengfa.corpus.draft.extract.HeadlineModel;
import zhengfa.corpus.draft.layout.FurnitureModel;

/**
 * The learnt models drafting decides by, each optional: without one, that decision is left to the
 * rules' own scores. The benchmark compares the two, and each model's trainer reads the rules'
 * candidates without the model it is about to replace.
 *
 * @param furniture which whole lines are furniture
 * @param headline  which candidate is the headline, and whether any is sure enough to draft
 */
public record DraftingModels(Optional<LogisticModel> furniture, Optional<HeadlineModel> headline) {

    /** The models the drafter ships with. */
    public static DraftingModels bundled() {
        return new DraftingModels(Optional.of(FurnitureModel.bundled()), Optional.of(HeadlineModel.bundled()));
    }

    /** No model: every decision by the rules alone. */
    public static DraftingModels rulesOnly() {
        return new DraftingModels(Optional.empty(), Optional.empty());
    }

    public DraftingModels withoutFurniture() {
        return new DraftingModels(Optional.empty(), headline);
    }

    public DraftingModels withoutHeadline() {
        return new DraftingModels(furniture, Optional.empty());
    }
}
