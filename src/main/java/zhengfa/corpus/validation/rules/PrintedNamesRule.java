package zhengfa.corpus.validation.rules;

import java.util.List;
import zhengfa.corpus.finding.ArticleInput;
import zhengfa.corpus.finding.ArticleRule;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.FindingSink;
import zhengfa.corpus.finding.Location;
import zhengfa.corpus.model.Sidecar;

/**
 * Names the sidecar records as printed (interviewees, reporters, editors, source_as_printed) must
 * occur in the text verbatim: a made-up interviewee, or a name in the other script, is caught here.
 */
public final class PrintedNamesRule implements ArticleRule {

    @Override
    public void check(ArticleInput article, FindingSink sink) {
        if (!article.hasText() || !article.hasSidecar()) {
            return;
        }
        Sidecar sidecar = article.sidecar();
        List<Sidecar.Interviewee> interviewees = sidecar.interviewees();
        for (int i = 0; i < interviewees.size(); i++) {
            check(article, interviewees.get(i).name(), sink, "interviewees", Integer.toString(i), "name");
        }
        for (int i = 0; i < sidecar.reporters().size(); i++) {
            check(article, sidecar.reporters().get(i), sink, "reporters", Integer.toString(i));
        }
        for (int i = 0; i < sidecar.editors().size(); i++) {
            check(article, sidecar.editors().get(i), sink, "editors", Integer.toString(i));
        }
        check(article, sidecar.sourceAsPrinted(), sink, "source_as_printed");
    }

    private static void check(ArticleInput article, String name, FindingSink sink, String... pointer) {
        if (name == null || name.isEmpty() || article.text().contains(name)) {
            return;
        }
        sink.report(Finding.of(FindingCode.SIDECAR_NAME_NOT_IN_TEXT, article.sidecarFile())
                .at(Location.JsonPointer.of(pointer))
                .found("\"" + name + "\", which is not in " + article.textFile())
                .expected("the name exactly as the text prints it (same script)")
                .fix("copy the name from the text, or remove it if the text does not name this person or source"
                        + QuotedInTextRule.nearest(article, name))
                .message(String.join("/", pointer) + " names someone or something the text does not print"));
    }
}
