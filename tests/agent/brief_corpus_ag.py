"""FRESH_AG: twelve fresh everyday briefs for a one-time held-out measurement.

Written by a tester who had not read or run the planner, the way twelve different people type into
the chat box on an ordinary day, none of them a writer or topic of the earlier sets: a paint shop's
one terse lowercase line (a 7-second macro of two paints folding together in the tin, square, no
people), a pigeon fancier of 52 years rambling for his club's centenary do with no length and no
aspect (his hen Lady Grey in three pictures, a release seen from high up over terraced houses, the
wife, the grandson, the secretary and the Cons club never in a shot, the club's name on the end
card), a freelance social-media manager forwarding her client's email with its headers and signature
(a linen brand's 4:5 launch: a sheet shaken out so it billows, a macro of the weave, a coffee
steaming, no faces), a pumpkin patch's bullets with emoji ("about 25 seconds", vertical, a toddler
toppling over, slimy seeds scooped out, the opening hours on the sign), a go-kart track's dashed
lines with seconds a shot that add up (a drone over the hairpin, Tilly crossing the line, and "same
shot keep rolling" into the pits as she shakes her hair out of her helmet), a volunteer at a Dutch
corn mill writing in Dutch (25 seconden, "liggend beeld", a drone over the sails, the miller Joop in
two pictures, flour pouring into a sack, the mill's year and its volunteers left out), a sweet
shop's polite message for Diwali that changes its mind (the fireworks struck for diyas, vertical
changed to landscape, 15 seconds to 20; jalebi in hot oil and syrup), a chimney sweep on screen
himself for his first TikTok (a drone on the brush popping out of the pot, soot in the grate, a
phone number on the card, "not going up on the roof myself"), a lifeboat station's fundraiser with a
numbered list of seven (the boathouse first, the helm Becky in two pictures, a wall of spray, the
wake from the air, "don't show anyone in the water needing rescue"), a cake-smash photographer's
emoji-heavy reel (the baby Edie in four pictures, buttercream, a bath full of bubbles), a farrier's
YouTube intro in which he is the one at the forge (10 seconds, sparks, smoke off the hoof, a shire
mare tossing her mane, his channel's name burnt into wood), and a teenager's lowercase TikTok of a
hamster, Nugget, with no length ("idk how long like whatever is normal for tiktok").

The expectations were written before any run, as a careful reader of each brief would put them;
where a reader could not be sure, the field is a range or left out (the pigeon film's and the
hamster's unstated lengths, whether a closing card is a picture of its own, which tags a flock or a
loft carries). A length the writer states is taken exactly ("about 25 seconds" as 25, "Wants to be
10 seconds" as 10, "7s" as 7, seconds a shot as their sum); the last length stated holds ("and 20
seconds" after "Let's do 15 seconds"). A brief that states no aspect is taken as 16:9, as are
"widescreen", "liggend beeld" and "widescreen like a normal youtube video"; "vertical" and TikTok
are 9:16; "4:5" is 4:5. A later correction holds (no fireworks, landscape not vertical) and what it
strikes out is never a shot. "Macro" is extreme-close; "close up" and "close on" are close; a drone
shot, "from the air" and "from high up looking down" are aerial. An animal's own movement (a hamster
on its wheel, in its maze, asleep) is never human motion. A named person or animal in two or more
pictures is cast (Lady Grey, Joop, Tilly, named once and "she" in the shot that runs on, Becky,
Edie, Nugget); one seen once (Duchess the shire mare, the sweet-shop writer's mum's hands) is
neither required nor kept out. Writers on screen (the chimney sweep, the farrier) are never listed
as kept out of the cast, nor required under a name the plan may not give them; writers who are not
on screen are kept out, and so are clubs, shops, brands and stations. Words on a card or a sign in
quotes are picture, not talk, so they are never listed as words about the video. Where the brief is
in Dutch, a shot is found by a name (Joop), not by a word the planner may translate, and a word
about the video may be the English a translation would use ("25 seconds", "14 volunteers").

Counted as set L's were (one for the shot count, one for the length, one for the aspect, one per tag
in every/somewhere/nowhere/first/last and per tag of each tagged or untagged word, one per framing,
chained word, cast or not_cast name and meta_free word, one each for durations and note), these
twelve briefs hold 262 single expectations. This set is measured once and never tuned for: a failure
here is a finding, not a test to make pass.

Measured once, held out, at the start of stop 40 on 1f5004d (the file's sha256 7626d2d9… recorded
by its writer before the run): 196 of 262 single expectations (74.8%), 1 of 12 briefs whole. Then a
development set, with its floor in test_corpus_floor.py.
"""

