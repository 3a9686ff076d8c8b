package zhengfa.corpus.finding;

/**
 * The finding codes for one kind of JSON document, so the reader and the schema validator report
 * a broken sidecar and a broken annotation file each in their own words.
 */
public record DocumentCodes(
        FindingCode malformed,
        FindingCode duplicateKey,
        FindingCode tooLarge,
        FindingCode missingField,
        FindingCode unknownField,
        FindingCode wrongType,
        FindingCode valueNotAllowed,
        FindingCode patternMismatch,
        FindingCode otherViolation) {

    public static final DocumentCodes SIDECAR = new DocumentCodes(
            FindingCode.SIDECAR_MALFORMED_JSON,
            FindingCode.SIDECAR_DUPLICATE_KEY,
            FindingCode.SIDECAR_TOO_LARGE,
            FindingCode.SIDECAR_MISSING_FIELD,
            FindingCode.SIDECAR_UNKNOWN_FIELD,
            FindingCode.SIDECAR_WRONG_TYPE,
            FindingCode.SIDECAR_VALUE_NOT_ALLOWED,
            FindingCode.SIDECAR_PATTERN_MISMATCH,
            FindingCode.SIDECAR_SCHEMA_VIOLATION);

    public static final DocumentCodes ANNOTATIONS = new DocumentCodes(
            FindingCode.ANNOTATION_MALFORMED_JSON,
            FindingCode.ANNOTATION_DUPLICATE_KEY,
            FindingCode.ANNOTATION_TOO_LARGE,
            FindingCode.ANNOTATION_MISSING_FIELD,
            FindingCode.ANNOTATION_UNKNOWN_FIELD,
            FindingCode.ANNOTATION_WRONG_TYPE,
            FindingCode.ANNOTATION_VALUE_NOT_ALLOWED,
            FindingCode.ANNOTATION_PATTERN_MISMATCH,
            FindingCode.ANNOTATION_SCHEMA_VIOLATION);
}
