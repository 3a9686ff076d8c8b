package zhengfa.corpus.validation.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import zhengfa.corpus.corpus.CorpusListing;
import zhengfa.corpus.finding.ArticleInput;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.FindingSink;
import zhengfa.corpus.finding.Location;

/**
 * Two sidecars may not claim the same id. File stems are unique in a folder, so a clash needs at
 * least one sidecar whose id is not its stem: only those contribute (and the stems they could clash
 * with are checked at the end), so memory does not grow with a well-kept corpus.
 *
 * <p>A clean article never contributes: one whose sidecar declares another id than its stem is an
 * error of {@link IdMatchesStemRule}, so it is never clean and the validation cache never vouches
 * for it. That is why {@link #contributionFromCache} can answer null (DuplicateIdCheckTest holds
 * the two rules to it).
 */
public final class DuplicateIdCheck implements CorpusCheck<DuplicateIdCheck.ForeignId> {

    /** An article whose sidecar declares an id other than its file stem. */
    public record ForeignId(String declared, String stem, String sidecarFile) implements java.io.Serializable {}

    private final Map<String, List<String>> foreignIds = new TreeMap<>();
    private final Set<String> stemsDeclaringOtherIds = new HashSet<>();
    private final CorpusListing listing;
    private final Function<String, String> sidecarFileOf;

    /**
     * @param listing the articles of the corpus (their ids are the file stems)
     * @param sidecarFileOf the display path of an article's sidecar, by id
     */
    public DuplicateIdCheck(CorpusListing listing, Function<String, String> sidecarFileOf) {
        this.listing = listing;
        this.sidecarFileOf = sidecarFileOf;
    }

    @Override
    public Set<FindingCode> codes() {
        return Set.of(FindingCode.CORPUS_DUPLICATE_ID);
    }

    @Override
    public ForeignId contribute(ArticleInput article) {
        return foreignIdOf(article);
    }

    /** What an article brings to this check, wherever the check itself runs (the Spark job aggregates it). */
    public static ForeignId foreignIdOf(ArticleInput article) {
        if (article.hasSidecar()
                && article.sidecar().id() != null
                && !article.sidecar().id().equals(article.id())) {
            return new ForeignId(article.sidecar().id(), article.id(), article.sidecarFile());
        }
        return null;
    }

    @Override
    public ForeignId contributionFromCache(TextDigests cached) {
        return null;
    }

    @Override
    public void accept(int position, ForeignId foreign) {
        foreignIds.computeIfAbsent(foreign.declared(), k -> new ArrayList<>()).add(foreign.sidecarFile());
        stemsDeclaringOtherIds.add(foreign.stem());
    }

    /** Reports every id declared more than once. */
    @Override
    public void finish(FindingSink sink) {
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
                sink.report(Finding.of(FindingCode.CORPUS_DUPLICATE_ID, file)
                        .at(Location.JsonPointer.of("id"))
                        .found("\"" + id + "\", also declared by "
                                + sorted.stream().filter(f -> !f.equals(file)).toList())
                        .expected("ids unique across the corpus")
                        .fix("give each article its own id, equal to its file stem")
                        .message("id " + id + " is declared " + all.size() + " times"));
            }
        });
    }
}
