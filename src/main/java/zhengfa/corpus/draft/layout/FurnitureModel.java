package zhengfa.corpus.draft.layout;

import java.util.List;
import zhengfa.corpus.draft.candidate.LogisticModel;
import zhengfa.corpus.draft.candidate.TermWeights;

/**
 * The model of "this line is furniture" over {@link LineFeatures}, trained on the tune half of the
 * labelled pages (scripts/train-furniture-model; docs/drafting.md says how it was chosen and how it
 * scores).
 */
public final class FurnitureModel {

    /** The model file the drafter uses. */
    public static final String RESOURCE = "/zhengfa/corpus/draft/layout/furniture-model.json";

    static final String RETRAIN = "scripts/train-furniture-model";

    private FurnitureModel() {}

    /** The model the drafter ships with. */
    public static LogisticModel bundled() {
        return LogisticModel.resource(RESOURCE).expecting(LineFeatures.NAMES, LineFeatures.TERM_FORM, RETRAIN);
    }

    /** A furniture model of these weights, refused if they are not for the features and terms {@link LineFeatures} computes. */
    public static LogisticModel of(
            List<String> features,
            double[] weights,
            TermWeights terms,
            double bias,
            double threshold,
            String trainedOn) {
        return new LogisticModel(features, weights, terms, bias, threshold, trainedOn)
                .expecting(LineFeatures.NAMES, LineFeatures.TERM_FORM, RETRAIN);
    }

    /** A furniture model of these weights and no term weights (a test's). */
    public static LogisticModel of(
            List<String> features, double[] weights, double bias, double threshold, String trainedOn) {
        return of(
                features,
                weights,
                new TermWeights(LineFeatures.TERM_FORM, java.util.Map.of()),
                bias,
                threshold,
                trainedOn);
    }
}
