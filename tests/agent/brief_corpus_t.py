"""FRESH_T: twenty fresh briefs for a one-time held-out measurement.

Written by a tester who had not read the planner, in the voices of twenty writers none of sets L to
S used: a food bank's volunteer coordinator asking for dignity before anything, a sneaker resale
shop texting in slang about a Saturday drop, a B2B SaaS product marketer's launch table with
seconds and on-screen text per shot, a Hvar lavender farm writing in Croatian (the grandmother
harvesting), an Aarhus bakery writing in Danish (text only on the last card), a Yogyakarta batik
workshop mixing English with Bahasa Indonesia, a horror director's teaser shot list with lenses and
a character's age written "(30s)", treehouse holiday-let hosts whose ideas come in no particular
order, a dad's cartoon dinosaur invite for his son's seventh birthday, a botanic garden's access
officer who puts the access requirements before the content, a strawberry farmer's voice memo with
no punctuation at all, an eyewear label's mood board in fragments ("4:5. 20s."), an ice-hockey
club's season-ticket spot with its bear mascot in one continuous move, a knife maker who strikes a
prop out mid-line and ends on a price, a city council's locked-off night timelapse for a light
festival (whose dates "7–10 Nov" are no shot count), a water company's explainer with a text label
on every scene, a wool-shop owner who changes her mind halfway (vertical, shorter, one shot
dropped), a fireworks shop in one line, a community choir's musical director in one long letter
full of years, members and the concert's own two hours, and a blood service's creative request
with mandatories and a campaign called "Give 15 minutes".

The expectations (434 single expectations, counted as set L's were) were written and committed
before the planner was run on any of these briefs, as a careful reader of each brief would put them;
where a reader could not be sure, the field is a range or left out. "About N seconds" is taken as N,
"N secs max" or "N seconds is plenty" as a range up to N, "a minute or so" as 50 to 70 seconds.
Where a later line corrects an earlier one, the later one holds, and what it strikes out is never a
shot. Where the brief is not in English, a shot is found by a name rather than by a word the planner
may translate. This set is measured once and never tuned for: a failure here is a finding, not a
test to make pass.

Measured once, held out, at 20ad572 (the tip of main this set was written against, its planner
unchanged by it): 2 of 20 briefs met every expectation and 335 of 434 single expectations (77%),
refusing none. No expectation was changed after the run.
"""

from __future__ import annotations

from tests.agent.brief_corpus import Case, tags

