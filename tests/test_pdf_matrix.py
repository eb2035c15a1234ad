"""A cut of the PDF rendering matrix (issue 14; the full one is `bench/pdf_matrix.py`).

Sample 004 (the shortest) printed once per producer and table style - LibreOffice,
Chromium and WeasyPrint in each of the four styles (grid and no-rules on portrait pages,
header-rule and zebra on landscape pages, so both orientations are covered) and fpdf2's two
fixtures - is ingested and compared with its own text export. The issue's target is at
least 99% of its indicator values and budget lines and no finding the export does not
give; the cells that meet it are held to it. The others are held to what they read on
2026-12-02 (`FLOOR`, measured with `bench/pdf_matrix.py`), so that a change that reads less
fails here; raise a floor when the reader improves, never lower one. The full matrix and
the cells still short of the target are in `bench/results/pdf_matrix.md`.

The generators are tested on the same PDFs: each is what it claims (a kop and `Halaman N` on
every page, rulings where the style draws them and none where it does not, landscape pages,
words broken inside the narrow cells of the grid style and nowhere else), and deterministic.
"""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest

from tests.renderings import (
    STYLES,
    TEXT,
    Kop,
    Rendering,
    fixed_pdf,
    parity,
    render,
    render_all,
    run_cells,
    table_rows,
)

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "data" / "samples").glob("*.txt"))
SAMPLE = ROOT / "data" / "samples" / "004_1d7b7b35be8d125c.txt"
ORIENTATION = {"grid": "portrait", "header-rule": "landscape", "no-rules": "portrait", "zebra": "landscape"}
CUT = [Rendering(p, s, ORIENTATION[s]) for p in ("libreoffice", "chromium", "weasyprint") for s in STYLES] + [
    Rendering("fpdf2", "grid", "portrait"),
    Rendering("fpdf2", "no-rules", "portrait"),
]
MIN_KEPT = 0.99  # the target
# Cells short of the target: (values found, budget lines found, findings added at most), of
# 33 values and 25 budget lines in the text export. Not the target: a ratchet. Empty since
# 2026-12-03: WeasyPrint's zebra landscape cell (28 of 33) reads its Tabel 2.2 whole.
FLOOR: dict[str, tuple[int, int, int]] = {}


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> Path:
    """Every cell of the cut printed once (2 at a time), for the tests below and the cut."""
    folder = tmp_path_factory.mktemp("matrix")
    render_all([(str(SAMPLE), r) for r in CUT], str(folder))
    return folder


@pytest.fixture(scope="module")
def measured(rendered) -> tuple[dict, dict[str, dict], Path]:
    """The text export and every cell of the cut ingested, 2 at a time."""
    cases = [(str(SAMPLE), TEXT)] + [(str(SAMPLE), r) for r in CUT]
    done = run_cells(cases, jobs=2, keep=str(rendered), reuse=True)
    assert done[0]["status"] == "ok", done[0].get("error")
    return done[0], {d["rendering"]: d for d in done[1:]}, rendered


def _pdf(folder: Path, rendering: Rendering) -> Path:
    path = folder / f"{SAMPLE.stem[:3]}-{rendering.slug}.pdf"
    assert path.exists(), f"{rendering.name} was not rendered"
    return path


# --------------------------------------------------------------------------------------------
# The target
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("rendering", CUT, ids=lambda r: r.slug)
def test_rendered_pdf_reads_like_its_text_export(measured, rendering: Rendering) -> None:
    text, cells, _ = measured
    p = parity(text, cells[rendering.name])
    assert p.error is None, p.error
    assert p.identity, "another identity or status than the text export's"
    (values, in_export), (budget, budget_in_export) = p.kept["indicator_values"], p.kept["budget_lines"]
    need_values, need_budget, may_add = FLOOR.get(
        rendering.slug, (MIN_KEPT * in_export, MIN_KEPT * budget_in_export, 0)
    )
    problems = []
    if values < need_values:
        problems.append(f"indicator_values: {values} of {in_export}")
    if budget < need_budget:
        problems.append(f"budget_lines: {budget} of {budget_in_export}")
    if p.findings_added > may_add:
        problems.append(f"{p.findings_added} finding(s) the text export does not give")
    if problems:
        details = (
            "\n".join(f"  - {e}" for e in p.lost_examples) + "\n" + "\n".join(f"  + {e}" for e in p.added_examples)
        )
        pytest.fail(f"{rendering.name}: {'; '.join(problems)}\n{details}", pytrace=False)


