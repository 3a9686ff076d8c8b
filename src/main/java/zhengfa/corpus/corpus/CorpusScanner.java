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
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
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
        if (!Files.isDirectory(root)) {
            ArticlePairing.notFound(layout, root.toString(), Files.exists(root), sink);
            return new CorpusListing(root, new FrontCodedStrings.Builder().build(), new BitSet(), null);
        }
        Path realRoot = root.toRealPath();
        ArticlePairing pairing = new ArticlePairing(layout, keepStamps, sink);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            // The calling thread lists the folder while the workers lstat the entries listed so far.
            // On Linux the stream is a SecureDirectoryStream: its lstat is fstatat() on the open
            // folder, a one-name lookup instead of walking the whole path again for every file.
            SecureDirectoryStream<Path> folder = entries instanceof SecureDirectoryStream<Path> secure ? secure : null;
            lstats.run(chunks(entries.iterator()), chunk -> lstat(folder, chunk), chunk -> {
                for (Entry entry : chunk) {
                    classify(entry, realRoot, pairing, sink);
                }
            });
        } catch (DirectoryIteratorException e) {
            throw e.getCause();
        }
        return pairing.finish();
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
                        : folder.getFileAttributeView(
                                        path.getFileName(), BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                                .readAttributes();
                entries[i] = new Entry(path, fileName, attributes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return entries;
    }

    /** A folder entry and its lstat attributes. */
    private record Entry(Path path, String fileName, BasicFileAttributes attributes) {}

    private void classify(Entry scanned, Path realRoot, ArticlePairing pairing, FindingSink sink) throws IOException {
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
            pairing.notAFile(
                    fileName, attributes.isDirectory() || Files.isDirectory(entry) ? "a folder" : "a special file");
        } else if (attributes.isRegularFile()) {
            pairing.file(
                    fileName, attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
        } else {
            // A link inside the folder: its own stamps say nothing of the file it points to.
            pairing.file(fileName, -1, -1);
        }
    }
}
