"""camelot-py's tables fed to our own interpreter (issue 14, "measure the libraries"): a parity
of facts, not of figures. Each PDF of the rendering matrix is ingested twice, whole (read,
interpret, store, checks), and each side compared with the sample's text export the way
`bench/pdf_matrix.py` does (`tests.renderings.run_cell` / `parity`):

- `ours`: the product as it is;
- `camelot-<flavor>`: the same, but every borderless table comes from camelot instead of
  `ingest/read/pdf/borderless.py` (ruled tables, furniture, captions, stitching across pages,
  header merging, interpretation and checks stay ours).

    PYTHONPATH=/tmp/camelot_site .venv/bin/python bench/pdf_library_facts.py \
        [--only PATTERN] [--pdfs DIR] [--flavor network|stream] [--option KEY=VALUE ...] \
        [--json FILE] [--dump DIR] [--out FILE]

`--only`: `SAMPLE/producer/style/orientation` shell patterns, comma-separated (default: the
borderless styles no-rules and header-rule of chromium, weasyprint and libreoffice, portrait,
samples 000, 001, 002, 004). `--pdfs`: the PDFs kept by `bench/pdf_matrix.py --keep DIR`
(default /tmp/pm10; a missing one is rendered there). `--option`: camelot keyword arguments
(`row_tol=10`, `split_text=true`). `--json`: every cell's facts and timings (`--report-only`
rewrites the Markdown from it without ingesting again). `--dump`: camelot's tables as fed to the
interpreter, per PDF and page (JSON), to read the differences. `--out`: the Markdown report;
anything below the line `<!-- notes -->` in an existing report is kept (hand-written notes).

camelot is not in requirements.txt: install it beside the project
(`.venv/bin/pip install --target /tmp/camelot_site --no-deps camelot-py==2.0.0 playa-pdf
tabulate opencv-python-headless mypy-extensions`; the venv's numpy, pandas, pypdfium2 are used).

How the substitution is made (in this process only, nothing in the product is changed):
- the PDF is parsed in this process (`ingest.pipeline.parse_isolated` replaced by `parse`),
  for both sides, so the patches reach the reader and both sides are timed alike;
- `ingest.read.pdf.scan_pages`, `read_page` and `read_unruled_page` are wrapped to know the
  PDF's bytes (spilled once to a temporary file: camelot reads a path) and the page being read;
- `ingest.read.pdf.pages.borderless_tables` is replaced by `camelot_tables`: camelot reads the
  page (`camelot.read_pdf(path, pages=N, flavor=...)`); each of its tables of two columns or
  more becomes a `FoundTable` - its rows as camelot cut them (a cell's lines joined by a space),
  top and bottom turned into pdfplumber's top-down coordinates (camelot's `_bbox` is PDF
  bottom-up), its column boundaries as `cuts`, each row's printed runs as `pieces`. A camelot row
  holding none of the lines our reader passed (the running head or footer, a ruled table's
  rows: not given to the borderless reader) is left out. The given lines inside no kept table's
  box are returned as prose. A one-column camelot "table" is prose camelot framed: left as prose.
  Pages read turned (a /Rotate or sideways text) keep our reader (their coordinates differ).
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.renderings import TEXT, Parity, Rendering, describe, matrix, parity, run_cell  # noqa: E402

SAMPLES = sorted((ROOT / "data" / "samples").glob("*.txt"))
DEFAULT_ONLY = ",".join(
    f"{s}/{p}/{st}/portrait"
    for s in ("000", "001", "002", "004")
    for p in ("chromium", "weasyprint", "libreoffice")
    for st in ("no-rules", "header-rule")
)
FACT_TABLES = ("indicator_values", "budget_lines", "efficiency_values", "findings")
SHOWN = 4  # differences listed per cell and kind
NOTES = "<!-- notes -->"


# --------------------------------------------------------------------------------------------
# The substitution
# --------------------------------------------------------------------------------------------


@dataclass
class Reading:
    """What the adapter knows of the PDF being read, and what it did."""

    flavor: str = "network"
    options: dict = field(default_factory=dict)
    active: bool = False  # camelot replaces the borderless reader
    cells: str = "camelot"  # "camelot": its rows and cells; "ours": its boxes and columns, our rows and cells
    path: str | None = None  # the PDF's bytes spilled to a file
    data: bytes | None = None
    scans: dict = field(default_factory=dict)  # page number -> PageScan
    page: int | None = None
    camelot_s: float = 0.0  # time inside camelot.read_pdf
    pages: int = 0  # pages camelot read
    kept_own: int = 0  # pages read turned: our reader kept
    tables: int = 0
    dropped_one_column: int = 0
    dump: dict = field(default_factory=dict)  # page -> [{"top", "bottom", "rows"}]

    def reset(self) -> None:
        if self.path:
            Path(self.path).unlink(missing_ok=True)
        self.path = self.data = self.page = None
        self.scans, self.dump = {}, {}
        self.camelot_s, self.pages, self.kept_own, self.tables, self.dropped_one_column = 0.0, 0, 0, 0, 0


STATE = Reading()


def install_patches() -> None:
    """Wrap the reader's entry points (once, in this process); `STATE.active` chooses the side."""
    import ingest.pipeline as pipeline
    import ingest.read.pdf as pdf
    import ingest.read.pdf.pages as pages

    own_borderless = pages.borderless_tables
    own_scan, own_read_page, own_read_unruled = pdf.scan_pages, pdf.read_page, pdf.read_unruled_page

    def in_process(data: bytes, fmt: str, name: str, timeout: float = 0.0):
        return pipeline.parse(data, fmt, name)

    def scan_pages(data: bytes):
        scans = own_scan(data)
        if STATE.active:
            STATE.data, STATE.scans = data, {s.number: s for s in scans}
        return scans

    def read_page(page, number, *rest, **options):
        STATE.page = number
        try:
            return own_read_page(page, number, *rest, **options)
        finally:
            STATE.page = None

    def read_unruled_page(page, scan, *rest, **options):
        STATE.page = scan.number
        try:
            return own_read_unruled(page, scan, *rest, **options)
        finally:
            STATE.page = None

    def borderless_tables(lines, carry=None, height=None, words=None):
        kwargs = {} if words is None else {"words": words}
        if not STATE.active or STATE.page is None:
            return own_borderless(lines, carry, height, **kwargs)
        scan = STATE.scans.get(STATE.page)
        if scan is None or scan.rotation or scan.sideways:
            STATE.kept_own += 1
            return own_borderless(lines, carry, height, **kwargs)
        return camelot_tables(lines, STATE.page, scan.height, words)

    pipeline.parse_isolated = in_process
    pdf.scan_pages, pdf.read_page, pdf.read_unruled_page = scan_pages, read_page, read_unruled_page
    pages.borderless_tables = borderless_tables


