"""A chart picked for the Presentasi page, as plain data: enough to draw it large on a
projector, to rebuild it as a native PowerPoint chart and to render it as a PNG."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

KINDS = ("bar", "barh", "line", "scatter")


@dataclass(frozen=True)
class Slide:
    title: str
    kind: str  # one of KINDS; "barh" is a ranking (horizontal bars)
    categories: tuple[str, ...]  # x categories, bar labels, or point labels for a scatter
    series: tuple[tuple[str, tuple[float | None, ...]], ...]  # (name, one value per category)
    axis: str  # what the values are ("Nilai IKM", "Miliar rupiah")
    source: str  # where the figures come from
    x_axis: str = ""  # scatter only: the first series is x, the second y

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.title}"


def _values(column: pd.Series) -> tuple[float | None, ...]:
    return tuple(None if pd.isna(v) else float(v) for v in column)


def from_columns(title: str, kind: str, data: pd.DataFrame, category: str, values: dict[str, str], axis: str,
                 source: str) -> Slide:  # fmt: skip
    """One series per column: values maps series name -> column."""
    return Slide(
        title, kind, tuple(str(c) for c in data[category]),
        tuple((name, _values(data[col])) for name, col in values.items()), axis, source,
    )  # fmt: skip


def from_long(title: str, kind: str, data: pd.DataFrame, category: str, series: str, value: str, axis: str,
              source: str) -> Slide:  # fmt: skip
    """One series per distinct value of `series` (e.g. one line per kecamatan)."""
    wide = data.pivot_table(index=category, columns=series, values=value, aggfunc="first").sort_index()
    return Slide(
        title, kind, tuple(str(c) for c in wide.index),
        tuple((str(name), _values(wide[name])) for name in wide.columns), axis, source,
    )  # fmt: skip


def scatter(title: str, data: pd.DataFrame, label: str, x: str, y: str, x_axis: str, y_axis: str,
            source: str) -> Slide:  # fmt: skip
    return Slide(
        title, "scatter", tuple(str(v) for v in data[label]),
        ((x_axis, _values(data[x])), (y_axis, _values(data[y]))), y_axis, source, x_axis,
    )  # fmt: skip
