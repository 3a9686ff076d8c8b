package zhengfa.corpus.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import zhengfa.corpus.corpus.ArticleLoader;
import zhengfa.corpus.corpus.CorpusLayout;
import zhengfa.corpus.corpus.CorpusListing;
import zhengfa.corpus.corpus.CorpusScanner;
import zhengfa.corpus.corpus.OrderedParallel;
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
    public sealed interface Outcome permits Free, SameArticles, Taken {}

    /** No release of this version in dist. */
    public record Free(Path release) implements Outcome {}

    /** A release of this version, cut from the articles the corpus holds now: cutting again changes nothing. */
    public record SameArticles(Path release, String releaseId) implements Outcome {}

    /**
     * A release of this version, cut from other articles.
     *
     * @param corpusReleaseId the release id the corpus as it is now would get
     */
    public record Taken(Path release, String releaseId, String corpusReleaseId, int articles) implements Outcome {}

    private VersionCheck() {}

    public static Outcome check(Path corpusDir, Path release, ArticleLoader loader) throws IOException {
        Path manifest = release.resolve(ReleaseFiles.MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return new Free(release);
        }
        JsonNode printed = new ObjectMapper().readTree(manifest.toFile());
        String releaseId = printed.path("release_id").asText("");
        CorpusLayout layout = new CorpusLayout(corpusDir);
        MessageDigest digest = Sha256.newDigest();
        int articles;
        // the findings of a broken corpus are validation's to report; here only the digest counts
        try (OrderedParallel lstats = new OrderedParallel(1)) {
            CorpusListing listing = new CorpusScanner(layout, lstats, false).scan(finding -> {});
            articles = listing.size();
            for (int i = 0; i < listing.size(); i++) {
                ArticleLoader.RawArticle raw = loader.read(listing.get(i), finding -> {});
                digest.update((raw.id() + " " + raw.contentSha256() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        String corpusReleaseId = HexFormat.of().formatHex(digest.digest());
        return corpusReleaseId.equals(releaseId)
                ? new SameArticles(release, releaseId)
                : new Taken(release, releaseId, corpusReleaseId, articles);
    }
}
