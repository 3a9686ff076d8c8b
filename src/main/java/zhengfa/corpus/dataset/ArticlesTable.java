package zhengfa.corpus.dataset;

import static zhengfa.corpus.table.Column.optional;
import static zhengfa.corpus.table.Column.required;
import static zhengfa.corpus.table.ColumnType.DATE;
import static zhengfa.corpus.table.ColumnType.INT32;
import static zhengfa.corpus.table.ColumnType.STRING;

import java.nio.charset.StandardCharsets;
import java.util.List;
import zhengfa.corpus.model.Sidecar;
import zhengfa.corpus.table.ColumnType;
import zhengfa.corpus.table.Row;
import zhengfa.corpus.table.TableSchema;
import zhengfa.corpus.vocab.Source;

/** The {@code articles} table: one row per article, sorted by id. */
public final class ArticlesTable {

    public static final TableSchema SCHEMA = new TableSchema("articles",
            "One row per article: its metadata from the sidecar, resolved against the vocabularies, and its exact text.",
            List.of(
                    required("id", STRING, "Stable article id (the file stem in corpus/).").distinctValues(),
                    required("title", STRING, "Headline as printed, or a descriptive title when title_basis is 'supplied'.").distinctValues(),
                    required("title_basis", STRING, "'printed' or 'supplied' (the text prints no headline)."),
                    required("original_filename", STRING, "File name of the scraped seed the text was taken from."),
                    required("source_id", STRING, "Key of the publication in schema/sources.json; 'unknown' when the text names none."),
                    optional("source_name", STRING, "Publication name in Chinese from the registry; null when unknown."),
                    optional("source_name_en", STRING, "Publication name in English; null when unknown."),
                    optional("source_as_printed", STRING, "Publication name exactly as the text prints it."),
                    optional("retrieved_from", STRING, "Key of the website the text was retrieved from, where it differs from the publication."),
                    required("date", STRING, "Publication date, ISO 8601 at the precision the text supports (YYYY, YYYY-MM, YYYY-MM-DD or with time and offset)."),
                    required("date_precision", STRING, "year, month, day, minute or second."),
                    required("date_basis", STRING, "'stated' (printed in the text) or 'inferred' (reasoned from it; see date_evidence)."),
                    optional("date_evidence", STRING, "Verbatim quote of the text that gives or implies the date.").distinctValues(),
                    required("year", INT32, "Year of publication."),
                    optional("published_on", DATE, "Day of publication; null when the date is coarser than a day."),
                    required("region_code", STRING, "GB/T 2260 code of the most specific division the article is about."),
                    required("region_name", STRING, "Official Chinese name of that division."),
                    required("region_level", STRING, "province, prefecture or county."),
                    required("province_code", STRING, "GB/T 2260 code of the province-level division."),
                    required("province_name", STRING, "Official Chinese name of the province-level division."),
                    required("province_name_en", STRING, "English name of the province-level division."),
                    required("iso_3166_2", STRING, "ISO 3166-2 code of the province-level division (e.g. CN-XJ)."),
                    required("script", STRING, "ISO 15924 script of the text: Hans or Hant."),
                    required("language", STRING, "BCP 47 language tag: zh-Hans or zh-Hant."),
                    required("genre", STRING, "interview, report, commentary, news or feature."),
                    required("interviewees", ColumnType.listOf(STRING), "Names of the people interviewed, as printed."),
                    required("reporters", ColumnType.listOf(STRING), "Reporters and correspondents credited, as printed."),
                    required("text", STRING, "The exact stored text (UTF-8, NFC, LF line endings), page furniture included.").distinctValues(),
                    required("text_sha256", STRING, "SHA-256 of the text's UTF-8 bytes, lowercase hex.").distinctValues(),
                    required("char_count", INT32, "Length of text in Unicode code points (Python len(text))."),
                    required("body", STRING, "The text without its boilerplate spans, lines trimmed, empty lines dropped;"
                            + " span offsets refer to text, not to body.").distinctValues(),
                    required("annotations", ColumnType.listOf(AnnotationsTable.SPAN),
                            "The article's spans (same fields as the annotations table), sorted by start."),
                    required("content_sha256", STRING, "SHA-256 over the SHA-256 digests of the article's text, sidecar"
                            + " and annotation files: changes whenever any of them does.").distinctValues()));

    private ArticlesTable() {
    }

    public static Row toRow(ReleaseArticle article) {
        Sidecar s = article.sidecar();
        Source source = article.source();
        boolean unknownSource = Source.UNKNOWN.equals(s.source());
        return Row.of(SCHEMA.columns(),
                s.id(),
                s.title(),
                s.titleIsPrinted() ? "printed" : "supplied",
                s.originalFilename(),
                s.source(),
                unknownSource ? null : source.nameZh(),
                unknownSource ? null : source.nameEn(),
                s.sourceAsPrinted(),
                s.retrievedFrom(),
                s.date(),
                s.datePrecision(),
                s.dateBasis(),
                s.dateEvidence(),
                article.date().year(),
                article.date().day(),
                article.region().code(),
                article.region().nameZh(),
                article.region().level().name().toLowerCase(java.util.Locale.ROOT),
                article.region().provinceCode(),
                article.region().provinceNameZh(),
                article.region().provinceNameEn(),
                article.region().iso3166_2(),
                s.script(),
                s.language(),
                s.genre(),
                s.interviewees().stream().map(Sidecar.Interviewee::name).toList(),
                s.reporters(),
                article.text(),
                sha256Hex(article.text().getBytes(StandardCharsets.UTF_8)),
                article.text().codePointCount(0, article.text().length()),
                Body.of(article),
                AnnotationsTable.sorted(article.annotations().spans()).stream().map(AnnotationsTable::spanStruct).toList(),
                article.contentSha256());
    }

    public static String sha256Hex(byte[] bytes) {
        return zhengfa.corpus.model.Sha256.hex(bytes);
    }
}
