"""pandas 3 (with pyarrow): the README's snippets, then every value against the release."""
import pandas as pd
import pytest

from conftest import assert_same_rows, canonical_row, parquet_path


def rows(frame, cols):
    return [canonical_row(r, cols) for r in frame.to_dict("records")]


def test_json_lines_as_the_readme_reads_them(release, columns, expected, jsonl, compression):
    if compression == "none":
        # The README's snippet, verbatim.
        articles = pd.read_json("data/articles.jsonl", lines=True, dtype=False)
        spans = pd.read_json("data/annotations.jsonl", lines=True, dtype=False)
    else:
        # .jsonl.gz and .jsonl.zst: pandas decompresses by the file name (zstd with the zstandard package).
        articles = pd.read_json(jsonl["articles"], lines=True, dtype=False)
        spans = pd.read_json(jsonl["annotations"], lines=True, dtype=False)
    laws = spans[(spans.label == "LAW") & (spans.script == "Hant")]
    published = pd.to_datetime(articles["published_on"])

    assert list(articles.columns) == [c for c, _ in columns["articles"]]
    assert list(spans.columns) == [c for c, _ in columns["annotations"]]
    assert str(articles["id"].dtype) == "str" and str(articles["region_code"].dtype) == "str", \
        "dtype=False keeps codes as strings"
    assert str(articles["year"].dtype) == "int64" and str(spans["start"].dtype) == "int64"
    assert str(published.dtype).startswith("datetime64")
    assert all(isinstance(v, list) and all(isinstance(s, dict) for s in v) for v in articles["annotations"])
    assert all(isinstance(v, list) for v in articles["interviewees"])
    assert set(laws["label"]) <= {"LAW"} and set(laws["script"]) <= {"Hant"}
    assert len(laws) == sum(1 for r in expected["annotations"] if r["label"] == "LAW" and r["script"] == "Hant")
    assert_same_rows("articles", rows(articles, columns["articles"]), expected["articles"], "pandas read_json")
    assert_same_rows("annotations", rows(spans, columns["annotations"]), expected["annotations"], "pandas read_json")


def test_parquet_as_the_readme_reads_it(release, columns, expected, layout):
    if layout == "single":
        # The README's snippet, verbatim.
        articles = pd.read_parquet("data/articles.parquet")
        spans = pd.read_parquet("data/annotations.parquet")
    else:
        # The README's snippet for the year and shards layouts, verbatim.
        articles = pd.read_parquet("data/articles")
        spans = pd.read_parquet("data/annotations")
    for frame, table in ((articles, "articles"), (spans, "annotations")):
        declared = [c for c, _ in columns[table]]
        if layout == "year":
            # pyarrow appends the Hive partition column, as a category of the folder names' years.
            assert list(frame.columns) == [c for c in declared if c != "year"] + ["year"]
            assert isinstance(frame["year"].dtype, pd.CategoricalDtype)
        else:
            assert list(frame.columns) == declared
            assert str(frame["year"].dtype) == "int32"
    assert str(articles["char_count"].dtype) == "int32" and str(spans["start"].dtype) == "int32"
    assert str(articles["text"].dtype) == "str"
    assert all(d is None or type(d).__name__ == "date" for d in articles["published_on"]), "published_on is not dates"
    assert_same_rows("articles", rows(articles, columns["articles"]), expected["articles"], "pandas read_parquet")
    assert_same_rows("annotations", rows(spans, columns["annotations"]), expected["annotations"], "pandas read_parquet")


def test_feather(release, columns, expected, formats):
    if "arrow" not in formats:
        pytest.skip("this release has no Arrow files")
    # The README's snippet, verbatim.
    articles = pd.read_feather("data/articles.arrow")
    spans = pd.read_feather("data/annotations.arrow")
    assert str(articles["year"].dtype) == "int32"
    assert_same_rows("articles", rows(articles, columns["articles"]), expected["articles"], "pandas read_feather")
    assert_same_rows("annotations", rows(spans, columns["annotations"]), expected["annotations"], "pandas read_feather")


def test_texts_are_the_corpus_files_byte_for_byte(expected, corpus):
    if corpus is None:
        pytest.skip("no --corpus given")
    for row in expected["articles"]:
        stored = (corpus / f"{row['id']}.txt").read_bytes()
        assert row["text"].encode("utf-8") == stored, f"{row['id']}: text differs from the corpus file"
        assert row["char_count"] == len(stored.decode("utf-8")), f"{row['id']}: char_count is not len(text)"


def test_every_span_slices_the_text_by_code_point(expected):
    """Python's str indexing is by code point: text[start:end] must be each span's text, flat and nested."""
    texts = {r["id"]: r for r in expected["articles"]}
    for span in expected["annotations"]:
        article = texts[span["article_id"]]
        assert article["text"][span["start"]:span["end"]] == span["text"], f"{span['article_id']}/{span['span_id']}"
        assert (span["script"], span["region_code"], span["year"]) == \
               (article["script"], article["region_code"], article["year"])
    for article in expected["articles"]:
        flat = sorted(s["span_id"] for s in expected["annotations"] if s["article_id"] == article["id"])
        assert sorted(s["span_id"] for s in article["annotations"]) == flat, f"{article['id']}: nested != flat spans"
        for s in article["annotations"]:
            assert article["text"][s["start"]:s["end"]] == s["text"]
            if s["label"] == "boilerplate":
                assert s["text"] not in article["body"], f"{article['id']}/{s['span_id']}: boilerplate left in body"


def test_published_on_is_the_day_of_date(expected):
    for row in expected["articles"]:
        if row["date_precision"] in ("day", "minute", "second"):
            assert row["published_on"] == row["date"][:10]
        else:
            assert row["published_on"] is None
