package zhengfa.corpus.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import zhengfa.corpus.corpus.ArticleRename;
import zhengfa.corpus.corpus.CorpusLayout;
import zhengfa.corpus.corpus.CorpusLock;
import zhengfa.corpus.json.LayoutKeepingEdits;

@Command(
        name = "rename",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Gives an article a new id: moves its text, sidecar and annotation file to the new names and"
                    + " rewrites \"id\" in the sidecar and \"article_id\" in the annotation file, all or nothing. The text's"
                    + " bytes are not changed, nor is anything else in the sidecar and annotation file: only the id's value."
        })
final class RenameCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    Main main;

    @Mixin
    CorpusFolders folders = new CorpusFolders();

    @Parameters(index = "0", paramLabel = "OLD", description = "The article's id now.")
    String oldId;

    @Parameters(index = "1", paramLabel = "NEW", description = "Its new id: lowercase a-z, 0-9 and single hyphens.")
    String newId;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!CorpusLayout.isValidId(newId)) {
            return fail(
                    err,
                    newId + " is not an article id",
                    "use lowercase a-z, 0-9 and single hyphens, at most " + CorpusLayout.MAX_ID_LENGTH
                            + " characters (for example shanghai-2026-zhu-zhongming)");
        }
        if (CorpusLayout.isReservedName(newId)) {
            return fail(
                    err,
                    newId + " is a device name Windows reserves: a clone on Windows could not hold its files",
                    "choose another id, for example " + newId + "-article");
        }
        if (newId.equals(oldId)) {
            return fail(err, "the new id is the old one", "give a different NEW id");
        }
        if (!Files.isDirectory(folders.corpus)) {
            return fail(err, "the corpus folder " + folders.corpus + " does not exist", "create it or pass --corpus");
        }
        try (CorpusLock lock = CorpusLock.take(
                folders.corpus,
                () -> err.println("waiting for another add or rename on " + folders.corpus + " to finish…"))) {
            return renameLocked(out, err);
        }
    }

    private int renameLocked(PrintWriter out, PrintWriter err) throws IOException {
        Path text = folders.corpus.resolve(oldId + CorpusLayout.TEXT_SUFFIX);
        Path sidecar = folders.corpus.resolve(oldId + CorpusLayout.SIDECAR_SUFFIX);
        Path annotations = folders.corpus.resolve(oldId + CorpusLayout.ANNOTATIONS_SUFFIX);
        if (!Files.isRegularFile(text) && !Files.isRegularFile(sidecar)) {
            return fail(
                    err,
                    "there is no article " + oldId + " in " + folders.corpus,
                    "check the id: ids are the file names in the corpus folder without .txt");
        }
        for (String suffix :
                List.of(CorpusLayout.TEXT_SUFFIX, CorpusLayout.SIDECAR_SUFFIX, CorpusLayout.ANNOTATIONS_SUFFIX)) {
            if (Files.exists(folders.corpus.resolve(newId + suffix))) {
                return fail(
                        err,
                        "the id " + newId + " is already used in " + folders.corpus + " (" + newId + suffix + ")",
                        "choose another id");
            }
        }
        ObjectMapper mapper = new ObjectMapper();
        Map<String, byte[]> renamed = new LinkedHashMap<>();
        List<Path> old = new ArrayList<>();
        if (Files.isRegularFile(text)) {
            renamed.put(newId + CorpusLayout.TEXT_SUFFIX, Files.readAllBytes(text));
            old.add(text);
        }
        for (Path file : List.of(sidecar, annotations)) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            JsonNode json;
            String raw;
            try {
                raw = StandardCharsets.UTF_8
                        .newDecoder()
                        .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                        .toString();
            } catch (CharacterCodingException e) {
                return fail(err, file + " is not valid UTF-8", "fix the file first (validate says where), then rename");
            }
            try {
                json = mapper.readTree(raw);
            } catch (JsonProcessingException e) {
                return fail(
                        err,
                        file + " is not valid JSON (" + e.getOriginalMessage() + ")",
                        "fix the file first (validate says where), then rename");
            }
            if (!(json instanceof ObjectNode object)) {
                return fail(
                        err, file + " is not a JSON object", "fix the file first (validate says where), then rename");
            }
            String key = file == sidecar ? "id" : "article_id";
            object.put(key, newId);
            String suffix = file == sidecar ? CorpusLayout.SIDECAR_SUFFIX : CorpusLayout.ANNOTATIONS_SUFFIX;
            // the curator's layout is kept; only a file without the member as a string is written anew
            String written = LayoutKeepingEdits.set(raw, key, newId)
                    .orElse(zhengfa.corpus.json.CuratedJson.writer().writeValueAsString(object) + "\n");
            renamed.put(newId + suffix, written.getBytes(StandardCharsets.UTF_8));
            old.add(file);
        }
        try {
            new ArticleRename(new CorpusLayout(folders.corpus)).rename(newId, renamed, old);
        } catch (ArticleRename.NotRenamed e) {
            err.println("error: " + e.getMessage());
            err.println("    fix:      check that the corpus folder is writable and try again");
            main.conclude(e.getMessage());
            return ExitCode.IO;
        }
        for (String name : renamed.keySet()) {
            out.println("  " + folders.corpus.resolve(name));
        }
        out.println("renamed " + oldId + " to " + newId);
        main.conclude("renamed " + oldId + " to " + newId);
        return ExitCode.OK;
    }

    private int fail(PrintWriter err, String problem, String fix) {
        err.println("error: " + problem + "; nothing was renamed");
        err.println("    fix:      " + fix);
        main.conclude(problem + "; nothing was renamed");
        return ExitCode.INVALID;
    }
}
