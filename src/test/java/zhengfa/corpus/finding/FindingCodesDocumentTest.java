package zhengfa.corpus.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengfa.corpus.Slow;

@Slow
class FindingCodesDocumentTest {

    @Test
    void theReferenceListsEveryCodeAndIsNotStale(@TempDir Path tmp) throws Exception {
        String expected = FindingCodesDocument.render(tmp);
        if (Boolean.getBoolean("zhengfa.regenerate")) {
            Files.writeString(FindingCodesDocument.path(), expected);
        }
        for (FindingCode code : FindingCode.values()) {
            assertTrue(expected.contains("\n## " + code + "\n"), code.name());
        }
        assertTrue(Files.isRegularFile(FindingCodesDocument.path()), "no " + FindingCodesDocument.path());
        assertEquals(
                expected,
                Files.readString(FindingCodesDocument.path()),
                "docs/finding-codes.md is stale: regenerate it with"
                        + " mvn -o test -Dunit.excludedGroups= -Dtest=FindingCodesDocumentTest -Dzhengfa.regenerate=true");
    }
}
