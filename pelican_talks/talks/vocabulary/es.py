"""The reader's words in Spanish (see the package's docstring)."""

TABLE = {
    "resources": "diapositivas vídeo",
    "organisations": "universidad instituto fundación s.a. s.l.",
    "teams": "equipo",
    "team_of": "de del",
    "possessives": "nuestro",
    "articles": "el la un una",
    "rooms": "sala aula auditorio planta sótano",
    "durations": "minutos hora horas",
    "at_time": "a las;a la",
    "slots": "sesión día parte",
    "event": "jornadas;congreso;congresos;encuentro;encuentros;conferencia;"
    "evento;eventos;grupo de usuarios;meetup",
    "particles": "de del la las los i",
    "talk": "charla charlas ponente ponentes ponencia ponencias taller talleres "
    "conferencia conferencias programa presentaciones jornadas",
    "in_item": "charla charlas ponencia ponencias",
    "kinds": {
        "lightning": "charla relámpago;charlas relámpago;charla relampago",
        "workshop": "taller;talleres",
        "panel": "mesa redonda;panel",
        "keynote": "conferencia magistral;charla magistral;keynote;"
        "keynote de apertura;keynote de clausura;keynote de cierre;"
        "conferencia inaugural;conferencia de apertura;conferencia de cierre;"
        "conferencia de clausura",
        "talk": "charla;seminario",
    },
    "presented": "nos habló de;nos habló sobre;habló de;habló sobre;presentó;"
    "nos presentó;nos contó",
    "topic": "sobre",
    "speaker_labels": "ponente;ponentes;conferenciante",
    "panel_joiners": "moderaba;moderado por;moderada por;modera;moderó;"
    "con la moderación de;"
    "moderación;participan",
    "bylines_with_article": "del",
    "bylines": "de;por;con;moderado por;moderada por;impartido por;"
    "impartida por;presentado por;presentada por;modera;imparte;imparten;"
    "participan;participaron",
    "honorifics": "dr. dra. dr dra prof. prof sr. sra. srta. doña d.ª dª",
    "joiners": "y;e",
    "jobs": "bibliotecari "
    "ingenier desarroll diseñad fundador director jefe jefa investigad "
    "profesor estudiante analista consultor programad",
    "role_verbs": "es;son;trabaja como",
    "plural_verbs": "son",
    "role_at": "en;de",
    "org_first": "desde",
    "org_after_name": "de",
    "weekdays": "lunes martes miércoles jueves viernes sábado domingo",
    "weekdays_short": "lun mar mié jue vie sáb dom",
    "months": "enero febrero marzo abril mayo junio julio agosto septiembre "
    "octubre noviembre diciembre",
    "not_names": "el la los las un una lo y en del con para por sobre cómo qué "
    "día sala universidad",
    "other_subjects": "club de lectura;grupo de lectura;temario;"
    "programa de la asignatura;"
    "libro;libros;novela;película;películas;álbum;álbumes;cine;"
    "patrocinador;patrocinadores;patrocinio;quiénes somos;nuestro equipo;"
    "sobre nosotros",
    "free_software": "software libre;softwares libres",
    "against": "libro libros autor autora novela película películas álbum "
    "álbumes disco episodio episodios",
    "other_lists": "premio;premios;ganador;ganadores;ganadora;ganadoras;sorteo;rifa;"
    "equipos;stands;expositores;proyectos;casetas;"
    "voluntarios;voluntarias;organizadores;juegos;juegos de mesa;"
    "cata;citas;exposición;exposiciones;cuadros;"
    "obras;reclutadores;ofertas de empleo",
}
