package zhengfa.corpus.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import zhengfa.corpus.curation.PageAdder;
import zhengfa.corpus.draft.DraftedField;

/** The table that ends an add of several pages: one row a page, in the order given. */
final class BatchSummary {

    private BatchSummary() {}

    /**
     * One page's line: what it was added as, or why it was refused.
     *
     * @param id       the article's id, or null when refused
     * @param drafted  the checklist's fields with a drafted value
     * @param blank    the checklist's fields left blank for the curator
     * @param problems what validate will report besides the draft status
     * @param refusal  why nothing of the page was written, or null
     */
    record Row(Path file, String id, int drafted, int blank, int problems, String refusal) {

        static Row of(PageAdder.Outcome outcome) {
            if (outcome instanceof PageAdder.Refused refused) {
                return new Row(refused.file(), null, 0, 0, 0, refused.problem());
            }
            PageAdder.Added added = (PageAdder.Added) outcome;
            List<DraftedField> checklist = added.draft().checklist();
            return new Row(
                    added.file(),
                    added.id(),
                    (int) checklist.stream().filter(f -> !f.blank()).count(),
                    (int) checklist.stream().filter(DraftedField::blank).count(),
                    added.problems().size(),
                    null);
        }
    }

    static String table(List<Row> rows) {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"page", "id", "drafted", "blank", "validate"});
        for (Row row : rows) {
            cells.add(
                    row.refusal() == null
                            ? new String[] {
                                row.file().toString(),
                                row.id(),
                                Integer.toString(row.drafted()),
                                Integer.toString(row.blank()),
                                row.problems() == 0
                                        ? "draft only"
                                        : row.problems() + (row.problems() == 1 ? " problem" : " problems")
                            }
                            : new String[] {row.file().toString(), "(refused)", "", "", reason(row)});
        }
        int[] widths = new int[5];
        for (String[] line : cells) {
            for (int c = 0; c < 4; c++) {
                widths[c] = Math.max(widths[c], line[c].codePointCount(0, line[c].length()));
            }
        }
        StringBuilder table = new StringBuilder();
        for (String[] line : cells) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < 5; c++) {
                text.append(c < 4 ? pad(line[c], widths[c], c >= 2) + "  " : line[c]);
            }
            table.append(text.toString().stripTrailing()).append('\n');
        }
        return table.toString();
    }

    /** The refusal without the page's name, which the row already shows. */
    private static String reason(Row row) {
        String prefix = row.file() + ": ";
        return row.refusal().startsWith(prefix) ? row.refusal().substring(prefix.length()) : row.refusal();
    }

    private static String pad(String cell, int width, boolean right) {
        String space = " ".repeat(width - cell.codePointCount(0, cell.length()));
        return right ? space + cell : cell + space;
    }
}
