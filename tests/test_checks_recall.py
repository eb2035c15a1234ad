"""Issue 16's recall rules, each proven on a report written here (other wording, other
layout than the sample that prompted it), with a case that must not be flagged. Expected
values are worked out by hand from the text below."""

from __future__ import annotations

from pathlib import Path

import duckdb

from checks.run import run_checks
from ingest.pipeline import ingest_file
from ingest.store import connect

COVER = "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) Kecamatan Sukamaju Kabupaten Kediri Tahun 2023\n\n"


def _findings(tmp_path: Path, text: str, check: str) -> list[tuple]:
    """The findings of `check` on a report of `text` alone (a fresh database each call)."""
    run = tmp_path / f"run{len(list(tmp_path.glob('run*')))}"
    run.mkdir()
    path = run / "laporan.txt"
    path.write_text(COVER + text, encoding="utf-8")
    db = run / "v.duckdb"
    with connect(str(db)) as con:
        ingest_file(con, path)
        run_checks(con)
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(
            """SELECT line, reported, recomputed, other_line, message FROM findings WHERE "check" = ?
               ORDER BY line""",
            [check],
        ).fetchall()


# --- a serapan outside the range of its lines' serapan ------------------------------------------

_RANGE = """Tabel 3.5
Realisasi Anggaran per Kegiatan Tahun 2023

Uraian Program / Kegiatan\tRealisasi Anggaran (Rp)\tSerapan (%)
Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\t1.500.000.000\t97,10
Kegiatan Administrasi Keuangan Perangkat Daerah\t1.200.000.000\t{keuangan}
Sub Kegiatan Penyediaan Gaji dan Tunjangan ASN\t1.100.000.000\t97,25
Sub Kegiatan Penyusunan Laporan Keuangan\t{laporan}\t99,00
Kegiatan Administrasi Umum Perangkat Daerah\t300.000.000\t96,40
Sub Kegiatan Penyediaan Bahan Logistik Kantor\t200.000.000\t95,00
Sub Kegiatan Penyediaan Peralatan Kantor\t100.000.000\t99,20
"""


def test_a_serapan_outside_its_lines_range_is_found(tmp_path):
    # line 8 (after the cover and caption): 1.100.000.000 + 100.000.000 = 1.200.000.000, its lines absorbed
    # 97,25% and 99%, so together between 97,24 and 99,01 whatever their pagu: 71,50 cannot be.
    # The program (line 7) is not judged: one of its kegiatan prints a wrong serapan.
    found = _findings(tmp_path, _RANGE.format(keuangan="71,50", laporan="100.000.000"), "serapan_mismatch")
    assert [(f[0], f[1]) for f in found] == [(8, 71.5)]
    assert "antara 97,24% dan 99,01%" in found[0][4]


def test_a_serapan_inside_the_range_or_of_other_lines_is_not_judged(tmp_path):
    inside = _findings(tmp_path, _RANGE.format(keuangan="97,40", laporan="100.000.000"), "serapan_mismatch")
    assert inside == []  # 97,40 lies between 97,25 and 99 (and the program's 97,10 between 96,40 and 97,40)
    # the kegiatan's realisasi is not its lines' sum: they are not all of it (total_mismatch says so)
    partial = _findings(tmp_path, _RANGE.format(keuangan="71,50", laporan="90.000.000"), "serapan_mismatch")
    assert partial == []


# --- a sasaran's serapan printed as the plain mean of the programs its pagu is made of ------------

_SASARAN = """Tabel 3.2
Realisasi Anggaran Program Tahun 2023

No\tNama Program\tPagu (Rp)\tRealisasi (Rp)\tSerapan (%)
1\tProgram Pemberdayaan Masyarakat Desa dan Kelurahan\t8.000.000.000\t7.200.000.000\t90,00
2\tProgram Penyelenggaraan Urusan Pemerintahan Umum\t2.000.000.000\t1.960.000.000\t98,00
3\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\t{penunjang}\t4.900.000.000\t98,00

Tabel 3.3
Anggaran per Sasaran Strategis

Sasaran Strategis\tIndikator Kinerja\tAnggaran (Rp)\tPersentase Anggaran
Meningkatnya partisipasi masyarakat desa\tPersentase desa mandiri\t10.000.000.000\t66,67%
Meningkatnya akuntabilitas kinerja kecamatan\tNilai SAKIP Kecamatan\t5.000.000.000\t33,33%

Tabel 3.4
Tingkat Efisiensi Sasaran

Sasaran\tCapaian Kinerja (%)\tPenyerapan Anggaran (%)\tEfisiensi
Sasaran I: Meningkatnya partisipasi masyarakat desa\t100,00\t{serapan}\t1,06
Sasaran II: Meningkatnya akuntabilitas kinerja kecamatan\t97,50\t98,00\t0,99
"""


def test_a_sasarans_serapan_that_is_the_plain_mean_of_its_programs_is_found(tmp_path):
    # Tabel 3.3 gives the first sasaran 10.000.000.000 = programs 1 and 2 (8 + 2 billion); Tabel 3.4 (line 22)
    # prints (90 + 98) / 2 = 94 where (7.200.000.000 + 1.960.000.000) / 10.000.000.000 = 91,60%
    text = _SASARAN.format(penunjang="5.000.000.000", serapan="94,00")
    found = _findings(tmp_path, text, "weighted_absorption")
    assert [(f[0], f[1], round(f[2], 2), f[3]) for f in found] == [(22, 94.0, 91.6, 15)]


def test_a_weighted_or_ambiguous_sasaran_serapan_is_not_judged(tmp_path):
    weighted = _findings(tmp_path, _SASARAN.format(penunjang="5.000.000.000", serapan="91,60"), "weighted_absorption")
    assert weighted == []
    # program 3 at 10.000.000.000 is a second way to make the sasaran's pagu: which programs are its is unknown
    ambiguous = _SASARAN.format(penunjang="10.000.000.000", serapan="94,00")
    assert _findings(tmp_path, ambiguous, "weighted_absorption") == []


# --- another year's table, the years named in its column headers ----------------------------------

_HEADERS = """Tabel 3.1
Pengukuran Kinerja Utama Tahun 2023

Sasaran Strategis\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)
Meningkatnya kualitas pelayanan publik\tIndeks Kepuasan Masyarakat\t82\t84,50\t103,05

Tabel 3.9
Pengukuran Kinerja Sasaran Kecamatan

No\tSasaran Strategis\tIndikator Kinerja\tTarget {first}\tRealisasi {second}\t% Capaian
1\tMeningkatnya kualitas pelayanan publik\tPersentase layanan tepat waktu\t95\t97\t102,11
2\tMeningkatnya akuntabilitas kinerja\tPersentase rekomendasi ditindaklanjuti\t100\t100\t100,00
"""


