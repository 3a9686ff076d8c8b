package zhengfa.corpus.draft.extract;

import java.util.Optional;

/**
 * The publication a page credits, as printed, and its key in the source registry when the registry
 * knows it under that name (or an alias or former name).
 */
public record PrintedSource(String printed, Optional<String> key) {

    /** Two printings agree when they are the same name or the same registry source (中国新闻网, 中新网). */
    public boolean agreesWith(PrintedSource other) {
        return printed.equals(other.printed) || key.isPresent() && key.equals(other.key);
    }

    @Override
    public String toString() {
        return printed + key.map(k -> " (" + k + ")").orElse(" (not in the registry)");
    }
}
