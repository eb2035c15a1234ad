"""The dashboard's pages run on the real sample database (AppTest, no mocks)."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT


def _app(db_path, monkeypatch) -> AppTest:
    monkeypatch.setenv("LKJIP_DB", str(db_path))
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()


def test_ringkasan_lists_every_sample_document(samples_db, monkeypatch):
    at = _app(samples_db, monkeypatch)
    assert not at.exception
    assert at.title[0].value == "Ringkasan dokumen LKjIP"
    table = at.dataframe[0].value
    assert sorted(table["Kecamatan"]) == ["Bluto", "Plandaan", "Sananwetan", "Sumobito"]
    assert sorted(table["Tahun kinerja"]) == ["2022", "2023", "2024", "2024"]
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Dokumen dimuat"] == "4"
    assert metrics["Kabupaten/Kota"] == "3"
    assert metrics["Tahun kinerja"] == "2022–2024"


def test_ringkasan_without_database_says_what_to_do(tmp_path, monkeypatch):
    at = _app(tmp_path / "tidak-ada.duckdb", monkeypatch)
    assert not at.exception
    assert "Belum ada dokumen" in at.info[0].value


def test_failed_documents_are_listed_with_their_reason(tmp_path, monkeypatch):
    from ingest.pipeline import ingest_file
    from ingest.store import connect

    junk = tmp_path / "catatan.txt"
    junk.write_text("Daftar belanja: beras, gula, minyak goreng.\n", encoding="utf-8")
    db = tmp_path / "campur.duckdb"
    with connect(str(db)) as con:
        ingest_file(con, ROOT / "data" / "samples" / "004_1d7b7b35be8d125c.txt")
        ingest_file(con, junk)
    at = _app(db, monkeypatch)
    assert not at.exception
    assert at.subheader[1].value == "Gagal dimuat (1)"
    failed = at.dataframe[1].value
    assert list(failed["Berkas"]) == ["catatan.txt"]
    assert "bukan LKjIP" in failed["Alasan"][0]
