package zhengfa.corpus.corpus;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a new article's files into the corpus folder all together or not at all, and never over
 * an existing file: each file is written and synced in a staging folder inside the corpus, then
 * moved to its name without replacing anything; if any move fails, the ones already made are undone.
 */
public final class NewArticle {

    private final CorpusLayout layout;

    public NewArticle(CorpusLayout layout) {
        this.layout = layout;
    }

    /** Why the article could not be written; nothing of it is left in the corpus. */
    public static final class NotWritten extends IOException {
        private static final long serialVersionUID = 1L;

        public NotWritten(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The article's files by name ({@code <id>.txt}, …) in the order they are written. */
    public List<Path> write(String id, Map<String, byte[]> files) throws NotWritten {
        Path root = layout.root();
        if (!Files.isDirectory(root)) {
            throw new NotWritten("the corpus folder " + root + " does not exist", null);
        }
        for (String name : files.keySet()) {
            if (Files.exists(root.resolve(name), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new NotWritten(
                        root.resolve(name) + " already exists; an existing article is never overwritten", null);
            }
        }
        Path staging;
        try {
            staging = Files.createTempDirectory(root, ".add-" + id + "-");
        } catch (AccessDeniedException e) {
            throw new NotWritten("the corpus folder " + root + " is not writable", e);
        } catch (IOException e) {
            throw new NotWritten("cannot write in the corpus folder " + root + ": " + e.getMessage(), e);
        }
        List<Path> moved = new ArrayList<>();
        try {
            Map<Path, Path> plan = new LinkedHashMap<>();
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path staged = staging.resolve(file.getKey());
                try (FileChannel channel =
                        FileChannel.open(staged, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    channel.write(java.nio.ByteBuffer.wrap(file.getValue()));
                    channel.force(true);
                }
                plan.put(staged, root.resolve(file.getKey()));
            }
            for (Map.Entry<Path, Path> step : plan.entrySet()) {
                Files.move(step.getKey(), step.getValue());
                moved.add(step.getValue());
            }
            return List.copyOf(moved);
        } catch (IOException e) {
            for (Path done : moved) {
                try {
                    Files.deleteIfExists(done);
                } catch (IOException ignored) {
                    // The message below names the article; what could not be undone is listed there.
                }
            }
            String reason =
                    e instanceof FileAlreadyExistsException ? e.getMessage() + " appeared while writing" : e.toString();
            throw new NotWritten("could not write the article " + id + " (" + reason + "); nothing was added", e);
        } finally {
            try (var leftovers = Files.list(staging)) {
                for (Path p : (Iterable<Path>) leftovers::iterator) {
                    Files.deleteIfExists(p);
                }
                Files.deleteIfExists(staging);
            } catch (IOException ignored) {
                // A staging folder that cannot be removed is reported by validate as an unexpected entry.
            }
        }
    }
}
