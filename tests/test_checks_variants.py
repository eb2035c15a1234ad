"""Issue 16's precision rules, each proven on a variant of what the samples print (other
wording, other layout), so none is keyed to one sample's words."""

from __future__ import annotations

import pytest

from checks.findings import conflict_checks, efficiency_checks, program_scope
from checks.run import run_checks
from ingest.interpret import row_separators
from ingest.model import Document, Paragraph, Row
from ingest.numbers import read_number
from ingest.pipeline import ingest_file
from ingest.prose import target_adjustment
from ingest.store import connect
from tests.conftest import SAMPLES
from tests.test_interpret import OUTLINE

S000 = sorted(SAMPLES.glob("*.txt"))[0]


# --- a program's own IKM is not the kecamatan's ------------------------------------------


@pytest.mark.parametrize(
    ("sasaran", "is_program"),
    [
        ("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN / KOTA", True),
        ("Meningkatnya Penunjang Urusan Pemerintahan daerah Kabupaten / Kota", True),  # 000 line 647
        ("Terwujudnya penunjang urusan pemerintahan daerah kabupaten/kota", True),  # another verb, spacing
        ("Meningkatnya kualitas pelayanan publik", False),  # the kecamatan's own sasaran
        (None, False),
    ],
)
def test_a_sasaran_that_is_a_program(sasaran, is_program):
    programs = frozenset({"penunjang urusan pemerintahan daerah kabupaten kota", "pemberdayaan masyarakat desa"})
    assert program_scope(sasaran, programs) is is_program


def _variant(tmp_path, old: str, new: str):
    text = S000.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "varian.txt"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def _conflicts_on(path, fresh_db, line: int) -> list:
    with connect(str(fresh_db)) as con:
        ingest_file(con, path)
        run_checks(con)
        return con.execute(
            """SELECT reported, other_value FROM findings WHERE "check" = 'conflicting_values' AND line = ?""",
            [line],
        ).fetchall()


def test_the_same_ikm_under_the_kecamatans_own_sasaran_is_compared_again(tmp_path, fresh_db):
    # 000 Tabel 3.4 line 647 put under the kecamatan's sasaran: now it claims to be the kecamatan's IKM, and its
    # 84 / 89,50 differ from Tabel 3.1's 88 / 88,14 (line 430), and its end-of-Renstra target "Baik (84)" from
    # the "Baik (90)" of the kecamatan's IKM in the same table (line 636)
    old = "Meningkatnya Penunjang Urusan Pemerintahan daerah Kabupaten / Kota\tIndeks Kepuasan Masyarakat\t"
    new = "Meningkatnya kualitas pelayanan publik\tIndeks Kepuasan Masyarakat\t"
    found = sorted(_conflicts_on(_variant(tmp_path, old, new), fresh_db, 647))
    assert found == [(84.0, 88.0), (84.0, 90.0), (89.5, 88.14)]


# --- efficiency: the document's own definition -------------------------------------------


def _eff(line, capaian, serapan, printed, raw, others=None, table="Tabel X"):
    return {
        "fact_id": line, "doc_id": 1, "tahun": 2024, "name": f"baris {line}", "capaian_kinerja": capaian,
        "serapan": serapan, "efisiensi_reported": printed, "efisiensi_raw": raw, "capaian_lain": others,
        "source_table": table, "line": line, "page": None, "row_raw": "", "kecamatan": "X",
    }  # fmt: skip


def test_a_table_that_subtracts_is_checked_by_subtraction_and_says_so():
    rows = [
        _eff(1, 98.5, 95.0, 3.5, "3,50"),  # 98,5 - 95 = 3,5
        _eff(2, 100.0, 92.25, 7.75, "7,75"),
        _eff(3, 99.0, 97.0, 3.0, "3"),  # wrong under the table's own definition: 2
    ]
    found, recomputed = efficiency_checks(rows)
    assert [f["line"] for f in found] == [3]
    assert found[0]["recomputed"] == pytest.approx(2.0)
    assert "dikurangi" in found[0]["message"]
    assert recomputed[1] == pytest.approx(98.5 / 95.0)  # the stored recomputation stays the ratio


