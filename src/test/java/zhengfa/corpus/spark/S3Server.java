package zhengfa.corpus.spark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * An S3 server on 127.0.0.1: S3Proxy (the pom copies its self-contained jar to
 * {@code target/s3-server/}) in a JVM of its own, keeping objects in memory and checking every
 * request's AWS signature. It logs each request it serves, which is how a test sees the order in
 * which objects were written.
 */
final class S3Server implements AutoCloseable {

    static final String ACCESS_KEY = "zhengfa-test";
    static final String SECRET_KEY = "zhengfa-test-secret";
    private static final Pattern PUT_REQUEST =
            Pattern.compile("request: Request\\(PUT http://127\\.0\\.0\\.1:\\d+/([^/?]+)/([^?)]+)\\)");

    private final Process process;
    private final int port;
    private final Path log;

    private S3Server(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static S3Server start(Path folder) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("zhengfa.s3.server.jar", "target/s3-server/s3proxy.jar"))
                .toAbsolutePath();
        assertTrue(
                Files.isRegularFile(jar), "no S3 server jar at " + jar + "; mvn pre-integration-test copies it there");
        Files.createDirectories(folder);
        int port = StandaloneCluster.freePort();
        Path properties = folder.resolve("s3proxy.properties");
        Files.writeString(
                properties,
                String.join(
                        "\n",
                        "s3proxy.endpoint=http://127.0.0.1:" + port,
                        "s3proxy.authorization=aws-v2-or-v4",
                        "s3proxy.identity=" + ACCESS_KEY,
                        "s3proxy.credential=" + SECRET_KEY,
                        // The AWS SDK adds flexible-checksum headers (x-amz-checksum-crc32) that S3Proxy
                        // would refuse as not implemented; it still checks the signature and Content-MD5.
                        "s3proxy.ignore-unknown-headers=true",
                        // In memory. The file-backed providers answer listings without sizes or ETags for
                        // objects written as folders, which S3A rejects; S3 itself never does that.
                        "jclouds.provider=transient",
                        ""),
                StandardCharsets.UTF_8);
        Path log = folder.resolve("s3proxy.log");
        ProcessBuilder builder = new ProcessBuilder(
                        JobProcess.java(), "-Xmx384m", "-jar", jar.toString(), "--properties", properties.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // Debug logging names every request served, in order.
        builder.environment().put("LOG_LEVEL", "debug");
        S3Server server = new S3Server(builder.start(), port, log);
        try {
            server.awaitReady(Duration.ofSeconds(60));
        } catch (IOException | InterruptedException | AssertionError e) {
            server.close();
            throw e;
        }
        return server;
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the S3 server exited with " + process.exitValue() + ": see " + log);
            }
            try {
                // Any answer, even 403 for an unsigned request, means it is serving.
                http.send(
                        HttpRequest.newBuilder(URI.create(endpoint() + "/")).build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("the S3 server did not answer within " + timeout.toSeconds() + " s: see " + log);
    }

    String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    /** The S3A settings a client of this server needs, as Hadoop configuration keys. */
    Map<String, String> s3aSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("fs.s3a.endpoint", endpoint());
        settings.put("fs.s3a.endpoint.region", "us-east-1");
        settings.put("fs.s3a.path.style.access", "true");
        settings.put("fs.s3a.access.key", ACCESS_KEY);
        settings.put("fs.s3a.secret.key", SECRET_KEY);
        return settings;
    }

    /** The same settings as Spark passes them to Hadoop ({@code spark.hadoop.*}). */
    Map<String, String> sparkSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        s3aSettings().forEach((key, value) -> settings.put("spark.hadoop." + key, value));
        return settings;
    }

    Configuration hadoopConfiguration() {
        Configuration conf = new Configuration();
        s3aSettings().forEach(conf::set);
        return conf;
    }

    S3Client client() {
        return S3Client.builder()
                .endpointOverride(URI.create(endpoint()))
                .forcePathStyle(true)
                .region(Region.US_EAST_1)
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build();
    }

    /** Every key in a bucket, S3A's folder markers (keys ending in '/') included. */
    static List<String> keys(S3Client s3, String bucket) {
        return s3.listObjectsV2Paginator(request -> request.bucket(bucket)).contents().stream()
                .map(S3Object::key)
                .toList();
    }

    /** The keys of a bucket in the order the server received PUTs for them (uploads and copies alike). */
    List<String> putsInOrder(String bucket) throws IOException {
        List<String> keys = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            Matcher put = PUT_REQUEST.matcher(line);
            if (put.find() && put.group(1).equals(bucket)) {
                keys.add(java.net.URLDecoder.decode(put.group(2), StandardCharsets.UTF_8));
            }
        }
        return keys;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
