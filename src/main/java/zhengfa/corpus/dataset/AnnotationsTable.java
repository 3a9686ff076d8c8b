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
import zhengfa.corpus.table.ColumnType;
import zhengfa.corpus.table.Columns;
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

    private static final Columns<Span> SPAN_COLUMNS = Columns.<Span>builder()
            .add(required("span_id", STRING, "Span id, unique within the article."), Span::id)
            .add(required("layer", STRING, "Annotation layer: structure or entity (schema/labels.json)."), Span::layer)
            .add(required("label", STRING, "Label within the layer, e.g. answer, boilerplate, PER, LAW."), Span::label)
            .add(required("start", INT32, "First code point covered, 0-based, over the article's text."), Span::start)
            .add(
                    required(
                            "end",
                            INT32,
                            "Code point after the last one covered: text[start:end] in Python is the span."),
                    Span::end)
            .add(required("text", STRING, "The covered text.").distinctValues(), Span::text)
            .add(required("source", STRING, "gold (hand-checked) or rule:<name>@<version>."), Span::source)
            .add(
                    optional("attr_speaker", STRING, "Speaker of a question or answer turn, as printed."),
                    span -> span.attrs().get("speaker"))
            .add(
                    optional(
                            "attr_kind",
                            STRING,
                            "Kind of boilerplate: navigation, footer, advertisement, spam, page-jump, editorial-note."),
                    span -> span.attrs().get("kind"))
            .add(
                    optional("attr_region_code", STRING, "GB/T 2260 code of a LOC that is an administrative division."),
                    span -> span.attrs().get("region_code"))
            .build();

    public static final ColumnType SPAN = new ColumnType.Struct(SPAN_COLUMNS.columns());

    /** One row of the flat table: a span with the article it belongs to. */
    private record ArticleSpan(ReleaseArticle article, Span span) {}

    private static final Columns<ArticleSpan> COLUMNS = Columns.<ArticleSpan>builder()
            .add(
                    required("article_id", STRING, "Id of the article (join key with articles.id)."),
                    r -> r.article().sidecar().id())
            .addAll(SPAN_COLUMNS, ArticleSpan::span)
            .add(
                    required("script", STRING, "The article's script: Hans or Hant."),
                    r -> r.article().sidecar().script().code())
            .add(
                    required("region_code", STRING, "The article's GB/T 2260 region code."),
                    r -> r.article().region().code())
            .add(
                    required("year", INT32, "The article's year of publication."),
                    r -> r.article().date().year())
            .build();

    public static final TableSchema SCHEMA = new TableSchema(
            "annotations",
            "One row per span of every article, sorted by article_id, start, end (longest first), layer, span_id.",
            COLUMNS.columns());

    static final Comparator<Span> ORDER = Comparator.comparingInt(Span::start)
            .thenComparing(Comparator.comparingInt(Span::end).reversed())
            .thenComparing(Span::layer)
            .thenComparing(Span::id);

    private AnnotationsTable() {}

    static List<Span> sorted(List<Span> spans) {
        return spans.stream().sorted(ORDER).toList();
    }

    static Row spanStruct(Span span) {
        return SPAN_COLUMNS.row(span);
    }

    public static List<Row> toRows(ReleaseArticle article) {
        List<Row> rows = new ArrayList<>();
        for (Span span : sorted(article.annotations().spans())) {
            rows.add(COLUMNS.row(new ArticleSpan(article, span)));
        }
        return rows;
    }
}
