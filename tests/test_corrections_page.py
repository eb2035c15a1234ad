"""Corrections from the dashboard (issue 17): Profil Kecamatan shows a figure's source and
corrects it; every page, the findings and the workpaper use the corrected figure; a
correction can be withdrawn and the trail says so; a password guards it when one is set.

Values read from sample 004 (Bluto 2023): Tabel 3.10 line 516 prints the realisasi of
"Program Koordinasi Ketentraman dan Ketertiban Umum" as 15.120.000 (pagu 21.900.000, 69,18%);
Tabel 3.8 line 474 prints 15.150.000.
"""

from __future__ import annotations

import io
import shutil

import duckdb
import pytest
from openpyxl import load_workbook
from streamlit.testing.v1 import AppTest

from dashboard import queries, workpaper
from tests.conftest import ROOT

BLUTO = "35.29.05"
PROGRAM = "Program Koordinasi Ketentraman dan Ketertiban Umum"


@pytest.fixture()
def db(samples_db, tmp_path):
    path = tmp_path / "k.duckdb"
    shutil.copy(samples_db, path)
    return path


def _line_516(path) -> int:
    with duckdb.connect(str(path)) as con:
        return con.execute("SELECT line_id FROM budget_lines WHERE line = 516 AND name = ?", [PROGRAM]).fetchone()[0]


def _profil(path, monkeypatch, secrets=None) -> AppTest:
    monkeypatch.setenv("LKJIP_DB", str(path))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    if secrets:
        at.secrets["corrections"] = secrets
    at.run().switch_page("pages/profil.py").run()
    at.selectbox(key="profil").set_value(BLUTO).run()
    return at


def _button(at: AppTest, label: str):
    return next(b for b in at.button if b.label == label)


def _texts(at: AppTest) -> str:
    return " ".join(str(df.value.to_string()) for df in at.dataframe)


def test_a_figure_is_corrected_then_withdrawn_and_every_place_follows(db, monkeypatch):
    fact = _line_516(db)
    at = _profil(db, monkeypatch)
    assert not at.exception, at.exception
    at.selectbox(key="p-angka").set_value(fact).run()
    assert "15.120.000" in _texts(at)  # the source: the table's text with the row
    at.selectbox(key="p-fix-field").set_value("realisasi")
    at.text_input(key="p-fix-value").input("15.150.000")
    at.text_input(key="p-fix-reason").input("salah ketik, Tabel 3.8 menulis 15.150.000")
    at.text_input(key="p-fix-place").input("Tabel 3.8 baris 474")
    at.text_input(key="p-fix-author").input("Sari (Inspektorat)")
    _button(at, "Simpan koreksi").click().run()
    assert not at.exception, at.exception
    assert any("Koreksi disimpan" in s.value for s in at.success)
    trail = next(df.value for df in at.dataframe if "Nilai baru" in df.value.columns)
    assert trail.iloc[0]["Nilai baru"] == "15.150.000" and trail.iloc[0]["Oleh"] == "Sari (Inspektorat)"
    assert trail.iloc[0]["Status"] == "berlaku"
    with duckdb.connect(str(db)) as con:
        conflicts = con.execute(
            """SELECT count(*) FROM findings WHERE subject ILIKE '%ketentraman%' AND (line = 516 OR other_line = 516)"""
        ).fetchone()[0]
        found = queries.findings_list(con, (), (), (BLUTO,), 1900, 2100)
        trail_rows = queries.corrections_list(con)
    assert conflicts == 0  # the conflict with Tabel 3.8 and the serapan mismatch are gone
    book = load_workbook(io.BytesIO(workpaper.workbook(found, trail_rows)))
    sheet = book["Koreksi"]
    assert [c.value for c in sheet[2]][5:7] == ["15120000.0", "15.150.000"]

    at.selectbox(key="p-withdraw-pick").set_value(int(trail_rows["correction_id"].iloc[0]))
    at.text_input(key="p-withdraw-reason").input("Tabel 3.10 ternyata benar")
    at.text_input(key="p-withdraw-author").input("Budi")
    _button(at, "Tarik koreksi").click().run()
    assert not at.exception, at.exception
    trail = next(df.value for df in at.dataframe if "Nilai baru" in df.value.columns)
    assert trail.iloc[0]["Status"].startswith("ditarik") and "Budi" in trail.iloc[0]["Status"]
    with duckdb.connect(str(db)) as con:
        back = con.execute(
            """SELECT "check" FROM findings WHERE subject ILIKE '%ketentraman%' AND (line = 516 OR other_line = 516)
               ORDER BY 1"""
        ).fetchall()
    assert [r[0] for r in back] == ["conflicting_values", "serapan_mismatch"]


