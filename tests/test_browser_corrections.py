"""End to end (issue 17), in the real server and Debian's chromium: a PDF report is uploaded;
the source of one of its figures shows the page with the figure's cells outlined (checked
against the words pdfplumber finds in the PDF); the figure is corrected and a missing one
added; the profile, the IKM page, the findings and the workpaper use them; the report is
read again and the corrections are still there; one is withdrawn and the trail says so.

Values read from sample 004 (Bluto 2023): Tabel 3.10 prints "Program Koordinasi Ketentraman
dan Ketertiban Umum" with pagu 21.900.000, realisasi 15.120.000 and 69,18%; Tabel 3.8 prints
its realisasi as 15.150.000. Tabel 3.2 prints the IKM ("Nilai IKM Kecamatan") 83 / 83 / 100.
"""

from __future__ import annotations

import base64
import io
import re

import numpy as np
import pdfplumber
from openpyxl import load_workbook
from PIL import Image
from playwright.sync_api import Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from tests.conftest import SAMPLES
from tests.test_browser import _nothing_broken, _open, browser, three_samples_server  # noqa: F401 (fixtures)

BLUTO = SAMPLES / "004_1d7b7b35be8d125c.txt"
PROFILE = "/profil?profil=Bluto+%28Kabupaten+Sumenep%29"
CELLS = ("21.900.000", "15.120.000", "69,18")  # the row of Tabel 3.10, as printed


def _upload(page: Page, url: str, pdf, again: bool = False) -> None:
    _open(page, f"{url}/unggah", "Unggah dokumen")
    page.locator('input[type="file"]').set_input_files(str(pdf))
    if again:
        page.get_by_text("Baca ulang berkas yang isinya sudah ada").click()
    page.get_by_role("button", name="Muat ke basis data").click()
    expect(page.get_by_text("1 dari 1 berkas dimuat.")).to_be_visible(timeout=180000)


def _pick(page: Page, label: str, text: str) -> None:
    """Type into a selectbox's search and take the first option that has the text."""
    page.get_by_label(label, exact=True).click()
    page.keyboard.type(text)
    page.get_by_role("option").filter(has_text=text).first.click()


def _choose(page: Page, form: str, label: str, option: str) -> None:
    """Pick a selectbox's option in a form. Its list may not open on the first click while
    the page is still settling (a full test run on two cores): opened again until it shows."""
    box = page.locator('[data-testid="stForm"]').filter(has_text=form).get_by_label(label)
    choice = page.get_by_role("option", name=option, exact=True)
    for _ in range(3):
        box.click()
        try:
            choice.wait_for(timeout=10000)
            break
        except PlaywrightTimeoutError:
            page.keyboard.press("Escape")
    choice.click()


def _expand(page: Page, label: str) -> None:
    """Open an expander (a click on an open one would close it). A rerun still running after
    a save may draw the expander again, closed (a full run on two cores, measured in CI): the
    run is let finish first, and the expander opened again until it stays open."""
    summary = page.locator("summary").filter(has_text=label).first
    for _ in range(5):
        expect(page.locator('[data-testid="stStatusWidget"]')).to_be_hidden(timeout=60000)
        if summary.locator("xpath=..").get_attribute("open") is None:
            summary.click()
        page.wait_for_timeout(500)
        if summary.locator("xpath=..").get_attribute("open") is not None:
            return
    raise AssertionError(f"the expander {label!r} does not stay open")


def _fill(page: Page, form: str, values: dict[str, str]) -> None:
    scope = page.locator('[data-testid="stForm"]').filter(has_text=form)
    for label, value in values.items():
        scope.get_by_label(label, exact=True).fill(value)
        scope.get_by_label(label, exact=True).press("Tab")


