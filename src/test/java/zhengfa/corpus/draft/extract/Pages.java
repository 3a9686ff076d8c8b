package zhengfa.corpus.draft.extract;

import zhengfa.corpus.draft.layout.PageLines;
import zhengfa.corpus.draft.page.Page;
import zhengfa.corpus.script.ScriptDetector;

/** Pages written for the extractor tests, one line per argument. */
final class Pages {

    static final ScriptDetector SCRIPTS = new ScriptDetector();

    private Pages() {}

    static PageLines of(String... lines) {
        return PageLines.of(new Page(String.join("\n", lines) + "\n"), SCRIPTS);
    }
}
