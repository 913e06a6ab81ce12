"""FRESH_V: twenty fresh briefs for a one-time held-out measurement.

Written by a tester who had not read the planner, in the voices of twenty writers none of the
earlier sets used: a castellers' colla secretary in the Penedès writing in Catalan (a nine-storey
tower and a seven-year-old that are no lengths), a Bucovina guesthouse owner writing in Romanian
for her mother's Easter-egg workshop with the camera still throughout, a Kuusamo reindeer farm
writing in Finnish that keeps drones away from its herd (a safari's two hours and €120 are no
lengths), a Karoo farm-stall auntie writing in Afrikaans who adds a sheep and takes it straight
back, a tram museum volunteer forwarding an email chain whose trustee's reply cuts the minute to
45 seconds and strikes the drone shot, a Brixham fishing-charter skipper's unpunctuated voice memo
(half five in the morning, £85 a head, eight hours, and a mate's mermaid not to be done), a
wormery co-op's claymation mascot in every shot, an ink maker writing her own noir (50ml, £14 on
the bottle's card), a poetry festival's programmer whose brief is a poem ("forty seconds"), a
lido's comms officer pasting CSV rows with seconds per shot that add up (18°C and 6.30am are no
lengths), a trail centre's manager asking for "four shots", all handheld, a calligrapher whose
nib carries on in the same shot without a cut, a retired maths teacher's junior chess club with
ages, session times, piece counts and a spoken "Checkmate!", a keyboard maker's one line, a
roller-derby captain who strikes her own sparks and a shark she calls a joke ("jk jk"), a
national park authority's formal numbered brief with byelaws and visitor numbers, a village
cricket chairman's rambling letter for the club's 150th (who scratches the vicar's dog), a
family's WhatsApp export planning grandad's 90th, where a later message halves the length and a
dog joins an old shot, a removals firm's sitcom skit with two spoken lines, and an allotment
society's web-form answers with two plot holders and plot numbers.

The expectations (419 single expectations, counted as set L's were) were written and
committed before the planner was run on any of these briefs, as a careful reader of each brief
would put them; where a reader could not be sure, the field is a range or left out. "About N
seconds" and "about a minute and a half" are taken as N and 90, and numbers written in words
count as numbers. Where a later line or a later message corrects an earlier one, the later one
holds, and what it strikes out (a shot, a prop, a length) is never a shot. Clock times, years,
ages, prices, distances, temperatures, quantities and another thing's running time are never
lengths, and a count of storeys, pieces, poets or family members is never a shot count. A writer
whose own hands are in shot is never listed as kept out of the cast. Where the brief is not in
English, a shot is found by a name rather than by a word the planner may translate, and a word
about the video may be the English a translation would use ("social media", "website"). This set
is measured once and never tuned for: a failure here is a finding, not a test to make pass.

Measured once, held out, at f789786 (the tip of main when the set was brought in; the set was
written against 55c9ce9, and f789786 adds only the other languages' tag words, written before the
set was seen): 1 of 20 briefs met every expectation and 266 of 419 single expectations (63%),
refusing one (the keyboard maker's one line: "says how long but not what to show"). The planner at the start of that stop (2a6aee0) met 1 of 20 and 264 of 419. No
expectation was changed after the run.
"""

from __future__ import annotations

from tests.agent.brief_corpus import Case, tags