def test_a_table_whose_headers_name_only_earlier_years_is_another_years(tmp_path):
    # a 2023 report whose second measurement table (caption line 9, header line 12) gives 2022's target and
    # realisasi; Tabel 3.1 gives 2023's
    found = _findings(tmp_path, _HEADERS.format(first="2022", second="Tahun 2022"), "another_year")
    assert [(f[0], f[1], f[2]) for f in found] == [(12, 2022.0, 2023.0)]
    assert "angka tahun 2022 (kolomnya: Target 2022, Realisasi Tahun 2022)" in found[0][4]


def test_a_table_whose_headers_name_the_reports_year_or_compare_is_not_flagged(tmp_path):
    this_year = _HEADERS.format(first="2023", second="2023")
    assert _findings(tmp_path, this_year, "another_year") == []
    compared = _HEADERS.format(first="2022", second="s.d 2022")
    assert _findings(tmp_path, compared, "another_year") == []


# --- a program's capaian stated in a sentence ------------------------------------------------------

_PROGRAMS = """Tabel 3.6
Capaian Kinerja Program Tahun 2023

No\tProgram\tIndikator Kinerja Program\tTarget\tRealisasi\tCapaian (%)
1\tProgram Pemberdayaan Masyarakat Desa dan Kelurahan\tPersentase desa yang difasilitasi\t100\t95,5\t95,50
2\tProgram Penyelenggaraan Pemerintahan dan Pelayanan Publik\tPersentase layanan PATEN sesuai standar\t100\t98\t98,00
3\tProgram Penyelenggaraan Urusan Pemerintahan Umum\tPersentase rapat koordinasi yang ditindaklanjuti\t100\t80\t80,00

Pada tahun 2023 capaian kinerja Program Pemberdayaan Masyarakat Desa sebesar {pemberdayaan}%, sedangkan capaian kinerja Program Penyelenggaraan Pelayanan sebesar 90%.
"""


def test_a_programs_capaian_in_a_sentence_is_compared_with_its_row(tmp_path):
    # the sentence (line 11) names the Pemberdayaan program by its first words: its row (line 7) gives 95,50
    found = _findings(tmp_path, _PROGRAMS.format(pemberdayaan="59,5"), "prose_vs_table")
    assert [(f[0], f[1], f[3]) for f in found] == [(11, 59.5, 7)]
    assert "'Pemberdayaan Masyarakat Desa' 2023 59,5%" in found[0][4] and "95,50%" in found[0][4]


def test_a_programs_capaian_that_agrees_or_names_no_one_program_is_not_flagged(tmp_path):
    # 95,5 is the row's 95,50 at one decimal; "Program Penyelenggaraan Pelayanan" is no program's start
    # (the first words of two: "Penyelenggaraan Pemerintahan", "Penyelenggaraan Urusan"): not judged
    assert _findings(tmp_path, _PROGRAMS.format(pemberdayaan="95,5"), "prose_vs_table") == []


def test_words_that_start_two_programs_names_name_none():
    from checks.findings import program_capaian_checks

    def eff(line, name, capaian):
        return {"fact_id": line, "doc_id": 1, "tahun": 2023, "name": name, "capaian_kinerja": capaian,
                "capaian_kinerja_raw": str(capaian), "table_kind": "efficiency", "source_table": "Tabel 3.9",
                "line": line, "page": None, "row_raw": ""}  # fmt: skip

    said = {"fact_id": 9, "doc_id": 1, "tahun": 2023, "kind": "program_capaian", "subject": "Penyelenggaraan Pemerintahan",
            "value": 50.0, "value_raw": "50", "label": None, "source_table": "teks (paragraf)", "line": 30,
            "page": None, "row_raw": ""}  # fmt: skip
    one = [eff(1, "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", 98.0)]
    two = [*one, eff(2, "Program Penyelenggaraan Pemerintahan Umum", 80.0)]
    assert [f["other_line"] for f in program_capaian_checks([said], [], one)] == [1]
    assert program_capaian_checks([said], [], two) == []


# --- a table sorting sasaran by achievement that says none fell short ------------------------------

_SORTED = """Tabel 3.1
Pengukuran Kinerja Tahun 2023

Sasaran\tIndikator\tTarget\tRealisasi\tCapaian
Meningkatnya tata kelola keuangan\tOpini laporan keuangan (skor)\t90\t{skor}\t{capaian}
\tPersentase rekomendasi yang ditindaklanjuti\t100\t{tindak}\t{capaian2}
Meningkatnya pelayanan publik\tIndeks Kepuasan Masyarakat\t82\t85,10\t103,78

Tabel 3.2
Rekapitulasi Capaian Sasaran

Kategori\tJumlah Sasaran
Di atas target\t1
Sesuai target\t{sesuai}
Di bawah target\t{bawah}
"""


def test_a_sorting_table_that_says_none_fell_short_is_checked_against_the_measurement(tmp_path):
    # both indicators of "tata kelola keuangan" (lines 7, 8) are below target; Tabel 3.2's last row (line 17) says 0
    text = _SORTED.format(skor="85", capaian="94,44", tindak="90", capaian2="90,00", sesuai="0", bawah="0 sasaran")
    found = [f for f in _findings(tmp_path, text, "prose_vs_table") if f[0] == 17]
    assert [(f[0], f[2], f[3]) for f in found] == [(17, 1.0, 7)]
    assert "'Meningkatnya tata kelola keuangan'" in found[0][4]


def test_a_sorting_table_is_not_judged_on_a_mixed_sasaran_or_a_count_it_gives(tmp_path):
    # one indicator above, one below: the sasaran's own capaian may be their mean (100,28)
    mixed = _SORTED.format(skor="99", capaian="110,00", tindak="90", capaian2="90,00", sesuai="0", bawah="-")
    assert _findings(tmp_path, mixed, "prose_vs_table") == []
    counted = _SORTED.format(skor="85", capaian="94,44", tindak="90", capaian2="90,00", sesuai="0", bawah="1")
    assert _findings(tmp_path, counted, "prose_vs_table") == []  # a count other than none is not read


def test_a_programs_capaian_of_another_year_is_compared_with_that_years_rows(tmp_path):
    # "Pada tahun 2022 ..." names the year the sentence is about: Tabel 3.6 gives 2023 only, so nothing to compare
    text = _PROGRAMS.format(pemberdayaan="59,5").replace("Pada tahun 2023 capaian", "Pada tahun 2022 capaian")
    assert _findings(tmp_path, text, "prose_vs_table") == []


