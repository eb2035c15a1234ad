"""Table libraries on the PDF rendering matrix (issue 14): how many of the text export's
figures each one puts in a table cell, on the page that prints the figure, and how fast.

    .venv/bin/python bench/pdf_libraries.py [--pdfs DIR] [--only PATTERN] [--libraries a,b] [--jobs N]
                                            [--timeout S] [--out FILE]

Libraries: `ours` (the product's reader, `ingest.read.pdf.read_pdf`: its tables' cells),
`pdfplumber-text` (`extract_tables` with the `text` strategy both ways), `pdfplumber-lines`
(its defaults, the naive baseline), and camelot-py 2.x flavours `camelot-lattice` (ruled),
`camelot-stream`, `camelot-network`, `camelot-hybrid`. camelot is not in requirements.txt:
install it beside the project (`pip install --target DIR camelot-py==2.0.0` and its
dependencies, then `PYTHONPATH=DIR`); without it the camelot rows say so.

Figure-level recall: every number in a target / realisasi / pagu / anggaran column of the
export's tables (as the text reader reads them) is looked up on the PDF pages whose text
prints it; it counts as found when a cell the library extracted on one of those pages holds
it. Figures printed nowhere as one token are left out (none are, in the matrix). `--pdfs`
reads PDFs kept by `bench/pdf_matrix.py --keep DIR` (named `SAMPLE-producer-style-orientation.pdf`),
otherwise the selected cells are rendered first. Each library runs on each PDF in a child
process killed after `--timeout` seconds (reported as a timeout).
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LIBRARIES = (
    "ours",
    "pdfplumber-text",
    "pdfplumber-lines",
    "camelot-lattice",
    "camelot-stream",
    "camelot-network",
    "camelot-hybrid",
)
SAMPLES = sorted((ROOT / "data" / "samples").glob("*.txt"))
_FIGURE_COLUMN = re.compile(r"target|realisasi|pagu|anggaran|alokasi", re.I)
_NUMBER = re.compile(r"^(?:rp\.?)?\d[\d.,]*%?$", re.I)


def norm(token: str) -> str:
    """A figure as a key: no spaces, no Rp, no %, no markup."""
    token = re.sub(r"<[^>]+>|\*\*|\s+", "", token).lower()
    return re.sub(r"^rp\.?", "", token).rstrip("%")


def export_figures(sample: Path) -> list[str]:
    """Every figure of a target / realisasi / pagu column of the export's tables, in order."""
    from ingest.read.text import read_text_file

    figures = []
    for table in read_text_file(sample).tables:
        columns = [c.index for c in table.columns if _FIGURE_COLUMN.search(c.label)]
        for row in table.rows:
            for c in columns:
                if c < len(row.cells) and _NUMBER.match(re.sub(r"\s+", "", row.cells[c])):
                    figures.append(norm(row.cells[c]))
    return figures


def page_tokens(pdf: Path) -> list[set[str]]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        return [{norm(t) for t in doc[i].get_textpage().get_text_range().split()} for i in range(len(doc))]
    finally:
        doc.close()


# --------------------------------------------------------------------------------------------
# One library on one PDF (run in a child: `--task LIBRARY PDF`, JSON on stdout)
# --------------------------------------------------------------------------------------------


def cells_of(library: str, pdf: Path) -> list[tuple[int, str]]:
    """(1-based page, cell text) of every cell the library extracts."""
    out: list[tuple[int, str]] = []
    if library == "ours":
        from ingest.read.pdf import read_pdf

        for table in read_pdf(pdf.read_bytes(), pdf.name).document.tables:
            out += [(row.page or 0, cell) for row in table.header_rows + table.rows for cell in row.cells]
    elif library.startswith("pdfplumber-"):
        import pdfplumber

        strategy = library.split("-", 1)[1]
        settings = {"vertical_strategy": strategy, "horizontal_strategy": strategy}
        with pdfplumber.open(pdf) as doc:
            for page in doc.pages:
                for table in page.extract_tables(settings):
                    out += [(page.page_number, cell or "") for row in table for cell in row]
    elif library.startswith("camelot-"):
        import warnings

        import camelot

        warnings.simplefilter("ignore")
        for table in camelot.read_pdf(str(pdf), flavor=library.split("-", 1)[1], pages="all"):
            page = int(table.page)
            out += [(page, str(cell)) for cell in table.df.to_numpy().ravel()]
    else:
        raise ValueError(library)
    return out


def task(library: str, pdf: Path) -> dict:
    start = time.perf_counter()
    found = sorted({(p, key) for p, cell in cells_of(library, pdf) for key in _keys(cell)})
    return {"seconds": time.perf_counter() - start, "found": found}


def _keys(cell: str) -> set[str]:
    return {norm(t) for t in cell.split()} | {norm(cell)}


