package zhengfa.corpus.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Flushes a staged release to the disk before it is renamed into place, so that a power cut after
 * the rename cannot leave a release name over files the disk never received: every file, then every
 * folder from the deepest up (a folder's entries are data too), and after the rename the folder
 * that holds the new name.
 */
final class Durability {

    private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");

    private Durability() {}

    static void syncTree(Path root) throws IOException {
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(root)) {
            entries = walk.sorted(Comparator.comparingInt(Path::getNameCount)
                            .reversed()
                            .thenComparing(Comparator.naturalOrder()))
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (Path entry : entries) {
            if (Files.isRegularFile(entry)) {
                syncFile(entry);
            }
        }
        for (Path entry : entries) {
            if (Files.isDirectory(entry)) {
                syncDirectory(entry);
            }
        }
    }

    static void syncFile(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            throw new IOException("cannot flush " + file + " to the disk: " + e.getMessage(), e);
        }
    }

    /** Windows cannot open a folder for syncing; its NTFS journals the rename itself. */
    static void syncDirectory(Path dir) throws IOException {
        if (WINDOWS) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            throw new IOException("cannot flush the folder " + dir + " to the disk: " + e.getMessage(), e);
        }
    }
}