def test_no_table_is_another_years_when_no_figure_is_of_the_reports_year(tmp_path):
    # the cover says 2024 (a publication year, say) while every table gives 2022's or 2023's figures: the report's
    # year may be misread, so a table of 2022 is not called another year's
    text = _HEADERS.format(first="2022", second="Tahun 2022")
    path = tmp_path / "laporan.txt"
    path.write_text(COVER.replace("Tahun 2023", "Tahun 2024") + text, encoding="utf-8")
    db = tmp_path / "v.duckdb"
    with connect(str(db)) as con:
        ingest_file(con, path)
        run_checks(con)
        assert con.execute("""SELECT count(*) FROM findings WHERE "check" = 'another_year'""").fetchone() == (0,)


def test_a_measurement_tables_remarks_column_is_not_a_sorting_table():
    from ingest.model import Row, Table
    from ingest.prose import achievement_table

    sorting = Table(caption="Tabel 3.2", title="Capaian Sasaran", rows=[
        Row(["1", "Tercapai", "2 sasaran"], line=5), Row(["2", "Tidak tercapai", "0"], line=6)])  # fmt: skip
    assert [(s.where.line, s.value) for s in achievement_table(sorting, 2023)] == [(6, 0.0)]
    remarks = Table(caption="Tabel 3.1", title="Pengukuran Kinerja", rows=[
        Row(["IKM", "88", "88,14", "100,16%", "Tercapai"], line=5),
        Row(["Nilai SAKIP", "87", "85", "97,70%", "Tidak tercapai"], line=6)])  # fmt: skip
    assert achievement_table(remarks, 2023) == []


# --- a sasaran's figures stated in a bulleted list --------------------------------------------------

_BULLETS = """Ringkasan capaian sasaran tahun 2023:
- Meningkatnya kualitas pelayanan publik, dengan capaian kinerja 100 %. Realisasi Anggaran sebesar {serapan}%, dan tingkat efisiensi sebesar 1,08.
• Meningkatnya akuntabilitas kinerja, capaiannya mencapai 97,50 %. Realisasi Anggaran sebesar 98,00%, dan tingkat efisiensi sebesar 0,99.

Tabel 3.8
Efisiensi Penggunaan Sumber Daya

Sasaran Strategis\tCapaian Kinerja\tSerapan Anggaran\tTingkat Efisiensi
Sasaran 1 : Meningkatnya kualitas pelayanan publik\t100,00%\t92,60%\t1,08
Sasaran 2 : Meningkatnya akuntabilitas kinerja\t97,50%\t98,00%\t0,99
"""


def test_a_sasarans_serapan_in_a_bulleted_list_is_compared_with_the_table(tmp_path):
    # the list's paragraph starts at line 3; its first bullet (line 4) says 96,20% where Tabel 3.8 (line 11) says 92,60%
    found = _findings(tmp_path, _BULLETS.format(serapan="96,20"), "prose_vs_table")
    assert [(f[0], f[1], f[3]) for f in found] == [(3, 96.2, 11)]
    assert _findings(tmp_path, _BULLETS.format(serapan="92,60"), "prose_vs_table") == []


def test_a_programs_capaian_that_is_the_mean_of_its_indicators_agrees():
    from checks.findings import program_capaian_checks

    def ind(line, indikator, capaian):
        return {"fact_id": line, "doc_id": 1, "tahun": 2023, "indikator": indikator, "sasaran": None,
                "capaian_reported": capaian, "capaian_raw": f"{capaian}", "table_kind": "measurement",
                "source_table": "Tabel 3.6", "line": line, "page": None,
                "row_raw": f"Program Pemberdayaan Masyarakat Desa\t{indikator}\t{capaian}"}  # fmt: skip

    rows = [ind(7, "Persentase desa yang difasilitasi", 100.0), ind(8, "Persentase BUMDes aktif", 98.0)]
    said = {"fact_id": 9, "doc_id": 1, "tahun": 2023, "kind": "program_capaian", "subject": "Pemberdayaan Masyarakat",
            "value": 99.0, "value_raw": "99", "label": None, "source_table": "teks (paragraf)", "line": 30,
            "page": None, "row_raw": ""}  # fmt: skip
    assert program_capaian_checks([said], rows, []) == []  # (100 + 98) / 2, not said to be a mean
    assert [
        f["other_line"] for f in program_capaian_checks([{**said, "value": 97.0, "value_raw": "97"}], rows, [])
    ] == [7]


# --- an amount read with doubt that the table's sums confirm -------------------------------------

_MIXED = """Tabel 3.9
Realisasi Anggaran Kegiatan Tahun 2023

Program / Kegiatan\tPagu (Rp)\tRealisasi (Rp)\tSerapan (%)
Kegiatan Administrasi Keuangan Perangkat Daerah\t{pagu}\t1.950.000.000\t97,50
Sub Kegiatan Penyediaan Gaji dan Tunjangan ASN\t1.900.000.000\t1.860.000.000\t97,89
Sub Kegiatan Penyusunan Laporan Keuangan\t100.000.000\t90.000.000\t90,00
"""


def test_an_amount_read_with_doubt_is_not_reported_when_the_sums_confirm_it(tmp_path):
    # "2.000,000,000" mixes its marks; the sub kegiatan's 1.900.000.000 + 100.000.000 confirm 2.000.000.000
    assert _findings(tmp_path, _MIXED.format(pagu="2.000,000,000"), "unreadable") == []
    # "2.100,000,000": the lines give 2.000.000.000, nothing confirms it (and total_mismatch says so)
    doubtful = _findings(tmp_path, _MIXED.format(pagu="2.100,000,000"), "unreadable")
    assert [f[0] for f in doubtful] == [7]


# --- a plan table that copies the final budget but for one program ----------------------------------

_PLAN = """Tabel 2.3
Rencana Anggaran Program Tahun 2023

No\tProgram\tIndikator Program\tTarget\tAnggaran (Rp)
1\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\tPersentase capaian kinerja aparatur\t100%\t2.000.000.000
2\tProgram Penyelenggaraan Pemerintahan dan Pelayanan Publik\tNilai PATEN\t85\t{pelayanan}
3\tProgram Pemberdayaan Masyarakat Desa dan Kelurahan\tPersentase desa mandiri\t50%\t{pemberdayaan}
4\tProgram Koordinasi Ketenteraman dan Ketertiban Umum\tPersentase kasus ditangani\t100%\t30.000.000

Tabel 3.9
Realisasi Anggaran Program Tahun 2023

No\tProgram\tPagu (Rp)\tRealisasi (Rp)\tSerapan (%)
1\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\t2.000.000.000\t1.900.000.000\t95,00
2\tProgram Penyelenggaraan Pemerintahan dan Pelayanan Publik\t50.000.000\t45.000.000\t90,00
3\tProgram Pemberdayaan Masyarakat Desa dan Kelurahan\t40.000.000\t40.000.000\t100,00
4\tProgram Koordinasi Ketentraman dan Ketertiban Umum\t30.000.000\t27.000.000\t90,00
"""


