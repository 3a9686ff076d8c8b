package zhengfa.corpus.draft;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import zhengfa.corpus.script.ScriptDetector;
import zhengfa.corpus.vocab.ProjectVocabulary;
import zhengfa.corpus.vocab.Region;

/**
 * A raw page to a drafted article: read the bytes ({@link RawPage}), bring the text to the corpus
 * form ({@link CorpusForm}), draft the sidecar ({@link SidecarDrafter}) and the silver spans
 * ({@link SpanDrafter}).
 */
public final class ArticleDrafter {

    private final ScriptDetector scripts;
    private final Gazetteer gazetteer;
    private final SidecarDrafter sidecars;
    private final SpanDrafter spans;

    public ArticleDrafter(ProjectVocabulary vocabulary, ScriptDetector scripts) {
        this.scripts = scripts;
        this.gazetteer = new Gazetteer(vocabulary.regions());
        this.sidecars = new SidecarDrafter(gazetteer, vocabulary.sources(), scripts);
        this.spans = new SpanDrafter(gazetteer, new NameFinder(), vocabulary.sources().entries().values().stream()
                .filter(source -> !source.kind().equals("unknown")).flatMap(source -> source.printedNames().stream())
                .distinct().toList());
    }

    /** What drafting a page gave: a draft to review, or why the bytes are not an article's text. */
    public sealed interface Outcome permits Drafted, NotText { }

    /**
     * @param text        the text as the corpus will store it
     * @param changes     what normalisation changed, in words
     * @param annotations the annotation file: {@code article_id} and the silver {@code spans}
     */
    public record Drafted(RawPage.Decoded page, String text, List<String> changes, ObjectNode sidecar,
                          ObjectNode annotations, List<DraftedField> checklist) implements Outcome { }

    public record NotText(RawPage.Rejected rejection) implements Outcome { }

    /** The provenance a curator gives on the command line; every field may be null. */
    public record Provenance(String url, String retrievedAt) { }

    public Outcome draft(byte[] bytes, String originalFilename, String requestedId, Provenance provenance,
                         Predicate<String> takenIds, LocalDate today) {
        RawPage.Reading reading = RawPage.read(bytes, scripts);
        if (reading instanceof RawPage.Rejected rejected) {
            return new NotText(rejected);
        }
        RawPage.Decoded decoded = (RawPage.Decoded) reading;
        CorpusForm.Normalised normalised = CorpusForm.normalise(decoded.text());
        List<String> changes = new ArrayList<>();
        if (decoded.hadBom()) {
            changes.add("removed the byte order mark");
        }
        changes.addAll(normalised.changes());
        Page page = new Page(normalised.text());
        SidecarDrafter.Result result = sidecars.draft(page, originalFilename, requestedId, takenIds, today);
        ObjectNode sidecar = result.sidecar();
        ObjectNode withProvenance = JsonNodeFactory.instance.objectNode();
        sidecar.properties().forEach(e -> {
            if (!e.getKey().equals("review_status")) {
                withProvenance.set(e.getKey(), e.getValue());
            }
        });
        if (provenance.url() != null) {
            withProvenance.put("url", provenance.url());
        }
        if (provenance.retrievedAt() != null) {
            withProvenance.put("retrieved_at", provenance.retrievedAt());
        }
        withProvenance.put("original_encoding", decoded.encoding());
        withProvenance.put("original_sha256", decoded.sha256());
        withProvenance.put("review_status", "draft");

        Optional<Region> region = Optional.ofNullable(sidecar.path("region").textValue())
                .flatMap(code -> gazetteer.regions().find(code));
        List<String> people = new ArrayList<>();
        result.structure().answerers().forEach(people::add);
        result.structure().bylines().forEach(b -> people.addAll(b.reporters()));
        sidecar.path("editors").forEach(e -> people.add(e.asText()));
        ArrayNode silver = spans.draft(page, result.structure(), result.simplified(), region, people);
        ObjectNode annotations = JsonNodeFactory.instance.objectNode();
        annotations.put("article_id", withProvenance.get("id").asText());
        annotations.set("spans", silver);
        return new Drafted(decoded, normalised.text(), List.copyOf(changes), withProvenance, annotations, result.checklist());
    }
}
