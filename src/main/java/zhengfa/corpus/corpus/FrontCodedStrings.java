package zhengfa.corpus.corpus;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A sorted list of strings stored with front coding, the way search-engine term dictionaries
 * store terms: in blocks of {@value #BLOCK}, the first string whole and each next one as the
 * length of the prefix it shares with the previous one plus the rest. Sorted article ids share
 * long prefixes, so a listing of hundreds of thousands of ids takes a few bytes an id. Strings are
 * compared by their UTF-8 bytes (code point order; for the ASCII ids of a corpus, String order).
 */
final class FrontCodedStrings {

    static final int BLOCK = 16;

    private final byte[] data;
    private final int[] blockStarts;
    private final int size;

    private FrontCodedStrings(byte[] data, int[] blockStarts, int size) {
        this.data = data;
        this.blockStarts = blockStarts;
        this.size = size;
    }

    int size() {
        return size;
    }

    String get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index + " of " + size);
        }
        Cursor cursor = new Cursor(index / BLOCK);
        for (int i = index - index % BLOCK; i < index; i++) {
            cursor.next();
        }
        return cursor.current();
    }

    /** The index of {@code value}, or a negative number if it is not in the list. */
    int indexOf(String value) {
        byte[] wanted = value.getBytes(StandardCharsets.UTF_8);
        int low = 0;
        int high = blockStarts.length - 1;
        // The last block whose first string is <= wanted.
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (Arrays.compareUnsigned(new Cursor(mid).bytes(), wanted) <= 0) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        if (high < 0) {
            return -1;
        }
        Cursor cursor = new Cursor(high);
        for (int i = high * BLOCK; i < Math.min(size, (high + 1) * BLOCK); i++) {
            if (i > high * BLOCK) {
                cursor.next();
            }
            int c = Arrays.compareUnsigned(cursor.bytes(), wanted);
            if (c == 0) {
                return i;
            } else if (c > 0) {
                break;
            }
        }
        return -1;
    }

    /** Reads one block string by string. */
    private final class Cursor {
        private int position;
        private byte[] value = new byte[0];

        Cursor(int block) {
            position = blockStarts[block];
            int length = readVarint();
            value = Arrays.copyOfRange(data, position, position + length);
            position += length;
        }

        void next() {
            int shared = readVarint();
            int rest = readVarint();
            byte[] next = Arrays.copyOf(value, shared + rest);
            System.arraycopy(data, position, next, shared, rest);
            position += rest;
            value = next;
        }

        byte[] bytes() {
            return value;
        }

        String current() {
            return new String(value, StandardCharsets.UTF_8);
        }

        private int readVarint() {
            int result = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = data[position++];
                result |= (b & 0x7f) << shift;
                if (b >= 0) {
                    return result;
                }
            }
        }
    }

    /** Takes strings in ascending order of their UTF-8 bytes. */
    static final class Builder {
        private final ByteArrayOutputStream data = new ByteArrayOutputStream();
        private int[] blockStarts = new int[16];
        private int size;
        private byte[] previous;

        void add(String value) {
            add(value.getBytes(StandardCharsets.UTF_8));
        }

        void add(byte[] value) {
            if (previous != null && Arrays.compareUnsigned(previous, value) > 0) {
                throw new IllegalArgumentException("strings must be added in ascending order");
            }
            if (size % BLOCK == 0) {
                int block = size / BLOCK;
                if (block == blockStarts.length) {
                    blockStarts = Arrays.copyOf(blockStarts, block * 2);
                }
                blockStarts[block] = data.size();
                writeVarint(value.length);
                data.write(value, 0, value.length);
            } else {
                int shared = Arrays.mismatch(previous, value);
                shared = shared < 0 ? value.length : shared;
                writeVarint(shared);
                writeVarint(value.length - shared);
                data.write(value, shared, value.length - shared);
            }
            previous = value;
            size++;
        }

        FrontCodedStrings build() {
            return new FrontCodedStrings(
                    data.toByteArray(), Arrays.copyOf(blockStarts, (size + BLOCK - 1) / BLOCK), size);
        }

        private void writeVarint(int value) {
            while ((value & ~0x7f) != 0) {
                data.write((value & 0x7f) | 0x80);
                value >>>= 7;
            }
            data.write(value);
        }
    }
}
