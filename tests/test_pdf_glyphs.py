"""Text drawn a glyph at a time, kerned pairs overlapping (how Chromium prints a heading in
bold Liberation Sans: "A" 490.9-497.4 and "T" from 496.7 in 000's RENCANA KERJA TAHUNAN):
each glyph is read once, and words keep their spaces."""

import re
from pathlib import Path

from fpdf import FPDF

from ingest.read.pdf import read_pdf, scan_pages

WORDS = ["RENCANA", "KERJA", "TAHUNAN", "KECAMATAN", "SANANWETAN"]


def glyph_by_glyph_pdf() -> bytes:
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_font("helvetica", style="B", size=9)
    pdf.add_page()
    x = 85.0
    for word in WORDS:
        for a, b in zip(word, word[1:] + " ", strict=True):
            pdf.text(x, 140, a)
            # "AT", "TA", "WA" overlap by kerning, as the printed pairs do
            x += pdf.get_string_width(a) - (0.7 if a + b in ("AT", "TA", "WA") else 0.0)
        x += pdf.get_string_width(" ")
    pdf.text(85, 170, "Laporan ini disusun sebagai pertanggungjawaban kinerja kecamatan tahun 2024.")
    return bytes(pdf.output())


def test_glyphs_overlapping_by_kerning_are_read_once():
    (scan,) = scan_pages(glyph_by_glyph_pdf())
    texts = [line.text for line in scan.lines]
    assert "RENCANA KERJA TAHUNAN KECAMATAN SANANWETAN" in texts


def words_apart_pdf(grid: bool) -> bytes:
    """A table printed as Chromium prints one: each word placed on its own, no space glyph
    between words, in a 6 pt font whose loose glyph boxes nearly touch across the gap; the
    rows drawn with rules (grid) or with shaded rows only (zebra)."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_font("helvetica", size=6)
    pdf.add_page()
    rows = [
        ["No", "Indikator Kinerja", "Target Kinerja", "Realisasi Kinerja"],
        ["1", "Jumlah laporan capaian kinerja", "5 lap", "5 lap"],
        ["2", "Persentase pencairan gaji dan tunjangan", "100%", "100%"],
    ]
    lefts, widths = [60, 80, 200, 260], [20, 120, 60, 60]
    for r, row in enumerate(rows):
        top = 100 + 16 * r
        if grid:
            for left, width in zip(lefts, widths, strict=True):
                pdf.rect(left, top, width, 16)
        elif r % 2 == 0:
            pdf.set_fill_color(201, 215, 234)
            for left, width in zip(lefts, widths, strict=True):
                pdf.rect(left, top, width, 16, style="F")  # a rectangle per cell, as Chromium paints
        for left, cell in zip(lefts, row, strict=True):
            x = left + 2
            for word in cell.split():
                pdf.text(x, top + 10, word)
                x += pdf.get_string_width(word) + 1.3  # a space's gap less kerning (Chromium: 1.4), no glyph
    return bytes(pdf.output())


def test_words_set_apart_without_space_glyphs_keep_their_spaces_in_ruled_and_shaded_tables():
    for grid in (True, False):
        doc = read_pdf(words_apart_pdf(grid)).document
        (table,) = doc.tables
        cells = [c for r in table.rows for c in r.cells] + [c.label for c in table.columns]
        assert "Jumlah laporan capaian kinerja" in cells, grid
        assert "Persentase pencairan gaji dan tunjangan" in cells, grid
        assert "Target Kinerja" in " ".join(cells), grid
        assert "5 lap" in cells, grid


def test_glyphs_chromium_sets_over_their_neighbours_are_read_once_in_order():
    # Chromium sets each glyph in a rectangle of its own; a "j" reaches back over the "r" or
    # "n" before it, and its italic form in the running head too. Read by the text each
    # rectangle bounds, the body line came out "Kinerjrja", "Perjrjanj Iian" and the running
    # head "Kinerja j" (000 and 002 through Chromium, measured).
    from tests.renderings import TABLE_FACE, Kop, _chromium

    line = "2 Rencana Kinerja Tahun 2024 3 Perubahan Perjanjian Kinerja Tahun 2024"
    html = f"<html><body style=\"font: 10pt '{TABLE_FACE}'\"><p>{line}</p></body></html>"
    (scan,) = scan_pages(_chromium(html, Kop("Sananwetan", "Kota Blitar")))
    assert [line.text for line in scan.lines] == [
        line,
        "Laporan Kinerja Instansi Pemerintah Kecamatan Sananwetan Kota Blitar",  # the italic running head
        "Halaman 1",
    ]


def test_libreoffice_prose_keeps_its_punctuation_on_its_line(tmp_path):
    """LibreOffice writes its embedded fonts with /Ascent 0 /Descent 0; pdfium's "loose" box
    of a comma or a period in them can then be the glyph's own, 4.5 pt below the digits' top
    (000's Ikhtisar: "sebesar B (88 14) yang ..." with ", , . ." as a line of its own), and
    the summary's figures were lost with their findings. Every sentence of the export that
    states an absorption and an efficiency reads whole from the PDF."""
    from tests.renderings import Rendering, render

    sample = next((Path(__file__).parent.parent / "data" / "samples").glob("000_*.txt"))
    pdf = render(sample, Rendering("libreoffice", "grid", "portrait"), tmp_path / "000.pdf")
    prose = " ".join(" ".join(b.text.split()) for b in read_pdf(pdf).document.prose)
    stated = [
        s.strip()
        for line in sample.read_text(encoding="utf-8").splitlines()
        for s in re.split(r"(?<=\.) (?=\d\. )", " ".join(line.split()))
        if "tingkat efisiensi sebesar" in s
    ]
    assert len(stated) == 3  # items 2, 4 and 7 of the Ikhtisar Eksekutif
    for sentence in stated:
        assert sentence in prose


def test_glyphs_whose_ink_is_shorter_than_the_type_stay_one_word():
    # Chromium in DejaVu Sans (001's tables printed in it, measured): an "n" or an "a" is a
    # box of ink 4 pt tall in a 10 pt line, set 1.3 pt after the glyph before. Measured by
    # the short glyph, that gap was a word space: "Peru nda ng - U nda nga n", the lexicon
    # lost the document's words and "dikoordinasi" / "kan" broken in a narrow cell stayed apart.
    from tests.renderings import Kop, _chromium

    line = "Perundang-Undangan dan/atau Kepolisian Negara Republik Indonesia yang dikoordinasikan"
    html = f"<html><body style=\"font: 7pt 'DejaVu Sans'\"><p>{line}</p></body></html>"
    (scan,) = scan_pages(_chromium(html, Kop("Sumobito", "Kabupaten Jombang")))
    assert scan.lines[0].text == line
