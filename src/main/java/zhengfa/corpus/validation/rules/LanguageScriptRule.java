package zhengfa.corpus.validation.rules;

import zhengfa.corpus.finding.ArticleInput;
import zhengfa.corpus.finding.ArticleRule;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.FindingSink;
import zhengfa.corpus.finding.Location;
import zhengfa.corpus.model.Script;

/** The BCP 47 tag's script subtag and the ISO 15924 script must say the same thing. */
public final class LanguageScriptRule implements ArticleRule {
    @Override
    public void check(ArticleInput article, FindingSink sink) {
        if (!article.hasSidecar()) {
            return;
        }
        Script declared = article.sidecar().script();
        String language = article.sidecar().language();
        if (declared == null
                || language == null
                || Script.parse(language.replace("zh-", "")).isEmpty()) {
            return;
        }
        String script = declared.code();
        if (!language.equals("zh-" + script)) {
            sink.report(Finding.of(FindingCode.SIDECAR_LANGUAGE_SCRIPT_MISMATCH, article.sidecarFile())
                    .at(Location.JsonPointer.of("language"))
                    .found("\"" + language + "\" with \"script\": \"" + script + "\"")
                    .expected("\"zh-" + script + "\"")
                    .fix("make language and script agree (zh-Hans with Hans, zh-Hant with Hant)")
                    .message("language tag contradicts the script"));
        }
    }
}
