package zhengfa.corpus.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import zhengfa.corpus.corpus.ArticleFiles;
import zhengfa.corpus.corpus.ArticleLoader;
import zhengfa.corpus.corpus.CorpusLayout;
import zhengfa.corpus.corpus.CorpusListing;
import zhengfa.corpus.corpus.OrderedParallel;
import zhengfa.corpus.corpus.Progress;
import zhengfa.corpus.corpus.CorpusScanner;
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
import zhengfa.corpus.vocab.ProjectVocabulary;

/** Runs every rule over every article of a corpus folder and collects all findings in one report. */
public final class CorpusValidator {

    private final ProjectVocabulary vocabulary;
    private final ValidationSettings settings;
    private final ScriptDetector scriptDetector;
    private final Path cacheDir;

    public CorpusValidator(ProjectVocabulary vocabulary, ValidationSettings settings, ScriptDetector scriptDetector) {
        this(vocabulary, settings, scriptDetector, null);
    }

    /** @param cacheDir where the validation cache lives, or null for none */
    public CorpusValidator(ProjectVocabulary vocabulary, ValidationSettings settings, ScriptDetector scriptDetector,
                           Path cacheDir) {
        this.vocabulary = vocabulary;
        this.settings = settings;
        this.scriptDetector = scriptDetector;
        this.cacheDir = cacheDir;
    }

    private List<ArticleRule> articleRules() {
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
        return validate(corpusDir, openCache(), null, false);
    }

    /**
     * Validates, and hands every article to {@code articles} as it goes, until the report fails
     * ({@code strict}: warnings fail it too).
     */
    public <T> ValidationReport validate(Path corpusDir, ValidatedArticles<T> articles, boolean strict) throws IOException {
        return validate(corpusDir, openCache(), articles, strict);
    }

    private ValidationCache openCache() throws IOException {
        return cacheDir == null ? ValidationCache.disabled() : ValidationCache.open(cacheDir, vocabulary.schemaDir(), settings);
    }

    /**
     * Validates every article; one whose content the cache knows as clean is not parsed or checked
     * again (and, when nobody takes the articles, not even read if its files' sizes and times are
     * unchanged). The cache is then saved with the articles found clean.
     */
    private <T> ValidationReport validate(Path corpusDir, ValidationCache cache, ValidatedArticles<T> taker,
                                          boolean strict) throws IOException {
        ValidationReport report = new ValidationReport(settings.maxFindingsPerCode());
        CorpusLayout layout = new CorpusLayout(corpusDir);
        CorpusListing articles = new CorpusScanner(layout).scan(report);
        ArticleLoader loader = loader(layout);
        List<ArticleRule> rules = articleRules();
        DuplicateIdRule duplicateIds = new DuplicateIdRule(articles,
                id -> layout.display(layout.root().resolve(id + CorpusLayout.SIDECAR_SUFFIX)));
        DuplicateTextRule duplicateTexts = new DuplicateTextRule(scriptDetector, articles.size(), i -> layout.display(articles.get(i).text()));
        AtomicInteger fromCache = new AtomicInteger();
        AtomicInteger unread = new AtomicInteger();
        // Set by the calling thread once the report fails, read by workers to stop preparing.
        AtomicBoolean failed = new AtomicBoolean(!report.passes(strict));
        Progress progress = new Progress(taker == null ? "validating" : "validating and writing", articles.size());
        try (OrderedParallel parallel = new OrderedParallel(settings.threads())) {
            parallel.run(articles.size(), i -> {
                CountingSink local = new CountingSink(report);
                ArticleFiles files = articles.get(i);
                ValidationCache.Stat stat = cache.enabled() ? statOrNull(files) : null;
                String unchanged = stat == null || taker != null ? null : cache.digestIfUnchanged(files.id(), stat);
                ValidationCache.Entry known = unchanged == null ? null : cache.lookup(unchanged);
                if (known != null) {
                    // Same size and time as when it last validated clean: not even read.
                    serveFromCache(i, files, unchanged, known, stat, duplicateTexts, cache);
                    fromCache.incrementAndGet();
                    unread.incrementAndGet();
                    return Optional.<T>empty();
                }
                ArticleLoader.RawArticle raw = loader.read(files, local);
                ValidationCache.Entry cached = local.count() == 0 ? cache.lookup(raw.contentSha256()) : null;
                if (cached != null) {
                    serveFromCache(i, files, raw.contentSha256(), cached, stat, duplicateTexts, cache);
                    fromCache.incrementAndGet();
                    return taker == null || failed.get() ? Optional.<T>empty()
                            : Optional.ofNullable(taker.prepare(loader.parse(raw, local, false)));
                }
                ArticleInput article = loader.parse(raw, local, true);
                check(article, rules, local);
                duplicateIds.accept(article);
                ValidationCache.Entry entry = duplicateTexts.digestsOf(article);
                if (entry != null) {
                    duplicateTexts.accept(i, entry);
                    if (local.count() == 0) {
                        cache.markClean(raw.contentSha256(), entry);
                        if (stat != null) {
                            cache.rememberStat(files.id(), withDigest(stat, raw.contentSha256()));
                        }
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
        }
        progress.finish();
        if (taker != null) {
            taker.end();
        }
        duplicateIds.finish(report);
        duplicateTexts.finish(report);
        cache.save();
        report.noteCached(fromCache.get(), unread.get(), articles.size());
        return report;
    }

    private static void serveFromCache(int position, ArticleFiles files, String digest, ValidationCache.Entry entry,
                                       ValidationCache.Stat stat, DuplicateTextRule duplicateTexts, ValidationCache cache) {
        duplicateTexts.accept(position, entry);
        cache.markClean(digest, entry);
        if (stat != null) {
            cache.rememberStat(files.id(), withDigest(stat, digest));
        }
    }

    private static ValidationCache.Stat withDigest(ValidationCache.Stat stat, String digest) {
        return new ValidationCache.Stat(stat.textSize(), stat.textTime(), stat.sidecarSize(), stat.sidecarTime(),
                stat.annotationsSize(), stat.annotationsTime(), digest);
    }

    /** The files' stats, or null when one cannot be read (reading it will report why). */
    private static ValidationCache.Stat statOrNull(ArticleFiles files) {
        try {
            return ValidationCache.stat(files.text(), files.sidecar(), files.annotations(), null);
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
    public void check(ArticleInput article, FindingSink sink) {
        check(article, articleRules(), sink);
    }

    private static void check(ArticleInput article, List<ArticleRule> rules, FindingSink sink) {
        for (ArticleRule rule : rules) {
            rule.check(article, sink);
        }
    }

    public ArticleLoader loader(CorpusLayout layout) {
        return new ArticleLoader(layout, vocabulary.articleSchema(), vocabulary.annotationSchema(),
                settings.jsonLimits(), settings.maxTextBytes());
    }
}
