"""Group labels on a line of their own over the header's sub-labels ("Target" and
"Realisasi", each centred over 2022 | 2023 | 2024) head all the columns they are centred
on, even when the table's last column ends, as far as its text shows, short of its cell.

Measured on 000 (Sananwetan) printed by Chromium in Carlito 11 without rules, landscape
(`tests/renderings.py`): Tabel 3.3 goes on on page 25 under its repeated header, whose last
cells hold only "100%". The columns' edges put the middle of 2022 | 2023 | 2024 10 pt left
of "Realisasi", which was read over 2023 alone; "Target", starting by chance where "2023"
does, was then taken as set left (Word's way) over 2023 alone too. The header differed from
page 24's, the continuation became "Tabel tanpa judul (halaman 25)", and the prose's count
of indicators short in 2023 was checked against half a table: two false findings. Expected
rows are the sample's text export (Tabel 3.3, lines 612-621).

Also a header label alone on its line over no cells (the page shows none under it): a
column of its own, not part of its neighbour's."""

from __future__ import annotations

import pytest

from ingest.read.pdf.borderless import borderless_tables
from ingest.read.pdf.layout import Line
from tests.test_borderless import _measured

YEARS = ["2022", "2023", "2024"]


def test_group_labels_over_years_whose_last_cells_are_short_head_all_three():
    # page 25: "Target" 497-525 over years 447 | 498 | 551, "Realisasi" 667-706 over 610 | 677 | 742
    lines = _measured(
        (72.8, 83.7, (497.0, 525.0, "Target"), (667.0, 706.0, "Realisasi")),
        (81.0, 92.0, (92.0, 251.0, "Kinerja Utama / Sasaran / Program"), (308.0, 384.0, "Indikator Kinerja")),
        (89.3, 100.2, (447.0, 469.0, "2022"), (498.0, 521.0, "2023"), (551.0, 573.0, "2024"), (610.0, 633.0, "2022"), (677.0, 699.0, "2023"), (742.0, 764.0, "2024")),
        (105.8, 116.7, (90.0, 232.0, "Meningkatnya penyelenggaraan"), (265.0, 413.0, "Presentase pelayanan Kecamatan"), (438.0, 457.0, "97%"), (489.0, 508.0, "97%"), (541.0, 566.0, "100%"), (594.0, 618.0, "100%"), (660.0, 693.0, "95,51%"), (726.0, 751.0, "100%")),
        (118.5, 129.5, (90.0, 251.0, "pemerintahan dan pelayanan publik"), (265.0, 318.0, "tepat waktu")),
        (135.0, 146.0, (90.0, 232.0, "Meningkatnya penyelenggaraan"), (265.0, 362.0, "Presentase koordinasi"), (438.0, 463.0, "100%"), (489.0, 513.0, "100%"), (541.0, 566.0, "100%"), (594.0, 618.0, "100%"), (660.0, 685.0, "100%"), (726.0, 751.0, "100%")),
        (147.8, 158.7, (90.0, 218.0, "urusan pemerintahan umum"), (265.0, 383.0, "pemerintahan umum yang")),
        (160.5, 171.5, (265.0, 329.0, "ditindaklanjuti")),
        (177.0, 188.0, (90.0, 223.0, "Meningkatnya pemberdayaan"), (265.0, 418.0, "Presentase hasil koordinasi bidang"), (438.0, 463.0, "100%"), (489.0, 513.0, "100%"), (541.0, 566.0, "100%"), (594.0, 618.0, "100%"), (660.0, 685.0, "100%"), (726.0, 751.0, "100%")),
        (189.8, 200.7, (90.0, 230.0, "masyarakat desa dan kelurahan"), (265.0, 404.0, "pemberdayaan masyarakat dan")),
        (202.5, 213.5, (265.0, 419.0, "pembangunan yang ditindaklanjuti")),
        (219.0, 230.0, (265.0, 366.0, "Presentase RT Berdaya"), (438.0, 457.0, "75%"), (489.0, 508.0, "75%"), (541.0, 566.0, "100%"), (594.0, 618.0, "100%"), (660.0, 685.0, "100%"), (726.0, 751.0, "100%")),
    )  # fmt: skip
    (table,), _ = borderless_tables(lines)
    assert table.rows[0] == [
        "Kinerja Utama / Sasaran / Program",
        "Indikator Kinerja",
        "Target",
        "",
        "",
        "Realisasi",
        "",
        "",
    ]
    assert table.rows[1][2:] == YEARS + YEARS
    assert table.rows[2][1:] == [
        "Presentase pelayanan Kecamatan tepat waktu",
        "97%",
        "97%",
        "100%",
        "100%",
        "95,51%",
        "100%",
    ]
    assert table.rows[5][1:] == ["Presentase RT Berdaya", "75%", "75%", "100%", "100%", "100%", "100%"]