def _middle(line) -> float:
    return (line.top + line.bottom) / 2


def camelot_tables(lines: list, number: int, height: float, words=None) -> tuple[list, list]:
    """camelot's tables on page `number` as our FoundTables, and the given lines outside them.
    With `STATE.cells == "ours"` only camelot's table boxes and column boundaries are used: the
    lines inside a box are grouped into rows and cells by our reader's `_grid` at camelot's cuts."""
    import camelot

    from ingest.read.pdf.borderless import _grid
    from ingest.read.pdf.layout import FoundTable
    from ingest.read.wrapping import NO_LEXICON

    if STATE.path is None:
        handle, STATE.path = tempfile.mkstemp(prefix="camelot-", suffix=".pdf")
        with os.fdopen(handle, "wb") as out:
            out.write(STATE.data)
    start = time.perf_counter()
    found = camelot.read_pdf(STATE.path, pages=str(number), flavor=STATE.flavor, suppress_stdout=True, **STATE.options)
    STATE.camelot_s += time.perf_counter() - start
    STATE.pages += 1
    tables, used = [], set()
    for table in sorted(found, key=lambda t: -t._bbox[3]):
        if table.shape[1] < 2:
            STATE.dropped_one_column += 1
            continue
        x1, y1, x2, y2 = table._bbox
        top, bottom = height - y2, height - y1
        inside = [
            i
            for i, line in enumerate(lines)
            if i not in used and top - 1 <= _middle(line) <= bottom + 1 and line.segments[-1][1] > x1 and line.x0 < x2
        ]
        if not inside:
            continue  # furniture or a ruled table: not the borderless reader's
        rows, pieces = [], []
        for r, (row_top, row_bottom) in enumerate(table.rows):
            band = [
                lines[i] for i in inside if height - row_top - 0.5 <= _middle(lines[i]) <= height - row_bottom + 0.5
            ]
            if not band:
                continue
            cells = [" ".join(str(text).split()) for text in table.df.iloc[r]]
            rows.append(cells)
            pieces.append([(text, a, line.top, b, line.bottom) for line in band for a, b, text in line.segments])
        if not rows:
            continue
        used.update(inside)
        cuts = sorted({table.cols[c][1] for c in range(len(table.cols) - 1)})
        top = min(lines[i].top for i in inside)
        bottom = max(lines[i].bottom for i in inside)
        if STATE.cells == "ours":
            found_table = _grid([lines[i] for i in sorted(inside)], words or NO_LEXICON, cuts)
            rows = found_table.rows
            tables.append(found_table)
        else:
            tables.append(FoundTable(rows, top, bottom, cuts, pieces=pieces))
        STATE.tables += 1
        STATE.dump.setdefault(number, []).append({"top": round(top, 1), "bottom": round(bottom, 1), "rows": rows})
    prose = [line for i, line in enumerate(lines) if i not in used]
    return tables, prose


