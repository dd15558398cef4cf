"""Reading list items into talks: a table of the shapes authors write."""

from __future__ import annotations

import pytest

from pelican_talks import markup
from pelican_talks.talks.directory import complete, folded, folded_directory, handle_url
from pelican_talks.talks.reading import read_item
from pelican_talks.talks.readings import clean_title


def read(item_html: str):
    item = markup.parse(f"<ul><li>{item_html}</li></ul>")[0][0]
    return read_item(item)


CASES = [
    # (item HTML, title, [(name, role, org)], kind)
    # Emphasis over the whole line marks the line, not a title in it.
    (
        "<strong>Ana Ruiz, Staff Engineer at Acme — Queues that never lose</strong>",
        "Queues that never lose",
        [("Ana Ruiz", "Staff Engineer", "Acme")],
        "talk",
    ),
    (
        "<p><strong>Bo Li (Acme) — Logs at sea</strong></p><p>A calm talk.</p>",
        "Logs at sea",
        [("Bo Li", None, "Acme")],
        "talk",
    ),
    # A job after a comma, then a dash: the speaker's, and a plain title.
    (
        "Tunde Okoro, Freelance Developer — Grids by Example, and Why",
        "Grids by Example, and Why",
        [("Tunde Okoro", "Freelance Developer", None)],
        "talk",
    ),
    # Quotes around a linked title, then the article and title of the speaker.
    (
        '« <a href="https://vimeo.com/9">Le mur et l\'échelle</a> », par la Pr Ana Ruiz (Inria).',
        "Le mur et l'échelle",
        [("Ana Ruiz", None, "Inria")],
        "talk",
    ),
    # People named in full after a dash are the speakers; a later "di" doesn't
    # make them part of the title.
    (
        "Valutare un modello — Dott.ssa Ada Neri, ricercatrice all'Università di Torino.",
        "Valutare un modello",
        [("Ada Neri", None, None)],
        "talk",
    ),
    # A line of the source ends inside a parenthesis: the name goes on.
    (
        "10:30 – <strong>Colas</strong> (José Manuel\n  Ortega-Ruiz, Fundación Norte).",
        "Colas",
        [("José Manuel Ortega-Ruiz", None, "Fundación Norte")],
        "talk",
    ),
    # A source line starting a sentence after a plain title: the author's
    # opinion; after a colon, the title goes on.
    (
        "Ana Ruiz — Des formulaires qui aident\n  Enfin une conférence sur les erreurs.",
        "Des formulaires qui aident",
        [("Ana Ruiz", None, None)],
        "talk",
    ),
    (
        "Ana Ruiz: Souveränität in der Verwaltung:\n  Wunsch oder Wirklichkeit?",
        "Souveränität in der Verwaltung: Wunsch oder Wirklichkeit?",
        [("Ana Ruiz", None, None)],
        "talk",
    ),
    # Quotes pair: an apostrophe inside « » is the title's; "vs." ends no title.
    (
        "Yann Le Goff — « Terraform à l'échelle : modules et larmes »",
        "Terraform à l'échelle : modules et larmes",
        [("Yann Le Goff", None, None)],
        "talk",
    ),
    (
        "Ana Ruiz y Bo Li: Pandas vs. hojas de cálculo, asalto final",
        "Pandas vs. hojas de cálculo, asalto final",
        [("Ana Ruiz", None, None), ("Bo Li", None, None)],
        "talk",
    ),
    # A kind and a comma before a quoted title.
    (
        "Ana Ruiz — keynote d'ouverture, « Le DevOps n'est pas un poste ».",
        "Le DevOps n'est pas un poste",
        [("Ana Ruiz", None, None)],
        "keynote",
    ),
    # "Participan": a panel's members after its title.
    (
        "Mesa redonda: <em>¿Vivir del software libre?</em> Participan Ana Ruiz (Igalia) y Bo Li.",
        "¿Vivir del software libre?",
        [("Ana Ruiz", None, "Igalia"), ("Bo Li", None, None)],
        "panel",
    ),
    # A room closing a plain title, in parentheses or after a comma.
    (
        "11:00 – Microservizi: istruzioni (Sala Aula Magna) – Ada Neri, Bo Li",
        "Microservizi: istruzioni",
        [("Ada Neri", None, None), ("Bo Li", None, None)],
        "talk",
    ),
    (
        "12:10 - AngularJS 2: cosa cambia, Sala 4, di Matteo Ferretti",
        "AngularJS 2: cosa cambia",
        [("Matteo Ferretti", None, None)],
        "talk",
    ),
    # A word and a colon after the time, then the quoted title.
    (
        "<strong>16:30</strong> — Cierre: «Lo que aprendimos» — Ana Ruiz",
        "Lo que aprendimos",
        [("Ana Ruiz", None, None)],
        "talk",
    ),
    # A title wrapped onto a line of its own goes on: only a sentence, with its
    # full stop, is the author's opinion.
    (
        "Anna Schmidt: Warum wir\n  Datenbanken lieben und hassen",
        "Warum wir Datenbanken lieben und hassen",
        [("Anna Schmidt", None, None)],
        "talk",
    ),
    (
        "Ana Ruiz: Building Reliable\n  Systems with Python and Rust",
        "Building Reliable Systems with Python and Rust",
        [("Ana Ruiz", None, None)],
        "talk",
    ),
    # A month's name before one more word is a date's, not a speaker's.
    (
        '<a href="https://v.example">Rust in production</a> — Ana Ruiz, July Meetup',
        "Rust in production",
        [("Ana Ruiz", None, None)],
        "talk",
    ),
    # A word before the programme's time is the label's ("ore", "um", "à").
    (
        "ore 11:00 – <em>Systemd senza paura</em> – Gianluca Rota",
        "Systemd senza paura",
        [("Gianluca Rota", None, None)],
        "talk",
    ),
    # A Bluesky handle written short, its profile in parentheses.
    (
        'Keynote: Ana Ní Bhriain (<a href="https://bsky.app/profile/anb.bsky.social">'
        "@anb</a>), <em>Twenty years</em>",
        "Twenty years",
        [("Ana Ní Bhriain", None, None)],
        "keynote",
    ),
    # A title before a linked name is the speaker's, not the talk's title.
    (
        'Dr. <a href="https://ana.example">Ana Ruiz</a> — Side channels in kettles',
        "Side channels in kettles",
        [("Ana Ruiz", None, None)],
        "talk",
    ),
    # The kind in parentheses after the speaker, then a plain title.
    (
        '<a href="https://x.com/lv">Lorena Vidal</a> (keynote de apertura): El pager',
        "El pager",
        [("Lorena Vidal", None, None)],
        "keynote",
    ),
    # A month's name that is a given name too, first in a name ("mei": the
    # Dutch May).
    (
        "<em>Counting birds</em> by Ana Ruiz and Mei Lin Tan.",
        "Counting birds",
        [("Ana Ruiz", None, None), ("Mei Lin Tan", None, None)],
        "talk",
    ),
    # A paper's co-authors in parentheses, then who presented it: the speaker.
    (
        "<em>Queues at scale</em> (with A. Lind and B. Kim), presented by Ana Ruiz.",
        "Queues at scale",
        [("Ana Ruiz", None, None)],
        "talk",
    ),
    # A plain title after the speaker ends with its question, before the
    # author's next sentence; a parenthesis in lower case ending the sentence
    # is the title's.
    (
        '<a href="https://x.com/ana">Ana Ruiz</a>: Colas y HTMX, ¿el fin? Muy buena.',
        "Colas y HTMX, ¿el fin?",
        [("Ana Ruiz", None, None)],
        "talk",
    ),
    (
        '<a href="https://x.com/bo">Bo Li</a>: Mi primer paquete (y lo que hice mal). Corta.',
        "Mi primer paquete (y lo que hice mal)",
        [("Bo Li", None, None)],
        "talk",
    ),
    (
        '<em>Queues at scale</em>: <a href="https://x.com/ana">Ana Ruiz</a> is a Data Engineer at Acme. Her lightning talk was short.',
        "Queues at scale",
        [("Ana Ruiz", "Data Engineer", "Acme")],
        "lightning",
    ),
    (
        '"Queues at scale" by Ana Ruiz (Acme)',
        "Queues at scale",
        [("Ana Ruiz", None, "Acme")],
        "talk",
    ),
    (
        "“Queues at scale” by Ana Ruiz",
        "Queues at scale",
        [("Ana Ruiz", None, None)],
        "talk",
    ),
    (
        "Queues at scale - Ana Ruiz, Acme",
        "Queues at scale",
        [("Ana Ruiz", None, "Acme")],
        "talk",
    ),
    (
        "Queues at scale -- by Ana Ruiz of Acme Corp",
        "Queues at scale",
        [("Ana Ruiz", None, "Acme Corp")],
        "talk",
    ),
    (
        "Ana Ruiz (Acme): Queues at scale",
        "Queues at scale",
        [("Ana Ruiz", None, "Acme")],
        "talk",
    ),
    (
        "Ana Ruiz - Queues at scale",
        "Queues at scale",
        [("Ana Ruiz", None, None)],
        "talk",
    ),
    (
        "Ana Ruiz, Senior Engineer at Acme: Queues at scale",
        "Queues at scale",
        [("Ana Ruiz", "Senior Engineer", "Acme")],
        "talk",
    ),
    (
        "Ana Ruiz: <a href='https://v.example/1'>Queues at scale</a>",
        "Queues at scale",
        [("Ana Ruiz", None, None)],
        "talk",
    ),
    (
        "Ana Ruiz, <strong>Queues at scale</strong>. Great fun.",
        "Queues at scale",
        [("Ana Ruiz", None, None)],
        "talk",
    ),
    (
        "Keynote: Queues at scale, by Ana Ruiz",
        "Queues at scale",
        [("Ana Ruiz", None, None)],
        "keynote",
    ),
    ("Keynote by Ana Ruiz", "", [("Ana Ruiz", None, None)], "keynote"),
    ("9:15am Keynote by Ana Ruiz", "", [("Ana Ruiz", None, None)], "keynote"),
    (
        "Lightning talk: Queues at scale by Ana Ruiz",
        "Queues at scale",
        [("Ana Ruiz", None, None)],
        "lightning",
    ),
    (
        "Workshop: Queues at scale (Ana Ruiz and Bo Li)",
        "Queues at scale",
        [("Ana Ruiz", None, None), ("Bo Li", None, None)],
        "workshop",
    ),
    (
        "Panel: Queues at scale with Ana Ruiz, Bo Li &amp; Cy Doe",
        "Queues at scale",
        [("Ana Ruiz", None, None), ("Bo Li", None, None), ("Cy Doe", None, None)],
        "panel",
    ),
    (
        "Queues at scale (Ana Ruiz and Bo Li, Acme)",
        "Queues at scale",
        [("Ana Ruiz", None, "Acme"), ("Bo Li", None, "Acme")],
        "talk",
    ),
    (
        "<strong>Queues at scale</strong>, Ana Ruiz (Staff Engineer, Acme). A talk about queues.",
        "Queues at scale",
        [("Ana Ruiz", "Staff Engineer", "Acme")],
        "talk",
    ),
    ("@ana_r: Queues at scale", "Queues at scale", [("@ana_r", None, None)], "talk"),
    (
        "<cite>Queues at scale</cite> — Ana Ruiz",
        "Queues at scale",
        [("Ana Ruiz", None, None)],
        "talk",
    ),
    (
        "El show de Truman de Ana Ruiz: una charla sobre colas",
        "El show de Truman",
        [("Ana Ruiz", None, None)],
        "talk",
    ),
    (
        "Colas a escala por Ana Ruiz (Acme)",
        "Colas a escala",
        [("Ana Ruiz", None, "Acme")],
        "talk",
    ),
    (
        "Taller de colas, por Ana Ruiz",
        "Taller de colas",
        [("Ana Ruiz", None, None)],
        "workshop",
    ),
    (
        "<strong>Taller de Raku</strong>, por JJ Merelo",
        "Taller de Raku",
        [("JJ Merelo", None, None)],
        "workshop",
    ),
    ("«Les files» par Ana Ruiz", "Les files", [("Ana Ruiz", None, None)], "talk"),
    (
        "Les files d'attente animé par Ana Ruiz (Développeuse chez Acme) : venez coder",
        "Les files d'attente",
        [("Ana Ruiz", "Développeuse", "Acme")],
        "workshop",
    ),
    (
        "Warteschlangen im Betrieb von Ana Ruiz",
        "Warteschlangen im Betrieb",
        [("Ana Ruiz", None, None)],
        "talk",
    ),
    (
        "Bericht vom Treffen - Ana Ruiz (entfallen)",
        "Bericht vom Treffen",
        [("Ana Ruiz", None, None)],
        "talk",
    ),
    (
        "<em>Q</em>: Ana Ruiz works as a Data Scientist at Acme. A talk.",
        "Q",
        [("Ana Ruiz", "Data Scientist", "Acme")],
        "talk",
    ),
    (
        "<em>Q</em>: Ana Ruiz works at Acme. A talk.",
        "Q",
        [("Ana Ruiz", None, "Acme")],
        "talk",
    ),
    (
        "<em>Q</em>: Ana Ruiz is the CTO of Acme. In this workshop we built things.",
        "Q",
        [("Ana Ruiz", "CTO", "Acme")],
        "workshop",
    ),
    (
        "<em>Q</em>: Ana Ruiz is Head of Platform at Acme Corp. A talk.",
        "Q",
        [("Ana Ruiz", "Head of Platform", "Acme Corp")],
        "talk",
    ),
    (
        "<em>Q</em>: Ana Ruiz and Bo Li are engineers at Acme. A talk.",
        "Q",
        [("Ana Ruiz", "engineers", "Acme"), ("Bo Li", "engineers", "Acme")],
        "talk",
    ),
    (
        "Lightning talk by Ana Ruiz: Queues at scale",
        "Queues at scale",
        [("Ana Ruiz", None, None)],
        "lightning",
    ),
    (
        "Keynote de Ana Ruiz: una charla sobre colas",
        "",
        [("Ana Ruiz", None, None)],
        "keynote",
    ),
    (
        "Keynote de Ana Ruiz: Ana nos habló de colas",
        "",
        [("Ana Ruiz", None, None)],
        "keynote",
    ),
    (
        "<em>Queues at scale</em>, a talk by Ana Ruiz, Staff Engineer at Acme.",
        "Queues at scale",
        [("Ana Ruiz", "Staff Engineer", "Acme")],
        "talk",
    ),
    (
        "Panel: Queues at scale, with Ana Ruiz (Acme), Bo Li (Initech) and Cy Doe",
        "Queues at scale",
        [
            ("Ana Ruiz", None, "Acme"),
            ("Bo Li", None, "Initech"),
            ("Cy Doe", None, None),
        ],
        "panel",
    ),
    (
        "<a href='https://v.example/2'>Talks - Ana Ruiz: Queues at scale</a> with 3K views",
        "Queues at scale",
        [("Ana Ruiz", None, None)],
        "talk",
    ),
    # The kind and an article between title and speaker: the author's words.
    (
        "<em>Queues at scale</em>, a keynote by Ana Ruiz",
        "Queues at scale",
        [("Ana Ruiz", None, None)],
        "keynote",
    ),
    (
        "<em>Apprendre en jouant</em>, atelier animé par Louise-Marie Le Bihan",
        "Apprendre en jouant",
        [("Louise-Marie Le Bihan", None, None)],
        "workshop",
    ),
    (
        "<em>Evaluar modelos</em>, por el Dr. Ignacio Barrenechea, investigador en la Universidad de Alcaraz.",
        "Evaluar modelos",
        [("Ignacio Barrenechea", None, None)],
        "talk",
    ),
    (
        "<strong>Dados abertos</strong> | Inês Figueiredo | Câmara Municipal",
        "Dados abertos",
        [("Inês Figueiredo", None, None)],
        "talk",
    ),
    # Speaker first, then what they do after a comma, then the title.
    (
        "<strong>Dr. Ana Ruiz</strong>, Systemadministratorin an der Universität Nordmark: <em>Backups</em>",
        "Backups",
        [("Ana Ruiz", "Systemadministratorin", "Universität Nordmark")],
        "talk",
    ),
    (
        "<strong>Rui Lima</strong>, engenheiro de plataforma na Cajuí: <em>Kubernetes sem drama</em>",
        "Kubernetes sem drama",
        [("Rui Lima", "engenheiro de plataforma", "Cajuí")],
        "talk",
    ),
    # A title in lower case before a name; a word we don't know as a label.
    (
        '"Licenties voor dummies" door mr. Karolien Peeters',
        "Licenties voor dummies",
        [("Karolien Peeters", None, None)],
        "talk",
    ),
    (
        'Slotsessie: "Wat nu met de Cyber Resilience Act?" door Bart D\'Hondt',
        "Wat nu met de Cyber Resilience Act?",
        [("Bart D'Hondt", None, None)],
        "talk",
    ),
    # A verb between a speaker and a marked title.
    (
        "<strong>Ana Ruiz</strong> (ingeniera de datos en Naranjo Labs) nos habló de <em>«Colas sin pérdidas»</em>. Con ejemplos.",
        "Colas sin pérdidas",
        [("Ana Ruiz", "ingeniera de datos", "Naranjo Labs")],
        "talk",
    ),
    (
        "<strong>Jordi Puig i Serra</strong>, de la Universitat de Terramar, presentó «Tipado gradual». Hubo debate.",
        "Tipado gradual",
        [("Jordi Puig i Serra", None, "la Universitat de Terramar")],
        "talk",
    ),
    (
        "Charla relámpago: «Mi primer paquete», por @lucia_codes.",
        "Mi primer paquete",
        [("@lucia_codes", None, None)],
        "lightning",
    ),
    # A day before the talk is a label; "D.ª" an honorific.
    (
        "<strong>14 mars</strong> — Jean Kerhervé : <em>Auto-héberger son courriel</em>",
        "Auto-héberger son courriel",
        [("Jean Kerhervé", None, None)],
        "talk",
    ),
    (
        "6. Juni – „Kleine Daten“ von D.ª Carmen Ruiz",
        "Kleine Daten",
        [("Carmen Ruiz", None, None)],
        "talk",
    ),
    # After the last comma, words whose first is no one's first name.
    (
        "„Pseudonymisierung“ von Max Özdemir, Datenschutzbeauftragter der Stadtwerke",
        "Pseudonymisierung",
        [("Max Özdemir", None, "Datenschutzbeauftragter der Stadtwerke")],
        "talk",
    ),
    # People joined by a slash; a Dutch "en" is "and" between two people.
    (
        "<em>Warum NixOS</em> | Lars-Erik Thorvaldsen / Mia Schäfer",
        "Warum NixOS",
        [("Lars-Erik Thorvaldsen", None, None), ("Mia Schäfer", None, None)],
        "talk",
    ),
    (
        "<em>Wie betaalt?</em> Met Ruud Postma, Anouk Wiersma en Pieter de Boer",
        "Wie betaalt?",
        [
            ("Ruud Postma", None, None),
            ("Anouk Wiersma", None, None),
            ("Pieter de Boer", None, None),
        ],
        "talk",
    ),
    (
        "Margaret Lin, Chief Data Officer at the City of Portland - <em>Open data</em>",
        "Open data",
        [("Margaret Lin", "Chief Data Officer", "the City of Portland")],
        "talk",
    ),
    # An organisation in parentheses after the speakers is theirs.
    (
        "<strong>Dados para autarquias</strong> Rui Gonçalves e Filipa Antunes (Câmara Municipal de Vila Alva)",
        "Dados para autarquias",
        [
            ("Rui Gonçalves", None, None),
            ("Filipa Antunes", None, "Câmara Municipal de Vila Alva"),
        ],
        "talk",
    ),
    # A kind right before a marked title, no separator between.
    (
        "20:30 – Workshop <em>Statische analyse</em> – Ir. Gerrit-Jan Nijhof",
        "Statische analyse",
        [("Gerrit-Jan Nijhof", None, None)],
        "workshop",
    ),
    (
        "Podiumsdiskussion <em>Ehrenamt</em> mit Gisela Harms und Tarek Yılmaz",
        "Ehrenamt",
        [("Gisela Harms", None, None), ("Tarek Yılmaz", None, None)],
        "panel",
    ),
    (
        '<strong>Keynote: "Python en la administración"</strong>, Dra. Lucía Olmo (Agencia Regional)',
        "Python en la administración",
        [("Lucía Olmo", None, "Agencia Regional")],
        "keynote",
    ),
    (
        "<em>Software libero a scuola</em>, a cura di Andrea Guidotti",
        "Software libero a scuola",
        [("Andrea Guidotti", None, None)],
        "talk",
    ),
    (
        "<em>Souveräne Cloud</em>, Prof. Dr. Ulrike Hasselbach (Hochschule Kirchberg)",
        "Souveräne Cloud",
        [("Ulrike Hasselbach", None, "Hochschule Kirchberg")],
        "talk",
    ),
    # A label before the speakers; a handle in parentheses is no organisation.
    (
        "<em>Arquiteturas orientadas a eventos</em><br>Oradora: Inês Carvalhal (Tejo Sistemas)",
        "Arquiteturas orientadas a eventos",
        [("Inês Carvalhal", None, "Tejo Sistemas")],
        "talk",
    ),
    (
        "11:00 – <em>Accesibilidad web</em>, Pablo Serrano (@pabloserrano)",
        "Accesibilidad web",
        [("Pablo Serrano", None, None)],
        "talk",
    ),
    # An organisation after the last comma, named as one.
    (
        "“Queues at scale” – Ana Ruiz & Bo Li, Saltmarsh Labs",
        "Queues at scale",
        [("Ana Ruiz", None, "Saltmarsh Labs"), ("Bo Li", None, "Saltmarsh Labs")],
        "talk",
    ),
    (
        "„Daten“ von Prof. Dr. Ana Ruiz, Hochschule Neckartal",
        "Daten",
        [("Ana Ruiz", None, "Hochschule Neckartal")],
        "talk",
    ),
    # A byline after a dash: the dash is no part of the title.
    (
        "Panel: Who owns the pager — moderated by Bo Li",
        "Who owns the pager",
        [("Bo Li", None, None)],
        "panel",
    ),
    (
        "Queues at scale – by Ana Ruiz",
        "Queues at scale",
        [("Ana Ruiz", None, None)],
        "talk",
    ),
    # A speaker, then what they spoke on: a handle, a link or a full name.
    (
        "@ana_ruiz on writing a queue in a weekend",
        "writing a queue in a weekend",
        [("@ana_ruiz", None, None)],
        "talk",
    ),
    (
        "<a href='https://x.com/bo'>Bo Li</a> sobre colas sin pérdidas",
        "colas sin pérdidas",
        [("Bo Li", None, None)],
        "talk",
    ),
    # a woman doctor in Québec; moderators named with a noun; an initial
    # that isn't ASCII; a closing lecture
    (
        "<em>Hameçons</em>, par Dre Léa Petit (UdeM)",
        "Hameçons",
        [("Léa Petit", None, "UdeM")],
        "talk",
    ),
    (
        "Panel : <em>Qui héberge ?</em> avec Léa Petit et Ana Ruiz ; "
        "animation : Claire Dubois",
        "Qui héberge ?",
        [
            ("Léa Petit", None, None),
            ("Ana Ruiz", None, None),
            ("Claire Dubois", None, None),
        ],
        "panel",
    ),
    (
        "Paneldiscussie: <em>Wie is eigenaar?</em> met Eva Smit en Wei Zhang; "
        "gespreksleider: Sanne de Vries",
        "Wie is eigenaar?",
        [
            ("Eva Smit", None, None),
            ("Wei Zhang", None, None),
            ("Sanne de Vries", None, None),
        ],
        "panel",
    ),
    (
        "<strong>NixOS für Admins</strong> von Lars Ø. Brandt",
        "NixOS für Admins",
        [("Lars Ø. Brandt", None, None)],
        "talk",
    ),
    (
        "Conférence de clôture : <em>Le libre</em>, par Léa Petit",
        "Le libre",
        [("Léa Petit", None, None)],
        "keynote",
    ),
    # the kind as one more piece of the programme's line, between its dots
    (
        "09:45 · Sala Blu · Keynote · Ana Ruiz (Acme): <em>Code nello spazio</em>",
        "Code nello spazio",
        [("Ana Ruiz", None, "Acme")],
        "keynote",
    ),
    (
        "14:00 | Room 2 | Workshop | Bo Li: <em>Queues by hand</em>",
        "Queues by hand",
        [("Bo Li", None, None)],
        "workshop",
    ),
]