def run_task(library: str, pdf: Path, timeout: float) -> dict:
    command = [sys.executable, __file__, "--task", library, str(pdf)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"timeout ({timeout:g} s)"}
    if done.returncode:
        last = (done.stderr.strip().splitlines() or ["?"])[-1]
        return {"error": last[:200]}
    result = json.loads(done.stdout)
    result["found"] = {(p, k) for p, k in result["found"]}
    return result


# --------------------------------------------------------------------------------------------
# The matrix
# --------------------------------------------------------------------------------------------


def pdfs_for(args: argparse.Namespace) -> list[tuple[Path, Path, str, str]]:
    """(sample, pdf, style, producer) for every selected cell."""
    from tests.renderings import matrix, render

    patterns = [p for p in args.only.split(",") if p]
    chosen = [
        (s, r)
        for s in SAMPLES
        for r in matrix()
        if not patterns or any(fnmatch.fnmatch(f"{s.stem[:3]}/{r.name}", p) for p in patterns)
    ]
    folder = Path(args.pdfs) if args.pdfs else Path(tempfile.mkdtemp(prefix="pdf-libraries-"))
    out = []
    for sample, rendering in chosen:
        pdf = folder / f"{sample.stem[:3]}-{rendering.slug}.pdf"
        if not pdf.exists():
            render(sample, rendering, pdf)
        out.append((sample, pdf, rendering.style, rendering.producer))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--task", nargs=2, metavar=("LIBRARY", "PDF"), help=argparse.SUPPRESS)
    parser.add_argument("--pdfs", default=None, help="PDFs kept by bench/pdf_matrix.py --keep")
    parser.add_argument("--only", default="004/*/*/portrait", help="SAMPLE/producer/style/orientation patterns")
    parser.add_argument("--libraries", default=",".join(LIBRARIES))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=600)
    parser.add_argument("--out", default=None)
    args = parser.parse_args(argv)
    if args.task:
        result = task(args.task[0], Path(args.task[1]))
        print(json.dumps({"seconds": result["seconds"], "found": result["found"]}))
        return 0
    libraries = [lib for lib in args.libraries.split(",") if lib]
    cells = pdfs_for(args)
    figures = {s: export_figures(s) for s in {c[0] for c in cells}}
    jobs = [(lib, cell) for cell in cells for lib in libraries]
    with ThreadPoolExecutor(args.jobs) as pool:
        results = list(pool.map(lambda job: run_task(job[0], job[1][1], args.timeout), jobs))
    # per library and style: figures found / printed, pages, seconds
    score: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    speed: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
    failures = []
    pages_of = {cell[1]: page_tokens(cell[1]) for cell in cells}
    for (lib, (sample, pdf, style, producer)), result in zip(jobs, results, strict=True):
        if "error" in result:
            failures.append(f"- {lib} on {pdf.name}: {result['error']}")
            continue
        pages = pages_of[pdf]
        speed[lib][0] += len(pages)
        speed[lib][1] += result["seconds"]
        for figure in figures[sample]:
            printed = [n + 1 for n, tokens in enumerate(pages) if figure in tokens]
            if not printed:
                continue
            for key in (style, f"{producer}"):
                score[(lib, key)][1] += 1
                score[(lib, key)][0] += any((p, figure) in result["found"] for p in printed)
    styles = sorted({c[2] for c in cells}, key=["grid", "header-rule", "no-rules", "zebra"].index)
    producers = sorted({c[3] for c in cells})

    def pct(lib: str, key: str) -> str:
        found, total = score.get((lib, key), (0, 0))
        return f"{100 * found / total:.1f}" if total else "-"

    lines = [
        "# Table libraries on the rendering matrix",
        "",
        f"Cells: `{args.only}` ({len(cells)} PDFs, {sum(len(p) for p in pages_of.values())} pages)."
        " Figure recall (%): the export's target / realisasi / pagu figures found in the library's"
        " cells on the page printing them; pages/s on one process (timings on a shared 2-core machine).",
        "",
        "| library | " + " | ".join(styles) + " | " + " | ".join(producers) + " | pages/s |",
        "|---|" + "---|" * (len(styles) + len(producers) + 1),
    ]
    for lib in libraries:
        pages, seconds = speed.get(lib, (0, 0.0))
        rate = f"{pages / seconds:.1f}" if seconds else "-"
        lines.append(
            f"| {lib} | "
            + " | ".join(pct(lib, s) for s in styles)
            + " | "
            + " | ".join(pct(lib, p) for p in producers)
            + f" | {rate} |"
        )
    if failures:
        lines += ["", "Runs that failed or timed out:", "", *failures]
    report = "\n".join(lines)
    print(report)
    if args.out:
        Path(args.out).write_text(report + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
