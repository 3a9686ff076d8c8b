package zhengfa.corpus.corpus;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Gives an article a new id: its files under the new names, with the ids inside rewritten, and the
 * old names gone, all or nothing. The new files are written as a new article is
 * ({@link NewArticle}: staged, synced, moved into place without replacing anything, undone on
 * failure), and only then are the old files removed. The text's bytes are not touched.
 */
public final class ArticleRename {

    private final CorpusLayout layout;

    public ArticleRename(CorpusLayout layout) {
        this.layout = layout;
    }

    /** Why the rename did not finish; the message says which id the article is under. */
    public static final class NotRenamed extends IOException {
        private static final long serialVersionUID = 1L;

        public NotRenamed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * @param newId   the article's new id
     * @param renamed the article's files under their new names and their bytes (the sidecar and the
     *                annotation file with the new id inside, the text as it is)
     * @param old     the article's files under the old id, to remove once the new ones are in place
     */
    public void rename(String newId, Map<String, byte[]> renamed, List<Path> old) throws NotRenamed {
        try {
            new NewArticle(layout).write(newId, renamed);
        } catch (NewArticle.NotWritten e) {
            throw new NotRenamed(e.getMessage().replace("nothing was added", "the article keeps its old id"), e);
        }
        List<String> left = new ArrayList<>();
        for (Path p : old) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                left.add(p.toString());
            }
        }
        syncDirectory(layout.root());
        if (!left.isEmpty()) {
            throw new NotRenamed(
                    "the article is under its new id, but " + String.join(", ", left)
                            + " could not be removed; remove it by hand (validate reports the duplicate until then)",
                    null);
        }
    }

    /** Makes the moves and removals durable; a file system that cannot sync a folder (Windows) is left to itself. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // the files are in place; syncing a folder is not possible everywhere
        }
    }
}