# --------------------------------------------------------------------------------------------
# Running the cells
# --------------------------------------------------------------------------------------------


def selected(patterns: list[str]) -> list[tuple[Path, Rendering]]:
    cells = [(s, r) for s in SAMPLES for r in matrix()]
    return [(s, r) for s, r in cells if any(fnmatch.fnmatch(f"{s.stem[:3]}/{r.name}", p) for p in patterns)]


def run_side(sample: Path, rendering: Rendering, pdfs: str, camelot_side: bool) -> dict:
    STATE.reset()
    STATE.active = camelot_side
    try:
        cell = run_cell(str(sample), rendering, keep=pdfs, reuse=True)
    finally:
        STATE.active = False
    if camelot_side:
        cell["camelot"] = {
            "seconds": STATE.camelot_s,
            "pages": STATE.pages,
            "turned_pages_kept_ours": STATE.kept_own,
            "tables": STATE.tables,
            "one_column_dropped": STATE.dropped_one_column,
        }
        cell["dump"] = {str(k): v for k, v in sorted(STATE.dump.items())}
    STATE.reset()
    return cell


def jsonable(cell: dict) -> dict:
    out = dict(cell)
    out.pop("pages", None)
    out["page_count"] = len(cell.get("pages", []))
    if "facts" in out:
        out["facts"] = {t: [list(r) for r in rows] for t, rows in out["facts"].items()}
    return out


def from_json(cell: dict) -> dict:
    out = dict(cell)
    if "facts" in out:
        out["facts"] = {t: [tuple(r) for r in rows] for t, rows in out["facts"].items()}
    out["pages"] = [""] * out.get("page_count", 0)
    return out


# --------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------


def _pct(found: int, total: int) -> str:
    if total == 0:
        return "-"
    return "100" if found == total else f"{min(100 * found / total, 99.9):.1f}"


def _side(p: Parity) -> str:
    if p.error:
        return "error | | "
    v, b = p.kept["indicator_values"], p.kept["budget_lines"]
    return f"{_pct(*v)} | {_pct(*b)} | +{p.findings_added} -{p.findings_lost}"


def _sum(ps: list[Parity], table: str) -> tuple[int, int]:
    ok = [p for p in ps if p.kept]
    return sum(p.kept[table][0] for p in ok), sum(p.kept[table][1] for p in ok)


def _totals(ps: list[Parity]) -> str:
    return (
        f"{_pct(*_sum(ps, 'indicator_values'))} ({_sum(ps, 'indicator_values')[0]}/{_sum(ps, 'indicator_values')[1]})"
        f" | {_pct(*_sum(ps, 'budget_lines'))} ({_sum(ps, 'budget_lines')[0]}/{_sum(ps, 'budget_lines')[1]})"
        f" | +{sum(p.findings_added for p in ps)} -{sum(p.findings_lost for p in ps)}"
        f" | {sum(p.ok for p in ps)}/{len(ps)}"
    )


