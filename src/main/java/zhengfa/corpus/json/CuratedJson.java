package zhengfa.corpus.json;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/** JSON as curators write it in corpus/ and schema/: two-space indents, {@code "key": value}. */
public final class CuratedJson {

    private CuratedJson() {}

    public static ObjectWriter writer() {
        return new ObjectMapper()
                .writer(new DefaultPrettyPrinter()
                        .withSeparators(Separators.createDefaultInstance()
                                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                        .withObjectIndenter(new DefaultIndenter("  ", "\n")));
    }
}
