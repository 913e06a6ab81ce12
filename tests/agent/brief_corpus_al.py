"""FRESH_AL: twelve fresh briefs in forms the earlier sets lack or hold only once.

Written by a tester who had not read or run the planner, each the way its writer would really paste
or type it into the chat box, none of them a writer or topic of the earlier sets: an agency account
director's brief for a cold-wash detergent under BACKGROUND, OBJECTIVE, STORY, SHOTS, DELIVERABLES
and NOTES headings, with pictures only under SHOTS (six numbered, a 30" hero film at 16:9 with
cut-downs and a 9:16 left to phase 2, a wide of Theo stomping in from rugby and Theo again back on
the pitch, a close up of a dial turned from 40° to 20°, the pack shot with its line in quotes last,
legal supers the client adds later, nobody speaking, the agency, the client and the account director
never in a shot), a milliner's daughter whose six numbered shots run inline on one line with "5s"
after each and "Total 30 seconds." (vertical, her dad Vic blocking the felt and close on him tying
the string, the writer herself trimming and fitting a fedora, no music, no text), a screenwriter's
cold open pasted with sluglines (EXT. MOTORWAY SERVICES – NIGHT, INT. LORRY CAB – CONTINUOUS) and
the speakers' names in capitals above their two lines ("roughly 40 seconds", widescreen, the driver
Doug and the soaked hitchhiker Nell each in two pictures or more, a cardboard sign reading GLASGOW,
tea poured from a flask, the script's title SERVICES and its funding application never in a shot), a
pressing plant's storyboard pasted from a spreadsheet with a header row and tabs between shot, secs,
description and notes (seven rows of 3 to 5 seconds that add up to 28 and no total, Anika at the
press in two, a close up of a puck of hot vinyl, the end card last, the notes column's "hero shot,
client fav", a band's labels, a consent note and a Dropbox never in a shot), a speedway club's press
officer with timecoded rows from 00:00–00:04 to 00:19–00:22 (vertical, Kacper Nowak sending up shale
on the first bend and spraying fizz on the podium, close on a mechanic's hands at a tyre, the
fixture card in quotes last, the season opener's date and time not lengths), a wassail organiser's
reply above her own quoted earlier message ("On Tue, 14 Jan 2025 at 09:12, … wrote:" and "> " lines:
the Morris side's shot dropped because they have Covid, landscape changed to vertical, "Same length
as before" keeping the quoted "About 40 seconds", the wassail queen Hattie pouring cider and then
"Same shot, don't cut" pushing toast into the branches, everyone shouting "Wassail!", the recipient
Tom, the colleague Jen and the writer Bea never on screen), a Cologne carnival society's secretary
writing in German ("Dreißig Sekunden, Querformat", six numbered pictures, the cathedral at night
with confetti first, the dancer Lena thrown into the air and caught, the card in German quotes „…“
last, "Kein Gesang, keine Sprechrollen", the society's president who is not to be seen), a tile
painter's niece in Alfama writing in European Portuguese ("20 segundos", "formato vertical", the
rooftops "vistos de cima" first, her aunt Graça painting and holding up the finished tile, the card
in quotes last, the writer who does not appear and the small budget), a swing-dance club's
treasurer's letter of 3 KB with five pictures in its middle (the founders' story since 1989, a late
husband, a pandemic, a Lottery grant of £4,800, 38 and 31 and 93 and £3 and 81, buckets under a
leaking roof she wants kept out; "let's say 45 seconds", no aspect, Rita clapping and calling "Five,
six, seven, eight!" and then close on her feet tapping, the Shim Sham from the balcony looking
straight down, the card last), a reptile rescue's emoji bullets for a leopard gecko that change the
length underneath ("15s" then "actually make it 20s not 15"; vertical, Mango in four pictures, the
writer's arm once, the card in quotes last, a trending sound), a one-line request for a 10 second
loop of a lava lamp, square, and a bedroom-pop duo's lyric timings from 0:00 to 0:32 out of a track
of 3:12 (vertical, five rows of 6 and 8 seconds, Rowan singing on the porch steps and on the swing,
the writer Cass once, the lyrics in quotes that are sung, "no lyrics on screen!! and no title
card").

The expectations were written before any run, as a careful reader of each brief would put them;
where a reader could not be sure, the field is a range or left out (how many pictures the
screenplay's action lines and its two spoken lines make, which shot holds the spoken lines, whether
a felt cone in steam is held by a hand, whether a puck of vinyl dropped into a press is physics,
whether the dancers of the carnival corps or a kiln door closing carry human motion, which framing
"super close up pls" and "Grande plano" ask for, whether a gecko or a lava lamp is a character or a
product, whether sung lyrics are dialogue). A length the writer states is taken exactly ("Total 30
seconds." as 30, "roughly 40 seconds" as 40, a 30" hero film as 30, "Dreißig Sekunden" as 30, "20
segundos" as 20, "let's say 45 seconds" as 45, spreadsheet rows and timecoded rows and lyric timings
as their sums, 28, 22 and 32); the last length stated holds ("actually make it 20s not 15"), and a
reply's "Same length as before" keeps the quoted message's 40. A brief that states no aspect is
taken as 16:9, as are "Widescreen", "Querformat" and "16:9 please"; "vertical", "vertical please",
"vertical ofc", "formato vertical" and "vertical bc it's going on tiktok first" are 9:16, and a
reply's "make it vertical instead" overrides the quoted "landscape"; "square" is 1:1; cut-downs left
to a later phase are not this film's aspect. A reply above a quoted message changes only what it
says it changes, the quoted list holds otherwise, and the shot it drops (the Morris side) is never a
shot. "Close up", "Close up:" and "close on" are close; "Wide:" is wide; "seen from up in the
balcony looking straight down" and "vistos de cima" are aerial. A picture that runs on "Same shot,
don't cut" chains from the one before, even after the shot before it was dropped. A named person or
animal in two or more pictures is cast (Theo, Vic, Doug, Nell, Anika, Kacper, Hattie, Lena, Graça as
"tia Graça", Rita, Mango, Rowan); one seen once (Grace, the customer, Frank and Iris, Cass) is
neither required nor kept out. A writer on screen (the milliner's daughter, the gecko's keeper, the
singer Cass) is never listed as kept out of the cast; writers, recipients, colleagues, clients,
presidents and the dead who are not on screen are kept out (Marcus Oyelaran, Fitz, Shaz, Tom, Jen,
Bea, Sabine Wirtz, Herr Kaltenbach, Inês, Pauline, Alf, Benny Goodman), and so are agencies,
clients, bands, clubs, societies, handles and a script's title. A rule that nobody speaks or sings
("Nobody speaks on camera", "Kein Gesang, keine Sprechrollen") or a brief with no talk in it means
no shot carries dialogue; a line called out in quotes by someone on screen ("Five, six, seven,
eight!", "Wassail!") is dialogue, and its numbers are never a length or a shot count, nor are ages
(12, 17, 60s, 81, 84, 93), years (1951, 1957, 1987, 1989, 2016, 2024, 2025), temperatures (20°,
40°), counts (7 in 10, 38, 31 members), prices, dates, clock times, timecodes or a track's own 3:12.
"No text either", "no lyrics on screen" and "no title card" mean no shot carries typography; words
on a card, a sign or a pack shot's line, in quotes or in capitals, are picture, not talk, so they
are never listed as words about the video. A gecko's own movement (peeking, stalking a mealworm) is
never human motion. Where the brief is in German or Portuguese, a shot is found by a name (Lena;
Gra, which survives losing its cedilla) or by its place (first, last), not by a word the planner may
translate, and a word about the video may be the English a translation would use ("30 seconds",
"website", "budget", "no music"). Words about the video are given as phrases long enough not to turn
up inside a shot's own words ("hope the columns", not "columns"; "Same length", not "length").

Counted as sets AH's to AK's were (one for the shot count, one for the length, one for the aspect,
one per tag in every/somewhere/nowhere/first/last and per tag of each tagged or untagged word, one
per framing, chained word, cast or not_cast name and meta_free word, one each for durations and
note), these twelve briefs hold 326 single expectations. This set is measured once and never tuned
for: a failure here is a finding, not a test to make pass.

Measured once, held out, in stop 44 (the file's sha256 4a48f891… recorded by its writer before
the run): on 9b9b48a, the landed head, 274 of 326 single expectations (84.0%), 2 of 12 briefs
whole. Then a development set, with its floor in test_corpus_floor.py.
"""

