"""Exports of picked charts: a PowerPoint deck with native, editable charts (python-pptx)
and PNG images rendered offline with matplotlib (no browser)."""

from __future__ import annotations

import io
import zipfile

import matplotlib

matplotlib.use("Agg")  # no display, no browser: works on a bare server

import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.ticker import Formatter  # noqa: E402
from pptx import Presentation  # noqa: E402
from pptx.chart.data import CategoryChartData, XyChartData  # noqa: E402
from pptx.dml.color import RGBColor  # noqa: E402
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION  # noqa: E402
from pptx.util import Inches, Pt  # noqa: E402

from dashboard.colours import rgb  # noqa: E402
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
        _axis_titles(chart, spec)
        _colour(chart, spec)
        note = slide.shapes.add_textbox(Inches(0.6), Inches(6.8), Inches(12.1), Inches(0.5))
        note.text_frame.text = f"Sumber: {spec.source}"
        note.text_frame.paragraphs[0].font.size = Pt(14)
    buffer = io.BytesIO()
    deck.save(buffer)
    return buffer.getvalue()


def _axis_titles(chart, spec: Slide) -> None:
    """What each axis shows, with its unit ('Miliar rupiah', 'Nilai IKM', 'Tahun')."""
    titles = ((chart.value_axis, spec.axis), (chart.category_axis, spec.x_axis if spec.kind == "scatter"
                                                                      else spec.category_axis))  # fmt: skip
    for axis, text in titles:
        if text:
            axis.has_title = True
            axis.axis_title.text_frame.text = text
            axis.axis_title.text_frame.paragraphs[0].font.size = Pt(16)


def _fill(format_, colour: str, hatched: bool = False) -> None:
    if hatched:
        from pptx.enum.dml import MSO_PATTERN_TYPE

        format_.fill.patterned()
        format_.fill.pattern = MSO_PATTERN_TYPE.WIDE_UPWARD_DIAGONAL
        format_.fill.fore_color.rgb = RGBColor(*rgb(colour))
        format_.fill.back_color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    else:
        format_.fill.solid()
        format_.fill.fore_color.rgb = RGBColor(*rgb(colour))


def _colour(chart, spec: Slide) -> None:
    """The places' colours of the page: per point (categories) or per series (lines)."""
    if not spec.colour_by:
        return
    plot = chart.plots[0]
    if spec.kind == "scatter":  # one series per point
        for j, series in enumerate(plot.series):
            series.marker.format.fill.solid()
            series.marker.format.fill.fore_color.rgb = RGBColor(*rgb(spec.colour(0, j)))
        return
    for i, series in enumerate(plot.series):
        if spec.kind == "line":
            colour = RGBColor(*rgb(spec.colour(i, 0)))
            series.format.line.color.rgb = colour
            series.marker.format.fill.solid()
            series.marker.format.fill.fore_color.rgb = colour
            continue
        if spec.colour_by == "series":
            _fill(series.format, spec.colour(i, 0))
            continue
        for j in range(len(spec.categories)):
            _fill(series.points[j].format, spec.colour(i, j), spec.pattern(i, j) == "/")


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


class _Ticks(Formatter):
    """Indonesian tick labels with one number of decimals for the whole axis ('0', '10',
    '20' or '0,5', '1,0', '1,5' - never '0,00' beside '10')."""

    decimals = 0

    def set_locs(self, locs) -> None:
        super().set_locs(locs)
        self.decimals = next((d for d in range(3) if all(abs(v * 10**d - round(v * 10**d)) < 1e-6 for v in locs)), 2)

    def __call__(self, value, pos=None) -> str:
        return number(value, self.decimals)


def figure(spec: Slide, width: int = 1600, height: int = 900):
    """The chart as a matplotlib figure (large fonts, Indonesian numbers, the page's colours)."""
    plt.rcParams.update({"font.size": 18})
    fig, ax = plt.subplots(figsize=(width / 100, height / 100), dpi=100)
    _draw(ax, spec)
    if spec.kind == "scatter":
        ax.xaxis.set_major_formatter(_Ticks())
        ax.yaxis.set_major_formatter(_Ticks())
    else:
        (ax.xaxis if spec.kind == "barh" else ax.yaxis).set_major_formatter(_Ticks())
    ax.set_title(spec.title, fontsize=26, pad=20, loc="left")
    fig.text(0.01, 0.01, f"Sumber: {spec.source}", fontsize=13, color="#555555", wrap=True)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout(rect=(0, 0.05, 1, 1))
    return fig


def png_bytes(spec: Slide, width: int = 1600, height: int = 900) -> bytes:
    """The chart as a PNG for a slide or a message."""
    fig = figure(spec, width, height)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    plt.close(fig)
    return buffer.getvalue()


def _draw(ax, spec: Slide) -> None:
    n = len(spec.series)
    positions = range(len(spec.categories))
    if spec.kind == "scatter":
        (x_name, xs), (y_name, ys) = spec.series
        ax.scatter(xs, ys, s=160, c=[spec.colour(0, j) for j in positions])
        for label, x, y in zip(spec.categories, xs, ys, strict=True):
            ax.annotate(label, (x, y), textcoords="offset points", xytext=(8, 8))
        ax.set_xlabel(x_name)
        ax.set_ylabel(y_name)
        return
    if spec.kind == "line":
        for i, (name, values) in enumerate(spec.series):
            ax.plot(spec.categories, [v if v is not None else float("nan") for v in values], marker="o", label=name,
                    color=spec.colour(i, 0), linewidth=3)  # fmt: skip
    else:
        width = 0.8 / n
        for i, (name, values) in enumerate(spec.series):
            offsets = [p - 0.4 + width * (i + 0.5) for p in positions]
            heights = [v or 0 for v in values]
            bar = ax.barh if spec.kind == "barh" else ax.bar
            bars = bar(offsets, heights, width, label=name, color=[spec.colour(i, j) for j in positions])
            for j, patch in enumerate(bars):
                if spec.pattern(i, j):
                    patch.set_hatch("//")
                    patch.set_edgecolor("white")
            if spec.kind == "barh":
                ax.bar_label(bars, labels=[number(v, 2) for v in heights], padding=6)
        (ax.set_yticks if spec.kind == "barh" else ax.set_xticks)(list(positions), spec.categories)
        if spec.kind == "barh":
            ax.set_xlim(0, max((v for _, vs in spec.series for v in vs if v is not None), default=1) * 1.15)
    (ax.set_xlabel if spec.kind == "barh" else ax.set_ylabel)(spec.axis)
    if spec.category_axis:
        (ax.set_ylabel if spec.kind == "barh" else ax.set_xlabel)(spec.category_axis)
    if n > 1:
        ax.legend(frameon=False)


def pngs_zip(slides: list[Slide]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for i, spec in enumerate(slides, start=1):
            archive.writestr(f"{i:02d}.png", png_bytes(spec))
    return buffer.getvalue()