@pytest.mark.parametrize(
    ("item", "title", "speakers", "kind"), CASES, ids=[c[0][:40] for c in CASES]
)
def test_items_read_as_talks(item, title, speakers, kind):
    talk = read(item)
    assert talk is not None
    assert talk.title == title
    assert [(s.name, s.role, s.org) for s in talk.speakers] == speakers
    assert talk.kind == kind


NOT_TALKS = [
    # "@ana" for a repository named ana.github.io: no profile of Ana Lima's
    "Ana Lima (<a href='https://github.com/someone/ana.github.io'>@ana</a>): Rust",
    "Coffee break",
    "Opening announcements",
    "<a href='https://blog.example/rust-1-18'>Announcing Rust 1.18</a>.",
    "<strong>Where</strong>: <a href='https://venue.example'>Silver Hall</a>, 1 Main St",
    "Hausmeister-Thema: neue Internetseite",
    "the venue was a very nice place",
    "Konferenzen",
    "Ana Ruiz on drums",  # what she plays, not what she said
    "Ana Ruiz talked about how queues lose messages",  # prose: no title marked
    "Anyone on call tonight should read the runbook",
]


@pytest.mark.parametrize("item", NOT_TALKS)
def test_items_that_are_not_talks(item):
    assert read(item) is None


