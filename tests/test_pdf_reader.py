"""PDF ingest: PDFs generated from the sample exports yield the same identity and figures
as the exports themselves, through the same pipeline; real-world traps fail or pass
with a clear reason."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pdfplumber
import pytest

from ingest.pipeline import IngestError, ingest_file, parse_isolated
from ingest.read.pdf import NO_TEXT_LAYER, read_pdf
from ingest.store import connect
from tests.conftest import ROOT, SAMPLES
from tests.test_pdf_fixtures import (
    BORDERLESS,
    RULED,
    Style,
    build_pdf,
    encrypted_pdf,
    image_only_pdf,
    sideways_report,
    small_report,
    spaced_report,
)

SANANWETAN = SAMPLES / "000_a49aed262e0b6318.txt"
SUMOBITO = SAMPLES / "001_96411fc34ab30848.txt"
PLANDAAN = SAMPLES / "002_7e58b56da18a00e0.txt"
BLUTO = SAMPLES / "004_1d7b7b35be8d125c.txt"

# (sample, style): every ruled variant, and the borderless ones read to the same figures.
PARITY = [
    (SANANWETAN, "ruled"),
    (SUMOBITO, "ruled"),
    (PLANDAAN, "ruled"),
    (BLUTO, "ruled"),
    (SANANWETAN, "borderless"),
    (SUMOBITO, "borderless"),
    (BLUTO, "borderless"),
]
STYLES = {"ruled": RULED, "borderless": BORDERLESS}

IDENTITY = "SELECT kecamatan, kabupaten_kota, provinsi, tahun, status FROM documents WHERE doc_id = ?"
INDICATORS = """
    SELECT tahun, indicator_kind, indikator, sasaran, kecamatan, is_peer, target, realisasi, capaian_reported,
           target_renstra, kemajuan_reported, satuan, table_kind
    FROM indicator_values WHERE doc_id = ? ORDER BY ALL"""
# Printed budget lines; a derived total (summed by the interpreter for a table that has a
# title) is not a figure of the document: whether the line above a table counts as its
# title differs when a text export's lines are joined into one paragraph.
BUDGET = """
    SELECT tahun, level, name, pagu, realisasi, serapan_reported, table_kind
    FROM budget_lines WHERE doc_id = ? AND NOT is_derived ORDER BY ALL"""


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> dict[tuple[str, str], Path]:
    folder = tmp_path_factory.mktemp("pdf")
    made = {}
    for sample, style in {*PARITY, (PLANDAAN, "borderless")}:
        made[(sample.stem, style)] = build_pdf(sample, folder / f"{sample.stem[:3]}-{style}.pdf", STYLES[style])
    return made


@pytest.fixture(scope="module")
def db(pdfs, tmp_path_factory) -> Path:
    """Each sample's text export and its PDFs ingested into one database."""
    path = tmp_path_factory.mktemp("pdfdb") / "pdf.duckdb"
    with connect(str(path)) as con:
        for sample in (SANANWETAN, SUMOBITO, PLANDAAN, BLUTO):
            assert ingest_file(con, sample).status == "ok"
        for pdf in pdfs.values():
            result = ingest_file(con, pdf)
            assert result.status == "ok", result.message
    return path


def _doc_id(con, name: str) -> int:
    return con.execute("SELECT doc_id FROM documents WHERE file_name = ?", [name]).fetchone()[0]


@pytest.mark.parametrize(("sample", "style"), PARITY, ids=[f"{s.stem[:3]}-{st}" for s, st in PARITY])
def test_pdf_yields_the_identity_and_figures_of_its_text_export(db, sample, style):
    with duckdb.connect(str(db), read_only=True) as con:
        text_id, pdf_id = _doc_id(con, sample.name), _doc_id(con, f"{sample.stem[:3]}-{style}.pdf")
        assert con.execute(IDENTITY, [pdf_id]).fetchone() == con.execute(IDENTITY, [text_id]).fetchone()
        text_figures = con.execute(INDICATORS, [text_id]).fetchall()
        assert text_figures  # the comparison means something
        assert con.execute(INDICATORS, [pdf_id]).fetchall() == text_figures
        assert con.execute(BUDGET, [pdf_id]).fetchall() == con.execute(BUDGET, [text_id]).fetchall()
        source = con.execute("SELECT source_format FROM documents WHERE doc_id = ?", [pdf_id]).fetchone()[0]
        assert source == "pdf"


