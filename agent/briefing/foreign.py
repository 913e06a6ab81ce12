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
                         "laden", "küche", "gebäude", "fassade", "brücke", "salon", "werkstatt",
                         "dom", "saal", "platz"),
        "physics": ("tropf*", "spritz*", "dampf*", "rauch*", "feuer", "flamme*", "welle*", "regen",
                    "schnee", "wasser", "honig", "wind", "nebel", "gieß*", "giess*", "fließ*",
                    "fliess*", "sprudel*", "schaum*", "funken", "fliegende* haare", "föhn*"),
        "person": ("frau", "mann", "kind", "kinder", "mädchen", "junge", "imker", "wirt*",
                   "koch", "köchin", "bäcker*", "wanderer", "surfer*", "gäste", "paar", "familie",
                   "leute", "kundin", "kunde", "friseur*", "hände"),
        "motion": ("läuft", "lauf*", "rennt", "renn*", "spring*", "tanz*", "schwimm*", "surft",
                   "klettert", "wirft", "fängt", "hebt", "heb*", "trägt", "geht", "lädt", "schneid*",
                   "knet*", "rührt", "tippt", "fährt", "taucht", "reitet", "umarm*", "stellt",
                   "haareschneiden", "föhnen", "lachen", "winkt", "marschier*", "fangen",
                   "werfen", "geworfen"),
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

