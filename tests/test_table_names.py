"""A table's name (`Table.name`) is how a user finds it again and how the checks group its
figures: two tables of one document must not share it."""

from ingest.model import Document, Paragraph, Row, Table


def _untitled(page: int | None = None, line: int | None = None) -> Table:
    return Table(rows=[Row(["JUMLAH", "2.419.637.792"])], page=page, line=line)


def test_untitled_tables_opening_on_one_page_have_names_of_their_own():
    # 002 through LibreOffice in Liberation Sans 11, landscape (measured, page 125): the last
    # rows of the Renja annex (its JUMLAH 2.419.637.792) and the first individual
    # performance agreement (programs summing to 2.173.310.423) both open on page 125
    # untitled. Named alike, their budget lines were checked as one table's: a false tinggi
    # `total_mismatch`.
    first, second, third = _untitled(page=125), _untitled(page=125), _untitled(page=126)
    Document("002.pdf", [first, Paragraph("teks"), second, third], source_format="pdf")
    assert [t.name for t in (first, second, third)] == [
        "Tabel tanpa judul (halaman 125)",
        "Tabel tanpa judul (halaman 125, tabel ke-2)",
        "Tabel tanpa judul (halaman 126)",
    ]


def test_named_tables_and_tables_of_a_text_export_keep_their_names():
    titled = Table(caption=None, title="KETERKAITAN DENGAN KOMPONEN PERENCANAAN", page=125)
    captioned = Table(caption="Tabel 3.1", page=125)
    lines = [_untitled(line=2230), _untitled(line=2318)]
    untitled = _untitled(page=125)
    Document("002.pdf", [titled, captioned, untitled, *lines])
    assert [t.name for t in (titled, captioned, untitled, *lines)] == [
        "KETERKAITAN DENGAN KOMPONEN PERENCANAAN",
        "Tabel 3.1",
        "Tabel tanpa judul (halaman 125)",
        "Tabel tanpa judul (baris 2230)",
        "Tabel tanpa judul (baris 2318)",
    ]


def _captioned(caption: str, title: str | None) -> Table:
    return Table(caption=caption, title=title, rows=[Row(["JUMLAH", "2.419.637.792"])])


def test_a_caption_printed_again_over_another_table_names_that_table_apart():
    # 002's text export prints "Tabel 2.1" twice: the Perjanjian Kinerja (line 511) and, in
    # the annex after many other tables, the Renja evaluation (line 2222)
    agreement = _captioned("Tabel 2.1", "Perjanjian Kinerja Kecamatan Plandaan")
    renja = _captioned("Tabel 2.1", "Rekapitulasi Hasil Evaluasi Hasil Pelaksanaan Renja")
    between = _captioned("Tabel 3.1", "Capaian Kinerja")
    # a title alone, printed over two individual agreements with another table between
    pk = [Table(title="PERJANJIAN KINERJA TAHUN 2022") for _ in range(2)]
    Document("002.txt", [agreement, between, pk[0], renja, pk[1]])
    assert [t.name for t in (agreement, between, pk[0], renja, pk[1])] == [
        "Tabel 2.1",
        "Tabel 3.1",
        "PERJANJIAN KINERJA TAHUN 2022",
        "Tabel 2.1 (ke-2)",
        "PERJANJIAN KINERJA TAHUN 2022 (ke-2)",
    ]


def test_a_caption_printed_again_with_the_same_table_going_on_keeps_its_name():
    # "Tabel 3.5 (Lanjutan)", the title again or cut short, or no title, right after it
    for title in ("(Lanjutan)", "Lanjutan Realisasi Anggaran", "Realisasi Anggaran Tahun 2023", "Realisasi", None):
        first = _captioned("Tabel 3.5", "Realisasi Anggaran Tahun 2023")
        second = _captioned("Tabel 3.5", title)
        Document("x.pdf", [first, Paragraph("Sumber: BPKAD"), second], source_format="pdf")
        assert second.name == first.name == "Tabel 3.5", title
    # the same with another title right after it is another table
    first, second = _captioned("Tabel 3.5", "Realisasi Anggaran"), _captioned("Tabel 3.5", "Capaian Kinerja")
    Document("x.pdf", [first, second])
    assert second.name == "Tabel 3.5 (ke-2)"
