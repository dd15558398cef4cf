"""The reader's words in Italian (see the package's docstring)."""

TABLE = {
    "resources": "slide",
    "organisations": "università istituto fondazione srl s.r.l. spa s.p.a.",
    "teams": "team squadra",
    "team_of": "di",
    "possessives": "nostro nostra",
    "articles": "il lo la un una",
    "rooms": "sala aula seminterrato",
    "durations": "minuti ora ore",
    "at_time": "ore;alle;alle ore",
    "slots": "sessione giorno parte",
    "event": "evento;eventi;incontro;conferenza;gruppo utenti;gruppo di utenti;"
    "meetup;techday;tech day",
    "particles": "di da de del della dei lo li la d' dell'",
    "talk": "talk presentazione presentazioni relatore relatori relatrice "
    "intervento interventi programma seminario laboratorio",
    "in_item": "talk intervento presentazione",
    "kinds": {
        "lightning": "lightning talk;talk lampo",
        "workshop": "workshop;laboratorio;laboratori",
        "panel": "tavola rotonda",
        "keynote": "keynote;keynote di apertura;keynote di chiusura;"
        "relazione introduttiva;relazione inaugurale",
        "talk": "talk;intervento;seminario",
    },
    "presented": "ha parlato di;ci ha parlato di;ha presentato;ci ha mostrato",
    "topic": "su;sul;sulla",
    "speaker_labels": "relatore;relatrice;relatori",
    "panel_joiners": "moderava;moderato da;moderata da;modera;ha moderato;moderazione;"
    "partecipano",
    "bylines_with_article": "del;della;dello;dell';dei;degli;delle",
    "bylines": "di;da;con;a cura di;moderato da;moderata da;modera;tenuto da;tenuta da;"
    "partecipano;hanno partecipato",
    "honorifics": "dott. dott dott.ssa prof. prof prof.ssa ing. sig. sig.ra avv. avv "
    "arch.",
    "joiners": "e",
    "jobs": "bibliotecari "
    "ingegner sviluppat fondat diret ricercat professor studente "
    "analista consulent programmat responsabile",
    "role_verbs": "è;sono;lavora come",
    "plural_verbs": "sono",
    "role_at": "presso;in",
    "org_first": "da",
    "weekdays": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "weekdays_short": "lun mar mer gio ven sab dom",
    "months": "gennaio febbraio marzo aprile maggio giugno luglio agosto "
    "settembre ottobre novembre dicembre",
    "not_names": "il lo la i gli le un una e di da in con per su come giorno "
    "sala università",
    "other_subjects": "gruppo di lettura;programma del corso;"
    "libro;libri;romanzo;film;album;cinema;sponsor;chi siamo;"
    "il nostro team",
    "free_software": "software libero;software liberi",
    "against": "libro libri autore romanzo film album disco regia regista cinema "
    "documentario episodio episodi",
    "other_lists": "premio;premi;vincitore;vincitori;vincitrice;vincitrici;lotteria;"
    "estrazione;squadre;banchetti;banchetto;espositori;progetti;"
    "volontari;organizzatori;giochi;giochi da tavolo;"
    "degustazione;citazioni;mostra;mostre;quadri;opere;"
    "offerte di lavoro",
}
