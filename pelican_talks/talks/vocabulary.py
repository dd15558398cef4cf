"""Every word the talk reader knows, as plain tables, one per language.

Adding a language is adding a table here (and a test that reads a list written
in it); `words.py` builds the patterns from the tables. Words are lower case;
a kind's words may be several words ("lightning talk", "charla relámpago").

- talk: words that say "these are talks" in a heading, a paragraph, a title.
- event: words naming an event where talks are given, for the article's title.
- in_item: the stronger of those, that say so inside one item ("his talk").
- kinds: kind -> the words naming it; the first words of an item, or anywhere.
- bylines: words between a title and its speakers ("by", "de", "animé par",
  "moderated by").
- presented: verbs between a speaker and their title, when the title is marked
  (emphasised, quoted, linked): "Ana talked about *Queues*".
- topic: words between a speaker and what they spoke about ("@ana on queues",
  "Ana sobre colas"); prepositions only: "Ana talked about ..." is prose.
- honorifics: titles before a speaker's name ("Dr.", "Prof.", "Mme", "Herr"):
  part of the name as written, no evidence for or against a person.
- joiners: words joining several speakers ("and", "y", "et").
- role_verbs / role_at: "Ana is a ROLE at ORG", "Ana es ROLE en ORG".
- plural_verbs: the role verbs said of several speakers ("are").
- slots: words numbering a programme's parts ("Talk 2:", "Session 3 -").
- organisations: words naming an organisation ("Labs", "GmbH", "Hochschule"):
  after the last comma of a speaker list, the speakers' organisation.
- articles: "a", "the", "el": before a kind after a title ("..., a talk by")
  and before a speaker's honorific ("por el Dr. ...").
- rooms: words naming where a talk is given, before its name or number
  ("Room A", "Salle 2", "Raum 3"): the talk's room, not part of its title.
- durations: units of a talk's length ("(5 min)").
- resources: what a link after a talk may be ("slides", "video", "Folien").
- weekdays, months: never a speaker's name; a day or date slot.
- particles: lower-case words inside personal names ("van", "de la").
- not_names: capitalised words that start titles or sentences, not names.
- media: the strongest of those, naming books, films and music: near a list
  or in the article's title or category, they outweigh a "programme" nearby.
- against: words that say a list is books, films, music or a changelog.
"""

from __future__ import annotations

EN = {
    "resources": "slides video recording pdf deck",
    "organisations": "labs lab inc inc. ltd ltd. llc corp corp. corporation "
    "company university college institute foundation group studio agency",
    "articles": "a an the",
    "rooms": "room hall auditorium",
    "durations": "min mins minute minutes hour hours h",
    "slots": "session slot track day part",
    "event": "conference conferences summit meetup meetups meet-up camp festival "
    "symposium devroom hackathon",
    "particles": "bin ibn al el st.",
    "talk": "talk talks speaker speakers speaking presented presentation "
    "presentations keynote keynotes lightning session sessions schedule agenda "
    "programme program lineup line-up slides workshop workshops tutorial "
    "tutorials panel panels ignite demos",
    "in_item": "talk talks keynote keynotes lightning presented presentation",
    "kinds": {
        "lightning": "lightning;lightning talk;lightning talks;ignite;ignite talk;"
        "5-minute;five-minute;pecha kucha;pecha-kucha;pechakucha",
        "keynote": "keynote;keynotes;keynote speaker;opening keynote;"
        "closing keynote;key note;kenynote",
        "workshop": "workshop;workshops;tutorial;tutorials",
        "panel": "panel;panel discussion",
        "talk": "talk;talks",
    },
    "presented": "talked about;spoke about;spoke on;presented;gave;showed us",
    "topic": "on;about",
    "bylines": "by;with;presented by;moderated by;hosted by;led by",
    "honorifics": "dr. dr prof. prof mr. mr mrs. mrs ms. ms sir dame",
    "joiners": "and",
    "role_verbs": "is;was;are;were;works as;worked as",
    "plural_verbs": "are were",
    "role_at": "at;@;in;for;with",
    "weekdays": "monday tuesday wednesday thursday friday saturday sunday",
    "months": "january february march april may june july august september "
    "october november december",
    "not_names": "the a an and or of in on for with to from by how why what when "
    "where who is are your my our their this that these those it we you i yes "
    "no not all new welcome break lunch coffee dinner registration "
    "announcements trivia sponsor sponsors intro introduction format venue "
    "details about notes q&a day track room hall university college "
    "institute team opening closing",
    "media": "book books novel novels album albums film films movie movies cinema",
    "against": "book books author novel novels album albums film films movie "
    "directed screening screenings documentary cinema "
    "movies podcast podcasts episode changelog release releases fixed merged "
    "contributors sponsors bands reading article articles blog weblog reports "
    "write-up write-ups",
}

