"""FRESH_AI: twelve fresh briefs, six from people at work and six from people at home.

Written by a tester who had not read or run the planner, each the way its writer would really paste
or type it into the chat box, none of them a writer or topic of the earlier sets: an agency creative
lead's brief pasted from a deck with Markdown headings (## Objective, ## Audience, ## Key message,
## Shots, ## Mandatories, ## Deliverables, ## Budget) for a mattress that arrives rolled in a box
(six numbered shots, a 30" hero film at 16:9 with 9:16 cut-downs left to a later phase, Ife in three
pictures, the mattress unrolling in slow motion, an overhead of her asleep, the client's brand
manager, the agency and the £18k never in a shot), an orchestra's digital content producer's
timecoded rows from 00:00–00:03 to 00:20–00:24 (seconds a row that add up to 24, close on the
timpanist's mallets, the full orchestra wide with the audience in silhouette, the card last, the
Shostakovich laid over in the edit and the dress rehearsal kept out), a record label's video
commissioner pasting a director's treatment in flowing prose under a covering note (a 45-second
widescreen teaser, the singer Wren alone on a municipal ice rink, her breath clouding, a close-up as
she sings, the resurfacing machine, from the rafters looking straight down, no card although the
single's name is in quotes in the note), a documentary assistant producer's promo brief for a film
about the last 35mm projectionist in the East Riding (a minute at 16:9, seven dashed pictures, Frank
climbing to the booth and close on his fingers threading the film, his interview a voice-over and he
never seen talking, the production company and the Roxy never cast), an Erzgebirge organ-building
workshop's office writing in German (25 Sekunden, Hochformat, six numbered pictures, the voicer
Matthias in two, the card „Orgelbau Kretzschmar – Handwerk seit 1952“ last, the pastor and the
shooting day not shots), a scarecrow-festival volunteer dictating in the car with no punctuation at
all (about 20 seconds, "the normal landscape shape", the welcome sign's words unquoted first, a
scarecrow's scarf blowing on a bicycle, her husband Derek in two pictures, the vicar who asked not
to be filmed in none), an older sibling's one unpunctuated line (4 secs of slowmo of a water balloon
bursting on a little brother's head), a flat-share tenant in Leith who cuts 30 seconds to 15, drops
the bathroom and turns landscape to vertical (the flatmate Kwame in two pictures beside the writer,
the cat Haggis once, Maddie who is moving out never), a borough electoral services manager's email
for a voter-registration explainer (40 seconds, 16:9, eight dashed lines of which five are quoted
cards, a "Polling Station" sign in quotes, close up on a laptop, no cartoon, the Returning Officer
and the comms team never in a shot), a grandad's letter for a film with his grandchildren Nell and
Otis (a blanket fort, a torch under the chin, "Without cutting" and "Still in the same take" running
two pictures on, the spaniel Pudding once, two minutes wished for and 30 seconds settled), a
crochet-frog maker's emoji bullets for a launch-day TikTok (9:16, "12 seconds max", six ✨ lines,
close up on the last stitches, the card in quotes last), and a grandson selling his nan's piccalilli
on a market (square, 20 seconds, Nan Edna in two pictures and never speaking, the label "Nana Edna's
Piccalilli – Proper Hot – 340g" that must be legible, the price card last).

The expectations were written before any run, as a careful reader of each brief would put them;
where a reader could not be sure, the field is a range or left out (how many pictures the ice-rink
treatment's prose makes, whether the fort's cushions and its building are one picture or two, what
"12 seconds max" comes to, whether the treatment's last picture holds the singer, which tags a reel
spinning, a cat on a radiator or the organ pipes from below carry). A length the writer states is
taken exactly ("about 20 seconds i think" as 20, "Length: 1 minute" as 60, a 30" hero film as 30,
"call it 30 seconds" after wishing for two minutes as 30, timecoded rows as their sum); "12 seconds
max" is a range up to 12; the last length stated holds ("make it 15 not 30"). A brief that states no
aspect is taken as 16:9, as are "Landscape 16:9", "widescreen" and "the normal landscape shape";
"Hochformat", "vertical" and "9:16" are 9:16, "Square" is 1:1, and cut-downs promised for a later
phase are not this film's aspect. A later correction holds (no bathroom, vertical not landscape) and
what it strikes out is never a shot. "Close on", "close up" and "Close up of" are close; "Overhead"
and "from high up in the rafters we look straight down" are aerial; "Wide from the back of the
stalls" is wide. A picture that runs on "Without cutting" or "Still in the same take" chains from
the one before. A named person in two or more pictures is cast (Ife, Wren, Frank, Matthias, Derek,
Kwame, Nell, Otis, Edna, who is "Nan" in her second); one seen once (the conductor, the spaniel
Pudding, the cats Haggis and Beans) is neither required nor kept out. A writer on screen (the
flat-share tenant, the crochet maker's hands) is never listed as kept out of the cast, nor required
under a name the plan may not give them; writers, clients, colleagues and family who are not on
screen are kept out, and so are agencies, production companies, cinemas, workshops, councils and
shops. A subject who must not be seen talking (Frank, Edna) means no shot carries dialogue. Words on
a card, a sign or a label in quotes are picture, not talk, so they are never listed as words about
the video, and a sign whose words are dictated without quotes still carries typography. A scarecrow
on a bicycle, a cat asleep on a shelf or batting a frog off a desk and a pan on the stove are never
human motion. Where the brief is in German, a shot is found by a name (Matthias) or by its place
(first, last), not by a word the planner may translate, and a word about the video may be the
English a translation would use ("25 seconds").

Counted as set AH's were (one for the shot count, one for the length, one for the aspect, one per
tag in every/somewhere/nowhere/first/last and per tag of each tagged or untagged word, one per
framing, chained word, cast or not_cast name and meta_free word, one each for durations and note),
these twelve briefs hold 311 single expectations. This set is measured once and never tuned for: a
failure here is a finding, not a test to make pass.

Measured once, held out, at the start of stop 42 on 7a77098 (the landed head; the same on add33f6,
with the review's mends) in its own clone (the file's sha256 9f0063b2… recorded by its writer
before the run): 270 of 311 single expectations (86.8%), 1 of 12 briefs whole. Then a
development set, with its floor in test_corpus_floor.py.
"""

