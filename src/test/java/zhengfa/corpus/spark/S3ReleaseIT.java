package zhengfa.corpus.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import zhengfa.corpus.CorpusFixture;
import zhengfa.corpus.bench.CorpusGenerator;
import zhengfa.corpus.dataset.ReleaseFiles;

/**
 * The Spark job on an object store: corpus, schema and release on an S3 server (S3Proxy, on
 * 127.0.0.1), reached through Hadoop's S3A file system as on Amazon S3. S3 has no rename, so the
 * job publishes by copying with SHA256SUMS written last; the server's request log shows that order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class S3ReleaseIT {

    static final String DATE = "2026-11-22";
    static final String RELEASE = "zhengfa-corpus-0.1.0";
    static final String PREFIX = "cuts/";
    static final URI INPUT = URI.create("s3a://input/");
    static final URI RELEASES = URI.create("s3a://releases/");

    @TempDir
    static Path work;

    static S3Server server;
    static S3Client s3;
    static Path corpus;

    @BeforeAll
    static void startS3() throws Exception {
        server = S3Server.start(work.resolve("s3"));
        s3 = server.client();
        s3.createBucket(request -> request.bucket("input"));
        s3.createBucket(request -> request.bucket("releases"));
        corpus = work.resolve("corpus");
        new CorpusGenerator(CorpusFixture.seedCorpus(), CorpusFixture.seedSchema(), 13).generate(corpus, 300);
        FileSystem fs = FileSystem.newInstance(INPUT, server.hadoopConfiguration());
        try (fs) {
            fs.copyFromLocalFile(
                    new org.apache.hadoop.fs.Path(corpus.toUri()), new org.apache.hadoop.fs.Path("s3a://input/corpus"));
            fs.copyFromLocalFile(
                    new org.apache.hadoop.fs.Path(CorpusFixture.seedSchema().toUri()),
                    new org.apache.hadoop.fs.Path("s3a://input/schema"));
        }
    }

    @AfterAll
    static void stopS3() throws Exception {
        if (s3 != null) {
            s3.close();
        }
        if (server != null) {
            server.close();
        }
    }

    static JobProcess.Result job(String logs, String compression) throws Exception {
        return JobProcess.run(
                JobProcess.submit(
                        "local[2]",
                        server.sparkSettings(),
                        List.of(
                                "--corpus",
                                "s3a://input/corpus",
                                "--schema",
                                "s3a://input/schema",
                                "--out",
                                "s3a://releases/cuts",
                                "--release-version",
                                "0.1.0",
                                "--release-date",
                                DATE,
                                "--articles-per-task",
                                "100",
                                "--shard-rows",
                                "120",
                                "--jsonl-compression",
                                compression)),
                work.resolve(logs),
                600);
    }

    /** The release's objects, S3A's folder markers left out. */
    static List<String> releaseObjects() {
        return S3Server.keys(s3, "releases").stream()
                .filter(key -> !key.endsWith("/"))
                .toList();
    }

    @Test
    @Order(1)
    void aReleaseCutFromS3ToS3EqualsTheLocalOneWithItsChecksumsWrittenLast() throws Exception {
        JobProcess.Result job = job("logs-s3", "zstd");
        assertEquals(0, job.exitCode(), job.describe());
        assertTrue(job.stderr().contains("Published s3a://releases/cuts/" + RELEASE), job.describe());

        List<String> objects = releaseObjects();
        assertFalse(objects.isEmpty());
        for (String key : objects) {
            assertTrue(key.startsWith(PREFIX + RELEASE + "/"), "only the release is left under --out, not " + key);
        }
        assertTrue(
                objects.contains(PREFIX + RELEASE + "/data/articles/part-00002.parquet"),
                "300 rows in parts of 120: " + objects);

        // Manifest last: of everything written into the release folder, SHA256SUMS came after the rest.
        List<String> intoRelease = new ArrayList<>(server.putsInOrder("releases").stream()
                .filter(key -> key.startsWith(PREFIX + RELEASE + "/") && !key.endsWith("/"))
                .toList());
        assertEquals(
                PREFIX + RELEASE + "/" + ReleaseFiles.SUMS_FILE,
                intoRelease.get(intoRelease.size() - 1),
                intoRelease.toString());
        assertEquals(
                objects.size(), intoRelease.size(), "each object was written into the release once: " + intoRelease);

        Path release = work.resolve("copied").resolve(RELEASE);
        try (FileSystem fs = FileSystem.newInstance(RELEASES, server.hadoopConfiguration())) {
            fs.copyToLocalFile(
                    false,
                    new org.apache.hadoop.fs.Path("s3a://releases/cuts/" + RELEASE),
                    new org.apache.hadoop.fs.Path(release.toUri()),
                    true);
        }
        Path local = ReleaseComparison.cutLocally(work, corpus, DATE, "--jsonl-compression=zstd");
        ReleaseComparison.verifiesAndEqualsLocal(work, corpus, local, release, ".jsonl.zst");
    }

    @Test
    @Order(2)
    void anExistingReleaseIsKeptWhetherIdenticalDifferentOrUnfinished() throws Exception {
        List<String> before = releaseObjects();
        assertFalse(before.isEmpty(), "the first test publishes the release");

        JobProcess.Result same = job("logs-same", "zstd");
        assertEquals(0, same.exitCode(), same.describe());
        assertTrue(same.stderr().contains("already exists with identical content"), same.describe());
        assertEquals(before, releaseObjects());

        JobProcess.Result different = job("logs-different", "gzip");
        assertEquals(4, different.exitCode(), different.describe());
        assertTrue(different.stderr().contains("already exists with different content"), different.describe());
        assertEquals(before, releaseObjects(), "the release is untouched and no staging folder is left");

        // A run that stopped while copying the release into place leaves it without SHA256SUMS.
        s3.deleteObject(request -> request.bucket("releases").key(PREFIX + RELEASE + "/" + ReleaseFiles.SUMS_FILE));
        JobProcess.Result unfinished = job("logs-unfinished", "zstd");
        assertEquals(4, unfinished.exitCode(), unfinished.describe());
        assertTrue(
                unfinished.stderr().contains("exists without SHA256SUMS: an earlier run stopped while publishing it"),
                unfinished.describe());
        assertEquals(
                before.stream()
                        .filter(key -> !key.endsWith(ReleaseFiles.SUMS_FILE))
                        .toList(),
                releaseObjects());
    }
}
