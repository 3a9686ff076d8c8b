package zhengfa.corpus.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import zhengfa.corpus.table.TableSchema;
import zhengfa.corpus.writer.jsonl.JsonlCompression;

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

    /** The release's manifest; one that is not JSON, or not of a manifest's form, throws with the place it went wrong. */
    public Manifest manifest() throws IOException {
        return Manifest.read(root.resolve(ReleaseFiles.MANIFEST));
    }

    /** The version recorded in the manifest. */
    public String version() throws IOException {
        return manifest().version();
    }

    /**
     * The table's JSON Lines file: {@code data/<table>.jsonl}, or {@code .jsonl.gz} or {@code .jsonl.zst}
     * when the release was cut with {@code --jsonl-compression}; the plain name when there is none.
     */
    public Path jsonlFile(TableSchema table) {
        Path data = root.resolve(ReleaseFiles.DATA_DIR);
        for (JsonlCompression compression : JsonlCompression.values()) {
            Path file = data.resolve(table.name() + ".jsonl" + compression.suffix());
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        return data.resolve(table.name() + ".jsonl");
    }

    /** The JSON Lines file's path inside the release, as findings name it: {@code data/articles.jsonl.gz}. */
    public String jsonlName(TableSchema table) {
        return root.relativize(jsonlFile(table)).toString().replace('\\', '/');
    }

    /** Rows of the table's JSON Lines, decompressed, in file order; close the returned iterator's source when done. */
    public RowStream rows(TableSchema table) throws IOException {
        return new RowStream(new BufferedReader(
                new InputStreamReader(JsonlCompression.open(jsonlFile(table)), StandardCharsets.UTF_8), 1 << 16));
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
