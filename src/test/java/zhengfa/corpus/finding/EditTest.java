package zhengfa.corpus.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EditTest {

    @Test
    void aRunOfChangesReadsWithOneVerb() {
        Edit edit = Edit.json()
                .set("/date", "2024-03-05")
                .set("/date_precision", "day")
                .remove("/date_note")
                .build();
        assertEquals(
                "write \"date\": \"2024-03-05\" and \"date_precision\": \"day\" and delete \"date_note\"",
                edit.describe());
    }

    @Test
    void aNestedPointerIsShownAsThePointerAndNumbersAreNumbers() {
        Edit edit =
                Edit.json().set("/spans/3/start", 12).set("/spans/3/end", 15).build();
        assertEquals("write /spans/3/start: 12 and /spans/3/end: 15", edit.describe());
    }

    @Test
    void valuesAreJsonStringLiterals() {
        assertEquals("\"a\\\"b\\\\c\\n\\u0001\"", Edit.JsonChanges.quote("a\"b\\c\n\u0001"));
    }

    @Test
    void anEditChangesSomethingAtAPointer() {
        assertThrows(IllegalArgumentException.class, () -> Edit.json().build());
        assertThrows(IllegalArgumentException.class, () -> Edit.json().set("date", "2024"));
    }
}
