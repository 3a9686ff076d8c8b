package zhengfa.corpus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import zhengfa.corpus.finding.DocumentCodes;
import zhengfa.corpus.json.LayoutKeepingEdits;
import zhengfa.corpus.vocab.ProjectVocabulary;
import zhengfa.corpus.vocab.SchemaValidator;
import zhengfa.corpus.vocab.Source;
import zhengfa.corpus.vocab.VocabularyException;

@Command(
        name = "sources",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Lists and adds the publications and sites of schema/sources.json.",
        subcommands = {SourcesCommand.ListSources.class, SourcesCommand.AddSource.class})
final class SourcesCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--schema",
            paramLabel = "DIR",
            defaultValue = "schema",
            scope = CommandLine.ScopeType.INHERIT,
            description = "The folder of schemas and vocabularies (default: ${DEFAULT-VALUE}).")
    Path schema;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: list or add");
    }

    Main main() {
        return (Main) spec.parent().userObject();
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            versionProvider = Main.Version.class,
            description = "Lists every source: key, Chinese and English name, kind, and the other names it may print.")
    static final class ListSources implements Callable<Integer> {

        @CommandLine.ParentCommand
        SourcesCommand parent;

        @Override
        public Integer call() throws VocabularyException {
            PrintWriter out = parent.spec.commandLine().getOut();
            Map<String, Source> entries =
                    ProjectVocabulary.load(parent.schema).sources().entries();
            for (Map.Entry<String, Source> e : entries.entrySet()) {
                Source s = e.getValue();
                List<String> other =
                        s.printedNames().subList(1, s.printedNames().size());
                out.println(e.getKey() + "  " + s.nameZh() + "  " + s.nameEn() + "  " + s.kind()
                        + (other.isEmpty() ? "" : "  also printed as: " + String.join(", ", other)));
            }
            parent.main().conclude(entries.size() + " sources");
            return ExitCode.OK;
        }
    }

    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            versionProvider = Main.Version.class,
            description =
                    "Adds a source to schema/sources.json, checked against sources.schema.json; an existing key is"
                            + " never changed.")
    static final class AddSource implements Callable<Integer> {

        @CommandLine.ParentCommand
        SourcesCommand parent;

        @Parameters(
                paramLabel = "KEY",
                description = "The key sidecars will use: lowercase a-z, 0-9 and single hyphens.")
        String key;

        @Option(
                names = "--name-zh",
                required = true,
                paramLabel = "NAME",
                description = "The name in Simplified Chinese.")
        String nameZh;

        @Option(
                names = "--name-zh-hant",
                paramLabel = "NAME",
                description = "The name in Traditional Chinese, if printed so.")
        String nameZhHant;

        @Option(names = "--name-en", required = true, paramLabel = "NAME", description = "The name in English.")
        String nameEn;

        @Option(
                names = "--kind",
                required = true,
                paramLabel = "KIND",
                description =
                        "newspaper, magazine, news-agency, broadcaster, website, news-app, wechat-account, new-media,"
                                + " court, procuratorate, public-security, judicial-administration, political-legal-committee or government.")
        String kind;

        @Option(names = "--publisher", paramLabel = "NAME", description = "Who publishes it.")
        String publisher;

        @Option(names = "--site", paramLabel = "URL", description = "Its home page.")
        String site;

        @Option(names = "--alias", paramLabel = "NAME", description = "Another name the text may print (repeatable).")
        List<String> aliases;

        @Option(
                names = "--former-name",
                paramLabel = "NAME",
                description = "A name it was published under before (repeatable).")
        List<String> formerNames;

        @Option(
                names = "--region",
                paramLabel = "CODE",
                description = "The GB/T 2260 code of the division it is based in"
                        + " (710000 Taiwan, 810000 Hong Kong, 820000 Macau); leave out for a national outlet.")
        String region;

        @Option(names = "--note", paramLabel = "TEXT", description = "A note for curators.")
        String note;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = parent.spec.commandLine().getOut();
            PrintWriter err = parent.spec.commandLine().getErr();
            Path dir = ProjectVocabulary.folder(parent.schema);
            Path file = dir.resolve(ProjectVocabulary.SOURCES);
            ObjectMapper mapper = new ObjectMapper();
            String raw = Files.readString(file, StandardCharsets.UTF_8);
            JsonNode read = mapper.readTree(raw);
            if (read.has(key)) {
                err.println("error: " + key + " is already in " + file + " ("
                        + read.get(key).path("name_zh").asText() + "); nothing was changed");
                err.println("    fix:      use that key, or choose another; edit the file to change an entry");
                parent.main().conclude(key + " is already a source");
                return ExitCode.INVALID;
            }
            ObjectNode entry = mapper.createObjectNode();
            entry.put("name_zh", nameZh);
            if (nameZhHant != null) {
                entry.put("name_zh_hant", nameZhHant);
            }
            entry.put("name_en", nameEn);
            entry.put("kind", kind);
            if (region != null) {
                entry.put("region", region);
            }
            if (publisher != null) {
                entry.put("publisher", publisher);
            }
            if (site != null) {
                entry.put("site", site);
            }
            if (aliases != null && !aliases.isEmpty()) {
                aliases.forEach(entry.putArray("aliases")::add);
            }
            if (formerNames != null && !formerNames.isEmpty()) {
                formerNames.forEach(entry.putArray("former_names")::add);
            }
            if (note != null) {
                entry.put("note", note);
            }
            Map<String, JsonNode> sorted = new TreeMap<>();
            read.properties().forEach(e -> sorted.put(e.getKey(), e.getValue()));
            sorted.put(key, entry);
            ObjectNode updated = mapper.createObjectNode();
            sorted.forEach(updated::set);
            try {
                SchemaValidator.load(dir, ProjectVocabulary.SOURCES_SCHEMA, DocumentCodes.SIDECAR)
                        .requireValid(updated, file);
            } catch (VocabularyException e) {
                err.println("error: the new source does not fit sources.schema.json: "
                        + e.getMessage().substring(e.getMessage().indexOf(": ") + 2) + "; nothing was changed");
                err.println("    fix:      correct the option the message names and run the command again");
                parent.main().conclude("the new source does not fit sources.schema.json");
                return ExitCode.INVALID;
            }
            Path staged = Files.createTempFile(dir, ".sources-", ".json");
            try {
                // the registry's layout is kept: only the new entry shows in a diff
                String written = LayoutKeepingEdits.insertInOrder(raw, key, entry)
                        .orElse(zhengfa.corpus.json.CuratedJson.writer().writeValueAsString(updated) + "\n");
                Files.write(staged, written.getBytes(StandardCharsets.UTF_8));
                Files.move(staged, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(staged);
            }
            out.println("added source " + key + " (" + nameZh + ", " + nameEn + ") to " + file);
            parent.main().conclude("added source " + key);
            return ExitCode.OK;
        }
    }
}
