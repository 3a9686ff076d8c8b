package zhengfa.corpus.json;

/**
 * Bounds on what the JSON reader accepts, so that a hostile or broken file cannot exhaust memory
 * or the stack. Enforced by Jackson's {@code StreamReadConstraints} and a size check before reading.
 *
 * @param maxFileBytes largest sidecar or annotation file read at all
 * @param maxNestingDepth deepest object/array nesting
 * @param maxStringLength longest string value, in chars
 */
public record JsonLimits(long maxFileBytes, int maxNestingDepth, int maxStringLength) implements java.io.Serializable {

    public static final JsonLimits DEFAULT = new JsonLimits(16L << 20, 64, 1 << 20);
}
