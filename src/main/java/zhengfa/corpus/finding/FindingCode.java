package zhengfa.corpus.finding;

/**
 * The stable catalogue of finding codes. Codes are part of the tool's interface: reports,
 * tests and CI annotations refer to them, so a code is never renamed or reused.
 */
public enum FindingCode {
    // The corpus folder as a whole
    CORPUS_NOT_FOUND(Severity.ERROR, "The corpus folder does not exist or is not a folder"),
    CORPUS_EMPTY(Severity.ERROR, "The corpus holds no article"),
    CORPUS_BAD_FILE_NAME(
            Severity.ERROR, "A file name is not <id>.txt / <id>.meta.json / <id>.ann.json with a valid id"),
    CORPUS_UNEXPECTED_ENTRY(Severity.ERROR, "Something other than an article file is in the corpus folder"),
    CORPUS_SYMLINK_ESCAPE(Severity.ERROR, "A symbolic link points outside the corpus folder"),
    CORPUS_MISSING_SIDECAR(Severity.ERROR, "A text has no sidecar"),
    CORPUS_ORPHAN_SIDECAR(Severity.ERROR, "A sidecar has no text"),
    CORPUS_ORPHAN_ANNOTATIONS(Severity.ERROR, "An annotation file has no text"),
    CORPUS_DUPLICATE_ID(Severity.ERROR, "Two sidecars declare the same id"),
    CORPUS_DUPLICATE_TEXT(Severity.ERROR, "Two articles have byte-identical texts"),
    CORPUS_CROSS_SCRIPT_DUPLICATE(
            Severity.ERROR, "Two articles have the same text in Simplified and Traditional script"),
    CORPUS_UNREADABLE_FILE(Severity.ERROR, "A file cannot be read"),
    CORPUS_FILE_TOO_LARGE(Severity.ERROR, "A file is larger than the configured limit"),

    // Texts
    TEXT_NOT_UTF8(Severity.ERROR, "The text is not valid UTF-8"),
    TEXT_BOM(Severity.ERROR, "The text starts with a byte order mark"),
    TEXT_CR_LINE_ENDING(Severity.ERROR, "The text has CR or CRLF line endings"),
    TEXT_CONTROL_CHARACTER(Severity.ERROR, "The text contains a control character"),
    TEXT_NOT_NFC(Severity.ERROR, "The text is not in Unicode Normalization Form C"),
    TEXT_EMPTY(Severity.ERROR, "The text is empty or only white space"),
    TEXT_SCRIPT_MISMATCH(Severity.ERROR, "The declared script differs from the script of the text"),
    TEXT_SCRIPT_MIXED(Severity.ERROR, "The text mixes Simplified and Traditional characters"),
    TEXT_SCRIPT_UNDETERMINED(
            Severity.WARNING, "The text has too few script-specific Han characters to check its script"),
    TEXT_NOT_CHINESE(Severity.ERROR, "The text is Japanese, Korean or mostly another language, not Chinese"),