def test_a_ratio_table_is_still_checked_as_a_ratio():
    rows = [_eff(1, 100.0, 95.0, 1.05, "1,05"), _eff(2, 100.0, 80.0, 1.05, "1,05")]  # 100 / 80 = 1,25
    found, _ = efficiency_checks(rows)
    assert [f["line"] for f in found] == [2]
    assert "dikurangi" not in found[0]["message"]


def test_a_line_with_three_indicators_may_use_their_mean_capaian():
    # (100 + 80 + 90) / 3 = 90; 90 / 90 = 1,00, while 100 / 90 = 1,11
    rows = [_eff(1, 100.0, 90.0, 1.0, "1,00", others=[80.0, 90.0]), _eff(2, 100.0, 100.0, 1.0, "1,00")]
    assert efficiency_checks(rows)[0] == []


# --- rupiah with comma thousands ------------------------------------------------------------


def test_an_undecided_column_takes_the_rows_mark():
    # a column whose cells disagree ("1.250.000" and "2,500,000") is undecided; the row's "3,750,000" decides
    row = Row(["Belanja ATK", "4", "750,000", "5", "3,750,000"])
    seps = row_separators(row, [None, None, None, None, None])
    assert read_number(row.cells[2], seps[2]).value == 750000
    assert not read_number(row.cells[2], seps[2]).uncertain


def test_a_decided_column_keeps_its_mark_and_a_mixed_row_decides_nothing():
    row = Row(["Capaian", "83,14", "2,500,000"])  # a comma decimal and comma thousands: no single mark
    assert row_separators(row, [None, None, None]) == [None, None, None]
    assert row_separators(Row(["x", "200,000", "1,338,000"]), [None, ",", None])[1] == ","


# --- the total of some programs is not the office's -------------------------------------------


def _bud(doc_table, line, level, name, pagu, real, kind="budget"):
    return {
        "fact_id": line, "doc_id": 1, "tahun": 2024, "kecamatan": "X", "place_key": "35.00.01", "level": level,
        "name": name, "pagu": pagu, "pagu_raw": f"{pagu:,.0f}".replace(",", "."), "realisasi": real,
        "realisasi_raw": f"{real:,.0f}".replace(",", "."), "is_derived": False, "table_kind": kind,
        "source_table": doc_table, "line": line, "page": None, "row_raw": "", "row_index": line,
    }  # fmt: skip


def test_a_table_of_two_sasaran_is_not_compared_with_the_office_total():
    budget = [
        _bud("Tabel P", 10, "program", "Program Satu", 500_000_000, 490_000_000),
        _bud("Tabel P", 11, "program", "Program Dua", 300_000_000, 290_000_000),
        _bud("Tabel P", 12, "program", "Program Tiga", 200_000_000, 195_000_000),
        _bud("Tabel P", 13, "total", "Jumlah", 1_000_000_000, 975_000_000),
        # a sasaran table that holds two of the programs only
        _bud("Tabel S", 20, "sasaran", "Meningkatnya satu", 500_000_000, 490_000_000),
        _bud("Tabel S", 21, "sasaran", "Meningkatnya dua", 300_000_000, 290_000_000),
        _bud("Tabel S", 22, "total", "Total", 800_000_000, 780_000_000),
        # and a sentence about the whole office
        _bud("teks (paragraf)", 30, "total", "Anggaran (disebut dalam teks)", 1_000_000_000, 975_000_000, "prose"),
    ]
    assert [f for f in conflict_checks([], budget, {1: {"sha256": "x", "file_name": "x", "tahun": 2024}})] == []


