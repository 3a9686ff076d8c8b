package zhengfa.corpus.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LayoutKeepingEditsTest {

    @Test
    void theTopLevelMemberChangesAndEveryOtherByteStays() throws Exception {
        String json = "{\n  \"spans\": [ {\"id\": \"a\"} ],\n  \"id\" :   \"a\",\n  \"note\": \"x\\\"y\"\n}\n";
        assertEquals(
                Optional.of("{\n  \"spans\": [ {\"id\": \"a\"} ],\n  \"id\" :   \"b-1\",\n  \"note\": \"x\\\"y\"\n}\n"),
                LayoutKeepingEdits.set(json, "id", "b-1"),
                "a span's id of the same value is left alone");
        assertEquals(
                Optional.of("{\"id\": \"say \\\"hi\\\"\"}"),
                LayoutKeepingEdits.set("{\"id\": \"a\\\\b\"}", "id", "say \"hi\""),
                "an escaped old value is replaced whole, the new one escaped");
    }

    @Test
    void aNewMemberGoesWhereItsKeyFallsLaidOutAsItsNeighbours() throws Exception {
        String json = "{\n  \"a\": {\n    \"kind\": \"x\"\n  },\n  \"c\": {\n    \"kind\": \"y\"\n  }\n}\n";
        ObjectNode entry =
                new ObjectMapper().createObjectNode().put("name_zh", "某报").put("kind", "newspaper");
        entry.putArray("listed_in");
        entry.putArray("aliases").add("某日报").add("某报社");
        assertEquals(
                Optional.of("{\n  \"a\": {\n    \"kind\": \"x\"\n  },\n  \"b\": {\n    \"aliases\": [\n      \"某日报\",\n"
                        + "      \"某报社\"\n    ],\n    \"kind\": \"newspaper\",\n    \"listed_in\": [],\n    \"name_zh\": \"某报\"\n  },\n"
                        + "  \"c\": {\n    \"kind\": \"y\"\n  }\n}\n"),
                LayoutKeepingEdits.insertInOrder(json, "b", entry));
        assertEquals(
                Optional.of("{\n  \"a\": {\n    \"kind\": \"x\"\n  },\n  \"c\": {\n    \"kind\": \"y\"\n  },\n"
                        + "  \"d\": {\n    \"kind\": \"z\"\n  }\n}\n"),
                LayoutKeepingEdits.insertInOrder(
                        json, "d", new ObjectMapper().createObjectNode().put("kind", "z")),
                "last");
    }

    @Test
    void aMemberThatIsNoTopLevelStringIsNotEdited() throws Exception {
        assertEquals(Optional.empty(), LayoutKeepingEdits.set("{\"spans\": [{\"id\": \"a\"}]}", "id", "b"));
        assertEquals(Optional.empty(), LayoutKeepingEdits.set("{\"id\": 3}", "id", "b"));
    }
}
