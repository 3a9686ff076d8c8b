#!/usr/bin/env python3
"""Propose annotation CANDIDATES for review (never written to the gold files directly).

Prints, per article: paragraph-initial speaker labels, 《…》 titles (with nested 〈…〉),
“…” quoted strings, and gazetteer hits of GB/T 2260 names/short names from schema/regions.
Usage: python3 tools/annotate/propose.py <article_id> [...]
"""
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Minimal Traditional->Simplified map, only for the characters that occur in region names
# we need to match in the Traditional article (candidate generation only).
T2S = str.maketrans({"維": "维", "爾": "尔", "區": "区", "縣": "县", "陽": "阳", "東": "东",
                     "門": "门", "蘭": "兰", "寧": "宁", "華": "华", "蒙": "蒙"})
SUFFIXES = ["维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省", "市",
            "傣族自治州", "蒙古自治州", "自治州", "地区", "盟", "自治县", "县", "区", "旗"]


def load_regions():
    rows = []
    for fn in ("provinces", "prefectures", "counties"):
        with open(ROOT / "schema/regions" / f"{fn}.csv", encoding="utf-8") as f:
            rows += [(r["code"], r["name_zh"]) for r in csv.DictReader(f)]
    return rows


# Abbreviations that suffix-stripping cannot derive (candidate generation only).
EXTRA_ALIASES = {"博州": "博尔塔拉蒙古自治州"}


def aliases(name):
    """The full name plus the name without its longest administrative suffix."""
    out = {name}
    for s in sorted(SUFFIXES, key=len, reverse=True):
        if name.endswith(s) and len(name) - len(s) >= 2:
            out.add(name[: -len(s)])
            break
    return out


def main(ids):
    regions = load_regions()
    alias_map = {}
    for code, name in regions:
        for a in aliases(name):
            alias_map.setdefault(a, []).append((code, name))
    for a, full in EXTRA_ALIASES.items():
        alias_map.setdefault(a, []).extend((c, n) for c, n in regions if n == full)
    for aid in ids:
        text = (ROOT / "corpus" / f"{aid}.txt").read_text(encoding="utf-8")
        simp = text.translate(T2S)  # same length: 1:1 character map
        print(f"===== {aid} ({len(text)} code points)")
        for m in re.finditer(r"(?m)^[ \t]*([^\s:：]{1,4})[:：]", text):
            print(f"SPEAKER {m.start(1)}-{m.end(1)} {m.group(1)}")
        for m in re.finditer(r"《([^》]*)》", text):
            print(f"TITLE {m.start(1)}-{m.end(1)} {m.group(1)}")
            for n in re.finditer(r"〈([^〉]*)〉", m.group(1)):
                print(f"  INNER {m.start(1)+n.start(1)}-{m.start(1)+n.end(1)} {n.group(1)}")
        for m in re.finditer(r"“([^”]*)”", text):
            ctx = text[max(0, m.start() - 8): m.end() + 8].replace("\n", "⏎")
            print(f"QUOTE {m.start(1)}-{m.end(1)} {m.group(1)}    [{ctx}]")
        hits = []
        for a, cands in alias_map.items():
            for m in re.finditer(re.escape(a), simp):
                hits.append((m.start(), m.end(), text[m.start():m.end()], cands))
        hits.sort(key=lambda h: (h[0], -h[1]))
        last_end = -1
        for s, e, surf, cands in hits:
            if e <= last_end:  # inside a longer hit already printed
                continue
            last_end = max(last_end, e)
            print(f"GAZ {s}-{e} {surf} -> {cands[:4]}{' ...' if len(cands) > 4 else ''}")


if __name__ == "__main__":
    main(sys.argv[1:])
