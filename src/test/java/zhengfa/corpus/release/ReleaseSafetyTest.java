package zhengfa.corpus.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengfa.corpus.CorpusFixture;
import zhengfa.corpus.dataset.FileTree;

class ReleaseSafetyTest {

    @TempDir
    Path tmp;

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void anInvalidCorpusLeavesDistUntouched() throws IOException {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        Path dist = tmp.resolve("dist");
        ReleaseFixture.written(ReleaseFixture.cut(corpus.dir(), dist, "0.1.0"));
        SortedMap<String, String> before = FileTree.checksums(dist);
        List<String> listingBefore = listing(dist);

        corpus.editSidecar(CorpusFixture.SUIZHOU, s -> s.put("date", "2023-02-30"));
        ReleaseOutcome outcome = ReleaseFixture.cut(corpus.dir(), dist, "0.2.0");

        assertInstanceOf(ReleaseOutcome.Invalid.class, outcome);
        assertEquals(listingBefore, listing(dist));
        assertEquals(before, FileTree.checksums(dist));
    }

    @Test
    void rebuildsInDifferentFoldersAreByteIdentical() throws IOException {
        Path first = ReleaseFixture.written(ReleaseFixture.cut(
                CorpusFixture.copyOf(tmp.resolve("checkout-a")).dir(), tmp.resolve("checkout-a/dist"), "0.1.0"));
        Path second = ReleaseFixture.written(ReleaseFixture.cut(
                CorpusFixture.copyOf(tmp.resolve("b/deeper/checkout")).dir(),
                tmp.resolve("b/deeper/checkout/dist"),
                "0.1.0"));
        SortedMap<String, String> a = FileTree.checksums(first);
        assertEquals(a, FileTree.checksums(second));
        assertTrue(
                a.keySet()
                        .containsAll(List.of(
                                "data/articles.parquet",
                                "data/articles.jsonl",
                                "manifest.json",
                                "README.md",
                                "SHA256SUMS")),
                a.keySet().toString());
    }

    @Test
    void anIdenticalExistingReleaseIsLeftAsItIs() throws IOException {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        Path dist = tmp.resolve("dist");
        Path release = ReleaseFixture.written(ReleaseFixture.cut(corpus.dir(), dist, "0.1.0"));
        var modified = Files.getLastModifiedTime(release.resolve("data/articles.parquet"));
        ReleaseOutcome again = ReleaseFixture.cut(corpus.dir(), dist, "0.1.0");
        assertInstanceOf(ReleaseOutcome.AlreadyIdentical.class, again);
        assertEquals(modified, Files.getLastModifiedTime(release.resolve("data/articles.parquet")));
        assertEquals(
                List.of("", "zhengfa-corpus-0.1.0"),
                listing(dist).stream().filter(p -> !p.contains("/")).toList());
    }

    @Test
    void aDifferentExistingReleaseIsAConflictNamingTheFiles() throws IOException {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        Path dist = tmp.resolve("dist");
        Files.createDirectories(dist);
        Files.writeString(dist.resolve("README.md"), "dist readme");
        ReleaseFixture.written(ReleaseFixture.cut(corpus.dir(), dist, "0.1.0"));
        SortedMap<String, String> before = FileTree.checksums(dist);

        String text = corpus.readText(CorpusFixture.LESHAN);
        corpus.writeText(CorpusFixture.LESHAN, text.replace("乐山政法成绩", "乐山政法成就"));
        ReleaseOutcome outcome = ReleaseFixture.cut(corpus.dir(), dist, "0.1.0");

        ReleaseOutcome.Conflict conflict = assertInstanceOf(ReleaseOutcome.Conflict.class, outcome);
        assertTrue(
                conflict.differences().contains("different content: data/articles.parquet"),
                conflict.differences().toString());
        assertEquals(before, FileTree.checksums(dist));
    }

    @Test
    void aSnapshotIsReplaced() throws IOException {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        Path dist = tmp.resolve("dist");
        Path release = ReleaseFixture.written(ReleaseFixture.cut(corpus.dir(), dist, "0.2.0-SNAPSHOT"));
        String before = FileTree.sha256(release.resolve("data/articles.parquet"));
        corpus.writeText(
                CorpusFixture.LESHAN, corpus.readText(CorpusFixture.LESHAN).replace("乐山政法成绩", "乐山政法成就"));
        ReleaseFixture.written(ReleaseFixture.cut(corpus.dir(), dist, "0.2.0-SNAPSHOT"));
        assertFalse(before.equals(FileTree.sha256(release.resolve("data/articles.parquet"))));
        assertEquals(
                List.of("", "zhengfa-corpus-0.2.0-SNAPSHOT"),
                listing(dist).stream().filter(p -> !p.contains("/")).toList());
    }

