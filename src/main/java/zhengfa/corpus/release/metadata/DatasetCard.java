package zhengfa.corpus.release.metadata;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import zhengfa.corpus.dataset.ArticlesTable;
import zhengfa.corpus.dataset.CorpusFields;
import zhengfa.corpus.release.diff.ReleaseChanges;
import zhengfa.corpus.table.Column;
import zhengfa.corpus.table.TableSchema;
import zhengfa.corpus.writer.FormatName;
import zhengfa.corpus.writer.partition.ParquetLayout;

/**
 * The release's {@code README.md}: Hugging Face dataset-card front matter, prose in the manner of
 * "Datasheets for Datasets" (motivation, composition, collection, preprocessing, uses, maintenance)
 * and the column dictionary, all generated from the declared tables and the release's counts.
 */
public final class DatasetCard {

    public static final String FILE = "README.md";
    private static final String SPAN_LABELS = "label (spans)";

    private DatasetCard() {}

    public static String of(ReleaseFacts facts, ReleaseChanges changes) {
        StringBuilder md = new StringBuilder();
        frontMatter(md, facts);
        var stats = facts.statistics();
        md.append("# ").append(facts.spec().releaseName()).append("\n\n");
        md.append(ReleaseFacts.DESCRIPTION).append("\n\n");
        md.append("- Version ")
                .append(facts.spec().version())
                .append(", released ")
                .append(facts.spec().releaseDate())
                .append("\n- Release id `")
                .append(facts.releaseId())
                .append("` (SHA-256 over the articles' `content_sha256`, see `manifest.json`)\n")
                .append("- ")
                .append(stats.articles())
                .append(" articles, ")
                .append(stats.spans())
                .append(" annotated spans, ")
                .append(stats.characters())
                .append(" characters\n")
                .append("- Integrity: `sha256sum -c SHA256SUMS`\n\n");

        md.append("## Motivation\n\n")
                .append("The corpus documents how regional political-legal (政法) commissions describe their work:")
                .append(" interviews with and reports on commission secretaries across provinces, prefectures and")
                .append(" counties. It is made for research in political communication, legal studies and Chinese NLP,")
                .append(" where the exact wording matters; every release is validated, versioned and byte-reproducible")
                .append(" so that it can be cited.\n\n");

        md.append("## Composition\n\n")
                .append("Each row of `articles` is one article: its exact text as scraped, its metadata and its")
                .append(" annotations. Each row of `annotations` is one span. Counts in this release:\n\n");
        for (Map.Entry<String, SortedMap<String, Integer>> facet :
                stats.facets().entrySet()) {
            if (facet.getKey().equals(SPAN_LABELS)) {
                spanLabels(md, facet.getValue(), stats.silverByLabel());
                continue;
            }
            md.append("| ").append(facet.getKey()).append(" | count |\n|---|---:|\n");
            facet.getValue()
                    .forEach((value, count) -> md.append("| ")
                            .append(value)
                            .append(" | ")
                            .append(count)
                            .append(" |\n"));
            md.append('\n');
        }

        md.append("## Collection and provenance\n\n")
                .append("Texts were scraped from the web sites of the publications or of sites that republish them;")
                .append(" each sidecar records the publication as printed (`source_as_printed`), the registry entry")
                .append(" (`source_id`) and, where different, the site it was retrieved from (`retrieved_from`). Where")
                .append(" a text names no publication, the source is `unknown` with a note: it is never guessed. Dates")
                .append(
                        " are given at the precision the text supports: `stated` or `inferred` with the quoted evidence, or `url` where only"
                                + " the page's address carries the date.")
                .append(" Sources in this release:\n\n");
        facts.sources()
                .forEach((key, source) -> md.append("- `")
                        .append(key)
                        .append("`: ")
                        .append(source.nameZh())
                        .append(" (")
                        .append(source.nameEn())
                        .append(", ")
                        .append(source.kind())
                        .append(")\n"));
        md.append("\nThe page furniture that came with the texts (site navigation, footers, share buttons, an injected")
                .append(" gambling-spam line, print page-jump markers such as 下转第八版) is **kept** in `text`, byte")
                .append(
                        " for byte, and marked by `structure/boilerplate` spans with a `kind`; the `body` column is the")
                .append(" text without it.\n\n");

        md.append("## Preprocessing\n\n")
                .append(
                        "None applied to `text` beyond the corpus form: it is stored as obtained, after checks that it is")
                .append(
                        " UTF-8, NFC, LF-terminated and free of control characters (pages added with `add` were brought to")
                .append(" that form: decoded from their original encoding, CRLF made LF, normalised to NFC; the corpus")
                .append(" sidecar records the original encoding and the SHA-256 of the bytes obtained).")
                .append(
                        " Span offsets are Unicode code points, half-open, over `text` (Python's `text[start:end]`). `body` is derived: boilerplate spans")
                .append(" removed, lines trimmed, empty lines dropped; its offsets do not match `text`. Region names,")
                .append(
                        " province and ISO 3166-2 codes are resolved from the GB/T 2260 code (state of 2024-12-31).\n\n");

        md.append("## Uses and limits\n\n")
                .append(
                        "- Suited to: close reading, discourse and framing analysis, named-entity and document-structure")
                .append(" tasks, script-aware (Simplified/Traditional) processing.\n")
                .append("- Not representative of Chinese media or of all regions: articles were chosen, not sampled.\n")
                .append("- Texts are official or semi-official communication and carry its perspective.\n")
                .append(
                        "- Annotations marked `gold` were read and checked by a curator; `rule:` spans are machine-made.\n")
                .append("- Licence: ")
                .append(ReleaseFacts.LICENSE_NOTE)
                .append("\n\n");

        md.append("## Maintenance\n\n")
                .append("Releases are cut from the git-kept corpus with `mvn package`; a released version is never")
                .append(" changed. Corrections to existing articles are patch releases, added articles or columns")
                .append(" minor releases, removals or type changes major releases (the project's convention; note that")
                .append(" Croissant's own guidance counts any edited record as a major change).");
        if (changes != null) {
            md.append(" This release's changes from ")
                    .append(changes.fromVersion())
                    .append(" are in `CHANGES.md`: ")
                    .append(changes.added().size())
                    .append(" added, ")
                    .append(changes.removed().size())
                    .append(" removed, ")
                    .append(changes.changed().size())
                    .append(" changed.");
        }
        md.append("\n\n");

        md.append("## Files\n\n");
        for (ReleaseFacts.DataFile file : facts.dataFiles().values()) {
            boolean whole = facts.filesOf(file.table(), file.format().kind()).size() == 1;
            md.append("- `")
                    .append(file.path())
                    .append("`: ")
                    .append(
                            whole
                                    ? facts.statistics().rows(file.table()) + " rows, "
                                    : "part of `" + file.table().name() + "`, ")
                    .append(file.bytes())
                    .append(" bytes\n");
        }
        md.append("- `manifest.json`, `datapackage.json` (Frictionless), `croissant.json` (MLCommons Croissant 1.0)\n")
                .append(
                        "- `report.html`: the counts as charts and tables, and the changes since the previous release\n")
                .append("- `LICENSE`: which part of the release is under which licence\n")
                .append("- `schema/`: the JSON Schemas and vocabularies the corpus was validated against\n")
                .append("- `SHA256SUMS`\n\n");

        for (TableSchema table : facts.tables()) {
            CorpusFields.Declaration fields =
                    table.name().equals(ArticlesTable.SCHEMA.name()) ? CorpusFields.ARTICLE : CorpusFields.SPAN;
            md.append("## Columns of `")
                    .append(table.name())
                    .append("`\n\n")
                    .append(table.description())
                    .append("\n\n")
                    .append("| column | type | nullable | from the corpus | description |\n|---|---|---|---|---|\n");
            for (Column column : table.columns()) {
                md.append("| `")
                        .append(column.name())
                        .append("` | ")
                        .append(Types.manifest(column.type()).replace("|", "\\|"))
                        .append(" | ")
                        .append(column.nullable() ? "yes" : "no")
                        .append(" | ")
                        .append(fields.fieldOf(column.name())
                                .map(f -> "`" + f + "`")
                                .orElse("derived"))
                        .append(" | ")
                        .append(column.description())
                        .append(" |\n");
            }
            md.append('\n');
        }
        md.append("## Fields not released\n\n");
        for (CorpusFields.Declaration fields : List.of(CorpusFields.ARTICLE, CorpusFields.SPAN)) {
            if (fields.excluded().isEmpty()) {
                md.append("- `")
                        .append(fields.schemaFile())
                        .append("`: none; every field a curator records is a column above.\n");
            }
            fields.excluded()
                    .forEach((field, fate) -> md.append("- `")
                            .append(fields.schemaFile())
                            .append("` `")
                            .append(field)
                            .append("`: ")
                            .append(fate.reason())
                            .append('\n'));
        }
        md.append('\n');
        String articlesParquet =
                facts.parquetLayout() instanceof ParquetLayout.Single ? "data/articles.parquet" : "data/articles";
        md.append("## Loading\n\n```python\nimport pandas as pd\n")
                .append("articles = pd.read_parquet(\"")
                .append(articlesParquet)
                .append("\")\n")
                .append(facts.filesOf(facts.tables().get(1), FormatName.JSONL).stream()
                        .findFirst()
                        .map(f -> "spans = pd.read_json(\"" + f.path() + "\", lines=True, dtype=False)\n")
                        .orElse(""))
                .append("laws_in_traditional = spans[(spans.label == \"LAW\") & (spans.script == \"Hant\")]\n\n")
                .append("import os\nfrom datasets import load_dataset\n")
                .append("articles = load_dataset(os.path.abspath(\".\"), \"articles\", split=\"train\")\n```\n\n");
        md.append("## Citation\n\n```bibtex\n")
                .append(Citation.bibtex(facts.spec()))
                .append("\n```\n");
        return md.toString();
    }

