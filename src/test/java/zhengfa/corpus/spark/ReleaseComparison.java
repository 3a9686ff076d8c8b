package zhengfa.corpus.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import zhengfa.corpus.CorpusFixture;
import zhengfa.corpus.dataset.ReleaseFiles;
import zhengfa.corpus.writer.jsonl.JsonlCompression;

/** What two releases of the same corpus share however their files were cut: the manifest's facts and the rows. */
final class ReleaseComparison {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReleaseComparison() {}

    /** The manifest without its file lists: names, counts, facets, release id and columns. */
    static JsonNode manifestWithoutFiles(Path release) throws IOException {
        ObjectNode manifest = (ObjectNode)
                MAPPER.readTree(release.resolve(ReleaseFiles.MANIFEST).toFile());
        manifest.withArray("tables").forEach(table -> ((ObjectNode) table).remove("files"));
        return manifest;
    }

    /**
     * The local {@code package} of the same corpus, with the seed schema and the given layout and
     * compression options, cut into {@code work/local}: the release a Spark release must equal.
     */
    static Path cutLocally(Path work, Path corpus, String releaseDate, String... options) throws Exception {
        List<String> arguments = new ArrayList<>(List.of(
                "package",
                "--corpus=" + corpus,
                "--schema=" + CorpusFixture.seedSchema(),
                "--dist=" + work.resolve("local"),
                "--release-version=0.1.0",
                "--release-date=" + releaseDate,
                "--maven-repository=" + work.resolve("no-repository")));
        arguments.addAll(List.of(options));
        JobProcess.Result cut =
                JobProcess.run(JobProcess.cli(arguments.toArray(String[]::new)), work.resolve("logs-local"), 600);
        assertEquals(0, cut.exitCode(), cut.describe());
        return work.resolve("local/zhengfa-corpus-0.1.0");
    }

    /**
     * The CLI's {@code verify} accepts {@code release} against the corpus, and its manifest (file
     * lists aside) and its JSON Lines, decompressed, equal the local release's.
     */
    static void verifiesAndEqualsLocal(Path work, Path corpus, Path local, Path release, String jsonlSuffix)
            throws Exception {
        JobProcess.Result verify = JobProcess.run(
                JobProcess.cli("verify", "--corpus=" + corpus, release.toString()),
                work.resolve("logs-verify-" + System.nanoTime()),
                600);
        assertEquals(0, verify.exitCode(), verify.describe());
        assertEquals(manifestWithoutFiles(local), manifestWithoutFiles(release));
        for (String table : List.of("articles", "annotations")) {
            String jsonl = "data/" + table + jsonlSuffix;
            assertArrayEquals(decompressed(local.resolve(jsonl)), decompressed(release.resolve(jsonl)), jsonl);
        }
    }

    /** A JSON Lines file's lines, whatever its compression. */
    static byte[] decompressed(Path file) throws IOException {
        try (InputStream in = JsonlCompression.open(file)) {
            return in.readAllBytes();
        }
    }
}
