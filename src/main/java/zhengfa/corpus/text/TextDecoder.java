package zhengfa.corpus.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that says where decoding failed and what the bytes probably are. */
public final class TextDecoder {

    public DecodedText decode(byte[] bytes) {
        CharsetDecoder decoder = strict(StandardCharsets.UTF_8);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            out.flip();
            String before = out.toString();
            long line = 1 + before.chars().filter(c -> c == '\n').count();
            int lastNewline = before.lastIndexOf('\n');
            long column = 1L + before.codePointCount(lastNewline + 1, before.length());
            return new DecodedText.NotUtf8(offset, line, column, guessEncoding(bytes));
        }
        out.flip();
        return new DecodedText.Utf8(out.toString());
    }

    /** UTF-16 is recognised by its BOM or by NUL bytes in alternate positions; otherwise GB18030 is tried. */
    static String guessEncoding(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            return "UTF-16LE";
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            return "UTF-16BE";
        }
        int evenNul = 0;
        int oddNul = 0;
        int sample = Math.min(bytes.length, 4096);
        for (int i = 0; i < sample; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    evenNul++;
                } else {
                    oddNul++;
                }
            }
        }
        if (sample >= 4 && oddNul > sample / 8 && evenNul == 0) {
            return "UTF-16LE";
        }
        if (sample >= 4 && evenNul > sample / 8 && oddNul == 0) {
            return "UTF-16BE";
        }
        try {
            strict(Charset.forName("GB18030")).decode(ByteBuffer.wrap(bytes));
            return "GB18030";
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
