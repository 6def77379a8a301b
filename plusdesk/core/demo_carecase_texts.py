"""The demo care cases' Dutch notes and advice, and the weights their kinds are dealt by."""

from plusdesk.core.carecase_model import ContactKind, Decision, Problem, Route, SocialCause

PROBLEMS = (
    (Problem.SOMBERHEID, 30),
    (Problem.ANGST, 17),
    (Problem.SOMBERHEID_ANGST, 17),
    (Problem.OVERSPANNING, 18),
    (Problem.ROUW, 8),
    (Problem.ANDERS, 10),
)
OTHER_PROBLEMS = (
    "slaapproblemen en piekeren",
    "aanpassingsproblemen na de scheiding",
    "spanningsklachten na een hartinfarct",
    "problemen met boosheid thuis",
    "lichamelijke klachten zonder duidelijke oorzaak",
    "somber en prikkelbaar na de bevalling",
)
CAUSES = (
    (SocialCause.SCHULDEN, 25),
    (SocialCause.WONEN, 14),
    (SocialCause.WERK, 24),
    (SocialCause.RELATIES, 20),
    (SocialCause.EENZAAMHEID, 13),
    (SocialCause.ANDERS, 4),
)
KINDS = (
    (ContactKind.SPREEKUUR, 50),  # with the intakes, 55 % of all contacts
    (ContactKind.TELEFONISCH, 27),
    (ContactKind.BEELDBELLEN, 17),
    (ContactKind.HUISBEZOEK, 6),
)
MINUTES = {
    ContactKind.SPREEKUUR: (30, 30, 30, 40, 45, 45, 50),
    ContactKind.TELEFONISCH: (15, 15, 20, 20, 25),
    ContactKind.BEELDBELLEN: (25, 30, 30, 40, 45),
    ContactKind.HUISBEZOEK: (40, 45, 50),
}

