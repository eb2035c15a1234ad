"""The Konsistensi page: findings with both places, reviews that survive re-ingest,
and the Excel working paper checked against DuckDB."""

from __future__ import annotations

import io
import shutil

import duckdb
import pytest
from openpyxl import load_workbook
from streamlit.testing.v1 import AppTest

from checks.run import run_checks
from dashboard import queries, workpaper
from ingest.pipeline import ingest_file
from ingest.store import connect
from tests.conftest import ROOT, SAMPLES

BLUTO = SAMPLES / "004_1d7b7b35be8d125c.txt"


@pytest.fixture()
def db(samples_db, tmp_path):
    path = tmp_path / "konsistensi.duckdb"
    shutil.copy(samples_db, path)
    return path


def _app(db, monkeypatch) -> AppTest:
    monkeypatch.setenv("LKJIP_DB", str(db))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    return at.switch_page("pages/konsistensi.py").run()


def _table(at):
    return next(df.value for df in at.dataframe if "Uraian" in df.value.columns)


def test_findings_are_listed_most_severe_first_with_both_places(db, monkeypatch):
    at = _app(db, monkeypatch)
    assert not at.exception
    table = _table(at)
    # every finding on the samples (the README's table, 78 since issue 16: 58 less 4 conflicting values
    # on 000's program-level IKM, 2 on 001's table of two of its six programs and 2 on 004's adjusted Renstra
    # targets; less 3 efficiency rows that follow their document's own definition; less 4 of 002's
    # 'unreadable' comma-thousands amounts; plus 5 rounding notes in 001, 8 LHE component grades in 001 and
    # 002, 000's Renstra end target "Baik (90)", the serapan 96,91% stated at 000 line 688, and 5 averages:
    # 001 Tabel 3.2.2.2's two, 002 Tabel 3.15's, and the averages stated at 000 line 757 and 001 line 716; and 3
    # sasaran figures stated in 000's sentences that its Tabel 3.8 prints otherwise; 2 on 001 Tabel 3.7's
    # "% Anggaran", 99,19 + 0,9; 004 line 398's "tingkat kemajuan 83%" under Tabel 3.4's 95,4; and 4 serapan
    # 002 Tabel 3.10 gives lines that its budget tables give otherwise; 001's Tabel 2.5 and 3.1.1.3, titled
    # "... Tahun 2023" in the 2024 report; 000's sentences at line 625, "Pada tahun 2022, seluruh target indikator
    # dapat dicapai" under Tabel 3.3's IKM 83,14 of 84, and in the paragraph from line 38, "target 100 % dan
    # terealisasi 100 %. Realisasi melebihi target"; 004's Renstra end target, 87 in Tabel 3.4 and 87,55 in
    # Tabel 2.2); 80 since 002's Tabel 6.1 rows stand under their own part's header: its 2022 target 6 of
    # "Jumlah laporan hasil rapat koordinasi" (line 1923) against 3 kali in Tabel 3.4 line 842, and its
    # "10,257" (line 1921, comma thousands: 10.257 lembar in Tabel 3.4) reported as unreadable); 86 with issue 16's
    # recall rules: 001 line 765's serapan 83,67 outside its sub kegiatan's 98-100, 000's sasaran serapan 98,94
    # (Tabel 3.8 line 716 and the sentence in the paragraph from line 38) that is the plain mean of the two
    # programs its pagu is made of, 001's Tabel 3.2.2.3 whose headers name only 2022 and 2023, 004's sentence
    # giving Program Penunjang 88,9% (Tabel 3.10: 89,88) and 002's Tabel 3.3 saying no sasaran fell short; 83
    # since an amount read with doubt that its table's sums confirm is not reported: 001 line 843 "2.443.087729",
    # 002 lines 1894 "1.877,391,123" and 1896 "1.818,731,123"; 84 with 002 Tabel 6.1's 2022 pagu 7,069,750 of
    # Program Koordinasi Ketenteraman (line 1984) against 4.766.700, the matrix giving its other programs the
    # realised pagu; 97 with the tenth session's checks (each read against its document): 000 Tabel 3.7
    # line 698 giving a sasaran another sasaran's indicator (misplaced_indicator); 001 Tabel 4.1 line 761's
    # 100,19% for 100 of 100 (capaian_mismatch); 002's appendix Tabel 2.1 JUMLAH (line 2318) 2.419.637.792
    # where its programs add up to 2.420.637.792, and Tabel 6.1's end-of-Renstra targets of AKIP 71/72, IKM
    # 93,80/93,85, IPP 3,30/3,35, IKPP 7,99/8,04, PATEN 83,25/84 (conflicting_values); 004 signed "Sumenep,
    # Maret 2023" (lines 13 and 553) under its 2023 report, its Renstra 2022-2026 at line 5 against
    # 2021-2026, "Misi ke 1, 4, dan 7" with five misi listed, and Tabel 2.3's IKM = NRR tertimbang / 25
    # 98 with 000 line 459: nine unsur give IKM 89,03 where 88,14 is reported (ikm_unsur); 103 with the
    # seventeenth session's: 004 line 398's tingkat kemajuan 83% "kategori Sangat Baik" beside Tabel 3.1's
    # Tinggi 76-90 (category_mismatch), 001 line 1006's Renstra "berakhir pada Tahun 2024" of 2024-2026
    # (renstra_period), 001 line 708's "melebihi target nasional" where Tabel 3.1.4 gives N/A, and 001 lines
    # 946 and 1010 naming Pelaporan Kinerja (74,6%) the component of lowest capaian, Evaluasi having 53,12%
    assert len(table) == 103
    order = {"Tinggi": 0, "Sedang": 1, "Rendah": 2, "Info": 3}
    ranks = [order[t] for t in table["Tingkat"]]
    assert ranks == sorted(ranks)
    # The AKIP realisasi written 73,37 in Tabel 3.2.1.1 (line 840) and 73,47 in Tabel 3.1.1.1 (line 568)
    row = table[table["Uraian"].str.contains("73,37") & (table["Pemeriksaan"] == "Angka berbeda antar tempat")].iloc[0]
    assert row["Tempat"].startswith("Tabel 3.2.1.1, baris 840")
    assert row["Tempat lain"].startswith("Tabel 3.1.1.1, baris 568")
    assert "73,37" in row["Teks baris"]


