#!/usr/bin/env python3
"""Validate corpus/*.ann.json against their .txt files (independent of spec.py/build.py).

Usage: python3 tools/annotate/check.py [corpus/<id>.ann.json ...]   (default: all in corpus/)
Exit status 0 = all files pass; problems are printed one per line.
"""
import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LABELS = {
    "structure": {"headline", "subheadline", "dateline", "byline", "section_heading",
                  "question", "answer", "boilerplate"},
    "entity": {"PER", "LOC", "ORG", "LAW", "CAMPAIGN"},
}
BOILERPLATE_KINDS = {"navigation", "footer", "advertisement", "spam", "page-jump", "editorial-note"}
SPAN_KEYS = ["id", "layer", "label", "start", "end", "text", "attrs", "source"]
LAYER_ORDER = {"structure": 0, "entity": 1}


def region_codes():
    codes = set()
    for fn in ("provinces", "prefectures", "counties"):
        with open(ROOT / "schema/regions" / f"{fn}.csv", encoding="utf-8") as f:
            codes |= {r["code"] for r in csv.DictReader(f)}
    return codes


def check_file(ann_path, codes):
    errs = []
    err = errs.append
    raw = ann_path.read_bytes()
    try:
        raw_text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return [f"not UTF-8: {e}"]
    if b"\r" in raw:
        err("contains CR (must be LF only)")
    if not raw_text.endswith("\n") or raw_text.endswith("\n\n"):
        err("must end with exactly one newline")
    if raw_text.startswith("\ufeff"):
        err("has a BOM")
    for i, line in enumerate(raw_text.split("\n")[:-1], 1):
        indent = len(line) - len(line.lstrip(" "))
        if "\t" in line[:indent + 1] or indent % 2:
            err(f"line {i}: indentation is not a multiple of 2 spaces")
    ordered = json.loads(raw_text, object_pairs_hook=lambda pairs: pairs)  # keeps key order
    if [k for k, _ in ordered] != ["article_id", "spans"]:
        err(f"top-level keys {[k for k, _ in ordered]} != ['article_id', 'spans']")
    doc = json.loads(raw_text)
    stem = ann_path.name[: -len(".ann.json")]
    if doc.get("article_id") != stem:
        err(f"article_id {doc.get('article_id')!r} != file stem {stem!r}")
    text = (ann_path.parent / f"{stem}.txt").read_text(encoding="utf-8")

    spans = []
    span_pairs = dict(ordered).get("spans", [])
    for pairs, sp in zip(span_pairs, doc.get("spans", [])):
        keys = [k for k, _ in pairs]
        sid = sp.get("id", "?")
        expected = [k for k in SPAN_KEYS if k in sp]
        if keys != expected or set(keys) - set(SPAN_KEYS) or \
                not {"id", "layer", "label", "start", "end", "text", "source"} <= set(keys):
            err(f"{sid}: keys {keys} not in required order {SPAN_KEYS}")
        if "attrs" in sp and not sp["attrs"]:
            err(f"{sid}: empty attrs must be omitted")
        spans.append(sp)

    ids = [sp.get("id") for sp in spans]
    for i, c in Counter(ids).items():
        if c > 1:
            err(f"duplicate id {i}")
    for sp in spans:
        sid, layer, label = sp.get("id"), sp.get("layer"), sp.get("label")
        s, e = sp.get("start"), sp.get("end")
        attrs = sp.get("attrs", {})
        if layer not in LABELS:
            err(f"{sid}: bad layer {layer!r}")
            continue
        if label not in LABELS[layer]:
            err(f"{sid}: label {label!r} not allowed in layer {layer}")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            err(f"{sid}: bad offsets {s}-{e} (text length {len(text)})")
            continue
        if text[s:e] != sp.get("text"):
            err(f"{sid}: text mismatch: stored {sp.get('text')!r} vs text[{s}:{e}] {text[s:e]!r}")
        if text[s].isspace() or text[e - 1].isspace():
            err(f"{sid}: starts or ends with whitespace")
        if sp.get("source") != "gold":
            err(f"{sid}: source must be 'gold'")
        want_prefix = "s" if layer == "structure" else "e"
        if not re.fullmatch(want_prefix + r"\d{3}", str(sid)):
            err(f"{sid}: id must look like {want_prefix}001")
        # label-specific attrs
        if label in ("question", "answer"):
            spk = attrs.get("speaker")
            if not spk or set(attrs) != {"speaker"}:
                err(f"{sid}: {label} needs exactly attrs.speaker")
            elif not text[s:e].startswith(spk + ":") and not text[s:e].startswith(spk + "："):
                err(f"{sid}: {label} does not start with its speaker label {spk}:")
        elif label == "boilerplate":
            if set(attrs) != {"kind"} or attrs["kind"] not in BOILERPLATE_KINDS:
                err(f"{sid}: boilerplate needs attrs.kind in {sorted(BOILERPLATE_KINDS)}, got {attrs}")
        elif label == "LOC":
            if set(attrs) - {"region_code"}:
                err(f"{sid}: LOC allows only attrs.region_code")
            if "region_code" in attrs and attrs["region_code"] not in codes:
                err(f"{sid}: region_code {attrs['region_code']} not in schema/regions")
        elif attrs:
            err(f"{sid}: label {label} takes no attrs, got {attrs}")

    # order and stable ids
    key = lambda sp: (LAYER_ORDER.get(sp.get("layer"), 9), sp.get("start", 0), -sp.get("end", 0))
    if [key(sp) for sp in spans] != sorted(key(sp) for sp in spans):
        err("spans not sorted by (layer, start, -end)")
    for layer, prefix in (("structure", "s"), ("entity", "e")):
        got = [sp.get("id") for sp in spans if sp.get("layer") == layer]
        if got != [f"{prefix}{i:03d}" for i in range(1, len(got) + 1)]:
            err(f"{layer} ids are not {prefix}001.. consecutive in order")

    # no partial crossing within a layer; no exact duplicates
    for layer in LABELS:
        ls = [sp for sp in spans if sp.get("layer") == layer]
        for i, a in enumerate(ls):
            for b in ls[i + 1:]:
                if a["start"] < b["start"] < a["end"] < b["end"] or b["start"] < a["start"] < b["end"] < a["end"]:
                    err(f"{a['id']} and {b['id']} partially cross")
                if (a["start"], a["end"], a["label"]) == (b["start"], b["end"], b["label"]):
                    err(f"{a['id']} and {b['id']} are identical")

    # turns: question/answer must not overlap one another, and must alternate sensibly
    turns = sorted((sp for sp in spans if sp.get("label") in ("question", "answer")), key=lambda x: x["start"])
    for a, b in zip(turns, turns[1:]):
        if b["start"] < a["end"]:
            err(f"turns {a['id']} and {b['id']} overlap")
    return errs


def main(paths):
    codes = region_codes()
    paths = [Path(p) for p in paths] or sorted((ROOT / "corpus").glob("*.ann.json"))
    txts = sorted((ROOT / "corpus").glob("*.txt"))
    bad = 0
    if not paths:
        print("no .ann.json files found")
        return 1
    for t in txts:
        if not (t.parent / (t.stem + ".ann.json")).exists():
            print(f"{t.name}: missing .ann.json")
            bad += 1
    for p in paths:
        errs = check_file(p, codes)
        doc = json.loads(p.read_text(encoding="utf-8"))
        counts = Counter(f"{sp['layer'][0]}:{sp['label']}" for sp in doc["spans"])
        status = "OK " if not errs else "FAIL"
        print(f"{status} {p.name}: {len(doc['spans'])} spans  " + " ".join(f"{k}={v}" for k, v in sorted(counts.items())))
        for e in errs:
            print(f"    {e}")
        bad += len(errs)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