from __future__ import annotations

from tests.agent.brief_corpus import Case, tags

FRESH_AG: tuple[Case, ...] = (
    Case(
        "paint shop's one terse line, a 7s macro of two paints folding together, square",
        "paint shop insta - 7s macro of teal n mustard paint folding into each other in the tin. "
        "square. thx",
        shots=(1, 2),
        seconds=7,
        aspect="1:1",
        framing={"paint": "extreme-close"},
        tagged={"paint": tags("physics", "product")},
        untagged={"paint": tags("human_motion")},
        nowhere=tags("character", "typography", "dialogue", "stylized"),
        meta_free=("insta", "7s"),
    ),
    Case(
        "pigeon fancier's rambling paragraph, no length, Lady Grey three times, from high up",
        "Hello, my name is Dennis Ackroyd and I have raced pigeons for 52 years, the last 30 with "
        "the Throstle Nest Flying Club. My grandson has set me up on this so bear with me. The "
        "club is 100 years old next spring and we are having a do at the Cons club, and the "
        "secretary asked if I could sort out a bit of film to show on the night as my loft has "
        "done well this year. Now the star has to be my little hen Lady Grey, she is a blue "
        "chequer with one white flight feather on her left wing so you will know her, she won the "
        "Fougeres race this July, 512 miles and home on the day, I still cant believe it. So first "
        "I would like my loft at first light on the allotment, its green with a red door and roses "
        "growing up the side (the wife says I spend more time there than at home, she is probably "
        "right). Then Lady Grey on the landing board, close up so you can see that white feather. "
        "Then race day, the transporter lorry in a field with all the crate doors opening at once "
        "and hundreds of birds bursting out into the sky. Then from high up looking down, the "
        "birds circling over the terraced houses and the old mill chimneys getting their "
        "bearings. Then Lady Grey dropping out of the sky onto the loft roof and going in through "
        "the trap. Then end with the club name, Throstle Nest Flying Club 1925 to 2025. I dont "
        "know how long these things are meant to be so I will leave that with you. Thank you very "
        "much, Dennis",
        shots=(5, 6),
        seconds=(15, 60),
        aspect="16:9",
        untagged={"@first": tags("character", "human_motion")},
        framing={"Lady Grey": "close", "terraced": "aerial"},
        tagged={
            "Lady Grey": tags("character"),
            "trap": tags("character"),
        },
        last=tags("typography"),
        nowhere=tags("dialogue", "stylized"),
        cast=("Lady Grey",),
        not_cast=("Dennis", "Ackroyd", "Throstle"),
        meta_free=(
            "Cons club",
            "grandson",
            "secretary",
            "wife",
            "52 years",
            "leave that with you",
        ),
    ),
    Case(
        "social-media manager forwarding her client's email, a linen brand's 4:5 launch",
        "hiya can you do this one for me? client email below, shes lovely. thanks!!\n"
        "\n"
        "---------- Forwarded message ---------\n"
        "From: Philippa Vane <philippa@wrenfoldlinen.co.uk>\n"
        "Date: Tue, 14 Oct 2025 at 09:41\n"
        "Subject: autumn bedding video\n"
        "To: Kezia Obi <kezia@kobisocial.co.uk>\n"
        "\n"
        "Hi Kezia,\n"
        "\n"
        "Lovely to speak yesterday. As promised, here's what we're thinking for the autumn "
        "bedding launch. It's for the Instagram feed so 4:5 please, and 20 seconds.\n"
        "\n"
        "- A crisp white linen sheet being shaken out over a bed and floating down into place "
        "(we love that slow billow)\n"
        "- Macro of the weave, so you can really see the texture of the linen\n"
        "- Our new sage green duvet cover on an unmade bed in soft morning light, a mug of coffee "
        "steaming on the bedside table\n"
        "- A woman pulling the duvet up over her shoulder and rolling over back to sleep\n"
        '- End card with our logo and "Wrenfold – linen made to be slept in"\n'
        "\n"
        "Please no faces, we'd like it to feel as if it could be anyone. Budget as per last "
        "time.\n"
        "\n"
        "Thanks so much,\n"
        "Philippa\n"
        "\n"
        "Philippa Vane\n"
        "Brand Manager | Wrenfold Linen",
        shots=(5, 5),
        seconds=20,
        aspect="4:5",
        framing={"weave": "extreme-close"},
        tagged={
            "sheet": tags("human_motion", "physics", "product"),
            "weave": tags("product"),
            "sage": tags("product"),
            "mug": tags("physics"),
            "woman": tags("human_motion", "product"),
        },
        untagged={"weave": tags("human_motion"), "sage": tags("human_motion")},
        last=tags("typography"),
        nowhere=tags("dialogue", "stylized"),
        not_cast=("Philippa", "Vane", "Kezia", "Wrenfold"),
        meta_free=(
            "Forwarded",
            "Subject",
            "Instagram",
            "Brand Manager",
            "Budget",
            "Lovely to speak",
            "client",
        ),
    ),
    Case(
        "pumpkin patch's bullets with emoji, about 25 seconds, vertical, the hours on the sign",
        "Hi! We run the pick your own pumpkin patch at Brook End Farm and we'd love a video for "
        "facebook and tiktok ready for half term 🎃🎃 Vertical please, about 25 seconds.\n"
        "* sunrise over the pumpkin field, mist lying low over the rows of orange pumpkins\n"
        "* families pulling the little wooden wagons down the rows\n"
        "* a toddler in a yellow raincoat trying to lift a pumpkin bigger than she is and "
        "toppling onto her bum (she's fine lol)\n"
        "* close up of hands scooping the slimy seeds out of a pumpkin ready for carving\n"
        "* carved pumpkins glowing on hay bales at dusk\n"
        '* our sign: "Brook End Pumpkin Patch – open every day of half term, 10 till 4"\n'
        "Thank you!! x",
        shots=(5, 6),
        seconds=25,
        aspect="9:16",
        first=tags("landscape"),
        untagged={
            "@first": tags("human_motion", "character"),
            "glowing": tags("human_motion"),
        },
        framing={"seeds": "close"},
        tagged={
            "wagons": tags("human_motion"),
            "toddler": tags("human_motion"),
            "seeds": tags("human_motion", "physics"),
        },
        last=tags("typography"),
        nowhere=tags("dialogue", "stylized"),
        not_cast=("Brook End",),
        meta_free=("facebook", "tiktok", "25 seconds", "she's fine", "lol"),
    ),
    Case(
        "go-kart track's dashed lines with seconds a shot, Tilly, 'same shot keep rolling'",
        "kartzone tiktok (vertical). heres the plan, secs per shot:\n"
        "3s - row of karts lined up on the grid, engines idling, heat haze coming off them\n"
        "2s - start lights go green\n"
        "4s - close on a drivers hands gripping the wheel, knuckles white\n"
        "5s - drone from above following the pack round the hairpin, tyres smoking\n"
        "4s - Tilly (12, purple helmet, long plait) crossing the line first, chequered flag "
        "waving over her\n"
        "4s - same shot keep rolling: she pulls into the pits, yanks her helmet off and shakes "
        "her hair out, massive grin\n"
        '3s - logo + "Arrive & drive from £25 – Kartzone Wakefield"\n'
        "ta",
        shots=(7, 7),
        seconds=25,
        aspect="9:16",
        durations=(3.0, 2.0, 4.0, 5.0, 4.0, 4.0, 3.0),
        framing={"wheel": "close", "hairpin": "aerial"},
        tagged={
            "grid": tags("physics"),
            "wheel": tags("human_motion"),
            "hairpin": tags("physics"),
            "Tilly": tags("character", "human_motion"),
            "flag": tags("physics"),
            "pits": tags("character", "human_motion", "physics"),
        },
        chained=("pits",),
        last=tags("typography"),
        nowhere=tags("dialogue", "stylized"),
        cast=("Tilly",),
        not_cast=("Kartzone", "Wakefield"),
        meta_free=("tiktok", "3s", "4s", "secs per shot", "same shot", "keep rolling"),
    ),
    Case(
        "Dutch corn-mill volunteer writing in Dutch, 25 seconden, a drone over the sails, Joop",
        "Hoi! Ik ben Ingrid, vrijwilliger bij korenmolen De Zwaluw in Hoogmade. We willen graag "
        "een filmpje van 25 seconden voor onze website en YouTube, gewoon liggend beeld.\n"
        "\n"
        "Wat ik in gedachten heb:\n"
        "- met een drone van bovenaf: de molen tussen de groene weilanden, de wieken draaien "
        "rond\n"
        "- onze molenaar Joop (72, blauwe kiel, witte baard) haalt de vang eraf en de wieken "
        "komen langzaam op gang\n"
        "- binnen: meel dat uit de stenen in een jutezak stroomt, stofjes in het zonlicht\n"
        "- Joop wrijft het meel tussen zijn vingers en knikt tevreden\n"
        "- een bakker haalt broden uit de oven, gebakken met ons meel\n"
        '- tekst in beeld: "Molen De Zwaluw – elke zaterdag open"\n'
        "\n"
        "De molen is van 1857 en we hebben 14 vrijwilligers, maar dat hoeft er niet in hoor.\n"
        "Alvast bedankt!\n"
        "Groetjes, Ingrid",
        shots=(5, 6),
        seconds=25,
        aspect="16:9",
        first=tags("landscape"),
        framing={"@first": "aerial"},
        untagged={"@first": tags("human_motion", "character")},
        tagged={"Joop": tags("character", "human_motion")},
        somewhere=tags("physics"),
        last=tags("typography"),
        nowhere=tags("dialogue", "stylized"),
        cast=("Joop",),
        not_cast=("Ingrid", "Zwaluw", "Hoogmade"),
        note="English",
        meta_free=(
            "website",
            "YouTube",
            "25 seconden",
            "25 seconds",
            "1857",
            "14 vrijwilligers",
            "14 volunteers",
            "Groetjes",
        ),
    ),
    Case(
        "sweet shop's Diwali message that strikes the fireworks and goes landscape, 20 seconds",
        "Hi there, can you make a short video for our shop Sharma Sweets for Diwali? It'll go on "
        "Instagram and on the TV behind the counter. Let's do 15 seconds, vertical.\n"
        "Ideas - jalebi batter piped in spirals into hot oil and sizzling, then the jalebis dunked "
        "in sugar syrup and lifted out dripping, then my mum's hands pressing pistachio barfi into "
        "a tray and cutting it into diamonds, then a customer being handed a gift box tied with "
        'gold ribbon across the counter, then fireworks over the shop at night, then "Happy '
        'Diwali from Sharma Sweets" in gold.\n'
        "Hmm actually no fireworks, the council's really strict round here and we don't want to "
        "look like we're encouraging them. Do diyas flickering along the counter instead. And can "
        "it be landscape since it's mostly for the TV, and 20 seconds. Thanks!!",
        shots=(5, 6),
        seconds=20,
        aspect="16:9",
        tagged={
            "jalebi": tags("physics", "product"),
            "syrup": tags("physics", "product"),
            "barfi": tags("human_motion", "product"),
            "gift box": tags("human_motion", "product"),
        },
        untagged={"diya": tags("human_motion")},
        last=tags("typography"),
        nowhere=tags("dialogue", "stylized"),
        not_cast=("Sharma",),
        meta_free=(
            "fireworks",
            "council",
            "encouraging",
            "Instagram",
            "TV",
            "15 seconds",
            "20 seconds",
        ),
    ),
    Case(
        "chimney sweep on screen himself for his first TikTok, a drone on the chimney pot",
        "alright, im a chimney sweep (Sooty Sam's, yes really 😂) and my daughter reckons I need "
        "to be on tiktok so here goes. 20 secs, vertical.\n"
        "first me at the fireplace in a posh front room with dust sheets down, feeding the rods "
        "up the chimney. im the one in black overalls and a top hat with the big ginger beard, "
        "cant miss me\n"
        "then a drone shot outside looking down on the roof, the brush popping out the top of the "
        "chimney pot with a big puff of soot (the money shot!!)\n"
        "then close up of soot tumbling down onto the sheet in the grate\n"
        "then me back in the room with a fire lit, giving the homeowner a thumbs up\n"
        'end on "Sooty Sam\'s – clean chimneys, happy homes 07700 900781"\n'
        "not going up on the roof myself for this btw, health and safety lol",
        shots=(4, 5),
        seconds=20,
        aspect="9:16",
        framing={"chimney pot": "aerial", "grate": "close"},
        tagged={
            "rods": tags("character", "human_motion"),
            "chimney pot": tags("physics"),
            "grate": tags("physics"),
            "thumbs": tags("character", "human_motion"),
        },
        untagged={"grate": tags("human_motion")},
        last=tags("typography"),
        nowhere=tags("dialogue", "stylized"),
        not_cast=("daughter",),
        meta_free=(
            "tiktok",
            "20 secs",
            "daughter",
            "money shot",
            "health and safety",
            "yes really",
            "cant miss me",
        ),
    ),
    Case(
        "lifeboat station fundraiser's numbered seven, the helm Becky twice, the wake from the air",
        "Hi, I do the fundraising for Porthcarrick Lifeboat Station. Could you do our open day "
        "video as 30 seconds, widescreen?\n"
        "1) The boathouse doors swinging open at dawn\n"
        "2) Crew running down the slipway pulling on their yellow kit, Becky (our youngest helm, "
        "24, blonde ponytail) at the front\n"
        "3) The lifeboat launching down the slipway and hitting the water in a huge wall of spray\n"
        "4) From the air, the boat powering out across the bay, white wake behind it\n"
        "5) Becky at the wheel, spray in her face, hair whipping about under her helmet\n"
        "6) Kids on the open day climbing aboard the boat on its trailer and trying on helmets\n"
        '7) "Open Day – Sunday 3 August, 10am–4pm. Every launch is paid for by you."\n'
        "Please don't show anyone in the water needing rescue, we don't want it scary for the "
        "kids.\n"
        "Many thanks, Lorraine",
        shots=(7, 7),
        seconds=30,
        aspect="16:9",
        first=tags("architecture"),
        untagged={"@first": tags("character")},
        framing={"wake": "aerial"},
        tagged={
            "Becky": tags("character", "human_motion"),
            "spray": tags("physics"),
            "wake": tags("landscape"),
            "wheel": tags("character", "physics"),
            "trailer": tags("human_motion"),
        },
        last=tags("typography"),
        nowhere=tags("dialogue", "stylized"),
        cast=("Becky",),
        not_cast=("Porthcarrick", "Lorraine"),
        meta_free=("needing rescue", "scary", "30 seconds", "widescreen", "fundraising"),
    ),
    Case(
        "cake-smash photographer's emoji reel, the baby Edie in four pictures, a bubble bath",
        "heyy 👋 can you make me a little reel for my cake smash studio?? 🎂💕 this months little "
        "star is Edie (she's 1, tiny blonde curls, pink tutu) and her mum's given permission for "
        "it to go on my page!\n"
        "- Edie sat in front of the cake looking very suspicious 🤨\n"
        "- Edie plunging both hands into the cake, pink buttercream everywhere\n"
        "- close up of her face covered in icing, giggling\n"
        "- bath time after, Edie splashing in a little tub full of bubbles\n"
        '- my logo + "Little Crumbs Studio – book your smash session 💕"\n'
        "vertical obvs, 15 secs xx",
        shots=(4, 5),
        seconds=15,
        aspect="9:16",
        framing={"giggling": "close"},
        tagged={
            "Edie": tags("character"),
            "buttercream": tags("character", "human_motion"),
            "tub": tags("character", "human_motion", "physics"),
        },
        last=tags("typography"),
        nowhere=tags("dialogue", "stylized"),
        cast=("Edie",),
        meta_free=("permission", "reel", "15 secs", "obvs", "my page"),
    ),
    Case(
        "farrier's YouTube intro with himself at the forge, 10 seconds, a shire mare's mane",
        "Can you do me an intro for my youtube channel? Im a farrier, channel's called Hot Shoe "
        "Harry. Wants to be 10 seconds, widescreen like a normal youtube video.\n"
        "Shot of me (big lad, shaved head, leather apron, tattoos up both arms) pulling a glowing "
        "horseshoe out of the gas forge in the back of my van.\n"
        "Then me hammering it on the anvil, sparks going everywhere, slo mo.\n"
        "Then pressing the hot shoe onto the hoof, big cloud of smoke coming off it.\n"
        "Then Duchess, a shire mare I shoe every 6 weeks, looking straight at camera and tossing "
        "her mane.\n"
        "Then HOT SHOE HARRY burnt into a plank of wood like a brand.\n"
        "ta",
        shots=(4, 5),
        seconds=10,
        aspect="16:9",
        tagged={
            "forge": tags("character", "human_motion"),
            "anvil": tags("character", "human_motion", "physics"),
            "hoof": tags("human_motion", "physics"),
            "Duchess": tags("physics"),
        },
        untagged={"Duchess": tags("human_motion")},
        last=tags("typography"),
        nowhere=tags("dialogue", "stylized"),
        meta_free=("youtube", "channel", "10 seconds", "6 weeks", "intro"),
    ),
    Case(
        "teenager's lowercase TikTok of a hamster, Nugget, no length given",
        "omg hi can u make a tiktok of my hamster nugget 🐹 hes a golden syrian and hes literally "
        "the cutest thing alive. him running on his wheel really fast, him stuffing his cheeks "
        "with sunflower seeds till theyre massive, him going through the cardboard tube maze i "
        "made him and popping out the other end, and him asleep curled up in his bedding. idk how "
        "long like whatever is normal for tiktok. PLEASE make it cute 😭😭 thank u!!!",
        shots=(4, 4),
        seconds=(10, 40),
        aspect="9:16",
        every=tags("character"),
        tagged={"wheel": tags("physics")},
        nowhere=tags("human_motion", "typography", "dialogue", "stylized"),
        cast=("Nugget",),
        meta_free=("tiktok", "omg", "idk", "cutest thing alive", "PLEASE"),
    ),
)
