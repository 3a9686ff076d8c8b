package zhengfa.corpus.corpus;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Locale;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.FindingSink;

/**
 * The part of a corpus scan that needs no file system: it is told the folder's entries, pairs each
 * text with its sidecar (and annotations), and reports every entry that is not a well-named article
 * file, and every file left without its partner. The local scan ({@link CorpusScanner}) and the
 * Spark job's listing of a Hadoop folder both feed it, so both report the same findings.
 */
public final class ArticlePairing {

    private static final byte TEXT = 1;
    private static final byte SIDECAR = 2;
    private static final byte ANNOTATIONS = 4;

    private final CorpusLayout layout;
    private final boolean keepStamps;
    private final FindingSink sink;
    // One small entry per stem (which of its three files exist), not three paths: the folder can
    // hold millions of articles and this is the scan's only per-article state.
    private final StemTable stems;

    /** @param keepStamps whether the listing keeps each file's size and modification time */
    public ArticlePairing(CorpusLayout layout, boolean keepStamps, FindingSink sink) {
        this.layout = layout;
        this.keepStamps = keepStamps;
        this.sink = sink;
        this.stems = new StemTable(keepStamps);
    }

    /** The corpus folder is missing ({@code exists}: something else has its name); {@code shownAs} names it in full. */
    public static void notFound(CorpusLayout layout, String shownAs, boolean exists, FindingSink sink) {
        sink.report(Finding.of(FindingCode.CORPUS_NOT_FOUND, layout.display(layout.root()))
                .found(exists ? "a file" : "nothing")
                .expected("a folder of <id>.txt and <id>.meta.json files")
                .fix("create the folder or pass --corpus with the right path")
                .message("the corpus folder " + shownAs + " does not exist or is not a folder"));
    }

    /** An entry that is neither a file nor a link to one; {@code found} says what it is ("a folder"). */
    public void notAFile(String fileName, String found) {
        sink.report(Finding.of(FindingCode.CORPUS_UNEXPECTED_ENTRY, display(fileName))
                .found(found)
                .expected("only article files (<id>.txt, <id>.meta.json) directly in the corpus folder")
                .fix("move it out of the corpus folder")
                .message("unexpected entry in the corpus folder"));
    }

    /**
     * A regular file of the folder, with its size and modification time, or -1 for both when they
     * say nothing of its content (a link inside the folder).
     */
    public void file(String fileName, long size, long modifiedNanos) {
        if (CorpusLayout.isAllowedOther(fileName)) {
            return;
        }
        CorpusLayout.Name name = CorpusLayout.parse(fileName)
                .filter(n -> CorpusLayout.isValidId(n.stem()))
                .orElse(null);
        if (name == null) {
            sink.report(Finding.of(FindingCode.CORPUS_BAD_FILE_NAME, display(fileName))
                    .found(fileName)
                    .expected("<id>.txt, <id>.meta.json or <id>.ann.json, where <id> is lowercase a-z, 0-9 and single"
                            + " hyphens, at most " + CorpusLayout.MAX_ID_LENGTH + " characters")
                    .fix("rename the file, e.g. " + suggestId(fileName))
                    .message("file name is not a valid article file name"));
            return;
        }
        byte kind = switch (name.kind()) {
            case TEXT -> TEXT;
            case SIDECAR -> SIDECAR;
            case ANNOTATIONS -> ANNOTATIONS;
        };
        if (size < 0) {
            stems.add(name.stem(), kind);
        } else {
            stems.add(name.stem(), kind, size, modifiedNanos);
        }
    }

    /** The complete articles, sorted by id, once every entry was told; reports the files left unpaired. */
    public CorpusListing finish() {
        FrontCodedStrings.Builder articles = new FrontCodedStrings.Builder();
        int articleCount = 0;
        BitSet annotated = new BitSet();
        long[] stamps = keepStamps ? new long[stems.size() * ArticleStamps.LONGS] : null;
        for (int index : stems.sorted()) {
            String stem = stems.stem(index);
            byte kinds = stems.kinds(index);
            boolean hasText = (kinds & TEXT) != 0;
            boolean hasSidecar = (kinds & SIDECAR) != 0;
            if (hasText && hasSidecar) {
                boolean hasAnnotations = (kinds & ANNOTATIONS) != 0;
                if (hasAnnotations) {
                    annotated.set(articleCount);
                }
                if (keepStamps) {
                    int at = articleCount * ArticleStamps.LONGS;
                    stamps[at] = stems.size(index, TEXT);
                    stamps[at + 1] = stems.modifiedNanos(index, TEXT);
                    stamps[at + 2] = stems.size(index, SIDECAR);
                    stamps[at + 3] = stems.modifiedNanos(index, SIDECAR);
                    stamps[at + 4] = hasAnnotations ? stems.size(index, ANNOTATIONS) : -1;
                    stamps[at + 5] = hasAnnotations ? stems.modifiedNanos(index, ANNOTATIONS) : -1;
                }
                articles.add(stem);
                articleCount++;
            } else if (hasText) {
                sink.report(Finding.of(FindingCode.CORPUS_MISSING_SIDECAR, display(stem + CorpusLayout.TEXT_SUFFIX))
                        .found("no " + stem + CorpusLayout.SIDECAR_SUFFIX)
                        .expected("exactly one sidecar per text")
                        .fix("add corpus/" + stem + CorpusLayout.SIDECAR_SUFFIX
                                + " (see README, 'Adding an article') or remove the text")
                        .message("text has no sidecar"));
            } else if (hasSidecar) {
                sink.report(Finding.of(FindingCode.CORPUS_ORPHAN_SIDECAR, display(stem + CorpusLayout.SIDECAR_SUFFIX))
                        .found("no " + stem + CorpusLayout.TEXT_SUFFIX)
                        .expected("exactly one text per sidecar")
                        .fix("add corpus/" + stem + CorpusLayout.TEXT_SUFFIX + " or remove the sidecar")
                        .message("sidecar has no text"));
            }
            if (!hasText && (kinds & ANNOTATIONS) != 0) {
                sink.report(Finding.of(
                                FindingCode.CORPUS_ORPHAN_ANNOTATIONS, display(stem + CorpusLayout.ANNOTATIONS_SUFFIX))
                        .found("no " + stem + CorpusLayout.TEXT_SUFFIX)
                        .expected("annotations only for articles that exist")
                        .fix("add the article's text and sidecar, or remove the annotation file")
                        .message("annotation file has no text"));
            }
        }
        if (stems.size() == 0) {
            sink.report(Finding.of(FindingCode.CORPUS_EMPTY, layout.display(layout.root()))
                    .expected("at least one article")
                    .fix("add articles to the corpus folder")
                    .message("the corpus holds no article"));
        }
        return new CorpusListing(
                layout.root(),
                articles.build(),
                annotated,
                keepStamps ? Arrays.copyOf(stamps, articleCount * ArticleStamps.LONGS) : null);
    }

    private String display(String fileName) {
        return layout.display(layout.root().resolve(fileName));
    }

    private static String suggestId(String fileName) {
        String stem = CorpusLayout.parse(fileName).map(CorpusLayout.Name::stem).orElse(fileName);
        String suffix = fileName.substring(stem.length());
        if (suffix.isEmpty()) {
            suffix = CorpusLayout.TEXT_SUFFIX;
        }
        String id = stem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return (id.isEmpty() ? "article-1" : id) + suffix;
    }
}