    /**
     * Spans by label; where some were drafted by machine (silver: source rule:… or model:…), a
     * column says how many, so that gold and silver can be told apart before the data is opened.
     */
    private static void spanLabels(
            StringBuilder md, SortedMap<String, Integer> all, SortedMap<String, Integer> silver) {
        if (silver.isEmpty()) {
            md.append("| ").append(SPAN_LABELS).append(" | count |\n|---|---:|\n");
            all.forEach((label, count) ->
                    md.append("| ").append(label).append(" | ").append(count).append(" |\n"));
        } else {
            md.append("| ").append(SPAN_LABELS).append(" | count | gold | silver |\n|---|---:|---:|---:|\n");
            all.forEach((label, count) -> {
                int machine = silver.getOrDefault(label, 0);
                md.append("| ")
                        .append(label)
                        .append(" | ")
                        .append(count)
                        .append(" | ")
                        .append(count - machine)
                        .append(" | ")
                        .append(machine)
                        .append(" |\n");
            });
            md.append("\nSilver spans were drafted by rules or models (the `source` column names which) and not all")
                    .append(" checked by a curator; filter on `source = 'gold'` for hand-checked spans only.\n");
        }
        md.append('\n');
    }

    private static void frontMatter(StringBuilder md, ReleaseFacts facts) {
        int n = facts.statistics().articles();
        String size = n < 1_000
                ? "n<1K"
                : n < 10_000 ? "1K<n<10K" : n < 100_000 ? "10K<n<100K" : n < 1_000_000 ? "100K<n<1M" : "1M<n<10M";
        md.append("---\n")
                .append("pretty_name: \"zhengfa-corpus ")
                .append(facts.spec().version())
                .append("\"\n")
                .append("license: other\n")
                .append("license_name: mixed\n")
                .append("license_link: ")
                .append(ReleaseLicense.FILE)
                .append('\n')
                .append("license_details: \"")
                .append(ReleaseFacts.LICENSE_NOTE)
                .append("\"\n")
                .append("language:\n- zh\n")
                .append("size_categories:\n- ")
                .append(size)
                .append('\n')
                .append("task_categories:\n- token-classification\n- text-classification\n")
                .append("tags:\n- political-legal\n- news\n- interviews\n- named-entities\n");
        // The declared features, so that `datasets` gives every config the declared types rather than
        // inferring them, and checks the row counts.
        md.append("dataset_info:\n");
        for (TableSchema table : facts.tables()) {
            md.append("- config_name: ").append(table.name()).append("\n  features:\n");
            for (Column column : table.columns()) {
                md.append("  - name: ").append(column.name()).append('\n');
                Types.huggingFace(column.type(), "    ", md);
            }
            long bytes = configFiles(facts, table).stream()
                    .mapToLong(ReleaseFacts.DataFile::bytes)
                    .sum();
            md.append("  splits:\n  - name: train\n    num_bytes: ")
                    .append(bytes)
                    .append("\n    num_examples: ")
                    .append(facts.statistics().rows(table))
                    .append('\n');
        }
        md.append("configs:\n");
        boolean first = true;
        for (TableSchema table : facts.tables()) {
            md.append("- config_name: ").append(table.name()).append('\n');
            if (first) {
                md.append("  default: true\n");
                first = false;
            }
            md.append("  data_files:\n  - split: train\n    path: ")
                    .append(configPath(facts, table))
                    .append('\n');
        }
        md.append("---\n\n");
    }

    /**
     * What `datasets` loads for a table: its Parquet, except in the year layout, where the Parquet
     * files lack `year` (it is in the folder names, and `datasets` reads no Hive partitions), so the
     * JSON Lines are loaded instead, typed by the declared features.
     */
    private static String configPath(ReleaseFacts facts, TableSchema table) {
        ParquetLayout layout = facts.parquetLayout();
        if (readsJsonLines(facts)) {
            return facts.filesOf(table, FormatName.JSONL).get(0).path();
        }
        return layout instanceof ParquetLayout.Single
                ? "data/" + table.name() + ".parquet"
                : "data/" + table.name()
                        + (layout instanceof ParquetLayout.ByYear ? "/year=*/*.parquet" : "/*.parquet");
    }

    private static List<ReleaseFacts.DataFile> configFiles(ReleaseFacts facts, TableSchema table) {
        return facts.filesOf(table, readsJsonLines(facts) ? FormatName.JSONL : FormatName.PARQUET);
    }

    private static boolean readsJsonLines(ReleaseFacts facts) {
        return facts.parquetLayout() instanceof ParquetLayout.ByYear && facts.has(FormatName.JSONL);
    }
}
