package zhengfa.corpus.spark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;
import zhengfa.corpus.corpus.CorpusLayout;
import zhengfa.corpus.corpus.CorpusListing;
import zhengfa.corpus.dataset.FileTree;
import zhengfa.corpus.dataset.PublishedReleases;
import zhengfa.corpus.dataset.ReleaseFiles;
import zhengfa.corpus.dataset.ReleaseSpec;
import zhengfa.corpus.dataset.ReleaseStatistics;
import zhengfa.corpus.model.Sha256;
import zhengfa.corpus.release.metadata.ReleaseMetadata;
import zhengfa.corpus.script.ScriptDetector;
import zhengfa.corpus.validation.ValidationReport;
import zhengfa.corpus.validation.ValidationSettings;
import zhengfa.corpus.validation.rules.DuplicateIdCheck;
import zhengfa.corpus.validation.rules.DuplicateTextCheck;
import zhengfa.corpus.validation.rules.TextDigests;
import zhengfa.corpus.vocab.ProjectVocabulary;
import zhengfa.corpus.vocab.VocabularyException;
import zhengfa.corpus.writer.jsonl.JsonlCompression;
import zhengfa.corpus.writer.jsonl.JsonlFormat;
import zhengfa.corpus.writer.parquet.ParquetFormat;
import zhengfa.corpus.writer.partition.ParquetLayout;

/**
 * The release cut on a Spark cluster, top to bottom: list the corpus on the driver; validate it on
 * the executors, one slice of consecutive articles per task, with the project's own loader and
 * rules; aggregate the corpus-wide checks with Spark; merge the findings in slice order. Only if the
 * corpus is valid: write each slice's rows with the project's own writers, join and place the parts
 * in a staging folder, write the metadata from the files produced, and publish the folder last.
 */
final class SparkReleaseJob {

    static final String STAGING_PREFIX = ".staging-";
    /** File systems whose rename of a folder is a copy, not one atomic step. */
    private static final Set<String> OBJECT_STORES =
            Set.of("s3", "s3a", "s3n", "gs", "wasb", "wasbs", "abfs", "abfss", "oss");

    /** What to cut, and how. */
    record Request(
            URI corpus,
            URI schema,
            URI out,
            String version,
            LocalDate releaseDate,
            JsonlCompression compression,
            ParquetLayout layout,
            int articlesPerSlice,
            int maxFindingsPerCode,
            boolean strict) {}

    private final SparkSession spark;

    SparkReleaseJob(SparkSession spark) {
        this.spark = spark;
    }