def _cell_words(pdf, number: int) -> tuple[list[dict], list[dict], float]:
    """On the page shown, the words of Tabel 3.10's row: its budget figures and the row's
    other cells (its capaian kinerja, also printed 69,18, comes first), in PDF points."""
    with pdfplumber.open(pdf) as doc:
        p = doc.pages[number - 1]
        words = p.extract_words()
        hit = [w for w in words if w["text"] == "15.120.000"]
        assert hit, f"15.120.000 is not on page {number}"
        row = sorted((w for w in words if abs(w["top"] - hit[0]["top"]) < 3), key=lambda w: w["x0"])
        budget = [w for w in row if w["text"] in CELLS[:2]] + [w for w in row if w["text"] == CELLS[2]][-1:]
        return budget, [w for w in row if w not in budget], p.width


def _image_bytes(page: Page, server: str, src: str) -> bytes:
    if src.startswith("data:"):
        return base64.b64decode(src.split(",", 1)[1])
    return page.request.get(src if src.startswith("http") else server + src).body()


def _enclosed(red: np.ndarray, box: tuple[float, float, float, float], reach: float) -> bool:
    """Red outline pixels on all four sides of a box (pixels), within `reach` pixels."""
    x0, top, x1, bottom = (int(v) for v in box)
    mx, my = (x0 + x1) // 2, (top + bottom) // 2
    r = int(reach)
    return bool(
        red[max(top - r, 0) : top, mx].any()
        and red[bottom : bottom + r, mx].any()
        and red[my, max(x0 - r, 0) : x0].any()
        and red[my, x1 : x1 + r].any()
    )


