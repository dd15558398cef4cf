"""The reader's words in Dutch (see the package's docstring)."""

TABLE = {
    "resources": "opname",
    "organisations": "universiteit hogeschool instituut stichting bv b.v. nv n.v.",
    "teams": "team",
    "team_of": "van",
    "possessives": "ons onze",
    "articles": "de het een",
    "rooms": "zaal ruimte verdieping kelder",
    "durations": "minuten uur",
    "at_time": "om",
    "slots": "sessie dag deel",
    "event": "bijeenkomst;bijeenkomsten;conferentie;evenement;evenementen;"
    "gebruikersgroep;techdag;kennisdag;meetup",
    "particles": "'t van der den de ter ten",
    "talk": "presentatie presentaties spreker sprekers lezing lezingen "
    "programma praatje workshop",
    "in_item": "presentatie lezing",
    "kinds": {
        "lightning": "pecha kucha;lightning talk;bliksempraatje",
        "workshop": "workshop",
        "panel": "paneldiscussie;panelgesprek",
        "keynote": "keynote;openingskeynote;slotkeynote;openingslezing",
        "talk": "presentatie;lezing;seminar",
    },
    "presented": "sprak over;vertelde over;presenteerde;liet zien",
    "topic": "over",
    "speaker_labels": "spreker;sprekers",
    "panel_joiners": "modereerde;gemodereerd door;moderator;moderatie;"
    "onder leiding van;gespreksleider;gespreksleiding",
    "bylines_with_article": "door de",
    "bylines": "door;met;gemodereerd door;gegeven door;verzorgd door;van",
    "honorifics": "dr. dr prof. dhr. mevr. ir. drs. mr. mr",
    "joiners": "en",
    "jobs": "bibliothecaris "
    "ontwikkel ingenieur oprichter directeur onderzoek docent student "
    "adviseur programmeur architect",
    "role_verbs": "is;zijn;werkt als",
    "plural_verbs": "zijn",
    "role_at": "bij",
    "org_first": "bij",
    "org_after_name": "van",
    "weekdays": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "weekdays_short": "ma di wo do vr za zo",
    "months": "januari februari maart april mei juni juli augustus september "
    "oktober november december",
    "not_names": "de het een en van met voor op hoe waarom wat dag zaal "
    "universiteit inloop pauze borrel",
    "other_subjects": "leesclub;leesgroep;studiewijzer;"
    "boek;boeken;roman;film;films;album;albums;bioscoop;filmhuis;"
    "sponsor;sponsoren;over ons;ons team;wie zijn wij",
    "free_software": "vrije software;vrije programmatuur",
    "against": "boek boeken auteur roman film films album albums regie "
    "regisseur bioscoop filmhuis documentaire aflevering afleveringen",
    "other_lists": "prijs;prijzen;winnaar;winnaars;loterij;verloting;teams;"
    "stands;"
    "standhouders;projecten;vrijwilligers;organisatoren;"
    "spellen;spelletjes;bordspellen;proeverij;"
    "citaten;tentoonstelling;tentoonstellingen;schilderijen;vacatures",
}
