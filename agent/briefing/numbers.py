"""Lengths and counts in a brief's words, in English, French, Spanish, German and Italian.

"20 secondes", "veinte segundos", "drei Clips, je 5 Sekunden", "a 2-minute film", "six 4-second
shots": each becomes a `Length` (seconds, and whether it is per shot) or a `Count` of shots. Number
words of a language are read only before that language's units, so the Spanish "once" (eleven)
never turns "once upon a time" into a count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from agent.briefing.lexicon import NUMBER_WORDS


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    numbers: dict[str, float]
    seconds: tuple[str, ...]
    minutes: tuple[str, ...]
    shots: tuple[str, ...]
    each: tuple[str, ...]  # "je 5 Sekunden", "5 seconds each"
    stopwords: tuple[str, ...]  # common words that tell the language apart
    link: str = ""  # a word between a number and its unit: Romanian "20 de secunde"


LANGUAGES: tuple[Language, ...] = (
    Language(
        "en",
        "English",
        NUMBER_WORDS,
        ("seconds", "second", "secs", "sec", "s"),
        ("minutes", "minute", "mins", "min"),
        ("shots", "shot", "clips", "clip", "scenes", "takes", "looks", "steps"),
        ("each", "apiece", "per shot", "per clip", "a shot", "a clip", "a piece"),
        ("the", "a", "and", "of", "with", "on", "in", "to", "is", "her", "his", "its", "then"),
    ),
    Language(
        "fr",
        "French",
        {
            "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
            "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15,
            "vingt": 20, "vingt-cinq": 25, "trente": 30, "quarante": 40, "quarante-cinq": 45,
            "cinquante": 50, "soixante": 60, "quatre-vingt-dix": 90,
        },
        ("secondes", "seconde", "sec", "s"),
        ("minutes", "minute", "min"),
        ("plans", "plan", "clips", "clip", "séquences", "scènes"),
        ("chacun", "chacune", "chaque", "par plan", "par clip"),
        ("le", "la", "les", "des", "une", "du", "sur", "avec", "pour", "et", "dans", "sous"),
    ),
    Language(
        "es",
        "Spanish",
        {
            "un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
            "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12,
            "quince": 15, "veinte": 20, "veinticinco": 25, "treinta": 30, "cuarenta": 40,
            "cincuenta": 50, "sesenta": 60, "noventa": 90,
        },
        ("segundos", "segundo", "seg", "s"),
        ("minutos", "minuto", "min"),
        ("planos", "plano", "tomas", "toma", "clips", "clip", "escenas"),
        ("cada uno", "cada una", "cada", "por plano", "por toma"),
        ("el", "los", "las", "una", "con", "por", "para", "y", "del", "se", "sus", "sobre"),
    ),
    Language(
        "de",
        "German",
        {
            "ein": 1, "eine": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
            "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
            "fünfzehn": 15, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50,
            "sechzig": 60, "neunzig": 90,
        },
        # "ein 15-sekündiger Clip", "einen 2-minütigen Film": the length as an adjective
        ("sekunden", "sekunde", "sekündigen", "sekündiger", "sekündige", "sekündiges",
         "sekündig", "sek", "s"),
        ("minuten", "minute", "minütigen", "minütiger", "minütige", "minütiges", "minütig",
         "min"),
        ("clips", "clip", "einstellungen", "einstellung", "szenen", "shots"),
        ("je", "jeweils", "pro clip", "pro einstellung"),
        ("der", "die", "das", "ein", "eine", "und", "mit", "im", "durch", "er", "sie", "ist"),
    ),
    Language(
        "pt",
        "Portuguese",
        {
            "um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5,
            "seis": 6, "sete": 7, "oito": 8, "nove": 9, "dez": 10, "quinze": 15, "vinte": 20,
            "trinta": 30, "quarenta": 40, "cinquenta": 50, "sessenta": 60, "noventa": 90,
        },
        ("segundos", "segundo", "seg", "s"),
        ("minutos", "minuto", "min"),
        ("planos", "plano", "cenas", "cena", "takes", "clipes"),
        ("cada um", "cada uma", "cada", "por plano"),
        ("o", "os", "as", "um", "uma", "com", "para", "do", "da", "dos", "das", "em", "no", "na",
         "não", "ao"),
    ),
    Language(
        "nl",
        "Dutch",
        {
            "een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
            "acht": 8, "negen": 9, "tien": 10, "vijftien": 15, "twintig": 20, "dertig": 30,
            "veertig": 40, "vijftig": 50, "zestig": 60,
        },
        ("seconden", "seconde", "sec", "s"),
        ("minuten", "minuut", "min"),
        ("shots", "shot", "clips", "clip", "scènes", "beelden"),
        ("elk", "per shot", "per clip"),
        ("de", "het", "een", "en", "van", "met", "op", "naar", "voor", "aan", "uit", "bij"),
    ),
    Language(
        "it",
        "Italian",
        {
            "un": 1, "uno": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5,
            "sei": 6, "sette": 7, "otto": 8, "nove": 9, "dieci": 10, "quindici": 15,
            "venti": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50, "sessanta": 60,
        },
        ("secondi", "secondo", "sec", "s"),
        ("minuti", "minuto", "min"),
        ("inquadrature", "inquadratura", "clip", "scene"),
        ("ciascuno", "ciascuna", "ognuno", "ognuna"),
        ("il", "lo", "gli", "una", "di", "del", "con", "per", "sul", "al", "della", "nel"),
    ),
    # Lengths and counts only from here on (no tag vocabulary in foreign.py): a brief in these
    # is planned with its durations right and the note that the offline planner reads English.
    Language(
        "da",
        "Danish, Norwegian or Swedish",
        {
            "en": 1, "et": 1, "ett": 1, "to": 2, "två": 2, "tre": 3, "fire": 4, "fyra": 4,
            "fem": 5, "seks": 6, "sex": 6, "syv": 7, "sju": 7, "otte": 8, "åtte": 8, "åtta": 8,
            "ti": 10, "tio": 10, "femten": 15, "femton": 15, "tyve": 20, "tjue": 20, "tjugo": 20,
            "tredive": 30, "tretti": 30, "trettio": 30,
        },
        ("sekunder", "sekunders", "sekund", "sekundet", "sek", "s"),
        ("minutter", "minuter", "minutt", "minut", "min"),
        ("klip", "klipp", "optagelser", "indstillinger", "scener", "skud"),
        ("hver", "hvert", "varje", "per klip", "per klipp"),
        ("og", "och", "på", "af", "av", "til", "med", "det", "som", "ikke", "inte", "jeg", "jag",
         "vi", "hun", "hon", "han", "vores", "våra"),
    ),
    Language(
        "pl",
        "Polish, Czech, Croatian or another Slavic language",
        {
            "jeden": 1, "jedna": 1, "dwa": 2, "dva": 2, "trzy": 3, "tri": 3, "cztery": 4,
            "četiri": 4, "pięć": 5, "pet": 5, "sześć": 6, "šest": 6, "dziesięć": 10,
            "deset": 10, "piętnaście": 15, "petnaest": 15, "dwadzieścia": 20, "dvadeset": 20,
            "trzydzieści": 30, "trideset": 30,
        },
        ("sekund", "sekundy", "sekundi", "sekunde", "sekunda", "sekundowy", "sekundový",
         "sek", "s"),
        ("minut", "minuty", "minuta", "minute", "min"),
        ("ujęć", "ujęcia", "ujęcie", "kadrów", "kadrů", "klipova", "kadrova", "scen", "scene"),
        ("każde", "každý", "svaki", "svaka"),
        ("w", "z", "się", "nie", "że", "jest", "jak", "oraz", "što", "koji", "koja", "kako",
         "sa", "ili", "ali", "kao", "neka", "bude", "je", "su", "nebo", "jsou"),
    ),
    Language(
        "id",
        "Indonesian or Malay",
        {
            "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "sepuluh": 10,
            "lima belas": 15, "dua puluh": 20, "tiga puluh": 30,
        },
        ("detik",),
        ("menit", "minit"),
        ("klip", "adegan", "shot"),
        ("masing-masing", "setiap", "tiap"),
        ("dan", "yang", "di", "ke", "dari", "dengan", "untuk", "ini", "itu", "kami", "kita",
         "ada", "tidak", "juga"),
    ),
    # Lengths only, and never the language a brief is read as (no small words to tell them
    # by): a brief in one of these is planned from its own length, with the note that the
    # offline planner reads English ("uns 30 segons" was planned as 15 s).
    Language(
        "ca",
        "Catalan",
        {
            "un": 1, "una": 1, "dos": 2, "dues": 2, "tres": 3, "quatre": 4, "cinc": 5,
            "sis": 6, "deu": 10, "quinze": 15, "vint": 20, "trenta": 30, "quaranta": 40,
            "cinquanta": 50, "seixanta": 60, "noranta": 90,
        },
        ("segons", "segon", "seg", "s"),
        ("minuts", "minut", "min"),
        ("preses", "clips"),
        ("cadascun", "cadascuna"),
        (),
    ),
    Language(
        "ro",
        "Romanian",
        {
            "un": 1, "o": 1, "două": 2, "doua": 2, "trei": 3, "patru": 4, "cinci": 5,
            "șase": 6, "zece": 10, "cincisprezece": 15, "douăzeci": 20, "treizeci": 30,
            "patruzeci": 40, "cincizeci": 50, "șaizeci": 60, "nouăzeci": 90,
        },
        ("secunde", "secundă", "secunda", "sec", "s"),
        ("minute", "minut", "min"),
        ("cadre", "clipuri", "scene"),
        ("fiecare",),
        (),
        link="de",
    ),
    Language(
        "fi",
        "Finnish",
        {
            "yksi": 1, "kaksi": 2, "kolme": 3, "neljä": 4, "viisi": 5, "kuusi": 6,
            "kymmenen": 10, "viisitoista": 15, "kaksikymmentä": 20, "kolmekymmentä": 30,
            "neljäkymmentä": 40, "viisikymmentä": 50, "kuusikymmentä": 60,
        },
        ("sekuntia", "sekunnin", "sekuntinen", "sekunnin mittainen", "sekunti", "sek", "s"),
        ("minuuttia", "minuutin", "minuuttinen", "minuutti", "min"),
        ("otosta", "otos", "kohtausta", "klippiä"),
        ("kukin", "kumpikin"),
        (),
    ),
    Language(
        "af",
        "Afrikaans",
        {
            "een": 1, "twee": 2, "drie": 3, "vier": 4, "vyf": 5, "ses": 6, "tien": 10,
            "vyftien": 15, "twintig": 20, "dertig": 30, "veertig": 40, "vyftig": 50,
            "sestig": 60,
        },
        ("sekondes", "sekonde", "sek", "s"),
        ("minute", "minuut", "min"),
        ("skote", "skoot", "tonele", "snitte"),
        ("elk", "elke"),
        (),
    ),
    Language(
        "hu",
        "Hungarian",
        {
            "egy": 1, "két": 2, "kettő": 2, "három": 3, "négy": 4, "öt": 5, "hat": 6,
            "tíz": 10, "tizenöt": 15, "húsz": 20, "harminc": 30, "negyven": 40, "ötven": 50,
            "hatvan": 60,
        },
        ("másodperces", "másodperc", "s"),
        ("perces", "perc"),
        ("snitt", "jelenet", "felvétel"),
        ("egyenként",),
        (),
    ),
    Language(
        "tr",
        "Turkish",
        {
            "bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "on": 10,
            "on beş": 15, "yirmi": 20, "otuz": 30, "kırk": 40, "elli": 50, "altmış": 60,
        },
        ("saniyelik", "saniye", "sn", "s"),
        ("dakikalık", "dakika", "dk"),
        ("çekim", "sahne", "klip"),
        ("her biri",),
        (),
    ),
)  # fmt: skip
_HOURS = ("hours", "hour", "hrs", "hr", "h", "heures", "horas", "stunden", "ore")


@dataclass(frozen=True)
class Length:
    phrase: str
    seconds: float
    start: int
    end: int
    per_shot: bool
    count: int | None  # "six 4-second shots": the count that goes with a per-shot length


@dataclass(frozen=True)
class Count:
    phrase: str
    n: int
    start: int
    end: int


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _length_pattern(code: str) -> re.Pattern[str]:
    lang = next(x for x in LANGUAGES if x.code == code)
    words = _alternation(list(lang.numbers))
    extra = (
        r"|half an?|(?:a\s+)?(?:quarter|third)\s+of\s+an?|three[\s-]quarters\s+of\s+an?|an?"
        if code == "en"
        else ""
    )
    long_units = [u for u in (*lang.seconds, *lang.minutes, *_HOURS) if len(u) > 1]
    # Digits may touch their unit ("5s", "20sec"); words need a gap, and one-letter units
    # ("s", "h") follow digits only, or "as" and "ones" would read as seconds. A number word
    # after a hyphen is part of a bigger one: "twenty-four hours" is no "four hours"; after a
    # number, the hyphen makes a range ("30-35 secs": up to 35).
    link = rf"(?:\s+{lang.link})?" if lang.link else ""
    return re.compile(
        rf"(?<![\w.'$])(?<![A-Za-z]-)(?:(?P<num>-?\d+(?:[.,]\d+)?)[\s-]*{link}\s*(?P<unit>{_alternation(long_units)}|s|h)"
        rf"|(?P<word>{words}{extra})[\s-]+{link}\s*(?P<wunit>{_alternation(long_units)}))(?![\w])",
        re.IGNORECASE,
    )


@cache
def _count_pattern(code: str) -> re.Pattern[str]:
    lang = next(x for x in LANGUAGES if x.code == code)
    numbers = _alternation(list(lang.numbers))
    # Digits belong to no language: a number followed by any language's unit is a length.
    units = _alternation(
        sorted({u for x in LANGUAGES for u in (*x.seconds, *x.minutes)} | set(_HOURS))
    )
    # "three clips", "Three 4-second shots", "a 6-shot film", "Drei Clips": a number, at most two
    # words, the shot noun. A number that is itself a length ("10-second … shot") is no count,
    # nor is a ratio's ("a 9:16 clip"), nor the end of a bigger number ("24,000 steps").
    return re.compile(
        rf"(?<![\w:.-])(?<!\d,)(?P<num>\d+|{numbers})(?![\s-]*(?:{units})\b)(?![:.]\d)"
        rf"(?:[\s-]+[\w'-]+){{0,2}}?[\s-]+(?:{_alternation(lang.shots)})\b",
        re.IGNORECASE,
    )


_ARTICLES = frozenset({"un", "une", "uno", "una", "ein", "eine", "einen", "einem"})
_DECADE = re.compile(r"^(?:\d{4}s|\d0s)$", re.IGNORECASE)
_SINGLE = re.compile(
    r"\b(?:a|an|one|single)\s+(?:single\s+)?(?:\d+(?:\.\d+)?[\s-]*(?:seconds?|secs?|s)[\s-]+)?"
    r"(?:[\w-]+\s+){0,2}?(?:shot|close-up|take)\b(?!s)(?=[^.;:]*\bof\b)"
    # "in every single shot" is every shot, not one
    r"|(?<!\bevery )\bsingle[\s-](?:shot|take|clip)\b|\bone[\s-]shot\b|\bin one (?:shot|take)\b",
    re.IGNORECASE,
)
# "one shot per spot", "a clip for each product", "two shots a location": shots at a rate
# ("one shot per the client's request": as asked, not a rate)
_PER = re.compile(
    r"\s+(?:per(?!\s+(?:the|your|our|my|his|her|their|client|request|brief|spec)\b)|"
    r"for (?:each|every)|a (?=location|place|spot|dish|product))\b",
    re.I,
)
# "Each cue is one shot", "every line = one clip": a rate said the other way round
_EACH_IS = re.compile(r"\b(?:each|every)\s+[\w-]+\s+(?:is|=|gets|becomes|makes)\s+$", re.I)
_SINGLE_NEEDS_LENGTH = re.compile(r"\b(?:a|an)\s+(?!single)", re.IGNORECASE)


def _value(word: str, lang: Language) -> float:
    word = word.lower()
    if word in lang.numbers:
        return lang.numbers[word]
    if word in ("a", "an"):
        return 1.0
    if word.startswith("half"):
        return 0.5
    if "quarter" in word:  # "a quarter of a minute", "three quarters of an hour"
        return 0.75 if word.startswith("three") else 0.25
    if "third" in word:
        return 1 / 3
    return float(word.replace(",", "."))


# "We need 35 seconds before the titles": the video's own length, up to a part of the programme
_BEFORE_THE_TITLES = re.compile(
    r"\s+(?:before|ahead of)\s+(?:the\s+|our\s+)?(?:main\s+|opening\s+|end\s+)?"
    r"(?:titles?|title cards?|credits|logo|end ?card|packshot|break|ad break|programme|show)\b",
    re.I,
)


def lengths(text: str) -> list[Length]:
    """Every length the text gives, in the order written (all languages)."""
    found: list[Length] = []
    for lang in LANGUAGES:
        for m in _length_pattern(lang.code).finditer(text):
            phrase = m.group(0)
            unit = (m.group("unit") or m.group("wunit")).lower()
            raw = m.group("num") or m.group("word")
            if raw.lower() in ("a", "an") and unit in lang.seconds:
                continue  # "a second close-up" is an ordinal, not one second
            if m.group("num") and unit == "s" and _is_decade(text, m):
                continue  # "the 1980s", "in the 90s"
            if (
                re.match(
                    r"\s+(?:ago|later|earlier|before|after|away|late|early|from now)\b",
                    text[m.end() :],
                )
                and not (
                    _BEFORE_THE_TITLES.match(text[m.end() :])
                    # ("a heartbeat for 5 seconds before the title": how long, in the story)
                    and not re.search(
                        r"\bfor\s+(?:about\s+|around\s+|another\s+)?$", text[: m.start()], re.I
                    )
                )
            ):
                continue  # "The signal stopped an hour ago": time in the story, not the video's
            if any(f.start <= m.start() < f.end for f in found):
                continue  # read already in another language
            if re.search(r"\bevery\s+$", text[: m.start()], re.I):
                continue  # "a bus every 20 minutes", "the horn every thirty seconds": how often
            if re.search(r"\d:$", text[: m.start()]):
                continue  # "1:30 min": a clock's seconds, read whole below
            if re.search(
                r"\b(?:in|for|during|over|across)\s+the\s+(?:last|final|first|opening)\s+$",
                text[: m.start()],
                re.I,
            ):
                continue  # "logo in the last 2s", "for the first 3 seconds": when, in the video
            if unit not in lang.seconds and _a_process_time(text, m.start()):
                continue  # "then it goes in the oven for 20 minutes": the bread's time, not the video's
            if lang.code == "en" and _THINGS_AFTER.match(text[m.end() :]):
                continue  # "32 teams and 10 min games", "30 second rounds": the things' length
            if unit in lang.seconds:
                scale = 1.0
            elif unit in lang.minutes:
                scale = 60.0
            elif (
                re.match(r"[ -][a-z]", text[m.end() :]) or m.group("word")
            ) and not _VIDEO_AFTER.match(text[m.end() :]):
                # "a 24-hour locksmith", "a 12-hour shift", "Sign says twenty-four hours.": the
                # story's hours (in words, only "an hour-long film" is the video's)
                continue
            else:
                scale = 3600.0
            seconds = _value(raw, lang) * scale
            per_shot, count = _per_shot(text, m.start(), m.end(), lang)
            found.append(Length(phrase, seconds, m.start(), m.end(), per_shot, count))
    for m in (
        *_CLOCK_LENGTH.finditer(text),
        *_CLOCK_BEFORE_FORMAT.finditer(text),
        *_SPOT_LENGTH.finditer(text),
        *_SPOT_SECONDS.finditer(text),
    ):
        # "company film, 2:00, 16:9", "Runtime: :20", "TRT 1:30": a running time as a clock
        if any(f.start <= m.start() < f.end for f in found):
            continue
        if text[: m.start()].count("[") > text[: m.start()].count("]"):
            continue  # "[Voice message, 1:42, transcribed]": the recording's length, not the video's
        minutes = int(m.group("min") or 0)
        seconds = minutes * 60 + int(m.group("sec"))
        if 0 < seconds <= 3600:
            found.append(
                Length(m.group("clock"), float(seconds), m.start("clock"), m.end(), False, None)
            )
    return _compound(sorted(found, key=lambda x: x.start), text)


def _compound(found: list[Length], text: str) -> list[Length]:
    """ "1 min 30 s", "2 minutes and 15 seconds": one length written in two parts."""
    out: list[Length] = []
    for length in found:
        last = out[-1] if out else None
        if (
            last is not None
            and last.seconds >= 60
            and last.seconds % 60 == 0
            and length.seconds < 60
            and not last.per_shot
            and not length.per_shot
            and re.fullmatch(r"[\s,]*(?:and\s+)?", text[last.end : length.start])
        ):
            out[-1] = Length(
                text[last.start : length.end],
                last.seconds + length.seconds,
                last.start,
                length.end,
                False,
                None,
            )
            continue
        out.append(length)
    return out


# A running time written as a clock, where a length is said: after a comma or a runtime label,
# never inside a timecode range ("00:00-00:08") or a time of day ("at 7:30").
_CLOCK_LENGTH = re.compile(
    r"(?:(?<=,\s)|(?<=^)|(?i:(?:runtime|running time|duration|length|trt|total)"
    # ("the runtime has to be 0:30 exactly")
    r"(?:\s+(?:has to be|have to be|must be|should be|needs to be|will be|is|of|at|about|around))?"
    r"\s*[:=-]?\s*))"
    r"(?!(?:16:9|9:16|1:1|4:5|5:4|4:3|3:4|21:9|9:21|3:2|2:3)\b)"  # an aspect ratio, not a length
    r"(?P<clock>(?P<min>\d{1,2})?:(?P<sec>[0-5]\d))"
    r"(?=\s*(?:[,.;)]|$)|\s+(?i:exactly|max|maximum|tops|or less|or under|long)\b)(?![-–]\d)",
    re.MULTILINE,
)


# "1:30 brand film for a coffee roaster", "a 2:00 promo", "1:30 min": a clock said of the film
_CLOCK_BEFORE_FORMAT = re.compile(
    # (never a time of day: "at 7:30 the film crew arrives")
    r"(?<![\w:])(?<!\bat )(?<!\bby )(?<!\bfrom )(?<!\buntil )(?<!\btill )(?<!\bbefore )"
    r"(?<!\bafter )(?<!\baround )(?<!@ )(?<!@)"
    r"(?!(?:16:9|9:16|1:1|4:5|5:4|4:3|3:4|21:9|9:21|3:2|2:3)\b)"  # ("a 9:16 clip": its frame)
    r"(?P<clock>(?P<min>\d{1,2}):(?P<sec>[0-5]\d))(?![:\d])(?!\s*(?i:am|pm|a\.m|p\.m)\b)"
    r"(?=\s*(?i:mins?|minutes?)\b|\s+(?:[\w-]+\s+){0,2}(?i:film|video|promo|ad|advert|reel|spot|"
    r"edit|trailer|teaser|clip|documentary|doc|explainer|sizzle|montage|short)\b)"
)
# "CRUNCHLINGS - :30 TVC", "a :15 spot", "a :60": the trade's way to write a spot's seconds
_SPOT_LENGTH = re.compile(
    r"(?<![\w:])(?P<clock>(?P<min>)?:(?P<sec>[0-5]\d|60|90))(?=\s+(?i:tvc|tv\b|spot|ad\b|advert|"
    r"commercial|cut\b|version|promo|pre-?roll|bumper|radio|cinema|social|online))"
)


# '1 x 30" hero film', '15" TVC': an agency's seconds, written with the double prime (never
# '15" and 6" cut-downs', which are other videos to follow)
_SPOT_SECONDS = re.compile(
    r"(?<![\w:\"])(?P<clock>(?P<min>)(?P<sec>\d{1,3})[\"″])(?=\s+(?i:hero\b|film|tvc|tv\b|spot|"
    r"ad\b|advert|commercial|version|promo|video|edit\b|pre-?roll|bumper|cinema|master))"
)


# "an hour-long documentary", "a 2-hour film": hours that are the video's (and too long).
_VIDEO_AFTER = re.compile(
    r"^[\s-]*(?:long\b|(?:long\s+)?(?:[\w-]+\s+)?(?:video|film|documentary|doc|movie|edit|cut|"
    r"reel|episode|programme|program|show|stream|loop|timelapse|time-lapse|montage|of footage)\b)",
    re.IGNORECASE,
)
# A process's own time in the story: "bake for 20 minutes", "it'll go in the oven for 20
# minutes", "brew it for 4 minutes". Only these verbs: "hold on the logo for 3 seconds" and "show
# the waves for 30 seconds" are lengths of the video.
_STEP_TAKING_TIME = re.compile(
    r"\b(?:bak(?:e|es|ed|ing)|cook(?:s|ed|ing)?|simmer\w*|boil(?:s|ed|ing)?|roast\w*|"
    r"prov(?:e|es|ed|ing)|proof(?:s|ed|ing)|rest(?:s|ed|ing)|steep\w*|brew(?:s|ed|ing)?|soak\w*|"
    r"marinat\w*|chill(?:s|ed|ing)?|freez\w*|fr(?:y|ies|ied|ying)|grill(?:s|ed|ing)?|"
    r"smok(?:e|es|ed|ing)|ferment\w*|knead\w*|whisk\w*|stir(?:s|red|ring)?|charg(?:e|es|ed|ing)|"
    r"cur(?:e|es|ed|ing)|(?:in|into) the (?:oven|kiln|smoker|fridge|freezer|fryer|microwave|pan|"
    r"pot|wok|dryer))\b[^.,;:!?\n]{0,40}\bfor\s+(?:about\s+|around\s+|another\s+|roughly\s+|"
    r"a good\s+)?$",
    re.IGNORECASE,
)
# "A cooking video for 1 minute", "a baking tutorial for about 2 minutes": the step names the
# video, and the time is the video's
_THE_VIDEO_NAMED = re.compile(
    r"\b(?:video|vid|clip|reel|film|tutorial|how-to|demo|promo|ad|advert|process|recipe|tiktok|"
    r"short|spot|edit)s?\b",
    re.IGNORECASE,
)


def _a_process_time(text: str, start: int) -> bool:
    """The time said at `start` is one a step in the picture takes ("…goes in the oven for 20
    minutes", "brew it for 4 minutes"), not the video's. Only after "for" ("boils in 90 seconds"
    is a product's claim), and only in minutes or hours (both callers hold to that: "let the
    kettle boil for 10 seconds on camera" is the video's time)."""
    before = text[max(0, start - 60) : start]
    step = _STEP_TAKING_TIME.search(before)
    # (the video named between the step and its time: "Bakery reel: …, it'll go in the oven for
    # 20 minutes" is the bread's time; "a cooking video for 1 minute" is the video's)
    return step is not None and not _THE_VIDEO_NAMED.search(before, step.start())


def without_process_times(text: str) -> str:
    """The text without a process's own times and their "for" ("It will go in the oven for"
    still read as a note to the model): they are in the picture."""
    for m in reversed(list(_A_TIME.finditer(text))):
        if _a_process_time(text, m.start()):
            window = max(0, m.start() - 30)
            said_for = re.search(r"\s*\bfor\s+(?:\w+\s+)?$", text[window : m.start()], re.I)
            start = window + said_for.start() if said_for else m.start()
            text = text[:start] + " " + text[m.end() :]
    return text


_A_TIME = re.compile(r"\b\d+(?:\.\d+)?\s*-?\s*(?:minutes?|mins?|hours?|hrs?)\b", re.IGNORECASE)
# A length of the things after it, in the plural: "10 min games", "5 minute sessions"
_THINGS_AFTER = re.compile(
    r"^\s+(?:games|matches|sessions|rounds|classes|lessons|intervals|sets|breaks|songs|tracks|"
    r"walks|runs|rides|drives|laps|heats|races|shifts|slots|talks|meetings|calls|holds|workouts|"
    r"visits|tours|treatments|appointments)\b",
    re.IGNORECASE,
)
# "a 90s VHS look", "80s-style", "JONAH (60s, …)", "in her 30s": a decade or an age, not seconds.
_ERA_AFTER = re.compile(
    r"^[\s-]*(?:[\w-]+\s+)?(?:look|looks|vhs|style|styled|vibe|vibes|aesthetic|feel|era|music|"
    r"fashion|films?|movies?|camcorder|home[\s-]video|retro|nostalgia|sitcom|anime|cartoons?|"
    r"synth|pop|rock|hip[\s-]hop|kid|kids|colou?rs?|grain|glam|grunge|disco|neon|arcade|"
    r"sci-fi|horror|commercial|tv|dress|dresses|outfits?|hair|wardrobe|leather|jackets?|coats?|"
    r"clothes|clothing|jeans|denim|shirts?|suits?|furniture|decor|wallpaper|posters?|records?|"
    r"vinyl|cars?|vans?|sofa|lamps?|prints?|patterns?|sunglasses|shoes|trainers|sneakers|"
    # "like an old 80s comic" (not "a 30s comic-style ad": a length)
    r"comics?(?![\s-]*style)|comic[\s-]books?|magazines?|fonts?)\b",
    re.IGNORECASE,
)
_AGE_BEFORE = re.compile(
    r"(?:\b[A-Z]{2,}\s*\(|\b(?i:in)\s+(?i:his|her|their|my|our|your)\s+|"
    r"\b(?i:early|mid|late)[\s-]+|\b(?i:the)\s+|')$"
)  # "JONAH (60s": a screenplay's age follows the name in capitals; "Teaser (30s)" is a length


def _is_decade(text: str, m: re.Match[str]) -> bool:
    if _DECADE.match(m.group(0).replace(" ", "")) and len(m.group("num")) == 4:
        return True
    if not _DECADE.match(m.group(0)):
        return False
    before = text[max(0, m.start() - 12) : m.start()]
    if re.match(
        r"\s+(?:hero\s+)?(?:films?|spots?|ads?|tvcs?|videos?|edits?|versions?|commercials?)\b",
        text[m.end() :],
        re.I,
    ) and (re.search(r"\b\d+\s*[x×]\s*$", before) or re.match(r"\s+hero\b", text[m.end() :])):
        return False  # '1 x 30s hero film' (an agency's 30"): a deliverable's length
    if re.search(r"\b[A-Z][a-z]+,\s*$", before) and re.match(
        r"\s*,\s*(?:in|with|wearing|dressed|a|an|the|and|who)\b", text[m.end() : m.end() + 12]
    ):
        return True  # "Ellie, 20s, in a nightgown": her age
    if re.search(r"\b[A-Z][\w'-]+\s*\($", before) and re.match(r"\s*[,;/]", text[m.end() :]):
        return True  # "Chef Haruto (60s, white headband, grey beard)": his age
    return bool(_AGE_BEFORE.search(before) or _ERA_AFTER.match(text[m.end() : m.end() + 30]))


def _per_shot(text: str, start: int, end: int, lang: Language) -> tuple[bool, int | None]:
    # (on its own line only: "Length: 20s" over a "Shots" heading is no 20 s a shot)
    after = text[end : end + 40].split("\n", 1)[0]
    before = text[max(0, start - 40) : start]
    shots = _alternation([*lang.shots, "close-ups", "close-up"])
    each = _alternation(list(lang.each))
    one = re.match(
        rf"^[\s-]*(?:[\w-]+\s+)?(?:{_alternation([u for u in lang.shots if not u.endswith('s')])})\b",
        after,
        re.I,
    )  # "a 10 second vertical clip" is the whole video too
    opening = re.split(r"[.!?\n:;]", before)[-1].split()
    if one and (
        re.search(r"\b(?:a|an|ein|eine|einen|un|une|una|uno)[\s-]*$", before, re.I)
        or not before.strip()  # "15s square clip for Green Wheels: …" opens the brief
        # "Vertical 12 second clip for Reels …": a word or two of format before it, no count
        or (
            len(opening) <= 2
            and not any(re.search(r"\d", w) for w in opening)
            and not any(
                w.lower().strip(",") in ("then", "next", "and", "plus", "finally", "after", "last")
                for w in opening
            )
        )
    ):
        return False, None  # "a 12-second clip", "Ein 12-Sekunden-Clip": the whole video
    if re.match(rf"^[\s-]*(?:[\w-]+\s+)?(?:{shots})\b", after, re.IGNORECASE):
        count = re.search(rf"(?:^|[\s(])(\d+|{_alternation(list(lang.numbers))})\s*$", before, re.I)
        return True, int(_value(count.group(1), lang)) if count else None
    if re.search(rf"\b(?:{each})\s*[,:]?\s*$", before, re.IGNORECASE):
        return True, None
    every = _alternation(
        ["each", "every", "per", "chaque", "cada", "jede", "jeder", "jedes", "ogni"]
    )
    # ("Each part is 10 secs so 30 secs total": a part of a series is cut as one shot)
    parts = "parts?|sections?|segments?|posts?|chapters?|steps?"
    if re.search(
        rf"\b(?:{every})\s+(?:{shots}|{parts})\s*(?:is|of|at|lasts?|should be|=|:|-|dure|dura|"
        rf"dauert)?\s*"
        rf"(?:about|around|roughly|~)?\s*$",
        before,
        re.IGNORECASE,
    ):
        return True, None  # "Each shot 5 seconds.", "every clip about 3s"
    if re.match(rf"^\s*(?:{each})\b", after, re.IGNORECASE):
        return True, None
    return False, None


def counts(text: str) -> list[Count]:
    """Every shot count the text gives ("three clips", "a single shot of …"), in order."""
    found: list[Count] = []
    for lang in LANGUAGES:
        for m in _count_pattern(lang.code).finditer(text):
            if any(f.start <= m.start() < f.end for f in found):
                continue
            if lang.code != "en" and m.group("num").lower() in _ARTICLES:
                continue  # "Un clip de 15 secondes" is a video, not a count of one shot
            if m.group("num").isdigit() and int(m.group("num")) > 200:
                continue  # "the 1953 shots" are shots from 1953, not a count
            if _PER.match(text, m.end()) or _EACH_IS.search(
                text[max(0, m.start() - 40) : m.start()]
            ):
                continue  # "one shot per spot at 7 sec each": a rate, not the film's count
            found.append(Count(m.group(0), int(_value(m.group("num"), lang)), m.start(), m.end()))
    for m in _SINGLE.finditer(text):
        if (
            any(f.start <= m.start() < f.end for f in found)
            or _PER.match(text, m.end())
            or _EACH_IS.search(text[max(0, m.start() - 40) : m.start()])
        ):
            continue
        # "a close-up of her hands" inside a shot list is one shot of many, not the whole video:
        # a bare "a … shot of" counts only when the text also says how long it lasts.
        if _SINGLE_NEEDS_LENGTH.match(m.group(0)) and not re.search(r"\d|single", m.group(0)):
            continue
        found.append(Count(m.group(0), 1, m.start(), m.end()))
    return sorted(found, key=lambda c: c.start)


# A brief in none of the languages above (Finnish, Romanian, Turkish…): its numbers are read
# where they are written as figures, its pictures kept as written, and the note says so.
OTHER = Language("other", "another language", {}, (), (), (), (), ())
# Letters of Romanian, Turkish, Hungarian, Czech, Slovak, Croatian and Icelandic that none of
# the languages above writes
_UNKNOWN_LETTERS = re.compile(r"[ăĂșȘțȚşŞţŢıİğĞőŐűŰřŘůŮěĚčČšŠžŽđĐďĎťŤňŇþÞ]")


@lru_cache(maxsize=256)  # asked of the same brief by several readers
def language_of(text: str) -> Language:
    """The language most of the brief's small words belong to (English when unsure), or OTHER
    when its words are neither English nor, in any number, one of the languages known here."""
    from agent.briefing.english import is_english_word

    words = re.findall(r"[^\W\d_]+", text.lower())
    scores = []
    for lang in LANGUAGES:
        stop = set(lang.stopwords)
        scores.append((sum(w in stop for w in words), lang.code == "en", lang))
    best = max(scores, key=lambda s: (s[0], s[1]))
    english = scores[0][0]
    # Another language wins only clearly: a few shared words ("la", "une") are not enough.
    found = best[2] if best[0] >= max(2, english + 2) else LANGUAGES[0]
    if len(words) < 15:
        return found
    english_words = sum(map(is_english_word, words)) / len(words)
    if len(_UNKNOWN_LETTERS.findall(text)) >= 2 and english_words < 0.5:
        # "brutăria", "ekmeği", "Dobrý den": letters none of the known languages use (a
        # brief mostly in English with a Slovenian greeting is still English)
        return OTHER
    if found.code != "en" and best[0] / len(words) < 0.08:
        # ("Romanian read as Dutch" from a few shared small words: "de", "in", "op")
        return OTHER
    if found.code == "en" and english_words < 0.2:
        return OTHER  # ("a Finnish brief read as English": almost no word of it is English)
    return found