# More of each, from the farm, the workshop, the weather, sport and the kitchen (stop 29: the
# first lists held the words of the briefs they were built on, so "a névoa no pasto", "schaatst"
# and "de bottega" went untagged).
_MORE: dict[str, Vocabulary] = {
    "de": {
        "landscape": ("morgennebel", "morgengrauen", "dämmerung", "hügel*", "weide*", "alm*",
                      "gletscher", "schneefeld*", "eis", "kanal", "ufer", "horizont", "sterne*",
                      "luftaufnahme", "von oben"),
        "architecture": ("bäckerei", "café", "scheune", "stall", "hof", "markt*", "keller",
                         "bahnhof", "museum", "laden*", "halle", "atelier", "fenster", "tür"),
        "physics": ("milch", "schäum*", "staub", "mehl", "glut", "blätter", "haar*", "stoff*",
                    "eis", "splitter*", "bläschen", "blubber*", "kocht", "brodel*",
                    # set AA: a carver's chips fly
                    "späne", "spänen", "sägemehl", "fliegen", "fliegt"),
        "person": ("bauer*", "bäuerin", "tischler*", "schreiner*", "spieler*", "läufer*",
                   "schüler*", "mutter", "vater", "oma", "opa", "tochter", "sohn", "mitglied*"),
        "motion": ("melk*", "schnitz*", "hobel*", "fahr*", "radel*", "schlittschuh*", "rudert",
                   "kickt", "schießt", "wirft", "dreht", "schüttelt", "gießt", "schiebt",
                   "zieht", "klatscht", "jubel*", "hüpft", "stolpert", "fällt", "spielt"),
        "typography": ("schrift", "untertitel", "abspann", "einblendung"),
        "sound": ("hören", "geräusch*", "klang"),
    },
    "fr": {
        "landscape": ("aube", "brouillard", "colline*", "prairie*", "pâturage*", "glacier",
                      "neige*", "canal", "rivage", "horizon", "étoiles", "vue aérienne",
                      "d'en haut", "falaise*", "dune*"),
        "architecture": ("boulangerie", "café", "grange", "étable", "ferme", "marché", "cave",
                         "gare", "musée", "halle", "fenêtre", "porte", "vitrine", "cour"),
        "physics": ("lait", "mousse*", "poussière", "farine", "braise*", "feuilles", "cheveux",
                    "tissu*", "glace", "bulle*", "bouillon*", "bout", "ruisselle*", "tombe*"),
        "person": ("fermier*", "fermière*", "menuisier*", "ébéniste*", "joueu*", "coureu*",
                   "élève*", "mère", "père", "grand-mère", "grand-père", "fille", "fils",
                   "membre*"),
        "motion": ("trait*", "sculpte*", "rabote*", "pédale*", "patine*", "rame*", "shoote*",
                   "tourne*", "secoue*", "verse*", "pousse*", "tire*", "applaudi*", "sautille*",
                   "trébuche*", "tombe*", "joue*", "frappe*"),
        "typography": ("écriture", "sous-titre*", "générique", "carton", "inscription"),
        "sound": ("entendre", "écouter", "le son", "bruit*"),
    },
    "es": {
        "landscape": ("alba", "madrugada", "bruma", "colina*", "prado*", "pasto*", "glaciar",
                      "nevad*", "canal", "orilla", "horizonte", "estrellas", "desde arriba",
                      "acantilado*", "duna*", "desierto"),
        "architecture": ("panadería", "café", "granero", "establo", "granja", "mercado",
                         "bodega", "estación", "museo", "ventana", "puerta", "escaparate",
                         "patio", "bar"),
        "physics": ("leche", "espum*", "polvo", "harina", "brasa*", "hojas", "pelo", "cabello*",
                    "tela*", "hielo", "burbuja*", "hierve*", "hirviendo", "derram*", "cae*"),
        "person": ("granjer*", "carpinter*", "jugador*", "corredor*", "alumn*", "madre", "padre",
                   "abuel*", "hija", "hijo", "socio*", "miembro*", "señor*", "doña", "don"),
        "motion": ("ordeña*", "talla*", "tallando", "pedalea*", "patina*", "rema*", "chuta*",
                   "gira*", "sacude*", "vierte*", "empuja*", "tira*", "aplaude*", "brinca*",
                   "tropieza*", "cae", "golpea*", "abraza*", "sirve*", "remueve*",
                   # set AA: a mezcal palenque
                   "sirviendo", "brinda*", "jala*", "sacando", "saca*", "muele*"),
        "typography": ("letrero", "rótulo", "subtítulo*", "créditos", "rótulo final"),
        "sound": ("oír", "oir", "escuch*", "oiga*", "suene*", "sonido", "ruido"),
    },
    "it": {
        "landscape": ("nebbia", "foschia", "collin*", "prato", "prati", "pascol*", "ghiacciaio",
                      "innevat*", "canale", "riva", "orizzonte", "dall'alto", "scogliera",
                      "vigna*", "vigneto*", "campagna"),
        "architecture": ("bottega", "laboratorio", "panetteria", "bar", "fienile", "stalla",
                         "fattoria", "mercato", "cantina", "stazione", "museo", "finestra",
                         "porta", "vetrina", "cortile", "officina", "liuteria"),
        "physics": ("latte", "schium*", "polvere", "farina", "brace", "foglie", "capelli",
                    "stoffa", "tessuto", "bolle*", "bollente", "trucioli",
                    "segatura", "vernice", "colata", "cade*", "cadono"),
        "person": ("contadin*", "falegname", "liutaio", "maestro", "giocator*", "corridor*",
                   "alunn*", "madre", "padre", "nonn*", "figlia", "figlio", "soci*", "signor*",
                   "artigian*"),
        "motion": ("munge*", "intaglia*", "pialla*", "pedala*", "pattina*", "rema*", "calcia*",
                   "gira*", "scuote*", "spinge*", "tira*", "applaud*", "saltella*", "inciampa*",
                   "colpisce", "abbraccia*", "serve", "suona*", "prova*", "stende*", "lavora*"),
        "typography": ("sottotitol*", "titoli di coda", "cartello", "insegna"),
        "sound": ("sentire", "ascoltare", "suono", "rumore"),
    },
    "pt": {
        "landscape": ("amanhecer", "madrugada", "neblina", "névoa", "nevoeiro", "colina*",
                      "morro*", "pasto*", "curral", "serra", "orla", "horizonte", "estrelas",
                      "de cima", "falésia*", "duna*", "cachoeira", "roça", "fazenda"),
        "architecture": ("padaria", "café", "celeiro", "estábulo", "queijaria", "oficina",
                         "adega", "estação", "museu", "janela", "porta", "vitrine", "quintal",
                         "prateleira*", "galpão", "casas", "igrejas", "praça*", "ruas", "prédio*",
                         "escola*", "telhado*"),
        "physics": ("leite", "espum*", "poeira", "farinha", "brasa*", "folhas", "cabelo*",
                    "tecido*", "gelo", "bolha*", "fervend*", "ferve", "soro", "cremos*",
                    "derret*", "cai*"),
        "person": ("fazendeir*", "marceneir*", "jogador*", "corredor*", "alun*", "mãe", "pai",
                   "avó", "avô", "filha", "filho", "sócio*", "seu", "vaqueir*", "queijeir*",
                   # set Z (a capoeira group's brief): a roda's people
                   "todo mundo", "parceir*", "mestre*", "criançada", "pessoal", "galera"),
        "motion": ("tira*", "tirando", "ordenh*", "aperta*", "apertando", "entalha*", "pedala*",
                   "patina*", "rema*", "chuta*", "gira*", "sacode*", "empurra*", "puxa*",
                   "aplaude*", "pula*", "tropeça*", "abraça*", "serve*", "corta*", "cortando",
                   "bate*", "batendo", "toca*", "tocando", "dando", "ginga*", "mortal",
                   "capoeira", "pulando", "girando", "jogando", "joga*"),
        "typography": ("letreiro", "legenda*", "créditos", "escrito", "placa"),
        # "tem que dar pra ouvir o berimbau!": what is heard is part of the shot
        "sound": ("ouvir", "escutar", "som", "barulho", "berimbau", "atabaque"),
    },
    "nl": {
        "landscape": ("zonsopkomst", "dageraad", "ochtendmist", "nevel", "heuvel*", "weiland*",
                      "polder*", "ijs", "bevroren", "vaart", "kanaal", "sloot", "oever",
                      "horizon", "sterren", "van boven", "duin*", "riet", "molen*"),
        "architecture": ("bakkerij", "café", "schuur", "stal", "boerderij", "markt", "kelder",
                         "station", "museum", "raam", "deur", "etalage", "werkplaats",
                         "clubhuis", "kraam"),
        "physics": ("melk", "stof", "meel", "bladeren", "haar", "ijs", "bellen", "kookt",
                    "koken", "chocolademelk", "stoomt", "valt", "vallen"),
        "person": ("boer*", "timmerman", "speler*", "schaatser*", "leerling*", "moeder",
                   "vader", "oma", "opa", "dochter", "zoon", "lid", "leden", "kids"),
        "motion": ("schaatst", "schaatsen", "melkt", "fietst", "roeit", "schopt", "draait",
                   "schudt", "duwt", "trekt", "klapt", "juicht", "huppelt", "struikelt",
                   "valt", "speelt", "omhelst", "knuffelt", "lacht", "lachen", "zwaait"),
        "typography": ("letters", "ondertitel*", "aftiteling", "bord"),
        "sound": ("horen", "geluid*"),
    },
}  # fmt: skip
for _code, _vocabulary in _MORE.items():
    for _tag, _words in _vocabulary.items():
        _WORDS[_code][_tag] = (*_WORDS[_code].get(_tag, ()), *_words)


