package zhengfa.corpus.table;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A string value already encoded as UTF-8. Every format of a release stores strings as UTF-8, so a
 * row's strings are encoded once, on the thread that prepares the row, and the JSONL, Parquet and
 * Arrow writers all copy the same bytes instead of each encoding the text again.
 */
public final class Utf8String {

    private final byte[] bytes;

    private Utf8String(byte[] bytes) {
        this.bytes = bytes;
    }

    public static Utf8String of(String value) {
        return new Utf8String(value.getBytes(StandardCharsets.UTF_8));
    }

    /** The encoded bytes, shared, not copied: writers read them and must not change them. */
    public byte[] bytes() {
        return bytes;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Utf8String that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
