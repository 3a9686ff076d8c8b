package zhengfa.corpus.validation;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import zhengfa.corpus.corpus.ArticleStamps;
import zhengfa.corpus.validation.rules.TextDigests;

/**
 * Remembers which articles validated clean, by content digest, so that re-validating an unchanged
 * corpus only reads and hashes its files. The cache file's name is a key over everything else a
 * verdict depends on: the tool's own code, every file of schema/, the release date and the
 * limits. Changing any of them starts a new cache. Articles with findings are never cached.
 *
 * <p>One record per clean article, in id order: its id, its files' stamps, its content digest and
 * what it contributes to the duplicate checks. Records are held in flat arrays (112 bytes an article,
 * plus its id), not maps of objects, which took longer to load than the rest of a cached run.
 */
public final class ValidationCache {

    /** A remembered clean article whose files are unchanged: its content digest and its entry. */
    public record Hit(byte[] contentSha256, TextDigests entry) {}

    private static final int MAGIC = 0x5A464333;
    private static final int DIGEST_BYTES = 32;
    private static final int STAMP_LONGS = ArticleStamps.LONGS;
    private static final int ENTRY_LONGS = 4;
    /** Stamps of an article whose files could not be stat-ed: they never match. */
    private static final long NO_STAMP = Long.MIN_VALUE;
    /** Files modified this close to the cache's writing are read anyway (git's "racily clean" rule). */
    private static final long RACY_NANOS = 2_000_000_000L;

    private final Path file;
    private final boolean readFromFile;
    private final long savedAtNanos;
    private final Records known;
    private Records current;

    private ValidationCache(Path file, boolean readFromFile, Records known, long savedAtNanos) {
        this.file = file;
        this.readFromFile = readFromFile;
        this.known = known;
        this.savedAtNanos = savedAtNanos;
    }

    /** A cache that remembers nothing, for runs without --cache. */
    public static ValidationCache disabled() {
        return new ValidationCache(null, false, new Records(0), 0);
    }

    public static ValidationCache open(Path dir, Path schemaDir, ValidationSettings settings) throws IOException {
        String key = key(schemaDir, settings);
        Path file = dir.resolve("validation-" + key.substring(0, 32) + ".cache");
        if (Files.isRegularFile(file)) {
            try (DataInputStream in =
                    new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                if (in.readInt() == MAGIC) {
                    long savedAt = in.readLong();
                    Records records = Records.read(in, in.readInt(), Files.size(file));
                    return new ValidationCache(file, true, records.indexed(), savedAt);
                }
            } catch (IOException | RuntimeException e) {
                // A damaged cache is only a slower run: start afresh.
            }
        }
        return new ValidationCache(file, false, new Records(0).indexed(), 0);
    }

    public boolean enabled() {
        return file != null;
    }

    /**
     * Whether this cache was read from a file written for exactly these schema files (their digest
     * is in the file's name). Only a run that loaded them writes one, so they are known to load.
     */
    public boolean writtenForTheseSchemas() {
        return readFromFile;
    }

    /** Makes room to record what this run finds clean, one slot per article of the listing. */
    public void begin(int articles) {
        current = new Records(enabled() ? articles : 0);
    }

    /**
     * The remembered digest and entry of an article whose files have exactly the stamps they had
     * when it last validated clean, or null. Stamps newer than the cache are not trusted.
     */
    public Hit lookupUnchanged(String id, ArticleStamps now) {
        int index = known.indexOfId(id);
        if (index < 0 || !known.stampsEqual(index, now) || now.newestModified() >= savedAtNanos - RACY_NANOS) {
            return null;
        }
        return new Hit(known.digest(index), known.entry(index));
    }

    /** The remembered entry of an article that validated clean with exactly this content, or null. */
    public TextDigests lookup(byte[] contentSha256) {
        int index = known.indexOfDigest(contentSha256);
        return index < 0 ? null : known.entry(index);
    }

    /**
     * Records the article at this position of the listing as clean. Workers record distinct
     * positions, and the calling thread reads them only after the workers are done.
     */
    public void markClean(int position, String id, ArticleStamps stamps, byte[] contentSha256, TextDigests entry) {
        if (enabled()) {
            current.set(position, id, stamps, contentSha256, entry);
        }
    }

