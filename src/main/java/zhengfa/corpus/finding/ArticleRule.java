package zhengfa.corpus.finding;

/** One check of one article. Rules report findings; they never throw for bad input. */
@FunctionalInterface
public interface ArticleRule {
    void check(ArticleInput article, FindingSink sink);
}
