package zhengfa.corpus.curation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import zhengfa.corpus.corpus.CorpusLayout;
import zhengfa.corpus.model.Sha256;
import zhengfa.corpus.script.ScriptDetector;

/**
 * The texts a corpus holds, to find a page added twice, also in the other script: each text is
 * folded to Simplified and kept as its digest, so that memory holds 32 bytes an article, not the
 * corpus's texts.
 */
final class KnownTexts {

    private final ScriptDetector scripts;
    private final Map<String, String> idByDigest = new HashMap<>();

    private KnownTexts(ScriptDetector scripts) {
        this.scripts = scripts;
    }

    static KnownTexts read(Path corpus, ScriptDetector scripts) throws IOException {
        KnownTexts known = new KnownTexts(scripts);
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                String name = p.getFileName().toString();
                if (name.endsWith(CorpusLayout.TEXT_SUFFIX) && Files.isRegularFile(p)) {
                    String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
                    known.idByDigest.putIfAbsent(
                            known.digest(text), name.substring(0, name.length() - CorpusLayout.TEXT_SUFFIX.length()));
                }
            }
        }
        return known;
    }

    /** The id of the article whose text is this one, in either script. */
    Optional<String> holding(String text) {
        return Optional.ofNullable(idByDigest.get(digest(text)));
    }

    void add(String id, String text) {
        idByDigest.putIfAbsent(digest(text), id);
    }

    private String digest(String text) {
        return HexFormat.of().formatHex(Sha256.of(scripts.foldToSimplified(text).getBytes(StandardCharsets.UTF_8)));
    }
}
