package zhengfa.corpus.vocab;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A vocabulary or schema file of the project itself is missing or broken. It is an
 * {@link java.io.IOException} because, to a run, it is a project file that cannot be read as what it
 * should be (exit code 3), and because a vocabulary loaded on first use fails inside a validation run.
 */
public final class VocabularyException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String problem;

    public VocabularyException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** What is wrong with {@link #file()}. */
    public String problem() {
        return problem;
    }
}
