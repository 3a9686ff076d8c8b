package zhengfa.corpus.validation.rules;

import java.io.IOException;
import java.util.Set;
import zhengfa.corpus.finding.ArticleInput;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.FindingSink;

/**
 * A check over the whole corpus, as frictionless-py's {@code Check} is over a whole table. Its
 * lifecycle, driven by the validator:
 *
 * <ol>
 *   <li>{@link #contribute}: on a worker thread, what one article brings to the check, computed
 *       from that article alone;</li>
 *   <li>{@link #accept}: on the calling thread, in id order, each article's contribution;</li>
 *   <li>{@link #finish}: once every article was seen, the findings.</li>
 * </ol>
 *
 * <p>An article the validation cache vouches for is not read again: its contribution comes from
 * {@link #contributionFromCache}, which must give what {@link #contribute} would have given for
 * that clean article.
 *
 * @param <C> what an article contributes
 */
public interface CorpusCheck<C> extends AutoCloseable {

    /** The finding codes this check may report. */
    Set<FindingCode> codes();

    /** On a worker: the article's contribution, or null if it brings nothing. */
    C contribute(ArticleInput article);

    /** On a worker: the contribution of a clean article, from what the validation cache kept of it. */
    C contributionFromCache(TextDigests cached);

    /** What the validation cache keeps of a clean article's contribution, or null if this check keeps nothing. */
    default TextDigests toCache(C contribution) {
        return null;
    }

    /** On the calling thread, in id order: an article's contribution (never null). */
    void accept(int position, C contribution) throws IOException;

    /** Reports the findings once every article was accepted. */
    void finish(FindingSink sink) throws IOException;

    /** Frees what the check holds (temporary files); safe after a failed run and more than once. */
    @Override
    default void close() throws IOException {}
}
