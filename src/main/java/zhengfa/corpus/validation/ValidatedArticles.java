package zhengfa.corpus.validation;

import java.io.IOException;
import zhengfa.corpus.finding.ArticleInput;

/**
 * Takes the articles of a corpus while it is being validated, so that a release is written in the
 * same pass that validates it instead of reading and parsing the corpus a second time. Whoever
 * writes must still discard everything if the finished report does not pass: rules over the whole
 * corpus (duplicate ids and texts) only report at the end.
 *
 * @param <T> what an article becomes on a worker thread, e.g. its release rows
 */
public interface ValidatedArticles<T> {

    /**
     * On a worker thread, for an article in which no rule found an error: the work that can be
     * done in parallel. Not called once the corpus has failed.
     */
    T prepare(ArticleInput article);

    /**
     * On the calling thread, in corpus order, for every article until the corpus fails; after
     * that, for none.
     */
    void accept(T prepared) throws IOException;

    /**
     * Called once every article has been seen (whether or not the corpus failed), before the
     * rules over the whole corpus run, so that files can be closed and their buffers freed before
     * those rules need memory.
     */
    void end() throws IOException;
}
