package zhengfa.corpus.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import zhengfa.corpus.corpus.ArticleFiles;
import zhengfa.corpus.corpus.ArticleLoader;
import zhengfa.corpus.corpus.ArticleStamps;
import zhengfa.corpus.corpus.CorpusLayout;
import zhengfa.corpus.corpus.CorpusListing;
import zhengfa.corpus.corpus.CorpusScanner;
import zhengfa.corpus.corpus.OrderedParallel;
import zhengfa.corpus.corpus.Progress;
import zhengfa.corpus.finding.ArticleInput;
import zhengfa.corpus.finding.ArticleRule;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingSink;
import zhengfa.corpus.finding.Severity;
import zhengfa.corpus.script.ScriptDetector;
import zhengfa.corpus.validation.rules.AnnotationArticleIdRule;
import zhengfa.corpus.validation.rules.BomRule;
import zhengfa.corpus.validation.rules.ControlCharacterRule;
import zhengfa.corpus.validation.rules.DateRule;
import zhengfa.corpus.validation.rules.DuplicateIdRule;
import zhengfa.corpus.validation.rules.DuplicateTextRule;
import zhengfa.corpus.validation.rules.EmptyTextRule;
import zhengfa.corpus.validation.rules.IdMatchesStemRule;
import zhengfa.corpus.validation.rules.LanguageScriptRule;
import zhengfa.corpus.validation.rules.LineEndingRule;
import zhengfa.corpus.validation.rules.NfcRule;
import zhengfa.corpus.validation.rules.OnlyBoilerplateRule;
import zhengfa.corpus.validation.rules.QuotedInTextRule;
import zhengfa.corpus.validation.rules.RegionRule;
import zhengfa.corpus.validation.rules.ScriptRule;
import zhengfa.corpus.validation.rules.SourceRule;
import zhengfa.corpus.validation.rules.SpanAnchorRule;
import zhengfa.corpus.validation.rules.SpanIdRule;
import zhengfa.corpus.validation.rules.SpanLabelRule;
import zhengfa.corpus.validation.rules.SpanOverlapRule;
import zhengfa.corpus.validation.rules.TextDigests;
import zhengfa.corpus.vocab.LazyVocabulary;
import zhengfa.corpus.vocab.ProjectVocabulary;
import zhengfa.corpus.vocab.VocabularyException;

/** Runs every rule over every article of a corpus folder and collects all findings in one report. */
public final class CorpusValidator {

    private static final java.util.HexFormat HEX = java.util.HexFormat.of();
    private static final int VALIDATION_BATCH = 32;

    private final LazyVocabulary vocabulary;
    private final ValidationSettings settings;
    private final ScriptDetector scriptDetector;
    private final Path cacheDir;

    public CorpusValidator(ProjectVocabulary vocabulary, ValidationSettings settings, ScriptDetector scriptDetector) {
        this(vocabulary, settings, scriptDetector, null);
    }

    /** @param cacheDir where the validation cache lives, or null for none */
    public CorpusValidator(ProjectVocabulary vocabulary, ValidationSettings settings, ScriptDetector scriptDetector,
                           Path cacheDir) {
        this(LazyVocabulary.of(vocabulary), settings, scriptDetector, cacheDir);
    }

    /**
     * A validator that loads the vocabulary only if an article needs checking, or if the cache
     * cannot vouch for the schema folder (see {@link #validate(Path, ValidatedArticles, boolean)}).
     */
    public CorpusValidator(LazyVocabulary vocabulary, ValidationSettings settings, ScriptDetector scriptDetector,
                           Path cacheDir) {
        this.vocabulary = vocabulary;
        this.settings = settings;
        this.scriptDetector = scriptDetector;
        this.cacheDir = cacheDir;
    }

