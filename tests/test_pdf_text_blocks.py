"""Prose around the tables: lines into runs and paragraphs, captions apart. One behaviour per
test, on lines as the PDF reader builds them. The positions are measured on the samples
printed in a larger type than the rendering matrix uses (prose 12 pt at 1.35 line spacing,
tables in DejaVu Sans 10 pt): 004 through Chromium without rules, 001 through WeasyPrint
with a rule under the header."""

from __future__ import annotations

import pytest

from ingest.model import Paragraph, Table
from ingest.read.pdf.assemble import Assembler
from ingest.read.pdf.layout import FoundTable, Line, PageItems, lines_from_runs

# 004 through Chromium, page 29: a justified paragraph whose word spaces grew to 14 pt
JUSTIFIED = [
    (84.8, 538.5, 277.6, 291.6, "Pendapatan dan Belanja Daerah (APBD) Kabupaten Sumenep Tahun"),
    (84.7, 144.3, 294.1, 308.1, "Anggaran"),
    (158.2, 188.8, 294.1, 308.1, "2023"),
    (202.7, 249.8, 294.1, 308.1, "sebesar"),
    (263.8, 284.3, 294.1, 308.1, "Rp."),
    (298.3, 393.9, 294.1, 308.1, "2.896.407.246,-"),
    (407.9, 473.5, 294.1, 308.1, "sedangkan"),
    (487.5, 538.4, 294.1, 308.1, "realisasi"),
    (84.8, 538.4, 326.4, 340.3, "dikatakan tahun 2023 serapan anggaran sebesar 87% dan nilai efisiensi"),
]


def test_a_justified_line_whose_word_spaces_look_like_gutters_is_one_run():
    # Each word a segment, the line was a table of one row: the paragraph lost the budget
    # it states (pagu and realisasi, a finding of its own against the tables).
    lines = lines_from_runs(JUSTIFIED)
    assert [len(line.segments) for line in lines] == [1, 1, 1]
    assert lines[1].text == "Anggaran 2023 sebesar Rp. 2.896.407.246,- sedangkan realisasi"


def test_words_spaced_evenly_are_a_row_unless_a_prose_line_near_shares_their_edges():
    # the same words without the prose lines around them: a row of a table for all we know
    lines = lines_from_runs(JUSTIFIED[1:8])
    assert len(lines[0].segments) == 7
    # figures set evenly between prose lines are a row of figures, not justified words
    figures = [(x0, x1, top, bottom, "100") for x0, x1, top, bottom, _ in JUSTIFIED[1:8]]
    lines = lines_from_runs([JUSTIFIED[0], *figures, JUSTIFIED[-1]])
    assert len(lines[1].segments) == 7
    # uneven spaces are gutters (a row of cells), however close the prose lines
    uneven = [(x0 + 9 * (k % 2), x1 + 9 * (k % 2), top, bottom, text) for k, (x0, x1, top, bottom, text) in
              enumerate(JUSTIFIED[1:8])]  # fmt: skip
    lines = lines_from_runs([JUSTIFIED[0], *uneven, JUSTIFIED[-1]])
    assert len(lines[1].segments) > 1


def _prose(top: float, text: str, x0: float = 84.8, x1: float = 538.5, height: float = 13.9) -> Line:
    return Line([(x0, x1, text)], top, top + height)


