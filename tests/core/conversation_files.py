"""Helpers for the conversation tests: a conversation as a user would type it."""

from plusdesk.core import conversations as conv

BSN = "111222333"  # passes the 11-proef


def draft(**changes) -> conv.Draft:
    values = dict(
        patient_ref="10482",
        held_on="03-03-2025",
        professional="Anouk Janssen",
        professional_role="poh_s",
        reason="chronisch",
        question="Wil weer zelf boodschappen kunnen doen.",
        scores={"lichaamsfuncties": "4", "mentaal_welbevinden": 3, "zingeving": "5"},
        wants_to_talk=("mentaal_welbevinden",),
        goals=[("Twee keer per week wandelen", "Patiënt", "31-03-2025")],
        actions=("action_care", "action_welfare"),
        next_contact="14-04-2025",
    )
    values.update(changes)
    return conv.Draft(**values)
