#!/usr/bin/env python3
"""Turn the reviewed decisions in spec.py into corpus/<id>.ann.json.

Usage:
  python3 tools/annotate/build.py            # write all five .ann.json files
  python3 tools/annotate/build.py --review   # print every span with context (for reading), write nothing
"""
import csv
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from spec import SPEC  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
LAYER_ORDER = {"structure": 0, "entity": 1}


def load_regions():
    rows = []
    for fn in ("provinces", "prefectures", "counties"):
        with open(ROOT / "schema/regions" / f"{fn}.csv", encoding="utf-8") as f:
            rows += [(r["code"], r["name_zh"]) for r in csv.DictReader(f)]
    return rows


def region_code(regions, name, prefix):
    hits = [c for c, n in regions if n == name and c.startswith(prefix)]
    if len(hits) != 1:
        raise SystemExit(f"region {name!r} (prefix {prefix}) matches {hits}, need exactly one")
    return hits[0]


def line_spans(text):
    """(start, end) code-point offsets of each line of text.split('\\n')."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def structure_spans(text, items):
    lines = line_spans(text)
    spans = []
    for it in items:
        s, _ = lines[it["first"]]
        _, e = lines[it["last"]]
        while text[s].isspace():
            s += 1
        while text[e - 1].isspace():
            e -= 1
        spans.append({"layer": "structure", "label": it["label"], "start": s, "end": e,
                      "attrs": dict(it["attrs"])})
    return spans


def entity_spans(text, items, regions):
    spans = []
    for it in items:
        matches = [(m.start(), m.end()) for m in re.finditer(re.escape(it["surface"]), text)]
        if not matches:
            raise SystemExit(f"surface {it['surface']!r} not found")
        keep = range(1, len(matches) + 1)
        if it["only"]:
            keep = it["only"]
        if it["skip"]:
            keep = [k for k in keep if k not in it["skip"]]
        attrs = dict(it["attrs"])
        if it["region"]:
            attrs["region_code"] = region_code(regions, *it["region"])
        for k in keep:
            s, e = matches[k - 1]
            spans.append({"layer": "entity", "label": it["label"], "start": s, "end": e,
                          "attrs": attrs, "nest": it["nest"], "surface": it["surface"]})
    # Same-label containment: the shorter match is the same mention as the longer one.
    out = []
    for sp in spans:
        inside = any(o is not sp and o["label"] == sp["label"] and o["start"] <= sp["start"]
                     and sp["end"] <= o["end"] and (o["end"] - o["start"]) > (sp["end"] - sp["start"])
                     for o in spans)
        if inside and not sp["nest"]:
            continue
        out.append(sp)
    return out


def finalize(article_id, text, spans):
    # de-duplicate identical spans (same layer/label/offsets)
    seen, uniq = set(), []
    for sp in spans:
        key = (sp["layer"], sp["label"], sp["start"], sp["end"])
        if key in seen:
            raise SystemExit(f"{article_id}: duplicate span {key}")
        seen.add(key)
        uniq.append(sp)
    uniq.sort(key=lambda sp: (LAYER_ORDER[sp["layer"]], sp["start"], -sp["end"], sp["label"]))
    counters = {"structure": 0, "entity": 0}
    result = []
    for sp in uniq:
        counters[sp["layer"]] += 1
        prefix = "s" if sp["layer"] == "structure" else "e"
        obj = {"id": f"{prefix}{counters[sp['layer']]:03d}", "layer": sp["layer"], "label": sp["label"],
               "start": sp["start"], "end": sp["end"], "text": text[sp["start"]:sp["end"]]}
        if sp["attrs"]:
            obj["attrs"] = sp["attrs"]
        obj["source"] = "gold"
        result.append(obj)
    return {"article_id": article_id, "spans": result}


def dump(doc):
    lines = ["{", f'  "article_id": {json.dumps(doc["article_id"], ensure_ascii=False)},', '  "spans": [']
    for i, sp in enumerate(doc["spans"]):
        comma = "," if i < len(doc["spans"]) - 1 else ""
        lines.append("    " + json.dumps(sp, ensure_ascii=False, separators=(", ", ": ")) + comma)
    lines += ["  ]", "}"]
    return "\n".join(lines) + "\n"


def review(doc, text):
    print(f"===== {doc['article_id']}")
    for sp in doc["spans"]:
        s, e = sp["start"], sp["end"]
        shown = sp["text"] if sp["layer"] == "entity" else (
            sp["text"] if len(sp["text"]) <= 40 else sp["text"][:18] + " … " + sp["text"][-18:])
        ctx = (text[max(0, s - 6):s] + "[" + shown + "]" + text[e:e + 6]).replace("\n", "⏎")
        print(f"{sp['id']} {sp['label']:<15} {s:>5}-{e:<5} {json.dumps(sp.get('attrs', {}), ensure_ascii=False)}  {ctx}")


def main():
    regions = load_regions()
    do_review = "--review" in sys.argv
    for aid, spec in SPEC.items():
        path = ROOT / "corpus" / f"{aid}.txt"
        text = path.read_text(encoding="utf-8")
        spans = structure_spans(text, spec["structure"]) + entity_spans(text, spec["entity"], regions)
        doc = finalize(aid, text, spans)
        if do_review:
            review(doc, text)
        else:
            (ROOT / "corpus" / f"{aid}.ann.json").write_text(dump(doc), encoding="utf-8", newline="\n")
            print(f"wrote corpus/{aid}.ann.json ({len(doc['spans'])} spans)")


if __name__ == "__main__":
    main()
