package zhengfa.corpus.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengfa.corpus.CorpusFixture;
import zhengfa.corpus.bench.CorpusGenerator;

/**
 * The Spark job on HDFS: a namenode and a datanode started in this JVM (Hadoop's MiniDFSCluster,
 * on 127.0.0.1), the corpus and schema copied into it, the job submitted in {@code local[2]} with
 * {@code hdfs://} URIs for all three folders. The release it publishes there, copied back, verifies
 * against the corpus and equals the local release.
 */
class HdfsReleaseIT {

    static final String DATE = "2026-11-22";

    @TempDir
    static Path work;

    static MiniDFSCluster dfs;
    static Path corpus;

    @BeforeAll
    static void startHdfs() throws Exception {
        corpus = work.resolve("corpus");
        new CorpusGenerator(CorpusFixture.seedCorpus(), CorpusFixture.seedSchema(), 11).generate(corpus, 400);
        Configuration conf = new Configuration();
        conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, work.resolve("dfs").toString());
        // A file is complete once its block is committed, without waiting for the datanode's
        // report: otherwise every close waits for it, and a corpus is thousands of small files.
        conf.setInt("dfs.namenode.file.close.num-committed-allowed", 1);
        // This JVM's own client (it copies the corpus in) retries a close after 5 ms, not 400.
        conf.setInt("dfs.client.block.write.locateFollowingBlock.initial.delay.ms", 5);
        dfs = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
        dfs.waitActive();
        FileSystem fs = dfs.getFileSystem();
        fs.copyFromLocalFile(
                new org.apache.hadoop.fs.Path(corpus.toUri()), new org.apache.hadoop.fs.Path("/data/corpus"));
        fs.copyFromLocalFile(
                new org.apache.hadoop.fs.Path(CorpusFixture.seedSchema().toUri()),
                new org.apache.hadoop.fs.Path("/data/schema"));
    }

    @AfterAll
    static void stopHdfs() {
        if (dfs != null) {
            dfs.shutdown();
        }
    }

    @Test
    void aReleaseCutFromHdfsToHdfsEqualsTheLocalOne() throws Exception {
        String hdfs = "hdfs://127.0.0.1:" + dfs.getNameNodePort();
        JobProcess.Result job = JobProcess.run(
                JobProcess.submit(
                        "local[2]",
                        Map.of(),
                        List.of(
                                "--corpus",
                                hdfs + "/data/corpus",
                                "--schema",
                                hdfs + "/data/schema",
                                "--out",
                                hdfs + "/releases",
                                "--release-version",
                                "0.1.0",
                                "--release-date",
                                DATE,
                                "--parquet-layout",
                                "year",
                                "--jsonl-compression",
                                "gzip")),
                work.resolve("logs-hdfs"),
                600);
        assertEquals(0, job.exitCode(), job.describe());

        FileSystem fs = dfs.getFileSystem();
        assertEquals(
                List.of("zhengfa-corpus-0.1.0"),
                Arrays.stream(fs.listStatus(new org.apache.hadoop.fs.Path("/releases")))
                        .map(FileStatus::getPath)
                        .map(org.apache.hadoop.fs.Path::getName)
                        .toList(),
                "the release and nothing else");
        Path release = work.resolve("copied/zhengfa-corpus-0.1.0");
        fs.copyToLocalFile(
                false,
                new org.apache.hadoop.fs.Path("/releases/zhengfa-corpus-0.1.0"),
                new org.apache.hadoop.fs.Path(release.toUri()),
                true);

        Path local =
                ReleaseComparison.cutLocally(work, corpus, DATE, "--parquet-layout=year", "--jsonl-compression=gzip");
        ReleaseComparison.verifiesAndEqualsLocal(work, corpus, local, release, ".jsonl.gz");
    }
}
