"""Header labels that wrap beside group labels, in a wide type (URW Bookman 10, the face of
many Indonesian government documents; `tests/renderings.py` held out, measured pages).

- Sub-labels set a line lower than their group labels because a neighbouring label wraps
  ("INDIKATOR" / "KINERJA"), under no label of their own: more header, not a body row.
  004's Tabel 2.6 through LibreOffice without rules, landscape: "SEBELUM PERUBAHAN" went
  into the column-number row, the header no longer told the target after the change from
  the one before, and the PDF gave the budget before the change (2.656.470.879 for
  2.637.727.846: a false `conflicting_values`, sedang).
- A header's first line holding the first lines of wrapped labels (one of them a group
  label over K | Rp.) is not a row of group labels: 002's Renja table (Tabel 2.1, the
  second) through Chromium with a header rule, landscape: its columns were named by
  broken-off first lines and 24 budget lines were unread."""

from __future__ import annotations

import pytest

from ingest.read.pdf.borderless import borderless_tables
from ingest.read.pdf.layout import Line
from tests.test_borderless import _measured


def test_sub_labels_a_line_under_their_group_labels_are_header():
    # page 16 of 004 (Bluto) through LibreOffice without rules, landscape, URW Bookman 10
    lines = _measured(
        (399.6, 413.6, (85.2, 104.0, "NO."), (116.4, 232.8, "PROGRAM/KEGIATAN"), (263.0, 324.2, "INDIKATOR"), (384.4, 428.4, "TARGET"), (584.5, 644.6, "ANGGARAN")),
        (411.6, 425.6, (263.0, 311.4, "KINERJA")),
        (427.6, 441.6, (384.4, 435.8, "SEBELUM"), (484.8, 534.6, "SETELAH"), (584.8, 636.2, "SEBELUM"), (685.3, 735.1, "SETELAH")),
        (439.6, 453.6, (384.4, 450.6, "PERUBAHAN"), (484.8, 551.0, "PERUBAHAN"), (584.8, 651.0, "PERUBAHAN"), (685.3, 751.5, "PERUBAHAN")),
        (455.6, 469.6, (85.2, 91.8, "1"), (116.4, 123.0, "2"), (263.0, 269.6, "3"), (384.4, 391.0, "4"), (484.8, 491.4, "5"), (584.8, 591.4, "6"), (685.3, 691.9, "7")),
        (475.2, 485.3, (85.2, 94.6, "1,"), (116.4, 213.0, "Program Penunjang"), (263.0, 315.8, "Persentase"), (384.4, 456.0, "2.656.470.879"), (484.8, 556.4, "2.637.727.846"), (584.8, 656.4, "2.656.470.879"), (685.3, 756.9, "2.637.727.846")),
        (487.2, 497.3, (116.4, 224.8, "Urusan Pemerintahan"), (263.0, 328.7, "terpenuhinya")),
        (499.2, 509.3, (116.4, 237.5, "Daerah Kabupaten/Kota"), (263.0, 353.9, "kebutuhan sarana")),
        (511.2, 521.3, (263.0, 370.5, "dan prasarana kantor")),
    )  # fmt: skip
    (table,), _ = borderless_tables(lines)
    assert table.rows[0] == ["NO.", "PROGRAM/KEGIATAN", "INDIKATOR KINERJA", "TARGET", "", "ANGGARAN", ""]
    assert table.rows[1] == ["", "", "", *["SEBELUM PERUBAHAN", "SETELAH PERUBAHAN"] * 2]
    assert table.rows[2] == ["1", "2", "3", "4", "5", "6", "7"]
    assert table.rows[3][4] == "2.637.727.846"


def _sub_labels_lower(size: float, sub: tuple[str, str]) -> list[Line]:
    """Another table as Word sets it (text left in its cells, no padding above or below):
    two group labels over two sub-columns each, a neighbour label wrapping to a second line,
    the sub-labels under it, a column-number row, figures."""
    char, pitch = 0.55 * size, 1.2 * size
    xs = [80.0, 80.0 + 3 * size, 80.0 + 18 * size, 80.0 + 30 * size]
    xs += [xs[-1] + k * 9 * size for k in range(1, 4)]  # four figure columns 9 ems wide

    def run(x: float, text: str) -> tuple[float, float, str]:
        return (x, x + char * len(text), text)

    def line(k: float, *runs: tuple[float, float, str]) -> Line:
        return Line(list(runs), 100.0 + k * pitch, 100.0 + k * pitch + size)

    return [
        line(0, run(xs[0], "No"), run(xs[1], "Sasaran"), run(xs[2], "Indikator"), run(xs[3], "Realisasi"), run(xs[5], "Pagu")),
        line(1, run(xs[2], "Kinerja Utama")),
        line(2, run(xs[3], sub[0]), run(xs[4], sub[1]), run(xs[5], sub[0]), run(xs[6], sub[1])),
        line(3, *(run(x, str(k + 1)) for k, x in enumerate(xs))),
        line(4.4, run(xs[0], "1."), run(xs[1], "Meningkatnya layanan"), run(xs[2], "Nilai IKM"), run(xs[3], "82,10"), run(xs[4], "84,25"), run(xs[5], "1.250.000"), run(xs[6], "1.300.000")),
        line(5.8, run(xs[0], "2."), run(xs[1], "Meningkatnya kinerja"), run(xs[2], "Nilai SAKIP"), run(xs[3], "70,03"), run(xs[4], "71,13"), run(xs[5], "2.400.000"), run(xs[6], "2.350.000")),
    ]  # fmt: skip


