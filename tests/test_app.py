"""Every dashboard page runs with AppTest on the real sample database and on an empty
one; filters change what is shown; the numbers shown are the documents' numbers."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT, open_app, walk

PAGES = ["pages/ringkasan.py", "pages/ikm.py", "pages/sakip.py", "pages/serapan.py", "pages/profil.py",
         "pages/perbandingan.py", "pages/konsistensi.py"]  # fmt: skip


_app, _walk = open_app, walk  # shared with the other page tests (tests/conftest.py)


def _table(at, title_fragment: str):
    """The dataframe shown right after the subheader containing `title_fragment`."""
    seen = False
    for element in _walk(at.main):
        if element.type == "subheader" and title_fragment in element.value:
            seen = True
        elif seen and element.type == "dataframe":
            return element.value
    raise AssertionError(f"no table after {title_fragment!r}")


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_on_the_samples(app_db, monkeypatch, page):
    at = _app(app_db, monkeypatch, page)
    assert not at.exception
    assert at.title[0].value


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_on_an_empty_database(tmp_path, monkeypatch, page):
    at = _app(tmp_path / "kosong.duckdb", monkeypatch, page)
    assert not at.exception
    assert at.info, "an empty state must tell the user what to do"


def test_ringkasan_lists_every_sample_document(app_db, monkeypatch):
    at = _app(app_db, monkeypatch)
    assert at.title[0].value == "Ringkasan dokumen LKjIP"
    docs = _table(at, "Dokumen")
    assert sorted(docs["Kecamatan"]) == ["Bluto", "Plandaan", "Sananwetan", "Sumobito"]
    assert sorted(docs["Tahun kinerja"]) == ["2022", "2023", "2024", "2024"]
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Dokumen"] == "4" and metrics["Kecamatan"] == "4"


def test_a_filter_changes_the_summary_and_the_figures_are_the_documents(app_db, monkeypatch):
    at = _app(app_db, monkeypatch)
    at.multiselect(key="kab").set_value(["35.72"]).run()  # Kota Blitar
    metrics = {m.label: m.value for m in at.metric}
    # Sananwetan's IKM: 81 (2020, "Kondisi Awal 2020", line 832), 83,14 (2022), 87,98 (2023),
    # 88,14 (2024) - Tabel 3.3 line 614: mean 85,065 -> 85,06
    assert metrics["Rata-rata IKM"] == "85,06"
    # Tabel 2.5 line 406: 34.216.887.120 / 34.670.350.601 = 98,69%
    assert metrics["Serapan anggaran"] == "98,69%"
    assert metrics["Kecamatan"] == "1"
    # Kota Blitar has three kecamatan (Kepmendagri 300.2.2-2138/2025); only Sananwetan's 2024 report is loaded
    coverage = _table(at, "Cakupan")
    assert list(coverage["Kecamatan"]) == ["Kepanjenkidul", "Sananwetan", "Sukorejo"]
    assert list(coverage["Jumlah laporan"]) == [0, 1, 0]
    assert coverage[coverage["Kecamatan"] == "Sananwetan"].iloc[0]["2024"] == "✓"


def test_ikm_page_shows_values_with_reported_and_recomputed_capaian(app_db, monkeypatch):
    at = _app(app_db, monkeypatch, "pages/ikm.py")
    assert at.selectbox(key="IKM-year").value == 2024
    table = _table(at, "Nilai dan sumbernya")
    row = table[table["Kecamatan"] == "Sananwetan"].iloc[0]
    assert row["Realisasi"] == "Baik (88,14)" and row["Target"] == "Baik (88,00)"
    assert row["Capaian (dokumen)"] == "100,16%" and row["Capaian (dihitung ulang)"] == "100,16%"
    assert row["Kategori"] == "B (Baik)"
    at.selectbox(key="IKM-year").set_value(2023).run()
    table = _table(at, "Nilai dan sumbernya")
    assert set(table["Kecamatan"]) == {"Bluto", "Sananwetan"}
    assert table[table["Kecamatan"] == "Bluto"].iloc[0]["Realisasi"] == "83,00"  # Tabel 3.2 line 366


def test_sakip_page_shows_predicates(app_db, monkeypatch):
    at = _app(app_db, monkeypatch, "pages/sakip.py")
    table = _table(at, "Nilai dan sumbernya")
    values = dict(zip(table["Kecamatan"], table["Realisasi"], strict=True))
    assert values["Sananwetan"] == "A (85,04)"  # Tabel 3.1 line 437
    assert values["Sumobito"] == "73,47"  # Tabel 3.1.1.1 line 568
    kinds = dict(zip(table["Kecamatan"], table["Kategori"], strict=True))
    assert kinds["Sumobito"] == "BB (Sangat Baik)"


def test_serapan_page_budget_per_kecamatan(app_db, monkeypatch):
    at = _app(app_db, monkeypatch, "pages/serapan.py")
    assert not at.exception
    at.selectbox(key="serapan-year").set_value(2024).run()
    shown = {e.label for e in at.expander}
    assert "Data: Pagu dan realisasi 2024" in shown
    table = at.expander[0].dataframe[0].value
    pagu = dict(zip(table["Kecamatan"], table["Pagu"], strict=True))
    assert pagu["Sananwetan"] == "Rp 34.670.350.601"  # Tabel 2.5 line 406
    assert pagu["Sumobito"] == "Rp 2.639.389.252"  # Tabel 3.2.1.2 line 862


def test_profil_page_lists_findings_of_the_kecamatan(app_db, monkeypatch):
    at = _app(app_db, monkeypatch, "pages/profil.py")
    at.selectbox(key="profil").set_value("35.29.05").run()  # Bluto
    findings = _table(at, "Temuan")
    assert any("2.519.973.338" in text for text in findings["Uraian"])  # the closing chapter's realisasi
    docs = _table(at, "Dokumen sumber")
    assert list(docs["Berkas"]) == ["004_1d7b7b35be8d125c.txt"]


def test_perbandingan_needs_two_kecamatan(app_db, monkeypatch):
    at = _app(app_db, monkeypatch, "pages/perbandingan.py")
    at.multiselect(key="banding").set_value(["35.72.03"]).run()
    assert "paling sedikit dua" in at.warning[0].value
    at.multiselect(key="banding").set_value(["35.72.03", "35.17.15"]).run()
    assert not at.exception
    assert any(e.label == "Data: Banding IKM" for e in at.expander)


def test_sakip_predicate_movement(app_db, monkeypatch):
    at = _app(app_db, monkeypatch, "pages/sakip.py")
    grid = _table(at, "Perpindahan predikat")
    sananwetan = grid[grid["Kecamatan"] == "Sananwetan"].iloc[0]
    # Tabel 3.3 line 617: 85,06 (2022), 85,13 (2023), 85,04 (2024): A every year
    assert (sananwetan["2022"], sananwetan["2023"], sananwetan["2024"]) == ("A", "A", "A")
    assert sananwetan["Perubahan"] == "A → A ="
    sumobito = grid[grid["Kecamatan"] == "Sumobito"].iloc[0]
    # Tabel 3.1.2.1 line 667: 70,03 (2022) is BB (>70-80), 71,13 and 73,47 too
    assert sumobito["2022"] == "BB" and sumobito["Perubahan"] == "BB → BB ="


def test_a_user_chooses_which_version_of_a_report_counts(app_db, tmp_path, monkeypatch):
    import shutil

    from checks.run import run_checks
    from ingest.pipeline import ingest_file
    from ingest.store import connect
    from tests.conftest import SAMPLES

    db = tmp_path / "versi.duckdb"
    shutil.copy(app_db, db)
    revised = tmp_path / "bluto-revisi.txt"
    text = (SAMPLES / "004_1d7b7b35be8d125c.txt").read_text(encoding="utf-8")
    # The revision corrects Tabel 3.2's IKM realisasi from 83 to 84 (line 366)
    revised.write_text(text.replace("Nilai IKM Kecamatan\t83\t83\t100", "Nilai IKM Kecamatan\t83\t84\t101,20"), "utf-8")
    assert "Nilai IKM Kecamatan\t83\t84\t101,20" in revised.read_text(encoding="utf-8")
    with connect(str(db)) as con:
        result = ingest_file(con, revised)
        run_checks(con, [result.doc_id])
        shown = con.execute("SELECT realisasi FROM indicator_values JOIN current_documents USING (doc_id) "
                            "WHERE line = 366 AND source_table = 'Tabel 3.2'").fetchone()[0]  # fmt: skip
        assert shown == 84  # the newer version counts until someone chooses
        original = con.execute("SELECT doc_id FROM documents WHERE file_name LIKE '004%'").fetchone()[0]
    monkeypatch.setenv("LKJIP_DB", str(db))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    at.switch_page("pages/profil.py").run()
    at.selectbox(key="profil").set_value("35.29.05").run()
    docs = _table(at, "Dokumen sumber")
    assert dict(zip(docs["Berkas"], docs["Ditampilkan"], strict=True)) == {
        "004_1d7b7b35be8d125c.txt": "Tidak (versi lain)", "bluto-revisi.txt": "Ya"
    }  # fmt: skip
    at.radio(key="versi-pilih-2023").set_value(original)
    next(b for b in at.button if b.label == "Pakai versi ini").click().run()
    assert not at.exception
    docs = _table(at, "Dokumen sumber")
    assert dict(zip(docs["Berkas"], docs["Ditampilkan"], strict=True))["004_1d7b7b35be8d125c.txt"] == "Ya"
    at.switch_page("pages/ikm.py").run()
    at.selectbox(key="IKM-year").set_value(2023).run()
    table = _table(at, "Nilai dan sumbernya")
    assert table[table["Kecamatan"] == "Bluto"].iloc[0]["Realisasi"] == "83,00"


def test_money_in_short_indonesian_form():
    from dashboard.formatting import rupiah_short

    assert rupiah_short(34_670_350_601) == "Rp 34,7 M"  # miliar
    assert rupiah_short(628_936_788) == "Rp 628,9 jt"
    assert rupiah_short(None) == "–"