def test_paragraphs_closer_than_a_line_apart_are_told_by_their_own_line_spacing():
    # 004 through Chromium, page 8: the misi list's paragraph ends, the next opens 7.8 pt
    # below (its lines 2.5 pt apart). Read as one, the sentence citing "Misi ke 1, 4, dan 7"
    # was taken for more of the list and the misi it cites went unchecked.
    lines = [
        _prose(71.4, "Masyarakat. - Misi 4 : Melaksanakan Pembangunan Berazas Gotong"),
        _prose(87.9, "Royong Dan Berkearifan Lokal. - Misi 5 : Memperkuat Pembangunan"),
        _prose(103.6, "Infrastruktur Berbasis Lingkungan Hidup Yang Berimbang Antara"),
        _prose(120.1, "Daratan Dan Kepulauan.", x1=234.8),
        _prose(141.9, "Penyusunan Rencana Strategis (Renstra) Kecamatan Bluto berdasarkan"),
        _prose(158.4, "tugas dan fungsi mengacu kepada RPJMD yaitu Misi ke 1, 4, dan 7"),
    ]
    blocks = Assembler().run([PageItems(8, 841.9, lines)])
    assert [b.text.split()[0] for b in blocks] == ["Masyarakat.", "Penyusunan"]
    # lines set at one spacing stay one paragraph
    even = [_prose(71.4 + 16.5 * k, line.text) for k, line in enumerate(lines)]
    assert len(Assembler().run([PageItems(8, 841.9, even)])) == 1


def _agreement(top: float) -> FoundTable:
    rows = [["NO", "SASARAN STRATEGIS", "CAPAIAN"], ["1.", "Melebihi/melampaui target", "103,87%"]]
    return FoundTable(rows, top, top + 40.0, [117.4, 268.0])


def test_a_caption_set_close_under_a_paragraph_still_titles_its_table():
    # 001 through WeasyPrint, page 30: "Tabel 3.1.1.2" 8.0 pt under the paragraph's last line
    # (0.6 of its 14 pt is 8.4): read as the paragraph's last words, every table of the
    # report lost its caption and its year (2023 results filed under 2024).
    lines = [
        _prose(
            110.4,
            "Berdasarkan pengukuran kinerja tersebut diatas diperoleh data dan informasi, sebagai berikut:",
            x1=668.5,
        ),  # fmt: skip
        Line([(398.9, 471.3, "Tabel 3.1.1.2")], 132.4, 144.0),
        Line([(260.2, 610.1, "Pencapaian Kinerja Sasaran Kecamatan Sumobito Tahun 2024")], 145.9, 157.5),
    ]
    blocks = Assembler().run([PageItems(30, 595.3, lines, [_agreement(166.4)])])
    table = next(b for b in blocks if isinstance(b, Table))
    assert (table.caption, table.title) == ("Tabel 3.1.1.2", "Pencapaian Kinerja Sasaran Kecamatan Sumobito Tahun 2024")
    assert [b.text for b in blocks if isinstance(b, Paragraph)] == [lines[0].text]


def test_a_sentence_running_on_into_tabel_at_the_left_edge_stays_one_paragraph():
    lines = [
        _prose(110.4, "Capaian kinerja sasaran tahun ini dapat dilihat pada"),
        _prose(126.9, "Tabel 3.2 yang menunjukkan bahwa seluruh sasaran tercapai."),
    ]
    blocks = Assembler().run([PageItems(30, 841.9, lines)])
    assert [b.text for b in blocks] == [f"{lines[0].text} {lines[1].text}"]


def test_cells_set_a_little_wider_apart_than_the_lines_word_spaces_are_runs_of_their_own():
    """Chromium, 002's Tabel 3.9 without rules, DejaVu Sans 10 pt, page 54 (measured): the
    program's "Koordinasi dan Penyusunan" fills its cell, 6.3 pt before the indicator's
    "Jumlah laporan capaian" - under the fixed 6.5 pt gap (0.8 of the line's height), so
    the two were one run, the indicator's first words read into the program's column
    and its figures filed under "kinerja dan ikhtisar ..." (two false total mismatches, one
    tinggi). The line's own word spaces are 2.2-2.3 pt: a gap of 2.5 of them parts runs."""
    runs = [
        (157.33, 207.41, 251.51, 259.64, "Terlaksananya", 258.0), (209.63, 245.88, 251.51, 259.64, "Koordinasi", 258.0),
        (261.8, 298.04, 251.51, 259.64, "Koordinasi", 258.0), (300.27, 313.43, 251.51, 259.64, "dan", 258.0),
        (315.65, 358.17, 251.51, 259.64, "Penyusunan", 258.0), (364.19, 388.52, 251.51, 259.64, "Jumlah", 258.0),
        (390.75, 417.29, 251.51, 259.64, "laporan", 258.0), (419.52, 447.04, 251.51, 259.64, "capaian", 258.0),
        (454.18, 458.63, 251.51, 259.64, "5", 258.0), (460.86, 487.4, 251.51, 259.64, "laporan", 258.0),
    ]  # fmt: skip
    (line,) = lines_from_runs(runs)
    assert [text for _, _, text in line.segments] == [
        "Terlaksananya Koordinasi", "Koordinasi dan Penyusunan", "Jumlah laporan capaian", "5 laporan"
    ]  # fmt: skip


