package zhengfa.corpus.draft;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import zhengfa.corpus.model.Sha256;

/**
 * The retrieved texts of the labelled pages the model trainers learn from: the pages of the half
 * asked for that are to be accepted, retrieved, and the very text the label was made on (another
 * text's line numbers may not hold). Each page left out is named in {@code problems}.
 */
final class LabelledPageTexts {

    /** @param url the page's address, or null where the label has none */
    record Text(JsonNode label, String page, byte[] bytes, String url) {}

    private LabelledPageTexts() {}

    static List<Text> of(Path pages, List<JsonNode> labels, Set<String> only, List<String> problems)
            throws IOException {
        List<Text> texts = new ArrayList<>();
        for (JsonNode label : labels) {
            String page = label.get("page").asText();
            if (!only.contains(page) || !label.path("accept").asBoolean(true)) {
                continue;
            }
            Path file = pages.resolve(page + ".txt");
            if (!Files.isRegularFile(file)) {
                problems.add(page + ": not retrieved; left out");
                continue;
            }
            byte[] bytes = Files.readAllBytes(file);
            if (!HexFormat.of()
                    .formatHex(Sha256.of(bytes))
                    .equals(label.path("text_sha256").asText())) {
                problems.add(page
                        + ": the text differs from the labelled one; left out, since its line numbers may not hold");
                continue;
            }
            String url = label.path("url").asText("none");
            texts.add(new Text(label, page, bytes, url.equals("none") ? null : url));
        }
        return texts;
    }
}
