"""Plotly figures. Pure functions of DataFrames; Indonesian number separators.

Colours: a place (kecamatan, or kabupaten/kota and provinsi in summaries) is drawn in its
own colour everywhere (`dashboard.colours`); pages pass `colours`, a label -> colour map.
A target or a pagu beside its realisasi is the same colour, lighter and hatched; a figure
another kecamatan reported is hatched and marked `*`.
"""

from __future__ import annotations

import textwrap

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

from checks.rules import Band
from dashboard.colours import FALLBACK, aligned, tint

BAND_COLOURS = ["#d9f2e3", "#e8f4d9", "#fdf3d6", "#fbe3d3", "#f9d5d5", "#f2d0e4", "#e6d5f2"]
OWN, PEER = "#0b5394", "#e69138"
MEDIAN = "Median kecamatan"
PEER_NOTE = "Dilaporkan kecamatan lain"
COUNT_LABEL = "Jumlah kecamatan"
HATCH = "/"
WRAP = 40  # characters per line of a long category name (program names)


def _counts(data: pd.DataFrame) -> dict:
    """Hover shows how many kecamatan a summarised bar or point stands for."""
    return {"n_kecamatan": True} if "n_kecamatan" in data.columns else {}


def _marks(labels: pd.Series, colours: dict[str, str] | None):
    """A colour per mark when places have colours, else the one dashboard colour."""
    return list(aligned(labels, colours)) if colours else OWN


def _layout(fig: go.Figure, title: str, height: int = 420, top: int = 60) -> go.Figure:
    fig.update_layout(
        title=title,
        separators=",.",
        template="plotly_white",
        height=height,
        margin={"l": 10, "r": 10, "t": top, "b": 10},
        legend_title_text="",
        font={"size": 14},
    )
    return fig


def wrap(text, width: int = WRAP) -> str:
    """A long category name on several lines (plotly breaks lines at <br>)."""
    return "<br>".join(textwrap.wrap(str(text), width)) or str(text)


def ranking(
    data: pd.DataFrame, value: str, label: str, title: str, bands: tuple[Band, ...], axis: str,
    colours: dict[str, str] | None = None,
) -> go.Figure:  # fmt: skip
    """Horizontal bars in value order, best on top, whatever their source, with the category
    bands drawn behind them and their letters above the plot. `data` has columns label,
    value and `sumber` (own report, reported by a peer, or a median)."""
    ordered = data.sort_values(value, kind="stable").reset_index(drop=True)
    fig = go.Figure()
    for source in dict.fromkeys(ordered["sumber"]):
        part = ordered[ordered["sumber"] == source]
        peer = source == PEER_NOTE
        fig.add_trace(
            go.Bar(
                x=part[value],
                y=part[label],
                orientation="h",
                name=f"{source} *" if peer else source,
                text=part[value],
                texttemplate="%{text:.2f}",
                textposition="outside",
                cliponaxis=False,
                marker={
                    "color": _marks(part[label], colours),
                    "pattern": {"shape": HATCH if peer else "", "fgcolor": "white", "solidity": 0.3},
                },
                customdata=part["n_kecamatan"] if "n_kecamatan" in part.columns else None,
                hovertemplate="%{y}: %{x:.2f}"
                + ("<br>" + COUNT_LABEL + ": %{customdata}" if "n_kecamatan" in part.columns else "")
                + "<extra></extra>",
            )
        )
    fig.update_yaxes(categoryorder="array", categoryarray=list(ordered[label]), title="")
    fig.update_xaxes(title=axis)
    low = min(b.low for b in bands)
    lo_shown = max(low, (ordered[value].min() if len(ordered) else low) - 10)
    for i, band in enumerate(bands):
        if band.high < lo_shown:
            continue
        fig.add_vrect(
            x0=max(band.low, lo_shown),
            x1=band.high,
            fillcolor=BAND_COLOURS[i % len(BAND_COLOURS)],
            opacity=0.6,
            layer="below",
            line_width=0,
            annotation_text=band.code,
            annotation_position="outside top",  # above the plot, never on a bar
        )
    fig.update_xaxes(range=[lo_shown, max(b.high for b in bands) + 4])
    fig.update_layout(showlegend=len(fig.data) > 1)  # at the right, clear of the axis labels
    return _layout(fig, title, height=max(300, 110 + 40 * len(ordered)), top=90)


def trend(
    data: pd.DataFrame, value: str, title: str, axis: str, by: str = "kecamatan",
    colours: dict[str, str] | None = None,
) -> go.Figure:  # fmt: skip
    """A line per place (`by`) across years."""
    fig = px.line(
        data.sort_values("tahun"),
        x="tahun",
        y=value,
        color=by,
        markers=True,
        color_discrete_map=colours or {},
        labels={value: axis, "tahun": "Tahun", by: "", "n_kecamatan": COUNT_LABEL},
        hover_data=_counts(data),
    )
    fig.update_xaxes(dtick=1)
    return _layout(fig, title)