def test_a_wrong_value_is_refused_with_a_message(db, monkeypatch):
    at = _profil(db, monkeypatch)
    at.selectbox(key="p-angka").set_value(_line_516(db)).run()
    at.selectbox(key="p-fix-field").set_value("realisasi")
    at.text_input(key="p-fix-value").input("lima belas juta")
    at.text_input(key="p-fix-reason").input("x")
    at.text_input(key="p-fix-author").input("Sari")
    _button(at, "Simpan koreksi").click().run()
    assert any("bukan angka yang jelas" in e.value for e in at.error)
    with duckdb.connect(str(db)) as con:
        assert con.execute("SELECT count(*) FROM corrections").fetchone() == (0,)


def test_an_added_figure_shows_on_the_profile_marked(db, monkeypatch):
    at = _profil(db, monkeypatch)
    at.radio(key="p-add-what").set_value("indicator_values").run()
    at.text_input(key="p-add-tahun").input("2023")
    at.text_input(key="p-add-name").input("Persentase koordinasi di tingkat Kecamatan")
    at.text_input(key="p-add-a").input("100")
    at.text_input(key="p-add-b").input("97,36")
    at.text_input(key="p-add-c").input("97,36")
    at.text_input(key="p-add-reason").input("Tabel 3.7 tidak terbaca")
    at.text_input(key="p-add-place").input("Tabel 3.7")
    at.text_input(key="p-add-author").input("Sari")
    _button(at, "Tambahkan angka").click().run()
    assert not at.exception, at.exception
    grid = next(df.value for df in at.dataframe if "Indikator" in df.value.columns and "2023" in df.value.columns)
    row = grid[grid["Indikator"] == "Persentase koordinasi di tingkat Kecamatan"]
    assert row["2023"].tolist() == ["97,36 ✎"]


def test_corrections_need_the_password_when_one_is_set(db, monkeypatch):
    at = _profil(db, monkeypatch, {"password": "rahasia-inspektorat"})
    assert not [b for b in at.button if b.label == "Simpan koreksi"]
    at.text_input(key="p-password").input("salah").run()
    assert any("salah" in e.value for e in at.error)
    at.text_input(key="p-password").input("rahasia-inspektorat").run()
    assert [b for b in at.button if b.label == "Simpan koreksi"]


def test_a_pdf_table_not_read_shows_its_page(tmp_path, monkeypatch):
    from ingest.pipeline import ingest_file
    from ingest.store import connect
    from tests.conftest import SAMPLES, walk
    from tests.test_pdf_fixtures import build_pdf

    pdf = build_pdf(SAMPLES / "004_1d7b7b35be8d125c.txt", tmp_path / "bluto.pdf")
    path = tmp_path / "pdf.duckdb"
    with connect(str(path)) as con:
        assert ingest_file(con, pdf).status == "ok"
    at = _profil(path, monkeypatch)
    assert not at.exception, at.exception
    pages = [t for t in at.tabs if t.label == "Halaman PDF"]
    assert pages  # Tabel 3.7 (not read) can be seen on its page
    assert any(getattr(e, "type", "") == "image" for e in walk(pages[0])), "no page image drawn"
    assert any("halaman" in c.value for c in pages[0].caption)
