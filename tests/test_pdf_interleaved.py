"""A merged cell wrapping beside the rows it spans, off their lines: its next line stands a
few points above the next row's figures (two grids of lines interleaved), and goes on the
merged cell, not on the next row.

Measured on 002 (Plandaan) printed by LibreOffice from a .docx in Carlito 11 (Calibri's
metrics, Word's default face) without rules, portrait (`tests/renderings.py`): the sasaran
"Meningkatnya kualitas / penyelenggaraan ..." merged over five indicator rows. Before, its
second line opened the next row and took "2. IPP ..." into it: the IKM's sasaran was read
"Meningkatnya kualitas" and the other four's "penyelenggaraan ...". Expected rows are the
sample's (its text export, Tabel 2.1 line 516-521 and Tabel 3.7 line 1070-1074)."""

from __future__ import annotations

from ingest.read.pdf.borderless import borderless_tables
from ingest.read.pdf.layout import Line
from tests.test_borderless import _measured

SASARAN = "Meningkatnya kualitas penyelenggaraan pemerintahan dan layanan Kecamatan"


def test_a_merged_sasaran_wrapping_a_few_points_above_the_next_row_stays_in_its_cell():
    # page 17, Tabel 2.1: "penyelenggaraan pemerintahan dan" at 540.3, "2. IPP ..." at 544.3
    lines = _measured(
        (478.6, 486.2, (85.2, 102.8, "NO."), (115.4, 211.1, "SASARAN STRATEGIS"), (298.2, 390.5, "INDIKATOR KINERJA"), (481.0, 517.1, "TARGET")),
        (495.9, 505.4, (85.2, 93.6, "1."), (115.4, 258.4, "Meningkatnya akuntabilitas dan"), (298.2, 455.1, "1. Nilai Evaluasi AKIP Kec. Plandaan"), (481.0, 492.2, "71")),
        (509.4, 518.9, (115.4, 198.2, "kinerja Kecamatan")),
        (526.8, 536.3, (85.2, 93.6, "2."), (115.4, 216.1, "Meningkatnya kualitas"), (298.2, 422.9, "1. IKM Kecamatan Plandaan"), (481.0, 505.9, "93,80")),
        (540.3, 549.8, (115.4, 277.4, "penyelenggaraan pemerintahan dan")),
        (544.3, 553.3, (298.2, 419.2, "2. IPP Kecamatan Plandaan"), (481.0, 500.4, "3,30")),
        (553.7, 563.1, (115.4, 202.5, "layanan Kecamatan")),
        (561.7, 571.2, (298.2, 452.6, "3. Persentase laporan pelanggaran"), (481.0, 505.5, "100%")),
        (575.2, 584.7, (298.2, 456.8, "Perda/Perkada dan Trantibum yang")),
        (588.6, 598.1, (298.2, 431.0, "ditindaklanjuti instansi terkait")),
        (606.2, 615.5, (298.2, 396.9, "4. Persentase Laporan"), (481.0, 505.5, "100%")),
    )  # fmt: skip
    tables, _ = borderless_tables(lines)
    assert [row[1:] for row in tables[0].rows[1:4]] == [
        ["Meningkatnya akuntabilitas dan kinerja Kecamatan", "1. Nilai Evaluasi AKIP Kec. Plandaan", "71"],
        [SASARAN, "1. IKM Kecamatan Plandaan", "93,80"],
        ["", "2. IPP Kecamatan Plandaan", "3,30"],
    ]