def test_a_plan_that_gives_the_final_budget_but_for_one_program_is_compared(tmp_path):
    # Tabel 2.3 gives three programs the pagu Tabel 3.9 realised; its 75.000.000 (line 8) against 50.000.000 (line 17)
    text = _PLAN.format(pelayanan="75.000.000", pemberdayaan="40.000.000")
    found = _findings(tmp_path, text, "conflicting_values")
    assert [(f[0], f[1], f[3]) for f in found] == [(8, 75_000_000.0, 17)]


def test_a_plan_that_differs_on_two_programs_is_a_plan(tmp_path):
    # two of four differ: a budget planned and changed since, not a copying error
    text = _PLAN.format(pelayanan="75.000.000", pemberdayaan="45.000.000")
    assert _findings(tmp_path, text, "conflicting_values") == []


def test_a_sorting_table_in_a_pdf_is_checked_by_page():
    from checks.findings import achievement_table_checks

    def ind(page, sasaran, target, realisasi):
        return {"fact_id": page * 10, "doc_id": 1, "tahun": 2023, "is_peer": False, "table_kind": "measurement",
                "source_table": "Tabel 3.1", "sasaran": sasaran, "indikator": "Nilai SAKIP", "target": target,
                "realisasi": realisasi, "line": None, "page": page, "row_raw": ""}  # fmt: skip

    said = {"fact_id": 99, "doc_id": 1, "tahun": 2023, "kind": "achievement_table", "subject": "Tabel 3.2",
            "value": 0.0, "value_raw": "-", "source_table": "Tabel 3.2", "line": None, "page": 12, "row_raw": ""}  # fmt: skip
    rows = [ind(12, "Meningkatnya akuntabilitas kinerja", 80.0, 75.0)]
    assert [f["other_page"] for f in achievement_table_checks([said], rows)] == [12]
    assert achievement_table_checks([said], [ind(13, "Meningkatnya akuntabilitas kinerja", 80.0, 75.0)]) == []


def test_a_sorting_table_sharing_its_page_with_the_next_measurement_table_is_checked_against_the_one_before():
    # 002 printed landscape by LibreOffice (`tests/renderings.py`): Tabel 3.3 ("Tidak mencapai
    # target: -") and the top of Tabel 3.4 on page 45, Tabel 3.1 on pages 38-39. Tabel 3.4 was
    # taken as "the measurement table before it", the AKIP sasaran below target in Tabel 3.1
    # (70,17 of 71, the export's finding) went unsaid; a sasaran short in Tabel 3.4 would
    # have been said against the wrong table.
    from checks.findings import achievement_table_checks

    def ind(table, page, sasaran, target, realisasi):
        return {"fact_id": page * 10 + len(sasaran), "doc_id": 1, "tahun": 2022, "is_peer": False,
                "table_kind": "measurement", "source_table": table, "sasaran": sasaran, "indikator": "Nilai AKIP",
                "target": target, "realisasi": realisasi, "line": None, "page": page, "row_raw": ""}  # fmt: skip

    said = {"fact_id": 99, "doc_id": 1, "tahun": 2022, "kind": "achievement_table", "subject": "Tabel 3.3",
            "value": 0.0, "value_raw": "-", "source_table": "Tabel 3.3", "line": None, "page": 45, "row_raw": ""}  # fmt: skip
    rows = [
        ind("Tabel 3.1", 38, "Meningkatnya akuntabilitas dan kinerja Kecamatan", 71.0, 70.17),
        ind("Tabel 3.4", 45, "Meningkatnya capaian kinerja aparatur", 100.0, 100.0),
    ]
    assert [(f["subject"], f["other_page"]) for f in achievement_table_checks([said], rows)] == [
        ("Meningkatnya akuntabilitas dan kinerja Kecamatan", 38)
    ]
    # a table on the page whose caption comes first is still the one before (must-not)
    earlier = [*rows, ind("Tabel 3.2", 45, "Meningkatnya kualitas layanan", 90.0, 85.0)]
    assert [f["subject"] for f in achievement_table_checks([said], earlier)] == ["Meningkatnya kualitas layanan"]


def test_sums_of_amounts_all_read_with_doubt_confirm_nothing():
    from checks.findings import confirmed_by_sums

    def line(i, level, pagu, doubt):
        return {"fact_id": i, "doc_id": 1, "tahun": 2023, "source_table": "Tabel 3.9", "table_kind": "budget",
                "is_derived": False, "row_index": i, "level": level, "pagu": pagu, "realisasi": None,
                "uncertain_fields": ["pagu"] if doubt else []}  # fmt: skip

    # 1.877,391 + 58,200 = 1.935,591 read as decimals throughout would add up as well as the true amounts
    doubtful = [line(0, "kegiatan", 1935.591, True), line(1, "sub_kegiatan", 1877.391, True),
                line(2, "sub_kegiatan", 58.2, True)]  # fmt: skip
    assert confirmed_by_sums(doubtful) == frozenset()
    anchored = [*doubtful[:2], line(2, "sub_kegiatan", 58.2, False)]  # one amount read without doubt pins them
    assert confirmed_by_sums(anchored) == {(0, "pagu"), (1, "pagu"), (2, "pagu")}


# --- a report signed before the year it reports on ended --------------------------------------------

_SIGNED = """KATA PENGANTAR

Puji syukur kami panjatkan atas tersusunnya laporan kinerja tahun 2023 ini.

Semoga laporan ini bermanfaat bagi semua pihak.

{date}
CAMAT SUKAMAJU

Tabel 3.1
Pengukuran Kinerja Tahun 2023

No\tSasaran\tIndikator\tTarget\tRealisasi\tCapaian (%)
1\tMeningkatnya pelayanan publik\tPersentase layanan tepat waktu\t90\t{realisasi}\t100

BAB IV
PENUTUP

Demikian laporan ini kami susun, semoga bermanfaat.

{closing}

LAMPIRAN

Kediri, 2 Januari 2023
"""


def _line_of(text: str, needle: str) -> int:
    return (COVER + text).splitlines().index(needle) + 1


