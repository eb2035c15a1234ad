"""Measure the checks against the auditors' lists (tests/expected/auditor/<sample>.toml).

Each list was written by an auditor reading one sample with a calculator, independently
of the code: `[[item]]` entries are inconsistencies (kind, lines, subject, printed, other,
certainty), `[[not_an_error]]` entries are tempting false findings.

The samples are ingested into a fresh database and every finding is matched:

- A finding's lines are its `line` and its `other_line` (text-export lines).
- A finding **matches an entry** when one of its lines is among the entry's `lines` and
  its check is compatible with the entry's kind (`COMPATIBLE` below: the check of that
  name, or a check that finds that kind of inconsistency, e.g. `serapan_mismatch` finds a
  `weighted_absorption` when the printed serapan is the plain mean).
- **Recall** = items matched by at least one finding / items on the list.
- **Precision** = findings matching an item / findings emitted. A finding that matches no
  item but a `not_an_error` entry is **false**; one that matches neither is **unlisted**
  (the auditor did not judge it: neither counted true nor false, reported separately, and
  "judged precision" = true / (true + false) leaves them out).
- A finding about a whole table (`another_year`: its title names another year) has the
  table's lines as its lines, from the caption above its first row to its last row: the
  auditors cite the title line, the finding the table's first row.
- A finding read from a sentence is placed at its paragraph's first line (the reader's
  provenance): its lines are the paragraph's, to the next blank line; auditors cite the line
  of the sentence.
- The notes of severity `info` (`rounding`, `capaian_capped`) say "not an error, noted". A
  note on a line of a `not_an_error` entry (of any kind) says what the auditor says there
  (e.g. "97,57 rounds to the printed 98"): it is **agreed**, counted neither true nor false
  and left out of precision, which is true / (findings - agreed notes). A note that matches
  an item is true, one that matches nothing is unlisted, like any finding; "precision without
  notes" leaves every note out.

Usage: python bench/auditor_recall.py [--samples data/samples] [--lists tests/expected/auditor] [--explain]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import tomllib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parent.parent
# check -> the auditor kinds it finds (besides a kind of its own name)
COMPATIBLE: dict[str, set[str]] = {
    # a mis-copied realisasi or target (a conflicting value) breaks its row's own capaian
    "capaian_mismatch": {"rounding", "prose_vs_table", "conflicting_values"},
    "capaian_capped": {"capaian_mismatch", "rounding"},
    "serapan_mismatch": {"weighted_absorption", "rounding", "prose_vs_table"},
    "total_mismatch": {"conflicting_values", "shares_sum"},
    "conflicting_values": {"total_mismatch", "prose_vs_table", "another_year", "other_year", "other"},
    "label_mismatch": {"category_scale", "grade_scale"},
    "efficiency_mismatch": set(),
    "unreadable": {"other"},
    "rounding": {"capaian_mismatch", "serapan_mismatch"},
    "prose_vs_table": {"conflicting_values", "capaian_mismatch", "serapan_mismatch", "average_mismatch", "other"},
    "average_mismatch": {"prose_vs_table"},
    "weighted_absorption": {"serapan_mismatch", "prose_vs_table", "rounding"},
    "shares_sum": set(),
    "serapan_conflict": {"conflicting_values", "serapan_mismatch", "weighted_absorption"},
    "grade_scale": {"category_scale", "label_mismatch"},
    "lhe_grade_mismatch": {"grade_scale", "category_scale"},
    "category_scale": {"grade_scale", "label_mismatch"},
    "category_mismatch": {"category_scale", "grade_scale", "label_mismatch"},
    "another_year": {"conflicting_values", "other_year"},
    # statements about the report itself (its date, its Renstra period): the auditors' "other"
    "signing_date": {"other"},
    "renstra_period": {"other"},
    "misplaced_indicator": {"other"},
    "mission_number": {"other"},
    "ikm_formula": {"other"},
    "ikm_unsur": {"other"},
}


@dataclass
class Result:
    sample: str
    items: list[dict]
    found_items: set[str] = field(default_factory=set)
    true: list[dict] = field(default_factory=list)
    false: list[tuple[dict, dict]] = field(default_factory=list)
    unlisted: list[dict] = field(default_factory=list)
    agreed: list[tuple[dict, dict]] = field(default_factory=list)  # notes saying what a not_an_error says


def compatible(check: str, kind: str) -> bool:
    return check == kind or kind in COMPATIBLE.get(check, set())


# Checks whose finding is about a whole table: its lines are the table's (see the docstring).
TABLE_CHECKS = {"another_year"}
CAPTION_LINES = 4  # a caption and title sit at most this many lines above the table's first row


def finding_lines(finding: dict) -> set[int]:
    lines = {finding.get("line"), finding.get("other_line")} - {None}
    span = finding.get("table_span")
    if finding["check"] in TABLE_CHECKS and span:
        lines |= set(range(span[0] - CAPTION_LINES, span[1] + 1))
    for start, end in finding.get("paragraph_spans") or []:
        lines |= set(range(start, end + 1))
    return lines


PROSE = "teks (paragraf)"  # ingest.prose.PROSE_TABLE: a sentence's place is its paragraph's first line


def paragraph_spans(finding: dict, text_lines: list[str]) -> list[tuple[int, int]]:
    """The lines of each paragraph a finding names (a sentence read from a paragraph is placed
    at the paragraph's first line): from that line to the next blank one."""
    spans = []
    for table, line in ((finding.get("source_table"), finding.get("line")),
                        (finding.get("other_source_table"), finding.get("other_line"))):  # fmt: skip
        if table == PROSE and line:
            end = line
            while end < len(text_lines) and text_lines[end].strip():  # text_lines[end] is line end + 1
                end += 1
            spans.append((line, end))
    return spans


def matches(finding: dict, entry: dict) -> bool:
    return bool(finding_lines(finding) & set(entry.get("lines", []))) and compatible(finding["check"], entry["kind"])


def is_note(finding: dict) -> bool:
    return finding.get("severity") == "info"


def agrees_with(finding: dict, entry: dict) -> bool:
    """A note (info) on a line the auditor judged not an error, whatever the entry's kind."""
    return is_note(finding) and bool(finding_lines(finding) & set(entry.get("lines", [])))


def ingest(samples: Path, db: Path) -> None:
    cmd = [sys.executable, "-m", "ingest", str(samples), "--db", str(db), "--quiet"]
    subprocess.run(cmd, cwd=ROOT, check=False, capture_output=True)


def findings_by_sample(db: Path, samples: Path = ROOT / "data" / "samples") -> dict[str, list[dict]]:
    con = duckdb.connect(str(db), read_only=True)
    cur = con.execute(
        """SELECT d.file_name, f."check", f.severity, f.tahun, f.subject, f.line, f.other_line, f.group_key, f.reported,
                  f.source_table, f.other_source_table,
                  coalesce(f.recomputed, f.other_value) AS other,
                  [t.first_line, t.last_line] AS table_span
           FROM findings f JOIN documents d USING (doc_id)
           LEFT JOIN (SELECT doc_id, source_table, min(line) AS first_line,
                             max(line + len(string_split(raw_text, chr(10))) - 1) AS last_line
                      FROM source_tables GROUP BY ALL) t
             ON t.doc_id = f.doc_id AND t.source_table = f.source_table
           ORDER BY d.file_name, f.line"""
    )
    names = [c[0] for c in cur.description]
    out: dict[str, list[dict]] = defaultdict(list)
    texts: dict[str, list[str]] = {}
    for row in cur.fetchall():
        f = dict(zip(names, row, strict=True))
        name = f["file_name"]
        if name not in texts:
            path = samples / name
            texts[name] = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
        f["paragraph_spans"] = paragraph_spans(f, texts[name])
        out[Path(name).stem].append(f)
    con.close()
    return out


def measure(lists: Path, found: dict[str, list[dict]]) -> list[Result]:
    results = []
    for path in sorted(lists.glob("*.toml")):
        spec = tomllib.loads(path.read_text(encoding="utf-8"))
        sample = spec.get("sample", path.stem)
        items, wrong = spec.get("item", []), spec.get("not_an_error", [])
        results.append(measure_sample(sample, items, wrong, found.get(sample, [])))
    return results


def measure_sample(sample: str, items: list[dict], wrong: list[dict], found: list[dict]) -> Result:
    """Each finding of one sample: true (matches an item), an agreed note, false (matches a
    `not_an_error` entry) or unlisted."""
    result = Result(sample, items)
    for f in found:
        hits = [i for i in items if matches(f, i)]
        if hits:
            result.true.append(f)
            result.found_items |= {i["id"] for i in hits}
            continue
        said = [n for n in wrong if agrees_with(f, n)]  # the entry of a compatible kind first
        agreed = next((n for n in said if compatible(f["check"], n["kind"])), said[0] if said else None)
        false = next((n for n in wrong if matches(f, n)), None)
        if agreed is not None:
            result.agreed.append((f, agreed))
        elif false is not None:
            result.false.append((f, false))
        else:
            result.unlisted.append(f)
    return result


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}%" if b else "-"


