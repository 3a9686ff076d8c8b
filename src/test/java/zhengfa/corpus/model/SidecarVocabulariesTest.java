package zhengfa.corpus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The sidecar's closed vocabularies are enums whose words are the schema's, and nothing else reads as one of them. */
class SidecarVocabulariesTest {

    private static List<String> schemaWords(String field) throws IOException {
        JsonNode schema = new ObjectMapper()
                .readTree(Path.of("schema/article.schema.json").toFile());
        List<String> words = new ArrayList<>();
        schema.at("/properties/" + field + "/enum").forEach(w -> words.add(w.asText()));
        return words;
    }

    private static <E extends Enum<E>> List<String> words(Class<E> type, Function<E, String> written) {
        return Arrays.stream(type.getEnumConstants()).map(written).toList();
    }

    @Test
    void eachEnumHoldsTheSchemasWordsInItsOrder() throws IOException {
        assertEquals(schemaWords("title_basis"), words(TitleBasis.class, TitleBasis::label));
        assertEquals(schemaWords("date_precision"), words(DatePrecision.class, DatePrecision::label));
        assertEquals(schemaWords("date_basis"), words(DateBasis.class, DateBasis::label));
        assertEquals(schemaWords("script"), words(Script.class, Script::code));
        assertEquals(schemaWords("review_status"), words(ReviewStatus.class, ReviewStatus::label));
    }

    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static Sidecar read(String json) throws IOException {
        return LENIENT.readValue(json, Sidecar.class);
    }

    @Test
    void aSidecarsWordsReadAsTheirEnumsAndWriteBackAsWritten() throws IOException {
        String json = "{\"title_basis\":\"supplied\",\"date_precision\":\"minute\",\"date_basis\":\"url\","
                + "\"script\":\"Hant\",\"review_status\":\"draft\"}";
        Sidecar sidecar = read(json);
        assertEquals(TitleBasis.SUPPLIED, sidecar.titleBasis());
        assertEquals(DatePrecision.MINUTE, sidecar.datePrecision());
        assertEquals(DateBasis.URL, sidecar.dateBasis());
        assertEquals(Script.HANT, sidecar.script());
        assertEquals(ReviewStatus.DRAFT, sidecar.reviewStatus());
        JsonNode written = LENIENT.valueToTree(sidecar);
        assertEquals("Hant", written.get("script").asText());
        assertEquals("minute", written.get("date_precision").asText());
    }

    /** The schema reports a word outside the vocabulary; the typed view holds null, never a guess (0 is no HANS). */
    @Test
    void anythingElseReadsAsNull() throws IOException {
        for (String value : List.of("\"Latn\"", "\"hans\"", "0", "1", "[]", "{}", "true", "null")) {
            Sidecar sidecar =
                    read("{\"script\":" + value + ",\"date_precision\":" + value + ",\"review_status\":" + value + "}");
            assertNull(sidecar.script(), value);
            assertNull(sidecar.datePrecision(), value);
            assertNull(sidecar.reviewStatus(), value);
        }
    }
}
