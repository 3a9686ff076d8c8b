package zhengfa.corpus.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The release the build cut from the seed fixture just before the integration tests
 * (execution {@code cut-test-release}, into target/it-dist/): what the readers read. Not the
 * release of corpus/, whose content is the curators' and may change at any time.
 */
final class ReleaseDirectory {

    private ReleaseDirectory() {}

    static Path get() {
        Path release = Path.of(System.getProperty("zhengfa.release", "dist/zhengfa-corpus-0.1.0"))
                .toAbsolutePath();
        assertTrue(Files.isDirectory(release), "no release at " + release + "; run mvn verify, which cuts it first");
        return release;
    }

    static Path cliJar() {
        Path jar = Path.of(System.getProperty("zhengfa.cli.jar", "target/zhengfa-corpus-0.2.0-cli.jar"))
                .toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "no CLI jar at " + jar);
        return jar;
    }
}
