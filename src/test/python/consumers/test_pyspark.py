"""PySpark in local mode: the README's snippets, then every value against the release, and the
Parquet and the JSON Lines read with the same schema are the same rows (exceptAll, both ways)."""
import pytest
from pyspark.sql import SparkSession
from pyspark.sql.types import ArrayType, DateType, IntegerType, StructType

from conftest import assert_same_rows, canonical_row, parquet_path


@pytest.fixture(scope="module")
def spark(tmp_path_factory):
    session = (SparkSession.builder.master("local[2]").appName("zhengfa-corpus consumers")
               .config("spark.ui.enabled", "false")
               .config("spark.sql.session.timeZone", "UTC")
               .config("spark.driver.memory", "512m")
               .config("spark.sql.shuffle.partitions", "2")
               .config("spark.local.dir", str(tmp_path_factory.mktemp("spark")))
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def rows(frame, cols):
    return [canonical_row(r.asDict(), cols) for r in frame.collect()]


def test_parquet_and_json_lines(spark, release, columns, expected, layout, jsonl, compression):
    if layout == "single":
        # The README's snippet, verbatim.
        articles = spark.read.parquet("data/articles.parquet")
        spans = spark.read.parquet("data/annotations.parquet")
    else:
        articles = spark.read.parquet(parquet_path("articles", layout))
        spans = spark.read.parquet(parquet_path("annotations", layout))
    if compression == "none":
        # The README's snippet, verbatim: the JSON Lines read with the Parquet's schema, not inferred.
        articles_json = spark.read.schema(articles.schema).json("data/articles.jsonl")
    else:
        # Spark decompresses .gz and .zst by the file name.
        articles_json = spark.read.schema(articles.schema).json(jsonl["articles"])
    spans_json = spark.read.schema(spans.schema).json(jsonl["annotations"])

    fields = {f.name: f.dataType for f in articles.schema.fields}
    assert fields["year"] == IntegerType() and fields["char_count"] == IntegerType()
    assert fields["published_on"] == DateType()
    assert isinstance(fields["annotations"], ArrayType) and isinstance(fields["annotations"].elementType, StructType)
    assert [f.name for f in fields["interviewees"].elementType.fields] == ["name", "role"]
    for parquet, json_lines, table in ((articles, articles_json, "articles"), (spans, spans_json, "annotations")):
        assert parquet.exceptAll(json_lines).count() == 0, f"{table}: Parquet rows missing from the JSON Lines"
        assert json_lines.exceptAll(parquet).count() == 0, f"{table}: JSON Lines rows missing from the Parquet"
        assert_same_rows(table, rows(parquet, columns[table]), expected[table], "PySpark read.parquet")
        assert_same_rows(table, rows(json_lines, columns[table]), expected[table], "PySpark read.json")


def test_the_readme_aggregation(spark, release, expected, layout):
    spans = spark.read.parquet(parquet_path("annotations", layout))
    # The README's snippet, verbatim.
    counts = spans.groupBy("region_code", "label").count().orderBy("region_code", "label")
    got = {(r["region_code"], r["label"]): r["count"] for r in counts.collect()}
    want = {}
    for span in expected["annotations"]:
        want[(span["region_code"], span["label"])] = want.get((span["region_code"], span["label"]), 0) + 1
    assert got == want