    /** The current stamps of an article's files, following links (-1 for an absent annotation file). */
    public static ArticleStamps stamps(Path text, Path sidecar, Path annotations) throws IOException {
        var t = Files.readAttributes(text, BasicFileAttributes.class);
        var s = Files.readAttributes(sidecar, BasicFileAttributes.class);
        var a = annotations == null ? null : Files.readAttributes(annotations, BasicFileAttributes.class);
        return new ArticleStamps(
                t.size(), nanos(t), s.size(), nanos(s), a == null ? -1 : a.size(), a == null ? -1 : nanos(a));
    }

    private static long nanos(BasicFileAttributes attributes) {
        return attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    }

    /** Writes the articles found clean in this run (only those: deleted articles are forgotten). */
    public void save() throws IOException {
        if (!enabled() || current == null) {
            return;
        }
        Records clean = current.compacted();
        // Rewriting an unchanged cache would cost as much as the rest of a cached run.
        if (clean.sameAs(known)) {
            return;
        }
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), "validation-", ".tmp");
        try (DataOutputStream out =
                new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeLong(System.currentTimeMillis() * 1_000_000L);
            out.writeInt(clean.size);
            clean.write(out);
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Clean articles as parallel flat arrays, in id order, with an index by content digest. */
    private static final class Records {
        private int size;
        private String[] ids;
        private long[] stamps;
        private byte[] digests;
        private long[] entries;
        // Open addressing over record indexes + 1, by the digest's first eight bytes; 0 is empty.
        private int[] byDigest = new int[0];

        Records(int capacity) {
            size = capacity;
            ids = new String[capacity];
            stamps = new long[capacity * STAMP_LONGS];
            digests = new byte[capacity * DIGEST_BYTES];
            entries = new long[capacity * ENTRY_LONGS];
        }

        static Records read(DataInputStream in, int n, long fileBytes) throws IOException {
            // A damaged count must not make us allocate for records the file cannot hold.
            long smallestRecord = 2 + 8L * STAMP_LONGS + DIGEST_BYTES + 8L * ENTRY_LONGS;
            if (n < 0 || n > fileBytes / smallestRecord) {
                throw new IOException("bad record count " + n);
            }
            Records records = new Records(n);
            byte[] digest = new byte[DIGEST_BYTES];
            for (int i = 0; i < n; i++) {
                String id = in.readUTF();
                if (i > 0 && id.compareTo(records.ids[i - 1]) <= 0) {
                    throw new IOException("records out of order");
                }
                records.ids[i] = id;
                for (int k = 0; k < STAMP_LONGS; k++) {
                    records.stamps[i * STAMP_LONGS + k] = in.readLong();
                }
                in.readFully(digest);
                System.arraycopy(digest, 0, records.digests, i * DIGEST_BYTES, DIGEST_BYTES);
                for (int k = 0; k < ENTRY_LONGS; k++) {
                    records.entries[i * ENTRY_LONGS + k] = in.readLong();
                }
            }
            return records;
        }

        Records indexed() {
            int slots = Integer.highestOneBit(Math.max(2, size) * 2) * 2;
            byDigest = new int[slots];
            for (int i = 0; i < size; i++) {
                int slot = slot(digests, i * DIGEST_BYTES, slots);
                while (byDigest[slot] != 0) {
                    slot = (slot + 1) & (slots - 1);
                }
                byDigest[slot] = i + 1;
            }
            return this;
        }

        private static int slot(byte[] digest, int offset, int slots) {
            long h = 0;
            for (int k = 0; k < 8; k++) {
                h = h << 8 | (digest[offset + k] & 0xFF);
            }
            return (int) (h ^ h >>> 32) & (slots - 1);
        }

        int indexOfId(String id) {
            int index = Arrays.binarySearch(ids, 0, size, id);
            return index >= 0 ? index : -1;
        }

        int indexOfDigest(byte[] digest) {
            if (byDigest.length == 0) {
                return -1;
            }
            for (int slot = slot(digest, 0, byDigest.length);
                    byDigest[slot] != 0;
                    slot = (slot + 1) & (byDigest.length - 1)) {
                int index = byDigest[slot] - 1;
                if (Arrays.equals(
                        digests, index * DIGEST_BYTES, index * DIGEST_BYTES + DIGEST_BYTES, digest, 0, DIGEST_BYTES)) {
                    return index;
                }
            }
            return -1;
        }

        boolean stampsEqual(int index, ArticleStamps s) {
            int at = index * STAMP_LONGS;
            return stamps[at] == s.textSize()
                    && stamps[at + 1] == s.textModified()
                    && stamps[at + 2] == s.sidecarSize()
                    && stamps[at + 3] == s.sidecarModified()
                    && stamps[at + 4] == s.annotationsSize()
                    && stamps[at + 5] == s.annotationsModified();
        }

        byte[] digest(int index) {
            return Arrays.copyOfRange(digests, index * DIGEST_BYTES, index * DIGEST_BYTES + DIGEST_BYTES);
        }

        TextDigests entry(int index) {
            int at = index * ENTRY_LONGS;
            return new TextDigests(entries[at], entries[at + 1], entries[at + 2], entries[at + 3]);
        }

        void set(int index, String id, ArticleStamps s, byte[] digest, TextDigests entry) {
            ids[index] = id;
            int at = index * STAMP_LONGS;
            if (s == null) {
                Arrays.fill(stamps, at, at + STAMP_LONGS, NO_STAMP);
            } else {
                stamps[at] = s.textSize();
                stamps[at + 1] = s.textModified();
                stamps[at + 2] = s.sidecarSize();
                stamps[at + 3] = s.sidecarModified();
                stamps[at + 4] = s.annotationsSize();
                stamps[at + 5] = s.annotationsModified();
            }
            System.arraycopy(digest, 0, digests, index * DIGEST_BYTES, DIGEST_BYTES);
            at = index * ENTRY_LONGS;
            entries[at] = entry.rawHigh();
            entries[at + 1] = entry.rawLow();
            entries[at + 2] = entry.foldedHigh();
            entries[at + 3] = entry.foldedLow();
        }

        /** The recorded slots only (positions without an id were not clean), still in id order. */
        Records compacted() {
            int n = 0;
            for (int i = 0; i < size; i++) {
                if (ids[i] != null) {
                    if (i != n) {
                        ids[n] = ids[i];
                        System.arraycopy(stamps, i * STAMP_LONGS, stamps, n * STAMP_LONGS, STAMP_LONGS);
                        System.arraycopy(digests, i * DIGEST_BYTES, digests, n * DIGEST_BYTES, DIGEST_BYTES);
                        System.arraycopy(entries, i * ENTRY_LONGS, entries, n * ENTRY_LONGS, ENTRY_LONGS);
                    }
                    n++;
                }
            }
            size = n;
            return this;
        }

        boolean sameAs(Records other) {
            return size == other.size
                    && Arrays.equals(ids, 0, size, other.ids, 0, size)
                    && Arrays.equals(stamps, 0, size * STAMP_LONGS, other.stamps, 0, size * STAMP_LONGS)
                    && Arrays.equals(digests, 0, size * DIGEST_BYTES, other.digests, 0, size * DIGEST_BYTES)
                    && Arrays.equals(entries, 0, size * ENTRY_LONGS, other.entries, 0, size * ENTRY_LONGS);
        }

        void write(DataOutputStream out) throws IOException {
            for (int i = 0; i < size; i++) {
                out.writeUTF(ids[i]);
                for (int k = 0; k < STAMP_LONGS; k++) {
                    out.writeLong(stamps[i * STAMP_LONGS + k]);
                }
                out.write(digests, i * DIGEST_BYTES, DIGEST_BYTES);
                for (int k = 0; k < ENTRY_LONGS; k++) {
                    out.writeLong(entries[i * ENTRY_LONGS + k]);
                }
            }
        }
    }

    private static String key(Path schemaDir, ValidationSettings settings) throws IOException {
        MessageDigest digest = zhengfa.corpus.model.Sha256.newDigest();
        digest.update(("settings " + settings.releaseDate() + " " + settings.jsonLimits() + " "
                        + settings.maxTextBytes() + "\n")
                .getBytes(StandardCharsets.UTF_8));
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
            return Path.of(ValidationCache.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
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
     * The tool's jar is keyed by its index (every entry's name, size and CRC-32), not its many MB of
     * bytes: hashing those took a sixth of a fully cached run, and a changed class changes its
     * CRC-32 all the same.
     */
    static void hashJarIndex(Path jar, MessageDigest digest) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
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
