"""Text as the identifier scanner reads it (issue 17 §2): an identifier must not leave a ward in
disguise, so before any pattern runs the text is

* normalised character by character with Unicode NFKC (fullwidth ``９４３`` -> ``943``, the
  ``ﬁ`` ligature -> ``fi``, a no-break space -> a space);
* every Unicode decimal digit becomes its ASCII digit (Arabic-Indic ``٩٤٣``, Devanagari ``९४३``);
* format characters are removed (zero-width space and joiners, word joiner, soft hyphen, BOM,
  direction marks: Unicode category Cf).

Each character of the result remembers where it came from, so a finding's span can be mapped
back to the text the person typed (for underlining and for redaction in place). Pure, standard
library only.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Normalised:
    """``text`` as scanned; ``origin[i]`` is the index in the original text of ``text[i]``
    (``None`` when nothing changed: the mapping is then the identity)."""

    original: str
    text: str
    origin: tuple[int, ...] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original text's span for ``text[start:end]`` (end > start)."""
        if self.origin is None:
            return start, end
        first = self.origin[start]
        last = self.origin[end - 1]
        return first, last + 1


def _is_removed(char: str) -> bool:
    return unicodedata.category(char) == "Cf"


def normalise(text: str) -> Normalised:
    """The scanner's view of ``text`` with a map back to it (see the module docstring)."""
    if text.isascii():
        return Normalised(text, text)
    out: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        if char.isascii():
            out.append(char)
            origin.append(index)
            continue
        if _is_removed(char):
            continue
        digit = unicodedata.decimal(char, None)
        if digit is not None:
            out.append(str(digit))
            origin.append(index)
            continue
        for piece in unicodedata.normalize("NFKC", char):
            piece_digit = unicodedata.decimal(piece, None) if not piece.isascii() else None
            out.append(str(piece_digit) if piece_digit is not None else piece)
            origin.append(index)
    return Normalised(text, "".join(out), tuple(origin))
