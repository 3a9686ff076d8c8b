package zhengfa.corpus.spark;

import java.nio.file.Path;
import zhengfa.corpus.cli.ExitCode;

/**
 * The Spark jar's Main-Class. Spark is not inside the jar (the cluster provides it), so a plain
 * {@code java -jar} would die of NoClassDefFoundError; this class touches no Spark type, says in
 * one sentence how to launch the job instead, and otherwise hands over to {@link SparkRelease}.
 */
public final class SparkJarMain {

    private SparkJarMain() {}

    public static void main(String[] args) {
        if (!sparkPresent()) {
            System.err.println("error: " + withoutSpark());
            System.exit(ExitCode.USAGE);
        }
        SparkRelease.main(args);
    }

    static boolean sparkPresent() {
        try {
            Class.forName("org.apache.spark.sql.SparkSession", false, SparkJarMain.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    static String withoutSpark() {
        String jar;
        try {
            jar = Path.of(SparkJarMain.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .getFileName()
                    .toString();
        } catch (Exception e) {
            jar = "zhengfa-corpus-<version>-spark.jar";
        }
        if (!jar.endsWith(".jar")) {
            jar = "zhengfa-corpus-<version>-spark.jar";
        }
        return "this jar is a Spark job and Spark is not on the classpath: launch it with spark-submit --class "
                + SparkRelease.class.getName() + " " + jar + " --help";
    }
}
