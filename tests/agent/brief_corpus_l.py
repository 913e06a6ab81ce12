"""FRESH_L: twenty fresh briefs for a one-time held-out measurement.

Written by a tester who had not read the planner, in the voices of twenty different writers: a vet
clinic's practice manager (the same dog in every shot), a theatre company's artistic director, a
bike-courier founder talking too fast (who renames his company mid-sentence), a property
developer's pitch deck pasted with bullet glyphs, an Italian ski resort, a Dutch flower auction, a
yoga teacher, a law firm's stiff corporate brief, a true-crime podcast's INT./EXT. script with
(V.O.) lines, a car-wash owner dictating with "comma" and "full stop", a mobile game's community
manager in emoji with a mascot, a ballet school whose numbered shot lengths and total disagree, a
brewery's timecode table with its head brewer in every shot, an architect's statement pasted from
a PDF with hyphenated line breaks, a climate charity that mostly asks questions, a jazz club owner
in fragments, a toy brand's spot with a price and URL end card, a gruff hardware-store owner, an
observatory's outreach team and a town council's communications team.

The expectations were written and committed before the planner was run on any of these briefs,
as a careful reader of each brief would put them; where a reader could not be sure, the field is a
range or left out. Where numbered shot lengths and a stated total disagree, the total is a range
between the two, as a producer would raise it rather than pick one silently. This set is measured
once and never tuned for: a failure here is a finding, not a test to make pass.

Measured once, held out, at the start of stop 25 (caa8634, before any of its fixes): the planner
of stop 24 (6257acd) met every expectation of 0 of 20 briefs and 308 of 408 single expectations
(75%); the planner of stop 23 (2e28bbb), the same 0 of 20 and 308 of 408 — stop 24's rules moved
nothing here. Then it became a development set (see `python -m tests.agent.brief_corpus_fresh`).
"""

from __future__ import annotations

from tests.agent.brief_corpus import Case, tags

