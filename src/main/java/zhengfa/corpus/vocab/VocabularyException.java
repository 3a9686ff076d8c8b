package zhengfa.corpus.vocab;

import java.nio.file.Path;

/** A vocabulary or schema file of the project itself is missing or broken. */
public final class VocabularyException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public VocabularyException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