def _paired_bars(
    data: pd.DataFrame, by: str, pairs: tuple[tuple[str, str], tuple[str, str]], axis: str,
    colours: dict[str, str] | None, horizontal: bool = False,
) -> go.Figure:  # fmt: skip
    """Two bars per category, the first (target, pagu) lighter and hatched, the second
    (realisasi) solid, both in the category's colour (or one colour for all)."""
    names = [wrap(n) for n in data[by]] if horizontal else list(data[by])
    base = list(aligned(data[by], colours)) if colours else [FALLBACK] * len(data)
    category, value = ("y", "x") if horizontal else ("x", "y")
    fig = go.Figure()
    for i, (column, name) in enumerate(pairs):
        first = i == 0
        values = data[column]
        fig.add_trace(
            go.Bar(
                x=values if horizontal else names,
                y=names if horizontal else values,
                orientation="h" if horizontal else "v",
                name=name,
                marker={
                    "color": [tint(c) for c in base] if first else base,
                    "pattern": {"shape": HATCH if first else "", "fgcolor": "white", "solidity": 0.3},
                    "line": {"color": base, "width": 1},
                },
                hovertemplate=f"%{{{category}}}<br>{name}: %{{{value}:,.2f}}<extra></extra>",
            )
        )
    fig.update_layout(barmode="group")
    if horizontal:
        fig.update_yaxes(autorange="reversed", title="")  # in the document's order, top down
        fig.update_xaxes(title=axis)
    else:
        fig.update_yaxes(title=axis)
        fig.update_xaxes(title="")
    return fig


def target_vs_realisasi(
    data: pd.DataFrame, title: str, axis: str, by: str = "kecamatan", colours: dict[str, str] | None = None
) -> go.Figure:
    fig = _paired_bars(data, by, (("target", "Target"), ("realisasi", "Realisasi")), axis, colours)
    return _layout(fig, title)


def distribution(counts: pd.DataFrame, title: str, order: list[str] | None = None) -> go.Figure:
    """How many kecamatan fall in each category (`order`: the categories, best first)."""
    fig = px.bar(counts, x="kategori", y="jumlah", text="jumlah", labels={"kategori": "", "jumlah": COUNT_LABEL})
    fig.update_traces(marker_color=OWN, textposition="outside", cliponaxis=False)
    if order:
        fig.update_xaxes(categoryorder="array", categoryarray=order)
    top = int(counts["jumlah"].max()) if len(counts) else 1
    # Counts are whole numbers: ticks 0, 1, 2 ... (never 0,2 / 0,4), room above for the labels
    fig.update_yaxes(tickformat="d", dtick=max(1, round(top / 8)), range=[0, top * 1.15 + 0.5], rangemode="tozero")
    return _layout(fig, title, height=360)


def money_scale(values: pd.Series) -> tuple[float, str]:
    """Rupiah shown in miliar or juta, as Indonesian readers expect (not 'G' or 'M')."""
    top = values.abs().max() if len(values) else 0
    return (1e9, "Miliar rupiah") if top >= 1e9 else (1e6, "Juta rupiah")


def pagu_vs_realisasi(
    data: pd.DataFrame, by: str, title: str, colours: dict[str, str] | None = None, horizontal: bool = False
) -> go.Figure:
    """Pagu (lighter, hatched) and realisasi per place, or per program (`horizontal`: long
    names wrapped on the left rather than drawn diagonally under the plot)."""
    scale, unit = money_scale(pd.concat([data["pagu"], data["realisasi"]]))
    scaled = data.assign(pagu_s=data["pagu"] / scale, realisasi_s=data["realisasi"] / scale)
    fig = _paired_bars(scaled, by, (("pagu_s", "Pagu"), ("realisasi_s", "Realisasi")), unit, colours, horizontal)
    height = max(360, 90 + 56 * len(data)) if horizontal else 420
    return _layout(fig, title, height=height)


def serapan_ranking(data: pd.DataFrame, title: str, colours: dict[str, str] | None = None) -> go.Figure:
    """Serapan per place, highest on top; the value inside its bar's end, the 100% line
    behind the bars (a label never sits on the line)."""
    ordered = data.sort_values("serapan", kind="stable")
    fig = px.bar(
        ordered,
        x="serapan",
        y="label",
        orientation="h",
        text="serapan",
        labels={"serapan": "Serapan anggaran (%)", "label": "", "n_kecamatan": COUNT_LABEL},
        hover_data=_counts(data),
    )
    fig.update_traces(
        texttemplate="%{text:.2f}%",
        textposition="inside",
        insidetextanchor="end",
        textfont_color="white",
        marker_color=_marks(ordered["label"], colours),
    )
    fig.update_yaxes(categoryorder="array", categoryarray=list(ordered["label"]))
    fig.add_vline(x=100, line_dash="dot", line_color="grey", layer="below")
    fig.update_xaxes(range=[0, max(112, ordered["serapan"].max() + 12)])
    return _layout(fig, title, height=max(300, 60 + 40 * len(ordered)))


