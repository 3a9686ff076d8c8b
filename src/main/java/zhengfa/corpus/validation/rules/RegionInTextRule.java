package zhengfa.corpus.validation.rules;

import com.ibm.icu.text.Transliterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import zhengfa.corpus.finding.ArticleInput;
import zhengfa.corpus.finding.ArticleRule;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.FindingSink;
import zhengfa.corpus.finding.Location;
import zhengfa.corpus.script.ScriptDetector;
import zhengfa.corpus.vocab.Region;
import zhengfa.corpus.vocab.Regions;

/**
 * A known region that the text never names, nor any division above or below it, is probably a
 * slip (a neighbouring code, the reporter's home town): a warning, since an article may be about a
 * place without naming it.
 */
public final class RegionInTextRule implements ArticleRule {

    private final Regions regions;
    private final ScriptDetector scripts;
    /** Names by region code, in both scripts: a corpus has few regions and many articles. */
    private final Map<String, List<String>> namesByCode = new ConcurrentHashMap<>();
    /** Not thread-safe: used only under its own lock, once per region. */
    private final Transliterator toTraditional = Transliterator.getInstance("Hans-Hant");

    public RegionInTextRule(Regions regions, ScriptDetector scripts) {
        this.regions = regions;
        this.scripts = scripts;
    }

    @Override
    public void check(ArticleInput article, FindingSink sink) {
        if (!article.hasText() || !article.hasSidecar() || article.sidecar().region() == null) {
            return;
        }
        Optional<Region> region = regions.find(article.sidecar().region());
        if (region.isEmpty()) {
            return;
        }
        List<String> names = namesByCode.computeIfAbsent(
                region.get().code(), code -> inBothScripts(regions.namesAround(region.get())));
        String text = article.text();
        if (names.stream().anyMatch(text::contains)) {
            return;
        }
        // Rare (the finding is likely): a name whose Traditional form differs from the converter's.
        String simplified = scripts.foldToSimplified(text);
        if (names.stream().anyMatch(simplified::contains)) {
            return;
        }
        sink.report(Finding.of(FindingCode.SIDECAR_REGION_NOT_IN_TEXT, article.sidecarFile())
                .at(Location.JsonPointer.of("region"))
                .found(region.get().code() + " " + region.get().nameZh() + ", which the text does not name")
                .expected("a region the text names, or one above or below a place it names")
                .fix("check the code (regions find <name> lists the codes of a place the text names); keep it if the"
                        + " article is about this region without naming it")
                .message("nothing in the text supports the region"));
    }

    /** The names as GB/T 2260 writes them (Simplified) and in Traditional, so that most texts need no conversion. */
    private List<String> inBothScripts(List<String> names) {
        List<String> both = new java.util.ArrayList<>(names);
        synchronized (toTraditional) {
            for (String name : names) {
                String traditional = toTraditional.transliterate(name);
                if (!traditional.equals(name)) {
                    both.add(traditional);
                }
            }
        }
        return List.copyOf(both);
    }
}
