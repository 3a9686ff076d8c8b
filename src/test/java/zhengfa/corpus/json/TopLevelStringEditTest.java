package zhengfa.corpus.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TopLevelStringEditTest {

    @Test
    void theTopLevelMemberChangesAndEveryOtherByteStays() throws Exception {
        String json = "{\n  \"spans\": [ {\"id\": \"a\"} ],\n  \"id\" :   \"a\",\n  \"note\": \"x\\\"y\"\n}\n";
        assertEquals(Optional.of("{\n  \"spans\": [ {\"id\": \"a\"} ],\n  \"id\" :   \"b-1\",\n  \"note\": \"x\\\"y\"\n}\n"),
                TopLevelStringEdit.set(json, "id", "b-1"), "a span's id of the same value is left alone");
        assertEquals(Optional.of("{\"id\": \"say \\\"hi\\\"\"}"), TopLevelStringEdit.set("{\"id\": \"a\\\\b\"}", "id", "say \"hi\""),
                "an escaped old value is replaced whole, the new one escaped");
    }

    @Test
    void aMemberThatIsNoTopLevelStringIsNotEdited() throws Exception {
        assertEquals(Optional.empty(), TopLevelStringEdit.set("{\"spans\": [{\"id\": \"a\"}]}", "id", "b"));
        assertEquals(Optional.empty(), TopLevelStringEdit.set("{\"id\": 3}", "id", "b"));
    }
}
