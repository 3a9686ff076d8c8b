package zhengfa.corpus.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import zhengfa.corpus.model.DateBasis;
import zhengfa.corpus.model.DatePrecision;
import zhengfa.corpus.model.Script;
import zhengfa.corpus.model.TitleBasis;

/** The drafted sidecar as add writes it: the schema's keys in its order, blanks as nulls, absent notes left out. */
class DraftedSidecarTest {

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static DraftedSidecar.Builder blank() {
        return DraftedSidecar.builder()
                .id("2026-example")
                .originalFilename("page.html")
                .original("UTF-8", "ab".repeat(32))
                .genre("report");
    }

    @Test
    void aBlankDraftWritesEveryFieldToFillAsNullAndLeavesOutTheNotes() {
        ObjectNode json = blank().build().toJson();
        assertEquals(
                List.of(
                        "id",
                        "title",
                        "original_filename",
                        "source",
                        "source_as_printed",
                        "date",
                        "date_precision",
                        "date_basis",
                        "region",
                        "script",
                        "language",
                        "genre",
                        "interviewees",
                        "reporters",
                        "editors",
                        "original_encoding",
                        "original_sha256",
                        "review_status"),
                keys(json));
        assertTrue(
                json.get("date").isNull()
                        && json.get("title").isNull()
                        && json.get("region").isNull(),
                json::toString);
        assertEquals("draft", json.get("review_status").asText());
    }

    @Test
    void aFullDraftWritesTheSchemasWordsAndEveryKeyIsTheSchemas() throws IOException {
        ObjectNode json = blank().title("标题", TitleBasis.SUPPLIED)
                .source(null, "某某日报", "The page credits 某某日报, which the source registry does not know.")
                .date("2019-07-02", DatePrecision.DAY, DateBasis.URL, null, "Taken from the page's address.")
                .region("420000")
                .script(Script.HANT, "zh-Hant")
                .interviewees(List.of(new DraftedSidecar.Person("王建国", null), new DraftedSidecar.Person("李明", "所长")))
                .reporters(List.of("金 果"))
                .provenance("https://example.org/2019-07/02/a.htm", "2026-12-08")
                .build()
                .toJson();
        assertEquals("supplied", json.get("title_basis").asText());
        assertEquals("url", json.get("date_basis").asText());
        assertEquals("day", json.get("date_precision").asText());
        assertEquals("Hant", json.get("script").asText());
        assertEquals(
                "[{\"name\":\"王建国\"},{\"name\":\"李明\",\"role\":\"所长\"}]",
                json.get("interviewees").toString());
        assertTrue(!json.has("date_evidence"), "a date read off the URL quotes no printed words");
        JsonNode properties = new ObjectMapper()
                .readTree(Path.of("src/test/resources/fixtures/seeds/schema/article.schema.json")
                        .toFile())
                .get("properties");
        for (String key : keys(json)) {
            assertTrue(properties.has(key), key + " is not a property of article.schema.json");
        }
    }
}