def test_a_total_covering_every_program_is_still_compared():
    budget = [
        _bud("Tabel P", 10, "program", "Program Satu", 500_000_000, 490_000_000),
        _bud("Tabel P", 11, "program", "Program Dua", 300_000_000, 290_000_000),
        _bud("Tabel P", 13, "total", "Jumlah", 800_000_000, 780_000_000),
        _bud("teks (paragraf)", 30, "total", "Anggaran (disebut dalam teks)", 800_000_000, 781_000_000, "prose"),
    ]
    found = conflict_checks([], budget, {1: {"sha256": "x", "file_name": "x", "tahun": 2024}})
    assert {(f["line"], f["other_line"]) for f in found} == {(30, 13)}


# --- targets adjusted from the Renstra --------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "adjusted"),
    [
        # 004 line 258, shortened
        ("Maka RKT 2023 yang sebelumnya ditetapkan berdasarkan Renstra dilakukan reviu/penyesuaian.", True),
        ("Target kinerja tahun 2024 dalam Perjanjian Kinerja disesuaikan dari target Rencana Strategis.", True),
        ("Target Renstra untuk tahun ini direvisi melalui Renja Perubahan.", True),
        # 004 line 5: a Renstra and a reviu, but nothing adjusted
        ("Laporan ini mengacu pada Tata Reviu atas Laporan Kinerja dan Rencana Strategis 2022-2026.", False),
        # 001 line 412: the PK may be revised, no Renstra named
        ("Perjanjian Kinerja dapat direvisi atau disesuaikan dalam hal terjadi kondisi tertentu.", False),
    ],
)
def test_a_sentence_saying_targets_were_adjusted(sentence, adjusted):
    doc = Document("x", [Paragraph("Pendahuluan.", line=1), Paragraph(sentence, line=7)])
    found = target_adjustment(doc)
    assert (found is not None) is adjusted
    if adjusted:
        assert found.line == 7


# --- LHE component grades and the document's own scale -----------------------------------------


def _lhe_rows(text: str, scale: list[tuple[str, str]]):
    from ingest.model import Table

    table = Table(
        caption="Tabel 1.1", rows=[Row([code, rng, "x"], line=100 + i) for i, (code, rng) in enumerate(scale)]
    )
    doc = Document("x", [Paragraph(text, line=10), table])
    from ingest.prose import grading_scale, lhe_components

    rows = []
    for i, s in enumerate(lhe_components(doc, 2024) + grading_scale(doc, 2024)):
        rows.append({"fact_id": i, "doc_id": 1, "tahun": s.tahun, "kind": s.kind, "subject": s.subject,
                     "value": s.value, "value_raw": s.value_raw, "label": s.label, "weight": s.weight,
                     "score": s.score, "low": s.low, "high": s.high, "low_inclusive": s.low_inclusive,
                     "source_table": s.where.source_table, "line": s.where.line, "page": None,
                     "row_raw": s.where.row_raw, "kecamatan": "X"})  # fmt: skip
    return rows


REGULATION = [("AA", "> 90 s/d 100"), ("A", "> 80 s/d 90"), ("BB", "> 70 s/d 80"), ("B", "> 60 s/d 70"),
              ("CC", "> 50 s/d 60"), ("C", "> 40 s/d 50"), ("D", "0 s/d 40")]  # fmt: skip


def test_a_component_grade_is_read_in_another_wording_and_checked_on_the_documents_scale():
    from checks.findings import grade_checks

    text = ("Komponen pengukuran kinerja memperoleh nilai 21,60 dari bobot 30 % dengan capaian sebesar 72% (B). "
            "Komponen pelaporan kinerja memperoleh nilai 12,30 dari bobot 15% dengan capaian 82% (A).")  # fmt: skip
    found = grade_checks(_lhe_rows(text, REGULATION))
    assert [(f["reported"], f["other_line"]) for f in found] == [(72.0, 102)]  # 72 is BB (> 70 s/d 80), row 3