def _table(size: float, groups: tuple[str, str], last: str, labels_over_each: bool = False) -> list[Line]:
    """Another table of other words and size, as a browser centres it: two group labels,
    each centred over the whole cells of three year columns (`groups`), a line above the
    years; figures set left in their cells, the last column's only `last`, shorter than its
    year, so the text ends well short of the cell. `labels_over_each`: a label over each
    year column instead (no group label)."""
    char, pad, width = 0.5 * size, 0.5 * size, 6.0 * size
    first = 80.0 + 2 * 14 * size  # two text columns of 14 ems

    def run(x: float, text: str) -> tuple[float, float, str]:
        return (x, x + char * len(text), text)

    def centred(a: float, b: float, text: str) -> tuple[float, float, str]:
        return run((a + b) / 2 - char * len(text) / 2, text)

    cells = [(first + k * width, first + (k + 1) * width) for k in range(6)]
    top, pitch = 100.0, 1.5 * size
    if labels_over_each:
        heads = [centred(a, b, text) for (a, b), text in zip(cells, ["Rencana", "Capaian", "Selisih"] * 2, strict=True)]
    else:
        heads = [centred(cells[0][0], cells[2][1], groups[0]), centred(cells[3][0], cells[5][1], groups[1])]
    lines = [
        Line(heads, top, top + size),
        Line([run(80.0, "Sasaran"), run(80.0 + 14 * size, "Indikator")], top + 0.75 * pitch, top + 0.75 * pitch + size),
        Line(
            [centred(a, b, year) for (a, b), year in zip(cells, YEARS * 2, strict=True)],
            top + 1.5 * pitch,
            top + 1.5 * pitch + size,
        ),
    ]
    figures = ["Baik (84)", "Baik (86)", "Baik (88)", "Baik (83)", "Baik (87)", last]
    for k, name in enumerate(["Indeks Kepuasan", "Persentase dokumen"]):
        y = top + (3 + 1.5 * k) * pitch
        lines.append(
            Line(
                [run(80.0, "Meningkatnya layanan"), run(80.0 + 14 * size, name)]
                + [run(a + pad, f) for (a, _), f in zip(cells, figures, strict=True)],
                y,
                y + size,
            )
        )
    return lines  # fmt: skip


@pytest.mark.parametrize("size", [8.0, 9.5, 11.0, 12.0])
@pytest.mark.parametrize(
    ("groups", "last"), [(("Target", "Realisasi"), "100%"), (("Rencana Kinerja", "Capaian"), "98,5")]
)
def test_generated_group_labels_head_three_years_whatever_the_last_cell_holds(size, groups, last):
    (table,), _ = borderless_tables(_table(size, groups, last))
    assert table.rows[0][2:] == [groups[0], "", "", groups[1], "", ""]
    assert table.rows[1][2:] == YEARS + YEARS
    assert table.rows[2][7] == last


@pytest.mark.parametrize("size", [8.0, 11.0])
def test_a_label_over_each_year_stays_over_its_own_column(size):
    # must-not: centred over its sub-label and, with the others, over the three - but each
    # column has its own label on that line, so none is a group label
    (table,), _ = borderless_tables(_table(size, ("", ""), "100%", labels_over_each=True))
    assert table.rows[0][2:] == ["Rencana", "Capaian", "Selisih"] * 2


def test_a_header_label_alone_on_its_line_over_no_cells_is_a_column_of_its_own():
    """WeasyPrint without rules, 000's Tabel 3.4 in Carlito 11, landscape (measured, page
    25): the table opens at the page's foot with its header and one row whose names the
    break took to the next page (WeasyPrint centres cells down their rows), so nothing on
    the page stands under "Indikator Kinerja", centred down the header on a line of its
    own. It went into the sasaran's column; the header then differed from page 26's and
    the table was unread (the IKM's 2024 values and two findings lost)."""
    lines = _measured(
        (490.0, 503.0, (92.0, 252.0, "Kinerja Utama / Sasaran Strategis /"), (446.0, 533.0, "Kinerja Tahun 2024"), (575.0, 668.0, "Target Akhir Renstra"), (723.0, 757.0, "Tingkat")),
        (498.4, 509.4, (306.0, 382.0, "Indikator Kinerja")),
        (504.7, 517.7, (135.0, 208.0, "Kinerja Program"), (442.0, 470.0, "Target"), (496.0, 535.0, "Realisasi"), (598.0, 646.0, "2021-2026"), (717.0, 763.0, "Kemajuan")),
        (523.3, 534.3, (435.0, 474.0, "Baik (88)"), (488.0, 543.0, "Baik (88, 14)"), (554.0, 593.0, "Baik (90)"), (700.0, 733.0, "97,77%")),
    )  # fmt: skip
    (table,), _ = borderless_tables(lines)
    assert table.rows[0][:2] == ["Kinerja Utama / Sasaran Strategis / Kinerja Program", "Indikator Kinerja"]
    assert table.rows[-1] == ["", "", "Baik (88)", "Baik (88, 14)", "Baik (90)", "97,77%"]


