package zhengfa.corpus.dataset;

import static zhengfa.corpus.table.Column.optional;
import static zhengfa.corpus.table.Column.required;
import static zhengfa.corpus.table.ColumnType.DATE;
import static zhengfa.corpus.table.ColumnType.INT32;
import static zhengfa.corpus.table.ColumnType.STRING;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import zhengfa.corpus.model.DateBasis;
import zhengfa.corpus.model.DatePrecision;
import zhengfa.corpus.model.ReviewStatus;
import zhengfa.corpus.model.Script;
import zhengfa.corpus.model.Sidecar;
import zhengfa.corpus.table.ColumnType;
import zhengfa.corpus.table.Columns;
import zhengfa.corpus.table.Row;
import zhengfa.corpus.table.TableSchema;
import zhengfa.corpus.vocab.Source;

/** The {@code articles} table: one row per article, sorted by id. */
public final class ArticlesTable {

    /** A person interviewed: the name as printed and, where the text gives it, the role. */
    private static final Columns<Sidecar.Interviewee> INTERVIEWEE_COLUMNS = Columns.<Sidecar.Interviewee>builder()
            .add(required("name", STRING, "Name as printed."), Sidecar.Interviewee::name)
            .add(
                    optional(
                            "role",
                            STRING,
                            "Office or role as the text gives it, e.g. 乐山市委常委、政法委书记; null when it gives none."),
                    Sidecar.Interviewee::role)
            .build();

    public static final ColumnType INTERVIEWEE = new ColumnType.Struct(INTERVIEWEE_COLUMNS.columns());