FRESH_V: tuple[Case, ...] = (
    Case(
        "castellers' colla secretary in Catalan, a nine-storey tower that is no length",
        "Bon dia!\n"
        "Us escric de part de la Colla Castellera Xicots de l'Arboç (som del Baix Penedès). "
        "Enguany fem 40 anys (1985-2025) i volem un vídeo curt per a les xarxes i per projectar "
        "a la plaça abans de la diada de Santa Anna. Vertical, 9:16, uns 30 segons.\n"
        "Plans:\n"
        "1. La plaça de l'església plena de gent, vista des de dalt (amb dron), les camises "
        "vermelles de la colla al mig.\n"
        "2. Primer pla de les mans lligant la faixa negra a la cintura d'en Jordi, el nostre "
        "segon.\n"
        "3. La pinya: desenes de persones abraçades, empenyent cap amunt.\n"
        "4. L'enxaneta, la Martina (té 7 anys!), enfilant-se per l'esquena dels castellers fins "
        "a dalt de tot i aixecant la mà per fer l'aleta.\n"
        "5. El castell es desmunta i tothom s'abraça.\n"
        "6. Final: 'Xicots de l'Arboç · 40 anys fent pinya' sobre fons vermell.\n"
        "Res de música inventada: volem sentir les gralles i el timbal de veritat. Ah, i el "
        "castell és de 9 pisos, que no és poca cosa!\n"
        "Moltes gràcies,\n"
        "Núria Soler\n"
        "Secretària",
        shots=(6, 6),
        seconds=30,
        aspect="9:16",
        framing={"@first": "aerial", "Jordi": "close"},
        first=tags("architecture"),
        tagged={
            "Jordi": tags("character", "human_motion"),
            "Martina": tags("character", "human_motion"),
        },
        last=tags("typography"),
        somewhere=tags("sound"),
        nowhere=tags("stylized"),
        cast=("Jordi", "Martina"),
        not_cast=("Núria", "Soler", "Santa Anna"),
        note="English",
        meta_free=("Núria", "Santa Anna", "xarxes", "social media", "Secretària"),
    ),
    Case(
        "Bucovina guesthouse owner in Romanian, her mother's egg workshop, the camera still",
        "Bună ziua,\n"
        "Mă numesc Ioana Hrițcu și am o pensiune în Ciocănești, județul Suceava. De Paște "
        "organizăm ateliere de încondeiat ouă cu mama mea, doamna Veronica, care încondeiază ouă "
        "de peste 50 de ani. Vrem un clip de 20 de secunde pentru Facebook și Instagram, pătrat "
        "(1:1).\n"
        "Cadre:\n"
        "- casele din sat, pictate cu modele tradiționale, dimineața, cu ceață pe dealuri\n"
        "- doamna Veronica la masă, lângă fereastră, desenând pe ou cu chișița și ceară topită\n"
        "- oul scufundat în vopsea roșie, apoi scos cu lingura\n"
        "- oul ținut lângă flacăra lumânării, ceara se topește și apare modelul alb\n"
        "- coșul cu ouă gata încondeiate pe un ștergar tradițional\n"
        "- la final textul: „Ateliere de Paște · 150 lei/persoană · rezervări 0740 123 456”\n"
        "Camera să stea fixă în toate cadrele, fără nicio mișcare, ca la o fotografie. Vă rog "
        "fără muzică modernă. Mulțumesc frumos!\n"
        "Ioana",
        shots=(6, 6),
        seconds=20,
        aspect="1:1",
        camera="static",
        first=tags("architecture", "landscape"),
        tagged={"Veronica": tags("character", "human_motion")},
        last=tags("typography"),
        somewhere=tags("physics"),
        nowhere=tags("stylized", "dialogue"),
        cast=("Veronica",),
        not_cast=("Ioana", "Hrițcu", "Suceava", "Ciocănești"),
        note="English",
        meta_free=("Facebook", "Instagram", "Ioana"),
    ),
    Case(
        "Kuusamo reindeer farm in Finnish, no drones near the herd",
        "Hei!\n"
        "Olemme pieni poroperhe Kuusamosta (Porotila Kallioniemi), ja järjestämme talvisin "
        "porosafareita matkailijoille. Tarvitsisimme 45 sekunnin videon nettisivujemme "
        "etusivulle, vaakakuva 16:9.\n"
        "Ideoita:\n"
        "1. Ilmakuva lumisesta metsästä ja jäätyneestä järvestä aamuhämärissä.\n"
        "2. Isäni Aslak ruokkii poroja jäkälällä aitauksessa, porot tungeksivat hänen "
        "ympärillään.\n"
        "3. Poro vetää rekeä lumisella polulla, reessä kaksi matkailijaa taljojen alla, lunta "
        "pöllyää.\n"
        "4. Lähikuva poron turvasta, huurretta karvoissa ja höyryävä hengitys.\n"
        "5. Kota illalla, nuotio palaa, matkailijat juovat kuumaa mehua ja Aslak kertoo "
        "tarinaa.\n"
        "6. Revontulet taivaalla kodan yllä.\n"
        "7. Loppuun teksti: ”Porotila Kallioniemi – porosafarit joulukuusta huhtikuuhun”.\n"
        "Ei droneja porojen lähelle, ne pelkäävät niitä – ilmakuva vain kaukaa metsän yltä. "
        "Safari maksaa 120 € aikuiselta ja kestää noin 2 tuntia, mutta sitä ei tarvitse näyttää "
        "videolla.\n"
        "Kiitos paljon!\n"
        "Terveisin Elina Kallioniemi",
        shots=(7, 7),
        seconds=45,
        aspect="16:9",
        framing={"@first": "aerial"},
        first=tags("landscape"),
        tagged={"Aslak": tags("character", "human_motion")},
        last=tags("typography"),
        somewhere=tags("character", "landscape", "physics"),
        nowhere=tags("stylized"),
        cast=("Aslak",),
        not_cast=("Elina", "Kuusamo"),
        note="English",
        meta_free=("120", "2 hours", "Elina", "website"),
    ),
    Case(
        "Karoo farm-stall auntie in Afrikaans who adds a sheep and takes it back",
        "Goeiedag!\n"
        "Hier is Tannie Marietjie van die Karoo Kombuis Padstal, net buite Laingsburg op die N1. "
        "My kleinseun sê julle maak video's met KI, so hier gaan ons. Ons wil 'n advertensie van "
        "30 sekondes hê vir Facebook, staande formaat (9:16), want almal kyk op hulle fone.\n"
        "Wat ek wil sien:\n"
        "1. Die padstal langs die pad in die vroeë oggend, die Karoo-koppies agter, 'n windpomp "
        "wat stadig draai.\n"
        "2. My hande wat die beskuitdeeg knie op die groot houttafel, meel wat opstuif.\n"
        "3. Die beskuit wat uit die oond kom, goudbruin, met stoom wat opslaan.\n"
        "4. Oom Koos (my man) wat koffie skink op die stoep vir 'n vragmotorbestuurder, en hulle "
        "lag saam.\n"
        "5. Die rakke vol konfyt, biltong en beskuit in bruin papiersakke.\n"
        "6. Einde: 'Karoo Kombuis · Karringmelkbeskuit R85 per sak · Oop 6vm tot 6nm'\n"
        "O ja, en sit 'n skaap op die stoep ook. Nee wag, los die skaap, die SPCA-mense gaan "
        "kla.\n"
        "Baie dankie, liefies!\n"
        "Tannie M",
        shots=(6, 6),
        seconds=30,
        aspect="9:16",
        first=tags("architecture", "landscape"),
        tagged={"Koos": tags("character", "human_motion")},
        last=tags("typography"),
        somewhere=tags("human_motion", "physics", "product"),
        nowhere=tags("stylized"),
        cast=("Koos",),
        not_cast=("Laingsburg", "SPCA"),
        note="English",
        meta_free=("sheep", "skaap", "SPCA", "Facebook", "grandson", "kleinseun"),
    ),
    Case(
        "tram museum volunteer forwarding a chain whose trustee cuts the length and the drone",
        "Fwd: Re: heritage day film\n"
        "\n"
        "Hi there - forwarding the thread so you've got the full picture. Short version: 45 "
        "seconds, NOT the minute I originally said, and no drone (see Malcolm's reply). "
        "Everything else as my list at the bottom. Shout if anything's unclear.\n"
        "Bev\n"
        "\n"
        "---------- Forwarded message ---------\n"
        "From: Malcolm Pryce\n"
        "Date: Tue, 4 Mar 2025 at 21:07\n"
        "Subject: Re: heritage day film\n"
        "\n"
        "Bev, fine by me but NO drone. The trustees hate drones after last summer - one spooked "
        "the horses pulling the No. 4 horse tram. Open on the depot doors instead. And 45 secs, "
        "nobody watches a minute.\n"
        "M.\n"
        "\n"
        "> On Tue, 4 Mar 2025 at 18:32, Bev Hollis wrote:\n"
        "> Malcolm - here's my list for the video people, 60 seconds, widescreen:\n"
        "> 1. Drone over the depot roof and the whole line\n"
        "> 2. The depot doors rolling open, tram 31 (the 1927 Blackpool balloon car) nosing out "
        "into the sun\n"
        "> 3. Close up of the driver's hand on the brass controller\n"
        "> 4. Conductor Derek clipping a little girl's ticket, both grinning\n"
        "> 5. The trolley pole sparking on the overhead wire\n"
        "> 6. Families waving from the top deck as it goes past the bandstand\n"
        "> 7. End card: 'Heritage Tram Day - Sun 18 May - adults £9, kids free'\n"
        "> Bev",
        shots=(6, 6),
        seconds=45,
        aspect="16:9",
        first=tags("architecture"),
        framing={"controller": "close"},
        tagged={
            "Derek": tags("character", "human_motion"),
            "sparking": tags("physics"),
            "waving": tags("character", "human_motion"),
        },
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        cast=("Derek",),
        not_cast=("Bev", "Malcolm", "Pryce", "Hollis"),
        meta_free=("drone", "trustees", "horses", "spooked", "Fwd"),
    ),
    Case(
        "fishing-charter skipper's unpunctuated voice memo, a mate's mermaid not to be done",
        "ok so this is Gaz from Reel Deal Charters in Brixham um I'm on the boat so sorry about "
        "the noise right so what I'm after is a video for the website and Facebook about a "
        "minute long landscape like a telly advert yeah so first off the boat leaving the "
        "harbour at half five in the morning sun coming up the gulls everything then the lads "
        "baiting up the rods on the back deck then a proper big wave coming over the bow and "
        "spray everywhere everyone's soaked and laughing then the rod bending right over and my "
        "deckhand Kieran reeling like mad he's got arms like hams that boy then the fish coming "
        "up out of the water a big blue shark we tag and release them all mind then Kieran and "
        "a customer holding it up for a quick photo before it goes back then the sun going down "
        "on the way home everyone having a brew and then the logo and Reel Deal Charters "
        "Brixham book now £85 a head full day eight hours oh and my mate Steve said put a "
        "mermaid in it he's an idiot don't do that cheers bye",
        shots=(8, 8),
        seconds=60,
        aspect="16:9",
        tagged={
            "baiting": tags("character", "human_motion"),
            "wave": tags("physics"),
            "Kieran": tags("character", "human_motion"),
            "shark": tags("physics"),
            "brew": tags("character"),
        },
        last=tags("typography"),
        somewhere=tags("landscape"),
        nowhere=tags("stylized"),
        cast=("Kieran",),
        not_cast=("Gaz", "Steve"),
        meta_free=("mermaid", "Steve", "Facebook", "telly", "hams"),
    ),
    Case(
        "wormery co-op's claymation mascot in every shot",
        "Hello from the Wormery Co-op!\n"
        "We sell wormery kits (the Castings Castle, £64.99) and we'd love a short claymation "
        "film - think Aardman, thumbprints in the clay and all. Our mascot is Wriggles, a pink "
        "earthworm in a tiny green bobble hat, and he's in every single shot. 40 seconds, "
        "square.\n"
        "Scene one: Wriggles pops his head up out of the soil and yawns.\n"
        "Scene two: a banana peel and some apple cores plop down next to him from above; he "
        "rubs his tummy.\n"
        "Scene three: Wriggles and his worm pals munching through the scraps, speeded up.\n"
        "Scene four: Wriggles proudly patting a little pile of dark crumbly compost (we call it "
        "black gold!).\n"
        "Scene five: a child's hand (clay too) scoops the compost into a flowerpot and a "
        "sunflower shoots up, with Wriggles peeking over the rim.\n"
        "Scene six: Wriggles waves next to the Castings Castle, with 'Feed your worms. Feed your "
        "garden.' and our web address.\n"
        "No talking - Wriggles doesn't speak, he just does little squeaks.\n"
        "Cheers, Anwen (chief worm wrangler)",
        shots=(6, 6),
        seconds=40,
        aspect="1:1",
        every=tags("character", "stylized"),
        first=tags("character"),
        tagged={
            "banana": tags("physics"),
            "scoops": tags("human_motion"),
        },
        last=tags("product", "typography"),
        somewhere=tags("sound"),
        nowhere=tags("dialogue"),
        style=("claymation",),
        cast=("Wriggles",),
        not_cast=("Anwen",),
        meta_free=("Aardman", "64.99", "wrangler"),
    ),
    Case(
        "ink maker writing her own noir, the price on the bottle's card",
        "The name's Harlow. Violet Harlow. I make ink.\n"
        "Small batches, out of a lock-up in Digbeth. The new one's called Nightshade - a "
        "blue-black that turns the colour of a bruise when it dries. It needs a film. Thirty "
        "seconds, 16:9, black and white, film noir, the works. Venetian-blind shadows. Rain.\n"
        "Here's how it plays:\n"
        "A city street at night, rain coming down in sheets, one neon sign buzzing.\n"
        "A detective in a trench coat and fedora at his desk, lit by a single lamp, cigarette "
        "smoke curling.\n"
        "Extreme close-up: his fountain pen nib scratching across the paper, the wet ink "
        "shining.\n"
        "He blots the page. The ink dries. The only colour in the whole film: that "
        "purple-black bleeding through.\n"
        "The bottle on the desk, 'NIGHTSHADE' on the label, the lamp glinting off the glass. "
        "Text: 'Nightshade ink. 50ml. £14.'\n"
        "Don't name the detective. He doesn't need one. Neither do I, usually.\n"
        "- V.H.",
        shots=(5, 5),
        seconds=30,
        aspect="16:9",
        first=tags("architecture", "physics"),
        framing={"nib": "extreme-close"},
        tagged={
            "detective": tags("character"),
            "smoke": tags("physics"),
            "blots": tags("human_motion", "physics"),
        },
        last=tags("product", "typography"),
        nowhere=tags("dialogue"),
        style=("noir",),
        not_cast=("Harlow", "Violet"),
        meta_free=("Digbeth", "lock-up", "Harlow", "Small batches"),
    ),
    Case(
        "poetry festival programmer whose brief is a poem",
        "Wenlock Wordfest - trailer brief (sorry, I can't help myself)\n"
        "\n"
        "forty seconds, landscape, wide as a field,\n"
        "cut like a linocut: black ink, cream paper, one red;\n"
        "a hare running through the barley at dawn,\n"
        "a printing press coming down on the page - thunk -\n"
        "a girl on a bicycle, satchel full of books, freewheeling down the hill,\n"
        "crows lifting off a ploughed field, scattering like commas,\n"
        "and at the end, in big carved letters:\n"
        "WENLOCK WORDFEST · 12-15 JUNE · TICKETS FROM £8\n"
        "\n"
        "(Six poets confirmed so far, two hundred tickets sold - don't put that in, I'm just "
        "pleased.)\n"
        "- Orla, programmer",
        shots=(5, 5),
        seconds=40,
        aspect="16:9",
        every=tags("stylized"),
        first=tags("landscape"),
        tagged={
            "bicycle": tags("character", "human_motion"),
            "crows": tags("landscape"),
        },
        last=tags("typography"),
        nowhere=tags("dialogue"),
        style=("linocut",),
        not_cast=("Orla",),
        meta_free=("poets", "two hundred", "programmer", "sorry"),
    ),
    Case(
        "lido comms officer's CSV rows, seconds per shot, 18°C and 6.30am no lengths",
        "Hi - pasting our shot list straight out of the spreadsheet, hope that's OK. Portrait, "
        "for Stories.\n"
        "\n"
        "shot,secs,what we see,text on screen\n"
        "1,4,Aerial of the lido at 6.30am - turquoise water flat as glass - steam rising off "
        "it,\n"
        "2,3,The pool attendant (Marcus) unlocking the art deco turnstile gates,"
        '"Saltdean Lido is back"\n'
        "3,5,A swimmer in a red cap diving in - big splash - slow motion,\n"
        '4,4,Close-up of the thermometer on the poolside: 18°C,"Heated to 18°C"\n'
        "5,4,Kids cannonballing off the side while parents cheer,\n"
        "6,4,Lifeguard chair against the sunset - the empty pool,"
        '"Adults £6.50 · Under-16s £3.50 · Open 6.30am-8pm"\n'
        "\n"
        "Total 24s. Thanks! Priyanka (Comms, Coastline Leisure Trust)",
        shots=(6, 6),
        seconds=24,
        aspect="9:16",
        durations=(4.0, 3.0, 5.0, 4.0, 4.0, 4.0),
        framing={"@first": "aerial", "thermometer": "close"},
        first=tags("architecture", "physics"),
        tagged={
            "Marcus": tags("character", "human_motion", "typography"),
            "diving": tags("character", "human_motion", "physics"),
            "thermometer": tags("typography"),
            "Kids": tags("character", "human_motion", "physics"),
        },
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        cast=("Marcus",),
        not_cast=("Priyanka",),
        meta_free=("spreadsheet", "Stories", "Comms"),
    ),
    Case(
        "trail centre manager's four shots, all handheld",
        "Coed y Garth Trail Centre - new red route opening\n"
        "Need four shots, 20s total, 16:9. Whole thing handheld please, chest-cam feel, nothing "
        "smooth or floaty (riders hate drones buzzing them).\n"
        "- rider dropping into the rock garden, mud flying off the tyres\n"
        "- POV over the handlebars through the pine trees, roots and berms flashing past\n"
        "- two riders skidding to a stop outside the trailhead cafe, high-fiving\n"
        "- the trail map board at the top: 'RED ROUTE · 14km · 420m climb · OPEN NOW'\n"
        "Ta, Rhodri",
        shots=(4, 4),
        seconds=20,
        aspect="16:9",
        camera="handheld",
        tagged={
            "rock": tags("character", "human_motion", "physics"),
            "pine": tags("landscape"),
            "skidding": tags("character", "human_motion"),
        },
        untagged={"map": tags("character")},
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        not_cast=("Rhodri",),
        meta_free=("drone", "floaty"),
    ),
    Case(
        "calligrapher whose nib carries on in the same shot",
        "Hello! I'm a calligrapher (Ink & Vellum Studio) and I'd love a 15-second reel, "
        "vertical, of me writing a name. Here's how I see it:\n"
        "1. Wide-ish: my desk by the window, inkpot, a stack of cream cards, morning light.\n"
        "2. Extreme close-up on the nib: the first stroke of a big swooping capital E, ink "
        "pooling at the turn.\n"
        "3. Same shot continuing, no cut - the nib carries on into the rest of the letters, "
        "hairlines and all.\n"
        "4. I lift the card and blow on it gently; the ink goes from wet and glossy to matte.\n"
        "5. The finished card propped on the inkpot: 'Eleanor'. Then my handle @inkandvellum "
        "in small type.\n"
        "The name is just an example, Eleanor isn't a real client! Please keep my face out of "
        "it, hands only.\n"
        "Thanks, Saoirse",
        shots=(5, 5),
        seconds=15,
        aspect="9:16",
        framing={"@first": "wide", "nib": "extreme-close", "hairlines": "extreme-close"},
        chained=("hairlines",),
        untagged={"desk": tags("character")},
        tagged={
            "nib": tags("human_motion", "physics"),
            "blow": tags("human_motion", "physics"),
        },
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        not_cast=("Eleanor",),
        meta_free=("client", "example"),
    ),
    Case(
        "retired maths teacher's junior chess club, ages and times, one spoken line",
        "Dear Sir/Madam,\n"
        "I run the Pawnbrokers Junior Chess Club at St Aidan's Community Hall (Thursdays, "
        "4-6pm, ages 7 to 11, £2 a session including squash and biscuits). Our numbers have "
        "dropped from 24 to 11 since the pandemic and I would like a short film for the school "
        "newsletters and the hall's noticeboard screen. About 30 seconds, landscape.\n"
        "What I have in mind, in five shots:\n"
        "(i) The hall from outside on a rainy afternoon, children hurrying in with their book "
        "bags.\n"
        "(ii) Rows of chessboards set up on trestle tables, all 32 pieces in place, nobody there "
        "yet.\n"
        "(iii) A close-up of a small hand moving a knight - the L-shape, nice and clear.\n"
        "(iv) Two children, a girl of about 8 and a boy of about 10, across a board, the girl "
        "saying 'Checkmate!' and the boy putting his head in his hands, then both laughing.\n"
        "(v) Our club name and 'Thursdays 4-6pm · All welcome · First session free'.\n"
        "I played county chess for Shropshire in 1979, though I doubt that is relevant.\n"
        "Yours faithfully,\n"
        "Geoffrey Palfrey (coach)",
        shots=(5, 5),
        seconds=30,
        aspect="16:9",
        first=tags("architecture", "character", "human_motion"),
        untagged={"trestle": tags("character")},
        framing={"knight": "close"},
        tagged={
            "knight": tags("human_motion"),
            "Checkmate": tags("character", "dialogue", "human_motion"),
        },
        last=tags("typography"),
        somewhere=tags("dialogue"),
        nowhere=tags("stylized"),
        not_cast=("Geoffrey", "Palfrey", "Shropshire", "Aidan"),
        meta_free=("pandemic", "newsletter", "1979", "county", "biscuits", "noticeboard"),
    ),
    Case(
        "keyboard maker in one line",
        "need 12s of someone typing fast on our mechanical keyboard, super close on the "
        "keycaps, gotta HEAR the clack. 16:9 - clackworks",
        shots=(1, 3),
        seconds=12,
        aspect="16:9",
        tagged={"keycaps": tags("product")},
        somewhere=tags("human_motion", "product", "sound"),
        nowhere=tags("stylized", "dialogue", "typography"),
    ),
    Case(
        "roller-derby captain who strikes her sparks and her shark ('jk jk')",
        "HIYA from the Tyne Tempests!! We're recruiting fresh meat (that's derby for new "
        "skaters, don't worry) and need a 30 sec vertical vid for the socials.\n"
        "- our jammer Hurricane Heidi bursting through the pack, star on her helmet, hips "
        "flying\n"
        "- a blocker (that's Bruise Almighty) hip-checking someone clean off the track\n"
        "- close up of skate wheels spinning and sparks - ok not sparks, they're plastic "
        "wheels lol, just the wheels spinning\n"
        "- the whole team in a huddle shouting 'TEMPESTS!'\n"
        "- and a shark in the rink just for vibes. jk jk. no shark\n"
        "- end card: 'Fresh Meat Intake · Tues 7pm · Walker Sports Hall · no experience needed "
        "· loaner skates £5'\n"
        "Ages 18+ btw, insurance thing. Thanks pal, Dolly Parts-On x (captain, not in it - I'm "
        "injured)",
        shots=(5, 5),
        seconds=30,
        aspect="9:16",
        framing={"wheels": "close"},
        tagged={
            "Heidi": tags("character", "human_motion"),
            "Bruise": tags("character", "human_motion"),
            "huddle": tags("character", "dialogue"),
        },
        last=tags("typography"),
        somewhere=tags("dialogue"),
        nowhere=tags("stylized"),
        cast=("Heidi", "Bruise"),
        not_cast=("Dolly",),
        meta_free=("shark", "sparks", "insurance", "injured", "jk"),
    ),
    Case(
        "national park authority's numbered brief with byelaws and visitor numbers",
        "BRECKMOOR NATIONAL PARK AUTHORITY - Ranger Service\n"
        "Brief: 'Leave It As You Found It' public information film\n"
        "1. Purpose. To remind visitors of the Countryside Code during the summer season "
        "(June-September), when visitor numbers exceed 40,000 a week.\n"
        "2. Format. 45 seconds; 16:9; for the visitor centre screens and the Authority's "
        "website.\n"
        "3. Content. The film is to consist of the following scenes, in order:\n"
        "3.1 A wide view of the moorland at golden hour, heather in flower, a reservoir in the "
        "distance.\n"
        "3.2 A family closing a five-bar gate behind them and checking the latch.\n"
        "3.3 A walker keeping her dog on a short lead as sheep graze nearby.\n"
        "3.4 A young man picking up a crisp packet from the path and putting it in his "
        "rucksack.\n"
        "3.5 A ranger (Ranger Tomasz Nowak, who has agreed to appear) putting out a disposable "
        "barbecue with water from a bottle, the coals hissing and smoking.\n"
        "3.6 Closing card: 'Leave it as you found it. Breckmoor National Park' with the "
        "Authority's logo.\n"
        "4. Restrictions. 4.1 No drone footage; the flying of drones is prohibited within the "
        "Park under byelaw 12. 4.2 No person shall be shown speaking. 4.3 Fires and barbecues "
        "are banned on open moorland from 1 March to 30 September; scene 3.5 shall make this "
        "clear by showing one being put out, not lit.\n"
        "5. Contact. Senior Ranger (Engagement), ext. 3307.\n"
        "Issued by: S. Okafor, 14/02/2025",
        shots=(6, 6),
        seconds=45,
        aspect="16:9",
        framing={"@first": "wide"},
        first=tags("landscape"),
        untagged={"moorland": tags("character")},
        tagged={
            "gate": tags("character", "human_motion"),
            "dog": tags("character"),
            "crisp": tags("character", "human_motion"),
            "Tomasz": tags("character", "human_motion", "physics"),
        },
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        cast=("Tomasz",),
        not_cast=("Okafor",),
        meta_free=("drone", "byelaw", "40,000", "visitor centre", "3307"),
    ),
    Case(
        "village cricket chairman's rambling letter for the 150th, the vicar's dog scratched",
        "Dear all,\n"
        "Well, where to start. Ashcombe Cricket Club turns 150 this summer - founded 1875 by the "
        "vicar and the blacksmith, or so the story goes, though there's some dispute about the "
        "blacksmith - and the committee (eleven of us, appropriately) have agreed, after three "
        "meetings and a vote of 6 to 5, to commission a little film for the anniversary dinner "
        "on 19 July. Tickets for the dinner are £35 and there are still a few left if anyone's "
        "interested. I digress.\n"
        "My thoughts, for what they're worth: it should be about a minute and a half, "
        "widescreen, and feel like a summer afternoon. Start on the pavilion - it's the "
        "original 1875 timber one, painted white, with the clock above the door - with the flag "
        "flapping on its pole. Then our opening bowler, Big Sandeep, running in and bowling, the "
        "ball hitting the stumps and the bails flying off. Then the tea interval: the tea ladies "
        "(led by Mrs Joan Pettifer, 84, who has done the teas since 1971) laying out sandwiches "
        "and Victoria sponge on trestle tables in the pavilion. Then a batsman hitting a six "
        "over the sightscreen into the churchyard, the fielders turning to watch. I had also "
        "thought of the vicar's spaniel running onto the pitch and stealing the ball, which "
        "happened in 2019 and was very funny, but on reflection scratch the dog - the vicar is "
        "still sensitive about it. Then the two teams shaking hands at close of play, long "
        "shadows across the outfield. And finish with '150 years of Ashcombe CC · 1875-2025' in "
        "a classic serif on cream.\n"
        "One more thing - the old scoreboard is hand-operated with tin numbers and I'd love a "
        "glimpse of it, perhaps a close-up of the numbers being hung up, after the six. Is that "
        "possible?\n"
        "With thanks and best wishes,\n"
        "Rupert Hale\n"
        "Chairman, Ashcombe CC",
        shots=(7, 7),
        seconds=90,
        aspect="16:9",
        first=tags("architecture", "physics"),
        framing={"scoreboard": "close"},
        tagged={
            "Sandeep": tags("character", "human_motion", "physics"),
            "Joan": tags("character", "human_motion"),
            "sightscreen": tags("character", "human_motion"),
            "shaking": tags("character", "human_motion"),
        },
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        cast=("Sandeep", "Joan"),
        not_cast=("Rupert", "Hale"),
        meta_free=("spaniel", "vicar", "£35", "committee", "dinner", "blacksmith"),
    ),
    Case(
        "family WhatsApp export for grandad's 90th, the length halved and a dog added",
        "[02/05/2025, 19:02] Sharon: Right I'm sending this to the video people tomorrow so "
        "speak now. Dad's 90th film, widescreen for the telly at the party. 2 mins.\n"
        "[02/05/2025, 19:04] Sharon: 1) Dad as a young man in 1954 on his motorbike outside the "
        "Palais dance hall\n"
        "[02/05/2025, 19:04] Sharon: 2) Dad and Mum (Irene) dancing at the Palais, her dress "
        "spinning out\n"
        "[02/05/2025, 19:05] Sharon: 3) Dad at the allotment with his prize marrows\n"
        "[02/05/2025, 19:05] Sharon: 4) Dad now, in his armchair, blowing out the candles on a "
        "huge cake with all the grandkids round him\n"
        "[02/05/2025, 19:06] Sharon: 5) 'Happy 90th Stan! Love from all 23 of us'\n"
        "[02/05/2025, 19:11] Dev: 2 mins is too long he'll nod off 😂 make it one minute\n"
        "[02/05/2025, 19:12] Sharon: Fine. One minute. Happy now\n"
        "[02/05/2025, 19:12] Dev: 👍\n"
        "[02/05/2025, 19:20] Karen: can we put Biscuit in the allotment one? (the dog, RIP)\n"
        "[02/05/2025, 19:21] Sharon: yes lovely, Biscuit sitting by the marrows\n"
        "[02/05/2025, 19:30] Dev: also Mum's dress was blue not yellow\n"
        "[02/05/2025, 19:31] Karen: it was green Dev\n"
        "[02/05/2025, 19:31] Sharon: I'm not getting into this. Green.",
        shots=(5, 5),
        seconds=60,
        aspect="16:9",
        tagged={
            "motorbike": tags("character"),
            "Irene": tags("character", "human_motion", "physics"),
            "marrows": tags("character"),
            "Biscuit": tags("character"),
            "candles": tags("character", "human_motion"),
        },
        last=tags("typography"),
        nowhere=tags("dialogue"),
        cast=("Stan", "Irene"),
        not_cast=("Sharon", "Dev", "Karen"),
        meta_free=("nod off", "telly", "2 mins", "video people"),
    ),
    Case(
        "removals firm's sitcom skit with two spoken lines",
        "Alright! Dean here, owner of Two Lads & A Luton (removals, Leeds). Want a funny 20 "
        "second advert for Facebook and TikTok so vertical. Two of my lads play themselves: Big "
        "Mick (bald, ginger beard) and Tyrone (tall, skinny, hi-vis).\n"
        "Scene: a narrow staircase in a terraced house. Mick and Tyrone trying to carry a "
        "massive green sofa up the stairs, it's wedged.\n"
        "Mick: 'Pivot!' Tyrone: 'I AM pivoting!' (yes, like Friends, everyone gets it)\n"
        "Then a quick cut to the sofa somehow in the upstairs bedroom, perfect, the two of them "
        "high-fiving, not a scratch on the walls.\n"
        "End: our van with 'Two Lads & A Luton · No job too awkward · 0113 496 0723'\n"
        "Don't mention Friends anywhere on screen, copyright innit. Also we charge £40/hr but "
        "don't put that on",
        shots=(3, 4),
        seconds=20,
        aspect="9:16",
        tagged={
            "sofa": tags("architecture", "character", "human_motion"),
            "bedroom": tags("character", "human_motion"),
        },
        last=tags("typography"),
        somewhere=tags("dialogue"),
        nowhere=tags("stylized"),
        cast=("Mick", "Tyrone"),
        not_cast=("Dean",),
        meta_free=("Friends", "copyright", "£40", "TikTok", "Facebook"),
    ),
    Case(
        "allotment society's web-form answers, two plot holders and plot numbers",
        "Video request form - response #37\n"
        "Organisation name: Hollybush Lane Allotment Society\n"
        "Your name: Pat Greenhalgh\n"
        "Your role: Treasurer (and plot 14)\n"
        "What is the video for?: Our open day on Saturday 7 September, 11am-3pm. Posting in the "
        "village Facebook group and on the noticeboard at the Co-op.\n"
        "How long should the video be (seconds)?: 35\n"
        "Orientation: Square\n"
        "Who appears in it?: Doreen and Winston, our two longest-serving plot holders (Doreen's "
        "had plot 3 since 1988). They should look the same in every shot they're in.\n"
        "Describe the shots you want, one per line:\n"
        "Misty morning over the plots, sheds and bean poles, a robin on a spade handle\n"
        "Doreen and Winston leaning on the fence between their plots, sharing a flask of tea\n"
        "Winston digging up a forkful of potatoes, soil falling off them\n"
        "Doreen's hands pulling a carrot out of the ground, close up\n"
        "The two of them at a trestle table selling veg in paper bags, a queue of neighbours\n"
        "Anything else?: End with 'Hollybush Lane Allotments · Open Day Sat 7 Sept · 11-3 · "
        "Free entry'. No drone please, Winston's convinced they're spying on his leeks.\n"
        "How did you hear about us?: My grandson",
        shots=(6, 6),
        seconds=35,
        aspect="1:1",
        first=tags("landscape"),
        tagged={
            "flask": tags("character"),
            "potatoes": tags("character", "human_motion", "physics"),
            "carrot": tags("human_motion"),
            "queue": tags("character"),
        },
        framing={"carrot": "close"},
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        cast=("Doreen", "Winston"),
        not_cast=("Pat", "Greenhalgh"),
        meta_free=("Facebook", "noticeboard", "spying", "grandson", "drone", "Treasurer"),
    ),
)
