package zhengfa.corpus.validation;

/** A check across articles (duplicates): sees each article once, then reports at the end of the run. */
public interface CorpusRule {
    void accept(ArticleInput article);

    void finish(FindingSink sink);
}