    SparkOutcome run(Request request) throws IOException, VocabularyException {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = jsc.hadoopConfiguration();
        Map<String, byte[]> schemaFiles = readFolder(request.schema(), conf);
        java.nio.file.Path localSchema = Files.createTempDirectory("zhengfa-schema-");
        try {
            for (Map.Entry<String, byte[]> file : schemaFiles.entrySet()) {
                java.nio.file.Path target = localSchema.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
            ProjectVocabulary vocabulary = ProjectVocabulary.load(localSchema);
            return run(request, jsc, conf, schemaFiles, vocabulary);
        } finally {
            FileTree.deleteRecursively(localSchema);
        }
    }

    private SparkOutcome run(
            Request request,
            JavaSparkContext jsc,
            Configuration conf,
            Map<String, byte[]> schemaFiles,
            ProjectVocabulary vocabulary)
            throws IOException {
        ValidationSettings defaults = ValidationSettings.defaults(request.releaseDate());
        ValidationSettings settings = new ValidationSettings(
                request.releaseDate(), defaults.jsonLimits(), defaults.maxTextBytes(), request.maxFindingsPerCode(), 1);
        ValidationReport report = new ValidationReport(request.maxFindingsPerCode());
        Path corpusRoot = new Path(request.corpus());
        CorpusLayout layout = CorpusLayout.named(corpusRoot.getName());
        FileSystem corpusFs = corpusRoot.getFileSystem(conf);

        // Scan: the driver lists the folder and pairs the files, as the local scan does.
        CorpusListing listing = new HadoopCorpus(corpusFs, corpusRoot, layout).list(report);
        List<ArticleSlice> slices = ArticleSlice.of(
                listing,
                request.articlesPerSlice() > 0
                        ? request.articlesPerSlice()
                        : automaticSliceSize(listing.size(), jsc.defaultParallelism()));
        Broadcast<ExecutorKit> kit = jsc.broadcast(new ExecutorKit(schemaFiles, settings, conf, request.corpus()));
        JavaRDD<ArticleSlice> work = jsc.parallelize(slices, Math.max(1, slices.size()));

        // Rules: each slice validated on an executor.
        JavaRDD<SliceValidation.Verdict> verdicts =
                work.map(slice -> SliceValidation.validate(slice, kit.value())).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            // All slices at once, on every executor; the ordered read below then only fetches
            // them (toLocalIterator runs one job per partition, which would validate one at a time).
            verdicts.count();
            MessageDigest releaseDigest = Sha256.newDigest();
            ReleaseStatistics statistics = new ReleaseStatistics();
            byte[][] sliceDigests = new byte[slices.size()][];
            // Partitions come back in order, one slice each: findings and release lines in id order.
            Iterator<SliceValidation.Verdict> inOrder =
                    verdicts.map(SliceValidation.Verdict::withoutDigests).toLocalIterator();
            while (inOrder.hasNext()) {
                SliceValidation.Verdict verdict = inOrder.next();
                report.add(verdict.findings());
                statistics.add(verdict.statistics());
                releaseDigest.update(verdict.releaseLines());
                sliceDigests[verdict.slice()] = verdict.linesDigest();
            }

            // Corpus checks: Spark aggregations, reported by the project's own checks.
            checkDuplicateIds(verdicts, listing, layout, report);
            checkDuplicateTexts(verdicts, listing, layout, report);
            report.noteCached(0, 0, listing.size());
            if (!report.passes(request.strict())) {
                return new SparkOutcome.Invalid(report);
            }

            // Sinks: written only for a valid corpus, staged, published last.
            return write(
                    request,
                    conf,
                    kit,
                    work,
                    slices,
                    sliceDigests,
                    HexFormat.of().formatHex(releaseDigest.digest()),
                    statistics,
                    vocabulary,
                    report);
        } finally {
            verdicts.unpersist(false);
        }
    }

    /**
     * Without {@code --articles-per-task}: about three tasks per core the cluster offers, so that
     * every core stays busy while the slower tasks finish, and tasks of {@value #MIN_SLICE} to
     * {@value #MAX_SLICE} articles (each task makes files of its own).
     */
    static int automaticSliceSize(int articles, int cores) {
        long perTask = (articles + 3L * cores - 1) / (3L * Math.max(1, cores));
        return (int) Math.max(MIN_SLICE, Math.min(MAX_SLICE, perTask));
    }

    static final int MIN_SLICE = 100;
    static final int MAX_SLICE = 20_000;

    private static void checkDuplicateIds(
            JavaRDD<SliceValidation.Verdict> verdicts,
            CorpusListing listing,
            CorpusLayout layout,
            ValidationReport report)
            throws IOException {
        List<DuplicateIdCheck.ForeignId> foreign =
                verdicts.flatMap(v -> v.foreignIds().iterator()).collect();
        try (DuplicateIdCheck check = new DuplicateIdCheck(
                listing, id -> layout.display(layout.root().resolve(id + CorpusLayout.SIDECAR_SUFFIX)))) {
            int position = 0;
            for (DuplicateIdCheck.ForeignId id : foreign) {
                check.accept(position++, id);
            }
            check.finish(report);
        }
    }

    /**
     * Texts are grouped by their folded digest across the cluster; only the few whose digest
     * repeats come to the driver, where the project's own check compares and reports them.
     */
    private static void checkDuplicateTexts(
            JavaRDD<SliceValidation.Verdict> verdicts,
            CorpusListing listing,
            CorpusLayout layout,
            ValidationReport report)
            throws IOException {
        JavaPairRDD<Long, Long> digests = verdicts.flatMapToPair(v -> {
            List<Tuple2<Long, Long>> pairs = new ArrayList<>(v.textDigests().length / 2);
            for (int i = 0; i < v.textDigests().length; i += 2) {
                pairs.add(new Tuple2<>(v.textDigests()[i], v.textDigests()[i + 1]));
            }
            return pairs.iterator();
        });
        Set<Long> repeated = new HashSet<>(digests.mapValues(x -> 1)
                .reduceByKey(Integer::sum)
                .filter(count -> count._2() > 1)
                .keys()
                .collect());
        if (repeated.isEmpty()) {
            return;
        }
        List<Tuple2<Long, Long>> candidates =
                new ArrayList<>(digests.filter(t -> repeated.contains(t._1())).collect());
        candidates.sort(Comparator.comparingLong(t -> t._2() & 0xFFFF_FFFFL));
        try (DuplicateTextCheck check = new DuplicateTextCheck(
                new ScriptDetector(),
                position -> layout.display(
                        layout.root().resolve(listing.get(position).id() + CorpusLayout.TEXT_SUFFIX)))) {
            for (Tuple2<Long, Long> text : candidates) {
                long rawAndPosition = text._2();
                check.accept(
                        (int) rawAndPosition,
                        new TextDigests(rawAndPosition & 0xFFFF_FFFF_0000_0000L, 0, text._1(), 0));
            }
            check.finish(report);
        }
    }

