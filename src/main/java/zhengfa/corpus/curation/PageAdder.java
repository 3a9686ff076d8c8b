package zhengfa.corpus.curation;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import zhengfa.corpus.corpus.CorpusLayout;
import zhengfa.corpus.corpus.CorpusLock;
import zhengfa.corpus.corpus.NewArticle;
import zhengfa.corpus.corpus.OrderedParallel;
import zhengfa.corpus.corpus.Progress;
import zhengfa.corpus.dataset.FileTree;
import zhengfa.corpus.draft.ArticleDrafter;
import zhengfa.corpus.draft.DraftingModels;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.json.CuratedJson;
import zhengfa.corpus.json.JsonLimits;
import zhengfa.corpus.script.ScriptDetector;
import zhengfa.corpus.validation.CorpusValidator;
import zhengfa.corpus.validation.ValidationReport;
import zhengfa.corpus.validation.ValidationSettings;
import zhengfa.corpus.vocab.ProjectVocabulary;

/**
 * Adds scraped pages to a corpus folder, one or many in a run: the pages are drafted on several
 * threads with the models loaded once, then, in the order given and under the corpus's lock, each
 * is checked against the corpus and the pages added before it (the same text in either script, the
 * id) and written all or nothing. A page refused leaves nothing behind and does not stop the others.
 */
public final class PageAdder {

    /** A page to add: its file, and the address it was retrieved from, or null. */
    public record Page(Path file, String url) {
        public Page {
            Objects.requireNonNull(file, "file");
        }
    }

    /** What became of one page. */
    public sealed interface Outcome permits Added, Refused {
        Path file();
    }

    /**
     * The page is in the corpus.
     *
     * @param files    the files written, by name, in the order they were written
     * @param problems what validate will report of the article until a curator fixes it, other than that it is a draft
     */
    public record Added(
            Path file, String id, ArticleDrafter.Drafted draft, Map<String, byte[]> files, List<Finding> problems)
            implements Outcome {}

    /** Nothing of the page was written: why, and what to do about it. */
    public record Refused(Path file, String problem, String fix) implements Outcome {}

    /** Told of each page's outcome, in the order the pages were given, on the thread that called {@link #add}. */
    @FunctionalInterface
    public interface Listener {
        void outcome(Outcome outcome) throws IOException;
    }

    private final Path corpus;
    private final ProjectVocabulary vocabulary;
    private final ScriptDetector scripts;
    private final DraftingModels models;
    private final String retrievedAt;
    private final String requestedId;
    private final LocalDate today;
    private final int threads;
    /** The largest text validate accepts: a larger page is refused before it is drafted. */
    private static final long MAX_TEXT_BYTES = ValidationSettings.DEFAULT_MAX_TEXT_BYTES;

    private final ObjectWriter json = CuratedJson.writer();