# The places German builds its compounds on ("Rheinbrücke", "Dorfkirche", "Marktplatz"); never
# "wald" ("Oswald"), "laden" ("aufgeladen") or "see" alone
_COMPOUND_ENDS = frozenset(
    ("kirche", "brücke", "haus", "straße", "strasse", "platz", "halle", "turm", "gasse", "dom")
)


@cache
def _pattern(code: str, tag: str) -> re.Pattern[str] | None:
    words = _WORDS.get(code, {}).get(tag)
    if not words:
        return None
    parts = [rf"{re.escape(w[:-1])}\w*" if w.endswith("*") else rf"{re.escape(w)}\b" for w in words]
    if code == "de" and tag in ("landscape", "architecture"):
        # German builds its places as compounds: "Rheinbrücke", "Dorfkirche", "Bodensee" (a
        # word of four letters or more may end one; "tal" would end "total")
        parts += [rf"\w+{re.escape(w)}\b" for w in words if w in _COMPOUND_ENDS]
        if tag == "landscape":
            parts.append(r"\w{4,}(?:wald|see|berg|tal)\b")  # "Schwarzwald" (never "Oswald")
        else:
            parts.append(r"\w{3,}stadt\b")  # "Altstadt"
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
        t
        for t in ("landscape", "architecture", "physics", "typography", "sound")
        if says(code, t, text)
    }
    if (body or says(code, "person", text)) and says(code, "motion", text):
        found.add("human_motion")
    return found