def test_the_abstract_keeps_inline_markup_and_links():
    talk = read(
        '<em>T</em> by Ana Ruiz. She showed <a href="https://x.example">a <b>tool</b></a>.'
    )
    assert talk.abstract == 'She showed <a href="https://x.example">a <b>tool</b></a>.'


@pytest.mark.parametrize(
    ("item", "honorific", "name"),
    [
        ("<em>Queues</em> by Dr. Ana Ruiz, an engineer at Acme.", "Dr.", "Ana Ruiz"),
        ("<em>Queues</em> - Prof. Dr. Ana Ruiz", "Prof. Dr.", "Ana Ruiz"),
        ("«Code» di Dott. Pietro Zanon", "Dott.", "Pietro Zanon"),
        (
            "<a href='https://x.com/ana'>Dr Ana Ruiz</a>: <em>Queues</em>",
            "Dr",
            "Ana Ruiz",
        ),
        ("<strong>Maître Ana Ruiz</strong> : <em>Le droit</em>", "Maître", "Ana Ruiz"),
        ("<em>Queues</em> by Ana Ruiz", "", "Ana Ruiz"),
        # outside the link or emphasis of the name
        (
            "Prof. Dr. <a href='https://x.com/ana'>Ana Ruiz</a>: Queues",
            "Prof. Dr.",
            "Ana Ruiz",
        ),
        ("<em>Queues</em> by Dra. <strong>Ana Ruiz</strong>", "Dra.", "Ana Ruiz"),
    ],
)
def test_a_title_before_a_name_is_the_speakers_honorific(item, honorific, name):
    (speaker,) = read(item).speakers
    assert (speaker.honorific, speaker.name) == (honorific, name)