FRESH_T: tuple[Case, ...] = (
    Case(
        "food bank volunteer coordinator's winter appeal, dignity first",
        "Hi there,\n"
        "I'm Bernadette, I coordinate the volunteers at Eastgate Community Pantry. Our "
        "trustees have agreed we can try a short film for the winter appeal, about 45 "
        "seconds, to go on our website and the local Facebook groups. Please nothing that "
        "makes our visitors look pitiful - dignity matters to us more than anything, and "
        "nobody's face should be recognisable except our volunteers who've said yes.\n"
        "What I picture:\n"
        "- Early morning, the hall lights flickering on over rows of empty trestle tables.\n"
        "- Volunteers unloading crates of tins and veg from the back of a van in the rain.\n"
        "- Close on hands sorting tins onto the shelves by their labels.\n"
        "- Marcus, our oldest volunteer (he's 81!), laughing as he stacks loaves of bread.\n"
        "- A child's hand choosing an apple from a basket - just the hand.\n"
        "- The tables full now, steam rising from the tea urn, people chatting in the queue, "
        "seen from behind.\n"
        "- End on our line: 'Everyone deserves a full table. Give at eastgatepantry.org.uk'\n"
        "We'd love some warm, hopeful piano under it but I don't know if that's your "
        "department.\n"
        "Thank you so much for considering us,\n"
        "Bernadette Okafor\n"
        "Volunteer Coordinator",
        shots=(6, 8),
        seconds=45,
        aspect="16:9",
        first=tags("architecture"),
        last=tags("typography"),
        tagged={
            "van": tags("human_motion"),
            "sorting": tags("human_motion"),
            "Marcus": tags("character", "human_motion"),
            "urn": tags("physics"),
        },
        framing={"sorting": "close"},
        nowhere=tags("stylized", "dialogue"),
        cast=("Marcus",),
        not_cast=("Bernadette",),
        meta_free=(
            "trustees",
            "winter appeal",
            "Facebook",
            "45 seconds",
            "dignity",
            "piano",
            "recognisable",
            "considering",
        ),
    ),
    Case(
        "sneaker resale shop texting in slang, a drop on Saturday",
        "yo so we need a tiktok for the drop saturday 🔥🔥\n"
        "shop is HYPE VAULT on carnaby st btw\n"
        "15 secs max, vertical obvs\n"
        "open on the shoebox lid flipping off n smoke pouring out (dry ice ting)\n"
        "then the jordans spinning on a turntable under the pink neon\n"
        "kai jumping off the curb outside in them, slow mo\n"
        "crowd of mandem queuing round the block at night\n"
        "end w 'SAT 10AM. NO RESTOCKS.' big letters glitchy\n"
        "no cringe music pls the algorithm hates it\n"
        "ty fam",
        shots=(4, 6),
        seconds=(8, 15),
        aspect="9:16",
        first=tags("physics", "product"),
        last=tags("typography"),
        tagged={
            "turntable": tags("product"),
            "kai": tags("character", "human_motion"),
            "crowd": tags("character"),
        },
        nowhere=tags("dialogue"),
        cast=("kai",),
        not_cast=("carnaby",),
        meta_free=("tiktok", "algorithm", "cringe", "15 secs", "vertical", "obvs"),
    ),
    Case(
        "B2B SaaS product marketer's launch table with seconds and on-screen text per shot",
        "Product launch video - Ledgerline Auto-Reconcile\n"
        "Owner: Priya N. (PMM) | Reviewers: Design, Legal | Due: Q3 launch week\n"
        "Format: 16:9, 30s, for LinkedIn + landing page hero. Captions burned in.\n"
        "\n"
        "| # | Shot | Dur | On-screen text |\n"
        "|---|------|-----|----------------|\n"
        "| 1 | Finance manager at her desk at 11pm, buried in spreadsheets, rubbing her eyes "
        '| 5s | "Month-end again?" |\n'
        "| 2 | Close-up of a laptop screen: hundreds of unmatched bank transactions scrolling "
        "| 4s | - |\n"
        "| 3 | She clicks 'Auto-Reconcile'; the rows turn green one after another | 6s | "
        '"Match 10,000 transactions in seconds" |\n'
        "| 4 | Next morning, the same woman walking into the office with a coffee, relaxed | "
        "5s | - |\n"
        '| 5 | Her team high-five around a glass meeting table | 4s | "Close the books 3 days '
        'faster" |\n'
        '| 6 | Logo lockup on white, URL | 6s | "ledgerline.io/reconcile" |\n'
        "\n"
        "Notes: UI must be our real UI (we'll supply Figma), no fake numbers. Legal says no "
        "claims beyond the two above. Avoid stock-photo-looking people.",
        shots=(6, 6),
        seconds=30,
        aspect="16:9",
        durations=(5.0, 4.0, 6.0, 5.0, 4.0, 6.0),
        tagged={
            "spreadsheets": tags("character", "typography"),
            "green": tags("typography"),
            "coffee": tags("character", "human_motion"),
            "high-five": tags("character", "human_motion"),
        },
        framing={"laptop": "close"},
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        not_cast=("Priya", "Legal", "Figma"),
        meta_free=(
            "LinkedIn",
            "Figma",
            "Legal",
            "Reviewers",
            "Priya",
            "stock-photo",
            "landing page",
            "burned in",
        ),
    ),
    Case(
        "Hvar lavender farm, in Croatian, the grandmother harvesting",
        "Pozdrav! Mi smo obiteljsko imanje Lavanda Brusje na Hvaru. Trebamo kratki video za "
        "Instagram, okomiti format, oko 20 sekundi.\n"
        "Kadrovi:\n"
        "1. Snimka iz zraka: ljubičasta polja lavande na kamenim terasama iznad mora.\n"
        "2. Baka Ankica reže lavandu srpom, u slamnatom šeširu.\n"
        "3. Destilacija: para izlazi iz starog bakrenog kotla.\n"
        "4. Kapi ulja padaju u malu staklenu bočicu, izbliza.\n"
        '5. Na kraju natpis: „Lavanda Brusje - od 1968."\n'
        "Glazba neka bude lagana, ali to ćemo dodati sami.\n"
        "Hvala, Marija",
        shots=(5, 5),
        seconds=20,
        aspect="9:16",
        framing={"@first": "aerial"},
        first=tags("landscape"),
        tagged={"Ankica": tags("character", "human_motion")},
        last=tags("typography"),
        somewhere=tags("physics"),
        nowhere=tags("stylized", "dialogue"),
        cast=("Ankica",),
        not_cast=("Marija", "Hvar", "Pozdrav"),
        meta_free=("Instagram", "sekundi", "okomit", "Glazba", "dodati"),
    ),
    Case(
        "Aarhus bakery in Danish, text only on the last card",
        "Hej!\n"
        "Vi er Bageriet Kornblomst i Aarhus, og vi vil gerne have en lille film til vores "
        "hjemmeside og skærmen i butikken. Den skal vare 24 sekunder, liggende format.\n"
        "- Kl. 4 om morgenen: bageren Søren ælter dej på et meldrysset bord, mel i luften.\n"
        "- Rugbrød kommer ud af ovnen, det damper.\n"
        "- Kanelsnegle bliver pensles med glasur, helt tæt på.\n"
        "- Første kunde træder ind, klokken over døren ringer.\n"
        "- Slut: logo og 'Frisk hver morgen siden 1921'.\n"
        "Ikke noget tekst undervejs, kun til sidst. Og ingen musik med sang.\n"
        "Mvh Lotte",
        shots=(5, 5),
        seconds=24,
        aspect="16:9",
        first=tags("character"),
        tagged={"Søren": tags("character", "human_motion")},
        untagged={"Søren": tags("typography")},
        last=tags("typography"),
        somewhere=tags("physics"),
        nowhere=tags("stylized", "dialogue"),
        cast=("Søren",),
        not_cast=("Lotte", "Aarhus"),
        meta_free=("hjemmeside", "skærmen", "sekunder", "musik", "Mvh", "liggende"),
    ),
    Case(
        "Yogyakarta batik workshop in English and Bahasa Indonesia",
        "Halo kak! I'm Dewi from Rumah Batik Sekar in Yogyakarta. We want a short reel for "
        "Instagram, 9:16, kira-kira 30 detik ya.\n"
        "Shots I imagine:\n"
        "- Ibu Sri drawing hot wax onto white cotton with the canting, the wax flowing, "
        "close-up banget\n"
        "- the fabric being dipped into a big bucket of indigo dye, dripping blue\n"
        "- batik cloths hanging to dry in our courtyard, blowing in the wind\n"
        "- tourists trying it themselves, laughing at their wobbly lines\n"
        "- end card: 'Rumah Batik Sekar - kelas setiap hari, 10.00 & 14.00'\n"
        "Please jangan pakai AI-looking faces ya, keep it natural. Terima kasih banyak! 🙏",
        shots=(5, 5),
        seconds=30,
        aspect="9:16",
        tagged={
            "Sri": tags("character", "human_motion", "physics"),
            "indigo": tags("physics"),
            "courtyard": tags("physics"),
            "tourists": tags("character", "human_motion"),
        },
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        cast=("Sri",),
        not_cast=("Dewi", "Yogyakarta", "kak"),
        meta_free=("Instagram", "detik", "AI-looking", "Terima kasih", "jangan"),
    ),
    Case(
        "horror short's teaser as a director's numbered shot list with lenses, one continuous move",
        "TEASER - 'THE LODGER' (short film, dir. Tomasz Reyes)\n"
        "Runtime of teaser: 20 sec. Scope feel but deliver 16:9.\n"
        "All handheld, nervous. Grade: cold, desaturated, green in the shadows.\n"
        "\n"
        "1. WIDE, 24mm. A terraced house at dusk, one upstairs window lit.\n"
        "2. MED, 35mm. ELLEN (30s) climbs the narrow stairs with a candle, the flame "
        "guttering.\n"
        "3. Continuous - we follow her onto the landing; the door at the end is ajar.\n"
        "4. ECU, 100mm macro. Her eye, the pupil widening.\n"
        "5. INSERT. A doorknob turning by itself.\n"
        "6. BLACK. Title in thin white serif: THE LODGER. Festival laurels under it.\n"
        "\n"
        "No jump-scare sting on the audio, I'll handle sound design myself. The full film "
        "runs 14 minutes.",
        shots=(6, 6),
        seconds=20,
        aspect="16:9",
        camera="handheld",
        first=tags("architecture"),
        framing={
            "@first": "wide",
            "stairs": "medium",
            "eye": "extreme-close",
            "doorknob": "insert",
        },
        tagged={
            "Ellen": tags("character", "human_motion"),
            "flame": tags("physics"),
        },
        chained=("landing",),
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        style=("desaturated",),
        cast=("Ellen",),
        not_cast=("Tomasz", "Reyes"),
        meta_free=("sound design", "14 minutes", "Runtime", "jump-scare", "Scope"),
    ),
    Case(
        "treehouse holiday let's hosts, ideas in no particular order",
        "Hiya, we're Tom and Ruth and we run the Owl's Nest treehouse in the Forest of Dean. "
        "Airbnb have started letting hosts put a video on the listing so we'd like something "
        "about a minute long, landscape. We've had loads of guests say the photos don't do it "
        "justice.\n"
        "Ideas (in no particular order, you choose!):\n"
        "the treehouse from the drone, rising up through the oak canopy at sunrise\n"
        "the rope bridge to the front door, someone walking across it\n"
        "inside: the round bed under the skylight, fairy lights\n"
        "the copper bath out on the deck, steam coming off it, trees all around\n"
        "morning coffee on the balcony with a deer wandering past below\n"
        "the wood-burner crackling at night\n"
        "We're booked up most of the summer so no rush at all. And please no people's faces - "
        "we had a guest who didn't want to be in our photos and it's just easier.\n"
        "Cheers, Ruth",
        shots=(6, 10),
        seconds=60,
        aspect="16:9",
        framing={"canopy": "aerial"},
        tagged={
            "canopy": tags("landscape", "camera_motion"),
            "bridge": tags("human_motion", "architecture"),
            "skylight": tags("architecture"),
            "bath": tags("physics"),
            "burner": tags("physics"),
        },
        nowhere=tags("stylized", "dialogue"),
        not_cast=("Ruth", "Tom", "Dean"),
        meta_free=("Airbnb", "listing", "justice", "booked", "no rush"),
    ),
    Case(
        "a dad's cartoon dinosaur invite for his son's seventh birthday",
        "ok so this is a bit silly but my son Alfie is turning 7 and he is OBSESSED with "
        "dinosaurs. I want to make a little animated invite to send on the parents' WhatsApp "
        "group instead of paper ones. Cartoon style, bright colours, like the shows he "
        "watches. 15 seconds is plenty, square so it looks ok on phones.\n"
        "A green T-rex called Chomp hatches out of an egg\n"
        "Chomp stomps through a jungle and knocks over a palm tree\n"
        "Chomp finds a birthday cake with 7 candles and blows them out (fire comes out "
        "instead lol)\n"
        "Text: 'ALFIE IS 7! Dino party, Sat 14th June, 2pm, Wildwood Village Hall. RSVP to "
        "Dan'\n"
        "Thanks!! Dan",
        shots=(3, 5),
        seconds=(8, 15),
        aspect="1:1",
        every=tags("stylized"),
        tagged={
            "egg": tags("character"),
            "palm": tags("character", "physics"),
            "cake": tags("character", "physics"),
        },
        last=tags("typography"),
        nowhere=tags("dialogue"),
        style=("cartoon",),
        cast=("Chomp",),
        not_cast=("Alfie", "Dan", "Wildwood"),
        meta_free=("WhatsApp", "paper", "phones", "15 seconds", "silly"),
    ),
    Case(
        "botanic garden's access officer, requirements before content",
        "From: Access & Inclusion, Halden Botanic Garden\n"
        "Re: Glasshouse reopening film - access requirements first, then content\n"
        "\n"
        "Access requirements (non-negotiable):\n"
        "• No flashing or strobing, no rapid cuts - minimum 4 seconds per shot.\n"
        "• Every spoken word captioned; any on-screen text high contrast, at least 5% of "
        "frame height, held for 3 seconds or more.\n"
        "• An audio-described version will be made separately; please leave natural pauses.\n"
        "• Show the step-free route: we want visitors to see the ramp, not be told about it.\n"
        "\n"
        "Content (40 seconds total, 16:9):\n"
        "1. The restored Victorian palm house from outside, its glass glinting in the sun.\n"
        "2. A wheelchair user, Hannah, rolling up the new ramp and through the automatic "
        "doors.\n"
        "3. Inside, warm mist drifting between giant fern fronds.\n"
        "4. A guide with a visitor who is blind, guiding his hand to feel the bark of a cork "
        "oak.\n"
        "5. A quiet seating area, a bench under the banana leaves.\n"
        "6. Text card: 'The Glasshouses are open again. Step-free throughout. "
        "haldenbotanic.org/access'\n"
        "\n"
        "Hannah has consented to be filmed. Please don't call her 'wheelchair-bound' "
        "anywhere.",
        shots=(6, 6),
        seconds=40,
        aspect="16:9",
        first=tags("architecture"),
        tagged={
            "Hannah": tags("character", "human_motion"),
            "mist": tags("physics"),
            "bark": tags("character", "human_motion"),
        },
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        cast=("Hannah",),
        not_cast=("Inclusion",),
        meta_free=(
            "strobing",
            "captioned",
            "audio-described",
            "non-negotiable",
            "frame height",
            "consented",
            "wheelchair-bound",
            "4 seconds",
        ),
    ),
    Case(
        "pick-your-own strawberry farmer's voice memo, no punctuation at all",
        "right so this is Geoff at Pennyfield Farm we do the pick your own strawberries and "
        "my daughter says I should do one of these video adverts for the Facebook so here "
        "goes about thirty seconds is what she said start with the tractor coming down the "
        "lane early morning mist on the fields then kids in wellies picking strawberries and "
        "eating more than they put in the punnet ha then a close up of a strawberry being cut "
        "in half all juicy then the farm shop with the jam jars on the shelves and finish "
        "with the sign open daily nine till six June to August pick your own that's it really "
        "oh and don't show the polytunnels they look ugly on camera cheers",
        shots=(4, 6),
        seconds=30,
        aspect="16:9",
        tagged={
            "tractor": tags("landscape"),
            "wellies": tags("character", "human_motion"),
            "half": tags("physics"),
        },
        framing={"half": "close"},
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        not_cast=("Geoff",),
        meta_free=(
            "daughter",
            "Facebook",
            "adverts",
            "thirty seconds",
            "here goes",
            "that's it really",
            "cheers",
            "ugly",
            "polytunnel",
        ),
    ),
    Case(
        "eyewear label's mood board in fragments, 4:5, the sea's own sound",
        "SOLENNE - SS25 eyewear - mood\n"
        "sun-bleached. salt. nothing new-looking\n"
        "concrete brutalist pool, empty, 6am\n"
        "girl in oversized acetate frames, hair wet, not smiling\n"
        "reflection of the sea in the lens - macro\n"
        "a hand setting the frames down on hot stone\n"
        "linen shirt, wind in it\n"
        "slow. no music. just the waves\n"
        "4:5. 20s.\n"
        "logo only at the end, small, bottom right\n"
        "refs: Rohmer, old Slim Aarons but colder\n"
        "don't: influencer energy, lens flares",
        shots=(4, 7),
        seconds=20,
        aspect="4:5",
        tagged={
            "pool": tags("architecture"),
            "acetate": tags("character", "product"),
            "reflection": tags("product"),
            "stone": tags("product"),
            "linen": tags("physics"),
        },
        framing={"reflection": "extreme-close"},
        last=tags("typography"),
        somewhere=tags("sound"),
        nowhere=tags("stylized", "dialogue"),
        not_cast=("Rohmer", "Aarons"),
        meta_free=("Rohmer", "Slim Aarons", "influencer", "refs", "SS25", "flare"),
    ),
    Case(
        "ice hockey club's season-ticket spot, the bear mascot in one continuous move",
        "Season ticket promo - Tayside Thunder Ice Hockey Club\n"
        "Hi, Fiona from the Thunder commercial team. We need a 30 second spot for the big "
        "screen at the rink and our socials (landscape is fine, the big screen is 16:9).\n"
        "Our mascot Bruno the Bear (big brown bear costume, Thunder jersey #00) is the star "
        "and appears throughout.\n"
        "1. Bruno bursts out of the tunnel onto the ice, skidding and waving to the crowd.\n"
        "2. In one continuous move, the camera follows Bruno as he skates over to the bench "
        "and high-fives the players.\n"
        "3. Still the same take - Bruno trips over a stick and slides on his belly past the "
        "goal.\n"
        "4. Quick cut: a player slaps a puck into the top corner, ice spraying.\n"
        "5. The crowd on their feet, fans banging on the glass.\n"
        "6. Bruno holding up a season ticket to camera, then end card: 'Season tickets from "
        "£199 - taysidethunder.co.uk'\n"
        "Thanks! Fiona",
        shots=(6, 7),
        seconds=30,
        aspect="16:9",
        tagged={
            "tunnel": tags("character", "human_motion"),
            "bench": tags("camera_motion", "human_motion"),
            "puck": tags("human_motion", "physics"),
            "glass": tags("character", "human_motion"),
        },
        chained=("bench", "belly"),
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        cast=("Bruno",),
        not_cast=("Fiona",),
        meta_free=("big screen", "socials", "commercial team", "30 second"),
    ),
    Case(
        "knife maker's product film, a struck-out prop and a price end card",
        "Hello,\n"
        "I forge kitchen knives in a small workshop in Sheffield under the name Harrow "
        "Blades. I'm launching a new 8-inch chef's knife, the 'Fell', and I'd like a "
        "25-second product film for my website and Kickstarter page. Wide, cinematic, dark "
        "background.\n"
        "- Sparks off the grinding wheel as the bevel is ground, my hands and leather apron "
        "only\n"
        "- The blade coming out of the quench, oil flaring up\n"
        "- Extreme close-up of the Damascus pattern on the blade, light sliding along it\n"
        "- The knife slicing a tomato so thin you can see through the slice\n"
        "- The finished knife on a slate board next to its walnut sheath... no, next to its "
        "leather roll\n"
        "- End card: 'The Fell - 8\" chef's knife - £245 - harrowblades.co.uk'\n"
        "The blade steel is 67 layers, I'd like that mentioned somewhere, maybe on the end "
        "card under the price.\n"
        "Cheers, Joe Harrow",
        shots=(6, 6),
        seconds=25,
        aspect="16:9",
        first=tags("physics"),
        tagged={
            "sparks": tags("physics", "human_motion"),
            "quench": tags("physics"),
            "Damascus": tags("product"),
            "tomato": tags("product"),
            "slate": tags("product"),
        },
        framing={"Damascus": "extreme-close"},
        last=tags("typography"),
        somewhere=tags("product"),
        nowhere=tags("stylized", "dialogue"),
        not_cast=("Sheffield",),
        meta_free=("Kickstarter", "website", "sheath", "25-second", "Cheers"),
    ),
    Case(
        "city council's night timelapse teaser for a light festival, locked off",
        "Brief: 'Lumen Leeds' light festival - night timelapse teaser\n"
        "Requester: Events & Culture Office, Leeds City Council (contact: Raj Patel)\n"
        "Length: 20 seconds exactly. Aspect: 9:16 for Stories and 16:9 for the big outdoor "
        "screen - please deliver the vertical one first, we'll brief the landscape cut "
        "separately.\n"
        "Look: all timelapse, locked off, long-exposure light trails. No people in focus.\n"
        "Sequence:\n"
        "- Dusk over the city skyline from a rooftop, the sky going from orange to deep blue "
        "as office lights come on.\n"
        "- Traffic light trails streaming around the Headrow.\n"
        "- The Town Hall facade with projection mapping cycling through colours.\n"
        "- Crowds as a blur flowing over the bridge past a giant glowing jellyfish "
        "installation.\n"
        "- Final card: 'LUMEN - 7–10 Nov - free, citywide'\n"
        "Any questions to Raj.",
        shots=(5, 5),
        seconds=20,
        aspect="9:16",
        camera="static",
        first=tags("landscape", "architecture"),
        tagged={
            "facade": tags("architecture"),
            "bridge": tags("architecture"),
        },
        untagged={"Traffic": tags("character")},
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        not_cast=("Raj", "Patel", "Leeds"),
        meta_free=(
            "Stories",
            "outdoor screen",
            "landscape cut",
            "Requester",
            "20 seconds",
            "questions",
        ),
    ),
    Case(
        "water company's explainer, a text label on every scene",
        "Project: 'Where does your water go?' - customer explainer\n"
        "Northvale Water, Customer Education team\n"
        "Runtime: 45s | 16:9 | Style: clean live action with simple white text labels (no "
        "animation)\n"
        "Scene 1 - A kitchen tap running into a glass. TEXT: 'You use about 140 litres a "
        "day.'\n"
        "Scene 2 - Water swirling down a plughole. TEXT: 'Where does it go?'\n"
        "Scene 3 - Aerial of the treatment works, circular tanks in rows. TEXT: 'Treatment "
        "works: 14 km away.'\n"
        "Scene 4 - Close-up of bubbles rising through a tank as air is pumped in. TEXT: "
        "'Bacteria do the hard work.'\n"
        "Scene 5 - Clean water pouring over a weir into the river, a heron standing in the "
        "shallows. TEXT: 'Back to the river - cleaner than it left.'\n"
        "Scene 6 - End card with logo: 'Please only flush the 3 Ps. northvale.co.uk/3ps'\n"
        "Voice-over: none, text does the talking. Sign-off from Comms before it goes live.",
        shots=(6, 6),
        seconds=45,
        aspect="16:9",
        every=tags("typography"),
        framing={"circular": "aerial", "bubbles": "close"},
        tagged={
            "circular": tags("architecture"),
            "bubbles": tags("physics"),
            "tap": tags("physics"),
            "plughole": tags("physics"),
            "weir": tags("physics", "landscape"),
        },
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        meta_free=(
            "Comms",
            "Sign-off",
            "goes live",
            "Customer Education",
            "45s",
            "Voice-over",
        ),
    ),
    Case(
        "wool shop owner who changes her mind halfway (vertical, shorter, one shot dropped)",
        "Hello! It's Maggie from Purl & Ply, the wool shop on Market Row. I'd like a little "
        "video for our website homepage, 30 seconds, widescreen.\n"
        "Shot ideas:\n"
        "1. The shop window with the hand-knitted jumpers on display, rain outside.\n"
        "2. Skeins of yarn in every colour on the wall shelves.\n"
        "3. My Thursday knitting circle laughing round the big table, needles clicking.\n"
        "4. Close-up of a ball of wool unwinding as someone knits.\n"
        "Actually, now I think about it, most of our customers find us on Instagram, so let's "
        "make it vertical instead, and shorter - 20 seconds. And drop the window shot, it "
        "never looks good with the reflections.\n"
        "5. Finish with our name and 'Open Tues–Sat, 10–5'.\n"
        "Many thanks,\n"
        "Maggie",
        shots=(4, 4),
        seconds=20,
        aspect="9:16",
        first=tags("product"),
        tagged={
            "Skeins": tags("product"),
            "knitting": tags("character", "human_motion"),
            "unwinding": tags("human_motion"),
        },
        framing={"unwinding": "close"},
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        not_cast=("Maggie", "Market"),
        meta_free=(
            "window",
            "reflections",
            "homepage",
            "widescreen",
            "30 seconds",
            "Instagram",
            "now I think",
        ),
    ),
    Case(
        "fireworks shop in one line",
        "need a 10 sec vertical for insta, rocket going up and bursting gold over a field at "
        "night, then our name BANG BROTHERS FIREWORKS + 'bonfire night sale, 20% off' thx",
        shots=(2, 3),
        seconds=10,
        aspect="9:16",
        first=tags("physics"),
        tagged={"rocket": tags("physics", "landscape")},
        untagged={"rocket": tags("typography")},
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        meta_free=("insta", "thx", "10 sec", "vertical"),
    ),
    Case(
        "community choir's musical director in one long letter",
        "Dear Sir or Madam,\n"
        "I do hope this reaches the right person. My name is Gwendolyn Pryce and for the last "
        "twenty-two years I have had the privilege of conducting the Harmony Hill Community "
        "Choir, which was founded in 1987 by my predecessor, the late Mr Ellis, with just "
        "eleven members and now numbers forty-six, though attendance does rather drop off in "
        "the winter months when the church hall boiler plays up (we have been fundraising for "
        "a new one for three years now, but that is another story). My nephew used to film "
        "our concerts on his telephone but he has moved to Canberra, and our treasurer, "
        "Keith, suggested we try one of these computer services instead, so here I am.\n"
        "What we should like is a short film, a minute or so, to let people know about our "
        "spring concert. I have been thinking about it a great deal and I think it ought to "
        "begin with the sopranos warming up in the vestry, all doing those silly lip trills, "
        "which always makes the audience laugh when we do it at the start of a concert. Then "
        "our oldest member, Doris, who is ninety-two and still has the clearest voice of any "
        "of us, singing the opening of 'The Lark Ascending' - I know that is properly a "
        "violin piece but we have an arrangement - standing alone by the piano. I should like "
        "the sun coming through the stained glass window behind the altar, as it does so "
        "beautifully at about six in the evening in April. Perhaps my hands conducting, "
        "though I am not sure anyone wants to see those, and they are not as steady as they "
        "were. Then the whole choir in full voice, and the audience on their feet clapping, "
        "which I am pleased to say has happened at every one of our spring concerts since "
        "2009.\n"
        "At the end, it should say: 'Harmony Hill Community Choir - Spring Concert - Saturday "
        "12 April, 7pm, St Barnabas Church. Tickets £8, children free.'\n"
        "The concert itself runs to about two hours with an interval, and there will be tea "
        "and Welsh cakes. We rehearse on Tuesdays at half past seven if anyone watching "
        "should wish to join, though perhaps that is too much to put in.\n"
        "With very best wishes and thanks in advance,\n"
        "Gwendolyn Pryce (Mrs)\n"
        "Musical Director",
        shots=(5, 8),
        seconds=(50, 70),
        aspect="16:9",
        tagged={
            "sopranos": tags("character"),
            "Doris": tags("character"),
            "stained glass": tags("architecture"),
            "conducting": tags("human_motion"),
            "clapping": tags("character", "human_motion"),
        },
        last=tags("typography"),
        nowhere=tags(
            "stylized",
        ),
        cast=("Doris",),
        not_cast=("Ellis", "Keith", "Canberra"),
        meta_free=(
            "boiler",
            "nephew",
            "Canberra",
            "treasurer",
            "two hours",
            "interval",
            "Welsh cakes",
            "Tuesdays",
            "1987",
            "forty-six",
            "fundraising",
            "telephone",
            "violin",
        ),
    ),
    Case(
        "blood service's creative request with mandatories and a campaign line in minutes",
        "NATIONAL BLOOD SERVICE - CREATIVE REQUEST\n"
        "Campaign: 'Give 15 minutes' (new donor recruitment, 18–34)\n"
        "Deliverable: 1 × 20s social video, 9:16. (A 6s bumper will be requested "
        "separately.)\n"
        "Single-minded proposition: Giving blood takes less time than your lunch break.\n"
        "Mandatories:\n"
        "- Do not show needles entering skin or any blood leaving the body.\n"
        "- Donors shown must appear 18+.\n"
        "- End frame: logo + 'Book at blood.gov.example/give' + 'Eligibility criteria "
        "apply.'\n"
        "Scenes:\n"
        "A. A young woman, Amara, checks her phone on a busy high street at lunchtime, then "
        "walks into the donor centre.\n"
        "B. She sits back in the donation chair chatting to a nurse, relaxed, a blanket over "
        "her knees.\n"
        "C. A wall clock in the centre - the minute hand sweeps a quarter of the way round.\n"
        "D. Amara walks back out into the sunshine, a plaster on her arm, and buys a coffee "
        "from a cart.\n"
        "E. End frame as above.\n"
        "Approval: Brand, Clinical, Legal. Deadline: Friday.",
        shots=(5, 5),
        seconds=20,
        aspect="9:16",
        tagged={
            "Amara": tags("character", "human_motion"),
            "nurse": tags("character"),
            "sunshine": tags("character", "human_motion"),
        },
        last=tags("typography"),
        nowhere=tags("stylized"),
        cast=("Amara",),
        not_cast=("Brand", "Legal"),
        meta_free=(
            "needle",
            "Mandatories",
            "bumper",
            "proposition",
            "Deliverable",
            "18–34",
            "Clinical",
            "Deadline",
            "6s",
            "lunch break",
            "18+",
        ),
    ),
)
