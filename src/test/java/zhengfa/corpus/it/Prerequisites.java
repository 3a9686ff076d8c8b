package zhengfa.corpus.it;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import zhengfa.corpus.cli.BuildStepFailure;

/**
 * What mvn verify needs beyond Java and Maven, checked before any integration work starts (before
 * the Python environment is made and the readers run for minutes): python3 3.11 or later with its
 * venv module, Chromium (or the browser ZHENGFA_CHROMIUM names), strace and a CJK font. Every
 * missing one is named in one message, with the line that installs them all on Debian or Ubuntu.
 */
public final class Prerequisites {

    /** What is missing, as a sentence each, and the Debian package that provides it. */
    record Missing(String what, String debianPackage) {}

    private final Map<String, String> environment;

    Prerequisites(Map<String, String> environment) {
        this.environment = environment;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        List<Missing> missing = new Prerequisites(System.getenv()).missing();
        if (!missing.isEmpty()) {
            throw new BuildStepFailure(message(missing));
        }
        System.out.println("mvn verify's prerequisites: python3 with venv, Chromium, strace and a CJK font are here");
    }

    static String message(List<Missing> missing) {
        StringBuilder text = new StringBuilder("mvn verify needs what this machine lacks: ");
        List<String> packages = new ArrayList<>();
        for (int i = 0; i < missing.size(); i++) {
            text.append(i == 0 ? "" : "; ").append(missing.get(i).what());
            if (!packages.contains(missing.get(i).debianPackage())) {
                packages.add(missing.get(i).debianPackage());
            }
        }
        return text.append(". Install them (Debian, Ubuntu: sudo apt-get install ")
                .append(String.join(" ", packages))
                .append("), or run mvn package, which needs none of them")
                .toString();
    }

    List<Missing> missing() throws IOException, InterruptedException {
        List<Missing> missing = new ArrayList<>();
        Optional<String> python3 = onPath("python3");
        if (python3.isEmpty()) {
            missing.add(new Missing("python3 (3.11 or later) for the Python reader tests", "python3"));
        } else if (!succeeds(
                List.of(python3.get(), "-c", "import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 11))"))) {
            missing.add(new Missing(python3.get() + " is older than 3.11 or lacks its venv module", "python3-venv"));
        }
        String named = environment.get("ZHENGFA_CHROMIUM");
        if (named != null && !named.isBlank()) {
            if (!Files.isExecutable(Path.of(named))) {
                missing.add(new Missing("ZHENGFA_CHROMIUM names " + named + ", which is no executable", "chromium"));
            }
        } else if (onPath("chromium").isEmpty() && onPath("chromium-browser").isEmpty()) {
            missing.add(new Missing(
                    "Chromium for the report test (or set ZHENGFA_CHROMIUM to a Chromium or Chrome)", "chromium"));
        }
        if (onPath("strace").isEmpty()) {
            missing.add(new Missing("strace, which traces the CLI for network and stray writes", "strace"));
        }
        Optional<String> fcList = onPath("fc-list");
        if (fcList.isEmpty() || !hasOutput(List.of(fcList.get(), ":lang=zh"))) {
            missing.add(new Missing("a CJK font, so that the report's screenshots show Chinese", "fonts-wqy-zenhei"));
        }
        return missing;
    }

    private Optional<String> onPath(String command) {
        for (String dir : environment.getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, command);
            if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                return Optional.of(candidate.toString());
            }
        }
        return Optional.empty();
    }

    private static boolean succeeds(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    }

    private static boolean hasOutput(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0 && !output.isBlank();
    }
}
