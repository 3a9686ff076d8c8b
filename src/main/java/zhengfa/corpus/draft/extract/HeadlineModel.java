package zhengfa.corpus.draft.extract;

import com.fasterxml.jackson.databind.JsonNode;
import zhengfa.corpus.draft.candidate.Decision;
import zhengfa.corpus.draft.candidate.LogisticModel;

/**
 * The model of "this candidate is the headline" over {@link HeadlineFeatures}, trained on the tune
 * half of the labelled pages (scripts/train-headline-model; docs/drafting.md says how it was chosen
 * and how it scores), and the decision over its probabilities: the threshold and margin that cross-validation
 * chose for few wrong headlines.
 */
public record HeadlineModel(LogisticModel model, Decision decision) {

    /** The model file the drafter uses. */
    public static final String RESOURCE = "/zhengfa/corpus/draft/extract/headline-model.json";

    public static final String RETRAIN = "scripts/train-headline-model";

    public HeadlineModel {
        model.expecting(HeadlineFeatures.NAMES, RETRAIN);
    }

    /** The model the drafter ships with. */
    public static HeadlineModel bundled() {
        return read(LogisticModel.json(RESOURCE));
    }

    /** A model file: the logistic model's JSON with the decision's margin beside it (its threshold is the model's). */
    public static HeadlineModel read(JsonNode json) {
        LogisticModel model = LogisticModel.read(json);
        return new HeadlineModel(
                model, new Decision(model.threshold(), json.path("margin").asDouble()));
    }
}