ES = {
    "resources": "diapositivas vídeo",
    "organisations": "universidad instituto fundación s.a. s.l.",
    "articles": "el la un una",
    "rooms": "sala aula auditorio",
    "durations": "minutos hora horas",
    "slots": "sesión día parte",
    "event": "jornadas congreso encuentro conferencia",
    "particles": "de del la las los i",
    "talk": "charla charlas ponente ponentes ponencia ponencias taller talleres "
    "conferencia conferencias programa presentaciones jornadas",
    "in_item": "charla charlas ponencia ponencias",
    "kinds": {
        "lightning": "charla relámpago;charlas relámpago;charla relampago",
        "workshop": "taller;talleres",
        "panel": "mesa redonda;panel",
        "keynote": "conferencia magistral;charla magistral;keynote",
        "talk": "charla",
    },
    "presented": "nos habló de;nos habló sobre;habló de;habló sobre;presentó;"
    "nos presentó;nos contó",
    "topic": "sobre",
    "bylines": "de;por;con;moderado por;moderada por;impartido por;"
    "impartida por;presentado por;presentada por",
    "honorifics": "dr. dra. dr dra prof. prof sr. sra. srta. doña d.ª dª",
    "joiners": "y;e",
    "role_verbs": "es;son;trabaja como",
    "plural_verbs": "son",
    "role_at": "en;de",
    "weekdays": "lunes martes miércoles jueves viernes sábado domingo",
    "months": "enero febrero marzo abril mayo junio julio agosto septiembre "
    "octubre noviembre diciembre",
    "not_names": "el la los las un una lo y en del con para por sobre cómo qué "
    "día sala universidad",
    "media": "libro libros novela película películas álbum álbumes cine",
    "against": "libro libros autor autora novela película películas álbum "
    "álbumes disco",
}

FR = {
    "resources": "vidéo diapositives transparents",
    "organisations": "université institut fondation sas sarl",
    "articles": "le la un une",
    "rooms": "salle amphi amphithéâtre",
    "durations": "minutes heure heures",
    "slots": "session séance jour partie",
    "event": "rencontre rencontres journée journées meetup",
    "particles": "de du des le la",
    "talk": "conférence conférences présentation présentations orateur orateurs "
    "oratrice oratrices intervenant intervenants intervenante atelier ateliers "
    "programme exposé exposés",
    "in_item": "conférence conférences",
    "kinds": {
        "lightning": "lightning talk;présentation éclair;conférence éclair",
        "workshop": "atelier;ateliers",
        "panel": "table ronde",
        "keynote": "keynote;keynote de clôture;keynote d'ouverture;plénière",
        "talk": "conférence;talk",
    },
    "presented": "a parlé de;nous a parlé de;a présenté;nous a présenté",
    "topic": "sur",
    "bylines": "par;de;avec;animé par;animée par;présenté par;présentée par;"
    "modéré par;modérée par",
    "honorifics": "dr. dr pr. pr prof. m. mme mme. mlle maître",
    "joiners": "et",
    "role_verbs": "est;sont;travaille comme",
    "plural_verbs": "sont",
    "role_at": "chez;au;en",
    "weekdays": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "months": "janvier février mars avril mai juin juillet août septembre "
    "octobre novembre décembre",
    "not_names": "le la les un une des du de et en pour avec sur comment "
    "pourquoi jour salle université équipe",
    "media": "livre livres roman romans film films album albums ciné-club cinéma",
    "against": "livre livres auteur autrice roman romans film films album "
    "ciné-club cinéma réalisé réalisée réalisateur réalisatrice documentaire "
    "albums disque bande dessinée",
}

