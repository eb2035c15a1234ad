"""Every kind of bad input in one batch, through the CLI: each file gets its status and a
clear message, the batch goes on, and nothing is half-written. The README lists these."""

from __future__ import annotations

import os
import subprocess
import sys

import duckdb
import pytest
from fpdf import FPDF

from tests.conftest import ROOT, SAMPLES
from tests.test_pdf_fixtures import RULED, Style, build_pdf, encrypted_pdf, image_only_pdf, small_report

BLUTO = SAMPLES / "004_1d7b7b35be8d125c.txt"

# file -> (status, fragment of the message)
EXPECTED = {
    "00-kosong.pdf": ("failed", "berkas kosong"),
    "01-terpotong.pdf": ("failed", "terpotong"),
    "02-sandi-pengguna.pdf": ("failed", "kata sandi"),
    "03-sandi-pemilik.pdf": ("ok", "Sukamaju (Kabupaten Contoh) 2024: 3 nilai indikator"),
    "04-pindaian.pdf": ("failed", "tidak ada lapisan teks - perlu OCR: jalankan `ocrmypdf -l ind --force-ocr"),
    "05-surat-edaran.pdf": ("failed", "bukan LKjIP"),
    "06-acak.pdf": ("failed", "bukan berkas teks atau PDF"),
    "07-cp1252.txt": ("ok", "Bluto (Kabupaten Sumenep) 2023"),
    "08-latin1.txt": ("ok", "Plandaan (Kabupaten Jombang) 2022"),
    "09-besar.pdf": ("failed", "terlalu besar (300 MB; batas 250 MB)"),
    "10-tanpa-identitas.txt": ("needs_review", "perlu ditinjau"),
    "11-bluto.txt": ("duplicate", "isi yang sama sudah ada"),  # the same bytes as 07
    "12-bluto-revisi.txt": ("ok", "Bluto (Kabupaten Sumenep) 2023"),
}


def _circular(out):
    """A budget circular: text, numbers, no LKjIP."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    for i, line in enumerate([
        "SURAT EDARAN Nomor 900/123/2024 tentang Penyusunan Anggaran",
        "Dalam rangka penyusunan APBD Tahun Anggaran 2025 diminta kepada seluruh Perangkat Daerah",
        "untuk menyampaikan usulan paling lambat tanggal 15 Juli 2024.",
    ]):  # fmt: skip
        pdf.text(56, 80 + 18 * i, line)
    out.write_bytes(bytes(pdf.output()))


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    folder = tmp_path_factory.mktemp("masuk")
    (folder / "00-kosong.pdf").write_bytes(b"")
    whole = build_pdf(SAMPLES / "000_a49aed262e0b6318.txt", folder / "tmp.pdf", RULED).read_bytes()
    (folder / "tmp.pdf").unlink()
    (folder / "01-terpotong.pdf").write_bytes(whole[: len(whole) // 2])
    encrypted_pdf(folder / "02-sandi-pengguna.pdf")
    small_report(folder / "03-sandi-pemilik.pdf", Style(owner_password="pemilik"))
    image_only_pdf(folder / "04-pindaian.pdf")
    _circular(folder / "05-surat-edaran.pdf")
    (folder / "06-acak.pdf").write_bytes(os.urandom(64 * 1024))
    text = BLUTO.read_text(encoding="utf-8")
    cp1252 = text.replace("KATA PENGANTAR", "KATA PENGANTAR “Bluto”").encode("cp1252", errors="replace")
    (folder / "07-cp1252.txt").write_bytes(cp1252)
    plandaan = (SAMPLES / "002_7e58b56da18a00e0.txt").read_text(encoding="utf-8")
    (folder / "08-latin1.txt").write_bytes(plandaan.replace("**", "").encode("latin-1", errors="replace"))
    with (folder / "09-besar.pdf").open("wb") as big:  # 300 MB on paper, a sparse file on disk
        big.truncate(300 * 1024 * 1024)
    (folder / "10-tanpa-identitas.txt").write_text(
        "Laporan kinerja\n\nSasaran\tIndikator Kinerja\tTarget\tRealisasi\nA\tNilai IKM\t88\t88,14\n", encoding="utf-8"
    )
    (folder / "11-bluto.txt").write_bytes((folder / "07-cp1252.txt").read_bytes())  # the same file twice
    revised = text.replace("Nilai IKM Kecamatan\t83\t83\t100", "Nilai IKM Kecamatan\t83\t84\t101,20")
    (folder / "12-bluto-revisi.txt").write_text(revised, encoding="utf-8")
    db = folder.parent / "bad.duckdb"
    proc = subprocess.run(
        [sys.executable, "-m", "ingest", str(folder), "--db", str(db), "--quiet", "--max-mb", "250", "--jobs", "2"],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    return proc, db


def test_every_bad_input_gets_its_status_and_message(batch):
    proc, db = batch
    assert proc.returncode == 1  # some files failed; the batch still went through all of them
    lines = {line.split(" ", 1)[1].split(":", 1)[0].rsplit("/", 1)[-1]: line for line in proc.stdout.splitlines()
             if line[:6].strip() in ("OK", "TINJAU", "GAGAL", "SAMA")}  # fmt: skip
    tags = {"ok": "OK", "needs_review": "TINJAU", "failed": "GAGAL", "duplicate": "SAMA"}
    for name, (status, fragment) in EXPECTED.items():
        assert lines[name].startswith(tags[status]), lines[name]
        assert fragment in lines[name], lines[name]
    with duckdb.connect(str(db), read_only=True) as con:
        rows = dict(con.execute("SELECT file_name, status FROM documents").fetchall())
    expected = {n: s for n, (s, _) in EXPECTED.items() if s != "duplicate"}
    assert rows == expected  # one row per distinct file; none missing, none half-written


def test_both_versions_are_kept_and_the_later_counts(batch):
    _, db = batch
    with duckdb.connect(str(db), read_only=True) as con:
        versions = con.execute("SELECT file_name FROM documents WHERE kecamatan = 'Bluto' ORDER BY doc_id").fetchall()
        shown = con.execute("SELECT file_name FROM current_documents WHERE kecamatan = 'Bluto'").fetchall()
    assert versions == [("07-cp1252.txt",), ("12-bluto-revisi.txt",)]
    assert shown == [("12-bluto-revisi.txt",)]
