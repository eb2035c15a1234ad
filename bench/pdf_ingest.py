"""Benchmark: the product's PDF reading against a naive baseline, on the same PDFs.

    .venv/bin/python bench/pdf_ingest.py [--jobs N] [--keep DIR] [--pdfs DIR [--glob PATTERN]]

Generates PDFs from the sample text exports (a ruled and a borderless variant of each,
as the tests do), or takes the PDFs in `--pdfs DIR` (the rendering matrix's, kept by
`bench/pdf_matrix.py --keep DIR`: other producers and styles), then in one run measures:
- baseline: pdfplumber `extract_tables()` on every page, one process (the naive way);
- product, one process: `ingest.pipeline.parse` (pypdfium2 scan, table finder on the
  candidate pages only, interpretation);
- product, parallel: what `python -m ingest --jobs N` does (each PDF in its own child
  process, N at a time).
It prints pages per second and the ratios, and checks that the product lost no figure
the baseline's tables contain: every figure the interpreter reads from the baseline's
tables (target, realisasi, capaian, pagu, ...) must be among the product's figures on
the same page. Exit status 1 when a figure is lost.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pdfplumber  # noqa: E402

from ingest.interpret import interpret  # noqa: E402
from ingest.model import Document, Row  # noqa: E402
from ingest.pipeline import Job, ParserPool, parse, parse_job  # noqa: E402
from ingest.read.pdf import read_pdf  # noqa: E402
from ingest.read.tablebuild import build_table  # noqa: E402
from tests.test_pdf_fixtures import BORDERLESS, RULED, build_pdf  # noqa: E402

SAMPLES = ROOT / "data" / "samples"


def make_pdfs(folder: Path) -> list[Path]:
    pdfs = []
    for sample in sorted(SAMPLES.glob("*.txt")):
        for label, style in (("ruled", RULED), ("borderless", BORDERLESS)):
            pdfs.append(build_pdf(sample, folder / f"{sample.stem[:3]}-{label}.pdf", style))
    return pdfs


def baseline(pdfs: list[Path]) -> tuple[float, int, dict[Path, set]]:
    """Naive: every table on every page, with pdfplumber's defaults."""
    start, pages, tables = time.perf_counter(), 0, {}
    for pdf in pdfs:
        with pdfplumber.open(pdf) as doc:
            pages += len(doc.pages)
            tables[pdf] = [(page.page_number, t) for page in doc.pages for t in page.extract_tables()]
    seconds = time.perf_counter() - start
    return seconds, pages, {pdf: baseline_figures(found) for pdf, found in tables.items()}


def product_serial(pdfs: list[Path]) -> tuple[float, float, dict[Path, set]]:
    """Reading alone (comparable to the baseline) and reading + interpretation."""
    read_s = parse_s = 0.0
    cells = {}
    for pdf in pdfs:
        data = pdf.read_bytes()
        start = time.perf_counter()
        document = read_pdf(data, pdf.name).document
        read_s += time.perf_counter() - start
        start = time.perf_counter()
        parse(data, "pdf", pdf.name)
        parse_s += time.perf_counter() - start
        rows = [row for t in document.tables for row in t.header_rows + t.rows]
        cells[pdf] = {(row.page, _key(cell)) for row in rows for cell in row.cells}
    return read_s, parse_s, cells


def product_parallel(pdfs: list[Path], jobs: int) -> float:
    """As the command line does it: worker threads hand PDFs to a pool of child processes."""
    work = [Job(pdf, pdf.name, pdf.read_bytes(), "", "pdf") for pdf in pdfs]
    start = time.perf_counter()
    parsers = ParserPool(jobs)
    with ThreadPoolExecutor(max_workers=jobs) as threads:
        for _result, error in threads.map(lambda job: parse_job(job, 600, parsers), work):
            assert error is None, error
    parsers.close()
    return time.perf_counter() - start