def test_page_filters_narrow_the_list(db, monkeypatch):
    at = _app(db, monkeypatch)
    at.multiselect(key="k-check").set_value(["efficiency_mismatch"]).run()
    table = _table(at)
    assert set(table["Pemeriksaan"]) == {"Efisiensi tidak sesuai"}
    # 001 line 895 "103,88  98,50  10,75" where the table's own definition (capaian - serapan) gives 5,38
    assert len(table) == 1
    at.multiselect(key="kab").set_value(["35.17"]).run()  # Kabupaten Jombang
    assert len(_table(at)) == 1
    at.multiselect(key="kab").set_value(["35.72"]).run()  # Kota Blitar
    assert at.success or _table(at).empty


def test_a_review_is_saved_and_survives_re_ingest(db, monkeypatch):
    at = _app(db, monkeypatch)
    at.multiselect(key="k-doc").set_value([4]).run()  # Bluto's report
    key = at.selectbox(key="k-pick").value
    at.checkbox[0].check()
    at.text_input[0].input("Dicek ke dokumen asli: salah ketik.")
    at.button[0].click().run()
    assert not at.exception
    with duckdb.connect(str(db)) as con:
        assert con.execute("SELECT reviewed, note FROM finding_reviews WHERE finding_key = ?", [key]).fetchone() == (
            True, "Dicek ke dokumen asli: salah ketik."
        )  # fmt: skip
    # Delete the document, ingest the same file again and re-run every check: ids change, the review stays.
    with connect(str(db)) as con:
        doc_id = con.execute("SELECT doc_id FROM documents WHERE file_name = ?", [BLUTO.name]).fetchone()[0]
        for table in (
            "findings",
            "indicator_values",
            "budget_lines",
            "efficiency_values",
            "source_tables",
            "documents",
        ):
            con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc_id])
        again = ingest_file(con, BLUTO)
        run_checks(con)
        assert again.doc_id != doc_id
        row = con.execute(
            """SELECT f.doc_id, r.reviewed FROM findings f JOIN finding_reviews r USING (finding_key)"""
        ).fetchall()
    assert row == [(again.doc_id, True)]


