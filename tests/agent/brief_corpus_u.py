"""FRESH_U: twenty fresh briefs for a one-time held-out measurement.

Written by a tester who had not read the planner, in the voices of twenty writers none of the
earlier sets used: a wedding videographer whose footage was lost, sending the day's run sheet with
its clock times (none of them a length), a physiotherapist's home-exercise film with reps and holds
in seconds that are not the video's, a museum conservator's silent object-handling film for
volunteers ("90 seconds max"), a cheesemaker's daughter in the Serra da Canastra writing in
Brazilian Portuguese, a Cremona violin maker's daughter writing in Italian with five seconds a
shot, a Frisian skating club's secretary mixing Dutch and English for its centenary (1925-2025), a
teenager's gaming-channel intro in slang that takes back its own joke, a Glasgow denim label's
lookbook in fragments (where "the close" is the tenement's passage, not a framing), a food
creator's jollof recipe whose cooking times are not shot lengths, a dementia charity's thank-you
for a colour run with the money raised on the end card, a home-educating family's kitchen science
experiment with one spoken line, a law firm's formal request for quotation in numbered clauses, a
bird-feeder camera's plain-text shot table with seconds, framing and on-screen text, a bubble tea
shop's one line, a golf club secretary who scratches the drone shot after writing it, a dog-food
founder whose wire-haired dachshund is in every shot (and who corrects "kibble" mid-line), a folk
band's manager with the singer in all but the last shot, a boxing club's volunteer writing camera
directions shot by shot (locked off, handheld, dolly in, ECU), a distillery's marketing manager
whose asides run into the shot lines, and a ghost-walk owner's long rambling letter full of years,
prices and a story he says to leave out.

The expectations (440 single expectations, counted as set L's were) were written and committed
before the planner was run on any of these briefs, as a careful reader of each brief would put
them; where a reader could not be sure, the field is a range or left out. "About N seconds" is
taken as N, "N seconds max" as a range up to N. Where a later line corrects an earlier one, the
later one holds, and what it strikes out is never a shot. Clock times, years, ages, prices,
repetitions and cooking times are never lengths. Where the brief is not in English, a shot is found
by a name rather than by a word the planner may translate, and a word about the video may be the
English a translation would use ("budget", "website"). This set is measured once and never tuned
for: a failure here is a finding, not a test to make pass.

Measured once, held out, at 3ade20c (the tip of main this set was written against, its planner
unchanged by it): 0 of 20 briefs met every expectation and 320 of 440 single expectations (73%),
refusing none. No expectation was changed after the run.
"""

from __future__ import annotations

from tests.agent.brief_corpus import Case, tags