def test_plandaan_borderless_gives_every_figure_of_its_text_export_but_one_total(db):
    """002 (107 pages, 46 tables) printed without rules gives every indicator value and every
    budget line of its export but one: Tabel 3.9's closing row, "RATA-RATA CAPAIAN REALISASI
    ANGGARAN" 2,173,310,423.00 / 2,039,091,915.00 / 93,82% (002:1267), which the export prints
    after two rows missing their leading cells, so the PDF sets them, and it, a column set of
    their own on the next page. Holds the borderless reader to the whole of 002, which the
    matrix cut in `make test` does not render: a rule that breaks it fails here."""
    with duckdb.connect(str(db), read_only=True) as con:
        text_id, pdf_id = _doc_id(con, PLANDAAN.name), _doc_id(con, "002-borderless.pdf")
        assert con.execute(IDENTITY, [pdf_id]).fetchone() == con.execute(IDENTITY, [text_id]).fetchone()
        text_figures = con.execute(INDICATORS, [text_id]).fetchall()
        assert len(text_figures) > 600
        assert con.execute(INDICATORS, [pdf_id]).fetchall() == text_figures
        text_budget, pdf_budget = (con.execute(BUDGET, [d]).fetchall() for d in (text_id, pdf_id))
    missing = [line for line in text_budget if line not in pdf_budget]
    assert [(name, pagu, realisasi) for _, _, name, pagu, realisasi, _, _ in missing] == [
        ("RATA-RATA CAPAIAN REALISASI ANGGARAN", 2173310423.0, 2039091915.0)
    ]
    assert [line for line in pdf_budget if line not in text_budget] == []


def test_every_pdf_figure_has_a_page_and_no_line(db):
    with duckdb.connect(str(db), read_only=True) as con:
        pdf_ids = [r[0] for r in con.execute("SELECT doc_id FROM documents WHERE source_format = 'pdf'").fetchall()]
        for table in ("indicator_values", "budget_lines", "efficiency_values"):
            bad = con.execute(
                f"SELECT count(*) FROM {table} WHERE doc_id IN ({','.join('?' * len(pdf_ids))})"
                " AND (line IS NOT NULL OR (page IS NULL AND row_raw <> ''))",
                pdf_ids,
            ).fetchone()[0]
            assert bad == 0, table


def test_hand_read_values_of_sananwetan_tabel_3_1_with_their_page(db, pdfs):
    """Tabel 3.1 of 000, read by hand: IKM target 88, realisasi 88,14, capaian 100,16."""
    with duckdb.connect(str(db), read_only=True) as con:
        row = con.execute(
            """SELECT target, realisasi, capaian_reported, page FROM indicator_values
               WHERE doc_id = ? AND source_table = 'Tabel 3.1' AND indicator_kind = 'IKM'""",
            [_doc_id(con, "000-ruled.pdf")],
        ).fetchone()
        sakip = con.execute(
            """SELECT target, realisasi, capaian_reported FROM indicator_values
               WHERE doc_id = ? AND source_table = 'Tabel 3.1' AND indicator_kind = 'SAKIP'""",
            [_doc_id(con, "000-ruled.pdf")],
        ).fetchone()
    assert row[:3] == (88.0, 88.14, 100.16)
    assert sakip == (87.89, 85.04, 96.76)
    with pdfplumber.open(pdfs[(SANANWETAN.stem, "ruled")]) as pdf:
        text = pdf.pages[row[3] - 1].extract_text()
    assert "88,14" in text and "100,16" in text


def test_a_table_broken_across_pages_is_stitched_with_its_caption(pdfs):
    """The long Renstra matrix runs over many pages with its header repeated (ruled);
    Tabel 4.1 runs over three pages without it (borderless). Each comes out as one table
    with the rows of its text export (repeated headers dropped)."""
    ruled = read_pdf(pdfs[(SANANWETAN.stem, "ruled")]).document
    matrix = next(t for t in ruled.tables if "KEGIATAN | ANGGARAN (Rp)" in [c.label for c in t.columns])
    assert len({r.page for r in matrix.rows}) >= 5
    assert len(matrix.rows) == 185
    borderless = read_pdf(pdfs[(SANANWETAN.stem, "borderless")]).document
    plan = next(t for t in borderless.tables if t.caption == "Tabel 4.1")
    assert len({r.page for r in plan.rows}) >= 2
    assert len(plan.rows) == 10  # 788-804 of the export; 808 is the rest of 804's cells
    assert plan.rows[-1].cells[2].endswith("pendataan masalah kesejahteraan sosial")
    assert plan.title == "Rencana Tindak Lanjut LKj IP Kecamatan Sananwetan Tahun 2024"