INTAKE = (
    "Intake: klachten, hulpvraag en draagkracht in kaart gebracht.",
    "Kennismaking en intake; PHQ-9 afgenomen en doelen besproken.",
    "Intakegesprek. Slaapt slecht, weinig energie; wil weer grip op de dag.",
    "Intake na verwijzing door de huisarts; behandelplan opgesteld.",
    "Eerste gesprek: klachten sinds enkele maanden, vooral thuis merkbaar.",
)
INTAKE_OF = {
    Problem.ANGST: "Intake: veel piekeren en spanning, vermijdt drukke plekken.",
    Problem.OVERSPANNING: "Intake: sinds enkele weken thuis van het werk, voelt zich opgebrand.",
    Problem.ROUW: "Intake na het overlijden van een naaste; veel verdriet en slecht slapen.",
}
AGAIN = "Tweede aanmelding: eerder hier in begeleiding, nu terugval. "
NOTES = (
    "Psycho-educatie over somberheid en activatie.",
    "Dagstructuur besproken; weekplanning gemaakt.",
    "Activiteitenplanning geëvalueerd: lukt beter dan verwacht.",
    "Slaaphygiëne besproken, slaapdagboek meegegeven.",
    "Piekermomenten geïnventariseerd; piekerkwartier afgesproken.",
    "Negatieve gedachten onderzocht met G-schema's.",
    "Wandelt weer bijna dagelijks een half uur.",
    "Stemming wisselend, goede en slechte dagen.",
    "Huiswerk niet gelukt; samen kleinere stappen gekozen.",
    "Medicatie besproken; bijwerkingen nemen af.",
    "Meer steun van familie, vaker contact met de kinderen.",
    "Online zelfhulpmodule gestart.",
    "Kort bijgepraat, afspraken bevestigd.",
    "Veel spanning door de thuissituatie; ventileren helpt.",
    "Zelfzorg besproken: regelmatig eten, minder koffie.",
    "Ontspanningsoefening geoefend, gaat thuis verder.",
    "Sociale contacten in kaart gebracht; wil de buurvrouw weer opzoeken.",
)
NOTES_OF = {
    Problem.ANGST: (
        "Ademhalingsoefeningen geoefend.",
        "Exposure: zelf naar de supermarkt geweest.",
        "Angsthiërarchie opgesteld.",
        "Paniekaanval in de bus; besproken wat hielp.",
    ),
    Problem.SOMBERHEID_ANGST: (
        "Ademhalingsoefeningen geoefend.",
        "Angst en somberheid versterken elkaar; schema samen uitgetekend.",
    ),
    Problem.OVERSPANNING: (
        "Gesprek met de bedrijfsarts gehad; start met twee uur per dag.",
        "Re-integratie besproken; grenzen aangeven geoefend.",
        "Energieverdeling over de dag besproken.",
    ),
    Problem.ROUW: (
        "Herinneringen gedeeld, foto's meegenomen.",
        "Eerste verjaardag zonder de overledene besproken.",
        "Rouwgroep in de wijk besproken.",
    ),
}
BETTER = (
    "Gaat duidelijk beter; meer energie overdag.",
    "Pakt oude hobby's weer op.",
    "Stemming opgeknapt, slaapt beter.",
    "Werkt weer halve dagen; gaat goed.",
)
STUCK = (
    "Weinig verandering, blijft somber.",
    "Klachten houden aan ondanks de oefeningen.",
    "Motivatie laag; afspraken deels nagekomen.",
    "Piekert veel, slaapt nog steeds slecht.",
)
FLAGGED = (
    "Vraagt naar medicatie; bespreken met psychiater.",
    "Twijfel over de diagnose, bespreken met psychiater.",
    "Geen vooruitgang; bespreken met psychiater.",
    "Mogelijk trauma op de achtergrond; bespreken met psychiater.",
    "Bijwerkingen van de medicatie; bespreken met psychiater.",
)
FLAGGED_BETTER = (
    "Wil de medicatie afbouwen; bespreken met psychiater.",
    "Vraagt of hij of zij de medicatie kan stoppen; bespreken met psychiater.",
)
SAFETY_NOTE = "Doodsgedachten sinds vorige week, geen plan; veiligheidsplan gemaakt."
RELAPSE = (
    "Terugvalpreventieplan opgesteld: signalen en acties op papier.",
    "Terugvalpreventieplan samen gemaakt en meegegeven.",
)
LAST = (
    "Laatste gesprek; doelen geëvalueerd.",
    "Afronding: gaat goed, weet de weg terug als het nodig is.",
    "Afsluitend gesprek; eindmeting gedaan.",
)
BRIDGE = (
    "Overbruggingscontact in afwachting van de intake.",
    "Wacht op de intake; kort contact over hoe het gaat.",
)
SOCIAL_NOTE = {
    SocialCause.SCHULDEN: "Samen aangemeld bij de schuldhulpverlening.",
    SocialCause.WONEN: "Woonsituatie besproken met het sociaal team.",
    SocialCause.WERK: "Afstemming met de bedrijfsarts over het werk.",
    SocialCause.RELATIES: "Aangemeld voor relatiegesprekken bij het maatschappelijk werk.",
    SocialCause.EENZAAMHEID: "Welzijnswerk ingeschakeld voor een maatje.",
    SocialCause.ANDERS: "Respijtzorg voor de mantelzorg aangevraagd via het sociaal team.",
}