FRESH_U: tuple[Case, ...] = (
    Case(
        "wedding videographer's run sheet, clock times that are not lengths",
        "Hey! Callum from Two Swans Films here. Bit of an odd one - the couple's drone footage "
        "got corrupted (long story, SD card, never again) so I'm after a short recreated teaser "
        "to sit alongside the real edit. Run sheet below, 1 shot per line pls, 45 secs total, "
        "16:9. Names are Priya and Tom, wedding was Sat 14 Sept 2024 at Hollins Barn, Cumbria.\n"
        "\n"
        "RUN SHEET\n"
        "11:00 - Hollins Barn from the air, morning mist lifting off the fells\n"
        "12:30 - Priya's mum fastening the buttons on the back of her dress (hands only pls)\n"
        "14:00 - Tom waiting at the end of the aisle, fiddling with his cufflinks\n"
        "14:05 - Priya walking down the aisle on her dad's arm, everyone turning round\n"
        "15:30 - confetti thrown over the two of them outside the barn doors\n"
        "19:45 - first dance under festoon lights, the pair spinning\n"
        "22:00 - sparkler send-off, Priya and Tom running through a tunnel of sparklers\n"
        "END - 'Priya & Tom · 14.09.24' in a handwritten script\n"
        "\n"
        "Nothing cheesy, no slow-mo doves lol. Budget's tight (£150 max) so keep it simple.\n"
        "Cheers\n"
        "Callum",
        shots=(8, 8),
        seconds=45,
        aspect="16:9",
        framing={"@first": "aerial"},
        first=tags("architecture", "landscape"),
        tagged={
            "buttons": tags("human_motion"),
            "cufflinks": tags("character", "human_motion"),
            "dad": tags("character", "human_motion"),
            "confetti": tags("character", "physics"),
            "dance": tags("character", "human_motion"),
            "sparkler": tags("human_motion", "physics"),
        },
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        cast=("Priya", "Tom"),
        not_cast=("Callum", "Cumbria"),
        meta_free=("SD card", "corrupted", "£150", "doves", "run sheet", "14:05"),
    ),
    Case(
        "physiotherapist's home-exercise film, reps and holds that are not lengths",
        "Subject: Exercise video - knee rehab (early stage, post-op) - patient handout\n"
        "\n"
        "Hi,\n"
        "I'm Aoife Brennan, MCSP, clinical lead at Riverside Physio & Sports Injury Clinic. We "
        "give patients a QR code on their discharge sheet that links to a short video of their "
        "home programme. Could you make a 60-second one for our early-stage knee programme? "
        "Landscape, 16:9, because most patients watch it on a laptop or the TV.\n"
        "Please show the same person throughout - our physio Jonah (30s, athletic, navy clinic "
        "polo) demonstrating on a mat in a bright treatment room.\n"
        "1) Quad sets: Jonah sits with his leg straight, tightening the thigh and pressing the "
        "back of the knee down into a rolled towel. Hold 5 secs, 10 reps.\n"
        "2) Straight leg raise: lying on his back, he lifts the straight leg to the height of "
        "the other bent knee, then slowly lowers it. 3 x 10.\n"
        "3) Heel slides: slides the heel towards his bottom along the mat, then back out.\n"
        "4) Side-on: a mini squat with his back against the wall, knees not past the toes.\n"
        "5) Calf raises holding the back of a chair, up on his toes and down slowly.\n"
        "Each exercise needs its name on screen as a caption (e.g. 'QUAD SETS - 10 x 5 sec "
        "hold'). Final card: 'Stop if you feel sharp pain. Questions? 01632 960412'.\n"
        "No music please, clinical but friendly. Nothing should look like he's in pain.\n"
        "Kind regards,\n"
        "Aoife",
        shots=(6, 6),
        seconds=60,
        aspect="16:9",
        every=tags("typography"),
        first=tags("character", "human_motion"),
        tagged={
            "towel": tags("character", "human_motion"),
            "heel": tags("human_motion"),
            "wall": tags("human_motion"),
            "chair": tags("human_motion"),
        },
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        cast=("Jonah",),
        not_cast=("Aoife", "Brennan", "Riverside"),
        meta_free=("QR code", "discharge", "laptop", "MCSP", "clinical lead", "Kind regards"),
    ),
    Case(
        "museum conservator's silent object-handling film for volunteers",
        "Object handling film for volunteers - draft brief v2\n"
        "From: Collections Care, The Hartwell Museum (Ines Varga, Conservator)\n"
        "Purpose: a short silent training film shown at volunteer induction, before anyone is "
        "allowed into the stores. 90 seconds max. 16:9.\n"
        "Tone: calm, precise, museum-lit. No music, no narration; text captions carry the "
        "rules.\n"
        "Scenes\n"
        "a. A volunteer washing and drying her hands at a sink, then pulling on blue nitrile "
        "gloves. Caption: 'Clean hands, then gloves.'\n"
        "b. Two gloved hands lifting a porcelain vase - one hand under the base, one supporting "
        "the body, never by the handles or rim. Caption: 'Support the base. Never lift by the "
        "handles.'\n"
        "c. Carrying the vase in a padded tray through the store, walking slowly between the "
        "racking.\n"
        "d. Close on a leather-bound book being opened only part way, resting in a foam book "
        "support.\n"
        "e. Setting a bronze statuette down on a padded table, slowly, both hands.\n"
        "f. Final caption on black: 'If in doubt, ask. Collections Care, ext. 2214'\n"
        "Please note: the objects should look like real museum objects (labels, accession "
        "numbers) - the vase is 1760s Qing, the book is dated 1642. Do NOT show anyone touching "
        "an object with bare hands at any point.\n"
        "Ines",
        shots=(6, 6),
        seconds=(30, 90),
        aspect="16:9",
        first=tags("character", "human_motion"),
        tagged={
            "gloves": tags("character", "human_motion", "typography"),
            "porcelain": tags("human_motion", "typography"),
            "racking": tags("human_motion"),
            "statuette": tags("human_motion"),
        },
        framing={"book": "close"},
        last=tags("typography"),
        somewhere=tags("typography"),
        nowhere=tags("stylized", "dialogue", "sound"),
        not_cast=("Ines", "Varga", "Hartwell"),
        meta_free=("induction", "90 seconds", "draft", "narration", "bare hands"),
    ),
    Case(
        "Serra da Canastra cheesemaker's daughter, in Brazilian Portuguese",
        "Oi, tudo bem? Aqui é a Luana, da Queijaria Serra Alta, lá na Serra da Canastra (MG). "
        "A gente quer um vídeo pro Reels, vertical, de uns 30 segundos, mostrando como o nosso "
        "queijo é feito. Meu pai, o seu Geraldo, faz queijo há 40 anos e ele TEM que aparecer!!\n"
        "1 - amanhecer no curral, as vacas no pasto com neblina\n"
        "2 - seu Geraldo tirando leite da vaca na mão, o leite espumando no balde\n"
        "3 - as mãos dele apertando a massa nas formas (close bem de perto)\n"
        "4 - os queijos maturando nas prateleiras de madeira\n"
        "5 - um queijo sendo cortado ao meio, bem cremoso por dentro\n"
        "6 - final com o logo e 'Queijaria Serra Alta - desde 1984'\n"
        "Sem música de fundo por favor, queremos o som da fazenda mesmo. O orçamento é curto rs\n"
        "Beijos e obrigada!!",
        shots=(6, 6),
        seconds=30,
        aspect="9:16",
        first=tags("landscape"),
        tagged={"Geraldo": tags("character", "human_motion", "physics")},
        last=tags("typography"),
        somewhere=tags("sound", "physics"),
        nowhere=tags("stylized", "dialogue"),
        cast=("Geraldo",),
        not_cast=("Luana", "Canastra"),
        note="English",
        meta_free=("Reels", "budget", "Luana", "background music"),
    ),
    Case(
        "Cremona violin maker's daughter, in Italian, five seconds a shot",
        "Buongiorno!\n"
        "Scrivo per conto della bottega di liuteria di mio padre, il maestro Alberto Conti, a "
        "Cremona (via Platina 12). Vorremmo un video di 30 secondi, formato orizzontale 16:9, "
        "per il sito e per la fiera Mondomusica di settembre.\n"
        "Sei inquadrature da 5 secondi ciascuna:\n"
        "1. La bottega vista dall'alto della scala: banconi, pialle, violini appesi al "
        "soffitto.\n"
        "2. Alberto che intaglia il riccio di un violino con la sgorbia, i trucioli che cadono.\n"
        "3. Dettaglio estremo: il pennello che stende la vernice ambrata sulla cassa.\n"
        "4. Alberto che prova il violino finito davanti alla finestra, in controluce.\n"
        "5. Le corde che vibrano mentre suona, primissimo piano.\n"
        "6. Scritta finale: 'Bottega Conti - Cremona, dal 1952'\n"
        "Niente musica inventata: si deve sentire il violino vero. Grazie mille e buon lavoro,\n"
        "Giulia Conti",
        shots=(6, 6),
        seconds=30,
        aspect="16:9",
        durations=(5.0, 5.0, 5.0, 5.0, 5.0, 5.0),
        first=tags("architecture"),
        tagged={"Alberto": tags("character", "human_motion")},
        last=tags("typography"),
        somewhere=tags("sound", "physics"),
        nowhere=tags("stylized", "dialogue"),
        cast=("Alberto",),
        not_cast=("Giulia", "Mondomusica"),
        note="English",
        meta_free=("Mondomusica", "website", "Giulia"),
    ),
    Case(
        "Frisian skating club's centenary, Dutch mixed with English",
        "Hoi! Sjoerd hier van IJsclub De Snelle Friezen uit Hindeloopen. We want a video for "
        "our 100-jarig jubileum (1925-2025!!), je weet wel, something for the ledenavond and "
        "for social. Lengte: 40 sec, liggend.\n"
        "Ideeën:\n"
        "- zonsopkomst boven de bevroren vaart, rijp op het riet, heel stil\n"
        "- close-up van de oude houten Friese doorlopers being tied on with leather straps\n"
        "- ons oudste lid, Tjitske (87), schaatst met haar handen op de rug, steady as anything\n"
        "- kids falling over and laughing by the koek-en-zopie stand, steam coming off the "
        "chocolademelk\n"
        "- drone shot die de schaatsers volgt langs de molen\n"
        "- eind: '100 jaar IJsclub De Snelle Friezen' in wit op blauw\n"
        "Geen muziek met zang graag. Alvast bedankt en groetjes,\n"
        "Sjoerd",
        shots=(6, 7),
        seconds=40,
        aspect="16:9",
        first=tags("landscape"),
        tagged={
            "Tjitske": tags("character", "human_motion"),
            "steam": tags("physics"),
        },
        last=tags("typography"),
        somewhere=tags("camera_motion"),
        nowhere=tags("stylized", "dialogue"),
        cast=("Tjitske",),
        not_cast=("Sjoerd", "Hindeloopen"),
        note="English",
        meta_free=("ledenavond", "groetjes", "social"),
    ),
    Case(
        "teenager's gaming-channel intro in slang, a joke taken back",
        "yo!! so im making an intro for my channel (xXNovaBladeXx, 2.3k subs lets gooo) and i "
        "want it to go HARD. like 8 seconds max bc ppl skip intros fr\n"
        "- my character (purple hoodie guy w the fox mask, hes called Nova) drops out of the sky "
        "into a neon city, lands in a superhero pose n the ground cracks\n"
        "- camera spins round him 360 while hes loading this crossbow thing\n"
        "- explosion behind him n he doesnt even flinch 😤\n"
        "- my name NOVABLADE smashes in w glitch effect + 'SUBSCRIBE OR ELSE' lol jk just "
        "NOVABLADE\n"
        "make it look like a game not real life. 16:9 cuz youtube\n"
        "ty bestie no cap this is gonna be fire",
        shots=(3, 4),
        seconds=(4, 8),
        aspect="16:9",
        every=tags("stylized"),
        tagged={
            "sky": tags("character", "human_motion", "physics"),
            "crossbow": tags("character", "camera_motion"),
            "explosion": tags("physics"),
        },
        last=tags("typography"),
        nowhere=tags("dialogue"),
        cast=("Nova",),
        meta_free=("subs", "SUBSCRIBE", "skip", "youtube", "no cap", "2.3k"),
    ),
    Case(
        "Glasgow denim label's lookbook in fragments, 'the close' a stairwell",
        "RAGGED ROW - AW24 lookbook film\n"
        "patchwork denim. all reworked. no new fabric\n"
        "tenement stairwell. green tiles. morning light\n"
        "look 1: boilersuit, Oona, leaning on the banister\n"
        "look 2: oversized jacket, Finn, walking down, jacket swinging\n"
        "look 3: both. back to back. not touching\n"
        "detail: hand-stitched seams. macro. thread pulled through\n"
        "wind through the close. jackets flap\n"
        "15s. 4:5. grain.\n"
        "end: RAGGED ROW. small. lowercase ok\n"
        "no posing to camera\n"
        "- k",
        shots=(5, 7),
        seconds=15,
        aspect="4:5",
        tagged={
            "Oona": tags("character"),
            "Finn": tags("character", "human_motion"),
            "seams": tags("product"),
            "flap": tags("physics"),
        },
        framing={"seams": "extreme-close"},
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        style=("grain",),
        cast=("Oona", "Finn"),
        meta_free=("AW24", "lookbook", "posing"),
    ),
    Case(
        "food creator's jollof recipe, cooking times that are not shot lengths",
        "Hiya! Tolu from @ToluCooksTings 👩🏾‍🍳 Jollof rice reel time!! Vertical pls, 45 seconds "
        "total (the cooking takes like 1 hr 15 but obviously we're speeding through lol)\n"
        "STEPS\n"
        "1. Blend 4 plum tomatoes, 2 red bell peppers, 1 scotch bonnet + 1 onion till smooth "
        "(1 min)\n"
        "2. Fry the blend in hot oil with tomato paste for 20 mins till it darkens - I want to "
        "SEE the oil splitting on top\n"
        "3. Add stock, thyme, curry powder, bay leaves, give it a good stir\n"
        "4. Wash the rice (2 cups, parboiled), add it, cover with foil then the lid, low heat "
        "30 mins\n"
        "5. The big reveal: lift the lid, steam everywhere, fluff it up with a fork - show the "
        "crispy bits at the bottom of the pot!!\n"
        "6. My little brother Dayo with a plate of it plus fried plantain and chicken, taking "
        "a massive bite 😍\n"
        "End with text 'JOLLOF WARS: WHO WINS?'\n"
        "NO Ghanaian jollof slander in the comments pls 😂\n"
        "x Tolu",
        shots=(6, 7),
        seconds=45,
        aspect="9:16",
        tagged={
            "Blend": tags("physics"),
            "fry": tags("physics"),
            "stir": tags("human_motion"),
            "fork": tags("human_motion", "physics"),
            "Dayo": tags("character", "human_motion"),
        },
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        cast=("Dayo",),
        not_cast=("Tolu", "Ghanaian"),
        meta_free=("comments", "slander", "speeding", "1 hr 15"),
    ),
    Case(
        "dementia charity's thank-you for a colour run, the total raised on the end card",
        "To: Creative team\n"
        "From: Rosie Adeyemi, Events Officer, Forget-Me-Not Dementia Trust\n"
        "Re: THANK YOU film - Colour Dash 2024\n"
        "\n"
        "Hello lovely people,\n"
        "The Colour Dash on 6 October raised £48,312 (!!!) from 1,200 runners and we want to say "
        "thank you properly. Could you make us a 30-second thank-you film, square for the "
        "socials and the email newsletter?\n"
        "- The start line at Ashgrove Park, runners in white T-shirts, the horn goes and "
        "everyone surges forward\n"
        "- Volunteers throwing clouds of pink and yellow powder over the runners as they pass\n"
        "- A dad pushing a buggy through a purple cloud, both of them laughing\n"
        "- Our ambassador Clive (diagnosed 3 years ago, he did the whole 5k with his daughter) "
        "crossing the finish line arm in arm with her\n"
        "- Everyone at the end covered head to toe in colour, throwing their powder packets in "
        "the air together\n"
        "- End card: 'You raised £48,312. Thank you.' + our logo\n"
        "Please make sure it feels joyful, not sad.\n"
        "Thanks a million!\n"
        "Rosie x",
        shots=(6, 6),
        seconds=30,
        aspect="1:1",
        first=tags("character", "human_motion"),
        tagged={
            "horn": tags("character", "human_motion"),
            "powder": tags("human_motion", "physics"),
            "buggy": tags("character", "human_motion", "physics"),
            "Clive": tags("character", "human_motion"),
            "packets": tags("character", "physics"),
        },
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        cast=("Clive",),
        not_cast=("Rosie", "Ashgrove"),
        meta_free=("newsletter", "socials", "diagnosed", "1,200"),
    ),
    Case(
        "home-educating family's kitchen science experiment, one spoken line",
        "hi! we're a home ed family (me + Ivy, 9, and Rafi, 6) and the kids want to start a "
        "science channel, first episode is WALKING WATER 🌈. can you make it look like a proper "
        "kids tv show? bright + fun but REAL not cartoon. about 40 sec, vertical since it's "
        "for phones.\n"
        "1 Ivy & Rafi in lab goggles at the kitchen table going 'are you ready for SCIENCE?!'\n"
        "2 six glasses in a row, Rafi pouring red, yellow and blue food colouring into every "
        "other one\n"
        "3 Ivy folding strips of kitchen roll and bridging them between the glasses\n"
        "4 timelapse: the coloured water creeping up the paper and dripping into the empty "
        "glasses (takes about 2 hours irl lol)\n"
        "5 close up of the middle glasses going orange, green and purple\n"
        "6 both of them cheering, then text: 'WHY? Capillary action!'\n"
        "(we'll do the explaining bit as a voiceover ourselves later)\n"
        "thank u!! - Hannah (mum)",
        shots=(6, 6),
        seconds=40,
        aspect="9:16",
        tagged={
            "goggles": tags("character", "dialogue"),
            "pouring": tags("character", "human_motion", "physics"),
            "strips": tags("character", "human_motion"),
            "dripping": tags("physics"),
            "purple": tags("physics"),
            "cheering": tags("character", "human_motion"),
        },
        framing={"purple": "close"},
        last=tags("typography"),
        somewhere=tags("dialogue"),
        nowhere=tags(
            "stylized",
        ),
        cast=("Ivy", "Rafi"),
        not_cast=("Hannah",),
        meta_free=("channel", "voiceover", "2 hours", "irl", "home ed"),
    ),
    Case(
        "law firm's formal request for quotation in numbered clauses",
        "HARCOURT LYLE LLP\n"
        "REQUEST FOR QUOTATION - REF HL/MKT/2025/017\n"
        "\n"
        "1. Background\n"
        '1.1 Harcourt Lyle LLP ("the Firm") is a regional law firm with offices in Chester and '
        "Wrexham. The Firm is participating in Free Wills Month (March 2025).\n"
        '1.2 The Firm seeks a supplier to produce one (1) short-form video ("the Deliverable") '
        "for use on its website and LinkedIn.\n"
        "\n"
        "2. Specification\n"
        "2.1 Duration: thirty (30) seconds, no more and no less.\n"
        "2.2 Aspect ratio: 16:9.\n"
        "2.3 The Deliverable shall comprise the following five (5) scenes, in the order "
        "stated:\n"
        "(a) the exterior of a Georgian townhouse office, a brass nameplate beside the door;\n"
        "(b) an elderly couple seated at a kitchen table, reading documents together and "
        "smiling;\n"
        "(c) a hand signing a will with a fountain pen, in close-up;\n"
        "(d) the couple walking with their grandchildren along a beach at sunset;\n"
        '(e) a closing card bearing the text "Free Wills Month - make yours today. '
        'harcourtlyle.co.uk".\n'
        "2.4 No person depicted shall be shown speaking.\n"
        "2.5 The Firm's logo shall appear only in scene (e).\n"
        "\n"
        "3. Commercial\n"
        "3.1 Quotations are to be submitted by 5pm on 14 February 2025 and shall not exceed "
        "£2,500 + VAT.\n"
        "3.2 The Firm reserves the right not to accept the lowest or any quotation.\n"
        "\n"
        "Signed: M. J. Okonjo, Partner, for and on behalf of Harcourt Lyle LLP",
        shots=(5, 5),
        seconds=30,
        aspect="16:9",
        first=tags("architecture"),
        tagged={
            "nameplate": tags("architecture"),
            "couple": tags("character"),
            "signing": tags("human_motion"),
            "grandchildren": tags("character", "human_motion", "landscape"),
        },
        framing={"signing": "close"},
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        not_cast=("Okonjo", "Harcourt", "Lyle"),
        meta_free=("quotation", "VAT", "LinkedIn", "Deliverable", "supplier", "thirty"),
    ),
    Case(
        "bird-feeder camera's plain-text shot table with seconds, framing and supers",
        "Featherly Cam - 20s pre-roll - v3 FINAL (really final this time)\n"
        "\n"
        "SHOT  SECS  FRAMING  ACTION                                          ON-SCREEN TEXT\n"
        "1     3     WIDE     Suburban back garden at dawn, frost on the lawn, feeder on a "
        "pole   -\n"
        "2     4     MCU      A robin lands on the feeder perch, head tilting  'Who's "
        "visiting?'\n"
        "3     3     ECU      The camera lens on the feeder, a tiny LED blinks on   -\n"
        "4     4     CU       A woman's phone shows a notification: 'Robin spotted 07:42'   -\n"
        "5     3     MED      A squirrel tries to raid the feeder and slips off the pole   "
        "'Squirrels: not invited'\n"
        "6     3     WIDE     Product on white, logo   'Featherly Cam. £129.'\n"
        "\n"
        "Total 20s. 16:9. Client: Featherly Ltd. Agency contact: Sam R.",
        shots=(6, 6),
        seconds=20,
        aspect="16:9",
        durations=(3.0, 4.0, 3.0, 4.0, 3.0, 3.0),
        framing={
            "@first": "wide",
            "lens": "extreme-close",
            "notification": "close",
            "squirrel": "medium",
        },
        tagged={
            "robin": tags("typography"),
            "lens": tags("product"),
            "notification": tags("typography"),
            "squirrel": tags("physics", "typography"),
        },
        last=tags("product", "typography"),
        nowhere=tags("stylized", "dialogue"),
        not_cast=("Sam",),
        meta_free=("pre-roll", "Agency", "v3", "Ltd"),
    ),
    Case(
        "bubble tea shop in one line",
        "can u do a 6 sec loop of tapioca pearls dropping into brown sugar milk tea in slow mo, "
        "for the menu screen over our counter (its portrait) - Boba Lab, thx",
        shots=(1, 2),
        seconds=6,
        aspect="9:16",
        first=tags("physics"),
        tagged={"pearls": tags("physics", "product")},
        nowhere=tags("typography", "dialogue", "stylized", "character"),
        meta_free=("menu", "thx"),
    ),
    Case(
        "golf club secretary who scratches the drone shot after writing it",
        "Hi Shotcaller people, Graham here, club secretary at Kilbrannan Links Golf Club. "
        "Looking for a 30 second advert for our open week (2-8 June). Landscape please.\n"
        "Shot 1 - drone shot sweeping in low over the sea onto the 7th green\n"
        "Shot 2 - a golfer teeing off on the clifftop tee, the ball flying out over the water\n"
        "Shot 3 - close up of the ball dropping into the hole, the flag fluttering\n"
        "Shot 4 - the clubhouse terrace, members with pints laughing at sunset\n"
        "Shot 5 - 'Open Week 2-8 June - visitors welcome - £45 a round'\n"
        "Just spoke to the committee - scratch the drone shot, they're funny about drones over "
        "the course after the incident with the seagull. Open on the tee shot instead.\n"
        "Thanks, Graham (Hon. Sec.)",
        shots=(4, 4),
        seconds=30,
        aspect="16:9",
        first=tags("character", "human_motion", "landscape"),
        tagged={
            "flag": tags("physics"),
            "terrace": tags("architecture", "character"),
        },
        framing={"flag": "close"},
        last=tags("typography"),
        nowhere=tags("stylized", "dialogue"),
        not_cast=("Graham",),
        meta_free=("drone", "seagull", "committee", "incident", "advert"),
    ),
    Case(
        "dog-food founder's dachshund in every shot, 'kibble' corrected mid-line",
        "Pickle's Pantry - TV-style ad (but for Meta ads)\n"
        "Hey! Founder here (Jess). Our sausage dog Pickle is literally the face of the brand so "
        "she has to be in EVERY shot, same dog throughout: miniature wire-haired dachshund, grey "
        "muzzle, red collar with a bone-shaped tag.\n"
        "25s, 4:5.\n"
        "1. Pickle asleep in a sunbeam on the sofa, one ear twitches when she hears the bag "
        "rustle\n"
        "2. She skids across the wooden floor towards the kitchen, ears flapping\n"
        "3. Slow mo: the kibble... sorry, the air-dried nuggets tumbling into her bowl while "
        "she watches\n"
        "4. Pickle eating, tail going like mad\n"
        "5. Pickle on a walk through autumn leaves, bouncing, coat all shiny\n"
        "6. Pickle sat next to the bag on the kitchen counter, head tilt - end text 'Pickle "
        "approved. 20% off your first box'\n"
        "We spent £3k on the last agency shoot and Pickle wouldn't look at the camera once lol. "
        "Hoping AI is easier!!\n"
        "Jess x",
        shots=(6, 6),
        seconds=25,
        aspect="4:5",
        every=tags("character"),
        first=tags("character"),
        tagged={
            "sunbeam": tags("character"),
            "nuggets": tags("physics", "product"),
        },
        last=tags("product", "typography"),
        nowhere=tags("stylized", "dialogue"),
        cast=("Pickle",),
        not_cast=("Jess",),
        meta_free=("kibble", "Meta ads", "agency", "£3k", "Founder"),
    ),
    Case(
        "folk band's manager, the singer in all but the last shot",
        "hey, it's Dougie, I manage Marnie Quayle & the Low Tide. We've got a single, 'Salt in "
        "the Wound', out 21 March and want an AI video for the radio edit, 45 secs, 16:9. "
        "Marnie's in pretty much all of it: long red hair, green wool coat, silver hoop "
        "earrings, same look every shot.\n"
        "V1: Marnie walking alone along a shingle beach in the grey dawn, singing, wind in her "
        "hair\n"
        "V2: she pushes open the door of an old boathouse, dust hanging in the light\n"
        "Chorus: the band (Kit on bodhrán, Sol on guitar, Fen on fiddle) playing in the "
        "boathouse, Marnie singing in the middle of them, candles everywhere\n"
        "Bridge: Marnie wading into the sea up to her knees, her coat floating out around her\n"
        "Outro: the empty beach, her coat washed up on the stones, the tide coming in\n"
        "no lyrics on screen, no band name, nothing. the label are calling it a 'mood piece'\n"
        "Dougie",
        shots=(5, 5),
        seconds=45,
        aspect="16:9",
        tagged={
            "shingle": tags("character", "human_motion", "landscape", "physics"),
            "boathouse": tags("character", "architecture"),
            "candles": tags("character", "human_motion"),
            "wading": tags("character", "physics"),
            "washed": tags("landscape"),
        },
        untagged={"washed": tags("character")},
        nowhere=tags("typography", "stylized"),
        cast=("Marnie",),
        not_cast=("Dougie",),
        meta_free=("label", "mood piece", "lyrics", "21 March", "Wound"),
    ),
    Case(
        "boxing gym coach's camera directions shot by shot",
        "BRAMLEY ROAD ABC - 'Nobody's born tough' - 30s - 16:9\n"
        "camera notes, rough:\n"
        "1. Locked off, wide. The gym at 6am, empty ring under one bare bulb, skipping ropes on "
        "hooks.\n"
        "2. Handheld, tight. Coach Errol wrapping Leah's hands, the tape squeaking.\n"
        "3. Dolly in slow on Leah hitting the heavy bag, sweat flicking off her.\n"
        "4. ECU her eyes between the gloves, breathing hard.\n"
        "5. Handheld, following Leah through the ropes into the ring for sparring, Errol "
        "shouting from the corner 'Hands up!'\n"
        "6. Locked off, wide, same frame as 1, ring empty again, the bulb swinging. Super: "
        "'Bramley Road ABC. Open to all. Ages 8+.'\n"
        "Shoot it dirty, 16mm grain. No slow-mo. Budget is whatever's left in the kit fund after "
        "the new bags, so not much - Dele",
        shots=(6, 6),
        seconds=30,
        aspect="16:9",
        framing={"@first": "wide", "eyes": "extreme-close"},
        first=tags("architecture"),
        untagged={"bulb": tags("character")},
        tagged={
            "Errol": tags("character", "human_motion"),
            "sweat": tags("camera_motion", "character", "human_motion", "physics"),
            "sparring": tags("camera_motion", "character", "dialogue", "human_motion"),
        },
        last=tags("architecture", "typography"),
        nowhere=tags(
            "stylized",
        ),
        style=("grain",),
        cast=("Leah", "Errol"),
        not_cast=("Dele",),
        meta_free=("kit fund", "camera notes", "slow-mo"),
    ),
    Case(
        "distillery marketing manager whose asides run into the shot lines",
        "Morning both! Hope the weekend was kind to you.\n"
        "Right, the Christmas gin film. 20 secs, 9:16, for the website banner and paid social "
        "(Rob's signed off the £600, don't ask how).\n"
        "- Copper still puffing steam in the dark distillery (Rob says the still is called "
        "Agnes, she's a bit of a diva lol)\n"
        "- Juniper berries and orange peel tumbling into the pot, slow - god I need a break\n"
        "- the gin pouring over a big ice cube in a tumbler, frost on the glass (we've finally "
        "got the good tumblers back from the photographer!!)\n"
        "- a snowy window, fairy lights, two friends clinking glasses - nothing too 'Instagram "
        "influencer' pls, Rob will have a fit\n"
        "- the bottle on the bar with a sprig of rosemary and 'Winter Batch No. 7 - £38' on "
        "screen\n"
        "Anyway shout if anything's unclear, I'm in meetings till 3 then picking the kids up.\n"
        "Speak soon,\n"
        "Hattie\n"
        "Hattie Marsh | Brand & Marketing | Cullen Bay Distillery",
        shots=(5, 5),
        seconds=20,
        aspect="9:16",
        tagged={
            "steam": tags("physics"),
            "Juniper": tags("physics"),
            "ice cube": tags("physics", "product"),
            "clinking": tags("character", "human_motion"),
        },
        last=tags("product", "typography"),
        nowhere=tags("stylized", "dialogue"),
        not_cast=("Rob", "Hattie", "Marsh"),
        meta_free=(
            "photographer",
            "influencer",
            "meetings",
            "paid social",
            "£600",
            "banner",
            "diva",
        ),
    ),
    Case(
        "ghost-walk owner's long rambling letter, a story to leave out",
        "Hello there, I hope this is the right place, my niece set me up with this account!\n"
        "Nigel Thwaite here, I've been running York After Dark Ghost Walks since 2006 (before "
        "that I was a postman for 31 years, which is a different kind of haunting ha ha). We go "
        "out every night of the year except Christmas Day, rain or shine, from the steps of the "
        "Minster at 7.30pm, and the walk is about 90 minutes, 1.8 miles, with a stop at the "
        "Golden Fleece which as you may know is the most haunted pub in York. We won a "
        "Certificate of Excellence on TripAdvisor in 2019 and again in 2023 and we're very proud "
        "of that. Tickets are £12 adults, £8 children, and we do a family ticket too which is "
        "£30.\n"
        "Anyway the reason I'm writing is the council have put up a new big screen by the "
        "railway station and for £95 a week you can have an advert on it, and my niece thought "
        "a little spooky film would be just the thing. She says about a minute is right, and "
        "widescreen. I've had a think about what should be in it and written it down as best I "
        "can:\n"
        "First the Shambles at night with the fog rolling in and the gas lamps glowing, nobody "
        "about, the old houses leaning in over the cobbles like they do. Then our lead guide "
        "Morwenna, who is much better at the dramatic bit than me, in her black Victorian "
        "mourning dress and veil, coming round the corner holding up her lantern. Then Morwenna "
        "leading a group of people through one of the snickelways, those are the little alleys, "
        "the lantern throwing shadows up the walls. Then an upstairs window in one of the old "
        "houses where you can just make out a pale face behind the glass, and then it's gone. "
        "(That's the Grey Lady at Holy Trinity, there's a whole story there, I'll spare you.) "
        "Then Morwenna telling a story to the group, their faces lit by the lantern, everyone "
        "leaning in, and then a door slams somewhere behind them and they all jump and a couple "
        "of them scream and then laugh. Last a raven on a gravestone in the churchyard, it caws "
        "and flies off. Oh and then the words 'York After Dark - Ghost Walks nightly 7.30pm "
        "from the Minster steps - yorkafterdark.co.uk'.\n"
        "I should say, the Roman soldiers are our most famous story (Harry Martindale saw them "
        "marching through the cellar of the Treasurer's House in 1953, only visible from the "
        "knees up because they were walking on the old Roman road) but my niece says that would "
        "be too much for a minute and she's probably right. Also no blood or gore please, we get "
        "a lot of families.\n"
        "Many thanks for your help, and if you're ever in York come along, first one's on me!\n"
        "Nigel Thwaite\n"
        "York After Dark Ghost Walks (est. 2006)",
        shots=(6, 8),
        seconds=60,
        aspect="16:9",
        first=tags("architecture"),
        tagged={
            "Morwenna": tags("character", "human_motion"),
            "jump": tags("character", "human_motion"),
            "raven": tags("character"),
        },
        untagged={"Shambles": tags("character")},
        last=tags("typography"),
        nowhere=tags(
            "stylized",
        ),
        cast=("Morwenna",),
        not_cast=("Nigel", "Martindale", "Harry"),
        meta_free=(
            "TripAdvisor",
            "big screen",
            "£95",
            "postman",
            "niece",
            "Martindale",
            "Roman",
            "gore",
            "1953",
        ),
    ),
)
