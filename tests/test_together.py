"""Reading a list as a whole: lists in each language the vocabulary knows, and
the list-level rules (shared shape, shared label, people in the speaker slot).

Every list here is our own text, written for these tests.
"""

from __future__ import annotations

import pytest

from pelican_talks import markup
from pelican_talks.talks import finding


def cards(source: str, mode: str = "auto", about: str = ""):
    """(title, [speakers], kind) for every card drawn from `source`, or None
    for each list left as it was."""
    root = markup.parse(source)
    drawn = list(finding.talk_lists(root, mode, about))
    result = []
    for element in finding.candidate_lists(root):
        found = next((f for e, f in drawn if e is element), None)
        result.append(
            None
            if found is None
            else [(t.title, [s.name for s in t.speakers], t.kind) for t in found.talks]
        )
    return result


def ul(*items: str) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


# One list per language: the heading says "talks" in that language, and the
# items use its bylines, joiners and kind words.
LANGUAGES = [
    (
        "en",
        "<h2>The talks</h2>"
        + ul(
            "<em>Queues at scale</em> by Ana Ruiz",
            "Keynote: <em>Twenty years of maps</em> by Bo Li",
            "<em>Small data</em> by Carmen Díaz and Dan Wu",
        ),
        [
            ("Queues at scale", ["Ana Ruiz"], "talk"),
            ("Twenty years of maps", ["Bo Li"], "keynote"),
            ("Small data", ["Carmen Díaz", "Dan Wu"], "talk"),
        ],
    ),
    (
        "es",
        "<h2>Las charlas</h2>"
        + ul(
            "Colas a escala por Ana Ruiz",
            "Charla relámpago: Mapas de bolsillo por Bruno Gil",
            "Datos pequeños por Carmen Díaz y Diego Sanz",
        ),
        [
            ("Colas a escala", ["Ana Ruiz"], "talk"),
            ("Mapas de bolsillo", ["Bruno Gil"], "lightning"),
            ("Datos pequeños", ["Carmen Díaz", "Diego Sanz"], "talk"),
        ],
    ),
    (
        "fr",
        "<h2>Les conférences</h2>"
        + ul(
            "<em>Des files à grande échelle</em> par Anne Roux",
            "Atelier : <em>Cartes de poche</em> par Bruno Petit",
            "<em>Petites données</em> par Claire Martin et Denis Faure",
        ),
        [
            ("Des files à grande échelle", ["Anne Roux"], "talk"),
            ("Cartes de poche", ["Bruno Petit"], "workshop"),
            ("Petites données", ["Claire Martin", "Denis Faure"], "talk"),
        ],
    ),
    (
        "de",
        "<h2>Die Vorträge</h2>"
        + ul(
            "<em>Warteschlangen im Großen</em> von Anna Schmidt",
            "Kurzvortrag: <em>Karten für die Tasche</em> von Bernd Vogel",
            "<em>Kleine Daten</em> von Clara Wolf und Dieter Koch",
        ),
        [
            ("Warteschlangen im Großen", ["Anna Schmidt"], "talk"),
            ("Karten für die Tasche", ["Bernd Vogel"], "lightning"),
            ("Kleine Daten", ["Clara Wolf", "Dieter Koch"], "talk"),
        ],
    ),
    (
        "pt",
        "<h2>Palestras</h2>"
        + ul(
            "<strong>Filas em escala</strong> - Ana Souza",
            "<strong>Painel: Mapas de bolso</strong> - Bruno Lima",
            "<strong>Dados pequenos</strong> - Carla Dias e Diego Rocha",
        ),
        [
            ("Filas em escala", ["Ana Souza"], "talk"),
            ("Mapas de bolso", ["Bruno Lima"], "panel"),
            ("Dados pequenos", ["Carla Dias", "Diego Rocha"], "talk"),
        ],
    ),
    (
        "it",
        "<h2>Presentazioni</h2>"
        + ul(
            '<a href="/a.pdf">Code su larga scala - Anna Rossi</a>',
            '<a href="/b.pdf">Mappe tascabili - Bruno Conti</a>',
            '<a href="/c.pdf">Piccoli dati - Chiara Greco e Davide Neri</a>',
        ),
        [
            ("Code su larga scala", ["Anna Rossi"], "talk"),
            ("Mappe tascabili", ["Bruno Conti"], "talk"),
            ("Piccoli dati", ["Chiara Greco", "Davide Neri"], "talk"),
        ],
    ),
    (
        "nl",
        "<h2>Het programma</h2>"
        + ul(
            "19:00: <em>Wachtrijen op schaal</em> door Anna de Vries",
            "19:30: <em>Kaarten voor op zak</em> door Bram Jansen",
            "20:00: <em>Kleine data</em> door Carla Bakker en Daan Smit",
        ),
        [
            ("Wachtrijen op schaal", ["Anna de Vries"], "talk"),
            ("Kaarten voor op zak", ["Bram Jansen"], "talk"),
            ("Kleine data", ["Carla Bakker", "Daan Smit"], "talk"),
        ],
    ),
]


@pytest.mark.parametrize(("language", "source", "expected"), LANGUAGES)
def test_a_list_in_each_language_is_read(language, source, expected):
    assert cards(source) == [expected]


CASES = [
    (
        "the shape most items share decides which side of ' - ' is the speaker",
        ul(
            '<a href="/1">Living with legacy code - Ana Ruiz</a>',
            '<a href="/2">Easy Going Deploys - Bo Li</a>',
            '<a href="/3">Small Steps - Carmen Díaz</a>',
        ),
        [
            ("Living with legacy code", ["Ana Ruiz"], "talk"),
            ("Easy Going Deploys", ["Bo Li"], "talk"),
            ("Small Steps", ["Carmen Díaz"], "talk"),
        ],
    ),
    (
        "a numbered label every title starts with is a label",
        ul(
            "<em>Meetup 1 - Queues at scale</em> by Ana Ruiz",
            "<em>Meetup 2 - Maps</em> by Bo Li",
            "<em>Meetup 3 - Small data</em> by Carmen Díaz",
        ),
        [
            ("Queues at scale", ["Ana Ruiz"], "talk"),
            ("Maps", ["Bo Li"], "talk"),
            ("Small data", ["Carmen Díaz"], "talk"),
        ],
    ),
    (
        "a speaker's item holding its title as its only sub-item",
        "<ul><li>May<ul>"
        '<li><a href="https://www.linkedin.com/in/ana">Ana Ruiz</a>'
        "<ul><li>Lightning talk: Queues at scale</li></ul></li>"
        '<li><a href="https://www.linkedin.com/in/bo">Bo Li</a>'
        "<ul><li>Maps for the pocket</li></ul></li>"
        "</ul></li></ul>",
        None,  # the month list stays; its nested list is drawn (below)
    ),
]


