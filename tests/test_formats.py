"""What a file really is, from its bytes: Word files are read; old Word files, spreadsheets,
presentations, archives and web pages are refused with their own cause and the next step,
in a batch that goes on, and on the upload page alike."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile

import docx
import duckdb
import openpyxl
import pptx
import pytest

from dashboard.uploads import ingest_uploads
from ingest.pipeline import refusal, sniff_format
from ingest.store import connect
from tests.conftest import ROOT, SAMPLES
from tests.docx_fixtures import build_docx

BLUTO = SAMPLES / "004_1d7b7b35be8d125c.txt"
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
JUNK = bytes(range(256)) * 16


def _ole(stream: str = "") -> bytes:
    """An OLE2 compound file: the magic, then a directory naming `stream` in UTF-16."""
    return OLE2 + JUNK + stream.encode("utf-16-le") + JUNK


def _zip(entries: dict[str, bytes], stored_first: bool = False) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for i, (name, content) in enumerate(entries.items()):
            zf.writestr(name, content, zipfile.ZIP_STORED if stored_first and i == 0 else zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _docx() -> bytes:
    word = docx.Document()
    word.add_paragraph("Laporan Kinerja Kecamatan Bluto")
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


def _xlsx() -> bytes:
    book = openpyxl.Workbook()
    book.active.append(["Kecamatan", "Nilai IKM"])
    book.active.append(["Bluto", 83])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _pptx() -> bytes:
    out = io.BytesIO()
    pptx.Presentation().save(out)
    return out.getvalue()


XLSX_LIKE = _zip({
    "[Content_Types].xml": b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    "xl/workbook.xml": b'<?xml version="1.0"?><workbook/>',
    "xl/worksheets/sheet1.xml": b"<worksheet><sheetData><row><c t='inlineStr'><is><t>Kecamatan Bluto</t></is></c></row></sheetData></worksheet>",
})  # fmt: skip
NOT_FOUND_PAGE = (
    b'<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8"><title>Halaman Tidak Ditemukan</title></head>\n'
    b"<body><h1>LKjIP Kecamatan Sukorejo Tahun 2024</h1>\n<p>Maaf, berkas yang Anda cari tidak ada.</p>\n"
    b"<p>Laporan Kinerja Instansi Pemerintah Kecamatan Sukorejo Kota Blitar Tahun 2024</p></body></html>\n"
)


SNIFFED = [
    pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "pdf", id="pdf"),
    pytest.param(_docx(), "docx", id="docx"),
    pytest.param(OLE2 + JUNK, "doc", id="ole2-junk"),  # an OLE2 file naming nothing known: most likely an old Word file
    pytest.param(_ole("WordDocument"), "doc", id="doc"),
    pytest.param(_ole("Workbook"), "xls", id="xls"),
    pytest.param(_ole("PowerPoint Document"), "ppt", id="ppt"),
    pytest.param(_ole("EncryptedPackage"), "encrypted", id="encrypted"),  # a password-locked .docx is an OLE2 file
    pytest.param(_xlsx(), "xlsx", id="xlsx"),
    pytest.param(XLSX_LIKE, "xlsx", id="xlsx-like"),
    pytest.param(_pptx(), "pptx", id="pptx"),
    pytest.param(_zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"}, True), "odt", id="odt"),
    pytest.param(_zip({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<x/>"}, True), "ods", id="ods"),
    pytest.param(_zip({"laporan.pdf": b"%PDF-1.7 ..."}), "zip", id="zip"),
    pytest.param(_docx()[:3000], "docx", id="docx-cut"),  # cut short: still a Word file (the reader says it is damaged)
    pytest.param(NOT_FOUND_PAGE, "html", id="html"),
    pytest.param(b"\xef\xbb\xbf\n  <HTML><body>Kecamatan Sukorejo</body></HTML>", "html", id="html-bom"),
    pytest.param(b'<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head></head></html>', "html", id="xhtml"),
    pytest.param(BLUTO.read_bytes(), "text", id="text"),
    pytest.param(b"Sasaran\tIndikator\tTarget\n<b>Meningkatnya</b>\t<p>Nilai IKM</p>\t88\n", "text", id="text-cells"),  # HTML in cells
    pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary", id="png"),
]  # fmt: skip


@pytest.mark.parametrize(("data", "expected"), SNIFFED)
def test_the_format_is_read_from_the_bytes(data, expected):
    assert sniff_format(data) == expected


# file -> (status, source_format, fragment of the message); named so the good file comes last
BATCH = {
    "1-laporan-lama.doc": ("failed", "doc", "berkas Word lama (.doc): simpan sebagai .docx atau PDF lalu unggah lagi"),
    "2-rekap-ikm.xlsx": ("failed", "xlsx", "lembar kerja Excel (.xlsx), bukan laporan LKjIP"),
    "3-laporan-sukorejo.pdf": ("failed", "html", 'halaman web (HTML), bukan laporan LKjIP: judul halamannya "Halaman Tidak Ditemukan"'),
    "4-laporan-terpotong.docx": ("failed", "docx", "berkas Word (.docx) rusak atau tidak lengkap"),
    "5-laporan-presentasi.docx": ("failed", "pptx", "presentasi PowerPoint (.pptx), bukan laporan LKjIP"),
    "6-bluto.docx": ("ok", "docx", "Bluto (Kabupaten Sumenep) 2023: "),
}  # fmt: skip


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    folder = tmp_path_factory.mktemp("masuk")
    good = build_docx(BLUTO, folder / "6-bluto.docx").read_bytes()
    (folder / "1-laporan-lama.doc").write_bytes(OLE2 + JUNK)
    (folder / "2-rekap-ikm.xlsx").write_bytes(XLSX_LIKE)
    (folder / "3-laporan-sukorejo.pdf").write_bytes(NOT_FOUND_PAGE)  # the name says PDF; the bytes say web page
    (folder / "4-laporan-terpotong.docx").write_bytes(good[: len(good) // 2])
    (folder / "5-laporan-presentasi.docx").write_bytes(_pptx())
    db = folder.parent / "formats.duckdb"
    proc = subprocess.run(
        [sys.executable, "-m", "ingest", str(folder), "--db", str(db), "--quiet"],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    return proc, db


def test_each_refused_format_is_recorded_failed_with_its_cause_and_the_batch_goes_on(batch):
    proc, db = batch
    assert proc.returncode == 1, proc.stderr  # some files failed, and the batch went through all of them
    lines = {line.split(" ", 1)[1].split(":", 1)[0].rsplit("/", 1)[-1]: line for line in proc.stdout.splitlines()
             if line[:6].strip() in ("OK", "TINJAU", "GAGAL", "SAMA")}  # fmt: skip
    with duckdb.connect(str(db), read_only=True) as con:
        rows = {r[0]: r[1:] for r in con.execute(
            "SELECT file_name, status, source_format, error, kecamatan, tahun FROM documents"
        ).fetchall()}  # fmt: skip
    assert set(rows) == set(BATCH)
    for name, (status, fmt, fragment) in BATCH.items():
        assert lines[name].startswith("OK" if status == "ok" else "GAGAL"), lines[name]
        assert fragment in lines[name], lines[name]
        assert rows[name][:2] == (status, fmt), name
        if status == "failed":
            assert fragment in rows[name][2] and rows[name][3:] == (None, None), name  # no kecamatan, no year
    assert rows["6-bluto.docx"][3:] == ("Bluto", 2023)


def test_uploads_take_word_files_and_refuse_the_others_with_the_same_cause(tmp_path):
    good = build_docx(BLUTO, tmp_path / "bluto.docx").read_bytes()
    folder = tmp_path / "uploads"
    with connect(str(tmp_path / "up.duckdb")) as con:
        results = ingest_uploads(
            con, [("Laporan Bluto.docx", good), ("lama.doc", OLE2 + JUNK), ("halaman.html", NOT_FOUND_PAGE)], folder
        )
        stored = con.execute("SELECT file_name, source_format, kecamatan FROM documents").fetchall()
    assert [(r.name, r.status) for r in results] == [
        ("Laporan Bluto.docx", "ok"), ("lama.doc", "rejected"), ("halaman.html", "rejected")
    ]  # fmt: skip
    assert "Bluto (Kabupaten Sumenep) 2023" in results[0].message
    assert results[1].message == "berkas Word lama (.doc): simpan sebagai .docx atau PDF lalu unggah lagi"
    assert results[2].message.startswith('halaman web (HTML), bukan laporan LKjIP: judul halamannya "Halaman Tidak')
    assert stored == [("Laporan Bluto.docx", "docx", "Bluto")]
    saved = list(folder.iterdir())
    assert len(saved) == 1 and saved[0].suffix == ".docx" and saved[0].read_bytes() == good


def test_a_report_saved_as_a_web_page_from_word_is_told_to_be_saved_again():
    page = (
        b'<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
        b'<meta http-equiv=Content-Type content="text/html; charset=windows-1252">\n'
        b'<meta name=ProgId content=Word.Document>\n<meta name=Generator content="Microsoft Word 15">\n'
        b"<title>LKjIP Kecamatan Bluto 2023</title>\n</head>\n<body lang=IN><p class=MsoNormal>Kecamatan Bluto</p>"
    )
    assert sniff_format(page) == "html"
    assert (
        refusal(page, "html")
        == "halaman web (HTML) yang disimpan dari Word: simpan sebagai .docx atau PDF lalu unggah lagi"
    )
    assert refusal(NOT_FOUND_PAGE, "html") == (
        'halaman web (HTML), bukan laporan LKjIP: judul halamannya "Halaman Tidak Ditemukan"; '
        "unduh berkas PDF atau Word laporannya lalu unggah lagi"
    )
