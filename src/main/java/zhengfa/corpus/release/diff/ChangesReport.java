package zhengfa.corpus.release.diff;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;

/** Renders {@link ReleaseChanges} as {@code CHANGES.md} (for people) and {@code changes.json} (for tools). */
public final class ChangesReport {

    public static final String MARKDOWN = "CHANGES.md";
    public static final String JSON = "changes.json";

    private ChangesReport() {}

    public static String markdown(ReleaseChanges c) {
        StringBuilder md = new StringBuilder();
        md.append("# Changes from ")
                .append(c.fromVersion())
                .append(" to ")
                .append(c.toVersion())
                .append("\n\n");
        if (c.isEmpty()) {
            md.append("No article, span or column changed.\n\n");
        }
        md.append("Suggested version bump: **")
                .append(c.suggested().label())
                .append("**; this release ")
                .append(c.actualInWords())
                .append('.');
        if (c.versionTooSmall()) {
            md.append(" **Warning:** the changes call for a ")
                    .append(c.suggested().label())
                    .append(" bump.");
        }
        md.append("\n\n");
        list(md, "Articles added", c.added());
        list(md, "Articles removed", c.removed());
        if (!c.changed().isEmpty()) {
            md.append("## Articles changed (").append(c.changed().size()).append(")\n\n");
            for (ReleaseChanges.ArticleChange a : c.changed()) {
                md.append("- `").append(a.id()).append("`:");
                if (a.textChanged()) {
                    md.append(" text changed;");
                }
                if (!a.fields().isEmpty()) {
                    md.append(" fields ").append(String.join(", ", a.fields())).append(';');
                }
                if (!a.spansAdded().isEmpty()) {
                    md.append(" spans added ")
                            .append(String.join(", ", a.spansAdded()))
                            .append(';');
                }
                if (!a.spansRemoved().isEmpty()) {
                    md.append(" spans removed ")
                            .append(String.join(", ", a.spansRemoved()))
                            .append(';');
                }
                a.relabelled()
                        .forEach((id, change) -> md.append(" span ")
                                .append(id)
                                .append(" relabelled ")
                                .append(change)
                                .append(';'));
                if (!a.spansMoved().isEmpty()) {
                    md.append(" spans re-anchored or re-attributed ")
                            .append(String.join(", ", a.spansMoved()))
                            .append(';');
                }
                md.setLength(md.length() - 1);
                md.append('\n');
            }
            md.append('\n');
        }
        list(md, "Columns", c.columnChanges());
        if (!c.facetShifts().isEmpty()) {
            md.append("## Counts that shifted\n\n| facet | value | before | after |\n|---|---|---:|---:|\n");
            c.facetShifts()
                    .forEach((facet, values) -> values.forEach((value, counts) -> md.append("| ")
                            .append(facet)
                            .append(" | ")
                            .append(value)
                            .append(" | ")
                            .append(counts[0])
                            .append(" | ")
                            .append(counts[1])
                            .append(" |\n")));
            md.append('\n');
        }
        return md.toString();
    }

    private static void list(StringBuilder md, String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        md.append("## ").append(title).append(" (").append(items.size()).append(")\n\n");
        items.forEach(i -> md.append("- `").append(i).append("`\n"));
        md.append('\n');
    }

    public static String json(ReleaseChanges c) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("from_version", c.fromVersion());
        root.put("to_version", c.toVersion());
        root.put("suggested_bump", c.suggested().label());
        root.put("actual_bump", c.actual().label());
        root.put("version_too_small", c.versionTooSmall());
        c.added().forEach(root.putArray("articles_added")::add);
        c.removed().forEach(root.putArray("articles_removed")::add);
        ArrayNode changed = root.putArray("articles_changed");
        for (ReleaseChanges.ArticleChange a : c.changed()) {
            ObjectNode node = changed.addObject();
            node.put("id", a.id());
            node.put("text_changed", a.textChanged());
            a.fields().forEach(node.putArray("fields_changed")::add);
            a.spansAdded().forEach(node.putArray("spans_added")::add);
            a.spansRemoved().forEach(node.putArray("spans_removed")::add);
            ObjectNode relabelled = node.putObject("spans_relabelled");
            a.relabelled().forEach(relabelled::put);
            a.spansMoved().forEach(node.putArray("spans_changed")::add);
        }
        c.columnChanges().forEach(root.putArray("column_changes")::add);
        ObjectNode shifts = root.putObject("count_shifts");
        c.facetShifts().forEach((facet, values) -> {
            ObjectNode f = shifts.putObject(facet);
            values.forEach((value, counts) ->
                    f.putObject(value).put("before", counts[0]).put("after", counts[1]));
        });
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        return mapper.writer(printer).writeValueAsString(root) + "\n";
    }
}
