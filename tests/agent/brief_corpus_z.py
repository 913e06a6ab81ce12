"""FRESH_Z: twenty fresh briefs for a one-time held-out measurement.

Written by a tester who had not read the planner, in the ordinary ways people type a brief into
the chat box of an AI video tool rather than as documents: a mobile car valeter's two lines with
no capitals and a misspelling (a 4x4 that is no shot count), a soft-drink marketer's bullets (an
audience of 18–30, a logo in the last 2s), an agency producer's numbered shot list with seconds a
shot that add up (a `1 x 30"` master, talent in their 30s), a singer's music-video idea in one
run-on sentence (a 24 hour diner, the song's own 3:40, a vertical cut he will make himself), a
gaming YouTuber's intro full of emoji ("like 6 seconds max"), an estate agent's new-listing reel
($1,249,000, 2,140 sq ft, 3 bed / 2 bath) with her own headshot on the end card, a wedding
videographer's teaser plan to the couple, handheld throughout (a 40-minute ceremony, an hour of
speeches, the date on the last frame), an adult-literacy charity's appeal with one learner in
every scene but the last (a statistic of 7.1 million kept for print, £25 on the end card), a
parent's cartoon invitation to a space party for a boy turning 6, an app launch explainer in flat
2D with its on-screen lines in quotes, a dive-watch maker's close-ups for reels (a 120-click bezel
to be heard; 300 m, 42 mm and £690 off screen), a short story of a nurse and a busker in which two
shots carry on from the one before ("Same shot, continuing", "Continuing from shot 4 without a
cut"), a documentary teaser on Jeju's women divers opening from the air (a breath held two
minutes, seven hours a day, 10 metres, 2016 and a diver of 84), a one-line request for a 5 sec
clip of a cable car, a climbing gym's email with greeting and signature (1,200 m², 180 problems,
an opening on 3 May), a florist whose last line cuts 30 seconds to 20 and drops the delivery bike,
a board-game café in comic-book style (a twenty-sided die, an 80s look), a comté dairy co-op
writing in French (25 secondes; a cheese aged 18 months, 400 litres of milk, since 1921), a
capoeira group in Salvador writing in Brazilian Portuguese (40 segundos; its 30 years on the end
card), and a chocolate shop's single line asking for "three clips, 8 seconds each".

The expectations (379 single expectations, counted as set L's were: one for the shot count, one
for the length, one for the aspect, one per tag in every/somewhere/nowhere/first/last and per tag
of each tagged or untagged word, one for the camera, one per framing, chained word, cast or
not_cast name and meta_free word, one each for durations, note and each style word) were written
and committed before the planner was run on any of these briefs, as a careful reader of each brief
would put them; where a reader could not be sure, the field is a range or left out. A length the
writer states is taken exactly ("about 20 seconds" as 20, "about a minute long" as 60, seconds a
shot as their sum), and "like 6 seconds max" as a range up to 6. Where a later line corrects an
earlier one, the later one holds, and what it strikes out (a shot, a length) is never a shot.
Clock times, dates, years, ages, prices, areas, depths, counts of things, a song's, a ceremony's
or a held breath's own length and an end card's "30 anos" are never lengths, and never a shot
count. A writer whose own hands or face are in shot (the valeter, the singer, the estate agent's
headshot, the capoeira master's hands) is never listed as kept out of the cast. Where the brief is
not in English, a shot is found by a name rather than by a word the planner may translate (or by
the name of an instrument a translation keeps), and a word about the video may be the English a
translation would use ("November", "big screen"). This set is measured once and never tuned for:
a failure here is a finding, not a test to make pass.

Measured once, held out, at stop 34 (59d2ad3: the planner of stop 33 with one fix made before
the set was read, "Morning light on the shop front." no longer taken for a greeting), after the
set was committed on its own branch (58e89d9) and before any change was made for it: 3 of 20
briefs met every expectation; 318 of 379 single expectations (84%). The largest groups of misses:
shot counts (10), the character tag and cast names (14, most in the music video, the Portuguese
brief and the florist's list), words about the video left in a shot (10), and a look said once
(4: its style words and the stylized tag). No expectation was changed after the run; from here the set is a
development set.
"""

