"""Word files laid out as kecamatan lay them: tables inside layout tables (a frame around a
table or a chapter, text beside a table), tables in text boxes, a table split by hand under
its caption printed again with "(Lanjutan)". Each is read as the page shows it; before,
the tables inside were lost with the CLI saying `ok`.

The samples' own .docx (`tests/docx_fixtures.py`) are laid out anew and held to their text
exports; the small reports are written here, their expected values typed from them."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import duckdb
import pytest
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn

from checks.run import run_checks
from ingest.model import Table
from ingest.pipeline import ingest_file
from ingest.read.text import read_text_file
from ingest.read.word import read_docx
from ingest.store import connect
from tests.conftest import SAMPLES
from tests.docx_fixtures import docx_bytes
from tests.test_interpret import OUTLINE
from tests.test_pdf_reader import BUDGET, INDICATORS

SANANWETAN = SAMPLES / "000_a49aed262e0b6318.txt"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _layout_table(columns: int) -> tuple:
    """A borderless table of one row and `columns` cells, as a layout table is drawn."""
    cells = "".join(
        f'<w:tc><w:tcPr><w:tcW w:w="{9000 // columns}" w:type="dxa"/></w:tcPr></w:tc>' for _ in range(columns)
    )
    grid = "".join(f'<w:gridCol w:w="{9000 // columns}"/>' for _ in range(columns))
    tbl = parse_xml(
        f'<w:tbl {nsdecls("w")}><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders><w:top w:val="nil"/>'
        '<w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/>'
        f'<w:insideV w:val="nil"/></w:tblBorders></w:tblPr><w:tblGrid>{grid}</w:tblGrid><w:tr>{cells}</w:tr></w:tbl>'
    )
    return tbl, tbl.findall(f"{W}tr/{W}tc")


def _wrap(elements: list, columns: int = 1, into: int = 0, beside: str | None = None) -> None:
    """Move consecutive body `elements` into cell `into` of a layout table standing where
    they stood; `beside`: a paragraph in the first cell (text left of a table)."""
    tbl, cells = _layout_table(columns)
    elements[0].addprevious(tbl)
    for el in elements:
        cells[into].append(el)
    if beside:
        cells[0].append(parse_xml(f"<w:p {nsdecls('w')}><w:r><w:t>{beside}</w:t></w:r></w:p>"))
    for tc in cells:  # Word ends every cell with a paragraph
        if tc[-1].tag != f"{W}p":
            tc.append(parse_xml(f"<w:p {nsdecls('w')}/>"))


def _laid_out(layout: str) -> bytes:
    word = docx.Document(io.BytesIO(docx_bytes(read_text_file(SANANWETAN))))
    body = [el for el in word.element.body if el.tag != qn("w:sectPr")]
    tables = [el for el in body if el.tag == qn("w:tbl")]
    if layout == "frame":  # each table alone in a frame, its caption above the frame
        for tbl in tables:
            _wrap([tbl])
    elif layout == "beside":  # text in a cell left of each table
        for tbl in tables:
            _wrap([tbl], columns=2, into=1, beside="Tabel di samping menyajikan data berikut.")
    else:  # the whole report, captions and all, in one frame
        _wrap(body)
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> tuple[list, list]:
    with connect(str(tmp_path_factory.mktemp("layout") / "text.duckdb")) as con:
        doc_id = ingest_file(con, SANANWETAN).doc_id
        return con.execute(INDICATORS, [doc_id]).fetchall(), con.execute(BUDGET, [doc_id]).fetchall()


@pytest.mark.parametrize("layout", ["frame", "beside", "whole"])
def test_tables_inside_layout_tables_read_like_the_export(tmp_path, exported, layout):
    path = tmp_path / "000.docx"
    path.write_bytes(_laid_out(layout))
    with connect(str(tmp_path / "word.duckdb")) as con:
        result = ingest_file(con, path)
        assert result.status == "ok", result.message
        values, lines = (con.execute(q, [result.doc_id]).fetchall() for q in (INDICATORS, BUDGET))
    indicators, budget = exported
    assert len(indicators) > 100 and len(budget) > 200  # Sananwetan's IKM, SAKIP and budget tables
    assert values == indicators
    assert lines == budget


# --- a small report typed here -------------------------------------------------------------

HEADER = ["No", "Sasaran", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"]
ROWS = [
    ["1", "Meningkatnya kualitas pelayanan publik", "Nilai IKM", "88", "88,14", "100,16"],
    ["2", "", "Persentase pengaduan masyarakat yang ditindaklanjuti", "100", "100", "100"],
    ["3", "Meningkatnya akuntabilitas kinerja", "Nilai SAKIP", "70", "72,50", "103,57"],
]
EXPECTED = [  # (indikator, target, realisasi, capaian printed), from ROWS
    ("Nilai IKM", 88.0, 88.14, 100.16),
    ("Persentase pengaduan masyarakat yang ditindaklanjuti", 100.0, 100.0, 100.0),
    ("Nilai SAKIP", 70.0, 72.5, 103.57),
]


def _grid(word, rows: list[list[str]]):
    table = word.add_table(rows=len(rows), cols=len(rows[0]))
    for row, texts in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    return table


def _report(build) -> bytes:
    word = docx.Document()
    for line in ("LAPORAN KINERJA INSTANSI PEMERINTAH", "KECAMATAN SUKOREJO", "KABUPATEN PONOROGO", "TAHUN 2024"):
        word.add_paragraph(line)
    word.add_heading("BAB III AKUNTABILITAS KINERJA", level=1)
    build(word)
    word.add_paragraph("Demikian laporan ini disusun.")
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


def _values(tmp_path: Path, data: bytes) -> list[tuple]:
    path = tmp_path / "laporan.docx"
    path.write_bytes(data)
    with connect(str(tmp_path / "db.duckdb")) as con:
        ingest_file(con, path)
    with duckdb.connect(str(tmp_path / "db.duckdb"), read_only=True) as con:
        return con.execute(
            "SELECT source_table, indikator, target, realisasi, capaian_reported FROM indicator_values ORDER BY line"
        ).fetchall()


_MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
_WPS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'


def _in_text_box(word, table, fallback: bool, vml_only: bool = False) -> None:
    """Move `table` into a text box anchored in a paragraph where it stood: Word's drawing
    with the VML copy it writes for old readers (`fallback`), or VML alone (older Word, WPS)."""
    box = f"<w:txbxContent>{docx.oxml.xmlchemy.serialize_for_reading(table._tbl)}<w:p/></w:txbxContent>"
    box = box.replace(f' xmlns:w="{W[1:-1]}"', "")
    vml = f"<w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict>"
    drawing = (
        "<w:drawing><wp:anchor><a:graphic><a:graphicData>"
        f"<wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
    )
    if vml_only:
        content = vml
    elif fallback:
        content = f'<mc:AlternateContent><mc:Choice Requires="wps">{drawing}</mc:Choice><mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent>'
    else:
        content = drawing
    anchor = parse_xml(
        f'<w:p {nsdecls("w", "wp", "a", "pic")} {_MC} {_WPS} xmlns:v="urn:schemas-microsoft-com:vml"><w:r>{content}</w:r></w:p>'
    )
    table._tbl.addprevious(anchor)
    table._tbl.getparent().remove(table._tbl)


@pytest.mark.parametrize("kind", ["drawing-and-vml", "drawing", "vml"])
def test_a_table_in_a_text_box_is_read_once(tmp_path, kind):
    def build(word):
        word.add_paragraph("Tabel 3.1 Pengukuran Kinerja")
        _in_text_box(word, _grid(word, [HEADER, *ROWS]), fallback=kind == "drawing-and-vml", vml_only=kind == "vml")

    assert _values(tmp_path, _report(build)) == [("Tabel 3.1", *v) for v in EXPECTED]


def _page_break(word) -> None:
    word.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


@pytest.mark.parametrize("mark", ["Tabel 3.1 (Lanjutan)", "TABEL 3.1 LANJUTAN", "(lanjutan)"])
def test_a_table_split_by_hand_under_its_caption_again_is_one_table(tmp_path, mark):
    # the header not repeated: the second part's first row is a body row, not a header
    def build(word):
        word.add_paragraph("Tabel 3.1 Pengukuran Kinerja")
        first = _grid(word, [HEADER, *ROWS[:2]])
        first.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        _page_break(word)
        word.add_paragraph(mark)
        _grid(word, ROWS[2:])

    assert _values(tmp_path, _report(build)) == [("Tabel 3.1", *v) for v in EXPECTED]


def test_a_table_split_by_hand_with_two_header_rows_repeated_is_one_table():
    years = ["No", "Sasaran", "Indikator Kinerja", "Tahun 2024", "", ""]

    def build(word):
        word.add_paragraph("Tabel 3.1 Pengukuran Kinerja")
        _grid(word, [years, HEADER, *ROWS[:2]])
        _page_break(word)
        word.add_paragraph("(lanjutan)")
        _grid(word, [years, HEADER, ROWS[2]])

    tables = [b for b in read_docx(_report(build), "laporan.docx").blocks if isinstance(b, Table)]
    assert [(t.name, [r.cells[2] for r in t.rows]) for t in tables] == [("Tabel 3.1", [r[2] for r in ROWS])]


def test_another_caption_between_two_tables_of_one_width_keeps_them_apart(tmp_path):
    def build(word):
        word.add_paragraph("Tabel 3.1 Pengukuran Kinerja")
        _grid(word, [HEADER, *ROWS[:2]])
        _page_break(word)
        word.add_paragraph("Tabel 3.2 Pengukuran Kinerja Tambahan")
        _grid(word, [HEADER, ROWS[2]])

    assert _values(tmp_path, _report(build)) == [
        ("Tabel 3.1", *EXPECTED[0]), ("Tabel 3.1", *EXPECTED[1]), ("Tabel 3.2", *EXPECTED[2])
    ]  # fmt: skip


def test_a_table_pasted_as_an_excel_object_is_named_as_unread(tmp_path):
    # the IKM table pasted from Excel as an embedded worksheet: no Word table to read, so
    # the user is told where it is and what to do, and the rest of the report is read
    ole = parse_xml(
        f'<w:p {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
        ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:r>'
        '<w:object w:dxaOrig="9000" w:dyaOrig="2000"><v:shape id="_x0000_i1025" type="#_x0000_t75"'
        ' style="width:450pt;height:100pt"><v:imagedata r:id="rIdX" o:title=""/></v:shape>'
        '<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1025" DrawAspect="Content"'
        ' ObjectID="_1" r:id="rIdY"/></w:object></w:r></w:p>'
    )

    def build(word):
        word.add_paragraph("Tabel 3.1 Pengukuran Kinerja")  # paragraph 6
        word.add_paragraph()._p.addnext(ole)  # 7, then the object's paragraph 8
        word.add_paragraph("Tabel 3.2 Capaian Lainnya")
        _grid(word, [HEADER, ROWS[2]])

    path = tmp_path / "laporan.docx"
    path.write_bytes(_report(build))
    with connect(str(tmp_path / "db.duckdb")) as con:
        result = ingest_file(con, path)
    assert result.n_indicator_values == 1
    assert "tabel Excel tertanam (objek, bukan tabel Word) di paragraf ke-8 tidak dapat dibaca" in result.message
    assert "tempel ulang sebagai tabel Word" in result.message


# --- numbers Word prints from its list numbering, not from the text -------------------------


def _list(word, num_id: int, levels: list[tuple[str, str]], start: int = 1) -> None:
    """A list definition: one (numFmt, lvlText) per level (ids above the template's own)."""
    numbering = word.part.numbering_part.element
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate(levels)
    )
    numbering.insert(0, parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{num_id}">{lvls}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>'))


def _numbered(paragraph, num_id: int, level: int = 0) -> None:
    pr = f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
    paragraph._p.get_or_add_pPr().append(parse_xml(pr))


@pytest.mark.parametrize("column", ["no", "name"])
def test_levels_numbered_by_a_word_list_are_read_as_printed(tmp_path, column):
    # typed nowhere, "1", "1.1", "1.1.1" come from the list: without them every row was a
    # program and the JUMLAH (1.900.000.000) was checked against 5.700.000.000
    def build(word):
        _list(word, 97, [("decimal", "%1"), ("decimal", "%1.%2"), ("decimal", "%1.%2.%3")])
        word.add_paragraph("Tabel 3.2 Realisasi Anggaran")
        rows = [["No", "Program/Kegiatan/Sub Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)"]]
        rows += [["", name, pagu, real] for _, name, pagu, real in OUTLINE] + [
            ["", "JUMLAH", "1.900.000.000", "1.805.000.000"]
        ]
        table = _grid(word, rows)
        for row, (number, *_) in zip(table.rows[1:], OUTLINE, strict=False):  # typed nowhere: Word numbers them
            _numbered(row.cells[0 if column == "no" else 1].paragraphs[0], 97, number.count("."))

    path = tmp_path / "laporan.docx"
    path.write_bytes(_report(build))
    with connect(str(tmp_path / "db.duckdb")) as con:
        ingest_file(con, path)
        run_checks(con)
        levels = con.execute("SELECT level, name FROM budget_lines WHERE NOT is_derived ORDER BY line").fetchall()
        mismatches = con.execute("""SELECT count(*) FROM findings WHERE "check" = 'total_mismatch'""").fetchone()
    assert [level for level, _ in levels] == [
        "program", "kegiatan", "sub_kegiatan", "kegiatan", "sub_kegiatan", "program", "kegiatan", "sub_kegiatan", "total"
    ]  # fmt: skip
    assert levels[1][1] == "Administrasi Keuangan Perangkat Daerah"  # the number is not in the name
    assert mismatches == (0,)


def test_captions_and_chapters_numbered_by_a_word_list_have_their_numbers():
    # "Tabel 3.%1" from a caption list, "BAB %1" in capitals from roman III; bullets print nothing
    word = docx.Document()
    _list(word, 98, [("decimal", "Tabel 3.%1")])
    _list(word, 99, [("upperRoman", "BAB %1")], start=3)
    _list(word, 100, [("bullet", "\u2022")])
    for line in ("KECAMATAN SUKOREJO", "KABUPATEN PONOROGO"):
        word.add_paragraph(line)
    _numbered(word.add_paragraph("AKUNTABILITAS KINERJA"), 99)
    _numbered(word.add_paragraph("Pengukuran Kinerja"), 98)
    _grid(word, [HEADER, *ROWS[:2]])
    _numbered(word.add_paragraph("Capaian SAKIP"), 98)
    table = _grid(word, [HEADER, ROWS[2]])
    _numbered(table.rows[1].cells[2].paragraphs[0], 100)
    out = io.BytesIO()
    word.save(out)
    doc = read_docx(out.getvalue(), "laporan.docx")
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert [(t.caption, t.title) for t in tables] == [
        ("Tabel 3.1", "Pengukuran Kinerja"),
        ("Tabel 3.2", "Capaian SAKIP"),
    ]
    assert tables[1].rows[0].cells[2] == "Nilai SAKIP"
    assert "BAB III AKUNTABILITAS KINERJA" in [b.text for b in doc.blocks if not isinstance(b, Table)]


def test_a_caption_typed_in_the_tables_first_row_names_the_table():
    # "TABEL 3.1 ..." in a first row merged across the table, a sentence above the table
    def build(word):
        word.add_paragraph("Capaian kinerja disajikan berikut.")
        table = _grid(word, [["TABEL 3.1 PENGUKURAN KINERJA TAHUN 2024", "", "", "", "", ""], HEADER, *ROWS])
        table.cell(0, 0).merge(table.cell(0, 5))
        table.cell(0, 0).text = "TABEL 3.1 PENGUKURAN KINERJA TAHUN 2024"

    tables = [b for b in read_docx(_report(build), "laporan.docx").blocks if isinstance(b, Table)]
    assert [(t.caption, t.title, [c.label for c in t.columns]) for t in tables] == [
        ("Tabel 3.1", "PENGUKURAN KINERJA TAHUN 2024", HEADER)
    ]
    assert [r.cells for r in tables[0].rows] == ROWS


def test_a_first_row_of_one_cell_that_is_no_caption_stays_in_the_table():
    # a label merged across the top of the table ("SASARAN STRATEGIS 1") is the table's own
    def build(word):
        word.add_paragraph("Tabel 3.1 Pengukuran Kinerja")
        _grid(word, [["SASARAN STRATEGIS 1", "", "", "", "", ""], HEADER, *ROWS])

    (table,) = [b for b in read_docx(_report(build), "laporan.docx").blocks if isinstance(b, Table)]
    assert (table.caption, table.title) == ("Tabel 3.1", "Pengukuran Kinerja")
    printed = [c for r in table.header_rows + table.rows for c in r.cells]
    assert "SASARAN STRATEGIS 1" in printed
    assert [r.cells[2] for r in table.rows] == [r[2] for r in ROWS]


def test_a_small_table_inside_a_cell_of_a_table_of_figures_is_read_after_it():
    # the table of figures stays a table; the one in its cell (a breakdown) is read too
    def build(word):
        word.add_paragraph("Tabel 3.1 Pengukuran Kinerja")
        table = _grid(word, [HEADER, *ROWS])
        table.cell(1, 2).add_paragraph("Rincian:")
        inner = table.cell(1, 2).add_table(rows=2, cols=2)
        for row, texts in zip(inner.rows, [["Unsur", "Nilai"], ["Persyaratan", "3,52"]], strict=True):
            for cell, text in zip(row.cells, texts, strict=True):
                cell.text = text

    tables = [b for b in read_docx(_report(build), "laporan.docx").blocks if isinstance(b, Table)]
    assert [r.cells[2:] for r in tables[0].rows] == [
        ["Nilai IKM Rincian:", "88", "88,14", "100,16"],
        *[r[2:] for r in ROWS[1:]],
    ]
    assert [r.cells for r in tables[1].header_rows + tables[1].rows] == [["Unsur", "Nilai"], ["Persyaratan", "3,52"]]


def test_a_table_deleted_with_changes_tracked_leaves_its_caption_to_the_new_one(tmp_path):
    # the old Tabel 3.1 deleted (each row marked deleted, its text deleted text) above the new
    # one: Word shows the new table under the caption; a row deleted alone is not shown either
    def build(word):
        word.add_paragraph("Tabel 3.1 Pengukuran Kinerja")
        old = _grid(
            word, [HEADER, ["1", "Meningkatnya kualitas pelayanan publik", "Nilai IKM", "88", "85,00", "96,59"]]
        )
        for tr in old._tbl.tr_lst:
            tr.get_or_add_trPr().append(parse_xml(f'<w:del {nsdecls("w")} w:id="1" w:author="Operator"/>'))
            for run in list(tr.iter(qn("w:r"))):
                for text in run.findall(qn("w:t")):
                    text.tag = qn("w:delText")
                wrapper = parse_xml(f'<w:del {nsdecls("w")} w:id="2" w:author="Operator"/>')
                run.addprevious(wrapper)
                wrapper.append(run)
        new = _grid(word, [HEADER, *ROWS, ["4", "", "Nilai SAKIP", "70", "72,50", "103,57"]])
        new.rows[4]._tr.get_or_add_trPr().append(parse_xml(f'<w:del {nsdecls("w")} w:id="3" w:author="Operator"/>'))

    assert _values(tmp_path, _report(build)) == [("Tabel 3.1", *v) for v in EXPECTED]


def _caption_with_fields(word, number: int, title: str) -> None:
    """A caption whose number is a SEQ field inside a QUOTE field's code, as some templates
    write it: Word prints the outer field's result only."""
    runs = (
        '<w:r><w:t xml:space="preserve">Tabel 3.</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> QUOTE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> SEQ Tabel </w:instrText></w:r>'
        f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{number}</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{number}</w:t></w:r>'
        f'<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> {title}</w:t></w:r>'
    )
    paragraph = word.add_paragraph()._p
    for run in parse_xml(f"<w:p {nsdecls('w')}>{runs}</w:p>"):
        paragraph.append(run)


def test_a_caption_number_in_a_field_inside_another_fields_code_is_printed_once():
    # read whole, the inner field's result and the outer one's made "Tabel 3.11" and "Tabel 3.22"
    def build(word):
        _caption_with_fields(word, 1, "Pengukuran Kinerja")
        _grid(word, [HEADER, *ROWS[:2]])
        _caption_with_fields(word, 2, "Capaian SAKIP")
        _grid(word, [HEADER, ROWS[2]])

    tables = [b for b in read_docx(_report(build), "laporan.docx").blocks if isinstance(b, Table)]
    assert [(t.caption, t.title) for t in tables] == [
        ("Tabel 3.1", "Pengukuran Kinerja"),
        ("Tabel 3.2", "Capaian SAKIP"),
    ]
