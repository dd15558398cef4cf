"""The reader's words in French (see the package's docstring)."""

TABLE = {
    "resources": "vidéo diapositives transparents",
    "organisations": "université institut fondation sas sarl",
    "teams": "équipe equipe",
    "team_of": "de du",
    "possessives": "notre",
    "articles": "le la un une",
    "rooms": "salle amphi amphithéâtre étage sous-sol",
    "durations": "minutes heure heures",
    "at_time": "à",
    "slots": "session séance jour partie",
    "event": "rencontre;rencontres;journée;journées;meetup;événement;événements;"
    "groupe d'utilisateurs;groupe des utilisateurs",
    "particles": "de du des le la d'",
    "talk": "conférence conférences présentation présentations orateur orateurs "
    "oratrice oratrices intervenant intervenants intervenante atelier ateliers "
    "programme exposé exposés",
    "in_item": "conférence conférences",
    "kinds": {
        "lightning": "lightning talk;présentation éclair;conférence éclair;quickie",
        "workshop": "atelier;ateliers",
        "panel": "table ronde",
        "keynote": "keynote;keynote de clôture;keynote d'ouverture;plénière;"
        "plénière d'ouverture;plénière de clôture;conférence plénière;"
        "conférence invitée;conférence inaugurale;conférence d'ouverture;"
        "conférence de clôture",
        "talk": "conférence;talk;séminaire",
    },
    "presented": "a parlé de;nous a parlé de;a présenté;nous a présenté",
    "topic": "sur",
    "speaker_labels": "orateur;oratrice;orateurs;intervenant;intervenante;intervenants",
    "panel_joiners": "modérait;animait;modéré par;modérée par;animé par;animée par;"
    "avec comme intervenants;animation;modération",
    "bylines_with_article": "du;de la;de l'",
    "bylines": "par;de;avec;animé par;animée par;présenté par;présentée par;"
    "modéré par;modérée par;donné par;donnée par",
    "honorifics": "dr. dr dre. dre pr. pr prof. m. mme mme. mlle maître",
    "joiners": "et",
    "jobs": "bibliothécaire "
    "ingénieur ingenieur développ developp fondat directeur directrice "
    "chercheu enseignant étudiant consultant artisan ergonom "
    "responsable",
    "role_verbs": "est;sont;travaille comme",
    "plural_verbs": "sont",
    "role_at": "chez;au;en",
    "org_first": "chez;de chez",
    "org_after_name": "de",
    "weekdays": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "weekdays_short": "lun mar mer jeu ven sam dim",
    "months": "janvier février mars avril mai juin juillet août septembre "
    "octobre novembre décembre",
    "not_names": "le la les un une des du de et en pour avec sur comment "
    "pourquoi jour salle université équipe",
    "other_subjects": "club de lecture;groupe de lecture;syllabus;programme du cours;"
    "livre;livres;roman;romans;film;films;album;albums;ciné-club;"
    "cinéma;sponsor;sponsors;mécène;mécènes;qui sommes-nous;notre équipe",
    "free_software": "logiciel libre;logiciels libres",
    "against": "livre;livres;auteur;autrice;roman;romans;film;films;album;"
    "ciné-club;cinéma;réalisé;réalisée;réalisateur;réalisatrice;documentaire;"
    "albums;disque;bande dessinée;épisode;épisodes",
    "other_lists": "les lots;des lots;gagnant;gagnants;gagnante;gagnantes;tombola;"
    "tirage au sort;équipes;stands;exposants;projets;"
    "bénévoles;organisateurs;organisatrices;jeux;jeux de société;"
    "dégustation;citations;exposition;expositions;"
    "tableaux;œuvres;recruteurs;offres d'emploi",
}
