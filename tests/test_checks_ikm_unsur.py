"""The IKM recomputed from the unsur values a report prints (`ikm_unsur`), proven on reports
written here: a list in sentences (other wording than sample 000's), a table of U1..U9 columns
with an NRR row, a table of one row per unsur, semesters, and the cases that must not be
flagged. Expected values are worked out by hand from the text below.

The unsur values used throughout (nine, as PermenPANRB 14/2017 has):
3,21 + 3,30 + 3,25 + 3,40 + 3,18 + 3,35 + 3,42 + 3,05 + 3,12 = 29,28; 29,28 / 9 = 3,25333;
x 25 = 81,3333 (printed 81,33). A report printing IKM 84,50 differs by 3,17, far more than
rounding two-decimal unsur can explain (each off by 0,005 at most rounded, 0,01 truncated:
the IKM by 0,125 / 0,25).
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from checks.run import run_checks
from ingest.pipeline import ingest_file
from ingest.store import connect

COVER = "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) Kecamatan Sukamaju Kabupaten Kediri Tahun 2023\n\n"
RECOMPUTED = 29.28 / 9 * 25  # 81,3333
NINE = ["3,21", "3,30", "3,25", "3,40", "3,18", "3,35", "3,42", "3,05", "3,12"]
NAMES = [
    "Persyaratan pelayanan", "Sistem, mekanisme dan prosedur", "Waktu penyelesaian", "Biaya/tarif",
    "Produk spesifikasi jenis pelayanan", "Kompetensi pelaksana", "Perilaku pelaksana",
    "Penanganan pengaduan, saran dan masukan", "Sarana dan prasarana",
]  # fmt: skip


def _run(tmp_path: Path, text: str) -> Path:
    run = tmp_path / f"run{len(list(tmp_path.glob('run*')))}"
    run.mkdir()
    path = run / "laporan.txt"
    path.write_text(COVER + text, encoding="utf-8")
    db = run / "v.duckdb"
    with connect(str(db)) as con:
        ingest_file(con, path)
        run_checks(con)
    return db


def _findings(tmp_path: Path, text: str) -> list[tuple]:
    """The `ikm_unsur` findings on a report of `text` alone (a fresh database each call)."""
    with duckdb.connect(str(_run(tmp_path, text)), read_only=True) as con:
        return con.execute(
            """SELECT line, reported, recomputed, other_line, message, severity FROM findings
               WHERE "check" = 'ikm_unsur' ORDER BY line"""
        ).fetchall()


def _line_of(text: str, needle: str) -> int:
    """The line of the report (cover included) where `needle` first appears."""
    return next(n for n, line in enumerate((COVER + text).splitlines(), 1) if needle in line)


def _measurement(ikm: str) -> str:
    return f"""Tabel 3.1
Pengukuran Kinerja Tahun 2023

No\tSasaran\tIndikator\tTarget\tRealisasi\tCapaian (%)
1\tMeningkatnya kualitas pelayanan publik\tIndeks Kepuasan Masyarakat (IKM)\t80\t{ikm}\t-

