"""Layout bench: every family of meaning-preserving rewrites (tests/layouts.py) over every
sample, plus seeded random combinations; prints a markdown table of what the reader kept.

    python bench/layouts.py [--random N] [--seed S] [--jobs J] [--only SUBSTRING] [--by-variant] [--explain]
                            [--dump DIR]

`facts kept` counts indicator values, budget lines and efficiency values of the original found
again, unchanged, in the variant (as multisets, without provenance); `findings added / lost`
compare the consistency findings the same way. A variant that changes nothing in a sample is not
tried on it. The same comparison, case by case, is `tests/test_layouts.py`.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import layouts  # noqa: E402
from tests.test_layouts import ORIGINAL, SAMPLES, differences, explain, kept, run_cases  # noqa: E402


def _row() -> dict:
    return {
        "docs": set(),
        "variants": set(),
        "tried": 0,
        "errors": 0,
        "kept": 0,
        "total": 0,
        "added": 0,
        "lost": 0,
        "first": None,
    }


def _table(what: str, rows: list[tuple[str, dict]]) -> None:
    print(f"| {what} | documents x variants tried | facts kept (of original) | findings added | findings lost |")
    print("|---|---|---|---|---|")
    totals = _row()
    for name, row in rows:
        share = f"{row['kept']}/{row['total']} ({100 * row['kept'] / row['total']:.1f}%)" if row["total"] else "-"
        errors = f", {row['errors']} crashed" if row["errors"] else ""
        tried = f"{len(row['docs'])} x {len(row['variants'])}: {row['tried']} tried{errors}"
        print(f"| {name} | {tried} | {share} | {row['added']} | {row['lost']} |")
        for key in ("tried", "kept", "total", "added", "lost"):
            totals[key] += row[key]
    share = f"{totals['kept']}/{totals['total']} ({100 * totals['kept'] / max(totals['total'], 1):.1f}%)"
    print(f"| **all** | {totals['tried']} tried | {share} | {totals['added']} | {totals['lost']} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--random", type=int, default=5, help="random combinations per sample (default 5)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the random combinations")
    parser.add_argument("--jobs", type=int, default=2, help="processes (default 2)")
    parser.add_argument("--only", default="", help="run only variants whose name contains this")
    parser.add_argument("--explain", action="store_true", help="print the first failing case of each family")
    parser.add_argument("--by-variant", action="store_true", help="also a table with one row per variant")
    parser.add_argument("--dump", type=Path, help="write every variant's text into this folder")
    args = parser.parse_args(argv)

    variants = [v for v in layouts.VARIANTS if args.only in v]
    cases = [(str(s), v) for s in SAMPLES for v in variants]
    if args.random and not args.only:
        cases += [(str(s), f"random/{args.seed}.{k}") for s in SAMPLES for k in range(args.random)]
    started = time.monotonic()
    results = run_cases([(str(s), ORIGINAL) for s in SAMPLES] + cases, jobs=args.jobs)
    elapsed = time.monotonic() - started

    per_variant: dict[str, dict] = {}
    for (sample, variant), result in results.items():
        if variant == ORIGINAL:
            continue
        row = per_variant.setdefault(variant, _row())
        row["variants"].add(variant)
        if result["status"] == "n/a":
            continue
        row["docs"].add(sample)
        row["tried"] += 1
        original = results[(sample, ORIGINAL)]["facts"]
        if result["status"] == "error":
            row["errors"] += 1
            row["total"] += sum(len(original[t]) for t in ("indicator_values", "budget_lines", "efficiency_values"))
            row["first"] = row["first"] or f"{Path(sample).name} x {variant}: {result['error']}"
            continue
        k, total, added, lost = kept(original, result["facts"], result["names"])
        for key, value in (("kept", k), ("total", total), ("added", added), ("lost", lost)):
            row[key] += value
        diffs = differences(original, result["facts"], result["names"])
        if diffs and row["first"] is None:
            row["first"] = explain(sample, variant, result["names"], original, diffs, limit=4)
        if args.dump:
            args.dump.mkdir(parents=True, exist_ok=True)
            text = layouts.compose(result["names"])(Path(sample).read_text(encoding="utf-8"))
            name = f"{Path(sample).stem}__{variant.replace('/', '-').replace(' ', '_').replace('%', 'pct')}.txt"
            (args.dump / name).write_text(text, encoding="utf-8")

    families: dict[str, dict] = {}
    for variant, row in per_variant.items():
        family = "random" if variant.startswith("random/") else variant.split("/")[0]
        into = families.setdefault(family, _row())
        for key in ("docs", "variants"):
            into[key] |= row[key]
        for key in ("tried", "errors", "kept", "total", "added", "lost"):
            into[key] += row[key]
        into["first"] = into["first"] or row["first"]

    print(
        f"Layout bench: {len(SAMPLES)} samples, {len(variants)} variants"
        f"{'' if args.only else f', {args.random} random combinations per sample (seed {args.seed})'}"
        f", {elapsed:.0f} s with {args.jobs} processes\n"
    )
    _table("family", [(f, families[f]) for f in [*layouts.FAMILIES, "random"] if f in families])
    if args.by_variant:
        print()
        _table("variant", [(v, per_variant[v]) for v in per_variant if not v.startswith("random/")])
    if args.explain:
        for family in [f for f in [*layouts.FAMILIES, "random"] if f in families and families[f]["first"]]:
            print(f"\n### {family}\n```\n{families[family]['first']}\n```")
    return 0


if __name__ == "__main__":
    sys.exit(main())
