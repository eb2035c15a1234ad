"""Strip markup that text exports carry inside cells and lines, keeping the words."""

from __future__ import annotations

import html
import re

_LIST_ITEM = re.compile(r"<li[^>]*>", re.I)
_TAG = re.compile(r"<[^>]+>")
_LATEX_TEXT = re.compile(r"\\text\{([^}]*)\}")
_MD_BOLD = re.compile(r"\*\*|__")
_MD_EMPH = re.compile(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])")
_MD_HEADING = re.compile(r"^\s*#{1,6}\s+")
_SPACES = re.compile(r"\s+")
# "Perda/ Perkada", "Perundang- undangan": a space after a slash or hyphen inside a word
# is where a line wrapped (in the PDF, or in whatever made the export), not the author's
_WRAPPED_JOIN = re.compile(r"(?<=[^\W\d_])([/-]) (?=[^\W\d_])")


def clean_text(raw: str) -> str:
    """Return the visible words of a cell or line: no HTML, markdown or entities."""
    text = _LIST_ITEM.sub("; ", raw)
    text = _TAG.sub(" ", text)
    text = html.unescape(text)
    text = _LATEX_TEXT.sub(r"\1", text).replace("$$", " ").replace("$", " ")
    text = _MD_HEADING.sub("", text)
    text = _MD_BOLD.sub("", text)
    text = _MD_EMPH.sub(r"\1", text)
    text = text.replace("\u00a0", " ").replace("\u200b", "")
    text = _WRAPPED_JOIN.sub(r"\1", _SPACES.sub(" ", text)).strip()
    return text.lstrip("; ").strip()


def is_markdown_heading(raw: str) -> bool:
    return bool(_MD_HEADING.match(raw))


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a text export; returns (text, encoding used).

    UTF-8 first (with or without BOM), then cp1252 (Windows exports), and
    latin-1 last because it accepts every byte.
    """
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"
