"""FRESH_AF: twelve fresh everyday briefs for a one-time held-out measurement.

Written by a tester who had not read or run the planner, the way twelve different people type into
the chat box on an ordinary day, none of them a writer or topic of sets AC, AD or AE: a town
council's parks officer writing a formal email with greeting and signature for a restored park's
reopening (a drone shot over the lake first, "30 seconds in total", the council and the officer kept
out), a mobile car valeter's text-speak for a vertical TikTok in which the writer is the bloke in
the hoodie (snow foam, water beading, a phone number on the card), a church-hall quilting group's
bullets with "About 20 seconds I think?" and no aspect (Margaret, described once, in two pictures; a
quilt shaken out so it billows; "St Anne's" and the hospital's baby unit no people), a riding
school's portrait clip starring its pony Pickle (a mane and plaits, a young rider Ella, a jump that
runs on as he lands), a hobby beekeeper's square 12 seconds in which he is the one in the bee suit
(honey drizzling off a dipper; Geoff, on screen, not kept out of the cast), a surf school in
Ericeira writing in Portuguese (25 segundos, vertical, a drone over the beach, the instructor
Tiago), a food bank volunteer asking the tool whether 30 or 45 seconds is better and leaving it to
it (Priya, the shop names on the card), a tree surgeon's numbered shot list with seconds a shot that
add up (a drone shot, the climber Dan in two pictures, "continues from 3"), a drama teacher's
trailer for the school Macbeth with one spoken line in quotes and "dark and atmospheric", a heritage
railway volunteer's one line ("8 secs", from the air), a daughter's long rambling paste for her
mother's 80th (Joan in four pictures, the collie Bess twice, late Dad Ron once, no length given,
party talk kept out), and a florist that strikes its van shot and changes square to vertical ("Same
length").

The expectations were written before any run, as a careful reader of each brief would put them;
where a reader could not be sure, the field is a range or left out (the food bank's 30 to 45
seconds, the birthday's unstated length and its "maybe Bess again", whether a closing caption is a
card of its own). A length the writer states is taken exactly ("About 20 seconds I think?" as 20, "8
secs" as 8, seconds a shot as their sum); a brief that states no aspect is taken as 16:9; "portrait"
is 9:16; a later correction holds ("vertical instead", the van scrapped) and what it strikes out is
never a shot. A named person or animal in two or more pictures is cast (Margaret, Pickle, Ella, Dan,
Joan, Bess, and "Macbeth", part of both Macbeths' names); one seen once is neither required nor kept
out. Writers on screen (the valeter, the beekeeper) are never listed as kept out of the cast;
writers who are not on screen are, and so are businesses, councils, churches and shops. Words on a
card in quotes are picture, not talk, so they are never listed as words about the video. Where the
brief is in Portuguese, a shot is found by a name, not by a word the planner may translate, and a
word about the video may be the English a translation would use ("25 seconds"). This set is measured
once and never tuned for: a failure here is a finding, not a test to make pass.
"""

from __future__ import annotations

from tests.agent.brief_corpus import Case, tags

