package zhengfa.corpus.validation.rules;

import java.util.Optional;
import zhengfa.corpus.finding.ArticleInput;
import zhengfa.corpus.finding.ArticleRule;
import zhengfa.corpus.finding.Edit;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.FindingSink;
import zhengfa.corpus.finding.Location;
import zhengfa.corpus.model.Script;
import zhengfa.corpus.script.ScriptDetector;
import zhengfa.corpus.script.ScriptVerdict;

/**
 * The declared script must be the script the text is written in. The text is read without its
 * boilerplate spans: a mirror's injected spam line in the other script is furniture, and annotating
 * it as boilerplate is what clears it.
 */
public final class ScriptRule implements ArticleRule {

    private static final Location AT_SCRIPT = Location.JsonPointer.of("script");
    private final ScriptDetector detector;

    public ScriptRule(ScriptDetector detector) {
        this.detector = detector;
    }

    @Override
    public void check(ArticleInput article, FindingSink sink) {
        if (!article.hasText() || !article.hasSidecar()) {
            return;
        }
        // a missing script, or one outside the vocabulary, is the schema's finding, not ours
        String declared = Optional.ofNullable(article.sidecar().script())
                .map(Script::code)
                .orElse(null);
        if (declared == null) {
            return;
        }
        ScriptVerdict verdict = detector.detect(ArticleTextWithoutFurniture.of(article));
        if (verdict instanceof ScriptVerdict.Clear clear && !clear.script().equals(declared)) {
            sink.report(Finding.of(FindingCode.TEXT_SCRIPT_MISMATCH, article.sidecarFile())
                    .at(AT_SCRIPT)
                    .found("\"" + declared + "\", but the text is " + clear.script() + " ("
                            + clear.evidence().describe() + ")")
                    .expected("\"" + clear.script() + "\"")
                    .edit(Edit.json()
                            .set("/script", clear.script())
                            .set("/language", "zh-" + clear.script())
                            .build())
                    .fix("write \"script\": \"" + clear.script() + "\" and \"language\": \"zh-" + clear.script()
                            + "\", unless the wrong text was saved under this id")
                    .message("declared script " + declared + " differs from the text's script " + clear.script()));
        } else if (verdict instanceof ScriptVerdict.Mixed mixed) {
            sink.report(Finding.of(FindingCode.TEXT_SCRIPT_MIXED, article.textFile())
                    .found(mixed.evidence().describe())
                    .expected("at least " + (int) (ScriptDetector.DOMINANCE * 100)
                            + "% of the script-specific characters in one script")
                    .fix(
                            "check whether two texts were pasted together or a conversion stopped half-way, and store one article in"
                                    + " one script; a line of page furniture in the other script (a mirror's spam, a site's menu) is"
                                    + " cleared by annotating it as boilerplate")
                    .message("text mixes Simplified and Traditional characters"));
        } else if (verdict instanceof ScriptVerdict.Undetermined undetermined) {
            sink.report(Finding.of(FindingCode.TEXT_SCRIPT_UNDETERMINED, article.textFile())
                    .found(undetermined.evidence().describe())
                    .expected("at least " + ScriptDetector.MIN_EVIDENCE + " script-specific Han characters")
                    .fix("check \"script\" by eye; the text is too short or too un-Chinese to check it automatically")
                    .message("cannot confirm the declared script " + declared + " from the text"));
        }
    }
}
