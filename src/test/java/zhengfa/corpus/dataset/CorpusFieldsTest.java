package zhengfa.corpus.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import zhengfa.corpus.table.Column;
import zhengfa.corpus.table.TableSchema;

/** Every field of the corpus schemas has a declared fate, and every released field names columns the release has. */
class CorpusFieldsTest {

    private static List<String> schemaFields(CorpusFields.Declaration declaration) throws IOException {
        JsonNode schema =
                new ObjectMapper().readTree(Path.of(declaration.schemaFile()).toFile());
        List<String> fields = new ArrayList<>();
        schema.at(declaration.pointer()).fieldNames().forEachRemaining(fields::add);
        return fields;
    }

    private static Set<String> columns(TableSchema table) {
        return table.columns().stream().map(Column::name).collect(Collectors.toSet());
    }

    @Test
    void everySidecarFieldHasAFate() throws IOException {
        List<String> fields = schemaFields(CorpusFields.ARTICLE);
        assertEquals(
                List.copyOf(fields),
                List.copyOf(CorpusFields.ARTICLE.fates().keySet()),
                "declare in CorpusFields.ARTICLE, in the schema's order, which columns each field of "
                        + "schema/article.schema.json feeds, or why it is left out");
    }

    @Test
    void everySpanFieldHasAFate() throws IOException {
        List<String> fields = schemaFields(CorpusFields.SPAN);
        assertEquals(
                List.copyOf(fields),
                List.copyOf(CorpusFields.SPAN.fates().keySet()),
                "declare in CorpusFields.SPAN which columns each span field of schema/annotation.schema.json feeds");
    }

    @Test
    void releasedFieldsNameRealColumns() {
        assertReal(CorpusFields.ARTICLE, columns(ArticlesTable.SCHEMA));
        assertReal(CorpusFields.SPAN, columns(AnnotationsTable.SCHEMA));
    }

    @Test
    void everyAttributeTheLabelsAllowHasItsColumn() {
        CorpusFields.Released attrs =
                (CorpusFields.Released) CorpusFields.SPAN.fates().get("attrs");
        assertEquals(
                AnnotationsTable.ATTRIBUTES.stream().map(a -> "attr_" + a).collect(Collectors.toSet()),
                Set.copyOf(attrs.columns()));
    }

    @Test
    void aColumnNamesItsField() {
        assertEquals("date", CorpusFields.ARTICLE.fieldOf("published_on").orElseThrow());
        assertEquals("source", CorpusFields.ARTICLE.fieldOf("source_name").orElseThrow());
        assertTrue(CorpusFields.ARTICLE.fieldOf("body").isEmpty(), "body is derived from the text and the spans");
    }

    @Test
    void anExcludedFieldKeepsItsReason() {
        CorpusFields.Declaration declaration = CorpusFields.builder("schema/x.json", "/properties")
                .released("a", "as recorded", "a")
                .excluded("b", "a draft-only field")
                .build();
        assertEquals(Set.of("b"), declaration.excluded().keySet());
        assertEquals("a draft-only field", declaration.excluded().get("b").reason());
        assertTrue(CorpusFields.ARTICLE.excluded().isEmpty(), "every curated field is released");
    }

    private static void assertReal(CorpusFields.Declaration declaration, Set<String> columns) {
        declaration.fates().forEach((field, fate) -> {
            if (fate instanceof CorpusFields.Released released) {
                for (String column : released.columns()) {
                    assertTrue(
                            columns.contains(column),
                            field + " is declared to feed " + column + ", which the table lacks");
                }
            }
        });
    }
}
