package zhengfa.corpus.draft;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import zhengfa.corpus.model.Sha256;
import zhengfa.corpus.script.ScriptDetector;
import zhengfa.corpus.script.ScriptVerdict;

/**
 * The bytes of a page as obtained, and the one reading of them as Chinese text that the evidence
 * supports. ICU4J's {@link CharsetDetector} ranks the encodings; a candidate counts only if the bytes
 * decode under it without a single malformed sequence, and between close candidates the one whose
 * Han characters are clearly of one script wins (Big5 read as GBK, or the reverse, gives a jumble
 * of both scripts).
 */
public final class RawPage {

    /** The encodings a Chinese page comes in; anything else is not taken for text. */
    private static final Set<String> CHINESE_TEXT_ENCODINGS =
            Set.of("UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", "Big5");
    /** ICU confidences (0-100) closer than this are treated as a tie for the script check to break. */
    private static final int TIE = 15;
    /** Below this ICU confidence an encoding is not believed even if it is the only one left. */
    private static final int MIN_CONFIDENCE = 10;

    private static final int MIN_HAN = 10;

    private RawPage() {}

    /** The outcome of reading a raw page. */
    public sealed interface Reading permits Decoded, Rejected {}

    /**
     * @param encoding   the encoding the bytes were in, by its IANA name
     * @param confidence ICU's confidence, 0 to 100
     * @param hadBom     whether the bytes started with a byte order mark
     */
    public record Decoded(String text, String encoding, int confidence, boolean hadBom, String sha256)
            implements Reading {}

    /** Why the bytes are not taken for a text, and what to do. */
    public record Rejected(String problem, String fix) implements Reading {}