def test_the_documents_own_scale_decides_over_the_regulation():
    from checks.findings import grade_checks

    # 45% is C under the regulation (> 30 s/d 50) and under this document's scale D (0 s/d 50)
    own = [("AA", "> 90 s/d 100"), ("A", "> 80 s/d 90"), ("BB", "> 70 s/d 80"), ("B", "> 60 s/d 70"),
           ("CC", "> 50 s/d 60"), ("D", "0 s/d 50")]  # fmt: skip
    text = "Evaluasi atas pelaporan kinerja dengan nilai 6,75 dari bobot 15% atau dengan capaian 45% (D)."
    assert grade_checks(_lhe_rows(text, own)) == []
    assert len(grade_checks(_lhe_rows(text, []))) == 1  # no scale printed: PermenPANRB 88/2021 says C


# --- averages -----------------------------------------------------------------------------------


def test_an_average_row_in_another_layout_is_recomputed():
    from checks.findings import average_checks
    from ingest.interpret import average_statements
    from ingest.model import Column, Table

    table = Table(
        caption="Tabel 9",
        columns=[Column(0, ["Uraian"]), Column(1, ["Capaian (%)"]), Column(2, ["Anggaran"])],
        rows=[Row(["A", "90,00", "1.000"], line=5), Row(["B", "100,00", "2.000"], line=6),
              Row(["Rata - rata", "97,50", "1.500"], line=7)],
    )  # fmt: skip
    rows = [{"fact_id": 1, "doc_id": 1, "kind": s.kind, "subject": s.subject, "value": s.value,
             "value_raw": s.value_raw, "values": s.values, "tahun": 2024, "source_table": s.where.source_table,
             "line": s.where.line, "page": None, "row_raw": "", "kecamatan": "X"}
            for s in average_statements(table, 2024)]  # fmt: skip
    assert [r["values"] for r in rows] == [[90.0, 100.0]]  # the money column is not averaged here
    [finding] = average_checks(rows)
    assert finding["recomputed"] == pytest.approx(95.0)


def test_an_average_stated_in_a_sentence_names_its_year():
    from ingest.prose import prose_averages

    doc = Document("x", [Paragraph("Pada tahun 2023 rata-rata capaian kinerja mencapai 98,5% dari target.", line=3),
                         Paragraph("Rata-rata capaian kinerja sebesar 87% (sasaran kedua) tercapai.", line=4)])  # fmt: skip
    [s] = prose_averages(doc, 2024)  # the second is a sasaran's, not the office's
    assert (s.tahun, s.value, s.where.line) == (2023, 98.5, 3)


# --- shares of the budget ----------------------------------------------------------------------


def _share(line, level, pagu, share, raw):
    return {**_bud("Tabel A", line, level, f"baris {line}", pagu, 0.0), "realisasi": None, "share_reported": share,
            "share_raw": raw}  # fmt: skip


def test_shares_that_do_not_add_up_are_found_and_a_rounded_column_is_not():
    from checks.findings import share_checks

    wrong = [_share(1, "sasaran", 750_000, 75.0, "75"), _share(2, "sasaran", 250_000, 27.0, "27"),
             _share(3, "total", 1_000_000, 100.0, "100")]  # fmt: skip
    found = share_checks(wrong)
    assert {(f["line"], f["reported"]) for f in found} == {(3, 102.0), (2, 27.0)}
    # thirds printed 33,33 + 33,33 + 33,34: adds up, the last digit moved to make it so
    thirds = [_share(1, "program", 100, 33.33, "33,33"), _share(2, "program", 100, 33.33, "33,33"),
              _share(3, "program", 100, 33.34, "33,34"), _share(4, "total", 300, 100.0, "100")]  # fmt: skip
    assert share_checks(thirds) == []
    # no total row, or lines that overlap: nothing to add up to
    assert share_checks(wrong[:2]) == []
    assert share_checks([*wrong[:2], _share(9, "sasaran", 750_000, 75.0, "75"), wrong[2]]) == []


# --- a tingkat kemajuan stated under its table ------------------------------------------------


