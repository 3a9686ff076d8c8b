package zhengfa.corpus.cli;

/**
 * Fails a Maven build step with one sentence. It carries no stack trace on purpose: Maven prints
 * the message as the reason for BUILD FAILURE, and exec-maven-plugin logs the exception itself,
 * so frames would only bury the sentence (the findings were printed before it).
 */
public final class BuildStepFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BuildStepFailure(String reason) {
        super(reason, null, false, false);
    }
}
