"""A PDF whose text layer is broken: it prints right, but its fonts give no usable
Unicode, so the letters and numbers a reader gets are wrong. The reader must say so and
name the remedy (OCR, or a new export) instead of calling the report "bukan LKjIP", skip
only the broken pages of an otherwise good PDF, and leave good PDFs alone.

The fixtures are real PDFs built here: a subset TrueType font embedded the way Word and
many printer drivers do it (Type0, Identity-H, CID = glyph id) with no /ToUnicode map and
a damaged cmap of its own; and a sample rendered by fpdf2 with its /ToUnicode maps cut out.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest
from fontTools import subset
from fontTools.ttLib import TTFont

from ingest.model import Heading, Paragraph, Table
from ingest.pipeline import ingest_file
from ingest.read.pdf import BROKEN_PAGE_SHARE, PdfReadError, read_pdf, scan_pages
from ingest.store import connect
from tests.conftest import SAMPLES
from tests.test_pdf_fixtures import (
    BORDERLESS,
    LKJIP_PROSE,
    MEASUREMENT_ROWS,
    RULED,
    build_pdf,
    sideways_report,
    small_report,
    spaced_report,
)

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
BLUTO = SAMPLES / "004_1d7b7b35be8d125c.txt"
pytestmark = pytest.mark.skipif(not FONT.exists(), reason="needs the DejaVu fonts (fonts-dejavu-core)")

IDENTITY = "SELECT kecamatan, kabupaten_kota, provinsi, tahun FROM documents WHERE doc_id = ?"
INDICATORS = """
    SELECT tahun, indicator_kind, indikator, sasaran, target, realisasi, capaian_reported, table_kind
    FROM indicator_values WHERE doc_id = ? ORDER BY ALL"""
BUDGET = """
    SELECT tahun, level, name, pagu, realisasi, serapan_reported
    FROM budget_lines WHERE doc_id = ? AND NOT is_derived ORDER BY ALL"""

# An LKjIP page as it would be typed: identity, a caption and the measurement table's rows.
REPORT_LINES = [
    "LAPORAN KINERJA INSTANSI PEMERINTAH",
    LKJIP_PROSE[:92],
    LKJIP_PROSE[92:],
    "BAB III AKUNTABILITAS KINERJA",
    "Tabel 3.1 Pengukuran Kinerja Tahun 2024",
    *["   ".join(row) for row in MEASUREMENT_ROWS],
    "Realisasi anggaran Rp 1.949.000,00 dari pagu Rp 2.039.091.915,00 (95,58%).",
]


# Fixtures -----------------------------------------------------------------------------


def unmapped_font_pdf(pages: list[list[tuple[str, bool]]]) -> bytes:
    """A PDF of `pages`, each a list of (line, broken). Every line is drawn with the same
    subset of DejaVu Sans, embedded as Word embeds TrueType: a Type0 font, Identity-H, the
    CID being the glyph id. Broken lines use a font resource without /ToUnicode, as some
    producers write it; its embedded font's cmap lost '.' and maps '/' to the comma glyph
    (a subsetter's damage), so pdfminer, falling back to that cmap, reads '.' as (cid:17)
    and ',' as '/'. The other lines' font carries a correct /ToUnicode map."""
    text = {ch for page in pages for line, _ in page for ch in line} | set("0123456789")  # page numbers
    font = TTFont(FONT)
    cmap = font.getBestCmap()
    gid = {ch: font.getGlyphID(cmap[ord(ch)]) for ch in text}
    options = subset.Options(retain_gids=True, notdef_outline=True)  # glyph ids stay the CIDs
    options.drop_tables += ["FFTM"]  # FontForge's timestamp: fontTools cannot subset it (and says so)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(ch) for ch in text])
    subsetter.subset(font)
    for table in font["cmap"].tables:
        comma = table.cmap.pop(ord(","), None)
        table.cmap.pop(ord("."), None)
        if comma:
            table.cmap[ord("/")] = comma
    buffer = io.BytesIO()
    font.save(buffer)
    font_file = buffer.getvalue()
    per_em = font["head"].unitsPerEm
    widths = " ".join(f"{g} [{font['hmtx'][font.getGlyphName(g)][0] * 1000 // per_em}]" for g in sorted(gid.values()))
    to_unicode = "\n".join(
        [
            "/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
            "/CMapName /Adobe-Identity-UCS def /CMapType 2 def",
            "1 begincodespacerange <0000> <FFFF> endcodespacerange",
            f"{len(gid)} beginbfchar",
            *[f"<{g:04X}> <{ord(ch):04X}>" for ch, g in sorted(gid.items())],
            "endbfchar endcmap CMapName currentdict /CMap defineresource pop end end",
        ]
    ).encode()

    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    def stream(data: bytes, extra: str = "") -> bytes:
        return f"<< /Length {len(data)}{extra} >>\nstream\n".encode() + data + b"\nendstream"

    file_id = add(stream(font_file, f" /Length1 {len(font_file)}"))
    descriptor = add(
        b"<< /Type /FontDescriptor /FontName /ABCDEF+DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232]"
        b" /ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 %d 0 R >>" % file_id
    )
    cid_font = add(
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+DejaVuSans /CIDToGIDMap /Identity"
        b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
        b" /FontDescriptor %d 0 R /W [%s] >>" % (descriptor, widths.encode())
    )
    type0 = b"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+DejaVuSans /Encoding /Identity-H"
    broken_font = add(type0 + b" /DescendantFonts [%d 0 R] >>" % cid_font)
    map_id = add(stream(to_unicode))
    good_font = add(type0 + b" /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (cid_font, map_id))
    contents = []
    for number, page in enumerate(pages, 1):
        ops = ["BT 14 TL 56 780 Td"]
        for line, broken in page:
            glyphs = "".join(f"{gid[ch]:04X}" for ch in line)
            ops.append(f"/{'FB' if broken else 'FG'} 10 Tf <{glyphs}> Tj T*")
        ops.append(
            f"/FG 9 Tf 290 -{780 - 40 - 14 * len(page)} Td <{''.join(f'{gid[d]:04X}' for d in str(number))}> Tj ET"
        )
        contents.append(add(stream("\n".join(ops).encode())))
    pages_id = len(objects) + len(pages) + 1
    fonts = f"<< /FB {broken_font} 0 R /FG {good_font} 0 R >>"
    kids = [
        add(
            f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 595 842] /Resources << /Font {fonts} >>"
            f" /Contents {c} 0 R >>".encode()
        )
        for c in contents
    ]
    assert (
        add(f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()) == pages_id
    )
    catalog = add(f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode())
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
    return bytes(out)


def all_broken(lines: list[str]) -> list[tuple[str, bool]]:
    return [(line, True) for line in lines]


def without_to_unicode(data: bytes) -> bytes:
    """The PDF with every /ToUnicode entry blanked out (same length: offsets stay right)."""
    found = re.findall(rb"/ToUnicode \d+ 0 R", data)
    assert found, "the PDF has no /ToUnicode to remove"
    return re.sub(rb"/ToUnicode \d+ 0 R", lambda m: b" " * len(m.group()), data)


def with_page_inserted(good: bytes, page: bytes, at: int) -> bytes:
    """`good` with the single page of `page` inserted so that it becomes page `at`."""
    doc, extra = pdfium.PdfDocument(good), pdfium.PdfDocument(page)
    doc.import_pages(extra, index=at - 1)
    buffer = io.BytesIO()
    doc.save(buffer)
    doc.close()
    extra.close()
    return buffer.getvalue()


@pytest.fixture(scope="module")
def bluto_pdf(tmp_path_factory) -> Path:
    return build_pdf(BLUTO, tmp_path_factory.mktemp("lapisan") / "bluto.pdf", RULED)


def _plumber_text(data: bytes, page: int = 0) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return pdf.pages[page].extract_text()


def _pdfium_text(data: bytes, page: int = 0) -> str:
    doc = pdfium.PdfDocument(data)
    try:
        return doc[page].get_textpage().get_text_range()
    finally:
        doc.close()


# The fixtures are what they claim ----------------------------------------------------------


def test_the_unmapped_font_fixture_reads_mostly_right_in_pdfminer_but_punctuation_is_wrong():
    data = unmapped_font_pdf([all_broken(REPORT_LINES)])
    text = _plumber_text(data)
    assert "LAPORAN KINERJA INSTANSI PEMERINTAH" in text  # letters come through pdfminer's fallback
    assert "(cid:17)" in text  # '.' has no entry in the font's own cmap
    assert "88/14" in text and "88,14" not in text  # ',' comes back as '/'
    assert "1(cid:17)949(cid:17)000/00" in text  # so every number is wrong, not missing
    # pdfium has no fallback: it gives the glyph ids, digits and dots as control characters.
    assert "Kecamatan" not in _pdfium_text(data)
    assert any(ord(ch) < 0x20 and ch not in "\r\n" for ch in _pdfium_text(data))


def test_the_same_lines_in_the_mapped_font_read_right():
    data = unmapped_font_pdf([[(line, False) for line in REPORT_LINES]])
    text = _plumber_text(data)
    assert "Rp 1.949.000,00" in text and "(cid:" not in text
    assert "Kecamatan Sukamaju" in _pdfium_text(data)


def test_the_stripped_fpdf2_fixture_has_no_readable_text(bluto_pdf):
    good = bluto_pdf.read_bytes()
    assert "Bluto" in _plumber_text(good)
    broken = without_to_unicode(good)
    assert "Bluto" not in _plumber_text(broken) and "(cid:" in _plumber_text(broken)


# The reader ------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["unmapped-font", "stripped-sample"])
def test_a_report_with_a_broken_text_layer_fails_with_the_cause_and_the_remedy(kind, bluto_pdf, tmp_path, fresh_db):
    if kind == "unmapped-font":
        data = unmapped_font_pdf([all_broken(REPORT_LINES), all_broken(REPORT_LINES[::-1])])
    else:
        data = without_to_unicode(bluto_pdf.read_bytes())
    pdf = tmp_path / "rusak.pdf"
    pdf.write_bytes(data)
    with connect(str(fresh_db)) as con:
        result = ingest_file(con, pdf)
        stored = con.execute("SELECT status, source_format, error FROM documents").fetchall()
        figures = con.execute("SELECT count(*) FROM indicator_values").fetchone()[0]
    assert result.status == "failed", result.message
    # Every character of these files is drawn in a font without a usable map.
    assert "lapisan teks PDF rusak: 100% karakter tidak terpetakan" in result.message
    assert "OCR" in result.message and "ocrmypdf --force-ocr" in result.message
    assert "ekspor ulang" in result.message
    assert "(cid:" in result.message  # an example the user can recognise from other tools
    assert "bukan LKjIP" not in result.message
    assert stored == [("failed", "pdf", result.message)]
    assert figures == 0


def test_one_broken_page_is_skipped_and_named_and_the_rest_is_read(bluto_pdf, tmp_path, fresh_db):
    broken_page = unmapped_font_pdf([all_broken(REPORT_LINES)])
    pdf = tmp_path / "sebagian.pdf"
    pdf.write_bytes(with_page_inserted(bluto_pdf.read_bytes(), broken_page, at=4))
    assert "(cid:17)" in _plumber_text(pdf.read_bytes(), page=3)  # page 4 really is the broken one
    with connect(str(fresh_db)) as con:
        text_result = ingest_file(con, BLUTO)
        result = ingest_file(con, pdf)
        warnings = con.execute("SELECT warnings FROM documents WHERE doc_id = ?", [result.doc_id]).fetchone()[0]
        assert result.status == "ok", result.message
        # Bluto's identity and every figure of its text export.
        identity = con.execute(IDENTITY, [result.doc_id]).fetchone()
        assert identity[:2] == ("Bluto", "Kabupaten Sumenep") and identity[3] == 2023
        assert identity == con.execute(IDENTITY, [text_result.doc_id]).fetchone()
        text_figures = con.execute(INDICATORS, [text_result.doc_id]).fetchall()
        assert text_figures and con.execute(INDICATORS, [result.doc_id]).fetchall() == text_figures
        assert con.execute(BUDGET, [result.doc_id]).fetchall() == con.execute(BUDGET, [text_result.doc_id]).fetchall()
    skipped = [w for w in warnings if "lapisan teksnya rusak" in w]
    assert len(skipped) == 1 and skipped[0].startswith("halaman 4 dilewati"), warnings
    assert "OCR" in skipped[0] and "peringatan" in result.message
    # Nothing of page 4 reaches the document: neither its garbage nor its table.
    document = read_pdf(pdf).document
    texts = [b.text for b in document.blocks if isinstance(b, (Heading, Paragraph))]
    texts += [c for b in document.blocks if isinstance(b, Table) for r in b.rows for c in r.cells]
    assert not any(ord(ch) < 0x20 for t in texts for ch in t)
    assert not any("Sukamaju" in t for t in texts)


def test_a_page_with_a_few_unmapped_lines_is_read_and_a_mostly_unmapped_one_is_not():
    good = [(line, False) for line in REPORT_LINES]
    # Page 1: the heading of 10 lines in the unmapped font (about 7% of the characters);
    # page 2: the table rows and the budget line in it (more than half).
    few = [(line, i == 0) for i, line in enumerate(REPORT_LINES)]
    most = [(line, i >= 5) for i, line in enumerate(REPORT_LINES)]
    scans = scan_pages(unmapped_font_pdf([few, most, good]))
    assert 0 < scans[0].untrusted < BROKEN_PAGE_SHARE and not scans[0].broken
    assert scans[1].untrusted > 0.5 and scans[1].broken
    assert scans[2].untrusted == 0.0
    read = read_pdf(unmapped_font_pdf([good, most, good]))
    assert [w for w in read.warnings if "dilewati" in w][0].startswith("halaman 2 dilewati")
    # Two pages of three unreadable: what is left would misrepresent the report.
    with pytest.raises(PdfReadError, match=r"lapisan teks PDF rusak: 6[5-7]% karakter"):
        read_pdf(unmapped_font_pdf([good, all_broken(REPORT_LINES), all_broken(REPORT_LINES)]))


# Good PDFs are left alone -----------------------------------------------------------------


@pytest.mark.parametrize("sample", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.stem[:3])
def test_the_sample_pdfs_measure_no_untrusted_character_on_any_page(sample, tmp_path):
    for style in (RULED, BORDERLESS):
        scans = scan_pages(build_pdf(sample, tmp_path / "baik.pdf", style).read_bytes())
        assert len(scans) > 10
        assert [s.number for s in scans if s.untrusted > 0] == []


def test_the_small_trap_pdfs_are_not_flagged(tmp_path, fresh_db):
    for pdf in (
        small_report(tmp_path / "kecil.pdf"),
        sideways_report(tmp_path / "miring.pdf"),
        spaced_report(tmp_path / "spasi.pdf"),
    ):
        assert all(s.untrusted == 0.0 for s in scan_pages(pdf.read_bytes())), pdf.name
    with connect(str(fresh_db)) as con:
        result = ingest_file(con, small_report(tmp_path / "kecil2.pdf", scanned_page=True))
        warnings = con.execute("SELECT warnings FROM documents").fetchone()[0]
    assert result.status == "ok" and result.n_indicator_values == 3
    assert not any("rusak" in w for w in warnings) and any("tidak memiliki lapisan teks" in w for w in warnings)


def test_a_good_sample_pdf_reads_without_a_text_layer_warning(bluto_pdf):
    read = read_pdf(bluto_pdf)
    assert read.pages > 10 and read.table_pages
    assert not any("rusak" in w for w in read.warnings)