# Other type (docs/pdf.md): 004 set larger and in other faces - DejaVu Sans 10 pt tables and
# DejaVu Serif 12 pt prose through Chromium (its justified prose spaced like gutters; its grid,
# where a word in a narrow cell is drawn in two runs), Liberation Serif 11 / 12 pt through
# WeasyPrint - held to the target too.
TYPE_CUT = {
    "dejavu-10": [Rendering("chromium", "no-rules", "portrait"), Rendering("chromium", "grid", "portrait")],
    "serif-11": [Rendering("weasyprint", "no-rules", "portrait")],
}
TYPED = [(kind, r) for kind, renderings in TYPE_CUT.items() for r in renderings]
FACES = {"dejavu-10": "DejaVuSans", "serif-11": "LiberationSerif"}


@pytest.fixture(scope="module")
def typed(tmp_path_factory) -> dict[tuple[str, str], dict]:
    """Each cell of TYPE_CUT rendered in its type (RENDER_TYPE, read by the spawned workers)
    and ingested, one type at a time, kept in a folder of its own."""
    out = {}
    for kind, renderings in TYPE_CUT.items():
        folder = tmp_path_factory.mktemp(kind)
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("RENDER_TYPE", kind)
            # with the export's own case: two cases or more go to the spawned pool, not this process
            done = run_cells([(str(SAMPLE), r) for r in renderings] + [(str(SAMPLE), TEXT)], jobs=2, keep=str(folder))
        for rendering, cell in zip(renderings, done, strict=False):
            out[kind, rendering.name] = cell | {"pdf": _pdf(folder, rendering)}
    return out


@pytest.mark.parametrize("kind, rendering", TYPED, ids=[f"{k}-{r.slug}" for k, r in TYPED])
def test_a_rendering_in_another_type_reads_like_its_text_export(measured, typed, kind: str, rendering) -> None:
    p = parity(measured[0], typed[kind, rendering.name])
    assert p.error is None, p.error
    (values, in_export), (budget, budget_in_export) = p.kept["indicator_values"], p.kept["budget_lines"]
    assert values >= MIN_KEPT * in_export and budget >= MIN_KEPT * budget_in_export, (p.lost_examples, p.added_examples)
    assert p.findings_added == 0, p.added_examples


@pytest.mark.parametrize("kind, rendering", TYPED, ids=[f"{k}-{r.slug}" for k, r in TYPED])
def test_a_rendering_in_another_type_is_set_in_it(typed, kind: str, rendering) -> None:
    with pdfplumber.open(typed[kind, rendering.name]["pdf"]) as pdf:
        faces = {re.sub(r"[-\s]", "", c["fontname"].split("+")[-1]) for page in pdf.pages[10:14] for c in page.chars}
    assert any(f.startswith(FACES[kind]) for f in faces), faces
    assert not any(f.startswith("LiberationSans") for f in faces), faces


# --------------------------------------------------------------------------------------------
# The generators are what they claim
# --------------------------------------------------------------------------------------------

KOP = Kop.of(SAMPLE.read_text(encoding="utf-8"))


def _texts(path: Path) -> list[str]:
    """Each page's text (pypdfium2: a hundred times faster than pdfplumber's)."""
    doc = pdfium.PdfDocument(str(path))
    try:
        return [doc[i].get_textpage().get_text_range().replace("\r\n", "\n") for i in range(len(doc))]
    finally:
        doc.close()


def test_kop_names_come_from_the_samples_own_text() -> None:
    from ingest.pipeline import parse

    for sample in SAMPLES:
        identity = parse(sample.read_bytes(), "text", sample.name).identity
        kop = Kop.of(sample.read_text(encoding="utf-8"))
        assert (kop.kecamatan, kop.daerah) == (identity.kecamatan, identity.kabupaten_kota), sample.name


