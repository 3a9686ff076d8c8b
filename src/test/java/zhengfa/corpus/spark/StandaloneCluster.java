package zhengfa.corpus.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Spark standalone cluster on 127.0.0.1: a master and workers, each a JVM of its own started from
 * spark-core's own classes ({@code org.apache.spark.deploy.master.Master} and
 * {@code …worker.Worker}), with a Spark home whose {@code jars/} holds Spark's class path, as a
 * Spark distribution's does. Workers start their executors from it. Everything it started is
 * stopped by {@link #close}, within a bounded time.
 */
final class StandaloneCluster implements AutoCloseable {

    private final Path home;
    private final List<Process> processes = new ArrayList<>();
    private final List<Process> workers = new ArrayList<>();
    private final int masterPort;

    private final int masterUiPort;

    private StandaloneCluster(Path home, int masterPort, int masterUiPort) {
        this.home = home;
        this.masterPort = masterPort;
        this.masterUiPort = masterUiPort;
    }

    /** Starts a master and {@code workers} workers of one core and {@code workerMemory} each; waits until all registered. */
    static StandaloneCluster start(Path dir, int workerCount, String workerMemory)
            throws IOException, InterruptedException {
        return start(dir, workerCount, workerMemory, false);
    }

    /**
     * @param pinned whether worker {@code i} (and the executors it starts, which inherit it) runs on
     *     CPU {@code i-1} alone ({@code taskset}), so that an executor of one core cannot borrow
     *     another core for its compiler and collector threads: for measuring how the job scales
     */
    static StandaloneCluster start(Path dir, int workerCount, String workerMemory, boolean pinned)
            throws IOException, InterruptedException {
        Path home = Files.createDirectories(dir.resolve("spark-home"));
        Path jars = Files.createDirectories(home.resolve("jars"));
        for (String entry : JobProcess.sparkClassPath().split(java.io.File.pathSeparator)) {
            Path jar = Path.of(entry);
            if (entry.endsWith(".jar") && Files.isRegularFile(jar) && !Files.exists(jars.resolve(jar.getFileName()))) {
                Files.createSymbolicLink(jars.resolve(jar.getFileName()), jar);
            }
        }
        Files.createDirectories(home.resolve("conf"));
        StandaloneCluster cluster = new StandaloneCluster(home, freePort(), freePort());
        try {
            cluster.processes.add(cluster.launch(
                    "master",
                    List.of(),
                    List.of(
                            "org.apache.spark.deploy.master.Master",
                            "--host",
                            "127.0.0.1",
                            "--port",
                            Integer.toString(cluster.masterPort),
                            "--webui-port",
                            Integer.toString(cluster.masterUiPort))));
            cluster.awaitPort(cluster.masterPort, 60);
            for (int i = 1; i <= workerCount; i++) {
                Path workDir = Files.createDirectories(dir.resolve("worker-" + i));
                Process worker = cluster.launch(
                        "worker-" + i,
                        pinned ? List.of("taskset", "-c", Integer.toString(i - 1)) : List.of(),
                        List.of(
                                "org.apache.spark.deploy.worker.Worker",
                                "--host",
                                "127.0.0.1",
                                "--cores",
                                "1",
                                "--memory",
                                workerMemory,
                                "--webui-port",
                                Integer.toString(freePort()),
                                "--work-dir",
                                workDir.toString(),
                                cluster.masterUrl()));
                cluster.processes.add(worker);
                cluster.workers.add(worker);
            }
            cluster.awaitWorkers(workerCount, 90);
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            cluster.close();
            throw e;
        }
    }

    String masterUrl() {
        return "spark://127.0.0.1:" + masterPort;
    }

    /** The worker's JVM and the executor JVMs it started, all killed with SIGKILL, as when its machine dies. */
    void killWorker(int index) throws InterruptedException {
        Process worker = workers.get(index - 1);
        List<ProcessHandle> tree = new ArrayList<>(worker.descendants().toList());
        worker.destroyForcibly();
        tree.forEach(ProcessHandle::destroyForcibly);
        worker.waitFor(30, TimeUnit.SECONDS);
    }

    /** The folders a worker gave its executors (work-dir/app-…/<executor>/). */
    static List<Path> executorFolders(Path workDir) throws IOException {
        if (!Files.isDirectory(workDir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(workDir, 2)) {
            return walk.filter(p -> workDir.relativize(p).getNameCount() == 2 && Files.isDirectory(p))
                    .toList();
        }
    }

    String log(String name) throws IOException {
        Path file = home.getParent().resolve("logs").resolve(name + ".log");
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    private Process launch(String name, List<String> prefix, List<String> mainAndArguments) throws IOException {
        Path logs = Files.createDirectories(home.getParent().resolve("logs"));
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(JobProcess.java(), "-Xmx256m"));
        command.addAll(JobProcess.OPENS);
        command.addAll(List.of("-cp", home.resolve("jars") + "/*"));
        command.addAll(mainAndArguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logs.resolve(name + ".log").toFile());
        builder.environment().put("SPARK_HOME", home.toString());
        builder.environment().put("SPARK_SCALA_VERSION", "2.13");
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        builder.environment()
                .put(
                        "SPARK_LOCAL_DIRS",
                        Files.createDirectories(home.getParent().resolve("local-" + name))
                                .toString());
        return builder.start();
    }

    private void awaitPort(int port, int seconds) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IOException(
                "the Spark master did not listen on " + port + " within " + seconds + " s:\n" + log("master"));
    }

    /** Waits until the master's status page (its JSON form, on 127.0.0.1) counts {@code count} live workers. */
    private void awaitWorkers(int count, int seconds) throws InterruptedException, IOException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest status = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + masterUiPort + "/json/"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                last = http.send(status, HttpResponse.BodyHandlers.ofString()).body();
                if (new ObjectMapper().readTree(last).path("aliveworkers").asInt() >= count) {
                    return;
                }
            } catch (IOException notYet) {
                last = notYet.toString();
            }
            Thread.sleep(300);
        }
        throw new IOException("fewer than " + count + " Spark workers registered within " + seconds + " s: " + last
                + "\n" + log("master") + log("worker-1"));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Stops every process this cluster started, executors included, waiting at most 30 s. */
    @Override
    public void close() {
        List<ProcessHandle> all = new ArrayList<>();
        for (Process process : processes) {
            all.addAll(process.descendants().toList());
            all.add(process.toHandle());
        }
        all.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
        all.forEach(ProcessHandle::destroyForcibly);
    }
}