    // Sidecars
    SIDECAR_MALFORMED_JSON(Severity.ERROR, "The sidecar is not well-formed JSON"),
    SIDECAR_DUPLICATE_KEY(Severity.ERROR, "The sidecar has a key twice in one object"),
    SIDECAR_TOO_LARGE(Severity.ERROR, "The sidecar exceeds a size, depth or string-length limit"),
    SIDECAR_MISSING_FIELD(Severity.ERROR, "A required sidecar field is missing"),
    SIDECAR_UNKNOWN_FIELD(Severity.ERROR, "The sidecar has a field the schema does not define"),
    SIDECAR_WRONG_TYPE(Severity.ERROR, "A sidecar field has the wrong JSON type"),
    SIDECAR_VALUE_NOT_ALLOWED(Severity.ERROR, "A sidecar field has a value outside its vocabulary"),
    SIDECAR_PATTERN_MISMATCH(Severity.ERROR, "A sidecar value does not have the required form"),
    SIDECAR_SCHEMA_VIOLATION(Severity.ERROR, "The sidecar breaks another rule of the schema"),
    SIDECAR_ID_MISMATCH(Severity.ERROR, "The sidecar id is not the file stem"),
    SIDECAR_DATE_INVALID(Severity.ERROR, "The date is not a real calendar date or time"),
    SIDECAR_DATE_PRECISION_MISMATCH(Severity.ERROR, "The date's form contradicts date_precision"),
    SIDECAR_DATE_IN_FUTURE(Severity.ERROR, "The date is after the release date"),
    SIDECAR_DATE_EVIDENCE_NOT_IN_TEXT(Severity.ERROR, "date_evidence is not a verbatim quote of the text"),
    SIDECAR_TITLE_NOT_IN_TEXT(Severity.ERROR, "A printed title does not occur in the text"),
    SIDECAR_NAME_NOT_IN_TEXT(
            Severity.ERROR, "A name the sidecar says is printed (a person, the source) does not occur in the text"),
    SIDECAR_DATE_CONTRADICTS_EVIDENCE(Severity.ERROR, "A stated date differs from the date its evidence prints"),
    SIDECAR_DATE_NOT_IN_URL(
            Severity.ERROR, "A date taken from the page's address (date_basis url) is not what the address carries"),
    SIDECAR_REGION_NOT_IN_TEXT(Severity.WARNING, "No place of the region, or above or below it, is named in the text"),
    SIDECAR_UNKNOWN_REGION(Severity.ERROR, "The region code is not a GB/T 2260 division"),
    SIDECAR_ISO_MISMATCH(Severity.ERROR, "The ISO 3166-2 code is not that of the region's province"),
    SIDECAR_UNKNOWN_SOURCE(Severity.ERROR, "The source key is not in the source registry"),
    SIDECAR_SOURCE_NOTE_STALE(
            Severity.WARNING,
            "The source note add wrote says the registry lacks the source, which the sidecar now names by its key"),
    SIDECAR_DRAFT(Severity.ERROR, "The sidecar was drafted by add and is not yet reviewed"),
    SIDECAR_LANGUAGE_SCRIPT_MISMATCH(Severity.ERROR, "The language tag's script differs from script"),

    // Annotation files as JSON documents
    ANNOTATION_MALFORMED_JSON(Severity.ERROR, "The annotation file is not well-formed JSON"),
    ANNOTATION_DUPLICATE_KEY(Severity.ERROR, "The annotation file has a key twice in one object"),
    ANNOTATION_TOO_LARGE(Severity.ERROR, "The annotation file exceeds a size, depth or string-length limit"),
    ANNOTATION_MISSING_FIELD(Severity.ERROR, "A required field of the annotation file is missing"),
    ANNOTATION_UNKNOWN_FIELD(Severity.ERROR, "The annotation file has a field the schema does not define"),
    ANNOTATION_WRONG_TYPE(Severity.ERROR, "A field of the annotation file has the wrong JSON type"),
    ANNOTATION_VALUE_NOT_ALLOWED(Severity.ERROR, "A field of the annotation file has a value outside its vocabulary"),
    ANNOTATION_PATTERN_MISMATCH(Severity.ERROR, "A value of the annotation file does not have the required form"),
    ANNOTATION_SCHEMA_VIOLATION(Severity.ERROR, "The annotation file breaks another rule of the schema"),
    ANNOTATION_ARTICLE_ID_MISMATCH(Severity.ERROR, "article_id is not the file stem"),

