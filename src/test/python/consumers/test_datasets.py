"""Hugging Face datasets: every config the dataset card declares loads through the card's YAML,
with the declared features and the manifest's row counts."""
import os
import re

import datasets
import pytest
import yaml
from datasets import load_dataset

from conftest import assert_same_rows, canonical_row

HF_TYPES = {"string": "string", "int32": "int32", "date": "date32"}


def card(release):
    text = (release / "README.md").read_text(encoding="utf-8")
    return yaml.safe_load(text.split("---\n")[1])


def expected_feature(declared):
    kind = declared[0]
    if kind == "list":
        return datasets.List(expected_feature(declared[1]))
    if kind == "struct":
        return {name: expected_feature(t) for name, t in declared[1]}
    return datasets.Value(HF_TYPES[kind])


def test_every_config_loads_with_the_declared_features(release, manifest, columns, expected, tmp_path):
    configs = [c["config_name"] for c in card(release)["configs"]]
    assert sorted(configs) == sorted(t["name"] for t in manifest["tables"])
    for config in configs:
        # The README's snippet (load_dataset(os.path.abspath("."), "articles", split="train")), with
        # each config and a cache of the test's own: datasets names its cache after the folder and
        # config, so releases of the same name would otherwise share one.
        articles = load_dataset(os.path.abspath("."), config, split="train", cache_dir=str(tmp_path / config))
        want = datasets.Features({name: expected_feature(t) for name, t in columns[config]})
        assert articles.features == want, f"{config}: features {articles.features} != declared {want}"
        rows_in_manifest = next(t["rows"] for t in manifest["tables"] if t["name"] == config)
        assert articles.num_rows == rows_in_manifest
        assert_same_rows(config, [canonical_row(r, columns[config]) for r in articles], expected[config],
                         f"datasets config {config}")


def test_the_readme_snippet(release, manifest):
    # The README's snippet, verbatim.
    articles = load_dataset(os.path.abspath("."), "articles", split="train")
    assert articles.num_rows == manifest["counts"]["articles"]
    assert articles.features["published_on"] == datasets.Value("date32")


def test_the_card_declares_its_licence(release):
    front = card(release)
    assert front["license"] == "other" and front["license_link"] == "LICENSE"
    licence = (release / "LICENSE").read_text(encoding="utf-8")
    assert "Apache License" in licence and "NOT licensed by this project" in licence
    assert re.search(r"```bibtex\n@misc\{zhengfa-corpus-", (release / "README.md").read_text(encoding="utf-8"))