def baseline_figures(tables: list) -> set[tuple[int | None, str]]:
    """(page, printed text) of every figure the interpreter reads from the baseline's
    tables, each table on its own."""
    built = []
    for page, rows in tables:
        cells = [[" ".join((c or "").split()) for c in row] for row in rows]
        table = build_table([Row(cells=c, page=page, raw="\t".join(c)) for c in cells if any(c)])
        if table is not None:
            built.append(table)
    result = interpret(Document("baseline", built, "pdf"))
    out = set()
    for f in result.indicators:
        for r in (f.target, f.realisasi, f.capaian, f.target_renstra, f.kemajuan):
            if r is not None and r.value is not None:
                out.add((f.where.page, _key(r.raw)))
    for f in result.budget:
        for r in (f.pagu, f.realisasi, f.serapan):
            if r.value is not None and not f.is_derived:
                out.add((f.where.page, _key(r.raw)))
    return out


def _key(text: str) -> str:
    return "".join(text.split())


def _in_fresh_process(fn, *args):
    """Each measurement in a new interpreter: no caches or garbage from the one before."""
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(fn, *args).result()


def measure(jobs: int, folder: Path | None = None, given: list[Path] | None = None) -> dict:
    """Generate the PDFs (or take `given`) and time the baseline and the product on them;
    the figures as a dict (also what bench/run.py reports), `lost` per PDF included."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = folder or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        pdfs = given or make_pdfs(folder)
        base_s, pages, wanted = _in_fresh_process(baseline, pdfs)
        read_s, parse_s, cells = _in_fresh_process(product_serial, pdfs)
        parallel_s = product_parallel(pdfs, jobs)
    runs = {
        "baseline: extract_tables() on every page, 1 process": base_s,
        "product: read_pdf, 1 process": read_s,
        "product: read_pdf + interpretation, 1 process": parse_s,
        f"product: python -m ingest --jobs {jobs} (read + interpretation)": parallel_s,
    }
    timing = {label: {"seconds": s, "pages_per_s": pages / s, "vs_baseline": base_s / s} for label, s in runs.items()}
    figures = {
        pdf.name: {"in_baseline_tables": len(wanted[pdf]), "lost": sorted(wanted[pdf] - cells[pdf], key=repr)}
        for pdf in pdfs
    }
    return {"pdfs": len(pdfs), "pages": pages, "runs": timing, "figures": figures}


def print_report(report: dict) -> None:
    print(f"{report['pdfs']} PDFs, {report['pages']} pages, {os.cpu_count()} cores")
    for label, r in report["runs"].items():
        print(f"{label:68} {r['seconds']:6.1f} s {r['pages_per_s']:6.1f} pages/s {r['vs_baseline']:5.1f}x")
    for name, f in report["figures"].items():
        print(f"  {name:22} figures in the baseline's tables {f['in_baseline_tables']:4}, "
              f"lost by the product {len(f['lost'])}")  # fmt: skip
        if f["lost"]:
            print(f"    {f['lost'][:8]}")
    lost = sum(len(f["lost"]) for f in report["figures"].values())
    print("no figure of the baseline's tables lost" if not lost else f"LOST {lost} figures")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--keep", type=Path, help="folder to write the generated PDFs to (default: a temporary one)")
    parser.add_argument("--pdfs", type=Path, help="measure the PDFs in this folder instead of generating them")
    parser.add_argument("--glob", default="*.pdf", help="with --pdfs: which of them (default: all)")
    args = parser.parse_args(argv)
    given = sorted(args.pdfs.glob(args.glob)) if args.pdfs else None
    if args.pdfs and not given:
        parser.error(f"no PDF matches {args.glob} in {args.pdfs}")
    report = measure(args.jobs, args.keep, given)
    print_report(report)
    return 1 if any(f["lost"] for f in report["figures"].values()) else 0


if __name__ == "__main__":
    sys.exit(main())