def test_a_report_signed_before_its_year_ended_is_found(tmp_path):
    # a report on 2023 (its table gives 2023's realisasi) signed in June 2023 in its foreword and in
    # April 2023 under its Penutup; the appendix's date (a Perjanjian Kinerja's) is its own
    text = _SIGNED.format(date="Kediri, 14 Juni 2023", realisasi="90", closing="Kediri, April 2023")
    found = _findings(tmp_path, text, "signing_date")
    lines = [_line_of(text, "Kediri, 14 Juni 2023"), _line_of(text, "Kediri, April 2023")]
    assert [(f[0], f[1], f[2]) for f in found] == [(lines[0], 2023.0, 2024.0), (lines[1], 2023.0, 2024.0)]
    assert "sebelum tahun 2023 yang dilaporkan berakhir" in found[0][4]


def test_a_report_signed_after_its_year_or_without_its_years_results_is_not_flagged(tmp_path):
    after = _SIGNED.format(date="Kediri, Februari 2024", realisasi="90", closing="Kediri, 12 Maret 2024")
    assert _findings(tmp_path, after, "signing_date") == []
    december = _SIGNED.format(date="Kediri, 31 Desember 2023", realisasi="90", closing="Kediri, Desember 2023")
    assert _findings(tmp_path, december, "signing_date") == []
    # no realisasi of 2023 read: the reporting year may be the publication's, not judged
    unread = _SIGNED.format(date="Kediri, 14 Juni 2023", realisasi="-", closing="Kediri, April 2023")
    assert _findings(tmp_path, unread, "signing_date") == []


_DATED_APPENDIX = """KATA PENGANTAR

Laporan ini disusun sebagai pertanggungjawaban kinerja tahun 2023.

Kediri, 5 Maret 2024

Tabel 3.1
Pengukuran Kinerja Tahun 2023

No\tSasaran\tIndikator\tTarget\tRealisasi\tCapaian (%)
1\tMeningkatnya pelayanan publik\tPersentase layanan tepat waktu\t90\t90\t100

PERJANJIAN KINERJA TAHUN 2023

Kediri, 3 Januari 2023
"""


def test_an_appendixs_own_date_is_not_the_reports(tmp_path):
    # the Perjanjian Kinerja is signed at the start of the year it covers: not the report's signature
    assert _findings(tmp_path, _DATED_APPENDIX, "signing_date") == []


# --- a Renstra period written two ways ---------------------------------------------------------------

_PERIODS = """Laporan ini merupakan tahun ketiga pelaksanaan Rencana Strategis Kecamatan Sukamaju periode {first}.

Sesuai Renstra Kecamatan Sukamaju Tahun 2021 - 2026, tujuan pertama adalah meningkatnya pelayanan.

Isu strategis diambil dari Renstra 2021-2026 dan RPJMD Kabupaten Kediri 2021-2026.

Tabel 3.1
Pengukuran Kinerja Tahun 2023

No\tSasaran\tIndikator\tTarget\tRealisasi\tCapaian (%)
1\tMeningkatnya pelayanan publik\tPersentase layanan tepat waktu\t90\t90\t100
"""


def test_a_renstra_period_written_two_ways_is_found(tmp_path):
    # line 3: 2021-2027 against 2021-2026 (lines 5 and 7): the same first year, another last year
    found = _findings(tmp_path, _PERIODS.format(first="2021-2027"), "renstra_period")
    assert [(f[0], f[1], f[2], f[3]) for f in found] == [(3, 2027.0, 2026.0, 5)]
    found = _findings(tmp_path, _PERIODS.format(first="2022 s.d. 2026"), "renstra_period")
    assert [(f[0], f[1], f[2]) for f in found] == [(3, 2022.0, 2021.0)]


def test_one_renstra_period_or_two_plans_in_turn_is_not_flagged(tmp_path):
    assert _findings(tmp_path, _PERIODS.format(first="2021-2026"), "renstra_period") == []
    # a Renstra ending as the next starts shares neither year: two plans, not one written twice;
    # a period that does not hold the report's year is not the report's Renstra
    assert _findings(tmp_path, _PERIODS.format(first="2016-2021"), "renstra_period") == []
    assert _findings(tmp_path, _PERIODS.format(first="2024-2029"), "renstra_period") == []


_ENDS = """Laporan ini merupakan tahun ketiga pelaksanaan Renstra Kecamatan Sukamaju Tahun 2021-2026.

{sentence}

Tabel 3.1
Pengukuran Kinerja Tahun 2023

No\tSasaran\tIndikator\tTarget\tRealisasi\tCapaian (%)
1\tMeningkatnya pelayanan publik\tPersentase layanan tepat waktu\t90\t90\t100
"""


def test_a_renstra_said_to_end_in_a_year_no_period_ends_in_is_found(tmp_path):
    # 001 line 1006 says "periodisasi Renstra yang berakhir pada Tahun 2024" of its Renstra 2024-2026; here line 5
    # says 2025 (or calls 2025 the last year) of a Renstra 2021-2026 (line 3)
    for sentence in ("Sesuai periodisasi Rencana Strategis yang berakhir tahun 2025, target akhir tetap dikejar.",
                     "Tahun 2025 merupakan tahun terakhir periode Renstra Kecamatan Sukamaju."):  # fmt: skip
        found = _findings(tmp_path, _ENDS.format(sentence=sentence), "renstra_period")
        assert [(f[0], f[1], f[2], f[3]) for f in found] == [(5, 2025.0, 2026.0, 3)], sentence
        assert "berakhir pada tahun 2025" in found[0][4]


def test_a_renstra_end_the_document_prints_or_another_plans_is_not_flagged(tmp_path):
    for sentence in (
        "Renstra yang berakhir pada tahun 2026 menjadi acuan.",  # the period's own end
        # a period printed that ends in that year: the previous plan
        "Renstra Kecamatan Sukamaju 2016-2021 telah dievaluasi; Renstra lama itu berakhir pada tahun 2021.",
        "Periode RPJMD berakhir pada tahun 2024.",  # another plan
        "Renstra ini berakhir dan tahun 2025 menjadi tahun penyusunan.",  # no year after "berakhir"
    ):
        assert _findings(tmp_path, _ENDS.format(sentence=sentence), "renstra_period") == [], sentence


# --- a sentence comparing with the national figure, against the national comparison table ---------------

_NATIONAL = """Tabel 3.6
Perbandingan Capaian Kinerja dengan Standar Nasional

No\tIndikator Kinerja\tRealisasi 2023\tStandar Nasional\tKeterangan
1\tIndeks Pelayanan Publik (IPP) Kec. Sukamaju\t3,49\t3,88\tKemenPANRB
2\tNilai Akuntabilitas Kinerja Kecamatan Sukamaju\t70,17\t{akip}\tLHE 2023
3\tIndeks Kepuasan Masyarakat Kecamatan Sukamaju\t88,20\t\tbelum terbit

Dari tabel di atas, {sentence}
"""