from __future__ import annotations

from tests.agent.brief_corpus import Case, tags

FRESH_Z: tuple[Case, ...] = (
    Case(
        "car valeter's two lines with no capitals, a 4x4 that is no shot count",
        "hi there i do mobile car valeting round bristol, want a quick 15 sec vid for tiktok so "
        "vertical pls\n"
        "a propper filthy 4x4 getting snow foamed, the foam sliding off all the mud, then me jet "
        "washing it off and buffing the bonnet till u can see the clouds in it. end on my van with "
        "the logo. cheers dean",
        shots=(3, 5),
        seconds=15,
        aspect="9:16",
        tagged={
            "foam": tags("physics"),
            "jet": tags("physics", "human_motion"),
            "buff": tags("human_motion"),
        },
        nowhere=tags("stylized", "dialogue"),
        meta_free=("tiktok", "15 sec", "cheers", "pls"),
    ),
    Case(
        "soft-drink marketer's bullets for a vertical cut, an audience of 18–30 and a logo in 2s",
        "Fizzby Yuzu - summer social cut\n"
        "\n"
        "• Length: 20s\n"
        "• Format: 9:16 (Reels + TikTok)\n"
        "• Tone: sunny, playful, a bit sweaty\n"
        "• Audience: 18–30, festival crowd\n"
        "• Shots:\n"
        "   – a hand pulls a can out of a cooler full of ice, meltwater dripping off it\n"
        "   – friends on a rooftop at golden hour, one cracks a can open and the fizz sprays "
        "everywhere, everyone laughing\n"
        "   – slow-mo pour over ice into a tall glass with a yuzu slice\n"
        "   – the group cannonballs off a wooden dock into a lake\n"
        '   – packshot: the can on a striped beach towel, "Fizzby. Stay bright."\n'
        "• Mandatories: logo in the last 2s, no alcohol cues, no under-18s on screen\n"
        "• Deadline: Fri EOD",
        shots=(5, 5),
        seconds=20,
        aspect="9:16",
        tagged={
            "cooler": tags("product", "physics"),
            "rooftop": tags("human_motion", "physics"),
            "pour": tags("product", "physics"),
            "dock": tags("human_motion"),
        },
        last=tags("product", "typography"),
        nowhere=tags("stylized", "dialogue"),
        meta_free=(
            "Reels",
            "TikTok",
            "Mandatories",
            "alcohol",
            "18–30",
            "festival",
            "Deadline",
            "EOD",
        ),
    ),
    Case(
        "agency producer's numbered shot list with seconds a shot, talent in their 30s",
        "CLIENT: Halden Outdoor\n"
        "PROJECT: Ridgeline 2P tent - launch spot\n"
        'DELIVERABLE: 1 x 30" master, 16:9 (cutdowns TBC, not part of this job)\n'
        "TALENT: Noor (30s, red beanie) and Eli (30s, grey fleece)\n"
        "\n"
        "SHOT LIST\n"
        "1. AERIAL - 5s - drone pushes slowly along a pine ridge at first light, fog lying in the "
        "valleys below.\n"
        "2. CU - 4s - Noor's hands unzipping the tent door, frost on the fabric.\n"
        "3. WIDE - 6s - Noor and Eli pitching the tent in a gusting wind, poles flexing, fabric "
        "snapping.\n"
        "4. MCU - 5s - Eli pours coffee from a camp stove pot, steam curling in the cold.\n"
        "5. TIMELAPSE - 6s - stars wheeling over the tent, which glows orange from a headtorch "
        "inside.\n"
        '6. END FRAME - 4s - logo + super: "Ridgeline 2P. Home, anywhere."\n'
        "\n"
        "Total 30s. Music is a licensed track, supplied separately.\n"
        "Thanks - Gemma (Producer, Northlight)",
        shots=(6, 6),
        seconds=30,
        aspect="16:9",
        durations=(5.0, 4.0, 6.0, 5.0, 6.0, 4.0),
        first=tags("landscape", "camera_motion"),
        framing={"@first": "aerial", "frost": "close", "poles": "wide"},
        untagged={"@first": tags("character")},
        tagged={
            "frost": tags("character"),
            "poles": tags("character", "human_motion", "physics"),
            "coffee": tags("character", "physics"),
            "stars": tags("landscape"),
        },
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        cast=("Noor", "Eli"),
        not_cast=("Gemma",),
        meta_free=("cutdowns", "licensed", "TBC", "Northlight"),
    ),
    Case(
        "singer's music-video idea in one run-on sentence, a song of 3:40 and a 24 hour diner",
        "ok so my new single is called Northbound and its basically about leaving the town you "
        "grew up in so i was thinking it opens on me sat on the roof of my mums house at night "
        "playing an acoustic guitar with the whole estate lit up behind me and then cut to me on "
        "the last night bus with my head against the window watching the streetlights slide past "
        "and then me walking into an empty 24 hour diner where the waitress who is actually my "
        "sister Rosa pours me a coffee without asking and we dont say anything and then the last "
        "bit is sunrise over the motorway with me walking along the hard shoulder with the guitar "
        "on my back and the lorries blowing past, it needs to feel like a dream kind of like a "
        "Wong Kar-wai film all smeared neon and slow shutter, landscape for youtube but ill cut a "
        "vertical myself later, about a minute long, the song itself is 3:40 but we only need the "
        "chorus bit",
        shots=(4, 6),
        seconds=60,
        aspect="16:9",
        tagged={
            "roof": tags("character", "human_motion"),
            "bus": tags("character"),
            "Rosa": tags("character"),
            "motorway": tags("character", "human_motion"),
        },
        nowhere=tags("stylized", "dialogue"),
        cast=("Rosa",),
        meta_free=("youtube", "3:40", "chorus", "Wong Kar", "new single", "grew up"),
    ),
    Case(
        "gaming YouTuber's channel intro with emoji, '6 seconds max'",
        "yo 👋 need a quick intro for my channel PIXELPANDA 🐼🎮 like 6 seconds max!! my mascot (a "
        "chubby red panda in a hoodie) bursts out of a glowing game controller ⚡ neon sparks "
        "flying everywhere, then the channel name PIXELPANDA slams onto the screen with a "
        "shockwave 💥 cartoony 3D vibe, 16:9 obviously, make it HYPE 🔥🔥🔥",
        shots=(1, 3),
        seconds=(4, 6),
        aspect="16:9",
        every=tags("stylized"),
        tagged={"controller": tags("character", "physics")},
        last=tags("typography"),
        nowhere=tags("dialogue", "landscape"),
        cast=("panda",),
        style=("cartoon",),
        meta_free=("HYPE", "obviously", "6 seconds"),
    ),
    Case(
        "estate agent's new-listing reel, the $1,249,000 and 2,140 sq ft kept off screen",
        "NEW LISTING 🌵 1870 Saguaro Vista Dr - need a reel ASAP\n"
        "\n"
        "Hi! Dana here (Desert Key Realty). Mid-century 3 bed / 2 bath, 2,140 sq ft, listed at "
        "$1,249,000 - please DON'T show the price, the sellers asked. Vertical 9:16, 45 seconds, "
        "for IG + TikTok + Zillow.\n"
        "\n"
        "What I want:\n"
        "- open with a drone shot rising over the kidney-shaped pool with the San Jacinto "
        "mountains behind\n"
        "- the front door (bright orange, it's the whole vibe of the house) swinging open\n"
        "- glide through the living room, floor-to-ceiling glass, the clerestory windows\n"
        "- the kitchen: terrazzo counters, morning sun across them\n"
        "- backyard at twilight, fire pit lit, string lights on\n"
        '- end card with my headshot + "Dana Whitcomb · Desert Key Realty · DM to tour"\n'
        "\n"
        "No people walking around please, staged furniture only. Thank you!!",
        shots=(6, 6),
        seconds=45,
        aspect="9:16",
        first=tags("architecture", "camera_motion"),
        framing={"@first": "aerial"},
        tagged={
            "orange": tags("architecture"),
            "clerestory": tags("architecture", "camera_motion"),
            "terrazzo": tags("architecture"),
            "fire pit": tags("physics"),
        },
        last=tags("typography"),
        nowhere=tags("human_motion", "dialogue", "stylized"),
        meta_free=("$1,249,000", "2,140", "Zillow", "TikTok", "sellers", "ASAP"),
    ),
    Case(
        "wedding videographer's teaser plan, handheld throughout, a 40-minute ceremony",
        "Hi both! Here's my plan for your teaser, let me know if anything's off.\n"
        "\n"
        "Amara & Jonah - Teaser, 60s, 16:9. Filmic look with soft grain and warm highlights, "
        "handheld throughout.\n"
        "\n"
        "- Morning: Amara's grandmother fastening the pearl necklace at the back of her neck.\n"
        "- Jonah's brothers wrestling him into his jacket, everyone laughing.\n"
        "- First look in the walled garden: Jonah turns around and covers his mouth.\n"
        '- The vows, close on Jonah: "I\'ll choose you every day, even the Mondays."\n'
        "- Petal toss as they walk back down the aisle, petals drifting through the air.\n"
        "- Sparkler exit at night, the two of them running through a tunnel of guests.\n"
        '- Their names and the date, "Amara & Jonah · 21.09.2024", over the last frame.\n'
        "\n"
        "The ceremony was 40 minutes and the speeches ran to an hour, so there's plenty of audio "
        "if we want more lines.\n"
        "\n"
        "Love,\n"
        "Hana (Juniper Lane Films)",
        shots=(7, 7),
        seconds=60,
        aspect="16:9",
        camera="handheld",
        framing={"vows": "close"},
        tagged={
            "necklace": tags("character"),
            "jacket": tags("character", "human_motion"),
            "walled garden": tags("character"),
            "vows": tags("character", "dialogue"),
            "petal": tags("character", "human_motion", "physics"),
            "sparkler": tags("character", "human_motion", "physics"),
        },
        last=tags("typography"),
        nowhere=tags("stylized"),
        cast=("Amara", "Jonah"),
        not_cast=("Hana", "Juniper"),
        style=("grain",),
        meta_free=("40 minutes", "speeches", "an hour", "Juniper"),
    ),
    Case(
        "adult-literacy charity's appeal, Gloria in every scene but the last, 7.1 million kept out",
        "Appeal video - Open Page Adult Literacy (registered charity no. 1098432)\n"
        "\n"
        "We'd like a 45-second film, landscape, for our website and YouTube pre-roll in the run-up "
        "to Christmas. It follows one learner, Gloria, a grandmother in her late fifties with "
        "silver braids and a green cardigan, who is in every scene except the last.\n"
        "\n"
        "1. Gloria at a bus stop in the rain, squinting at a timetable she can't read, the bus "
        "pulling away without her.\n"
        "2. Gloria at a kitchen table with her volunteer tutor, Sam, tracing letters on a "
        "worksheet with her finger.\n"
        '3. Gloria reading a picture book aloud to her granddaughter at bedtime: "The... little... '
        'fox..." and the girl grinning up at her.\n'
        "4. Gloria signing her name on a library card, slowly, then holding it up proudly.\n"
        '5. White text on navy: "£25 gives one adult a term of lessons. openpage.org.uk/give"\n'
        "\n"
        "Please don't use the statistic about 7.1 million adults, our trustees want it kept for "
        "the print campaign. No music with lyrics.",
        shots=(5, 5),
        seconds=45,
        aspect="16:9",
        tagged={
            "bus stop": tags("character", "physics"),
            "worksheet": tags("character"),
            "picture book": tags("character", "dialogue"),
            "library card": tags("character"),
        },
        untagged={"@last": tags("character")},
        last=tags("typography"),
        nowhere=tags("stylized"),
        cast=("Gloria", "Sam"),
        meta_free=("7.1 million", "trustees", "pre-roll", "Christmas", "1098432", "lyrics"),
    ),
    Case(
        "parent's space-party invitation for a boy turning 6, to send on WhatsApp",
        "Hi! My son Arjun is turning 6 🚀 and we're doing a space party. Could you make a little "
        "invitation video I can send to the other parents on WhatsApp? Vertical please, about 20 "
        "seconds, cartoon style with bright colours.\n"
        "Arjun in a little silver astronaut suit blasting off in a rocket from our back garden, "
        "then floating past Saturn and waving, then landing on the moon and planting a flag that "
        "says ARJUN, then the text: \"Arjun's Space Party! Saturday 8 March, 2-4pm, Starlight Soft "
        'Play. RSVP to Meena".\n'
        "Thank you so much!! 🌙⭐",
        shots=(4, 5),
        seconds=20,
        aspect="9:16",
        every=tags("stylized"),
        tagged={
            "rocket": tags("character", "physics"),
            "Saturn": tags("character"),
            "flag": tags("character", "typography"),
        },
        last=tags("typography"),
        nowhere=tags("dialogue"),
        cast=("Arjun",),
        not_cast=("Meena",),
        style=("cartoon",),
        meta_free=("WhatsApp", "parents", "turning 6"),
    ),
    Case(
        "app launch explainer in flat 2D with its on-screen lines in quotes",
        "Hey team - script for the Basketful launch explainer below. 30 sec, 16:9, flat 2D "
        "animation in our brand colours (mint and charcoal). On-screen text is in quotes, no "
        "voiceover.\n"
        "\n"
        "Scene 1 - A fridge door swings open on a nearly empty fridge, one sad lemon inside. Text: "
        '"Out of milk. Again."\n'
        "Scene 2 - Three flatmates on their phones in different places (bus, office, sofa), items "
        'popping onto the same shared list. Text: "One list for the whole house."\n'
        "Scene 3 - Leo, in a yellow raincoat, walks into the corner shop; his phone buzzes with "
        '"Zara added: oat milk, bin bags".\n'
        'Scene 4 - Leo ticks items off as they fly into his basket. Text: "Ticked off in real '
        'time."\n'
        'Scene 5 - The app icon bounces onto the screen: "Basketful - free on iOS and Android".\n'
        "\n"
        "We go live on 14 Oct, so we need this by the 10th. Cheers, Ola",
        shots=(5, 5),
        seconds=30,
        aspect="16:9",
        every=tags("stylized"),
        tagged={
            "fridge": tags("typography"),
            "flatmates": tags("typography"),
            "raincoat": tags("character", "typography"),
            "tick": tags("character", "typography"),
        },
        last=tags("typography"),
        nowhere=tags("landscape", "dialogue"),
        cast=("Leo",),
        not_cast=("Ola",),
        style=("flat",),
        meta_free=("voiceover", "14 Oct", "launch explainer", "Cheers"),
    ),
    Case(
        "dive-watch close-ups for reels, a 120-click bezel, 300 m and £690 off screen",
        "Product video for our new dive watch, the Abyssal 300 - close-ups only, 12 seconds, 9:16 "
        "for reels.\n"
        "Macro on the ceramic bezel clicking round (it's a 120-click bezel and the click is the "
        "whole point - we want to hear it). The watch dropped into a tank of water, bubbles "
        "swirling around it as it sinks. Water beading on the sapphire crystal as it's lifted out. "
        'Finish on the watch lying on wet black slate with "ABYSSAL 300 - Built for the deep" in '
        "thin white type.\n"
        "Water resistant to 300 m, 42 mm case, £690 - none of that on screen except the name.",
        shots=(3, 5),
        seconds=12,
        aspect="9:16",
        every=tags("product"),
        framing={"bezel": "extreme-close"},
        tagged={"bubbles": tags("physics"), "sapphire": tags("physics")},
        last=tags("typography"),
        somewhere=tags("sound"),
        nowhere=tags("character", "dialogue", "landscape", "stylized"),
        meta_free=("£690", "42 mm", "reels", "300 m"),
    ),
    Case(
        "short story of a nurse and a busker, two shots carrying on from the one before",
        "Short film idea, 40 seconds, widescreen, realistic, early-morning blue light.\n"
        "\n"
        "Nadia, a night-shift nurse in navy scrubs with her hair in a bun, and Felix, a busker "
        "with a battered trumpet.\n"
        "\n"
        "Shot 1: Nadia steps off the first tram of the morning, exhausted, a paper cup of coffee "
        "in her hand.\n"
        "Shot 2: Same shot, continuing - she crosses the empty square towards us, pigeons "
        "scattering around her feet.\n"
        "Shot 3: Felix on the cathedral steps, blowing on his cold fingers, then starting to play "
        "a slow tune as she passes.\n"
        "Shot 4: Nadia stops, turns back, and drops a coin into his open trumpet case; Felix nods "
        "without stopping playing.\n"
        "Shot 5: Continuing from shot 4 without a cut, she keeps walking down the narrow street "
        "towards home, the sun finally hitting the rooftops.",
        shots=(5, 5),
        seconds=40,
        aspect="16:9",
        tagged={
            "tram": tags("character", "human_motion"),
            "square": tags("character", "human_motion"),
            "cathedral": tags("character"),
            "coin": tags("character", "human_motion"),
            "narrow street": tags("character", "human_motion"),
        },
        chained=("square", "narrow street"),
        nowhere=tags("stylized", "dialogue"),
        cast=("Nadia", "Felix"),
        meta_free=("Shot 2", "widescreen"),
    ),
    Case(
        "documentary teaser on Jeju's women divers, an aerial opener, two minutes a breath",
        "Teaser for our feature documentary SALTWATER WOMEN - 90 seconds, 16:9, natural light, no "
        "graphics except the title at the end.\n"
        "\n"
        "The film follows the haenyeo, the women free-divers of Jeju Island, most of them now in "
        "their seventies and eighties. For context: they dive to 10 metres on a single breath, "
        "holding it for up to two minutes, and work the sea for up to seven hours a day; the "
        "tradition was added to UNESCO's list in 2016. None of that needs to be in the teaser, "
        "it's for the narration we'll record later.\n"
        "\n"
        "Open from high above the black volcanic coast, waves breaking white on the lava rocks. "
        "Then a line of divers in black wetsuits walking into the sea with orange floats. "
        "Underwater, a diver prying an abalone off a rock with a hooked iron. A diver surfacing "
        "with that long whistling breath, the sumbisori - we want to hear it. The women laughing "
        "around a fire in a stone hut, steam coming off their wetsuits. Close on Grandmother "
        "Kang's hands, 84 years old, sorting sea urchins into a basket. End on the title: "
        "SALTWATER WOMEN.",
        shots=(7, 8),
        seconds=90,
        aspect="16:9",
        first=tags("landscape"),
        framing={"@first": "aerial", "Kang": "close"},
        untagged={"@first": tags("character")},
        tagged={
            "floats": tags("human_motion"),
            "abalone": tags("human_motion"),
            "fire": tags("physics"),
            "Kang": tags("character"),
        },
        last=tags("typography"),
        somewhere=tags("sound"),
        nowhere=tags("stylized"),
        cast=("Kang",),
        meta_free=("UNESCO", "2016", "two minutes", "seven hours", "narration", "10 metres"),
    ),
    Case(
        "one line, a 5 sec clip of a cable car",
        "a 5 sec clip of a red cable car gliding over a snowy pine forest at sunrise",
        shots=(1, 1),
        seconds=5,
        aspect="16:9",
        somewhere=tags("landscape"),
        nowhere=tags("character", "dialogue", "typography", "stylized", "human_motion"),
        meta_free=("5 sec",),
    ),
    Case(
        "climbing gym's email with greeting and signature, 1,200 m² and 180 problems",
        "Hi there,\n"
        "\n"
        "Hope you're well! I'm Jess, I look after marketing at Crux Climbing in Leeds. We're "
        "opening our new bouldering hall on 3 May and would love a short promo - 30 seconds, "
        "vertical, for Instagram Stories and Reels.\n"
        "\n"
        "A few ideas we had:\n"
        "A hand dipping into a chalk bag and clapping, a puff of chalk hanging in the light.\n"
        "Our route setter Dev on the big overhang, reaching for the last hold as his feet cut "
        "loose and swing out.\n"
        "A kid on the kids' wall slapping the bell at the top.\n"
        "A group of friends sprawled on the crash mats, laughing and fist-bumping.\n"
        'Logo and "New walls. Same crew. Opening 3 May".\n'
        "\n"
        "We've got 1,200 m² of climbing and 180 problems so it's pretty big, if that helps with "
        "the feel of it!\n"
        "\n"
        "Thanks so much, speak soon,\n"
        "Jess\n"
        "\n"
        "Jess Mortimer\n"
        "Marketing Lead | Crux Climbing\n"
        "0113 496 0123",
        shots=(5, 5),
        seconds=30,
        aspect="9:16",
        tagged={
            "chalk": tags("human_motion", "physics"),
            "Dev": tags("character", "human_motion"),
            "bell": tags("human_motion"),
            "mats": tags("human_motion"),
        },
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        cast=("Dev",),
        not_cast=("Jess", "Mortimer"),
        meta_free=(
            "1,200",
            "180 problems",
            "Stories",
            "0113",
            "Hope you're well",
            "Marketing Lead",
        ),
    ),
    Case(
        "florist's list whose last line cuts 30 s to 20 and drops the bike",
        "Hi! Could you put together a promo for Petal & Stem (the flower shop on Cowley Road)? 30 "
        "seconds, landscape.\n"
        "- Buckets of peonies and ranunculus outside the shop in the morning drizzle\n"
        "- Hannah (owner, curly red hair, green apron) wrapping a bouquet in brown paper and tying "
        "it with twine\n"
        "- Our delivery bike weaving through the Saturday market\n"
        "- A woman opening her front door to the bouquet, her face lighting up\n"
        '- Logo + "Petal & Stem · flowers for every day"\n'
        "Actually make it 20 seconds not 30, and drop the bike one, our courier quit last week 🙃",
        shots=(4, 4),
        seconds=20,
        aspect="16:9",
        untagged={"@first": tags("character", "human_motion")},
        tagged={"Hannah": tags("character", "human_motion"), "front door": tags("human_motion")},
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        cast=("Hannah",),
        meta_free=("bike", "courier", "Actually", "30 seconds"),
    ),
    Case(
        "board-game café in comic-book style, a twenty-sided die and an 80s look",
        "Can you do this in a comic book style? Bold black ink outlines, halftone dots, flat "
        "bright colours, like an old 80s comic. It's for Meeple & Mug, our board game café. 20 "
        "secs, square for the Insta feed.\n"
        "Panel 1: a barista slides a huge mug of hot chocolate across the counter, steam curling "
        "up.\n"
        "Panel 2: four friends around a table, one rolls a giant twenty-sided die and it bounces "
        "across the board, everyone leaning in.\n"
        "Panel 3: a little dragon miniature on the board comes to life and breathes fire over the "
        'game pieces, the friends leaping back, a big "WHOOSH!" in comic lettering.\n'
        'Panel 4: the café sign flickering on at night: "Meeple & Mug - open till midnight".',
        shots=(4, 4),
        seconds=20,
        aspect="1:1",
        every=tags("stylized"),
        tagged={
            "hot chocolate": tags("human_motion", "physics"),
            "friends": tags("human_motion", "physics"),
            "dragon": tags("physics", "typography"),
        },
        last=tags("typography"),
        nowhere=tags("dialogue", "landscape"),
        style=("comic",),
        meta_free=("80s", "Insta", "Panel"),
    ),
    Case(
        "comté dairy co-op in French, 25 secondes, a wheel aged 18 months and 400 litres",
        "Bonjour,\n"
        "\n"
        "Je m'appelle Manon, je travaille à la Fruitière des Cernois, une coopérative fromagère du "
        "Haut-Doubs (depuis 1921). Nous aimerions une petite vidéo de 25 secondes, en format "
        "vertical, pour Instagram et TikTok.\n"
        "\n"
        "Voici nos idées :\n"
        "1. Vue du ciel sur les prés et les fermes dans la brume, au lever du jour.\n"
        "2. Les vaches montbéliardes dans l'herbe, les cloches qui sonnent (on veut entendre les "
        "cloches !).\n"
        "3. Notre fromager, Bastien, qui brasse le caillé dans la grande cuve en cuivre, la vapeur "
        "qui monte.\n"
        "4. Dans la cave d'affinage, Bastien qui tape une meule avec son petit marteau en écoutant "
        "le son.\n"
        "5. Pour finir, le texte « Fruitière des Cernois - comté affiné 18 mois ».\n"
        "\n"
        "Pour info, il faut 400 litres de lait pour une meule de 40 kg, mais ce n'est pas à mettre "
        "dans la vidéo.\n"
        "\n"
        "Merci d'avance et belle journée,\n"
        "Manon",
        shots=(5, 5),
        seconds=25,
        aspect="9:16",
        first=tags("landscape"),
        framing={"@first": "aerial"},
        untagged={"@first": tags("character")},
        tagged={"Bastien": tags("character", "human_motion", "physics")},
        last=tags("typography"),
        somewhere=tags("sound"),
        nowhere=tags("stylized", "dialogue"),
        cast=("Bastien",),
        not_cast=("Manon",),
        note="English",
        meta_free=("400", "40 kg", "1921", "TikTok", "Instagram"),
    ),
    Case(
        "capoeira group in Brazilian Portuguese, 40 segundos, its 30 years on the end card",
        "Oi, tudo bem? Aqui é o Mestre Jorginho, do Grupo Raízes de Capoeira, lá de Salvador. A "
        "gente vai fazer 30 anos em novembro e queria um vídeo de 40 segundos, horizontal, pra "
        "passar no telão da festa e botar no YouTube.\n"
        "\n"
        "Pensei assim:\n"
        "- começa lá de cima, com o drone, o Pelourinho no fim da tarde, as casas coloridas e as "
        "igrejas\n"
        "- a roda na praça, todo mundo batendo palma, o berimbau tocando (tem que dar pra ouvir o "
        "berimbau!)\n"
        "- a Dandara dando um mortal por cima do parceiro, em câmera lenta\n"
        "- close nas minhas mãos tocando o atabaque\n"
        "- a criançada aprendendo a ginga, rindo\n"
        '- no final, escrito: "Grupo Raízes - 30 anos de capoeira"\n'
        "\n"
        "Valeu demais!\n"
        "Axé,\n"
        "Jorginho",
        shots=(6, 6),
        seconds=40,
        aspect="16:9",
        first=tags("architecture"),
        framing={"@first": "aerial", "atabaque": "close"},
        untagged={"@first": tags("character")},
        tagged={"Dandara": tags("character", "human_motion")},
        last=tags("typography"),
        somewhere=tags("sound", "human_motion"),
        nowhere=tags("stylized", "dialogue"),
        cast=("Dandara",),
        note="English",
        meta_free=("YouTube", "November", "novembro", "telão", "big screen"),
    ),
    Case(
        "chocolate shop's 'three clips, 8 seconds each' in one line",
        "three clips, 8 seconds each, for the shop window screen at Cacao & Co: 1) tempered dark "
        "chocolate poured onto a marble slab and spread thin with a palette knife, 2) our "
        "chocolatier Odile brushing gold lustre into bonbon moulds, 3) a bar snapped in half in "
        "slow motion, crumbs flying. landscape, no text, no music.",
        shots=(3, 3),
        seconds=24,
        aspect="16:9",
        durations=(8.0, 8.0, 8.0),
        tagged={
            "marble": tags("physics"),
            "Odile": tags("character"),
            "crumbs": tags("physics"),
        },
        nowhere=tags("typography", "stylized", "dialogue", "landscape"),
        cast=("Odile",),
        meta_free=("window screen", "no music", "Cacao & Co"),
    ),
)
