package zhengfa.corpus.finding;

import zhengfa.corpus.model.Annotations;
import zhengfa.corpus.model.Sidecar;

/**
 * What the rules see of one article: whatever could be read. A rule that needs a part that could
 * not be read (a text that is not UTF-8, a sidecar that broke the schema) skips the article; the
 * reason was already reported when reading.
 *
 * @param text the decoded text, or null
 * @param sidecar a typed view of the sidecar, or null when its fields could not be read at all;
 *     when the sidecar broke the schema, fields the schema requires may be null or out of range,
 *     so every rule checks the fields it uses
 * @param sidecarSchemaValid whether the sidecar passed the schema
 * @param annotationFile display path of the annotation file, or null when the article has none
 * @param annotations the spans that could be read (none when the file is absent or unreadable)
 * @param annotationsReadable false when an annotation file exists but is not valid JSON or breaks its schema
 * @param contentSha256 SHA-256 over the SHA-256 digests of the text, sidecar and annotation bytes
 *     (each digest as hex and a newline; an absent file adds an empty line)
 */
public record ArticleInput(
        String id,
        String textFile,
        String sidecarFile,
        String text,
        Sidecar sidecar,
        boolean sidecarSchemaValid,
        String annotationFile,
        Annotations annotations,
        boolean annotationsReadable,
        String contentSha256) {

    public boolean hasText() {
        return text != null;
    }

    public boolean hasAnnotationFile() {
        return annotationFile != null;
    }

    public boolean hasSidecar() {
        return sidecar != null;
    }
}