    private List<ArticleRule> articleRules(ProjectVocabulary vocabulary) {
        return List.of(
                new BomRule(),
                new LineEndingRule(),
                new ControlCharacterRule(),
                new NfcRule(),
                new EmptyTextRule(),
                new IdMatchesStemRule(),
                new DateRule(settings.releaseDate()),
                QuotedInTextRule.dateEvidence(),
                QuotedInTextRule.printedTitle(),
                new RegionRule(vocabulary.regions()),
                new SourceRule(vocabulary.sources()),
                new LanguageScriptRule(),
                new ScriptRule(scriptDetector),
                new AnnotationArticleIdRule(),
                new SpanIdRule(),
                new SpanAnchorRule(),
                new SpanLabelRule(vocabulary.labels(), vocabulary.regions()),
                new SpanOverlapRule(vocabulary.labels()),
                new OnlyBoilerplateRule());
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
    public <T> ValidationReport validate(Path corpusDir, ValidatedArticles<T> articles, boolean strict) throws IOException {
        if (cacheDir == null) {
            vocabulary.get();
            return validate(corpusDir, CompletableFuture.completedFuture(ValidationCache.disabled()), articles, strict);
        }
        // Keying and loading the cache (hashing schema/ and the tool's jar, reading an entry per
        // article) takes as long as a tenth of a cached run: it overlaps the folder scan.
        CompletableFuture<ValidationCache> cache = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                cache.complete(ValidationCache.open(cacheDir, vocabulary.schemaDir(), settings));
            } catch (IOException | RuntimeException e) {
                cache.completeExceptionally(e);
            }
        }, "zhengfa-cache-loader");
        opener.setDaemon(true);
        opener.start();
        return validate(corpusDir, cache, articles, strict);
    }

    private static ValidationCache await(CompletableFuture<ValidationCache> cache) throws IOException {
        try {
            return cache.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while loading the validation cache", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /**
     * Validates every article; one whose content the cache knows as clean is not parsed or checked
     * again (and, when nobody takes the articles, not even read if its files' sizes and times are
     * unchanged). The cache is then saved with the articles found clean.
     */
    private <T> ValidationReport validate(Path corpusDir, CompletableFuture<ValidationCache> loading,
                                          ValidatedArticles<T> taker, boolean strict) throws IOException {
        ValidationReport report = new ValidationReport(settings.maxFindingsPerCode());
        CorpusLayout layout = new CorpusLayout(corpusDir);
        ValidationCache cache;
        try (OrderedParallel parallel = new OrderedParallel(settings.threads())) {
            CorpusListing articles = new CorpusScanner(layout, parallel, cacheDir != null).scan(report);
            cache = await(loading);
            if (!cache.writtenForTheseSchemas()) {
                vocabulary.get();
            }
            validate(layout, articles, parallel, report, cache, taker, strict);
        }
        cache.save();
        return report;
    }

    private <T> void validate(CorpusLayout layout, CorpusListing articles, OrderedParallel parallel, ValidationReport report,
                              ValidationCache cache, ValidatedArticles<T> taker, boolean strict) throws IOException {
        DuplicateIdRule duplicateIds = new DuplicateIdRule(articles,
                id -> layout.display(layout.root().resolve(id + CorpusLayout.SIDECAR_SUFFIX)));
        try (DuplicateTextRule duplicateTexts = new DuplicateTextRule(scriptDetector, i -> layout.display(articles.get(i).text()))) {
            validate(layout, articles, parallel, report, cache, taker, strict, duplicateIds, duplicateTexts);
        }
    }

    private <T> void validate(CorpusLayout layout, CorpusListing articles, OrderedParallel parallel, ValidationReport report,
                              ValidationCache cache, ValidatedArticles<T> taker, boolean strict, DuplicateIdRule duplicateIds,
                              DuplicateTextRule duplicateTexts) throws IOException {
        LazyChecks checks = new LazyChecks(layout);
        AtomicInteger fromCache = new AtomicInteger();
        AtomicInteger unread = new AtomicInteger();
        // Set by the calling thread once the report fails, read by workers to stop preparing.
        AtomicBoolean failed = new AtomicBoolean(!report.passes(strict));
        cache.begin(articles.size());
        Progress progress = new Progress(taker == null ? "validating" : "validating and writing", articles.size());
        // Validation alone keeps nothing of an article once checked, so articles go to the workers
        // in batches; articles to be written go one by one, to hold few of them at a time.
        parallel.run(articles.size(), taker == null ? VALIDATION_BATCH : 1, i -> {
            CountingSink local = new CountingSink(report);
            ArticleFiles files = articles.get(i);
            ArticleStamps stamps = cache.enabled() ? stampsOrNull(articles, i, files) : null;
            // With nobody taking the articles, unchanged files need not even be read.
            ValidationCache.Hit unchanged = stamps == null || taker != null ? null : cache.lookupUnchanged(files.id(), stamps);
            if (unchanged != null) {
                serveFromCache(i, files, stamps, unchanged.contentSha256(), unchanged.entry(), duplicateTexts, cache);
                fromCache.incrementAndGet();
                unread.incrementAndGet();
                return Optional.<T>empty();
            }
            ArticleChecks articleChecks = checks.get();
            ArticleLoader loader = articleChecks.loader();
            ArticleLoader.RawArticle raw = loader.read(files, local);
            byte[] digest = HEX.parseHex(raw.contentSha256());
            TextDigests cached = local.count() == 0 ? cache.lookup(digest) : null;
            if (cached != null) {
                serveFromCache(i, files, stamps, digest, cached, duplicateTexts, cache);
                fromCache.incrementAndGet();
                return taker == null || failed.get() ? Optional.<T>empty()
                        : Optional.ofNullable(taker.prepare(loader.parse(raw, local, false)));
            }
            ArticleInput article = loader.parse(raw, local, true);
            check(article, articleChecks.rules(), local);
            duplicateIds.accept(article);
            TextDigests entry = duplicateTexts.digestsOf(article);
            if (entry != null) {
                accept(duplicateTexts, i, entry);
                if (local.count() == 0) {
                    cache.markClean(i, files.id(), stamps, digest, entry);
                }
            }
            return taker == null || failed.get() || local.errors() > 0 ? Optional.<T>empty()
                    : Optional.ofNullable(taker.prepare(article));
        }, done -> {
            progress.step();
            if (taker == null || failed.get()) {
                return;
            }
            if (!report.passes(strict) || done.isEmpty()) {
                failed.set(true);
                return;
            }
            taker.accept(done.get());
        });
        progress.finish();
        if (taker != null) {
            taker.end();
        }
        duplicateIds.finish(report);
        duplicateTexts.finish(report);
        report.noteCached(fromCache.get(), unread.get(), articles.size());
    }

    /** On a worker: a failure to write the duplicate check's spill reaches the calling thread as itself. */
    private static void accept(DuplicateTextRule duplicateTexts, int position, TextDigests entry) {
        try {
            duplicateTexts.accept(position, entry);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void serveFromCache(int position, ArticleFiles files, ArticleStamps stamps, byte[] digest,
                                       TextDigests entry, DuplicateTextRule duplicateTexts, ValidationCache cache) {
        accept(duplicateTexts, position, entry);
        cache.markClean(position, files.id(), stamps, digest, entry);
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
        return new ArticleLoader(layout, vocabulary.articleSchema(), vocabulary.annotationSchema(),
                settings.jsonLimits(), settings.maxTextBytes());
    }

    /** The loader and the rules, which need the vocabulary. */
    private record ArticleChecks(ArticleLoader loader, List<ArticleRule> rules) { }

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
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                return built;
            }
        }
    }
}
