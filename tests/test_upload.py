"""Unggah Dokumen: uploads go through the same ingest; checked by content; stored under
a generated name; every page shows the new data without a restart."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from checks.run import run_checks
from dashboard.uploads import display_name, reject_reason
from ingest.pipeline import ingest_file
from ingest.store import connect
from tests.conftest import ROOT, SAMPLES

BLUTO = SAMPLES / "004_1d7b7b35be8d125c.txt"


@pytest.fixture()
def three_samples(tmp_path):
    """A database with every sample but Bluto's."""
    path = tmp_path / "db" / "tiga.duckdb"
    path.parent.mkdir()
    with connect(str(path)) as con:
        for sample in sorted(SAMPLES.glob("*.txt")):
            if sample != BLUTO:
                ingest_file(con, sample)
        run_checks(con)
    return path


def _app(db, monkeypatch, secrets=None) -> AppTest:
    monkeypatch.setenv("LKJIP_DB", str(db))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    if secrets:
        at.secrets["upload"] = secrets
    return at.run().switch_page("pages/unggah.py").run()


def _upload(at: AppTest, *files: tuple[str, bytes]) -> AppTest:
    at.file_uploader[0].set_value([(name, data, "application/octet-stream") for name, data in files]).run()
    return at.button(key="up-go").click().run()


def test_an_upload_is_ingested_checked_and_shown_everywhere(three_samples, monkeypatch):
    at = _app(three_samples, monkeypatch)
    at = _upload(at, ("laporan bluto.txt", BLUTO.read_bytes()))
    assert not at.exception
    result = next(df.value for df in at.dataframe if "Hasil" in df.value.columns)
    assert list(result["Hasil"]) == ["Berhasil"]
    assert "Bluto (Kabupaten Sumenep) 2023" in result["Keterangan"][0]
    at.switch_page("pages/ringkasan.py").run()
    docs = next(df.value for df in at.dataframe if "Berkas" in df.value.columns)
    assert "Bluto" in set(docs["Kecamatan"])


def test_uploads_are_stored_under_generated_names(three_samples, monkeypatch):
    at = _app(three_samples, monkeypatch)
    _upload(at, ("../../../etc/passwd", BLUTO.read_bytes()))
    folder = three_samples.parent / "uploads"
    stored = list(folder.iterdir())
    assert len(stored) == 1 and stored[0].suffix == ".txt" and len(stored[0].stem) == 32
    assert not (ROOT / "etc").exists()


def test_bad_and_repeated_uploads_get_a_reason(three_samples, monkeypatch):
    at = _app(three_samples, monkeypatch)
    at = _upload(
        at,
        ("gambar.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        ("kosong.pdf", b""),
        ("sama.txt", (SAMPLES / "000_a49aed262e0b6318.txt").read_bytes()),
    )
    result = next(df.value for df in at.dataframe if "Hasil" in df.value.columns)
    assert list(result["Hasil"]) == ["Ditolak", "Ditolak", "Sudah ada"]
    assert "isi berkas diperiksa" in result["Keterangan"][0]
    assert result["Keterangan"][1] == "berkas kosong"


def test_the_page_can_be_switched_off(three_samples, monkeypatch):
    at = _app(three_samples, monkeypatch, {"enabled": False})
    assert "dimatikan" in at.info[0].value
    assert not at.file_uploader


def test_the_page_can_be_protected_by_a_password(three_samples, monkeypatch):
    at = _app(three_samples, monkeypatch, {"password": "rahasia-bappeda"})
    assert not at.file_uploader
    at.text_input(key="up-password").input("salah").run()
    assert "salah" in at.error[0].value and not at.file_uploader
    at.text_input(key="up-password").input("rahasia-bappeda").run()
    assert at.file_uploader


def test_display_names_and_content_checks():
    assert display_name("C:\\Users\\x\\LKjIP Bluto 2023.pdf") == "LKjIP Bluto 2023.pdf"
    assert display_name("../../etc/passwd") == "passwd"
    assert display_name("<b>laporan?.txt") == "_b_laporan_.txt"
    assert reject_reason(b"%PDF-1.7 ...") is None
    assert reject_reason(BLUTO.read_bytes()) is None
    assert "terlalu besar" in reject_reason(b"x" * (51 * 1024 * 1024))


def test_a_pdf_upload_is_read_with_page_provenance(three_samples, monkeypatch, tmp_path):
    from tests.test_pdf_fixtures import build_pdf

    pdf = build_pdf(BLUTO, tmp_path / "bluto.pdf")
    at = _app(three_samples, monkeypatch)
    at = _upload(at, ("LKjIP Bluto 2023.pdf", pdf.read_bytes()))
    assert not at.exception, at.exception
    result = next(df.value for df in at.dataframe if "Hasil" in df.value.columns)
    assert list(result["Hasil"]) == ["Berhasil"], result["Keterangan"][0]
    at.switch_page("pages/ikm.py").run()
    at.selectbox(key="IKM-year").set_value(2023).run()
    table = next(df.value for df in at.dataframe if "Sumber" in df.value.columns)
    bluto = table[table["Kecamatan"] == "Bluto"].iloc[0]
    assert bluto["Realisasi"] == "83,00"  # Tabel 3.2 of the report (text export line 366)
    assert "hlm." in bluto["Sumber"] and "LKjIP Bluto 2023.pdf" in bluto["Sumber"]