def test_a_comparison_with_a_national_figure_the_table_does_not_give_is_found(tmp_path):
    # 001 line 708: "Nilai Evaluasi AKIP telah tercapai 73,47 melebihi target nasional" beside Tabel 3.1.4's "N/A"
    # (line 701); here the table (line 8) prints "-" and the sentence (line 11) says "lebih tinggi dari"
    text = _NATIONAL.format(
        akip="-", sentence="nilai akuntabilitas kinerja 70,17 lebih tinggi dari rata-rata nasional."
    )
    found = _findings(tmp_path, text, "prose_vs_table")
    assert [(f[0], f[1], f[3]) for f in found] == [(11, 70.17, 8)]
    assert "tidak memberi nilai nasional ('-')" in found[0][4]


def test_a_comparison_the_tables_figures_contradict_is_found(tmp_path):
    # line 7: IPP 3,49 against the national 3,88, said to be above it ("(IPP)" names the row)
    text = _NATIONAL.format(akip="67,93", sentence="IPP kecamatan sudah berada di atas nilai nasional.")
    found = _findings(tmp_path, text, "prose_vs_table")
    assert [(f[0], f[1], f[2], f[3]) for f in found] == [(11, 3.49, 3.88, 7)]


def test_a_national_figure_read_with_doubt_is_not_compared(tmp_path):
    # "3..88" reads 388 with doubt: 3,49 "di atas" it would be a false finding
    text = _NATIONAL.format(akip="67,93", sentence="IPP kecamatan sudah berada di atas nilai nasional.")
    assert _findings(tmp_path, text.replace("\t3,88\t", "\t3..88\t"), "prose_vs_table") == []


def test_a_comparison_that_agrees_or_names_no_one_row_is_not_flagged(tmp_path):
    for sentence in (
        "nilai akuntabilitas kinerja 70,17 melebihi rata-rata nasional 67,93.",  # 70,17 > 67,93
        "IPP masih di bawah standar nasional.",  # 3,49 < 3,88
        "nilai IKPP kecamatan di bawah nilai nasional.",  # no row of that indicator
        "indeks kepuasan masyarakat di atas nasional.",  # its national cell is empty: perhaps not read
        "Kecamatan Sukamaju berada di atas rata-rata nasional.",  # names no indicator
    ):
        text = _NATIONAL.format(akip="67,93", sentence=sentence)
        assert _findings(tmp_path, text, "prose_vs_table") == [], sentence


# --- the SAKIP evaluation's component said to have the lowest capaian or score --------------------------

_COMPONENTS = """Evaluasi atas perencanaan kinerja dengan nilai 24,00 dari bobot 30% atau dengan capaian 80% (A).

Evaluasi atas pengukuran kinerja dengan nilai 18,00 dari bobot 30% atau dengan capaian 60% (B).

Evaluasi atas pelaporan kinerja dengan nilai 10,50 dari bobot 15% atau dengan capaian 70% (BB).

Evaluasi atas evaluasi akuntabilitas kinerja internal dengan nilai 16,25 dari bobot 25% atau dengan capaian 65% (B).

{sentence}
"""


def test_a_component_said_lowest_that_is_not_by_that_measure_is_found(tmp_path):
    # 001 line 946: "komponen Pelaporan Kinerja dengan capaian nilai terendah" where Pelaporan's capaian 74,6% is
    # above Evaluasi's 53,12% (lowest by score only). Here: scores 24 / 18 / 10,50 / 16,25, capaian 80 / 60 / 70 / 65
    found = _findings(tmp_path, _COMPONENTS.format(sentence="Perbaikan difokuskan pada komponen pengukuran kinerja "
                                                   "yang memperoleh nilai terendah."), "prose_vs_table")  # fmt: skip
    assert [(f[0], f[1], f[2], f[3]) for f in found] == [(11, 18.0, 10.5, 7)]  # pelaporan's 10,50 (line 7)
    assert "menurut capaian (60%) komponen itu memang terendah" in found[0][4]
    found = _findings(tmp_path, _COMPONENTS.format(sentence="Komponen pelaporan kinerja dengan capaian paling rendah "
                                                   "perlu diperbaiki."), "prose_vs_table")  # fmt: skip
    assert [(f[0], f[1], f[2], f[3]) for f in found] == [(11, 70.0, 60.0, 5)]  # pengukuran's 60% (line 5)


def test_a_component_that_is_the_extreme_or_two_components_named_are_not_flagged(tmp_path):
    for sentence in (
        "Komponen pengukuran kinerja dengan capaian terendah menjadi prioritas.",  # 60%: the lowest
        "Komponen pelaporan kinerja memperoleh nilai terendah.",  # 10,50: the lowest
        "Komponen perencanaan kinerja dengan capaian tertinggi dipertahankan.",  # 80%: the highest
        "Komponen perencanaan kinerja dan pelaporan kinerja dengan nilai terendah diperbaiki.",  # which one?
        # an indicator whose name holds a component's words, not the component
        "Indikator persentase pelaporan kinerja tepat waktu dengan capaian terendah tahun ini.",
    ):
        assert _findings(tmp_path, _COMPONENTS.format(sentence=sentence), "prose_vs_table") == [], sentence


# --- a capaian printed without a target, recomputed with the target other tables give ---------------

_NO_TARGET = """Tabel 3.1
Pengukuran Kinerja Tahun 2023

No\tSasaran\tIndikator\tTarget\tRealisasi\tCapaian (%)
1\tMeningkatnya pelayanan publik\tPersentase layanan selesai tepat waktu\t{target}\t95\t{capaian}

Tabel 4.2
Program, Kegiatan dan Realisasi Kinerja

Program/Kegiatan\tIndikator Kinerja Program\tRealisasi Kinerja\t% Capaian Kinerja\tRealisasi Anggaran\t% Capaian Anggaran
Program Pelayanan Umum\tPersentase layanan selesai tepat waktu\t95\t{printed}\t450.000.000\t90,00
"""


def test_a_capaian_without_a_target_is_recomputed_with_the_target_of_another_table(tmp_path):
    # Tabel 4.2 (line 13) prints 105,56% for a realisasi of 95; Tabel 3.1 (line 7) gives the indicator's
    # target 95 with that realisasi: 95 / 95 x 100 = 100
    found = _findings(tmp_path, _NO_TARGET.format(target="95", capaian="100", printed="105,56"), "capaian_mismatch")
    assert [(f[0], f[1], f[2], f[3]) for f in found] == [(13, 105.56, 100.0, 7)]
    assert "tanpa target" in found[0][4]