FRESH_AF: tuple[Case, ...] = (
    Case(
        "town council parks officer's formal email, drone over the restored park, 30 seconds",
        "Dear shotcaller team,\n"
        "\n"
        "Further to our phone call, Millbrook Town Council would like a short film to mark the "
        "reopening of Jubilee Park following its restoration. It will be shown on the council "
        "website and on the screen in the library foyer, so standard widescreen please, 30 "
        "seconds in total.\n"
        "\n"
        "Suggested content:\n"
        "An aerial shot sweeping over the park in early morning, showing the restored lake and "
        "the new paths.\n"
        "The Victorian bandstand, freshly painted in green and cream.\n"
        "Children playing on the new wooden play tower.\n"
        "A family feeding the ducks by the lake.\n"
        "An older couple walking arm in arm along the tree-lined avenue as the leaves fall.\n"
        'Closing caption: "Jubilee Park – open to everyone, every day".\n'
        "\n"
        "Please avoid anything that looks overly glossy; it should feel local and genuine.\n"
        "\n"
        "Kind regards,\n"
        "\n"
        "Deborah Fenwick\n"
        "Parks and Open Spaces Officer\n"
        "Millbrook Town Council",
        shots=(5, 6),
        seconds=30,
        aspect="16:9",
        first=tags("landscape"),
        framing={"@first": "aerial"},
        tagged={
            "bandstand": tags("architecture"),
            "children": tags("human_motion"),
            "ducks": tags("human_motion"),
            "couple": tags("human_motion"),
        },
        untagged={"bandstand": tags("human_motion")},
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        not_cast=("Deborah", "Fenwick", "Millbrook"),
        meta_free=(
            "Dear",
            "phone call",
            "website",
            "library foyer",
            "30 seconds",
            "glossy",
            "Kind regards",
        ),
    ),
    Case(
        "mobile car valeter's text-speak, vertical TikTok, the writer in the black hoodie",
        "hiya need a tiktok for my valeting biz 🚗✨ vertical obvs, 15 secs. 1st a proper filthy "
        "white van pulling onto the drive, then snow foam going on n dripping down the sides, "
        "then me pressure washing it all off (im the bloke in the black hoodie lol), then close up "
        "of the alloys getting scrubbed wiv a brush, then water beading on the bonnet after the "
        'wax, end with the van all shiny n the text "SHINE ON MOBILE VALETING 07700 900456". '
        "cheers bud",
        shots=(5, 6),
        seconds=15,
        aspect="9:16",
        framing={"alloys": "close"},
        tagged={
            "foam": tags("physics"),
            "pressure": tags("human_motion", "physics"),
            "alloys": tags("human_motion"),
            "beading": tags("physics"),
        },
        untagged={"beading": tags("human_motion")},
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        not_cast=("Shine",),
        meta_free=("tiktok", "15 secs", "obvs", "biz", "lol", "cheers", "bud"),
    ),
    Case(
        "church-hall quilting group's bullets, Margaret twice, 'About 20 seconds I think?'",
        "Hi, I run the Tuesday quilting group at St Anne's church hall and we make quilts for the "
        "baby unit at the General. Our grandchildren say we need a video for the group's Facebook "
        "page. Here is what I thought:\n"
        "• lots of fabric squares in different colours laid out on a big table\n"
        "• Margaret (she's our eldest, 87, white hair in a bun, always in a lilac cardigan) "
        "threading a needle with her glasses on the end of her nose\n"
        "• the sewing machine running, fabric feeding through\n"
        "• two of us shaking out a finished quilt so it billows up and floats down over the "
        "table\n"
        "• Margaret again, folding the quilt and tying it with a ribbon\n"
        '• the words "Stitched with love – new members welcome, Tuesdays 2pm"\n'
        "About 20 seconds I think? Thank you dear",
        shots=(5, 6),
        seconds=20,
        aspect="16:9",
        tagged={
            "Margaret": tags("character", "human_motion"),
            "shaking": tags("human_motion", "physics"),
            "ribbon": tags("character", "human_motion"),
        },
        untagged={"@first": tags("human_motion", "character")},
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        cast=("Margaret",),
        not_cast=("Anne", "General"),
        meta_free=("Facebook", "grandchildren", "baby unit", "20 seconds", "Thank you dear"),
    ),
    Case(
        "riding school's portrait clip, the pony Pickle and rider Ella, a jump that runs on",
        "Hello! We're a small riding school (Hollybank Stables) and our pony Pickle is basically "
        "the star of the yard so he has to be in it 😂 He's a chunky dapple grey Welsh pony with a "
        "long white mane. Can we have a 20 sec video for Instagram, portrait please. Ideas: misty "
        "paddock at sunrise with the horses grazing, Pickle trotting towards the camera with his "
        "mane bouncing, one of our young riders (Ella, 9, long plaits) brushing Pickle's mane in "
        "the yard, Ella riding him over a little cross-pole jump – and keep rolling from that as "
        "he lands and trots back to the gate, pleased with himself. Finish with our logo and "
        '"Lessons for all ages".',
        shots=(5, 6),
        seconds=20,
        aspect="9:16",
        first=tags("landscape"),
        untagged={"@first": tags("character", "human_motion")},
        tagged={
            "trotting": tags("character", "physics"),
            "brushing": tags("character", "human_motion"),
            "jump": tags("character", "human_motion"),
            "lands": tags("character"),
        },
        chained=("lands",),
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        cast=("Pickle", "Ella"),
        not_cast=("Hollybank",),
        meta_free=("Instagram", "20 sec", "portrait", "keep rolling", "star of the yard"),
    ),
    Case(
        "hobby beekeeper's square 12 seconds, honey off a dipper, the writer in the bee suit",
        "Hi there, I keep bees as a hobby and sell the honey at the farmers market and online, "
        'jars labelled "Wildflower Honey – Hill Top Hives". Could you do me a square video, 12 '
        "seconds, to put on the stall's Instagram. Bees landing on lavender flowers in the "
        "garden, super close up. Then me lifting a frame out of the hive dripping with comb (I'm "
        "in the full white suit and veil). Then a slow drizzle of golden honey off a wooden dipper "
        "into a jar. Then the jar with the label on a sunny windowsill. Thanks, Geoff",
        shots=(4, 4),
        seconds=12,
        aspect="1:1",
        tagged={
            "frame": tags("human_motion"),
            "dipper": tags("physics", "product"),
            "windowsill": tags("product"),
        },
        untagged={
            "lavender": tags("human_motion", "character"),
            "windowsill": tags("human_motion"),
        },
        nowhere=tags("stylized", "dialogue"),
        not_cast=("Wildflower",),
        meta_free=("Instagram", "12 seconds", "farmers market", "hobby", "online", "Thanks"),
    ),
    Case(
        "surf school in Ericeira writing in Portuguese, 25 segundos, vertical, instructor Tiago",
        "Olá! Somos uma escola de surf na Ericeira e precisamos de um vídeo de 25 segundos para o "
        "Instagram e o TikTok, na vertical. Ideias: uma vista aérea de drone da praia de manhã "
        "cedo, com as ondas a rebentar; o nosso instrutor Tiago a encerar a prancha na areia; um "
        "grupo de alunos a praticar o take-off na areia com o Tiago a corrigir; uma aluna a "
        "apanhar a primeira onda e a ficar de pé, com a água a espirrar; o pôr do sol com as "
        "pranchas encostadas à carrinha. No fim, o nosso nome: «Onda Boa Surf School». Obrigado!",
        shots=(5, 6),
        seconds=25,
        aspect="9:16",
        first=tags("landscape"),
        framing={"@first": "aerial"},
        untagged={"@first": tags("character")},
        tagged={"Tiago": tags("character", "human_motion")},
        somewhere=tags("physics"),
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        cast=("Tiago",),
        not_cast=("Onda", "Ericeira"),
        meta_free=("Instagram", "TikTok", "25 segundos", "25 seconds", "Olá", "Obrigado"),
    ),
    Case(
        "food bank volunteer asking whether 30 or 45 seconds, leaving it to the tool, Priya",
        "Hi, I volunteer with Eastgate Food Bank and we're doing an appeal for the Christmas "
        "collection. Quick question first – would 30 seconds be long enough, or would it be "
        "better at 45? Honestly I'll go with whatever you think, anything between those is fine. "
        "What I'm picturing: volunteers unloading crates of tins from a van in the rain, hands "
        "sorting cans and pasta onto the shelves, a volunteer called Priya packing a food parcel "
        "and handing it across the counter with a smile, a little boy's hand taking a selection "
        'box, and then the words "Donate at any Co-op or Tesco until 20 Dec" and "Eastgate Food '
        'Bank – no one should go hungry". '
        "Landscape is fine. We don't want to show anyone's face "
        "who is using the food bank, so keep them out of shot please.",
        shots=(5, 6),
        seconds=(30, 45),
        aspect="16:9",
        tagged={
            "crates": tags("human_motion"),
            "shelves": tags("human_motion"),
            "Priya": tags("character", "human_motion"),
            "selection box": tags("human_motion"),
        },
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        cast=("Priya",),
        not_cast=("Eastgate", "Tesco", "Co-op"),
        meta_free=("appeal", "Quick question", "whatever you think", "Landscape", "out of shot"),
    ),
    Case(
        "tree surgeon's numbered list with seconds a shot, drone first, Dan, 'continues from 3'",
        "Oakleaf Tree Care – video for website homepage, widescreen\n"
        "1) 5s – drone shot coming down over a huge old oak in a back garden\n"
        "2) 4s – Dan (our lead climber, red helmet, orange chainsaw trousers) climbing up into "
        "the crown on ropes\n"
        "3) 4s – Dan cutting through a big limb with the top-handle saw, sawdust flying\n"
        "4) 4s – continues from 3, the limb swinging down on the lowering rope and Kev on the "
        "ground guiding it in\n"
        "5) 3s – close up of the chipper spitting woodchip into the truck\n"
        "6) 4s – the garden afterwards, tidy, tree looking balanced, our logo and "
        '"NPTC qualified – fully insured – free quotes"\n'
        "ta",
        shots=(6, 6),
        seconds=24,
        aspect="16:9",
        durations=(5.0, 4.0, 4.0, 4.0, 3.0, 4.0),
        first=tags("landscape"),
        framing={"@first": "aerial", "chipper": "close"},
        tagged={
            "Dan": tags("character", "human_motion"),
            "sawdust": tags("human_motion", "physics"),
            "Kev": tags("human_motion", "physics"),
            "chipper": tags("physics"),
        },
        untagged={"chipper": tags("character")},
        chained=("Kev",),
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        cast=("Dan",),
        not_cast=("Oakleaf", "NPTC"),
        meta_free=("homepage", "website", "widescreen", "5s", "4s", "continues from"),
    ),
    Case(
        "drama teacher's Macbeth trailer, one spoken line in quotes, dark and atmospheric",
        "Hello – I'm Head of Drama at Castlefield Academy. We're putting on Macbeth in March and "
        "I'd like a 30-second trailer to play in assemblies and on the school's YouTube. "
        "Widescreen.\n"
        "Thunder and lightning over a bare heath, three witches around a bubbling cauldron, green "
        "smoke curling up.\n"
        "Close-up of one of the witches (a Year 10 girl, wild grey wig, ragged black shawl) "
        'looking straight down the lens and saying "Something wicked this way comes."\n'
        "Macbeth (Year 11, tartan cloak) walking slowly down a torchlit castle corridor, his "
        "cloak trailing behind him.\n"
        "Lady Macbeth scrubbing at her hands over a basin of water.\n"
        'Title card: "Macbeth – Castlefield Academy – 12–14 March, 7pm"\n'
        "Keep it dark and atmospheric please, like a proper film trailer, not a school play.",
        shots=(5, 6),
        seconds=30,
        aspect="16:9",
        first=tags("landscape"),
        framing={"wicked": "close"},
        tagged={
            "cauldron": tags("physics"),
            "wicked": tags("character", "dialogue"),
            "corridor": tags("character", "human_motion"),
            "scrubbing": tags("character", "human_motion", "physics"),
        },
        untagged={"cauldron": tags("dialogue")},
        last=tags("typography"),
        cast=("Macbeth",),
        not_cast=("Castlefield",),
        style=("dark",),
        meta_free=("trailer", "assemblies", "YouTube", "30-second", "Head of Drama"),
    ),
    Case(
        "heritage railway volunteer's one line, 8 secs of a steam loco on a viaduct from the air",
        "8 secs of a steam loco crossing the stone viaduct in the snow, filmed from the air, for "
        "the Dales Valley Railway fb page pls",
        shots=(1, 2),
        seconds=8,
        aspect="16:9",
        framing={"@first": "aerial"},
        tagged={"viaduct": tags("landscape")},
        somewhere=tags("physics"),
        nowhere=tags("human_motion", "character", "typography", "dialogue", "stylized"),
        meta_free=("8 secs", "fb", "pls"),
    ),
    Case(
        "daughter's long rambling paste for her mum Joan's 80th, the collie Bess, no length",
        "ok so this is for my mum's 80th on Saturday, we're having a do at the cricket club and my "
        "brother's rigging up the projector so we can play it on the big screen. Mum is Joan, "
        "she's tiny, silver curly hair, always in a bright red lipstick and a pearl necklace Dad "
        "gave her, she'd kill me if she wasn't in red lipstick haha. I don't have loads of old "
        "photos scanned so I thought it could be more like little scenes?? So: Joan as a young "
        "woman in the 60s dancing at a seaside ballroom, her skirt swirling (she was a cracking "
        "jiver apparently!!). Then Joan and Dad (Ron, he passed in 2019 but I'd love him in it, "
        "tall, thick glasses, flat cap) on their wedding day outside the church with confetti "
        "blowing everywhere. Then Joan in her garden now, deadheading her roses, with her old "
        "collie Bess asleep in the sun next to her. Then Joan blowing out the candles on a huge "
        "cake with all the grandkids crowding round. and maybe Bess again at the end wagging her "
        'tail. Then "Happy 80th Joan – we love you" in gold letters. Not too long as people will '
        "be chatting and it's a party not a funeral lol. whatever looks nice. thanks so much, "
        "Karen",
        shots=(5, 6),
        seconds=(15, 60),
        aspect="16:9",
        tagged={
            "ballroom": tags("character", "human_motion", "physics"),
            "confetti": tags("character", "physics"),
            "roses": tags("character", "human_motion"),
            "candles": tags("character", "human_motion"),
        },
        last=tags("typography"),
        nowhere=tags("dialogue"),
        cast=("Joan", "Bess"),
        not_cast=("Karen",),
        meta_free=(
            "cricket club",
            "projector",
            "big screen",
            "scanned",
            "kill me",
            "haha",
            "funeral",
            "lol",
        ),
    ),
    Case(
        "florist that scraps its van shot and changes square to vertical, 'Same length'",
        "Hi! Petal & Stem florist here 🌸 Mother's Day is coming up so we'd love a little clip. "
        "Square for Instagram please, 20 seconds.\n"
        "- our van pulling up outside a house with a bouquet on the passenger seat\n"
        "- close up of hands wrapping a bunch of peonies and tulips in brown kraft paper and "
        "tying it with a silk ribbon\n"
        "- petals falling in slow motion onto the workbench\n"
        "- a mum opening her front door and her face lighting up at the flowers\n"
        '- "Order by Friday for Mother\'s Day delivery" on screen at the end\n'
        "Oh wait, scrap the van one, we're getting it re-sprayed. And can it be vertical instead "
        "so it works for Reels? Same length.",
        shots=(3, 4),
        seconds=20,
        aspect="9:16",
        framing={"peonies": "close"},
        tagged={
            "peonies": tags("human_motion"),
            "petals": tags("physics"),
            "door": tags("human_motion"),
        },
        untagged={"petals": tags("human_motion")},
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        not_cast=("Stem",),
        meta_free=(
            "van",
            "passenger seat",
            "re-sprayed",
            "Instagram",
            "Reels",
            "Square",
            "20 seconds",
            "Same length",
        ),
    ),
)
