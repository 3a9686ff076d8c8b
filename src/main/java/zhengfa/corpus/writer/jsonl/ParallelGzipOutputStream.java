package zhengfa.corpus.writer.jsonl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * gzip in parallel, as pigz does: the input is cut into blocks of a fixed size, each compressed on
 * its own thread into a complete gzip member, and the members are written in order. Concatenated
 * members are one valid gzip file (RFC 1952, 2.2) that gzip, Python, Java, Spark and DuckDB read
 * whole. The blocks are cut by byte count alone and every header is the same (no time, no name),
 * so the output depends only on the input.
 */
final class ParallelGzipOutputStream extends OutputStream {

    static final int BLOCK_BYTES = 1 << 22;
    private static final int LEVEL = Deflater.DEFAULT_COMPRESSION;
    // ID1 ID2 CM=deflate FLG=0 MTIME=0 XFL=0 OS=255 (unknown): nothing about the machine or the day.
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    private final OutputStream out;
    private final ExecutorService workers;
    private final int maxPending;
    private final Deque<Future<byte[]>> pending = new ArrayDeque<>();
    private byte[] block = new byte[BLOCK_BYTES];
    private int filled;
    private boolean wroteMember;
    private boolean closed;

    ParallelGzipOutputStream(OutputStream out) {
        this.out = out;
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        this.maxPending = 2 * threads;
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "jsonl-gzip");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        while (length > 0) {
            int n = Math.min(length, BLOCK_BYTES - filled);
            System.arraycopy(bytes, offset, block, filled, n);
            filled += n;
            offset += n;
            length -= n;
            if (filled == BLOCK_BYTES) {
                submitBlock();
            }
        }
    }

    private void submitBlock() throws IOException {
        byte[] input = block;
        int size = filled;
        pending.addLast(workers.submit(() -> member(input, size)));
        block = new byte[BLOCK_BYTES];
        filled = 0;
        while (pending.size() >= maxPending) {
            writeOldest();
        }
    }

    private void writeOldest() throws IOException {
        try {
            out.write(pending.removeFirst().get());
            wroteMember = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while compressing");
        } catch (ExecutionException e) {
            throw new IOException("gzip compression failed", e.getCause());
        }
    }

    /** One complete gzip member of {@code size} bytes of input. */
    static byte[] member(byte[] input, int size) {
        Deflater deflater = new Deflater(LEVEL, true);
        try {
            deflater.setInput(input, 0, size);
            deflater.finish();
            ByteArrayOutputStream member = new ByteArrayOutputStream(size / 4 + 64);
            member.write(HEADER, 0, HEADER.length);
            byte[] buffer = new byte[1 << 16];
            while (!deflater.finished()) {
                int n = deflater.deflate(buffer);
                member.write(buffer, 0, n);
            }
            CRC32 crc = new CRC32();
            crc.update(input, 0, size);
            writeIntLittleEndian(member, (int) crc.getValue());
            writeIntLittleEndian(member, size);
            return member.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static void writeIntLittleEndian(ByteArrayOutputStream out, int value) {
        out.write(value);
        out.write(value >>> 8);
        out.write(value >>> 16);
        out.write(value >>> 24);
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (filled > 0 || (!wroteMember && pending.isEmpty())) {
                // The last, short block; or an empty file, which is still one valid (empty) member.
                byte[] input = block;
                int size = filled;
                pending.addLast(workers.submit(() -> member(input, size)));
            }
            while (!pending.isEmpty()) {
                writeOldest();
            }
        } finally {
            workers.shutdownNow();
            out.close();
        }
    }
}
