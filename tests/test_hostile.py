"""Hostile input: document text never runs as HTML or markdown, filter values reach SQL
only as parameters, a crafted URL can only set whitelisted filters; documents that
cannot be placed are kept as needs_review and listed."""

from __future__ import annotations

import re

from streamlit.testing.v1 import AppTest

from checks.run import run_checks
from dashboard.formatting import finding_detail
from ingest.pipeline import ingest_file
from ingest.store import connect
from tests.conftest import ROOT

EVIL_KECAMATAN = "Kecamatan X'; DROP TABLE documents; --"
HOSTILE = """LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) Kecamatan Sananwetan Kota Blitar Tahun 2024

Tabel 3.1
Pengukuran Kinerja

Sasaran\tIndikator Kinerja\tTarget\tRealisasi\t% Capaian
<script>alert('x')</script>\tIndeks Kepuasan Masyarakat (IKM) <img src=x onerror=alert(1)>\tBaik (88)\tBaik (88,14)\t99,00%
Meningkatnya [tautan](javascript:alert(1))\tNilai SAKIP Perangkat Daerah\tA (87,89)\tA (85,04)\t96,76%
"""


def _db(tmp_path, *texts: tuple[str, str]):
    db = tmp_path / "hostile.duckdb"
    with connect(str(db)) as con:
        for name, text in texts:
            path = tmp_path / name
            path.write_text(text, encoding="utf-8")
            ingest_file(con, path)
        run_checks(con)
    return db


def _app(db, monkeypatch, page: str, query: dict | None = None) -> AppTest:
    monkeypatch.setenv("LKJIP_DB", str(db))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.run()
    return at.switch_page(page).run() if page else at


def _all_markdown(at) -> str:
    return "\n".join(m.value for m in at.markdown)


def test_script_in_a_table_cell_is_shown_as_text(tmp_path, monkeypatch):
    db = _db(tmp_path, ("laporan.txt", HOSTILE))
    at = _app(db, monkeypatch, "pages/konsistensi.py")
    assert not at.exception
    # The only finding: IKM capaian printed 99,00% for 88,14 / 88 (row 7, the one holding <script>)
    assert "tertulis 99%" in at.selectbox(key="k-pick").format_func(at.selectbox(key="k-pick").value)
    shown = _all_markdown(at)
    assert "script" in shown and re.search(r"(?<!\\)[<>]", shown) is None  # every < and > escaped
    assert re.search(r"(?<!\\)\]\(javascript", shown) is None  # no link
    ikm = _app(db, monkeypatch, "pages/ikm.py")
    assert not ikm.exception
    assert "<script>" not in _all_markdown(ikm)


def test_finding_detail_escapes_document_text():
    row = {"check": "capaian_mismatch", "severity": "sedang", "message": "<b>x</b> [a](javascript:alert(1))",
           "formula": None, "file_name": "a.txt", "source_table": "Tabel 3.1", "line": 6, "page": None,
           "row_raw": "<script>alert(1)</script>\t**88**", "other_source_table": None}  # fmt: skip
    text = finding_detail(row)
    assert "<b>" not in text and "<script>" not in text and "](javascript" not in text
    assert "\\*\\*88\\*\\*" in text


def test_sql_injection_in_a_url_filter_does_nothing(tmp_path, monkeypatch):
    db = _db(tmp_path, ("laporan.txt", HOSTILE))
    at = _app(db, monkeypatch, "", {"kec": EVIL_KECAMATAN, "kab": "x' OR '1'='1", "profil": "'; DELETE FROM findings;"})
    assert not at.exception
    assert at.multiselect(key="kec").value == [] and at.multiselect(key="kab").value == []  # not an option: ignored
    at.switch_page("pages/profil.py").run()
    assert not at.exception


def test_unknown_url_keys_are_ignored(tmp_path, monkeypatch):
    db = _db(tmp_path, ("laporan.txt", HOSTILE))
    at = _app(db, monkeypatch, "", {"LKJIP_DB": "/etc/passwd", "upload": "1", "presentasi": "x"})
    assert not at.exception
    assert at.title[0].value == "Ringkasan dokumen LKjIP"
    assert "presentasi" not in at.session_state or at.session_state["presentasi"] != "x"


def test_a_document_without_year_or_kecamatan_needs_review_and_is_listed(tmp_path, monkeypatch):
    no_identity = "Laporan kinerja\n\nSasaran\tIndikator Kinerja\tTarget\tRealisasi\nA\tNilai IKM\t88\t88,14\n"
    db = _db(tmp_path, ("tanpa-identitas.txt", no_identity))
    with connect(str(db)) as con:
        status, warnings = con.execute("SELECT status, warnings FROM documents").fetchone()
        facts = con.execute("SELECT count(*) FROM indicator_values").fetchone()[0]
    assert status == "needs_review" and facts == 1
    assert any("kecamatan tidak ditemukan" in w for w in warnings)
    at = _app(db, monkeypatch, "")
    assert any(s.value == "Perlu ditinjau (1)" for s in at.subheader)
