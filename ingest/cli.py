"""Command line: python -m ingest PATH [PATH ...] [--db data/lkjip.duckdb] [--recheck]

After a batch the consistency checks run for the new documents and every document
their figures can be compared with; --recheck runs them over the whole database.

Exit status: 0 every file ingested or already present; 1 at least one file
failed; 2 the command could not run (no files, database cannot be opened).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb
from tqdm import tqdm

from checks.run import run_checks
from ingest.pipeline import FileResult, ingest_file
from ingest.store import SchemaVersionError, connect

DEFAULT_DB = "data/lkjip.duckdb"
_TAG = {"ok": "OK   ", "failed": "GAGAL", "duplicate": "SAMA "}


def collect_files(paths: list[str]) -> list[Path]:
    """Files named directly, and every non-hidden file under named folders, sorted."""
    files: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            files += sorted(f for f in p.rglob("*") if f.is_file() and not any(s.startswith(".") for s in f.parts))
        else:
            files.append(p)
    return files


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m ingest", description="Muat dokumen LKjIP ke basis data DuckDB.")
    parser.add_argument("paths", nargs="*", help="berkas atau folder (PDF atau ekspor teks)")
    parser.add_argument("--db", default=DEFAULT_DB, help=f"berkas DuckDB (bawaan: {DEFAULT_DB})")
    parser.add_argument("--quiet", action="store_true", help="tanpa bilah kemajuan")
    parser.add_argument("--recheck", action="store_true", help="jalankan ulang semua pemeriksaan konsistensi")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    files = collect_files(args.paths)
    if not files and not args.recheck:
        print("Tidak ada berkas untuk dimuat.", file=sys.stderr)
        return 2
    try:
        con = connect(args.db)
    except (duckdb.Error, SchemaVersionError) as exc:
        print(f"Basis data {args.db} tidak dapat dibuka: {exc}", file=sys.stderr)
        return 2
    with con:
        results = _ingest_all(con, files, args.quiet)
        new_docs = [r.doc_id for r in results if r.status == "ok"]
        if args.recheck or new_docs:
            found = run_checks(con, None if args.recheck else new_docs)
            summary = ", ".join(f"{check} {n}" for check, n in sorted(found.items())) or "tidak ada"
            print(f"Pemeriksaan konsistensi: {sum(found.values())} temuan ({summary}).")
    return 1 if any(r.status == "failed" for r in results) else 0


def _ingest_all(con: duckdb.DuckDBPyConnection, files: list[Path], quiet: bool) -> list[FileResult]:
    results: list[FileResult] = []
    with tqdm(files, unit="berkas", disable=quiet or not files, file=sys.stderr) as bar:
        for f in bar:
            result = ingest_file(con, f) if f.exists() else FileResult(str(f), "failed", "berkas tidak ditemukan")
            results.append(result)
            tqdm.write(f"{_TAG[result.status]} {f}: {result.message}")
    if files:
        counts = {s: sum(r.status == s for r in results) for s in _TAG}
        print(
            f"Selesai: {len(results)} berkas, {counts['ok']} berhasil, {counts['failed']} gagal, "
            f"{counts['duplicate']} sudah ada sebelumnya."
        )
    return results