from __future__ import annotations

from tests.agent.brief_corpus import Case, tags

FRESH_AL: tuple[Case, ...] = (
    Case(
        "agency brief under BACKGROUND to NOTES headings, pictures only under SHOTS, Theo twice",
        'Project: FROST cold-wash detergent – "Turn It Down" launch film\n'
        "Agency: Halyard & Finch\n"
        "Prepared by: Marcus Oyelaran, Account Director\n"
        "\n"
        "BACKGROUND\n"
        "FROST is a laundry detergent made to work at 20°. Our research says 7 in 10 households "
        "still wash at 40° or hotter out of habit. The client (Brightwell Home Care) launches "
        "nationally in March.\n"
        "\n"
        "OBJECTIVE\n"
        "Make people believe a cold wash can handle the worst their family throws at it. Primary "
        "KPI is trial; secondary is brand recall.\n"
        "\n"
        "STORY\n"
        "The dirtiest thing in any house is a twelve-year-old's rugby kit. If FROST can get that "
        "clean at 20°, it can clean anything. Keep it real, a little bit funny, never preachy.\n"
        "\n"
        "SHOTS\n"
        "1. Wide: Theo (12, caked in mud from head to toe) stomps into the utility room and drops "
        "his rugby kit on the floor with a splat.\n"
        "2. Close up: a hand turns the washing machine dial from 40° down to 20°.\n"
        "3. Inside the drum, slow motion: water and suds crashing over the muddy shirt.\n"
        "4. Theo's mum Grace pegs the white shirt on the line in the back garden, the wind "
        "snapping it out straight.\n"
        "5. Theo runs back out onto the pitch in the spotless kit.\n"
        '6. Pack shot: the FROST bottle on top of the washing machine, with the line "Turn it '
        'down."\n'
        "\n"
        "DELIVERABLES\n"
        '1 x 30" hero film, 16:9, for broadcast VOD.\n'
        'Cut-downs (15", 6" and 9:16 social) will be briefed separately in phase 2.\n'
        "\n"
        "NOTES\n"
        "– Nobody speaks on camera; the VO and music are being handled by the client's audio "
        "house.\n"
        '– Legal supers ("Stain removal at 20°, independent lab test, 2024") will be added by '
        "the client in post. Please leave room for them but don't add them.\n"
        "– Mandatory: bottle front-facing, logo legible.",
        shots=(6, 6),
        seconds=30,
        aspect="16:9",
        framing={"@first": "wide", "dial": "close"},
        tagged={
            "stomps": tags("character", "human_motion"),
            "dial": tags("human_motion"),
            "suds": tags("physics"),
            "pegs": tags("character", "human_motion", "physics"),
            "spotless": tags("character", "human_motion"),
        },
        untagged={"suds": tags("character", "human_motion")},
        last=tags("typography", "product"),
        nowhere=tags("dialogue", "stylized"),
        cast=("Theo",),
        not_cast=("Marcus", "Oyelaran", "Brightwell", "Halyard"),
        meta_free=(
            "Account Director",
            "Brightwell",
            "Halyard",
            "KPI",
            "brand recall",
            "households",
            "launches nationally",
            "never preachy",
            "broadcast VOD",
            "Cut-downs",
            "phase 2",
            "audio house",
            "Legal supers",
            "independent lab test",
        ),
    ),
    Case(
        "milliner's daughter's numbered shots inline on one line, 5s each, 'Total 30 seconds.'",
        "hi! hat shop here (we block felt and straw hats by hand in Luton, it's me and my dad). "
        "could you make us a reel for instagram, vertical please. Shots: 1) felt cone softening in "
        "the steam over the kettle-spout steamer, clouds of steam 5s 2) my dad Vic pulling the hot "
        "felt down over a wooden hat block, both hands 5s 3) close up of Vic tying the string "
        "round the brim line 5s 4) me trimming the brim with a round knife 5s 5) a row of finished "
        "hats drying on their blocks on the windowsill 5s 6) me putting the finished fedora on a "
        "customer's head and she laughs in the mirror 5s. Total 30 seconds. no music needed we'll "
        "add our own, no text either thanks!",
        shots=(6, 6),
        seconds=30,
        aspect="9:16",
        durations=(5.0, 5.0, 5.0, 5.0, 5.0, 5.0),
        first=tags("physics"),
        untagged={"windowsill": tags("character", "human_motion")},
        tagged={
            "Vic": tags("character", "human_motion"),
            "string": tags("character", "human_motion"),
            "trimming": tags("character", "human_motion"),
            "mirror": tags("character", "human_motion"),
        },
        framing={"string": "close"},
        nowhere=tags("typography", "dialogue", "stylized"),
        cast=("Vic",),
        meta_free=(
            "hat shop here",
            "by hand in Luton",
            "for instagram",
            "Total 30 seconds",
            "no music needed",
            "add our own",
            "no text either",
        ),
    ),
    Case(
        "screenwriter's cold open with sluglines, names in capitals over two lines, Doug and Nell",
        "Hey – this is the cold open from my short script SERVICES. Could you turn just this page "
        "into roughly 40 seconds of video? Widescreen. Keep the two lines of dialogue, they're the "
        "whole point of the scene.\n"
        "\n"
        "EXT. MOTORWAY SERVICES – NIGHT\n"
        "\n"
        "Sodium lights. Rain sheets across an empty lorry park. A single artic idles, wipers "
        "going.\n"
        "\n"
        "INT. LORRY CAB – CONTINUOUS\n"
        "\n"
        "DOUG (60s, hi-vis, grey stubble) watches the rain. A knock on the passenger window. He "
        "winds it down.\n"
        "\n"
        "NELL (17, soaked, rucksack) stands on the step, hood up. She holds up a cardboard sign: "
        "GLASGOW.\n"
        "\n"
        "                    NELL\n"
        "          You going north?\n"
        "\n"
        "                    DOUG\n"
        "          Get in before you drown.\n"
        "\n"
        "INT. LORRY CAB – MOMENTS LATER\n"
        "\n"
        "Nell steams gently by the heater. Doug pours tea from his flask into the lid and hands it "
        "across without looking at her.\n"
        "\n"
        "EXT. M6 – NIGHT\n"
        "\n"
        "The lorry pulls out onto the empty carriageway, tail lights shrinking into the rain.\n"
        "\n"
        "(it's for a funding application so it doesn't have to be perfect!)",
        shots=(5, 9),
        seconds=40,
        aspect="16:9",
        tagged={
            "lorry park": tags("physics"),
            "cardboard": tags("character", "typography"),
            "flask": tags("character", "human_motion", "physics"),
        },
        untagged={
            "lorry park": tags("character", "human_motion", "dialogue"),
            "carriageway": tags("character", "dialogue"),
        },
        somewhere=tags("dialogue"),
        nowhere=tags("stylized"),
        cast=("Doug", "Nell"),
        not_cast=("SERVICES",),
        meta_free=(
            "cold open",
            "short script",
            "two lines of dialogue",
            "whole point of the scene",
            "funding application",
            "have to be perfect",
            "INT. ",
            "EXT. ",
            "CONTINUOUS",
            "MOMENTS LATER",
        ),
    ),
    Case(
        "pressing plant's storyboard pasted from a sheet, shot/secs/description/notes tabs, Anika",
        "Pasting our board straight from the sheet, hope the columns come through. It's for the "
        '"how a record is made" page on the plant\'s website. 16:9 please.\n'
        "\n"
        "shot\tsecs\tdescription\tnotes\n"
        "1\t3\tThe press opening, a fresh black record steaming on the plate\thero shot, client "
        "fav\n"
        "2\t4\tClose up: a puck of hot vinyl dropped between the two paper labels\tlabels from the "
        "Moth Choir run\n"
        "3\t5\tAnika pulls the lever and the hydraulic press closes with a hiss\tAnika ok'd being "
        "filmed\n"
        "4\t3\tThe excess trimmed off the edge, a ribbon of black flash curling away\t\n"
        "5\t4\tAnika holds the finished record up to the window light and checks the "
        "grooves\tgolden hour if poss\n"
        "6\t5\tRecords stacked on the spindle, cooling, slow push in\t\n"
        "7\t4\tEnd card: Northern Groove Pressing – est. 2016\tlogo is in the Dropbox\n"
        "\n"
        "Cheers, Fitz",
        shots=(7, 7),
        seconds=28,
        aspect="16:9",
        durations=(3.0, 4.0, 5.0, 3.0, 4.0, 5.0, 4.0),
        framing={"puck": "close"},
        tagged={
            "steaming": tags("physics"),
            "Anika": tags("character", "human_motion"),
            "ribbon": tags("physics"),
            "grooves": tags("character"),
        },
        untagged={
            "steaming": tags("character", "human_motion"),
            "spindle": tags("character", "human_motion"),
        },
        last=tags("typography"),
        nowhere=tags("dialogue", "stylized"),
        cast=("Anika",),
        not_cast=("Fitz", "Moth Choir"),
        meta_free=(
            "hope the columns",
            "how a record is made",
            "plant's website",
            "hero shot",
            "client fav",
            "Moth Choir",
            "ok'd being filmed",
            "if poss",
            "Dropbox",
            "Cheers, Fitz",
        ),
    ),
    Case(
        "speedway press officer's timecoded rows 00:00–00:22, vertical, Kacper twice",
        "Speedway promo for the Ravensmoor Rooks, season opener Sat 5 April, tapes-up at 7.30pm. "
        "Vertical for TikTok/Reels.\n"
        "\n"
        "00:00–00:04 the four riders lined up at the tapes, engines screaming, methanol haze\n"
        "00:04–00:07 tapes fly up and the bikes launch, shot low from the centre green\n"
        "00:07–00:12 first bend: Kacper Nowak broadsides past the fence, a fan of shale spraying "
        "over the camera\n"
        "00:12–00:15 close on the mechanic's hands swapping a rear tyre in the pits\n"
        "00:15–00:19 Kacper on the podium, goggles pushed up, spraying a bottle of fizz\n"
        '00:19–00:22 card: "Rooks v Wolves – Sat 5 April – tapes up 7.30"\n'
        "\n"
        "Ta, Shaz (press officer)",
        shots=(6, 6),
        seconds=22,
        aspect="9:16",
        durations=(4.0, 3.0, 5.0, 3.0, 4.0, 3.0),
        tagged={
            "shale": tags("character", "human_motion", "physics"),
            "tyre": tags("human_motion"),
            "podium": tags("character", "human_motion", "physics"),
        },
        framing={"tyre": "close"},
        last=tags("typography"),
        nowhere=tags("dialogue", "stylized"),
        cast=("Kacper",),
        not_cast=("Shaz", "Ravensmoor"),
        meta_free=(
            "Speedway promo",
            "season opener",
            "TikTok",
            "press officer",
            "00:",
        ),
    ),
    Case(
        "wassail organiser's reply above her own quoted list: the Morris struck, vertical, Hattie",
        "Hi Tom,\n"
        "\n"
        "Small change – the Morris side have pulled out (half of them have got Covid), so please "
        "drop the dancing shot altogether. And Jen says it'll mostly be watched on phones, so can "
        "we make it vertical instead? Same length as before.\n"
        "\n"
        "Everything else as below.\n"
        "\n"
        "Bea\n"
        "\n"
        "On Tue, 14 Jan 2025 at 09:12, Bea Harcourt <bea@lydeorchard.org.uk> wrote:\n"
        "> Hi Tom,\n"
        ">\n"
        "> As discussed, here's the plan for the Lyde Orchard wassail film. About 40 seconds, "
        "landscape.\n"
        ">\n"
        "> 1. The old orchard at dusk, bare apple trees, lanterns hanging in the branches\n"
        "> 2. The crowd processing between the trees with flaming torches\n"
        "> 3. The Morris side dancing round the oldest tree, sticks clashing\n"
        "> 4. Our wassail queen, Hattie, pouring cider from a wooden bowl onto the roots\n"
        "> 5. Same shot, don't cut: Hattie pushing toast soaked in cider into the branches for the "
        "robins\n"
        '> 6. Everyone banging pots and pans to wake the trees, shouting "Wassail!"\n'
        "> 7. Bonfire sparks rising into the dark\n"
        ">\n"
        "> Thanks so much,\n"
        "> Bea",
        shots=(6, 6),
        seconds=40,
        aspect="9:16",
        first=tags("landscape"),
        untagged={"@first": tags("human_motion"), "sparks": tags("human_motion")},
        tagged={
            "torches": tags("character", "human_motion", "physics"),
            "Hattie": tags("character", "human_motion", "physics"),
            "toast": tags("character", "human_motion"),
            "pans": tags("character", "human_motion", "dialogue"),
            "sparks": tags("physics"),
        },
        chained=("toast",),
        last=tags("physics"),
        nowhere=tags("stylized"),
        cast=("Hattie",),
        not_cast=("Tom", "Jen", "Bea", "Harcourt", "Lyde"),
        meta_free=(
            "Morris",
            "sticks clashing",
            "pulled out",
            "Covid",
            "watched on phones",
            "Same length",
            "As discussed",
            "wrote:",
            "lydeorchard",
            "Same shot",
            "Small change",
        ),
    ),
    Case(
        "Cologne carnival society's secretary in German, Dreißig Sekunden, Querformat, Lena twice",
        "Hallo zusammen,\n"
        "\n"
        "ich schreibe für die KG Rheinfunken Porz e.V. (Karnevalsgesellschaft, gegründet 1951). "
        "Wir brauchen für unsere Webseite und für Instagram ein kurzes Video zur neuen Session. "
        "Dreißig Sekunden, Querformat.\n"
        "\n"
        "Unsere Bilder:\n"
        "1. Der Kölner Dom bei Nacht, von der Rheinbrücke aus, Konfetti fliegt ins Bild\n"
        "2. Das Tanzcorps marschiert in roten Uniformen in den Saal, alle im Gleichschritt\n"
        "3. Unser Tanzmariechen Lena wird von vier Tänzern hoch in die Luft geworfen\n"
        "4. Nahaufnahme: Lena landet lachend in den Armen der Tänzer\n"
        "5. Kamelle fliegen vom Wagen in die Menge, Kinder fangen sie mit Tüten\n"
        "6. Zum Schluss der Schriftzug „Rheinfunken Porz – Alaaf!“\n"
        "\n"
        "Kein Gesang, keine Sprechrollen. Unser Präsident, Herr Kaltenbach, möchte nicht im Bild "
        "sein.\n"
        "\n"
        "Viele Grüße\n"
        "Sabine Wirtz\n"
        "Schriftführerin",
        shots=(6, 6),
        seconds=30,
        aspect="16:9",
        note="English",
        first=tags("architecture", "physics"),
        untagged={"@first": tags("human_motion")},
        tagged={"Lena": tags("character", "human_motion")},
        last=tags("typography"),
        nowhere=tags("dialogue", "stylized"),
        cast=("Lena",),
        not_cast=("Sabine", "Wirtz", "Kaltenbach", "Rheinfunken"),
        meta_free=(
            "Webseite",
            "website",
            "Instagram",
            "1951",
            "Dreißig",
            "30 seconds",
            "Querformat",
            "Kaltenbach",
            "Präsident",
            "Schriftführerin",
        ),
    ),
    Case(
        "Alfama tile painter's niece in Portuguese, 20 segundos, vertical, tia Graça twice",
        "Olá! Sou a Inês e trabalho no atelier de azulejos da minha tia, a Dona Graça Mendes, em "
        "Alfama, Lisboa. Pintamos azulejos à mão desde 1987. Queria um vídeo de 20 segundos para o "
        "Instagram, formato vertical.\n"
        "\n"
        "As cenas:\n"
        "- Os telhados de Alfama vistos de cima, de manhã cedo, com o Tejo ao fundo\n"
        "- A tia Graça a pintar um azulejo com um pincel fininho, azul cobalto sobre o branco\n"
        "- Grande plano do pincel a deixar a linha azul no vidrado\n"
        "- Os azulejos a entrar no forno, e a porta do forno a fechar\n"
        "- A tia Graça a segurar o azulejo pronto contra a luz da janela, a sorrir\n"
        '- No fim, o texto "Atelier Graça – Alfama"\n'
        "\n"
        "Sem música por agora, e eu não apareço no vídeo. O orçamento é pequeno.\n"
        "Obrigada!\n"
        "Inês",
        shots=(6, 6),
        seconds=20,
        aspect="9:16",
        note="English",
        first=tags("architecture"),
        framing={"@first": "aerial"},
        untagged={"@first": tags("human_motion")},
        tagged={"Gra": tags("character", "human_motion")},
        last=tags("typography"),
        nowhere=tags("dialogue", "stylized"),
        cast=("Gra",),
        not_cast=("Inês", "Ines"),
        meta_free=(
            "Instagram",
            "1987",
            "orçamento",
            "budget",
            "20 segundos",
            "20 seconds",
            "Sem música",
            "no music",
        ),
    ),
    Case(
        "swing-dance club treasurer's 3 KB letter, five pictures in the middle, Rita twice, 45 s",
        "Hello,\n"
        "\n"
        "I hope this is the right place, my nephew set me up with this and said I just type in "
        "what I want and it plans it all out, so here goes. Sorry in advance, I'm not good at "
        "being brief, my husband says I could talk for England.\n"
        "\n"
        "I'm the treasurer (and the tea lady, and the one who unlocks the hall) at Jitterbug "
        "Thursdays, which is a swing dance class for the over-60s at St Luke's Methodist Hall in "
        "Halifax. It was started in 1989 by Alf and Rita Stansfield, who met at the Alhambra "
        "ballroom in 1957 and never stopped dancing. Alf died in 2019 and we all thought Rita "
        "might pack it in, but she was back at the front the very next Thursday in the shoes he "
        "bought her, saying Alf would never forgive her if she let the floor go cold. She is 84 "
        "now and still teaches every single week.\n"
        "\n"
        "We nearly closed after the pandemic. We went from 38 members down to eleven and the "
        "church put the rent up, and the roof over the stage leaks whenever it rains so we have "
        "buckets out half the winter. But we got a small grant from the National Lottery in the "
        "spring (£4,800, which to us is a fortune) and we are back up to 31 members, the oldest "
        "being 93. We charge £3 a session and that includes tea and a biscuit, and nobody is "
        "turned away if they can't pay.\n"
        "\n"
        "What we want is a little film to show people what we do, because everybody thinks swing "
        "dancing is for young people in vintage clothes who throw each other over their heads. "
        "Most of our lot have had a hip or a knee done. It is going to go on our Facebook page and "
        "we will play it on the big telly at the Christmas do, and the library said they might put "
        "it on the screen by the front desk.\n"
        "\n"
        "Someone at the council who does their social media said about 45 seconds is what people "
        "will actually sit through, so let's say 45 seconds.\n"
        "\n"
        "These are the bits I would love to see, I have thought about it a lot:\n"
        "\n"
        "First, Rita at the front of the hall in her polka-dot dress, clapping and calling out "
        '"Five, six, seven, eight!" to get everyone started.\n'
        "\n"
        "Then the whole room doing the Shim Sham in long lines, seen from up in the balcony "
        "looking straight down, everyone on the same step (well, nearly).\n"
        "\n"
        "Then Frank and Iris, who are both 81 and have only been coming two years, doing a "
        "swing-out in the middle of the floor, Iris spinning out and Frank catching her hand.\n"
        "\n"
        "Then close up of Rita's feet tapping in time on the wooden floor.\n"
        "\n"
        "And at the end the words \"Jitterbug Thursdays – St Luke's Hall, Halifax – 2pm – no "
        'partner needed".\n'
        "\n"
        "That's it really. Please don't show the buckets or the stage end of the hall, it looks "
        "shabby and we're embarrassed about it. And please don't put Alf's photo in, Rita said it "
        "would set her off and she wants it to be about the dancing now. Music we will sort "
        "ourselves, we have got a Benny Goodman record that Rita says is the only one that will "
        "do.\n"
        "\n"
        "We had a student film us once, years ago, for a college project, and it came out very "
        "dark and you could hardly see anything, and we never got a copy in the end, so I am "
        "hoping this goes better!\n"
        "\n"
        "Thank you so much for your help. If you need to know anything else I am at the hall every "
        "Thursday from half past one.\n"
        "\n"
        "Kind regards,\n"
        "Pauline Greenwood\n"
        "Treasurer, Jitterbug Thursdays",
        shots=(5, 5),
        seconds=45,
        aspect="16:9",
        framing={"Shim Sham": "aerial", "tapping": "close"},
        tagged={
            "clapping": tags("character", "dialogue", "human_motion"),
            "Shim Sham": tags("human_motion"),
            "swing-out": tags("character", "human_motion"),
            "tapping": tags("human_motion"),
        },
        last=tags("typography"),
        nowhere=tags("stylized"),
        cast=("Rita",),
        not_cast=("Alf", "Pauline", "Greenwood", "Goodman"),
        meta_free=(
            "treasurer",
            "tea lady",
            "talk for England",
            "pandemic",
            "buckets",
            "National Lottery",
            "£4,800",
            "Facebook page",
            "Christmas do",
            "front desk",
            "social media",
            "sit through",
            "Benny Goodman",
            "student film",
            "1989",
            "1957",
            "half past one",
            "shabby",
        ),
    ),
    Case(
        "reptile rescue's emoji bullets for a leopard gecko, 'actually make it 20s not 15', Mango",
        "🦎 NEW VID IDEA 🦎 for the rescue page (@scalesandtails.rescue)\n"
        "format: vertical ofc, 15s\n"
        "\n"
        "🦎 Mango (our leopard gecko, orange with black spots) peeking out of her hide\n"
        "👅 Mango licking her own eyeball with her tongue (so cute, super close up pls)\n"
        "🪱 Mango stalking a mealworm, wiggling her tail and then snapping it up\n"
        "🧡 Mango walking up my arm while I sit cross-legged on the floor\n"
        '✨ text at the end: "Adopt, don\'t shop 🦎 link in bio"\n'
        "\n"
        "actually make it 20s not 15, the hunting bit needs time 🙏\n"
        "no music, we've got a trending sound for it",
        shots=(5, 5),
        seconds=20,
        aspect="9:16",
        untagged={"peeking": tags("human_motion"), "mealworm": tags("human_motion")},
        tagged={"cross-legged": tags("character")},
        last=tags("typography"),
        nowhere=tags("dialogue", "stylized"),
        cast=("Mango",),
        not_cast=("scalesandtails",),
        meta_free=(
            "NEW VID IDEA",
            "rescue page",
            "@scales",
            "vertical ofc",
            "15s",
            "so cute",
            "needs time",
            "trending sound",
        ),
    ),
    Case(
        "one line, a 10 second loop of a lava lamp, square",
        "10 second loop of a lava lamp, orange blobs rising and splitting, square",
        shots=(1, 2),
        seconds=10,
        aspect="1:1",
        every=tags("physics"),
        nowhere=tags("human_motion", "character", "typography", "dialogue", "product"),
        meta_free=("10 second",),
    ),
    Case(
        "bedroom-pop duo's lyric timings 0:00–0:32 from a 3:12 track, vertical, Rowan twice",
        "ok so this is for our song Porch Light. whole track is 3:12 but we only want the first 32 "
        "seconds done as a teaser (intro up to the end of the first chorus). we're a two-piece, me "
        "(Cass, guitar + vocals) and Rowan (keys + vocals). vertical bc it's going on tiktok "
        "first. timings from the track:\n"
        "\n"
        "0:00–0:06 intro, no vocals: a porch light flickering on in the dark, moths circling it\n"
        '0:06–0:14 "I left the porch light on / in case you found your way" – Rowan sitting on '
        "the porch steps singing, breath fogging in the cold\n"
        "0:14–0:20 \"the kettle's gone cold twice / and the radio's still playing\" – close up of "
        "a kettle on a gas stove, the last of the steam curling away\n"
        '0:20–0:26 CHORUS "come home, come home" – me and Rowan on the porch swing, both '
        "singing, the swing rocking\n"
        "0:26–0:32 \"it's still on, it's still on\" – the bulb buzzing and then going out, the "
        "moths scattering\n"
        "\n"
        "no lyrics on screen!! and no title card, we'll put the name in the caption",
        shots=(5, 5),
        seconds=32,
        aspect="9:16",
        durations=(6.0, 8.0, 6.0, 6.0, 6.0),
        untagged={
            "@first": tags("character", "human_motion"),
            "kettle": tags("character", "human_motion"),
            "bulb": tags("character"),
        },
        tagged={
            "fogging": tags("character", "physics"),
            "kettle": tags("physics"),
            "swing": tags("character"),
        },
        framing={"kettle": "close"},
        nowhere=tags("typography"),
        cast=("Rowan",),
        meta_free=(
            "3:12",
            "teaser",
            "two-piece",
            "tiktok first",
            "timings from the track",
            "no lyrics",
            "title card",
            "in the caption",
        ),
    ),
)
