package zhengfa.corpus.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import zhengfa.corpus.corpus.ArticleFiles;
import zhengfa.corpus.corpus.ArticleLoader;
import zhengfa.corpus.corpus.ArticleStamps;
import zhengfa.corpus.corpus.CorpusLayout;
import zhengfa.corpus.corpus.CorpusListing;
import zhengfa.corpus.corpus.CorpusScanner;
import zhengfa.corpus.corpus.Futures;
import zhengfa.corpus.corpus.OrderedParallel;
import zhengfa.corpus.corpus.Progress;
import zhengfa.corpus.finding.ArticleInput;
import zhengfa.corpus.finding.ArticleRule;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingSink;
import zhengfa.corpus.finding.Severity;
import zhengfa.corpus.script.ScriptDetector;
import zhengfa.corpus.validation.rules.TextDigests;
import zhengfa.corpus.vocab.LazyVocabulary;
import zhengfa.corpus.vocab.ProjectVocabulary;
import zhengfa.corpus.vocab.VocabularyException;

/** Runs every rule over every article of a corpus folder and collects all findings in one report. */
public final class CorpusValidator {

    private static final HexFormat HEX = HexFormat.of();
    private static final int VALIDATION_BATCH = 32;

    private final LazyVocabulary vocabulary;
    private final ValidationSettings settings;
    private final ScriptDetector scriptDetector;
    private final Path cacheDir;

    public CorpusValidator(ProjectVocabulary vocabulary, ValidationSettings settings, ScriptDetector scriptDetector) {
        this(vocabulary, settings, scriptDetector, null);
    }

    /** @param cacheDir where the validation cache lives, or null for none */
    public CorpusValidator(
            ProjectVocabulary vocabulary, ValidationSettings settings, ScriptDetector scriptDetector, Path cacheDir) {
        this(LazyVocabulary.of(vocabulary), settings, scriptDetector, cacheDir);
    }

    /**
     * A validator that loads the vocabulary only if an article needs checking, or if the cache
     * cannot vouch for the schema folder (see {@link #validate(Path, ValidatedArticles, boolean)}).
     */
    public CorpusValidator(
            LazyVocabulary vocabulary, ValidationSettings settings, ScriptDetector scriptDetector, Path cacheDir) {
        this.vocabulary = vocabulary;
        this.settings = settings;
        this.scriptDetector = scriptDetector;
        this.cacheDir = cacheDir;
    }

    private List<ArticleRule> articleRules(ProjectVocabulary vocabulary) {
        return ArticleRules.standard(vocabulary, settings, scriptDetector);
    }

    public ValidationReport validate(Path corpusDir) throws IOException {
        return validate(corpusDir, null, false);
    }

    /**
     * Validates, and hands every article to {@code articles} as it goes, until the report fails
     * ({@code strict}: warnings fail it too).
     *
     * @throws VocabularyException if the schema folder is broken. It is loaded before any article
     *     is read (without a cache, before the folder is even scanned), unless a cache for exactly
     *     these schema files exists: an earlier run loaded them to write it, so they are loaded
     *     only when an article needs checking.
     */
    public <T> ValidationReport validate(Path corpusDir, ValidatedArticles<T> articles, boolean strict)
            throws IOException {
        if (cacheDir == null) {
            vocabulary.get();
            return validate(corpusDir, CompletableFuture.completedFuture(ValidationCache.disabled()), articles, strict);
        }
        // Keying and loading the cache (hashing schema/ and the tool's jar, reading an entry per
        // article) takes as long as a tenth of a cached run: it overlaps the folder scan.
        CompletableFuture<ValidationCache> cache = new CompletableFuture<>();
        Thread opener = new Thread(
                () -> {
                    try {
                        cache.complete(ValidationCache.open(cacheDir, vocabulary.schemaDir(), settings));
                    } catch (IOException | RuntimeException e) {
                        cache.completeExceptionally(e);
                    }
                },
                "zhengfa-cache-loader");
        opener.setDaemon(true);
        opener.start();
        return validate(corpusDir, cache, articles, strict);
    }

    private static ValidationCache await(CompletableFuture<ValidationCache> cache) throws IOException {
        return Futures.await(cache, "loading the validation cache");
    }

