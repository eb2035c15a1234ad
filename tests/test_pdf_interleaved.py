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

from ingest.model import Row
from ingest.read.pdf.borderless import borderless_tables
from ingest.read.pdf.layout import Line
from ingest.read.tablebuild import build_table
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


# 002's Tabel 3.10 (efficiency) through LibreOffice in Carlito 11 without rules, landscape, page
# 79 (measured): a sub kegiatan's name merged over its two indicators ends with "lapangan" 4 pt
# above the second indicator's figures, "90%"; the sasaran over the IKM row wraps beside it the
# same way. Both figures lines went into the row above: the second indicator's "90%" stood in a
# row named "kendaraan dinas operasional atau lapangan" (a false sedang `efficiency_mismatch`
# and a false tinggi `serapan_conflict`), the IKM's indicator read "Plandaan yang dipelihara
# IKM Kecamatan Plandaan". Expected rows are the export's (lines 1382-1387).
PAGE_79 = [
    (124.1, 132.3, (85.2, 99.8, "NO"), (209.0, 363.3, "SASARAN/PROGRAM/KEGIATAN/"), (392.4, 444.2, "INDIKATOR"), (532.5, 584.8, "% CAPAIAN"), (608.4, 681.0, "% PENYERAPAN"), (711.9, 752.6, "TINGKAT")),
    (137.5, 145.7, (209.0, 277.3, "SUB KEGIATAN"), (392.4, 478.9, "SASARAN/KINERJA"), (532.5, 570.5, "KINERJA"), (608.4, 663.0, "ANGGARAN"), (711.9, 754.1, "EFISIENSI")),
    (155.1, 164.6, (209.0, 336.8, "Penyediaan jasa komunikasi,"), (392.4, 519.1, "Jumlah kegiatan penyediaan"), (532.5, 557.0, "100%"), (608.4, 641.3, "99.81%"), (711.9, 717.5, "1")),
    (168.5, 178.0, (209.0, 324.3, "sumberdaya air dan listrik"), (392.1, 465.7, "jasa komunikasi,")),
    (182.0, 191.4, (392.4, 507.7, "sumberdaya air dan listrik")),
    (195.4, 204.9, (392.4, 465.2, "yang terfasilitasi")),
    (212.9, 222.4, (209.0, 360.9, "Penyediaan jasa pelayanan umum"), (392.4, 503.4, "Jumlah pemenuhan jenis"), (532.5, 557.0, "100%"), (608.4, 641.3, "99.79%"), (711.9, 717.5, "1")),
    (226.3, 235.7, (209.0, 238.3, "kantor"), (392.4, 470.0, "pelayanan umum")),
    (243.8, 253.3, (85.2, 99.0, "1.7"), (209.0, 363.5, "Pemeliharaan Barang Milik Daerah"), (392.4, 499.7, "Persentase Barang Milik"), (532.5, 557.0, "100%"), (608.4, 641.3, "95.14%"), (711.9, 731.3, "1,05")),
    (257.2, 266.7, (209.0, 356.4, "Penunjang Urusan Pemerintahan"), (392.4, 509.9, "Daerah dalam kondisi baik")),
    (270.7, 278.4, (209.0, 241.3, "Daerah")),
    (288.1, 297.6, (209.0, 374.0, "Penyediaan jasa pemeliharaan, biaya"), (392.4, 501.6, "Jumlah Kendaraan Dinas"), (532.5, 557.0, "100%"), (608.4, 641.3, "93.43%"), (711.9, 731.3, "1,02")),
    (301.6, 311.1, (209.0, 362.8, "pemeliharaan, pajak dan perizinan"), (392.4, 511.9, "Operasional atau lapangan")),
    (315.0, 324.5, (209.0, 359.7, "kendaraan dinas operasional atau"), (392.4, 460.8, "yang dipelihara")),
    (328.5, 338.0, (209.0, 249.7, "lapangan")),
    (332.5, 340.2, (392.4, 501.6, "Jumlah Kendaraan Dinas"), (532.5, 551.4, "90%")),
    (345.9, 355.4, (392.4, 511.9, "Operasional atau lapangan")),
    (359.4, 368.9, (392.4, 507.8, "yang dibayarkan pajaknya")),
    (376.8, 384.9, (209.0, 375.6, "Pemeliharaan/rehabilitasi sarana dan"), (392.4, 476.2, "Jumlah Sarana dan"), (532.5, 557.0, "100%"), (608.4, 641.3, "99.88%"), (711.9, 717.5, "1")),
    (390.3, 399.8, (209.0, 345.2, "prasarana Gedung kantor atau"), (392.4, 506.7, "Prasarana Gedung Kantor")),
    (403.7, 413.2, (209.0, 288.0, "bangunan lainnya"), (392.4, 460.8, "yang dipelihara")),
    (421.2, 430.7, (209.0, 366.9, "Pemeliharaan / Rehabilitasi gedung"), (392.4, 510.7, "Jumlah gedung kantor dan"), (532.5, 550.2, "N/A"), (608.4, 626.1, "N/A"), (711.9, 729.6, "N/A")),
    (434.6, 444.1, (209.0, 339.1, "kantor dan bangunan lainnya"), (392.4, 507.5, "bangunan lainnya PD Kec.")),
    (448.1, 457.6, (209.0, 357.5, "SASARAN: Meningkatkan kualitas"), (392.4, 504.5, "Plandaan yang dipelihara")),
    (461.5, 471.0, (209.0, 371.0, "penyelenggaraan pemerintahan dan")),
    (465.5, 474.5, (392.4, 506.3, "IKM Kecamatan Plandaan"), (532.5, 570.9, "100,45%"), (608.4, 632.9, "100%"), (711.9, 717.5, "1")),
    (475.0, 484.4, (209.0, 295.4, "layanan kecamatan")),
    (505.9, 515.4, (85.2, 90.8, "2"), (209.0, 326.6, "Program Penyelenggaraan"), (392.4, 496.9, "Nilai PATEN Kecamatan"), (532.5, 570.9, "103.68%"), (608.4, 646.8, "100.00%"), (711.9, 731.3, "1,04")),
    (519.3, 528.7, (209.0, 369.6, "Pemerintahan dan Pelayanan Publik")),
]  # fmt: skip


