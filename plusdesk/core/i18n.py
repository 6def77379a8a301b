"""User-facing core texts, marked for Qt Linguist without importing Qt (the GUI translates).

The core speaks Dutch: every message and label it produces reads as Dutch text, so the
command line, the audit trail and the tests see Dutch. The GUI shows the same texts in the
user's language through `plusdesk.gui.translations.core_tr`, which looks them up in the
catalogue under the context `CONTEXT`.

Two ways to mark a text:

- a fixed text (a label, a message without values)::

      ROLE = QT_TRANSLATE_NOOP("core", "Praktijkmanager")

- a text with values: the template is marked, the values are given by name::

      raise ValidationError(
          Text(QT_TRANSLATE_NOOP("core", "De datum {date} ligt in de toekomst."), date=shown)
      )

`lupdate` only recognises the literal call `QT_TRANSLATE_NOOP("core", "...")` with exactly
two string arguments (adjacent literals may be split over lines), so values never go inside
that call. A `Text` is a `str` equal to its Dutch rendering; values that are themselves
marked texts (a `Text` or a marked label) are translated too when the GUI renders it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

CONTEXT = "core"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Mark `text` for translation in `context`; returns it unchanged (Dutch)."""
    return text


class Text(str):
    """A Dutch text built from a marked template and named values.

    It is the Dutch string itself (so it compares, prints and stores as before) and keeps
    the template and values, so a translator can render it in another language.
    """

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, /, **values: Any) -> Text:
        obj = super().__new__(cls, template.format(**values))
        obj.template = template
        obj.values = values
        return obj

    def render(self, translate: Callable[[str], str]) -> str:
        """This text in another language: `translate` maps a Dutch template or label to it."""
        values = {key: render(value, translate) for key, value in self.values.items()}
        try:
            return translate(self.template).format(**values)
        except (KeyError, IndexError, ValueError):
            # A translation whose fields do not match (the catalogue test guards against
            # this): the Dutch text is better than no text.
            return str(self)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.template, self.values))


def lines(parts: list[str]) -> Text:
    """Lines joined by newlines as one text; each line translates on its own.

    A flat template (not a chain of two-line texts), so a report of a thousand lines stays
    one level deep. The template itself holds no words, so it is not in the catalogue.
    """
    template = "\n".join(f"{{line{n}}}" for n in range(len(parts)))
    return Text(template, **{f"line{n}": line for n, line in enumerate(parts)})


def _rebuild(template: str, values: dict[str, Any]) -> Text:
    return Text(template, **values)


def render(value: Any, translate: Callable[[str], str]) -> Any:
    """`value` in another language when it is a core text; other values as they are.

    A `Text` is rendered from its template; a plain string is looked up as a whole (a
    marked label translates, anything else - a name, a code - comes back unchanged).
    """
    if isinstance(value, Text):
        return value.render(translate)
    if isinstance(value, str):
        return translate(value)
    return value