    /**
     * The pass over the corpus, top to bottom: scan the folder; open the validation cache; then, on
     * the workers, load each article, run the article rules and compute its contributions to the
     * corpus checks; in id order, feed the corpus checks and hand the articles to whoever takes them
     * (the release's tables, or nobody for {@code validate}); at the end, let the taker close its
     * files and the corpus checks report. The cache is saved with the articles found clean.
     */
    private <T> ValidationReport validate(
            Path corpusDir, CompletableFuture<ValidationCache> loading, ValidatedArticles<T> taker, boolean strict)
            throws IOException {
        ValidationReport report = new ValidationReport(settings.maxFindingsPerCode());
        CorpusLayout layout = new CorpusLayout(corpusDir);
        ValidationCache cache;
        try (OrderedParallel parallel = new OrderedParallel(settings.threads())) {
            CorpusListing articles = new CorpusScanner(layout, parallel, cacheDir != null).scan(report);
            cache = await(loading);
            if (!cache.writtenForTheseSchemas()) {
                vocabulary.get();
            }
            try (CorpusChecks checks = CorpusChecks.standard(layout, articles, scriptDetector)) {
                Pass<T> pass = new Pass<>(layout, articles, cache, checks, report, taker, strict);
                // Validation alone keeps nothing of an article once checked, so articles go to the
                // workers in batches; articles to be written go one by one, to hold few at a time.
                parallel.run(articles.size(), taker == null ? VALIDATION_BATCH : 1, pass::load, pass::take);
                pass.end();
                checks.finish(report);
                report.noteCached(pass.fromCache.get(), pass.unread.get(), articles.size());
            }
        }
        cache.save();
        return report;
    }

    /** What the workers made of one article: its contributions to the corpus checks, and what the taker prepared. */
    private record Loaded<T>(int position, CorpusChecks.Contributions contributions, T prepared) {}

    /** One pass: what is done with each article on a worker ({@link #load}) and then in id order ({@link #take}). */
    private final class Pass<T> {
        private final CorpusListing articles;
        private final ValidationCache cache;
        private final CorpusChecks checks;
        private final ValidationReport report;
        private final ValidatedArticles<T> taker;
        private final boolean strict;
        private final LazyChecks articleChecks;
        private final Progress progress;
        /** Set in id order once the report fails; read by the workers to stop preparing articles. */
        private final AtomicBoolean failed;

        private final AtomicInteger fromCache = new AtomicInteger();
        private final AtomicInteger unread = new AtomicInteger();

        Pass(
                CorpusLayout layout,
                CorpusListing articles,
                ValidationCache cache,
                CorpusChecks checks,
                ValidationReport report,
                ValidatedArticles<T> taker,
                boolean strict) {
            this.articles = articles;
            this.cache = cache;
            this.checks = checks;
            this.report = report;
            this.taker = taker;
            this.strict = strict;
            this.articleChecks = new LazyChecks(layout);
            this.progress = new Progress(taker == null ? "validating" : "validating and writing", articles.size());
            this.failed = new AtomicBoolean(!report.passes(strict));
            cache.begin(articles.size());
        }

        /** On a worker: load the article (or take it from the cache), run the article rules, compute its contributions. */
        Loaded<T> load(int position) {
            CountingSink local = new CountingSink(report);
            ArticleFiles files = articles.get(position);
            ArticleStamps stamps = cache.enabled() ? stampsOrNull(articles, position, files) : null;
            // With nobody taking the articles, unchanged files need not even be read.
            ValidationCache.Hit unchanged =
                    stamps == null || taker != null ? null : cache.lookupUnchanged(files.id(), stamps);
            if (unchanged != null) {
                cache.markClean(position, files.id(), stamps, unchanged.contentSha256(), unchanged.entry());
                fromCache.incrementAndGet();
                unread.incrementAndGet();
                return new Loaded<>(position, checks.fromCache(unchanged.entry()), null);
            }
            ArticleChecks loaded = articleChecks.get();
            ArticleLoader loader = loaded.loader();
            ArticleLoader.RawArticle raw = loader.read(files, local);
            byte[] digest = HEX.parseHex(raw.contentSha256());
            TextDigests cached = local.count() == 0 ? cache.lookup(digest) : null;
            if (cached != null) {
                cache.markClean(position, files.id(), stamps, digest, cached);
                fromCache.incrementAndGet();
                T prepared = taker == null || failed.get() ? null : taker.prepare(loader.parse(raw, local, false));
                return new Loaded<>(position, checks.fromCache(cached), prepared);
            }
            ArticleInput article = loader.parse(raw, local, true);
            check(article, loaded.rules(), local);
            CorpusChecks.Contributions contributions = checks.contribute(article);
            TextDigests kept = checks.toCache(contributions);
            if (kept != null && local.count() == 0) {
                cache.markClean(position, files.id(), stamps, digest, kept);
            }
            T prepared = taker == null || failed.get() || local.errors() > 0 ? null : taker.prepare(article);
            return new Loaded<>(position, contributions, prepared);
        }

