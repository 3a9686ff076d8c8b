package zhengfa.corpus.release;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import zhengfa.corpus.dataset.ReleaseSpec;

/**
 * Earlier releases in a remote Maven repository, found the way Maven finds versions: the
 * artifact's {@code maven-metadata.xml} lists them; the newest earlier one's dataset zip is
 * downloaded, checked against the {@code .sha1} the repository publishes beside it, and put in the
 * local repository where Maven itself would put it.
 */
final class RemoteReleases {

    private static final String PATH = "zhengfa-corpus/zhengfa-corpus/";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private RemoteReleases() {}

    /** The newest version before the spec's that the remote repository has, now in {@code local}; null if none. */
    static String fetchNewestBefore(URI remote, ReleaseSpec spec, Path local) throws IOException {
        byte[] metadata = get(remote.resolve(PATH + "maven-metadata.xml"));
        if (metadata == null) {
            return null;
        }
        String best = null;
        NodeList versions = parse(metadata).getElementsByTagName("version");
        for (int i = 0; i < versions.getLength(); i++) {
            String version = versions.item(i).getTextContent().strip();
            if (PreviousRelease.isEarlier(version, spec, best)) {
                best = version;
            }
        }
        if (best == null) {
            return null;
        }
        String file = ReleaseSpec.NAME + "-" + best + "-dataset.zip";
        URI zipUri = remote.resolve(PATH + best + "/" + file);
        byte[] zip = get(zipUri);
        if (zip == null) {
            throw new IOException(zipUri + " is listed in maven-metadata.xml but cannot be downloaded");
        }
        byte[] sha1 = get(remote.resolve(PATH + best + "/" + file + ".sha1"));
        if (sha1 == null) {
            throw new IOException(zipUri + " has no .sha1 beside it: not taken unchecked");
        }
        String expected = new String(sha1, java.nio.charset.StandardCharsets.US_ASCII)
                .strip()
                .split("\\s+")[0];
        String actual = sha1Hex(zip);
        if (!actual.equalsIgnoreCase(expected)) {
            throw new IOException(zipUri + " does not match its .sha1 (" + actual + " instead of " + expected + ")");
        }
        Path target = PreviousRelease.zipOf(local, best);
        Files.createDirectories(target.getParent());
        Path staged = Files.createTempFile(target.getParent(), file, ".part");
        try {
            Files.write(staged, zip);
            Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(staged);
        }
        return best;
    }

    /** The resource's bytes, or null when the repository does not have it (404, or no such file). */
    private static byte[] get(URI uri) throws IOException {
        if ("file".equals(uri.getScheme())) {
            Path path = Path.of(uri);
            return Files.isRegularFile(path) ? Files.readAllBytes(path) : null;
        }
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        try {
            HttpResponse<InputStream> response = client.send(
                    HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() == 404) {
                    return null;
                }
                if (response.statusCode() != 200) {
                    throw new IOException("HTTP " + response.statusCode() + " for " + uri);
                }
                return body.readAllBytes();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + uri, e);
        }
    }

    private static org.w3c.dom.Document parse(byte[] xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // Metadata is data: no DTDs, no external entities.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("maven-metadata.xml is not readable XML: " + e.getMessage(), e);
        }
    }

    private static String sha1Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-1", e);
        }
    }
}
