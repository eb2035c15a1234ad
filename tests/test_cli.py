"""python -m ingest: a batch goes on past bad files; exit status says how it went."""

from __future__ import annotations

import subprocess
import sys

import duckdb

from tests.conftest import ROOT, SAMPLES


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ingest", *args, "--quiet"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )


def test_batch_with_bad_files_goes_on_and_exits_1(tmp_path):
    folder = tmp_path / "masuk"
    folder.mkdir()
    for name in ("000_a49aed262e0b6318.txt", "004_1d7b7b35be8d125c.txt"):
        (folder / name).write_bytes((SAMPLES / name).read_bytes())
    (folder / "kosong.txt").write_bytes(b"")
    (folder / "gambar.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    db = tmp_path / "cli.duckdb"
    proc = _run(str(folder), "--db", str(db))
    assert proc.returncode == 1, proc.stderr
    lines = proc.stdout.splitlines()
    assert sum(line.startswith("OK") for line in lines) == 2
    assert sum(line.startswith("GAGAL") for line in lines) == 2
    assert "Selesai: 4 berkas, 2 berhasil, 2 gagal, 0 sudah ada sebelumnya, 0 perlu ditinjau." in proc.stdout
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("SELECT kecamatan, status FROM documents ORDER BY status, kecamatan").fetchall()
    assert rows == [(None, "failed"), (None, "failed"), ("Bluto", "ok"), ("Sananwetan", "ok")]


def test_all_ok_then_all_duplicates_exit_0(tmp_path):
    db = tmp_path / "cli.duckdb"
    sample = str(SAMPLES / "004_1d7b7b35be8d125c.txt")
    first = _run(sample, "--db", str(db))
    second = _run(sample, "--db", str(db))
    assert (first.returncode, second.returncode) == (0, 0)
    assert second.stdout.startswith("SAMA")


def test_unusable_database_exits_2(tmp_path):
    proc = _run(str(SAMPLES / "004_1d7b7b35be8d125c.txt"), "--db", str(tmp_path))  # a folder, not a file
    assert proc.returncode == 2
    assert "tidak dapat dibuka" in proc.stderr


def test_empty_folder_exits_2(tmp_path):
    proc = _run(str(tmp_path), "--db", str(tmp_path / "x.duckdb"))
    assert proc.returncode == 2


def test_export_to_parquet_partitioned_by_provinsi_and_year(samples_db, tmp_path):
    out = tmp_path / "parquet"
    proc = subprocess.run(
        [sys.executable, "-m", "ingest", "export", "--parquet", str(out), "--db", str(samples_db)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    # Sananwetan's 2024 report (Tabel 3.1 line 430): IKM 88,14, Kota Blitar is in provinsi 35
    partition = out / "indicator_values" / "provinsi_kode=35" / "tahun=2024"
    assert partition.is_dir()
    with duckdb.connect() as con:
        read = con.execute(
            "SELECT realisasi FROM read_parquet(?, hive_partitioning = true) WHERE line = 430 AND source_table = 'Tabel 3.1'",
            [str(out / "indicator_values" / "**" / "*.parquet")],
        ).fetchall()
        total = con.execute(
            "SELECT count(*) FROM read_parquet(?, hive_partitioning = true)",
            [str(out / "findings" / "**" / "*.parquet")],
        ).fetchone()[0]
    with duckdb.connect(str(samples_db), read_only=True) as src:
        expected = src.execute("SELECT count(*) FROM findings").fetchone()[0]
    assert read == [(88.14,)]
    assert total == expected
    # every table of the database is exported: a table added to the schema and not to the
    # export would be lost to whoever reads the Parquet files
    with duckdb.connect(str(samples_db), read_only=True) as src:
        tables = {name for (name,) in src.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    written = {path.name.removesuffix(".parquet") for path in out.iterdir()}
    assert tables <= written, tables - written