def test_a_capaian_without_a_target_that_agrees_or_has_no_one_target_is_not_flagged(tmp_path):
    # 95 / 90 x 100 = 105,56: what Tabel 4.2 prints
    agrees = _NO_TARGET.format(target="90", capaian="105,56", printed="105,56")
    assert _findings(tmp_path, agrees, "capaian_mismatch") == []
    # Tabel 3.1's realisasi differs: not the same figure, its target is not borrowed
    other = _NO_TARGET.format(target="95", capaian="100", printed="105,56").replace("\t95\t100\n", "\t90\t94,74\n")
    assert _findings(tmp_path, other, "capaian_mismatch") == []


# --- an indicator copied onto another sasaran --------------------------------------------------------

_COPIED = """Tabel 2.2
Perjanjian Kinerja Tahun 2023

No\tSasaran Strategis\tIndikator Kinerja\tTarget
1\tMeningkatnya tata kelola keuangan kecamatan\tPersentase laporan keuangan tepat waktu\t100
2\tMeningkatnya partisipasi masyarakat desa\tJumlah musyawarah desa yang difasilitasi\t24

Tabel 3.1
Pengukuran Kinerja Tahun 2023

No\tSasaran Strategis\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)
1\tMeningkatnya tata kelola keuangan kecamatan\tPersentase laporan keuangan tepat waktu\t100\t100\t100
2\tMeningkatnya partisipasi masyarakat desa\tJumlah musyawarah desa yang difasilitasi\t24\t24\t100

Tabel 3.5
Capaian Kinerja dan Anggaran Tahun 2023

No\tSasaran Strategis\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)
1\tMeningkatnya tata kelola keuangan kecamatan\tPersentase laporan keuangan tepat waktu\t100\t100\t100
\tProgram Penunjang Urusan Pemerintahan Daerah\tPersentase laporan keuangan tepat waktu\t100\t100\t100
2\tMeningkatnya partisipasi masyarakat desa\t{second}\t24\t24\t100
"""


def test_an_indicator_copied_onto_another_sasaran_is_found(tmp_path):
    # Tabel 3.5's second sasaran (line 23) carries the first sasaran's indicator (line 21), while
    # Tabel 2.2 and 3.1 give it "Jumlah musyawarah desa yang difasilitasi"
    text = _COPIED.format(second="Persentase laporan keuangan tepat waktu")
    found = _findings(tmp_path, text, "misplaced_indicator")
    assert [(f[0], f[3]) for f in found] == [(23, 21)]
    assert "Jumlah musyawarah desa yang difasilitasi" in found[0][4]


def test_an_indicator_a_sasaran_shares_or_a_programs_indicator_is_not_flagged(tmp_path):
    # right indicator; the program row repeating the sasaran's indicator is not another sasaran
    assert _findings(tmp_path, _COPIED.format(second="Jumlah musyawarah desa yang difasilitasi"),
                     "misplaced_indicator") == []  # fmt: skip
    # the second sasaran has the shared indicator in another table too: the document gives it both
    shared = _COPIED.format(second="Persentase laporan keuangan tepat waktu").replace(
        "2\tMeningkatnya partisipasi masyarakat desa\tJumlah musyawarah desa yang difasilitasi\t24\n",
        "2\tMeningkatnya partisipasi masyarakat desa\tJumlah musyawarah desa yang difasilitasi\t24\n"
        "\t\tPersentase laporan keuangan tepat waktu\t100\n",
    )
    assert _findings(tmp_path, shared, "misplaced_indicator") == []


# --- a total row labelled in the code column --------------------------------------------------------

_CODED = """Tabel 5.1
Rekapitulasi Evaluasi Hasil Pelaksanaan Renja Tahun 2023

Kode\tProgram/Kegiatan\tIndikator Kinerja\tTarget Renja K\tTarget Renja Rp.
5.01.01\tProgram: Penunjang Urusan Pemerintahan Daerah\tPersentase capaian kinerja aparatur\t100%\t1.250.000.000
5.01.01.2.01\tKegiatan: Administrasi Keuangan Perangkat Daerah\tPersentase gaji tepat waktu\t100%\t1.250.000.000
5.01.02\tProgram: Penyelenggaraan Pemerintahan dan Pelayanan Publik\tNilai PATEN\t85\t40.500.000
5.01.03\tProgram: Penyelenggaraan Urusan Pemerintahan Umum\tPersentase PHBN yang dilaksanakan\t100%\t
{label}\t\t\t\t{total}
"""


def test_a_total_labelled_in_the_code_column_is_read_and_checked(tmp_path):
    # JUMLAH (line 11) under "Kode": 1.250.000.000 + 40.500.000 = 1.290.500.000 (the third program
    # has no Rp), not 1.280.500.000
    found = _findings(tmp_path, _CODED.format(label="JUMLAH", total="1.280.500.000"), "total_mismatch")
    assert [(f[0], f[1], f[2]) for f in found] == [(11, 1280500000.0, 1290500000.0)]


def test_a_total_in_the_code_column_that_adds_up_or_a_code_is_not_flagged(tmp_path):
    assert _findings(tmp_path, _CODED.format(label="<b>TOTAL</b>", total="1.290.500.000"), "total_mismatch") == []
    # a code alone is no total's label: the row is not read as a total
    assert _findings(tmp_path, _CODED.format(label="5.01.04", total="1.280.500.000"), "total_mismatch") == []


# --- a misi cited that the document's list does not have --------------------------------------------

_MISSIONS = """Visi Kabupaten Kediri adalah Kediri yang maju dan sejahtera.

Misi :

1. Misi 1 : Meningkatkan kualitas sumber daya manusia.
2. Misi 2 : Memperkuat ekonomi kerakyatan.
3. Misi 3 : Mewujudkan tata kelola pemerintahan yang bersih.
4. Misi 4 : Membangun infrastruktur yang merata.

Kecamatan Sukamaju mendukung misi ke-{cited} melalui pelayanan publik.
"""


def test_a_misi_beyond_the_list_is_found(tmp_path):
    # four misi listed (first item line 7), line 12 cites misi ke-3 and ke-6: 6 does not exist
    found = _findings(tmp_path, _MISSIONS.format(cited="3 dan ke-6"), "mission_number")
    assert [(f[0], f[1], f[2], f[3]) for f in found] == [(12, 6.0, 4.0, 7)]


