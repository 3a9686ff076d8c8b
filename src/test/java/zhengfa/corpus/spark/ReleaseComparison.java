package zhengfa.corpus.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import zhengfa.corpus.dataset.ReleaseFiles;
import zhengfa.corpus.writer.jsonl.JsonlCompression;

/** What two releases of the same corpus share however their files were cut: the manifest's facts and the rows. */
final class ReleaseComparison {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReleaseComparison() {
    }

    /** The manifest without its file lists: names, counts, facets, release id and columns. */
    static JsonNode manifestWithoutFiles(Path release) throws IOException {
        ObjectNode manifest = (ObjectNode) MAPPER.readTree(release.resolve(ReleaseFiles.MANIFEST).toFile());
        manifest.withArray("tables").forEach(table -> ((ObjectNode) table).remove("files"));
        return manifest;
    }

    /** A JSON Lines file's lines, whatever its compression. */
    static byte[] decompressed(Path file) throws IOException {
        try (InputStream in = JsonlCompression.open(file)) {
            return in.readAllBytes();
        }
    }
}