def test_the_authors_link_keeps_its_target():
    talk = read(
        '<em>T</em>: <a href="https://x.com/ana" target="_new" rel="me">Ana Ruiz</a>.'
    )
    (speaker,) = talk.speakers
    assert (speaker.url, speaker.link_target, speaker.link_rel) == (
        "https://x.com/ana",
        "_new",
        "me",
    )


@pytest.mark.parametrize(
    ("name", "url"),
    [
        ("@ana", "https://x.com/ana"),
        ("@ana@social.example", "https://social.example/@ana"),
        ("Ana Ruiz", None),
    ],
)
def test_handles_become_profile_links(name, url):
    assert handle_url(name, "https://x.com/{handle}") == url


def test_the_speaker_directory_fills_links_and_affiliations():
    talk = read("<em>T</em> by Dr. David Fernandez and @bo")
    directory = {
        "David Fernández": {
            "url": "https://david.example",
            "role": "SRE",
            "org": "Acme",
        },
    }
    done = complete(
        talk, folded_directory(directory), "https://mastodon.example/@{handle}", print
    )
    david, bo = done.speakers
    assert (david.honorific, david.name) == ("Dr.", "David Fernandez")
    assert (david.url, david.role, david.org) == (
        "https://david.example",
        "SRE",
        "Acme",
    )
    assert bo.url == "https://mastodon.example/@bo"


