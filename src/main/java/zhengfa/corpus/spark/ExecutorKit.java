package zhengfa.corpus.spark;

import java.io.File;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.LoggerFactory;
import zhengfa.corpus.corpus.ArticleLoader;
import zhengfa.corpus.corpus.CorpusLayout;
import zhengfa.corpus.finding.ArticleRule;
import zhengfa.corpus.script.ScriptDetector;
import zhengfa.corpus.validation.ArticleRules;
import zhengfa.corpus.validation.ValidationSettings;
import zhengfa.corpus.vocab.ProjectVocabulary;
import zhengfa.corpus.vocab.VocabularyException;

/**
 * What every executor needs to check and write articles, sent once to each executor as a Spark
 * broadcast: the schema folder's files, the settings and the Hadoop configuration. The vocabulary,
 * the loader and the rules are built from them on first use. A broadcast value is deserialised
 * once per executor and shared by its tasks, so they are built once per executor, not per task.
 */
final class ExecutorKit implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, byte[]> schemaFiles;
    private final ValidationSettings settings;
    private final Map<String, String> hadoopConfiguration;
    private final URI corpus;
    private final String corpusFolderName;
    private transient volatile Tools tools;

    /** What an executor's log says when it has built its tools. */
    static final String TOOLS_BUILT = "zhengfa-corpus built its vocabulary, loader and rules";

    /** The project's own article checks and loader, with what they were built from. */
    record Tools(
            ProjectVocabulary vocabulary,
            ScriptDetector detector,
            ArticleLoader loader,
            List<ArticleRule> rules,
            FileSystem corpusFileSystem,
            Configuration configuration) {}

    /**
     * @param schemaFiles the schema folder's files by path relative to it ({@code regions/…} included)
     * @param corpus the corpus folder, as a Hadoop file system URI
     */
    ExecutorKit(Map<String, byte[]> schemaFiles, ValidationSettings settings, Configuration configuration, URI corpus) {
        this.schemaFiles = new TreeMap<>(schemaFiles);
        this.settings = settings;
        this.hadoopConfiguration = new TreeMap<>();
        configuration.forEach(entry -> hadoopConfiguration.put(entry.getKey(), entry.getValue()));
        this.corpus = corpus;
        this.corpusFolderName = new Path(corpus).getName();
    }

    ValidationSettings settings() {
        return settings;
    }

    URI corpus() {
        return corpus;
    }

    /** Files are named in findings as a local run names them: {@code <corpus folder>/<file>}. */
    CorpusLayout layout() {
        return CorpusLayout.named(corpusFolderName);
    }

    Tools tools() {
        Tools built = tools;
        if (built != null) {
            return built;
        }
        synchronized (this) {
            if (tools == null) {
                tools = build();
            }
            return tools;
        }
    }

    Configuration configuration() {
        Configuration configuration = new Configuration(false);
        hadoopConfiguration.forEach(configuration::set);
        return configuration;
    }

    private Tools build() {
        try {
            java.nio.file.Path schemaDir = materialise();
            ProjectVocabulary vocabulary = ProjectVocabulary.load(schemaDir);
            ScriptDetector detector = new ScriptDetector();
            ArticleLoader loader = new ArticleLoader(
                    layout(),
                    vocabulary.articleSchema(),
                    vocabulary.annotationSchema(),
                    settings.jsonLimits(),
                    settings.maxTextBytes());
            Configuration configuration = configuration();
            // Once per executor JVM: the executor's log shows that, and a test counts it.
            LoggerFactory.getLogger(ExecutorKit.class).info("{} for this executor", TOOLS_BUILT);
            return new Tools(
                    vocabulary,
                    detector,
                    loader,
                    ArticleRules.standard(vocabulary, settings, detector),
                    FileSystem.get(corpus, configuration),
                    configuration);
        } catch (VocabularyException e) {
            // The driver loaded the same files before it started any task.
            throw new IllegalStateException("the schema folder does not load on this executor: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema folder written out where this JVM can read it; removed when the JVM exits. */
    private java.nio.file.Path materialise() throws IOException {
        java.nio.file.Path dir = Files.createTempDirectory("zhengfa-schema-");
        deleteOnExit(dir);
        for (Map.Entry<String, byte[]> entry : schemaFiles.entrySet()) {
            java.nio.file.Path file = dir.resolve(entry.getKey());
            if (!file.normalize().startsWith(dir)) {
                throw new IOException("schema file outside its folder: " + entry.getKey());
            }
            java.nio.file.Path parent = file.getParent();
            if (!Files.isDirectory(parent)) {
                Files.createDirectories(parent);
                deleteOnExit(parent);
            }
            Files.write(file, entry.getValue());
            deleteOnExit(file);
        }
        return dir;
    }

    // Files are deleted on exit in the reverse order of registration: a folder after its files.
    private static void deleteOnExit(java.nio.file.Path path) {
        File file = path.toFile();
        file.deleteOnExit();
    }
}