@pytest.mark.parametrize("style", STYLES)
def test_libreoffice_prints_the_kop_and_page_number_on_every_page(rendered, style: str) -> None:
    path = _pdf(rendered, Rendering("libreoffice", style, ORIENTATION[style]))
    texts = _texts(path)
    assert len(texts) > 10
    for number, text in enumerate(texts, start=1):
        for line in KOP.lines:
            assert line in text, f"page {number}: kop line {line!r} missing"
        assert f"Halaman {number}" in text, f"page {number}: no 'Halaman {number}'"
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages[:3] + pdf.pages[-1:]:
            kop = [w for w in page.extract_words() if w["text"] == KOP.lines[2].split()[-1]]
            # the trap of the issue: the kop ends below the top 7% of the page
            assert kop and kop[0]["bottom"] > 0.07 * page.height
            rule = [e for e in page.edges if e["orientation"] == "h" and e["top"] < 0.15 * page.height]
            assert len({round(e["top"]) for e in rule}) >= 2, f"page {page.page_number}: no double rule under the kop"


@pytest.mark.parametrize("producer", ["chromium", "weasyprint"])
def test_html_producers_print_a_running_head_and_page_numbers(rendered, producer: str) -> None:
    texts = _texts(_pdf(rendered, Rendering(producer, "grid", "portrait")))
    assert len(texts) > 10
    for number, text in enumerate(texts, start=1):
        assert KOP.running_head in text, f"page {number}: no running head"
        assert f"Halaman {number}" in text, f"page {number}: no 'Halaman {number}'"


def _marks(page) -> tuple[list, list, list]:
    """Rules (thin, horizontal or vertical) and shading (filled areas) in the body of a page
    (below a kop, above a footer). Chromium paints borders as thin filled rectangles."""
    body = [
        o
        for o in page.lines + page.rects + page.curves
        if o["top"] > 0.15 * page.height and o["bottom"] < 0.93 * page.height
    ]
    thin = [o for o in body if min(o["width"], o["height"]) <= 2.0]
    horizontal = [o for o in thin if o["width"] > o["height"]]
    vertical = [o for o in thin if o["height"] > o["width"]]
    shading = [o for o in body if min(o["width"], o["height"]) > 2.0 and o.get("fill")]
    return horizontal, vertical, shading


@pytest.mark.parametrize("producer", ["libreoffice", "chromium", "weasyprint"])
def test_table_styles_draw_what_they_say(rendered, producer: str) -> None:
    for style in STYLES:
        with pdfplumber.open(_pdf(rendered, Rendering(producer, style, ORIENTATION[style]))) as pdf:
            marks = [_marks(page) for page in pdf.pages]
        h, v, shade = (sum(len(m[k]) for m in marks) for k in range(3))
        if style == "grid":
            assert h > 20 and v > 20 and not shade, (style, h, v, shade)
        elif style == "header-rule":
            assert h >= 5 and v == 0 and not shade, (style, h, v, shade)
        elif style == "no-rules":
            assert h == v == shade == 0, (style, h, v, shade)
        else:  # zebra: shaded rows, no rule
            assert shade > 20 and h == v == 0, (style, h, v, shade)


@pytest.mark.parametrize("producer", ["libreoffice", "chromium", "weasyprint"])
def test_orientations(rendered, producer: str) -> None:
    with pdfplumber.open(_pdf(rendered, Rendering(producer, "zebra", "landscape"))) as pdf:
        assert all(p.width > p.height for p in pdf.pages)
    with pdfplumber.open(_pdf(rendered, Rendering(producer, "grid", "portrait"))) as pdf:
        shapes = [p.width > p.height for p in pdf.pages]
        assert not shapes[0], "a portrait document starts on a portrait page"
        assert any(shapes), "004's Tabel 2.2 has 9 columns: it goes on a landscape page"
        wide = [p for p in pdf.pages if p.width > p.height]
        assert any("TARGET KINERJA PADA TAHUN" in (p.extract_text() or "") for p in wide)