def test_a_line_of_words_evenly_spaced_stays_one_run():
    """Prose and a cell's words, spaced alike (a justified line's wider spaces included),
    stay one run: only a gap several of the line's own word spaces wide parts them."""
    words = ["Rencana", "kinerja", "tahunan", "disusun", "berdasarkan", "Renstra", "kecamatan"]
    for space in (2.3, 3.0, 5.5):
        runs, x = [], 85.0
        for word in words:
            runs.append((x, x + 6.0 * len(word), 100.0, 110.0, word, 108.0))
            x += 6.0 * len(word) + space
        (line,) = lines_from_runs(runs)
        assert [text for _, _, text in line.segments] == [" ".join(words)]


def test_cells_in_words_wide_type_with_narrowed_margins_are_runs_of_their_own():
    """WeasyPrint, 002's Tabel 3.9 with a header rule, landscape, URW Bookman 7 pt in cells
    of 2.8 pt margins (Word's 0,1 cm), page 63 (measured): two cells' texts 5.6 pt apart,
    2.5 of the line's 2.2 pt word spaces - and where the line shows only two word spaces,
    the fixed 0.8 of its height (5.66 pt) was the gap. "Pelaksanaan Penatausahaan Jumlah
    Pelaksanaan" was one run: the sub-kegiatan's budget line named after half its indicator."""
    runs = [
        (160.48, 188.89, 192.87, 199.94, "Capaian", 197.96), (191.13, 216.32, 192.87, 199.94, "Kinerja", 197.96),
        (218.51, 231.43, 192.87, 199.94, "dan", 197.96), (233.67, 260.92, 192.87, 199.94, "Ikhtisar", 197.96),
        (266.51, 279.43, 192.87, 199.94, "dan", 197.96), (281.67, 308.92, 192.87, 199.94, "Ikhtisar", 197.96),
        (311.11, 341.44, 192.87, 199.94, "Realisasi", 197.96), (370.89, 399.29, 192.87, 199.94, "realisasi", 197.96),
        (401.53, 425.91, 192.87, 199.94, "kinerja", 197.96), (427.95, 444.22, 192.87, 199.94, "yang", 197.96),
    ]  # fmt: skip
    (line,) = lines_from_runs(runs)
    assert [text for _, _, text in line.segments] == [
        "Capaian Kinerja dan Ikhtisar", "dan Ikhtisar Realisasi", "realisasi kinerja yang"
    ]  # fmt: skip
    runs = [
        (160.23, 210.39, 353.62, 360.69, "Terlaksananya", 358.71), (266.51, 309.83, 353.62, 360.69, "Pelaksanaan", 358.71),
        (312.07, 365.14, 353.62, 360.69, "Penatausahaan", 358.71), (370.74, 397.21, 353.62, 360.69, "Jumlah", 358.71),
        (399.45, 442.77, 353.62, 360.69, "Pelaksanaan", 358.71),
    ]  # fmt: skip
    (line,) = lines_from_runs(runs)
    assert [text for _, _, text in line.segments] == [
        "Terlaksananya", "Pelaksanaan Penatausahaan", "Jumlah Pelaksanaan"
    ]  # fmt: skip


