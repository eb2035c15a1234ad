"""The lines of a cell joined again into its text (PDF), and the words a text export broke
inside a narrow cell joined again (text).

A producer wraps a cell's text at its right edge. In a narrow column it also breaks a word
that does not fit on a line of its own ("Kepuasa" / "n", "Masyara" / "kat") and a long
amount ("2.637." / "727.8" / "46"). Joined with a space, such words no longer match the
vocabulary ("Indeks Kepuasa n Masyara kat" is not an IKM) and such amounts are not one
figure. A break inside a word is told from a wrap between words by two signs together:
the line ends at the cell's right edge (a wrap leaves room there, unless the next word
was long) and the joined word is one the document writes whole elsewhere (a wrap between
words makes no word: "yang" + "menyampaikan"), or the amount is only well formed joined.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from ingest.vocabulary import all_terms

_LETTERS_END = re.compile(r"([^\W\d_]+)$")
_LETTERS_START = re.compile(r"^([^\W\d_]+)")
_WORD = re.compile(r"[^\W\d_]+")
_HYPHEN_REST = re.compile(r"^-[^\W\d_]")  # "-undangan", not a list's "- item"
_HYPHEN_END = re.compile(r"[^\W\d_]{2}-$")  # "Perundang-", not a list's "a -" nor "1-"
_AMOUNT_END = re.compile(r"(\d[\d.,]*)$")
_AMOUNT_START = re.compile(r"^(\d[\d.,]*)")
# a well-formed amount: thousands groups, then decimals after the other separator
_NUMBER = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?")
_EDGE_MARKS = ".,;:()\"'"  # around a token, not of it
_FULL = 1.6  # a line ending within this many characters of the right edge fills the cell
# Indonesian suffixes that are never a word of their own: a line or token that is one of
# them ends the word before it ("Pelaksana" / "an"), even when that is a word itself.
_BOUND = frozenset({"an", "kan", "nya", "annya", "kannya"})


@dataclass(frozen=True)
class CellLine:
    """One line of a cell: its text and where it ends, with its mean character width."""

    text: str
    x1: float
    char_width: float


@dataclass(frozen=True)
class Lexicon:
    """What the document tells about its words. `whole`: words it writes whole (its prose,
    whose lines are wide, a word with words on both sides of it anywhere, the vocabulary).
    `seen`: every word-like run of letters it prints, broken halves among them; a word
    broken in one narrow cell is often written whole in a wider one."""

    whole: frozenset[str] = frozenset()
    seen: frozenset[str] = frozenset()
    slashed: frozenset[str] = frozenset()  # "lembaga/badan": words joined by a slash, written whole

    def writes(self, word: str) -> bool:
        return word.lower() in self.whole or word.lower() in self.seen


def lexicon(prose: Iterable[str], runs: Iterable[str] = (), seen: Iterable[str] = ()) -> Lexicon:
    """The document's lexicon from its prose lines and all its lines' runs (cell lines
    among them): only a run's first or last word can be half of a broken word, so the
    words between are whole, wherever the cell is narrow. `seen`: more text whose words
    may be broken anywhere (a text export's cells)."""
    runs, prose = list(runs), list(prose)
    whole = {w.lower() for text in prose for w in _WORD.findall(text)}
    whole |= {w.lower() for term in all_terms() for w in _WORD.findall(term)}
    whole |= {w.lower() for run in runs for w in _WORD.findall(run)[1:-1]}
    printed = {w.lower() for text in [*runs, *seen] for w in _WORD.findall(text)}
    tokens = [t for text in prose for t in text.split()] + [t for run in runs for t in run.split()[1:-1]]
    slashed = {t.lower().strip(_EDGE_MARKS) for t in tokens if "/" in t.strip("/")}
    return Lexicon(frozenset(whole), frozenset(printed), frozenset(slashed))


NO_LEXICON = Lexicon()


def join_lines(lines: list[CellLine], words: Lexicon = NO_LEXICON, right: float | None = None) -> str:
    """A cell's lines as one text. `right`: the cell's right edge for text (by default
    where its widest line ends)."""
    lines = [CellLine(line.text.strip(), line.x1, line.char_width) for line in lines if line.text.strip()]
    if not lines:
        return ""
    edge = max(line.x1 for line in lines) if right is None else right
    full = [edge - line.x1 <= _FULL * max(line.char_width, 1.0) for line in lines]
    width = edge - min(line.x1 - len(line.text) * line.char_width for line in lines)
    out, k = lines[0].text, 1
    while k < len(lines):
        taken = _broken_word(out, lines, full, k, words, width)
        if taken:
            out += "".join(line.text for line in lines[k : k + taken])
            k += taken
            continue
        out += ("" if glued(out, lines[k].text, full[k - 1]) else " ") + lines[k].text
        k += 1
    return out


def join_cut(above: str, rest: str, words: Lexicon = NO_LEXICON) -> str:
    """A cell's text cut by a page break and its rest at the top of the next page, as one
    text: the cut may fall inside a word or an amount broken at the cell's edge
    ("rekomendas" / "i Forkopimcam"); where the cut line ended is not known, so it is
    taken as full and the word must still be one the document writes."""
    if not above or not rest:
        return above or rest
    return join_lines([CellLine(above, 1.0, 1.0), CellLine(rest, 0.0, 1.0)], words, right=1.0)


def join_broken_words(text: str, words: Lexicon) -> str:
    """A cell of a text export, whose producer broke words where the PDF's narrow column did
    and joined the pieces with a space ("Realis asi", "Planda an", "Peneranga n"). Without
    the line's geometry the document's own words decide: two pieces are one word when the
    document writes the joined word whole and neither piece ("tahun n" and "pertanggung
    jawaban", which it also writes as one word, stay). A suffix is never a word of its own:
    "Pelaksana an" is "Pelaksanaan" though "pelaksana" is a word."""
    tokens = text.split(" ")
    out = tokens[:1]
    for token in tokens[1:]:
        end, start = _LETTERS_END.search(out[-1]), _LETTERS_START.search(token)
        if end and start and _continues(end.group(1), start.group(1)):
            left, right = end.group(1), start.group(1)
            whole = words.whole
            apart = left.lower() in whole or right.lower() in whole
            if right.lower() in _BOUND and words.writes(left + right):
                out[-1] += token  # a suffix never stands alone: "Cetak an", printed "Cetakan" elsewhere
                continue
            if (left + right).lower() in whole and not apart:
                out[-1] += token
                continue
        out.append(token)
    return " ".join(out)


def _broken_word(left: str, lines: list[CellLine], full: list[bool], k: int, words: Lexicon, width: float) -> int:
    """How many lines from `k` on continue the last word of `left`, broken over lines that
    each fill the cell ("Menin" / "gkatn" / "ya Mutu"): the joined word must be one the
    document writes whole. 0 when none. Two halves that are words themselves ("sumber" /
    "daya") stay apart, unless joined they are wider than the cell's `width` (its widest
    line): a producer breaks only a word no line can hold, and wraps any other whole
    ("pertanggung" / "jawaban" in a column 51 pt wide, where the document writes both)."""
    end = _LETTERS_END.search(left)
    if not end or not full[k - 1]:
        return 0
    word = end.group(1)
    if word[-1].islower() and _stray_letter(lines[k].text):
        letter = lines[k].text[0]
        # "Tahun" / "n": a whole word then a letter of its own (the year n), not "tahunn"
        return 0 if word.lower() in words.whole and not words.writes(word + letter) else 1
    for j in range(k, len(lines)):
        start = _LETTERS_START.search(lines[j].text)
        if not start or not _continues(word, start.group(1)):
            return 0
        fragment = start.group(1)
        if (
            j == k
            and _both_words(word, fragment, words)
            and not _unfitting(word + fragment, lines[k], width)
            and not _slashed_whole(left, lines[k].text, words)
        ):
            return 0  # "sumber" / "daya": a wrap between two words the document writes apart
        left, word = word, word + start.group(1)
        if words.writes(word) or (j == k and (_root_join(left, word, words) or _forced(word, lines[k], width))):
            return j - k + 1
        if start.group(1) != lines[j].text or not full[j]:
            return 0  # only a line holding nothing but a fragment carries the word on
    return 0


def join_parts(upper: str, lower: str) -> str:
    """Two parts of one cell (a row broken over two lines of a text export) as one text: a
    suffix opening the lower part ends the upper part's last word ("Pertanggungjawab" /
    "an Realisasi"); otherwise the parts are two runs of words."""
    start = _LETTERS_START.search(lower)
    if (
        upper
        and start
        and start.group(1) in _BOUND
        and _LETTERS_END.search(upper)
        and lower[len(start.group(1)) :][:1] in ("", " ")
    ):
        return upper + lower
    return f"{upper} {lower}".strip()


def _forced(word: str, line: CellLine, width: float) -> bool:
    """Whether the joined word is wider than the cell and Indonesian by its root: a producer
    broke a word no line could hold, wherever it fell ("Perizinan" / "nya", "berpartisi" /
    "pasi" in a 51 pt cell, Chromium, 001's Tabel 4.1 in URW Bookman 10; both halves may be
    words or roots). A word that would fit was wrapped whole: "Pelaksana" / "nya" stays."""
    return _unfitting(word, line, width) and _indonesian(word)


def _root_join(left: str, word: str, words: Lexicon) -> bool:
    """A word broken once, whose joined form has an Indonesian root and whose first half
    (four letters or more: "di" / "kecamatan" stays apart) is no word of the document nor
    of the language: "Direhabilita" / "si", "Perizinann" / "ya"."""
    return len(left) >= 4 and left.lower() not in words.whole and _indonesian(word) and not _indonesian(left)


@cache
def _indonesian(word: str) -> bool:
    """Whether a word is Indonesian by its root (Sastrawi's stemmer and its 30k root words):
    "Direhabilitasi" is written whole nowhere in a document whose every such cell is as
    narrow, but its root "rehabilitasi" is a word."""
    stemmer, roots = _sastrawi()
    return stemmer.stem(word.lower()) in roots


@cache
def _sastrawi() -> tuple:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    factory = StemmerFactory()
    stemmer = factory.create_stemmer()
    # Sastrawi looks its 30k roots up in a list (0.6 ms a word, 14% of a PDF's reading):
    # its dictionary only asks `in` and `len` of them, which a set answers the same.
    dictionary = stemmer.delegatedStemmer.dictionary
    dictionary.words = frozenset(dictionary.words)
    return stemmer, frozenset(factory.get_words())


def _stray_letter(text: str) -> bool:
    """A line starting with a lone lower-case letter ("a kebutuhan") after a full line: the
    end of a word ("terpenuhiny" / "a"), even one the document never writes whole. No
    Indonesian word is one letter; list markers ("a.", "b)") are followed by punctuation."""
    start = _LETTERS_START.search(text)
    return bool(start) and len(start.group(1)) == 1 and start.group(1).islower() and text[1:2] in ("", " ")


def _unfitting(word: str, line: CellLine, width: float) -> bool:
    """Whether `word` is wider than the cell by a character or more: no line could hold it
    whole, so a producer had to break it. Letters only: a token running on past a slash
    ("PROGRAM/KEGIATAN/SUB" / "KEGIATAN") wraps at its space like any other."""
    return (len(word) - 1) * line.char_width > width


def _slashed_whole(left: str, right: str, words: Lexicon) -> bool:
    """Whether the line's last words joined by a slash and the next line's first letters
    are a token the document writes whole elsewhere, and the cut token is not one: the
    producer keeps "Lembaga/Badan" together and broke it inside "Badan" in a narrow cell
    ("Lembaga/Ba" / "dan Usaha"), where "ba" and "dan" are words of their own."""
    head, tail = left.split()[-1:], right.split()[:1]
    if not head or not tail or "/" not in head[0].strip("/"):
        return False
    joined, cut = (head[0] + tail[0]).lower().strip(_EDGE_MARKS), head[0].lower().strip(_EDGE_MARKS)
    return joined in words.slashed and cut not in words.slashed


def _both_words(left: str, right: str, words: Lexicon) -> bool:
    return left.lower() in words.whole and right.lower() in words.whole and right.lower() not in _BOUND


def _continues(word: str, fragment: str) -> bool:
    """A fragment can end a word: lower case, or capitals after capitals ("PENYELENG" / "GARAAN")."""
    return fragment[0].islower() or (word.isupper() and fragment.isupper())


def glued(left: str, right: str, full: bool) -> bool:
    """Whether `right` continues the last word or amount of `left` without a space."""
    if re.search(r"\d[.,]$", left) and right[:1].isdigit():
        return True  # an amount broken after its separator: "34.670." + "350.601"
    if _HYPHEN_END.search(left) and right[:1].isalpha():
        return True  # a compound wrapped after its hyphen: "Perundang-" + "Undangan"
    if (right[:1] in ",;:)" or re.match(r"\.(\W|$)", right)) and left[-1:].isalnum():
        return True  # punctuation closes the word before it: "komunikasi" + ", sumberdaya", "SAT" + "."
    if not full:
        return False
    if _HYPHEN_REST.match(right) and _LETTERS_END.search(left):
        return True  # a compound broken before its hyphen: "Perundang" + "-undangan"
    if right == "-" and _LETTERS_END.search(left):
        return True  # ... and its hyphen on a line of its own, the column too narrow for
        # "Perundang-" (Chromium, 001's Tabel 4.1 in Carlito, landscape): the next line
        # then goes on after "Perundang-"
    a, b = _AMOUNT_END.search(left), _AMOUNT_START.search(right)
    if a and b:
        return not _NUMBER.fullmatch(a.group(1)) and bool(_NUMBER.fullmatch(a.group(1) + b.group(1)))
    return False
