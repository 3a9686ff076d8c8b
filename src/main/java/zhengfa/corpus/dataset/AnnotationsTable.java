package zhengfa.corpus.dataset;

import static zhengfa.corpus.table.Column.optional;
import static zhengfa.corpus.table.Column.required;
import static zhengfa.corpus.table.ColumnType.INT32;
import static zhengfa.corpus.table.ColumnType.STRING;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import zhengfa.corpus.model.Span;
import zhengfa.corpus.table.Column;
import zhengfa.corpus.table.ColumnType;
import zhengfa.corpus.table.Row;
import zhengfa.corpus.table.TableSchema;
import zhengfa.corpus.vocab.LabelRegistry;

/**
 * The spans: nested in each article row ({@link #SPAN}) and flat in the {@code annotations} table,
 * one row per span, carrying the article's script, region and year so common filters need no join.
 * Attributes are typed columns ({@code attr_<name>}), null where a span has none.
 */
public final class AnnotationsTable {

    /** The attributes schema/labels.json may use ({@link LabelRegistry#RELEASED_ATTRIBUTES}): each has a column. */
    public static final Set<String> ATTRIBUTES = LabelRegistry.RELEASED_ATTRIBUTES;

    private static final List<Column> SPAN_FIELDS = List.of(
            required("span_id", STRING, "Span id, unique within the article."),
            required("layer", STRING, "Annotation layer: structure or entity (schema/labels.json)."),
            required("label", STRING, "Label within the layer, e.g. answer, boilerplate, PER, LAW."),
            required("start", INT32, "First code point covered, 0-based, over the article's text."),
            required("end", INT32, "Code point after the last one covered: text[start:end] in Python is the span."),
            required("text", STRING, "The covered text.").distinctValues(),
            required("source", STRING, "gold (hand-checked) or rule:<name>@<version>."),
            optional("attr_speaker", STRING, "Speaker of a question or answer turn, as printed."),
            optional("attr_kind", STRING, "Kind of boilerplate: navigation, footer, advertisement, spam, page-jump, editorial-note."),
            optional("attr_region_code", STRING, "GB/T 2260 code of a LOC that is an administrative division."));

    public static final ColumnType SPAN = new ColumnType.Struct(SPAN_FIELDS);

    public static final TableSchema SCHEMA;

    static {
        List<Column> columns = new ArrayList<>();
        columns.add(required("article_id", STRING, "Id of the article (join key with articles.id)."));
        columns.addAll(SPAN_FIELDS);
        columns.add(required("script", STRING, "The article's script: Hans or Hant."));
        columns.add(required("region_code", STRING, "The article's GB/T 2260 region code."));
        columns.add(required("year", INT32, "The article's year of publication."));
        SCHEMA = new TableSchema("annotations",
                "One row per span of every article, sorted by article_id, start, end (longest first), layer, span_id.",
                columns);
    }

    static final Comparator<Span> ORDER = Comparator.comparingInt(Span::start)
            .thenComparing(Comparator.comparingInt(Span::end).reversed())
            .thenComparing(Span::layer)
            .thenComparing(Span::id);

    private AnnotationsTable() {
    }

    static List<Span> sorted(List<Span> spans) {
        return spans.stream().sorted(ORDER).toList();
    }

    static Row spanStruct(Span span) {
        return Row.of(SPAN_FIELDS, spanValues(span).toArray());
    }

    private static List<Object> spanValues(Span span) {
        List<Object> values = new ArrayList<>(List.of(span.id(), span.layer(), span.label(), span.start(), span.end(),
                span.text(), span.source()));
        values.add(span.attrs().get("speaker"));
        values.add(span.attrs().get("kind"));
        values.add(span.attrs().get("region_code"));
        return values;
    }

    public static List<Row> toRows(ReleaseArticle article) {
        List<Row> rows = new ArrayList<>();
        for (Span span : sorted(article.annotations().spans())) {
            List<Object> values = new ArrayList<>();
            values.add(article.sidecar().id());
            values.addAll(spanValues(span));
            values.add(article.sidecar().script());
            values.add(article.region().code());
            values.add(article.date().year());
            rows.add(Row.of(SCHEMA.columns(), values.toArray()));
        }
        return rows;
    }
}
