package zhengfa.corpus.validation;

import java.io.IOException;
import java.util.List;
import zhengfa.corpus.corpus.CorpusLayout;
import zhengfa.corpus.corpus.CorpusListing;
import zhengfa.corpus.finding.ArticleInput;
import zhengfa.corpus.finding.FindingSink;
import zhengfa.corpus.script.ScriptDetector;
import zhengfa.corpus.validation.rules.CorpusCheck;
import zhengfa.corpus.validation.rules.DuplicateIdCheck;
import zhengfa.corpus.validation.rules.DuplicateTextCheck;
import zhengfa.corpus.validation.rules.TextDigests;

/** The registry of checks over the whole corpus, driven together through their lifecycle ({@link CorpusCheck}). */
final class CorpusChecks implements AutoCloseable {

    /** What one article contributes to each check, in the registry's order (null where it brings nothing). */
    static final class Contributions {
        private final Object[] values;

        private Contributions(Object[] values) {
            this.values = values;
        }
    }

    private final List<CorpusCheck<?>> checks;

    private CorpusChecks(List<CorpusCheck<?>> checks) {
        this.checks = List.copyOf(checks);
    }

    static CorpusChecks standard(CorpusLayout layout, CorpusListing articles, ScriptDetector detector) {
        return new CorpusChecks(List.of(
                new DuplicateIdCheck(
                        articles, id -> layout.display(layout.root().resolve(id + CorpusLayout.SIDECAR_SUFFIX))),
                new DuplicateTextCheck(
                        detector,
                        position -> layout.display(articles.get(position).text()))));
    }

    /** On a worker, for an article read and checked in this run. */
    Contributions contribute(ArticleInput article) {
        Object[] values = new Object[checks.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = checks.get(i).contribute(article);
        }
        return new Contributions(values);
    }

    /** On a worker, for a clean article the validation cache vouches for. */
    Contributions fromCache(TextDigests cached) {
        Object[] values = new Object[checks.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = checks.get(i).contributionFromCache(cached);
        }
        return new Contributions(values);
    }

    /** What the validation cache keeps of a clean article, or null when no check keeps anything of it. */
    TextDigests toCache(Contributions contributions) {
        for (int i = 0; i < checks.size(); i++) {
            TextDigests kept = toCache(checks.get(i), contributions.values[i]);
            if (kept != null) {
                return kept;
            }
        }
        return null;
    }

    /** On the calling thread, in id order. */
    void accept(int position, Contributions contributions) throws IOException {
        for (int i = 0; i < checks.size(); i++) {
            if (contributions.values[i] != null) {
                accept(checks.get(i), position, contributions.values[i]);
            }
        }
    }

    void finish(FindingSink sink) throws IOException {
        for (CorpusCheck<?> check : checks) {
            check.finish(sink);
        }
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (CorpusCheck<?> check : checks) {
            try {
                check.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    // A contribution came from the same check's contribute() or contributionFromCache(): its type is C.
    @SuppressWarnings("unchecked")
    private static <C> TextDigests toCache(CorpusCheck<C> check, Object contribution) {
        return contribution == null ? null : check.toCache((C) contribution);
    }

    @SuppressWarnings("unchecked")
    private static <C> void accept(CorpusCheck<C> check, int position, Object contribution) throws IOException {
        check.accept(position, (C) contribution);
    }
}
