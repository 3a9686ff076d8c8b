package zhengfa.corpus.corpus;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a corpus folder is laid out: each article is {@code <id>.txt} with its sidecar
 * {@code <id>.meta.json} and, optionally, its stand-off annotations {@code <id>.ann.json}, all
 * directly in the folder.
 */
public final class CorpusLayout {

    public static final String TEXT_SUFFIX = ".txt";
    public static final String SIDECAR_SUFFIX = ".meta.json";
    public static final String ANNOTATIONS_SUFFIX = ".ann.json";
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final int MAX_ID_LENGTH = 80;

    /** Files a curator may keep in the corpus folder that are not articles. */
    private static final Set<String> ALLOWED_OTHER = Set.of("README.md", ".gitkeep");

    private final Path root;
    private final Path displayRoot;

    public CorpusLayout(Path corpusDir) {
        this.root = corpusDir.toAbsolutePath().normalize();
        Path parent = root.getParent();
        this.displayRoot = parent == null ? root : parent;
    }

    /**
     * The layout of a corpus folder kept on another file system (HDFS, object storage), for naming
     * its files in reports as a local run does: {@code <folderName>/<id>.txt}.
     */
    public static CorpusLayout named(String folderName) {
        return new CorpusLayout(Path.of("/", folderName));
    }

    public Path root() {
        return root;
    }

    /** The path as a curator reads it in a report: {@code corpus/<file>}, forward slashes. */
    public String display(Path file) {
        return displayRoot
                .relativize(file.toAbsolutePath().normalize())
                .toString()
                .replace('\\', '/');
    }

    public enum Kind {
        TEXT,
        SIDECAR,
        ANNOTATIONS
    }

    /** A file name split into the article id and the kind of file it is. */
    public record Name(String stem, Kind kind) {}

    public static Optional<Name> parse(String fileName) {
        if (fileName.endsWith(ANNOTATIONS_SUFFIX)) {
            return Optional.of(
                    new Name(fileName.substring(0, fileName.length() - ANNOTATIONS_SUFFIX.length()), Kind.ANNOTATIONS));
        }
        if (fileName.endsWith(SIDECAR_SUFFIX)) {
            return Optional.of(
                    new Name(fileName.substring(0, fileName.length() - SIDECAR_SUFFIX.length()), Kind.SIDECAR));
        }
        if (fileName.endsWith(TEXT_SUFFIX)) {
            return Optional.of(new Name(fileName.substring(0, fileName.length() - TEXT_SUFFIX.length()), Kind.TEXT));
        }
        return Optional.empty();
    }

    public static boolean isValidId(String id) {
        return id.length() <= MAX_ID_LENGTH && ID.matcher(id).matches();
    }

    /** Device names Windows reserves: con.txt cannot be created or checked out there. */
    private static final Pattern RESERVED = Pattern.compile("con|prn|aux|nul|com[0-9]|lpt[0-9]");

    /** Whether an id is a file name Windows reserves (con, nul, aux, com1…), which a clone on Windows cannot hold. */
    public static boolean isReservedName(String id) {
        return RESERVED.matcher(id).matches();
    }

    public static boolean isAllowedOther(String fileName) {
        return ALLOWED_OTHER.contains(fileName);
    }
}
