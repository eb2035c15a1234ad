"""Where a PDF row's cells were printed: each cell's box found among what the row printed.

A PDF row carries its `pieces` (`ingest.model.Row`): the texts it printed with their boxes, in
points from the top-left corner of the page as displayed. A ruled table gives one piece per
cell (the cell's box); a borderless table one per run of text, so a cell wrapped over lines,
or set in runs apart, is several. A cell's box is found by its text, never by its position in
the row (the shared table reading pads, aligns and remaps cells): a piece equal to the cell, or
pieces reading it in order (on along the line, or on the next line down under the text so far),
spaces ignored. When several cells of the row print the same text, the k-th of them in the row
takes the k-th occurrence from the left. Nothing is guessed: a cell whose text is not found
whole, or found more or fewer times than cells print it, has no box (a wrong highlight is worse
than none).
"""

from __future__ import annotations

from ingest.model import Piece

Rect = tuple[float, float, float, float]  # x0, top, x1, bottom


def row_box(pieces: list[Piece]) -> Rect | None:
    """The box around everything the row printed; None when it printed nothing known."""
    if not pieces:
        return None
    return _union(pieces)


def cell_boxes(cells: list[str], pieces: list[Piece]) -> dict[int, Rect]:
    """The box of each cell of the row found among its pieces, by the cell's index. The
    longest texts are placed first, and the pieces they take are not read again: a cell
    wrapped as "Sangat" over "Baik (91)" leaves no second "Baik (91)" for a cell printing that."""
    if not pieces:
        return {}
    texts = [_plain(p[0]) for p in pieces]
    same: dict[str, list[int]] = {}
    for index, cell in enumerate(cells):
        if key := _plain(cell):
            same.setdefault(key, []).append(index)
    found: dict[int, Rect] = {}
    free = set(range(len(pieces)))
    for key in sorted(same, key=len, reverse=True):
        indices = same[key]
        chains = _occurrences(key, pieces, texts, free)
        if len(chains) != len(indices):
            continue  # printed more or fewer times than cells hold it: which is which is unknown
        for index, chain in zip(indices, chains, strict=True):
            found[index] = _union([pieces[k] for k in chain])
            free -= set(chain)
    return found


def cell_box(cells: list[str], pieces: list[Piece], index: int) -> Rect | None:
    """The box of cell `index`, or None (see `cell_boxes`)."""
    return cell_boxes(cells, pieces).get(index)


def _plain(text: str) -> str:
    return "".join(text.split())


def _occurrences(key: str, pieces: list[Piece], texts: list[str], free: set[int]) -> list[list[int]]:
    """Every run of `free` pieces reading `key`, from the left; none when the text could be
    read more than one way (two runs from one piece, or two runs sharing a piece)."""
    chains = []
    for start in sorted(free):
        if texts[start] and key.startswith(texts[start]):
            found = _chains(key, [start], texts[start], pieces, texts, free)
            if len(found) > 1:
                return []
            chains += found
    used = [k for chain in chains for k in chain]
    if len(used) != len(set(used)):
        return []
    return sorted(chains, key=lambda chain: (min(pieces[k][1] for k in chain), min(pieces[k][2] for k in chain)))


def _chains(key: str, chain: list[int], done: str, pieces: list[Piece], texts: list[str], free: set[int]) -> list:
    """The ways `chain` (reading `done` so far) goes on to read `key` (at most two are looked
    for): each next piece is either the next one along the same line, or the first on the
    nearest line below under the pieces so far (`_next_pieces`)."""
    if done == key:
        return [chain]
    rest = key[len(done) :]
    found: list[list[int]] = []
    for k in _next_pieces(chain, pieces, free):
        if texts[k] and rest.startswith(texts[k]):
            found += _chains(key, [*chain, k], done + texts[k], pieces, texts, free)
            if len(found) > 1:
                break
    return found


def _next_pieces(chain: list[int], pieces: list[Piece], free: set[int]) -> list[int]:
    """Where a cell's text may go on after the pieces in `chain`: the next piece to the right
    on the last piece's line, then the leftmost piece on the nearest line below that lies
    under the chain's width."""
    _, _, top, x1, bottom = pieces[chain[-1]]
    height = max(bottom - top, 1.0)
    left = min(pieces[k][1] for k in chain)
    right = max(pieces[k][3] for k in chain)
    out = []
    along = [
        k
        for k, p in enumerate(pieces)
        if k in free and k not in chain and abs(p[2] - top) < 0.5 * height and p[1] >= x1 - 0.5 * height
    ]
    if along:
        out.append(min(along, key=lambda k: pieces[k][1]))
    below = [
        k
        for k, p in enumerate(pieces)
        if k in free and k not in chain and p[2] >= top + 0.5 * height and p[1] < right and left < p[3]
    ]
    if below:
        nearest = min(pieces[k][2] for k in below)
        line = [k for k in below if abs(pieces[k][2] - nearest) < 0.5 * height]
        out.append(min(line, key=lambda k: pieces[k][1]))
    return out


def _union(pieces: list[Piece]) -> Rect:
    return (
        min(p[1] for p in pieces),
        min(p[2] for p in pieces),
        max(p[3] for p in pieces),
        max(p[4] for p in pieces),
    )
