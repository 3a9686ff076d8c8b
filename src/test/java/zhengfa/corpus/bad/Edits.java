package zhengfa.corpus.bad;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import zhengfa.corpus.finding.Edit;

/**
 * Applies a finding's edit to its file, as an editor or a script reading the JSON report would: the
 * reader of what {@link Edit} writes.
 */
final class Edits {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Edits() {}

    static void apply(Edit edit, Path file) throws IOException {
        if (edit instanceof Edit.JsonChanges changes) {
            JsonNode root = MAPPER.readTree(file.toFile());
            for (Edit.JsonChanges.Change change : changes.changes()) {
                change(root, JsonPointer.compile(change.pointer()), change.json());
            }
            MAPPER.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
        } else if (edit instanceof Edit.TextTransform transform) {
            byte[] bytes = Files.readAllBytes(file);
            Files.write(
                    file,
                    switch (transform.transformation()) {
                        case STRIP_BYTE_ORDER_MARK ->
                            startsWithBom(bytes) ? Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
                        case LF_LINE_ENDINGS ->
                            text(bytes)
                                    .replace("\r\n", "\n")
                                    .replace('\r', '\n')
                                    .getBytes(StandardCharsets.UTF_8);
                        case NFC ->
                            Normalizer.normalize(text(bytes), Normalizer.Form.NFC)
                                    .getBytes(StandardCharsets.UTF_8);
                    });
        }
    }

    private static void change(JsonNode root, JsonPointer pointer, String json) throws IOException {
        JsonNode parent = root.at(pointer.head());
        String last = pointer.last().getMatchingProperty();
        JsonNode value = json == null ? null : MAPPER.readTree(json);
        if (parent instanceof ObjectNode object) {
            if (value == null) {
                object.remove(last);
            } else {
                object.set(last, value);
            }
        } else if (parent instanceof ArrayNode array) {
            int index = Integer.parseInt(last);
            if (value == null) {
                array.remove(index);
            } else {
                array.set(index, value);
            }
        } else {
            throw new IllegalArgumentException("the edit's pointer " + pointer + " names nothing in the file");
        }
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && Arrays.equals(Arrays.copyOf(bytes, 3), BOM);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
