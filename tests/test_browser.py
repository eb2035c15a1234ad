"""End to end: the real Streamlit server driven by Debian's chromium through Playwright.

Opens every page, changes filters (through the URL and through a widget), checks that
plotly charts rendered and saves screenshots (to $SCREENSHOT_DIR when set)."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect, sync_playwright

from checks.run import run_checks
from ingest.pipeline import ingest_file
from ingest.regions import kecamatan_of
from ingest.store import connect
from tests.conftest import ROOT, SAMPLES

BLUTO = SAMPLES / "004_1d7b7b35be8d125c.txt"

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]  # fmt: skip
PAGES = {
    "": "Ringkasan dokumen LKjIP",
    "ikm": "Indeks Kepuasan Masyarakat (IKM)",
    "sakip": "Nilai SAKIP (evaluasi AKIP)",
    "serapan": "Serapan anggaran",
    "profil": "Profil kecamatan",
    "perbandingan": "Perbandingan kecamatan",
    "konsistensi": "Konsistensi angka",
}
EVERY_PAGE = {**PAGES, "presentasi": "Presentasi", "unggah": "Unggah dokumen"}
CHARTS = {"ikm", "sakip", "serapan", "perbandingan"}
# Filters in the URL: everything; one kecamatan; one with no figure at all in those years
# (Bluto's report is for 2023 and its tables give 2022-2026: nothing in 2019-2020)
FILTERS = {"semua": "", "satu-kecamatan": "?kec=Sananwetan", "kosong": "?kec=Bluto&tahun=2019&tahun=2020"}
# What must never be on a page: an exception box, Streamlit's help text (an element's value
# drawn by "magic"), a traceback
BROKEN = '[data-testid="stException"], [data-testid="stHelp"], [data-testid="stHelpDoc"]'
BROKEN_TEXT = ("Traceback", "SyntaxError", "Creator of Delta", "DeltaGenerator")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start(db: Path):
    """The real Streamlit server on a free port, serving `db`; yields its URL."""
    port = _free_port()
    env = {**os.environ, "LKJIP_DB": str(db)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).read() == b"ok":
                break
        except OSError:
            time.sleep(0.5)
    else:
        proc.kill()
        raise RuntimeError("Streamlit server did not start")
    try:
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.fixture(scope="module")
def server(app_db):
    yield from _start(app_db)


@pytest.fixture(scope="module")
def three_samples_server(tmp_path_factory):
    """A server on a database holding every sample but Bluto's (uploaded by the test)."""
    db = tmp_path_factory.mktemp("e2e") / "tiga.duckdb"
    with connect(str(db)) as con:
        for sample in sorted(SAMPLES.glob("*.txt")):
            if sample != BLUTO:
                ingest_file(con, sample)
        run_checks(con)
    yield from _start(db)


@pytest.fixture(scope="module")
def browser():
    assert Path(CHROMIUM).exists(), "install Debian's chromium (make test does)"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1440, "height": 900}, locale="id-ID")
    pg = context.new_page()
    yield pg
    context.close()