    @Test
    void leftoverStagingFromAKilledBuildIsRemoved() throws IOException {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        Path dist = Files.createDirectories(tmp.resolve("dist"));
        Path leftover = Files.createDirectories(dist.resolve(".staging-zhengfa-corpus-0.1.0-123/data"));
        Files.writeString(leftover.resolve("articles.jsonl"), "{\"id\": \"half");
        ReleaseFixture.written(ReleaseFixture.cut(corpus.dir(), dist, "0.1.0"));
        assertEquals(
                List.of("", "zhengfa-corpus-0.1.0"),
                listing(dist).stream().filter(p -> !p.contains("/")).toList());
    }

    /** While another run holds dist, package stops at once and leaves that run's staging folder alone. */
    @Test
    void aSecondRunIntoTheSameDistStopsAndLeavesTheFirstRunsStaging() throws IOException {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        Path dist = Files.createDirectories(tmp.resolve("dist"));
        Path running = Files.createDirectories(dist.resolve(".staging-zhengfa-corpus-0.1.0-456/data"));
        DistLock.Acquired first = assertInstanceOf(DistLock.Acquired.class, DistLock.tryAcquire(dist));
        try (DistLock held = first.lock()) {
            assertEquals(ProcessHandle.current().pid() + "\n", Files.readString(dist.resolve(DistLock.FILE)));
            ReleaseOutcome outcome = ReleaseFixture.cut(corpus.dir(), dist, "0.1.0");
            ReleaseOutcome.Busy busy = assertInstanceOf(ReleaseOutcome.Busy.class, outcome);
            assertEquals(ProcessHandle.current().pid(), busy.pid());
            assertTrue(Files.isDirectory(running), "the running build's staging folder is kept");
        }
        assertFalse(Files.exists(dist.resolve(DistLock.FILE)), "the lock file goes with the lock");
        ReleaseFixture.written(ReleaseFixture.cut(corpus.dir(), dist, "0.1.0"));
        assertEquals(
                List.of("", "zhengfa-corpus-0.1.0"),
                listing(dist).stream().filter(p -> !p.contains("/")).toList());
    }

    @Test
    void aCorpusThatFailsOnlyAtTheEndLeavesNoTrace() throws IOException {
        // Every article is valid on its own and is written as validation goes; the duplicate text
        // is only found once all are read, so the written files must be thrown away.
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        corpus.delete(corpus.annotations(CorpusFixture.SUIZHOU));
        corpus.writeText(CorpusFixture.SUIZHOU, corpus.readText(CorpusFixture.LESHAN));
        corpus.editSidecar(CorpusFixture.SUIZHOU, s -> {
            s.put("title", "为建设“中国绿色硅谷”和世界重要旅游目的地提供坚强法治保障");
            s.put("date_evidence", "2022年乐山市政府工作报告明确了多项任务");
            s.put("date", "2022");
            s.put("date_precision", "year");
            s.put("date_basis", "inferred");
            // The names and region the copied text supports, so that the only problem is the duplicate.
            s.put("source", "sichuan-fazhi-bao");
            s.put("source_as_printed", "四川法治报");
            s.put("region", "511100");
            s.putArray("reporters").add("刘任");
        });
        Path dist = tmp.resolve("dist");

        ReleaseOutcome outcome = ReleaseFixture.cut(corpus.dir(), dist, "0.1.0");

        ReleaseOutcome.Invalid invalid = assertInstanceOf(ReleaseOutcome.Invalid.class, outcome);
        assertEquals(
                List.of(zhengfa.corpus.finding.FindingCode.CORPUS_DUPLICATE_TEXT),
                invalid.report().findings().stream()
                        .map(zhengfa.corpus.finding.Finding::code)
                        .toList());
        assertFalse(Files.exists(dist), "dist/ did not exist before and must not exist after");
    }

    @Test
    void anErrorInTheLastArticleThrowsAwayWhatWasWritten() throws IOException {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        Path dist = Files.createDirectories(tmp.resolve("dist"));
        // Sorted by id, Xishuangbanna comes last: four articles are written before it fails.
        corpus.editSidecar(CorpusFixture.XISHUANGBANNA, s -> s.put("region", "999999"));

        ReleaseOutcome outcome = ReleaseFixture.cut(corpus.dir(), dist, "0.1.0");

        assertInstanceOf(ReleaseOutcome.Invalid.class, outcome);
        assertEquals(List.of(""), listing(dist));
    }
}