DE = {
    "resources": "folien aufzeichnung",
    "organisations": "gmbh ag hochschule universität institut stiftung",
    "articles": "der die das ein eine",
    "rooms": "raum saal hörsaal",
    "durations": "minuten stunde stunden",
    "slots": "sitzung tag teil",
    "event": "treffen konferenz tagung",
    "particles": "von zu der den",
    "talk": "vortrag vorträge vortraege referent referenten referentin "
    "programm kurzvortrag kurzvorträge workshop workshops folien",
    "in_item": "vortrag vorträge",
    "kinds": {
        "lightning": "kurzvortrag;kurzvorträge;blitzvortrag;lightning talk",
        "workshop": "workshop;workshops;werkstatt",
        "panel": "podiumsdiskussion;diskussionsrunde",
        "keynote": "keynote",
        "talk": "vortrag",
    },
    "presented": "sprach über;stellte vor;präsentierte;zeigte",
    "topic": "über",
    "bylines": "von;mit;moderiert von;geleitet von",
    "honorifics": "dr. dr prof. prof herr frau dipl.-ing. dipl.-inf.",
    "joiners": "und",
    "role_verbs": "ist;sind;arbeitet als",
    "plural_verbs": "sind",
    "role_at": "bei;an der;am",
    "weekdays": "montag dienstag mittwoch donnerstag freitag samstag sonntag",
    "months": "januar februar märz april mai juni juli august september "
    "oktober november dezember",
    "not_names": "der die das ein eine und mit von für zu wie warum was tag "
    "raum universität",
    "media": "buch bücher roman film filme album alben kino",
    "against": "buch bücher autor roman film filme album alben regie changelog kino "
    "dokumentarfilm",
}

PT = {
    "resources": "vídeo",
    "organisations": "universidade instituto fundação lda ltda s.a.",
    "articles": "o a um uma",
    "rooms": "sala auditório",
    "durations": "minutos hora horas",
    "slots": "sessão dia parte",
    "event": "encontro evento conferência",
    "particles": "da das do dos de",
    "talk": "palestra palestras palestrante palestrantes apresentação "
    "apresentações tutorial tutoriais oficina oficinas programação painel",
    "in_item": "palestra palestras apresentação",
    "kinds": {
        "lightning": "palestra relâmpago;palestras relâmpago;talk relâmpago;"
        "lightning talk",
        "workshop": "oficina;oficinas;tutorial;tutoriais;minicurso",
        "panel": "painel;mesa redonda",
        "keynote": "keynote;palestra de abertura",
        "talk": "palestra",
    },
    "presented": "falou sobre;falou de;apresentou;mostrou",
    "topic": "sobre",
    "bylines": "por;de;com;moderado por;moderada por;mediado por;mediada por",
    "honorifics": "dr. dra. prof. profa. prof.ª profª sr. sra.",
    "joiners": "e",
    "role_verbs": "é;são;trabalha como",
    "plural_verbs": "são",
    "role_at": "na;no;em",
    "weekdays": "segunda terça quarta quinta sexta sábado domingo",
    "months": "janeiro fevereiro março abril maio junho julho agosto setembro "
    "outubro novembro dezembro",
    "not_names": "o a os as um uma e em do da dos das para com por como dia "
    "sala universidade",
    "media": "livro livros filme filmes álbum álbuns cinema",
    "against": "livro livros autor filme filmes álbum álbuns disco cinema "
    "documentário realizado por",
}

