package zhengfa.corpus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import zhengfa.corpus.dataset.FileTree;

/**
 * The dataset zip that {@code mvn install} publishes (classifier {@code dataset}) carries the same
 * files as the release folder it packs, byte for byte, under one folder named after the release:
 * every file SHA256SUMS lists, report.html and LICENSE among them, and nothing else.
 */
class DatasetZipIT {

    @Test
    void theZipHoldsTheReleaseFolderByteForByte() throws Exception {
        Path zip = Path.of(System.getProperty("zhengfa.dataset.zip"));
        Path release = Path.of(System.getProperty("zhengfa.dataset.release"));
        assertTrue(Files.isRegularFile(zip), "no dataset zip at " + zip + "; mvn package makes it");
        String folder = release.getFileName() + "/";

        Map<String, String> zipped = new TreeMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                assertTrue(entry.getName().startsWith(folder), entry.getName() + " is outside " + folder);
                try (InputStream in = file.getInputStream(entry)) {
                    zipped.put(entry.getName().substring(folder.length()), sha256(in));
                }
            }
        }
        assertEquals(FileTree.checksums(release), zipped, "the zip differs from " + release);

        Map<String, String> listed = new TreeMap<>();
        for (String line : Files.readAllLines(release.resolve("SHA256SUMS"), StandardCharsets.UTF_8)) {
            listed.put(line.substring(66), line.substring(0, 64));
        }
        Map<String, String> withoutSums = new TreeMap<>(zipped);
        withoutSums.remove("SHA256SUMS");
        assertEquals(listed, withoutSums, "the zip holds other files than SHA256SUMS lists");
        for (String expected : new String[] {
            "report.html",
            "LICENSE",
            "README.md",
            "croissant.json",
            "datapackage.json",
            "manifest.json",
            "data/articles.jsonl"
        }) {
            assertTrue(zipped.containsKey(expected), expected + " is missing from the zip");
        }
    }

    private static String sha256(InputStream in) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (DigestInputStream stream = new DigestInputStream(in, digest)) {
            stream.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
