package zhengfa.corpus.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import zhengfa.corpus.corpus.CorpusListing;
import zhengfa.corpus.finding.ArticleInput;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.FindingSink;
import zhengfa.corpus.finding.Location;

/**
 * Two sidecars may not claim the same id. File stems are unique in a folder, so a clash needs at
 * least one sidecar whose id is not its stem: only those are remembered (and the stems they could
 * clash with are checked at the end), so memory does not grow with a well-kept corpus.
 */
public final class DuplicateIdRule {

    private final Map<String, List<String>> foreignIds = new TreeMap<>();
    private final java.util.Set<String> stemsDeclaringOtherIds = new java.util.HashSet<>();
    private final CorpusListing listing;
    private final java.util.function.Function<String, String> sidecarFileOf;

    /**
     * @param listing the articles of the corpus (their ids are the file stems)
     * @param sidecarFileOf the display path of an article's sidecar, by id
     */
    public DuplicateIdRule(CorpusListing listing, java.util.function.Function<String, String> sidecarFileOf) {
        this.listing = listing;
        this.sidecarFileOf = sidecarFileOf;
    }

    /** Sees one article; call from any thread. */
    public synchronized void accept(ArticleInput article) {
        if (article.hasSidecar() && article.sidecar().id() != null && !article.sidecar().id().equals(article.id())) {
            foreignIds.computeIfAbsent(article.sidecar().id(), k -> new ArrayList<>()).add(article.sidecarFile());
            stemsDeclaringOtherIds.add(article.id());
        }
    }

    /** Reports every id declared more than once. */
    public synchronized void finish(FindingSink sink) {
        foreignIds.forEach((id, files) -> {
            List<String> all = new ArrayList<>(files);
            // The article whose stem is this id claims it too, unless its own sidecar says otherwise.
            if (listing.containsId(id) && !stemsDeclaringOtherIds.contains(id)) {
                all.add(sidecarFileOf.apply(id));
            }
            if (all.size() < 2) {
                return;
            }
            List<String> sorted = all.stream().sorted().toList();
            for (String file : sorted) {
                sink.report(Finding.of(FindingCode.CORPUS_DUPLICATE_ID, file).at(Location.JsonPointer.of("id"))
                        .found("\"" + id + "\", also declared by " + sorted.stream().filter(f -> !f.equals(file)).toList())
                        .expected("ids unique across the corpus")
                        .fix("give each article its own id, equal to its file stem")
                        .message("id " + id + " is declared " + all.size() + " times"));
            }
        });
    }

}
