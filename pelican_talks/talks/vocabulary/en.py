"""The reader's words in English (see the package's docstring)."""

TABLE = {
    "resources": "slides video recording pdf deck",
    "organisations": "labs lab inc inc. ltd ltd. llc corp corp. corporation "
    "company university college institute foundation group studio agency",
    "teams": "team",
    "team_of": "of at",
    "possessives": "our",
    "articles": "a an the",
    "rooms": "room hall auditorium floor basement",
    "durations": "min mins minute minutes hour hours h",
    "at_time": "at",
    "slots": "session slot track day part",
    "event": "conference;conferences;summit;meetup;meetups;meet-up;camp;"
    "festival;event;events;symposium;devroom;hackathon;user group;"
    "user groups;tech day;tech days;techday",
    "particles": "bin binti bint ibn al el st. ap ferch",
    "talk": "talk talks speaker speakers speaking presented presentation "
    "presentations keynote keynotes lightning session sessions schedule agenda "
    "programme program lineup line-up slides workshop workshops tutorial "
    "tutorials panel panels ignite demos",
    "in_item": "talk talks keynote keynotes lightning presented presentation",
    "kinds": {
        "lightning": "lightning;lightning talk;lightning talks;ignite;ignite talk;"
        "5-minute;five-minute;pecha kucha;pecha-kucha;pechakucha",
        "keynote": "keynote;keynotes;keynote speaker;opening keynote;"
        "closing keynote;key note;kenynote;invited talk;inaugural lecture",
        "workshop": "workshop;workshops;tutorial;tutorials",
        "panel": "panel;panel discussion",
        "talk": "talk;talks;seminar",
    },
    "presented": "talked about;spoke about;spoke on;presented;gave;showed us",
    "topic": "on;about",
    "speaker_labels": "speaker;speakers;presenter;presenters;host;hosts",
    "panel_joiners": "moderated by;moderator;moderation;hosted by;panellists;panelists",
    "bylines_with_article": "by the",
    "bylines": "by;with;presented by;moderated by;hosted by;led by;given by",
    "honorifics": "dr. dr prof. prof mr. mr mrs. mrs ms. ms sir dame",
    "joiners": "and",
    "jobs": "librarian "
    "engineer develop design manager lead expert consult cto ceo coo "
    "cfo founder director head architect scientist research professor "
    "student analyst maintainer evangelist advocate sre devops product "
    "owner editor writer author freelanc intern specialist programm "
    "hacker coach trainer teacher admin president chair officer chief "
    "partner principal staff senior junior",
    "role_verbs": "is;was;are;were;works as;worked as",
    "plural_verbs": "are were",
    "role_at": "at;@;in;for;with",
    "org_first": "at;from",
    "weekdays": "monday tuesday wednesday thursday friday saturday sunday",
    "weekdays_short": "mon tue wed thu fri sat sun",
    "months": "january february march april may june july august september "
    "october november december",
    "not_names": "the a an and or of in on for with to from by how why what when "
    "where who is are your my our their this that these those it we you i yes "
    "no not all new welcome break lunch coffee dinner registration "
    "announcements trivia sponsor sponsors intro introduction format venue "
    "details about notes q&a day track room hall university college "
    "institute team opening closing",
    "other_subjects": "reading group;journal club;syllabus;course schedule;"
    "book;books;novel;novels;album;albums;film;films;movie;movies;"
    "cinema;sponsor;sponsors;sponsorship;about us;meet the team;podcast;podcasts;"
    "venue;venues;our hosts",
    "free_software": "free software;free and open source software",
    "against": "book;books;author;novel;novels;album;albums;film;films;movie;"
    "directed;screening;screenings;documentary;cinema;"
    "movies;podcast;podcasts;episode;changelog;release;releases;fixed;merged;"
    "contributors;sponsors;bands;reading list;reading lists;what I'm reading;"
    "currently reading;article;articles;blog;weblog;reports;write-up;write-ups",
    "other_lists": "prize;prizes;winners;raffle;giveaway;quiz;quiz teams;teams;booth;"
    "booths;stands;exhibitors;projects;volunteers;organisers;"
    "organizers;games;board games;tasting;"
    "quotes;quotations;exhibition;exhibitions;paintings;artworks;"
    "recruiters;job openings",
}
