package zhengfa.corpus.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import zhengfa.corpus.dataset.ReleaseFiles;
import zhengfa.corpus.model.Sha256;
import zhengfa.corpus.release.metadata.DataPackageDescriptor;
import zhengfa.corpus.release.metadata.ReleaseFacts;
import zhengfa.corpus.table.TableSchema;
import zhengfa.corpus.writer.TableFormat;
import zhengfa.corpus.writer.jsonl.JsonlFormat;
import zhengfa.corpus.writer.parquet.ParquetFormat;

/**
 * On the driver: the slices' files made into the release's data folder in the staging area. The
 * JSON Lines parts are joined in slice order into one file per table (parts of plain, gzip or zstd
 * JSON Lines join into a valid file of the same kind); the Parquet parts are renamed into the
 * layout's names, numbered in slice order. Each file's size and SHA-256 come from its writer's
 * task, or from the join, so nothing is read back but the JSON Lines parts being joined.
 */
final class ReleaseAssembly {

    /** The data files as the metadata describes them, and the joined hash of each multipart resource. */
    record Assembled(List<ReleaseFacts.DataFile> files, Map<String, String> partsSha256) {}

    private final FileSystem fs;
    private final Path staging;
    private final JsonlFormat jsonl;
    private final ParquetFormat parquet;

    ReleaseAssembly(FileSystem fs, Path staging, JsonlFormat jsonl, ParquetFormat parquet) {
        this.fs = fs;
        this.staging = staging;
        this.jsonl = jsonl;
        this.parquet = parquet;
    }

    /** @param slices every slice's files, in slice order */
    Assembled assemble(List<SliceWriting.Written> slices) throws IOException {
        List<ReleaseFacts.DataFile> files = new ArrayList<>();
        Map<String, String> joined = new TreeMap<>();
        for (TableSchema table : ReleaseFiles.TABLES) {
            files.add(joinJsonLines(table, slices));
            List<ReleaseFacts.DataFile> parts = placeParquet(table, slices);
            files.addAll(parts);
            if (parts.size() > 1) {
                joined.put(DataPackageDescriptor.resourceName(table, parquet), sha256OfJoined(parts));
            }
        }
        return new Assembled(files, joined);
    }

    private ReleaseFacts.DataFile joinJsonLines(TableSchema table, List<SliceWriting.Written> slices)
            throws IOException {
        String path = ReleaseFiles.DATA_DIR + "/" + SliceWriting.fileName(table, jsonl);
        MessageDigest sha = Sha256.newDigest();
        long bytes = 0;
        try (OutputStream out = new DigestOutputStream(fs.create(new Path(staging, path), false), sha)) {
            for (SliceWriting.Written slice : slices) {
                for (SliceWriting.Part part : slice.parts()) {
                    if (part.releasePath().equals(path)) {
                        try (InputStream in = fs.open(new Path(part.stagedAt()))) {
                            bytes += in.transferTo(out);
                        }
                    }
                }
            }
        }
        return new ReleaseFacts.DataFile(path, bytes, HexFormat.of().formatHex(sha.digest()), table, jsonl);
    }

    /**
     * The slices' Parquet parts of a table under their release names: {@code part-NNNNN.parquet}
     * numbered in slice order (per year in the year layout). Parts with no rows are left out, but
     * an empty table keeps one, so that readers still find its schema.
     */
    private List<ReleaseFacts.DataFile> placeParquet(TableSchema table, List<SliceWriting.Written> slices)
            throws IOException {
        String prefix = ReleaseFiles.DATA_DIR + "/" + table.name() + "/";
        List<SliceWriting.Part> parts = new ArrayList<>();
        for (SliceWriting.Written slice : slices) {
            for (SliceWriting.Part part : slice.parts()) {
                if (part.releasePath().startsWith(prefix) && part.releasePath().endsWith("." + parquet.extension())) {
                    parts.add(part);
                }
            }
        }
        List<SliceWriting.Part> kept = parts.stream().filter(p -> p.rows() > 0).toList();
        if (kept.isEmpty() && !parts.isEmpty()) {
            kept = List.of(parts.get(0));
        }
        Map<String, Integer> numbers = new TreeMap<>();
        List<ReleaseFacts.DataFile> placed = new ArrayList<>();
        for (SliceWriting.Part part : kept) {
            String folder = part.releasePath().substring(0, part.releasePath().lastIndexOf('/') + 1);
            int number = numbers.merge(folder, 1, Integer::sum) - 1;
            String path = folder + String.format("part-%05d.%s", number, parquet.extension());
            Path target = new Path(staging, path);
            fs.mkdirs(target.getParent());
            if (!fs.rename(new Path(part.stagedAt()), target)) {
                throw new IOException("cannot move " + part.stagedAt() + " to " + target);
            }
            placed.add(new ReleaseFacts.DataFile(path, part.bytes(), part.sha256(), table, parquet));
        }
        placed.sort(java.util.Comparator.comparing(ReleaseFacts.DataFile::path));
        return placed;
    }

    /** The hash Frictionless checks for a multipart resource: its parts joined in path order. */
    private String sha256OfJoined(List<ReleaseFacts.DataFile> parts) throws IOException {
        MessageDigest sha = Sha256.newDigest();
        byte[] buffer = new byte[1 << 16];
        for (ReleaseFacts.DataFile part : parts) {
            try (InputStream in = fs.open(new Path(staging, part.path()))) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    sha.update(buffer, 0, n);
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The formats the metadata names: plain JSON Lines or compressed, and Parquet. */
    List<TableFormat> formats() {
        return List.of(jsonl, parquet);
    }
}
