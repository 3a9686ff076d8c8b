package zhengfa.corpus.dataset;

import zhengfa.corpus.finding.ArticleInput;
import zhengfa.corpus.model.Annotations;
import zhengfa.corpus.model.PartialDate;
import zhengfa.corpus.model.Sidecar;
import zhengfa.corpus.vocab.ProjectVocabulary;
import zhengfa.corpus.vocab.Region;
import zhengfa.corpus.vocab.Source;

/**
 * A validated article with its vocabulary entries resolved: everything a release row is made of.
 *
 * @param contentSha256 identity of the article's content: SHA-256 over the SHA-256 digests of its
 *     text, sidecar and annotation files
 */
public record ReleaseArticle(
        Sidecar sidecar,
        String text,
        PartialDate date,
        Region region,
        Source source,
        Annotations annotations,
        String contentSha256) {

    /** An article that validated, its references resolved; only valid articles resolve. */
    public static ReleaseArticle of(ArticleInput input, ProjectVocabulary vocabulary) {
        Sidecar sidecar = input.sidecar();
        return new ReleaseArticle(
                sidecar,
                input.text(),
                sidecar.date().valid().orElseThrow(),
                vocabulary.regions().find(sidecar.region()).orElseThrow(),
                vocabulary.sources().find(sidecar.source()).orElseThrow(),
                input.annotations(),
                input.contentSha256());
    }
}
