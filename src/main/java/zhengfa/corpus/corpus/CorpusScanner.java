package zhengfa.corpus.corpus;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import zhengfa.corpus.validation.Finding;
import zhengfa.corpus.validation.FindingCode;
import zhengfa.corpus.validation.FindingSink;

/**
 * Lists the corpus folder and pairs texts with sidecars. Everything that is not a well-named,
 * regular article file inside the folder is reported, never read. The paths found are dropped once
 * paired: the listing keeps one id per article.
 */
public final class CorpusScanner {

    private final CorpusLayout layout;

    public CorpusScanner(CorpusLayout layout) {
        this.layout = layout;
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
            return new CorpusListing(root, new FrontCodedStrings.Builder().build(), new java.util.BitSet());
        }
        Path realRoot = root.toRealPath();
        // One small entry per stem (which of its three files exist), not three Paths: the folder
        // can hold hundreds of thousands of articles and this is the scan's only per-article state.
        StemTable stems = new StemTable();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            for (Path entry : entries) {
                classify(entry, realRoot, stems, sink);
            }
        }
        FrontCodedStrings.Builder articles = new FrontCodedStrings.Builder();
        int articleCount = 0;
        java.util.BitSet annotated = new java.util.BitSet();
        for (int index : stems.sorted()) {
            String stem = stems.stem(index);
            byte kinds = stems.kinds(index);
            boolean hasText = (kinds & TEXT) != 0;
            boolean hasSidecar = (kinds & SIDECAR) != 0;
            if (hasText && hasSidecar) {
                if ((kinds & ANNOTATIONS) != 0) {
                    annotated.set(articleCount);
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
        return new CorpusListing(root, articles.build(), annotated);
    }

    private static final byte TEXT = 1;
    private static final byte SIDECAR = 2;
    private static final byte ANNOTATIONS = 4;

    private String display(String stem, String suffix) {
        return layout.display(layout.root().resolve(stem + suffix));
    }

    private void classify(Path entry, Path realRoot, StemTable stems, FindingSink sink) throws IOException {
        String fileName = entry.getFileName().toString();
        // One lstat per entry tells link, folder and regular file apart.
        java.nio.file.attribute.BasicFileAttributes attributes =
                Files.readAttributes(entry, java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
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
        var name = CorpusLayout.parse(fileName);
        if (name.isEmpty() || !CorpusLayout.isValidId(name.get().stem())) {
            sink.report(Finding.of(FindingCode.CORPUS_BAD_FILE_NAME, layout.display(entry))
                    .found(fileName)
                    .expected("<id>.txt, <id>.meta.json or <id>.ann.json, where <id> is lowercase a-z, 0-9 and single"
                            + " hyphens, at most " + CorpusLayout.MAX_ID_LENGTH + " characters")
                    .fix("rename the file, e.g. " + suggestId(fileName))
                    .message("file name is not a valid article file name"));
            return;
        }
        byte kind = switch (name.get().kind()) {
            case TEXT -> TEXT;
            case SIDECAR -> SIDECAR;
            case ANNOTATIONS -> ANNOTATIONS;
        };
        stems.add(name.get().stem(), kind);
    }

    private static String suggestId(String fileName) {
        String stem = CorpusLayout.parse(fileName).map(CorpusLayout.Name::stem).orElse(fileName);
        String suffix = fileName.substring(stem.length());
        if (suffix.isEmpty()) {
            suffix = CorpusLayout.TEXT_SUFFIX;
        }
        String id = stem.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return (id.isEmpty() ? "article-1" : id) + suffix;
    }
}