def test_a_misi_on_the_list_or_without_a_list_is_not_flagged(tmp_path):
    assert _findings(tmp_path, _MISSIONS.format(cited="3, 4"), "mission_number") == []
    # without a numbered list from 1 the document's number of misi is unknown
    unlisted = _MISSIONS.format(cited="6").replace("1. Misi 1 : Meningkatkan kualitas sumber daya manusia.\n", "")
    assert _findings(tmp_path, unlisted, "mission_number") == []


# --- an IKM formula that divides by 25 -----------------------------------------------------------------

_FORMULA = """Tabel 2.3
Indikator Kinerja Utama

No\tSasaran\tIndikator Kinerja\tFormulasi
1\tMeningkatnya kualitas pelayanan\tIndeks Kepuasan Masyarakat (IKM)\t{formula}

Tabel 3.1
Pengukuran Kinerja Tahun 2023

No\tSasaran\tIndikator\tTarget\tRealisasi\tCapaian (%)
1\tMeningkatnya kualitas pelayanan\tIndeks Kepuasan Masyarakat (IKM)\t85\t86,40\t101,65
"""


def test_an_ikm_formula_dividing_by_25_is_found(tmp_path):
    # line 7 divides the weighted NRR by 25; the IKM reported (line 13) is 86,40, which only x 25 gives
    found = _findings(tmp_path, _FORMULA.format(formula="IKM = NRR Tertimbang / 25"), "ikm_formula")
    assert [(f[0], f[3]) for f in found] == [(7, 13)]
    found = _findings(tmp_path, _FORMULA.format(formula="Nilai IKM = \\frac{Total NRR tertimbang}{25}"), "ikm_formula")
    assert [f[0] for f in found] == [7]


def test_an_ikm_formula_multiplying_by_25_is_not_flagged(tmp_path):
    assert _findings(tmp_path, _FORMULA.format(formula="IKM = NRR Tertimbang x 25"), "ikm_formula") == []
    assert _findings(tmp_path, _FORMULA.format(formula="NRR tertimbang = total NRR / 25,5"), "ikm_formula") == []


# --- an end-of-Renstra target printed with two values --------------------------------------------------

_END_TARGETS = """Tabel 3.4
Perbandingan Realisasi Kinerja s.d. Akhir Periode Renstra

Sasaran\tIndikator Kinerja\tRealisasi 2023\tTarget Akhir Renstra\tTingkat Kemajuan (%)
Meningkatnya kualitas pelayanan\tIndeks Kepuasan Masyarakat (IKM) Kecamatan\t86,40\t90\t96,00
Meningkatnya akuntabilitas kinerja\tNilai SAKIP Kecamatan\t72,10\t75\t96,13

Tabel 3.5
Capaian Kinerja terhadap Target Akhir Renstra

Sasaran\tIndikator Kinerja\tRealisasi 2023\tTarget Akhir Renstra\tTingkat Kemajuan (%)
Meningkatnya kualitas pelayanan\tIKM Kecamatan Sukamaju\t86,40\t{ikm}\t{kemajuan}
Meningkatnya akuntabilitas kinerja\tNilai SAKIP Kecamatan\t72,10\t75\t96,13
"""


def test_an_end_of_renstra_target_with_two_values_is_found(tmp_path):
    # the IKM's end target: 90 in Tabel 3.4 (line 7), 92 in Tabel 3.5 (line 14)
    found = _findings(tmp_path, _END_TARGETS.format(ikm="92", kemajuan="93,91"), "conflicting_values")
    assert [(f[0], f[1], f[3]) for f in found] == [(14, 92.0, 7)]
    assert "Target akhir Renstra IKM" in found[0][4]


def test_one_end_of_renstra_target_or_an_other_indicator_is_not_flagged(tmp_path):
    assert _findings(tmp_path, _END_TARGETS.format(ikm="90,00", kemajuan="96,00"), "conflicting_values") == []
    # an OTHER indicator's name repeats under several kegiatan: not compared
    other = _END_TARGETS.format(ikm="92", kemajuan="93,91").replace("IKM Kecamatan Sukamaju", "Jumlah laporan")
    other = other.replace("Indeks Kepuasan Masyarakat (IKM) Kecamatan", "Jumlah laporan")
    assert _findings(tmp_path, other, "conflicting_values") == []


_MISSIONS_NUMBERED = """MISI :

1. Meningkatkan kualitas sumber daya manusia.
2. Memperkuat ekonomi kerakyatan.
3. Mewujudkan tata kelola pemerintahan yang bersih.

Tujuan kecamatan mendukung Misi ke 2 dan 5 Bupati.
"""


def test_a_misi_beyond_a_numbered_list_under_its_heading_is_found(tmp_path):
    # three misi numbered under "MISI :" (first item line 5); line 9 cites misi 5
    found = _findings(tmp_path, _MISSIONS_NUMBERED, "mission_number")
    assert [(f[0], f[1], f[2], f[3]) for f in found] == [(9, 5.0, 3.0, 5)]
    # the same list without its heading is any numbered list: not a list of misi
    assert _findings(tmp_path, _MISSIONS_NUMBERED.replace("MISI :", "Prioritas :"), "mission_number") == []


# --- one figure read a thousand times apart: a reading to check, not a conflict --------------------


def _two_tables(first_target: str) -> str:
    return f"""Tabel 3.1
Pengukuran Kinerja Tahun 2023

Sasaran\tIndikator Kinerja\tTarget\tRealisasi\tCapaian
Meningkatnya kualitas pelayanan\tIndeks Kepuasan Masyarakat\t{first_target}\t94,22\t100,45%

Tabel 3.4
Capaian Indikator Kinerja Utama Tahun 2023

Sasaran\tIndikator Kinerja\tTarget\tRealisasi\tCapaian
Meningkatnya kualitas pelayanan\tIndeks Kepuasan Masyarakat\t93,80\t94,22\t100,45%
"""


def test_a_figure_read_from_another_column_is_said_as_a_reading_to_check(tmp_path):
    # 002's Renstra matrix through WeasyPrint with a header rule: the matrix read a column
    # off, and an IKM target came out as the program's pagu, 538.666.977 against 93,80 - a
    # conflicting_values of severity tinggi the document does not make.
    text = _two_tables("538.666.977")
    assert _findings(tmp_path, text, "conflicting_values") == []
    (found,) = [f for f in _findings(tmp_path, text, "unreadable") if "kolom lain" in f[4]]
    assert "538.666.977" in found[4] and "93,80" in found[4]
    # a misprint of the same magnitude stays a conflict (the two places each name the other)
    (conflict,) = _findings(tmp_path, _two_tables("93,85"), "conflicting_values")
    assert "93,85" in conflict[4] and "93,80" in conflict[4]