def test_the_authors_own_link_wins_over_the_directory():
    talk = read('<em>T</em>: <a href="https://x.com/ana">Ana Ruiz</a>.')
    done = complete(
        talk,
        {"Ana Ruiz": {"url": "https://elsewhere.example"}},
        "https://x.com/{handle}",
        print,
    )
    assert done.speakers[0].url == "https://x.com/ana"


@pytest.mark.parametrize(
    "href", ["javascript:alert(1)", " JaVaScRiPt:x", "data:text/html,x", "vbscript:x"]
)
def test_unsafe_speaker_links_are_not_drawn(href):
    talk = read(f'<em>T</em>: <a href="{href}">Ana Ruiz</a>.')
    warnings = []
    done = complete(talk, {}, "https://x.com/{handle}", lambda *a: warnings.append(a))
    assert done.speakers[0].name == "Ana Ruiz" and done.speakers[0].url is None
    assert warnings


def test_names_fold_case_and_accents():
    assert folded("David  Fernández") == folded("david fernandez")


@pytest.mark.parametrize(
    "word",
    [
        "talk",
        "talks",
        "speakers",
        "speaking",
        "presented",
        "presentation",
        "keynotes",
        "lightning",
        "session",
        "schedule",
        "agenda",
        "programme",
        "program",
        "lineup",
        "line-up",
        "slides",
        "workshop",
        "tutorials",
        "panels",
        "ignite",
        "demos",
        "charlas",
        "ponentes",
        "ponencias",
        "talleres",
        "taller",
        "conferencias",
        "conférences",
        "présentations",
        "orateurs",
        "oratrices",
        "intervenants",
        "ateliers",
        "vorträge",
        "vortrag",
        "referenten",
        "programm",
    ],
)
def test_every_context_word_passes_the_quick_look(word):
    from pelican_talks.talks.context import speaks_of_talks

    assert speaks_of_talks(f"Here are the {word} of the day")
    assert speaks_of_talks(f"{word.capitalize()}:")


