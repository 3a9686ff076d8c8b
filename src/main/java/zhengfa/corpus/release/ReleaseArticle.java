package zhengfa.corpus.release;

import zhengfa.corpus.model.PartialDate;
import zhengfa.corpus.model.Sidecar;
import zhengfa.corpus.vocab.Region;
import zhengfa.corpus.vocab.Source;

/** A validated article with its vocabulary entries resolved: everything a release row is made of. */
public record ReleaseArticle(Sidecar sidecar, String text, PartialDate date, Region region, Source source) {
}
