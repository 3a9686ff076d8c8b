package zhengfa.corpus.validation;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * The content digest of every article validated in a run, by its position in the corpus listing
 * (32 bytes each). Writing a release trusts an article whose digest is unchanged instead of
 * validating it a second time; a changed file is validated again.
 */
public final class ContentDigests {

    private long[] digests = new long[0];

    public synchronized void record(int position, String sha256Hex) {
        if (4 * position + 4 > digests.length) {
            digests = Arrays.copyOf(digests, Math.max(4 * position + 4, digests.length * 2));
        }
        byte[] bytes = HexFormat.of().parseHex(sha256Hex);
        var buffer = java.nio.ByteBuffer.wrap(bytes);
        for (int i = 0; i < 4; i++) {
            digests[4 * position + i] = buffer.getLong();
        }
    }

    public synchronized boolean matches(int position, String sha256Hex) {
        if (4 * position + 4 > digests.length) {
            return false;
        }
        var buffer = java.nio.ByteBuffer.wrap(HexFormat.of().parseHex(sha256Hex));
        for (int i = 0; i < 4; i++) {
            if (digests[4 * position + i] != buffer.getLong()) {
                return false;
            }
        }
        return true;
    }
}
