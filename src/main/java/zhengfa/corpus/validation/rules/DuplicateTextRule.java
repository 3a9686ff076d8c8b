package zhengfa.corpus.validation.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import zhengfa.corpus.validation.ArticleInput;
import zhengfa.corpus.validation.CorpusRule;
import zhengfa.corpus.validation.Finding;
import zhengfa.corpus.validation.FindingCode;
import zhengfa.corpus.validation.FindingSink;

/** The same article scraped twice would be counted twice; texts are compared by SHA-256. */
public final class DuplicateTextRule implements CorpusRule {

    private final Map<String, TreeSet<String>> filesByDigest = new TreeMap<>();

    @Override
    public void accept(ArticleInput article) {
        if (!article.hasText()) {
            return;
        }
        String digest = sha256(article.text());
        synchronized (this) {
            filesByDigest.computeIfAbsent(digest, k -> new TreeSet<>()).add(article.textFile());
        }
    }

    @Override
    public synchronized void finish(FindingSink sink) {
        filesByDigest.values().stream().filter(files -> files.size() > 1).forEach(files -> {
            String first = files.first();
            for (String file : files.tailSet(first, false)) {
                sink.report(Finding.of(FindingCode.CORPUS_DUPLICATE_TEXT, file)
                        .found("the same bytes as " + first).expected("each article once")
                        .fix("remove one of the two articles (keep the one whose sidecar is better sourced)")
                        .message("text is identical to " + first));
            }
        });
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
