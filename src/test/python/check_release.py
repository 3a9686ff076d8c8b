#!/usr/bin/env python3
"""Independent check of a release with pandas (not our Java code), from the pinned environment
that `mvn verify` makes in target/python (src/test/python/requirements.txt).

Usage: check_release.py RELEASE_DIR CORPUS_DIR

Reads data/articles.jsonl with pandas, checks dtypes, and compares every text with the corpus
file byte for byte, and char_count with Python's len(). Prints 'N passed, 0 failed' and exits 0
when everything holds.
"""
import json
import os
import pathlib
import sys

import pandas as pd

release, corpus = pathlib.Path(sys.argv[1]).resolve(), pathlib.Path(sys.argv[2]).resolve()
os.chdir(release)  # the README's snippets use paths relative to the release folder
failures = []
checks = 0


def check(condition, what):
    global checks
    checks += 1
    if not condition:
        failures.append(what)


# The README's snippets, verbatim.
articles = pd.read_json("data/articles.jsonl", lines=True, dtype={"region_code": str, "province_code": str, "date": str, "published_on": str})
spans = pd.read_json("data/annotations.jsonl", lines=True, dtype={"region_code": str, "attr_region_code": str})
laws = spans[(spans.label == "LAW") & (spans.script == "Hant")]
bodies = articles.set_index("id")["body"]

manifest = json.loads((release / "manifest.json").read_text(encoding="utf-8"))
columns = [c["name"] for c in manifest["tables"][0]["columns"]]
check(list(articles.columns) == columns, f"columns {list(articles.columns)} != manifest {columns}")
check(len(articles) == manifest["counts"]["articles"], "row count differs from manifest")
check(list(articles["id"]) == sorted(articles["id"]), "rows not sorted by id")
check(str(articles["year"].dtype) == "int64", f"year dtype {articles['year'].dtype}")
check(str(articles["char_count"].dtype) == "int64", f"char_count dtype {articles['char_count'].dtype}")
check(articles["region_code"].map(lambda v: isinstance(v, str) and len(v) == 6).all(), "region_code not 6-char strings")
check(articles["interviewees"].map(lambda v: isinstance(v, list) and all(set(p) == {"name", "role"} for p in v)).all(),
      "interviewees are not lists of {name, role}")
check(articles["editors"].map(lambda v: isinstance(v, list)).all(), "editors are not lists")

published = pd.to_datetime(articles["published_on"], format="%Y-%m-%d")
for row, day in zip(articles.itertuples(), published):
    stored = (corpus / f"{row.id}.txt").read_bytes()
    check(row.text.encode("utf-8") == stored, f"{row.id}: text differs from the corpus file")
    check(row.char_count == len(stored.decode("utf-8")), f"{row.id}: char_count {row.char_count} != len(text)")
    if row.date_precision in ("day", "minute", "second"):
        check(day.strftime("%Y-%m-%d") == row.date[:10], f"{row.id}: published_on {day} != date {row.date}")
    else:
        check(pd.isna(day), f"{row.id}: published_on set for a {row.date_precision} date")

# Spans: Python's str indexing is by code point, so text[start:end] must be the span's text.
span_columns = [c["name"] for c in manifest["tables"][1]["columns"]]
check(list(spans.columns) == span_columns, f"span columns {list(spans.columns)} != manifest {span_columns}")
check(len(spans) == manifest["counts"]["spans"], "span count differs from manifest")
texts = dict(zip(articles["id"], articles["text"]))
for span in spans.itertuples():
    check(texts[span.article_id][span.start:span.end] == span.text,
          f"{span.article_id}/{span.span_id}: text[{span.start}:{span.end}] != {span.text!r}")
for row in articles.itertuples():
    nested = row.annotations
    flat = spans[spans["article_id"] == row.id]
    check([s["span_id"] for s in nested] == list(flat["span_id"]), f"{row.id}: nested and flat spans differ")
    for s in nested:
        check(row.text[s["start"]:s["end"]] == s["text"], f"{row.id}/{s['span_id']}: nested span does not slice")
        if s["label"] == "boilerplate":
            check(s["text"] not in row.body, f"{row.id}/{s['span_id']}: boilerplate left in body")

expected_laws = sum(1 for s in spans.itertuples() if s.label == "LAW" and s.script == "Hant")
check(len(laws) == expected_laws and set(laws["label"]) <= {"LAW"}, "the LAW-in-Hant filter selects other rows")
check(all(b == articles.set_index("id").loc[i, "body"] for i, b in bodies.items()), "bodies not indexed by id")

# The README's pyarrow snippets, verbatim: Parquet and Feather hold the JSON Lines' rows, typed.
jsonl_articles = articles
typed = []
articles = pd.read_parquet("data/articles.parquet")
typed.append(articles)
articles = pd.read_feather("data/articles.arrow")
typed.append(articles)
for articles in typed:
    check(list(articles.columns) == columns, f"pyarrow columns {list(articles.columns)} != manifest {columns}")
    check(list(articles["id"]) == list(jsonl_articles["id"]), "pyarrow rows differ from the JSONL's")
    check(list(articles["text"]) == list(jsonl_articles["text"]), "pyarrow texts differ from the JSONL's")
    check(list(articles["char_count"]) == list(jsonl_articles["char_count"]), "pyarrow char_count differs")
    for day, json_day in zip(articles["published_on"], jsonl_articles["published_on"]):
        same = (pd.isna(day) and pd.isna(json_day)) or (str(day)[:10] == json_day and not isinstance(day, str))
        check(same, f"published_on {day!r} is not the date {json_day!r}")
    for nested, json_nested in zip(articles["annotations"], jsonl_articles["annotations"]):
        check([dict(s)["span_id"] for s in nested] == [s["span_id"] for s in json_nested], "pyarrow spans differ")
    check(all([dict(p) for p in v] == w for v, w in zip(articles["interviewees"], jsonl_articles["interviewees"])),
          "pyarrow interviewees (name, role) differ from the JSONL's")

for failure in failures:
    print("FAILED:", failure)
print(f"{checks - len(failures)} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