def test_a_caption_left_at_the_foot_of_the_page_before_is_attached(tmp_path):
    style = Style(orphan_captions={"Tabel 3.1"})
    doc = read_pdf(build_pdf(SANANWETAN, tmp_path / "yatim.pdf", style)).document
    table = next(t for t in doc.tables if t.caption == "Tabel 3.1")
    assert table.title == "Pencapaian Kinerja Kecamatan Sananwetan Tahun 2024"
    assert table.rows[0].cells[1].startswith("Indeks Kepuasan Masyarakat")


def test_landscape_and_rotated_pages_give_their_figures(db, pdfs):
    """Tabel 3.5 (18 columns) sits on a landscape page in the ruled variant and on a
    portrait page turned by /Rotate 90 in the borderless one."""
    with pdfplumber.open(pdfs[(SANANWETAN.stem, "ruled")]) as pdf:
        landscape = {p.page_number for p in pdf.pages if p.width > p.height}
    with pdfplumber.open(pdfs[(SANANWETAN.stem, "borderless")]) as pdf:
        rotated = {p.page_number for p in pdf.pages if p.rotation == 90}
    with duckdb.connect(str(db), read_only=True) as con:
        for name, pages in (("000-ruled.pdf", landscape), ("000-borderless.pdf", rotated)):
            peers = con.execute(
                """SELECT page, kecamatan, tahun, target, realisasi FROM indicator_values
                   WHERE doc_id = ? AND source_table = 'Tabel 3.5' AND is_peer AND indicator_kind = 'IKM'
                   ORDER BY kecamatan, tahun""",
                [_doc_id(con, name)],
            ).fetchall()
            assert peers and all(p[0] in pages for p in peers), name
            assert ("Kapanjenkidul", 2023, 91.0, 84.22) in [p[1:] for p in peers], name


def test_a_sideways_table_without_rotate_is_turned_and_read(tmp_path):
    doc = read_pdf(sideways_report(tmp_path / "miring.pdf")).document
    table = doc.tables[0]
    assert table.caption == "Tabel 3.1" and table.page == 2
    assert [c.label for c in table.columns] == ["Sasaran", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"]
    assert table.rows[0].cells[2:] == ["88", "88,14", "100,16"]


def test_a_table_typed_with_spaces_is_found_and_cut_into_columns(tmp_path):
    read = read_pdf(spaced_report(tmp_path / "spasi.pdf"))
    assert read.table_pages == [1]
    table = read.document.tables[0]
    assert table.caption == "Tabel 3.1"
    assert [c.label for c in table.columns] == ["Indikator Kinerja", "Target", "Realisasi", "Capaian"]
    assert table.rows[0].cells == ["Indeks Kepuasan Masyarakat (IKM)", "88", "88,14", "100,16"]
    assert table.rows[2].cells == ["Nilai SAKIP", "A (87,89)", "A (85,04)", "96,76"]


def test_a_merged_sasaran_cell_is_read_as_the_interpreter_expects(tmp_path, fresh_db):
    """The first column spans two rows (a merged cell, None in pdfplumber's covered slot):
    the second row keeps an empty sasaran, which the interpreter fills down."""
    pdf = small_report(tmp_path / "gabung.pdf")
    with pdfplumber.open(pdf) as doc:
        table = doc.pages[0].find_tables()[0]
        assert None in [c for row in table.rows for c in row.cells]  # the merge is really there
    with connect(str(fresh_db)) as con:
        assert ingest_file(con, pdf).status == "ok"
        rows = con.execute(
            "SELECT indikator, sasaran, target, realisasi, capaian_reported FROM indicator_values ORDER BY row_index"
        ).fetchall()
    assert rows[1] == ("Persentase pelayanan tepat waktu", "Meningkatnya kualitas pelayanan publik", 100.0, 95.0, 95.0)
    assert rows[0][2:] == (88.0, 88.14, 100.16)


def test_an_image_only_page_is_reported_and_the_rest_is_read(tmp_path, fresh_db):
    pdf = small_report(tmp_path / "campur.pdf", scanned_page=True)
    with pdfplumber.open(pdf) as doc:
        last = len(doc.pages)
        assert len(doc.pages[-1].chars) < 5 and doc.pages[-1].images  # a picture and its page number
    with connect(str(fresh_db)) as con:
        result = ingest_file(con, pdf)
        warnings = con.execute("SELECT warnings FROM documents").fetchone()[0]
    assert result.status == "ok" and result.n_indicator_values == 3
    assert any(f"halaman {last} tidak memiliki lapisan teks" in w for w in warnings)


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: image_only_pdf(p), NO_TEXT_LAYER),
        (lambda p: encrypted_pdf(p), "terkunci dengan kata sandi"),
        (lambda p: _truncated(p), "PDF terpotong"),
        (lambda p: _corrupt(p), "PDF rusak"),
        (lambda p: _zero_pages(p), "tidak memiliki halaman"),
        (lambda p: _not_lkjip(p), "bukan LKjIP"),
    ],
    ids=["scanned", "encrypted", "truncated", "corrupt", "zero-pages", "not-lkjip"],
)
def test_unreadable_pdfs_fail_with_a_reason_and_store_nothing(tmp_path, fresh_db, make, reason):
    pdf = make(tmp_path / "buruk.pdf")
    with connect(str(fresh_db)) as con:
        result = ingest_file(con, pdf)
        assert result.status == "failed" and reason in result.message, result.message
        assert con.execute("SELECT status, source_format FROM documents").fetchall() == [("failed", "pdf")]
        assert con.execute("SELECT count(*) FROM indicator_values").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM budget_lines").fetchone()[0] == 0


