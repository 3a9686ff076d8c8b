package zhengfa.corpus.cli;

/** The documented exit codes of every command. */
public final class ExitCode {
    /** Success. */
    public static final int OK = 0;
    /** The corpus is invalid (every finding was printed); nothing was written. */
    public static final int INVALID = 1;
    /** The command line is wrong. */
    public static final int USAGE = 2;
    /** A file could not be read or written, the project's own schema files are broken, or another package run holds dist. */
    public static final int IO = 3;
    /** A release of this version already exists with different content; nothing was written. */
    public static final int RELEASE_EXISTS = 4;
    /** An internal error: a bug in zhengfa-corpus, reported in one line rather than a stack trace. */
    public static final int INTERNAL = 5;

    private ExitCode() {}
}
