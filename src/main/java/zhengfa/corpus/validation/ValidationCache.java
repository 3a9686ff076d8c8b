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

    /**
     * The size and modification time of an article's three files when it was last read, and their
     * content digest: as in git's index, unchanged stats let a run skip reading the files at all.
     */
    public record Stat(long textSize, long textTime, long sidecarSize, long sidecarTime, long annotationsSize,
                       long annotationsTime, String contentSha256) { }

    private static final int MAGIC = 0x5A464332;
    /** Files modified this close to the cache's writing are read anyway (git's "racily clean" rule). */
    private static final long RACY_NANOS = 2_000_000_000L;

    private final Path file;
    private final Map<ByteBuffer, Entry> known;
    private final Map<String, Stat> knownStats;
    private final long savedAtNanos;
    private final Map<ByteBuffer, Entry> clean = new HashMap<>();
    private final Map<String, Stat> cleanStats = new HashMap<>();
    private boolean changed;

    private ValidationCache(Path file, Map<ByteBuffer, Entry> known, Map<String, Stat> knownStats, long savedAtNanos) {
        this.file = file;
        this.known = known;
        this.knownStats = knownStats;
        this.savedAtNanos = savedAtNanos;
    }

    /** A cache that remembers nothing, for runs without --cache. */
    public static ValidationCache disabled() {
        return new ValidationCache(null, Map.of(), Map.of(), 0);
    }

    public static ValidationCache open(Path dir, Path schemaDir, ValidationSettings settings) throws IOException {
        String key = key(schemaDir, settings);
        Path file = dir.resolve("validation-" + key.substring(0, 32) + ".cache");
        Map<ByteBuffer, Entry> known = new HashMap<>();
        Map<String, Stat> stats = new HashMap<>();
        long savedAt = 0;
        if (Files.isRegularFile(file)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                if (in.readInt() == MAGIC) {
                    savedAt = in.readLong();
                    int n = in.readInt();
                    for (int i = 0; i < n; i++) {
                        byte[] digest = new byte[32];
                        in.readFully(digest);
                        known.put(ByteBuffer.wrap(digest), new Entry(in.readLong(), in.readLong(), in.readLong(), in.readLong()));
                    }
                    int s = in.readInt();
                    for (int i = 0; i < s; i++) {
                        String id = in.readUTF();
                        stats.put(id, new Stat(in.readLong(), in.readLong(), in.readLong(), in.readLong(), in.readLong(),
                                in.readLong(), in.readUTF()));
                    }
                }
            } catch (IOException e) {
                // A damaged cache is only a slower run: start afresh.
                known.clear();
                stats.clear();
            }
        }
        return new ValidationCache(file, known, stats, savedAt);
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
            ByteBuffer key = ByteBuffer.wrap(HexFormat.of().parseHex(contentSha256));
            clean.put(key, entry);
            changed |= !entry.equals(known.get(key));
        }
    }

    /** The content digest remembered for an article whose files have exactly these stats, or null. */
    public String digestIfUnchanged(String id, Stat now) {
        Stat then = knownStats.get(id);
        if (then == null || !then.equals(new Stat(now.textSize(), now.textTime(), now.sidecarSize(), now.sidecarTime(),
                now.annotationsSize(), now.annotationsTime(), then.contentSha256()))) {
            return null;
        }
        long newest = Math.max(now.textTime(), Math.max(now.sidecarTime(), now.annotationsTime()));
        return newest >= savedAtNanos - RACY_NANOS ? null : then.contentSha256();
    }

    public synchronized void rememberStat(String id, Stat stat) {
        if (enabled()) {
            cleanStats.put(id, stat);
            changed |= !stat.equals(knownStats.get(id));
        }
    }

    /** The current stats of an article's files (-1 for an absent annotation file). */
    public static Stat stat(Path text, Path sidecar, Path annotations, String contentSha256) throws IOException {
        var t = Files.readAttributes(text, java.nio.file.attribute.BasicFileAttributes.class);
        var s = Files.readAttributes(sidecar, java.nio.file.attribute.BasicFileAttributes.class);
        var a = annotations == null ? null : Files.readAttributes(annotations, java.nio.file.attribute.BasicFileAttributes.class);
        return new Stat(t.size(), nanos(t), s.size(), nanos(s), a == null ? -1 : a.size(), a == null ? -1 : nanos(a), contentSha256);
    }

    private static long nanos(java.nio.file.attribute.BasicFileAttributes attributes) {
        return attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    /** Writes the articles found clean in this run (only those: deleted articles are forgotten). */
    public synchronized void save() throws IOException {
        // Rewriting an unchanged cache would cost as much as the rest of a cached run.
        boolean same = !changed && clean.size() == known.size() && cleanStats.size() == knownStats.size();
        if (!enabled() || same) {
            return;
        }
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), "validation-", ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
            out.writeInt(MAGIC);
            out.writeLong(System.currentTimeMillis() * 1_000_000L);
            out.writeInt(clean.size());
            for (var e : clean.entrySet()) {
                out.write(e.getKey().array());
                out.writeLong(e.getValue().rawHigh());
                out.writeLong(e.getValue().rawLow());
                out.writeLong(e.getValue().foldedHigh());
                out.writeLong(e.getValue().foldedLow());
            }
            // Only the stats of articles that are still clean are kept.
            var stats = cleanStats.entrySet().stream()
                    .filter(e -> clean.containsKey(ByteBuffer.wrap(HexFormat.of().parseHex(e.getValue().contentSha256()))))
                    .sorted(Map.Entry.comparingByKey()).toList();
            out.writeInt(stats.size());
            for (var e : stats) {
                Stat st = e.getValue();
                out.writeUTF(e.getKey());
                out.writeLong(st.textSize());
                out.writeLong(st.textTime());
                out.writeLong(st.sidecarSize());
                out.writeLong(st.sidecarTime());
                out.writeLong(st.annotationsSize());
                out.writeLong(st.annotationsTime());
                out.writeUTF(st.contentSha256());
            }
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public int size() {
        return known.size();
    }

    private static String key(Path schemaDir, ValidationSettings settings) throws IOException {
        MessageDigest digest = zhengfa.corpus.model.Sha256.newDigest();
        digest.update(("settings " + settings.releaseDate() + " " + settings.jsonLimits() + " " + settings.maxTextBytes()
                + "\n").getBytes(StandardCharsets.UTF_8));
        hashTree(schemaDir, digest);
        Path code = codeLocation();
        if (Files.isRegularFile(code)) {
            hashJarIndex(code, digest);
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

    /**
     * The tool's jar is keyed by its index (every entry's name, size and CRC-32), not its 40 MB of
     * bytes: hashing those took a sixth of a fully cached run, and a changed class changes its
     * CRC-32 all the same.
     */
    static void hashJarIndex(Path jar, MessageDigest digest) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                java.util.zip.ZipEntry entry = entries.nextElement();
                digest.update((entry.getName() + " " + entry.getSize() + " " + Long.toHexString(entry.getCrc()) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
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


}
