package zhengfa.corpus.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import zhengfa.corpus.corpus.CorpusLayout;
import zhengfa.corpus.text.NearestPassage;
import zhengfa.corpus.text.TextPositions;
import zhengfa.corpus.vocab.LabelRegistry;
import zhengfa.corpus.vocab.ProjectVocabulary;
import zhengfa.corpus.vocab.VocabularyException;

@Command(
        name = "span",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Locates a quote in an article's text and prints a span object to paste into its annotation"
                + " file's \"spans\", with offsets in code points and the next free id: one JSON object per line, one"
                + " per occurrence (where each stands goes to standard error). With --label the layer is looked up in"
                + " labels.json and the label's required attributes must be given (boilerplate needs --attr kind=…)."
                + " If the quote is not in the text verbatim, says where the nearest passage is.")
final class SpanCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    Main main;

    @Mixin
    CorpusFolders folders = new CorpusFolders();

    @Option(names = "--article", required = true, paramLabel = "ID", description = "The article's id.")
    String article;

    @Option(names = "--quote", required = true, paramLabel = "TEXT", description = "The exact text the span covers.")
    String quote;

    @Option(
            names = "--label",
            paramLabel = "LABEL",
            description = "The span's label (its layer is looked up in labels.json).")
    String label;

    @Option(
            names = "--attr",
            paramLabel = "KEY=VALUE",
            description = "An attribute of the span, e.g. kind=navigation for"
                    + " boilerplate or region_code=510000 for a LOC; repeat for several.")
    Map<String, String> attrs = new java.util.LinkedHashMap<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path textFile = folders.corpus.resolve(article + CorpusLayout.TEXT_SUFFIX);
        if (!Files.isRegularFile(textFile)) {
            return fail(
                    err,
                    "there is no article " + article + " (" + textFile + " does not exist)",
                    "check the id; ids are the file names in the corpus folder without .txt");
        }
        String layer = null;
        if (label != null) {
            LabelRegistry labels;
            try {
                labels = ProjectVocabulary.load(folders.schema).labels();
            } catch (VocabularyException e) {
                err.println("error: " + e.getMessage());
                main.conclude(e.getMessage());
                return ExitCode.IO;
            }
            Optional<Map.Entry<String, LabelRegistry.Layer>> found = labels.layers().entrySet().stream()
                    .filter(e -> e.getValue().labels().containsKey(label))
                    .findFirst();
            if (found.isEmpty()) {
                return fail(
                        err,
                        "no layer of labels.json has the label " + label,
                        "use one of "
                                + labels.layers().values().stream()
                                        .flatMap(l -> l.labels().keySet().stream())
                                        .sorted()
                                        .toList());
            }
            layer = found.get().getKey();
            LabelRegistry.Label spec = found.get().getValue().labels().get(label);
            for (Map.Entry<String, LabelRegistry.Attribute> a :
                    spec.attributes().entrySet()) {
                String value = attrs.get(a.getKey());
                if (value == null && a.getValue().required()) {
                    return fail(
                            err,
                            label + " needs the attribute " + a.getKey()
                                    + (a.getValue().values() == null
                                            ? ""
                                            : " (one of "
                                                    + String.join(
                                                            ", ", a.getValue().values()) + ")"),
                            "add --attr " + a.getKey() + "="
                                    + (a.getValue().values() == null
                                            ? "VALUE"
                                            : a.getValue().values().get(0)));
                }
                if (value != null
                        && a.getValue().values() != null
                        && !a.getValue().values().contains(value)) {
                    return fail(
                            err,
                            a.getKey() + "=" + value + " is not allowed for " + label,
                            "use one of " + String.join(", ", a.getValue().values()));
                }
            }
            for (String key : attrs.keySet()) {
                if (!spec.attributes().containsKey(key)) {
                    return fail(
                            err,
                            label + " has no attribute " + key,
                            spec.attributes().isEmpty()
                                    ? "leave out --attr"
                                    : "use one of "
                                            + String.join(
                                                    ", ", spec.attributes().keySet()));
                }
            }
        } else if (!attrs.isEmpty()) {
            return fail(err, "--attr needs --label", "give the span's label with --label");
        }
        String text = new String(Files.readAllBytes(textFile), StandardCharsets.UTF_8);
        ObjectMapper mapper = new ObjectMapper();
        Annotated annotated = annotated(mapper, layer);
        int next = annotated.nextIdNumber();
        int found = 0;
        int already = 0;
        for (int at = text.indexOf(quote); at >= 0 && !quote.isEmpty(); at = text.indexOf(quote, at + 1)) {
            int start = text.codePointCount(0, at);
            int end = text.codePointCount(0, at + quote.length());
            String existing = annotated.spans().get(layer + "/" + label + "/" + start + "/" + end);
            if (existing != null) {
                // printing it again would paste a copy that validate rejects as SPAN_DUPLICATE
                err.println("occurrence " + (found + already + 1) + " at " + textFile
                        + TextPositions.at(text, at).render() + ": already annotated as " + existing + "; not printed");
                already++;
                continue;
            }
            ObjectNode span = mapper.createObjectNode();
            span.put("id", String.format("%s%03d", "entity".equals(layer) ? "e" : "s", next++));
            if (layer != null) {
                span.put("layer", layer);
                span.put("label", label);
            }
            span.put("start", start);
            span.put("end", end);
            span.put("text", quote);
            if (!attrs.isEmpty()) {
                ObjectNode a = span.putObject("attrs");
                attrs.forEach(a::put);
            }
            span.put("source", "gold");
            out.println(mapper.writeValueAsString(span));
            err.println("occurrence " + (found + already + 1) + " at " + textFile
                    + TextPositions.at(text, at).render());
            found++;
        }
        if (found + already > 0) {
            main.conclude(found + (found == 1 ? " span" : " spans") + " printed"
                    + (already == 0 ? "" : ", " + already + " already annotated with this label"));
            return ExitCode.OK;
        }
        Optional<NearestPassage.Passage> nearest = NearestPassage.find(text, quote);
        String where = nearest.map(p -> "; the nearest passage, " + p.edits() + " edits away, is at " + textFile
                        + TextPositions.at(text, p.start()).render() + ": \"" + p.text() + "\"")
                .orElse("");
        return fail(
                err,
                "the quote does not occur in " + textFile + where,
                nearest.isPresent()
                        ? "copy the quote from the text exactly (the passage above)"
                        : "check the article id and the quote");
    }

    /**
     * What the annotation file holds already: the number after the highest id of the layer's prefix (s for
     * structure, e for entity), and the id of each span by its layer, label and offsets.
     */
    private record Annotated(int nextIdNumber, Map<String, String> spans) {}

    private Annotated annotated(ObjectMapper mapper, String layer) {
        Path annotations = folders.corpus.resolve(article + CorpusLayout.ANNOTATIONS_SUFFIX);
        String prefix = "entity".equals(layer) ? "e" : "s";
        int max = 0;
        Map<String, String> spans = new HashMap<>();
        try {
            for (var span : mapper.readTree(annotations.toFile()).path("spans")) {
                String id = span.path("id").asText("");
                if (id.matches(prefix + "\\d+")) {
                    max = Math.max(max, Integer.parseInt(id.substring(1)));
                }
                spans.putIfAbsent(
                        span.path("layer").asText(null) + "/"
                                + span.path("label").asText(null) + "/"
                                + span.path("start").asText() + "/"
                                + span.path("end").asText(),
                        id);
            }
        } catch (IOException e) {
            // no annotation file yet, or one validate will report: start at 1
        }
        return new Annotated(max + 1, spans);
    }

    private int fail(PrintWriter err, String problem, String fix) {
        err.println("error: " + problem);
        err.println("    fix:      " + fix);
        main.conclude(problem);
        return ExitCode.INVALID;
    }
}