def test_working_paper_matches_the_database(db):
    with duckdb.connect(str(db)) as con:
        found = queries.findings_list(con, prov=(), kab=(), kec=(), y0=1900, y1=2100)
        expected = con.execute('SELECT finding_id, reported, "check" FROM findings ORDER BY finding_id').fetchall()
    book = load_workbook(io.BytesIO(workpaper.workbook(found)))
    sheet = book["Temuan"]
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["No. temuan", "Tingkat", "Pemeriksaan"]
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["I"].width == 80  # Uraian
    rows = {r[0]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert len(rows) == len(expected) == 103  # see the first test
    reported_col = header.index("Nilai dalam dokumen")
    for finding_id, reported, _check in expected:
        cell = rows[finding_id][reported_col]
        assert (cell is None) == (reported is None)
        if reported is not None:
            assert isinstance(cell, (int, float)) and abs(cell - reported) < 1e-6  # a number, not text
    summary = book["Ringkasan per dokumen"]
    counts = {r[0]: r[4] for r in summary.iter_rows(min_row=2, values_only=True)}
    assert counts == {"000_a49aed262e0b6318.txt": 23, "001_96411fc34ab30848.txt": 38,
                      "002_7e58b56da18a00e0.txt": 26, "004_1d7b7b35be8d125c.txt": 16}  # fmt: skip
    assert len(book.sheetnames) == 3 + 4  # one sheet per document


def test_one_error_in_several_places_is_one_row_when_grouped(db, monkeypatch):
    # 001 Tabel 3.2.1.1 line 840 and Tabel 3.2.1.2 line 861 both print alokasi = realisasi = 2.423.318.229
    # with serapan 97: one error, two places; so are 000's Tabel 2.5 total "96,91%" (line 406) and the sentence
    # at line 688 "serapan anggaran ... sebesar 96,91%" for the same 34.216.887.120 of 34.670.350.601
    at = _app(db, monkeypatch)
    at.multiselect(key="k-check").set_value(["serapan_mismatch", "weighted_absorption"]).run()
    assert len(_table(at)) == 10
    at.toggle(key="k-grouped").set_value(True).run()
    grouped = _table(at)
    assert len(grouped) == 7  # and 000's sasaran serapan 98,94 in Tabel 3.8 (line 716) and the Ikhtisar (line 38)
    places = grouped[grouped["Jumlah tempat"] == 2]["Tempat"].tolist()
    assert any("baris 840" in p and "baris 861" in p for p in places)
    assert any("baris 406" in p and "baris 688" in p for p in places)


def test_working_paper_lists_each_error_once_with_its_places(db):
    with duckdb.connect(str(db)) as con:
        found = queries.findings_list(con, prov=(), kab=(), kec=(), y0=1900, y1=2100)
        groups = con.execute("SELECT count(DISTINCT group_key) FROM findings").fetchone()[0]
    book = load_workbook(io.BytesIO(workpaper.workbook(found)))
    sheet = book["Kelompok kesalahan"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    # 103 findings, ten errors found in two places each (004's "Sumenep, Maret 2023" at lines 13 and 553 the
    # ninth, 001's lowest LHE component at lines 946 and 1010 the tenth)
    assert len(rows) == groups == 93
    header = [c.value for c in sheet[1]]
    places = [r[header.index("Tempat")] for r in rows if r[header.index("Jumlah tempat")] == 2]
    assert any("baris 840" in p and "baris 861" in p for p in places)


def test_every_check_has_its_own_filter_and_label(db):
    from dashboard.formatting import CHECK_LABELS

    with duckdb.connect(str(db)) as con:
        found = {r[0] for r in con.execute('SELECT DISTINCT "check" FROM findings').fetchall()}
    assert found <= set(queries.CHECKS)
    assert set(queries.CHECKS) <= set(CHECK_LABELS)


def test_rounding_notes_can_be_filtered_in_and_out(db, monkeypatch):
    # 001 Tabel 3.2.1.2 line 856 "11.960.950  11.945.750  100" (99,87), line 857 (99,84), line 862 "98" (97,57),
    # Tabel 3.4 line 683 "99" (99,28), the sentence at line 819 "98%" (97,57)
    at = _app(db, monkeypatch)
    at.multiselect(key="k-check").set_value(["rounding"]).run()
    table = _table(at)
    assert len(table) == 5 and set(table["Tingkat"]) == {"Info"}
    others = [c for c in queries.CHECKS if c != "rounding"]
    at.multiselect(key="k-check").set_value(others).run()
    assert "Pembulatan (catatan)" not in set(_table(at)["Pemeriksaan"])