"""


def _list(values=NINE, intro="atas sembilan unsur pelayanan") -> str:
    items = "\n".join(f"{n}) {name}, NRR = {v}" for n, (name, v) in enumerate(zip(NAMES, values, strict=False), 1))
    return (
        f"Hasil Survei Kepuasan Masyarakat Kecamatan Sukamaju tahun 2023 {intro} adalah sebagai berikut:\n\n{items}\n\n"
    )


def _prose_report(ikm: str, values=NINE, intro="atas sembilan unsur pelayanan") -> str:
    return (
        _measurement(ikm)
        + _list(values, intro)
        + f"Dengan demikian IKM Kecamatan Sukamaju tahun 2023 sebesar {ikm} dengan mutu pelayanan Baik.\n"
    )


# --- a list in sentences ----------------------------------------------------------------------------


def test_unsur_listed_in_sentences_that_do_not_give_the_ikm_are_found(tmp_path):
    # "3.30" written with a dot among commas is the same 3,30
    values = [*NINE[:1], "3.30", *NINE[2:]]
    text = _prose_report("84,50", values)
    [(line, reported, recomputed, other, message, severity)] = _findings(tmp_path, text)
    assert line == _line_of(text, "1) Persyaratan")  # the list
    assert other == _line_of(text, "Dengan demikian IKM")  # the IKM stated after it
    assert (reported, round(recomputed, 4), severity) == (84.5, 81.3333, "rendah")
    # both figures, the computation, and that the report may compute its IKM otherwise
    assert "(3,21 + 3,30 + 3,25 + 3,40 + 3,18 + 3,35 + 3,42 + 3,05 + 3,12) / 9 x 25 = 81,33" in message
    assert "84,50" in message and "cara lain" in message


def test_unsur_that_give_the_printed_ikm_or_differ_by_rounding_are_not_flagged(tmp_path):
    assert _findings(tmp_path, _prose_report("81,33")) == []  # 81,3333 printed at two decimals
    # 81,43 - 81,3333 = 0,0967: unsur rounded to two decimals move the IKM by up to 25 x 0,005 = 0,125
    assert _findings(tmp_path, _prose_report("81,43")) == []


def test_unsur_printed_with_three_decimals_and_the_weight_0111_give_the_ikm(tmp_path):
    # 3,210 ... 3,120 sum to 29,28: 29,28 x 0,111 x 25 = 81,252 (printed 81,25), the regulation's worked
    # example's weight; 1/9 gives 81,3333, 0,083 off, more than three-decimal rounding allows (25 x 0,001)
    values = [v + "0" for v in NINE]
    assert _findings(tmp_path, _prose_report("81,25", values)) == []
    # 81,10: 0,233 from 81,3333 and 0,152 from 81,252
    [found] = _findings(tmp_path, _prose_report("81,10", values))
    assert (found[1], round(found[2], 4)) == (81.1, 81.3333)


def test_a_list_shorter_than_the_survey_it_names_is_not_judged(tmp_path):
    # "sembilan unsur" but eight values: an unsur is missing, the mean of eight is not the IKM's
    assert _findings(tmp_path, _prose_report("84,50", NINE[:8])) == []
    # four values are too few to be a survey's unsur whatever the text says
    assert _findings(tmp_path, _prose_report("84,50", NINE[:4], intro="atas unsur pelayanan")) == []


def test_values_on_the_ikm_scale_are_not_taken_for_nrr(tmp_path):
    # each unsur converted to 25-100 (3,21 x 25 = 80,25 ...): stored as read, not judged as NRR
    converted = ["80,25", "82,50", "81,25", "85,00", "79,50", "83,75", "85,50", "76,25", "78,00"]
    text = _prose_report("84,50", converted)
    db = _run(tmp_path, text)
    with duckdb.connect(str(db), read_only=True) as con:
        stored = con.execute("""SELECT "values" FROM statements WHERE kind = 'ikm_unsur'""").fetchall()
        found = con.execute("""SELECT count(*) FROM findings WHERE "check" = 'ikm_unsur'""").fetchone()[0]
    assert stored == [([80.25, 82.5, 81.25, 85.0, 79.5, 83.75, 85.5, 76.25, 78.0],)] and found == 0


def test_ikm_figures_of_the_year_that_disagree_leave_nothing_to_compare_with(tmp_path):
    # Tabel 3.1 says 84,50 and the sentence 85,00: which IKM the unsur should give is not clear
    text = _measurement("84,50") + _list() + "Dengan demikian IKM Kecamatan Sukamaju tahun 2023 sebesar 85,00.\n"
    assert _findings(tmp_path, text) == []


def test_a_kelurahans_survey_is_not_the_kecamatans(tmp_path):
    text = _measurement("84,50") + _list().replace("Kecamatan Sukamaju", "Kelurahan Sukamaju")
    assert _findings(tmp_path, text) == []


# --- tables --------------------------------------------------------------------------------------------

_CODE_TABLE = """Tabel 3.6
Hasil Survei Kepuasan Masyarakat Tahun 2023