def test_figures_a_few_points_under_a_merged_names_last_line_open_their_own_row():
    tables, _ = borderless_tables(_measured(*PAGE_79))
    rows = tables[0].rows
    kendaraan = next(k for k, row in enumerate(rows) if row[1].startswith("Penyediaan jasa pemeliharaan"))
    assert rows[kendaraan][1:] == [
        "Penyediaan jasa pemeliharaan, biaya pemeliharaan, pajak dan perizinan kendaraan dinas operasional atau lapangan",
        "Jumlah Kendaraan Dinas Operasional atau lapangan yang dipelihara",
        "100%",
        "93.43%",
        "1,02",
    ]
    assert rows[kendaraan + 1][1:4] == [
        "",
        "Jumlah Kendaraan Dinas Operasional atau lapangan yang dibayarkan pajaknya",
        "90%",
    ]
    ikm = next(row for row in rows if "IKM Kecamatan Plandaan" in row[2])
    assert ikm[1:] == ["", "IKM Kecamatan Plandaan", "100,45%", "100%", "1"]


def _two_indicators(size: float, lead: float = 1.4, under: float = 0.3) -> list[Line]:
    """A sub kegiatan of other words, its name (three lines) merged over two indicators; the
    second indicator's row opens `under` a pitch (`lead` times the size) under the name's last
    line (no padding). Then a sasaran over its IKM row the same way, its last line touching the
    IKM line's box: no white left between lines to tell rows by (page 79's shape)."""
    p = lead * size

    def line(top: float, *cells: tuple[float, str]) -> Line:
        return Line([(x, x + 0.5 * size * len(text), text) for x, text in cells], top, top + size)

    first = 100.0 + 2 * p
    ikm = first + (5.3 + 2 * under) * p
    return [
        line(100.0, (60.0, "Sub Kegiatan"), (200.0, "Indikator"), (380.0, "Capaian"), (440.0, "Serapan")),
        line(first, (60.0, "Pembinaan dan"), (200.0, "Jumlah desa yang"), (380.0, "100%"), (440.0, "95,20%")),
        line(first + p, (60.0, "pengawasan desa"), (200.0, "dibina")),
        line(first + 2 * p, (60.0, "di kecamatan")),
        line(first + (2 + under) * p, (200.0, "Jumlah laporan"), (380.0, "80%")),
        line(first + (3 + under) * p, (200.0, "yang diverifikasi")),
        line(first + (4.3 + under) * p, (60.0, "SASARAN: Meningkatnya")),
        line(first + (5.3 + under) * p, (60.0, "pelayanan publik")),
        line(ikm, (200.0, "IKM Kecamatan"), (380.0, "100,45%"), (440.0, "100%")),
        line(first + (6.3 + under) * p, (60.0, "kecamatan")),  # at 1.4, touching the IKM line's box
        line(ikm + 3 * p, (60.0, "Penyediaan jasa"), (200.0, "Jumlah dokumen"), (380.0, "100%"), (440.0, "98%")),
    ]


