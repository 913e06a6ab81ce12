"""FRESH_AE: twelve fresh everyday briefs for a one-time held-out measurement.

Written by a tester who had not read or run the planner, the way twelve different people type into
the chat box on an ordinary day, none of them a writer or topic of sets AC or AD: a family's
lost-cat appeal in lowercase with typos for a vertical Facebook post (Mochi, a named cat in two of
the pictures and on the card; a phone number on the card, "tuesday nite" and a street name kept
off), a bouldering centre's numbered shot list with seconds a shot that add up (a setter, Jess; "£8"
on the card), a cathedral choir administrator's formal email with greeting and signature for a
Christmas concert (a drone shot over the west front, a date and "7pm" on the card, the Dean and the
visitor centre kept out), a primary school's science-fair recap in bullets ("about 30 sec"), a
running club that changes its mind midway (the pub struck out, "make it 20 seconds not 30"), a
barber who is in every shot but the sign himself (Tariq, described once, a shot that carries on from
the one before, black and white), a driving instructor's lowercase message with an explicit "do 4
shots" in which the writer claps in the last picture, a yoga studio in Valencia writing in Spanish
(30 segundos, vertical, the teacher Lucía), a farm shop's three lowercase pictures of its eggs ("10
seconds ish", a typo), a second-hand bookshop's square clip with its on-screen lines in quotes, a
children's party entertainer's excited vertical reel in which the writer is the costumed character,
and a plumber's three terse pictures with a macro of a drip and "no cartoon stuff".

The expectations were written before any run, as a careful reader of each brief would put them;
where a reader could not be sure, the field is a range or left out. A length the writer states is
taken exactly ("about 30 sec" as 30, "10 seconds ish" as 10, seconds a shot as their sum); a brief
that states no aspect is taken as 16:9; a later correction holds and what it strikes out is never a
shot. A named animal that recurs is cast, as earlier sets cast pets. Writers on screen (the barber,
the driving instructor, the entertainer) are never listed as kept out of the cast; writers who are
not on screen are. Where the brief is in Spanish, a shot is found by a name, not by a word the
planner may translate. This set is measured once and never tuned for (file sha256 a575df8e… before
the run, the hash of the file as written before this sentence was added).

Measured once, held out, on the planner of 2a8202e (unchanged), with the briefs and expectations
exactly as written (file sha256 a575df8e… before the run; only the sentence giving that hash and
this paragraph were added): 0 of 12 briefs met every expectation; 180 of 211 single expectations
(85%). By kind, the 31 misses: tags 11, words about the video left in a shot 10 (the lost cat's
"tuesday" and "ashgrove", the struck-out pub and "drinking", "Same shot", the driving instructor's
"google", "facebook", "Pass With Pat" and "business", the typo "somone"), shot counts 6, cast names
2 (Jess, the learner), the length 1 (the running club kept 30 seconds), a style word 1 (colourful).
Seen in the plans but not counted: sentences that are no pictures became shots (the cat's
disappearance and looks, the barber's description of himself in three shots, the driving
instructor's introduction, the yoga studio's "En letras sencillas" and "Ambiente tranquilo y
luminoso", the entertainer's name on its own), the farm shop's typo "Somone" was cast, and the
Spanish descriptions stayed in Spanish. No expectation was changed after the run; from here the set
is a development set.
"""

from __future__ import annotations

from tests.agent.brief_corpus import Case, tags

