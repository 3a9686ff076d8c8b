package zhengfa.corpus.validation;

import com.fasterxml.jackson.databind.JsonNode;
import zhengfa.corpus.model.Sidecar;

/**
 * What the rules see of one article: whatever could be read. A rule that needs a part that could
 * not be read (a text that is not UTF-8, a sidecar that broke the schema) skips the article; the
 * reason was already reported when reading.
 *
 * @param text the decoded text, or null
 * @param sidecarJson the parsed sidecar, or null
 * @param sidecar a typed view of the sidecar, or null when its fields could not be read at all;
 *     when the sidecar broke the schema, fields the schema requires may be null or out of range,
 *     so every rule checks the fields it uses
 * @param sidecarSchemaValid whether the sidecar passed the schema
 */
public record ArticleInput(String id, String textFile, String sidecarFile, String text,
                           JsonNode sidecarJson, Sidecar sidecar, boolean sidecarSchemaValid) {

    public boolean hasText() {
        return text != null;
    }

    public boolean hasSidecar() {
        return sidecar != null;
    }
}