    private static final Columns<ReleaseArticle> COLUMNS = Columns.<ReleaseArticle>builder()
            .add(
                    required("id", STRING, "Stable article id (the file stem in corpus/).")
                            .distinctValues(),
                    a -> a.sidecar().id())
            .add(
                    required(
                                    "title",
                                    STRING,
                                    "Headline as printed, or a descriptive title when title_basis is 'supplied'.")
                            .distinctValues(),
                    a -> a.sidecar().title())
            .add(
                    required("title_basis", STRING, "'printed' or 'supplied' (the text prints no headline)."),
                    a -> a.sidecar().titleIsPrinted() ? "printed" : "supplied")
            .add(
                    required("original_filename", STRING, "File name of the scraped seed the text was taken from."),
                    a -> a.sidecar().originalFilename())
            .add(
                    required(
                            "source_id",
                            STRING,
                            "Key of the publication in schema/sources.json; 'unknown' when the text names none."),
                    a -> a.sidecar().source())
            .add(
                    optional(
                            "source_name", STRING, "Publication name in Chinese from the registry; null when unknown."),
                    a -> knownSource(a) ? a.source().nameZh() : null)
            .add(
                    optional("source_name_en", STRING, "Publication name in English; null when unknown."),
                    a -> knownSource(a) ? a.source().nameEn() : null)
            .add(
                    optional("source_as_printed", STRING, "Publication name exactly as the text prints it."),
                    a -> a.sidecar().sourceAsPrinted())
            .add(
                    optional(
                            "retrieved_from",
                            STRING,
                            "Key of the website the text was retrieved from, where it differs from the publication."),
                    a -> a.sidecar().retrievedFrom())
            .add(
                    optional(
                            "source_note", STRING, "The curator's reasoning about the source, e.g. why it is unknown."),
                    a -> a.sidecar().sourceNote())
            .add(
                    optional("url", STRING, "The address the page was retrieved from, where the curator recorded it."),
                    a -> a.sidecar().url())
            .add(
                    optional(
                            "retrieved_at",
                            STRING,
                            "When the page was retrieved (ISO 8601 date or date-time), where recorded."),
                    a -> a.sidecar().retrievedAt())
            .add(
                    optional(
                            "original_encoding",
                            STRING,
                            "The character encoding of the page as obtained, before it was stored as UTF-8"
                                    + " (recorded by add); null for texts curated by hand."),
                    a -> a.sidecar().originalEncoding())
            .add(
                    optional(
                            "original_sha256",
                            STRING,
                            "SHA-256 of the page's bytes as obtained, before normalisation (recorded by add);"
                                    + " null for texts curated by hand."),
                    a -> a.sidecar().originalSha256())
            .add(
                    required(
                            "date",
                            STRING,
                            "Publication date, ISO 8601 at the precision the text supports (YYYY, YYYY-MM, YYYY-MM-DD or with time and offset)."),
                    a -> a.sidecar().date().written())
            .add(
                    required("date_precision", STRING, "year, month, day, minute or second."),
                    a -> word(a.sidecar().datePrecision(), DatePrecision::label))
            .add(
                    required(
                            "date_basis",
                            STRING,
                            "'stated' (printed in the text), 'inferred' (reasoned from it; see date_evidence) or 'url' (carried only by the page's address)."),
                    a -> word(a.sidecar().dateBasis(), DateBasis::label))
            .add(
                    optional("date_evidence", STRING, "Verbatim quote of the text that gives or implies the date.")
                            .distinctValues(),
                    a -> a.sidecar().dateEvidence())
            .add(
                    optional("date_note", STRING, "The curator's reasoning behind an inferred date."),
                    a -> a.sidecar().dateNote())
            .add(required("year", INT32, "Year of publication."), a -> a.date().year())
            .add(
                    optional("published_on", DATE, "Day of publication; null when the date is coarser than a day."),
                    a -> a.date().day())
            .add(
                    required(
                            "region_code",
                            STRING,
                            "GB/T 2260 code of the most specific division the article is about."),
                    a -> a.region().code())
            .add(
                    required("region_name", STRING, "Official Chinese name of that division."),
                    a -> a.region().nameZh())
            .add(
                    required("region_level", STRING, "province, prefecture or county."),
                    a -> a.region().level().name().toLowerCase(Locale.ROOT))
            .add(
                    required("province_code", STRING, "GB/T 2260 code of the province-level division."),
                    a -> a.region().provinceCode())
            .add(
                    required("province_name", STRING, "Official Chinese name of the province-level division."),
                    a -> a.region().provinceNameZh())
            .add(
                    required("province_name_en", STRING, "English name of the province-level division."),
                    a -> a.region().provinceNameEn())
            .add(
                    required("iso_3166_2", STRING, "ISO 3166-2 code of the province-level division (e.g. CN-XJ)."),
                    a -> a.region().iso3166_2())
            .add(
                    required("script", STRING, "ISO 15924 script of the text: Hans or Hant."),
                    a -> word(a.sidecar().script(), Script::code))
            .add(
                    required("language", STRING, "BCP 47 language tag: zh-Hans or zh-Hant."),
                    a -> a.sidecar().language())
            .add(
                    required("genre", STRING, "interview, report, commentary, news or feature."),
                    a -> a.sidecar().genre())
            .add(
                    optional("page", STRING, "The print page (版) as printed, where the text gives it."),
                    a -> a.sidecar().page())
            .add(
                    required(
                            "interviewees",
                            ColumnType.listOf(INTERVIEWEE),
                            "The people interviewed: name as printed and role."),
                    a -> a.sidecar().interviewees().stream()
                            .map(INTERVIEWEE_COLUMNS::row)
                            .toList())
            .add(
                    required(
                            "reporters",
                            ColumnType.listOf(STRING),
                            "Reporters and correspondents credited, as printed."),
                    a -> a.sidecar().reporters())
            .add(
                    required(
                            "editors",
                            ColumnType.listOf(STRING),
                            "Editors credited (责任编辑), as printed; empty when none."),
                    a -> a.sidecar().editors())
            .add(
                    optional(
                            "notes",
                            STRING,
                            "The curator's notes on the article: what the page is, what was kept and why."),
                    a -> a.sidecar().notes())
            .add(
                    optional(
                            "review_status",
                            STRING,
                            "'reviewed': drafted by add and checked field by field by a curator;"
                                    + " null: curated by hand. Drafts that no curator checked are never released."),
                    a -> word(a.sidecar().reviewStatus(), ReviewStatus::label))
            .add(
                    required(
                                    "text",
                                    STRING,
                                    "The exact stored text (UTF-8, NFC, LF line endings), page furniture included.")
                            .distinctValues(),
                    ReleaseArticle::text)
            .add(
                    required("text_sha256", STRING, "SHA-256 of the text's UTF-8 bytes, lowercase hex.")
                            .distinctValues(),
                    a -> sha256Hex(a.text().getBytes(StandardCharsets.UTF_8)))
            .add(
                    required("char_count", INT32, "Length of text in Unicode code points (Python len(text))."),
                    a -> a.text().codePointCount(0, a.text().length()))
            .add(
                    required(
                                    "body",
                                    STRING,
                                    "The text without its boilerplate spans, lines trimmed, empty lines dropped;"
                                            + " span offsets refer to text, not to body.")
                            .distinctValues(),
                    Body::of)
            .add(
                    required(
                            "annotations",
                            ColumnType.listOf(AnnotationsTable.SPAN),
                            "The article's spans (same fields as the annotations table), sorted by start."),
                    a -> AnnotationsTable.sorted(a.annotations().spans()).stream()
                            .map(AnnotationsTable::spanStruct)
                            .toList())
            .add(
                    required(
                                    "content_sha256",
                                    STRING,
                                    "SHA-256 over the SHA-256 digests of the article's text, sidecar"
                                            + " and annotation files: changes whenever any of them does.")
                            .distinctValues(),
                    ReleaseArticle::contentSha256)
            .build();

    public static final TableSchema SCHEMA = new TableSchema(
            "articles",
            "One row per article: its metadata from the sidecar, resolved against the vocabularies, and its exact text.",
            COLUMNS.columns());

    private ArticlesTable() {}

    public static Row toRow(ReleaseArticle article) {
        return COLUMNS.row(article);
    }

    private static boolean knownSource(ReleaseArticle article) {
        return !Source.UNKNOWN.equals(article.sidecar().source());
    }

    public static String sha256Hex(byte[] bytes) {
        return zhengfa.corpus.model.Sha256.hex(bytes);
    }

    /** A vocabulary's word as the sidecar writes it, or null. */
    private static <E extends Enum<E>> String word(E value, java.util.function.Function<E, String> written) {
        return value == null ? null : written.apply(value);
    }
}