        /** On the calling thread, in id order: the corpus checks take the contributions, the taker the article. */
        void take(Loaded<T> loaded) throws IOException {
            progress.step();
            checks.accept(loaded.position(), loaded.contributions());
            if (taker == null || failed.get()) {
                return;
            }
            if (!report.passes(strict) || loaded.prepared() == null) {
                failed.set(true);
                return;
            }
            taker.accept(loaded.prepared());
        }

        /** Every article was seen: the taker closes its files before the corpus checks need memory. */
        void end() throws IOException {
            progress.finish();
            if (taker != null) {
                taker.end();
            }
        }
    }

    /**
     * The files' stamps as the scan saw them, or (for links) as they are now; null when one cannot
     * be read (reading it will report why).
     */
    private static ArticleStamps stampsOrNull(CorpusListing articles, int index, ArticleFiles files) {
        ArticleStamps scanned = articles.stamps(index);
        if (scanned != null) {
            return scanned;
        }
        try {
            return ValidationCache.stamps(files.text(), files.sidecar(), files.annotations());
        } catch (IOException e) {
            return null;
        }
    }

    /** Counts what one article reports, to know whether it came out clean. */
    private static final class CountingSink implements FindingSink {
        private final FindingSink delegate;
        private int count;
        private int errors;

        CountingSink(FindingSink delegate) {
            this.delegate = delegate;
        }

        @Override
        public void report(Finding finding) {
            count++;
            if (finding.severity() == Severity.ERROR) {
                errors++;
            }
            delegate.report(finding);
        }

        int count() {
            return count;
        }

        int errors() {
            return errors;
        }
    }

    /** Runs every rule that looks at one article alone. */
    public void check(ArticleInput article, FindingSink sink) throws VocabularyException {
        check(article, articleRules(vocabulary.get()), sink);
    }

    private static void check(ArticleInput article, List<ArticleRule> rules, FindingSink sink) {
        for (ArticleRule rule : rules) {
            rule.check(article, sink);
        }
    }

    public ArticleLoader loader(CorpusLayout layout) throws VocabularyException {
        return loader(layout, vocabulary.get());
    }

    private ArticleLoader loader(CorpusLayout layout, ProjectVocabulary vocabulary) {
        return new ArticleLoader(
                layout,
                vocabulary.articleSchema(),
                vocabulary.annotationSchema(),
                settings.jsonLimits(),
                settings.maxTextBytes());
    }

    /** The loader and the rules, which need the vocabulary. */
    private record ArticleChecks(ArticleLoader loader, List<ArticleRule> rules) {}

    /** Builds the article checks when the first worker needs them, once for all workers. */
    private final class LazyChecks {
        private final CorpusLayout layout;
        private volatile ArticleChecks built;

        LazyChecks(CorpusLayout layout) {
            this.layout = layout;
        }

        ArticleChecks get() {
            ArticleChecks checks = built;
            if (checks != null) {
                return checks;
            }
            synchronized (this) {
                if (built == null) {
                    try {
                        ProjectVocabulary loaded = vocabulary.get();
                        built = new ArticleChecks(loader(layout, loaded), articleRules(loaded));
                    } catch (VocabularyException e) {
                        // OrderedParallel hands the cause back to the calling thread as itself.
                        throw new UncheckedIOException(e);
                    }
                }
                return built;
            }
        }
    }
}