def test_a_remark_under_a_table_is_about_that_table_only():
    from ingest.model import Table
    from ingest.prose import table_remarks

    doc = Document("x", [
        Table(caption="Tabel 3.9", rows=[Row(["a"], line=20)], line=19),
        Paragraph("Dengan demikian capaian terhadap target akhir Renstra mencapai tingkat kemajuan sebesar 91,5%.",
                  line=22),
        Table(caption="Tabel 4.0", rows=[Row(["b"], line=30)], line=29),
        Paragraph("Pendahuluan bab berikutnya.", line=32),
        Paragraph("Bagian lain.", line=33),
        Paragraph("Bagian lain lagi.", line=34),
        Paragraph("Jauh di bawah: tingkat kemajuan 50%.", line=35),  # beyond the narrative of Tabel 4.0
    ])  # fmt: skip
    [remark] = table_remarks(doc, 2024)
    assert (remark.subject, remark.value, remark.where.line) == ("Tabel 3.9", 91.5, 22)


def test_a_remarked_average_may_leave_out_two_rows():
    from checks.findings import remark_checks

    rows = [
        {
            "fact_id": i,
            "doc_id": 1,
            "source_table": "Tabel X",
            "kemajuan_reported": v,
            "indikator": f"i{i}",
            "line": 10 + i,
            "page": None,
            "row_raw": "",
        }
        for i, v in enumerate([90.0, 100.0, 100.0, 80.0, 100.0])
    ]
    remark = {"fact_id": 99, "doc_id": 1, "kind": "kemajuan_remark", "subject": "Tabel X", "value": 96.67,
              "value_raw": "96,67", "label": "rata-rata", "tahun": 2024, "source_table": "teks (paragraf)",
              "line": 40, "page": None, "row_raw": "", "kecamatan": "X"}  # fmt: skip
    assert remark_checks([remark], rows) == []  # (90 + 100 + 100) / 3: two rows left out
    assert len(remark_checks([{**remark, "value": 85.0, "value_raw": "85"}], rows)) == 1


# --- a category against the document's own scale -------------------------------------------------


def _statement_rows(doc, year=2024):
    from ingest.prose import category_scales, stated_categories

    return [{"fact_id": i, "doc_id": 1, "tahun": s.tahun, "kind": s.kind, "subject": s.subject, "value": s.value,
             "value_raw": s.value_raw, "label": s.label, "low": s.low, "high": s.high, "low_inclusive": s.low_inclusive,
             "source_table": s.where.source_table, "line": s.where.line, "page": None, "row_raw": s.where.row_raw,
             "kecamatan": "X"}
            for i, s in enumerate(category_scales(doc) + stated_categories(doc, year))]  # fmt: skip


def test_a_category_is_judged_on_the_scale_the_document_prints():
    from checks.findings import category_checks
    from ingest.model import Table

    # 004 Tabel 3.1 prints "Sangat Tinggi $91 \leq 100$", "Tinggi $76 \leq 90$", ...; here in another layout
    scale = Table(caption="Tabel 2.9", rows=[
        Row(["A", "Sangat Tinggi", "91 - 100"], line=50), Row(["B", "Tinggi", "76 - 90"], line=51),
        Row(["C", "Sedang", "66 - 75"], line=52), Row(["D", "Rendah", "≤ 65"], line=53)])  # fmt: skip
    wrong = Paragraph("Capaian sasaran ini 83% (kategori “Sangat Tinggi”) pada tahun 2024.", line=60)
    right = Paragraph("Capaian sasaran lain 95,5% dengan kategori Sangat Tinggi.", line=61)
    unknown = Paragraph("Nilai IKM 83 dengan predikat Baik.", line=62)  # no scale of the document names it
    found = category_checks(_statement_rows(Document("x", [scale, wrong, right, unknown])))
    assert [(f["line"], f["other_line"]) for f in found] == [(60, 51)]