TIMES = [
    # (item, the talk's time, what stays a label, HH:MM for <time>)
    ("19:30 · <em>Queues</em> by Ana Ruiz", "19:30", "", "19:30"),
    (
        "<strong>19:30 - 20:00 Uhr</strong> <em>Queues</em> (von anni)",
        "19:30 - 20:00 Uhr",
        "",
        "19:30",
    ),
    ("9:15am Talk 2: <em>Queues</em> by Ana Ruiz", "9:15am", "Talk 2:", "09:15"),
    ("19h30 - <em>Queues</em> by Ana Ruiz", "19h30", "", "19:30"),
    # French typography spaces the h: the time's, not the title's
    ("9 h 30 — <em>Queues</em>, par Ana Ruiz", "9 h 30", "", "09:30"),
]


@pytest.mark.parametrize(("item", "time", "label", "at"), TIMES)
def test_a_time_before_a_talk_is_its_time(item, time, label, at):
    from pelican_talks.talks.words import clock

    talk = read(item)
    assert (talk.title, talk.time, talk.label, clock(talk.time)) == (
        "Queues",
        time,
        label,
        at,
    )


@pytest.mark.parametrize(
    ("item", "time", "room"),
    [
        ("09:45 – <em>Main Hall</em> – “Queues” – Ana Ruiz", "09:45", "Main Hall"),
        (
            "10:00 | Workshop Room | <em>Queues</em> by Ana Ruiz",
            "10:00",
            "Workshop Room",
        ),
        ("14:00 - Großer Saal - <em>Queues</em> von Ana Ruiz", "14:00", "Großer Saal"),
        ("Room B: <em>Queues</em> by Ana Ruiz", "", "Room B"),
        # a building's codes; a code may hold what reads as a time
        ("UD2.218A — <em>Queues</em> door Wei Zhang", "", "UD2.218A"),
        ("H.2215, 11:00–11:50 — <em>Queues</em> by Ana Ruiz", "11:00–11:50", "H.2215"),
        ("10:00–10:45, V6: <em>Queues</em> von Ana Ruiz", "10:00–10:45", "V6"),
        # a code with a hyphen; a room named with accents; a word after it
        ("10 h 00, DS-R510 — <em>Queues</em>, par Léa Petit", "10 h 00", "DS-R510"),
        (
            "10 h 45, salle DS-1420 — <em>Queues</em>, par Léa Petit",
            "10 h 45",
            "salle DS-1420",
        ),
        (
            "12:00, Sala Mediterráneo — <em>Queues</em>, con Ana Ruiz",
            "12:00",
            "Sala Mediterráneo",
        ),
        (
            "14:00, Auditório principal — <em>Queues</em>, com Ana Ruiz",
            "14:00",
            "Auditório principal",
        ),
        # the room word alone after a time; a room in parentheses
        (
            "<strong>09:15, Auditorio</strong> — Ana Ruiz: <em>Queues</em>",
            "09:15",
            "Auditorio",
        ),
        (
            "09:30 (grote zaal) — <strong>Queues</strong> — Sanne de Vries",
            "09:30",
            "grote zaal",
        ),
        # a floor of the building
        ("18:45, Ground floor – Ana Ruiz (Acme): Queues", "18:45", "Ground floor"),
        ("20:10, Basement – Ana Ruiz: Queues", "20:10", "Basement"),
    ],
)
def test_a_room_before_a_talk_is_its_room(item, time, room):
    talk = read(item)
    assert (talk.title, talk.time, talk.room, talk.label) == ("Queues", time, room, "")