@pytest.mark.parametrize(
    ("why", "source", "expected"), CASES, ids=[c[0] for c in CASES]
)
def test_list_level_reading(why, source, expected):
    got = cards(source, mode="yes")
    if expected is not None:
        assert got == [expected]
    else:
        nested = list(finding.talk_lists(markup.parse(source), "yes"))
        assert [t.title for _, found in nested for t in found.talks] == [
            "Queues at scale",
            "Maps for the pocket",
        ]


LEFT_AS_WRITTEN = [
    (
        "people in the title slot: a list of panelists, not talks",
        ul(
            'Olivier Martin – <a href="https://x.com/om">@om</a> CTO at Acme',
            'Damien Roux – <a href="https://x.com/dr">@dr</a> CTO at Initech',
        ),
    ),
    (
        "nothing in the speaker slot is a person",
        ul("<em>Rigor</em>: Am I sure?", "<em>Scope</em>: Can this be smaller?"),
    ),
    (
        "a book list under an article about a conference",
        "<h2>Books I bought</h2>"
        + ul(
            '<a href="https://www.goodreads.com/b/1">Deep Work</a> by Cal Newport',
            '<a href="https://www.goodreads.com/b/2">Atomic Habits</a> by James Clear',
        ),
    ),
]


@pytest.mark.parametrize(
    ("why", "source"), LEFT_AS_WRITTEN, ids=[c[0] for c in LEFT_AS_WRITTEN]
)
def test_lists_whose_roles_are_unclear_are_left_as_written(why, source):
    assert cards(source, about="PyCon 2024") == [None]


CONTEXTS = [
    # (what the article is about, the list's links, drawn?)
    ("Notes from my week", "/notes/", False),
    ("PyCon 2024 recap", "/notes/", True),  # an event in the article's title
    ("Lua Workshop videos", "/notes/", True),  # a talk word in it
    ("Notes from my week", "https://youtu.be/", True),  # the items' video links
]


@pytest.mark.parametrize(("about", "links", "drawn"), CONTEXTS)
def test_context_from_the_article_and_the_lists_links(about, links, drawn):
    source = ul(
        f'<a href="{links}1">Queues at scale</a> by Ana Ruiz',
        f'<a href="{links}2">Maps for the pocket</a> by Bo Li',
    )
    assert (cards(source, about=about) != [None]) is drawn


@pytest.mark.parametrize(("times", "drawn"), [(True, True), (False, False)])
def test_a_schedule_of_titles_and_people_is_talks(times, drawn):
    # Nothing around the list names talks or an event ("What I saw today:"),
    # but item after item a time, a title and who gave it: a day's programme.
    slots = ["09:30 – ", "10:15 – ", "11:00 – "] if times else ["", "", ""]
    source = "<p>What I saw today:</p>" + ul(
        f'{slots[0]}"Queues at scale" by Ana Ruiz',
        f'{slots[1]}"Maps for the pocket" by Bo Li',
        f'{slots[2]}"Small data" by Dan Wu',
    )
    assert (cards(source, about="Day one, notes / Notes") != [None]) is drawn


@pytest.mark.parametrize(
    ("second", "drawn"),
    [
        # the same template, a day later: the first day's evidence is its own
        (
            ul(
                "<strong>Lire de près</strong> — Claire Dubois (EHESS)",
                "<strong>Cartes savantes</strong> — Hugo Lemaire",
            ),
            True,
        ),
        # one talk only, as a month of a year's review may have
        (ul("<strong>Lire de près</strong> — Claire Dubois (EHESS)"), True),
        # the same shape, but books: the evidence against it stays
        (
            ul(
                '<strong>Dune</strong> — <a href="https://www.goodreads.com/b/1">Frank Herbert</a>',
                '<strong>Emma</strong> — <a href="https://www.goodreads.com/b/2">Jane Austen</a>',
            ),
            False,
        ),
    ],
)
def test_a_list_shares_the_evidence_of_a_list_of_its_template(second, drawn):
    first = "<p>Les présentations de la journée :</p>" + ul(
        "<strong>Éditer des carnets</strong> — Séverine Aubry (Université de Lausanne)",
        "<strong>Archives sonores</strong> — Inès Belkacem",
    )
    source = "<h2>Jeudi</h2>" + first + "<h2>Vendredi</h2>" + second
    got = cards(source, about="Retour de Lyon / Événements")
    assert got[0] is not None
    assert (got[1] is not None) is drawn


def test_a_recaps_other_moments_do_not_count_against_its_talks():
    # Evidence away from the list (the article's title) and three talks of
    # six items: the opening, a break and a raffle, linked nowhere, are the
    # evening's other moments; people with links that didn't read would not be.
    moments = ul(
        "<strong>Opening</strong> by the organisers and our sponsors",
        "<em>Queues at scale</em> — with Ana Ruiz (Acme). She showed her queues.",
        "<em>Maps for the pocket</em> — with Bo Li, from Initech",
        "Coffee break (thanks, Corner Bakery!)",
        "<em>Small data</em> — with Dan Wu (Globex)",
        "Raffle of books and stickers",
    )
    assert cards(moments, about="Meetup #3 recap") != [None]
    people = moments.replace(
        "Coffee break (thanks, Corner Bakery!)",
        'Olivier Grange – <a href="https://x.com/og">@og</a> : Olivier est DT',
    ).replace(
        "Raffle of books and stickers",
        'Damien Roux – <a href="https://x.com/dr">@dr</a> : Damien est CTO',
    )
    assert cards(people, about="Meetup #3 recap") == [None]