FRESH_AE: tuple[Case, ...] = (
    Case(
        "lost-cat appeal, lowercase with typos, vertical, Mochi in two pictures and on the card",
        "pls can u make a quick vid for a lost cat appeal, its going on facebook and the street "
        "whatsapp so vertical, 15 secs. our cat mochi went missing tuesday nite from ashgrove rd. "
        "shes small and black with white paws and a red collar with a bell on it. shots: mochi "
        "asleep on the windowsill in the sun, mochi chasing a toy mouse across the kitchen floor, "
        'her empty food bowl by the back door, then the words "HAVE YOU SEEN MOCHI? call 07700 '
        '900123" at the end. thank u x',
        shots=(3, 4),
        seconds=15,
        aspect="9:16",
        untagged={"bowl": tags("human_motion")},
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        cast=("Mochi",),
        meta_free=("facebook", "whatsapp", "15 secs", "tuesday", "ashgrove", "pls", "appeal"),
    ),
    Case(
        "bouldering centre's numbered list with seconds a shot, setter Jess, £8 on the card",
        "Summit Bouldering – new promo, 16:9\n"
        "1. (3s) Wide of the main hall, colourful holds all over the big overhang wall.\n"
        "2. (4s) Close on a climber's hands dipping into a chalk bag, a puff of chalk in the air.\n"
        "3. (5s) Jess, one of our route setters, reaching for the last hold on a pink route and "
        "topping out.\n"
        "4. (4s) A kid on the kids' wall slips off and drops onto the big crash mat, laughing.\n"
        "5. (4s) Logo and 'First session £8 – Summit Bouldering' on screen.",
        shots=(5, 5),
        seconds=20,
        aspect="16:9",
        durations=(3.0, 4.0, 5.0, 4.0, 4.0),
        framing={"@first": "wide", "chalk": "close"},
        tagged={
            "chalk": tags("human_motion", "physics"),
            "Jess": tags("character", "human_motion"),
            "crash mat": tags("human_motion"),
        },
        untagged={"@first": tags("character")},
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        cast=("Jess",),
        not_cast=("Summit",),
        meta_free=("promo", "(3s)", "(4s)"),
    ),
    Case(
        "cathedral choir administrator's email, drone over the west front, date on the card",
        "Good afternoon,\n"
        "\n"
        "I'm writing on behalf of the St Cuthbert's Cathedral Choir. Our Christmas concert is "
        "coming up and the Dean has suggested a short promotional film for our website and the "
        "screens in the visitor centre. Around 40 seconds, standard widescreen please.\n"
        "\n"
        "We'd like it to open with a drone shot over the cathedral's west front at dusk with "
        "snow falling, then candles being lit one by one along the choir stalls, the boy "
        "choristers processing down the nave in red cassocks, a close-up of the organist's hands "
        "on the keys, and the full choir singing under the great east window. At the end please "
        'put "Carols by Candlelight – 20 December, 7pm" and "Tickets from the Cathedral Shop".\n'
        "\n"
        "The choir would prefer it to feel warm and candlelit rather than grand.\n"
        "\n"
        "With best wishes,\n"
        "Helen Ashworth\n"
        "Choir Administrator",
        shots=(5, 6),
        seconds=40,
        aspect="16:9",
        first=tags("architecture"),
        framing={"@first": "aerial", "organist": "close"},
        tagged={
            "snow": tags("physics"),
            "processing": tags("human_motion"),
            "organist": tags("human_motion"),
        },
        last=tags("typography"),
        nowhere=tags("stylized"),
        not_cast=("Helen", "Ashworth"),
        style=("warm",),
        meta_free=(
            "Good afternoon",
            "Dean",
            "website",
            "visitor centre",
            "best wishes",
            "40 seconds",
            "promotional",
        ),
    ),
    Case(
        "primary school science fair in bullets, about 30 sec",
        "Science fair video for the school newsletter\n"
        "- about 30 sec, landscape\n"
        "- a volcano model erupting, red foam pouring down the sides\n"
        "- Year 4 kids launching a bottle rocket on the field, water spraying everywhere\n"
        "- close-up of a potato clock with the numbers lighting up\n"
        "- a girl holding up a jar of homemade slime and stretching it\n"
        "- the judges pinning a blue rosette on the winning project\n"
        '- end with "Hillside Primary Science Fair – thank you parents!"',
        shots=(6, 6),
        seconds=30,
        aspect="16:9",
        framing={"potato": "close"},
        tagged={
            "volcano": tags("physics"),
            "rocket": tags("physics", "human_motion"),
            "slime": tags("physics", "human_motion"),
            "rosette": tags("human_motion"),
        },
        untagged={"potato": tags("human_motion")},
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        meta_free=("newsletter", "30 sec", "landscape"),
    ),
    Case(
        "running club that changes its mind, the pub struck out, 20 seconds not 30",
        "Hi! Riverside Runners here, we want a little video to get new people along to our "
        "Thursday night beginners group. Let's say 30 seconds. First the group meeting outside "
        "the leisure centre in hi-vis, stretching and chatting, then running along the river path "
        "at sunset, then a close up of trainers splashing through a puddle, then someone "
        "struggling up the hill with the others cheering her on, then everyone in the pub "
        "afterwards. Hmm actually thinking about it, cut the pub, we don't want it to look like a "
        "drinking club lol. And make it 20 seconds not 30. End on "
        '"Riverside Runners – all paces welcome, Thursdays 6.30pm".',
        shots=(4, 5),
        seconds=20,
        aspect="16:9",
        framing={"puddle": "close"},
        tagged={
            "stretching": tags("human_motion"),
            "river path": tags("human_motion"),
            "puddle": tags("physics"),
            "hill": tags("human_motion"),
        },
        last=tags("typography"),
        nowhere=tags("stylized"),
        not_cast=("Riverside",),
        meta_free=("pub", "drinking", "30 seconds", "20 seconds", "lol", "new people"),
    ),
    Case(
        "barber Tariq in every shot, a shot that carries on, black and white",
        "Video for my barbershop, Fade Street Barbers, 25 seconds, black and white, a bit gritty. "
        "It's all me, Tariq – mid-thirties, shaved head, big black beard, tattoo sleeve on my "
        "right arm, always in a black apron. Keep me looking the same the whole way through.\n"
        "Shot 1: Tariq sweeping up hair at opening time, sun coming through the blinds.\n"
        "Shot 2: Tariq doing a skin fade on a customer, clippers buzzing, close on the blend.\n"
        "Shot 3: Same shot carries on – he brushes the loose hair off the customer's neck and "
        "spins the chair round to the mirror.\n"
        "Shot 4: The customer grinning at his reflection, Tariq behind him nodding.\n"
        'Shot 5: The sign on the window, "Fade Street – walk-ins welcome".',
        shots=(5, 5),
        seconds=25,
        aspect="16:9",
        chained=("brushes",),
        tagged={
            "sweeping": tags("character", "human_motion"),
            "clippers": tags("character", "human_motion"),
            "brushes": tags("character", "human_motion"),
            "reflection": tags("character"),
        },
        untagged={"@last": tags("human_motion")},
        last=tags("typography"),
        nowhere=tags("dialogue"),
        cast=("Tariq",),
        not_cast=("Fade",),
        style=("black and white", "gritty"),
        meta_free=("25 seconds", "Same shot", "Keep me", "whole way through"),
    ),
    Case(
        "driving instructor's lowercase message, 'do 4 shots', the writer clapping at the end",
        "hi, im a driving instructor (Pass With Pat) and want something for my google business "
        "page and facebook. do 4 shots, 20 seconds total. 1st a nervous learner adjusting the "
        "mirror before her first lesson, then the car pulling out of a quiet side street, then "
        "the tricky bit - parallel parking between two cars, reversing slowly, and last her "
        "jumping out of the car holding her pass certificate with me clapping. landscape please",
        shots=(4, 4),
        seconds=20,
        aspect="16:9",
        tagged={
            "mirror": tags("character", "human_motion"),
            "certificate": tags("character", "human_motion"),
        },
        nowhere=tags("stylized", "typography", "dialogue"),
        cast=("learner",),
        meta_free=("google", "facebook", "4 shots", "20 seconds", "Pass With Pat", "business"),
    ),
    Case(
        "yoga studio in Valencia writing in Spanish, 30 segundos, vertical, the teacher Lucía",
        "Hola, tenemos un pequeño estudio de yoga en Valencia y queremos un vídeo de 30 segundos "
        "para Instagram, en formato vertical. La idea: el amanecer sobre el mar visto desde la "
        "terraza del estudio, nuestra profesora Lucía haciendo el saludo al sol sobre una "
        "esterilla, un grupo en la postura del árbol manteniendo el equilibrio, una taza de té "
        "humeante junto a una vela encendida, y al final nuestro nombre, «Estudio Alba», en "
        "letras sencillas. Ambiente tranquilo y luminoso. ¡Gracias!",
        shots=(4, 5),
        seconds=30,
        aspect="9:16",
        first=tags("landscape"),
        untagged={"@first": tags("character")},
        tagged={"Lucía": tags("character", "human_motion")},
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        cast=("Lucía",),
        not_cast=("Alba",),
        note="English",
        meta_free=("Instagram", "30 segundos", "formato vertical", "Hola", "Gracias"),
    ),
    Case(
        "farm shop's eggs, three lowercase pictures, '10 seconds ish', a typo",
        "hi we sell free range eggs at our farm shop and want a short clip for the website, 10 "
        "seconds ish. hens pecking round the orchard in the morning, somone collecting eggs from "
        "the nest boxes into a wire basket, and a fried egg sizzling in a pan with the yolk all "
        "golden. nothing fancy just real",
        shots=(3, 3),
        seconds=10,
        aspect="16:9",
        tagged={
            "collecting": tags("human_motion"),
            "sizzling": tags("physics", "product"),
        },
        untagged={"hens": tags("human_motion")},
        nowhere=tags("stylized", "typography", "dialogue"),
        meta_free=("website", "seconds ish", "nothing fancy", "farm shop", "somone"),
    ),
    Case(
        "second-hand bookshop's square clip, on-screen lines in quotes",
        "We're Dog-Eared Books, a second-hand bookshop in an old chapel. Could we have a "
        "20-second square video? Dust drifting in a beam of light between tall shelves, a cat "
        "asleep on a pile of paperbacks, someone pulling out an old hardback and blowing the dust "
        "off the top, a handwritten pencil price on the inside cover. Text over the last picture: "
        '"Every book has been read at least once". Then "Dog-Eared Books, Chapel Lane – open Wed '
        'to Sun".',
        shots=(4, 5),
        seconds=20,
        aspect="1:1",
        tagged={
            "dust": tags("physics"),
            "blowing": tags("human_motion", "physics"),
        },
        untagged={"asleep": tags("human_motion")},
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        not_cast=("Dog-Eared",),
        meta_free=("20-second", "square", "Could we"),
    ),
    Case(
        "kids' party entertainer's excited vertical reel, the writer is Captain Confetti",
        "Reel for my kids party business!! Captain Confetti 🎉 (that's me in the costume). 15 "
        "sec, vertical for insta + tiktok. Me making a balloon dog and handing it to the birthday "
        "girl, a bubble machine filling the room with bubbles and kids jumping to pop them, a "
        "magic trick where a hanky turns into a bunch of flowers, and a confetti cannon going off "
        "over everyone at the end. bright and colourful!!",
        shots=(4, 4),
        seconds=15,
        aspect="9:16",
        tagged={
            "balloon": tags("character", "human_motion"),
            "bubble": tags("physics", "human_motion"),
            "hanky": tags("human_motion"),
            "cannon": tags("physics"),
        },
        nowhere=tags("typography", "dialogue"),
        cast=("Confetti",),
        style=("colourful",),
        meta_free=("Reel", "insta", "tiktok", "15 sec", "party business", "that's me"),
    ),
    Case(
        "plumber's three terse pictures, a macro of a drip, no cartoon stuff",
        "Need 12 seconds for a boiler repair ad. Macro of water dripping from a corroded pipe "
        "joint under a sink into a bucket, then a plumber's hands fitting a new brass joint with "
        "a wrench, then the tap running clean and steady. Widescreen, nothing cheesy, no cartoon "
        "stuff.",
        shots=(3, 3),
        seconds=12,
        aspect="16:9",
        framing={"dripping": "extreme-close"},
        tagged={
            "dripping": tags("physics"),
            "wrench": tags("human_motion"),
            "tap": tags("physics"),
        },
        untagged={"dripping": tags("human_motion")},
        nowhere=tags("stylized", "typography", "dialogue"),
        meta_free=("boiler repair ad", "12 seconds", "cheesy", "cartoon", "Widescreen"),
    ),
)
