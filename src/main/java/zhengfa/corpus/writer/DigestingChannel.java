package zhengfa.corpus.writer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import zhengfa.corpus.model.Sha256;

/**
 * A new file written front to back, hashed (SHA-256) as its bytes go out. A release's largest
 * files would otherwise be read back in full after writing only to be checksummed, on one thread
 * after every other was done (docs/performance.md).
 *
 * <p>The file is opened {@code CREATE_NEW} and only ever appended to through this channel, so the
 * bytes hashed are exactly the bytes in the file; a short write hashes only what was written.
 */
public final class DigestingChannel implements WritableByteChannel {

    private final FileChannel file;
    private final MessageDigest digest = Sha256.newDigest();
    private String sha256;

    private DigestingChannel(FileChannel file) {
        this.file = file;
    }

    /** Creates {@code path}, which must not exist. */
    public static DigestingChannel create(Path path) throws IOException {
        return new DigestingChannel(FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
    }

    @Override
    public int write(ByteBuffer source) throws IOException {
        ByteBuffer written = source.duplicate();
        int count = file.write(source);
        written.limit(written.position() + count);
        digest.update(written);
        return count;
    }

    @Override
    public boolean isOpen() {
        return file.isOpen();
    }

    /** Closes the file; from then on {@link #sha256()} is its checksum. */
    @Override
    public void close() throws IOException {
        if (sha256 == null && file.isOpen()) {
            file.close();
            sha256 = HexFormat.of().formatHex(digest.digest());
        }
    }

    /** Lowercase hex SHA-256 of everything written, once the channel is closed. */
    public String sha256() {
        if (sha256 == null) {
            throw new IllegalStateException("the file is still open: its checksum is not final");
        }
        return sha256;
    }
}
