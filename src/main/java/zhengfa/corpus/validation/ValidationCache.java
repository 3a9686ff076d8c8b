package zhengfa.corpus.validation;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Remembers which articles validated clean, by content digest, so that re-validating an unchanged
 * corpus only reads and hashes its files. The cache file's name is a key over everything else a
 * verdict depends on: the tool's own code, every file of schema/, the release date and the
 * limits. Changing any of them starts a new cache. Articles with findings are never cached.
 */
public final class ValidationCache {

    /** What a clean article contributes to the corpus-wide duplicate checks. */
    public record Entry(long rawHigh, long rawLow, long foldedHigh, long foldedLow) { }

    private static final int MAGIC = 0x5A464331;

    private final Path file;
    private final Map<ByteBuffer, Entry> known;
    private final Map<ByteBuffer, Entry> clean = new HashMap<>();

    private ValidationCache(Path file, Map<ByteBuffer, Entry> known) {
        this.file = file;
        this.known = known;
    }

    /** A cache that remembers nothing, for runs without --cache. */
    public static ValidationCache disabled() {
        return new ValidationCache(null, Map.of());
    }

    public static ValidationCache open(Path dir, Path schemaDir, ValidationSettings settings) throws IOException {
        String key = key(schemaDir, settings);
        Path file = dir.resolve("validation-" + key.substring(0, 32) + ".cache");
        Map<ByteBuffer, Entry> known = new HashMap<>();
        if (Files.isRegularFile(file)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                if (in.readInt() == MAGIC) {
                    int n = in.readInt();
                    for (int i = 0; i < n; i++) {
                        byte[] digest = new byte[32];
                        in.readFully(digest);
                        known.put(ByteBuffer.wrap(digest), new Entry(in.readLong(), in.readLong(), in.readLong(), in.readLong()));
                    }
                }
            } catch (IOException e) {
                // A damaged cache is only a slower run: start afresh.
                known.clear();
            }
        }
        return new ValidationCache(file, known);
    }

    public boolean enabled() {
        return file != null;
    }

    /** The remembered entry of an article that validated clean with exactly this content, or null. */
    public Entry lookup(String contentSha256) {
        return known.get(ByteBuffer.wrap(HexFormat.of().parseHex(contentSha256)));
    }

    public synchronized void markClean(String contentSha256, Entry entry) {
        if (enabled()) {
            clean.put(ByteBuffer.wrap(HexFormat.of().parseHex(contentSha256)), entry);
        }
    }

    /** Writes the articles found clean in this run (only those: deleted articles are forgotten). */
    public synchronized void save() throws IOException {
        if (!enabled()) {
            return;
        }
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), "validation-", ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
            out.writeInt(MAGIC);
            out.writeInt(clean.size());
            for (var e : clean.entrySet()) {
                out.write(e.getKey().array());
                out.writeLong(e.getValue().rawHigh());
                out.writeLong(e.getValue().rawLow());
                out.writeLong(e.getValue().foldedHigh());
                out.writeLong(e.getValue().foldedLow());
            }
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public int size() {
        return known.size();
    }

    private static String key(Path schemaDir, ValidationSettings settings) throws IOException {
        MessageDigest digest = sha256();
        digest.update(("settings " + settings.releaseDate() + " " + settings.jsonLimits() + " " + settings.maxTextBytes()
                + "\n").getBytes(StandardCharsets.UTF_8));
        hashTree(schemaDir, digest);
        Path code = codeLocation();
        if (Files.isRegularFile(code)) {
            hashFile(code, digest);
        } else if (Files.isDirectory(code)) {
            hashTree(code, digest);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static Path codeLocation() {
        try {
            return Path.of(ValidationCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception e) {
            throw new IllegalStateException("cannot locate the tool's own code to key the cache", e);
        }
    }

    private static void hashTree(Path root, MessageDigest digest) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            digest.update(root.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
            hashFile(file, digest);
        }
    }

    private static void hashFile(Path file, MessageDigest digest) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
