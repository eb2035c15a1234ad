"""python -m ingest PATH: a folder is read whatever path leads to it ("..", "./x", an
absolute path, a hidden parent); only names starting with "." *under* it are hidden. A
named folder that gives nothing, or a path that does not exist, is said so; nothing found
at all exits 2."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb

from tests.conftest import ROOT, SAMPLES

# The samples' kecamatan, as their covers name them.
BLUTO = SAMPLES / "004_1d7b7b35be8d125c.txt"
SANANWETAN = SAMPLES / "000_a49aed262e0b6318.txt"
SUMOBITO = SAMPLES / "001_96411fc34ab30848.txt"
PLANDAAN = SAMPLES / "002_7e58b56da18a00e0.txt"


def _run(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    """The real CLI, started from `cwd` (the project is found through PYTHONPATH)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "ingest", *args, "--quiet", "--jobs", "1"],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


def _kecamatan(db: Path) -> list[str]:
    with duckdb.connect(str(db), read_only=True) as con:
        return [r[0] for r in con.execute("SELECT kecamatan FROM documents ORDER BY kecamatan").fetchall()]


def _copy(sample: Path, to: Path) -> None:
    to.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(sample, to)


def _reports(folder: Path) -> Path:
    """A folder of reports: two to read (one in a subfolder), a hidden file and a hidden
    subfolder holding real reports too, so reading them would show in the database."""
    _copy(BLUTO, folder / "bluto.txt")
    _copy(SANANWETAN, folder / "2024" / "sananwetan.txt")
    _copy(SUMOBITO, folder / ".sumobito.txt")
    _copy(PLANDAAN, folder / ".arsip" / "plandaan.txt")
    return folder


def test_a_folder_reached_with_dotdot_is_read_and_its_hidden_entries_skipped(tmp_path):
    _reports(tmp_path / "laporan")
    work = tmp_path / "kerja"
    work.mkdir()
    proc = _run(work, "../laporan", "--db", "hasil.duckdb")
    assert proc.returncode == 0, proc.stderr
    assert _kecamatan(work / "hasil.duckdb") == ["Bluto", "Sananwetan"]
    lines = [line for line in proc.stdout.splitlines() if line.startswith("OK")]
    assert [line.split(":")[0] for line in lines] == [
        "OK     ../laporan/2024/sananwetan.txt",
        "OK     ../laporan/bluto.txt",
    ]
    assert "Selesai: 2 berkas, 2 berhasil" in proc.stdout


def test_dot_slash_and_absolute_paths_under_a_hidden_parent_are_read(tmp_path):
    # The named folder sits under a hidden folder: only what is below it counts.
    reports = _reports(tmp_path / ".simpan" / "laporan")
    work = tmp_path / "kerja"
    _copy(PLANDAAN, work / "plandaan.txt")
    proc = _run(work, "./plandaan.txt", str(reports.resolve()), "--db", str(tmp_path / "hasil.duckdb"))
    assert proc.returncode == 0, proc.stderr
    assert _kecamatan(tmp_path / "hasil.duckdb") == ["Bluto", "Plandaan", "Sananwetan"]


def test_a_hidden_file_named_directly_is_read(tmp_path):
    _copy(SUMOBITO, tmp_path / ".sumobito.txt")
    proc = _run(tmp_path, ".sumobito.txt", "--db", "hasil.duckdb")
    assert proc.returncode == 0, proc.stderr
    assert _kecamatan(tmp_path / "hasil.duckdb") == ["Sumobito"]


def test_a_folder_with_only_hidden_entries_is_named_and_nothing_found_exits_2(tmp_path):
    _copy(SUMOBITO, tmp_path / "kosong" / ".sumobito.txt")
    _copy(PLANDAAN, tmp_path / "kosong" / ".arsip" / "plandaan.txt")
    work = tmp_path / "kerja"
    work.mkdir()
    proc = _run(work, "../kosong", "--db", "hasil.duckdb")
    assert proc.returncode == 2
    assert "Folder ../kosong tidak berisi berkas yang dapat dimuat (2 berkas atau folder tersembunyi" in proc.stderr
    assert "Tidak ada berkas untuk dimuat." in proc.stderr
    assert not (work / "hasil.duckdb").exists()  # the database is not even opened


def test_an_empty_folder_next_to_a_good_one_is_named_and_the_rest_loads(tmp_path):
    (tmp_path / "kosong").mkdir()
    _copy(BLUTO, tmp_path / "laporan" / "bluto.txt")
    proc = _run(tmp_path, "kosong", "laporan", "--db", "hasil.duckdb")
    assert proc.returncode == 0, proc.stderr
    assert "Folder kosong tidak berisi berkas yang dapat dimuat." in proc.stderr
    assert _kecamatan(tmp_path / "hasil.duckdb") == ["Bluto"]


def test_a_path_that_does_not_exist_is_named(tmp_path):
    work = tmp_path / "kerja"
    work.mkdir()
    alone = _run(work, "../laporan", "--db", "hasil.duckdb")
    assert alone.returncode == 2
    assert "Tidak ditemukan: ../laporan" in alone.stderr
    # Next to a file that loads: the file loads, and the missing path makes the run a failure.
    _copy(BLUTO, work / "bluto.txt")
    mixed = _run(work, "bluto.txt", "../laporan", "--db", "hasil.duckdb")
    assert mixed.returncode == 1
    assert "Tidak ditemukan: ../laporan" in mixed.stderr
    assert _kecamatan(work / "hasil.duckdb") == ["Bluto"]