# The psychiatrist's first view when there is a disorder: by complaint, or by severity.
ADVICE_FIRST = {
    Problem.ANGST: (
        "Angststoornis waarschijnlijk; psycho-educatie en geleidelijke exposure.",
        "Gegeneraliseerde angst; CGT-elementen en ontspanning, GAD-7 elke drie weken.",
    ),
    Problem.SOMBERHEID_ANGST: (
        "Depressie met angst; eerst activatie, daarna exposure. Medicatie nog niet nodig.",
        "Angst en somberheid samen; sertraline via de huisarts overwegen bij onvoldoende effect.",
    ),
    Problem.OVERSPANNING: (
        "Aanpassingsstoornis; kortdurende begeleiding in de praktijk volstaat.",
        "Overspanning zonder depressie; herstel in fasen, afstemmen met de bedrijfsarts.",
    ),
    "ernstig": (
        "Matig-ernstige klachten; huisarts kan sertraline overwegen, over vier weken evalueren.",
        "Past bij een depressieve episode; begeleiding volgens de zorgstandaard.",
    ),
    "licht": (
        "Lichte tot matige depressie: activerende begeleiding en zelfhulp, nog geen medicatie.",
        "Past bij een depressieve episode; begeleiding volgens de zorgstandaard.",
    ),
}
ADVICE_OTHER = (
    "Vermoeidheid eerst lichamelijk laten uitzoeken door de huisarts.",
    "Mogelijk ADHD op de achtergrond; na deze periode diagnostiek overwegen.",
    "Alcoholgebruik speelt mee; eerst motiverende gesprekken over minderen.",
)
ADVICE_GRIEF = "Geen stoornis; normale rouwreactie, steunende gesprekken volstaan."
ADVICE_SOCIAL = {
    SocialCause.SCHULDEN: "Klachten passen bij de geldzorgen; aanmelden bij schuldhulpverlening.",
    SocialCause.WONEN: "Woonsituatie staat voorop; met het sociaal team naar woonruimte kijken.",
    SocialCause.WERK: "Conflict op het werk verklaart de klachten; afstemmen met de bedrijfsarts.",
    SocialCause.RELATIES: "Relatieproblemen staan centraal; relatiegesprekken via het AMW.",
    SocialCause.EENZAAMHEID: "Eenzaamheid verklaart veel; welzijnswerk voor een maatje vragen.",
    SocialCause.ANDERS: "Mantelzorg weegt zwaar; respijtzorg regelen via het sociaal team.",
}
ADVICE_STUCK = {
    Route.BASIS_GGZ: "Onvoldoende effect na tien weken; verwijzen naar de basis-GGZ voor CGT.",
    Route.SPECIALISTISCHE_GGZ: "Complexe problematiek; verwijzing naar de specialistische GGZ.",
}
ADVICE_MORE = (
    "Antidepressivum ophogen in overleg met de huisarts; over vier weken opnieuw bespreken.",
    "Intensiveren: wekelijks contact en gedragsactivatie, over zes weken evalueren.",
    "Nog geen respons; start sertraline via de huisarts, contact elke twee weken.",
)
ADVICE_ASKED = (
    "Start met sertraline 50 mg via de huisarts is verantwoord.",
    "Geen aanwijzingen voor een bipolaire stoornis; huidige aanpak voortzetten.",
    "Traumaklachten op de voorgrond; EMDR via de basis-GGZ overwegen.",
    "Bijwerkingen passen bij de start van de medicatie; nog twee weken aanzien.",
    "Diagnose blijft staan; meer nadruk op activatie.",
)
ADVICE_TAPER = "Afbouwen kan na zes maanden stabiel herstel; samen met de huisarts plannen."
ADVICE_SAFETY = (
    "Telefonisch overleg: geen acuut suïcidegevaar, veiligheidsplan, wekelijks contact.",
    "Doodsgedachten zonder plan; naasten betrokken, crisisnummer meegegeven.",
)
ADVICE_EARLY_SPECIALIST = (
    "Ernstige depressie met eerdere opnames; direct naar de specialistische GGZ."
)

CLOSE_NOTES = {
    "geen_contact": "Twee keer niet verschenen en telefonisch niet bereikbaar; brief gestuurd.",
    "verhuisd": "Verhuisd naar een andere gemeente; overgedragen aan de nieuwe huisarts.",
    "anders": "Opgenomen in het ziekenhuis; begeleiding daarna via de huisarts.",
    "op_verzoek": "Wil het eerst zelf proberen; weet de weg terug.",
    "basis_ggz": "Aangemeld bij de basis-GGZ; intake gepland.",
    "specialistische_ggz": "Overgedragen aan de specialistische GGZ.",
    "sociaal_domein": "Begeleiding overgedragen aan het sociaal team.",
}

# Closed cases per 100: (route, kind, course). About 60 % respond, 40 % reach remission; the
# non-improvers go to the GGZ or the social domain. "drop": stopped early, "partial": stopped
# halfway at the patient's request.
_HA, _SD = Route.HUISARTSENPRAKTIJK, Route.SOCIAAL_DOMEIN
_BG, _SG = Route.BASIS_GGZ, Route.SPECIALISTISCHE_GGZ
CLOSED = (
    ((_HA, "done", "remit"), 28),
    ((_HA, "done", "respond"), 14),
    ((_HA, "drop", "none"), 3),
    ((_HA, "drop", "partial"), 2),
    ((_HA, "partial", "partial"), 3),
    ((_SD, "done", "remit"), 8),
    ((_SD, "done", "respond"), 10),
    ((_SD, "done", "partial"), 4),
    ((_SD, "done", "none"), 3),
    ((_BG, "done", "partial"), 7),
    ((_BG, "done", "none"), 8),
    ((_SG, "done", "partial"), 3),
    ((_SG, "done", "none"), 7),
)
# Per 20 cases that stay in the practice (routes to the GGZ are disorders, to the social domain
# social causes): overall about 55 % disorder, 35 % social cause, 10 % something else.
DECISIONS = ((Decision.STOORNIS, 12), (Decision.SOCIAAL, 5), (Decision.ANDERS, 3))
OPEN_WEIGHTS = (("remit", 30), ("respond", 25), ("partial", 20), ("none", 25))
