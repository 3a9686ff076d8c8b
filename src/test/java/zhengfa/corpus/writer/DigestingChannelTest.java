package zhengfa.corpus.writer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengfa.corpus.model.Sha256;

/** The checksum taken while writing is the checksum of the file as it lies on disk. */
class DigestingChannelTest {

    @TempDir
    Path dir;

    @Test
    void theChecksumIsThatOfTheBytesOnDisk() throws Exception {
        Path file = dir.resolve("t.arrow");
        byte[] random = new byte[3 << 20];
        new Random(7).nextBytes(random);
        ByteBuffer direct = ByteBuffer.allocateDirect(random.length).put(random).flip();
        byte[] text = "政法 𠮷\n".getBytes(StandardCharsets.UTF_8);
        try (DigestingChannel channel = DigestingChannel.create(file)) {
            // Heap and direct buffers (Arrow writes its vectors' off-heap memory), a buffer read
            // from the middle, and an empty one.
            channel.write(ByteBuffer.wrap(text));
            channel.write(direct);
            channel.write(ByteBuffer.wrap(random, 1000, 5000));
            channel.write(ByteBuffer.allocate(0));
            channel.close();
            assertEquals(Sha256.hex(Files.readAllBytes(file)), channel.sha256());
        }
        assertEquals(text.length + random.length + 5000, Files.size(file));
    }

    @Test
    void theChecksumOfAnOpenFileIsNotGiven() throws Exception {
        try (DigestingChannel channel = DigestingChannel.create(dir.resolve("open.jsonl"))) {
            channel.write(ByteBuffer.wrap(new byte[] {1, 2, 3}));
            assertThrows(IllegalStateException.class, channel::sha256);
        }
    }

    @Test
    void anExistingFileIsNeverOpened() throws Exception {
        Path file = Files.writeString(dir.resolve("there.jsonl"), "kept");
        assertThrows(FileAlreadyExistsException.class, () -> DigestingChannel.create(file));
        assertEquals("kept", Files.readString(file));
    }

    @Test
    void closingTwiceKeepsTheChecksum() throws Exception {
        Path file = dir.resolve("twice.jsonl");
        DigestingChannel channel = DigestingChannel.create(file);
        channel.write(ByteBuffer.wrap("a".getBytes(StandardCharsets.UTF_8)));
        channel.close();
        channel.close();
        assertEquals(Sha256.hex("a".getBytes(StandardCharsets.UTF_8)), channel.sha256());
    }
}
