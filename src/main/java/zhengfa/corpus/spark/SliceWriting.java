package zhengfa.corpus.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import zhengfa.corpus.corpus.ArticleLoader;
import zhengfa.corpus.dataset.AnnotationsTable;
import zhengfa.corpus.dataset.ArticlesTable;
import zhengfa.corpus.dataset.FileTree;
import zhengfa.corpus.dataset.ReleaseArticle;
import zhengfa.corpus.finding.ArticleInput;
import zhengfa.corpus.finding.FindingSink;
import zhengfa.corpus.model.Sha256;
import zhengfa.corpus.table.Row;
import zhengfa.corpus.table.TableSchema;
import zhengfa.corpus.writer.FileNamingTableWriter;
import zhengfa.corpus.writer.TableFormat;
import zhengfa.corpus.writer.TableWriter;
import zhengfa.corpus.writer.jsonl.JsonlCompression;
import zhengfa.corpus.writer.jsonl.JsonlFormat;
import zhengfa.corpus.writer.parquet.ParquetFooter;
import zhengfa.corpus.writer.parquet.ParquetFormat;
import zhengfa.corpus.writer.partition.ParquetLayout;
import zhengfa.corpus.writer.partition.PartitionedFormat;

/**
 * On an executor: the second pass over one slice of a corpus found valid. The slice's articles
 * are read again and their rows written by the project's own writers (the same bytes of JSON Lines
 * and the same Parquet schema as a local release) into a folder of the task's own, then copied to
 * the job's staging area under a name of this task attempt. A task that dies leaves only its own
 * attempt's files, which the driver never takes: it takes the files the successful attempt
 * reports, in slice order.
 */
final class SliceWriting {

    /** One file a slice wrote: its path in the release (as the local writers name it), where it was staged, what it holds. */
    record Part(String releasePath, String stagedAt, long bytes, String sha256, long rows) implements Serializable {}

    /** What one slice wrote, with the digest of the articles it found (to match the validating pass). */
    record Written(int slice, byte[] linesDigest, List<Part> parts) implements Serializable {}

    private static final FindingSink IGNORED = finding -> {};

    private SliceWriting() {}

    /** The formats a slice is written in: JSON Lines, and Parquet laid out as asked (shards or year). */
    static List<TableFormat> formats(JsonlCompression compression, ParquetLayout layout) {
        return List.of(new JsonlFormat(compression), new PartitionedFormat(new ParquetFormat(), layout));
    }

    /** @param attempts the staging folder for task attempts' files */
    static Written write(
            ArticleSlice slice, ExecutorKit kit, JsonlCompression compression, ParquetLayout layout, String attempts) {
        List<TableFormat> formats = formats(compression, layout);
        ExecutorKit.Tools tools = kit.tools();
        HadoopCorpus corpus = new HadoopCorpus(tools.corpusFileSystem(), new Path(kit.corpus()), kit.layout());
        java.nio.file.Path local = null;
        try {
            local = Files.createTempDirectory("zhengfa-slice-");
            java.nio.file.Path data = Files.createDirectory(local.resolve("data"));
            List<TableWriter> articleWriters = new ArrayList<>();
            List<TableWriter> spanWriters = new ArrayList<>();
            for (TableFormat format : formats) {
                articleWriters.add(FileNamingTableWriter.open(
                        format, data.resolve(fileName(ArticlesTable.SCHEMA, format)), ArticlesTable.SCHEMA));
                spanWriters.add(FileNamingTableWriter.open(
                        format, data.resolve(fileName(AnnotationsTable.SCHEMA, format)), AnnotationsTable.SCHEMA));
            }
            MessageDigest lines = Sha256.newDigest();
            try {
                for (int i = 0; i < slice.size(); i++) {
                    // Validated in the first pass: what is reported here was reported there.
                    ArticleLoader.RawArticle raw = corpus.read(slice, i, tools.loader(), IGNORED);
                    ArticleInput input = tools.loader().parse(raw, IGNORED, false);
                    lines.update((input.id() + " " + input.contentSha256() + "\n").getBytes(StandardCharsets.UTF_8));
                    if (input.sidecar() == null || input.text() == null) {
                        // Unreadable now: the digest no longer matches and the driver stops.
                        continue;
                    }
                    ReleaseArticle article = ReleaseArticle.of(input, tools.vocabulary());
                    Row row = ArticlesTable.toRow(article).withStringsEncoded();
                    for (TableWriter writer : articleWriters) {
                        writer.write(row);
                    }
                    for (Row span : AnnotationsTable.toRows(article)) {
                        Row encoded = span.withStringsEncoded();
                        for (TableWriter writer : spanWriters) {
                            writer.write(encoded);
                        }
                    }
                }
            } finally {
                for (TableWriter writer : articleWriters) {
                    writer.close();
                }
                for (TableWriter writer : spanWriters) {
                    writer.close();
                }
            }
            TaskContext task = TaskContext.get();
            String attempt =
                    String.format("slice-%06d-attempt-%d", slice.index(), task == null ? 0 : task.taskAttemptId());
            Path target = new Path(attempts, attempt);
            FileSystem fs = SparkReleaseJob.releaseFileSystem(target, tools.configuration());
            List<Part> parts = new ArrayList<>();
            List<java.nio.file.Path> files;
            try (var walk = Files.walk(local)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (java.nio.file.Path file : files) {
                String releasePath = local.relativize(file).toString().replace('\\', '/');
                Path staged = new Path(target, releasePath);
                MessageDigest sha = Sha256.newDigest();
                try (InputStream in = Files.newInputStream(file);
                        OutputStream out = new DigestOutputStream(fs.create(staged, false), sha)) {
                    in.transferTo(out);
                }
                long rows = releasePath.endsWith(".parquet")
                        ? ParquetFooter.read(file).rows()
                        : -1;
                parts.add(new Part(
                        releasePath,
                        staged.toString(),
                        Files.size(file),
                        HexFormat.of().formatHex(sha.digest()),
                        rows));
            }
            return new Written(slice.index(), lines.digest(), parts);
        } catch (IOException e) {
            throw new UncheckedIOException("writing the articles " + slice.describe() + ": " + e.getMessage(), e);
        } finally {
            if (local != null) {
                try {
                    FileTree.deleteRecursively(local);
                } catch (IOException e) {
                    // Only the executor's temporary folder is left behind.
                }
            }
        }
    }

    static String fileName(TableSchema table, TableFormat format) {
        return table.name() + "." + format.extension();
    }
}
