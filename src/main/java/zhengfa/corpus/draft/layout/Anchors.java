package zhengfa.corpus.draft.layout;

import java.util.Set;

/**
 * What the extractors found that the furniture classifier must respect: the lines that carry the
 * article's metadata (headline, dateline, credits, source), which are never furniture where they
 * introduce the article, and where the article starts.
 *
 * @param articleStart the position, among the content lines, of the first line of the article
 *                     (its headline, or else its first metadata or prose line); lines above it are
 *                     the page's navigation
 * @param metadata     the 0-based indexes of the page lines that carry metadata
 * @param headlineKnown whether the headline was drafted; if not, the headline-shaped lines right
 *                     above the article's first line may be its undecided decks, not navigation
 */
public record Anchors(int articleStart, Set<Integer> metadata, boolean headlineKnown) {
    public Anchors {
        metadata = Set.copyOf(metadata);
    }
}
