"""A batch killed with SIGKILL leaves a database that opens, holds exactly the documents
that finished (each whole), and the same command run again completes the rest once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import duckdb

from tests.conftest import ROOT, SAMPLES

N_DOCS = 240


def _batch(folder):
    """Distinct documents (different bytes): the samples with a numbered note appended."""
    folder.mkdir()
    samples = sorted(SAMPLES.glob("*.txt"))
    for i in range(N_DOCS):
        sample = samples[i % len(samples)]
        (folder / f"dok-{i:03d}.txt").write_bytes(sample.read_bytes() + f"\n\nSalinan arsip nomor {i}.\n".encode())


def _run(folder, db) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "ingest", str(folder), "--db", str(db), "--quiet"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, start_new_session=True,
    )  # fmt: skip


def _wait_for_writes(db, timeout: float = 120) -> None:
    """Wait until the ingest has written something (the writer holds the lock, so the
    database cannot be opened to look), then a little more."""
    deadline = time.time() + timeout
    wal = db.with_name(db.name + ".wal")
    while time.time() < deadline and not (wal.exists() and wal.stat().st_size > 200_000):
        time.sleep(0.05)
    time.sleep(1.0)


def test_sigkill_in_the_middle_of_a_batch(tmp_path):
    folder, db = tmp_path / "masuk", tmp_path / "crash.duckdb"
    _batch(folder)
    proc = _run(folder, db)
    _wait_for_writes(db)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    with duckdb.connect(str(db)) as con:
        stored = con.execute("SELECT doc_id, n_indicator_values, n_budget_lines FROM documents").fetchall()
        for doc_id, n_values, n_lines in stored:  # every stored document is whole
            assert (
                con.execute("SELECT count(*) FROM indicator_values WHERE doc_id = ?", [doc_id]).fetchone()[0]
                == n_values
            )
            assert con.execute("SELECT count(*) FROM budget_lines WHERE doc_id = ?", [doc_id]).fetchone()[0] == n_lines
    assert 0 < len(stored) < N_DOCS, "the batch was killed neither before its first document nor after its last"

    again = _run(folder, db)
    out, _ = again.communicate(timeout=600)
    assert again.returncode == 0, out
    assert f"{len(stored)} sudah ada sebelumnya" in out
    with duckdb.connect(str(db)) as con:
        total, distinct = con.execute("SELECT count(*), count(DISTINCT sha256) FROM documents").fetchone()
        unchecked = con.execute("SELECT count(*) FROM documents WHERE checked_at IS NULL").fetchone()[0]
    assert total == distinct == N_DOCS
    assert unchecked == 0  # the killed batch's documents were checked by the run that completed it
