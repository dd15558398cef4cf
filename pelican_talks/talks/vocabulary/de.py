"""The reader's words in German (see the package's docstring)."""

TABLE = {
    "resources": "folien aufzeichnung",
    "organisations": "gmbh ag hochschule universität institut stiftung",
    "teams": "team",
    "team_of": "von bei",
    "possessives": "unser unsere",
    "articles": "der die das ein eine",
    "rooms": "raum saal hörsaal hs etage erdgeschoss obergeschoss untergeschoss",
    "durations": "minuten stunde stunden",
    "at_time": "um;ab",
    "slots": "sitzung tag teil",
    "event": "treffen;konferenz;konferenzen;tagung;tagungen;veranstaltung;"
    "veranstaltungen;usergroup;user group;user-group;anwendertreffen;"
    "stammtisch;techday;tech day",
    "particles": "von zu der den",
    "talk": "vortrag vorträge vortraege referent referenten referentin "
    "programm kurzvortrag kurzvorträge workshop workshops folien",
    "in_item": "vortrag vorträge",
    "kinds": {
        "lightning": "kurzvortrag;kurzvorträge;blitzvortrag;lightning talk",
        "workshop": "workshop;workshops;werkstatt",
        "panel": "podiumsdiskussion;diskussionsrunde",
        "keynote": "keynote;eröffnungskeynote;abschlusskeynote;eröffnungsvortrag;"
        "abschlussvortrag",
        "talk": "vortrag;seminar",
    },
    "presented": "sprach über;stellte vor;präsentierte;zeigte",
    "topic": "über",
    "speaker_labels": "referent;referentin;referenten;sprecher;sprecherin",
    "panel_joiners": "moderierte;moderiert von;moderation;auf dem podium",
    "bylines_with_article": "vom;von der",
    "bylines": "von;mit;moderiert von;geleitet von;gehalten von;präsentiert von",
    "honorifics": "dr. dr prof. prof herr frau dipl.-ing. dipl.-inf.",
    "joiners": "und",
    "jobs": "bibliothekar "
    "entwickl ingenieur leiter leiterin gründer forscher professor "
    "berater architekt referent student",
    "role_verbs": "ist;sind;arbeitet als",
    "plural_verbs": "sind",
    "role_at": "bei;an der;am",
    "org_first": "bei",
    "org_after_name": "von;von der;vom",
    "weekdays": "montag dienstag mittwoch donnerstag freitag samstag sonntag",
    "weekdays_short": "mo di mi do fr sa so",
    "months": "januar februar märz april mai juni juli august september "
    "oktober november dezember",
    "not_names": "der die das ein eine und mit von für zu wie warum was tag "
    "raum universität",
    "other_subjects": "lesekreis;lesegruppe;lehrplan;vorlesungsplan;"
    "buch;bücher;roman;film;filme;album;alben;kino;sponsor;sponsoren;"
    "über uns;unser team;team stellt sich vor",
    "free_software": "freie software;freier software",
    "against": "buch bücher autor roman film filme album alben regie changelog kino "
    "dokumentarfilm",
    "other_lists": "preis;preise;gewinner;gewinnerin;gewinnerinnen;verlosung;"
    "tombola;quiz;"
    "teams;stände;aussteller;projekte;freiwillige;helfer;"
    "helferinnen;orga-team;organisationsteam;spiele;brettspiele;"
    "weinprobe;verkostung;zitate;ausstellung;ausstellungen;"
    "gemälde;werke;stellenangebote",
}