def _lone_label(size: float, lone: str, x: float, width: float) -> list[Line]:
    """A header of three lines over one row of figures: a label alone on the middle line at
    `x`, `width` wide (a centred label of its own column, or a group label)."""
    pitch = 1.2 * size

    def seg(at: float, text: str) -> tuple[float, float, str]:
        return (at, at + 0.5 * size * len(text), text)

    figures = [seg(420 + k * 80, f) for k, f in enumerate(["98,5", "100%", "97,2"])]
    return [
        Line([seg(60, "Sasaran Strategis /"), seg(420, "Target"), seg(500, "Realisasi"), seg(580, "Capaian")], 100, 100 + size),
        Line([(x, x + width, lone)], 100 + 0.6 * pitch, 100 + 0.6 * pitch + size),
        Line([seg(60, "Program")], 100 + 1.2 * pitch, 100 + 1.2 * pitch + size),
        Line(figures, 100 + 2.6 * pitch, 100 + 2.6 * pitch + size),
    ]  # fmt: skip


@pytest.mark.parametrize("size", [8.0, 10.0, 12.0])
def test_generated_a_lone_label_in_the_white_between_columns_heads_a_column(size):
    (table,), _ = borderless_tables(_lone_label(size, "Indikator Kinerja", 250.0, 8.5 * size))
    assert table.rows[0][:2] == ["Sasaran Strategis / Program", "Indikator Kinerja"]
    assert table.rows[-1][2:] == ["98,5", "100%", "97,2"]


@pytest.mark.parametrize("size", [8.0, 12.0])
def test_a_lone_label_reaching_over_the_columns_splits_none(size):
    # must-not: a label alone on its line across the figures' columns ("Tahun 2024" over
    # Target, Realisasi and Capaian) is over them, not a column between
    (table,), _ = borderless_tables(_lone_label(size, "Kinerja Tahun 2024", 430.0, 170.0))
    assert len(table.rows[-1]) == 4
    assert table.rows[-1][1:] == ["98,5", "100%", "97,2"]


def test_a_wrapped_label_alone_on_its_lines_beside_the_bodys_cells_stays_over_its_figures():
    """Must-not, Chromium with a header rule, 001's Tabel 3.1.2.1 in the matrix's own type
    (measured, page 22): "Target" / "Tahunan", each alone on its line, stand in the white
    between the target figures ("72", "8", set left) and 2022's. The body has cells left of
    them: the label is over short figures, not a column the page does not show."""
    lines = _measured(
        (382.6, 392.6, (461.0, 500.0, "Realisasi")),
        (387.1, 397.1, (375.0, 401.0, "Target")),
        (392.4, 402.4, (115.0, 191.0, "Sasaran Strategis"), (252.0, 323.0, "Indikator Kinerja")),
        (397.6, 407.6, (370.0, 406.0, "Tahunan")),
        (401.4, 411.4, (432.0, 452.0, "2022"), (471.0, 491.0, "2023"), (509.0, 529.0, "2024")),
        (420.1, 430.1, (92.0, 201.0, "Meningkatnya Akuntabilitas"), (228.0, 305.0, "Nilai Evaluasi AKIP"), (360.0, 370.0, "72"), (430.0, 452.0, "70,03"), (468.0, 491.0, "71,13"), (507.0, 529.0, "73,47")),
        (430.6, 440.6, (92.0, 185.0, "dan Kinerja Kecamatan"), (228.0, 314.0, "Kecamatan Sumobito")),
        (449.4, 459.4, (92.0, 182.0, "Meningkatnya Kualitas"), (228.0, 334.0, "Indeks Kualitas Pelayanan"), (360.0, 365.0, "8"), (430.0, 445.0, "N/A"), (468.0, 486.0, "7,68"), (507.0, 524.0, "8,14")),
        (459.1, 469.1, (92.0, 153.0, "Layanan Publik"), (228.0, 330.0, "Publik (IKPP) Kecamatan")),
        (469.6, 479.6, (228.0, 266.0, "Sumobito")),
    )  # fmt: skip
    (table,), _ = borderless_tables(lines)
    assert table.rows[0][:3] == ["Sasaran Strategis", "Indikator Kinerja", "Target Tahunan"]
    assert table.rows[2][2:] == ["72", "70,03", "71,13", "73,47"]
