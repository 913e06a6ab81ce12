"""FRESH_AM: twelve fresh briefs in forms the earlier sets lack or hold only once.

Written by a tester who had not read or run the planner, each the way its writer would really paste
or type it into the chat box, none of them a writer or topic of the earlier sets: an axe-throwing
venue's two owners agreeing their shots in an exported WhatsApp chat with a date and time on every
line (the hen party's shot binned because the forms never came back, "30 secs?" answered by "make it
20" and "20 it is", "vertical yeah?" answered by "yep vertical", a shot of sparks off the grinder
added by the second owner and put "after the grip one", the coach Marta in three pictures, the
logo's line in quotes last), an omakase counter's social-media helper whose six dashed lines each
carry a range of seconds ("(3-4s)", "(2-3s)") and no total (landscape for a website header, Chef
Haruto in three pictures, a close up of his fingers pressing the nigiri, "no text on it"), a
paddle-steamer volunteer's Trello card pasted whole with its checklists, the board's signed-off
shots ticked and the vetoed ones unticked and said to be left out (four of seven, 30 seconds, 16:9,
the engineer Angus in two pictures, the drone through the smoke, the gulls and the fireworks never
a shot, an admin checklist that is no picture), a model-rocketry club's social-media volunteer's
Markdown table with a header separator row and a seconds column that adds up to the "Total should
be 24" under it (the fen field wide at sunrise first, Zara in three pictures, a close up of the
igniter clip, the smoke trail and the parachute with nobody in them, the end card in quotes last,
"HERO SHOT" and "parent OK'd" in the notes column never in a shot), a clog maker's daughter in
Drenthe writing in Dutch ("25 seconden, liggend formaat graag", six numbered pictures, the workshop
in the morning mist with nobody in it first, her father Gerrit in two, the card in quotes last,
"Geen muziek, geen gepraat", her mother who does not want to be in it), a hedge-layer's voice memo
transcribed with its ums, ers and false starts ("Fifteen s— no, make it twenty seconds", a shot put
before another with "no, hang on, before that", sparks taken back because a whetstone makes none,
his lad Josh who is off replaced by Alfie, "the landscape way, not the phone way", the finished
hedge from the drone last, "No writing on it"), a fairground family's daughter listing eight ideas
for their restored steam gallopers and asking for "just the best 4, your call" with the eighth, the
whole fair lit up from the drone at dusk, one that "HAS to be in" (20 seconds, square), a building
society's internal communications manager's volunteering-day recap with brand guidelines under it
(hex colours, Gotham Rounded, clear space around the logo, tone of voice; 30 seconds, 16:9, the
Coast Care volunteer Bethan in two pictures, a close up of a gloved hand and a tangle of fishing
net, "212 bags collected" on the end frame, the CEO who could not come kept out), a granddaughter's
TikTok of her nan's Anzac biscuits with the recipe's quantities above the shots (a cup, 3/4 cup,
125g, 2 tbsp, 1/2 tsp, 180° for 15 mins, Dot aged 86 in three pictures, the card in quotes last),
a Young Farmers' Club secretary's run sheet for the club's 75th anniversary barn dance with clock
times from 6:00pm to 12:30am and the five starred items the only ones to film (40 seconds,
landscape, the president Ellie carving the hog roast and cutting the cake, no speeches, no raffle,
no text), a grandmother's bedtime story about a puffin told in five rhyming verses, one picture a
verse and "The End" in curly writing after them (about a minute, soft watercolours, Fergus in
every verse and his friend Skye in two, her own voice read over it, her grandson Ollie who is its
listener and not on screen), and a tiny-house builder couple's for-sale listing pasted whole with
room dimensions, a price and a floor area, the pictures on one "VIDEO:" line separated by slashes
(45 seconds, landscape, the wood burner lit, the solar panels from the drone, the builders' card in
quotes last).

The expectations were written before any run, as a careful reader of each brief would put them;
where a reader could not be sure, the field is a range or left out (which four of the gallopers'
eight ideas are best and so which tags they carry, whether the rhyme's "The End" is a card of its
own or is laid on the last verse's picture, whether a puffin stuck on a rock as the tide rises is
physics, whether the tractors coming up a lane with their lights on are landscape, whether a
fold-down table dropping open or rice folded in a tub are moved by hands, whether a hand alone is a
character, whether the axe thunking into the bullseye is thrown by someone seen, which tags the
Dutch close-up of a spoon auger carries and what word a translation would find it by). A length the
writer states is taken exactly ("20 it is" after "make it 20" as 20, "25 seconden" as 25, "make it
twenty seconds" after "Fifteen s—" as 20, "30 sec" as 30, "about a minute" as 60, a Markdown table's
seconds column as its sum, 24, which the total under it confirms); per-shot ranges with no total are
a range from the sum of the lower ends to the sum of the upper ends (16 to 22); the last length
stated holds. A brief that states no aspect is taken as 16:9, as are "Landscape", "Widescreen",
"Format: 16:9", "liggend formaat" and "the landscape way, not the phone way"; "vertical" and "yep
vertical" are 9:16; "square" is 1:1. A reply in a chat that drops a shot ("bin it") or adds one
("put it after the grip one") holds, and what it drops is never a shot; on a checklist the writer
says the unticked items are out, so they are never a shot, and an admin checklist is no picture; on
a run sheet only the starred items are shots, and the rest of its clock times (6:00pm, 7:15pm, 10
mins, 12:30am) are neither shots nor lengths; "just the best 4" makes four shots, and the one that
"HAS to be in" is one of them. A self-correction in a voice memo holds (no sparks, Alfie not Josh,
the billhook after the old hedge). "Close up:" and "Close-up of" are close; "Wide:" is wide; "from
the drone" is aerial. A named person or animal in two or more pictures is cast (Marta, Haruto,
Angus, Zara, Gerrit, Bethan, Dot, Ellie, Fergus, Skye); one seen once (the beginner, Alfie, Ruth,
Dad) is neither required nor kept out. A writer on screen (the hedge-layer) is never listed as kept
out of the cast; writers, partners, mothers, grandsons, chairmen, CEOs and colleagues who are not on
screen are kept out (Sam Okoro, Dee, Kenji, Morven, Dougie, Gav, Femke, Josh, Ned, Alison Pryce,
Mark Devlin, Ollie, Jean, Tom, Nadia), and so are venues, restaurants, clubs, building societies,
volunteer groups, builders and the biscuit. A rule of no text, no writing or no captions means no
shot carries typography; "geen gepraat", a voice-over read over the pictures and a brief with no
talk in it mean no shot carries dialogue. Ingredient quantities, oven temperatures and times, ages
(4, 14, 60s, 86), years (the 1890s, 1971, 2024), anniversaries (75th, 52 jaar), counts (212 bags,
30-odd tractors, eight ideas), prices (£54,950), room dimensions, floor areas, headroom and clock
times are never a length or a shot count; words on a card in quotes are picture, not talk, so they
are never listed as words about the video. A puffin's own flight is never human motion. Where the
brief is in Dutch, a shot is found by a name (Gerrit) or by its place (first, last), and a word
about the video may be the English a translation would use ("25 seconds", "website", "no music").
Words about the video are given as phrases long enough not to turn up inside a shot's own words
("hen party", not "hen"; "right through the plume", not "plume").

Counted as sets AH's to AL's were (one for the shot count, one for the length, one for the aspect,
one per tag in every/somewhere/nowhere/first/last and per tag of each tagged or untagged word, one
per framing, chained word, cast or not_cast name and meta_free word, one each for durations and
note), these twelve briefs hold 336 single expectations. This set is measured once and never tuned
for: a failure here is a finding, not a test to make pass.

Measured once, held out, in stop 44 (the file's sha256 f4c244cd… recorded by its writer before
the run): on 7d0f60e, 275 of 336 single expectations (81.8%), 2 of 12 briefs whole. Then a
development set, with its floor in test_corpus_floor.py.
"""

