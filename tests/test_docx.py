"""Word (.docx) ingest: a .docx made from each sample export yields the same identity and
figures as the export itself, through the same pipeline; merged cells, split tables,
content controls and tracked changes read as a person reads them."""

from __future__ import annotations

import copy
import io
import zipfile
from pathlib import Path

import docx
import duckdb
import pytest
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls

from ingest.model import Heading, Paragraph, Table
from ingest.pipeline import ingest_file
from ingest.read.text import read_text_file
from ingest.read.word import read_docx
from ingest.store import connect
from tests.conftest import SAMPLES
from tests.docx_fixtures import build_docx, docx_bytes, header_spans
from tests.test_pdf_reader import BUDGET, IDENTITY, INDICATORS

SANANWETAN = SAMPLES / "000_a49aed262e0b6318.txt"
SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))
assert len(SAMPLE_FILES) == 4


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("docx")
    return {s.stem: build_docx(s, folder / f"{s.stem[:3]}.docx") for s in SAMPLE_FILES}


@pytest.fixture(scope="module")
def db(made, tmp_path_factory) -> tuple[Path, dict[str, tuple[int, int]]]:
    """Each sample's text export and its .docx in one fresh database: stem -> (text id, docx id)."""
    path = tmp_path_factory.mktemp("docxdb") / "docx.duckdb"
    ids = {}
    with connect(str(path)) as con:
        for sample in SAMPLE_FILES:
            text = ingest_file(con, sample)
            word = ingest_file(con, made[sample.stem])
            assert text.status == "ok", text.message
            assert word.status == "ok", word.message
            ids[sample.stem] = (text.doc_id, word.doc_id)
    return path, ids


@pytest.mark.parametrize("sample", SAMPLE_FILES, ids=lambda p: p.stem[:3])
def test_a_docx_ingests_to_the_same_identity_and_figures_as_its_export(db, sample):
    path, ids = db
    text_id, word_id = ids[sample.stem]
    with duckdb.connect(str(path), read_only=True) as con:
        assert con.execute(IDENTITY, [word_id]).fetchall() == con.execute(IDENTITY, [text_id]).fetchall()
        text_figures = con.execute(INDICATORS, [text_id]).fetchall()
        assert text_figures  # the comparison means something
        assert con.execute(INDICATORS, [word_id]).fetchall() == text_figures
        text_budget = con.execute(BUDGET, [text_id]).fetchall()
        assert text_budget
        assert con.execute(BUDGET, [word_id]).fetchall() == text_budget
        source = con.execute("SELECT source_format FROM documents WHERE doc_id = ?", [word_id]).fetchone()[0]
        assert source == "docx"


def test_every_docx_figure_has_a_position_and_no_page(db):
    path, ids = db
    word_ids = [w for _, w in ids.values()]
    marks = ",".join("?" * len(word_ids))
    with duckdb.connect(str(path), read_only=True) as con:
        for table in ("indicator_values", "budget_lines"):
            total, bad = con.execute(
                f"SELECT count(*), count(*) FILTER (WHERE page IS NOT NULL OR (line IS NULL AND row_raw <> ''))"
                f" FROM {table} WHERE doc_id IN ({marks})",
                word_ids,
            ).fetchone()
            assert total > 0 and bad == 0, table


@pytest.mark.parametrize("sample", SAMPLE_FILES, ids=lambda p: p.stem[:3])
def test_a_docx_reads_to_the_same_blocks_as_its_export(sample):
    """Headings, paragraphs and tables (caption, title, column labels, body rows) alike.
    A Word row always fills the table's grid, so header rows are compared without the
    empty cells an export leaves off at their end."""
    text = read_text_file(sample)
    word = read_docx(docx_bytes(text), sample.name)
    assert word.source_format == "docx"
    assert [_block(b) for b in word.blocks] == [_block(b) for b in text.blocks]


def _block(block):
    if isinstance(block, Table):
        header = [_trimmed(r.cells) for r in block.header_rows]
        return ("table", block.caption, block.title, [c.label for c in block.columns], header,
                [r.cells for r in block.rows])  # fmt: skip
    return (type(block).__name__, block.text)


def _trimmed(cells: list[str]) -> list[str]:
    while cells and not cells[-1]:
        cells = cells[:-1]
    return cells


