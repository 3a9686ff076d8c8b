package zhengfa.corpus.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import zhengfa.corpus.table.Column;
import zhengfa.corpus.vocab.LabelRegistry;

class AnnotationsTableTest {

    /** labels.json may use exactly the attributes the release has a column for, no more and no fewer. */
    @Test
    void everyReleasedAttributeHasItsColumn() {
        List<String> attributeColumns = AnnotationsTable.SCHEMA.columns().stream()
                .map(Column::name)
                .filter(n -> n.startsWith("attr_"))
                .sorted()
                .toList();
        assertEquals(
                LabelRegistry.RELEASED_ATTRIBUTES.stream()
                        .map(a -> "attr_" + a)
                        .sorted()
                        .toList(),
                attributeColumns);
    }
}
