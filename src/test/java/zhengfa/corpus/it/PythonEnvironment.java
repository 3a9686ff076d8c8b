package zhengfa.corpus.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import zhengfa.corpus.cli.BuildStepFailure;
import zhengfa.corpus.dataset.FileTree;

/**
 * The Python readers' virtual environment. {@code mvn verify} runs {@link #main} before the
 * integration tests: it makes target/python with the machine's python3 and installs the pinned
 * src/test/python/requirements.txt into it (never anything global), and reuses it while that file
 * and the python3 are unchanged. The tests then run {@link #python()}.
 */
public final class PythonEnvironment {

    /** pandas 3 and the wheels pinned in requirements.txt need this Python or later. */
    private static final int MINIMUM_MINOR = 11;

    private static final String STAMP = "requirements.sha256";
    private static final long INSTALL_MINUTES = 20;
    /**
     * The pinned packages published only as source: pip may build these (pyspark's build just packs
     * its jars), every other one must be a wheel, so nothing is compiled on the machine.
     */
    private static final String SOURCE_ONLY = "pyspark,jsonpath-rw";

    private PythonEnvironment() {}

    /** The environment's interpreter, as Maven passed it to the integration tests. */
    static Path python() {
        Path python = Path.of(System.getProperty("zhengfa.python", "target/python/bin/python"))
                .toAbsolutePath();
        assertTrue(
                Files.isExecutable(python),
                "no Python environment at " + python
                        + "; run the tests through mvn verify, which makes it from src/test/python/requirements.txt");
        return python;
    }

    /** Arguments: the requirements file, the environment's folder. */
    public static void main(String[] args) throws IOException, InterruptedException {
        Path requirements = Path.of(args[0]).toAbsolutePath();
        Path venv = Path.of(args[1]).toAbsolutePath();
        String python3 = onPath("python3");
        if (python3 == null) {
            throw new BuildStepFailure(
                    "mvn verify needs python3 (3." + MINIMUM_MINOR + " or later) on the PATH for its"
                            + " Python reader tests, and there is none: install it (Debian: apt-get install python3 python3-venv)");
        }
        String version = output(List.of(python3, "-c", "import sys; print('%d.%d.%d' % sys.version_info[:3])"))
                .strip();
        String[] parts = version.split("\\.");
        if (parts.length < 2 || Integer.parseInt(parts[0]) != 3 || Integer.parseInt(parts[1]) < MINIMUM_MINOR) {
            throw new BuildStepFailure("mvn verify needs python3 3." + MINIMUM_MINOR
                    + " or later for its Python reader tests;" + " " + python3 + " is " + version);
        }
        String stamp = sha256(Files.readAllBytes(requirements)) + " python " + version + "\n";
        Path python = venv.resolve("bin/python");
        Path stampFile = venv.resolve(STAMP);
        if (Files.isExecutable(python)
                && Files.isRegularFile(stampFile)
                && Files.readString(stampFile).equals(stamp)) {
            System.out.println(
                    "Python readers: reusing " + venv + " (requirements and python " + version + " unchanged)");
            return;
        }
        long started = System.nanoTime();
        FileTree.deleteRecursively(venv);
        Path log = venv.resolveSibling(venv.getFileName() + "-install.log");
        Files.deleteIfExists(log);
        run(
                List.of(python3, "-m", "venv", venv.toString()),
                log,
                python3 + " could not make a virtual environment (Debian: apt-get install python3-venv)");
        run(
                List.of(
                        python.toString(),
                        "-m",
                        "pip",
                        "install",
                        "--no-input",
                        "--disable-pip-version-check",
                        "--require-hashes",
                        "--only-binary=:all:",
                        "--no-binary=" + SOURCE_ONLY,
                        "-r",
                        requirements.toString()),
                log,
                "pip could not install " + requirements.getFileName() + " into " + venv);
        Files.writeString(stampFile, stamp);
        System.out.printf(
                "Python readers: made %s with python %s from %s in %.0f s%n",
                venv, version, requirements.getFileName(), (System.nanoTime() - started) / 1e9);
    }

    private static String onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, command);
            if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    private static String output(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new BuildStepFailure(String.join(" ", command) + " failed: " + output.strip());
        }
        return output;
    }

    /** Runs a command with its output appended to the log; on failure, shows the log's end and stops the build. */
    private static void run(List<String> command, Path log, String failure) throws IOException, InterruptedException {
        Files.writeString(
                log,
                "$ " + String.join(" ", command) + "\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        boolean finished = process.waitFor(INSTALL_MINUTES, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        if (!finished || process.exitValue() != 0) {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            List<String> tail = new ArrayList<>(lines.subList(Math.max(0, lines.size() - 25), lines.size()));
            tail.forEach(System.err::println);
            throw new BuildStepFailure(failure + (finished ? "" : " within " + INSTALL_MINUTES + " minutes")
                    + "; the lines above are the end of " + log);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
