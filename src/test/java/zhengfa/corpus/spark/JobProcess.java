package zhengfa.corpus.spark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the project's jars as a user would, each in a JVM of its own: the CLI jar, and the Spark
 * job's jar through {@code SparkSubmit} (the class the {@code spark-submit} script runs) with
 * Spark's jars on the class path and the project's own classes not, so that the job runs from
 * its shaded jar alone.
 */
final class JobProcess {

    /** What Spark 4 passes its JVMs on Java 17 (the pom's spark.opens), plus Arrow's. */
    static final List<String> OPENS = List.of(
            "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
                    "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
            "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
                    "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
            "-Djdk.reflect.useDirectMethodHandle=false", "-Dio.netty.tryReflectionSetAccessible=true");

    /** How a process ended: its exit code and what it printed. */
    record Result(int exitCode, String stdout, String stderr) {
        String describe() {
            return "exit " + exitCode + "\n--- stdout\n" + tail(stdout) + "\n--- stderr\n" + tail(stderr);
        }

        private static String tail(String text) {
            return text.length() <= 6000 ? text : "…" + text.substring(text.length() - 6000);
        }
    }

    private JobProcess() {}

    static Path sparkJar() {
        Path jar = Path.of(System.getProperty("zhengfa.spark.jar", "target/zhengfa-corpus-0.2.0-spark.jar"))
                .toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "no Spark job jar at " + jar + "; mvn package builds it");
        return jar;
    }

    static Path cliJar() {
        Path jar = Path.of(System.getProperty("zhengfa.cli.jar", "target/zhengfa-corpus-0.2.0-cli.jar"))
                .toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "no CLI jar at " + jar);
        return jar;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * The test class path without the project's own classes: Spark and its dependencies, with
     * Spark's logging binding ({@code zhengfa.spark.logging.jar}) in place of the CLI's silent one.
     */
    static String sparkClassPath() {
        List<String> entries = new ArrayList<>(Arrays.stream(
                        System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("classes") && !entry.endsWith("classes/"))
                // The CLI's silent logger is no part of Spark: with it, Spark's own logs vanish.
                .filter(entry -> !Path.of(entry).getFileName().toString().startsWith("slf4j-nop"))
                .toList());
        String logging = System.getProperty("zhengfa.spark.logging.jar", "");
        if (!logging.isEmpty() && !logging.startsWith("${")) {
            entries.add(logging);
        }
        return String.join(File.pathSeparator, entries);
    }

    /** The command that submits the job to {@code master}, in client mode, with {@code conf} and the job's arguments. */
    static List<String> submit(String master, Map<String, String> conf, List<String> jobArguments) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.add("-Xmx512m");
        command.addAll(OPENS);
        command.addAll(List.of(
                "-cp",
                sparkClassPath(),
                "org.apache.spark.deploy.SparkSubmit",
                "--master",
                master,
                "--conf",
                "spark.ui.enabled=false",
                "--conf",
                "spark.driver.host=127.0.0.1",
                "--conf",
                "spark.driver.bindAddress=127.0.0.1"));
        conf.forEach((key, value) -> command.addAll(List.of("--conf", key + "=" + value)));
        command.addAll(List.of(
                "--class", "zhengfa.corpus.spark.SparkRelease", sparkJar().toString()));
        command.addAll(jobArguments);
        return command;
    }

    static List<String> cli(String... arguments) {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx512m", "-jar", cliJar().toString()));
        command.addAll(List.of(arguments));
        return command;
    }

    static Result run(List<String> command, Path logs, long timeoutSeconds) throws IOException, InterruptedException {
        return finish(start(command, logs), logs, timeoutSeconds);
    }

    static Process start(List<String> command, Path logs) throws IOException {
        Files.createDirectories(logs);
        return new ProcessBuilder(command)
                .redirectOutput(logs.resolve("stdout").toFile())
                .redirectError(logs.resolve("stderr").toFile())
                .start();
    }

    static Result finish(Process process, Path logs, long timeoutSeconds) throws IOException, InterruptedException {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            throw new AssertionError("timed out after " + timeoutSeconds + " s: see " + logs);
        }
        return new Result(
                process.exitValue(),
                Files.readString(logs.resolve("stdout"), StandardCharsets.UTF_8),
                Files.readString(logs.resolve("stderr"), StandardCharsets.UTF_8));
    }
}
