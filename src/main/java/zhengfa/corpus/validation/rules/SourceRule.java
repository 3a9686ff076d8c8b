package zhengfa.corpus.validation.rules;

import zhengfa.corpus.finding.ArticleInput;
import zhengfa.corpus.finding.ArticleRule;
import zhengfa.corpus.finding.Edit;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.FindingSink;
import zhengfa.corpus.finding.Location;
import zhengfa.corpus.vocab.Sources;

/** source and retrieved_from are keys of schema/sources.json. */
public final class SourceRule implements ArticleRule {

    private final Sources sources;

    public SourceRule(Sources sources) {
        this.sources = sources;
    }

    @Override
    public void check(ArticleInput article, FindingSink sink) {
        if (!article.hasSidecar()) {
            return;
        }
        if (article.sidecar().source() != null) {
            checkKey(article, "source", article.sidecar().source(), sink);
            checkNote(article, article.sidecar().source(), article.sidecar().sourceNote(), sink);
        }
        if (article.sidecar().retrievedFrom() != null) {
            checkKey(article, "retrieved_from", article.sidecar().retrievedFrom(), sink);
        }
    }

    private void checkKey(ArticleInput article, String field, String key, FindingSink sink) {
        if (sources.find(key).isEmpty()) {
            sink.report(Finding.of(FindingCode.SIDECAR_UNKNOWN_SOURCE, article.sidecarFile())
                    .at(Location.JsonPointer.of(field))
                    .found("\"" + key + "\"")
                    .expected("a key of schema/sources.json (" + sources.ids().size()
                            + " of them: `sources list` shows each with its" + " names), or \"unknown\"")
                    .fix("use the publication's key (`sources list`), or add it first with `sources add " + key
                            + " --name-zh=… --name-en=… --kind=…` (`sources add --help` lists the kinds)")
                    .message("unknown source key " + key));
        }
    }

    /** The drafter's words for a source it could not name by key (ArticleDrafter writes them). */
    static final String DRAFTED_UNKNOWN_NOTE = "which the source registry does not know";

    /**
     * add's note that the registry lacks the credited publication, left after the curator added it and set its key:
     * it would ship, no longer true, in the release's source_note column.
     */
    private void checkNote(ArticleInput article, String key, String note, FindingSink sink) {
        if (note != null
                && note.contains(DRAFTED_UNKNOWN_NOTE)
                && !key.equals("unknown")
                && sources.find(key).isPresent()) {
            sink.report(Finding.of(FindingCode.SIDECAR_SOURCE_NOTE_STALE, article.sidecarFile())
                    .at(Location.JsonPointer.of("source_note"))
                    .found("\"" + note + "\"")
                    .expected("a note true of the source " + key + ", or none")
                    .edit(Edit.json().remove("/source_note").build())
                    .fix("delete \"source_note\" (add wrote it before " + key + " was in the registry)")
                    .message("the source note says the registry does not know the source, but source is its key "
                            + key));
        }
    }
}
