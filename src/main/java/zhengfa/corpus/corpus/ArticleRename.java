package zhengfa.corpus.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives an article a new id: its files under the new names, with the ids inside rewritten, and the
 * old names gone, all or nothing. The new files are written and synced in a staging folder, moved
 * to their names without replacing anything, and only then are the old files removed; any failure
 * before that undoes the moves. The text's bytes are not touched.
 */
public final class ArticleRename {

    private final CorpusLayout layout;

    public ArticleRename(CorpusLayout layout) {
        this.layout = layout;
    }

    /** Why the rename did not happen; the article is left under its old id. */
    public static final class NotRenamed extends IOException {
        private static final long serialVersionUID = 1L;

        public NotRenamed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * @param renamed the article's files under their new names and their bytes (the sidecar and the
     *                annotation file with the new id inside, the text as it is)
     * @param old     the article's files under the old id, to remove once the new ones are in place
     */
    public void rename(Map<String, byte[]> renamed, List<Path> old) throws NotRenamed {
        Path root = layout.root();
        for (String name : renamed.keySet()) {
            if (Files.exists(root.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                throw new NotRenamed(root.resolve(name) + " already exists; no article is overwritten", null);
            }
        }
        Path staging;
        try {
            staging = Files.createTempDirectory(root, ".rename-");
        } catch (IOException e) {
            throw new NotRenamed("cannot write in the corpus folder " + root + ": " + e.getMessage(), e);
        }
        List<Path> moved = new ArrayList<>();
        try {
            Map<Path, Path> plan = new LinkedHashMap<>();
            for (Map.Entry<String, byte[]> file : renamed.entrySet()) {
                Path staged = staging.resolve(file.getKey());
                try (FileChannel channel = FileChannel.open(staged, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    channel.write(ByteBuffer.wrap(file.getValue()));
                    channel.force(true);
                }
                plan.put(staged, root.resolve(file.getKey()));
            }
            for (Map.Entry<Path, Path> step : plan.entrySet()) {
                Files.move(step.getKey(), step.getValue());
                moved.add(step.getValue());
            }
            syncDirectory(root);
        } catch (IOException e) {
            for (Path done : moved) {
                try {
                    Files.deleteIfExists(done);
                } catch (IOException ignored) {
                    // reported below: the message names the article
                }
            }
            throw new NotRenamed("could not write the renamed files (" + e + "); the article keeps its old id", e);
        } finally {
            try (var leftovers = Files.list(staging)) {
                for (Path p : (Iterable<Path>) leftovers::iterator) {
                    Files.deleteIfExists(p);
                }
                Files.deleteIfExists(staging);
            } catch (IOException ignored) {
                // a staging folder left behind is reported by validate as an unexpected entry
            }
        }
        List<String> left = new ArrayList<>();
        for (Path p : old) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                left.add(p.toString());
            }
        }
        try {
            syncDirectory(root);
        } catch (IOException ignored) {
            // the files are in place; a directory that cannot be synced is the file system's concern
        }
        if (!left.isEmpty()) {
            throw new NotRenamed("the article is under its new id, but " + String.join(", ", left)
                    + " could not be removed; remove it by hand (validate reports the duplicate until then)", null);
        }
    }

    private static void syncDirectory(Path dir) throws IOException {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            if (!System.getProperty("os.name", "").startsWith("Windows")) {
                throw e;
            }
        }
    }
}
