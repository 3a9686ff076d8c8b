package zhengfa.corpus.writer.jsonl;

import com.github.luben.zstd.ZstdInputStream;
import com.github.luben.zstd.ZstdOutputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * How the JSON Lines files are compressed: not at all ({@code .jsonl}), with gzip ({@code .jsonl.gz})
 * or with zstd ({@code .jsonl.zst}). Either compressor's output depends only on the bytes given to
 * it: no time, name or machine goes into a header, so a release stays byte-reproducible.
 */
public enum JsonlCompression {
    NONE("none", ""),
    GZIP("gzip", ".gz"),
    ZSTD("zstd", ".zst");

    // zstd's default level: measured at 20,000 articles, higher levels cost several times the CPU for a few percent.
    private static final int ZSTD_LEVEL = 3;

    private final String option;
    private final String suffix;

    JsonlCompression(String option, String suffix) {
        this.option = option;
        this.suffix = suffix;
    }

    /** The value {@code --jsonl-compression} takes. */
    public String option() {
        return option;
    }

    /** What follows {@code .jsonl} in the file name: empty, {@code .gz} or {@code .zst}. */
    public String suffix() {
        return suffix;
    }

    public static JsonlCompression parse(String option) {
        return Arrays.stream(values())
                .filter(c -> c.option.equals(option.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "--jsonl-compression must be none, gzip or zstd, not '" + option + "'"));
    }

    /** The compression a JSON Lines file was written with, from its name. */
    public static JsonlCompression of(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(GZIP.suffix) ? GZIP : name.endsWith(ZSTD.suffix) ? ZSTD : NONE;
    }

    /** Compresses what is written to {@code out}; closing the result closes {@code out}. */
    OutputStream compress(OutputStream out) throws IOException {
        return switch (this) {
            case NONE -> out;
            case GZIP -> new ParallelGzipOutputStream(out);
            case ZSTD -> {
                ZstdOutputStream zstd = new ZstdOutputStream(out, ZSTD_LEVEL);
                // With one worker or more, zstd compresses on its own threads, and its output is the same
                // whatever the number of workers.
                zstd.setWorkers(Math.max(1, Runtime.getRuntime().availableProcessors()));
                zstd.setChecksum(true);
                yield zstd;
            }
        };
    }

    /** The decompressed bytes of a JSON Lines file, whichever way it was compressed. */
    public static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        try {
            return switch (of(file)) {
                case NONE -> in;
                // Reads every member of a multi-member file, as ParallelGzipOutputStream writes.
                case GZIP -> new GZIPInputStream(in, 1 << 16);
                case ZSTD -> new BufferedInputStream(new ZstdInputStream(in), 1 << 16);
            };
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }
}
