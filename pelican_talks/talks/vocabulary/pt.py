"""The reader's words in Portuguese (see the package's docstring)."""

TABLE = {
    "resources": "vídeo",
    "organisations": "universidade instituto fundação lda ltda s.a.",
    "teams": "equipe equipa time",
    "team_of": "de da do",
    "possessives": "nossa nosso",
    "articles": "o a um uma",
    "rooms": "sala auditório andar subsolo",
    "durations": "minutos hora horas",
    "at_time": "às;as",
    "slots": "sessão dia parte",
    "event": "encontro;encontros;evento;eventos;conferência;jornadas;"
    "grupo de usuários;grupo de utilizadores;meetup",
    "particles": "da das do dos de",
    "talk": "palestra palestras palestrante palestrantes apresentação "
    "apresentações tutorial tutoriais oficina oficinas programação programa "
    "painel",
    "in_item": "palestra palestras apresentação",
    "kinds": {
        "lightning": "palestra relâmpago;palestras relâmpago;talk relâmpago;"
        "apresentação relâmpago;apresentações relâmpago;"
        "lightning talk",
        "workshop": "oficina;oficinas;tutorial;tutoriais;minicurso",
        "panel": "painel;mesa redonda",
        "keynote": "keynote;palestra de abertura;keynote de abertura;"
        "keynote de encerramento;palestra de encerramento;palestra inaugural;"
        "conferência inaugural",
        "talk": "palestra;seminário",
    },
    "presented": "falou sobre;falou de;apresentou;mostrou",
    "topic": "sobre",
    "speaker_labels": "orador;oradora;oradores;palestrante;palestrantes",
    "panel_joiners": "moderava;moderado por;moderada por;modera;moderou;moderação;"
    "mediação de;"
    "participam",
    "bylines_with_article": "do;da;dos;das",
    "bylines": "por;de;com;moderado por;moderada por;mediado por;mediada por;modera;"
    "ministrado por;ministrada por;apresentado por;apresentada por;participam;"
    "participaram",
    "honorifics": "dr. dra. prof. profa. prof.ª profª sr. sra.",
    "joiners": "e",
    "jobs": "bibliotecári "
    "engenheir desenvolved fundador diretor diretora pesquisad "
    "professor professora estudante analista consultor programad",
    "role_verbs": "é;são;trabalha como",
    "plural_verbs": "são",
    "role_at": "na;no;em",
    "org_first": "da;do",
    "weekdays": "segunda terça quarta quinta sexta sábado domingo",
    "weekdays_short": "seg ter qua qui sex sáb dom",
    "months": "janeiro fevereiro março abril maio junho julho agosto setembro "
    "outubro novembro dezembro",
    "not_names": "o a os as um uma e em do da dos das para com por como dia "
    "sala universidade",
    "other_subjects": "clube de leitura;grupo de leitura;programa da disciplina;"
    "livro;livros;filme;filmes;álbum;álbuns;cinema;patrocinador;"
    "patrocinadores;patrocínio;quem somos;nossa equipe;sobre nós",
    "free_software": "software livre;softwares livres",
    "against": "livro;livros;autor;filme;filmes;álbum;álbuns;disco;cinema;"
    "documentário;realizado por;episódio;episódios",
    "other_lists": "prêmio;prêmios;prémio;prémios;vencedor;vencedores;vencedora;"
    "vencedoras;sorteio;rifa;equipes;equipas;estande;estandes;expositores;"
    "projetos;projectos;voluntários;voluntárias;organizadores;"
    "jogos;jogos de tabuleiro;"
    "degustação;citações;exposição;exposições;quadros;"
    "obras;recrutadores;vagas",
}