def _shot(page: Page, name: str, tmp_path: Path) -> None:
    folder = Path(os.environ.get("SCREENSHOT_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(1500)  # charts finish drawing
    page.screenshot(path=str(folder / f"{name}.png"), full_page=False)


def _open(page: Page, url: str, title: str) -> None:
    page.goto(url)
    expect(page.get_by_role("heading", name=title, exact=True)).to_be_visible(timeout=30000)
    page.wait_for_load_state("networkidle")
    _nothing_broken(page)


def _nothing_broken(page: Page) -> None:
    """No exception box, no help text, no traceback anywhere on the page."""
    page.wait_for_timeout(300)  # the last elements of a run
    expect(page.locator(BROKEN)).to_have_count(0)
    for text in BROKEN_TEXT:
        expect(page.get_by_text(text)).to_have_count(0)


def test_a_fresh_server_draws_its_first_page_inside_the_app(app_db, browser, tmp_path):
    """The first run of a new server process with a pages/ folder (dashboard/shell.py): the
    page a link opens has the filter bar and follows the filter in the URL."""
    import shutil

    db = tmp_path / "segar.duckdb"
    shutil.copy(app_db, db)
    server = _start(db)
    url = next(server)
    try:
        page = browser.new_context(viewport={"width": 1440, "height": 900}).new_page()
        _open(page, f"{url}/ikm?kab=Kabupaten+Sumenep", PAGES["ikm"])
        expect(page.locator('[data-testid="stSidebar"]').get_by_text("Filter", exact=True)).to_be_visible()
        chart = page.locator(".js-plotly-plot").first
        expect(chart).to_contain_text("Bluto", timeout=30000)
        expect(chart).not_to_contain_text("Sananwetan")
    finally:
        next(server, None)


@pytest.mark.parametrize("view", list(FILTERS))
def test_every_page_under_every_kind_of_filter_shows_no_error(server, page, view):
    for path, title in EVERY_PAGE.items():
        _open(page, f"{server}/{path}{FILTERS[view]}", title)
        if view == "kosong" and path in CHARTS - {"perbandingan"}:
            expect(page.get_by_text("Belum ada", exact=False).first).to_be_visible()
        if view == "semua" and path in CHARTS:
            expect(page.locator(".js-plotly-plot .main-svg").first).to_be_visible(timeout=30000)


def test_konsistensi_without_findings_in_a_real_browser(server, page):
    # the samples' findings are about 2022-2024: none in 2019-2020
    _open(page, f"{server}/konsistensi?tahun=2019&tahun=2020", PAGES["konsistensi"])
    expect(page.get_by_text("Tidak ada temuan untuk filter ini.")).to_be_visible()


@pytest.mark.parametrize("path", list(PAGES))
def test_every_page_renders_in_a_real_browser(server, page, path, tmp_path):
    _open(page, f"{server}/{path}", PAGES[path])
    if path in CHARTS:
        chart = page.locator(".js-plotly-plot .main-svg").first
        expect(chart).to_be_visible(timeout=30000)
    _shot(page, path or "ringkasan", tmp_path)


def test_a_filter_in_the_url_reproduces_the_view(server, page, tmp_path):
    _open(page, f"{server}/?kab=Kota+Blitar", PAGES[""])
    metric = page.locator('[data-testid="stMetric"]', has_text="Kecamatan")
    expect(metric).to_contain_text("1")
    expect(page.locator("[role=gridcell]", has_text="Sananwetan").first).to_be_attached()
    expect(page.locator("[role=gridcell]", has_text="Plandaan")).to_have_count(0)
    _shot(page, "ringkasan-kota-blitar", tmp_path)


def test_changing_a_widget_changes_the_page_and_the_url(server, page, tmp_path):
    _open(page, f"{server}/ikm", PAGES["ikm"])
    sidebar = page.locator('[data-testid="stSidebar"]')
    sidebar.locator('[data-testid="stMultiSelect"]').nth(1).click()
    page.get_by_role("option", name="Kabupaten Sumenep").click()
    page.keyboard.press("Escape")
    expect(page).to_have_url(re.compile(r"kab=Kabupaten(\+|%20)Sumenep"))
    expect(page.get_by_role("heading", name="Peringkat IKM 2023")).to_have_count(0)  # no chart title as heading
    chart = page.locator(".js-plotly-plot").first
    expect(chart).to_contain_text("Bluto", timeout=30000)
    expect(chart).not_to_contain_text("Sananwetan")
    _shot(page, "ikm-sumenep", tmp_path)


def test_an_upload_shows_up_for_another_user_without_a_restart(three_samples_server, browser, tmp_path):
    url = three_samples_server
    viewer = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    uploader = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    _open(viewer, f"{url}/ikm", PAGES["ikm"])  # someone is looking at another page meanwhile
    _open(viewer, f"{url}/", PAGES[""])
    expect(viewer.locator("[role=gridcell]", has_text="Bluto")).to_have_count(0)
    _open(uploader, f"{url}/unggah", "Unggah dokumen")
    copy = tmp_path / "LKjIP Bluto 2023.txt"
    copy.write_bytes(BLUTO.read_bytes())
    uploader.locator('input[type="file"]').set_input_files(str(copy))
    uploader.get_by_role("button", name="Muat ke basis data").click()
    expect(uploader.get_by_text("1 dari 1 berkas dimuat.")).to_be_visible(timeout=60000)
    _nothing_broken(uploader)  # no help text under the result
    _shot(uploader, "unggah", tmp_path)
    uploader.get_by_role("button", name="Muat ke basis data").click()  # the same file again
    expect(uploader.get_by_text("Tidak ada berkas baru yang dimuat.")).to_be_visible(timeout=60000)
    _nothing_broken(uploader)
    viewer.get_by_role("link", name="IKM").click()
    expect(viewer.get_by_role("heading", name=PAGES["ikm"], exact=True)).to_be_visible(timeout=30000)
    viewer.get_by_role("link", name="Ringkasan").click()
    expect(viewer.locator("[role=gridcell]", has_text="Bluto").first).to_be_attached(timeout=30000)
    for page in (viewer, uploader):
        expect(page.get_by_text("Could not set lock")).to_have_count(0)
        expect(page.get_by_text("IO Error")).to_have_count(0)
        expect(page.get_by_text("Traceback")).to_have_count(0)
    _shot(viewer, "ringkasan-setelah-unggah", tmp_path)


def test_readers_keep_reading_while_an_upload_writes(three_samples_server, browser, tmp_path):
    url = three_samples_server
    viewers = [browser.new_context().new_page() for _ in range(3)]
    uploader = browser.new_context().new_page()
    _open(viewers[0], f"{url}/", PAGES[""])
    before = int(viewers[0].locator('[data-testid="stMetricValue"]').first.inner_text())
    files = []
    others = [name for code, name in kecamatan_of("35.29") if name != "Bluto"][:3]
    for name in others:  # Bluto's report retitled as three other kecamatan of Kabupaten Sumenep
        path = tmp_path / f"{name}.txt"
        text = BLUTO.read_text(encoding="utf-8").replace("Bluto", name).replace("BLUTO", name.upper())
        path.write_text(text, encoding="utf-8")
        files.append(str(path))
    _open(uploader, f"{url}/unggah", "Unggah dokumen")
    uploader.locator('input[type="file"]').set_input_files(files)
    uploader.get_by_role("button", name="Muat ke basis data").click()
    seen: list[int] = []
    done = uploader.get_by_text("3 dari 3 berkas dimuat.")
    while not done.is_visible():  # every viewer reloads while the upload is being ingested
        for viewer in viewers:
            _open(viewer, f"{url}/", PAGES[""])
            seen.append(int(viewer.locator('[data-testid="stMetricValue"]').first.inner_text()))
    for viewer in viewers:  # everyone sees the new data without a restart, and no error on the way
        _open(viewer, f"{url}/", PAGES[""])
        expect(viewer.locator('[data-testid="stMetricValue"]').first).to_have_text(str(before + 3))
        for bad in ("Traceback", "IO Error", "Could not set lock"):
            expect(viewer.get_by_text(bad)).to_have_count(0)
    assert all(before <= n <= before + 3 for n in seen)  # whole documents only, never more than uploaded


def test_a_pdf_upload_through_the_real_server(three_samples_server, browser, tmp_path):
    from tests.test_pdf_fixtures import build_pdf

    pdf = build_pdf(SAMPLES / "000_a49aed262e0b6318.txt", tmp_path / "LKjIP Sananwetan 2024.pdf")
    page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    _open(page, f"{three_samples_server}/unggah", "Unggah dokumen")
    page.locator('input[type="file"]').set_input_files(str(pdf))
    page.get_by_role("button", name="Muat ke basis data").click()
    expect(page.get_by_text("1 dari 1 berkas dimuat.")).to_be_visible(timeout=120000)
    expect(page.locator("[role=gridcell]", has_text="Sananwetan (Kota Blitar) 2024").first).to_be_attached()


def test_a_picked_chart_on_the_presentasi_page(server, page, tmp_path):
    _open(page, f"{server}/serapan", PAGES["serapan"])
    page.get_by_role("button", name="Tambah ke Presentasi").first.click()
    expect(page.get_by_text("Sudah ada di Presentasi").first).to_be_visible(timeout=30000)
    page.get_by_role("link", name="Presentasi").click()
    expect(page.get_by_text("Grafik 1 dari 1")).to_be_visible(timeout=30000)
    expect(page.locator(".js-plotly-plot .main-svg").first).to_be_visible(timeout=30000)
    # whichever of Serapan's three charts had its button first (the page streams: on a slow
    # machine the capaian-serapan chart's), its source names the report
    source = re.compile(
        r"^Sumber: Tabel (realisasi anggaran( per program)?|pengukuran kinerja dan tabel realisasi anggaran)"
        r": LKjIP Sananwetan 2024"
    )
    expect(page.get_by_text(source)).to_be_visible(timeout=30000)
    _nothing_broken(page)
    _shot(page, "presentasi", tmp_path)
