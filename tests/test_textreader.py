"""Tests for the text-export reader (ingest/read/text.py), table building
(ingest/read/tablebuild.py) and markup cleaning (ingest/cleaning.py).

Snippets are real lines copied from data/samples (TABs kept; very long cells
shortened), each marked with "<file prefix>:<line>"; 000 = 000_a49aed262e0b6318.txt,
001 = 001_96411fc34ab30848.txt, 002 = 002_7e58b56da18a00e0.txt,
004 = 004_1d7b7b35be8d125c.txt. Expected captions, titles, labels, row counts and
line numbers were read from the documents by hand.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from ingest.cleaning import clean_text, decode_bytes
from ingest.model import Document, Heading, Paragraph, Row, Table
from ingest.read.tablebuild import build_table, join_broken_rows, merge_header, split_header
from ingest.read.text import normalise_caption, read_text

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples"


def _read(lines: list[str]) -> Document:
    return read_text("\n".join(lines), "snippet.txt")


def _tables(doc: Document, caption: str | None = None) -> list[Table]:
    return [t for t in doc.tables if caption is None or t.caption == caption]


def _one(doc: Document, caption: str) -> Table:
    found = _tables(doc, caption)
    assert len(found) == 1, f"{caption}: {len(found)} tables, captions seen: {[t.caption for t in doc.tables]}"
    return found[0]


def _labels(table: Table) -> list[str]:
    return [c.label for c in table.columns]


def _parts(table: Table) -> list[list[str]]:
    return [c.parts for c in table.columns]


# --- captions and titles ------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "caption"),
    [
        pytest.param("Tabel 3.1", "Tabel 3.1", id="plain"),
        pytest.param("TABEL 3.4.1", "Tabel 3.4.1", id="001:974 upper case"),
        pytest.param("Tabel. 6.1", "Tabel 6.1", id="dot after Tabel"),
        pytest.param("**Tabel. 6.1**  ", "Tabel 6.1", id="002:1826 bold, dot, trailing spaces"),
        pytest.param("Tabel 2. 4", "Tabel 2.4", id="000:380 space after dot"),
        pytest.param("Tabel 3. 1", "Tabel 3.1", id="000:426 space after dot"),
        pytest.param("**Tabel 3.5**", "Tabel 3.5", id="bold"),
        pytest.param("**Tabel 3.5**  ", "Tabel 3.5", id="002:893 bold with markdown line break"),
        pytest.param("TABEL 3.2.1.2", "Tabel 3.2.1.2", id="001:849 four levels"),
    ],
)
def test_normalise_caption(raw, caption):
    result = normalise_caption(raw)
    assert result is not None
    assert result[0] == caption
    assert result[1] == ""


def test_caption_with_title_on_the_same_line():
    # 001:581
    assert normalise_caption("Tabel 3.1.1.2 Pencapaian Kinerja Sasaran Kecamatan Sumobito Tahun 2024") == (
        "Tabel 3.1.1.2",
        "Pencapaian Kinerja Sasaran Kecamatan Sumobito Tahun 2024",
    )


@pytest.mark.parametrize(
    "raw",
    [
        # 002:1441 prose that starts with the word "Tabel"
        "Tabel di atas menunjukkan bahwa terdapat efisiensi pemanfaatan sumber daya manusia pada kisaran 3,03 dalam pencapaian indikator kinerja Kecamatan Plandaan.",
        # 004:274
        "Berdasarkan tabel 2.4 dan diatas dapat kami jelaskan perubahan mendasar",
        "Sumber : Laporan Evaluasi Capaian Kinerja Kecamatan Tahun 2024",
    ],
)
def test_prose_is_not_a_caption(raw):
    assert normalise_caption(raw) is None


def test_title_line_after_caption_000_tabel_3_1():
    # 000:426-431, 439
    doc = _read(
        [
            "Tabel 3. 1",
            "Pencapaian Kinerja Kecamatan Sananwetan Tahun 2024",
            "",
            "Kinerja Utama / Sasaran Strategis / Kinerja Program\tIndikator Kinerja\tTarget\tRealisasi\t% Capaian",
            "Meningkatnya Kualitas Pelayanan Publik\tIndeks Kepuasan Masyarakat (IKM) Kecamatan\tBaik (88)\tBaik (88,14)\t100,16%",
            "Meningkatnya kualitas pelayanan Kecamatan untuk kepuasan masyarakat\tPersentase pelayanan yang sesuai dengan standart pelayanan\t100%\t100%\t100%",
            "",
            "Sumber : Laporan Evaluasi Capaian Kinerja Kecamatan Tahun 2024",
        ]
    )
    assert len(doc.tables) == 1
    table = doc.tables[0]
    assert table.caption == "Tabel 3.1"
    assert table.title == "Pencapaian Kinerja Kecamatan Sananwetan Tahun 2024"
    assert table.line == 4
    assert len(table.rows) == 2
    # the title was used up by the table, the source note stays prose
    paragraphs = [b for b in doc.blocks if isinstance(b, Paragraph)]
    assert [(p.text, p.line) for p in paragraphs] == [
        ("Sumber : Laporan Evaluasi Capaian Kinerja Kecamatan Tahun 2024", 8)
    ]


def test_title_over_two_lines_001_tabel_3_2_1_2():
    # 001:849-855
    doc = _read(
        [
            "TABEL 3.2.1.2",
            "PENCAPAIAN KINERJA DAN ANGGARAN",
            "KECAMATAN SUMOBITO TAHUN 2024",
            "",
            "NAMA PROGRAM\tINDIKATOR KINERJA\tKINERJA\t\t\tANGGARAN\t\t",
            "\t\tTARGET\tREALISASI\tCAPAIAN\tALOKASI\tREALISASI\tCAPAIAN",
            "Program Penyelenggaraan pemerintahan dan Pelayanan Publik\tNilai Paten Kecamatan\t84\t80,55\t95,89\t19.769.500\t19.769.500\t100",
        ]
    )
    table = _one(doc, "Tabel 3.2.1.2")
    assert table.title == "PENCAPAIAN KINERJA DAN ANGGARAN KECAMATAN SUMOBITO TAHUN 2024"
    assert len(table.rows) == 1


def test_title_bold_markdown_002_tabel_3_7():
    # 002:1065-1070
    doc = _read(
        [
            "**Tabel 3.7**  ",
            "**Perbandingan Realisasi Kinerja s/d Akhir Periode RENSTRA**",
            "",
            "Sasaran Strategis\tIndikator Kinerja\tTarget Akhir RPJMD/Renstra\tRealisasi\tTingkat Kemajuan",
            "Meningkatnya akuntabilitas dan kinerja Kecamatan\tNilai evaluasi AKIP Kec. Plandaan\t72\t70,17\t97,46%",
            "Meningkatnya kualitas penyelenggaraan pemerintahan dan layanan Kecamatan Plandaan\tIKM Kecamatan Plandaan\t93,85\t94,22\t100,39%",
        ]
    )
    table = _one(doc, "Tabel 3.7")
    assert table.title == "Perbandingan Realisasi Kinerja s/d Akhir Periode RENSTRA"
    assert _labels(table) == [
        "Sasaran Strategis",
        "Indikator Kinerja",
        "Target Akhir RPJMD/Renstra",
        "Realisasi",
        "Tingkat Kemajuan",
    ]


def test_title_after_a_blank_line_000_tabel_3_6():
    # 000:674-678 with a blank line added between caption and title as in 000:653-655
    doc = _read(
        [
            "Tabel 3.6",
            "",
            "Alokasi Sasaran Pembangunan",
            "",
            "Tujuan / Sasaran Strategis\tIndikator Kinerja\tAnggaran\tPersentase Anggaran",
            "Meningkatnya kualitas pelayanan publik\tIndeks Kepuasan Masyarakat (IKM) Kecamatan\t20.794.609.347\t59,97%",
        ]
    )
    table = _one(doc, "Tabel 3.6")
    assert table.title == "Alokasi Sasaran Pembangunan"


def test_title_on_the_caption_line_001_tabel_3_1_1_1():
    # 001:565-570
    doc = _read(
        [
            "Tabel 3.1.1.1 Pencapaian Kinerja",
            "",
            "SASARAN STRATEGIS\tINDIKATOR KINERJA\tTARGET\tREALISASI\tPERSENTASE CAPAIAN",
            "Meningkatnya Akuntabilitas dan Kinerja Kecamatan\tNilai Evaluasi AKIP Kecamatan Sumobito\tBB (72)\t73,47\t102,04%",
            "Meningkatnya Kualitas Layanan Publik\tIndeks Kualitas Pelayanan Publik (IKPP) Kecamatan Sumobito\t7,7\t8,14\t105,71%",
            "\tCapaian rata-rata\t\t\t103,87",
        ]
    )
    table = _one(doc, "Tabel 3.1.1.1")
    assert table.title == "Pencapaian Kinerja"
    assert len(table.rows) == 3
    assert table.rows[2].cells == ["", "Capaian rata-rata", "", "", "103,87"]


# --- markup is stripped, words kept -------------------------------------------


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        pytest.param(
            "<b>RATA-RATA CAPAIAN REALISASI ANGGARAN</b>", "RATA-RATA CAPAIAN REALISASI ANGGARAN", id="002:1267 b"
        ),
        pytest.param(
            "<p>Indeks Pelayanan Publik (IPP) Kecamatan Plandaan</p>",
            "Indeks Pelayanan Publik (IPP) Kecamatan Plandaan",
            id="002:560 p",
        ),
        pytest.param(
            "<i>Persentase pencairan gaji dan tunjangan ASN tepat waktu</i>",
            "Persentase pencairan gaji dan tunjangan ASN tepat waktu",
            id="002:995 i",
        ),
        pytest.param("## **BAB I PENDAHULUAN**", "BAB I PENDAHULUAN", id="002:16 heading"),
        pytest.param("### **1.1 STRUKTUR ORGANISASI**", "1.1 STRUKTUR ORGANISASI", id="002:31 heading"),
        pytest.param("**Tabel 3.7**  ", "Tabel 3.7", id="002:1065 bold"),
        pytest.param("- a. **Transparan**", "- a. Transparan", id="001:876 bold in list"),
        pytest.param("Realisasi Kinerja &amp; Anggaran", "Realisasi Kinerja & Anggaran", id="amp entity"),
        pytest.param("Sarana&nbsp;Prasarana", "Sarana Prasarana", id="nbsp entity"),
        pytest.param("<b>96.38%</b>", "96.38%", id="002:1354 bold number"),
        # a space after a slash or hyphen inside a word is where a line wrapped: 002 writes
        # "Perda/ Perkada" 15 times and "Perda/Perkada" 40, 001 "Perundang- undangan" once
        pytest.param("pelanggaran Perda/ Perkada dan", "pelanggaran Perda/Perkada dan", id="002 slash wrap"),
        pytest.param("Perundang- undangan dan/ atau", "Perundang-undangan dan/atau", id="001 hyphen wrap"),
        pytest.param("Kegiatan - Sub Kegiatan / Rincian", "Kegiatan - Sub Kegiatan / Rincian", id="spaced dash kept"),
        pytest.param("Target 2024/ 2025", "Target 2024/ 2025", id="figures untouched"),
    ],
)
def test_clean_text(raw, clean):
    assert clean_text(raw) == clean


def test_clean_text_html_list_keeps_every_item():
    # 002:1679
    raw = (
        '<ul style="list-style-type: none"> <li>- Menyusun SOP monitoring evaluasi target jangka menengah '
        "renstra</li> <li>- Menyusun Berita Acara monitoring jangka menengah</li> </ul>"
    )
    text = clean_text(raw)
    first = text.find("Menyusun SOP monitoring evaluasi target jangka menengah renstra")
    second = text.find("Menyusun Berita Acara monitoring jangka menengah")
    assert 0 <= first < second
    assert "<" not in text and ">" not in text
    assert "li" not in text.split()
    assert "style" not in text


def test_cells_are_cleaned_but_raw_kept_002_tabel_3_10():
    # 002:1349-1356
    lines = [
        "**Tabel 3.10**  ",
        "**Efisiensi Penggunaan Sumber Daya**",
        "",
        "<b>NO</b>\t<b>SASARAN/PROGRAM/KEGIATAN/SUB KEGIATAN</b>\t<b>INDIKATOR SASARAN/KINERJA</b>\t<b>% CAPAIAN KINERJA</b>\t<b>% PENYERAPAN ANGGARAN</b>\t<b>TINGKAT EFISIENSI</b>",
        "\t<b>SASARAN: Meningkatnya akuntabilitas dan kinerja kecamatan</b>\t<b>Nilai Evaluasi AKIP Kecamatan Plandaan</b>\t<b>98,83%</b>\t<b>96,38%</b>\t<b>1,02</b>",
        "<b>1</b>\t<b>Program penunjang Urusan Pemerintahan daerah kabupaten/kota</b>\t<b>Persentase rata-rata capaian kinerja aparatur</b>\t<b>100%</b>\t<b>96.38%</b>\t<b>1,04</b>",
        "1.1\tPerencanaan, Penganggaran dan Evaluasi Kinerja Perangkat Daerah\tPersentase Dokumen Perencanaan, Penganggaran dan Evaluasi Kinerja Perangkat Daerah yang tersusun sesuai aturan\t<b>100%</b>\t<b>94.43%</b>\t<b>1,06</b>",
        "\tPenyusunan Dokumen Perencanaan Perangkat Daerah\tJumlah dokumen perencanaan PD yang tersusun\t<b>100%</b>\t<b>96.57%</b>\t<b>1,04</b>",
    ]
    table = _one(_read(lines), "Tabel 3.10")
    assert table.title == "Efisiensi Penggunaan Sumber Daya"
    assert _labels(table) == [
        "NO",
        "SASARAN/PROGRAM/KEGIATAN/SUB KEGIATAN",
        "INDIKATOR SASARAN/KINERJA",
        "% CAPAIAN KINERJA",
        "% PENYERAPAN ANGGARAN",
        "TINGKAT EFISIENSI",
    ]
    assert len(table.rows) == 4
    assert table.rows[1].cells == [
        "1",
        "Program penunjang Urusan Pemerintahan daerah kabupaten/kota",
        "Persentase rata-rata capaian kinerja aparatur",
        "100%",
        "96.38%",
        "1,04",
    ]
    assert table.rows[1].raw == lines[5]
    assert table.rows[1].line == 6
    for row in table.rows:
        assert not any("<" in c or ">" in c for c in row.cells)


def test_html_list_cell_in_a_table_002_tabel_3_16():
    # 002:1672-1679 (long cells of 1677 shortened)
    lines = [
        "**Tabel 3.16**  ",
        "**MATRIK TINDAK LANJUT**  ",
        "**HASIL EVALUASI SAKIP TAHUN 2022**",
        "",
        "No.\tRekomendasi\tRencana Aksi Tindak Lanjut\tHasil\tWaktu Pelaksanaan\tPenanggung jawab\tStatus/Progres",
        "1\tMelakukan evaluasi atas mekanisme monitoring target jangka menengah\tMenyusun monitoring jangka menengah\tDokumen monitoring jangka menengah\tSampai Agustus 2023\tCamat\tSudah ditindaklanjuti sesuai rekomendasi",
        "",
        '\t\t<ul style="list-style-type: none"> <li>- Menyusun SOP monitoring evaluasi target jangka menengah renstra</li> <li>- Menyusun Berita Acara monitoring jangka menengah</li> </ul>\t\t\t\t',
    ]
    doc = _read(lines)
    table = _one(doc, "Tabel 3.16")
    assert table.title == "MATRIK TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2022"
    assert len(doc.tables) == 1
    # line 8 carries only the rest of line 6's action cell (its list of steps): one row
    assert [r.line for r in table.rows] == [6]
    cell = table.rows[0].cells[2]
    assert cell.startswith("Menyusun monitoring jangka menengah")
    assert "Menyusun SOP monitoring evaluasi target jangka menengah renstra" in cell
    assert "Menyusun Berita Acara monitoring jangka menengah" in cell
    assert "<" not in cell
    assert table.rows[0].raw == f"{lines[5]}\n{lines[7]}"


def test_amp_entity_in_a_cell():
    doc = _read(
        [
            "No\tProgram\tAnggaran\tRealisasi\tCapaian",
            "1\tPROGRAM PENYEDIAAN SARANA &amp; PRASARANA\t628.936.788\t578.305.156\t91,95%",
        ]
    )
    assert doc.tables[0].rows[0].cells[1] == "PROGRAM PENYEDIAAN SARANA & PRASARANA"


# --- page breaks --------------------------------------------------------------


def test_repeated_two_row_header_is_stitched_002_tabel_3_6():
    # 002:985-1004: the two header rows repeat after the page break (blank line)
    h1 = "Program, Kegiatan dan Sub Kegiatan\tIndikator Kinerja Program, Kegiatan dan Sub Kegiatan\tTarget Kinerja\t\tRealisasi Kinerja\t\tCapaian Kinerja (%)\t"
    h2 = "\t\t2021\t2022\t2021\t2022\t2021\t2022"
    lines = [
        "**Tabel 3.6**",
        "",
        "**Realisasi kinerja serta capaian kinerja program, kegiatan dan sub kegiatan tahun 2021 dan 2022**",
        "",
        h1,
        h2,
        "Penyediaan Gaji dan Tunjangan ASN\tJumlah pembayaran Gaji dan Tunjangan ASN lingkup Kecamatan Plandaan yang difasilitasi\t14 bln\t14 bln\t14 bln\t14 bln\t100%\t100%",
        "Koordinasi dan penyusunan laporan keuangan akhir tahun SKPD\tJumlah dokumen laporan keuangan tahunan SKPD\t1 dok\t1 dok\t1 dok\t1 dok\t100%\t100%",
        "Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD\tJumlah pelaksanaan penatausahaan dan pengujian/verifikasi keuangan SKPD\tN/A\t12 kali\tN/A\t12 kali\tN/A\t100%",
        "",
        h1,
        h2,
        "Administrasi Kepegawaian Perangkat Daerah\t<i>Persentase pemenuhan administrasi kepegawaian PD Kecamatan Plandaan</i>\tN/A\t100%\tN/A\t100%\tN/A\t100%",
        "Pengadaan Pakaian Dinas beserta atribut kelengkapannya\tJumlah pakaian dinas beserta atribut kelengkapannya yang terfasilitasi\tN/A\t13 stel\tN/A\t13 stel\tN/A\t100%",
        "",
        "Dari table diatas dapat disimpulkan bahwa rata-rata capaian kinerja Kecamatan Plandaan tahun 2020, 2021 dan 2022 mengalami peningkatan.",
    ]
    doc = _read(lines)
    assert len(doc.tables) == 1
    table = doc.tables[0]
    assert table.caption == "Tabel 3.6"
    assert table.line == 5
    assert [h.line for h in table.header_rows] == [5, 6]
    assert [r.line for r in table.rows] == [7, 8, 9, 13, 14]
    assert [r.cells[0] for r in table.rows] == [
        "Penyediaan Gaji dan Tunjangan ASN",
        "Koordinasi dan penyusunan laporan keuangan akhir tahun SKPD",
        "Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD",
        "Administrasi Kepegawaian Perangkat Daerah",
        "Pengadaan Pakaian Dinas beserta atribut kelengkapannya",
    ]
    assert table.rows[3].cells[1] == "Persentase pemenuhan administrasi kepegawaian PD Kecamatan Plandaan"
    assert table.rows[3].raw == lines[12]
    paragraphs = [b for b in doc.blocks if isinstance(b, Paragraph)]
    assert [p.line for p in paragraphs] == [16]


def test_repeated_one_row_header_is_stitched_002_tabel_2_2():
    # 002:549-564 (long definitions shortened)
    header = "NO\tKINERJA UTAMA\tINDIKATOR KINERJA UTAMA\tFORMULASI\tSUMBER DATA"
    lines = [
        "**Tabel 2.2**  ",
        "**Indikator Kinerja Utama**",
        "",
        header,
        "1\tMeningkatnya akuntabilitas dan kinerja kecamatan\tNilai Evaluasi AKIP Kec. Plandaan\tNilai Evaluasi AKIP tahun n\tHasil Evaluasi AKIP Kec. Plandaan",
        "\t\tDefinisi Operasional: Akuntabilitas kinerja instansi pemerintah (AKIP) adalah pertanggungjawaban dan peningkatan kinerja instansi pemerintah\t\t",
        "",
        header,
        "\t\t<p>Indeks Pelayanan Publik (IPP) Kecamatan Plandaan</p>\t<p>IPP Kecamatan Plandaan tahun n</p>\t<p>Hasil Survey IPP Kec. Plandaan</p>",
        "",
        header,
        "\t\tPublik, Aspek Konsultasi dan Pengaduan serta Aspek Inovasi (Permenpan RB No. 17 Tahun 2017)\t\t",
    ]
    doc = _read(lines)
    assert len(doc.tables) == 1
    table = _one(doc, "Tabel 2.2")
    assert table.title == "Indikator Kinerja Utama"
    assert [r.line for r in table.rows] == [5, 6, 9, 12]
    assert table.rows[2].cells == [
        "",
        "",
        "Indeks Pelayanan Publik (IPP) Kecamatan Plandaan",
        "IPP Kecamatan Plandaan tahun n",
        "Hasil Survey IPP Kec. Plandaan",
    ]
    assert all(r.cells[0] != "NO" for r in table.rows)


def test_rows_carrying_on_after_a_blank_line_001_tabel_3_2_1_1():
    # 001:835-843
    lines = [
        "Tabel 3.2.1.1",
        "Pencapaian Kinerja dan Anggaran Sasaran",
        "",
        "No.\tSasaran Strategis\tIndikator Kinerja\tKinerja\t\t\tAnggaran\t\t",
        "\t\t\tTarget\tRealisasi\tCapaian %\tAlokasi (Rp)\tRealisasi (Rp)\tCapaian %",
        "1\tMeningkatnya Akuntabilitas dan Kinerja Kecamatan\tNilai Evaluasi AKIP Kecamatan Sumobito\t72\t73,37\t102,04\t2.423.318.229\t2.423.318.229\t97",
        "",
        "2\tMeningkatnya Kualitas Layanan Publik\tIndeks Kualitas Pelayanan Publik (IKPP) Kecamatan Sumobito\t7,7\t8,14\t105,71\t19.769.500\t19.769.500\t100",
        "RATA -RATA CAPAIAN KINERJA DAN ANGGARAN\t\t\t\t\t103,88%\t2.443.087.729\t2.443.087729\t98,50",
    ]
    doc = _read(lines)
    assert len(doc.tables) == 1
    table = _one(doc, "Tabel 3.2.1.1")
    assert [r.line for r in table.rows] == [6, 8, 9]
    assert [r.cells[0] for r in table.rows] == ["1", "2", "RATA -RATA CAPAIAN KINERJA DAN ANGGARAN"]
    assert table.rows[2].cells[7] == "2.443.087729"


def test_rows_carrying_on_000_tabel_3_4():
    # 000:641-645: a wrapped cell and the next rows come after the page break
    lines = [
        "Kinerja Utama / Sasaran Strategis / Kinerja Program\tIndikator Kinerja\tKinerja Tahun 2024\t\tTarget Akhir Renstra 2021-2026\tTingkat Kemajuan",
        "\t\tTarget\tRealisasi\t\t",
        "Meningkatnya pemberdayaan masyarakat desa dan kelurahan\tPresentase hasil koordinasi bidang pemberdayaan masyarakat dan pembangunan\t100%\t100%\t100%\t100%",
        "",
        "\tyang ditindaklanjuti\t\t\t\t",
        "\tPresentase RT Berdaya\t100%\t100%\t100%\t100%",
        "Meningkatnya Tata Kelola Perangkat Daerah\tNilai SAKIP perangkat daerah\tA (87,89)\tA (85,04)\tA (89,88)\t97,78%",
    ]
    doc = _read(lines)
    assert len(doc.tables) == 1
    # line 5 is the rest of line 3's indicator name, broken by the page: joined to it
    assert [r.line for r in doc.tables[0].rows] == [3, 6, 7]
    assert doc.tables[0].rows[0].cells[1] == (
        "Presentase hasil koordinasi bidang pemberdayaan masyarakat dan pembangunan yang ditindaklanjuti"
    )


def test_different_table_after_a_blank_line_is_separate_001_tabel_2_1():
    # 001:419-433: the Perjanjian Kinerja table, then the programme table
    lines = [
        "Tabel 2.1",
        "PERJANJIAN KINERJA",
        "KECAMATAN SUMOBITO TAHUN 2024",
        "",
        "NO.\tSASARAN STRATEGIS\tINDIKATOR KINERJA\tTARGET",
        "\t\t\tTAHUNAN",
        "(1)\t(2)\t(3)\t(4)",
        "1.\tMeningkatnya Akuntabilitas dan Kinerja Kecamatan\t1. Nilai Evaluasi AKIP Kec. Sumobito\t72",
        "2.\tMeningkatnya Kualitas Layanan Publik\t2. Indeks Kualitas Pelayanan Publik (IKPP) Kec. Sumobito\t7,7",
        "",
        "NO\tSASARAN PROGRAM\tPROGRAM\tINDIKATOR PROGRAM\tTARGET\tANGGARAN",
        "1.\tMeningkatnya capaian kinerja aparatur\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\tPersentase rata-rata capaian kinerja aparatur\t100%\t2.487.371.653",
        "2.\tMeningkatnya Penyelenggaraan Pemerintahan dan Pelayanan Publik\tProgram Penyelenggaraan Pemerintahan dan Pelayanan Publik\tNilai Paten Kecamatan Sumobito\t84\t19.861.000",
    ]
    doc = _read(lines)
    assert len(doc.tables) == 2
    first, second = doc.tables
    assert first.caption == "Tabel 2.1"
    assert first.title == "PERJANJIAN KINERJA KECAMATAN SUMOBITO TAHUN 2024"
    assert [r.line for r in first.rows] == [8, 9]
    assert _parts(first) == [
        ["NO."],
        ["SASARAN STRATEGIS"],
        ["INDIKATOR KINERJA"],
        ["TARGET TAHUNAN"],
    ]  # "TAHUNAN" wraps "TARGET": one label
    assert second.caption is None
    assert second.line == 11
    assert _labels(second) == ["NO", "SASARAN PROGRAM", "PROGRAM", "INDIKATOR PROGRAM", "TARGET", "ANGGARAN"]
    assert [r.line for r in second.rows] == [12, 13]


def test_different_table_of_the_same_width_is_separate():
    # 000:401-402 (Tabel 2.5) followed, after a blank line, by 000:448-449 (Tabel 3.2)
    lines = [
        "No\tProgram\tAnggaran\tRealisasi\tCapaian",
        "1\tPROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK\t628.936.788\t578.305.156\t91,95%",
        "",
        "No\tIndikator\tTarget\tRealisasi\tCapaian",
        "1\tIndeks Kepuasan Masyarakat (IKM) Kecamatan\tBaik (88)\tBaik (88,14)\t100,16%",
    ]
    doc = _read(lines)
    assert len(doc.tables) == 2
    assert _labels(doc.tables[0])[1] == "Program"
    assert _labels(doc.tables[1])[1] == "Indikator"
    assert [r.line for r in doc.tables[1].rows] == [5]


def test_table_after_prose_is_separate():
    # 000:406-407 + 000:439 + 000:448-449: text between two tables ends the first
    lines = [
        "No\tProgram\tAnggaran\tRealisasi\tCapaian",
        "Total\t\t34.670.350.601\t34.216.887.120\t96,91%",
        "",
        "Sumber : Perjanjian Kinerja Perubahan Kecamatan Sananwetan Tahun 2024",
        "",
        "1\tIndeks Kepuasan Masyarakat (IKM) Kecamatan\tBaik (88)\tBaik (88,14)\t100,16%",
    ]
    doc = _read(lines)
    assert len(doc.tables) == 2
    assert [r.line for r in doc.tables[0].rows] == [2]


# --- multi-row headers ----------------------------------------------------------


def test_group_header_over_years_000_tabel_3_3():
    # 000:609-615
    lines = [
        "Tabel 3.3",
        "Perbandingan Realisasi Indikator Kinerja Tahun 2022 s.d 2024",
        "",
        "Kinerja Utama / Sasaran / Program\tIndikator Kinerja\tTarget\t\t\tRealisasi\t\t",
        "\t\t2022\t2023\t2024\t2022\t2023\t2024",
        "Meningkatnya kualitas pelayanan\tIndeks Kepuasan Masyarakat (IKM) Kecamatan\tBaik (84)\tBaik (86)\tBaik (88)\tBaik (83, 14)\tBaik (87, 98)\tBaik (88,14)",
        "Meningkatnya Kualitas Pelayanan Kecamatan\tPersentase pelayanan yang sesuai dengan standart pelayanan\t97%\t97%\t100%\t99,11%\t98,63%\t100%",
    ]
    table = _one(_read(lines), "Tabel 3.3")
    assert _parts(table) == [
        ["Kinerja Utama / Sasaran / Program"],
        ["Indikator Kinerja"],
        ["Target", "2022"],
        ["Target", "2023"],
        ["Target", "2024"],
        ["Realisasi", "2022"],
        ["Realisasi", "2023"],
        ["Realisasi", "2024"],
    ]
    assert _labels(table)[5] == "Realisasi | 2022"
    assert len(table.header_rows) == 2
    assert [r.line for r in table.rows] == [6, 7]
    assert table.rows[0].cells[5] == "Baik (83, 14)"


def test_kinerja_and_anggaran_groups_000_tabel_3_7():
    # 000:690-696
    lines = [
        "Tabel 3.7",
        "Realisasi Kinerja & Anggaran Kecamatan Sananwetan Kota Blitar Tahun 2024",
        "",
        "NO\tSASARAN STRATEGIS\tINDIKATOR KINERJA\tKINERJA\t\t\tANGGARAN\t\t",
        "\t\t\tTARGET\tREALISASI\tCAPAIAN\tPAGU\tREALISASI\tCAPAIAN",
        "1\tMeningkatkan Kualitas Pelayanan Publik\tIndeks Kepuasan Masyarakat (IKM) Kecamatan\tBaik (88)\tBaik (88,14)\t100,16%\t20.794.609.347\t20.644.521.978\t99,28%",
        "\tMeningkatnya Kualitas Pelayanan Kecamatan\tPersentase pelayanan yang sesuai dengan standart pelayanan\t100%\t100,00%\t100,00%\t\t\t",
    ]
    table = _one(_read(lines), "Tabel 3.7")
    assert table.title == "Realisasi Kinerja & Anggaran Kecamatan Sananwetan Kota Blitar Tahun 2024"
    assert _parts(table) == [
        ["NO"],
        ["SASARAN STRATEGIS"],
        ["INDIKATOR KINERJA"],
        ["KINERJA", "TARGET"],
        ["KINERJA", "REALISASI"],
        ["KINERJA", "CAPAIAN"],
        ["ANGGARAN", "PAGU"],
        ["ANGGARAN", "REALISASI"],
        ["ANGGARAN", "CAPAIAN"],
    ]
    assert [r.line for r in table.rows] == [6, 7]


def test_numbering_row_is_not_a_label_001_tabel_3_4():
    # 001:677-685
    lines = [
        "Tabel 3.4",
        "",
        "Perbandingan Realisasi Kinerja s/d Akhir Periode Renstra",
        "",
        "Sasaran Strategis\tIndikator Kinerja\tTarget Akhir Renstra\tRealisasi\tTingkat Kemajuan",
        "1\t2\t3\t4\t5",
        "Meningkatnya Akuntabilitas dan Kinerja Kecamatan\tNilai Evaluasi AKIP Kecamatan Sumobito\t74\t73,47\t99%",
        "Meningkatnya Kualitas Layanan Publik\tIndeks Kualitas Pelayanan Publik (IKPP) Kecamatan Sumobito\t8,05\t8,14\t101,11%",
        "RATA-RATA TINGKAT CAPAIAN\t\t\t\t100,05%",
    ]
    table = _one(_read(lines), "Tabel 3.4")
    assert _parts(table) == [
        ["Sasaran Strategis"],
        ["Indikator Kinerja"],
        ["Target Akhir Renstra"],
        ["Realisasi"],
        ["Tingkat Kemajuan"],
    ]
    assert [r.line for r in table.rows] == [7, 8, 9]


def test_parenthesised_numbering_and_years_004_tabel_2_2():
    # 004:229-236
    lines = [
        "Tabel 2.2",
        "Tujuan, Sasaran, Indikator dan Target Kinerja",
        "Kecamatan Bluto Kabupaten Sumenep",
        "",
        "NO\tTUJUAN\tSASARAN\tINDIKATOR KINERJA\tTARGET KINERJA PADA TAHUN\t\t\t\t",
        "\t\t\t\t2022\t2023\t2024\t2025\t2026",
        "(1)\t(2)\t(3)\t(4)\t(5)\t(6)\t(7)\t(8)\t(9)",
        "1\tMeningkatkan Pelayanan Publik di Kecamatan\tMeningkatnya Pelayanan Publik di Kecamatan\tNilai IKM Kecamatan\t87\t87,15\t87,30\t87,45\t87,55",
    ]
    table = _one(_read(lines), "Tabel 2.2")
    assert table.title == "Tujuan, Sasaran, Indikator dan Target Kinerja Kecamatan Bluto Kabupaten Sumenep"
    assert _parts(table) == [
        ["NO"],
        ["TUJUAN"],
        ["SASARAN"],
        ["INDIKATOR KINERJA"],
        ["TARGET KINERJA PADA TAHUN", "2022"],
        ["TARGET KINERJA PADA TAHUN", "2023"],
        ["TARGET KINERJA PADA TAHUN", "2024"],
        ["TARGET KINERJA PADA TAHUN", "2025"],
        ["TARGET KINERJA PADA TAHUN", "2026"],
    ]
    assert [r.line for r in table.rows] == [8]
    assert table.rows[0].cells[5] == "87,15"


def test_split_and_merge_header_directly():
    rows = [
        Row(["Indikator", "Target", "", "", "Realisasi", "", ""], line=1),
        Row(["", "2022", "2023", "2024", "2022", "2023", "2024"], line=2),
        Row(["1", "2", "3", "4", "5", "6", "7"], line=3),
        Row(["IKM", "84", "86", "88", "83,14", "87,98", "88,14"], line=4),
    ]
    header, body = split_header(rows)
    assert [r.line for r in header] == [1, 2, 3]
    assert [r.line for r in body] == [4]
    columns = merge_header(header, 7)
    assert [c.parts for c in columns] == [
        ["Indikator"],
        ["Target", "2022"],
        ["Target", "2023"],
        ["Target", "2024"],
        ["Realisasi", "2022"],
        ["Realisasi", "2023"],
        ["Realisasi", "2024"],
    ]
    assert [c.index for c in columns] == list(range(7))


def test_split_header_without_header():
    # a run of figures with no label row: nothing is a header
    rows = [
        Row(["1", "Indeks Kepuasan Masyarakat (IKM) Kecamatan", "Baik (88)", "Baik (88,14)", "100,16%"], line=1),
        Row(["2", "Nilai SAKIP", "A (87,89)", "A (85,04)", "96,76%"], line=2),
    ]
    header, body = split_header(rows)
    assert header == []
    assert [r.line for r in body] == [1, 2]


def test_build_table_drops_repeated_header_and_rule_rows():
    # 004:264-272 shape: a rule row of dashes closes the table
    rows = [
        Row(["No", "Program", "Anggaran"], line=10, raw="No\tProgram\tAnggaran"),
        Row(["1", "Program A", "6.505.600"], line=11, raw="1\tProgram A\t6.505.600"),
        Row(["No", "Program", "Anggaran"], line=13, raw="No\tProgram\tAnggaran"),
        Row(["2", "Program B", "38.100.500"], line=14, raw="2\tProgram B\t38.100.500"),
        Row(["--", "--", "------"], line=15, raw="--\t--\t------"),
    ]
    table = build_table(rows, caption="Tabel 3.8", title="Capaian Anggaran")
    assert table is not None
    assert table.caption == "Tabel 3.8" and table.title == "Capaian Anggaran"
    assert table.line == 10
    assert [r.line for r in table.rows] == [11, 14]
    assert table.rows[1].raw == "2\tProgram B\t38.100.500"
    assert _labels(table) == ["No", "Program", "Anggaran"]


def test_build_table_places_each_part_by_its_own_header():
    # 002:1830-1853 shape: the part before a page break has 4 cells a row under a header of 4;
    # after the break header and rows have one cell more. Each row stands where its own part's
    # header puts it (was: the 4-cell rows set one column right, marked as a guess).
    rows = [
        Row(["Sasaran", "Indikator", "Realisasi", "Rp"], line=1),
        Row(["Meningkatnya Layanan", "Indeks Kepuasan Masyarakat", "95,25", "538.666.977"], line=2),
        Row(["Sasaran", "Indikator", "Realisasi", "Rp", ""], line=4),
        Row(["", "Nilai Evaluasi SAKIP", "60,54", "415.976.977", "N/A"], line=5),
    ]
    table = build_table(rows)
    assert table is not None
    assert [r.cells for r in table.rows] == [
        ["Meningkatnya Layanan", "Indeks Kepuasan Masyarakat", "95,25", "538.666.977", ""],
        ["", "Nilai Evaluasi SAKIP", "60,54", "415.976.977", "N/A"],
    ]
    assert [r.guess for r in table.rows] == [None, None]


def test_build_table_maps_a_narrower_first_part_onto_the_columns_a_later_part_splits():
    # 004 Tabel 2.4 printed from HTML without rules (measured): on the first page the merged
    # "SASARAN" column holds nothing, so it is read as one column; after the break its rows
    # put a number and a name under it, and the repeated header has a column more. The
    # first part's rows go under the same labels in the wider columns (they were left one
    # column short: the indicator under "SASARAN"'s second column, its target under SAT.).
    rows = [
        Row(["NO", "TUJUAN", "SASARAN", "INDIKATOR KINERJA", "SAT.", "TARGET"], line=1),
        Row(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"], line=2),
        Row(["1", "Meningkatnya Pelayanan Publik", "", "IKM Kecamatan", "%", "83"], line=3),
        Row(["NO", "TUJUAN", "SASARAN", "", "INDIKATOR KINERJA", "SAT.", "TARGET"], line=4),
        Row(["(1)", "(2)", "(3)", "", "(4)", "(5)", "(6)"], line=5),
        Row(["", "", "1.2", "Meningkatnya akuntabilitas", "Nilai SAKIP", "77,9", "BB"], line=6),
    ]
    table = build_table(rows)
    assert table is not None
    assert [c.label for c in table.columns][3:] == ["", "INDIKATOR KINERJA", "SAT.", "TARGET"]
    assert [r.cells for r in table.rows] == [
        ["1", "Meningkatnya Pelayanan Publik", "", "", "IKM Kecamatan", "%", "83"],
        ["", "", "1.2", "Meningkatnya akuntabilitas", "Nilai SAKIP", "77,9", "BB"],
    ]


def test_build_table_still_guesses_a_row_shorter_than_its_own_part():
    # 001:470-477 shape: rows that lost their empty first cell under a header of 3
    rows = [
        Row(["No", "Kegiatan", "Target"], line=1),
        Row(["1", "Kegiatan A", "100%"], line=2),
        Row(["Kegiatan B", "4 unit"], line=3),
    ]
    table = build_table(rows)
    assert table is not None
    assert table.rows[1].cells == ["", "Kegiatan B", "4 unit"]
    assert table.rows[1].guess == "baris berisi 2 dari 3 sel: letak kolomnya ditebak"


def test_broken_row_after_a_code_the_export_split_is_joined():
    # 002 Tabel 6.1 shape (1892): a kode "7.01.01.2.0 1.01" (split by the export) before the
    # names; the row's rest, on the next line, goes on under the program and indicator names.
    body = [
        Row(["", "7.01.01.2.0 1.01", "Penyusunan Dokumen", "Jumlah Dokumen Perencanaan", "3", "13.296.000"], line=1),
        Row(["", "", "Perencanaan Perangkat Daerah", "Perangkat Daerah yang tersusun", "", ""], line=2),
    ]
    joined = join_broken_rows(body)
    assert len(joined) == 1
    assert joined[0].cells[2:4] == [
        "Penyusunan Dokumen Perencanaan Perangkat Daerah",
        "Jumlah Dokumen Perencanaan Perangkat Daerah yang tersusun",
    ]


def test_broken_row_whose_first_name_fitted_on_its_line_is_joined():
    # 002 "5 UNIT KERJA" shape: the KINERJA cell fitted on the first line; the indicator and
    # the program name go on together on the next, under an empty first word cell.
    body = [
        Row(["1", "Pengimplementasian SAKIP", "Nilai Evaluasi AKIP", "71.00", "70.17", "1", "Program penunjang Urusan", "2,134,044,723.00"], line=1),
        Row(["", "", "Kecamatan Plandaan", "", "", "", "Pemerintahan daerah kabupaten/kota", ""], line=2),
    ]  # fmt: skip
    (joined,) = join_broken_rows(body)
    assert joined.cells[2] == "Nilai Evaluasi AKIP Kecamatan Plandaan"
    assert joined.cells[6] == "Program penunjang Urusan Pemerintahan daerah kabupaten/kota"


def test_lone_capitalised_rest_is_joined_only_past_a_page_break():
    # 001 Tabel 3.1.1.3 shape with the sasaran written on every row: "Jumlah Kendaraan Dinas"
    # goes on after the page break's empty line as "Operasional atau lapangan ...".
    first = Row(
        [
            "",
            "Sub Kegiatan: Penyediaan Jasa",
            "Terlaksananya pemeliharaan",
            "Jumlah Kendaraan Dinas",
            "6 unit",
            "6 unit",
        ],
        line=10,
    )
    rest = ["", "", "", "Operasional atau lapangan yang dibayarkan pajaknya.", "", ""]
    (joined,) = join_broken_rows([first, Row(rest, line=12)])
    assert joined.cells[3] == "Jumlah Kendaraan Dinas Operasional atau lapangan yang dibayarkan pajaknya."
    # On the very next line, a capitalised name under an empty first word cell is a row of its own.
    assert len(join_broken_rows([first, Row(rest, line=11)])) == 2
    # A PDF's rows have pages, not lines: the next page is past the break, the same page is not.
    on_page = Row(first.cells, line=None, page=12)
    (joined,) = join_broken_rows([on_page, Row(rest, line=None, page=13)])
    assert joined.cells[3].endswith("Dinas Operasional atau lapangan yang dibayarkan pajaknya.")
    assert len(join_broken_rows([on_page, Row(rest, line=None, page=12)])) == 2


def test_rest_of_a_row_past_a_page_break_continues_the_table_though_it_reads_like_labels():
    # 002 Tabel 3.12 shape broken at a page break: the rest of the row's names carries
    # "Realisasi", a header word; it is still the rest of the row above, not a new table.
    lines = [
        "Tabel 3.12",
        "",
        "PROGRAM/KEGIATAN\tINDIKATOR KINERJA\tREALISASI KINERJA\t% CAPAIAN KINERJA\tREALISASI ANGGARAN",
        "Program Pembinaan dan\tPersentase Desa yang melaporkan\t100%\t100%\t10,510,000.00",
        "",
        "Pengawasan Pemerintahan Desa\tpertanggungjawaban Realisasi APBDesa\t\t\t",
        "Fasilitasi Administrasi Desa\tJumlah Laporan Pembinaan\t26 Laporan\t100%\t10,510,000.00",
    ]
    (table,) = _read(lines).tables
    assert [r.cells[:2] for r in table.rows] == [
        ["Program Pembinaan dan Pengawasan Pemerintahan Desa", "Persentase Desa yang melaporkan pertanggungjawaban Realisasi APBDesa"],
        ["Fasilitasi Administrasi Desa", "Jumlah Laporan Pembinaan"],
    ]  # fmt: skip


def test_a_unit_wrapped_under_its_figure_goes_with_the_rest_of_the_row():
    # 000 RKT shape broken in two: "80 orang" goes on "/ bulan" under the target, beside the
    # rest of the kegiatan and indicator names.
    body = [
        Row(["", "", "", "Penyediaan Gaji dan", "Jumlah Orang yang Menerima", "80 orang", "10.052.816.012", "Kecamatan"], line=1),
        Row(["", "", "", "Tunjangan ASN", "Gaji dan Tunjangan ASN", "/ bulan", "", ""], line=2),
    ]  # fmt: skip
    (joined,) = join_broken_rows(body)
    assert joined.cells[3:6] == [
        "Penyediaan Gaji dan Tunjangan ASN",
        "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN",
        "80 orang / bulan",
    ]
    # a unit alone under a figure says nothing of a cut row; words under a figure never go on
    assert len(join_broken_rows([body[0], Row(["", "", "", "", "", "/ bulan", "", ""], line=2)])) == 2
    assert len(join_broken_rows([body[0], Row(["", "", "", "Tunjangan", "", "orang", "", ""], line=2)])) == 2


def test_the_next_numbered_item_is_never_the_rest_of_a_row():
    first = Row(["", "Program A", "1. Persentase laporan", "100%"], line=1)
    item = Row(["", "", "2. jumlah lembaga yang aktif", ""], line=3)
    assert len(join_broken_rows([first, item])) == 2


def test_build_table_of_nothing():
    assert build_table([]) is None
    assert build_table([Row(["--", "---"], line=1)]) is None


def test_repeated_header_with_a_spacing_difference_is_stitched_000_tabel_4_1():
    # 000:783-795 (long cells shortened): after the page break the header comes back as
    # "Program/Kegiatan/Sub Kegiatan" instead of "Program/Kegiatan/ Sub Kegiatan";
    # line 791 holds a single space
    lines = [
        "Tabel 4.1",
        "Rencana Tindak Lanjut LKj IP Kecamatan Sananwetan Tahun 2024",
        "",
        "No\tLangkah Perbaikan LKj IP\tRencana Tindak Lanjut\tPemetaan Program/Kegiatan/ Sub Kegiatan\tTimeline\t\t",
        "\t\t\t\tTahun 2025 (murni)\tTahun 2025 (perubahan)\tTahun 2026",
        "1\tMengoptimalkan upaya peningkatan kualitas pelayanan kepada masyarakat\tMembuat panduan pelayanan yang informatif\tProgram Penyelenggaraan Pelayanan Umum\t√\t√\t√",
        "",
        " ",
        "No\tLangkah Perbaikan LKj IP\tRencana Tindak Lanjut\tPemetaan Program/Kegiatan/Sub Kegiatan\tTimeline\t\t",
        "\t\t\t\tTahun 2025 (murni)\tTahun 2025 (perubahan)\tTahun 2026",
        "\t\tPengadaan perangkat cadangan seperti komputer yang dapat digunakan saat perangkat utama mengalami kerusakan.\t- Program Penunjang Urusan Pemerintahan Daerah Kabupaten / Kota\t√\t\t",
    ]
    doc = _read(lines)
    assert len(doc.tables) == 1
    table = _one(doc, "Tabel 4.1")
    assert [h.line for h in table.header_rows] == [4, 5]
    assert [r.line for r in table.rows] == [6, 11]


def test_second_header_row_with_a_filled_first_cell_000_rkt():
    # 000:849-853: group row (SARASAN / KEGIATAN / KETERANGAN), sub-labels starting
    # with "URAIAN", then the numbering row 1..8
    lines = [
        "SARASAN\t\t\tKEGIATAN\t\t\t\tKETERANGAN",
        "URAIAN\tINDIKATOR SARASAN\tTARGET\tURAIAN\tINDIKATOR PROGRAM/KEGIATAN/SUB KEGIATAN\tTARGET\tANGGARAN (Rp)\t",
        "1\t2\t3\t4\t5\t6\t7\t8",
        "Meningkatnya kinerja perangkat daerah\tNilai SAKIP perangkat daerah Kecamatan Sananwetan\tA (87,89)\tPROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA\tIndeks Kepuasan Masyarakat (IKM)\tB (84)\t13.875.741.254,00\tKecamatan dan Kelurahan",
        "\t\t\tPerencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah\tPersentase penyusunan dokumen perencanaan dan pelaporan yang tepat waktu dan sesuai standart\t100%\t79.239.300,00\tKecamatan dan Kelurahan",
    ]
    table = _read(lines).tables[0]
    assert [h.line for h in table.header_rows] == [1, 2, 3]
    assert [r.line for r in table.rows] == [4, 5]
    assert _parts(table) == [
        ["SARASAN", "URAIAN"],
        ["SARASAN", "INDIKATOR SARASAN"],
        ["SARASAN", "TARGET"],
        ["KEGIATAN", "URAIAN"],
        ["KEGIATAN", "INDIKATOR PROGRAM/KEGIATAN/SUB KEGIATAN"],
        ["KEGIATAN", "TARGET"],
        ["KEGIATAN", "ANGGARAN (Rp)"],
        ["KETERANGAN"],
    ]


def test_header_with_a_long_label_002_tabel_2_1():
    # 002:2222-2230: one header label is 90 characters long; no cell holds a figure
    lines = [
        "**Tabel 2.1**  ",
        "**Rekapitulasi Hasil Evaluasi Hasil Pelaksanaan Renja dan Pencapaian Renstra s.d. Tahun 2022**  ",
        "**Kecamatan Plandaan Kabupaten Jombang**",
        "",
        "Kode\tUrusan/bidang urusan pemerintahan daerah dan program/kegiatan\tIndikator Kinerja Program (outcome) / Kegiatan (output)\tTarget kinerja Renstra PD Tahun 2022\tRealisasi target kinerja hasil program dan keluaran kegiatan s/d tahun 2022\tTarget dan realisasi kinerja program dan keluaran kegiatan SKPD pada Renja 2022\t\t\t\tRealisasi Kinerja dan Anggaran Renstra SKPD s/d tahun 2022 (Akhir tahun pelaksanaan Renja)\t",
        "\t\t\t\t\tTarget Renja 2022\t\tRealisasi Triwulan II (sesuai SPD)\t\tK\tRp.",
        "\t\t\t\t\tK\tRp.\tK\tRp.\t\t",
        "1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11",
        "<b>7.01.01</b>\t<b>Program: Penunjang Urusan Pemerintahan Daerah Kabupaten/ kota</b>\t<b>Persentase rata-rata capaian kinerja aparatur</b>\t<b>100%</b>\t<b>50.00%</b>\t<b>100%</b>\t2.388.468.992\t<b>50.00%</b>\t<b>930.582.158</b>\t<b>50.00%</b>\t<b>930.582.158</b>",
    ]
    table = _one(_read(lines), "Tabel 2.1")
    assert table.title == (
        "Rekapitulasi Hasil Evaluasi Hasil Pelaksanaan Renja dan Pencapaian Renstra s.d. Tahun 2022 "
        "Kecamatan Plandaan Kabupaten Jombang"
    )
    assert [h.line for h in table.header_rows] == [5, 6, 7, 8]
    assert [r.line for r in table.rows] == [9]
    assert table.columns[0].label == "Kode"
    assert table.columns[9].parts[0] == (
        "Realisasi Kinerja dan Anggaran Renstra SKPD s/d tahun 2022 (Akhir tahun pelaksanaan Renja)"
    )


# --- provenance: line numbers and raw text ------------------------------------


def test_headings_and_paragraphs_keep_line_numbers():
    lines = [
        "## **BAB I PENDAHULUAN**",  # 002:16
        "",
        "Dalam rangka meningkatkan pelaksanaan pemerintahan yang berdaya guna, berhasil guna, bersih dan bertanggungjawab.",  # 002:18
        "",
        "- a. **Transparan**",  # 001:876
        "Membuka diri terhadap hak masyarakat untuk memperoleh informasi utamanya bidang pelayanan.",  # 001:877
        "",
        "BAB IV PENUTUP",  # 001:993
        "",
        "3.1 Kesimpulan",  # 001:995
    ]
    doc = _read(lines)
    assert [(b.text, b.line) for b in doc.blocks] == [
        ("BAB I PENDAHULUAN", 1),
        (
            "Dalam rangka meningkatkan pelaksanaan pemerintahan yang berdaya guna, berhasil guna, bersih dan bertanggungjawab.",
            3,
        ),
        (
            "- a. Transparan Membuka diri terhadap hak masyarakat untuk memperoleh informasi utamanya bidang pelayanan.",
            5,
        ),
        ("BAB IV PENUTUP", 8),
        ("3.1 Kesimpulan", 10),
    ]
    assert isinstance(doc.blocks[0], Heading)
    assert isinstance(doc.blocks[1], Paragraph)
    assert isinstance(doc.blocks[2], Paragraph)
    assert isinstance(doc.blocks[3], Heading)


def test_rows_keep_line_and_raw_text():
    lines = [
        "Tabel 2. 5",  # 000:398-406
        "Anggaran Program Kecamatan Sananwetan Tahun 2024",
        "",
        "No\tProgram\tAnggaran\tRealisasi\tCapaian",
        "1\tPROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK\t628.936.788\t578.305.156\t91,95%",
        "2\tPROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN\t19.072.108.959\t18.991.204.472\t99,58%",
        "Total\t\t34.670.350.601\t34.216.887.120\t96,91%",
    ]
    table = _one(_read(lines), "Tabel 2.5")
    assert table.line == 4
    assert table.header_rows[0].line == 4
    assert table.header_rows[0].raw == lines[3]
    assert [(r.line, r.raw) for r in table.rows] == [(5, lines[4]), (6, lines[5]), (7, lines[6])]
    assert table.rows[2].cells == ["Total", "", "34.670.350.601", "34.216.887.120", "96,91%"]


def test_crlf_line_endings_keep_line_numbers():
    text = "Tabel 3.8\r\nEfisiensi\r\n\r\nNo\tA\tB\r\n1\tx\t1,01\r\n"
    doc = read_text(text, "crlf.txt")
    table = _one(doc, "Tabel 3.8")
    assert [r.line for r in table.rows] == [5]
    assert table.rows[0].raw == "1\tx\t1,01"


# --- decoding -----------------------------------------------------------------

TEXT = "Kecamatan “Bluto” – Rp. 1.949.000,00"


def test_decode_utf8():
    text, encoding = decode_bytes(TEXT.encode("utf-8"))
    assert text == TEXT
    assert encoding.lower().replace("-", "").replace("_", "").startswith("utf8")


def test_decode_utf8_with_bom():
    text, encoding = decode_bytes(b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    assert text == TEXT
    assert not text.startswith("\ufeff")
    assert encoding.lower().replace("-", "").replace("_", "").startswith("utf8")


def test_decode_cp1252():
    data = "Kecamatan “Bluto”".encode("cp1252")
    text, encoding = decode_bytes(data)
    assert text == "Kecamatan “Bluto”"
    assert "1252" in encoding


def test_decode_cp1252_table_line():
    raw = "Tabel 3.1\n\nNo\tKategori\n1\tSangat Tinggi “A”\n"
    text, _ = decode_bytes(raw.encode("cp1252"))
    doc = read_text(text, "cp1252.txt")
    assert _one(doc, "Tabel 3.1").rows[0].cells[0] == "1"
    assert "“A”" in doc.tables[0].rows[0].cells[1]


# --- whole sample files ---------------------------------------------------------


@cache
def _sample(prefix: str) -> tuple[Document, list[str]]:
    path = next(SAMPLES.glob(f"{prefix}_*.txt"))
    text, _ = decode_bytes(path.read_bytes())
    return read_text(text, path.name), text.split("\n")


def test_sample_000_sananwetan():
    doc, lines = _sample("000")
    assert doc.source_name == "000_a49aed262e0b6318.txt"

    t31 = _one(doc, "Tabel 3.1")  # caption "Tabel 3. 1" at line 426
    assert t31.title == "Pencapaian Kinerja Kecamatan Sananwetan Tahun 2024"
    assert t31.line == 429
    assert _labels(t31) == [
        "Kinerja Utama / Sasaran Strategis / Kinerja Program",
        "Indikator Kinerja",
        "Target",
        "Realisasi",
        "% Capaian",
    ]
    assert [r.line for r in t31.rows] == list(range(430, 438))
    assert t31.rows[0].cells[3] == "Baik (88,14)"
    assert t31.rows[-1].cells[4] == "96,76%"
    assert t31.rows[-1].raw == lines[436]

    t33 = _one(doc, "Tabel 3.3")
    assert _parts(t33)[2:] == [
        ["Target", "2022"],
        ["Target", "2023"],
        ["Target", "2024"],
        ["Realisasi", "2022"],
        ["Realisasi", "2023"],
        ["Realisasi", "2024"],
    ]
    assert [r.line for r in t33.rows] == list(range(614, 622))

    # Tabel 3.4 goes on after the blank line 642 with the same six cells
    t34 = _one(doc, "Tabel 3.4")
    # 643 ("yang ditindaklanjuti") is the rest of 641's indicator name
    assert [r.line for r in t34.rows] == [636, 637, 638, 639, 640, 641, 644, 645, 646, 647]

    # Tabel 3.5: three header levels and a numbering row 1..18
    t35 = _one(doc, "Tabel 3.5")
    assert t35.title == "Perbandingan Realisasi Kinerja Tahun 2023 dan 2024 dengan Kecamatan Lain"
    assert t35.width == 18
    assert t35.columns[2].parts == ["Kecamatan Kapanjenkidul", "Target", "Tahun 2023"]
    assert t35.columns[5].parts == ["Kecamatan Kapanjenkidul", "Realisasi", "Tahun 2024"]
    assert t35.columns[17].parts == ["Kecamatan Sukorejo Kab. Pasuruan", "Realisasi", "Tahun 2024"]
    assert [r.line for r in t35.rows] == [661, 662, 663, 664]

    t37 = _one(doc, "Tabel 3.7")
    assert _labels(t37)[3:] == [
        "KINERJA | TARGET",
        "KINERJA | REALISASI",
        "KINERJA | CAPAIAN",
        "ANGGARAN | PAGU",
        "ANGGARAN | REALISASI",
        "ANGGARAN | CAPAIAN",
    ]
    assert len(t37.rows) == 10

    t25 = _one(doc, "Tabel 2.5")
    assert t25.rows[-1].line == 406
    assert t25.rows[-1].cells == ["Total", "", "34.670.350.601", "34.216.887.120", "96,91%"]


def test_sample_001_sumobito():
    doc, lines = _sample("001")
    headings = {(h.text, h.line) for h in doc.prose if isinstance(h, Heading)}
    assert ("BAB I", 25) in headings
    assert ("BAB IV PENUTUP", 993) in headings

    t21 = _one(doc, "Tabel 2.1")
    assert t21.title == "PERJANJIAN KINERJA KECAMATAN SUMOBITO TAHUN 2024"
    assert t21.line == 423
    assert _parts(t21)[3] == ["TARGET TAHUNAN"]  # a wrapped label, joined
    assert [r.line for r in t21.rows] == [426, 427]
    # the programme table after it (line 429) is its own table, rows 430-433 and 435-438
    after = [t for t in doc.tables if t.line == 429]
    assert len(after) == 1
    assert [r.line for r in after[0].rows] == [430, 431, 432, 433, 435, 436, 437, 438]

    t3111 = _one(doc, "Tabel 3.1.1.1")
    assert t3111.title == "Pencapaian Kinerja"
    assert [r.line for r in t3111.rows] == [568, 569, 570]
    assert t3111.rows[0].cells[2] == "BB (72)"

    t3211 = _one(doc, "Tabel 3.2.1.1")
    assert t3211.line == 838
    assert [r.line for r in t3211.rows] == [840, 842, 843]
    assert _labels(t3211)[3:] == [
        "Kinerja | Target",
        "Kinerja | Realisasi",
        "Kinerja | Capaian %",
        "Anggaran | Alokasi (Rp)",
        "Anggaran | Realisasi (Rp)",
        "Anggaran | Capaian %",
    ]
    assert t3211.rows[2].raw == lines[842]

    t3212 = _one(doc, "Tabel 3.2.1.2")
    assert t3212.title == "PENCAPAIAN KINERJA DAN ANGGARAN KECAMATAN SUMOBITO TAHUN 2024"
    assert [r.line for r in t3212.rows] == list(range(855, 863))


def test_sample_001_tabel_3_4_1_goes_on_after_the_page_break():
    # TABEL 3.4.1 (line 974) lists recommendations numbered 1..12 on lines 978-991;
    # after the page breaks (blank lines 981 and 989) rows 4..12 carry one more cell
    doc, _ = _sample("001")
    table = _one(doc, "Tabel 3.4.1")
    assert table.title == "MATRIKS TINDAK LANJUT HASIL EVALUASI SAKIP"
    assert table.line == 977
    assert [r.cells[0] for r in table.rows] == [str(i) for i in range(1, 13)]
    assert [r.line for r in table.rows] == [978, 979, 980, 982, 983, 984, 985, 986, 987, 988, 990, 991]


def test_sample_002_plandaan():
    doc, lines = _sample("002")
    headings = [(h.text, h.line) for h in doc.prose if isinstance(h, Heading)]
    assert ("BAB I PENDAHULUAN", 16) in headings
    assert ("1.1 STRUKTUR ORGANISASI", 31) in headings

    # Tabel 2.2: header repeated on lines 558, 563 and 570
    t22 = _tables(doc, "Tabel 2.2")
    assert len(t22) == 1
    assert t22[0].title == "Indikator Kinerja Utama"
    # 571 goes on from 568's text, but neither holds a figure: rows of text are left as printed
    assert [r.line for r in t22[0].rows] == [553, 554, 555, 556, 559, 560, 561, 564, 565, 566, 567, 568, 571, 572, 573]

    # Tabel 3.6: the two header rows repeat after every page break (1001, 1015, 1026, 1039, 1049)
    t36 = _one(doc, "Tabel 3.6")
    assert t36.title == "Realisasi kinerja serta capaian kinerja program, kegiatan dan sub kegiatan tahun 2021 dan 2022"
    assert t36.line == 989
    assert len(t36.header_rows) == 2
    assert _parts(t36)[2:] == [
        ["Target Kinerja", "2021"],
        ["Target Kinerja", "2022"],
        ["Realisasi Kinerja", "2021"],
        ["Realisasi Kinerja", "2022"],
        ["Capaian Kinerja (%)", "2021"],
        ["Capaian Kinerja (%)", "2022"],
    ]
    assert len(t36.rows) == 54
    assert t36.rows[0].line == 991
    assert t36.rows[0].cells[0] == "Program penunjang Urusan Pemerintahan daerah kabupaten/kota"
    assert t36.rows[-1].line == 1059
    header_lines = {989, 990, 1001, 1002, 1015, 1016, 1026, 1027, 1039, 1040, 1049, 1050}
    assert not header_lines & {r.line for r in t36.rows}
    assert t36.rows[-1].raw == lines[1058]

    t37 = _one(doc, "Tabel 3.7")
    assert t37.line == 1068
    assert [r.line for r in t37.rows] == list(range(1069, 1076))
    assert t37.rows[-1].cells[0] == "RATA - RATA TINGKAT KEMAJUAN"
    assert t37.rows[-1].cells[4] == "100,34%"

    t61 = _one(doc, "Tabel 6.1")  # "**Tabel. 6.1**" at line 1826
    assert t61.title == "Rencana Program, Kegiatan, dan Pendanaan Perangkat Daerah Kecamatan Plandaan Kabupaten Jombang"
    assert t61.line == 1830


def test_sample_004_bluto():
    doc, lines = _sample("004")

    t38 = _one(doc, "Tabel 3.8")
    assert t38.title == "Capaian Anggaran Program dan Kegiatan"
    assert t38.line == 470
    assert _labels(t38) == ["No", "Program/Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "% Capaian"]
    assert [r.line for r in t38.rows] == list(range(471, 477))
    assert t38.rows[0].cells == [
        "1.",
        "Program penunjang urusan pemerintahan daerah kabupaten/kota",
        "2.637.727.846",
        "2.370.822.038",
        "89,88",
    ]
    assert t38.rows[5].raw == lines[475]

    t33 = _one(doc, "Tabel 3.3")
    assert _parts(t33)[3:] == [
        ["2022", "Target"],
        ["2022", "Realisasi"],
        ["2022", "% Capaian"],
        ["2023", "Target"],
        ["2023", "Realisasi"],
        ["2023", "% Capaian"],
    ]
    assert [r.line for r in t33.rows] == [383]

    # the numbering row "1 2 3 4 5 6=4/5*100" (line 393) is not part of any label
    t34 = _one(doc, "Tabel 3.4")
    assert _labels(t34) == [
        "No.",
        "Tujuan/Sasaran",
        "Indikator Kinerja",
        "Realisasi Kinerja Tahun 2023",
        "Target Akhir 2026",
        "Tingkat Kemajuan",
    ]
    assert [r.line for r in t34.rows] == [394]

    # Tabel 3.2: three title lines, the average row after a blank line
    t32 = _one(doc, "Tabel 3.2")
    assert t32.title == "Capaian Indikator Kinerja Utama Kecamatan Bluto Tahun 2023"
    assert [r.line for r in t32.rows] == [366, 368]

    # Tabel 3.9 goes on after the blank line 490
    t39 = _one(doc, "Tabel 3.9")
    assert [r.line for r in t39.rows] == [487, 488, 489, 491, 492, 493]

    # Tabel 2.4 ends with a rule row of dashes (line 272): not a row
    t24 = _one(doc, "Tabel 2.4")
    assert 266 in [r.line for r in t24.rows]
    assert 272 not in [r.line for r in t24.rows]


def test_sample_000_tabel_4_1_across_page_breaks():
    doc, _ = _sample("000")
    # Tabel 4.1 (line 783): header 786-787 repeated at 792, 798 and 806 (once with
    # "Program/Kegiatan/Sub Kegiatan" written without the space)
    t41 = _one(doc, "Tabel 4.1")
    assert [h.line for h in t41.header_rows] == [786, 787]
    # 794 is the rest of 789's cells after the break, but a plan without figures is left as printed;
    # 808 is the rest of row 804 (numbered "4.") after the last break: "... pendataan masalah"
    # goes on "kesejahteraan sosial", its mapping goes on "- Sub Kegiatan Peningkatan ..."
    assert [r.line for r in t41.rows] == [788, 789, 794, 795, 796, 800, 801, 802, 803, 804]
    assert t41.rows[-1].cells[2].endswith("dalam hal pendataan masalah kesejahteraan sosial")
    assert t41.rows[-1].cells[3].endswith("- Sub Kegiatan Peningkatan Kapasitas Lembaga Kemasyarakatan")
    assert not [t for t in doc.tables if t.line in (792, 798, 806)]


def test_sample_000_rkt_table_runs_to_its_total_row():
    # the Rencana Kerja Tahunan table (header 849-851) runs to its TOTAL row at line
    # 1041; on some pages (890-936, 1013-1031) the export dropped the three empty
    # leading cells, so those rows have 5 cells instead of 8
    doc, _ = _sample("000")
    rkt = [t for t in doc.tables if t.line == 849]
    assert len(rkt) == 1
    assert rkt[0].rows[-1].line == 1041
    assert rkt[0].rows[-1].cells[0] == "TOTAL"
    assert not [t for t in doc.tables if t.line in (890, 938, 1013, 1033)]


def test_sample_000_header_rows_with_filled_first_cell():
    doc, _ = _sample("000")
    # Rencana Strategis table: TUJUAN / SASARAN / CARA MENCAPAI... over URAIAN, INDIKATOR,
    # ... with years 2020/2024 under KONDISI AWAL/TARGET (lines 829-831)
    renstra = [t for t in doc.tables if t.line == 829]
    assert len(renstra) == 1
    assert [h.line for h in renstra[0].header_rows] == [829, 830, 831]
    assert renstra[0].rows[0].line == 832
    assert renstra[0].columns[0].parts == ["TUJUAN", "URAIAN"]
    assert renstra[0].columns[3].parts == ["TUJUAN", "KONDISI AWAL", "2020"]
    assert renstra[0].columns[9].parts == ["SASARAN", "TARGET", "2024"]
    assert renstra[0].columns[11].parts == ["CARA MENCAPAI TUJUAN DAN SASARAN", "ARAH KEBIJAKAN"]

    # Rencana Kerja Tahunan table (lines 849-851)
    rkt = [t for t in doc.tables if t.line == 849]
    assert len(rkt) == 1
    assert [h.line for h in rkt[0].header_rows] == [849, 850, 851]
    assert rkt[0].rows[0].line == 852
    assert rkt[0].columns[6].parts == ["KEGIATAN", "ANGGARAN (Rp)"]


def test_sample_002_tabel_6_1_repeated_header():
    # Tabel. 6.1 (line 1826): its four header rows (1830-1833) come back after every
    # page break (1839-1842, 1849-1852, 1859-1862, ...) with split words
    # ("Perenc anaan") and sometimes one more empty cell at the end
    doc, _ = _sample("002")
    t61 = _one(doc, "Tabel 6.1")
    assert [h.line for h in t61.header_rows] == [1830, 1831, 1832, 1833]
    body = {r.line for r in t61.rows}
    assert {1834, 1843, 1853, 1863} <= body
    assert not body & {1839, 1840, 1841, 1842, 1849, 1850, 1851, 1852}
    assert not [t for t in doc.tables if t.line in (1849, 1859, 1869)]


def test_sample_002_tabel_6_1_rows_stand_under_their_own_part_header():
    # The export prints Tabel 6.1 in parts: 1830-1847 rows of 20 cells under a header of 20,
    # 1849-1857 rows of 21 under a header of 21 (one more N/A before "Kasubag Umum ...").
    doc, _ = _sample("002")
    t61 = _one(doc, "Tabel 6.1")
    labels = _labels(t61)
    by_line = {r.line: r for r in t61.rows}
    ikm = by_line[1834]  # "Meningkatnya Kualitas Layanan Publik ... 87,86  95,25  538,666,977  93,81 ..."
    assert ikm.guess is None
    assert ikm.cells[0] == "Meningkatnya Kualitas Layanan Publik"
    assert ikm.cells[4] == "Indeks Kepuasan Masyarakat Kecamatan Plandaan"
    assert labels[5] == "Data Capaian Pada Tahun Awal Perencanaan" and ikm.cells[5] == "87,86"
    assert labels[6].endswith("2019 | Realisasi") and ikm.cells[6] == "95,25"
    assert labels[9].endswith("2020 | Rp") and ikm.cells[9] == "532,445,294"
    sakip = by_line[1846]
    assert sakip.cells[1] == "Meningkatnya kualitas akuntabilitas kinerja instansi pemerintah"
    assert sakip.cells[4] == "Nilai Evaluasi SAKIP" and sakip.cells[6] == "60,54"
    later = by_line[1853]  # a row of the 21-cell part
    assert later.guess is None
    assert later.cells[2] == "4.01.4.01.2 1.01.01.24" and later.cells[7] == "189.836.977"


def test_words_the_export_broke_in_a_narrow_cell_are_joined_by_the_documents_own_words():
    # 002:2125 "Pertanggungjawab an", 002 Tabel 6.1 "Listrik/Peneranga n": the export breaks a word
    # where the PDF's narrow column did. Joined where the prose writes the whole word and not both
    # halves; "tahun n" (001:475, "tahun n" is year n) and "sumber daya" (two words) stay, and so does
    # "pertanggung jawaban" (as 002:2780 writes it) although the prose also writes "pertanggungjawaban".
    text = "\n".join(
        [
            "Laporan pertanggungjawaban dan penerangan kantor disusun; sumber daya tersedia; jawaban diberikan.",
            "",
            "Indikator\tTarget",
            "Persentase Laporan Pertanggungjawab an Desa\t100%",
            "Jumlah Instalasi Listrik/Peneranga n Kantor\t6",
            "Jumlah barang penggandaan tahun n\t2",
            "Jumlah sumber daya\t4",
            "Laporan pertanggung jawaban Desa\t1",
        ]
    )
    (table,) = read_text(text).tables
    assert [r.cells[0] for r in table.rows] == [
        "Persentase Laporan Pertanggungjawaban Desa",
        "Jumlah Instalasi Listrik/Penerangan Kantor",
        "Jumlah barang penggandaan tahun n",
        "Jumlah sumber daya",
        "Laporan pertanggung jawaban Desa",
    ]
    assert table.rows[0].raw == "Persentase Laporan Pertanggungjawab an Desa\t100%"  # provenance as printed


def test_a_suffix_broken_off_a_word_is_joined_again_002_tabel_6_1():
    # 002:1992: "4. Persentase Laporan Pertanggungjawab" / "an Realisasi APB Desa Tepat
    # Waktu" (a row the export broke over two lines), and 002's "Barang Cetak an dan" in one
    # cell: no Indonesian suffix stands alone, and the document prints "Cetakan" and
    # "pertanggungjawaban" whole elsewhere (here in another row's cells, not its prose).
    lines = [
        "Tabel 6.1",
        "No\tIndikator\tTarget\tPagu",
        "1\tJumlah Paket Barang Cetak an dan Penggandaan\t2\t1.000.000",
        "2\tPersentase Desa yang melaporkan pertanggungjawaban realisasi\t100\t2.000.000",
        "3\tJumlah Barang Cetakan\t4\t3.000.000",
        "4\t4. Persentase Laporan Pertanggungjawab\t100\t4.000.000",
        "\tan Realisasi APB Desa Tepat Waktu\t\t",
        "5\tJumlah pelaksana an kegiatan\t1\t5.000.000",
    ]
    table = _one(_read(lines), "Tabel 6.1")
    assert [r.cells[1] for r in table.rows] == [
        "Jumlah Paket Barang Cetakan dan Penggandaan",
        "Persentase Desa yang melaporkan pertanggungjawaban realisasi",
        "Jumlah Barang Cetakan",
        "4. Persentase Laporan Pertanggungjawaban Realisasi APB Desa Tepat Waktu",
        "Jumlah pelaksana an kegiatan",  # "pelaksanaan" is printed nowhere: left as printed
    ]


def test_sample_002_a_second_header_under_rows_starts_the_next_table():
    # 002:2329-2356, the Camat's individual performance agreement printed twice with no line
    # between: rows 1-6 (2331-2339), a bold one-cell line "KETERKAITAN DENGAN KOMPONEN
    # PERENCANAAN" (2340), then a one-row header naming "% REALISASI" in its eleventh
    # column (2341) over rows 1-10 (2342-2356).
    doc, _ = _sample("002")
    first = next(t for t in doc.tables if t.line == 2329)
    second = next(t for t in doc.tables if t.line == 2341)
    assert max(r.line for r in first.rows) < 2340
    assert second.title == "KETERKAITAN DENGAN KOMPONEN PERENCANAAN"
    between = doc.blocks[doc.blocks.index(first) + 1 : doc.blocks.index(second)]
    assert [(type(b), b.text, b.line) for b in between] == [
        (Paragraph, "KETERKAITAN DENGAN KOMPONEN PERENCANAAN", 2340)
    ]
    assert [h.line for h in second.header_rows] == [2341]
    assert _labels(second)[10] == "% REALISASI"
    aparatur = next(r for r in second.rows if r.line == 2342)
    assert aparatur.cells[2] == "Persentase rata-rata capaian kinerja aparatur" and aparatur.cells[10] == "93.81%"
    assert not [r for t in doc.tables for r in t.rows if "INDIKATOR KINERJA INDIVIDU" in r.cells]


HEADER = "NO\tINDIKATOR\tTARGET\tREALISASI\tCAPAIAN"
OTHER_HEADER = "NO\tPROGRAM\tANGGARAN\tREALISASI\tSERAPAN"


@pytest.mark.parametrize(
    ("lines", "tables"),
    [
        pytest.param(
            [HEADER, "1\tIKM\t80\t82\t102,5", OTHER_HEADER, "1\tProgram A\t100\t90\t90"], 2, id="other header"
        ),
        pytest.param([HEADER, "1\tIKM\t80\t82\t102,5", HEADER, "2\tSAKIP\t70\t71\t101,4"], 1, id="header repeated"),
        pytest.param(
            [HEADER, "1\tIKM\t80\t82\t102,5", "NO\tINDIKATOR\tTARGET\tREALISASI\tCAPAIAN (%)", "2\tSAKIP\t70\t71\t101"],
            1,
            id="header repeated with a mark more",
        ),
        pytest.param([HEADER, "Sasaran: Meningkatnya layanan\t\t\t\t", "1\tIKM\t80\t82\t102,5"], 1, id="sasaran row"),
    ],
)
def test_a_header_naming_other_columns_under_rows_ends_the_table(lines, tables):
    assert len(_read(lines).tables) == tables
