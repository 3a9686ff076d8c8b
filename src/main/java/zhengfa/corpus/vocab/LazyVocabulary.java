package zhengfa.corpus.vocab;

import java.nio.file.Path;

/**
 * A project's vocabulary, loaded the first time something asks for it. A cached re-validation
 * whose every article is unchanged needs none of it, and loading it (compiling the JSON Schemas,
 * reading the region codes) costs as much CPU as a sixth of such a run. Safe to share between
 * threads: the vocabulary is loaded once, and a failure to load it is reported to every caller.
 */
public final class LazyVocabulary {

    private final Path schemaDir;
    private volatile ProjectVocabulary loaded;
    private VocabularyException failure;

    private LazyVocabulary(Path schemaDir, ProjectVocabulary loaded) {
        this.schemaDir = schemaDir;
        this.loaded = loaded;
    }

    /** The vocabulary of a schema folder, which must exist now; its files are read on first use. */
    public static LazyVocabulary of(Path schemaDir) throws VocabularyException {
        return new LazyVocabulary(ProjectVocabulary.folder(schemaDir), null);
    }

    public static LazyVocabulary of(ProjectVocabulary vocabulary) {
        return new LazyVocabulary(vocabulary.schemaDir(), vocabulary);
    }

    /** The schema folder, absolute and normalised as {@link ProjectVocabulary#schemaDir()} names it. */
    public Path schemaDir() {
        return schemaDir;
    }

    public boolean isLoaded() {
        return loaded != null;
    }

    public ProjectVocabulary get() throws VocabularyException {
        ProjectVocabulary vocabulary = loaded;
        if (vocabulary != null) {
            return vocabulary;
        }
        synchronized (this) {
            if (loaded == null) {
                if (failure != null) {
                    throw new VocabularyException(failure.file(), failure.problem());
                }
                try {
                    loaded = ProjectVocabulary.load(schemaDir);
                } catch (VocabularyException e) {
                    failure = e;
                    throw e;
                }
            }
            return loaded;
        }
    }
}