IT = {
    "resources": "slide",
    "organisations": "università istituto fondazione srl s.r.l. spa s.p.a.",
    "articles": "il lo la un una",
    "rooms": "sala aula",
    "durations": "minuti ora ore",
    "slots": "sessione giorno parte",
    "event": "evento eventi incontro conferenza",
    "particles": "di da de del della dei lo li la",
    "talk": "talk presentazione presentazioni relatore relatori relatrice "
    "intervento interventi programma seminario laboratorio",
    "in_item": "talk intervento presentazione",
    "kinds": {
        "lightning": "lightning talk;talk lampo",
        "workshop": "workshop;laboratorio;laboratori",
        "panel": "tavola rotonda",
        "keynote": "keynote",
        "talk": "talk;intervento",
    },
    "presented": "ha parlato di;ci ha parlato di;ha presentato;ci ha mostrato",
    "topic": "su;sul;sulla",
    "bylines": "di;da;con;moderato da;moderata da",
    "honorifics": "dott. dott dott.ssa prof. prof prof.ssa ing. sig. sig.ra",
    "joiners": "e",
    "role_verbs": "è;sono;lavora come",
    "plural_verbs": "sono",
    "role_at": "presso;in",
    "weekdays": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "months": "gennaio febbraio marzo aprile maggio giugno luglio agosto "
    "settembre ottobre novembre dicembre",
    "not_names": "il lo la i gli le un una e di da in con per su come giorno "
    "sala università",
    "media": "libro libri romanzo film album cinema",
    "against": "libro libri autore romanzo film album disco regia regista cinema "
    "documentario",
}

NL = {
    "resources": "opname",
    "organisations": "universiteit hogeschool instituut stichting bv b.v. nv n.v.",
    "articles": "de het een",
    "rooms": "zaal ruimte",
    "durations": "minuten uur",
    "slots": "sessie dag deel",
    "event": "bijeenkomst bijeenkomsten conferentie",
    "particles": "van der den de ter ten",
    "talk": "presentatie presentaties spreker sprekers lezing lezingen "
    "programma praatje workshop",
    "in_item": "presentatie lezing",
    "kinds": {
        "lightning": "pecha kucha;lightning talk;bliksempraatje",
        "workshop": "workshop",
        "panel": "paneldiscussie;panelgesprek",
        "keynote": "keynote",
        "talk": "presentatie;lezing",
    },
    "presented": "sprak over;vertelde over;presenteerde;liet zien",
    "topic": "over",
    "bylines": "door;met;gemodereerd door",
    "honorifics": "dr. dr prof. dhr. mevr. ir. drs. mr. mr",
    "joiners": "en",
    "role_verbs": "is;zijn;werkt als",
    "plural_verbs": "zijn",
    "role_at": "bij",
    "weekdays": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "months": "januari februari maart april mei juni juli augustus september "
    "oktober november december",
    "not_names": "de het een en van met voor op hoe waarom wat dag zaal "
    "universiteit inloop pauze borrel",
    "media": "boek boeken roman film films album albums bioscoop filmhuis",
    "against": "boek boeken auteur roman film films album albums regie "
    "regisseur bioscoop filmhuis documentaire",
}

LANGUAGES = {"en": EN, "es": ES, "fr": FR, "de": DE, "pt": PT, "it": IT, "nl": NL}


def words(field: str) -> list[str]:
    """One field's words (or ;-separated phrases) over every language, in order."""
    found: list[str] = []
    for table in LANGUAGES.values():
        value = table.get(field, "")
        for word in value.split(";" if ";" in value else None):
            word = word.strip()
            if word and word not in found:
                found.append(word)
    return found


def kinds() -> dict[str, list[str]]:
    """kind -> its words in every language, longest first (so they match whole)."""
    found: dict[str, list[str]] = {}
    for table in LANGUAGES.values():
        for kind, value in table["kinds"].items():
            for word in value.split(";"):
                if word.strip() and word.strip() not in found.setdefault(kind, []):
                    found[kind].append(word.strip())
    return {kind: sorted(ws, key=len, reverse=True) for kind, ws in found.items()}