def test_a_pdf_locked_by_an_owner_password_only_opens(tmp_path, fresh_db):
    pdf = small_report(tmp_path / "izin.pdf", Style(owner_password="pemilik"))
    assert b"/Encrypt" in pdf.read_bytes()
    with connect(str(fresh_db)) as con:
        result = ingest_file(con, pdf)
    assert result.status == "ok" and result.n_indicator_values == 3


def test_a_pdf_that_runs_too_long_is_stopped(pdfs):
    data = pdfs[(PLANDAAN.stem, "ruled")].read_bytes()
    with pytest.raises(IngestError, match="waktu membaca habis"):
        parse_isolated(data, "pdf", "lama.pdf", timeout=0.05)


def test_the_table_finder_skips_pages_without_tables(pdfs):
    read = read_pdf(pdfs[(SANANWETAN.stem, "ruled")])
    with pdfplumber.open(pdfs[(SANANWETAN.stem, "ruled")]) as pdf:
        prose_pages = {p.page_number for p in pdf.pages if not p.find_tables()}
    assert prose_pages and not prose_pages & set(read.table_pages)
    assert len(read.table_pages) < read.pages


def test_cli_reads_pdfs_in_parallel_in_order_and_a_timeout_does_not_stop_the_batch(pdfs, tmp_path):
    folder = tmp_path / "masuk"
    folder.mkdir()
    (folder / "a-bluto.pdf").write_bytes(pdfs[(BLUTO.stem, "ruled")].read_bytes())
    (folder / "b-bluto.txt").write_bytes(BLUTO.read_bytes())
    (folder / "c-sananwetan.pdf").write_bytes(pdfs[(SANANWETAN.stem, "ruled")].read_bytes())
    (folder / "d-salinan.pdf").write_bytes(pdfs[(BLUTO.stem, "ruled")].read_bytes())
    db = tmp_path / "cli.duckdb"
    proc = _cli(str(folder), "--db", str(db), "--jobs", "2")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    tags = [line.split()[0] + " " + Path(line.split()[1].rstrip(":")).name for line in proc.stdout.splitlines()[:4]]
    assert tags == ["OK a-bluto.pdf", "OK b-bluto.txt", "OK c-sananwetan.pdf", "SAMA d-salinan.pdf"]
    slow = _cli(
        str(folder / "c-sananwetan.pdf"), str(SUMOBITO), "--db", str(tmp_path / "t.duckdb"), "--timeout", "0.05"
    )
    assert slow.returncode == 1
    assert "GAGAL" in slow.stdout and "waktu membaca habis" in slow.stdout
    assert "Selesai: 2 berkas, 1 berhasil, 1 gagal" in slow.stdout


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ingest", *args, "--quiet"], cwd=ROOT, capture_output=True, text=True, timeout=600
    )


def _truncated(path: Path) -> Path:
    full = small_report(path.with_name("utuh.pdf")).read_bytes()
    path.write_bytes(full[: len(full) // 2])  # a download cut short
    return path


def _corrupt(path: Path) -> Path:
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\n%%EOF\n")
    return path


def _zero_pages(path: Path) -> Path:
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 3\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    path.write_bytes(out)
    return path


def _not_lkjip(path: Path) -> Path:
    rows = [["Bahan", "Jumlah", "Satuan"], ["Beras", "2", "piring"], ["Bawang", "3", "siung"]]
    return small_report(path, rows=rows, prose="Resep nasi goreng kampung untuk empat orang.")