def test_a_narrow_sasaran_column_wrapping_on_its_second_word_stays_in_its_cell():
    # page 43, Tabel 3.7: "kualitas" alone at 168.5, the IPP row's figures at 172.5
    lines = _measured(
        (124.1, 133.6, (85.2, 163.3, "Sasaran Strategis"), (196.6, 273.1, "Indikator Kinerja"), (321.9, 378.2, "Target Akhir"), (419.5, 458.9, "Realisasi"), (471.5, 505.3, "Tingkat")),
        (137.5, 147.0, (321.9, 394.0, "RPJMD/Renstra"), (471.5, 517.5, "Kemajuan")),
        (155.1, 164.6, (85.2, 149.2, "Meningkatnya"), (196.6, 310.5, "IKM Kecamatan Plandaan"), (321.9, 346.8, "93,85"), (419.5, 444.4, "94,22"), (471.5, 509.9, "100,39%")),
        (168.5, 176.2, (85.2, 119.5, "kualitas")),
        (172.5, 181.5, (196.6, 306.8, "IPP Kecamatan Plandaan"), (321.9, 341.3, "3,35"), (419.5, 438.9, "3,49"), (471.5, 509.9, "104,18%")),
        (182.0, 191.5, (85.2, 162.1, "penyelenggaraan")),
        (190.0, 199.4, (196.6, 282.5, "Persentase laporan"), (321.9, 346.4, "100%"), (419.5, 444.0, "100%"), (471.5, 496.0, "100%")),
        (195.4, 204.8, (85.2, 167.8, "pemerintahan dan")),
        (203.4, 212.9, (196.6, 251.8, "pelanggaran")),
        (208.9, 218.3, (85.2, 172.3, "layanan Kecamatan")),
        (216.9, 225.0, (196.6, 282.4, "Perda/Perkada dan")),
        (222.3, 230.0, (85.2, 126.5, "Plandaan")),
        (230.3, 239.8, (196.6, 266.9, "Trantibum yang")),
        (243.8, 253.3, (196.6, 297.5, "ditindaklanjuti instansi")),
        (257.2, 264.9, (196.6, 226.0, "terkait")),
    )  # fmt: skip
    tables, _ = borderless_tables(lines)
    assert [row[:2] for row in tables[0].rows[1:4]] == [
        [f"{SASARAN} Plandaan", "IKM Kecamatan Plandaan"],
        ["", "IPP Kecamatan Plandaan"],
        ["", "Persentase laporan pelanggaran Perda/Perkada dan Trantibum yang ditindaklanjuti instansi terkait"],
    ]


def _generated(size: float, pad: float) -> list[Line]:
    """Another table of other words and size: a program merged over three kegiatan rows.
    Its name wraps at the type's pitch; the rows, of one line each, stand `pad` further
    apart (their cells' padding), so its second line falls `pad` above the second row's."""
    pitch = 1.42 * size
    lines = [Line([(60.0, 110.0, "Program"), (200.0, 260.0, "Kegiatan"), (380.0, 420.0, "Pagu")], 100.0, 100.0 + size)]
    names = ["Pemberdayaan", "masyarakat desa dan", "kelurahan"]
    rows = [
        ("Penguatan lembaga desa", "120.000.000"),
        ("Pelatihan aparatur", "80.000.000"),
        ("Bimbingan teknis", "45.000.000"),
    ]
    first = 100.0 + 2 * pitch
    for k, (kegiatan, pagu) in enumerate(rows):
        top, name = first + k * (pitch + pad), (60.0, 60.0 + 0.5 * size * len(names[k]), names[k])
        row = [(200.0, 200.0 + 0.5 * size * len(kegiatan), kegiatan), (380.0, 380.0 + 0.5 * size * len(pagu), pagu)]
        if k == 0:
            lines.append(Line([name, *row], top, top + size))
            continue
        if first + k * pitch < top - 0.5:  # the name's line, off the row's
            lines.append(Line([name], first + k * pitch, first + k * pitch + size))
            name = None
        lines.append(Line([*([name] if name else []), *row], top, top + size))
    return sorted(lines, key=lambda line: line.top)


def test_a_merged_name_wrapping_off_its_rows_lines_in_another_table_stays_in_its_cell():
    for size, pad in ((8.0, 3.4), (10.0, 4.2), (12.0, 5.0)):
        tables, _ = borderless_tables(_generated(size, pad))
        assert [row for row in tables[0].rows[1:]] == [
            ["Pemberdayaan masyarakat desa dan kelurahan", "Penguatan lembaga desa", "120.000.000"],
            ["", "Pelatihan aparatur", "80.000.000"],
            ["", "Bimbingan teknis", "45.000.000"],
        ], (size, pad)


def test_a_rows_own_first_line_a_full_line_above_its_figures_opens_that_row():
    # figures set in the middle of a row of two lines: its first line, words alone, stands a
    # whole line above them and starts the row - in small letters too ("dan" over "orang")
    lines = [
        Line([(60.0, 110.0, "Uraian"), (200.0, 240.0, "Satuan"), (380.0, 420.0, "Target")], 100.0, 109.0),
        Line([(60.0, 150.0, "Jumlah dokumen"), (200.0, 240.0, "dokumen"), (380.0, 390.0, "3")], 114.0, 123.0),
        Line([(60.0, 150.0, "pelaporan kegiatan")], 128.0, 137.0),
        Line([(200.0, 230.0, "orang"), (380.0, 395.0, "80")], 137.5, 146.5),
    ]
    tables, _ = borderless_tables(lines)
    assert [row[1] for row in tables[0].rows[1:]] == ["dokumen", "orang"]
    assert tables[0].rows[-1][0] == "pelaporan kegiatan"
