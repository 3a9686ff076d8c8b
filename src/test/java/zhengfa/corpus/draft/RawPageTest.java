package zhengfa.corpus.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import zhengfa.corpus.CorpusFixture;
import zhengfa.corpus.script.ScriptDetector;

class RawPageTest {

    private final ScriptDetector scripts = new ScriptDetector();

    private static String seed(String id) throws IOException {
        return Files.readString(CorpusFixture.seedCorpus().resolve(id + ".txt"));
    }

    private RawPage.Decoded decoded(byte[] bytes) {
        return assertInstanceOf(RawPage.Decoded.class, RawPage.read(bytes, scripts));
    }

    @Test
    void readsGb18030AndBig5AndSaysWhich() throws IOException {
        String simplified = seed(CorpusFixture.SHANGHAI);
        RawPage.Decoded gb = decoded(simplified.getBytes(Charset.forName("GB18030")));
        assertEquals("GB18030", gb.encoding());
        assertEquals(simplified, gb.text());

        String traditional = seed(CorpusFixture.XINJIANG);
        RawPage.Decoded big5 = decoded(traditional.getBytes(Charset.forName("Big5")));
        assertEquals("Big5", big5.encoding());
        assertEquals(traditional, big5.text());
    }

    @Test
    void readsUtf8WithAndWithoutBomAndUtf16() throws IOException {
        String text = seed(CorpusFixture.LESHAN);
        RawPage.Decoded plain = decoded(text.getBytes(StandardCharsets.UTF_8));
        assertEquals("UTF-8", plain.encoding());
        assertEquals(text, plain.text());

        byte[] bom = HexFormat.of().parseHex("efbbbf");
        byte[] withBom = concat(bom, text.getBytes(StandardCharsets.UTF_8));
        RawPage.Decoded utf8Bom = decoded(withBom);
        assertTrue(utf8Bom.hadBom());
        assertEquals(text, utf8Bom.text(), "the BOM is not part of the text");

        RawPage.Decoded utf16 = decoded(text.getBytes(StandardCharsets.UTF_16));
        assertEquals("UTF-16BE", utf16.encoding());
        assertEquals(text, utf16.text());

        RawPage.Decoded utf16le = decoded(text.getBytes(StandardCharsets.UTF_16LE));
        assertEquals("UTF-16LE", utf16le.encoding());
        assertEquals(text, utf16le.text());
    }

    @Test
    void theDigestIsOfTheBytesAsObtained() throws IOException {
        byte[] bytes = seed(CorpusFixture.SHANGHAI).getBytes(Charset.forName("GB18030"));
        assertEquals(
                HexFormat.of().formatHex(zhengfa.corpus.model.Sha256.of(bytes)),
                decoded(bytes).sha256());
    }

    @Test
    void rejectsWhatIsNotChineseText() {
        assertEquals(
                "the file is empty",
                assertInstanceOf(RawPage.Rejected.class, RawPage.read(new byte[0], scripts))
                        .problem());
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 7);
        }
        assertTrue(assertInstanceOf(RawPage.Rejected.class, RawPage.read(binary, scripts))
                .problem()
                .contains("not text"));
        byte[] english =
                "Just an English page, with no Chinese at all.\n".repeat(20).getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(assertInstanceOf(RawPage.Rejected.class, RawPage.read(english, scripts))
                .problem()
                .contains("UTF-8 text but not Chinese: it holds 0 Han characters"));
        byte[] latin1 = "Un café à Paris, rien de chinois ici.\n".repeat(20).getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(
                assertInstanceOf(RawPage.Rejected.class, RawPage.read(latin1, scripts))
                        .problem()
                        .contains("cannot be determined with confidence"),
                "bytes that are not UTF-8 at all");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
