package zhengfa.corpus.writer.jsonl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gzip in parallel members and zstd: what is read back is what was written, and the bytes depend on nothing else. */
class JsonlCompressionTest {

    @TempDir
    Path tmp;

    /** Lines of JSON-ish text over several gzip blocks, with a tail shorter than a block. */
    private static byte[] sample(int bytes) {
        StringBuilder text = new StringBuilder();
        Random random = new Random(42);
        int line = 0;
        while (text.length() < bytes / 3) {
            text.append("{\"id\":\"a")
                    .append(line++)
                    .append("\",\"text\":\"新疆维吾尔自治区政法委 ")
                    .append(random.nextInt())
                    .append(" 𠮷\"}\n");
        }
        byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] exact = new byte[bytes];
        System.arraycopy(utf8, 0, exact, 0, Math.min(bytes, utf8.length));
        return exact;
    }

    private static byte[] compress(JsonlCompression compression, byte[] input) throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (OutputStream out = compression.compress(sink)) {
            // Written in uneven pieces, as the writer's buffer hands them over.
            int at = 0;
            int piece = 1;
            while (at < input.length) {
                int n = Math.min(piece, input.length - at);
                out.write(input, at, n);
                at += n;
                piece = piece * 3 % 100_003 + 1;
            }
        }
        return sink.toByteArray();
    }

    private byte[] readBack(JsonlCompression compression, byte[] compressed) throws IOException {
        Path file = tmp.resolve("t.jsonl" + compression.suffix());
        Files.write(file, compressed);
        try (InputStream in = JsonlCompression.open(file)) {
            return in.readAllBytes();
        }
    }

    @Test
    void gzipOverSeveralBlocksIsOneFileOfMembersThatReadsBackWhole() throws IOException {
        byte[] input = sample(ParallelGzipOutputStream.BLOCK_BYTES * 2 + 12_345);
        byte[] gz = compress(JsonlCompression.GZIP, input);
        assertArrayEquals(input, readBack(JsonlCompression.GZIP, gz));
        // The JDK's own reader agrees: concatenated members are one gzip stream.
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            assertArrayEquals(input, in.readAllBytes());
        }
        // No time, name or machine in the headers: three members, each starting with the same ten bytes.
        byte[] header = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};
        int members = 0;
        for (int i = 0; i + header.length <= gz.length; i++) {
            if (java.util.Arrays.equals(gz, i, i + header.length, header, 0, header.length)) {
                members++;
            }
        }
        assertTrue(members >= 3, "expected a member per block, found " + members);
        assertTrue(gz.length < input.length / 3, "gzip did not compress: " + gz.length + " of " + input.length);
    }

    @Test
    void theSameInputGivesTheSameBytes() throws IOException {
        byte[] input = sample(ParallelGzipOutputStream.BLOCK_BYTES + 99);
        for (JsonlCompression compression : JsonlCompression.values()) {
            assertArrayEquals(compress(compression, input), compress(compression, input), compression.option());
        }
    }

    @Test
    void zstdReadsBack() throws IOException {
        byte[] input = sample(3_000_000);
        byte[] zst = compress(JsonlCompression.ZSTD, input);
        assertArrayEquals(input, readBack(JsonlCompression.ZSTD, zst));
        assertTrue(zst.length < input.length / 3);
    }

    @Test
    void anEmptyTableIsStillAValidFile() throws IOException {
        for (JsonlCompression compression : JsonlCompression.values()) {
            byte[] written = compress(compression, new byte[0]);
            assertEquals(0, readBack(compression, written).length, compression.option());
        }
    }

    @Test
    void optionsAndFileNames() {
        assertEquals(JsonlCompression.GZIP, JsonlCompression.parse("gzip"));
        assertEquals(JsonlCompression.ZSTD, JsonlCompression.of(Path.of("data/articles.jsonl.zst")));
        assertEquals(JsonlCompression.NONE, JsonlCompression.of(Path.of("data/articles.jsonl")));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> JsonlCompression.parse("bzip2"));
        assertEquals("--jsonl-compression must be none, gzip or zstd, not 'bzip2'", e.getMessage());
    }
}
