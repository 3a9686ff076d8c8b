package zhengfa.corpus.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/** Checksums and comparison of whole folders, and their removal. */
public final class FileTree {

    private FileTree() {}

    /** Relative path (forward slashes) to SHA-256 of every regular file under {@code root}, sorted. */
    public static SortedMap<String, String> checksums(Path root) throws IOException {
        SortedMap<String, String> sums = new TreeMap<>();
        try (var paths = Files.walk(root)) {
            for (Path file : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
                sums.put(root.relativize(file).toString().replace('\\', '/'), sha256(file));
            }
        }
        return sums;
    }

    public static String sha256(Path file) throws IOException {
        MessageDigest digest = newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The SHA-256 of the files' bytes joined in the order given, as a multipart resource is hashed. */
    public static String sha256OfJoined(List<Path> files) throws IOException {
        MessageDigest digest = newDigest();
        for (Path file : files) {
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest newDigest() {
        return zhengfa.corpus.model.Sha256.newDigest();
    }

    /** Human-readable differences between two checksum maps: added, removed and changed files. */
    public static List<String> differences(Map<String, String> existing, Map<String, String> candidate) {
        List<String> out = new ArrayList<>();
        TreeSet<String> all = new TreeSet<>(existing.keySet());
        all.addAll(candidate.keySet());
        for (String path : all) {
            String before = existing.get(path);
            String after = candidate.get(path);
            if (before == null) {
                out.add("new file " + path);
            } else if (after == null) {
                out.add("file no longer produced: " + path);
            } else if (!before.equals(after)) {
                out.add("different content: " + path);
            }
        }
        return out;
    }

    public static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
