package zhengfa.corpus.validation.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import zhengfa.corpus.script.ScriptDetector;
import zhengfa.corpus.validation.ArticleInput;
import zhengfa.corpus.validation.CorpusRule;
import zhengfa.corpus.validation.Finding;
import zhengfa.corpus.validation.FindingCode;
import zhengfa.corpus.validation.FindingSink;

/**
 * The same article scraped twice would be counted twice: byte-identical texts are one duplicate,
 * and so are texts that differ only in script (one Simplified, one Traditional), found by comparing
 * them after folding Traditional characters to Simplified. Texts are kept as 128-bit digests only.
 */
public final class DuplicateTextRule implements CorpusRule {

    private record Digest(long high, long low) { }

    private final ScriptDetector detector;
    private final Map<Digest, TreeSet<String>> filesByText = new HashMap<>();
    private final Map<Digest, Map<Digest, String>> textsByFolded = new HashMap<>();

    public DuplicateTextRule(ScriptDetector detector) {
        this.detector = detector;
    }

    @Override
    public void accept(ArticleInput article) {
        if (!article.hasText() || article.text().isBlank()) {
            return;
        }
        Digest text = digest(article.text());
        Digest folded = digest(detector.foldToSimplified(article.text()));
        synchronized (this) {
            filesByText.computeIfAbsent(text, k -> new TreeSet<>()).add(article.textFile());
            textsByFolded.computeIfAbsent(folded, k -> new HashMap<>()).merge(text, article.textFile(),
                    (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
    }

    @Override
    public synchronized void finish(FindingSink sink) {
        for (TreeSet<String> files : filesByText.values()) {
            String first = files.first();
            for (String file : files.tailSet(first, false)) {
                sink.report(Finding.of(FindingCode.CORPUS_DUPLICATE_TEXT, file)
                        .found("the same bytes as " + first).expected("each article once")
                        .fix("remove one of the two articles (keep the one whose sidecar is better sourced)")
                        .message("text is identical to " + first));
            }
        }
        for (Map<Digest, String> variants : textsByFolded.values()) {
            if (variants.size() < 2) {
                continue;
            }
            List<String> files = new ArrayList<>(variants.values());
            files.sort(null);
            String first = files.get(0);
            for (String file : files.subList(1, files.size())) {
                sink.report(Finding.of(FindingCode.CORPUS_CROSS_SCRIPT_DUPLICATE, file)
                        .found("the same text as " + first + " once both are converted to Simplified script")
                        .expected("each article once, in the script it was published in")
                        .fix("keep the article in its original script and remove the converted copy")
                        .message("text duplicates " + first + " in the other script"));
            }
        }
    }

    private static Digest digest(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return new Digest(java.nio.ByteBuffer.wrap(d, 0, 8).getLong(), java.nio.ByteBuffer.wrap(d, 8, 8).getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