@pytest.mark.parametrize("size", [8.0, 10.0, 12.0])
@pytest.mark.parametrize("sub", [("Awal", "Akhir"), ("Semula", "Menjadi")])
def test_generated_sub_labels_a_line_lower_are_header(size, sub):
    (table,), _ = borderless_tables(_sub_labels_lower(size, sub))
    assert table.rows[0] == ["No", "Sasaran", "Indikator Kinerja Utama", "Realisasi", "", "Pagu", ""]
    assert table.rows[1] == ["", "", "", *sub, *sub]
    assert table.rows[2] == ["1", "2", "3", "4", "5", "6", "7"]
    assert table.rows[3][3:] == ["82,10", "84,25", "1.250.000", "1.300.000"]


RENJA = (  # page 111 of 002 (Plandaan) through Chromium with a header rule, landscape, URW Bookman 10
        (74.3, 81.2, (412.7, 445.1, "Realisasi"), (692.2, 769.5, "Realisasi Kinerja dan")),
        (82.6, 89.5, (418.0, 439.7, "target"), (474.3, 656.6, "Target dan realisasi kinerja program dan keluaran"), (686.8, 774.7, "Anggaran Renstra SKPD")),
        (90.8, 97.7, (416.0, 441.8, "kinerja"), (506.9, 624.1, "kegiatan SKPD pada Renja 2022"), (689.8, 772.0, "s/d tahun 2022 (Akhir")),
        (94.6, 101.5, (367.0, 390.2, "Target")),
        (98.3, 105.2, (420.2, 437.6, "hasil"), (683.9, 777.8, "tahun pelaksanaan Renja)")),
        (102.8, 109.7, (168.8, 250.2, "Urusan/bidang urusan"), (277.1, 340.2, "Indikator Kinerja"), (365.7, 391.6, "kinerja")),
        (106.6, 113.5, (413.6, 444.1, "program")),
        (111.1, 118.0, (110.8, 129.2, "Kode"), (162.5, 256.5, "pemerintahan daerah dan"), (270.9, 346.4, "Program (outcome) /"), (364.4, 392.9, "Renstra")),
        (114.8, 121.7, (422.2, 435.5, "dan")),
        (118.6, 125.5, (176.6, 242.4, "program/kegiatan"), (276.9, 340.4, "Kegiatan (output)"), (360.9, 396.4, "PD Tahun"), (585.2, 660.4, "Realisasi Triwulan II")),
        (123.1, 130.0, (413.0, 444.7, "keluaran"), (478.0, 544.9, "Target Renja 2022")),
        (126.8, 133.7, (369.4, 387.8, "2022"), (600.8, 644.9, "(sesuai SPD)")),
        (130.6, 137.5, (413.3, 444.4, "kegiatan"), (698.3, 703.9, "K"), (748.9, 761.3, "Rp.")),
        (138.8, 145.7, (410.8, 446.9, "s/d tahun")),
        (147.1, 154.0, (419.6, 438.1, "2022"), (475.6, 481.2, "K"), (529.6, 541.9, "Rp."), (590.2, 595.8, "K"), (640.9, 653.2, "Rp.")),
        (162.8, 169.7, (117.7, 122.3, "1"), (207.2, 211.8, "2"), (306.3, 310.9, "3"), (376.3, 380.9, "4"), (426.6, 431.2, "5"), (476.1, 480.7, "6"), (533.4, 538.0, "7"), (590.7, 595.3, "8"), (644.7, 649.4, "9"), (696.5, 705.7, "10"), (750.5, 759.7, "11")),
        (180.1, 186.9, (91.7, 117.9, "7.01.01"), (162.3, 231.9, "Program: Penunjang"), (270.7, 340.4, "Persentase rata-rata"), (360.6, 379.9, "100%"), (410.6, 436.5, "50.00%"), (461.1, 480.4, "100%"), (509.7, 559.8, "2.388.468.992"), (575.8, 601.7, "50.00%"), (624.3, 667.8, "930.582.158"), (683.8, 709.7, "50.00%"), (732.3, 775.8, "930.582.158")),
        (187.6, 194.4, (162.3, 238.4, "Urusan Pemerintahan"), (270.7, 324.2, "capaian kinerja")),
        (195.8, 202.7, (162.3, 245.9, "Daerah Kabupaten/kota"), (270.7, 300.7, "aparatur")),
        (211.6, 218.4, (91.7, 135.4, "7.01.01.2.01"), (162.3, 243.1, "Kegiatan: Perencanaan,"), (270.7, 342.2, "Persentase dokumen"), (360.6, 379.9, "100%"), (410.6, 436.5, "57.00%"), (461.1, 480.4, "100%"), (509.7, 544.5, "4.190.700"), (575.8, 601.7, "57.00%"), (624.3, 659.1, "2.006.000"), (683.8, 709.7, "57.00%"), (732.3, 767.2, "2.006.000")),
        (219.8, 226.7, (162.3, 225.6, "Penganggaran dan"), (270.7, 317.2, "perencanaan,")),
        (228.1, 234.9, (162.3, 255.9, "Evaluasi Kinerja Perangkat"), (270.7, 334.0, "penganggaran dan")),
        (236.3, 243.2, (162.3, 187.4, "Daerah"), (270.7, 337.2, "evaluasi kinerja PD")),
        (243.8, 250.7, (270.5, 343.7, "yang tersusun sesuai")),
        (252.1, 258.9, (270.7, 293.8, "aturan")),
)  # fmt: skip


