"""Page furniture is found by repetition at a page edge, whatever its height."""

from ingest.read.pdf.furniture import find_furniture
from ingest.read.pdf.layout import Line

HEIGHT = 842.0


def line(text: str, top: float, *more: str) -> Line:
    segments = [(72.0, 300.0, text)] + [(320.0 + 60 * i, 370.0 + 60 * i, t) for i, t in enumerate(more)]
    return Line(segments, top, top + 12)


def kop(page: int) -> list[Line]:
    # a three-line letterhead ending 14% down the page, and a footer with the page number
    return [
        line("PEMERINTAH KABUPATEN CONTOH", 40),
        line("KECAMATAN CONTOH", 56),
        line("Jalan Raya No. 1 Telepon (0351) 123456", 104),
        line(f"Halaman {page} dari 30", 800),
    ]


def pages(n: int, body) -> list[tuple[int, float, list[Line]]]:
    return [(k, HEIGHT, kop(k) + body(k)) for k in range(1, n + 1)]


def test_a_letterhead_below_the_margin_is_furniture_on_every_page_but_its_first():
    found = pages(6, lambda k: [line(f"Paragraf halaman {k} yang berbeda-beda isinya", 200 + k)])
    furniture = find_furniture(found)
    for number, height, lines in found:
        test = furniture.on_page(number, height)
        dropped = [ln.text for ln in lines if test(ln)]
        if number == 1:
            # the cover keeps its kop (it names the kecamatan) but for what sits in Word's
            # header margin (the top and bottom 7%), dropped on every page as before
            assert dropped == ["PEMERINTAH KABUPATEN CONTOH", "Halaman 1 dari 30"]
        else:
            assert dropped == [ln.text for ln in kop(number)]


def test_captions_opening_pages_are_not_furniture():
    # "Tabel 3.1", "Tabel 3.2", ... at the same height: they differ only in figures, as page numbers do
    found = pages(6, lambda k: [line(f"Tabel 3.{k}", 130), line("Capaian Kinerja Sasaran", 146)])
    furniture = find_furniture(found)
    for number, height, _lines in found[1:]:
        test = furniture.on_page(number, height)
        assert not test(line(f"Tabel 3.{number}", 130))
        assert test(line("KECAMATAN CONTOH", 56))


def test_a_repeated_table_header_row_is_not_furniture():
    header = ["Target", "Realisasi", "Capaian"]
    found = pages(6, lambda k: [line("Indikator", 130, *header)])
    furniture = find_furniture(found)
    assert not furniture.on_page(3, HEIGHT)(line("Indikator", 130, *header))


def test_a_line_on_two_pages_of_a_long_report_is_not_furniture():
    found = pages(20, lambda k: [line("Sasaran Strategis", 150)] if k in (4, 9) else [])
    assert not find_furniture(found).on_page(9, HEIGHT)(line("Sasaran Strategis", 150))


def test_furniture_moves_little_between_pages():
    found = pages(6, lambda k: [])
    test = find_furniture(found).on_page(4, HEIGHT)
    assert test(line("KECAMATAN CONTOH", 60))
    assert not test(line("KECAMATAN CONTOH", 150))  # the same words in the body
