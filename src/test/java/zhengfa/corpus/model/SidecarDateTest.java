package zhengfa.corpus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A sidecar's date is read as a date or as the words written with what is wrong, and written back as written. */
class SidecarDateTest {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static SidecarDate read(String value) throws IOException {
        return JSON.readValue("{\"date\":" + value + "}", Sidecar.class).date();
    }

    @Test
    void aRealDateIsAPartialDateAtItsPrecision() throws IOException {
        SidecarDate date = read("\"2023-09-22T21:13+08:00\"");
        assertInstanceOf(SidecarDate.Valid.class, date);
        assertEquals(DatePrecision.MINUTE, date.valid().orElseThrow().precision());
        assertEquals("{\"date\":\"2023-09-22T21:13+08:00\"}", JSON.writeValueAsString(new DateHolder(date)));
    }

    @Test
    void aDayThatDoesNotExistKeepsItsWordsAndSaysWhy() throws IOException {
        SidecarDate.NotADate date = assertInstanceOf(SidecarDate.NotADate.class, read("\"2023-02-30\""));
        assertEquals("2023-02-30", date.written());
        assertTrue(date.hasDateForm());
        assertFalse(date.problem().isBlank());
        SidecarDate.NotADate chinese = assertInstanceOf(SidecarDate.NotADate.class, read("\"2019年5月8日\""));
        assertFalse(chinese.hasDateForm(), "another form is the schema's pattern finding");
    }

    @Test
    void aValueThatIsNoStringReadsAsNull() throws IOException {
        for (String value : List.of("20230922", "[]", "{}", "true", "null")) {
            assertNull(read(value), value);
        }
    }

    private record DateHolder(SidecarDate date) {}
}