@pytest.mark.parametrize(
    ("about", "drawn"),
    [
        ("Film club: this season / Films", False),  # a programme of films
        ("Ciné-club du Moulin / Cinéma", False),
        ("Meetup season / Events", True),
        ("Thanks to our sponsors / Events", False),  # people from each sponsor
        # the Portuguese "free", not the French "book"
        ("Jornadas de Software Livre / Eventos", True),
        ("Mes livres de l'année / Lectures", False),
        ("Season three, every episode / Podcast", False),
        ("A year of meetups: thank you to our hosts / Community", False),
        ("Reading group, spring term / Lab", False),  # papers and their authors
        ("Programme du cours, semestre 2 / Enseignement", False),
    ],
)
def test_a_programme_of_films_is_not_talks(about, drawn):
    source = "<p>On the programme this season:</p>" + ul(
        "<strong>16 January</strong> — <em>The Silent Locks</em>, by Jane Doe",
        "<strong>30 January</strong> — <em>The Last Tide</em>, by Tom Okoro",
        "<strong>13 February</strong> — <em>Cable Car Children</em>, by Ana Ruiz",
    )
    assert (cards(source, about=about) != [None]) is drawn


@pytest.mark.parametrize(
    ("about", "drawn"),
    [
        ("Meet the team / About us", False),
        ("Wer wir sind: das Team / Über uns", False),
        ("Qui sommes-nous ? / Association", False),
        ("Ons team stelt zich voor / Vereniging", False),
        ("Spring meetup / Events", True),
    ],
)
def test_a_team_page_is_not_talks(about, drawn):
    # The paragraph names workshops; the items are people and what they do,
    # linked to their profiles: the article says it is about its people.
    source = "<p>We run workshops and repair evenings. Who we are:</p>" + ul(
        '<strong><a href="https://social.example/@wren">Wren Adeyemi</a></strong>'
        " – Chair, grants and the town hall",
        '<strong><a href="https://github.com/oskarl">Oskar Lindahl</a></strong>'
        " – Treasurer and Repair Café",
        '<strong><a href="https://www.linkedin.com/in/amaka">Amaka Eze</a></strong>'
        " – Programme, newsletter and the coffee machine",
    )
    assert (cards(source, about=about) != [None]) is drawn


def test_a_lists_own_template_says_talks():
    # No word around it, but three items of a title and a speaker's profile.
    source = ul(
        *(
            f'<em>{title}</em> by <a href="https://x.com/{who}">{name}</a>'
            for title, who, name in [
                ("Queues at scale", "ana", "Ana Ruiz"),
                ("Maps for the pocket", "bo", "Bo Li"),
                ("Small data", "carmen", "Carmen Díaz"),
            ]
        )
    )
    assert cards(source) != [None]
    assert cards(source.replace("https://x.com/", "/people/")) == [None]


def test_signs_of_talks_item_after_item_say_talks():
    # No word around it: organisations (one written on its own line before an
    # abstract), a recording, a kind. "Doctolib"-like names hold no job word.
    source = "<p>Mes coups de cœur :</p>" + ul(
        "<em>Le design, ce malentendu</em> — Claire Martel, Doctolib\n"
        "  Une démonstration très claire.",
        "<em>Écrire pour être lu</em> — Yasmine Amrani, Access42",
        '<em><a href="https://vimeo.com/1">CSS en 2025</a></em> — Hugo Lemaire',
        "<em>Table ronde : Faut-il des applis ?</em> — Sarah Lévy et Marc Girard",
    )
    assert cards(source) == [
        [
            ("Le design, ce malentendu", ["Claire Martel"], "talk"),
            ("Écrire pour être lu", ["Yasmine Amrani"], "talk"),
            ("CSS en 2025", ["Hugo Lemaire"], "talk"),
            ("Faut-il des applis ?", ["Sarah Lévy", "Marc Girard"], "panel"),
        ]
    ]
    plain = source.replace(", Doctolib", "").replace(", Access42", "")
    assert cards(plain.replace("Table ronde : ", "")) == [None]


def test_a_schedules_small_lists_are_read_alike():
    # One list per time slot, as schedules are written; the last item alone
    # would read as a name ("Multi-Tab Groups") but the others say how
    # this author writes a talk.
    source = (
        "<h3>9:00am - 9:45am</h3>" + ul("jdoe - Building a Community")
        + "<h3>10:00am - 10:45am</h3>" + ul("Ana Ruiz - Queues at Scale")
        + "<h3>11:00am - 11:45am</h3>" + ul("mary.k - Firefox: Multi-Tab Groups")
    )  # fmt: skip
    assert cards(source) == [
        [("Building a Community", ["jdoe"], "talk")],
        [("Queues at Scale", ["Ana Ruiz"], "talk")],
        [("Firefox: Multi-Tab Groups", ["mary.k"], "talk")],
    ]


def test_nested_cards_are_not_read_again():
    from passes_helper import run_passes_outcome

    source = (
        "<p>The talks:</p><ul><li>May 2024<ul>"
        '<li><a href="https://www.linkedin.com/in/ana">Ana Ruiz</a>'
        "<ul><li>Queues at scale</li></ul></li>"
        '<li><a href="https://www.linkedin.com/in/bo">Bo Li</a>'
        "<ul><li>Maps for the pocket</li></ul></li>"
        "</ul></li></ul>"
    )
    once = run_passes_outcome(source).html
    assert once.count('class="talk-card ') == 2
    assert run_passes_outcome(once).html == once


def test_a_list_whose_nested_list_was_drawn_is_left_as_it_is():
    from passes_helper import run_passes_outcome

    talk = "<em>Queues at scale</em> by Ana Ruiz"
    source = f"<p>The talks:</p><ul><li>May<ul><li>{talk}</li><li>{talk}</li></ul></li><li>{talk}</li></ul>"
    once = run_passes_outcome(source).html
    assert once.count('class="talk-card ') == 3  # both levels are talks
    assert run_passes_outcome(once).html == once


