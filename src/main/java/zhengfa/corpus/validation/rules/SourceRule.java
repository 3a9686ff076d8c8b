package zhengfa.corpus.validation.rules;

import zhengfa.corpus.finding.ArticleInput;
import zhengfa.corpus.finding.ArticleRule;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.FindingSink;
import zhengfa.corpus.finding.Location;
import zhengfa.corpus.vocab.Sources;

/** source and retrieved_from are keys of schema/sources.json. */
public final class SourceRule implements ArticleRule {

    private final Sources sources;

    public SourceRule(Sources sources) {
        this.sources = sources;
    }

    @Override
    public void check(ArticleInput article, FindingSink sink) {
        if (!article.hasSidecar()) {
            return;
        }
        if (article.sidecar().source() != null) {
            checkKey(article, "source", article.sidecar().source(), sink);
        }
        if (article.sidecar().retrievedFrom() != null) {
            checkKey(article, "retrieved_from", article.sidecar().retrievedFrom(), sink);
        }
    }

    private void checkKey(ArticleInput article, String field, String key, FindingSink sink) {
        if (sources.find(key).isEmpty()) {
            sink.report(Finding.of(FindingCode.SIDECAR_UNKNOWN_SOURCE, article.sidecarFile())
                    .at(Location.JsonPointer.of(field))
                    .found("\"" + key + "\"")
                    .expected("one of " + sources.ids())
                    .fix("use a key of schema/sources.json, or add the publication there first")
                    .message("unknown source key " + key));
        }
    }
}