def test_in_other_sizes_a_second_indicators_figures_under_the_names_last_line_open_its_row():
    # a third of a pitch under it, or 0.57 of it: more than three quarters of a line's box (as
    # "Umum" over "Persentase" on 001's page 22); rows as the table builder joins them
    for size, lead, under in ((8.0, 1.4, 0.3), (10.0, 1.4, 0.3), (12.0, 1.4, 0.3), (8.0, 1.4, 0.57), (11.0, 1.4, 0.57)):
        tables, _ = borderless_tables(_two_indicators(size, lead, under))
        rows = [row.cells for row in build_table([Row(cells) for cells in tables[0].rows]).rows]
        assert rows[:2] == [
            ["Pembinaan dan pengawasan desa di kecamatan", "Jumlah desa yang dibina", "100%", "95,20%"],
            ["", "Jumlah laporan yang diverifikasi", "80%", ""],
        ], (size, under)
        assert ["", "IKM Kecamatan", "100,45%", "100%"] in rows, (size, under)


# 001 (Sumobito) through LibreOffice without rules, portrait, in the matrix's own type (Liberation
# Sans 9; measured, page 22): under the repeated header, the rest of a row the page break cut,
# then its sasaran's last word "Umum" 3.9 pt over the next indicator's figures - 5 pt boxes at
# an 8 pt pitch, more than three quarters of a box apart. "Umum" opened the Forkopimcam row and
# became its sasaran (the export's line 634: the sasaran is the row above's, "... Pemerintahan
# Umum"), and the row above lost it.
PAGE_22 = [
    (122.6, 127.8, (85.2, 95.6, "NO"), (108.5, 183.5, "PROGRAM/KEGIATAN"), (208.9, 243.4, "SASARAN"), (297.7, 336.5, "INDIKATOR"), (384.1, 412.8, "TARGET"), (426.4, 463.7, "REALISASI"), (476.6, 524.0, "PERSENTASE")),
    (130.6, 135.8, (108.5, 163.6, "/SUB KEGIATAN"), (476.6, 508.4, "CAPAIAN")),
    (142.7, 147.9, (108.5, 129.1, "Umum"), (208.9, 276.9, "Urusan Pemerintahan"), (297.7, 338.4, "dilaksanakan")),
    (151.0, 155.9, (208.9, 229.5, "Umum")),
    (154.9, 159.9, (297.7, 333.1, "Persentase"), (384.1, 402.0, "100%"), (426.4, 444.3, "100%"), (476.6, 494.5, "100%")),
    (162.8, 168.0, (297.7, 337.7, "rekomendasi")),
    (170.8, 177.3, (297.7, 357.1, "Forkopimcam yang")),
    (178.9, 185.4, (297.7, 340.0, "ditindaklanjuti")),
    (190.9, 197.4, (108.5, 194.8, "Kegiatan: Penyelenggaraan"), (208.9, 254.7, "Terlaksananya"), (297.7, 347.8, "Jumlah Laporan"), (384.1, 413.2, "1 laporan"), (426.4, 455.5, "1 laporan"), (476.6, 494.5, "100%")),
    (199.0, 205.5, (108.5, 176.5, "Urusan Pemerintahan"), (208.9, 263.7, "Penyelenggaraan"), (297.7, 338.1, "Pelaksanaan")),
    (207.0, 213.5, (108.5, 188.5, "Umum sesuai Penugasan"), (208.9, 276.9, "Urusan Pemerintahan"), (297.7, 338.1, "PHBN/PHBA")),
    (215.1, 221.6, (108.5, 155.1, "Kepala Daerah"), (208.9, 251.6, "Umum sesuai")),
    (223.1, 229.6, (208.9, 267.9, "Penugasan Kepala")),
    (227.1, 232.3, (297.7, 364.9, "Jumlah Rekomendasi"), (384.1, 388.0, "4"), (426.4, 461.0, "4 dokumen"), (476.6, 494.5, "100%")),
    (231.2, 236.4, (208.9, 231.8, "Daerah")),
    (235.2, 240.4, (297.7, 348.2, "Hasil Koordinasi"), (384.1, 412.9, "dokumen")),
    (243.2, 249.7, (297.7, 340.0, "Forkopimcam")),
]  # fmt: skip


def test_figures_half_the_wrapping_pitch_under_a_sasarans_last_word_open_their_own_row():
    tables, _ = borderless_tables(_measured(*PAGE_22))
    rows = tables[0].rows
    forkopimcam = next(row for row in rows if row[3].startswith("Persentase rekomendasi"))
    assert forkopimcam == [
        "",
        "",
        "",
        "Persentase rekomendasi Forkopimcam yang ditindaklanjuti",
        "100%",
        "100%",
        "100%",
    ]
    assert ["", "", "Umum", "", "", "", ""] in rows  # the sasaran's rest, a row of words the table builder joins up
    rekomendasi = next(row for row in rows if row[3].startswith("Jumlah Rekomendasi"))
    assert rekomendasi[:3] == ["", "", ""]
