package zhengfa.corpus.validation;

import java.time.LocalDate;
import zhengfa.corpus.json.JsonLimits;

/**
 * What a validation run checks against.
 *
 * @param releaseDate no article may be dated after it
 * @param maxTextBytes largest text file accepted
 * @param maxFindingsPerCode findings kept per code; the rest are only counted
 * @param threads how many articles are read and checked at once
 */
public record ValidationSettings(
        LocalDate releaseDate, JsonLimits jsonLimits, long maxTextBytes, int maxFindingsPerCode, int threads)
        implements java.io.Serializable {

    public static final long DEFAULT_MAX_TEXT_BYTES = 8L << 20;

    public static ValidationSettings defaults(LocalDate releaseDate) {
        return new ValidationSettings(
                releaseDate,
                JsonLimits.DEFAULT,
                DEFAULT_MAX_TEXT_BYTES,
                ValidationReport.DEFAULT_MAX_PER_CODE,
                Runtime.getRuntime().availableProcessors());
    }
}
