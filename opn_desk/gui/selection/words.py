"""The selection library's sentences in the desk's words.

A round's candidate ids are organisation UUIDs, and the library names a candidate as
"<name> (<id>)"; the window shows "<name> (<acronym>)" instead, and a bare id as the name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_ATTRIBUTE = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b")  # regional_group, representative_gender, ...


def _attribute_words() -> dict[str, str]:
    """"regional_group" -> "regional group": the attribute names the library's sentences use."""
    from opn_desk.services.selection_round import ATTRIBUTES

    return {key: label[:1].lower() + label[1:] for key, label in ATTRIBUTES.items() if "_" in key}


class Names:
    """Candidate key -> how the window names it; `text` rewrites a library sentence."""

    def __init__(self, members: Iterable = ()):
        self._words = _attribute_words()
        self._label: dict[str, str] = {}
        self._long: dict[str, str] = {}
        for m in members:
            label = m.display_name if hasattr(m, "display_name") else m.name
            self._label[m.key] = label
            name = " ".join(str(m.name).split()).strip()
            self._long[m.key] = f"{name} ({m.key})" if name else m.key

    def __getitem__(self, key: str) -> str:
        return self._label.get(key, key)

    def get(self, key: str, default: str | None = None) -> str:
        return self._label.get(key, key if default is None else default)

    def as_dict(self) -> Mapping[str, str]:
        return dict(self._label)

    def many(self, keys: Iterable[str]) -> str:
        return ", ".join(self[k] for k in keys)

    def text(self, sentence: str) -> str:
        if "_" in sentence:
            sentence = _ATTRIBUTE.sub(lambda m: self._words.get(m.group(0), m.group(0)), sentence)
        if "-" not in sentence:
            return sentence
        for key in dict.fromkeys(_UUID.findall(sentence)):
            if key in self._label:
                sentence = sentence.replace(self._long[key], self._label[key]).replace(key, self._label[key])
        return sentence