Uraian\tU1\tU2\tU3\tU4\tU5\tU6\tU7\tU8\tU9
Jumlah nilai per unsur\t321\t330\t325\t340\t318\t335\t342\t305\t312
NRR per unsur\t{nrr}
NRR tertimbang per unsur\t0,356\t0,366\t0,361\t0,377\t0,353\t0,372\t0,380\t0,339\t0,346
IKM Unit Pelayanan\t{ikm}
"""


def test_an_nrr_row_under_u1_to_u9_columns_is_compared_with_the_tables_ikm(tmp_path):
    text = _measurement("84,50") + _CODE_TABLE.format(nrr="\t".join(NINE), ikm="84,50")
    [(line, reported, recomputed, other, _, severity)] = _findings(tmp_path, text)
    assert (line, other) == (_line_of(text, "NRR per unsur"), _line_of(text, "IKM Unit Pelayanan"))
    assert (reported, round(recomputed, 4), severity) == (84.5, 81.3333, "rendah")
    # the NRR tertimbang row (0,356 = 3,21 x 0,111 ...) and the sums (321 ...) are not unsur values
    agreeing = _measurement("81,33") + _CODE_TABLE.format(nrr="\t".join(NINE), ikm="81,33")
    assert _findings(tmp_path, agreeing) == []


def test_an_nrr_row_with_a_cell_missing_is_not_read(tmp_path):
    text = _measurement("84,50") + _CODE_TABLE.format(nrr="\t".join([*NINE[:4], "", *NINE[5:]]), ikm="84,50")
    assert _findings(tmp_path, text) == []


def _rows_table(ikm: str, columns: tuple[str, ...] = ("NRR",), values: tuple[list[str], ...] = (NINE,)) -> str:
    rows = "\n".join(f"{n}\t{name}\t" + "\t".join(v[n - 1] for v in values) + "\tB" for n, name in enumerate(NAMES, 1))
    return (
        "Tabel 3.7\nNilai Unsur Pelayanan Tahun 2023\n\n"
        f"No\tUnsur Pelayanan\t{chr(9).join(columns)}\tMutu\n{rows}\n\tIKM\t{ikm}\t" + "\t" * (len(columns) - 1) + "B\n"
    )


def test_a_table_of_one_row_per_unsur_is_compared_with_its_ikm_row(tmp_path):
    text = _measurement("84,50") + _rows_table("84,50")
    [(line, reported, recomputed, other, _, _)] = _findings(tmp_path, text)
    assert (line, other) == (_line_of(text, "1\tPersyaratan"), _line_of(text, "\tIKM\t"))
    assert (reported, round(recomputed, 4)) == (84.5, 81.3333)
    assert _findings(tmp_path, _measurement("81,33") + _rows_table("81,33")) == []


# --- semesters ---------------------------------------------------------------------------------------------


def test_unsur_that_give_one_semesters_ikm_are_not_flagged(tmp_path):
    # semester I's IKM 81,33 is what the unsur give; the year's (81,33 + 85,11) / 2 = 83,22 is not
    semesters = (
        "Nilai IKM semester I sebesar 81,33 dan semester II sebesar 85,11. "
        "IKM tahun 2023 = (81,33 + 85,11) / 2 = 83,22.\n"
    )
    assert _findings(tmp_path, _measurement("83,22") + _list() + semesters) == []


def test_unsur_that_give_no_semesters_ikm_are_compared_with_the_years(tmp_path):
    # semesters 80,00 and 86,44 ((80,00 + 86,44) / 2 = 83,22): 81,3333 is none of the three
    semesters = (
        "Nilai IKM semester I sebesar 80,00 dan semester II sebesar 86,44. "
        "IKM tahun 2023 = (80,00 + 86,44) / 2 = 83,22.\n"
    )
    text = _measurement("83,22") + _list() + semesters
    [(line, reported, recomputed, other, message, _)] = _findings(tmp_path, text)
    assert (line, other, reported, round(recomputed, 4)) == (_line_of(text, "1) Persyaratan"),
                                                              _line_of(text, "Nilai IKM semester"), 83.22, 81.3333)  # fmt: skip
    assert "semester 1 80" in message and "semester 2 86,44" in message  # the other way it may be computed


SEMESTER_II = ["3,31", "3,40", "3,35", "3,50", "3,28", "3,45", "3,52", "3,15", "3,22"]


def test_each_semesters_unsur_are_compared_with_that_semesters_ikm(tmp_path):
    # semester II: 29,28 + 9 x 0,10 = 30,18; 30,18 / 9 x 25 = 83,8333, printed 84,60 for semester II;
    # semester I gives 81,33 as printed. The year's (81,33 + 84,60) / 2 = 82,965, printed 82,97.
    table = _rows_table("82,97", ("NRR Semester I", "NRR Semester II"), (NINE, SEMESTER_II))
    said = "IKM Kecamatan Sukamaju semester I sebesar 81,33 dan semester II sebesar 84,60.\n"
    text = _measurement("82,97") + table + "\n" + said
    [(line, reported, recomputed, other, _, _)] = _findings(tmp_path, text)
    assert (line, other) == (_line_of(text, "1\tPersyaratan"), _line_of(text, "semester I sebesar"))
    assert (reported, round(recomputed, 4)) == (84.6, 83.8333)


@pytest.mark.parametrize("ikm", ["84,50", "81,33"])
def test_the_sample_wording_reworded_in_one_paragraph(tmp_path, ikm):
    # one paragraph, items "a." to "i." with "(rata-rata ...)", the count in the sentence after
    items = " ".join(
        f"{chr(96 + n)}. {name} (rata-rata {v});" for n, (name, v) in enumerate(zip(NAMES, NINE, strict=True), 1)
    )
    text = (
        _measurement(ikm)
        + f"Unsur pelayanan yang diukur dalam SKM: {items}\n\n"
        + f"Dari kesembilan unsur tersebut, nilai IKM Kecamatan Sukamaju tahun 2023 adalah {ikm}.\n"
    )
    found = _findings(tmp_path, text)
    assert [(f[1], round(f[2], 4)) for f in found] == ([(84.5, 81.3333)] if ikm == "84,50" else [])
