"""The README's "Using a release" blocks, run exactly as printed, as doctests are: every Python
block in a fresh namespace from inside the release folder, every SQL block statement by statement in
DuckDB. A block runs on the releases its marker names (<!-- runs on: layout=year,shards --> or
<!-- runs on: formats=arrow -->, an HTML comment right above it); unmarked blocks run on the default
release (one Parquet file per table, JSON Lines uncompressed). The tables a block reads must have
the manifest's row counts, so a block that reads nothing cannot pass.
"""
import pathlib
import re

import pytest

README = pathlib.Path(__file__).resolve().parents[4] / "README.md"
MARKER = re.compile(r"<!-- runs on: (?P<conditions>[^>]*?) -->\s*$")


def blocks():
    """(language, code, conditions) for every fenced block of the README's "Using a release" section."""
    text = README.read_text(encoding="utf-8")
    start = text.index("\n## Using a release")
    end = text.index("\n## ", start + 1)
    lines = text[start:end].split("\n")
    found = []
    i = 0
    while i < len(lines):
        fence = re.match(r"^```(\w*)\s*$", lines[i])
        if fence:
            j = lines.index("```", i + 1)
            marker = MARKER.match(lines[i - 1]) if i > 0 else None
            conditions = {}
            if marker:
                for condition in marker.group("conditions").split(";"):
                    key, values = condition.strip().split("=")
                    conditions[key.strip()] = {v.strip() for v in values.split(",")}
            found.append((fence.group(1), "\n".join(lines[i + 1:j]), conditions))
            i = j + 1
        else:
            i += 1
    return found


BLOCKS = blocks()


def test_the_readme_has_its_blocks():
    languages = [language for language, _, _ in BLOCKS]
    assert languages.count("python") >= 7 and "sql" in languages, languages


def applies(conditions, layout, formats, compression):
    if not conditions:
        return layout == "single" and compression == "none"
    return (layout in conditions.get("layout", {layout})
            and conditions.get("formats", set()) <= formats
            and compression in conditions.get("compression", {compression}))


def rows_of(value):
    """How many rows a frame, dataset or list read by a block has, whatever library made it."""
    if hasattr(value, "count") and type(value).__module__.startswith("pyspark"):
        return value.count()
    if hasattr(value, "num_rows"):
        return value.num_rows
    if hasattr(value, "shape"):
        return value.shape[0]
    return len(value)


def pytest_generate_tests(metafunc):
    """Only the blocks for this release are collected, so that no test is skipped."""
    if "index" in metafunc.fixturenames:
        import json
        release = pathlib.Path(metafunc.config.getoption("--release"))
        manifest = json.loads((release / "manifest.json").read_text(encoding="utf-8"))
        files = [f for t in manifest["tables"] for f in t["files"]]
        parquet = [f["path"] for f in files if f["format"] == "parquet"]
        layout = ("single" if parquet == ["data/articles.parquet", "data/annotations.parquet"]
                  else "year" if any("/year=" in p for p in parquet) else "shards")
        formats = {f["format"] for f in files}
        jsonl = next(f["path"] for f in files if f["format"] == "jsonl")
        compression = "gzip" if jsonl.endswith(".gz") else "zstd" if jsonl.endswith(".zst") else "none"
        chosen = [i for i, (_, _, conditions) in enumerate(BLOCKS) if applies(conditions, layout, formats, compression)]
        metafunc.parametrize("index", chosen, ids=[f"block{i + 1}-{BLOCKS[i][0]}" for i in chosen])


def test_block_runs_as_printed(index, release, manifest):
    language, code, conditions = BLOCKS[index]
    rows = {t["name"]: t["rows"] for t in manifest["tables"]}
    if language == "sql":
        import duckdb
        for statement in [s for s in code.split(";") if s.strip()]:
            assert duckdb.sql(statement).fetchall(), f"no rows from: {statement}"
        return
    assert language == "python", f"README block {index + 1} is {language}, which nothing runs"
    namespace = {}
    exec(compile(code, f"README.md block {index + 1}", "exec"), namespace)
    for name, table in (("articles", "articles"), ("spans", "annotations")):
        if name in namespace:
            assert rows_of(namespace[name]) == rows[table], f"{name} has {rows_of(namespace[name])} rows, not {rows[table]}"
