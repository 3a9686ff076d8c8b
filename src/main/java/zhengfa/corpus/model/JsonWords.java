package zhengfa.corpus.model;

import java.util.function.Function;

/** Reading a sidecar's closed vocabularies: the schema's word gives its enum, anything else null. */
final class JsonWords {

    private JsonWords() {}

    /**
     * The value whose word this is, or null for anything else (another word, a number, a list): the
     * schema reports those, and the rules that read the field leave them to it.
     */
    static <E extends Enum<E>> E read(E[] values, Function<E, String> word, Object json) {
        for (E value : values) {
            if (word.apply(value).equals(json)) {
                return value;
            }
        }
        return null;
    }
}