from __future__ import annotations

from tests.agent.brief_corpus import Case, tags

FRESH_AM: tuple[Case, ...] = (
    Case(
        "axe-throwing venue's two owners agreeing shots in a WhatsApp export, hen party binned",
        "[12/03/2026, 09:14] Sam Okoro: morning! so for the insta video, here's what I'm thinking\n"
        "[12/03/2026, 09:15] Sam Okoro: 1. the axe spinning through the air in slow mo and "
        "thunking into the bullseye, splinters flying\n"
        "[12/03/2026, 09:15] Sam Okoro: 2. Marta (our coach, green flannel shirt, curly hair) "
        "showing a beginner the two-handed grip\n"
        "[12/03/2026, 09:16] Sam Okoro: 3. a hen party cheering at lane 3\n"
        "[12/03/2026, 09:17] Sam Okoro: 4. Marta throwing one-handed and splitting a playing card "
        "pinned to the board\n"
        '[12/03/2026, 09:17] Sam Okoro: 5. logo on the end "Chop Shop Axe Throwing – Leeds"\n'
        "[12/03/2026, 09:18] Sam Okoro: 30 secs?\n"
        "[12/03/2026, 09:21] Dee: love it. but can we not do the hen party, we never got the "
        "forms back off them\n"
        "[12/03/2026, 09:22] Sam Okoro: good shout, bin it\n"
        "[12/03/2026, 09:22] Dee: and make it 20, people just scroll\n"
        "[12/03/2026, 09:23] Sam Okoro: 20 it is 👍 vertical yeah?\n"
        "[12/03/2026, 09:23] Dee: yep vertical\n"
        "[12/03/2026, 09:24] Dee: oh and can u add one of the sparks off the grinder when Marta "
        "sharpens the axes? looks class\n"
        "[12/03/2026, 09:25] Sam Okoro: yes!! put it after the grip one\n"
        "[12/03/2026, 09:25] Dee: 👌 agreed then, sending it over",
        shots=(5, 5),
        seconds=20,
        aspect="9:16",
        tagged={
            "bullseye": tags("physics"),
            "grip": tags("character", "human_motion"),
            "sparks": tags("character", "human_motion", "physics"),
            "playing card": tags("character", "human_motion"),
        },
        last=tags("typography"),
        nowhere=tags("dialogue", "stylized"),
        cast=("Marta",),
        not_cast=("Okoro", "Dee", "Chop Shop"),
        meta_free=(
            "12/03/2026",
            "09:1",
            "09:2",
            "insta video",
            "hen party",
            "lane 3",
            "forms back",
            "good shout",
            "bin it",
            "30 secs",
            "people just scroll",
            "looks class",
            "agreed then",
            "sending it over",
        ),
    ),
    Case(
        "omakase counter's dashed lines with a range of seconds each ('3-4s'), no total, Haruto",
        "hey it's Kenji, I do the socials for Sora (the omakase counter on Dean St). shot list "
        "for the new website header below, lengths are rough, give or take:\n"
        "\n"
        "- rice being fanned and folded in the wooden hangiri, steam coming off it (3-4s)\n"
        "- Chef Haruto (60s, white headband, grey beard) sliding the yanagiba through a block of "
        "otoro in one long pull (4-5s)\n"
        "- close up: his fingers pressing the nigiri, two quick presses (2-3s)\n"
        "- blowtorch on the salmon belly, the fat bubbling and crisping (2-3s)\n"
        "- brushing nikiri soy on top so it glistens (2-3s)\n"
        "- Haruto placing it on the guest's slate, the guest's hand reaching in (3-4s)\n"
        "\n"
        "landscape please. no text on it, no music needed, the site plays it muted",
        shots=(6, 6),
        seconds=(16, 22),
        aspect="16:9",
        first=tags("physics"),
        tagged={
            "Haruto": tags("character", "human_motion"),
            "fingers": tags("human_motion"),
            "blowtorch": tags("physics"),
            "placing": tags("character", "human_motion"),
        },
        framing={"fingers": "close"},
        nowhere=tags("typography", "dialogue", "stylized"),
        cast=("Haruto",),
        not_cast=("Kenji", "Sora"),
        meta_free=(
            "the socials",
            "website header",
            "lengths are rough",
            "give or take",
            "3-4s",
            "4-5s",
            "2-3s",
            "no music",
            "plays it muted",
        ),
    ),
    Case(
        "paddle steamer volunteer's Trello card, ticked shots signed off, unticked ones out, Angus",
        "TRELLO CARD – Promo video (summer sailings)\n"
        "List: Marketing › In progress\n"
        "Labels: Approved by board\n"
        "\n"
        "Description\n"
        "Ticked items are the shots the board signed off at Tuesday's meeting. The unticked ones "
        "were voted down (cost / safety), so please leave those out. 30 seconds, 16:9, for the "
        "website and the screen in the ticket office.\n"
        "\n"
        "Checklist – Shots (4/7)\n"
        "[x] The paddle steamer Cuillin Belle coming round the headland at dawn, smoke pouring "
        "from her funnel\n"
        "[ ] Drone flying right through the plume of smoke\n"
        "[x] Engine room: the big brass cranks turning, Angus the engineer oiling them with a "
        "long-spouted can\n"
        "[ ] Kids feeding gulls off the stern\n"
        "[x] The paddle wheel churning white water, seen from the sponson\n"
        "[ ] Fireworks over the pier on the last sailing\n"
        "[x] Angus pulling the whistle cord as she pulls away from the pier, passengers waving\n"
        "\n"
        "Checklist – Admin (1/2)\n"
        "[x] Music licence sorted\n"
        "[ ] Ask Morven about a drone permit\n"
        "\n"
        "Comments\n"
        "Dougie: board minutes attached, shout if anything's unclear",
        shots=(4, 4),
        seconds=30,
        aspect="16:9",
        first=tags("landscape", "physics"),
        tagged={
            "cranks": tags("character", "human_motion"),
            "churning": tags("physics"),
            "whistle": tags("character", "human_motion"),
        },
        untagged={"churning": tags("character", "human_motion")},
        nowhere=tags("dialogue", "stylized"),
        cast=("Angus",),
        not_cast=("Morven", "Dougie"),
        meta_free=(
            "TRELLO",
            "In progress",
            "Approved by board",
            "signed off",
            "voted down",
            "ticket office",
            "right through the plume",
            "feeding gulls",
            "Fireworks",
            "last sailing",
            "Music licence",
            "drone permit",
            "board minutes",
            "[x]",
            "[ ]",
            "Checklist",
        ),
    ),
    Case(
        "model rocketry club's Markdown table with a separator row, secs adding to 24, Zara",
        "Hi! I do the social media for Fenland Model Rocketry Club (volunteer, so go easy on me). "
        "We want a short clip to advertise our open launch days. Shot list below, I've put the "
        "seconds in the table. Widescreen.\n"
        "\n"
        "| # | Shot | Secs | Notes |\n"
        "|---|------|------|-------|\n"
        "| 1 | Wide: flat fen field at sunrise, the launch rail standing alone in the frost | 4 | "
        "|\n"
        "| 2 | Zara (14, orange beanie) sliding her rocket onto the launch rail | 3 | parent "
        "OK'd |\n"
        "| 3 | Close up: the igniter clip being attached, Zara's gloved fingers | 3 | |\n"
        "| 4 | Zara's thumb hovering over the launch button, the club watching behind her | 3 | "
        "|\n"
        "| 5 | Lift-off: a white smoke trail tearing straight up into the blue | 4 | HERO SHOT |\n"
        "| 6 | The orange parachute drifting back down over the field | 4 | |\n"
        '| 7 | End card: "Fenland Model Rocketry – Open Launch, 1st Sunday monthly" | 3 | club '
        "colours |\n"
        "\n"
        "Total should be 24.\n"
        "Thanks! Gav",
        shots=(7, 7),
        seconds=24,
        aspect="16:9",
        durations=(4.0, 3.0, 3.0, 3.0, 4.0, 4.0, 3.0),
        first=tags("landscape"),
        untagged={
            "@first": tags("character", "human_motion"),
            "smoke trail": tags("character", "human_motion"),
            "parachute": tags("human_motion"),
        },
        framing={"@first": "wide", "igniter": "close"},
        tagged={
            "sliding": tags("character", "human_motion"),
            "igniter": tags("human_motion"),
            "button": tags("character"),
            "smoke trail": tags("physics"),
            "parachute": tags("physics"),
        },
        last=tags("typography"),
        nowhere=tags("dialogue", "stylized"),
        cast=("Zara",),
        not_cast=("Gav", "Fenland"),
        meta_free=(
            "social media",
            "go easy on me",
            "advertise our open",
            "Secs",
            "parent OK'd",
            "HERO SHOT",
            "club colours",
            "Total should be",
            "| ",
            "---",
        ),
    ),
    Case(
        "Drenthe clog maker's daughter in Dutch, 25 seconden, liggend formaat, Gerrit twice",
        "Hallo!\n"
        "\n"
        "Mijn vader Gerrit Boersma maakt al 52 jaar klompen in zijn werkplaats in Eext "
        "(Drenthe). Ik wil graag een filmpje voor zijn website en voor Facebook. 25 seconden, "
        "liggend formaat graag.\n"
        "\n"
        "Wat ik wil zien:\n"
        "1. De werkplaats van buiten in de ochtendmist, met de stapel populierenstammen ervoor\n"
        "2. Vader Gerrit die met de bijl een blok populierenhout grof in vorm hakt, de spaanders "
        "vliegen in het rond\n"
        "3. Close-up van de lepelboor die de binnenkant uithoolt, krullen hout die eruit draaien\n"
        "4. Gerrit die de klomp omhoog houdt en er tegen het licht doorheen kijkt\n"
        "5. Een rij nieuwe klompen die in de zon staan te drogen, geel en rood geschilderd\n"
        '6. Als laatste de tekst "Klompenmakerij Boersma – sinds 1971"\n'
        "\n"
        "Geen muziek, geen gepraat. Mijn moeder wil er niet in.\n"
        "\n"
        "Groetjes,\n"
        "Femke",
        shots=(6, 6),
        seconds=25,
        aspect="16:9",
        note="English",
        first=tags("architecture"),
        untagged={"@first": tags("character", "human_motion")},
        tagged={"Gerrit": tags("character", "human_motion")},
        last=tags("typography"),
        nowhere=tags("dialogue", "stylized"),
        cast=("Gerrit",),
        not_cast=("Femke",),
        meta_free=(
            "website",
            "Facebook",
            "25 seconden",
            "25 seconds",
            "52 jaar",
            "52 years",
            "Geen muziek",
            "no music",
            "moeder",
        ),
    ),
    Case(
        "hedge-layer's transcribed voice memo with ums and false starts, fifteen then twenty",
        "[Voice memo – transcribed, 1:12]\n"
        "Right, um, so this is Will, Will Tranter, the hedge-layer? Ned gave me your, your "
        "details. So I want a, um, a little film for my website, showing what hedge-laying "
        "actually is, 'cause nobody knows. Um. Fifteen s— no, make it twenty seconds. Twenty. "
        "And, er, the wide one, the landscape way, not the phone way.\n"
        "So first, uh, the old hedge before I start, all overgrown and gappy, frost on it, "
        "in the field. Then me cutting — no, hang on, before that, me sharpening the billhook on "
        "the tailgate of the Land Rover, with sparks — no, it's a whetstone, there's no sparks, "
        "just me sharpening it. Then me cutting the pleacher, you know, cutting most of the way "
        "through the stem low down and laying it over, all at the same angle. Um, then, uh, "
        "banging the stakes in with the maul, thump, thump. Then my lad Josh — no, not Josh, "
        "he's off that week, it'll be Alfie — Alfie weaving the hazel binders along the top, "
        "twisting them in. Then the finished hedge, the whole length of it, from the drone if "
        "you've got one, with the sheep in the next field. And, um, that's it. No writing on "
        "it. Cheers, bye. Oh — and, er, it's Midland style, if that matters. Bye.",
        shots=(6, 6),
        seconds=20,
        aspect="16:9",
        first=tags("landscape"),
        untagged={"@first": tags("character", "human_motion")},
        tagged={
            "billhook": tags("character", "human_motion"),
            "stakes": tags("character", "human_motion"),
            "Alfie": tags("character", "human_motion"),
        },
        last=tags("landscape"),
        framing={"@last": "aerial"},
        nowhere=tags("typography", "dialogue", "stylized"),
        not_cast=("Josh", "Ned"),
        meta_free=(
            "um, ",
            "uh, ",
            "er, ",
            "Voice memo",
            "1:12",
            "your details",
            "my website",
            "nobody knows",
            "Fifteen",
            "phone way",
            "sparks",
            "Josh",
            "if you've got one",
            "Midland style",
            "Cheers, bye",
        ),
    ),
    Case(
        "fairground family's eight ideas for the steam gallopers, 'just the best 4, your call'",
        "Hi there! My family have spent six years restoring a set of 1890s steam gallopers (the "
        "old roundabout with the wooden horses) and she's finally running again for the Wickham "
        "Steam Fair in August. I've got loads of ideas, probably too many:\n"
        "\n"
        "1. The engine's firebox being stoked, coals glowing\n"
        "2. Dad in his overalls polishing the brass twisted rods\n"
        "3. The punched cardboard music folding through the fairground organ\n"
        "4. My sister Ruth repainting a horse's nostrils with a tiny brush\n"
        "5. Kids on the horses going round, hair flying\n"
        "6. Close up of a horse's carved face with its glass eye as it rises and falls\n"
        "7. The steam whistle blowing, a big puff of white\n"
        "8. The whole fair from the drone at dusk, the gallopers lit up with a thousand bulbs\n"
        "\n"
        "We can only afford a short one so just the best 4, your call – but number 8 HAS to be "
        "in, it's the one Dad wants. 20 seconds, square for Instagram and Facebook.",
        shots=(4, 4),
        seconds=20,
        aspect="1:1",
        framing={"bulbs": "aerial"},
        nowhere=tags("dialogue", "stylized"),
        meta_free=(
            "six years",
            "probably too many",
            "only afford",
            "best 4",
            "your call",
            "HAS to be",
            "Dad wants",
            "Instagram",
        ),
    ),
    Case(
        "building society's internal comms recap with brand guidelines under it, Bethan twice",
        "From: Internal Communications, Harbourside Building Society\n"
        "Subject: Video request – Colleague Volunteering Day recap\n"
        "\n"
        "Hi,\n"
        "\n"
        "Please find below the brief for a short recap film of our Colleague Volunteering Day, "
        "for the intranet and the screens in branch staff rooms.\n"
        "\n"
        "Length: 30 seconds\n"
        "Format: 16:9\n"
        "\n"
        "Content:\n"
        "• Colleagues in hi-vis litter-picking along the tideline at Saltburn beach, waves "
        "rolling in behind them\n"
        "• Close-up of a gloved hand dropping a tangle of fishing net into a bin bag\n"
        "• Two colleagues carrying a full bag up the slipway together, laughing\n"
        "• A volunteer from the Coast Care group, Bethan, showing colleagues a bucket of sorted "
        "plastic\n"
        "• Bethan and the team beside the pile of full bags, waving\n"
        '• End frame: "Thank you – 212 bags collected"\n'
        "\n"
        "Brand guidelines (please follow):\n"
        "• Primary colour Harbour Teal #00594F, secondary Sand #E8DCC4; never use red\n"
        "• Typeface: Gotham Rounded Medium for headings, Gotham Book for body copy\n"
        "• Logo: minimum clear space of 1x the height of the 'H'; never place on a busy "
        "background\n"
        "• Tone of voice: warm, plain English, no jargon\n"
        "• Do not show customer data or branch interiors, and please leave out our CEO (Mark "
        "Devlin), who was not able to attend\n"
        "\n"
        "Kind regards,\n"
        "Alison Pryce\n"
        "Internal Communications Manager",
        shots=(6, 6),
        seconds=30,
        aspect="16:9",
        first=tags("character", "human_motion", "landscape"),
        framing={"net": "close"},
        tagged={
            "net": tags("human_motion"),
            "slipway": tags("character", "human_motion"),
            "bucket": tags("character"),
        },
        last=tags("typography"),
        nowhere=tags("dialogue", "stylized"),
        cast=("Bethan",),
        not_cast=("Mark", "Devlin", "Alison", "Pryce", "Coast Care", "Harbourside"),
        meta_free=(
            "Internal Communications",
            "intranet",
            "staff rooms",
            "Brand guidelines",
            "never use red",
            "clear space",
            "busy background",
            "Tone of voice",
            "plain English",
            "no jargon",
            "customer data",
            "branch interiors",
            "CEO",
            "Devlin",
            "Kind regards",
        ),
    ),
    Case(
        "granddaughter's TikTok of nan's Anzac biscuits, the recipe's quantities above, Dot",
        "ok so nan's anzac bikkies for the tiktok, 30 sec, vertical. recipe below so u know "
        "what's going on (don't put it all on screen lol):\n"
        "\n"
        "1 cup rolled oats\n"
        "1 cup plain flour\n"
        "3/4 cup desiccated coconut\n"
        "1 cup brown sugar\n"
        "125g butter\n"
        "2 tbsp golden syrup\n"
        "1/2 tsp bicarb soda\n"
        "2 tbsp boiling water\n"
        "\n"
        "shots:\n"
        "- nan (Dot, 86, floral apron, glasses on a chain) melting the butter and golden syrup "
        "in a little saucepan, syrup ribboning off the spoon\n"
        "- the bicarb and boiling water going in and the whole lot foaming up 🫧\n"
        "- Dot mixing it into the dry stuff with her hands\n"
        "- rolling balls and squashing them flat on the tray with a fork\n"
        "- tray coming out of the oven (180° for 15 mins), all golden\n"
        "- Dot dunking one in her cuppa and winking at the camera\n"
        '- text at the end: "Nan\'s Anzacs 🇦🇺 lest we forget"',
        shots=(7, 7),
        seconds=30,
        aspect="9:16",
        tagged={
            "syrup": tags("character", "physics"),
            "foaming": tags("physics"),
            "mixing": tags("character", "human_motion"),
            "fork": tags("human_motion"),
            "cuppa": tags("character", "human_motion"),
        },
        last=tags("typography"),
        nowhere=tags("dialogue", "stylized"),
        cast=("Dot",),
        not_cast=("Anzac",),
        meta_free=(
            "tiktok",
            "30 sec",
            "recipe below",
            "on screen lol",
            "1 cup",
            "3/4 cup",
            "125g",
            "tbsp",
            "tsp",
        ),
    ),
    Case(
        "Young Farmers' Club secretary's run sheet for the 75th barn dance, starred items, Ellie",
        "Hi, I'm club secretary for Upper Teesdale Young Farmers. It's our 75th anniversary do "
        "on Saturday 14 June and we'd love a 40 second film of the night for Facebook and to "
        "show at the county rally. Landscape. Here's the committee's run sheet so you know the "
        "order of things, I've starred the bits we want filmed.\n"
        "\n"
        "6:00pm   Bar opens, barn doors open\n"
        "6:30pm * Tractor run arrives – 30-odd tractors coming up the lane with their lights on\n"
        "7:15pm   Welcome speech (Chairman, 10 mins)\n"
        "7:30pm * Hog roast – Ellie (our president, red checked shirt) carving, crackling "
        "shattering\n"
        "8:00pm   Raffle\n"
        "8:30pm * Ceilidh starts – Strip the Willow, everyone spinning down the line in the "
        "barn\n"
        "9:45pm * Tug of war, members v. old members, in the yard under the floodlights\n"
        "10:30pm  Group photos\n"
        "11:00pm * Ellie cutting the cake (shaped like a Massey Ferguson)\n"
        "12:30am  Carriages\n"
        "\n"
        "Please nothing from the speeches or the raffle. No need for text on it either.",
        shots=(5, 5),
        seconds=40,
        aspect="16:9",
        tagged={
            "carving": tags("character", "human_motion"),
            "spinning": tags("character", "human_motion"),
            "tug": tags("character", "human_motion"),
            "cake": tags("character", "human_motion"),
        },
        nowhere=tags("typography", "dialogue", "stylized"),
        cast=("Ellie",),
        not_cast=("Teesdale", "Young Farmers", "Chairman"),
        meta_free=(
            "club secretary",
            "anniversary do",
            "Facebook",
            "county rally",
            "run sheet",
            "starred the bits",
            "Bar opens",
            "Welcome speech",
            "10 mins",
            "Raffle",
            "Group photos",
            "Carriages",
            "6:30pm",
            "7:30pm",
        ),
    ),
    Case(
        "grandmother's bedtime story about a puffin in five rhyming verses, Fergus and Skye",
        "My grandson Ollie (4) won't go to sleep without this one, so I've written it down. "
        "Could you make it into a little film for him? About a minute, and looking like the "
        "pictures in a storybook, soft watercolours. One picture for each verse please, and "
        "I'll read it over the top myself.\n"
        "\n"
        "High up on a cliff where the pink sea-thrift grows\n"
        "lived a puffin called Fergus with a bright orange nose.\n"
        "\n"
        "The others dived down to the waves far below,\n"
        "but Fergus stood shaking, too frightened to go.\n"
        "\n"
        "Then one stormy evening his little friend Skye\n"
        "was stuck on a rock with the tide rising high.\n"
        "\n"
        "So Fergus took one breath and leapt off the ledge,\n"
        "and he flew to his friend past the white water's edge.\n"
        "\n"
        "Now Fergus and Skye fly home side by side,\n"
        "with beaks full of sand eels, out over the tide.\n"
        "\n"
        'Then "The End" in curly writing.\n'
        "\n"
        "Thank you so much,\n"
        "Nana Jean",
        shots=(5, 6),
        seconds=60,
        aspect="16:9",
        every=tags("stylized"),
        first=tags("landscape", "character"),
        tagged={"ledge": tags("character")},
        untagged={"ledge": tags("human_motion")},
        last=tags("typography"),
        nowhere=tags("dialogue"),
        cast=("Fergus", "Skye"),
        not_cast=("Ollie", "Jean"),
        meta_free=(
            "grandson",
            "go to sleep",
            "each verse",
            "read it over",
            "curly writing",
            "Nana",
        ),
    ),
    Case(
        "tiny-house builders' for-sale listing pasted whole, room dimensions, a VIDEO: line",
        "Pasted from our listing, sorry it's long! Can you make a 45 second walk-round video "
        "from it? Landscape please. The bits we'd like filmed are on the VIDEO: line at the "
        "bottom.\n"
        "\n"
        "FOR SALE – 'The Wren' – 7.2m off-grid tiny house on wheels\n"
        "£54,950 ONO | Built 2024 | Towable (3.5t twin-axle trailer)\n"
        "\n"
        "Exterior: Western red cedar cladding, black standing-seam roof, 2 x 400W solar panels.\n"
        "Living area: 3.4m x 2.4m, with a wood burner and a fold-down dining table.\n"
        "Kitchen: 2.1m run of oak worktop, 2-ring gas hob, 80L fridge.\n"
        "Sleeping loft: 2.4m x 1.9m (headroom 1.1m), reached by storage stairs.\n"
        "Shower room: 1.2m x 1.0m with composting toilet.\n"
        "Total floor area: 16.8 m² + 4.6 m² loft.\n"
        "Viewing by appointment near Hay-on-Wye. No time wasters please.\n"
        "\n"
        "VIDEO: the house on its trailer in the meadow at golden hour / the wood burner lit, "
        "flames going / the fold-down table dropping open / climbing the storage stairs up into "
        "the loft and looking out of the roof window at the sky / the solar panels on the roof "
        'from the drone / finish on "The Wren – built by Bramblewick Tiny Homes"\n'
        "\n"
        "Cheers, Tom & Nadia",
        shots=(6, 6),
        seconds=45,
        aspect="16:9",
        first=tags("architecture"),
        untagged={"@first": tags("character", "human_motion")},
        tagged={
            "burner": tags("physics"),
            "climbing": tags("human_motion"),
        },
        framing={"solar": "aerial"},
        last=tags("typography"),
        nowhere=tags("dialogue", "stylized"),
        not_cast=("Tom", "Nadia", "Bramblewick"),
        meta_free=(
            "Pasted from our listing",
            "walk-round video",
            "FOR SALE",
            "£54,950",
            "ONO",
            "3.4m",
            "x 1.9m",
            "headroom",
            "m²",
            "by appointment",
            "time wasters",
            "Cheers, Tom",
        ),
    ),
)
