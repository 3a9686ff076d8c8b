package zhengfa.corpus.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;
import zhengfa.corpus.corpus.CorpusLayout;
import zhengfa.corpus.text.NearestPassage;
import zhengfa.corpus.text.TextPositions;
import zhengfa.corpus.vocab.LabelRegistry;
import zhengfa.corpus.vocab.ProjectVocabulary;
import zhengfa.corpus.vocab.VocabularyException;

@Command(name = "span", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Locates a quote in an article's text and prints a span object for its annotation file, with"
                + " offsets in code points; one per occurrence. If the quote is not in the text verbatim, says where"
                + " the nearest passage is.")
final class SpanCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    Main main;

    @Mixin
    CorpusFolders folders = new CorpusFolders();

    @Option(names = "--article", required = true, paramLabel = "ID", description = "The article's id.")
    String article;

    @Option(names = "--quote", required = true, paramLabel = "TEXT", description = "The exact text the span covers.")
    String quote;

    @Option(names = "--label", paramLabel = "LABEL", description = "The span's label (its layer is looked up in labels.json).")
    String label;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path textFile = folders.corpus.resolve(article + CorpusLayout.TEXT_SUFFIX);
        if (!Files.isRegularFile(textFile)) {
            return fail(err, "there is no article " + article + " (" + textFile + " does not exist)",
                    "check the id; ids are the file names in the corpus folder without .txt");
        }
        String layer = null;
        if (label != null) {
            try {
                LabelRegistry labels = ProjectVocabulary.load(folders.schema).labels();
                layer = labels.layers().entrySet().stream().filter(e -> e.getValue().labels().containsKey(label))
                        .map(Map.Entry::getKey).findFirst().orElse(null);
                if (layer == null) {
                    return fail(err, "no layer of labels.json has the label " + label, "use one of "
                            + labels.layers().values().stream().flatMap(l -> l.labels().keySet().stream()).sorted().toList());
                }
            } catch (VocabularyException e) {
                err.println("error: " + e.getMessage());
                main.conclude(e.getMessage());
                return ExitCode.IO;
            }
        }
        String text = new String(Files.readAllBytes(textFile), StandardCharsets.UTF_8);
        ObjectMapper mapper = new ObjectMapper();
        int found = 0;
        for (int at = text.indexOf(quote); at >= 0 && !quote.isEmpty(); at = text.indexOf(quote, at + 1)) {
            ObjectNode span = mapper.createObjectNode();
            span.put("id", "CHANGE-ME");
            if (layer != null) {
                span.put("layer", layer);
                span.put("label", label);
            }
            span.put("start", text.codePointCount(0, at));
            span.put("end", text.codePointCount(0, at + quote.length()));
            span.put("text", quote);
            span.put("source", "gold");
            out.println(mapper.writeValueAsString(span) + "    // line " + TextPositions.at(text, at).render().substring(1));
            found++;
        }
        if (found > 0) {
            main.conclude(found + (found == 1 ? " occurrence" : " occurrences"));
            return ExitCode.OK;
        }
        Optional<NearestPassage.Passage> nearest = NearestPassage.find(text, quote);
        String where = nearest.map(p -> "; the nearest passage, " + p.edits() + " edits away, is at " + textFile
                + TextPositions.at(text, p.start()).render() + ": \"" + p.text() + "\"").orElse("");
        return fail(err, "the quote does not occur in " + textFile + where,
                nearest.isPresent() ? "copy the quote from the text exactly (the passage above)" : "check the article id and the quote");
    }

    private int fail(PrintWriter err, String problem, String fix) {
        err.println("error: " + problem);
        err.println("    fix:      " + fix);
        main.conclude(problem);
        return ExitCode.INVALID;
    }
}