FRESH_L: tuple[Case, ...] = (
    Case(
        "vet clinic, the same dog in every shot",
        "Hello! I'm the practice manager at Riverside Veterinary Clinic. We'd like a short "
        "welcome video for the screen in our waiting room and for our website, about 40 seconds, "
        "normal widescreen. It should feel calm and reassuring, nothing clinical or scary - "
        "please no needles or blood on screen. Our own dog Pickle (a scruffy brown terrier with "
        "one white ear) should be the star: the same dog in every shot, so people recognise him.\n"
        "Ideas:\n"
        "Pickle trots in through the clinic's glass front door, tail wagging.\n"
        "Our receptionist Dawn gives Pickle a treat over the front desk.\n"
        "Close-up of a stethoscope on Pickle's chest as Dr. Amara Osei listens, Pickle very "
        "patient.\n"
        "Pickle on the scales, the nurse laughing as he wiggles.\n"
        "Pickle asleep in a sunny recovery kennel, a blanket over him.\n"
        "End with our logo and phone number, 01632 960418, with Pickle sitting beside it.\n"
        "Thank you so much,\nJo",
        shots=(6, 8),
        seconds=40,
        every=tags("character"),
        last=tags("typography"),
        framing={"stethoscope": "close"},
        untagged={"kennel": tags("human_motion")},
        nowhere=tags("stylized", "dialogue"),
        cast=("Pickle",),
        not_cast=("Hello", "Ideas", "Thank"),
        meta_free=("practice manager", "waiting room", "40 seconds", "needles", "recognise"),
    ),
    Case(
        "theatre company season trailer",
        "The Lantern Players - 2025/26 season trailer.\n"
        "Sixty seconds, widescreen, for the foyer screens and YouTube. Think candlelight and "
        "velvet, warm amber, theatrical rather than cinematic.\n"
        "We open in the dark auditorium: a single ghost light on the empty stage. Then the "
        "curtain rises on our three productions, each given its moment.\n"
        "MACBETH: three witches stir a cauldron, green smoke rolling over the boards.\n"
        "THE IMPORTANCE OF BEING EARNEST: Lady Bracknell, in a towering feathered hat, raises "
        "her lorgnette in disbelief.\n"
        "A CHRISTMAS CAROL: snow falls on Scrooge as he peers through a frosted window.\n"
        "Close on the chandelier as the house lights come up, the audience on its feet "
        "applauding. Finally the season title card, 'Light the Dark', with the dates and "
        "lanternplayers.org.uk.",
        shots=(6, 12),
        seconds=60,
        first=tags("architecture"),
        tagged={
            "cauldron": tags("physics"),
            "lorgnette": tags("character"),
            "Scrooge": tags("physics", "character"),
            "applauding": tags("human_motion"),
        },
        untagged={"ghost light": tags("human_motion", "character")},
        framing={"chandelier": "close"},
        last=tags("typography"),
        not_cast=("Think", "Finally"),
        style=("amber",),
        meta_free=("season trailer", "foyer", "YouTube", "Sixty seconds"),
    ),
    Case(
        "bike courier founder talking too fast",
        "ok so basically we're Zipline Couriers - no wait we're rebranding, it's ZIPPA now, two "
        "Ps - and we need a launch vid like yesterday, 20 secs, vertical obviously it's for "
        "TikTok and Reels, ok so: our rider Tomasz bombs down a hill in the rain on the cargo "
        "bike, orange jacket, then he like skids to a stop outside a cafe, hands over a pizza "
        "box, customer's stoked, then a drone shot pulling up off the rooftops and the whole "
        "city's lit up and then the ZIPPA logo with 'Anything. Anywhere. 20 minutes.' boom. oh "
        "and Tomasz has to look the same throughout obviously he's kind of the face of the brand "
        "now lol. can we also get a bit where the wheel spins super close up like macro. ok "
        "thanks bye",
        shots=(4, 7),
        seconds=20,
        aspect="9:16",
        tagged={
            "hill": tags("human_motion", "character", "physics"),
            "skids": tags("character"),
            "pizza": tags("character"),
            "rooftops": tags("camera_motion", "architecture"),
        },
        framing={"rooftops": "aerial", "wheel": "extreme-close"},
        untagged={"wheel": tags("typography")},
        last=tags("typography"),
        cast=("Tomasz",),
        not_cast=("Zipline",),
        meta_free=(
            "Zipline",
            "TikTok",
            "Reels",
            "launch vid",
            "lol",
            "no wait",
            "thanks bye",
        ),
    ),
    Case(
        "property developer's pitch deck",
        "HALCYON WHARF — Investor Film (Draft Script v3)\n"
        "▪ Format: 16:9 · 45 sec · for the investor deck + site hoarding screens\n"
        "▪ Tone: confident, premium, golden hour\n"
        "• OPENING – Aerial over the river at golden hour; the cranes of the construction site "
        "in the foreground\n"
        "• THE SITE – Workers in hi-vis guide a steel beam into place\n"
        "• THE HOMES –\n"
        "   – Interior: open-plan living room, floor-to-ceiling windows, river view\n"
        "   – Rooftop garden with residents having drinks at dusk\n"
        "• THE PROMISE – Night exterior: the finished tower, every window lit\n"
        '• CLOSE – Halcyon Wharf logo + "Completion 2027 · halcyonwharf.com"\n'
        "▪ Budget guide: £18k (TBC)",
        shots=(6, 9),
        seconds=45,
        framing={"@first": "aerial"},
        tagged={
            "beam": tags("human_motion"),
            "living room": tags("architecture"),
            "Rooftop": tags("architecture"),
            "tower": tags("architecture"),
        },
        untagged={"living room": tags("human_motion")},
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        not_cast=("OPENING", "Budget", "Format"),
        meta_free=(
            "Investor Film",
            "Draft Script",
            "Budget",
            "hoarding",
            "THE PROMISE",
            "•",
            "▪",
        ),
    ),
    Case(
        "Italian ski resort",
        "Buongiorno! Siamo l'ufficio marketing del comprensorio sciistico Monte Cervo, in Val "
        "di Fassa. Ci serve uno spot di 30 secondi in formato verticale per Instagram e TikTok.\n"
        "Idee:\n"
        "1. Alba sulle Dolomiti: ripresa dal drone sopra le cime innevate.\n"
        "2. Uno sciatore scende in neve fresca, la polvere bianca che vola dietro di lui.\n"
        "3. La seggiovia sale nel sole, due amici ridono.\n"
        "4. Primo piano di una cioccolata calda fumante in baita.\n"
        '5. Chiusura con il nostro logo e la scritta "Monte Cervo — la neve come una volta".\n'
        "Grazie mille!\nGiulia",
        shots=(5, 5),
        seconds=30,
        aspect="9:16",
        first=tags("landscape", "camera_motion"),
        framing={"@first": "aerial"},
        last=tags("typography"),
        not_cast=("Giulia", "Buongiorno", "Grazie"),
        meta_free=(
            "Buongiorno",
            "Grazie",
            "Giulia",
            "Instagram",
            "30 secondi",
            "ufficio marketing",
            "Idee",
        ),
    ),
    Case(
        "Dutch flower auction",
        "Hallo, wij zijn Veiling Bloemenhart uit Aalsmeer. We willen graag een filmpje van 45 "
        "seconden, liggend (16:9), voor onze website en voor beurzen.\n"
        "- Vroeg in de ochtend: luchtopname van de kassen en de enorme veilinghal.\n"
        "- Karren vol tulpen rijden in lange rijen door de hal.\n"
        "- Een kweker, Henk, controleert de rozen met een vergrootglas.\n"
        "- In de veilingzaal draait de veilingklok en drukken de kopers op hun knoppen.\n"
        "- Een vrachtwagen vertrekt in de schemering richting Duitsland.\n"
        "- Afsluiten met ons logo en de tekst 'Elke dag vers de wereld in'.\n"
        "Met vriendelijke groet,\nSanne de Vries",
        shots=(6, 9),
        seconds=45,
        first=tags("architecture"),
        framing={"@first": "aerial"},
        last=tags("typography"),
        not_cast=("Sanne", "Hallo", "Aalsmeer", "Duitsland"),
        meta_free=("filmpje", "45 seconden", "beurzen", "vriendelijke groet", "Sanne"),
    ),
    Case(
        "yoga teacher, one held clip continuing",
        "Good morning. I teach a small dawn class in an old boathouse on the lake, and I'd love a "
        "gentle 30-second film for my website, square, that can loop quietly behind the text.\n"
        "Everything on a tripod, please. No camera movement at all; I want it to feel still, "
        "like a held breath.\n"
        "Mist lifting off the lake at sunrise.\n"
        "My students unrolling their mats on the wooden floor.\n"
        "Me, Leela, in tree pose by the open doors, eyes closed.\n"
        "Then, continuing from that same clip without a cut, I slowly lower my arms and open my "
        "eyes.\n"
        "A close-up of hands pressed together at the heart.\n"
        "The candle on the windowsill, its flame barely moving.\n"
        "Breathe in, breathe out. Thank you.\nLeela",
        shots=(6, 6),
        seconds=30,
        aspect="1:1",
        camera="static",
        tagged={
            "Mist": tags("landscape", "physics"),
            "mats": tags("human_motion"),
            "tree pose": tags("character"),
            "candle": tags("physics"),
        },
        untagged={"Mist": tags("human_motion"), "candle": tags("human_motion")},
        framing={"pressed": "close"},
        chained=("lower",),
        nowhere=tags("typography", "product"),
        cast=("Leela",),
        not_cast=("Breathe", "Thank"),
        meta_free=(
            "website",
            "loop",
            "tripod",
            "30-second",
            "Breathe in",
        ),
    ),
    Case(
        "law firm corporate film",
        "BRIEF: CORPORATE FILM — HARTWELL & VANCE LLP\n"
        "Objective: To communicate the Firm's heritage and its commitment to client service.\n"
        "Duration: ninety (90) seconds. Aspect ratio: 16:9. Distribution: the Firm's website and "
        "LinkedIn.\n"
        "The film shall comprise the following sequences, in the order stated:\n"
        "(a) An establishing exterior of the Firm's offices at 14 Lincoln's Inn Fields, London, "
        "in morning light.\n"
        "(b) Partners in conference in the boardroom, documents upon the table.\n"
        "(c) A senior partner, Ms. Catherine Vance, walking along the library's shelves of law "
        "reports.\n"
        '(d) Ms. Vance addressing the camera: "For a century, our clients have trusted us with '
        'what matters most."\n'
        '(e) The Firm\'s name and the words "Counsel since 1924" on a dark green background.\n'
        "No stock imagery of gavels, scales of justice or handshakes shall be used.",
        shots=(5, 12),
        seconds=90,
        first=tags("architecture"),
        framing={"@first": "wide"},
        tagged={
            "library": tags("character", "human_motion"),
            "century": tags("dialogue", "character"),
        },
        last=tags("typography"),
        cast=("Vance",),
        not_cast=("Objective", "Distribution", "Duration"),
        meta_free=(
            "gavel",
            "handshake",
            "scales of justice",
            "stock imagery",
            "LinkedIn",
            "ninety",
            "(a)",
        ),
    ),
    Case(
        "true-crime podcast script with V.O.",
        "COLD HARBOUR — PODCAST TRAILER (30s)\n\n"
        "EXT. FISHING VILLAGE - NIGHT\n"
        "Fog rolls in off the water. A single streetlamp buzzes.\n\n"
        "NARRATOR (V.O.)\n"
        "In 1987, Eilidh MacRae walked out of her house and never came back.\n\n"
        "INT. MACRAE HOUSE - KITCHEN - NIGHT\n"
        "A kettle still on the stove. A half-written letter on the table.\n\n"
        "NARRATOR (V.O.)\n"
        "Thirty years later, someone is still writing to her mother.\n\n"
        "EXT. HARBOUR WALL - DAWN\n"
        "An old woman, MORAG MACRAE (80s), stares out to sea, a letter in her hand.\n\n"
        "TITLE CARD: COLD HARBOUR. New episodes every Tuesday.",
        shots=(4, 6),
        seconds=30,
        tagged={"Fog": tags("physics"), "Morag": tags("character")},
        untagged={"kettle": tags("character", "human_motion")},
        last=tags("typography"),
        somewhere=tags("sound"),
        cast=("Morag",),
        not_cast=("NARRATOR", "Tuesday", "TITLE"),
        meta_free=("INT.", "EXT.", "PODCAST TRAILER", "(30s)"),
    ),
    Case(
        "car wash owner dictating",
        "hi this is Dev from Sparkle Bay car wash comma on the ring road full stop we want a "
        "video for the big screen by the entrance comma fifteen seconds comma widescreen full "
        "stop first a dirty red pickup rolls into the wash bay full stop then the foam cannon "
        "covers it in pink foam comma really thick full stop then the big blue brushes spin over "
        "the bonnet full stop close up of water beading off the paint full stop it drives out "
        "gleaming in the sun full stop end on our sign with the price comma five ninety-nine for "
        "the basic wash full stop new paragraph oh and the pickup has to be the same pickup all "
        "the way through obviously full stop thanks",
        shots=(5, 6),
        seconds=15,
        tagged={"foam": tags("physics"), "beading": tags("physics")},
        framing={"beading": "close"},
        last=tags("typography"),
        nowhere=tags("human_motion", "stylized"),
        cast=("pickup",),
        not_cast=("Dev", "comma", "paragraph"),
        meta_free=(
            "comma",
            "full stop",
            "new paragraph",
            "big screen",
            "fifteen seconds",
            "Dev",
            "thanks",
        ),
    ),
    Case(
        "mobile game trailer in emoji, with a mascot",
        "🚀 NEW TRAILER TIME 🚀\n"
        "Game: Burrow Blast (match-3 with moles 🐹)\n"
        "Mascot: Digby, a chubby purple mole with a miner's helmet ⛑️ — he's in basically every "
        "shot!!\n"
        "Length: 25s ⏱️ | Vertical 📱 for the stores + TikTok\n"
        "1️⃣ Digby pops out of a hole in a cartoon meadow 🌼\n"
        "2️⃣ Gems rain down and Digby juggles them 💎💎💎\n"
        "3️⃣ Gameplay: a phone screen showing a combo exploding into sparkles ✨\n"
        "4️⃣ Digby does a victory dance on a pile of gold 🕺\n"
        "5️⃣ Logo + 'Play free today' + App Store / Google Play badges 📲\n"
        "Style = bright 3D cartoon, Pixar-ish, super saturated 🎨",
        shots=(5, 5),
        seconds=25,
        aspect="9:16",
        every=tags("stylized"),
        tagged={
            "pops": tags("character"),
            "juggles": tags("character"),
            "dance": tags("character"),
            "combo": tags("product"),
        },
        last=tags("typography"),
        cast=("Digby",),
        not_cast=("Mascot", "Gameplay", "Style", "Pixar"),
        style=("cartoon",),
        meta_free=("TRAILER", "Mascot", "TikTok", "1️⃣", "3️⃣"),
    ),
    Case(
        "ballet school, shot lengths and total disagree",
        "Madame Orlova's School of Ballet - open day film.\n"
        "Total running time: 30 seconds, for the cinema pre-show slot.\n"
        "Shot 1 (5 sec): the studio at dawn, barres along a mirrored wall, light through tall "
        "windows.\n"
        "Shot 2 (6 sec): little ones in pink leotards at the barre, pliés in a row.\n"
        "Shot 3 (8 sec): our senior student, Clara, performing a grand jeté across the studio, "
        "slow motion.\n"
        "Shot 4 (6 sec): close-up of pointe shoes being tied with satin ribbons.\n"
        "Shot 5 (7 sec): Madame Orlova clapping the rhythm, a smile.\n"
        "Shot 6 (8 sec): the school's name in gold script, 'Every step begins here', enrolment "
        "at orlovaballet.co.uk.",
        shots=(6, 6),
        seconds=(30, 40),
        first=tags("architecture"),
        untagged={"mirrored": tags("human_motion")},
        tagged={
            "Clara": tags("human_motion", "character"),
            "pliés": tags("human_motion"),
            "clapping": tags("character"),
        },
        framing={"pointe": "close"},
        last=tags("typography"),
        not_cast=("Shot", "Total"),
        meta_free=("Shot 1", "(5 sec)", "open day film", "running time", "pre-show"),
    ),
    Case(
        "brewery timecode table, the head brewer in every shot",
        "Brewer's film for Kettle & Crow Brewing - 'Rosa's Red' launch. 16:9.\n"
        "Our head brewer, Rosa Quintero, is in every single shot: red bandana, grey overalls, "
        "a crow tattooed on her forearm.\n\n"
        "| TC IN       | TC OUT      | PICTURE |\n"
        "| 00:00:00:00 | 00:00:05:00 | Rosa climbs the ladder and tips a sack of malt into the "
        "mash tun, dust rising |\n"
        "| 00:00:05:00 | 00:00:09:00 | Close-up: Rosa stirs the mash with a wooden paddle, steam "
        "curling up |\n"
        "| 00:00:09:00 | 00:00:15:00 | Rosa pulls a sample from the fermenter tap and holds the "
        "glass to the light |\n"
        "| 00:00:15:00 | 00:00:22:00 | Rosa at the bar pouring the first pint, the foam settling "
        "|\n"
        '| 00:00:22:00 | 00:00:26:00 | Rosa raises the pint to camera and says "Worth the '
        'wait." |\n'
        "| 00:00:26:00 | 00:00:30:00 | Rosa beside the can of Rosa's Red, logo and 'Out Friday' "
        "|",
        shots=(6, 6),
        seconds=30,
        durations=(5.0, 4.0, 6.0, 7.0, 4.0, 4.0),
        every=tags("character"),
        tagged={
            "malt": tags("physics", "human_motion"),
            "paddle": tags("physics"),
            "pint": tags("physics", "product"),
            "raises": tags("dialogue", "product"),
        },
        framing={"paddle": "close"},
        last=tags("typography", "product"),
        cast=("Rosa",),
        not_cast=("PICTURE", "Friday"),
        meta_free=("00:00", "TC IN", "|", "launch"),
    ),
    Case(
        "architect's statement pasted from a PDF",
        "Studio Okafor Architects — Project Statement                                    p. 3\n"
        "The Threshing House, Suffolk: a film of the completed building, approxi-\n"
        "mately one minute, landscape format, for our website and the RIBA award sub-\n"
        "mission.\n"
        "We would like the film to follow the light through a single day. It should\n"
        "open on a wide view of the building from across the barley field, its char-\n"
        "red timber cladding almost black against the sky. The camera then moves\n"
        "slowly along the south elevation, where the brick plinth meets the tim-\n"
        "ber. Inside, morning sun falls through the clere-\n"
        "story windows onto the polished concrete floor of the main hall. A detail:\n"
        "the oak staircase, its handrail worn smooth. In the afternoon, the client's\n"
        "children run across the court-\n"
        "yard. At dusk the whole building glows from within, seen again from the\n"
        "field.\n"
        "Studio Okafor Architects — Confidential — Not for distribution             p. 3",
        shots=(6, 10),
        seconds=60,
        first=tags("architecture", "landscape"),
        framing={"@first": "wide"},
        tagged={
            "charred": tags("architecture"),
            "elevation": tags("camera_motion", "architecture"),
            "clerestory": tags("architecture"),
            "staircase": tags("architecture"),
            "courtyard": tags("human_motion", "architecture"),
        },
        untagged={"clerestory": tags("human_motion")},
        last=tags("architecture"),
        nowhere=tags("typography", "stylized"),
        not_cast=("Okafor", "RIBA", "Suffolk"),
        meta_free=(
            "Project Statement",
            "p. 3",
            "Confidential",
            "RIBA",
            "approxi",
            "one minute",
        ),
    ),
    Case(
        "climate charity asking questions",
        "Hi both - a few questions before we commit to anything!\n"
        "We're Tidewater Alliance, a coastal-resilience charity. We have roughly 45 seconds to "
        "fill at a donor evening, on a big 16:9 screen.\n"
        "Could we open on a drone shot over the salt marsh at high tide, the water creeping up to "
        "the sea wall?\n"
        "Is it possible to show a volunteer, maybe a teenager, planting marsh grass in the mud - "
        "would that read as hopeful or just muddy?\n"
        "What about a storm sequence: waves smashing over the promenade railings? Too dramatic?\n"
        "Could the last image before the logo be the same volunteer standing on the restored "
        "marsh at sunset, looking out?\n"
        "And can the logo card carry the line 'Hold the line'? Or is that too cheesy?\n"
        "How much of this can be done in 45 seconds, honestly?\n"
        "Thanks - Oona",
        shots=(5, 8),
        seconds=45,
        first=tags("landscape", "camera_motion"),
        framing={"@first": "aerial"},
        tagged={
            "planting": tags("human_motion"),
            "waves": tags("physics"),
            "sunset": tags("character"),
        },
        untagged={"planting": tags("typography")},
        last=tags("typography"),
        cast=("volunteer",),
        not_cast=("Oona", "Could", "Thanks"),
        meta_free=(
            "Could we",
            "Is it possible",
            "What about",
            "Too dramatic",
            "too cheesy",
            "How much",
            "donor evening",
            "?",
        ),
    ),
    Case(
        "jazz club in fragments",
        "the Blue Hour. basement club. Thursday nights.\n"
        "we want 30 seconds that smell like cigarettes and rain. black and white. all handheld, "
        "always handheld, like you snuck a camera in.\n"
        "rain on the steps down from the street, neon sign BLUE HOUR buzzing.\n"
        "the door. smoke inside.\n"
        "Marcus on upright bass, eyes closed, fingers walking.\n"
        "the trumpet player, sweat on his brow, one long note.\n"
        "a couple dancing slow by the bar.\n"
        "ice in a glass of bourbon.\n"
        "then the neon sign again, flickering off. done.\n"
        "— Lou",
        shots=(6, 8),
        seconds=30,
        camera="handheld",
        style=("black and white",),
        tagged={
            "steps": tags("physics", "architecture"),
            "bass": tags("character", "human_motion"),
            "dancing": tags("human_motion"),
        },
        last=tags("typography"),
        nowhere=tags("stylized"),
        not_cast=("Thursday", "Lou"),
        meta_free=("30 seconds", "snuck a camera", "Thursday nights", "smell like", "done."),
    ),
    Case(
        "toy brand spot with a price end card",
        "Client: Wobblebots (ages 4+). Spot: 'Stack 'Em High'. 20 seconds, 16:9 for TV and "
        "YouTube pre-roll.\n"
        "A girl (around 6) and her grandad build a wobbly tower of Wobblebots on the living-room "
        "rug. The tower sways - one robot's eyes light up and it beeps. Her little brother "
        "crawls in and knocks it all down; the bots tumble and bounce across the floor. Everyone "
        "laughs. End card: the Wobblebots Tower Set box, '£24.99', 'wobblebots.co.uk', and the "
        "line 'Batteries not included' in small print.\n"
        "Legal: no claims of educational benefit. Must show children supervised.",
        shots=(4, 6),
        seconds=20,
        tagged={
            "tower": tags("product", "human_motion"),
            "beeps": tags("product"),
            "tumble": tags("physics", "product"),
            "laughs": tags("character"),
            "24.99": tags("typography"),
        },
        untagged={"tower": tags("typography")},
        last=tags("typography", "product"),
        nowhere=tags("stylized"),
        cast=("Wobblebot",),
        not_cast=("Legal", "Client", "Batteries"),
        meta_free=("Client:", "Spot:", "pre-roll", "Legal", "educational", "ages 4+"),
    ),
    Case(
        "gruff hardware-store owner",
        "Fenwick & Son Hardware. Est. 1961. Me and my boy run it.\n"
        "Want a 15 second ad. Square. For Facebook.\n"
        "Shot of the shop front. Old sign.\n"
        "Me cutting a key on the machine. Sparks.\n"
        "My son Callum mixing paint. The shaker going.\n"
        "Drawers and drawers of screws.\n"
        "Me and Callum behind the counter. Arms folded. Not smiling, we're not the smiling type.\n"
        "Then the words: Fenwick & Son. Since 1961. Open 7 till 6.\n"
        "That's it. No music with singing.\n"
        "— Alf Fenwick",
        shots=(5, 6),
        seconds=15,
        aspect="1:1",
        first=tags("architecture"),
        tagged={
            "key": tags("physics", "character"),
            "paint": tags("character"),
            "counter": tags("character"),
        },
        untagged={"screws": tags("human_motion", "character")},
        last=tags("typography"),
        nowhere=tags("stylized"),
        cast=("Callum", "Alf"),
        meta_free=(
            "15 second",
            "Facebook",
            "That's it",
            "No music",
            "Me and my boy",
            "Want a",
            "Me cutting",
        ),
    ),
    Case(
        "observatory outreach, Instagram feed",
        "Kielder Dark Sky Observatory - outreach team\n"
        "We'd like a 20s post for our Instagram feed (4:5) announcing the autumn stargazing "
        "nights.\n"
        "1) Time-lapse of the Milky Way wheeling over the observatory dome, the dome slowly "
        "opening.\n"
        "2) A child looks through the eyepiece of the big telescope, gasps.\n"
        "3) What she sees: Saturn, rings and all, drifting across the field of view.\n"
        "4) Red torches bobbing along the forest path as a group walks out in the dark.\n"
        "5) Text: 'Autumn Stargazing - Fridays from 3 Oct - book at kielderobservatory.org'\n"
        "No real places other than ours, please: don't add a city skyline.",
        shots=(5, 5),
        seconds=20,
        aspect="4:5",
        tagged={"dome": tags("architecture"), "torches": tags("human_motion", "landscape")},
        untagged={"Saturn": tags("human_motion", "character")},
        last=tags("typography"),
        not_cast=("Text",),
        meta_free=("Instagram", "outreach", "20s post", "announcing", "skyline"),
    ),
    Case(
        "town council lido reopening",
        "From: Communications Team, Brackley Town Council\n"
        "Re: Video - Brackley Lido reopening\n\n"
        "Hi, following sign-off from the Leisure Committee we can now commission the reopening "
        "video. Please find requirements below.\n"
        "Length 30 seconds; square (1:1) for Facebook and the council website; subtitles will be "
        "added by us afterwards, so no text in the picture except the final card.\n"
        "Content (in this order):\n"
        "A wide shot of the restored 1930s lido from the diving board end, the water perfectly "
        "still.\n"
        "The Mayor, Cllr Janet Obi, cuts a ribbon at the gates.\n"
        "Children cannonball into the pool, a huge splash.\n"
        "An older swimmer doing slow lengths in the early morning mist.\n"
        "The café terrace with families eating ice creams.\n"
        "Final card: 'Brackley Lido - open daily 7am-8pm'.\n"
        "Please note the Council cannot endorse commercial brands, so no visible logos on "
        "products (e.g. the ice creams).\n"
        "Kind regards,\nCommunications Team",
        shots=(6, 8),
        seconds=30,
        aspect="1:1",
        first=tags("architecture"),
        framing={"@first": "wide"},
        tagged={
            "ribbon": tags("human_motion"),
            "cannonball": tags("physics", "human_motion"),
            "lengths": tags("human_motion"),
        },
        untagged={
            "diving board": tags("human_motion"),
            "cannonball": tags("typography"),
            "terrace": tags("typography"),
        },
        last=tags("typography"),
        nowhere=tags("product"),
        not_cast=("Communications", "Leisure", "Committee", "Council"),
        meta_free=(
            "sign-off",
            "commission",
            "subtitles",
            "Kind regards",
            "endorse",
            "Facebook",
        ),
    ),
)
