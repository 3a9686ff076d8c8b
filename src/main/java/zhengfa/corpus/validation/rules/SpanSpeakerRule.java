package zhengfa.corpus.validation.rules;

import zhengfa.corpus.finding.ArticleInput;
import zhengfa.corpus.finding.ArticleRule;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.FindingSink;
import zhengfa.corpus.model.Span;
import zhengfa.corpus.vocab.LabelRegistry;

/**
 * A turn's speaker is the label printed where the turn begins (schema/labels.json: a question runs
 * "from the speaker label", its speaker is "the speaker as printed"): a span whose {@code speaker}
 * is not printed at its start names someone the text does not show there, or starts in the wrong
 * place. Which of the two is wrong is a judgement, so no fix is computed.
 */
public final class SpanSpeakerRule implements ArticleRule {

    static final String SPEAKER = "speaker";

    private final LabelRegistry labels;

    public SpanSpeakerRule(LabelRegistry labels) {
        this.labels = labels;
    }

    /** Whether schema/labels.json gives this span's label a speaker: elsewhere the attribute is SpanLabelRule's. */
    private boolean takesASpeaker(Span span) {
        return labels.layer(span.layer())
                .map(layer -> layer.labels().get(span.label()))
                .filter(label -> label.attributes().containsKey(SPEAKER))
                .isPresent();
    }

    @Override
    public void check(ArticleInput article, FindingSink sink) {
        for (Span span : article.annotations().spans()) {
            String speaker = span.attrs().get(SPEAKER);
            if (speaker == null
                    || !takesASpeaker(span)
                    || speaker.isBlank()
                    || span.text() == null
                    || span.text().strip().startsWith(speaker)) {
                continue;
            }
            String opening = span.text().strip();
            opening = opening.substring(
                    0, opening.offsetByCodePoints(0, Math.min(12, opening.codePointCount(0, opening.length()))));
            sink.report(Finding.of(FindingCode.SPAN_SPEAKER_NOT_PRINTED, article.annotationFile())
                    .at(SpanPointers.at(span, "attrs", SPEAKER))
                    .found(SpanPointers.describe(span) + " gives the speaker \"" + speaker + "\" but begins \""
                            + opening + "…\"")
                    .expected("the span to begin with its speaker's label as printed")
                    .fix("set attrs.speaker to the label printed where turn " + span.id()
                            + " begins, or start the span where \"" + speaker + "\" is printed")
                    .message("span " + span.id() + " does not begin with its speaker \"" + speaker + "\""));
        }
    }
}