def test_source_correction_readd_reread_and_withdraw(three_samples_server, browser, tmp_path):  # noqa: F811
    server = three_samples_server
    from tests.test_pdf_fixtures import build_pdf

    pdf = build_pdf(BLUTO, tmp_path / "LKjIP Bluto 2023.pdf")
    page = browser.new_context(viewport={"width": 1400, "height": 1100}, accept_downloads=True).new_page()
    _upload(page, server, pdf)

    # the source of a figure: its page, its cells outlined where pdfplumber finds their words
    _open(page, server + PROFILE, "Profil kecamatan")
    _pick(page, "Angka", "15.120.000")
    expect(page.get_by_text(re.compile(r"Tabel 3\.10.* · halaman \d+"))).to_be_visible(timeout=60000)
    expect(page.get_by_text("Disorot: sel pagu, realisasi, serapan")).to_be_visible(timeout=60000)
    image = page.locator('[data-testid="stImage"] img').first
    expect(image).to_be_visible(timeout=60000)
    expect(page.get_by_text(re.compile(r"halaman \d+"))).not_to_have_count(0)
    png = _image_bytes(page, server, image.get_attribute("src"))
    caption = page.get_by_text(re.compile(r"Tabel 3\.10.* · halaman \d+")).first.inner_text()
    number = int(re.search(r"halaman (\d+)", caption).group(1))
    words, others, width = _cell_words(pdf, number)
    assert [w["text"] for w in words] == list(CELLS)
    picture = np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)
    scale = picture.shape[1] / width
    red = (picture[:, :, 0] > 190) & (picture[:, :, 1] < 40) & (picture[:, :, 2] < 40)
    for w in words:
        box = (w["x0"] * scale, w["top"] * scale, w["x1"] * scale, w["bottom"] * scale)
        assert _enclosed(red, box, 60 * scale), w["text"]
    for w in others:  # the row's name and its capaian kinerja (69,18 too) are not the figure's cells
        box = (w["x0"] * scale, w["top"] * scale, w["x1"] * scale, w["bottom"] * scale)
        assert not _enclosed(red, box, 60 * scale), w["text"]

    # correct it
    _expand(page, "Koreksi angka ini")
    _fill(page, "Simpan koreksi", {"Nilai baru": "15.150.000", "Alasan": "salah ketik, Tabel 3.8 menulis 15.150.000",
                                    "Halaman atau baris dokumen asal nilai baru": "Tabel 3.8",
                                    "Nama Anda (dicatat di riwayat koreksi)": "Sari"})  # fmt: skip
    _choose(page, "Simpan koreksi", "Yang dikoreksi", "Realisasi")
    page.get_by_role("button", name="Simpan koreksi").click()
    expect(page.get_by_text("Koreksi disimpan")).to_be_visible(timeout=60000)
    _nothing_broken(page)

    # correct the IKM realisasi of Tabel 3.2, and add a figure the reader missed
    _pick(page, "Angka", "Nilai IKM Kecamatan · 2023 · Target 83")
    expect(page.get_by_text(re.compile(r"Tabel 3\.2\b.* · halaman \d+"))).to_be_visible(timeout=60000)
    page.wait_for_timeout(1000)  # the rerun settles
    _expand(page, "Koreksi angka ini")
    _choose(page, "Simpan koreksi", "Yang dikoreksi", "Realisasi")
    _fill(
        page,
        "Simpan koreksi",
        {"Nilai baru": "84,25", "Alasan": "uji", "Nama Anda (dicatat di riwayat koreksi)": "Sari"},
    )
    page.get_by_role("button", name="Simpan koreksi").click()
    expect(page.get_by_text("Koreksi disimpan")).to_be_visible(timeout=60000)
    _expand(page, "Tambah angka yang tidak terbaca")
    _fill(page, "Tambahkan angka", {"Tahun": "2023", "Nama indikator": "Persentase koordinasi di tingkat Kecamatan",
                                     "Target": "100", "Realisasi": "97,36", "Capaian (%)": "97,36",
                                     "Alasan": "Tabel 3.7 tidak terbaca", "Nama Anda (dicatat di riwayat koreksi)": "Sari"})  # fmt: skip
    page.get_by_role("button", name="Tambahkan angka").click()
    expect(page.get_by_text("Angka ditambahkan.")).to_be_visible(timeout=60000)
    expect(page.locator("[role=gridcell]", has_text="97,36 ✎").first).to_be_attached(timeout=30000)

    # every page uses them: IKM ranking, the findings, the workpaper
    _open(page, f"{server}/ikm?kec=Bluto&tahun=2023&tahun=2023", "Indeks Kepuasan Masyarakat (IKM)")
    expect(page.locator("[role=gridcell]", has_text="84,25 ✎").first).to_be_attached(timeout=30000)
    _open(page, f"{server}/konsistensi?kec=Bluto", "Konsistensi angka")
    # Tabel 3.10's other mis-copied realisasi (6.505.500 vs 6.505.600) is still found; 15.120.000 no more
    expect(page.locator("[role=gridcell]", has_text="6.505.500").first).to_be_attached(timeout=30000)
    expect(page.locator("[role=gridcell]", has_text="15.120.000")).to_have_count(0)
    with page.expect_download() as download:
        page.get_by_role("button", name="Unduh kertas kerja (Excel)").click()
    book = load_workbook(io.BytesIO(download.value.path().read_bytes()))
    fixes = [[c.value for c in row] for row in book["Koreksi"].iter_rows(min_row=2)]
    added = "Persentase koordinasi di tingkat Kecamatan (2023): target 100, realisasi 97,36, capaian 97,36"
    assert sorted(r[6] for r in fixes) == ["15.150.000", "84,25", added]

    # read the same PDF again: the corrections are applied again and say so
    _upload(page, server, pdf, again=True)
    expect(page.locator("[role=gridcell]", has_text="koreksi pengguna diterapkan lagi").first).to_be_attached()
    _open(page, server + PROFILE, "Profil kecamatan")
    expect(page.locator("[role=gridcell]", has_text="84,25 ✎").first).to_be_attached(timeout=30000)

    # withdraw one: the trail says who and why
    _pick(page, "Koreksi yang ditarik", "15.150.000")
    _fill(page, "Tarik koreksi", {"Alasan penarikan": "Tabel 3.10 ternyata benar",
                                  "Nama Anda (dicatat di riwayat koreksi)": "Budi"})  # fmt: skip
    page.get_by_role("button", name="Tarik koreksi").click()
    expect(page.get_by_text(re.compile(r"Koreksi \d+ ditarik"))).to_be_visible(timeout=60000)
    expect(page.locator("[role=gridcell]", has_text="oleh Budi: Tabel 3.10 ternyata benar").first).to_be_attached()
    _nothing_broken(page)