# Shapes the reader was not tuned on, each in more than one language.
SHAPES = [
    (
        "schedule rows split by '|': breaks and opening remarks stay items",
        ul(
            "09:00 | Opening remarks",
            "10:15 | Queues at scale | Ana Ruiz",
            "11:00 | Cartes de poche | Claire Dubois",
            "12:00 | Pause déjeuner",
            "13:00 | Datos pequeños | Carmen Díaz",
        ),
        [
            ("Queues at scale", ["Ana Ruiz"], "talk"),
            ("Cartes de poche", ["Claire Dubois"], "talk"),
            ("Datos pequeños", ["Carmen Díaz"], "talk"),
        ],
    ),
    (
        "schedule rows split by '|', the speaker first",
        ul(
            "10:15 | Ana Ruiz | Queues at scale",
            "11:00 | Max Müller | Kleine Daten",
            "12:00 | Lunch",
            "13:00 | Jan de Vries | Kaarten op zak",
        ),
        [
            ("Queues at scale", ["Ana Ruiz"], "talk"),
            ("Kleine Daten", ["Max Müller"], "talk"),
            ("Kaarten op zak", ["Jan de Vries"], "talk"),
        ],
    ),
    (
        "panel bylines: the byline word is not part of the title",
        ul(
            "Panel: The future of maps, moderated by Bo Li",
            "<em>Small data</em> hosted by Carmen Díaz",
            "Table ronde : L'avenir des cartes, modéré par Claire Dubois",
            "Mesa redonda: El futuro, moderado por Ana Ruiz",
            "Podiumsdiskussion: Die Zukunft, moderiert von Max Müller",
        ),
        [
            ("The future of maps", ["Bo Li"], "panel"),
            ("Small data", ["Carmen Díaz"], "talk"),
            ("L'avenir des cartes", ["Claire Dubois"], "panel"),
            ("El futuro", ["Ana Ruiz"], "panel"),
            ("Die Zukunft", ["Max Müller"], "panel"),
        ],
    ),
    (
        "a kind word before a quoted title: the kind is the card's, not the title's",
        ul(
            "Atelier « Cartes de poche » animé par Claire Dubois",
            "Taller «Datos pequeños» impartido por Carmen Díaz",
            "Workshop „Kleine Daten“ mit Max Müller",
            "Keynote “Twenty years of maps” by Bo Li",
        ),
        [
            ("Cartes de poche", ["Claire Dubois"], "workshop"),
            ("Datos pequeños", ["Carmen Díaz"], "workshop"),
            ("Kleine Daten", ["Max Müller"], "workshop"),
            ("Twenty years of maps", ["Bo Li"], "keynote"),
        ],
    ),
    (
        "speaker first, the organisation in parentheses in lower case or one word",
        ul(
            '<strong>Ana Ruiz</strong> (independent): "Queues at scale"',
            '<strong>Bo Li</strong> (Acme): "Maps for the pocket"',
            "<strong>Claire Dubois</strong> (indépendante) : « Cartes de poche »",
            "<strong>Carmen Díaz</strong> (autónoma): <em>Datos pequeños</em>",
        ),
        [
            ("Queues at scale", ["Ana Ruiz"], "talk"),
            ("Maps for the pocket", ["Bo Li"], "talk"),
            ("Cartes de poche", ["Claire Dubois"], "talk"),
            ("Datos pequeños", ["Carmen Díaz"], "talk"),
        ],
    ),
    (
        "a room before or after a talk is its room, not part of its title",
        ul(
            "10:00 Room A - Queues at scale by Ana Ruiz",
            "<em>Cartes de poche</em> par Claire Dubois (Salle 2)",
            "<em>Datos pequeños</em> por Carmen Díaz, Sala B",
            "<em>Kleine Daten</em> von Max Müller – Raum 3",
            "Zaal 1: <em>Kaarten op zak</em> door Jan de Vries",
        ),
        [
            ("Queues at scale", ["Ana Ruiz"], "talk"),
            ("Cartes de poche", ["Claire Dubois"], "talk"),
            ("Datos pequeños", ["Carmen Díaz"], "talk"),
            ("Kleine Daten", ["Max Müller"], "talk"),
            ("Kaarten op zak", ["Jan de Vries"], "talk"),
        ],
    ),
    (
        "a panel's moderator after its members, or before them",
        ul(
            "Panel: <em>Who owns the pager?</em> — Ana Ruiz, Bo Li and Dan Wu, "
            "moderated by Eva Janssens",
            "Mesa redonda: <em>Colas</em> — modera Carmen Díaz; participan "
            "Pablo Serrano y Inés Gil",
            "Tavola rotonda: <em>Dati aperti</em> — Luca Bianchi e Sara Conti, "
            "moderata da Giulia Neri",
        ),
        [
            (
                "Who owns the pager?",
                ["Ana Ruiz", "Bo Li", "Dan Wu", "Eva Janssens"],
                "panel",
            ),
            ("Colas", ["Carmen Díaz", "Pablo Serrano", "Inés Gil"], "panel"),
            ("Dati aperti", ["Luca Bianchi", "Sara Conti", "Giulia Neri"], "panel"),
        ],
    ),
    (
        "a role, then an organisation, after a comma: not another speaker",
        ul(
            "<em>The boring roadmap</em> — Hanna Brandt, Principal Engineer, Fjordline",
            "<em>Petites données</em> — Claire Dubois, Data Scientist, Vague SA",
            "<em>Kleine Daten</em> — Max Müller, Lead Developer, Elbwerk",
        ),
        [
            ("The boring roadmap", ["Hanna Brandt"], "talk"),
            ("Petites données", ["Claire Dubois"], "talk"),
            ("Kleine Daten", ["Max Müller"], "talk"),
        ],
    ),
    (
        "a note on the slot between the kind and the title: the label's",
        ul(
            "Workshop (Room B, 90 min): <em>Tracing for the curious</em> — Ana Ruiz",
            "Taller (Sala 2): <em>Colas sin miedo</em> — Carmen Díaz",
            "Keynote (30 min): <em>Twenty years of queues</em> — Bo Li",
        ),
        [
            ("Tracing for the curious", ["Ana Ruiz"], "workshop"),
            ("Colas sin miedo", ["Carmen Díaz"], "workshop"),
            ("Twenty years of queues", ["Bo Li"], "keynote"),
        ],
    ),
    (
        "a job at a place in parentheses or after a comma, in each language's words",
        ul(
            "Femke de Wit (lead developer bij Stroopwafel): Container queries",
            "Rui Lima (engenheiro na Cajuí): Kubernetes sem drama",
            "Sara Conti (sviluppatrice presso Lago Dati): Dati aperti",
            "Jan de Vries, Data Scientist bij Polder Labs: Kaarten op zak",
        ),
        [
            ("Container queries", ["Femke de Wit"], "talk"),
            ("Kubernetes sem drama", ["Rui Lima"], "talk"),
            ("Dati aperti", ["Sara Conti"], "talk"),
            ("Kaarten op zak", ["Jan de Vries"], "talk"),
        ],
    ),
    (
        "the kind set apart in bold with its colon, the title in emphasis",
        ul(
            "10:00 <strong>Keynote:</strong> <em>Souveräne Daten</em>, "
            "Prof. Dr. Ulrike Hasselbach",
            "11:00 <strong>Workshop:</strong> <em>Kleine Daten</em>, Max Müller",
            "12:00 <em>La privacy dei dati</em>, a cura di Avv. Marco Poggiali",
        ),
        [
            ("Souveräne Daten", ["Ulrike Hasselbach"], "keynote"),
            ("Kleine Daten", ["Max Müller"], "workshop"),
            ("La privacy dei dati", ["Marco Poggiali"], "talk"),
        ],
    ),
    (
        "a byline and an article in one word before an honorific",
        ul(
            "«Dati aperti» della dott.ssa Sara Conti",
            "«Linux in comune» dell'ing. Luca Bianchi",
            "«Dados abertos» do Prof. Rui Lima",
            "«Il futuro del Web» di Giulia Neri",
        ),
        [
            ("Dati aperti", ["Sara Conti"], "talk"),
            ("Linux in comune", ["Luca Bianchi"], "talk"),
            ("Dados abertos", ["Rui Lima"], "talk"),
            ("Il futuro del Web", ["Giulia Neri"], "talk"),
        ],
    ),
    (
        "a time and a room before a lower-case kind; a kind with its qualifier",
        ul(
            "09:30, Grote Zaal – keynote: <em>Monolieten</em> door Sanne van der Meer",
            "10:45, Zaal 2 – <em>Container queries</em> door Thijs de Vries",
            "11:30 – Keynote de apertura: «El navegador» — Camila Rojas",
        ),
        [
            ("Monolieten", ["Sanne van der Meer"], "keynote"),
            ("Container queries", ["Thijs de Vries"], "talk"),
            ("El navegador", ["Camila Rojas"], "keynote"),
        ],
    ),
    (
        "names: 'van 't', a month's name after a given name, a profile in parentheses",
        ul(
            "<em>Async zonder tranen</em> — Lotte van 't Hof",
            "<em>uv e la vita</em> — Nguyễn Thị Mai",
            "Fernanda Lima (<a href='https://x.com/felima'>@felima</a>): Pandas na "
            "prática",
        ),
        [
            ("Async zonder tranen", ["Lotte van 't Hof"], "talk"),
            ("uv e la vita", ["Nguyễn Thị Mai"], "talk"),
            ("Pandas na prática", ["Fernanda Lima"], "talk"),
        ],
    ),
    (
        "surnames in capitals; the kind in parentheses; an organisation inside",
        ul(
            "<strong>L'IA, et maintenant ?</strong> — Hélène MARCHAND (Inria)",
            "<strong>Kubernetes</strong> — Thomas LE GOFF (OVHcloud)",
            "<strong>„Freie Daten“</strong> (Keynote) von Katharina von Bülow",
            "<strong>Forecasting demand</strong> (João Pedro dos Santos &amp; "
            "Inês Carvalho, REN)",
        ),
        [
            ("L'IA, et maintenant ?", ["Hélène MARCHAND"], "talk"),
            ("Kubernetes", ["Thomas LE GOFF"], "talk"),
            ("Freie Daten", ["Katharina von Bülow"], "keynote"),
            ("Forecasting demand", ["João Pedro dos Santos", "Inês Carvalho"], "talk"),
        ],
    ),
    (
        "a shortened day, a time and a room before the talk",
        ul(
            "Sa., 11:00, HS 1 – <strong>„Freie Daten“</strong> von Katharina von Bülow",
            "So., 10:00, Raum 2 – <strong>„Kleine Daten“</strong> von Max Müller",
            "So., 12:00, HS 3 – <strong>„Offene Netze“</strong> von Tobias Schäfer",
        ),
        [
            ("Freie Daten", ["Katharina von Bülow"], "talk"),
            ("Kleine Daten", ["Max Müller"], "talk"),
            ("Offene Netze", ["Tobias Schäfer"], "talk"),
        ],
    ),
    (
        "a name that ends where the next line's words begin; initials together",
        ul(
            "<em>Colas</em> — Ana Ruiz, animée par Élodie Saint-Martin\n"
            "Le moment le plus fort.",
            "<em>Cartes</em> — Claire Dubois\nLe public a adoré.",
            "<em>Données</em> — Louise Martin\nLa salle était pleine.",
            "<em>Kaarten</em> — H.J. Kuipers",
            "<em>Cartes</em> — J.-P. Lefèvre",
        ),
        [
            ("Colas", ["Ana Ruiz", "Élodie Saint-Martin"], "talk"),
            ("Cartes", ["Claire Dubois"], "talk"),
            ("Données", ["Louise Martin"], "talk"),
            ("Kaarten", ["H.J. Kuipers"], "talk"),
            ("Cartes", ["J.-P. Lefèvre"], "talk"),
        ],
    ),
    (
        "an honorific before a name is read, and is not part of the name",
        ul(
            "<em>Queues at scale</em> by Dr. Ana Ruiz",
            "<em>Maps</em> by Prof. Bo Li and Mr. Dan Wu",
            "<em>Petites données</em> par Mme Claire Dubois",
            "<em>Kleine Daten</em> von Prof. Dr. Max Müller",
            "<em>Datos</em> por Dra. Carmen Díaz",
        ),
        [
            ("Queues at scale", ["Ana Ruiz"], "talk"),
            ("Maps", ["Bo Li", "Dan Wu"], "talk"),
            ("Petites données", ["Claire Dubois"], "talk"),
            ("Kleine Daten", ["Max Müller"], "talk"),
            ("Datos", ["Carmen Díaz"], "talk"),
        ],
    ),
    (
        "a speaker's online name in parentheses, and a nickname in quotes",
        ul(
            "Rosa Okafor (@rosaokafor) presented <em>Typed queues</em>",
            "Hana Kim and Olu Bello (@hanakim, @olubello) presented <em>Packaging</em>",
            "Maarten de Boer (@mdeboer) — Terraform-modules voor iedereen",
            'Andrés "Andy" Quintero: <em>¿Otro framework?</em>',
            "Tobias „Tobi“ Engel: Barrierefreiheit ist kein Feature",
        ),
        [
            ("Typed queues", ["Rosa Okafor"], "talk"),
            ("Packaging", ["Hana Kim", "Olu Bello"], "talk"),
            ("Terraform-modules voor iedereen", ["Maarten de Boer"], "talk"),
            ("¿Otro framework?", ['Andrés "Andy" Quintero'], "talk"),
            ("Barrierefreiheit ist kein Feature", ["Tobias „Tobi“ Engel"], "talk"),
        ],
    ),
    (
        "the kind set apart after the speaker; a subtitle after a dash; an org alone",
        ul(
            "Ruud Smit — <em>Keynote:</em> Twintig jaar ops",
            "Katrin Vogel: Kubernetes ohne Cloud – ein Bericht aus dem Mittelstand",
            "<em>Dark patterns</em> — Nadia Ferrer, CNIL",
            "<em>Écrire pour être lu</em> — Yasmine Amrani, Access42",
        ),
        [
            ("Twintig jaar ops", ["Ruud Smit"], "keynote"),
            (
                "Kubernetes ohne Cloud – ein Bericht aus dem Mittelstand",
                ["Katrin Vogel"],
                "talk",
            ),
            ("Dark patterns", ["Nadia Ferrer"], "talk"),
            ("Écrire pour être lu", ["Yasmine Amrani"], "talk"),
        ],
    ),
    (
        "an organisation starting with a first name; a room named after someone; teams",
        ul(
            "<strong>Teaching Python</strong> (Dr. Ana Ruiz, Charles University)",
            "10:15 – Salle Jean Bart : « Kotlin sans douleur » — Léa Petit",
            "14:00 – Atelier : « Un LLM local » — Équipe Data de Nuagerie",
            "Our SRE team: <em>Incident response without burn-out</em>",
        ),
        [
            ("Teaching Python", ["Ana Ruiz"], "talk"),
            ("Kotlin sans douleur", ["Léa Petit"], "talk"),
            ("Un LLM local", ["Équipe Data de Nuagerie"], "workshop"),
            ("Incident response without burn-out", ["Our SRE team"], "talk"),
        ],
    ),
    (
        "a <br> ends a plain title; a parenthesis in lower case ending it; code in it",
        ul(
            "Gabriela Assis (@gabiassis): Design systems que sobrevivem<br>"
            "Dicas bem práticas sobre versionamento.",
            '<a href="https://github.com/toriordan">Tomás Rourke</a> — Async all the'
            " way down (and back up again)",
            "@ferris_fan — <code>cargo-deny</code> saved my weekend",
        ),
        [
            ("Design systems que sobrevivem", ["Gabriela Assis"], "talk"),
            ("Async all the way down (and back up again)", ["Tomás Rourke"], "talk"),
            ("cargo-deny saved my weekend", ["@ferris_fan"], "talk"),
        ],
    ),
    (
        "a panel's members after a byline, then its moderator",
        ul(
            "<strong>Painel:</strong> O futuro do trabalho remoto, com Ana Paula"
            " da Silva, Rui Costa e Inês Lima; mediação de Tiago Barbosa",
            "<strong>Mesa redonda:</strong> El futuro del software, con Carmen"
            " Díaz y Pablo Serrano; modera Inés Gil",
        ),
        [
            (
                "O futuro do trabalho remoto",
                ["Ana Paula da Silva", "Rui Costa", "Inês Lima", "Tiago Barbosa"],
                "panel",
            ),
            (
                "El futuro del software",
                ["Carmen Díaz", "Pablo Serrano", "Inés Gil"],
                "panel",
            ),
        ],
    ),
    (
        "bylines that are verbs ('imparte', 'gegeven door'); a moderator in the past",
        ul(
            "<strong>Limpieza de datos con pandas</strong> — imparte"
            ' <a href="https://github.com/rquispe">Rosa Quispe</a> · Nivel: inicial',
            "<em>Terraform testen met Terratest</em> — gegeven door"
            ' <a href="https://github.com/yaksoy">Yusuf Aksoy</a> (Beginner)',
            "Mesa redonda: ¿Quién paga el software libre? Con <strong>Carmen Díaz"
            "</strong> y <strong>Pablo Serrano</strong> (independiente); moderó"
            " <strong>Inés Gil</strong>",
        ),
        [
            ("Limpieza de datos con pandas", ["Rosa Quispe"], "talk"),
            ("Terraform testen met Terratest", ["Yusuf Aksoy"], "talk"),
            (
                "¿Quién paga el software libre?",
                ["Carmen Díaz", "Pablo Serrano", "Inés Gil"],
                "panel",
            ),
        ],
    ),
    (
        "a seminar on a shortened month's day; the author's numbering; a kind, then :",
        ul(
            "📅 <strong>1 Oct.</strong> Seminar: Translation for Yoruba — Prof."
            " Ada Okonkwo (Dept. of Linguistics)",
            "<strong>2.</strong> Dr Camille Rousseau (Lyon) — <a"
            ' href="https://speakerdeck.com/cr/r">Prédire les réadmissions</a>',
            "Pieter-Jan Verhoeven — <em>Lightning talk</em>: dbt-tests die je"
            " morgen al kunt schrijven",
        ),
        [
            ("Translation for Yoruba", ["Ada Okonkwo"], "talk"),
            ("Prédire les réadmissions", ["Camille Rousseau"], "talk"),
            (
                "dbt-tests die je morgen al kunt schrijven",
                ["Pieter-Jan Verhoeven"],
                "lightning",
            ),
        ],
    ),
    (
        "the speaker's organisation named before them",
        ul(
            "Chez Brioche Labs, Mathilde Roux : <em>Migrer sans coupure</em>",
            "Harbourline's Gabriel Levesque: <em>Servo, one year later</em>",
            "Da Bending Spoons, Alessandro D'Amico: <em>Monitorare un'app</em>",
        ),
        [
            ("Migrer sans coupure", ["Mathilde Roux"], "talk"),
            ("Servo, one year later", ["Gabriel Levesque"], "talk"),
            ("Monitorare un'app", ["Alessandro D'Amico"], "talk"),
        ],
    ),
    (
        "rooms written as a building's codes, before or after the time",
        ul(
            "10:00–10:45, V6: <strong>Systemd ohne Angst</strong> (Heike Brandt,"
            " TU Chemnitz)",
            'H.1302 — "Reproducible builds" door Bart van der Linden',
            "AW1.120, 10:00–10:25 — Lightning talk: <em>Waarom ik NixOS verliet</em>"
            " door @jorisnix",
            "09:30–10:15 · Aula A.0.12 · Taller: <em>Datos abiertos</em>, por"
            " Carmen Ruiz",
        ),
        [
            ("Systemd ohne Angst", ["Heike Brandt"], "talk"),
            ("Reproducible builds", ["Bart van der Linden"], "talk"),
            ("Waarom ik NixOS verliet", ["@jorisnix"], "lightning"),
            ("Datos abiertos", ["Carmen Ruiz"], "workshop"),
        ],
    ),
    (
        "a title, a dash, the speaker and their handle linked in parentheses",
        ul(
            "11:30 Workshop: Statistik mit Differential Privacy – Mara van de Kamp"
            ' (<a href="https://social.example/@mvdk">@mvdk@social.example</a>)',
            "14:00 Workshop: Kleine Daten mit großer Wirkung – Jan de Vries"
            ' (<a href="https://x.com/jdv">@jdv</a>)',
        ),
        [
            ("Statistik mit Differential Privacy", ["Mara van de Kamp"], "workshop"),
            ("Kleine Daten mit großer Wirkung", ["Jan de Vries"], "workshop"),
        ],
    ),
    (
        "a quoted title whose link ends before the quote; the kind inside it",
        ul(
            '<a href="https://social.example/@claire">Claire Martel</a> (Lille) :'
            ' « <a href="https://slides.example/a">Plénière d\'ouverture — Le web'
            " sobre</a> ». Une belle ouverture.",
            '<a href="https://social.example/@karim">Karim Benali</a> (Doctolib) :'
            ' « <a href="https://slides.example/b">Migrer sans coupure</a> ».',
        ),
        [
            ("Le web sobre", ["Claire Martel"], "keynote"),
            ("Migrer sans coupure", ["Karim Benali"], "talk"),
        ],
    ),
    (
        "a job after the speaker's comma, then a plain title",
        ul(
            "Adaeze Okoro, engenheira sênior no Banco Cajá: Acessibilidade não é extra",
            "Lena Park, Staff Engineer at Copperleaf: Five minutes of eBPF",
        ),
        [
            ("Acessibilidade não é extra", ["Adaeze Okoro"], "talk"),
            ("Five minutes of eBPF", ["Lena Park"], "talk"),
        ],
    ),
    (
        "a kind word between the speakers' colon and the title it names",
        ul(
            "Dr. Femi Okafor (TU Lemmer): keynote <em>Het web van morgen</em>.",
            "Sanne Bakker &amp; Pieter-Jan Vos: paneldiscussie <em>Wie test?</em>",
            "Joost Mulder (Acme): <em>Kaarten op zak</em>",
        ),
        [
            ("Het web van morgen", ["Femi Okafor"], "keynote"),
            ("Wie test?", ["Sanne Bakker", "Pieter-Jan Vos"], "panel"),
            ("Kaarten op zak", ["Joost Mulder"], "talk"),
        ],
    ),
    (
        "the organisation after a comma, as the list writes it, though it reads as a name",
        ul(
            "<strong>Rust dans le noyau</strong> (Hélène Marchal, Red Hat) : dense.",
            "<strong>Le design system</strong> (Quentin Roy, Nuagerie) : vivant.",
            "<strong>Sobriété</strong> (Camille Aubry, Université de Nantes) : juste.",
        ),
        [
            ("Rust dans le noyau", ["Hélène Marchal"], "talk"),
            ("Le design system", ["Quentin Roy"], "talk"),
            ("Sobriété", ["Camille Aubry"], "talk"),
        ],
    ),
    (
        "flags before the speakers' names",
        ul(
            "<strong>Lire l'écran</strong> — 🇨🇭 Claire Dubois (Université de Genève)",
            "<strong>Cartes de poche</strong> — 🇨🇦 Hugo Lemaire et 🇫🇷 Inès Martin",
        ),
        [
            ("Lire l'écran", ["Claire Dubois"], "talk"),
            ("Cartes de poche", ["Hugo Lemaire", "Inès Martin"], "talk"),
        ],
    ),
    (
        "speakers joined by '+', a role in lower case before the colon",
        ul(
            "<em>Queues at scale</em> — Ana Ruiz + Bo Li",
            "<strong>Dan Wu</strong>, librarian: Open journals, who pays?",
            "<em>Maps for the pocket</em> — Carmen Díaz",
        ),
        [
            ("Queues at scale", ["Ana Ruiz", "Bo Li"], "talk"),
            ("Open journals, who pays?", ["Dan Wu"], "talk"),
            ("Maps for the pocket", ["Carmen Díaz"], "talk"),
        ],
    ),
    (
        "Dutch 'van' as a byline, and as a particle in the names",
        ul(
            "<em>Kaarten op zak</em> van Prof. Jan de Vries",
            "<em>Het web is van iedereen</em> van Joost van der Linden (Acme)",
        ),
        [
            ("Kaarten op zak", ["Jan de Vries"], "talk"),
            ("Het web is van iedereen", ["Joost van der Linden"], "talk"),
        ],
    ),
    (
        "a particle elided onto the name; a moderator in the imperfect",
        ul(
            "<strong>Lire l'écran</strong> par Sébastien d'Arvieux.",
            "<strong>Mappe</strong> di Alessandro dell’Orso",
            'Tavola rotonda "Comunità", con Chiara Neri e Bo Li; moderava Marco Rossi.',
        ),
        [
            ("Lire l'écran", ["Sébastien d'Arvieux"], "talk"),
            ("Mappe", ["Alessandro dell’Orso"], "talk"),
            ("Comunità", ["Chiara Neri", "Bo Li", "Marco Rossi"], "panel"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("why", "source", "expected"), SHAPES, ids=[c[0] for c in SHAPES]
)
@pytest.mark.parametrize("mode", ["yes", "auto"])
def test_shapes_read_in_several_languages(why, source, expected, mode):
    assert cards("<h2>Talks</h2>" + source, mode=mode) == [expected]


def test_a_schedules_breaks_stay_list_items_among_the_cards():
    source = "<h2>Programme</h2>" + ul(
        "09:00 | Opening remarks",
        "10:15 | Queues at scale | Ana Ruiz",
        "12:00 | Lunch break",
        "13:00 | Small data | Bo Li",
    )
    [(_, found)] = finding.talk_lists(markup.parse(source), "auto")
    assert [e if isinstance(e, str) else e.time for e in found.entries] == [
        "09:00 | Opening remarks",
        "10:15",
        "12:00 | Lunch break",
        "13:00",
    ]


def test_a_day_with_more_breaks_than_talks_read_surely():
    source = "<h2>Day 1</h2>" + ul(
        "08:30 Doors open &amp; registration",
        "09:15 Welcome from the organisers",
        "09:30 Keynote: <em>Ten years of on-call</em> — Ana Ruiz, VP Engineering at Acme",
        "10:15 <em>Postmortems people read</em> — Bo Li (Initech)",
        "11:00 Coffee break",
        "12:30 Lunch",
    )
    [(_, found)] = finding.talk_lists(markup.parse(source), "yes")
    assert [e if isinstance(e, str) else e.title for e in found.entries] == [
        "08:30 Doors open &amp; registration",
        "09:15 Welcome from the organisers",
        "Ten years of on-call",
        "Postmortems people read",
        "11:00 Coffee break",
        "12:30 Lunch",
    ]


def test_rooms_are_the_talks_own_field():
    source = "<h2>Talks</h2>" + ul(
        "10:00 Room A - Queues at scale by Ana Ruiz",
        "<em>Cartes de poche</em> par Claire Dubois (Salle 2)",
        "10:15 | Sala B | Datos pequeños | Carmen Díaz",
    )
    [(_, found)] = finding.talk_lists(markup.parse(source), "auto")
    assert [(t.time, t.room, t.label, t.abstract) for t in found.talks] == [
        ("10:00", "Room A", "", ""),
        ("", "Salle 2", "", ""),
        ("10:15", "Sala B", "", ""),
    ]


DEFINITIONS = [
    (
        "a definition list: the term is the title",
        '<h2>Talks</h2><dl class="docutils">'
        "<dt>Queues at scale</dt><dd><p>Ana Ruiz, Acme. How queues grow.</p></dd>"
        "<dt>Maps for the pocket</dt><dd><p>Bo Li</p></dd></dl>",
        [
            ("Queues at scale", ["Ana Ruiz"], "talk"),
            ("Maps for the pocket", ["Bo Li"], "talk"),
        ],
    ),
    (
        "a definition list: the term is the speaker",
        '<h2>Vorträge</h2><dl class="simple">'
        "<dt>Max Müller</dt><dd><p>Kleine Daten, große Wirkung</p></dd>"
        "<dt>Claire Dubois</dt><dd><p>Cartes de poche</p></dd></dl>",
        [
            ("Kleine Daten, große Wirkung", ["Max Müller"], "talk"),
            ("Cartes de poche", ["Claire Dubois"], "talk"),
        ],
    ),
    (
        "a definition list: the term is the talk's whole line, the definition its abstract",
        '<h2>The programme</h2><dl class="docutils">'
        "<dt>18:45, Room 1 – Ana Ruiz (Acme): Queues at scale</dt>"
        "<dd>How queues grow, and what to do then.</dd>"
        "<dt>19:15, Basement – Lightning talk – Bo Li: Maps for the pocket</dt>"
        "<dd>Five minutes of maps.</dd></dl>",
        [
            ("Queues at scale", ["Ana Ruiz"], "talk"),
            ("Maps for the pocket", ["Bo Li"], "lightning"),
        ],
    ),
    (
        "a glossary is left as written",
        "<h2>Talks</h2><dl><dt>Queue</dt><dd><p>A line of jobs.</p></dd>"
        "<dt>Map</dt><dd><p>A picture of places.</p></dd></dl>",
        None,
    ),
    (
        "a definition list with one term that isn't a talk is left as written",
        "<h2>Talks</h2><dl><dt>Queues at scale</dt><dd><p>Ana Ruiz</p></dd>"
        "<dt>Lunch</dt><dd><p>served upstairs</p></dd>"
        "<dt>Maps for the pocket</dt><dd><p>Bo Li</p></dd></dl>",
        None,
    ),
]


@pytest.mark.parametrize(
    ("why", "source", "expected"), DEFINITIONS, ids=[c[0] for c in DEFINITIONS]
)
def test_rest_definition_lists(why, source, expected):
    root = markup.parse(source)
    drawn = list(finding.talk_lists(root, "auto"))
    got = [
        (t.title, [s.name for s in t.speakers], t.kind)
        for _, f in drawn
        for t in f.talks
    ]
    assert got == (expected or [])


REST_POST = """Our meetup
##########

:date: 2024-05-01

The talks
=========

Queues at scale
    Ana Ruiz, Acme. How queues grow.

Cartes de poche
    Claire Dubois
"""


def test_a_rest_definition_list_becomes_cards(tmp_path):
    from conftest import build

    page = build(tmp_path, {"m.rst": REST_POST}, plugins=("pelican_talks",)).html(
        "our-meetup.html"
    )
    assert page.count('class="talk-card ') == 2
    assert "<dl" not in page
    assert "How queues grow." in page
