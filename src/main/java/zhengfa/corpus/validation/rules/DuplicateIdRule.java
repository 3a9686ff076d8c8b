package zhengfa.corpus.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import zhengfa.corpus.validation.ArticleInput;
import zhengfa.corpus.validation.CorpusRule;
import zhengfa.corpus.validation.Finding;
import zhengfa.corpus.validation.FindingCode;
import zhengfa.corpus.validation.FindingSink;
import zhengfa.corpus.validation.Location;

/** Two sidecars may not claim the same id (each would also differ from its own file stem). */
public final class DuplicateIdRule implements CorpusRule {

    private final Map<String, List<String>> filesById = new TreeMap<>();

    @Override
    public synchronized void accept(ArticleInput article) {
        if (article.hasSidecar() && article.sidecar().id() != null) {
            filesById.computeIfAbsent(article.sidecar().id(), k -> new ArrayList<>()).add(article.sidecarFile());
        }
    }

    @Override
    public synchronized void finish(FindingSink sink) {
        filesById.forEach((id, files) -> {
            if (files.size() > 1) {
                List<String> sorted = files.stream().sorted().toList();
                for (String file : sorted) {
                    sink.report(Finding.of(FindingCode.CORPUS_DUPLICATE_ID, file).at(Location.JsonPointer.of("id"))
                            .found("\"" + id + "\", also declared by " + sorted.stream().filter(f -> !f.equals(file)).toList())
                            .expected("ids unique across the corpus")
                            .fix("give each article its own id, equal to its file stem")
                            .message("id " + id + " is declared " + files.size() + " times"));
                }
            }
        });
    }
}