    // Spans
    SPAN_DUPLICATE_ID(Severity.ERROR, "Two spans of one article share an id"),
    SPAN_DUPLICATE(Severity.ERROR, "Two spans of one article have the same layer, label, start and end"),
    SPAN_EMPTY_OR_REVERSED(Severity.ERROR, "A span's start is not before its end"),
    SPAN_EDGE_WHITESPACE(Severity.WARNING, "A span starts or ends with a space or line break"),
    SPAN_SPEAKER_NOT_PRINTED(Severity.WARNING, "A turn does not begin with the speaker it names"),
    SPAN_OUT_OF_BOUNDS(Severity.ERROR, "A span ends beyond the text"),
    SPAN_UTF16_OFFSETS(Severity.ERROR, "A span's offsets are UTF-16 code units, not code points"),
    SPAN_UTF8_OFFSETS(Severity.ERROR, "A span's offsets are UTF-8 bytes, not code points"),
    SPAN_TEXT_MISMATCH(Severity.ERROR, "A span's text is not the text its offsets cover"),
    SPAN_UNKNOWN_LAYER(Severity.ERROR, "A span's layer is not in schema/labels.json"),
    SPAN_UNKNOWN_LABEL(Severity.ERROR, "A span's label is not a label of its layer"),
    SPAN_UNKNOWN_ATTRIBUTE(Severity.ERROR, "A span has an attribute its label does not allow"),
    SPAN_MISSING_ATTRIBUTE(Severity.ERROR, "A span lacks an attribute its label requires"),
    SPAN_ATTRIBUTE_NOT_ALLOWED(Severity.ERROR, "A span attribute has a value outside its vocabulary"),
    SPAN_FORBIDDEN_OVERLAP(Severity.ERROR, "Two spans of a layer overlap in a way the layer forbids"),
    TEXT_ONLY_BOILERPLATE(Severity.ERROR, "Every non-space character of the text is marked as boilerplate"),

    // A cut release, as verify re-reads it (and package compares it with an existing one)
    RELEASE_NOT_A_RELEASE(Severity.ERROR, "The folder is not a release: it has no SHA256SUMS"),
    RELEASE_SUMS_MALFORMED(Severity.ERROR, "A line of SHA256SUMS is not a checksum and a file name"),
    RELEASE_FILE_MISSING(Severity.ERROR, "A file of the release is missing"),
    RELEASE_FILE_UNLISTED(Severity.ERROR, "A file in the release folder is not listed in SHA256SUMS"),
    RELEASE_CHECKSUM_MISMATCH(Severity.ERROR, "A file of the release does not match its checksum"),
    RELEASE_DESCRIPTOR_MISMATCH(
            Severity.ERROR,
            "The manifest, datapackage.json, croissant.json or the card describe other files, or another version or date"),
    RELEASE_ID_MISMATCH(Severity.ERROR, "The release id printed is not the one its articles make"),
    RELEASE_FILE_UNREADABLE(Severity.ERROR, "A file of the release cannot be read in its format"),
    RELEASE_UNKNOWN_TABLE(Severity.ERROR, "The manifest lists a table the tool does not know"),
    RELEASE_SCHEMA_MISMATCH(Severity.ERROR, "A data file's columns or types are not the declared ones"),
    RELEASE_ROW_COUNT_MISMATCH(Severity.ERROR, "A data file has another number of rows than the manifest says"),
    RELEASE_VALUE_MISMATCH(Severity.ERROR, "A data file holds other values than the JSON Lines file of the same table"),
    RELEASE_SPAN_MISMATCH(Severity.ERROR, "A span of the release does not slice its article's text"),
    RELEASE_CORPUS_MISMATCH(Severity.ERROR, "The release does not hold the corpus it is verified against"),
    RELEASE_NOT_REPRODUCED(Severity.ERROR, "A re-cut of the corpus the release is verified against gives other files"),
    RELEASE_PARTLY_REPRODUCED(
            Severity.WARNING, "The files comparing with an earlier release could not be reproduced without it"),
    RELEASE_CONFLICT(Severity.ERROR, "A release of this version exists with other content");

    private final Severity severity;
    private final String title;

    FindingCode(Severity severity, String title) {
        this.severity = severity;
        this.title = title;
    }

    public Severity severity() {
        return severity;
    }

    public String title() {
        return title;
    }
}
