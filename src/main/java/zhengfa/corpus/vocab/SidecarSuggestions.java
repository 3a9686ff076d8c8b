package zhengfa.corpus.vocab;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import zhengfa.corpus.finding.Edit;
import zhengfa.corpus.model.DatePrecision;
import zhengfa.corpus.vocab.SchemaValidator.Suggestion;

/**
 * The values a sidecar should have where a curator wrote them in another form: a region by name
 * (敦煌市) gets its GB/T 2260 codes, a date in Chinese form (2019年5月24日) or with slashes or dots
 * gets its ISO 8601 form.
 */
public final class SidecarSuggestions implements SchemaValidator.Suggestions {

    private static final Pattern CHINESE_DATE =
            Pattern.compile("\\s*(\\d{4})\\s*[年/.\\-]\\s*(?:(\\d{1,2})\\s*[月/.\\-]\\s*(?:(\\d{1,2})\\s*[日号]?)?)?\\s*"
                    + "(?:(\\d{1,2})[::时](\\d{2})分?)?\\s*");
    private static final int MAX_CANDIDATES = 5;

    /** What a draft's blank source needs: a key of the registry, a new one, or "unknown" and why. */
    private static final String SOURCE =
            "a key of schema/sources.json (`sources list` lists them), or add the publication"
                    + " with `sources add KEY --name-zh=… --name-en=… --kind=…` and write its key, or write \"unknown\" with"
                    + " \"source_as_printed\": null and a \"source_note\" saying what is known of it";

    /** Where an unknown source's printed name goes: the schema keeps source_as_printed for registered sources. */
    private static final String AS_PRINTED_WITH_UNKNOWN = "null here while \"source\" is \"unknown\", and the printed"
            + " name in \"source_note\"; or register the publication with `sources add` and write its key as \"source\"";

    private final Regions regions;

    SidecarSuggestions(Regions regions) {
        this.regions = regions;
    }

    @Override
    public Optional<Suggestion> suggest(String pointer, JsonNode value) {
        if ("/source".equals(pointer) && value.isNull()) {
            return Optional.of(Suggestion.of(SOURCE));
        }
        if ("/source_as_printed".equals(pointer) && value.isTextual()) {
            return Optional.of(Suggestion.of(AS_PRINTED_WITH_UNKNOWN));
        }
        if (!value.isTextual()) {
            return Optional.empty();
        }
        String text = value.asText();
        return switch (pointer) {
            case "/region" -> region(text);
            case "/date" ->
                iso(text)
                        .map(iso -> new Suggestion(
                                iso.quoted() + " with \"date_precision\": \""
                                        + iso.precision().label() + "\"" + iso.note(),
                                Edit.json()
                                        .set("/date", iso.value())
                                        .set("/date_precision", iso.precision().label())
                                        .build()));
            case "/retrieved_at" -> isoDate(text);
            default -> Optional.empty();
        };
    }

    private Optional<Suggestion> region(String name) {
        if (name.isBlank()) {
            return Optional.empty();
        }
        List<Region> found = regions.search(name.strip());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String listed = found.stream()
                .limit(MAX_CANDIDATES)
                .map(r -> "\"" + r.code() + "\" (" + r.nameZh()
                        + (r.level() == Region.Level.PROVINCE ? "" : ", " + r.provinceNameZh()) + ")")
                .collect(Collectors.joining(", "));
        return Optional.of(
                found.size() == 1
                        ? new Suggestion(
                                "the code: " + listed,
                                Edit.json().set("/region", found.get(0).code()).build())
                        : Suggestion.of("one of the codes: " + listed
                                + (found.size() > MAX_CANDIDATES
                                        ? " … (regions find " + name.strip() + " lists all)"
                                        : "")));
    }

    /**
     * The ISO 8601 form of a retrieval date, which is at least a day; a time is given with Beijing's
     * offset, as pages print it.
     */
    private static Optional<Suggestion> isoDate(String written) {
        return iso(written)
                .filter(iso -> iso.precision().compareTo(DatePrecision.DAY) >= 0)
                .map(iso -> new Suggestion(
                        iso.quoted() + iso.note(),
                        Edit.json().set("/retrieved_at", iso.value()).build()));
    }

    /** A date's ISO form, the precision it keeps, and what the curator should check about it. */
    private record Iso(String value, DatePrecision precision, String note) {
        String quoted() {
            return "\"" + value + "\"";
        }
    }

    private static Optional<Iso> iso(String written) {
        Matcher m = CHINESE_DATE.matcher(written);
        if (!m.matches() || written.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            return Optional.empty();
        }
        StringBuilder iso = new StringBuilder(m.group(1));
        DatePrecision precision = DatePrecision.YEAR;
        if (m.group(2) != null) {
            iso.append(String.format("-%02d", Integer.parseInt(m.group(2))));
            precision = DatePrecision.MONTH;
            if (m.group(3) != null) {
                iso.append(String.format("-%02d", Integer.parseInt(m.group(3))));
                precision = DatePrecision.DAY;
                if (m.group(4) != null) {
                    iso.append(String.format("T%02d:%s+08:00", Integer.parseInt(m.group(4)), m.group(5)));
                    precision = DatePrecision.MINUTE;
                }
            }
        }
        return Optional.of(new Iso(
                iso.toString(),
                precision,
                precision == DatePrecision.MINUTE
                        ? " (the time taken as Beijing time; give the zone the page means)"
                        : ""));
    }
}
