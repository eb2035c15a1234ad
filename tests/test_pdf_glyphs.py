"""Text drawn a glyph at a time, kerned pairs overlapping (how Chromium prints a heading in
bold Liberation Sans: "A" 490.9-497.4 and "T" from 496.7 in 000's RENCANA KERJA TAHUNAN):
each glyph is read once, and words keep their spaces."""

from fpdf import FPDF

from ingest.read.pdf import scan_pages

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
