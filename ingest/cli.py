"""Command line: python -m ingest PATH [PATH ...] [--db data/lkjip.duckdb] [--recheck]
[--jobs N] [--timeout SECONDS] [--reread]

Files are parsed in parallel (PDFs each in a child process bounded by --timeout) and
stored one by one, in the order given, by this process: DuckDB has one writer, and
"the one ingested last is shown" must not depend on which file parsed first.
After a batch the consistency checks run for the new documents and every document
their figures can be compared with; --recheck runs them over the whole database.

Exit status: 0 every file ingested or already present; 1 at least one file
failed or a named path does not exist; 2 the command could not run (no files,
database cannot be opened).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
from tqdm import tqdm

from checks.run import run_checks
from ingest.carry import carry
from ingest.export import export_parquet
from ingest.pipeline import MAX_MB_ENV, PDF_TIMEOUT, FileResult, Job, ParserPool, parse_job, prepare, store_parsed
from ingest.store import SchemaVersionError, connect

DEFAULT_DB = "data/lkjip.duckdb"
_TAG = {"ok": "OK    ", "needs_review": "TINJAU", "failed": "GAGAL ", "duplicate": "SAMA  "}


@dataclass
class Collected:
    files: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # for the user: named paths that gave no file
    missing: bool = False  # a named path does not exist


def collect_files(paths: list[str]) -> Collected:
    """Files named directly, and every non-hidden file under named folders (sorted).
    Hidden means a name starting with "." *below* the named folder: the folder itself
    and the path leading to it may be anything ("..", "./x", a hidden parent)."""
    out = Collected()
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found, hidden = _files_under(p)
            out.files += found
            if not found:
                skipped = f" ({hidden} berkas atau folder tersembunyi dilewati)" if hidden else ""
                out.notes.append(f"Folder {raw} tidak berisi berkas yang dapat dimuat{skipped}.")
        elif p.exists() or p.is_symlink():  # a broken link is named here and fails with its reason
            out.files.append(p)
        else:
            out.notes.append(f"Tidak ditemukan: {raw} (tidak ada berkas atau folder dengan nama itu).")
            out.missing = True
    return out


def _files_under(folder: Path) -> tuple[list[Path], int]:
    """(files, hidden names skipped); hidden folders are not even walked."""
    files: list[Path] = []
    hidden = 0
    for top, dirs, names in os.walk(folder):
        hidden += sum(d.startswith(".") for d in dirs) + sum(n.startswith(".") for n in names)
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        files += [Path(top, n) for n in names if not n.startswith(".") and Path(top, n).is_file()]
    return sorted(files), hidden


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m ingest", description="Muat dokumen LKjIP ke basis data DuckDB.")
    parser.add_argument("paths", nargs="*", help="berkas atau folder (PDF atau ekspor teks)")
    parser.add_argument("--db", default=DEFAULT_DB, help=f"berkas DuckDB (bawaan: {DEFAULT_DB})")
    parser.add_argument("--quiet", action="store_true", help="tanpa bilah kemajuan")
    parser.add_argument("--recheck", action="store_true", help="jalankan ulang semua pemeriksaan konsistensi")
    parser.add_argument(
        "--jobs", type=int, default=os.cpu_count() or 1, help="berkas yang dibaca bersamaan (bawaan: jumlah inti CPU)"
    )
    parser.add_argument(
        "--timeout", type=float, default=PDF_TIMEOUT, help=f"batas detik membaca satu PDF (bawaan: {PDF_TIMEOUT:g})"
    )
    parser.add_argument("--max-mb", type=float, help="ukuran berkas terbesar yang diterima, MB (bawaan: 200)")
    parser.add_argument(
        "--reread",
        action="store_true",
        help="baca ulang berkas yang isinya sudah ada (setelah pembaca diperbarui); koreksi pengguna diterapkan lagi",
    )
    return parser


def export_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m ingest export", description="Ekspor basis data ke Parquet.")
    parser.add_argument("--parquet", required=True, type=Path, help="folder tujuan (dibagi per provinsi dan tahun)")
    parser.add_argument("--db", default=DEFAULT_DB, help=f"berkas DuckDB (bawaan: {DEFAULT_DB})")
    args = parser.parse_args(argv)
    try:
        con = duckdb.connect(args.db, read_only=True)
    except duckdb.Error as exc:
        print(f"Basis data {args.db} tidak dapat dibuka: {exc}", file=sys.stderr)
        return 2
    with con:
        counts = export_parquet(con, args.parquet)
    print("Diekspor ke " + str(args.parquet) + ": " + ", ".join(f"{t} {n} baris" for t, n in counts.items()))
    return 0


def carry_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m ingest carry",
        description="Bawa koreksi pengguna dan tinjauan temuan dari basis data lama ke basis data yang dibangun ulang.",
    )
    parser.add_argument("old", type=Path, help="berkas DuckDB lama")
    parser.add_argument("--db", default=DEFAULT_DB, help=f"berkas DuckDB baru (bawaan: {DEFAULT_DB})")
    args = parser.parse_args(argv)
    if not args.old.is_file():
        print(f"Basis data lama {args.old} tidak ditemukan.", file=sys.stderr)
        return 2
    try:
        con = connect(args.db)
    except (duckdb.Error, SchemaVersionError) as exc:
        print(f"Basis data {args.db} tidak dapat dibuka: {exc}", file=sys.stderr)
        return 2
    with con:
        counts = carry(con, args.old)
        found = con.execute("SELECT DISTINCT doc_id FROM corrections WHERE doc_id IS NOT NULL").fetchall()
        docs = [r[0] for r in found]
        if docs:
            run_checks(con, docs)
    print(f"Dibawa dari {args.old}: {counts['corrections']} koreksi, {counts['finding_reviews']} tinjauan temuan.")
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["export"]:
        return export_main(argv[1:])
    if argv[:1] == ["carry"]:
        return carry_main(argv[1:])
    args = _parser().parse_args(argv)
    if args.max_mb:
        os.environ[MAX_MB_ENV] = str(args.max_mb)  # workers read it too
    collected = collect_files(args.paths)
    files = collected.files
    for note in collected.notes:
        print(note, file=sys.stderr)
    if not files and not args.recheck:
        print("Tidak ada berkas untuk dimuat.", file=sys.stderr)
        return 2
    try:
        con = connect(args.db)
    except (duckdb.Error, SchemaVersionError) as exc:
        busy = "lock" in str(exc).lower()
        reason = (
            "sedang dipakai proses lain (dasbor yang berjalan?); muat lewat halaman Unggah Dokumen" if busy else exc
        )
        print(f"Basis data {args.db} tidak dapat dibuka: {reason}", file=sys.stderr)
        return 2
    with con:
        results = _ingest_all(con, files, args.quiet, max(args.jobs, 1), args.timeout, args.reread)
        new_docs = [r.doc_id for r in results if r.status in ("ok", "needs_review")]
        if args.recheck or new_docs:
            found = run_checks(con, None if args.recheck else new_docs)
            summary = ", ".join(f"{check} {n}" for check, n in sorted(found.items())) or "tidak ada"
            print(f"Pemeriksaan konsistensi: {sum(found.values())} temuan ({summary}).")
    return 1 if collected.missing or any(r.status == "failed" for r in results) else 0


def _ingest_all(
    con: duckdb.DuckDBPyConnection,
    files: list[Path],
    quiet: bool,
    jobs: int = 1,
    timeout: float = PDF_TIMEOUT,
    reread: bool = False,
) -> list[FileResult]:
    results: list[FileResult] = []
    # Text parsing is pure Python: threads share one core, so with --jobs > 1 every file
    # goes to the pool's processes; PDFs always do (for the timeout).
    use_pool = any(_is_pdf(f) for f in files) or (jobs > 1 and len(files) > 1)
    parsers = ParserPool(min(jobs, len(files))) if use_pool else None
    try:
        with (
            tqdm(total=len(files), unit="berkas", disable=quiet or not files, file=sys.stderr) as bar,
            ThreadPoolExecutor(max_workers=jobs) as threads,
        ):
            for f, result in _in_order(con, files, threads, parsers, timeout, jobs, reread):
                results.append(result)
                bar.update(1)
                tqdm.write(f"{_TAG[result.status]} {f}: {result.message}")
    finally:
        if parsers is not None:
            parsers.close()
    if files:
        counts = {s: sum(r.status == s for r in results) for s in _TAG}
        print(
            f"Selesai: {len(results)} berkas, {counts['ok']} berhasil, {counts['failed']} gagal, "
            f"{counts['duplicate']} sudah ada sebelumnya, {counts['needs_review']} perlu ditinjau."
        )
    return results


def _is_pdf(f: Path) -> bool:
    try:
        with f.open("rb") as fh:
            return fh.read(1024).lstrip()[:5] == b"%PDF-"
    except OSError:
        return False


def _in_order(
    con, files: list[Path], threads: ThreadPoolExecutor, parsers, timeout: float, jobs: int, reread: bool = False
):
    """(file, result) in the order given. Up to 2 x `jobs` files are read ahead and parsed
    by worker threads (in the pool's child processes when there is one); storing stays here."""
    window: deque[tuple[Path, Job | FileResult, Future | None]] = deque()
    pending = iter(files)
    seen: set[str] = set()
    while True:
        while len(window) < 2 * jobs and (f := next(pending, None)) is not None:
            job = _prepare(con, f, seen, reread)
            future = threads.submit(parse_job, job, timeout, parsers) if isinstance(job, Job) else None
            window.append((f, job, future))
        if not window:
            return
        f, job, future = window.popleft()
        yield f, job if future is None else store_parsed(con, job, *future.result())


def _prepare(con: duckdb.DuckDBPyConnection, f: Path, seen: set[str], reread: bool = False) -> Job | FileResult:
    if not f.exists():
        return FileResult(str(f), "failed", "berkas tidak ditemukan")
    job = prepare(con, f, reread=reread)
    if isinstance(job, Job):
        if job.sha in seen:  # the same bytes twice in one batch: parse once, the store says SAMA
            return FileResult(str(f), "duplicate", "isi yang sama sudah ada di antrean ini")
        seen.add(job.sha)
    return job
