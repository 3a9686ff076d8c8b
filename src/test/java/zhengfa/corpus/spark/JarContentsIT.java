package zhengfa.corpus.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The two jars keep to their parts: the CLI jar holds nothing of Spark (not even the Spark job's
 * classes), and the Spark job's jar holds nothing of Spark or Hadoop (spark-submit supplies them)
 * and keeps its own copies of what Spark also ships under names of its own.
 */
class JarContentsIT {

    @Test
    void theCliJarHoldsNothingOfSpark() throws IOException {
        List<String> entries = entries(JobProcess.cliJar());
        assertEquals(
                List.of(),
                entries.stream()
                        .filter(e -> e.startsWith("org/apache/spark/")
                                || e.startsWith("scala/")
                                || e.startsWith("zhengfa/corpus/spark/"))
                        .limit(5)
                        .toList());
    }

    @Test
    void theSparkJarHoldsTheJobAndRelocatesWhatSparkAlsoShips() throws IOException {
        Path jar = JobProcess.sparkJar();
        List<String> entries = entries(jar);
        assertTrue(entries.contains("zhengfa/corpus/spark/SparkRelease.class"));
        assertTrue(entries.contains("zhengfa/corpus/spark/SparkJarMain.class"));
        assertTrue(entries.contains("zhengfa/corpus/validation/rules/ScriptRule.class"));
        for (String provided : List.of(
                "org/apache/spark/",
                "org/apache/hadoop/",
                "scala/",
                "com/fasterxml/",
                "org/apache/parquet/",
                "org/apache/arrow/",
                "com/ibm/icu/",
                "META-INF/versions/17/com/fasterxml/")) {
            assertEquals(
                    List.of(),
                    entries.stream()
                            .filter(e -> e.startsWith(provided))
                            .limit(3)
                            .toList(),
                    provided);
        }
        assertTrue(entries.stream().anyMatch(e -> e.startsWith("zhengfa/shaded/jackson/databind/")));
        assertTrue(entries.stream().anyMatch(e -> e.startsWith("zhengfa/shaded/parquet/hadoop/")));
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            // SparkJarMain touches no Spark type: without Spark (java -jar) it names spark-submit; with it, it runs
            // SparkRelease
            assertEquals(
                    "zhengfa.corpus.spark.SparkJarMain",
                    manifest.getMainAttributes().getValue("Main-Class"));
        }
    }

    private static List<String> entries(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return Collections.list(file.entries()).stream()
                    .map(ZipEntry::getName)
                    .toList();
        }
    }
}
