package zhengfa.corpus.writer.parquet;

import com.github.luben.zstd.Zstd;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * ZSTD for Parquet pages through zstd-jni directly, so that writing Parquet needs no Hadoop codec
 * classes at run time (parquet-java's own CodecFactory goes through Hadoop's codec interfaces).
 */
public final class ZstdCodecFactory implements CompressionCodecFactory {

    private final int level;

    public ZstdCodecFactory(int level) {
        this.level = level;
    }

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codecName) {
        requireZstd(codecName);
        return new BytesInputCompressor() {
            @Override
            public BytesInput compress(BytesInput bytes) throws IOException {
                return BytesInput.from(Zstd.compress(bytes.toByteArray(), level));
            }

            @Override
            public CompressionCodecName getCodecName() {
                return CompressionCodecName.ZSTD;
            }

            @Override
            public void release() {}
        };
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codecName) {
        requireZstd(codecName);
        return new BytesInputDecompressor() {
            @Override
            public BytesInput decompress(BytesInput bytes, int decompressedSize) throws IOException {
                return BytesInput.from(Zstd.decompress(bytes.toByteArray(), decompressedSize));
            }

            @Override
            public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int decompressedSize)
                    throws IOException {
                byte[] in = new byte[compressedSize];
                input.get(in);
                output.put(Zstd.decompress(in, decompressedSize));
            }

            @Override
            public void release() {}
        };
    }

    @Override
    public void release() {}

    private static void requireZstd(CompressionCodecName codecName) {
        if (codecName != CompressionCodecName.ZSTD) {
            throw new IllegalArgumentException("this factory only provides ZSTD, not " + codecName);
        }
    }
}