def versus(text: dict, ours: dict, theirs: dict) -> dict[str, list[str]]:
    """What camelot's side loses and gains against ours, fact by fact (keys as the parity
    compares them), each with the places it was read (export table and line; PDF table, page)."""
    from tests.test_layouts import differences

    if "facts" not in ours or "facts" not in theirs:
        return {}
    d_ours = differences(text["facts"], ours["facts"], ["pdf/slash-spacing"])
    d_cam = differences(text["facts"], theirs["facts"], ["pdf/slash-spacing"])
    out: dict[str, list[str]] = defaultdict(list)
    for table in FACT_TABLES:
        lost_o, added_o, where_o = d_ours.get(table, (Counter(), Counter(), {}))
        lost_c, added_c, where_c = d_cam.get(table, (Counter(), Counter(), {}))
        kinds = (
            ("camelot loses (ours reads it right)", lost_c - lost_o, where_c, 0),
            ("camelot gains (ours loses it)", lost_o - lost_c, where_o, 0),
            ("camelot misreads (ours does not)", added_c - added_o, where_c, 1),
            ("ours misreads (camelot does not)", added_o - added_c, where_o, 1),
        )
        for kind, bag, where, side in kinds:
            for key in list(bag.elements()):
                place = "; ".join(p for p in where.get(key, ([], []))[side] if p) or "-"
                what = (
                    describe(table, key)
                    if table != "findings"
                    else f"{key[0]} ({key[1]}) {' / '.join(str(v) for v in key[4:7])}"
                )
                out[kind].append(f"{table}: {what} [{place}]")
    return out