def table(results: list[Result]) -> str:
    """The README table: per sample, then per check, then per auditor kind."""
    lines = [
        "| sample | items | found | recall | findings | true | false | unlisted | agreed notes | precision "
        "| judged precision | precision without notes |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    tot = Counter()
    for r in results:
        emitted = r.true + [f for f, _ in r.false] + r.unlisted + [f for f, _ in r.agreed]
        row = Counter(items=len(r.items), found=len(r.found_items), n=len(emitted), true=len(r.true),
                      false=len(r.false), unlisted=len(r.unlisted), agreed=len(r.agreed),
                      notes=sum(is_note(f) for f in emitted), true_notes=sum(is_note(f) for f in r.true))  # fmt: skip
        tot += row
        lines.append(_row(r.sample, row))
    lines.append(_row("**all**", tot))
    lines += [
        "",
        "| check | findings | true | false | unlisted | agreed notes | precision |",
        "|---|---|---|---|---|---|---|",
    ]
    per: dict[str, Counter] = defaultdict(Counter)
    for r in results:
        for f in r.true:
            per[f["check"]]["true"] += 1
        for f, _ in r.false:
            per[f["check"]]["false"] += 1
        for f in r.unlisted:
            per[f["check"]]["unlisted"] += 1
        for f, _ in r.agreed:
            per[f["check"]]["agreed"] += 1
    for check, c in sorted(per.items()):
        n = c["true"] + c["false"] + c["unlisted"] + c["agreed"]
        lines.append(
            f"| {check} | {n} | {c['true']} | {c['false']} | {c['unlisted']} | {c['agreed']} | "
            f"{_pct(c['true'], n - c['agreed'])} |"
        )
    lines += ["", "| auditor kind | items | found | recall |", "|---|---|---|---|"]
    kinds: dict[str, Counter] = defaultdict(Counter)
    for r in results:
        for i in r.items:
            kinds[i["kind"]]["items"] += 1
            kinds[i["kind"]]["found"] += i["id"] in r.found_items
    for kind, c in sorted(kinds.items()):
        lines.append(f"| {kind} | {c['items']} | {c['found']} | {_pct(c['found'], c['items'])} |")
    return "\n".join(lines)


def _row(name: str, c: Counter) -> str:
    return (
        f"| {name} | {c['items']} | {c['found']} | {_pct(c['found'], c['items'])} | {c['n']} | {c['true']} | "
        f"{c['false']} | {c['unlisted']} | {c['agreed']} | {_pct(c['true'], c['n'] - c['agreed'])} | "
        f"{_pct(c['true'], c['true'] + c['false'])} | {_pct(c['true'] - c['true_notes'], c['n'] - c['notes'])} |"
    )


def explain(results: list[Result]) -> str:
    out = []
    for r in results:
        out.append(f"\n## {r.sample}")
        for i in r.items:
            mark = "found " if i["id"] in r.found_items else "MISSED"
            where = f"lines {i['lines'][:6]} ({i.get('certainty')})"
            out.append(f"{mark} {i['id']} {i['kind']} {where}: {i['subject'][:70]}")
        for f, n in r.false:
            out.append(f"FALSE  {f['check']} line {f['line']}/{f['other_line']} {f['subject'][:50]!r} = {n['id']}")
        for f, n in r.agreed:
            out.append(f"AGREED {f['check']} line {f['line']}/{f['other_line']} {f['subject'][:50]!r} = {n['id']}")
        for f in r.unlisted:
            out.append(f"UNLISTED {f['check']} line {f['line']}/{f['other_line']} {f['subject'][:50]!r} "
                       f"{f['reported']} vs {f['other']}")  # fmt: skip
    return "\n".join(out)


def run(samples: Path, lists: Path) -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "auditor.duckdb"
        ingest(samples, db)
        return measure(lists, findings_by_sample(db, samples))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=Path, default=ROOT / "data" / "samples")
    parser.add_argument("--lists", type=Path, default=ROOT / "tests" / "expected" / "auditor")
    parser.add_argument("--explain", action="store_true", help="list every item found or missed and every finding")
    args = parser.parse_args()
    results = run(args.samples, args.lists)
    print(table(results))
    if args.explain:
        print(explain(results))


if __name__ == "__main__":
    main()