def _long_words(sample: Path) -> set[str]:
    """Long plain words of the export's indicator-name columns."""
    from ingest.read.text import read_text_file

    words = set()
    for table in read_text_file(sample).tables:
        rows, head = table_rows(table)
        labels = [" ".join(rows[r][c] for r in range(head)).lower() for c in range(len(rows[0]))]
        for c, label in enumerate(labels):
            if "indikator" in label:
                words |= {w for row in rows[head:] for w in row[c].split() if re.fullmatch(r"[A-Za-z]{10,}", w)}
    return words


def _broken(path: Path, words: set[str]) -> set[str]:
    """Words printed in two pieces on consecutive lines (no hyphen)."""
    text = "\n".join(_texts(path))
    return {
        w
        for w in words
        if w not in re.findall(r"[A-Za-z]+", text)
        or any(re.search(rf"\b{w[:k]}\n{w[k:]}\b", text) for k in range(3, len(w) - 1))
    }


@pytest.mark.parametrize("producer", ["libreoffice", "chromium", "weasyprint"])
def test_words_break_inside_the_narrow_cells_of_the_grid_style_only(rendered, producer: str) -> None:
    words = _long_words(SAMPLE)
    assert words
    assert _broken(_pdf(rendered, Rendering(producer, "grid", "portrait")), words), "no word broken"
    for style in ("header-rule", "no-rules", "zebra"):
        assert not _broken(_pdf(rendered, Rendering(producer, style, ORIENTATION[style])), words), style


def _body_lines(path: Path) -> list[list[str]]:
    """Each page's lines without the running head and the page number."""
    pages = []
    for text in _texts(path):
        lines = [line.strip() for line in text.split("\n") if line.strip()]
        pages.append([line for line in lines if line != KOP.running_head and not line.startswith("Halaman ")])
    return pages


@pytest.mark.parametrize("producer", ["chromium", "weasyprint"])
def test_html_table_header_repeats_on_the_next_page(rendered, producer: str) -> None:
    """A page opening with a header row that the page before printed too: thead repeated."""
    repeated = []
    for style in STYLES:
        pages = _body_lines(_pdf(rendered, Rendering(producer, style, ORIENTATION[style])))
        repeated += [
            (style, n + 2, page[0])
            for n, (before, page) in enumerate(zip(pages, pages[1:], strict=False))
            if page and re.search(r"indikator|program|anggaran", page[0], re.I) and page[0] in before
        ]
    assert repeated, f"{producer}: no page starts with the header row of the table continued from the page before"


def test_word_marks_every_header_row_to_repeat() -> None:
    import io

    from docx import Document as WordDocument
    from docx.oxml.ns import qn

    from ingest.read.text import read_text_file
    from tests.renderings import word_bytes

    doc = read_text_file(SAMPLE)
    word = WordDocument(io.BytesIO(word_bytes(doc, KOP, Rendering("libreoffice", "grid", "portrait"))))
    assert len(word.tables) == len(doc.tables)
    for grid, table in zip(word.tables, doc.tables, strict=True):
        marked = [
            tr.find(qn("w:trPr")) is not None and tr.find(qn("w:trPr")).find(qn("w:tblHeader")) is not None
            for tr in grid._tbl.tr_lst
        ]
        assert marked[: len(table.header_rows)] == [True] * len(table.header_rows), table.name
        assert not any(marked[len(table.header_rows) :]), table.name


@pytest.mark.parametrize("producer", ["libreoffice", "chromium", "weasyprint", "fpdf2"])
def test_renderings_are_deterministic(tmp_path, rendered, producer: str) -> None:
    rendering = Rendering(producer, "grid", "portrait")
    again = render(SAMPLE, rendering, tmp_path / "again.pdf")
    assert again.read_bytes() == _pdf(rendered, rendering).read_bytes()


def test_fixed_pdf_keeps_lengths() -> None:
    data = b"/CreationDate (D:20261202001500+00'00') /ID [<0123456789abcdef> <fedcba9876543210>]"
    fixed = fixed_pdf(data, "x")
    assert len(fixed) == len(data) and b"D:20250228080000" in fixed and b"0123456789abcdef" not in fixed