RESOURCES = [
    # (item, the card's resources, the abstract left)
    (
        '<em>Queues</em> by Ana Ruiz (<a href="https://speakerdeck.com/a/q">slides</a>)',
        [("slides", "https://speakerdeck.com/a/q")],
        "",
    ),
    (
        '<em>Queues</em> von Ana Ruiz (<a href="/q.pdf">Folien</a>, <a href="https://v.example/q">Video</a>)',
        [("Folien", "/q.pdf"), ("Video", "https://v.example/q")],
        "",
    ),
    (  # words besides the link: it is the abstract's
        '<em>Queues</em> by Ana Ruiz. Her <a href="/q.pdf">slides</a> are great.',
        [],
        'Her <a href="/q.pdf">slides</a> are great.',
    ),
    (  # an unsafe link is never the card's own
        '<em>Queues</em> by Ana Ruiz (<a href="javascript:x">slides</a>)',
        [],
        '(<a href="javascript:x">slides</a>)',
    ),
]


@pytest.mark.parametrize(("item", "resources", "abstract"), RESOURCES)
def test_slides_and_recordings_after_a_talk_are_its_resources(
    item, resources, abstract
):
    talk = read(item)
    assert [(r.text, r.url) for r in talk.resources] == resources
    assert talk.abstract == abstract


