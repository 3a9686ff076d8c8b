package zhengfa.corpus.writer;

import java.util.Locale;
import java.util.Optional;

/** The formats a release's tables are written in, by the word {@code --formats} and the manifest use. */
public enum FormatName {
    JSONL,
    PARQUET,
    ARROW;

    /** The word: {@code jsonl}, {@code parquet}, {@code arrow}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format of this word (in any case), or empty for a word that names none. */
    public static Optional<FormatName> parse(String word) {
        for (FormatName f : values()) {
            if (f.word().equalsIgnoreCase(word.strip())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
