package zhengfa.corpus.text;

/** The outcome of decoding a text file's bytes. */
public sealed interface DecodedText {

    /** The bytes are UTF-8; {@code text} is exactly what they encode (a BOM, if any, included). */
    record Utf8(String text) implements DecodedText {}

    /**
     * The bytes are not UTF-8.
     *
     * @param byteOffset offset of the first byte that is not part of a UTF-8 sequence
     * @param likelyEncoding what the bytes do decode as, if anything usual ("GB18030", "UTF-16LE", …), or null
     */
    record NotUtf8(long byteOffset, long line, long column, String likelyEncoding) implements DecodedText {}
}
