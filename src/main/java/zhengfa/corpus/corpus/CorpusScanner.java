package zhengfa.corpus.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.FindingSink;

/**
 * Lists the corpus folder and pairs texts with sidecars. Everything that is not a well-named,
 * regular article file inside the folder is reported, never read. The paths found are dropped once
 * paired: the listing keeps one id per article.
 */
public final class CorpusScanner {

    // Entries are listed in chunks and their lstat calls spread over the workers: on a folder of
    // 300 000 files the lstat calls were a third of a fully cached validation, on one thread.
    private static final int CHUNK = 256;

    private final CorpusLayout layout;
    private final OrderedParallel lstats;
    private final boolean keepStamps;

    /**
     * @param lstats     the workers that lstat the folder's entries
     * @param keepStamps whether the listing keeps each file's size and modification time as the
     *                   scan saw them, so that a validation cache needs no second stat per file
     */
    public CorpusScanner(CorpusLayout layout, OrderedParallel lstats, boolean keepStamps) {
        this.layout = layout;
        this.lstats = lstats;
        this.keepStamps = keepStamps;
    }

    /** The complete articles, sorted by id; every other entry is reported to {@code sink}. */
    public CorpusListing scan(FindingSink sink) throws IOException {
        Path root = layout.root();
        String display = layout.display(root);
        if (!Files.isDirectory(root)) {
            sink.report(Finding.of(FindingCode.CORPUS_NOT_FOUND, display)
                    .found(Files.exists(root) ? "a file" : "nothing")
                    .expected("a folder of <id>.txt and <id>.meta.json files")
                    .fix("create the folder or pass --corpus with the right path")
                    .message("the corpus folder " + root + " does not exist or is not a folder"));
            return new CorpusListing(root, new FrontCodedStrings.Builder().build(), new BitSet(), null);
        }
        Path realRoot = root.toRealPath();
        // One small entry per stem (which of its three files exist), not three Paths: the folder
        // can hold hundreds of thousands of articles and this is the scan's only per-article state.
        StemTable stems = new StemTable(keepStamps);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            // The calling thread lists the folder while the workers lstat the entries listed so far.
            // On Linux the stream is a SecureDirectoryStream: its lstat is fstatat() on the open
            // folder, a one-name lookup instead of walking the whole path again for every file.
            SecureDirectoryStream<Path> folder =
                    entries instanceof SecureDirectoryStream<Path> secure ? secure : null;
            lstats.run(chunks(entries.iterator()), chunk -> lstat(folder, chunk), chunk -> {
                for (Entry entry : chunk) {
                    classify(entry, realRoot, stems, sink);
                }
            });
        } catch (DirectoryIteratorException e) {
            throw e.getCause();
        }
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
                sink.report(Finding.of(FindingCode.CORPUS_MISSING_SIDECAR, display(stem, CorpusLayout.TEXT_SUFFIX))
                        .found("no " + stem + CorpusLayout.SIDECAR_SUFFIX)
                        .expected("exactly one sidecar per text")
                        .fix("add corpus/" + stem + CorpusLayout.SIDECAR_SUFFIX
                                + " (see README, 'Adding an article') or remove the text")
                        .message("text has no sidecar"));
            } else if (hasSidecar) {
                sink.report(Finding.of(FindingCode.CORPUS_ORPHAN_SIDECAR, display(stem, CorpusLayout.SIDECAR_SUFFIX))
                        .found("no " + stem + CorpusLayout.TEXT_SUFFIX)
                        .expected("exactly one text per sidecar")
                        .fix("add corpus/" + stem + CorpusLayout.TEXT_SUFFIX + " or remove the sidecar")
                        .message("sidecar has no text"));
            }
            if (!hasText && (kinds & ANNOTATIONS) != 0) {
                sink.report(Finding.of(FindingCode.CORPUS_ORPHAN_ANNOTATIONS, display(stem, CorpusLayout.ANNOTATIONS_SUFFIX))
                        .found("no " + stem + CorpusLayout.TEXT_SUFFIX)
                        .expected("annotations only for articles that exist")
                        .fix("add the article's text and sidecar, or remove the annotation file")
                        .message("annotation file has no text"));
            }
        }
        if (stems.size() == 0) {
            sink.report(Finding.of(FindingCode.CORPUS_EMPTY, display)
                    .expected("at least one article").fix("add articles to the corpus folder")
                    .message("the corpus holds no article"));
        }
        return new CorpusListing(root, articles.build(), annotated,
                keepStamps ? Arrays.copyOf(stamps, articleCount * ArticleStamps.LONGS) : null);
    }

    private static final byte TEXT = 1;
    private static final byte SIDECAR = 2;
    private static final byte ANNOTATIONS = 4;

    private String display(String stem, String suffix) {
        return layout.display(layout.root().resolve(stem + suffix));
    }

    /** The folder's entries, {@value #CHUNK} at a time. */
    private static Iterator<List<Path>> chunks(Iterator<Path> entries) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return entries.hasNext();
            }

            @Override
            public List<Path> next() {
                List<Path> chunk = new ArrayList<>(CHUNK);
                while (chunk.size() < CHUNK && entries.hasNext()) {
                    chunk.add(entries.next());
                }
                return chunk;
            }
        };
    }

    private static Entry[] lstat(SecureDirectoryStream<Path> folder, List<Path> chunk) {
        Entry[] entries = new Entry[chunk.size()];
        for (int i = 0; i < entries.length; i++) {
            Path path = chunk.get(i);
            String fileName = path.getFileName().toString();
            try {
                // One lstat per entry tells link, folder and regular file apart.
                BasicFileAttributes attributes = folder == null
                        ? Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                        : folder.getFileAttributeView(path.getFileName(), BasicFileAttributeView.class,
                                LinkOption.NOFOLLOW_LINKS).readAttributes();
                entries[i] = new Entry(path, fileName, attributes,
                        CorpusLayout.parse(fileName).filter(name -> CorpusLayout.isValidId(name.stem())).orElse(null));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return entries;
    }

    /** A folder entry, its lstat attributes and its article file name (null when it is not one). */
    private record Entry(Path path, String fileName, BasicFileAttributes attributes, CorpusLayout.Name name) { }

    private void classify(Entry scanned, Path realRoot, StemTable stems, FindingSink sink) throws IOException {
        Path entry = scanned.path();
        String fileName = scanned.fileName();
        BasicFileAttributes attributes = scanned.attributes();
        if (attributes.isSymbolicLink()) {
            Path target;
            try {
                target = entry.toRealPath();
            } catch (IOException e) {
                target = null;
            }
            if (target == null || !target.startsWith(realRoot)) {
                sink.report(Finding.of(FindingCode.CORPUS_SYMLINK_ESCAPE, layout.display(entry))
                        .found("a link to " + Files.readSymbolicLink(entry))
                        .expected("a regular file inside the corpus folder")
                        .fix("copy the file into the corpus folder instead of linking to it")
                        .message("symbolic link points outside the corpus folder; it is not followed"));
                return;
            }
        }
        boolean regular = attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(entry);
        if (!regular) {
            sink.report(Finding.of(FindingCode.CORPUS_UNEXPECTED_ENTRY, layout.display(entry))
                    .found(attributes.isDirectory() || Files.isDirectory(entry) ? "a folder" : "a special file")
                    .expected("only article files (<id>.txt, <id>.meta.json) directly in the corpus folder")
                    .fix("move it out of the corpus folder")
                    .message("unexpected entry in the corpus folder"));
            return;
        }
        if (CorpusLayout.isAllowedOther(fileName)) {
            return;
        }
        CorpusLayout.Name name = scanned.name();
        if (name == null) {
            sink.report(Finding.of(FindingCode.CORPUS_BAD_FILE_NAME, layout.display(entry))
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
        if (attributes.isRegularFile()) {
            stems.add(name.stem(), kind, attributes.size(),
                    attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
        } else {
            // A link inside the folder: its own stamps say nothing of the file it points to.
            stems.add(name.stem(), kind);
        }
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
