package zhengfa.corpus.release;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import zhengfa.corpus.corpus.ArticleLoader;
import zhengfa.corpus.corpus.CorpusLayout;
import zhengfa.corpus.corpus.CorpusListing;
import zhengfa.corpus.corpus.CorpusScanner;
import zhengfa.corpus.corpus.OrderedParallel;
import zhengfa.corpus.dataset.Manifest;
import zhengfa.corpus.dataset.ReleaseFiles;
import zhengfa.corpus.model.Sha256;

/**
 * Whether the version about to be cut is free for this corpus: no release of it in dist yet, or one
 * cut from the same articles. `mvn package` asks before the tests run, so that a forgotten version
 * bump fails in seconds with one message, not after the tests with a conflict. It reads the corpus's
 * bytes and digests them as `package` does into the release id, and validates nothing: a corpus that
 * differs from the release in any article needs a new version, valid or not.
 */
public final class VersionCheck {

    /** What the check found. */
    public sealed interface Outcome permits Free, SameArticles, Taken, OtherSchema {}

    /** No release of this version in dist. */
    public record Free(Path release) implements Outcome {}

    /** A release of this version, cut from the articles the corpus holds now: cutting again changes nothing. */
    public record SameArticles(Path release, String releaseId) implements Outcome {}

    /**
     * A release of this version, cut from other articles.
     *
     * @param corpusReleaseId the release id the corpus as it is now would get
     */
    public record Taken(Path release, String releaseId, String corpusReleaseId, int articles, List<String> drafts)
            implements Outcome {
        public Taken {
            drafts = List.copyOf(drafts);
        }
    }

    /**
     * A release of this version, cut from the same articles but with another schema/ (a source added,
     * a label changed): the release copies schema/, so cutting it again would change it.
     *
     * @param files the schema files, relative to schema/, that differ, or are only in one of the two
     */
    public record OtherSchema(Path release, List<String> files) implements Outcome {}

    private static final ObjectReader SIDECAR = new ObjectMapper().reader();

    private VersionCheck() {}

    public static Outcome check(Path corpusDir, Path schemaDir, Path release, ArticleLoader loader) throws IOException {
        Path manifest = release.resolve(ReleaseFiles.MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return new Free(release);
        }
        String releaseId = Objects.requireNonNullElse(Manifest.read(manifest).releaseId(), "");
        CorpusLayout layout = new CorpusLayout(corpusDir);
        MessageDigest digest = Sha256.newDigest();
        int articles;
        List<String> drafts = new java.util.ArrayList<>();
        // the findings of a broken corpus are validation's to report; here only the digest counts
        try (OrderedParallel lstats = new OrderedParallel(1)) {
            CorpusListing listing = new CorpusScanner(layout, lstats, false).scan(finding -> {});
            articles = listing.size();
            for (int i = 0; i < listing.size(); i++) {
                ArticleLoader.RawArticle raw = loader.read(listing.get(i), finding -> {});
                digest.update((raw.id() + " " + raw.contentSha256() + "\n").getBytes(StandardCharsets.UTF_8));
                if (isDraft(raw.sidecar())) {
                    drafts.add(raw.id());
                }
            }
        }
        String corpusReleaseId = HexFormat.of().formatHex(digest.digest());
        if (!corpusReleaseId.equals(releaseId)) {
            return new Taken(release, releaseId, corpusReleaseId, articles, drafts);
        }
        List<String> changed = differingFiles(schemaDir, release.resolve(ReleaseFiles.SCHEMA_DIR));
        return changed.isEmpty() ? new SameArticles(release, releaseId) : new OtherSchema(release, changed);
    }

    /**
     * Whether a sidecar says no curator has reviewed it: a corpus that changed by {@code add} alone
     * needs its drafts reviewed before any version can be cut. A sidecar that cannot be read is
     * validation's to report, not a draft.
     */
    private static boolean isDraft(byte[] sidecar) {
        // most sidecars are reviewed: only one that holds the word is parsed
        if (sidecar == null || !new String(sidecar, StandardCharsets.UTF_8).contains("\"draft\"")) {
            return false;
        }
        try {
            return "draft"
                    .equals(SIDECAR.readTree(sidecar).path("review_status").asText(null));
        } catch (IOException e) {
            return false;
        }
    }

    /** The files, relative to the two folders, whose bytes differ or that only one of them holds. */
    private static List<String> differingFiles(Path current, Path released) throws IOException {
        SortedSet<String> names = new TreeSet<>();
        names.addAll(filesUnder(current));
        names.addAll(filesUnder(released));
        List<String> differing = new ArrayList<>();
        for (String name : names) {
            Path a = current.resolve(name);
            Path b = released.resolve(name);
            if (!Files.isRegularFile(a) || !Files.isRegularFile(b) || Files.mismatch(a, b) != -1) {
                differing.add(name);
            }
        }
        return differing;
    }

    private static List<String> filesUnder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .map(f -> folder.relativize(f).toString().replace('\\', '/'))
                    .toList();
        }
    }
}
