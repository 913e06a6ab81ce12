"""What a shot needs, read from its words in the other languages the planner reads.

The requirement tags are read from English words (agent/briefing/cues.py); a brief in French,
Spanish, German, Italian, Portuguese or Dutch says its pictures in its own words: "Honig tropft",
"l'eau éclabousse", "un surfista cogiendo una ola". These small vocabularies cover the tags a reader
checks first — places, bodies in motion, liquids and particles, words on screen — and are read only
for a brief in that language (Dutch "kind" and German "See" are English words too).

A word ending in "*" is a stem: "tropf*" reads "tropft", "tropfen", "tropfender".
"""

from __future__ import annotations

import re
from functools import cache

Vocabulary = dict[str, tuple[str, ...]]  # tag → words

_WORDS: dict[str, Vocabulary] = {
    "de": {
        "landscape": ("berg*", "gipfel*", "see", "meer", "strand", "wald", "himmel",
                      "sonnenaufgang", "sonnenuntergang", "fluss", "tal", "feld*", "wiese*",
                      "küste", "landschaft", "weinberg*", "drohne"),
        "architecture": ("straße", "strasse", "haus", "stadt", "hütte", "terrasse", "kirche",
                         "laden", "küche", "gebäude", "fassade", "brücke", "salon", "werkstatt"),
        "physics": ("tropf*", "spritz*", "dampf*", "rauch*", "feuer", "flamme*", "welle*", "regen",
                    "schnee", "wasser", "honig", "wind", "nebel", "gieß*", "giess*", "fließ*",
                    "fliess*", "sprudel*", "schaum*", "funken", "fliegende* haare", "föhn*"),
        "person": ("frau", "mann", "kind", "kinder", "mädchen", "junge", "imker", "wirt*",
                   "koch", "köchin", "bäcker*", "wanderer", "surfer*", "gäste", "paar", "familie",
                   "leute", "kundin", "kunde", "friseur*", "hände"),
        "motion": ("läuft", "lauf*", "rennt", "renn*", "spring*", "tanz*", "schwimm*", "surft",
                   "klettert", "wirft", "fängt", "hebt", "heb*", "trägt", "geht", "lädt", "schneid*",
                   "knet*", "rührt", "tippt", "fährt", "taucht", "reitet", "umarm*", "stellt",
                   "haareschneiden", "föhnen", "lachen", "winkt"),
        "typography": ("schriftzug", "titel", "text", "logo", "slogan"),
    },
    "fr": {
        "landscape": ("montagne*", "sommet*", "lac", "mer", "plage", "forêt", "foret", "ciel",
                      "lever du soleil", "coucher du soleil", "rivière", "vallée", "champ*",
                      "côte", "paysage*", "vignoble*", "vue du ciel", "drone"),
        "architecture": ("rue", "maison", "ville", "église", "boutique", "cuisine", "bâtiment",
                         "façade", "pont", "terrasse", "hôtel", "agence", "atelier", "salon"),
        "physics": ("goutt*", "éclabous*", "eclabous*", "vapeur", "fumée", "fumee", "feu",
                    "flamme*", "vague*", "pluie", "neige", "eau", "miel", "vent", "brume",
                    "verse", "coule", "mousse", "étincel*"),
        "person": ("femme", "homme", "enfant*", "fille", "garçon", "couple", "famille", "gens",
                   "chef", "boulang*", "cuisinier*", "client*", "surfeur*", "mains"),
        "motion": ("court", "courent", "saute*", "danse*", "nage*", "surfe*", "grimpe*", "lance*",
                   "attrape*", "soulève*", "porte*", "marche*", "charge*", "coupe*", "pétri*",
                   "remue*", "plonge*", "glisse*", "roule*"),
        "typography": ("logo", "texte", "titre", "slogan"),
    },
    "es": {
        "landscape": ("montaña*", "cumbre*", "lago", "mar", "playa", "bosque", "cielo",
                      "amanecer", "atardecer", "río", "valle", "campo*", "costa", "paisaje*",
                      "plano aéreo", "aérea", "aéreo", "dron"),
        "architecture": ("calle", "casa", "ciudad", "iglesia", "tienda", "cocina", "edificio",
                         "fachada", "puente", "terraza", "escuela", "pared", "taller", "refugio"),
        "physics": ("got*", "salpic*", "vapor", "humo", "fuego", "llama*", "ola", "olas",
                    "lluvia", "nieve", "agua", "miel", "viento", "niebla", "vierte*", "chorre*",
                    "espuma", "chispa*"),
        "person": ("mujer", "hombre", "niño*", "niña*", "chica*", "chico*", "pareja", "familia",
                   "gente", "instructor*", "surfista*", "cocinero*", "panadero*", "cliente*",
                   "manos", "perro*"),
        "motion": ("corre*", "salta*", "baila*", "nada", "nadando", "surfea*", "escala*",
                   "lanza*", "atrapa*", "levanta*", "carga*", "camina*", "corta*", "amasa*",
                   "enseña*", "coge", "cogiendo", "bucea*", "monta*", "juega*", "jugando"),
        "typography": ("logo", "logotipo", "texto", "título", "eslogan", "cartel"),
    },
    "it": {
        "landscape": ("montagn*", "vetta", "lago", "mare", "spiaggia", "bosco", "cielo", "alba",
                      "tramonto", "fiume", "valle", "campo*", "costa", "paesaggio", "stelle",
                      "drone"),
        "architecture": ("strada", "casa", "città", "chiesa", "negozio", "cucina", "edificio",
                         "facciata", "ponte", "terrazza", "piscina", "hotel"),
        "physics": ("goccio*", "gocc*", "schizz*", "vapore", "fumo", "fuoco", "fiamm*", "onda",
                    "onde", "pioggia", "neve", "acqua", "miele", "vento", "nebbia", "versa*",
                    "cola", "schiuma", "scintill*", "condensa", "ghiaccio"),
        "person": ("donna", "uomo", "bambin*", "ragazz*", "coppia", "famiglia", "gente",
                   "cuoco", "cliente*", "mani"),
        "motion": ("corre*", "salta*", "balla*", "nuota*", "surf*", "arrampic*", "lancia*",
                   "afferra*", "solleva*", "cammina*", "carica*", "taglia*", "impasta*",
                   "mescola*", "tuffa*", "gioca*"),
        "typography": ("logo", "testo", "titolo", "slogan", "scritta"),
    },
    "pt": {
        "landscape": ("montanha*", "cume", "lago", "mar", "praia", "floresta", "céu",
                      "nascer do sol", "pôr do sol", "rio", "vale", "campo*", "costa",
                      "paisagem", "drone"),
        "architecture": ("rua", "casa", "cidade", "igreja", "loja", "cozinha", "edifício",
                         "fachada", "ponte", "terraço", "bancas", "feira", "mercado"),
        "physics": ("got*", "salpic*", "vapor", "fumaça", "fumo", "fogo", "chama*", "onda*",
                    "chuva", "neve", "água", "agua", "mel", "vento", "névoa", "escorr*",
                    "derram*", "espuma"),
        "person": ("mulher", "homem", "criança*", "menino*", "menina*", "casal", "família",
                   "gente", "cozinheir*", "cliente*", "dona", "senhor*", "mãos"),
        "motion": ("corre*", "salta*", "dança*", "nada", "surfa*", "escala*", "lança*", "pega*",
                   "levanta*", "carrega*", "caminha*", "corta*", "amassa*", "mexe*",
                   "mergulha*", "arruma*", "arrumar", "prova*", "montad*", "monta*"),
        "typography": ("logo", "logótipo", "logotipo", "texto", "título", "slogan"),
    },
    "nl": {
        "landscape": ("berg*", "meer", "zee", "strand", "bos", "lucht", "zonsopgang",
                      "zonsondergang", "rivier", "dal", "veld*", "kust", "landschap", "drone"),
        "architecture": ("straat", "huis", "stad", "kerk", "winkel", "keuken", "gebouw", "gevel",
                         "brug", "terras", "wasstraat", "garage"),
        "physics": ("druppel*", "spat*", "stoom", "rook", "vuur", "vlam*", "golf", "golven",
                    "regen", "sneeuw", "water", "honing", "wind", "mist", "giet*", "schuim*",
                    "sop"),
        "person": ("vrouw", "man", "kind", "kinderen", "meisje", "jongen", "stel", "familie",
                   "mensen", "kok", "klant*", "handen"),
        "motion": ("rent", "rennen", "loopt", "springt", "danst", "zwemt", "surft", "klimt",
                   "gooit", "vangt", "tilt", "draagt", "wandelt", "laadt", "snijdt", "kneedt",
                   "roert", "duikt", "poetst", "wast", "spuit*"),
        "typography": ("logo", "tekst", "titel", "slogan"),
    },
}  # fmt: skip


@cache
def _pattern(code: str, tag: str) -> re.Pattern[str] | None:
    words = _WORDS.get(code, {}).get(tag)
    if not words:
        return None
    parts = [rf"{re.escape(w[:-1])}\w*" if w.endswith("*") else rf"{re.escape(w)}\b" for w in words]
    return re.compile(rf"(?<!\w)(?:{'|'.join(parts)})", re.IGNORECASE)


def says(code: str, tag: str, text: str) -> bool:
    """Whether `text`, in the language `code`, names something of `tag` (a tag, or "person"/
    "motion" for a body and its movement)."""
    pattern = _pattern(code, tag)
    return pattern is not None and pattern.search(text) is not None


def foreign_tags(code: str, text: str, *, body: bool) -> set[str]:
    """The tags `text` asks for in its own language (none for English: cues.py reads those)."""
    if code == "en" or code not in _WORDS:
        return set()
    found = {
        t for t in ("landscape", "architecture", "physics", "typography") if says(code, t, text)
    }
    if (body or says(code, "person", text)) and says(code, "motion", text):
        found.add("human_motion")
    return found