@pytest.mark.parametrize("scale", [0.85, 1.0, 1.25])
def test_renja_header_first_line_of_wrapped_labels_is_no_row_of_group_labels(scale):
    # labels centred down an 80 pt header; its first line holds "Realisasi" (a column's own
    # label, wrapped over seven lines) and the first line of a group label over K | Rp.;
    # `scale`: the same page set in a smaller or larger type
    lines = _measured(
        *(
            (top * scale, bottom * scale, *((x0 * scale, x1 * scale, text) for x0, x1, text in runs))
            for top, bottom, *runs in RENJA
        )
    )
    (table,), _ = borderless_tables(lines)
    header = table.rows[0]
    assert header[:5] == [
        "Kode",
        "Urusan/bidang urusan pemerintahan daerah dan program/kegiatan",
        "Indikator Kinerja Program (outcome) / Kegiatan (output)",
        "Target kinerja Renstra PD Tahun 2022",
        "Realisasi target kinerja hasil program dan keluaran kegiatan s/d tahun 2022",
    ]
    assert header[9] == "Realisasi Kinerja dan Anggaran Renstra SKPD s/d tahun 2022 (Akhir tahun pelaksanaan Renja)"
    assert ["", "", "", "", "", "K", "Rp.", "K", "Rp.", "K", "Rp."] in table.rows
    assert [str(k) for k in range(1, 12)] in table.rows
    assert table.rows[-1][6] == "4.190.700"


def _wrapped_first_line(size: float) -> list[Line]:
    """Another header as a browser centres it down its height: the first line holds the
    first line of a column's own label and of a group label over K | Rp., both wrapping;
    the sub-labels in a header row of their own, padded apart; a column after the group."""
    char, pitch = 0.5 * size, 1.2 * size
    xs = [80.0 + k * size for k in (0, 6, 24, 34, 42, 52, 62)]

    def centred(a: float, b: float, text: str) -> tuple[float, float, str]:
        middle = (a + b) / 2
        return (middle - char * len(text) / 2, middle + char * len(text) / 2, text)

    def left(col: int, text: str) -> tuple[float, float, str]:
        return (xs[col] + 0.5 * size, xs[col] + 0.5 * size + char * len(text), text)

    def line(k: float, *runs: tuple[float, float, str]) -> Line:
        return Line(list(runs), 100.0 + k * pitch, 100.0 + k * pitch + size)

    body = [
        ("7.01", "Program Penunjang", "50.00%", "50.00%", "930.582.158", "Tercapai"),
        ("7.01.02", "Program Pelayanan", "57.00%", "57.00%", "2.006.000", "Tercapai"),
    ]
    return [
        line(0, centred(xs[2], xs[3], "Realisasi"), centred(xs[3], xs[5], "Capaian Kinerja dan")),
        line(1, centred(xs[2], xs[3], "capaian"), centred(xs[3], xs[5], "Anggaran Akhir")),
        line(1.5, centred(xs[0], xs[1], "Kode"), centred(xs[1], xs[2], "Nama Program"), centred(xs[5], xs[6], "Ket.")),
        line(2, centred(xs[2], xs[3], "kinerja")),
        line(3.5, centred(xs[3], xs[4], "K"), centred(xs[4], xs[5], "Rp.")),
        *(line(5 + 1.5 * k, *(left(col, text) for col, text in enumerate(row))) for k, row in enumerate(body)),
    ]  # fmt: skip


@pytest.mark.parametrize("size", [8.0, 10.0, 12.0])
def test_generated_first_line_of_wrapped_labels_heads_its_own_columns(size):
    # a guard on the same path: here the first line's labels are centred as a browser does
    # (the rows of group labels read them right before too), and they stay so
    (table,), _ = borderless_tables(_wrapped_first_line(size))
    assert table.rows[0] == [
        "Kode",
        "Nama Program",
        "Realisasi capaian kinerja",
        "Capaian Kinerja dan Anggaran Akhir",
        "",
        "Ket.",
    ]
    assert table.rows[1] == ["", "", "", "K", "Rp.", ""]
    assert table.rows[2][4] == "930.582.158"