from __future__ import annotations

from tests.agent.brief_corpus import Case, tags

FRESH_AI: tuple[Case, ...] = (
    Case(
        "agency lead's Markdown brief for a boxed mattress, a 30-second hero film, Ife three times",
        "Hi both, pasting the brief from the deck below so it's all in one place. Shout if "
        "anything's unclear!\n"
        "\n"
        '# DRIFT – "Unroll" – creative brief v3\n'
        "**Client:** Drift Sleep Co. (contact: Hannah Okoro, Brand Manager)\n"
        "**Agency:** Fieldwork Studio\n"
        "\n"
        "## Objective\n"
        "Launch the new Drift Hybrid mattress. People don't believe a proper mattress can turn "
        "up rolled in a box, so we want to show the moment it springs to life.\n"
        "\n"
        "## Audience\n"
        "Renters 25–40, first flat, no car, can't get a normal mattress up three flights of "
        "stairs.\n"
        "\n"
        "## Key message\n"
        "Arrives in a box. Sleeps like a hotel.\n"
        "\n"
        "## Shots\n"
        "1. A courier carries the tall Drift box up a narrow stairwell, puffing a bit.\n"
        "2. Ife (late 20s, short natural hair, oversized green jumper) slits the plastic wrap "
        "with scissors on her bedroom floor.\n"
        "3. The mattress unrolls and springs up to full size in slow motion, the hero moment.\n"
        "4. Ife flops backwards onto it, arms out, and laughs.\n"
        "5. Overhead: Ife asleep on the made bed in morning light, her cat curled at her feet.\n"
        '6. End card: Drift logo and "Arrives in a box. Sleeps like a hotel."\n'
        "\n"
        "## Mandatories\n"
        "- Logo on the end card only\n"
        "- No competitor beds in shot\n"
        "- Cover must look clean and white, no creases\n"
        "\n"
        "## Deliverables\n"
        '- 1 x 30" hero film, 16:9 (YouTube pre-roll + CTV)\n'
        '- 15" and 6" 9:16 cut-downs to follow in phase 2, NOT part of this job\n'
        "\n"
        "## Budget & timings\n"
        "£18k all in. First cut to Hannah by 2 April, final delivery 11 April.\n"
        "\n"
        "Thanks!\n"
        "Priyanka\n"
        "Creative Lead, Fieldwork Studio",
        shots=(6, 6),
        seconds=30,
        aspect="16:9",
        first=tags("human_motion"),
        tagged={
            "scissors": tags("character"),
            "unrolls": tags("physics", "product"),
            "flops": tags("character", "human_motion"),
            "asleep": tags("character"),
        },
        framing={"asleep": "aerial"},
        last=tags("typography"),
        nowhere=tags("dialogue", "stylized"),
        cast=("Ife",),
        not_cast=("Hannah", "Okoro", "Priyanka", "Fieldwork"),
        meta_free=(
            "Objective",
            "Audience",
            "Mandatories",
            "Deliverables",
            "cut-downs",
            "pre-roll",
            "£18k",
            "Renters",
            "phase 2",
            "hero",
            "competitor",
            "Brand Manager",
        ),
    ),
    Case(
        "orchestra's content producer's timecoded sting, six rows that add up to 0:24",
        "Season launch sting – Wessex Philharmonia 25/26\n"
        "For socials + the foyer screens. Landscape 16:9, total runtime 0:24.\n"
        "\n"
        "00:00–00:03  Empty concert hall, house lights down, just the one work light on the "
        "stage\n"
        "00:03–00:07  Close on the timpanist's mallets hitting the drum, the skin vibrating "
        "(slow mo)\n"
        "00:07–00:11  The first violins from the side, bows moving together down the row\n"
        "00:11–00:15  Our principal conductor Ana Lucía Ferreira, baton raised, then the "
        "downbeat\n"
        "00:15–00:20  Wide from the back of the stalls, full orchestra playing, audience in "
        "silhouette\n"
        '00:20–00:24  Card: "Wessex Philharmonia – Season 25/26 – on sale 1 June"\n'
        "\n"
        "Music: we'll lay the Shostakovich 5 finale over it in the edit ourselves, so no audio "
        "needed.\n"
        "NB we're filming at the dress rehearsal on 22 May so there won't be a real audience, "
        "the silhouettes will have to be faked.\n"
        "\n"
        "Cheers,\n"
        "Tom Ashworth\n"
        "Digital Content Producer",
        shots=(6, 6),
        seconds=24,
        aspect="16:9",
        durations=(3.0, 4.0, 4.0, 4.0, 5.0, 4.0),
        first=tags("architecture"),
        untagged={"@first": tags("character", "human_motion")},
        framing={"mallets": "close", "silhouette": "wide"},
        tagged={
            "mallets": tags("physics", "human_motion"),
            "bows": tags("human_motion"),
            "baton": tags("character", "human_motion"),
        },
        last=tags("typography"),
        nowhere=tags("dialogue", "stylized"),
        not_cast=("Ashworth",),
        meta_free=(
            "Shostakovich",
            "dress rehearsal",
            "foyer",
            "socials",
            "runtime",
            "faked",
            "Content Producer",
        ),
    ),
    Case(
        "record label's commissioner pasting a music-video treatment, Wren alone on an ice rink",
        'Hi, treatment from our director pasted below for Wren\'s new single "Thin Ice" (out 6 '
        "June on Halfmoon Records). Before we shoot the full video in July the label needs a "
        "45-second teaser cut of it, widescreen. Director's fee is already sorted so don't worry "
        "about that side of things.\n"
        "Callum\n"
        "Video Commissioner, Halfmoon\n"
        "\n"
        "----\n"
        "\n"
        "We open in the dark. A single strip light flickers on above an empty ice rink, one of "
        "those municipal rinks that has seen better days, the ice scratched and grey. Wren "
        "stands alone at centre ice in a long red coat, perfectly still, her breath clouding in "
        "the cold. As the first verse comes in she starts to skate, not well, not like a figure "
        "skater, just slow wide loops with the coat trailing out behind her. For the chorus we "
        "stay on her face, close, as she sings straight down the lens with frost on her "
        "eyelashes. Then the ice resurfacing machine rumbles across behind her, leaving a wet "
        "glassy sheet in its wake, and Wren skates out onto that clean ice and for the first "
        "time she spins. From high up in the rafters we look straight down on her tiny red "
        "figure circling on the white. And we end where we began: the strip light buzzing, then "
        "going out, the rink dark again.",
        shots=(6, 8),
        seconds=45,
        aspect="16:9",
        first=tags("architecture"),
        untagged={"@first": tags("character")},
        tagged={
            "breath": tags("character", "physics"),
            "loops": tags("character", "human_motion"),
            "sings": tags("character"),
            "resurfacing": tags("physics"),
            "spins": tags("character", "human_motion"),
        },
        framing={"sings": "close", "rafters": "aerial"},
        nowhere=tags("typography", "product"),
        cast=("Wren",),
        not_cast=("Callum", "Halfmoon"),
        meta_free=(
            "treatment",
            "teaser",
            "Halfmoon",
            "Director's fee",
            "Commissioner",
            "45-second",
            "widescreen",
            "full video",
            "6 June",
        ),
    ),
    Case(
        "documentary AP's promo brief, the projectionist Frank never seen talking, a voice-over",
        "Project: THE LAST REEL (working title)\n"
        "From: Dee Nwosu, AP, Longshot Docs\n"
        "\n"
        "Background – Frank Abbott (71) has run the projector at the Roxy in Bridlington for 52 "
        "years and it's the last cinema in the East Riding still showing 35mm. The film itself "
        "is 28 minutes; this is a short promo/taster for the festival selection panel.\n"
        "\n"
        "What we need:\n"
        "- open on the Roxy's neon sign buzzing in the rain at dusk\n"
        "- Frank climbing the narrow stairs up to the projection booth, torch in hand\n"
        "- close up on Frank's fingers threading the film through the gate\n"
        "- the beam of light cutting through the dust over the empty seats\n"
        "- the reel spinning, film rattling through the sprockets\n"
        "- Frank watching through the little porthole window, his face lit by the flicker\n"
        '- final title: "The Last Reel"\n'
        "\n"
        "IMPORTANT – Frank's interview runs as voice-over the whole way through. He must NOT be "
        "seen talking or speaking to camera in any shot, he's very self-conscious about his "
        "teeth and we promised him.\n"
        "\n"
        "Length: 1 minute. 16:9.\n"
        "Thanks, Dee",
        shots=(7, 7),
        seconds=60,
        aspect="16:9",
        first=tags("architecture"),
        untagged={"@first": tags("character", "human_motion"), "beam": tags("character")},
        somewhere=tags("physics"),
        tagged={
            "stairs": tags("character", "human_motion"),
            "threading": tags("character", "human_motion"),
            "beam": tags("physics"),
            "porthole": tags("character"),
        },
        framing={"threading": "close"},
        last=tags("typography"),
        nowhere=tags("dialogue", "stylized"),
        cast=("Frank",),
        not_cast=("Nwosu", "Longshot", "Roxy"),
        meta_free=(
            "voice-over",
            "interview",
            "selection panel",
            "28 minutes",
            "teeth",
            "festival",
            "working title",
            "promo",
            "52 years",
        ),
    ),
    Case(
        "organ-builder's office writing in German, 25 Sekunden, Hochformat, Matthias twice",
        "Hallo,\n"
        "\n"
        "wir sind eine kleine Orgelbauwerkstatt im Erzgebirge (Orgelbau Kretzschmar, seit 1952) "
        "und bräuchten ein kurzes Video für Instagram, 25 Sekunden, Hochformat.\n"
        "\n"
        "Unsere Ideen:\n"
        "1. Die Werkstatt am Morgen, Sonnenlicht fällt durch die staubigen Fenster auf die "
        "Hobelbänke\n"
        "2. Großaufnahme: Hände hobeln an einer Holzpfeife, die Späne kräuseln sich\n"
        "3. Unser Intonateur Matthias hält eine Zinnpfeife an den Mund und bläst hinein, ganz "
        "konzentriert\n"
        "4. Matthias klettert in der Kirche auf das Gerüst hinter der fertigen Orgel\n"
        "5. Von unten: die glänzenden Prospektpfeifen, langsam nach oben geschwenkt\n"
        "6. Zum Schluss der Text „Orgelbau Kretzschmar – Handwerk seit 1952“\n"
        "\n"
        "Gedreht wird in St. Annen in Annaberg, der Pfarrer hat schon zugestimmt. Drehtag wäre "
        "der 3. Juli, falls das passt.\n"
        "\n"
        "Viele Grüße aus Marienberg\n"
        "Heike Kretzschmar (Büro)",
        shots=(6, 6),
        seconds=25,
        aspect="9:16",
        first=tags("architecture"),
        untagged={"@first": tags("character")},
        somewhere=tags("physics", "human_motion"),
        tagged={"Matthias": tags("character")},
        last=tags("typography"),
        nowhere=tags("dialogue", "stylized"),
        cast=("Matthias",),
        not_cast=("Heike", "Kretzschmar"),
        note="English",
        meta_free=(
            "Instagram",
            "25 Sekunden",
            "25 seconds",
            "Hochformat",
            "Pfarrer",
            "Drehtag",
            "zugestimmt",
            "Büro",
        ),
    ),
    Case(
        "scarecrow-festival volunteer dictating in the car with no punctuation at all, Derek twice",
        "hi its maureen from the little hadley scarecrow festival committee im dictating this in "
        "the car so sorry if it comes out funny we need a video for the parish newsletter "
        "website and the facebook group about 20 seconds i think is what sandra said and the "
        "normal landscape shape so what i was thinking is start with the sign at the edge of the "
        "village that says welcome to little hadley scarecrow weekend then the scarecrow on the "
        "church wall thats dressed as the king with his crown falling down over his eyes then "
        "the one outside the post office which is a scarecrow riding a bicycle with its scarf "
        "blowing in the wind then the children doing the scarecrow trail with their clipboards "
        "running from one to the next and then my husband derek who makes the big one every year "
        "up a ladder putting the straw hat on the giant scarecrow by the duck pond and then "
        "derek standing back with his arms folded looking very pleased with himself oh and "
        "please dont put the vicar in it hes asked not to be filmed ok thats it thank you bye",
        shots=(6, 6),
        seconds=20,
        aspect="16:9",
        first=tags("typography"),
        untagged={"scarf": tags("human_motion")},
        tagged={
            "scarf": tags("physics"),
            "clipboards": tags("human_motion"),
            "ladder": tags("character", "human_motion"),
            "folded": tags("character"),
        },
        last=tags("character"),
        nowhere=tags("dialogue", "stylized"),
        cast=("Derek",),
        not_cast=("Maureen", "Sandra", "vicar"),
        meta_free=(
            "vicar",
            "newsletter",
            "facebook",
            "dictating",
            "sandra",
            "committee",
            "in the car",
            "comes out funny",
            "20 seconds",
            "landscape shape",
        ),
    ),
    Case(
        "older sibling's one unpunctuated line, 4 secs of slowmo of a water balloon bursting",
        "slowmo of a water balloon bursting on my little brothers head in the garden 4 secs lol",
        shots=(1, 1),
        seconds=4,
        aspect="16:9",
        every=tags("physics"),
        nowhere=tags("typography", "dialogue", "product", "stylized"),
        meta_free=("lol", "4 secs"),
    ),
    Case(
        "flat-share tenant who cuts 30 s to 15, drops the bathroom and turns vertical, Kwame twice",
        "hey!! so we've got a room coming up in our flat in Leith (Maddie's moving to Glasgow 😭) "
        "and we want to put a wee video on spareroom and the uni facebook groups instead of just "
        "photos. thinking 30 seconds, landscape?\n"
        "\n"
        "1. outside the tenement, looking up at our window on the 3rd floor with all the plants "
        "in it\n"
        "2. the bathroom (it's fine, it's clean I promise)\n"
        "3. the actual room, big bay window, sun coming in, empty bed frame\n"
        "4. me and Kwame cooking a massive pot of chilli in the kitchen, steam everywhere, him "
        "doing his stupid little dance\n"
        "5. our cat Haggis asleep on the radiator shelf\n"
        "6. Kwame and me waving from the front step\n"
        "\n"
        "actually make it 15 not 30, nobody watches these all the way through. and drop the "
        "second one, no one wants to see a bathroom lol. oh and make it vertical not landscape "
        "so it works on stories. ok thanks x",
        shots=(5, 5),
        seconds=15,
        aspect="9:16",
        first=tags("architecture"),
        untagged={"@first": tags("character"), "Haggis": tags("human_motion")},
        tagged={
            "bay window": tags("architecture"),
            "chilli": tags("character", "human_motion", "physics"),
            "waving": tags("character", "human_motion"),
        },
        last=tags("character"),
        nowhere=tags("dialogue", "stylized"),
        cast=("Kwame",),
        not_cast=("Maddie", "spareroom"),
        meta_free=(
            "bathroom",
            "30 seconds",
            "spareroom",
            "Maddie",
            "Glasgow",
            "facebook",
            "nobody watches",
        ),
    ),
    Case(
        "electoral services manager's voter explainer, five quoted cards between live action",
        "Subject: Voter registration film – annual canvass 2025\n"
        "\n"
        "Hi,\n"
        "\n"
        "We (Electoral Services at Harrowby Borough Council) need a short explainer for the "
        "council website and the screens in the libraries and leisure centres, ahead of the "
        "registration deadline. 40 seconds, 16:9. Plain and friendly please, real people, no "
        "cartoon characters – the comms team tried that last year and Members weren't keen.\n"
        "\n"
        "Sequence as agreed with the Returning Officer:\n"
        '- Card: "Are you registered to vote?"\n'
        "- A young man opening a brown envelope at his kitchen table, looking puzzled\n"
        '- Card: "Moved house? You need to register again."\n'
        "- Close up of someone typing on a laptop, the online form filling in\n"
        '- Card: "It only takes 5 minutes"\n'
        '- A queue outside the polling station at St Mark\'s church hall, the "Polling Station" '
        "sign on the door\n"
        '- Card: "Deadline: midnight, 17 June"\n'
        '- End card: "gov.uk/register-to-vote" with the council crest\n'
        "\n"
        "Happy to send over our brand guidelines if useful (the font is Arial, sorry).\n"
        "\n"
        "Kind regards,\n"
        "Gareth Pryce\n"
        "Electoral Services Manager\n"
        "Harrowby Borough Council",
        shots=(8, 8),
        seconds=40,
        aspect="16:9",
        first=tags("typography"),
        untagged={"@first": tags("character", "human_motion")},
        tagged={
            "registered to vote": tags("typography"),
            "envelope": tags("character"),
            "Moved house": tags("typography"),
            "laptop": tags("human_motion"),
            "5 minutes": tags("typography"),
            "Polling": tags("architecture", "typography"),
            "17 June": tags("typography"),
            "register-to-vote": tags("typography"),
        },
        framing={"laptop": "close"},
        last=tags("typography"),
        nowhere=tags("dialogue", "stylized"),
        not_cast=("Harrowby", "Gareth", "Pryce"),
        meta_free=(
            "explainer",
            "canvass",
            "leisure centre",
            "comms team",
            "last year",
            "Electoral Services",
            "40 seconds",
            "cartoon",
            "Returning Officer",
            "brand guidelines",
        ),
    ),
    Case(
        "grandad's letter for a film with Nell and Otis, a blanket fort, one take through a scream",
        "Good afternoon,\n"
        "\n"
        "My grandchildren Nell (9, dark plaits, yellow pyjamas) and Otis (6, green dinosaur "
        "onesie) are staying with us over half term and we have hatched a plan to make a little "
        "film together, which my daughter tells me your program can help with. Our story, such "
        "as it is:\n"
        "\n"
        "Nell and Otis drag every cushion in the house into the living room and build a fort out "
        "of the sofa and a big checked blanket.\n"
        "Inside the fort it is dark. Nell switches on a torch under her chin and pulls a scary "
        "face.\n"
        "Without cutting, the torch beam swings round onto Otis, who screams and then bursts out "
        "laughing.\n"
        "Still in the same take, the whole blanket collapses on top of the pair of them and two "
        "lumps wriggle about underneath.\n"
        "Finally our old spaniel, Pudding, noses in under the edge of the blanket and licks Otis "
        "on the face.\n"
        "\n"
        "I would have liked two minutes but my daughter says nobody has the patience for that "
        "any more, so call it 30 seconds. Widescreen please, it will go on the telly. My wife "
        "Pat will be in charge of biscuits.\n"
        "\n"
        "With best wishes,\n"
        "Geoffrey Hartley",
        shots=(5, 6),
        seconds=30,
        aspect="16:9",
        first=tags("character", "human_motion"),
        chained=("screams", "collapses"),
        tagged={
            "torch": tags("character"),
            "screams": tags("character"),
            "collapses": tags("character", "physics"),
            "licks": tags("character"),
        },
        last=tags("character"),
        nowhere=tags("typography", "stylized"),
        cast=("Nell", "Otis"),
        not_cast=("Geoffrey", "Hartley"),
        meta_free=(
            "half term",
            "hatched",
            "program",
            "daughter",
            "two minutes",
            "patience",
            "telly",
            "biscuits",
            "Without cutting",
            "same take",
        ),
    ),
    Case(
        "crochet-frog maker's emoji TikTok for launch day, '12 seconds max', the card in quotes",
        "omg ok so I finally have enough stock to open my little crochet shop 🐸🧶 (it's called "
        "Hooked on Frogs lmao) and I want a tiktok for launch day!! 9:16 obviously, 12 seconds "
        "max bc attention spans 💀\n"
        "\n"
        "✨ a pile of tiny crochet frogs in all different colours tumbling onto my bed\n"
        "✨ my hands doing the last few stitches on a pink frog, close up 🪡\n"
        "✨ sewing the little safety eyes on 👀\n"
        "✨ a frog sat on top of my coffee mug like it owns the place ☕\n"
        "✨ my cat Beans batting one off the desk 😼\n"
        '✨ end with "shop opens fri 7pm 🐸 link in bio"\n'
        "\n"
        "ty ily 💚",
        shots=(6, 6),
        seconds=(6, 12),
        aspect="9:16",
        untagged={"Beans": tags("human_motion")},
        tagged={
            "tumbling": tags("physics", "product"),
            "stitches": tags("human_motion", "product"),
            "mug": tags("product"),
        },
        framing={"stitches": "close"},
        last=tags("typography"),
        nowhere=tags("dialogue", "stylized"),
        not_cast=("Hooked",),
        meta_free=(
            "tiktok",
            "launch day",
            "attention spans",
            "lmao",
            "12 seconds",
            "enough stock",
            "obviously",
            "ty ily",
        ),
    ),
    Case(
        "grandson selling his nan's piccalilli, square, a label to be legible, Edna twice",
        "Hi there,\n"
        "\n"
        "My nan makes piccalilli and I sell it for her on Ludlow market saturdays, were trying "
        "to get it into a couple of farm shops so I want a short ad I can send to the buyers and "
        "put on insta. Square please, 20 seconds.\n"
        "\n"
        "- Nan (Edna, 84, flowery apron, glasses on a chain) chopping cauliflower at her kitchen "
        "table\n"
        "- the big pan bubbling away, bright yellow, steam coming off it\n"
        "- Nan ladling it into the jars\n"
        "- one jar on its own on a wooden board with the label facing the camera. the label says "
        '"Nana Edna\'s Piccalilli – Proper Hot – 340g" and you NEED to be able to read it, the '
        "last video someone did for us it was all blurry and the farm shop lady couldnt even "
        "tell what it was\n"
        "- a big spoonful of it on a pork pie\n"
        '- end on the jar and "£4.50 a jar – Ludlow Market, Saturdays"\n'
        "\n"
        "shes not doing any talking so dont have her say anything.\n"
        "\n"
        "cheers\n"
        "Jordan",
        shots=(6, 6),
        seconds=20,
        aspect="1:1",
        first=tags("character", "human_motion"),
        untagged={"bubbling": tags("human_motion")},
        tagged={
            "chopping": tags("character", "human_motion"),
            "bubbling": tags("physics"),
            "ladling": tags("character", "human_motion"),
            "Proper Hot": tags("product", "typography"),
        },
        last=tags("product", "typography"),
        nowhere=tags("dialogue", "stylized"),
        cast=("Edna",),
        not_cast=("Jordan", "Ludlow"),
        meta_free=(
            "buyers",
            "on insta",
            "all blurry",
            "farm shop",
            "20 seconds",
            "last video",
            "couldnt",
        ),
    ),
)