def test_the_generated_docx_holds_real_merged_cells_and_repeating_headers(made):
    """What the parity rests on is really in the files: Sananwetan's Tabel 3.3 prints
    "Realisasi" over the three year columns 2022, 2023, 2024 (a merged cell in Word), its
    sasaran over the indicators below it, and the header row repeats on every page."""
    word = docx.Document(str(made[SANANWETAN.stem]))
    table = next(t for t in word.tables if "Realisasi" in t.rows[0]._tr.xml and "2022" in t.rows[1]._tr.xml)
    first_row = table.rows[0]._tr
    spans = {tc.xpath("string(.//w:t)"): tc.grid_span for tc in first_row.tc_lst}
    assert spans["Realisasi"] == 3 and spans["Target"] == 3
    assert first_row.xpath("./w:trPr/w:tblHeader")
    continued = [tc for tr in table._tbl.tr_lst[2:] for tc in tr.tc_lst if tc.vMerge == "continue"]
    assert continued  # vertically merged sasaran cells
    for path in made.values():
        xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
        assert "<w:gridSpan" in xml and 'w:vMerge w:val="restart"' in xml and "<w:tblHeader" in xml, path.name


# --- small documents made by hand ---------------------------------------------------------


def _save(word) -> bytes:
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


def _fill(table, values: list[list[str]]) -> None:
    for row, texts in zip(table.rows, values, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text


def test_merged_cells_come_out_as_an_export_prints_them():
    """A 3-row table: "Sasaran" and "Indikator" span both header rows (vertical merges),
    "Realisasi" spans 2023 and 2024 (gridSpan 2)."""
    word = docx.Document()
    word.add_paragraph("Capaian kinerja disajikan berikut.")
    word.add_paragraph("Tabel 3.1 Realisasi Kinerja")
    table = word.add_table(rows=3, cols=4)
    _fill(table, [["Sasaran", "Indikator", "Realisasi", ""], ["", "", "2023", "2024"],
                  ["Meningkatnya kualitas pelayanan publik", "Nilai IKM", "86,50", "88,14"]])  # fmt: skip
    table.cell(0, 2).merge(table.cell(0, 3))
    table.cell(0, 0).merge(table.cell(1, 0))
    table.cell(0, 1).merge(table.cell(1, 1))
    assert table._tbl.tr_lst[0].tc_lst[2].grid_span == 2 and len(table._tbl.tr_lst[0].tc_lst) == 3
    # Word does not show what a continued cell still holds (left there by an edit): neither do we.
    continued = table._tbl.tr_lst[1].tc_lst[0]
    assert continued.vMerge == "continue"
    continued.p_lst[0].add_r().text = "Sasaran lama"

    doc = read_docx(_save(word), "kecil.docx")
    para, read = doc.blocks
    assert para == Paragraph("Capaian kinerja disajikan berikut.", line=1)
    assert (read.caption, read.title, read.line, read.page) == ("Tabel 3.1", "Realisasi Kinerja", 3, None)
    assert [(r.cells, r.line, r.raw) for r in read.header_rows] == [
        (["Sasaran", "Indikator", "Realisasi", ""], 3, "Sasaran\tIndikator\tRealisasi\t"),
        (["", "", "2023", "2024"], 4, "\t\t2023\t2024"),
    ]
    assert [c.label for c in read.columns] == ["Sasaran", "Indikator", "Realisasi | 2023", "Realisasi | 2024"]
    assert [(r.cells, r.line) for r in read.rows] == [
        (["Meningkatnya kualitas pelayanan publik", "Nilai IKM", "86,50", "88,14"], 5)
    ]


def _in_content_control(paragraphs) -> None:
    """Move paragraphs into one block-level content control (as a cover page template does)."""
    sdt = OxmlElement("w:sdt")
    sdt.append(OxmlElement("w:sdtPr"))
    content = OxmlElement("w:sdtContent")
    sdt.append(content)
    paragraphs[0]._p.addprevious(sdt)
    for p in paragraphs:
        content.append(p._p)


def _tracked(paragraph, deleted: str, inserted: str) -> None:
    """A tracked change at the end of a paragraph: `deleted` struck out, `inserted` added."""
    paragraph._p.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="1" w:author="Sekcam" w:date="2025-02-20T08:00:00Z">'
        f"<w:r><w:delText>{deleted}</w:delText></w:r></w:del>"
    ))  # fmt: skip
    paragraph._p.append(parse_xml(
        f'<w:ins {nsdecls("w")} w:id="2" w:author="Sekcam" w:date="2025-02-20T08:00:00Z">'
        f"<w:r><w:t>{inserted}</w:t></w:r></w:ins>"
    ))  # fmt: skip


