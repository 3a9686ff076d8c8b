package zhengfa.corpus.writer.jsonl;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Measures whether gzip in parallel members pays (a program, not a test): compresses one file with
 * the JDK's GZIPOutputStream and with {@link ParallelGzipOutputStream}, alternating, and prints the
 * wall time and size of each run. Usage: GzipThroughput FILE [RUNS]
 */
public final class GzipThroughput {

    private GzipThroughput() {}

    public static void main(String[] args) throws IOException {
        Path input = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path out = Files.createTempFile("gzip-throughput", ".gz");
        try {
            for (int run = 0; run < runs; run++) {
                for (boolean parallel : new boolean[] {run % 2 == 0, run % 2 != 0}) {
                    long t0 = System.nanoTime();
                    try (InputStream in = Files.newInputStream(input);
                            OutputStream gz = parallel
                                    ? new ParallelGzipOutputStream(Files.newOutputStream(out))
                                    : new GZIPOutputStream(Files.newOutputStream(out), 1 << 16)) {
                        in.transferTo(gz);
                    }
                    System.out.printf(
                            "%-8s run %d: %.2f s, %d bytes%n",
                            parallel ? "parallel" : "jdk", run + 1, (System.nanoTime() - t0) / 1e9, Files.size(out));
                }
            }
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
