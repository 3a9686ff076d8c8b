package zhengfa.corpus.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import zhengfa.corpus.release.ReleaseCutter;
import zhengfa.corpus.release.metadata.ReleaseMetadata;
import zhengfa.corpus.table.TableSchema;

/** Reads a cut release back: its manifest and, streaming, the rows of its JSONL tables. */
public final class ReleaseReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path root;

    public ReleaseReader(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public JsonNode manifest() throws IOException {
        return MAPPER.readTree(root.resolve(ReleaseFiles.MANIFEST).toFile());
    }

    /** The version recorded in the manifest. */
    public String version() throws IOException {
        return manifest().path("version").asText();
    }

    /** Rows of {@code data/<table>.jsonl} in file order; close the returned iterator's source when done. */
    public RowStream rows(TableSchema table) throws IOException {
        return new RowStream(Files.newBufferedReader(root.resolve(ReleaseFiles.DATA_DIR)
                .resolve(table.name() + ".jsonl"), StandardCharsets.UTF_8));
    }

    /** A stream of JSON rows read line by line, so a table of any size takes constant memory. */
    public static final class RowStream implements Iterator<JsonNode>, AutoCloseable {
        private final BufferedReader reader;
        private String next;

        RowStream(BufferedReader reader) throws IOException {
            this.reader = reader;
            this.next = reader.readLine();
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public JsonNode next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            try {
                JsonNode node = MAPPER.readTree(next);
                next = reader.readLine();
                return node;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
