"""Core texts: Dutch as they are, and renderable in another language from their template."""

import pickle

from plusdesk.core.i18n import QT_TRANSLATE_NOOP, Text, render

ENGLISH = {
    "De datum {date} ligt na {limit}.": "The date {date} is after {limit}.",
    "vandaag": "today",
    "Score voor {dimension}": "Score for {dimension}",
    "Kwaliteit van leven": "Quality of life",
}


def english(text: str) -> str:
    return ENGLISH.get(text, text)


def test_a_text_is_its_dutch_rendering() -> None:
    message = Text(
        QT_TRANSLATE_NOOP("core", "De datum {date} ligt na {limit}."),
        date="03-02-2027",
        limit="vandaag",
    )
    assert message == "De datum 03-02-2027 ligt na vandaag."
    assert f"{message}" == "De datum 03-02-2027 ligt na vandaag."
    assert isinstance(message, str)


def test_rendering_translates_the_template_and_marked_values() -> None:
    label = QT_TRANSLATE_NOOP("core", "vandaag")
    message = Text("De datum {date} ligt na {limit}.", date="03-02-2027", limit=label)
    assert message.render(english) == "The date 03-02-2027 is after today."


def test_nested_texts_are_translated_all_the_way_down() -> None:
    inner = Text("Score voor {dimension}", dimension="Kwaliteit van leven")
    outer = Text("De datum {date} ligt na {limit}.", date="01-01-2026", limit=inner)
    assert outer == "De datum 01-01-2026 ligt na Score voor Kwaliteit van leven."
    assert render(outer, english) == "The date 01-01-2026 is after Score for Quality of life."


def test_names_and_numbers_pass_unchanged() -> None:
    assert render("Huisartsenpraktijk De Linde", english) == "Huisartsenpraktijk De Linde"
    assert render(42, english) == 42


def test_a_translation_with_the_wrong_fields_falls_back_to_dutch() -> None:
    message = Text("Score voor {dimension}", dimension="x")
    assert message.render(lambda t: "Score for {dimensoin}") == "Score voor x"


def test_a_text_survives_pickling_with_its_template() -> None:
    message = Text("Score voor {dimension}", dimension="Kwaliteit van leven")
    copy = pickle.loads(pickle.dumps(message))
    assert copy == message
    assert copy.render(english) == "Score for Quality of life"


def test_lines_translate_one_by_one_and_stay_flat() -> None:
    from plusdesk.core.i18n import lines

    text = lines([Text("Score voor {dimension}", dimension="Kwaliteit van leven"), "vandaag"])
    assert text == "Score voor Kwaliteit van leven\nvandaag"
    assert text.render(english) == "Score for Quality of life\ntoday"
    many = lines([f"regel {n}" for n in range(3000)])  # no recursion however long
    assert many.render(english).count("\n") == 2999