def _cells_line(size: float, space: float, apart: float, cells: list[list[str]]) -> list[tuple]:
    """Runs of a line of cells: words `space` apart, cells `apart`, in a type of `size`."""
    runs, x = [], 90.0
    for cell in cells:
        for word in cell:
            runs.append((x, x + 0.55 * size * len(word), 100.0, 100.0 + size, word, 100.0 + 0.8 * size))
            x += 0.55 * size * len(word) + space
        x += apart - space
    return runs


@pytest.mark.parametrize("size", [6.0, 7.0, 8.0])  # at 9 pt the cells stand under two word spaces apart
@pytest.mark.parametrize(
    "cells",
    [
        [["Koordinasi", "Penyusunan"], ["Jumlah", "laporan"]],
        [["Penatausahaan"], ["Jumlah", "dokumen", "SKPD"], ["12", "kali"]],
    ],
)
def test_generated_cells_five_and_a_half_points_apart_in_a_wide_type_are_runs(size, cells):
    # a wide type's word space (0.32 em); Word's narrowed margins leave 5.67 pt between cells
    (line,) = lines_from_runs(_cells_line(size, 0.32 * size, 5.67, cells))
    assert [text for _, _, text in line.segments] == [" ".join(cell) for cell in cells]


@pytest.mark.parametrize("size", [7.0, 10.0])
def test_a_double_space_typed_in_a_line_of_few_words_stays_inside_its_run(size):
    # must-not: a double space (two word spaces), the line showing one or two single spaces
    words = [["Tabel", "3.9"], ["Realisasi", "anggaran"]]  # "Tabel 3.9  Realisasi anggaran"
    space = 0.32 * size
    (line,) = lines_from_runs(_cells_line(size, space, 2 * space, words))
    assert [text for _, _, text in line.segments] == ["Tabel 3.9 Realisasi anggaran"]


def _over_a_break(end: str, start: str) -> list:
    """Two pages: a paragraph's last line at the foot of the first ending with `end`, the
    second opening with `start`."""
    first = [_prose(700.0, "Dalam Tahun Anggaran 2023 untuk pelaksanaan program dan kegiatan"), _prose(716.4, end)]
    second = [_prose(80.0, start), _prose(96.4, "anggaran sebesar 87% dan nilai efisiensi anggaran sebesar 88,9%.")]
    return Assembler().run([PageItems(23, 841.9, first), PageItems(24, 841.9, second)])


def test_a_paragraph_ending_a_page_on_an_abbreviation_goes_on_over_the_break():
    """WeasyPrint, 004 in URW Bookman 12 (pages 23-24, measured text): "... sedangkan
    realisasi anggaran mencapai Rp." at the page's foot, "2.519.973.338,- dengan demikian
    ..." on the next. "Rp." was taken for a sentence's end: the realisasi the sentence
    states was lost, and with it a `conflicting_values` the text export gives."""
    blocks = _over_a_break("sebesar Rp. 2.896.407.246,- sedangkan realisasi anggaran mencapai Rp.",
                           "2.519.973.338,- dengan demikian dapat dikatakan tahun 2023 serapan")  # fmt: skip
    assert len(blocks) == 1
    assert "mencapai Rp. 2.519.973.338,- dengan demikian" in blocks[0].text


@pytest.mark.parametrize(("end", "start"), [("sebagaimana tercantum dalam Peraturan Bupati No.", "12 Tahun 2023 tentang"),
                                            ("yang berlokasi di wilayah Kec.", "Plandaan Kabupaten Jombang")])  # fmt: skip
def test_generated_other_abbreviations_at_a_pages_foot_go_on(end, start):
    assert len(_over_a_break(end, start)) == 1


def test_a_sentence_ending_a_page_ends_its_paragraph():
    # must-not: a full stop after a word that is no abbreviation ends the paragraph there
    blocks = _over_a_break("sehingga target kinerja tahun ini telah tercapai.", "Dengan tersusunnya laporan ini")
    assert len(blocks) == 2