def efficiency(data: pd.DataFrame, title: str, colours: dict[str, str] | None = None) -> go.Figure:
    """Capaian kinerja against serapan anggaran; on the dashed line efisiensi is 1,0. A
    point is its place's colour; its shape says whether it is efficient."""
    fig = go.Figure()
    for status, symbol in (("Efisien (≥ 1,0)", "circle"), ("Kurang efisien (< 1,0)", "diamond")):
        part = data[data["efisien"] == status]
        if part.empty:
            continue
        fig.add_trace(
            go.Scatter(
                x=part["serapan"],
                y=part["capaian_kinerja"],
                text=part["label"],
                mode="markers+text",
                name=status,
                textposition="top center",
                marker={"size": 14, "symbol": symbol, "color": _marks(part["label"], colours)},
            )
        )
    low = min(data["serapan"].min(), data["capaian_kinerja"].min()) - 5
    high = max(data["serapan"].max(), data["capaian_kinerja"].max()) + 5
    fig.add_trace(
        go.Scatter(
            x=[low, high], y=[low, high], mode="lines", name="Efisiensi = 1,0", line={"dash": "dash", "color": "grey"}
        )
    )
    fig.update_xaxes(title="Serapan anggaran (%)")
    fig.update_yaxes(title="Capaian kinerja (%)")
    return _layout(fig, title, height=480)


def side_by_side(data: pd.DataFrame, title: str, axis: str, colours: dict[str, str] | None = None) -> go.Figure:
    fig = px.bar(
        data.sort_values("tahun"),
        x="tahun",
        y="realisasi",
        color="kecamatan",
        barmode="group",
        color_discrete_map=colours or {},
        labels={"realisasi": axis, "tahun": "Tahun", "kecamatan": ""},
    )
    fig.update_xaxes(dtick=1)
    return _layout(fig, title, height=360)


def projector(spec) -> go.Figure:
    """A picked chart (dashboard.slides.Slide) drawn large for a projector, in the same
    colours as on its page."""
    fig = go.Figure()
    if spec.kind == "scatter":
        (x_name, xs), (y_name, ys) = spec.series
        fig.add_trace(
            go.Scatter(
                x=xs,
                y=ys,
                text=list(spec.categories),
                mode="markers+text",
                textposition="top center",
                marker={"size": 22, "color": [spec.colour(0, j) for j in range(len(spec.categories))]},
            )
        )
        fig.update_xaxes(title=x_name)
        fig.update_yaxes(title=y_name)
    else:
        categories = [wrap(c) for c in spec.categories] if spec.kind == "barh" else list(spec.categories)
        for i, (name, values) in enumerate(spec.series):
            colours = [spec.colour(i, j) for j in range(len(spec.categories))]
            if spec.kind == "line":
                fig.add_trace(
                    go.Scatter(
                        x=categories,
                        y=list(values),
                        name=name,
                        mode="lines+markers",
                        line={"width": 5, "color": colours[0]},
                        marker={"size": 14, "color": colours[0]},
                    )
                )
                continue
            marker = {
                "color": colours,
                "pattern": {"shape": [spec.pattern(i, j) for j in range(len(spec.categories))], "fgcolor": "white",
                            "solidity": 0.3},
            }  # fmt: skip
            if spec.kind == "barh":
                fig.add_trace(
                    go.Bar(
                        y=categories,
                        x=list(values),
                        name=name,
                        orientation="h",
                        marker=marker,
                        text=list(values),
                        texttemplate="%{text:.2f}",
                        textposition="outside",
                        cliponaxis=False,
                    )
                )
            else:
                fig.add_trace(go.Bar(x=categories, y=list(values), name=name, marker=marker))
        if spec.kind == "barh":
            top = max((v for _, values in spec.series for v in values if v is not None), default=1)
            fig.update_xaxes(title=spec.axis, range=[0, top * 1.2])  # room for the value labels
            fig.update_yaxes(categoryorder="array", categoryarray=categories, title=spec.category_axis)
        else:
            fig.update_yaxes(title=spec.axis)
            fig.update_xaxes(title=spec.category_axis)
    fig.update_layout(
        separators=",.",
        template="plotly_white",
        height=640,
        font={"size": 24},
        barmode="group",
        margin={"l": 20, "r": 60, "t": 20, "b": 20},
        legend={"orientation": "h", "y": -0.15},
        showlegend=len(spec.series) > 1 and spec.kind != "scatter",
    )
    return fig
