"""Plotly figures. Pure functions of DataFrames; Indonesian number separators."""

from __future__ import annotations

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

from checks.rules import Band

BAND_COLOURS = ["#d9f2e3", "#e8f4d9", "#fdf3d6", "#fbe3d3", "#f9d5d5", "#f2d0e4", "#e6d5f2"]
OWN, PEER = "#0b5394", "#e69138"
MEDIAN = "Median kecamatan"
COUNT_LABEL = "Jumlah kecamatan"


def _counts(data: pd.DataFrame) -> dict:
    """Hover shows how many kecamatan a summarised bar or point stands for."""
    return {"n_kecamatan": True} if "n_kecamatan" in data.columns else {}


def _layout(fig: go.Figure, title: str, height: int = 420) -> go.Figure:
    fig.update_layout(
        title=title,
        separators=",.",
        template="plotly_white",
        height=height,
        margin={"l": 10, "r": 10, "t": 60, "b": 10},
        legend_title_text="",
        font={"size": 14},
    )
    return fig


def ranking(data: pd.DataFrame, value: str, label: str, title: str, bands: tuple[Band, ...], axis: str) -> go.Figure:
    """Horizontal bars, best on top, with the category bands drawn behind them.
    `data` has columns label, value and `sumber` (own report or reported by a peer)."""
    ordered = data.sort_values(value)
    fig = px.bar(
        ordered,
        x=value,
        y=label,
        orientation="h",
        color="sumber",
        text=value,
        color_discrete_map={"Laporan sendiri": OWN, "Dilaporkan kecamatan lain": PEER, MEDIAN: OWN},
        labels={value: axis, label: "", "n_kecamatan": COUNT_LABEL},
        hover_data=_counts(data),
    )
    fig.update_traces(texttemplate="%{text:.2f}", textposition="outside")
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
            annotation_position="top left",
        )
    fig.update_xaxes(range=[lo_shown, max(b.high for b in bands) + 2])
    return _layout(fig, title, height=max(300, 60 + 40 * len(ordered)))


def trend(data: pd.DataFrame, value: str, title: str, axis: str, by: str = "kecamatan") -> go.Figure:
    """A line per place (`by`) across years."""
    fig = px.line(
        data.sort_values("tahun"),
        x="tahun",
        y=value,
        color=by,
        markers=True,
        labels={value: axis, "tahun": "Tahun", by: "", "n_kecamatan": COUNT_LABEL},
        hover_data=_counts(data),
    )
    fig.update_xaxes(dtick=1)
    return _layout(fig, title)


def target_vs_realisasi(data: pd.DataFrame, title: str, axis: str, by: str = "kecamatan") -> go.Figure:
    long = data.melt(id_vars=[by], value_vars=["target", "realisasi"], var_name="jenis", value_name="nilai")
    long["jenis"] = long["jenis"].map({"target": "Target", "realisasi": "Realisasi"})
    fig = px.bar(long, x=by, y="nilai", color="jenis", barmode="group", labels={"nilai": axis, by: ""})
    return _layout(fig, title)


def distribution(counts: pd.DataFrame, title: str) -> go.Figure:
    fig = px.bar(counts, x="kategori", y="jumlah", text="jumlah", labels={"kategori": "", "jumlah": "Jumlah kecamatan"})
    fig.update_traces(marker_color=OWN)
    return _layout(fig, title, height=360)


def _money_scale(values: pd.Series) -> tuple[float, str]:
    """Rupiah shown in miliar or juta, as Indonesian readers expect (not 'G' or 'M')."""
    top = values.abs().max() if len(values) else 0
    return (1e9, "Miliar rupiah") if top >= 1e9 else (1e6, "Juta rupiah")


def pagu_vs_realisasi(data: pd.DataFrame, by: str, title: str) -> go.Figure:
    long = data.melt(id_vars=[by], value_vars=["pagu", "realisasi"], var_name="jenis", value_name="rupiah")
    long["jenis"] = long["jenis"].map({"pagu": "Pagu", "realisasi": "Realisasi"})
    scale, unit = _money_scale(long["rupiah"])
    long["nilai"] = long["rupiah"] / scale
    fig = px.bar(
        long,
        x=by,
        y="nilai",
        color="jenis",
        barmode="group",
        labels={"nilai": unit, by: ""},
        hover_data={"rupiah": ":,.0f"},
    )
    return _layout(fig, title)


