"""A chart picked for the Presentasi page, as plain data: enough to draw it large on a
projector, to rebuild it as a native PowerPoint chart and to render it as a PNG - in the
same colours as on its page (dashboard.colours)."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard.colours import FALLBACK, aligned, tint

KINDS = ("bar", "barh", "line", "scatter")
PEER_MARK = " *"  # a category another kecamatan's report gives: hatched


@dataclass(frozen=True)
class Slide:
    title: str
    kind: str  # one of KINDS; "barh" is a ranking (horizontal bars)
    categories: tuple[str, ...]  # x categories, bar labels, or point labels for a scatter
    series: tuple[tuple[str, tuple[float | None, ...]], ...]  # (name, one value per category)
    axis: str  # what the values are, with their unit ("Nilai IKM", "Miliar rupiah")
    source: str  # the documents and years the figures come from
    x_axis: str = ""  # scatter only: the first series is x, the second y
    category_axis: str = ""  # what the categories are ("Kecamatan", "Tahun")
    colours: tuple[str, ...] = ()  # one per category (colour_by "category") or per series ("series")
    colour_by: str = ""

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.title}"

    def colour(self, series: int, category: int) -> str:
        """The colour of one mark. With colours per category and two series (target and
        realisasi, pagu and realisasi) the first series is the lighter twin."""
        if self.colour_by == "series" and series < len(self.colours):
            return self.colours[series]
        if self.colour_by == "category" and category < len(self.colours):
            base = self.colours[category]
            return tint(base) if len(self.series) > 1 and series == 0 and self.kind != "scatter" else base
        return FALLBACK

    def pattern(self, series: int, category: int) -> str:
        """'/' for a hatched bar (a peer's figure, or the lighter twin), '' otherwise."""
        peer = category < len(self.categories) and self.categories[category].endswith(PEER_MARK)
        twin = self.colour_by == "category" and len(self.series) > 1 and series == 0
        return "/" if peer or twin else ""


def _values(column: pd.Series) -> tuple[float | None, ...]:
    return tuple(None if pd.isna(v) else float(v) for v in column)


def from_columns(title: str, kind: str, data: pd.DataFrame, category: str, values: dict[str, str], axis: str,
                 source: str, colours: dict[str, str] | None = None, category_axis: str = "") -> Slide:  # fmt: skip
    """One series per column: values maps series name -> column; `colours` colours the
    categories (label -> colour)."""
    names = tuple(str(c) for c in data[category])
    return Slide(
        title, kind, names, tuple((name, _values(data[col])) for name, col in values.items()), axis, source,
        category_axis=category_axis, colours=aligned(names, colours) if colours else (),
        colour_by="category" if colours else "",
    )  # fmt: skip


def from_long(title: str, kind: str, data: pd.DataFrame, category: str, series: str, value: str, axis: str,
              source: str, colours: dict[str, str] | None = None, category_axis: str = "") -> Slide:  # fmt: skip
    """One series per distinct value of `series` (e.g. one line per kecamatan), coloured
    by `colours` (series name -> colour)."""
    wide = data.pivot_table(index=category, columns=series, values=value, aggfunc="first").sort_index()
    names = tuple(str(name) for name in wide.columns)
    return Slide(
        title, kind, tuple(str(c) for c in wide.index), tuple((str(n), _values(wide[n])) for n in wide.columns),
        axis, source, category_axis=category_axis, colours=aligned(names, colours) if colours else (),
        colour_by="series" if colours else "",
    )  # fmt: skip


def scatter(title: str, data: pd.DataFrame, label: str, x: str, y: str, x_axis: str, y_axis: str,
            source: str, colours: dict[str, str] | None = None) -> Slide:  # fmt: skip
    names = tuple(str(v) for v in data[label])
    return Slide(
        title, "scatter", names, ((x_axis, _values(data[x])), (y_axis, _values(data[y]))), y_axis, source, x_axis,
        colours=aligned(names, colours) if colours else (), colour_by="category" if colours else "",
    )  # fmt: skip
