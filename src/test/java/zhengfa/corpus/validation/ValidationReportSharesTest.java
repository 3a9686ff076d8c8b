package zhengfa.corpus.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.Location;
import zhengfa.corpus.finding.Severity;

/** Reports of shares of a corpus (Spark tasks) add up to the report of the whole, cap included. */
class ValidationReportSharesTest {

    @Test
    void sharesAddUpToTheWholeWithThePerCodeCapAcrossThem() throws Exception {
        ValidationReport whole = new ValidationReport(3);
        ValidationReport first = new ValidationReport(3);
        ValidationReport second = new ValidationReport(3);
        for (int i = 1; i <= 5; i++) {
            Finding finding = crlf("corpus/a" + i + ".txt");
            whole.report(finding);
            (i <= 2 ? first : second).report(finding);
        }
        Finding warning = Finding.of(FindingCode.CORPUS_EMPTY, "corpus").message("empty");
        whole.report(warning);
        second.report(warning);

        ValidationReport merged = new ValidationReport(3);
        merged.add(roundTrip(first));
        merged.add(roundTrip(second));

        assertEquals(whole.findings(), merged.findings());
        assertEquals(whole.countsByCode(), merged.countsByCode());
        assertEquals(whole.omitted(), merged.omitted());
        assertEquals(2, merged.omitted());
        assertEquals(whole.count(Severity.ERROR), merged.count(Severity.ERROR));
        assertEquals(whole.articlesWithErrors(), merged.articlesWithErrors());
        assertEquals(5, merged.articlesWithErrors(), "omitted findings still count their articles");
    }

    @Test
    void anEmptyShareAddsNothing() {
        ValidationReport merged = new ValidationReport();
        merged.add(new ValidationReport());
        assertEquals(List.of(), merged.findings());
        assertEquals(0, merged.count(Severity.ERROR));
    }

    private static Finding crlf(String file) {
        return Finding.of(FindingCode.TEXT_CR_LINE_ENDING, file)
                .at(new Location.LineColumn(1, 2))
                .message("text has CRLF line endings");
    }

    /** Spark ships a share from an executor to the driver by Java serialization. */
    private static ValidationReport roundTrip(ValidationReport report) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(report);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (ValidationReport) in.readObject();
        }
    }
}
