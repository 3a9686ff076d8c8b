package zhengfa.corpus.draft.extract;

import com.fasterxml.jackson.databind.JsonNode;
import zhengfa.corpus.draft.candidate.Decision;
import zhengfa.corpus.draft.candidate.LogisticModel;

/**
 * The model of "this region is the article's" over {@link RegionFeatures}, trained on the tune
 * half of the labelled pages (scripts/train-region-model; docs/drafting.md says how it was chosen
 * and how it scores), and the decision over its probabilities: the threshold and margin that cross-validation
 * chose for few wrong regions.
 */
public record RegionModel(LogisticModel model, Decision decision) {

    /** The model file the drafter uses. */
    public static final String RESOURCE = "/zhengfa/corpus/draft/extract/region-model.json";
    public static final String RETRAIN = "scripts/train-region-model";

    public RegionModel {
        model.expecting(RegionFeatures.NAMES, RETRAIN);
    }

    /** The model the drafter ships with. */
    public static RegionModel bundled() {
        return read(LogisticModel.json(RESOURCE));
    }

    /** A model file: the logistic model's JSON with the decision's margin beside it (its threshold is the model's). */
    public static RegionModel read(JsonNode json) {
        LogisticModel model = LogisticModel.read(json);
        return new RegionModel(model, new Decision(model.threshold(), json.path("margin").asDouble()));
    }
}