def test_a_quoted_title_is_never_cut_past_its_quotes():
    talk = read("« Les files à grande échelle » : un retour passionnant de Anne Roux.")
    assert talk is None or talk.title == "Les files à grande échelle"


@pytest.mark.parametrize(
    ("item", "speakers"),
    [
        (
            "<strong>Queues</strong> – <em>Ana Ruiz &amp; Bo Li</em> – 14:00",
            ["Ana Ruiz", "Bo Li"],
        ),
        ("<strong>Queues</strong> – <em>Ana Ruiz et Bo Li</em>", ["Ana Ruiz", "Bo Li"]),
        ("<strong>Queues</strong> – <em>apol</em> – 11:30", ["apol"]),
    ],
)
def test_speakers_set_in_emphasis(item, speakers):
    talk = read(item)
    assert (talk.title, [s.name for s in talk.speakers]) == ("Queues", speakers)


@pytest.mark.parametrize(
    ("title", "clean"),
    [
        ("« Le web sobre »", "Le web sobre"),
        ("“Queues at scale”.", "Queues at scale"),  # the item's own full stop
        ("„Kleine Daten“", "Kleine Daten"),
        ("'Small data'", "Small data"),
        ("« Le web sobre", "Le web sobre"),  # its link ended the title
        ("“Maps” and “Tiles”", "“Maps” and “Tiles”"),  # two quoted pieces
        ("'90s web design, revisited", "'90s web design, revisited"),  # apostrophe
        ("‘90s web design", "‘90s web design"),
        ("Queues at scale –", "Queues at scale"),
    ],
)
def test_a_titles_own_quotes_go_and_other_quotes_stay(title, clean):
    assert clean_title(title) == clean


def test_a_titles_first_word_is_no_rooms_code():
    talk = read("H2O: <em>water and data</em> by Ana Ruiz")
    assert (talk.title, talk.room) == ("H2O: water and data", "")
