"""polars: the README's snippets, then every value against the release."""
import polars as pl

from conftest import assert_same_rows, canonical_row


def rows(frame, cols):
    return [canonical_row(r, cols) for r in frame.to_dicts()]


def test_parquet(release, columns, expected, layout):
    if layout == "single":
        # The README's snippet, verbatim.
        articles = pl.read_parquet("data/articles.parquet")
        spans = pl.read_parquet("data/annotations.parquet")
    else:
        # The README's snippet for the year and shards layouts, verbatim.
        articles = pl.read_parquet("data/articles/**/*.parquet", hive_partitioning=True)
        spans = pl.read_parquet("data/annotations/**/*.parquet", hive_partitioning=True)
    assert articles.schema["published_on"] == pl.Date
    assert articles.schema["char_count"] == pl.Int32
    assert articles.schema["interviewees"] == pl.List(pl.Struct({"name": pl.String, "role": pl.String}))
    assert isinstance(articles.schema["annotations"], pl.List)
    # polars types a Hive partition column from its values: Int64, appended last.
    assert articles.schema["year"] == (pl.Int64 if layout == "year" else pl.Int32)
    if layout != "year":
        assert articles.columns == [c for c, _ in columns["articles"]]
    assert_same_rows("articles", rows(articles, columns["articles"]), expected["articles"], "polars read_parquet")
    assert_same_rows("annotations", rows(spans, columns["annotations"]), expected["annotations"], "polars read_parquet")


def test_json_lines(release, columns, expected, jsonl, compression):
    if compression == "none":
        # The README's snippet, verbatim.
        articles = pl.read_ndjson("data/articles.jsonl", infer_schema_length=None, schema_overrides={"published_on": pl.Date})
        spans = pl.read_ndjson("data/annotations.jsonl", infer_schema_length=None)
    else:
        articles = pl.read_ndjson(jsonl["articles"], infer_schema_length=None, schema_overrides={"published_on": pl.Date})
        spans = pl.read_ndjson(jsonl["annotations"], infer_schema_length=None)
    # Inferred from every line (a column such as attr_kind can be null for the first hundred rows,
    # where polars would otherwise stop looking); JSON numbers come back as Int64.
    assert articles.schema["published_on"] == pl.Date
    assert articles.schema["year"] == pl.Int64 and spans.schema["attr_kind"] == pl.String
    assert sorted(articles.columns) == sorted(c for c, _ in columns["articles"])
    assert_same_rows("articles", rows(articles, columns["articles"]), expected["articles"], "polars read_ndjson")
    assert_same_rows("annotations", rows(spans, columns["annotations"]), expected["annotations"], "polars read_ndjson")
