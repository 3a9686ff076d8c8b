package zhengfa.corpus.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import zhengfa.corpus.corpus.ArticleLoader;
import zhengfa.corpus.corpus.ArticlePairing;
import zhengfa.corpus.corpus.CorpusLayout;
import zhengfa.corpus.corpus.CorpusListing;
import zhengfa.corpus.finding.FindingSink;

/**
 * A corpus folder on a Hadoop file system: listed on the driver through the same pairing as the
 * local scan ({@link ArticlePairing}), read article by article on the executors.
 */
final class HadoopCorpus {

    private final FileSystem fs;
    private final Path root;
    private final CorpusLayout layout;

    HadoopCorpus(FileSystem fs, Path root, CorpusLayout layout) {
        this.fs = fs;
        this.root = root;
        this.layout = layout;
    }

    /** The complete articles, sorted by id, with their sizes; every other entry is reported to {@code sink}. */
    CorpusListing list(FindingSink sink) throws IOException {
        FileStatus folder;
        try {
            folder = fs.getFileStatus(root);
        } catch (FileNotFoundException e) {
            folder = null;
        }
        ArticlePairing pairing = new ArticlePairing(layout, true, sink);
        if (folder == null || !folder.isDirectory()) {
            ArticlePairing.notFound(layout, root.toString(), folder != null, sink);
            return pairing.finish();
        }
        RemoteIterator<FileStatus> entries = fs.listStatusIterator(root);
        while (entries.hasNext()) {
            FileStatus entry = entries.next();
            String name = entry.getPath().getName();
            if (entry.isDirectory()) {
                pairing.notAFile(name, "a folder");
            } else if (entry.isFile()) {
                pairing.file(name, entry.getLen(), entry.getModificationTime() * 1_000_000L);
            } else {
                pairing.notAFile(name, "a special file");
            }
        }
        return pairing.finish();
    }

    /**
     * Reads one article's files as the local loader does: a file over its limit or unreadable is
     * reported and left out (an unreadable annotation file counts as empty).
     */
    ArticleLoader.RawArticle read(ArticleSlice slice, int i, ArticleLoader loader, FindingSink sink) {
        String id = slice.ids()[i];
        String textFile = display(id + CorpusLayout.TEXT_SUFFIX);
        String sidecarFile = display(id + CorpusLayout.SIDECAR_SUFFIX);
        String annotationFile = slice.annotated()[i] ? display(id + CorpusLayout.ANNOTATIONS_SUFFIX) : null;
        byte[] text = read(id + CorpusLayout.TEXT_SUFFIX, textFile, slice.sizes()[3 * i], loader.maxTextBytes(), sink);
        byte[] sidecar = read(
                id + CorpusLayout.SIDECAR_SUFFIX, sidecarFile, slice.sizes()[3 * i + 1], loader.maxJsonBytes(), sink);
        byte[] annotations = null;
        if (annotationFile != null) {
            annotations = read(
                    id + CorpusLayout.ANNOTATIONS_SUFFIX,
                    annotationFile,
                    slice.sizes()[3 * i + 2],
                    loader.maxJsonBytes(),
                    sink);
            annotations = annotations == null ? new byte[0] : annotations;
        }
        return new ArticleLoader.RawArticle(
                id,
                textFile,
                text,
                sidecarFile,
                sidecar,
                annotationFile,
                annotations,
                ArticleLoader.contentDigest(text, sidecar, annotations));
    }

    private byte[] read(String fileName, String display, long listedSize, long limit, FindingSink sink) {
        Path file = new Path(root, fileName);
        try {
            long size = listedSize >= 0 ? listedSize : fs.getFileStatus(file).getLen();
            if (size > limit) {
                ArticleLoader.reportTooLarge(display, size, limit, sink);
                return null;
            }
            try (InputStream in = fs.open(file)) {
                byte[] bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
                if (bytes.length > limit) {
                    // Grown since it was listed.
                    ArticleLoader.reportTooLarge(display, bytes.length, limit, sink);
                    return null;
                }
                return bytes;
            }
        } catch (IOException e) {
            ArticleLoader.reportUnreadable(display, e, sink);
            return null;
        }
    }

    private String display(String fileName) {
        return layout.display(layout.root().resolve(fileName));
    }
}
