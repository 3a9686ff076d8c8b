package zhengfa.corpus.finding;

/**
 * Where in a file a finding points. Sidecars and annotation files are located by JSON Pointer
 * (RFC 6901), texts by line and column (1-based, columns counted in Unicode code points) or,
 * when the bytes are not text at all, by byte offset.
 */
public sealed interface Location extends java.io.Serializable {

    /** The form used after the file name in reports: {@code file:12:5}, {@code file#/date}. */
    String render();

    record WholeFile() implements Location {
        @Override
        public String render() {
            return "";
        }
    }

    record JsonPointer(String pointer) implements Location {
        public static JsonPointer root() {
            return new JsonPointer("");
        }

        public static JsonPointer of(String... tokens) {
            StringBuilder sb = new StringBuilder();
            for (String token : tokens) {
                sb.append('/').append(token.replace("~", "~0").replace("/", "~1"));
            }
            return new JsonPointer(sb.toString());
        }

        @Override
        public String render() {
            return "#" + pointer;
        }
    }

    record LineColumn(long line, long column) implements Location {
        @Override
        public String render() {
            return ":" + line + ":" + column;
        }
    }

    record ByteOffset(long offset) implements Location {
        @Override
        public String render() {
            return "@byte " + offset;
        }
    }
}
