package zhengfa.corpus.cli;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import zhengfa.corpus.json.JsonLimits;
import zhengfa.corpus.validation.ValidationSettings;

/** Turns command-line options into validation settings. */
public final class Settings {

    private Settings() {}

    static ValidationSettings of(CorpusOptions options, LocalDate releaseDate) {
        if (options.threads <= 0) {
            options.threads = Runtime.getRuntime().availableProcessors();
        }
        return new ValidationSettings(
                releaseDate,
                new JsonLimits(JsonLimits.DEFAULT.maxFileBytes(), options.maxJsonDepth, options.maxJsonString),
                options.maxTextBytes,
                options.maxFindingsPerCode,
                options.threads);
    }

    /** Accepts a date (2026-11-22) or Maven's outputTimestamp form (2026-11-22T00:00:00Z). */
    public static final class ReleaseDateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return value.contains("T") ? OffsetDateTime.parse(value).toLocalDate() : LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not a date (YYYY-MM-DD) or a timestamp (YYYY-MM-DDThh:mm:ssZ)");
            }
        }
    }
}
