"""Exports of picked charts: a PowerPoint deck with native, editable charts (python-pptx)
and PNG images rendered offline with matplotlib (no browser)."""

from __future__ import annotations

import io
import zipfile

import matplotlib

matplotlib.use("Agg")  # no display, no browser: works on a bare server

import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.ticker import FuncFormatter  # noqa: E402
from pptx import Presentation  # noqa: E402
from pptx.chart.data import CategoryChartData, XyChartData  # noqa: E402
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION  # noqa: E402
from pptx.util import Inches, Pt  # noqa: E402

from dashboard.formatting import number  # noqa: E402
from dashboard.slides import Slide  # noqa: E402

_PPTX_TYPES = {
    "bar": XL_CHART_TYPE.COLUMN_CLUSTERED,
    "barh": XL_CHART_TYPE.BAR_CLUSTERED,
    "line": XL_CHART_TYPE.LINE_MARKERS,
    "scatter": XL_CHART_TYPE.XY_SCATTER,
}


def pptx_bytes(slides: list[Slide]) -> bytes:
    """One slide per chart: title, the chart with its data (editable in PowerPoint), source line."""
    deck = Presentation()
    deck.slide_width, deck.slide_height = Inches(13.333), Inches(7.5)
    for spec in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[5])  # "Title Only"
        slide.shapes.title.text = spec.title
        slide.shapes.title.text_frame.paragraphs[0].font.size = Pt(32)
        frame = slide.shapes.add_chart(
            _PPTX_TYPES[spec.kind], Inches(0.6), Inches(1.4), Inches(12.1), Inches(5.3), _chart_data(spec)
        )
        chart = frame.chart
        chart.has_legend = len(spec.series) > 1 and spec.kind != "scatter"
        if chart.has_legend:
            chart.legend.position = XL_LEGEND_POSITION.BOTTOM
            chart.legend.include_in_layout = False
        chart.font.size = Pt(16)
        note = slide.shapes.add_textbox(Inches(0.6), Inches(6.8), Inches(12.1), Inches(0.5))
        note.text_frame.text = f"Sumber: {spec.source}"
        note.text_frame.paragraphs[0].font.size = Pt(14)
    buffer = io.BytesIO()
    deck.save(buffer)
    return buffer.getvalue()


def _chart_data(spec: Slide):
    if spec.kind == "scatter":
        data = XyChartData()
        (_, xs), (_, ys) = spec.series
        for label, x, y in zip(spec.categories, xs, ys, strict=True):
            if x is not None and y is not None:
                data.add_series(label).add_data_point(x, y)
        return data
    data = CategoryChartData(number_format="#,##0.00")
    data.categories = list(spec.categories)
    for name, values in spec.series:
        data.add_series(name, list(values))
    return data


def png_bytes(spec: Slide, width: int = 1600, height: int = 900) -> bytes:
    """The chart as a PNG for a slide or a message: large fonts, Indonesian numbers."""
    fig, ax = plt.subplots(figsize=(width / 100, height / 100), dpi=100)
    plt.rcParams.update({"font.size": 18})
    _draw(ax, spec)
    fmt = FuncFormatter(lambda v, _pos: number(v, 2 if abs(v) < 10 else 0))
    (ax.xaxis if spec.kind == "barh" else ax.yaxis).set_major_formatter(fmt)
    ax.set_title(spec.title, fontsize=26, pad=20, loc="left")
    fig.text(0.01, 0.01, f"Sumber: {spec.source}", fontsize=13, color="#555555")
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout(rect=(0, 0.04, 1, 1))
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    plt.close(fig)
    return buffer.getvalue()


def _draw(ax, spec: Slide) -> None:
    n = len(spec.series)
    positions = range(len(spec.categories))
    if spec.kind == "scatter":
        (x_name, xs), (y_name, ys) = spec.series
        ax.scatter(xs, ys, s=160)
        for label, x, y in zip(spec.categories, xs, ys, strict=True):
            ax.annotate(label, (x, y), textcoords="offset points", xytext=(8, 8))
        ax.set_xlabel(x_name)
        ax.set_ylabel(y_name)
        return
    if spec.kind == "line":
        for name, values in spec.series:
            ax.plot(spec.categories, [v if v is not None else float("nan") for v in values], marker="o", label=name)
    else:
        width = 0.8 / n
        for i, (name, values) in enumerate(spec.series):
            offsets = [p - 0.4 + width * (i + 0.5) for p in positions]
            heights = [v or 0 for v in values]
            bar = ax.barh if spec.kind == "barh" else ax.bar
            bar(offsets, heights, width, label=name)
        (ax.set_yticks if spec.kind == "barh" else ax.set_xticks)(list(positions), spec.categories)
    (ax.set_xlabel if spec.kind == "barh" else ax.set_ylabel)(spec.axis)
    if n > 1:
        ax.legend(frameon=False)


def pngs_zip(slides: list[Slide]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for i, spec in enumerate(slides, start=1):
            archive.writestr(f"{i:02d}.png", png_bytes(spec))
    return buffer.getvalue()
