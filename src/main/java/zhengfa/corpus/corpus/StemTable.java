package zhengfa.corpus.corpus;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The stems met while scanning a corpus folder, each with the bits of which of its files exist.
 * A folder of 300 000 articles holds 900 000 files; a hash map of String keys cost about 100
 * bytes a stem, this open-addressing table over one byte array about 30. Stems are article ids,
 * already checked to be short lowercase ASCII.
 */
final class StemTable {

    private byte[] bytes = new byte[1 << 12];
    private int byteCount;
    private int[] starts = new int[256];
    private byte[] kinds = new byte[256];
    private int count;
    // Slot holds index + 1 of a stem, 0 when empty; kept at most half full.
    private int[] slots = new int[512];
    // With stamps kept (else null): for each stem and kind (text, sidecar, annotations), size and
    // modification time in nanoseconds of the file as the scan's lstat saw it; UNKNOWN for a link.
    private long[] stamps;

    static final long UNKNOWN = Long.MIN_VALUE;

    StemTable() {
        this(false);
    }

    StemTable(boolean keepStamps) {
        this.stamps = keepStamps ? new long[256 * ArticleStamps.LONGS] : null;
    }

    int size() {
        return count;
    }

    void add(String stem, byte kind) {
        add(stem, kind, UNKNOWN, UNKNOWN);
    }

    /** Adds a file of a stem with its size and modification time (kept only with stamps on). */
    void add(String stem, byte kind, long size, long modifiedNanos) {
        byte[] key = stem.getBytes(StandardCharsets.US_ASCII);
        int mask = slots.length - 1;
        for (int slot = hash(key, 0, key.length) & mask; ; slot = (slot + 1) & mask) {
            int entry = slots[slot];
            if (entry == 0) {
                int index = append(key, kind);
                slots[slot] = index + 1;
                stamp(index, kind, size, modifiedNanos);
                if (count * 2 > slots.length) {
                    rehash();
                }
                return;
            }
            if (equals(entry - 1, key)) {
                kinds[entry - 1] |= kind;
                stamp(entry - 1, kind, size, modifiedNanos);
                return;
            }
        }
    }

    private void stamp(int index, byte kind, long size, long modifiedNanos) {
        if (stamps != null) {
            int at = stampAt(index, kind);
            stamps[at] = size;
            stamps[at + 1] = modifiedNanos;
        }
    }

    /** Where the size of a stem's file of this kind is kept; its time follows it. */
    private static int stampAt(int index, byte kind) {
        return index * ArticleStamps.LONGS + 2 * Integer.numberOfTrailingZeros(kind);
    }

    /** Size of the stem's file of this kind as scanned, or UNKNOWN (no stamps, or a link). */
    long size(int index, byte kind) {
        return stamps != null ? stamps[stampAt(index, kind)] : UNKNOWN;
    }

    long modifiedNanos(int index, byte kind) {
        return stamps != null ? stamps[stampAt(index, kind) + 1] : UNKNOWN;
    }

    /**
     * A polynomial hash of bytes [from, to), mixed: sequential ids (syn-0000001, syn-0000002, ...)
     * have sequential polynomial hashes, which cluster in a linearly probed table.
     */
    private static int hash(byte[] a, int from, int to) {
        int h = 1;
        for (int i = from; i < to; i++) {
            h = 31 * h + a[i];
        }
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    byte kinds(int index) {
        return kinds[index];
    }

    String stem(int index) {
        return new String(bytes, starts[index], end(index) - starts[index], StandardCharsets.US_ASCII);
    }

    /** Indexes of all stems in ascending order. */
    int[] sorted() {
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        mergeSort(order, new int[count], 0, count);
        return order;
    }

    private int append(byte[] key, byte kind) {
        if (byteCount + key.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, byteCount + key.length));
        }
        if (count + 1 >= starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
            kinds = Arrays.copyOf(kinds, kinds.length * 2);
            if (stamps != null) {
                stamps = Arrays.copyOf(stamps, kinds.length * ArticleStamps.LONGS);
            }
        }
        System.arraycopy(key, 0, bytes, byteCount, key.length);
        starts[count] = byteCount;
        byteCount += key.length;
        starts[count + 1] = byteCount;
        kinds[count] = kind;
        if (stamps != null) {
            Arrays.fill(stamps, count * ArticleStamps.LONGS, (count + 1) * ArticleStamps.LONGS, UNKNOWN);
        }
        return count++;
    }

    private int end(int index) {
        return starts[index + 1];
    }

    private boolean equals(int index, byte[] key) {
        return Arrays.equals(bytes, starts[index], end(index), key, 0, key.length);
    }

    private int compare(int a, int b) {
        return Arrays.compareUnsigned(bytes, starts[a], end(a), bytes, starts[b], end(b));
    }

    private void rehash() {
        int[] grown = new int[slots.length * 2];
        int mask = grown.length - 1;
        for (int i = 0; i < count; i++) {
            int slot = hash(bytes, starts[i], end(i)) & mask;
            while (grown[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            grown[slot] = i + 1;
        }
        slots = grown;
    }

    private void mergeSort(int[] a, int[] scratch, int from, int to) {
        if (to - from < 2) {
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, scratch, from, mid);
        mergeSort(a, scratch, mid, to);
        if (compare(a[mid - 1], a[mid]) <= 0) {
            return;
        }
        System.arraycopy(a, from, scratch, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to || (i < mid && compare(scratch[i], scratch[j]) <= 0)) {
                a[k] = scratch[i++];
            } else {
                a[k] = scratch[j++];
            }
        }
    }
}