    private SparkOutcome write(
            Request request,
            Configuration conf,
            Broadcast<ExecutorKit> kit,
            JavaRDD<ArticleSlice> work,
            List<ArticleSlice> slices,
            byte[][] sliceDigests,
            String releaseId,
            ReleaseStatistics statistics,
            ProjectVocabulary vocabulary,
            ValidationReport report)
            throws IOException {
        ReleaseSpec spec = new ReleaseSpec(
                java.nio.file.Path.of(new Path(request.corpus()).getName()),
                java.nio.file.Path.of(new Path(request.out()).getName()),
                request.version(),
                request.releaseDate(),
                null,
                request.layout(),
                PublishedReleases.none());
        Path out = new Path(request.out());
        FileSystem fs = releaseFileSystem(out, conf);
        fs.mkdirs(out);
        OutputLock.Attempt attempt = OutputLock.tryAcquire(fs, out);
        if (attempt instanceof OutputLock.Held held) {
            return new SparkOutcome.Locked(held.lockFile(), held.owner(), report);
        }
        try (OutputLock lock = ((OutputLock.Acquired) attempt).lock()) {
            return writeLocked(
                    request, kit, work, slices, sliceDigests, releaseId, statistics, vocabulary, report, spec, out, fs);
        }
    }

    /** With the output folder's lock held: a staging folder there is a killed run's, never a running job's. */
    private SparkOutcome writeLocked(
            Request request,
            Broadcast<ExecutorKit> kit,
            JavaRDD<ArticleSlice> work,
            List<ArticleSlice> slices,
            byte[][] sliceDigests,
            String releaseId,
            ReleaseStatistics statistics,
            ProjectVocabulary vocabulary,
            ValidationReport report,
            ReleaseSpec spec,
            Path out,
            FileSystem fs)
            throws IOException {
        removeLeftoverStaging(fs, out);
        Path staging = new Path(out, STAGING_PREFIX + spec.releaseName() + "-" + UUID.randomUUID());
        Path attempts = new Path(staging, "_attempts");
        boolean published = false;
        Exception failure = null;
        try {
            JsonlCompression compression = request.compression();
            ParquetLayout parquetLayout = request.layout();
            String attemptsFolder = attempts.toString();
            List<SliceWriting.Written> written = new ArrayList<>(work.map(
                            slice -> SliceWriting.write(slice, kit.value(), compression, parquetLayout, attemptsFolder))
                    .collect());
            written.sort(Comparator.comparingInt(SliceWriting.Written::slice));
            for (SliceWriting.Written slice : written) {
                if (!Arrays.equals(slice.linesDigest(), sliceDigests[slice.slice()])) {
                    return new SparkOutcome.ChangedDuringRun(
                            slices.get(slice.slice()).describe(), report);
                }
            }
            ReleaseAssembly assembly =
                    new ReleaseAssembly(fs, staging, new JsonlFormat(compression), new ParquetFormat());
            ReleaseAssembly.Assembled assembled = assembly.assemble(written);
            fs.delete(attempts, true);

            java.nio.file.Path metadata = Files.createTempDirectory("zhengfa-metadata-");
            String sums;
            try {
                new ReleaseMetadata(spec, releaseId, statistics, assembly.formats(), vocabulary, Map.of())
                        .writeBeside(metadata, assembled.files(), assembled.partsSha256());
                sums = Files.readString(metadata.resolve(ReleaseFiles.SUMS_FILE), StandardCharsets.UTF_8);
                upload(fs, metadata, staging);
            } finally {
                FileTree.deleteRecursively(metadata);
            }

            Path target = new Path(out, spec.releaseName());
            if (fs.exists(target)) {
                if (!fs.exists(new Path(target, ReleaseFiles.SUMS_FILE))) {
                    return new SparkOutcome.Unfinished(target.toString(), report);
                }
                String existing = readString(fs, new Path(target, ReleaseFiles.SUMS_FILE));
                if (sums.equals(existing)) {
                    return new SparkOutcome.AlreadyIdentical(target.toString(), releaseId, report);
                }
                return new SparkOutcome.Conflict(
                        target.toString(), FileTree.differences(parseSums(existing), parseSums(sums)), report);
            }
            publish(fs, staging, target);
            published = true;
            return new SparkOutcome.Published(target.toString(), statistics.articles(), releaseId, report);
        } catch (IOException | RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            if (!published) {
                removeStaging(fs, staging, failure);
            }
        }
    }