def test_a_category_named_by_no_scale_of_the_document_is_judged_on_the_regulations_too():
    from checks.findings import category_checks
    from ingest.model import Table

    # 004 line 398: a tingkat kemajuan of 83% "(kategori “Sangat Baik”)" beside Tabel 3.1's Tinggi/Sedang
    # scale: 83 is Tinggi (76-90) there, and "Sangat Baik" is 88,31-100 on the IKM scale (PermenPANRB
    # 14/2017) and >70-80 on the SAKIP one (PermenPANRB 88/2021): it fits nowhere
    scale = Table(caption="Tabel 2.4", rows=[
        Row(["1", "91 - 100", "Sangat Tinggi"], line=30), Row(["2", "76 - 90", "Tinggi"], line=31),
        Row(["3", "66 - 75", "Sedang"], line=32), Row(["4", "≤ 65", "Rendah"], line=33)])  # fmt: skip
    wrong = Paragraph("Tingkat kemajuan terhadap target akhir Renstra 83% dengan kategori Sangat Baik.", line=40)
    ikm = Paragraph("Nilai IKM tahun 2024 sebesar 90,12 (kategori Sangat Baik).", line=41)  # IKM A: 88,31-100
    sakip = Paragraph("Nilai AKIP 75,40 dengan predikat Sangat Baik.", line=42)  # SAKIP BB: >70-80
    baik = Paragraph("Nilai IKM 83 dengan kategori Baik.", line=43)  # IKM B: 76,61-88,30
    other = Paragraph("Capaian 83% dengan kategori Meningkatnya Mutu Layanan.", line=44)  # not a category's name
    found = category_checks(_statement_rows(Document("x", [scale, wrong, ikm, sakip, baik, other])))
    assert [(f["line"], f["other_line"], f["severity"]) for f in found] == [(40, 31, "rendah")]
    assert "termasuk 'Tinggi' (76–90)" in found[0]["message"] and "88,31–100" in found[0]["message"]

    # two scales of the document's own: which one the sentence meant is not guessed
    second = Table(caption="Tabel 2.5", rows=[
        Row(["1", "81 - 100", "Istimewa"], line=35), Row(["2", "61 - 80", "Cukup"], line=36),
        Row(["3", "≤ 60", "Kurang"], line=37)])  # fmt: skip
    assert category_checks(_statement_rows(Document("x", [scale, second, wrong]))) == []


# --- another year's table ---------------------------------------------------------------------


def test_a_table_of_last_year_is_found_and_a_comparison_is_not():
    from checks.findings import another_year_checks

    docs = {1: {"tahun": 2025}}
    tables = [
        {"fact_id": None, "doc_id": 1, "source_table": "Tabel 3.2", "table_kind": "measurement", "caption": "Tabel 3.2",
         "title": "Pengukuran Kinerja Kecamatan Tahun Anggaran 2024", "line": 70, "page": None, "kecamatan": "X"},
        {"fact_id": None, "doc_id": 1, "source_table": "Tabel 3.3", "table_kind": "measurement", "caption": "Tabel 3.3",
         "title": "Capaian Kinerja Tahun 2024 Dibandingkan Tahun 2025", "line": 90, "page": None, "kecamatan": "X"},
        {"fact_id": None, "doc_id": 1, "source_table": "Tabel 3.4", "table_kind": "measurement", "caption": "Tabel 3.4",
         "title": "Realisasi Tahun 2024 (perbandingan)", "line": 99, "page": None, "kecamatan": "X"},
    ]  # fmt: skip
    facts = [{"doc_id": 1, "source_table": "Tabel 3.2", "tahun": 2024}, {"doc_id": 1, "source_table": "Tabel 3.4",
                                                                           "tahun": 2024},
             {"doc_id": 1, "source_table": "Tabel 3.1", "tahun": 2025}]  # the report's own year's table  # fmt: skip
    found = another_year_checks(tables, docs, facts)
    assert [(f["line"], f["reported"]) for f in found] == [(70, 2024.0)]


# --- weighted against unweighted absorption ---------------------------------------------------------