HEADER = ["Sasaran", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"]
ROW_1 = ["Meningkatnya kualitas pelayanan publik", "Nilai IKM", "88", "88,14", "100,16"]
ROW_2 = ["", "Persentase pengaduan masyarakat yang ditindaklanjuti", "100", "100", "100"]
ROW_3 = ["", "Persentase layanan selesai tepat waktu", "95", "97", "102,11"]


def _report() -> bytes:
    """A small LKjIP as a kecamatan types it: the cover in a content control, the year
    corrected with track changes on, Tabel 3.1 split by hand over two pages ("Lanjutan"),
    header repeated, its sasaran merged down over the indicators of the first part."""
    word = docx.Document()
    cover = [word.add_paragraph("LAPORAN KINERJA INSTANSI PEMERINTAH"), word.add_paragraph("KECAMATAN KEPANJENKIDUL")]
    _in_content_control(cover)  # paragraphs 1, 2
    word.add_paragraph("KOTA BLITAR")  # 3
    _tracked(word.add_paragraph("LAPORAN KINERJA TAHUN "), "2023", "2024")  # 4
    word.add_heading("BAB III AKUNTABILITAS KINERJA", level=1)  # 5
    word.add_paragraph("Tabel 3.1 Pengukuran Kinerja")  # 6
    first = word.add_table(rows=3, cols=5)  # rows 7, 8, 9
    _fill(first, [HEADER, ROW_1, ROW_2])
    first.cell(1, 0).merge(first.cell(2, 0))
    first.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    word.add_paragraph().add_run().add_break(WD_BREAK.PAGE)  # 10
    word.add_paragraph("Lanjutan Tabel 3.1")  # 11
    second = word.add_table(rows=2, cols=5)  # rows 12, 13
    _fill(second, [HEADER, ROW_3])
    word.add_paragraph("Demikian laporan ini disusun.")  # 14
    return _save(word)


def test_content_controls_and_tracked_changes_are_read_as_shown():
    data = _report()
    plain = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
    assert "KECAMATAN KEPANJENKIDUL" not in plain  # python-docx's own list misses the cover
    assert "LAPORAN KINERJA TAHUN " in plain  # ... and the inserted year
    doc = read_docx(data, "laporan.docx")
    prose = [(type(b).__name__, b.text, b.line) for b in doc.blocks if not isinstance(b, Table)]
    assert prose == [
        ("Paragraph", "LAPORAN KINERJA INSTANSI PEMERINTAH", 1),
        ("Paragraph", "KECAMATAN KEPANJENKIDUL", 2),
        ("Paragraph", "KOTA BLITAR", 3),
        ("Paragraph", "LAPORAN KINERJA TAHUN 2024", 4),  # the deleted 2023 is not read
        ("Heading", "BAB III AKUNTABILITAS KINERJA", 5),
        ("Paragraph", "Demikian laporan ini disusun.", 14),
    ]


def test_a_table_split_by_hand_is_one_table_and_a_merged_sasaran_fills_down(tmp_path):
    (tmp_path / "laporan.docx").write_bytes(_report())
    with connect(str(tmp_path / "db.duckdb")) as con:
        result = ingest_file(con, tmp_path / "laporan.docx")
        assert result.status == "ok", result.message
        ident = con.execute(IDENTITY, [result.doc_id]).fetchone()
        values = con.execute(
            "SELECT source_table, line, page, sasaran, indikator, target, realisasi, capaian_reported"
            " FROM indicator_values WHERE doc_id = ? ORDER BY line", [result.doc_id],
        ).fetchall()  # fmt: skip
    assert ident == ("Kepanjenkidul", "Kota Blitar", None, 2024, "ok")
    sasaran = "Meningkatnya kualitas pelayanan publik"
    assert values == [
        ("Tabel 3.1", 8, None, sasaran, "Nilai IKM", 88.0, 88.14, 100.16),
        ("Tabel 3.1", 9, None, sasaran, "Persentase pengaduan masyarakat yang ditindaklanjuti", 100.0, 100.0, 100.0),
        ("Tabel 3.1", 13, None, sasaran, "Persentase layanan selesai tepat waktu", 95.0, 97.0, 102.11),
    ]


def test_text_boxes_are_read_once_and_hidden_text_not_at_all():
    """A cover title in a text box: Word stores it twice (the drawing and a VML copy for
    old readers); it is one line of its paragraph. Hidden text is not printed, so not read."""
    word = docx.Document()
    para = word.add_paragraph("Sampul")
    box = (
        "<w:txbxContent><w:p><w:r><w:t>LKjIP KECAMATAN SUKOREJO</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>TAHUN 2024</w:t></w:r></w:p></w:txbxContent>"
    )
    para._p.append(parse_xml(
        f'<w:r {nsdecls("w", "wp", "a", "pic")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
        ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
        f"<wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    ))  # fmt: skip
    hidden = word.add_paragraph("Nilai IKM 88,14")
    run = hidden.add_run(" (draf: 90,00)")
    run.font.hidden = True
    assert run._r.xpath("./w:rPr/w:vanish")
    doc = read_docx(_save(word), "sampul.docx")
    assert [b.text for b in doc.blocks] == ["Sampul LKjIP KECAMATAN SUKOREJO TAHUN 2024", "Nilai IKM 88,14"]


def test_heading_styles_and_bab_lines_are_headings():
    word = docx.Document()
    word.add_paragraph("LAPORAN KINERJA", style="Title")
    word.add_heading("Gambaran Umum", level=2)
    word.add_paragraph("BAB II PERENCANAAN KINERJA")
    word.add_paragraph("Bab ini menguraikan rencana strategis.")
    doc = read_docx(_save(word), "judul.docx")
    assert [(type(b).__name__, b.text) for b in doc.blocks] == [
        ("Heading", "LAPORAN KINERJA"),
        ("Heading", "Gambaran Umum"),
        ("Heading", "BAB II PERENCANAAN KINERJA"),
        ("Paragraph", "Bab ini menguraikan rencana strategis."),
    ]
    assert isinstance(doc.blocks[0], Heading)


def test_macro_enabled_documents_and_templates_are_read_like_a_docx():
    data = _report()
    plain = read_docx(data, "laporan.docx")
    for main in ("application/vnd.ms-word.document.macroEnabled.main+xml",
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"):  # fmt: skip
        relabelled = _relabel(data, main)
        with pytest.raises(ValueError, match="not a Word file"):
            docx.Document(io.BytesIO(relabelled))  # python-docx alone refuses it
        assert read_docx(relabelled, "laporan.docm").blocks == plain.blocks


def _relabel(data: bytes, main: str) -> bytes:
    out = io.BytesIO()
    docx_main = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            content = src.read(info)
            if info.filename == "[Content_Types].xml":
                content = content.replace(docx_main.encode(), main.encode())
            dst.writestr(copy.copy(info), content)
    return out.getvalue()


def test_a_header_row_repeated_inside_one_word_table_is_dropped():
    """A table pasted from a converted PDF carries its header again mid-table."""
    word = docx.Document()
    table = word.add_table(rows=4, cols=5)
    _fill(table, [HEADER, ROW_1, HEADER, ROW_3])
    (read,) = read_docx(_save(word), "ulang.docx").blocks
    assert [r.cells for r in read.rows] == [ROW_1, ROW_3]
    assert [r.line for r in read.rows] == [2, 4]


def test_a_caption_under_its_table_names_it_unless_a_table_follows_it():
    word = docx.Document()
    _fill(word.add_table(rows=2, cols=5), [HEADER, ROW_1])
    word.add_paragraph("")
    word.add_paragraph("Tabel 3.2 Capaian Kinerja Sasaran")  # under the table above
    word.add_paragraph("Uraian capaian sebagai berikut.")
    word.add_paragraph("Tabel 3.3 Capaian Kinerja Program")  # over the table below
    _fill(word.add_table(rows=2, cols=5), [HEADER, ROW_3])
    first, prose, second = read_docx(_save(word), "bawah.docx").blocks
    assert (first.caption, first.title) == ("Tabel 3.2", "Capaian Kinerja Sasaran")
    assert prose == Paragraph("Uraian capaian sebagai berikut.", line=5)  # rows 1-2, paragraphs 3-5
    assert (second.caption, second.title) == ("Tabel 3.3", "Capaian Kinerja Program")


def test_header_labels_span_only_the_columns_labelled_below_them_not_the_column_numbers():
    # 002's Renstra Tabel 6.1 shape: "2023" over Target | Rp., then "Unit Kerja" and "Lokasi"
    # standing alone over their columns, the column numbers under the whole header. A label
    # spanned the empty cells to its right wherever the numbers row had a figure, so "2023"
    # and "Rp." ran over Unit Kerja and Lokasi and pushed them out of their columns.
    rows = [
        ["Indikator", "Target", "", "Unit Kerja", "Lokasi"],
        ["", "2023", "", "", ""],
        ["", "Target", "Rp.", "", ""],
        ["1", "2", "3", "4", "5"],
    ]
    assert header_spans(rows, 4) == [(0, 1, 2), (1, 1, 2)]