def serapan_ranking(data: pd.DataFrame, title: str) -> go.Figure:
    ordered = data.sort_values("serapan")
    fig = px.bar(
        ordered,
        x="serapan",
        y="label",
        orientation="h",
        text="serapan",
        labels={"serapan": "Serapan anggaran (%)", "label": "", "n_kecamatan": COUNT_LABEL},
        hover_data=_counts(data),
    )
    fig.update_traces(texttemplate="%{text:.2f}%", textposition="outside", marker_color=OWN)
    fig.add_vline(x=100, line_dash="dot", line_color="grey")
    fig.update_xaxes(range=[0, max(112, ordered["serapan"].max() + 12)])
    return _layout(fig, title, height=max(300, 60 + 40 * len(ordered)))


def efficiency(data: pd.DataFrame, title: str) -> go.Figure:
    """Capaian kinerja against serapan anggaran; on the dashed line efisiensi is 1,0."""
    fig = px.scatter(
        data,
        x="serapan",
        y="capaian_kinerja",
        text="label",
        color="efisien",
        color_discrete_map={"Efisien (≥ 1,0)": OWN, "Kurang efisien (< 1,0)": PEER},
        labels={"serapan": "Serapan anggaran (%)", "capaian_kinerja": "Capaian kinerja (%)"},
    )
    fig.update_traces(textposition="top center", marker_size=14)
    low = min(data["serapan"].min(), data["capaian_kinerja"].min()) - 5
    high = max(data["serapan"].max(), data["capaian_kinerja"].max()) + 5
    fig.add_trace(
        go.Scatter(
            x=[low, high], y=[low, high], mode="lines", name="Efisiensi = 1,0", line={"dash": "dash", "color": "grey"}
        )
    )
    return _layout(fig, title, height=480)


def side_by_side(data: pd.DataFrame, title: str, axis: str) -> go.Figure:
    fig = px.bar(
        data.sort_values("tahun"),
        x="tahun",
        y="realisasi",
        color="kecamatan",
        barmode="group",
        labels={"realisasi": axis, "tahun": "Tahun"},
    )
    fig.update_xaxes(dtick=1)
    return _layout(fig, title, height=360)


def projector(spec) -> go.Figure:
    """A picked chart (dashboard.slides.Slide) drawn large for a projector."""
    if spec.kind == "scatter":
        (x_name, xs), (y_name, ys) = spec.series
        fig = go.Figure(
            go.Scatter(
                x=xs,
                y=ys,
                text=list(spec.categories),
                mode="markers+text",
                textposition="top center",
                marker={"size": 22, "color": OWN},
            )
        )
        fig.update_xaxes(title=x_name)
        fig.update_yaxes(title=y_name)
    else:
        fig = go.Figure()
        for name, values in spec.series:
            if spec.kind == "line":
                fig.add_trace(
                    go.Scatter(
                        x=list(spec.categories),
                        y=list(values),
                        name=name,
                        mode="lines+markers",
                        line={"width": 5},
                        marker={"size": 14},
                    )
                )
            elif spec.kind == "barh":
                fig.add_trace(
                    go.Bar(
                        y=list(spec.categories),
                        x=list(values),
                        name=name,
                        orientation="h",
                        text=list(values),
                        texttemplate="%{text:.2f}",
                        textposition="outside",
                    )
                )
            else:
                fig.add_trace(go.Bar(x=list(spec.categories), y=list(values), name=name))
        (fig.update_xaxes if spec.kind == "barh" else fig.update_yaxes)(title=spec.axis)
    fig.update_layout(
        separators=",.",
        template="plotly_white",
        height=640,
        font={"size": 24},
        barmode="group",
        margin={"l": 20, "r": 20, "t": 20, "b": 20},
        legend={"orientation": "h", "y": -0.15},
        showlegend=len(spec.series) > 1 and spec.kind != "scatter",
    )
    return fig