def test_a_total_printing_the_plain_mean_of_its_programs_is_named_so():
    from checks.findings import serapan_checks

    def line(n, level, pagu, real, serapan, raw):
        return {**_bud("Tabel B", n, level, f"baris {n}", pagu, real), "serapan_reported": serapan,
                "serapan_raw": raw}  # fmt: skip

    rows = [line(1, "program", 1_000_000, 500_000, 50.0, "50,00"), line(2, "program", 9_000_000, 9_000_000, 100.0,
            "100,00"), line(3, "total", 10_000_000, 9_500_000, 75.0, "75,00")]  # fmt: skip
    [found] = serapan_checks(rows)[0]
    assert (found["check"], found["line"], found["recomputed"]) == ("weighted_absorption", 3, pytest.approx(95.0))
    rows[2] = line(3, "total", 10_000_000, 9_500_000, 90.0, "90,00")  # wrong, but not the plain mean
    assert [f["check"] for f in serapan_checks(rows)[0]] == ["serapan_mismatch"]


# --- targets said to be achieved, exceeded --------------------------------------------------------


def _ind(line, name, kind, target, realisasi, year=2024, table="Tabel 7"):
    return {"fact_id": line, "doc_id": 1, "source_table": table, "tahun": year, "is_peer": False, "indikator": name,
            "indicator_kind": kind, "target": target, "realisasi": realisasi, "line": line, "page": None,
            "row_raw": ""}  # fmt: skip


def test_a_count_of_targets_missed_is_checked_against_the_table_above():
    from checks.findings import achievement_checks
    from ingest.model import Table
    from ingest.prose import table_remarks

    doc = Document("x", [Table(caption="Tabel 7", rows=[Row(["a"], line=10)], line=9),
                         Paragraph("Pada tahun 2023 semua berjalan baik. Pada tahun 2024 terdapat 1 (satu) indikator "
                                   "yang belum tercapai, yaitu jumlah pengaduan.", line=20)])  # fmt: skip
    [remark] = [s for s in table_remarks(doc, 2024) if s.kind == "achievement_remark"]
    row = {"fact_id": 9, "doc_id": 1, "kind": remark.kind, "subject": remark.subject, "value": remark.value,
           "tahun": remark.tahun, "source_table": "teks (paragraf)", "line": 20, "page": None, "row_raw": "",
           "kecamatan": "X"}  # fmt: skip
    # two rows of one indicator (repeated with the same figures) and a negative indicator above its target
    table = [_ind(11, "Nilai SAKIP", "SAKIP", 80, 78), _ind(12, "Nilai SAKIP OPD", "SAKIP", 80, 78),
             _ind(13, "Jumlah pengaduan masyarakat", "OTHER", 5, 7)]  # fmt: skip
    [found] = achievement_checks([row], table)
    assert found["other_value"] == 2.0
    assert achievement_checks([{**row, "value": 2.0}], table) == []


def test_a_claim_to_exceed_a_target_it_only_meets_is_found():
    from checks.findings import claim_checks
    from ingest.prose import target_claims

    doc = Document("x", [Paragraph("c. Persentase desa tertib administrasi, target 95% dan realisasi 95%, "
                                   "sehingga realisasi melampaui target tahun ini.", line=5),
                         Paragraph("d. Persentase surat selesai, target 90% dan realisasi 97%, melebihi target.",
                                   line=6)])  # fmt: skip
    rows = [{"fact_id": i, "doc_id": 1, "kind": s.kind, "subject": s.subject, "value": s.value, "reference": s.reference,
             "tahun": 2024, "source_table": "teks (paragraf)", "line": s.where.line, "page": None, "row_raw": "",
             "kecamatan": "X"} for i, s in enumerate(target_claims(doc, 2024))]  # fmt: skip
    table = [_ind(40, "Persentase desa tertib administrasi", "OTHER", 95, 95)]
    [found] = claim_checks(rows, table)
    assert (found["line"], found["other_line"]) == (5, 40)