def report(rows: list[tuple[Parity, Parity, dict, dict]], meta: dict) -> str:
    flavor = meta["flavor"] + ("-cuts" if meta.get("cells") == "ours" else "")
    options = meta["options"] or 'none (defaults: row_tol=2, split_text=False, strip_text="")'
    cuts = (
        " only camelot's table boxes and column boundaries used, rows and cells cut by our `_grid`;"
        if meta.get("cells") == "ours"
        else ""
    )
    lines = [
        f"# camelot-{flavor} tables fed to our interpreter: a parity of facts",
        "",
        f'`bench/pdf_library_facts.py` (camelot-py {meta["camelot"]}, `flavor="{meta["flavor"]}"`,{cuts}'
        f" options {options});"
        f" product at `{meta['head']}`{meta['dirty']}. Each PDF (`{meta['pdfs']}`) is ingested whole twice"
        " (read, interpret, store, checks) and compared with the sample's text export as `bench/pdf_matrix.py`"
        " does (`tests/renderings.run_cell` / `parity`): **ours** = the product; **camelot** = the same, every"
        " borderless table cut by camelot instead of `ingest/read/pdf/borderless.py` (ruled tables, furniture,"
        " captions, page stitching, header merging, interpretation and checks stay ours; see the script's"
        " docstring for the adapter). Per side: indicator values kept % / budget lines kept % / findings added,"
        " lost; seconds = whole ingest + checks of the PDF (one process on a shared 2-core machine;"
        " camelot s = the part spent in `camelot.read_pdf`).",
        "",
        "| sample | producer | style | pages | ours values | ours budget | ours findings | ours s"
        f" | {flavor} values | {flavor} budget | {flavor} findings | {flavor} s | camelot s | pages read |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for ours, cam, cell_o, cell_c in rows:
        producer, style, _ = ours.rendering.split("/")
        info = cell_c.get("camelot", {})
        mine, theirs = cell_o.get("ingest_s", 0), cell_c.get("ingest_s", 0)
        lines.append(
            f"| {ours.sample[:3]} | {producer} | {style} | {ours.pages} | {_side(ours)} | {mine:.1f}"
            f" | {_side(cam)} | {theirs:.1f} | {info.get('seconds', 0):.1f} | {info.get('pages', 0)} |"
        )
    lines += [
        "",
        "Totals: values kept % (kept/in the export) | budget lines | findings + / - | cells meeting the target"
        " (>= 99% values and budget lines, no finding added):",
        "",
        "| group | ours values | ours budget | ours findings | ours target | camelot values | camelot budget"
        " | camelot findings | camelot target | ours s | camelot s |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    groups: dict[str, list] = defaultdict(list)
    for row in rows:
        producer, style, _ = row[0].rendering.split("/")
        groups[producer].append(row)
        groups[style].append(row)
        groups[f"sample {row[0].sample[:3]}"].append(row)
    order = sorted(groups, key=lambda g: (g.startswith("sample"), g in ("no-rules", "header-rule", "grid", "zebra"), g))
    groups = {name: groups[name] for name in order}
    groups["**all**"] = list(rows)
    for name, group in groups.items():
        mine, theirs = sum(r[2].get("ingest_s", 0) for r in group), sum(r[3].get("ingest_s", 0) for r in group)
        lines.append(
            f"| {name} | {_totals([r[0] for r in group])} | {_totals([r[1] for r in group])}"
            f" | {mine:.0f} | {theirs:.0f} |"
        )
    errors = [(p.sample, p.rendering, p.error) for r in rows for p in r[:2] if p.error]
    if errors:
        lines += ["", "Errors:", ""] + [f"- {s[:3]} {r}: {e}" for s, r, e in errors]
    turned = sum(r[3].get("camelot", {}).get("turned_pages_kept_ours", 0) for r in rows)
    dropped = sum(r[3].get("camelot", {}).get("one_column_dropped", 0) for r in rows)
    lines += [
        "",
        f"camelot read {sum(r[3].get('camelot', {}).get('pages', 0) for r in rows)} pages and gave"
        f" {sum(r[3].get('camelot', {}).get('tables', 0) for r in rows)} tables of 2+ columns to the interpreter;"
        f' {dropped} one-column "tables" (prose) were left as prose; {turned} turned pages kept our reader.'
        f" Wall time {meta['seconds']:.0f} s.",
        "",
        "## Fact by fact: what camelot's tables lose and gain against ours",
        "",
        "Keys as the parity compares them; places: the export's table and line, or the PDF's table and page.",
        "",
    ]
    for row in rows:
        ours, diffs = row[0], meta["versus"].get(f"{row[0].sample}|{row[0].rendering}", {})
        if not diffs:
            continue
        counts = ", ".join(f"{k}: {len(v)}" for k, v in diffs.items() if v)
        lines += [f"### {ours.sample[:3]} {ours.rendering}", "", counts, ""]
        for kind, items in diffs.items():
            for item in items[:SHOWN]:
                lines.append(f"- {kind}: {item}")
            if len(items) > SHOWN:
                lines.append(f"- {kind}: ... {len(items) - SHOWN} more")
        lines.append("")
    return "\n".join(lines)


def _git(*args: str) -> str:
    try:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "?"


def write(out: str | None, text: str) -> None:
    print(text)
    if not out:
        return
    path = Path(out)
    notes = ""
    if path.exists():
        old = path.read_text(encoding="utf-8")
        if NOTES in old:
            notes = old[old.index(NOTES) :]
    path.write_text(text + ("\n\n" + notes if notes else "\n"), encoding="utf-8")


def build(cells: list[dict], meta: dict) -> str:
    texts = {c["sample"]: c for c in cells if c["side"] == "text"}
    pairs: dict[tuple[str, str], dict] = defaultdict(dict)
    for c in cells:
        if c["side"] != "text":
            pairs[(c["sample"], c["rendering"])][c["side"]] = c
    rows, meta["versus"] = [], {}
    for (sample, rendering), sides in pairs.items():
        if "ours" not in sides or "camelot" not in sides:
            continue
        text = texts[sample]
        o, c = sides["ours"], sides["camelot"]
        rows.append((parity(text, o), parity(text, c), o, c))
        meta["versus"][f"{sample}|{rendering}"] = versus(text, o, c)
    return report(rows, meta)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default=DEFAULT_ONLY)
    parser.add_argument("--pdfs", default="/tmp/pm10")
    parser.add_argument("--flavor", default="network", choices=("network", "stream", "hybrid", "lattice"))
    parser.add_argument(
        "--cells",
        default="camelot",
        choices=("camelot", "ours"),
        help="camelot: its rows and cells; ours: its table boxes and columns, rows and cells cut by our _grid",
    )
    parser.add_argument("--option", action="append", default=[], help="camelot keyword argument KEY=VALUE")
    parser.add_argument("--json", default=None, help="keep every cell's facts and timings here")
    parser.add_argument("--report-only", action="store_true", help="rewrite the report from --json")
    parser.add_argument("--dump", default=None, help="folder for camelot's tables per PDF (JSON)")
    parser.add_argument("--out", default=None)
    parser.add_argument("--ours-from", default=None, help="reuse the text and ours sides kept in this --json file")
    args = parser.parse_args(argv)

    options = {}
    for item in args.option:
        key, _, value = item.partition("=")
        low = value.lower()
        options[key] = True if low == "true" else False if low == "false" else _number(value)
    if args.report_only:
        saved = json.loads(Path(args.json).read_text(encoding="utf-8"))
        write(args.out, build([from_json(c) for c in saved["cells"]], saved["meta"]))
        return 0

    import camelot

    chosen = selected([p for p in args.only.split(",") if p])
    if not chosen:
        print("no cell matches --only", file=sys.stderr)
        return 2
    STATE.flavor, STATE.options, STATE.cells = args.flavor, options, args.cells
    install_patches()
    start = time.perf_counter()
    cells: list[dict] = []
    dirty = _git("status", "--porcelain", "--untracked-files=no", "ingest")
    meta = {
        "camelot": camelot.__version__,
        "flavor": args.flavor,
        "cells": args.cells,
        "options": ", ".join(f"{k}={v}" for k, v in options.items()),
        "head": _git("rev-parse", "--short", "HEAD"),
        "dirty": " (with uncommitted changes in ingest/)" if dirty else "",
        "pdfs": args.pdfs,
        "only": args.only,
    }

    def save() -> None:
        meta["seconds"] = time.perf_counter() - start
        if args.json:
            payload = {"meta": {k: v for k, v in meta.items() if k != "versus"}, "cells": [jsonable(c) for c in cells]}
            Path(args.json).write_text(json.dumps(payload), encoding="utf-8")

    kept: dict[tuple[str, str, str], dict] = {}
    if args.ours_from:
        saved = json.loads(Path(args.ours_from).read_text(encoding="utf-8"))
        kept = {
            (c["side"], c["sample"], c["rendering"]): from_json(c) for c in saved["cells"] if c["side"] != "camelot"
        }
    for sample in sorted({s for s, _ in chosen}):
        cell = kept.get(("text", sample.name, TEXT)) or run_cell(str(sample), TEXT)
        cell["side"] = "text"
        cells.append(cell)
        print(f"text {sample.name}: {cell['status']} {cell.get('ingest_s', 0):.1f} s", file=sys.stderr, flush=True)
        for s, rendering in [c for c in chosen if c[0] == sample]:
            if ("ours", s.name, rendering.name) in kept:
                cells.append(kept[("ours", s.name, rendering.name)])
            for side in ("ours", "camelot"):
                if side == "ours" and ("ours", s.name, rendering.name) in kept:
                    continue
                cell = run_side(s, rendering, args.pdfs, side == "camelot")
                cell["side"] = side
                dump = cell.pop("dump", None)
                if dump is not None and args.dump:
                    folder = Path(args.dump)
                    folder.mkdir(parents=True, exist_ok=True)
                    (folder / f"{s.stem[:3]}-{rendering.slug}-{args.flavor}-{args.cells}.json").write_text(
                        json.dumps(dump, ensure_ascii=False, indent=1), encoding="utf-8"
                    )
                cells.append(cell)
                extra = cell.get("camelot", {})
                print(
                    f"{s.stem[:3]} {rendering.name} {side}: {cell['status']} {cell.get('error', '')}"
                    f" {cell.get('ingest_s', 0):.1f} s"
                    + (f" (camelot {extra['seconds']:.1f} s, {extra['pages']} pages)" if extra else ""),
                    file=sys.stderr,
                    flush=True,
                )
            save()
    save()
    write(args.out, build(cells, meta))
    return 0


def _number(value: str):
    for kind in (int, float):
        try:
            return kind(value)
        except ValueError:
            pass
    return value


if __name__ == "__main__":
    sys.exit(main())