    /** Removes an unpublished staging folder; if that fails too, the first failure stays the one reported. */
    private static void removeStaging(FileSystem fs, Path staging, Exception failure) throws IOException {
        try {
            fs.delete(staging, true);
        } catch (IOException | RuntimeException e) {
            if (failure == null) {
                throw e;
            }
            failure.addSuppressed(e);
        }
    }

    /**
     * The staging folder becomes the release in one rename where the file system has one (local,
     * HDFS). An object store copies instead, so there SHA256SUMS, the file that makes a folder a
     * release for {@code verify}, is held back and written last, after every other file is in place.
     */
    private static void publish(FileSystem fs, Path staging, Path target) throws IOException {
        if (!OBJECT_STORES.contains(String.valueOf(fs.getUri().getScheme()))) {
            if (!fs.rename(staging, target)) {
                throw new IOException("cannot rename " + staging + " to " + target);
            }
            return;
        }
        Path sums = new Path(staging, ReleaseFiles.SUMS_FILE);
        Path heldBack = new Path(staging.getParent(), staging.getName() + "-" + ReleaseFiles.SUMS_FILE);
        if (!fs.rename(sums, heldBack)
                || !fs.rename(staging, target)
                || !fs.rename(heldBack, new Path(target, ReleaseFiles.SUMS_FILE))) {
            throw new IOException("cannot move " + staging + " to " + target);
        }
    }

    /**
     * The file system a release is written to. Hadoop's local file system writes a {@code .crc}
     * file beside each file it creates: a release holds only its own files, so that is turned off.
     */
    static FileSystem releaseFileSystem(Path path, Configuration conf) throws IOException {
        FileSystem fs = path.getFileSystem(conf);
        fs.setWriteChecksum(false);
        return fs;
    }

    private static void removeLeftoverStaging(FileSystem fs, Path out) throws IOException {
        for (FileStatus entry : fs.listStatus(out)) {
            if (entry.getPath().getName().startsWith(STAGING_PREFIX)) {
                fs.delete(entry.getPath(), true);
            }
        }
    }

    private static void upload(FileSystem fs, java.nio.file.Path from, Path to) throws IOException {
        List<java.nio.file.Path> files;
        try (var walk = Files.walk(from)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (java.nio.file.Path file : files) {
            Path target = new Path(to, from.relativize(file).toString().replace('\\', '/'));
            try (var out = fs.create(target, false)) {
                Files.copy(file, out);
            }
        }
    }

    /** Every file under a folder, by path relative to it. */
    private static Map<String, byte[]> readFolder(URI folder, Configuration conf) throws IOException {
        Path root = new Path(folder);
        FileSystem fs = root.getFileSystem(conf);
        Map<String, byte[]> files = new TreeMap<>();
        String prefix = fs.makeQualified(root).toUri().getPath();
        prefix = prefix.endsWith("/") ? prefix : prefix + "/";
        RemoteIterator<LocatedFileStatus> all = fs.listFiles(root, true);
        while (all.hasNext()) {
            Path file = all.next().getPath();
            String relative = file.toUri().getPath().substring(prefix.length());
            try (InputStream in = fs.open(file)) {
                files.put(relative, in.readAllBytes());
            }
        }
        return files;
    }

    private static String readString(FileSystem fs, Path file) throws IOException {
        if (!fs.exists(file)) {
            return "";
        }
        try (InputStream in = fs.open(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> parseSums(String sums) {
        Map<String, String> parsed = new TreeMap<>();
        for (String line : sums.split("\n")) {
            int split = line.indexOf("  ");
            if (split > 0) {
                parsed.put(line.substring(split + 2), line.substring(0, split));
            }
        }
        return parsed;
    }
}
