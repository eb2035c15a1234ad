"""The benchmarks in one command: text ingest, PDF ingest, database queries and
dashboard pages, on a generated corpus (bench/corpus.py).

    .venv/bin/python bench/run.py [--kecamatan 200] [--years 2022 2023 2024] [--work DIR] [--json PATH]
                                  [--skip-single] [--skip-pdf]

Text ingest (one process and every core), database size, every dashboard query's p50/p95,
every page's render time, and the PDF benchmark (bench/pdf_ingest.py: product against the
naive baseline). Prints a table; --json writes the same figures. The corpus and its
database are kept in --work (default bench/work) and reused when they are already there.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import duckdb  # noqa: E402

from dashboard import queries  # noqa: E402

QUERY_RUNS = 20


def _ingest(files_dir: Path, db: Path, jobs: int) -> dict:
    """Run the real CLI; report documents/s, MB/s and the child's peak memory."""
    db.unlink(missing_ok=True)
    size = sum(f.stat().st_size for f in files_dir.iterdir() if f.suffix == ".txt")
    count = sum(1 for f in files_dir.iterdir() if f.suffix == ".txt")
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "ingest", str(files_dir), "--db", str(db), "--quiet", "--jobs", str(jobs)],
        cwd=ROOT, check=False, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    seconds = time.perf_counter() - started
    peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024  # KiB -> MiB on Linux
    return {"documents": count, "seconds": seconds, "docs_per_s": count / seconds,
            "mb_per_s": size / 1e6 / seconds, "peak_rss_mb": peak}  # fmt: skip


def _query_latencies(db: Path) -> dict[str, dict]:
    """p50 and p95 of every dashboard query, called as the pages call it on the widest
    view (every provinsi and year), caches bypassed (each call hits DuckDB)."""
    every = dict(prov=(), kab=(), kec=(), y0=1900, y1=2100)
    out = {}
    with duckdb.connect(str(db), read_only=True) as con:
        year = con.execute("SELECT max(tahun) FROM documents").fetchone()[0] or 2024
        latest = {**every, "y0": year, "y1": year}
        places = [r[0] for r in con.execute(
            "SELECT DISTINCT kode_kecamatan FROM documents WHERE kode_kecamatan IS NOT NULL ORDER BY 1 LIMIT 5"
        ).fetchall()]  # fmt: skip
        calls = {
            "filter_options": {}, "place_names": {}, "documents": every, "coverage": every,
            "budget_series": every, f"budget_totals {year}": latest,
            f"efficiency {year}": latest, "findings_summary": every, "findings_list": every,
            "indicator_series IKM": dict(kind="IKM", **every), "indicator_series SAKIP": dict(kind="SAKIP", **every),
            f"indicator_headline IKM {year}": dict(kind="IKM", **latest),
            f"indicator_headline SAKIP {year}": dict(kind="SAKIP", **latest),
            f"peer_values IKM {year}": dict(kind="IKM", prov=(), kab=(), y0=year, y1=year),
        }  # fmt: skip
        if places:
            calls[f"budget_programs 1 kecamatan {year}"] = {**latest, "kec": (places[0],)}
            calls["indicator_headline IKM 5 kecamatan"] = dict(kind="IKM", **{**every, "kec": tuple(places)})
            calls["budget_totals 5 kecamatan"] = {**every, "kec": tuple(places)}
            for name in ("kecamatan_indicators", "kecamatan_findings", "kecamatan_documents"):
                calls[name] = {"kec_key": places[0]}
        for label, params in calls.items():
            fn = getattr(queries, label.split()[0])
            times = []
            for _ in range(QUERY_RUNS):
                started = time.perf_counter()
                fn(con.cursor(), **params)
                times.append((time.perf_counter() - started) * 1000)
            times.sort()
            out[label] = {"p50_ms": statistics.median(times), "p95_ms": times[int(0.95 * (len(times) - 1))]}
    return out


def _pages(db: Path) -> dict[str, float]:
    env = {**os.environ, "LKJIP_DB": str(db)}
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "pages.py"), "--db", str(db), "--runs", "3"],
        cwd=ROOT, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    rows = [line.split() for line in proc.stdout.splitlines()[1:] if line.strip()]
    return {name: float(median) for name, _first, median in rows}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kecamatan", type=int, default=200)
    parser.add_argument("--years", type=int, nargs="+", default=[2022, 2023, 2024])
    parser.add_argument("--work", type=Path, default=ROOT / "bench" / "work")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--skip-single", action="store_true", help="measure only the ingest on all cores")
    parser.add_argument("--skip-pdf", action="store_true", help="leave out the PDF benchmark (bench/pdf_ingest.py)")
    parser.add_argument("--skip-ingest", action="store_true",
                        help="measure queries and pages on the database a previous run left in --work")  # fmt: skip
    args = parser.parse_args()
    from bench.corpus import generate

    corpus = args.work / f"corpus-{args.kecamatan}x{len(args.years)}"
    if not corpus.exists():
        started = time.perf_counter()
        generate(corpus, args.kecamatan, args.years)
        truth = corpus.with_name(corpus.name + "-truth")  # the ground truth is not for the ingest
        truth.mkdir()
        for f in corpus.glob("*.truth.json"):
            f.rename(truth / f.name)
        print(f"corpus generated in {time.perf_counter() - started:.1f} s: {corpus}")
    cores = os.cpu_count() or 1
    db = args.work / "bench.duckdb"
    ingests = {} if args.skip_single or args.skip_ingest else {
        "1 process": _ingest(corpus, args.work / "single.duckdb", jobs=1)
    }  # fmt: skip
    if not args.skip_ingest:
        ingests[f"{cores} processes"] = _ingest(corpus, db, jobs=cores)
    with duckdb.connect(str(db), read_only=True) as con:
        documents = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    report = {
        "date": date.today().isoformat(), "machine": f"{platform.machine()}, {cores} cores",
        "corpus": {"kecamatan": args.kecamatan, "years": args.years,
                   "documents": documents},
        "text_ingest": ingests,
        "database_mb": db.stat().st_size / 1e6,
        "queries_ms": _query_latencies(db),
        "pages_s": _pages(db),
    }  # fmt: skip
    if not args.skip_pdf:
        from bench import pdf_ingest

        report["pdf_ingest"] = pdf_ingest.measure(cores)
    print(f"{report['corpus']['documents']} documents ({args.kecamatan} kecamatan x {len(args.years)} years), "
          f"{report['machine']}, {report['date']}")  # fmt: skip
    for label, r in report["text_ingest"].items():
        print(f"text ingest, {label:<12} {r['docs_per_s']:8.1f} docs/s {r['mb_per_s']:7.2f} MB/s "
              f"peak {r['peak_rss_mb']:7.0f} MB")  # fmt: skip
    print(f"database size {report['database_mb']:.1f} MB")
    for name, q in report["queries_ms"].items():
        print(f"query {name:<28} p50 {q['p50_ms']:8.1f} ms   p95 {q['p95_ms']:8.1f} ms")
    for name, seconds in report["pages_s"].items():
        print(f"page  {name:<28} {seconds:8.3f} s")
    if "pdf_ingest" in report:
        from bench import pdf_ingest

        pdf_ingest.print_report(report["pdf_ingest"])
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