def test_an_average_row_giving_the_ratio_of_its_own_amounts_is_not_a_mean():
    """002's Tabel 3.9 read from a PDF whose header lost the group label ANGGARAN over its
    percentage column: "RATA-RATA CAPAIAN REALISASI ANGGARAN | 2,173,310,423.00 |
    2,039,091,915.00 | 93,82%". 93,82% is realisasi over pagu of that row (the average
    weighted by the pagu), not the mean of the rows above (94,11 here): no statement, no
    finding. A row whose percentage is no ratio of its amounts is still averaged."""
    from ingest.interpret import average_statements
    from ingest.model import Column, Table

    def table(average: str) -> Table:
        return Table(
            caption="Tabel 3.9",
            columns=[Column(0, ["Uraian"]), Column(1, ["Pagu"]), Column(2, ["Realisasi"]), Column(3, ["Capaian (%)"])],
            rows=[Row(["A", "2,134,044,723.00", "2,002,041,515.00", "93,81%"], line=5),
                  Row(["B", "39,265,700.00", "37,050,400.00", "94,36%"], line=6),
                  Row(["RATA-RATA CAPAIAN REALISASI ANGGARAN", "2,173,310,423.00", "2,039,091,915.00", average],
                      line=7)],
        )  # fmt: skip

    assert average_statements(table("93,82%"), 2022) == []
    [stated] = average_statements(table("95,50%"), 2022)
    assert (stated.value, stated.values) == (95.5, [93.81, 94.36])


# --- an outline of budget lines printed without level marks ------------------------------

# program > kegiatan > sub kegiatan told apart by bold or indentation alone: no numbers
_OUTLINE = [(name, pagu, real) for _, name, pagu, real in OUTLINE]


def _outline_report(tmp_path, jumlah: str, lines=_OUTLINE, producer: str | None = None) -> list:
    text = (
        "LAPORAN KINERJA INSTANSI PEMERINTAH Kecamatan Sukorejo Kabupaten Ponorogo Tahun 2024\n\n"
        "Tabel 3.2\nRealisasi Anggaran Tahun 2024\n\nUraian\tAnggaran (Rp)\tRealisasi (Rp)\tSerapan (%)\n"
        + "".join(f"{name}\t{pagu}\t{real}\t95,00\n" for name, pagu, real in lines)
        + f"JUMLAH\t{jumlah}\t1.805.000.000\t95,00\n"
    )
    path = tmp_path / "laporan.txt"
    path.write_text(text, encoding="utf-8")
    if producer:
        from tests.renderings import Rendering, render

        path = render(path, Rendering(producer, "header-rule", "portrait"), tmp_path / "laporan.pdf")
    with connect(str(tmp_path / "db.duckdb")) as con:
        ingest_file(con, path)
        run_checks(con)
        return con.execute("""SELECT reported, recomputed FROM findings WHERE "check" = 'total_mismatch'""").fetchall()


@pytest.mark.parametrize("producer", [None, "weasyprint"])
def test_an_outline_without_level_marks_is_not_summed_as_programs(tmp_path, producer):
    # 1.500 = 1.000 + 500 (each 1.000 / 500 its one sub kegiatan), 400 = 400 = 400: the top
    # rows 1.500 + 400 = 1.900 are the JUMLAH; read flat, 5.700 against 1.900 was two tinggi
    assert _outline_report(tmp_path, "1.900.000.000", producer=producer) == []


def test_a_flat_list_of_programs_not_adding_up_is_still_found(tmp_path):
    # no row is the sum of rows after it: 1.000 + 500 + 400 + 150 = 2.050, not 1.900
    programs = [
        _OUTLINE[1],
        _OUTLINE[3],
        _OUTLINE[6],
        ("Koordinasi Ketentraman dan Ketertiban Umum", "150.000.000", "0"),
    ]
    assert _outline_report(tmp_path, "1.900.000.000", programs) == [(1_900_000_000.0, 2_050_000_000.0)]


def test_an_outline_whose_total_is_misprinted_is_still_found(tmp_path):
    # nested or not, no reading of the rows gives 1.950.000.000
    assert _outline_report(tmp_path, "1.950.000.000")[0][0] == 1_950_000_000.0
