package zhengfa.corpus.validation;

import java.time.LocalDate;
import zhengfa.corpus.corpus.JsonLimits;

/**
 * What a validation run checks against.
 *
 * @param releaseDate no article may be dated after it
 * @param maxTextBytes largest text file accepted
 */
public record ValidationSettings(LocalDate releaseDate, JsonLimits jsonLimits, long maxTextBytes) {

    public static final long DEFAULT_MAX_TEXT_BYTES = 8L << 20;

    public static ValidationSettings defaults(LocalDate releaseDate) {
        return new ValidationSettings(releaseDate, JsonLimits.DEFAULT, DEFAULT_MAX_TEXT_BYTES);
    }
}