    private PageAdder(Builder builder) {
        this.corpus = Objects.requireNonNull(builder.corpus, "corpus");
        this.vocabulary = Objects.requireNonNull(builder.vocabulary, "vocabulary");
        this.scripts = builder.scripts;
        this.models = builder.models;
        this.retrievedAt = builder.retrievedAt;
        this.requestedId = builder.requestedId;
        this.today = Objects.requireNonNull(builder.today, "today");
        this.threads = Math.max(1, builder.threads);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Adds the pages, telling the listener of each as it is settled.
     *
     * @param waiting called once, before waiting, if another add or rename holds the corpus
     * @throws NewArticle.NotWritten if the corpus folder cannot be written; the pages told of before stay added
     */
    public void add(List<Page> pages, Runnable waiting, Listener listener) throws IOException {
        if (requestedId != null && pages.size() != 1) {
            throw new IllegalArgumentException("an id can be given for one page only, not " + pages.size());
        }
        ThreadLocal<ArticleDrafter> drafters =
                ThreadLocal.withInitial(() -> new ArticleDrafter(vocabulary, scripts, models));
        try (CorpusLock lock = CorpusLock.take(corpus, waiting);
                OrderedParallel parallel = new OrderedParallel(Math.min(threads, pages.size()))) {
            KnownTexts known = KnownTexts.read(corpus, scripts);
            Progress progress = new Progress("drafting", pages.size(), "pages");
            parallel.run(pages.iterator(), page -> prepare(page, drafters.get()), prepared -> {
                Outcome outcome = settle(prepared, known, drafters);
                progress.clear();
                listener.outcome(outcome);
                progress.step();
            });
            progress.finish();
        }
    }

    /** A page drafted and checked on its own, before it meets the corpus. */
    private sealed interface Prepared permits Ready, Unfit {}

    private record Ready(
            Page page, ArticleDrafter.Drafted draft, String id, Map<String, byte[]> files, List<Finding> problems)
            implements Prepared {}

    private record Unfit(Refused refusal) implements Prepared {}

    private Prepared prepare(Page page, ArticleDrafter drafter) {
        try {
            return prepareOrFail(page, drafter);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Prepared prepareOrFail(Page page, ArticleDrafter drafter) throws IOException {
        Path file = page.file();
        if (!Files.isRegularFile(file)) {
            return unfit(file, file + " is not a file", "give the path of the saved page");
        }
        long size = Files.size(file);
        if (size > MAX_TEXT_BYTES) {
            return tooBig(file, file + " is " + megabytes(size));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return unfit(file, file + " cannot be read: " + e.getMessage(), "check that the file is readable");
        }
        ArticleDrafter.Outcome outcome = drafter.draft(
                bytes,
                file.getFileName().toString(),
                requestedId,
                new ArticleDrafter.Provenance(page.url(), retrievedAt),
                this::isTaken,
                today);
        if (outcome instanceof ArticleDrafter.NotText notText) {
            return unfit(
                    file,
                    file + ": " + notText.rejection().problem(),
                    notText.rejection().fix());
        }
        if (outcome instanceof ArticleDrafter.NotChinese notChinese) {
            return unfit(
                    file,
                    file + ": the page is not a Chinese article: it reads as "
                            + notChinese.verdict().describe(),
                    "the corpus holds Chinese-language articles only; check that the right page was saved");
        }
        if (outcome instanceof ArticleDrafter.NotAnArticle notAnArticle) {
            return unfit(
                    file,
                    file + ": the page is not an article: " + notAnArticle.reason(),
                    "save the article's page itself, not a list, index or counter page");
        }
        return ready(page, (ArticleDrafter.Drafted) outcome);
    }

    private Prepared ready(Page page, ArticleDrafter.Drafted draft) throws IOException {
        Path file = page.file();
        String id = draft.sidecar().id();
        long stored = draft.text().getBytes(StandardCharsets.UTF_8).length;
        if (stored > MAX_TEXT_BYTES) {
            return tooBig(file, file + " is " + megabytes(stored) + " as UTF-8");
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(id + CorpusLayout.ANNOTATIONS_SUFFIX, jsonFile(draft.annotations()));
        files.put(id + CorpusLayout.SIDECAR_SUFFIX, jsonFile(draft.sidecar().toJson()));
        files.put(id + CorpusLayout.TEXT_SUFFIX, draft.text().getBytes(StandardCharsets.UTF_8));
        long annotationBytes = files.get(id + CorpusLayout.ANNOTATIONS_SUFFIX).length;
        if (annotationBytes > JsonLimits.DEFAULT.maxFileBytes()) {
            return unfit(
                    file,
                    "the drafted annotation file would be " + megabytes(annotationBytes) + ", over the "
                            + megabytes(JsonLimits.DEFAULT.maxFileBytes()) + " validate reads",
                    SPLIT_THE_PAGE);
        }
        return new Ready(page, draft, id, files, problemsOfDraft(files));
    }

    private static final String SPLIT_THE_PAGE = "save the article's own text without the rest of the page,"
            + " or split a page that holds several articles";

    private Unfit tooBig(Path file, String what) {
        return unfit(file, what + "; validate accepts texts up to " + megabytes(MAX_TEXT_BYTES), SPLIT_THE_PAGE);
    }

    private static Unfit unfit(Path file, String problem, String fix) {
        return new Unfit(new Refused(file, problem, fix));
    }

    private byte[] jsonFile(Object tree) throws IOException {
        return (json.writeValueAsString(tree) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The page meets the corpus as it stands after the pages before it: a text already there is
     * refused, and an id one of them took since the page was drafted is suggested afresh.
     */
    private Outcome settle(Prepared prepared, KnownTexts known, ThreadLocal<ArticleDrafter> drafters)
            throws IOException {
        if (prepared instanceof Unfit unfit) {
            return unfit.refusal();
        }
        Ready ready = (Ready) prepared;
        Path file = ready.page().file();
        Optional<String> duplicate = known.holding(ready.draft().text());
        if (duplicate.isPresent()) {
            return new Refused(
                    file,
                    file + ": its text is already in the corpus as " + duplicate.get(),
                    "nothing to add; to replace that article, edit its files instead");
        }
        if (isTaken(ready.id())) {
            if (requestedId != null) {
                return new Refused(
                        file, "the id " + ready.id() + " is already used in " + corpus, "choose another id with --id");
            }
            return settle(prepareOrFail(ready.page(), drafters.get()), known, drafters);
        }
        new NewArticle(new CorpusLayout(corpus)).write(ready.id(), ready.files());
        known.add(ready.id(), ready.draft().text());
        return new Added(file, ready.id(), ready.draft(), ready.files(), ready.problems());
    }

    private boolean isTaken(String candidate) {
        return Stream.of(CorpusLayout.TEXT_SUFFIX, CorpusLayout.SIDECAR_SUFFIX, CorpusLayout.ANNOTATIONS_SUFFIX)
                .anyMatch(suffix -> Files.exists(corpus.resolve(candidate + suffix)));
    }

    /** What validate would say of the new article alone, other than that it is a draft. */
    private List<Finding> problemsOfDraft(Map<String, byte[]> files) throws IOException {
        Path scratch = Files.createTempDirectory("zhengfa-add-");
        try {
            Path alone = Files.createDirectory(scratch.resolve("corpus"));
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Files.write(alone.resolve(f.getKey()), f.getValue());
            }
            ValidationReport report = new CorpusValidator(vocabulary, oneThread(today), scripts).validate(alone);
            return report.findings().stream()
                    .filter(f -> f.code() != FindingCode.SIDECAR_DRAFT)
                    .map(f ->
                            f.inFile(corpus.resolve(f.file().substring(f.file().indexOf('/') + 1))
                                    .toString()))
                    .toList();
        } finally {
            FileTree.deleteRecursively(scratch);
        }
    }

    /** One article to check, checked on the worker that drafted it. */
    private static ValidationSettings oneThread(LocalDate today) {
        ValidationSettings defaults = ValidationSettings.defaults(today);
        return new ValidationSettings(
                defaults.releaseDate(),
                defaults.jsonLimits(),
                defaults.maxTextBytes(),
                defaults.maxFindingsPerCode(),
                1);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    public static final class Builder {
        private Path corpus;
        private ProjectVocabulary vocabulary;
        private ScriptDetector scripts = new ScriptDetector();
        private DraftingModels models = DraftingModels.bundled();
        private String retrievedAt;
        private String requestedId;
        private LocalDate today;
        private int threads = Runtime.getRuntime().availableProcessors();

        private Builder() {}

        public Builder corpus(Path corpus) {
            this.corpus = corpus;
            return this;
        }

        public Builder vocabulary(ProjectVocabulary vocabulary) {
            this.vocabulary = vocabulary;
            return this;
        }

        public Builder scripts(ScriptDetector scripts) {
            this.scripts = scripts;
            return this;
        }

        public Builder models(DraftingModels models) {
            this.models = models;
            return this;
        }

        /** When every page was retrieved (recorded as retrieved_at), or null. */
        public Builder retrievedAt(String retrievedAt) {
            this.retrievedAt = retrievedAt;
            return this;
        }

        /** The id of the one page being added, instead of a suggested one; null to suggest. */
        public Builder requestedId(String requestedId) {
            this.requestedId = requestedId;
            return this;
        }

        public Builder today(LocalDate today) {
            this.today = today;
            return this;
        }

        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        public PageAdder build() {
            return new PageAdder(this);
        }
    }
}
