package zhengfa.corpus.bad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import zhengfa.corpus.CorpusFixture;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;

/**
 * A suggested fix passes the check that suggested it: every finding of the bad-input catalogue that
 * carries a computed fix (an {@link zhengfa.corpus.finding.Edit}) is applied to a copy of its case, and
 * the case is validated again. The finding must be gone, and the edit must bring no finding of a new
 * kind. The catalogue must give an edit for every code listed in {@link #EDITED}, so that the test
 * cannot pass by finding none.
 */
class ComputedFixesIT {

    /** The codes whose findings carry an edit somewhere in the catalogue. */
    private static final Set<FindingCode> EDITED = Set.of(
            FindingCode.TEXT_BOM,
            FindingCode.TEXT_CR_LINE_ENDING,
            FindingCode.TEXT_NOT_NFC,
            FindingCode.TEXT_SCRIPT_MISMATCH,
            FindingCode.SIDECAR_ID_MISMATCH,
            FindingCode.SIDECAR_PATTERN_MISMATCH,
            FindingCode.SIDECAR_DATE_CONTRADICTS_EVIDENCE,
            FindingCode.SIDECAR_DATE_NOT_IN_URL,
            FindingCode.SIDECAR_SOURCE_NOTE_STALE,
            FindingCode.ANNOTATION_ARTICLE_ID_MISMATCH,
            FindingCode.SPAN_UTF16_OFFSETS,
            FindingCode.SPAN_UTF8_OFFSETS,
            FindingCode.SPAN_TEXT_MISMATCH,
            FindingCode.SPAN_EMPTY_OR_REVERSED,
            FindingCode.SPAN_DUPLICATE,
            FindingCode.SPAN_EDGE_WHITESPACE);

    private static final Set<FindingCode> SEEN = new TreeSet<>();

    static List<String> cases() throws Exception {
        return BadInputCatalogue.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyComputedFixPassesItsCheck(String name, @TempDir Path tmp) throws Exception {
        Path work = BadInputCatalogue.prepare(name, tmp.resolve("case"));
        List<Finding> before = BadInputCatalogue.validator(work)
                .validate(work.resolve("corpus"))
                .findings();
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (Finding finding : before) {
            if (finding.edit() == null) {
                continue;
            }
            Path copy = tmp.resolve("fixed-" + n++);
            CorpusFixture.copyTree(work, copy);
            Edits.apply(finding.edit(), copy.resolve(finding.file()));
            List<Finding> after = BadInputCatalogue.validator(copy)
                    .validate(copy.resolve("corpus"))
                    .findings();
            String applied = finding.code() + " at " + finding.file()
                    + finding.location().render() + " (" + finding.fix() + ")";
            if (after.stream().anyMatch(f -> same(f, finding))) {
                failures.add(applied + " is still reported after the edit");
            }
            Set<FindingCode> known = before.stream().map(Finding::code).collect(Collectors.toSet());
            List<Finding> brought =
                    after.stream().filter(f -> !known.contains(f.code())).toList();
            if (!brought.isEmpty()) {
                failures.add(applied + " brings new findings:\n" + CorpusFixture.describe(brought));
            }
            synchronized (SEEN) {
                SEEN.add(finding.code());
            }
        }
        assertTrue(failures.isEmpty(), name + ":\n" + String.join("\n", failures));
    }

    @AfterAll
    static void everyEditingCheckWasExercised() {
        Set<FindingCode> missing = new TreeSet<>(EDITED);
        missing.removeAll(SEEN);
        assertEquals(Set.of(), missing, "no case of the catalogue gave an edit for these codes");
    }

    private static boolean same(Finding a, Finding b) {
        return a.code() == b.code() && a.file().equals(b.file()) && a.location().equals(b.location());
    }
}
