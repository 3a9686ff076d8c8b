package zhengfa.corpus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** DuckDB reads the fresh release with the README's SQL, run verbatim from inside the release folder. */
class DuckDbReaderIT {

    private static final String README_QUERY =
            "SELECT region_code, label, count(*) AS spans FROM read_parquet('data/annotations.parquet') GROUP BY ALL ORDER BY ALL;";
    private static final String README_JSON_QUERY =
            "SELECT id, published_on, len(annotations) AS spans FROM read_json('data/articles.jsonl') ORDER BY id;";

    @Test
    void theReadmeQueryAnswersLikeTheJsonl() throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(README_QUERY)) {
            while (rs.next()) {
                counts.put(rs.getString(1) + "|" + rs.getString(2), rs.getLong(3));
            }
        }
        assertEquals(ReleaseRows.spansPerRegionAndLabel(ReleaseDirectory.get()), counts);
    }

    @Test
    void jsonlDatesAndListsAreTyped() throws Exception {
        var expected = ReleaseRows.of(ReleaseDirectory.get(), "articles");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(README_JSON_QUERY)) {
            int row = 0;
            while (rs.next()) {
                var json = expected.get(row++);
                assertEquals(json.get("id").asText(), rs.getString(1));
                // read_json detects the ISO dates: the column is a DATE, not a string.
                assertEquals("DATE", rs.getMetaData().getColumnTypeName(2));
                assertEquals(
                        json.get("published_on").isNull()
                                ? null
                                : LocalDate.parse(json.get("published_on").asText()),
                        rs.getObject(2, LocalDate.class));
                assertEquals(json.get("annotations").size(), rs.getLong(3));
            }
            assertEquals(expected.size(), row);
        }
    }
}