    public static Reading read(byte[] bytes, ScriptDetector scripts) {
        if (bytes.length == 0) {
            return new Rejected("the file is empty", "check that the page was saved completely");
        }
        String sha256 = sha256(bytes);
        Bom bom = Bom.of(bytes);
        String plain = bom != null
                ? strictDecode(bytes, bom.offset, Charset.forName(bom.encoding))
                : strictDecode(bytes, 0, StandardCharsets.UTF_8);
        if (plain != null && plain.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            return new Rejected(
                    "the file is empty: it holds " + (plain.isEmpty() ? "only a byte order mark" : "only white space"),
                    "check that the page was saved completely");
        }
        if (bom != null) {
            String text = strictDecode(bytes, bom.offset, Charset.forName(bom.encoding));
            if (text == null) {
                return new Rejected(
                        "the file starts with a " + bom.encoding + " byte order mark but is not valid " + bom.encoding,
                        "re-save the page as UTF-8");
            }
            return accept(text, bom.encoding, 100, true, sha256);
        }
        if (looksBinary(bytes)) {
            return new Rejected(
                    "the file is not text: it holds NUL bytes or other binary data",
                    "save the page's text (for example with a browser's \"Save as text\"), not the raw download");
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        List<Candidate> candidates = new ArrayList<>();
        for (CharsetMatch match : detector.detectAll()) {
            String name = match.getName();
            if (!CHINESE_TEXT_ENCODINGS.contains(name)
                    || match.getConfidence() < MIN_CONFIDENCE
                    || name.startsWith("UTF-16") && !name.equals(utf16WithoutBomEncoding(bytes))) {
                continue;
            }
            String text = strictDecode(bytes, 0, Charset.forName(name));
            if (text != null && plausible(text) && hanCount(text) >= MIN_HAN) {
                candidates.add(new Candidate(name, match.getConfidence(), text, scripts.detect(text)));
            }
        }
        // UTF-8 is decided by its own strict grammar: a text that decodes as UTF-8 is UTF-8.
        String utf8 = strictDecode(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null && plausible(utf8) && hanCount(utf8) >= MIN_HAN) {
            return accept(
                    utf8,
                    "UTF-8",
                    candidates.stream()
                            .filter(c -> c.encoding.equals("UTF-8"))
                            .mapToInt(Candidate::confidence)
                            .findFirst()
                            .orElse(100),
                    false,
                    sha256);
        }
        String utf16 = utf16WithoutBomEncoding(bytes);
        if (candidates.isEmpty() && utf16 != null) {
            return accept(strictDecode(bytes, 0, Charset.forName(utf16)), utf16, 50, false, sha256);
        }
        if (candidates.isEmpty() && utf8 != null && plausible(utf8)) {
            // the bytes read as UTF-8 text, only not as Chinese: the language is the problem, not the encoding
            return new Rejected(
                    "the file is UTF-8 text but not Chinese: it holds " + hanCount(utf8) + " Han characters, and an"
                            + " article has at least " + MIN_HAN,
                    "add pages of Chinese-language articles only; a page in another language is not part of the corpus");
        }
        if (candidates.isEmpty()) {
            return new Rejected(
                    "the encoding cannot be determined with confidence: the bytes are not UTF-8, UTF-16,"
                            + " GB18030 or Big5 Chinese text",
                    "convert the file to UTF-8 yourself (iconv -f <encoding> -t UTF-8)" + " and add it again");
        }
        Candidate best = candidates.get(0);
        for (Candidate other : candidates.subList(1, candidates.size())) {
            if (best.confidence - other.confidence < TIE && other.clearScript() && !best.clearScript()) {
                best = other;
            }
        }
        return accept(best.text, best.encoding, best.confidence, false, sha256);
    }

    private static Reading accept(String text, String encoding, int confidence, boolean hadBom, String sha256) {
        return new Decoded(text, encoding, confidence, hadBom, sha256);
    }

    private record Candidate(String encoding, int confidence, String text, ScriptVerdict verdict) {
        boolean clearScript() {
            return verdict instanceof ScriptVerdict.Clear;
        }
    }

    private record Bom(String encoding, int offset) {
        static Bom of(byte[] b) {
            if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
                return new Bom("UTF-8", 3);
            }
            if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
                return new Bom("UTF-16LE", 2);
            }
            if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
                return new Bom("UTF-16BE", 2);
            }
            return null;
        }
    }

    /**
     * NUL bytes never occur in 8-bit Chinese text. UTF-16 has them (in every ASCII character), so a
     * file with NULs is text only if it reads as UTF-16 that is mostly Han.
     */
    private static boolean looksBinary(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return utf16WithoutBomEncoding(bytes) == null;
            }
        }
        return false;
    }

    /** UTF-16LE or UTF-16BE, whichever decodes the bytes to mostly Han text; null if neither does. */
    private static String utf16WithoutBomEncoding(byte[] bytes) {
        // Without a zero byte there is no line break, digit or space in it: any 8-bit text, read two
        // bytes at a time, falls in the Han block, so only a file with zeros is taken for UTF-16.
        boolean hasZero = false;
        for (byte b : bytes) {
            hasZero |= b == 0;
        }
        if (!hasZero || bytes.length % 2 != 0) {
            return null;
        }
        for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            String text = strictDecode(bytes, 0, charset);
            if (text != null
                    && plausible(text)
                    && hanCount(text) * 2 > text.codePointCount(0, text.length()) - whitespace(text)) {
                return charset.name();
            }
        }
        return null;
    }

    /**
     * Text a person wrote: no control characters but line breaks and tabs (a few stray ones are
     * normalised away later), no unassigned or private-use code points. Binary data decoded under a
     * permissive encoding fails this.
     */
    private static boolean plausible(String text) {
        long odd = text.codePoints()
                .filter(cp -> {
                    int type = Character.getType(cp);
                    return type == Character.UNASSIGNED
                            || type == Character.PRIVATE_USE
                            || type == Character.SURROGATE
                            || type == Character.CONTROL && cp != '\n' && cp != '\r' && cp != '\t';
                })
                .count();
        return odd * 100 <= text.length();
    }

    private static int whitespace(String text) {
        return (int) text.codePoints().filter(Character::isWhitespace).count();
    }

    static String strictDecode(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static int hanCount(String text) {
        return (int) text.codePoints()
                .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                .count();
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(Sha256.of(bytes));
    }
}
