"""Splitting a brief into what is *about* the video (meta) and what we *see* (beats).

A brief mixes sentences about the production ("A 40-second opener for a travel channel.", "Budget is
tight so keep it simple.", "Painterly, moody, 16:9.") with sentences that describe pictures. The
meta parts feed the directives (length, format, look, continuity); the picture parts become beats,
one per thing to see, in story order. A logline may carry a picture of its own ("Make me a video of
a cat knocking a glass off a table") or the subject of every clip ("Three clips of Aiko, a girl…").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from agent.briefing.cast import has_body
from agent.briefing.english import is_action_verb, is_english_word, lower_first
from agent.briefing.lexicon import (
    ANIMAL_NOUNS,
    ARCHITECTURE_WORDS,
    BODY_PARTS,
    COLOUR_WORDS,
    FRAMING_SHORTHAND,
    GROUP_NOUNS,
    HUMAN_MOTION_VERBS,
    LANDSCAPE_WORDS,
    LOOK_ONLY_WORDS,
    LOOK_SUFFIX,
    NUMBER_WORDS,
    OBJECT_NOUNS,
    ORDINALS,
    OWN_SOUND,
    PERSON_NOUNS,
    PHYSICS_VERBS,
    PHYSICS_WORDS,
    PRODUCT_KINDS,
    STYLE_WORDS,
    TYPOGRAPHY_WORDS,
    framing_from_words,
    has_any,
    style_words_in,
    verb_forms,
    word_set,
)
from agent.briefing.numbers import LANGUAGES, counts, language_of, lengths
from agent.briefing.sentence_model import META_QUOTED, META_SURE, META_TAIL, meta_chance
from agent.briefing.text import Sentence, sentences, split_top_level

# --- vocabularies of meta talk -------------------------------------------------------------

FORMAT_NOUNS: tuple[str, ...] = (
    "appeal",
    "charity appeal",
    "fundraiser",
    "sting",
    "logo sting",
    "ident",
    "bumper",
    "psa",
    "public service announcement",
    "feed post",
    "treatment",
    "script",
    "storyboard",
    "shot list",
    "brief",
    "product shot",
    "product video",
    "packshot",
    "ad",
    "ads",
    "advert",
    "advertisement",
    "commercial",
    "spot",
    "promo",
    "video",
    "vid",
    "clip",
    "clips",
    "film",
    "short",
    "teaser",
    "cold open",
    "trailer",
    "opener",
    "intro",
    "outro",
    "reel",
    "reels",
    "explainer",
    "documentary",
    "doc",
    "segment",
    "episode",
    "series",
    "sequence",
    "montage",
    "aftermovie",
    "walkthrough",
    "preview",
    "loop",
    "footage",
    "shot",
    "shots",
    "scene",
    "logo reveal",
    "menu reveal",
    "animation",
    "tutorial",
    "vlog",
    "recap",
    "highlights",
    "highlight",
    "lookbook",
    "look book",
    "highlight film",
    "invite",
    "invitation",
    "sizzle",
    "showreel",
    "cinemagraph",
    "gif",
    "post",
    "story",
    "vidéo",
    "publicité",
    "pub",
    "anuncio",
    "vídeo",
    "película",
    "corto",
    "werbespot",
    "werbung",
    "filmato",
    "pubblicità",
)
_PLATFORM_WORDS = (
    "tiktok instagram insta ig reels youtube shorts linkedin facebook twitter x snapchat "
    "pinterest feed socials social media website header landing page app store"
)
_ASPECT_WORDS = "vertical horizontal square portrait landscape widescreen format aspect ratio"
_TALK_WORDS = (
    "i me my we us our you your need needs want wants would could can should must please like "
    "make made let know thanks thank hi hello hey team cheers best regards so following call "
    "yesterday today here here's what what's we're it's that's thinking think something around "
    "about going maybe later cut down questions question if have has be is are was it its this "
    "that these those will just really also lol haha pls thx ok okay sure vibe vibes feel feels "
    "tone mood look looks aesthetic palette grade grading colour color style lots lot of "
    "optimistic upbeat energetic calm fun premium luxurious clean simple minimal modern bold soft "
    "golden hour light lighting natural keep tight budget tier delivery draft quality cost "
    "spend campaign spring summer autumn winter client brief idea concept note notes music "
    "sound audio voiceover vo cta target audience kids version versions cutdown cutdowns "
    "channel travel new our launch drop hype brand company studio listing real estate "
    "muted desaturated saturated vibrant tones hues greens blues reds teal grainy contrasty "
    "shades earthy colours colors grade graded"
)
_LIGHT_ONLY = ("night", "dawn", "dusk", "sunset", "sunrise", "morning", "evening", "noon")
_WEATHER_ONLY = ("rain", "snow", "fog", "mist", "storm", "wind", "neon")
# Labels before a colon that only say where a beat sits in the story.
_STORY_LABELS = re.compile(
    r"^(?:the\s+)?(?:story|storyboard|brief|idea|concept|plot|synopsis|visuals?|images|pictures|"
    r"shots?|shot ?list|scenes|"
    r"then|next|after that|finally|opening|open|first shot|opening shot|final shot|last shot|"
    r"ending|end|closing|middle|beat\s*\d*|end ?frame|end ?slate|end ?board|packshot|"
    r"pack shot)$",
    re.IGNORECASE,
)
# Labels that make the whole line a directive: "Look: warm, grainy", "Music: lo-fi".
_META_LABELS = re.compile(
    r"^(?:look|style|tone|mood|format|duration|length|platform|music|sound|audio|voiceover|vo|"
    r"voice-over|voice over|narration|narrator|(?:the\s+)?feeling|(?:the\s+)?atmosphere|(?:the\s+)?vibe|"
    r"cta|notes?|budget|deliverables?|aspect(?: ratio)?|ratio|camera|palette|colou?rs?|"
    r"references?|target|audience|client|brand|title of the video|spot|ad|product|products|"
    r"treatment|grade|grading|legal|deliverables?|delivery|usage|timing|runtime|tone of voice|"
    r"ingredients|you'll need|what you need|materials|equipment|props|wardrobe|locations?|"
    r"recipe|recipe short|subject|re|fwd|fw|from|to|cc|date|deadline|due|model|talent|presenter|"
    r"betreff|objet|asunto|oggetto|assunto|onderwerp|approved by|rating|visual description|"
    r"structure|outline|i envisage|here'?s what i want|idea|ideia|idée|idee|"
    r"host|star|cast|recurring figure|recurring character|characters?|villain|monster|creature|"
    r"mascot|project|job|campaign|working title|production|agency|producer|director|version|"
    r"tl;?dr|"  # a post's summary ("EDIT:" is read below: it may add a picture)
    r"(?:client\s+)?sign-?off|clearance(?: notes)?|(?:client\s+|agency\s+)?contacts?|approvals?|"
    # a formal brief's clauses ("1. Purpose. To remind visitors…")
    r"(?:(?:just\s+|some\s+)?for\s+|some\s+|a bit of\s+)?(?:context|background|reference|info)|fyi|"
    r"dos and don'?ts|do'?s (?:and|&) don'?ts|catering|call time|unit base|"
    r"purpose|background|context|objectives?|aims?|summary|overview|restrictions|requirements|"
    r"specifications?|specs?|commercial|scope|terms|general|administration|"
    r"(?:key\s+)?messages?|call to action|takeaway|(?:requested|prepared|written|submitted|"
    r"commissioned|approved|signed)(?:\s+by)?|"
    # a brief's "WHAT: a short documentary…", "WHO: Pickle, a grey seal pup…" fields
    r"(?-i:WHO|WHAT|WHY|WHEN|Who|What|Why|When)|"
    r"issued by|distribution|intended use|use|uses|placement|channels?|where it will (?:be )?(?:run|shown|"
    r"go|live)|running time(?: required)?|signature|health (?:&|and) safety|technical specs?"
    r"(?: for reference)?(?: \(not for screen\))?)$",
    re.IGNORECASE,
)
_DIRECTIVE_START = re.compile(
    r"^(?:keep\b|make sure|maintain\b|ensure\b|avoid\b|no\s(?!fim\b|final\b|início\b|meio\b)|don'?t|do not|all shots|every shot|"
    r"throughout|same\s+(?:[\w-]+\s+){1,3}(?:in|across|throughout)|use the same|budget|please|we need|"
    r"i need|i want|we want|let me know|thanks|thank you|cheers|hi\b|hello|hey\b|legal\b|"
    r"compliance\b|(?:the |our )?client (?:wants|needs|asks|says)|casting\b|"
    r"(?:also\s+)?(?:can|could) we (?:not|NOT)\b|let'?s not\b|(?:i|we) don'?t want\b|idk\b|"
    r"let it (?:be|feel|stay|breathe)\b|not a story\b)",
    re.IGNORECASE,
)
_LOCK_START = re.compile(
    r"^(?:keep\b|make sure|maintain\b|ensure\b|all shots|every shot|throughout|same\s|use the same)",
    re.IGNORECASE,
)
# "Meet Ines - she runs Crumb on Rue des Martyrs.": an introduction of the cast, not a shot.
_INTRODUCTION = re.compile(
    r"^(?:[A-Z][\w'-]+\s+is\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen)(?:\s+years?\s+old)?$)|"
    r"^(?i:meet|this is|introducing)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?"
    r"(?:\s*(?:[-,:(]|\bwho\b)\s*(?:(?:she|he|they|who)\b)?[^.]*)?$|"
    # "Our victim is Bramble, a cockapoo who came in SO matted": who the film is about
    r"^(?i:our|my|the|today'?s)\s+(?i:victim|star|hero|heroine|model|subject|guest|client|"
    r"customer|pup|puppy|patient|lead|main character)\s+(?i:today\s+|this time\s+)?(?:is|was)\s+"
    # (a description after the name, no one acting: "The model is Zara, walking…" is a picture)
    r"(?![^.]*\b[a-z]{3,}ing\b)[A-Z][\w'-]+(?:\s*,\s*(?i:an?|the|our|my)\s[^.]*)?$"
)
# "Nadia, a night-shift nurse in navy scrubs, and Felix, a busker with a battered trumpet.": who
# is who, said before the shots ("Taco, our dog, sleeps, and Rex, a cat, eats" is a picture)
_WHO_IS_WHO = re.compile(
    r"^[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?,\s+(?:an?|the|our|my|his|her|their)\s+[^.;,]*,?\s+"
    r"and\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?,\s+(?:an?|the|our|my|his|her|their)\s+[^.;,]*$"
)
# "Natural sound from the vows under the whole thing", "Sound: wind, gulls": what is heard.
_SOUND_NOTE = re.compile(
    rf"^(?:{OWN_SOUND}|"
    r"(?:sound|audio|music|sfx|score)\s*:|(?:voice-?over|narrator|narration|vo)\b[^.]*\b(?:throughout|over (?:it|the whole|everything)|low|slow|calm|warm|deep)\b|(?:sound|audio|music|score)\s+\w+$|"
    r"no\s+(?:voice-?over|music|sound|narration|vo)\b|"
    r"(?:just\s+|use\s+)?(?:the\s+|their\s+|our\s+|his\s+|her\s+)?(?:[\w']+\s+){0,3}"
    rf"{OWN_SOUND})",
    re.IGNORECASE,
)
# "its my son's birthday and i want a little fun video to show at the party": the request.
# "Je voudrais une bande-annonce de 30 secondes", "Necesitamos un video de 20 segundos", "Wir
# brauchen einen Clip": the request in the other languages the planner reads.
_ASKS_ABROAD = re.compile(
    r"\b(?:je voudrais|nous voudrions|j'aimerais|nous aimerions|il me faut|il nous faut|quiero|"
    r"queremos|necesito|necesitamos|me gustaría|nos gustaría|ich möchte|wir möchten|ich brauche|"
    r"wir brauchen|wir hätten gern|ich hätte gern|vorrei|vorremmo|ci serve|mi serve|quero|"
    r"queremos|preciso|precisamos|gostaria|gostaríamos|ik wil|wij willen|we willen|ik zoek|"
    r"we zoeken)\b[^.]{0,60}?\b(?:vidéo|video|vídeo|clip|film|filmpje|bande-annonce|spot|reel|"
    r"court-métrage|cortometraje|kurzfilm|cortometraggio|curta)\b",
    re.IGNORECASE,
)
# "Hola, somos la protectora Patitas Felices", "Je suis autrice jeunesse": who writes
_WE_ARE_ABROAD = re.compile(
    r"^(?:(?:hola|bonjour|salut|hallo|ciao|olá|oi|hoi)[\s,!]+)?(?:somos|soy|nous sommes|je suis|"
    r"wir sind|ich bin|siamo|sono|sou|ik ben|wij zijn|we zijn)\b",
    re.IGNORECASE,
)
# "Pinewood Hollow Campsite … wants a one-minute film for our website homepage": so is the
# client's, whoever asks.
_ASKS_FOR_VIDEO = re.compile(
    r"(?:(?:\b(?:i|we)\s+|^(?:just\s+)?)(?:want|need|would like|'d like|wanna|am thinking|"
    r"'m thinking|would love|'d love)|\b(?:wants|needs|would like|would love))\b[^.]{0,40}?"
    r"\b(?:video|vid|clip|film|reel|short|ad|promo|spot|teaser|trailer|piece|edit|montage|opener|"
    r"intro|animation|commercial)\b(?![\s-]+(?:game|camera|call|shop|store|player|tape|roll))",
    re.IGNORECASE,
)
# "Our coach Dave is in it throughout.", "star is biscuit, my beagle.": who is in the film.
_CAST_NOTE = re.compile(
    # ("Star jumps", "Stars over the bay": the word's own pictures, not who stars)
    r"^(?:(?:the\s+)?star(?:s|ring)?\s*(?:is|are|=|:|-)?\s+(?!jumps?\b|over\b|in the sky\b|"
    r"twinkl|shin|fill|com)[\w'-]+(?:\s+[\w'-]+)?(?:,\s*[^.]*)?$|"
    r"(?:[\w'-]+\s+){1,3}(?:is|are|appears?|stays?|features?)\s+(?:in\s+(?:it|this|them)\s+)?"
    r"(?:throughout|in every shot|in all (?:the )?shots|in each shot|the whole (?:time|way)|"
    r"all the way through|from start to finish)\b[^.]*$|"
    # "Names are Priya and Tom, wedding was Sat 14 Sept 2024 at Hollins Barn": who, for the cast
    r"(?:the\s+|their\s+|our\s+)?names?\s+(?:are|is|=|:)\s+[A-Z][\w'-]+(?:\s+(?:and|&)\s+[A-Z][\w'-]+)?\b[^.]*$)",
    re.IGNORECASE,
)
# "Make it fun and colorful", "Keep it light": how the whole film should feel.
_WHOLE_FILM = re.compile(
    r"^(?:(?:make|keep|have)\s+(?:it|this|the\s+(?:video|film|whole thing|vibe|mood))|"
    r"(?:it|everything|it all|the whole thing|the (?:video|film|piece|edit))\s+(?:should|must|"
    r"needs? to|has to|feels?)|(?:the\s+)?(?:vibe|mood|tone|feel|idea|concept|goal|plan)\s+"
    r"(?:is|should|here)|so the idea|(?:everything|it all|all of it|the world)\s+(?:is\s+)?"
    r"(?:made|built|crafted)\s+(?:of|from|out of)|(?:jerky|handmade|hand-made|stop-motion)\s+"
    r"(?:movement|motion|animation|look|feel))\b",
    re.IGNORECASE,
)
# "Best, / Karen", "Cheers", "Thanks!": how an email ends.
_SIGN_OFF = re.compile(
    r"^(?i:with best wishes|with kind regards|with thanks|with love|mit freundlichen grüßen|"
    r"freundliche grüße|beste grüße|herzliche grüße|cordiali saluti|distinti saluti|atentamente|"
    r"un abrazo|abraços|atenciosamente|cumprimentos|bien à vous|bien cordialement|amitiés|"
    r"best|best wishes|all the best|many thanks|thanks so much|thanks a lot|cheers|thanks|"
    r"thank you(?: so much| very much)?|thanks very much|thx|ty|regards|kind regards|best regards|warm regards|warmly|sincerely|"
    r"yours(?: sincerely| truly)?|speak soon|talk soon|xx?|ta|done|that's it|that's all|"
    r"gracias|muchas gracias|saludos|un saludo|merci|merci beaucoup|cordialement|bises|danke|"
    r"vielen dank|viele grüße|liebe grüße|mfg|grazie|grazie mille|obrigad[oa]|bedankt|"
    r"groetjes|met vriendelijke groet)\b"
    r"\s*[,!.]*(?:\s+[A-Z][\w'-]+)?$"
)
# "Hi team,", "Hey!!", "Hola!", "Dear Sam,": how a message opens.
_GREETING = re.compile(
    r"^(?i:liebe|lieber|liebes|sehr geehrte|sehr geehrter|chers|chères|cher|chère|cari|care|caro|"
    r"cara|querid[oa]s?|estimad[oa]s?|prezad[oa]s?|beste|hi|hiya|hello|hey|heya|hola|bonjour|"
    r"salut|hallo|ciao|olá|oi|hoi|dear|buongiorno|buonasera|buenos días|buenos dias|"
    r"buenas|bom dia|boa tarde|goedemorgen|goedendag|guten tag|guten morgen|moin|servus|"
    r"dzień dobry|dobrý den|hej|hei|god dag|grüezi|gruezi|"
    r"good morning|good afternoon|hope you're well|hope you are well|hope all is well|"
    r"hope you're doing well)\b[^.!?]{0,25}[,!.]*$"
    # a bare "Morning," greets; "Morning light on the shop front." is a picture
    r"|^(?i:morning)(?:\s+(?:(?i:all|team|everyone|guys|folks|there|both)|(?-i:[A-Z][\w'-]+)))?"
    r"\s*[,!.]*$"
)
# Talk to the person making the video, not a picture in it: "Following our call on Tuesday,
# here's the brief for …", "not sure, whatever feels right", "I guess you can't film a smell".
_CHATTER = re.compile(
    r"^(?:(?:ok(?:ay)?|so|right|well|oh|and|but)[\s,]+)*(?:following (?:up\s+(?:on|from)\s+)?(?:our|your|the|my) (?:call|chat|meeting|conversation|email)|"
    r"as (?:discussed|promised|mentioned)|here(?:'s| is| are) (?:the|our|my|a) (?:brief|idea|plan)|"
    r"(?:it's|this is|that's|its|this'll be) (?:for|going on|going to) (?:the|our|my|a|an|his|her)\b|"
    # "It's for Meeple & Mug, our board game café.": who it is for, by name
    r"(?:it's|this is|its|it is) for (?-i:[A-Z])[\w'&-]*(?:\s+(?:&|and|(?-i:[A-Z])[\w'-]*))*"
    r"(?:,\s+(?:our|my|a|an|the)\s+[^.!?]{0,60})?[.!]?$|"
    # "its Kaz from Strike City Lanes", "this is Donal from Carlingford Bay Oysters": who writes
    # (a short line only: a voice note said in one breath goes on to its shots)
    r"(?:it's|its|it is|this is|i'm|im|i am)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s+(?:from|here)\b"
    r"(?=[^.!?]{0,60}[.!?]?$)|"
    # "…our volunteers want to get on TikTok lol so here goes": the writer starting
    r".{0,200}\b(?:so\s+)?here (?:goes|we go)\b[.!\s]*$|"
    # "My name is Bernadette and I'm the Activities Coordinator at Willowbank House, …"
    r"my name(?:'s| is)\s+[A-Z][\w'-]+\b(?=[^.!?]{0,120}[.!?]?$)|"
    # "I'll cut a landscape one myself", "we'll do square cutdowns ourselves": their own version
    r"(?:i'?ll|ill|we'?ll|i will|we will)\s+(?:\w+\s+){0,2}?(?:cut|make|do|edit|crop|reframe)\s+"
    r"[^.!?]{0,40}\b(?:myself|ourselves)\b|"
    r"not sure\b|whatever (?:feels|works|you think)|(?:i|we) guess\b|honestly\b|"
    r"let me know|any questions|hope (?:you're|you are|all is|that)|"
    r"(?:that's|thats|which is) (?:the (?:whole )?(?:vibe|idea|point|dream)|all|it)\b|"
    r"you can't (?:film|shoot|see)|no rush|asap|if (?:possible|you can|that works)|"
    r"(?:sorry|apologies)\b|fingers crossed|can't wait|nothing (?:fancy|too \w+|special|big)\b|"
    r"keep it (?:simple|short|light|clean)\b|"
    # "sub pls 🙏", "like and subscribe": the vlogger's sign-off
    r"sub(?:scribe)?\s+(?:pls|plz|please)\b|like (?:and|&) subscribe\b|smash (?:that|the) \w+ button\b|"
    # "Lisbon ep", "Part 3": the episode the video is
    r"(?:[\w'-]+\s+){0,3}(?:ep|episode|pt|part|vol)\.?(?:\s*\d+)?\s*$|"
    r"(?:this|the) (?:e-?mail|message)\b[^.]{0,60}\b(?:confidential|intended (?:only )?for)\b|"
    r"(?:if you (?:have )?received this|please consider the environment|sent from my)\b|"
    r"(?:something|nothing|anything)\s+(?:\w+\s+){0,2}(?:warm|cosy|cozy|fun|simple|fancy|moody|"
    r"bright|calm|upbeat|chill|cute|elegant|classy|clean|minimal|bold|quirky|playful|dreamy|epic|"
    r"cinematic|nice|lovely|pretty|sweet|gentle|happy|punchy)\b(?:\s+and\s+\w+)?\s*$|"
    r"for (?:the|our|my|a|an)\b[^,.]{0,40}\b(?:thing|stuff|page|account|campaign|event|sale|"
    r"website|site|socials)\s*$)",
    re.IGNORECASE,
)
# The document and the crew, not the film: "TREATMENT v3 - for client approval", "a rough shot
# plan I can hand my second shooter", "Venue is Ashcombe Barn", "Working title: 'The Hedge'".
_PAPERWORK = re.compile(
    r"\b(?:shot ?(?:plan|list)s?\b(?!\s*:)|second shooter|(?:for|pending|needs?)\s+(?:client\s+)?"
    r"(?:approval|sign-?off|review|feedback)\b|treatment\s+v?\d|revert with|\bby cob\b|"
    r"working title|job (?:no|number|#)|(?:timecoded\s+)?outline from\b|from our \w+ team\b|(?:first|second|third|next) pass\b|see below|"
    r"sounds good|go with \w+'s (?:version|cut|edit|idea)|can we lock|lock it (?:today|in)|"
    r"^(?:the\s+)?(?:venue|location|shoot date|date|deadline)\s+"
    r"(?:is|will be|=)\s|"
    # an email's header lines and its asks of the agency: "From: Communications Team",
    # "Re: Video - …", "Please find requirements below", "Content (in this order):"
    r"^(?:from|to|cc|bcc|re|fwd?|subject|date|sent|attn|objective|distribution|client|"
    r"agency|project|deliverables?|legal|budget(?: guide)?)\s*:|"
    r"\bplease find\b|\b(?:requirements|details|specs?) (?:are )?(?:below|attached|as follows)\b|"
    # "What I'm imagining (30-ish secs, normal landscape shape, it's for YouTube):" over a list
    r"^(?:so\s+)?(?:what|here'?s what) (?:i'?m|we'?re|i am|we are|i'?d|we'?d) (?:imagining|picturing|"
    r"thinking(?: of)?|envisaging|envisioning|after|going for|hoping for|like|love)\b[^.!?]*:$|"
    # "Plain text because our email strips tables, sorry!": the message's own layout
    r"^(?:(?:this is |it'?s |sent |written )?in )?plain text\b|sorry (?:about|for) the (?:format|formatting|"
    r"layout)|\b(?:email|e-mail|outlook|gmail|teams|slack) (?:strips|breaks|mangles|ruins|kills|eats)\b|"
    # "UNIVERSITY MEDIA SERVICES - FILMING REQUEST FORM": the form, not the film
    r"^[^.!?]{0,60}\b(?:request|booking|application|enquiry|inquiry|order|intake|commission(?:ing)?) "
    r"form\s*$|"
    # "Pasting the sheet below", "copied our storyboard in", "attaching the rows": the brief's
    # own handling, not a picture
    r"^(?:(?:i'?m|i am|we'?re|we are|just)\s+)?(?:pasting|pasted|copying|copied|attaching|"
    r"sharing)\s+(?:in\s+)?(?:the|our|my|a|this)?\s*(?:\w+\s+){0,2}?(?:sheet|spreadsheet|shot ?list|"
    r"list|table|rows|storyboard|doc|document|notes|brief|csv|export|(?:google|excel|call) sheet)\b|"
    r"^(?:content|contents|sequence|sequences|running order|order|the shots)"
    r"(?:\s*\((?:in )?(?:this|the following) order\))?\s*:?$|"
    r"\bin the order stated\b|\bshall comprise\b|\bfollowing sign-?off\b)",
    re.IGNORECASE,
)


# A letterhead: an organisation's name in capitals, its department after a dash
_LETTERHEAD = re.compile(
    r"[A-Z][A-Z'&.]+(?:\s+[A-Z][A-Z'&.]+){1,6}\s*(?:[-|:,]\s*[A-Z][\w'&]*(?:\s+[A-Z&][\w'&]*){0,4})?"
)
# "Brief: 'Leave It As You Found It' public information film": a title and what kind of video
_NAMES_THE_FILM = re.compile(
    r"(?i:(?:brief|title|working title|film|video|project)\s*:\s*)?\"[^\"]{2,80}\"\s*[-,:]?\s*"
    r"(?:(?:an?|the|our)\s+)?(?:[\w-]+\s+){0,3}(?i:film|video|advert|ad|spot|promo|psa|"
    r"documentary|short|trailer|teaser|campaign)\.?"
)
# "COLD OPEN - Ep 3 "What the River Carries" (Undercurrent, series 2)", "TEASER - The Long
# Field": the brief's first line says what the video is and what it is called
FORMAT_HEADING = re.compile(
    r"^(?i:cold open|teaser|trailer|promo|sizzle|opener|intro|ident|sting|spot|tvc|recap|"
    r"episode|ep\.?)(?:\s+\d{1,3})?\s*[-–—:|]\s*"
    r"(?:(?i:ep(?:isode)?\.?\s*\d{1,3})\b(?:\s*[-:]?\s*\"[^\"]{2,80}\")?(?:\s*\([^)]{1,60}\))?|"
    r"\"[^\"]{2,80}\"(?:\s*\([^)]{1,60}\))?|"
    # or a title in capitals: every word from a capital, small words between
    r"(?:[A-Z0-9][\w'&.-]*|of|the|and|in|on|at|to|a|an|for|from|with)"
    r"(?:\s+(?:[A-Z0-9][\w'&.-]*|of|the|and|in|on|at|to|a|an|for|from|with)){0,8}"
    r"(?:\s*\([^)]{1,60}\))?)$"
)
# "Title: Paws & Suds dog grooming", the brief's first line (not "Title card:")
FILM_TITLE = re.compile(
    r"^(?:(?:video|film|project)\s+)?title\s*[:\-–]\s*(?P<title>[^\n]{2,80}?)\s*\.?$", re.IGNORECASE
)
# "Casa Almendra - a twelve-room hotel on the cliffs above Deià": who is asking, not a picture
_WHO_WE_ARE = re.compile(
    r"^[A-Z][\w'&]+(?:\s+[A-Z][\w'&]+){0,3}\s*(?:-|–|—|,)\s*(?:an?|the|our)\s+(?:[\w-]+\s+){0,3}"
    r"(?:hotel|bakery|shop|caf[eé]|restaurant|studio|brewery|gym|salon|school|company|agency|"
    r"firm|farm|winery|store|boutique|clinic|practice|museum|gallery|charity|band|label|b&b|"
    r"guesthouse|inn|bar|pub|distillery|dealership|startup|brand|eau de parfum|eau de toilette|"
    r"fragrance|perfume)\b"
    # "Bramble, a bakery in Leeds" is who writes; "Taco, our shop dog, sleeps by the till" is
    # someone in the picture: the appositive ends, and a verb follows it
    r"(?!\s+[a-z]+,\s+(?:[a-z]+ly\s+)?[a-z]+s\b)",
)


def _paperwork(text: str) -> bool:
    """About the document or the crew; words in quotes are on screen ("Needs review: …")."""
    return bool(_PAPERWORK.search(re.sub(r'"[^"]*"', " ", text)))


_SIGNATURE = re.compile(r"^[A-Z][a-z]+\.?$")  # "Karen", after "Best,"
# The message's last line, after a blank one and a line that is no list item: "- Luca"
_DASH_SIGNED = re.compile(
    # (or with no blank line, under a sentence that ends the message: "…exact please!!")
    r"(?:^|\n)[ \t]*(?![-*•–—~]|\d+[.)])[^\n]*(?:\S[^\n]*\n[ \t]*\n|[.!?][ \t]*\n)[ \t]*(?P<sign>[-–—~])[ \t]*"
    r"(?P<name>[A-Z][a-zà-ÿ'-]+(?:[ \t]+[A-Z][a-zà-ÿ'-]+)?)[ \t]*(?:\([^()\n]{1,60}\))?"
    # "- Jess, senior keeper", "- Tom, Harbour Bakes": the name and the writer's role or place
    r"(?:[ \t]*,[ \t]*(?P<role>(?:[a-z]+[ \t]+){0,3}(?:keeper|manager|director|owner|founder|"
    r"producer|co-?ordinator|officer|lead|head|chef|teacher|coach|ceo|cmo|assistant|intern|"
    r"comms|team|volunteer|organi[sz]er|editor|designer|photographer|videographer|secretary|"
    r"chair|president|partner|curator|ranger|captain|manageress)|(?:[A-Z][\w'&.-]*[ \t]*){1,4}))?"
    r"[ \t]*\.?\s*$"
)
# "for a climbing gym's YouTube channel", "for our client": who the video is for.
_FOR_WHOM = re.compile(
    # ("can u do one for the bake sale on friday??": the request, what is asked left out)
    r"^(?:one\s+|it\s+|this\s+)?for\s+(?:an?|the|our|my|their|his|her)\s+[^,]*\b(?:channel|account|page|feed|client|"
    r"clients|customers|audience|followers|subscribers|campaign|launch|website|site|brand|"
    r"newsletter|socials|stories|story|reel|reels|ads?)\b",
    re.IGNORECASE,
)
CONNECTORS = re.compile(
    r"^(?:so start with|so start on|so open on|so open with|so first|so begin with|"
    r"and then|and end on|and end with|and finally|and at the end|at the end|in the end|"
    r"in finish|to finish|finish with|finish on|close with|first we see|then we see|we see|"
    r"oh and maybe|and maybe|maybe|oh and|"
    r"we open on|we open with|we cut to|we end on|we end with|we close on|we finish on|"
    # ("first dance", "last light": the thing itself, not the order)
    r"we start on|we start with|we go to|we move to|first(?!\s+(?:dance|kiss|light|snow|day|date|"
    r"look|steps?|bite|sip|birthday|place|aid|edition|class|team|prize|responders?)\b)|and|then|open on|"
    r"opening on|open with|"
    r"opens on|start on|start with|starts with|begin with|begin on|end on|end with|ending on|"
    r"ending with|ends on|ends with|finally|followed by|cut to|next|after that|later|meanwhile|"
    r"the (?:first|last|final|next|end) (?:bit|shot|scene|part|image) (?:is|would be|will be)|"
    r"lastly|last(?!\s+(?:light|orders|dance|kiss|train|bus|ferry|sailing|supper|post|"
    r"customer|call|bite|drop|leaf|snow)\b)|depois|primeiro|no fim|por fim|então|luego|después|primero|al final|"
    r"zuerst|danach|zum schluss|puis|ensuite|d'abord|enfin|poi|dopo|alla fine)\b[\s,]*",
    re.IGNORECASE,
)
JUMP_WORDS: tuple[str, ...] = (
    "flashback",
    "cut to",
    "meanwhile",
    "later",
    "years ago",
    "years later",
    "memory",
    "elsewhere",
    "the next day",
    "that night",
)
_AT_THE_END = re.compile(r"\b(?:at the (?:very )?end|to finish|to close|last)\b[\s,.!]*", re.I)
END_CUES = re.compile(
    r"^(?:and\s+)?(?:end(?:s|ing)?\s+(?:on|with)|finally|final shot|last shot|closing)\b",
    re.IGNORECASE,
)
_CONTINUING = re.compile(
    # "CONTINUOUS - push through the glass - …": a screenplay's action carried over the cut
    r"^continuous\s*[-–—:]\s*|"
    r"(?:^|[\s,])(?:(?:the\s+)?same take(?:\s+continues)?|continuing|continues|continued|"
    r"still moving|without a cut|in one motion|without cutting|in one take|no cut)"
    r"(?=[\s,.]|$)[,\s]*",
    re.IGNORECASE,
)
_INTERJECTIONS = re.compile(r"[\s,]+(?:lol|haha|lmao|pls|please|thx|thanks|:\)|!+)\s*$", re.I)
REQUEST = re.compile(
    r"^(?:(?:also|and|plus|then)\s+)?(?:(?:can you|could you|please|pls)\s+)?(?:(?:i|we)\s+(?:need|want|would like)\s+|"
    r"need\s+|make me\s+|make us\s+|give me\s+|create\s+|(?:i|we)'d like\s+|"
    r"(?:i|we)(?:'m| am|'re| are)\s+(?:looking for|after|making|doing|shooting)\s+|"
    r"show(?:\s+me|\s+us)?\s+(?=the|a|an|our|some)|we see\s+)(?:like\s+)?",
    re.IGNORECASE,
)

# --- verbs, for telling a clause from a noun phrase -----------------------------------------

_COMMON_VERBS = verb_forms(
    "be", "stand", "sit", "lie", "look", "watch", "see", "stare", "gaze", "smile", "laugh",
    "cry", "nod", "wait", "turn", "move", "rise", "set", "shine", "glow", "fade", "appear",
    "disappear", "reveal", "show", "hold", "cool", "cross", "circle", "swarm", "taste", "eat",
    "drink", "close", "switch", "stop", "start", "begin", "end", "take", "give", "make", "grow",
    "bloom", "float", "fly", "soar", "glide", "drift", "hover", "sway", "shake", "tremble",
    "sparkle", "glitter", "blink", "sound", "sing", "read", "write", "draw", "hang", "lean",
    "rest", "sleep", "wake", "breathe", "kiss", "meet", "greet", "pass", "follow", "lead",
    "pick", "fill", "empty", "mix", "whisk", "beat", "cut", "peel", "bake", "cook", "fry",
    "boil", "serve", "wear", "pack", "unpack", "load", "unload", "deliver", "check", "scroll",
    "click", "zoom", "count", "tick", "return", "arrive", "leave", "enter", "exit", "go",
    "come", "assemble", "lunge", "sit", "lift", "fill", "sets", "frame", "emerge", "wander",
    "gather", "hide", "search", "find", "open", "light", "catch", "float", "lip-sync",
    "slip", "grin", "wave", "wink", "shrug", "sigh", "yawn", "hug", "chalk", "dust", "sprinkle",
    "brush", "wipe", "tie", "untie", "button", "zip", "adjust", "glance", "blow", "taste", "sip",
)  # fmt: skip
_FINITE = frozenset(
    w
    for w in (*_COMMON_VERBS, *HUMAN_MOTION_VERBS, *PHYSICS_VERBS)
    if w.endswith(("s", "ed")) and not w.endswith("ss")
) | {"is", "are", "was", "were", "has", "have", "goes", "go", "comes", "come", "does"}
_VISIBLE_NOUNS: tuple[str, ...] = (*PERSON_NOUNS, *GROUP_NOUNS, *ANIMAL_NOUNS, *LANDSCAPE_WORDS)
_PICTURE_NOUNS: tuple[str, ...] = (
    *PERSON_NOUNS,
    *GROUP_NOUNS,
    *ANIMAL_NOUNS,
    *BODY_PARTS,
    *LANDSCAPE_WORDS,
    *ARCHITECTURE_WORDS,
    *OBJECT_NOUNS,
    *(w for _, words in PRODUCT_KINDS for w in words),
    *(w for w in PHYSICS_WORDS if not w.endswith(("ing", "ed"))),
    *TYPOGRAPHY_WORDS,
)
_DETERMINERS = [
    "a",
    "an",
    "the",
    "her",
    "his",
    "their",
    "its",
    "our",
    "my",
    "one",
    "two",
    "three",
    "four",
    "some",
    "several",
    "each",
    "this",
    "that",
    "these",
    "those",
    "le",
    "la",
    "les",
    "un",
    "une",
    "des",
    "el",
    "los",
    "las",
    "una",
    "uno",
    "der",
    "die",
    "das",
    "ein",
    "eine",
    "il",
    "lo",
    "gli",
]
_SUBJECT_OPENERS = re.compile(
    r"^(?:a|an|the|her|his|their|its|our|my|one|two|three|some|several|[A-Z][\w'-]+)\b"
)
_PREPOSITION_START = re.compile(
    r"^(?:on|in|at|by|under|over|beside|next to|being|sitting|resting|standing|lying|held|"
    r"placed|floating|[a-z]+ing)\b",
    re.IGNORECASE,
)


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_][\w'’-]*", text.lower())


_META_VOCAB = frozenset(
    [
        *FORMAT_NOUNS,
        *NUMBER_WORDS,
        *_PLATFORM_WORDS.split(),
        *_ASPECT_WORDS.split(),
        *_TALK_WORDS.split(),
        *(w for s in STYLE_WORDS for w in s.split()),
        *(w for lang in LANGUAGES for w in (*lang.numbers, *lang.seconds, *lang.minutes)),
        *(w for lang in LANGUAGES for w in (*lang.shots, *lang.stopwords, *lang.each)),
        *[
            "for",
            "with",
            "and",
            "or",
            "but",
            "as",
            "to",
            "in",
            "on",
            "at",
            "by",
            "from",
            "into",
            "the",
            "a",
            "an",
        ],
        *[
            "single",
            "continuous",
            "separate",
            "same",
            "identical",
            "every",
            "across",
            "each",
            "throughout",
        ],
        *[
            "s",
            "sec",
            "secs",
            "second",
            "seconds",
            "min",
            "mins",
            "minute",
            "minutes",
            "long",
            "length",
            "macro",
            "handheld",
        ],
        *[
            "static",
            "cinematic",
            "above",
            "overhead",
            "aerial",
            "drone",
            "wide",
            "close-up",
            "closeup",
            "close",
            "medium",
        ],
        *[
            "insert",
            "angle",
            "view",
            "slow-motion",
            "slow",
            "motion",
            "backlit",
            "establishing",
            "tracking",
            "pov",
        ],
        *[
            "top-down",
            "footage",
            "camera",
            "lens",
            "move",
            "moves",
            "movement",
            "framing",
            "grain",
            "push-in",
            "pull-out",
        ],
        *[
            "pan",
            "pans",
            "tilt",
            "orbit",
            "dolly",
            "tracking",
            "locked-off",
            "tripod",
            "zoom",
            "steady",
            "steadicam",
        ],
    ]
)


# "she crosses the square", "pigeons in the empty square": a place, not the frame
_A_SQUARE_PLACE = re.compile(
    r"(?<!make it )(?<!as )(?<!to )(?<!into )"
    r"\b(?P<before>(?:the|town|city|market|village|main|empty)\s+)"
    r"square\b(?!\s*(?:format|video|clip|crop|post|version|frame|aspect|ratio|cut|edit|one|reel|"
    r"size|shape)\b)",
    re.IGNORECASE,
)


def content_words(text: str) -> list[str]:
    """Words that may carry a picture: everything but meta talk, numbers and small words."""
    text = LOOK_SUFFIX.sub("", re.sub(r'"[^"]*"', " ", text))
    text = _A_SQUARE_PLACE.sub(r"\g<before>plaza", text)
    return [
        w
        for w in _words(text)
        if w not in _META_VOCAB and w.rstrip("'s") not in _META_VOCAB and len(w) > 1
    ]


def has_picture(text: str) -> bool:
    """Something to see: a known picture noun, quoted words on screen, or any content word."""
    return (
        bool(re.search(r'"[^"]+"', text))
        or has_any(text, _PICTURE_NOUNS)
        # "Last shot me tasting it and nodding": the person writing, in the picture
        # ("me again watching the fleet", "us too, dancing")
        or re.search(
            r"\b(?:me|myself|us)\s+(?:(?:again|too|also|then|later|now|\w+ly)[,\s]+)?[a-z]{3,}ing\b",
            text,
            re.I,
        )
        is not None
    )


# Format nouns that are also things to see: "a lantern swings on a post", "the spot where".
_PICTURE_TOO = frozenset(
    [
        "post",
        "story",
        "spot",
        "short",
        "loop",
        "scene",
        "sequence",
        "series",
        "segment",
        "doc",
        "preview",
        "footage",
        "shot",
        "shots",
    ]
)
_SURE_FORMATS = tuple(f for f in FORMAT_NOUNS if f not in _PICTURE_TOO)


# What a number counts when it is about the video, not in the picture ("4 shots", "2 versions")
_VIDEO_COUNTED = (
    r"(?:shot|clip|scene|cut|take|version|video|film|reel|post|second|sec|minute|min|hour|hr|"
    r"day|week|month|year|frame|word|language|edit|format|option|idea|variation|variant|"
    r"episode|part|slide|page|tier|credit|dollar|pound|euro|quid|buck|grand|ad|spot|"
    r"deliverable|size|ratio|step|point|time|line|revision|round|weekend|night|morning|season|"
    r"session|subscriber|follower|view|like|member|employee|customer|guest|kid|store|shop|"
    r"branch|location|site|office|countr|cit|stor|person|people|child|children|staff)"
    r"(?:s|es|ies|y)?"
)


def _strong_meta(text: str) -> bool:
    # "Our boss, Nia, opens the doors": the boss named is in the picture ("our boss wants…" is
    # talk about the video, below; "our brand, Oatly," and "my editor, Sam," stay so)
    text = re.sub(
        r"^(?:[Oo]ur|[Mm]y)\s+boss,\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?,\s+(?=[a-z]+s\b)",
        "someone ",
        text,
    )
    # A time of day is in the picture ("unlocking the doors at 7am"), not about the video.
    lowered = re.sub(
        r"\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\b\d{1,2}:\d{2}\b|\([^)]*\)|\b[a-z][a-z0-9]*-\d+\b",
        " ",
        text.lower(),
    )  # "at 7am", "DOT (70s, curlers)": in the picture, not about the video
    lowered = re.sub(r'"[^"]*"', " ", lowered)  # quoted words are on screen: "7h-13h"
    lowered = re.sub(r"\b(?:19|20)?\d0s\b", " ", lowered)  # "a full 70s disco outfit": an era
    # "Blend 4 plum tomatoes", "2 cups of rice": how many things are in the picture
    lowered = re.sub(
        r"\b\d{1,2}\s+(?:[a-z-]+\s+){0,2}?(?!"
        + _VIDEO_COUNTED
        + r"\b)(?:[a-z-]+s\b|(?<=1 )[a-z-]+)",
        " things ",
        lowered,
    )
    # "Westfield 3 - 2 Harrow": a match's score, on screen
    lowered = re.sub(
        r"\b[a-z]{3,} \d{1,2}\s*[-–]\s*\d{1,2} (?!s\b|secs?\b|seconds?\b|mins?\b|minutes?\b)[a-z]{3,}",
        " ",
        lowered,
    )
    # "a tractor pulling a trailer", "the horse trailer": a trailer on the road, not a film's
    lowered = re.sub(
        r"\b(?:pull\w*|tow\w*|hitch\w*|horse|tractor|camper|car|truck|boat)\s+(?:an?\s+|the\s+)?"
        r"trailers?\b",
        " vehicle ",
        lowered,
    )
    # "my bench with pliers", "our skipper, Harriet": things and people in the picture
    lowered = re.sub(
        r"\b(?:our|my|your)\s+(?!client|brand(?! name)|team|budget|company|business|website|site|channel|"
        r"page|account|audience|customers|followers|boss|agency|campaign|deadline|video|film|"
        r"ad|promo|spot|clip|reel|edit|idea|plan|brief|launch|socials|feed|story|stories)[a-z][\w'-]*",
        " ",  # (the whole word: "our PI" left "i", read as the writer)
        lowered,
    )
    lowered = _A_SQUARE_PLACE.sub(r"\g<before>plaza", lowered)  # "crosses the square": a place
    # "walks towards us", "looks straight at us": the camera, where the viewer stands
    lowered = re.sub(
        r"\b(?:walks?|walking|runs?|running|comes?|coming|heads?|heading|moves?|moving|drives?|"
        r"driving|rides?|riding|cross(?:es|ing)?|swims?|swimming|looks?|looking|stares?|staring|"
        r"smiles?|smiling|waves?|waving|steps?|stepping)(?:\s+[\w'-]+){0,4}?\s+"
        r"(?:towards?|at|past)\s+us\b",
        " moving to camera ",
        lowered,
    )
    return bool(
        re.search(
            r"\d|\b(?:i|we|our|my|me|us|you|your|budget|tier|thanks|hello|hi|hey|tiktok|"
            r"youtube|instagram|reels?|linkedin|vertical|horizontal|square)\b",
            lowered,
        )
        or has_any(lowered, _SURE_FORMATS)
    )


_SOUND = re.compile(
    # "the score across the bottom: Westfield 3 - 2 Harrow" is the match's score, on screen
    r"\b(?:music|song(?!\s+(?:title|name))|soundtrack|(?<!final )(?<!match )score(?!\s+(?:across|on|at|along|in the "
    r"corner|line|board|bug|\d))|audio|sound design|sfx|voice-?over|narration|melody|"
    r"jingle|playlist|beat drops?)\b",
    re.IGNORECASE,
)
_PROHIBITION = re.compile(
    r"(?:^|[-:;,]\s*)(?:but\s+)?(?:no|never|don't show|do not show|avoid)\s+(?:faces|close-ups?|"
    r"logos?|text|people|music|branding|kids|children|brand names?|blood|gore|nudity)\b",
    re.IGNORECASE,
)
_WE_SAY = re.compile(
    r"^(?:(?:so|ok|okay|well|hiya|hi|hey|and)[\s,]+)*(?:we(?:'re| are| have|'ve| will|'ll)?|i(?:'m| am| have|'ve)?|our team|my team)\s+"
    r"(?!see\b|watch\b|hear\b|follow\b|meet\b|find\b|open\b|cut\b|fade\b)",
    re.IGNORECASE,
)
# "I lift the card and blow on it gently": the writer in the picture, doing something with a
# thing (not "I run a bakery", "we open at 8", "I love it")
_I_ACT = re.compile(
    r"^(?:i|we)\s+(?P<verb>[a-z]+)\s+(?:the|my|our|a|an|it|them|his|her|up|down|out|over|off|"
    r"into|onto|through|across)\b(?!\s+(?:small|little|family|local|shop|business|bakery|"
    r"caf[eé]|studio|company|restaurant|doors?\b))",
    re.IGNORECASE,
)


def _writer_acts(text: str) -> bool:
    m = _I_ACT.match(text)
    return (
        bool(m)
        and m["verb"].lower() in HUMAN_MOTION_VERBS
        and m["verb"].lower() not in ("run", "runs")
    )


# "Sarah felt strongly that we shouldn't show needles": talk among the team.
_THEY_SAID = re.compile(
    r"^(?!(?:One|Two|He|She|They|It|The|A|An|Someone|Everyone)\b)(?:[A-Z][\w'-]+|the client|"
    r"our client|legal|the team)\s+(?:felt|thinks|thought|suggested|suggests|mentioned|prefers|"
    r"preferred|agreed|noted|feels strongly)\b"
)
# "She wants it shorter", "the client would like it brighter": the film, as someone wants it
_WANTS_IT = re.compile(
    r"^(?:he|she|they|the client|(?:my|our|the) boss)\s+(?:wants|would like|'d like|"
    r"prefers|needs)\s+it\s+(?:a\s+(?:bit|lot|little)\s+|much\s+)?(?:shorter|longer|punchier|"
    r"snappier|tighter|slicker|faster-paced)\b[^.!?]*[.!]?$",
    re.IGNORECASE,
)
# Who writes and who watches, not what is seen: "Founder here (Jess)", "Callum from Two Swans
# Films here", "Customer Education team", "Most of our customers find us on Instagram", "The
# label are calling it a 'mood piece'", "Captions burned in", "Every spoken word captioned".
_ABOUT_US = re.compile(
    r"^[\w\s'&.-]{1,40}?\s+(?:here|hier|aqui|ici|qui)\s*(?:\([^)]*\))?\s*[.!,]?$|"
    r"^(?:the\s+)?[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,3}\s+team\s*[.!]?$|"
    r"^(?:most|all|many|some|half|a lot)\s+of\s+(?:our|my|the)\s+(?:customers|clients|followers|"
    r"audience|members|viewers|buyers|guests|patients|students|subscribers)\b|"
    r"^(?:our|my)\s+(?:customers|clients|followers|audience|viewers|subscribers)\s+(?:are|love|find|"
    r"like|want|come|know)\b|"
    r"^[\w\s'-]{1,30}\b(?:are|is|were|keep)\s+calling\s+(?:it|this|the\s+(?:video|film|track|song))\b|"
    r"^(?:[\w-]+\s+){0,3}(?:captions?|subtitles?)\s+(?:burned|burnt|baked|on|in|throughout)\b[^\"]*$|"
    r"^(?:every|all|any)\s+(?:spoken\s+)?(?:words?|lines?|dialogue|speech)\s+(?:captioned|subtitled)\b[^\"]*$",
    re.IGNORECASE,
)
_EVERY_LABEL = re.compile(
    r"^(?:each|every)\s+[\w-]+\s+(?:needs|has|gets|should have|must have|wants)\s+(?:its|a|their|"
    r"the)\s+(?:own\s+)?(?:label|title|caption|name|number|heading)\b",
    re.IGNORECASE,
)
_A_CARD_EACH = re.compile(
    r"(?:^|\b)(?:one\s+\w+\s+)?at a time,?\s+(?:with|and)\s+(?:its|their)\s+(?:name|title|price|label)s?\b",
    re.IGNORECASE,
)
_WHOLE_CAMERA = re.compile(
    r"^(?:all|everything|every shot|the whole (?:thing|film|video|piece))\s+(?:shot\s+)?(?:on\s+)?"
    r"(?:a\s+)?(?:handheld|hand-held|locked[- ]off|static|on a tripod|tripod|steadicam|gimbal)\b"
    r"[^.!?]*[.!]?$",
    re.IGNORECASE,
)
# "Hi all, Graham here, club secretary at …": who writes, introduced mid-greeting
_HERE_INTRO = re.compile(r"(?:^|[,!.]\s*)[A-Z][\w'-]+\s+here\s*,\s*(?:the\s+|our\s+)?[a-z]")
_LOOK_NOUN_END = re.compile(
    r"^[\w\s,'&-]{1,40}\b(?:feel|vibe|vibes|look|style|aesthetic|energy|mood|tone)\W*$", re.I
)


_LOOK_REFERENCE = re.compile(
    r"^(?:(?:shot|filmed)\s+)?(?:like|as in|in the style of|inspired by|reminiscent of|think|"
    r"a la|à la|on)\s+\S",
    re.IGNORECASE,
)
_LIGHT_PHRASE = re.compile(r"^(?:[\w-]+\s+){0,2}(?:light|lighting|sky|skies|weather)$", re.I)
# "gentle sound of water", "ambient audio": what is heard, said beside the look.
_SOUND_PHRASE = re.compile(
    r"^(?:[\w-]+\s+){0,2}(?:sounds?|audio|ambience|silence)(?:\s+of\s+(?:[\w-]+\s*){1,3})?$", re.I
)


def is_look(text: str) -> bool:
    """A sentence that only says how the film looks or sounds: "Moody, blue-grey palette, with
    ambient sound.", "Muted palette, overcast light, like a Dutch painting." Colours count as
    look words only next to a look noun or a mood word, so "A red balloon." stays a picture."""
    parts = split_top_level(text.strip().rstrip(".!"), ",")
    if len(parts) > 1:
        looks = [p for p in parts if _look_words(p)]
        others = [p for p in parts if not _look_words(p)]
        return bool(looks) and all(
            # "Realistic, sodium-orange night light, rain.": the weather of the whole film
            re.fullmatch(
                r"\s*(?:and\s+)?(?:rain|drizzle|snow|fog|mist|wind|haze|smoke)\s*", p, re.I
            )
            or _LOOK_REFERENCE.match(p)
            or _LIGHT_PHRASE.match(p.strip())
            or _SOUND_PHRASE.match(p.strip())
            for p in others
        )
    return _look_words(text)


_LIGHT_CONTRAST = re.compile(
    r"^(?P<look>(?:[\w-]+\s+){0,3})(?:light|glow|tones?|colou?rs?|hues?)\s+(?:against|versus|vs\.?)"
    r"\s+(?P<other>.+)$",
    re.IGNORECASE,
)


def _look_words(text: str) -> bool:
    contrast = _LIGHT_CONTRAST.match(text.strip().rstrip(".!"))
    if contrast and all(
        w in LOOK_ONLY_WORDS or w in COLOUR_WORDS for w in _words(contrast["look"])
    ):
        return True  # "Warm amber light against the blue storm outside."
    words = [w for w in _words(LOOK_SUFFIX.sub("", text)) if len(w) > 1]
    if not words or has_finite_verb(text):
        return False
    looks = [w for w in words if w in LOOK_ONLY_WORDS or w in _META_VOCAB]
    colours = [w for w in words if w in COLOUR_WORDS or w.endswith("ish")]
    if len(looks) + len(colours) < len(words):
        return False
    return any(w in LOOK_ONLY_WORDS for w in words)


def is_talk(text: str) -> bool:
    """A greeting or talk to the maker ("Hi team", "Following our call"), not about the film."""
    stripped = text.strip()
    # "Hey team - following up on our call Tuesday": who it is addressed to, then the talk
    addressed = _ADDRESSED.sub("", stripped)
    return bool(_GREETING.match(stripped) or _CHATTER.match(stripped) or _CHATTER.match(addressed))


_ADDRESSED = re.compile(
    r"^(?:(?:hi|hey|hello|dear|morning)\s+)?(?:team|all|everyone|guys|folks|there|both)\s*"
    r"[-–—,:!]+\s*",
    re.IGNORECASE,
)


# "Warm, cozy, golden light.", "Fast cuts, punchy, bright.": how it feels and is cut
_MOOD_WORDS = word_set(
    "cozy cosy punchy snappy fast quick quicker cuts cut cutting pacing paced pace airy fresh crisp "
    "glowy glowing hazy golden grainy grain film filmic feel vibe vibes energy energetic intimate "
    "observational quiet gentle warm warmer bright brighter light natural documentary upbeat "
    "cheerful playful moody dark cinematic slick polished raw honest authentic lively dreamy "
    "nostalgic retro vintage elegant luxurious premium clean minimal bold soft tones tone colours "
    "colors palette shallow depth handheld steady smooth very super really a bit little lots "
    # newcomer 7: "Earthy, warm tones, slow and confident.", "Gritty, handheld, cold blue light"
    "earthy slow slower confident calm assured gritty cold cool blue icy muted rich deep "
    # set AA: "Grim, observational." above a documentary's shot list
    "grim bleak sombre somber stark tense eerie haunting melancholic melancholy hopeful "
    "uplifting joyful serious sober understated restrained atmospheric unsentimental"
)


def _mood_only(text: str) -> bool:
    parts = [p for p in split_top_level(text.strip().rstrip(".!"), ",") if p.strip()]
    if len(parts) < 2 or has_picture(text):
        return False
    return all(
        0 < len(_words(p)) <= 4 and all(w in _MOOD_WORDS or w in ("and", "with") for w in _words(p))
        for p in parts
    )


def is_meta(text: str) -> bool:
    """A sentence about the video rather than a picture in it."""
    stripped = text.strip()
    if _mood_only(stripped):
        return True
    if (
        re.fullmatch(r"[^\W\d_][\w'-]*(?:\s+[\w'-]+){0,2}\s*:", stripped)
        and not has_picture(stripped)
        and not _FRAMING_LABEL.match(stripped)
        and not _CUE_LABELS.match(stripped)
    ):
        return True  # "Perhaps:", "Nápady:", "What we'd love:": a heading over what follows
    if (
        _DIRECTIVE_START.match(stripped)
        or is_talk(stripped)
        or _paperwork(stripped)
        or (_WHO_WE_ARE.match(stripped) and len(_words(stripped)) <= 16)
    ):
        return True
    if re.match(
        r"^(?:landscape|portrait|vertical|horizontal|square|widescreen)(?:\s+(?:is|format|mode|"
        r"video|please))?(?:\s+(?:is\s+)?(?:fine|ok|okay|good|great|better|best))?[.!]?$",
        stripped,
        re.I,
    ):
        return True  # "Landscape is fine."
    if re.match(r"^(?:16:9|9:16|1:1|4:5|4:3|21:9)\b", stripped) and not has_finite_verb(stripped):
        return True  # "1:1 square for the website shop page": the format, no picture
    if re.match(
        r"^(?:landscape|portrait|vertical|horizontal|square|widescreen|wide-?screen)\b[^.]*?\bfor\b",
        stripped,
        re.I,
    ) and not has_finite_verb(stripped):
        return True  # "Widescreen, for the foyer screens and YouTube": where it plays
    if re.search(
        r"\s-\s[^-]*\b(?:trailer|teaser|spot|promo|commercial|campaign|launch film|brand film|"
        r"(?:social|summer|winter|launch|brand|hero|master|teaser|product|promo|tiktok|reels?) "
        r"(?:cut|edit|cutdown|video|film|reel|ad|version)|"
        r"(?:outreach|marketing|comms|communications|social|content) team|office|department)\.?$",
        stripped,
        re.I,
    ) and not has_finite_verb(stripped):
        return True  # "The Lantern Players - 2025/26 season trailer": who asks, for what
    if _PROHIBITION.search(stripped) and not has_finite_verb(re.split(r"\s+-\s+", stripped)[-1]):
        return True  # "Dignity matters - no faces of the families in close-up."
    if (
        has_any(stripped, _SURE_FORMATS)
        and re.search(
            r"\b\d+\s*(?:s|sec|secs|seconds?|min|mins|minutes?)\b|\b(?:16:9|9:16|1:1|4:5)\b",
            stripped,
        )
        and not has_finite_verb(stripped)
    ):
        return True  # "Harbour Lights Food Bank winter appeal, 60 seconds, 16:9 for YouTube"
    if (
        stripped.count(" - ") >= 2
        and not has_finite_verb(stripped)
        and re.search(r"\d+\s*(?:s|sec|secs|seconds?|min|mins|minutes?)\b", stripped, re.I)
    ):
        return True  # "The Pale Hours - live at Room 4 - 45 seconds": a title line
    if re.match(
        r"^[\w\s&'-]{0,30}\b(?:edit|video|film|promo|spot|ad|reel|clip|teaser|trailer|recap|"
        r"sizzle|montage)\s+for\s+(?:the\s+)?[A-Z]",
        stripped,
    ) and not has_finite_verb(stripped):
        return True  # "MTB edit for Ridgeback Trails.": what the video is and for whom
    if " / " in stripped and not has_finite_verb(stripped) and has_any(stripped, _SURE_FORMATS):
        return True  # 'VOLTRA E-BIKES / "Quiet Hours" / 30s treatment': the document's header
    if (END_CUES.match(stripped) or _AT_THE_END.search(stripped)) and has_any(
        stripped, TYPOGRAPHY_WORDS
    ):
        return False  # "end w our name Pawfect Cuts", "put the phone number at the end": a card
    if (
        is_look(stripped)
        or _SOUND_NOTE.match(stripped)
        or re.search(r'"(?:movie|film|video|trailer|ad|short)"', stripped, re.I)
        or _ASKS_FOR_VIDEO.search(stripped)
        or _ASKS_ABROAD.search(stripped)
        or _WE_ARE_ABROAD.match(stripped)
        or _INTRODUCTION.match(stripped)
        or _CAST_NOTE.match(stripped.rstrip(".!"))
        or _FOR_WHOM.match(stripped)
        or _WHOLE_FILM.match(stripped)
    ):
        return True
    parts = split_top_level(stripped.rstrip(".!"), ",")
    if len(parts) > 1 and all(is_meta(p) for p in parts):
        return True  # "30 seconds, 16:9, for a climbing gym's YouTube channel."
    if (
        _LOOK_NOUN_END.match(stripped)
        and len(_words(stripped)) <= 5
        and not has_finite_verb(stripped)
    ):
        return True  # "Time-lapse feel.", "Bold 90s look."
    heard = re.sub(r"\([^)]*\)", " ", stripped)  # "(we want its song clear)": an aside
    sound = _SOUND.search(heard if content_words(heard) else stripped)
    if (
        sound
        and not has_any(stripped, _VISIBLE_NOUNS)
        # "Jess stops at a crossing, lost in the music": someone acts before the sound is named
        and (sound.start() < 25 or not has_finite_verb(stripped))
    ):
        return True  # "Sad piano music.", "Voiceover: …" is heard, not seen
    if (
        (_WE_SAY.match(stripped) and not _writer_acts(stripped))
        or _THEY_SAID.match(stripped)
        or _WANTS_IT.match(stripped)
    ):
        return True  # "We're launching Glow, a vitamin C serum." is about the production
    if _EVERY_LABEL.match(stripped) or _A_CARD_EACH.match(stripped):
        # "Each exercise needs its name on screen", "one dish at a time with its name and price
        # on screen": words on every shot (directives read them)
        return True
    if _WHOLE_CAMERA.match(stripped):
        return True  # "All handheld, nervous.": the camera of every shot (directives read it)
    if _ABOUT_US.match(stripped) or _HERE_INTRO.search(stripped):
        return True  # "Most of our customers find us on Instagram", "Founder here (Jess)"
    if not content_words(stripped) and not re.search(r'"[^"]+"', stripped):
        return True
    return _strong_meta(stripped) and not has_picture(stripped)


_ALL_VERBS = frozenset(
    (*_COMMON_VERBS, *HUMAN_MOTION_VERBS, *(w for w in PHYSICS_WORDS if " " not in w))
)
_PLURAL_SUBJECT = re.compile(
    r"^(?:they|we|you|i|(?:(?:the|her|his|their|our|my|its|two|three|some)\s+)?(?:[\w-]+\s+)?"
    r"(?:people|children|\w+s))\s+(?P<verb>[\w-]+)",
    re.IGNORECASE,
)


def has_finite_verb(text: str) -> bool:
    """A clause rather than a noun phrase: "the crowd jumping" has none, "they paint" has one."""
    text = text.strip()
    if any(w in _FINITE for w in _words(text)[1:]):
        return True
    plural = _PLURAL_SUBJECT.match(text)
    if plural and plural.group("verb").lower() in _ALL_VERBS:
        return True
    return bool(re.search(r"\b(?:is|are|was|were)\b", text, re.I))


# --- loglines ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Logline:
    """'A 20-second claymation short for kids', 'Make me a video of X': the production itself."""

    text: str
    picture: str  # what follows "of" / "showing" / "featuring", if it describes a picture
    purpose: str  # what follows "for" / "about" / "para" / "pour" ("an electric SUV")


# "A 4-second close-up of rain on a window": a framing said as the whole video, with its
# length, heads a logline as "clip" does (without a length or count it is a picture: below).
_HEAD_NOUNS = (
    *FORMAT_NOUNS, "tiktok", "tiktoks", "youtube short", "instagram post", "insta post",
    "close-up", "closeup", "aerial",
)  # fmt: skip
_FORMAT_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in _HEAD_NOUNS) + r")(?![\w-])", re.I
)
_SHOT_HEADS = frozenset(
    {"shot", "shots", "footage", "scene", "clip", "clips", "close-up", "closeup", "aerial"}
)
_PICTURE_INTRO = re.compile(r"\b(?:of|showing|featuring|where|in which)\b\s+", re.I)
_PURPOSE_INTRO = re.compile(r"\b(?:for|about|on|para|pour|für|per)\b\s+", re.I)


def _comma_picture(words: str) -> bool:
    """What follows "a 10 second reel," is its picture: something seen that is not its format,
    look, purpose or platform ("vertical, for Instagram", "nothing fancy", "for the bakery")."""
    if _PURPOSE_INTRO.match(words) or not has_picture(words):
        return False
    if re.match(
        r"(?i)(?:the\s+|our\s+|my\s+)?(?:client|owner|boss|brand|company|customer|audience|"
        r"team|manager|agency|deadline|budget|it|this|that|we|they|i|you|he|she)\b(?!\s+\w+ing\b)",
        words,
    ):
        return False  # "the client is Harbour Bank", "the owner wants it live by Friday"
    return not (is_meta(words) or is_look(words) or _FORMAT_RE.search(words))


def logline(text: str) -> Logline | None:
    """The logline reading of `text`, when its head is a format noun ("ad", "clip", "vidéo")."""
    m = _FORMAT_RE.search(text)
    if not m:
        return None
    if m.group(0).lower() in _SHOT_HEADS and not (
        counts(text) or lengths(text) or re.search(r"\bsingle\b", text, re.I)
    ):
        return None  # "Wide shot of alpine meadows": a picture, not the production
    before = text[: m.start()]
    if len(_words(before)) > 7 or re.search(
        r"\b(?:she|he|they|it|who|camera)\b", before, re.IGNORECASE
    ):
        return None
    if has_any(before, (*PERSON_NOUNS, *GROUP_NOUNS, *ANIMAL_NOUNS, *BODY_PARTS)):
        return None
    if has_finite_verb(before) and not REQUEST.match(before.strip()):
        return None
    after = text[m.end() :]
    picture = purpose = ""
    intro = _PICTURE_INTRO.match(after.lstrip(" ,"))
    told = re.match(r"\s*,\s*(?P<p>.+)$", after)
    if intro:
        picture = after.lstrip(" ,")[intro.end() :]
    elif told and _comma_picture(told["p"]):
        # "a 10 second reel, a cyclist crossing the bridge": the picture after a comma, as if
        # "of" had been said (it was the title, "Reel a cyclist…", and no shot)
        picture = told["p"]
    else:
        showing = re.search(r",?\s*\b(?:showing|featuring|with)\b\s+(?P<p>.+)$", after, re.I)
        # ("one dish at a time with its name and price on screen": the cards, no picture)
        if showing and has_picture(showing.group("p")) and not _A_CARD_EACH.search(after):
            picture = showing.group("p")
        purpose_m = _PURPOSE_INTRO.search(after)
        if purpose_m and purpose_m.start() < 4:
            purpose = after[purpose_m.end() :]
            purpose = re.split(r",\s*(?:showing|featuring|with)\b", purpose, maxsplit=1)[0]
    if not picture and not purpose:
        purpose_m = _PURPOSE_INTRO.search(after)
        if purpose_m:
            purpose = after[purpose_m.end() :]
    return Logline(text=text, picture=picture.strip(" ,.;"), purpose=purpose.strip(" ,.;"))


# --- beats ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Beat:
    text: str  # the shot's description, as written (connectors and meta asides removed)
    setting: str = ""  # "interior kitchen dusk", from a slugline
    seconds: float | None = None  # a length the brief gives this beat ("Shot 2 (4s): …")
    item: bool = False  # a list item: one shot, never merged away
    end: bool = False  # "end on …", "Final shot: …"
    continuing: bool = False  # "then, continuing, she …": the action carries over the cut
    jump: bool = False  # "cut to", "later", a flashback: never chained
    label: str = ""  # "title card", "interview", "close-up" (kept in the text too)
    single: bool = False  # one continuous move ("slow pan across…"): never cut into angles
    asides: tuple[str, ...] = ()  # meta fragments written with the beat: "macro", "8 seconds"


@dataclass
class Split:
    meta: list[str] = field(default_factory=list)
    beats: list[Beat] = field(default_factory=list)
    loglines: list[Logline] = field(default_factory=list)
    atmosphere: list[str] = field(default_factory=list)  # "Rain." "Night." on their own
    subjects: list[str] = field(default_factory=list)  # "Two friends on a road trip, 25 sec: …"
    foreign: bool = False  # not English: its grammar is not read, a comma list is pictures


_DASH_HEAD = re.compile(r"^(?P<head>[^\"]{2,80}?)\s+-\s+(?P<tail>.+)$")


def _colon_split(text: str) -> tuple[str, str] | None:
    """Head and tail at the first colon outside quotes that is not a ratio or a time (16:9);
    or at a spaced dash after a logline or a framing word ("Bakery reel 15s - flour…", "wide - a
    court at night")."""
    found = _colon_at(text)
    if found is not None:
        return found
    dash = _DASH_HEAD.match(text)
    if dash and (
        logline(dash["head"])
        or _CUE_LABELS.match(dash["head"].strip())
        or _FRAMING_LABEL.match(dash["head"].strip())
    ):
        return dash["head"].strip(), dash["tail"].strip()
    return None


def _colon_at(text: str) -> tuple[str, str] | None:
    quoted = False
    for i, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            if i > 0 and text[i - 1].isdigit() and i + 1 < len(text) and text[i + 1].isdigit():
                continue
            return text[:i].strip(), text[i + 1 :].strip()
    return None


_ASPECT_SAID = re.compile(
    r"\b(?:16:9|9:16|1:1|4:5|widescreen|vertical|portrait|landscape format|square format)\b", re.I
)


# A picture asked for as a question: "Could we open on a drone shot over the marsh?", "Is it
# possible to show a volunteer planting grass?", "What about a storm sequence: waves …?"
_ASKED_FOR = re.compile(
    r"^(?:(?:oh|and|also|so|but|then)[,\s]+)*(?:(?:maybe|perhaps)\s+(?=\S)|"
    r"(?:could|can|would|should|shall|might)\s+(?:we|you|they|it)\s+(?:also\s+|maybe\s+|perhaps\s+)?"
    r"(?:(?:open|start|begin|end|close|finish)\s+(?:on|with)\s+|(?:show|see|have|get|include|"
    r"feature|use|add|do)\s+)?|"
    r"(?:is|would)\s+it\s+(?:be\s+)?(?:possible|ok(?:ay)?|feasible)\s+to\s+(?:show\s+|see\s+|"
    r"have\s+|include\s+|get\s+)?|"
    r"(?:what|how)\s+about\s+|"
    r"(?:could|can|should)\s+(?=the\s+|our\s+|a\s+))",
    re.IGNORECASE,
)
# What a question adds after its picture: "… - would that read as hopeful or just muddy?"
_QUESTION_TAIL = re.compile(
    r"(?:\s+-\s+|,\s*|\?\s*)(?:or\s+)?(?:would|will|does|is|could|can|do)\s+(?:that|it|this)\b.*$",
    re.IGNORECASE,
)


# "Our head brewer, Rosa Quintero, is in every single shot: red bandana, …": who recurs, and
# how they look — the cast's description, no picture of its own.
_IN_EVERY_SHOT = re.compile(
    r"^[^.;]{2,80}?\b(?:is|are|appears?|must be|has to be|have to be|should be|needs? to be|"
    r"will be)\s+(?:in|the same in|identical in|consistent (?:in|across)|across)\s+"
    r"(?:every|each|all(?: the)?|all of the)\s+(?:single\s+)?(?:shots?|clips?|scenes?|frames?)\b"
    r"(?:\s*(?::|,|-)\s*.*)?$",
    re.IGNORECASE,
)


# "…should be the star: the same dog in every shot", "so people recognise him": who recurs and
# why, said about the film, not a picture
_SAME_THROUGHOUT = re.compile(
    r"\b(?:the\s+)?same\s+(?:[\w'-]+\s+){1,3}?(?:in|across|throughout)\s+(?:every|each|all(?: the)?)\s+"
    r"(?:single\s+)?(?:shots?|clips?|scenes?)\b",
    re.IGNORECASE,
)
# "Tomasz has to look the same throughout", "so people recognise him": said of the film
_STAYS_THE_SAME = re.compile(
    r"\b(?:look|looks|stay|stays|be|remain|remains)\s+(?:exactly\s+)?(?:the\s+)?(?:same|identical|"
    r"consistent)\s+(?:throughout|all the way through|from shot to shot|in every (?:shot|clip))\b|^so\s+(?:that\s+)?(?:people|viewers|customers|"
    r"clients|everyone|visitors|they|we)\s+(?:can\s+|will\s+|could\s+)?(?:recogni[sz]e|remember|"
    r"know|feel|understand|see that)\b",
    re.IGNORECASE,
)
# An afterthought after the end card ("can we also get a bit where …", "oh and also …"): a
# picture for the film, not one after its logo
_AFTERTHOUGHT = re.compile(
    r"^(?:(?:oh|and|ps|p\.s\.)[,.\s]+)*(?:also\b|(?:can|could)\s+(?:we|you)\s+also\b)",
    re.IGNORECASE,
)
# "can we also get a bit where the wheel spins", said without a question mark
_CAN_WE_GET = re.compile(
    r"^(?:(?:oh|and|also)[,\s]+)*(?:can|could)\s+(?:we|you)\s+(?:also\s+)?(?:get|have|do|add|see)\s+"
    r"(?:(?:a|the)\s+(?:bit|part|moment|shot)\s+(?:where|when|of)\s+)?",
    re.IGNORECASE,
)
_CARD_WORDS = ("logo", "end card", "title card", "final card", "the words", "tagline", "end on")


def _asked_picture(text: str) -> str | None:
    """For a question: the picture it asks for (the question's frame and its doubts left out),
    or "" when it asks for none ("Too dramatic?", "How much of this fits in 45 seconds?").
    None for a sentence that asks nothing."""
    stripped = text.strip()
    if not stripped.endswith("?") and (got := _CAN_WE_GET.match(stripped)):
        picture = stripped[got.end() :].rstrip(" .!")
        return picture[:1].upper() + picture[1:] if len(_words(picture)) >= 3 else ""
    if not stripped.endswith("?") or stripped.startswith('"'):
        return None  # a quoted line is someone's words: "Ready?" is said, not asked
    frame = _ASKED_FOR.match(stripped)
    if frame is None:
        return ""
    picture = _QUESTION_TAIL.sub("", stripped[frame.end() :]).rstrip(" ?")
    picture = re.sub(r"^(?:a\s+)?(?:shot|clip|scene)\s+of\s+", "", picture, flags=re.I)
    return picture[:1].upper() + picture[1:] if len(_words(picture)) >= 3 else ""


# A message's last line: a first name, a comma, the business in capitals ("Priya, Little Fern
# Café", "Tom, Harbour Bakes Ltd")
_NAME_AND_BUSINESS = re.compile(
    r"^(?P<name>[A-Z][a-z'-]+)(?:\s+[A-Z][a-z'-]+)?\s*,\s*(?:(?:[A-Z0-9][\w'&.-]*|&|of|the|and)\s*){1,5}$"
)


def split_brief(text: str, *, second_reader: bool = True) -> Split:
    """The brief as meta text, loglines and beats (see the module docstring). `second_reader`:
    let the sentence model set aside lines the rules kept that it is sure are about the video
    (off only to read the rules alone, as its training does)."""
    out = Split(foreign=language_of(text).code != "en")
    signed = _DASH_SIGNED.search(text)
    if signed and not signed["role"] and is_english_word(signed["name"].split()[0].lower()):
        signed = None  # "- Fireworks" under "Must have this one too:" is a last shot
    if signed:
        # "…specs on screen.\n\n- Luca": a name under the message, dashed, is who wrote it
        out.meta.append(signed["name"])
        text = text[: signed.start("sign")]
    items = sentences(text)
    # "Best wishes, / Priya Shah / Community Manager, Northfield Library": an email ends at its
    # sign-off; the name and title lines under it are its signature, no shots.
    for at in range(len(items) - 1, max(-1, len(items) - 5), -1):
        if (
            at
            and _SIGN_OFF.match(items[at].text.strip())
            and all(len(_words(s.text)) <= 8 and not s.item for s in items[at + 1 :])
        ):
            out.meta.extend(s.text for s in items[at:])
            del items[at:]
            break
    while items and (
        _SIGN_OFF.match(items[-1].text.strip())
        or (
            _SIGNATURE.match(items[-1].text.strip())
            and len(items) > 1
            and _SIGN_OFF.match(items[-2].text.strip())
        )
    ):
        out.meta.append(items.pop().text)  # "Best, / Karen": the email's end
    if (
        len(items) > 2
        and (signed_as := _NAME_AND_BUSINESS.match(items[-1].text.strip()))
        and not items[-1].item
        and not is_english_word(signed_as["name"].lower())  # ("Dawn, Big Sur" is a picture)
    ):
        out.meta.append(items.pop().text)  # "Priya, Little Fern Café": who wrote, and for whom
    semicolons = ";" in text
    cast_list = set() if out.foreign else _cast_list(items)  # (read in English words only)
    additions: list[tuple[re.Match[str], Sentence]] = []
    dropped: list[str] = []
    opener = ""
    opener_said = Sentence("")
    listed = [i for i, s in enumerate(items) if s.item]
    framed = ""  # "Wide." alone before a picture: the framing of the shot that follows
    last_said = (-1, 0)  # the sentence that last gave shots, and the shots before it
    for index, sentence in enumerate(items):
        if index in cast_list:
            out.meta.append(sentence.text)  # "- Sylwen, elf ranger, silver hair": who, not a shot
            continue
        refusal = _REFUSES_THE_LAST.match(sentence.text.strip())
        if refusal and (
            # "She asks for a puppy. He says no to that.", "The puppy grabs a sock. Drop that!",
            # "Not that one!": a story's no is a picture. A chat's answers the question before
            # it; "skip that, …" and "not that shot" say what is filmed.
            (index and items[index - 1].text.rstrip().endswith("?"))
            or refusal["kind"] in ("shot", "idea", "bit")
            or (
                re.match(
                    r"(?i)(?:\W*\w+\W+){0,2}?(?:skip|ditch|bin|scrap|drop|cut|lose)\b",
                    sentence.text,
                )
                and "!" not in sentence.text
            )
        ):
            # "what about a shot of the river from above?" / "he said no to that": the shot
            # asked for in the line before is refused (it was S01, and the one asked for first
            # was lost); not kept as a note either, or its "from above" framed every shot
            if last_said[0] == index - 1:
                del out.beats[last_said[1] :]
            rest = (refusal["rest"] or "").strip()
            # ("no to that, the kiln is loud enough" says why; "skip that, a cat…" says what)
            if not rest or not refusal["instead"] or _REASON.match(rest):
                out.meta.append(sentence.text)
                continue
            # "Skip that, a cat sleeps on a sofa.": what is wanted instead is read as said
            sentence = replace(sentence, text=rest[:1].upper() + rest[1:])
        if refused := _NO_SHOT_KIND.search(sentence.text):
            # "fine by me but NO drone", "the trustees hate drones": a listed drone shot goes
            dropped.append(refused["kind"].lower())
        if (
            sentence.under
            and not sentence.text.startswith(sentence.under)
            and any(_META_LABELS.match(part.strip()) for part in sentence.under.split("/"))
        ):
            # "Notes: our volunteers did 1,100 hours. The sea is 16°C; a wetsuit is fine…": the
            # line's later sentences are notes too (the last became a shot)
            out.meta.append(sentence.text)
            continue
        if _SONG_PART.fullmatch(sentence.text.strip(" .")):
            out.meta.append(sentence.text)  # "[Chorus]": a song's part, over its lines
            continue
        if (
            _ABOUT_THE_CARDS.match(sentence.text.strip())
            and '"' not in sentence.text
            # ("The titles will roll over a drone shot of the coast": a picture with words on it)
            and not re.search(
                r"\b(?:over|behind|across|painted|written on|on the wall|roll|rolls|fanned)\b",
                sentence.text,
                re.I,
            )
        ):
            # "The title cards are separate black cards with white serif type, each held for 3
            # seconds": how every card looks, said once; the cards are listed as shots
            out.meta.append(sentence.text)
            continue
        if _NOT_IN_THIS_VIDEO.search(sentence.text):
            out.meta.append(sentence.text)  # "The 4.2 tonnes figure comes later in the ep"
            continue
        if _INTERJECTION_ONLY.fullmatch(sentence.text.strip()):
            out.meta.append(sentence.text)  # "oh!", "then like...": a voice note thinking aloud
            continue
        if bit := _THE_BIT_WHERE.match(sentence.text.strip()):
            # "the bit where i'm singing into a hairbrush in the mirror, thats kinda funny": the
            # picture the person remembers, with their comment on it left out
            picture = re.sub(
                r"\b(?:i'm|i am)\b", "me", sentence.text.strip()[bit.end() :], flags=re.I
            )
            picture = re.sub(
                r",\s*(?:thats|that's|it's|its)\s+(?:\w+\s+)?(?:funny|cute|cool|nice|great|fun|"
                r"good|sweet|lovely|silly|iconic)\b.*$",
                "",
                picture,
                flags=re.I,
            )
            sentence = replace(sentence, text=f"me {picture}" if bit["me"] else picture)
        if not sentence.item and (
            _STAYS_THE_SAME.search(sentence.text)
            or (
                _SAME_THROUGHOUT.search(sentence.text)
                and not has_finite_verb(_SAME_THROUGHOUT.sub(" ", sentence.text.split(":")[-1]))
            )
        ):
            out.meta.append(sentence.text)  # "the same dog in every shot, so people know him"
            continue
        afterthought = bool(_AFTERTHOUGHT.match(sentence.text.strip()))
        if not sentence.item and _IN_EVERY_SHOT.match(sentence.text.strip()):
            out.meta.append(sentence.text)  # the cast reads who recurs from the whole brief
            continue
        if (asked := _asked_picture(sentence.text)) is not None:
            if not asked:
                out.meta.append(sentence.text)  # "Too dramatic?": a doubt, no picture
                continue
            sentence = replace(sentence, text=asked)
        if (
            index == 0
            and not sentence.item
            and re.fullmatch(r"[A-Z][A-Z0-9'&\s-]{2,40}!+", sentence.text.strip())
            and len(sentence.text.split()) <= 4
        ):
            out.meta.append(sentence.text)  # "JUST LISTED!!!": the message's headline
            continue
        if (
            index == 0
            and len(items) > 3
            and not re.match(r"\s*(?:[-*•(]|\d)", text)  # (a list's first shot, in capitals)
            and _LETTERHEAD.fullmatch(sentence.text.strip())
        ):
            # "BRECKMOOR NATIONAL PARK AUTHORITY - Ranger Service": who writes, over the brief
            out.meta.append(sentence.text)
            continue
        if not sentence.item and _NAMES_THE_FILM.fullmatch(sentence.text.strip()):
            # "Brief: 'Leave It As You Found It' public information film": the video's title
            out.meta.append(sentence.text)
            continue
        if index == 0 and len(items) > 1 and FORMAT_HEADING.match(sentence.text.strip(" .")):
            out.meta.append(sentence.text)  # "TEASER - The Long Field": what it is, its name
            continue
        if index == 0 and FILM_TITLE.match(sentence.text.strip()):
            # "Title: Paws & Suds dog grooming" heading the brief names the film (it was S01,
            # and the title kept its "Title:"); a title card later is a picture
            out.meta.append(sentence.text)
            continue
        if not sentence.item and (lone := _FRAMING_LABEL.match(sentence.text.strip(" .!"))):
            framed = lone.group(0).lower()
            out.meta.append(sentence.text)
            continue
        if (
            len(listed) >= 3
            and index < listed[0]
            and (lengths(sentence.text) or _ASPECT_SAID.search(sentence.text))
        ):
            # "Walk & Talk Edinburgh - 45 sec, 16:9, with a voice-over from our guide." above a
            # numbered list: the list is the shots, the line above it says what the video is.
            out.meta.append(sentence.text)
            continue
        if (
            _SCRATCH.match(sentence.text.strip())
            and index + 1 < len(items)
            and re.match(r"^(?:just|only|instead|rather)\b", items[index + 1].text.strip(), re.I)
        ):
            # "Actually scratch that - make it vertical … Just the kneading, then …": the
            # pictures written after the change of mind replace the ones before it.
            out.meta.extend(b.text for b in out.beats)
            out.beats.clear()
            out.meta.append(sentence.text)
            continue
        if inside := _DROP_INSIDE.search(sentence.text):
            # "Let's do 15 seconds, and drop the brewery tour shot.": a change of mind, inside
            # a sentence about the video
            after = sentence.text[inside.end() :]
            if re.match(
                r"[\s,;:-]*(?:they|it|that|because|since|as|cos|coz|'cause|our|my|we|i|he|she)\b",
                after,
                re.I,
            ):
                # "…, they're funny about drones", "…, our courier quit last week": why it goes
                after = ""
            rest = (sentence.text[: inside.start()] + after).strip(" ,.-")
            # "Spoke to the owner - scratch the drone shot": who asked for the change
            rest = re.sub(
                r"^(?:(?:so|ok|okay|just|i|we)\s+)*(?:spoke|talked|chatted|checked|met|heard back)"
                r"\s+(?:to|with|from)\s+[^,;-]*[\s,;-]*$",
                "",
                rest,
                flags=re.I,
            )
            rest = re.sub(r"[,\s]+(?:and|but)$", "", rest, flags=re.I)
            if not rest or is_meta(rest) or not has_picture(rest):
                dropped.append(inside["what"].strip().lower())
                out.meta.append(sentence.text)
                continue
        if first := _OPEN_INSTEAD.match(sentence.text.strip()):
            # "Open on the tee shot instead.": the shot that opens the film now, moved first
            # once every shot is read (a reply quoted above the list it answers comes first)
            opener = (first["what"] or first["what2"]).lower()
            opener_said = sentence
            out.meta.append(sentence.text)
            continue

        if placed := _ADD_PLACED.match(re.sub(r"\s*\([^)]*\)", "", sentence.text.strip())):
            # placed once every shot is read (the shot it follows may come later)
            additions.append((placed, sentence))
            out.meta.append(sentence.text)
            continue
        if (into := _INTO_SHOT.match(sentence.text.strip())) and (
            host := next(
                (
                    i
                    for i, b in enumerate(out.beats)
                    if re.search(rf"\b{re.escape(into['shot'].split()[-1])}", b.text, re.I)
                ),
                None,
            )
        ) is not None:
            # "can we put Biscuit in the allotment one?": Biscuit joins that shot
            beat = out.beats[host]
            out.beats[host] = replace(beat, text=f"{beat.text}, with {into['what'].strip()}")
            out.meta.append(sentence.text)
            continue
        if drop := _DROP.match(sentence.text.strip()):
            # "Actually drop the rental hut, it looks a bit run down.": the person changed their
            # mind about a picture already described; it goes, and so does this sentence.
            dropped.append(drop["what"].strip().lower())
            out.meta.append(sentence.text)
            continue
        if (
            out.beats
            and (said := _SCRIPT_LINE.match(sentence.text.strip()))
            # "Catering: butties from 05:30", "Edit: owner says no music": notes, not lines
            and not _META_LABELS.match(said["name"].strip())
            and not re.match(
                r"(?i)(?:edit|update|correction|amendment|change|p\.?s)\b", said["name"]
            )
        ):
            # "ODA (over radio): I've got you.": a line of the script is heard in the shot of
            # the action it answers, not a shot of its own
            last = out.beats[-1]
            words = said["words"].strip().strip('"').rstrip(".")
            out.beats[-1] = replace(
                last, text=f'{last.text}; {said["name"].capitalize()} says "{words}"'
            )
            continue
        before = len(out.beats)
        _read_sentence(sentence, out, first=index == 0, semicolons=semicolons)
        new = out.beats[before:]
        if new:
            last_said = (index, before)
        if afterthought and new and before and has_any(out.beats[before - 1].text, _CARD_WORDS):
            # "…then the ZIPPA logo. can we also get a bit where the wheel spins": the film
            # still ends on its card
            out.beats[before - 1 :] = [*new, out.beats[before - 1]]
            continue
        if framed and new:
            out.beats[before] = replace(new[0], asides=(framed, *new[0].asides))
            framed = ""
        if (
            before
            and len(new) == 1
            and not sentence.item
            and sentence.text.rstrip().endswith((".", "!"))
            and _bare_action(new[0].text)
            and _bare_action(sentence.text.strip())  # "First kiss." is no verb alone
        ):
            # "Mara bolts the door. Breathes.": a verb alone goes on with the shot before.
            last = out.beats[before - 1]
            out.beats[before - 1 :] = [
                replace(last, text=f"{last.text}, {lower_first(new[0].text)}")
            ]
    for what in dropped:
        gone = next(
            (
                b
                for b in out.beats
                if re.search(rf"\b{re.escape(what)}\b", f"{b.label} {b.text}", re.I)
            ),
            None,
        )
        if gone is None and " " in what:  # "drop the hut shot" for "the rental hut"
            noun = re.escape(what.split()[-1])
            gone = next((b for b in out.beats if re.search(rf"\b{noun}\b", b.text, re.I)), None)
        if gone is not None:
            out.beats.remove(gone)
    for addition, added_in in additions:
        added = _beat(addition["what"].strip(), added_in)
        if added is None:
            continue
        words = addition["anchor"].lower().split()
        anchor = re.escape(words[-1])
        host = next(
            (i for i, b in enumerate(out.beats) if re.search(rf"\b{anchor}", b.text, re.I)), None
        )
        if words[0] in ORDINALS or words[0] == "last":
            # "put it right after the first shot": the shot by its place, not a word in it
            host = len(out.beats) - 1 if words[0] == "last" else ORDINALS[words[0]] - 1
            host = host if 0 <= host < len(out.beats) else None
        if host is None:
            out.beats.append(added)
        else:
            out.beats.insert(host + 1 if addition["where"].lower() == "after" else host, added)
    if opener:
        opens = next(
            (b for b in out.beats if re.search(rf"\b{re.escape(opener)}", b.text, re.I)), None
        )
        if opens is None and 1 < len(opener.split()) <= 3:
            # "the depot doors" for "The depot doors rolling"
            opens = next((b for b in out.beats if opener.split()[-1] in b.text.lower()), None)
        if opens is not None:
            out.beats.remove(opens)
            out.beats.insert(0, opens)
        elif len(opener.split()) >= 3 and (fresh := _beat(f"The {opener}", opener_said)):
            # "no drone at all … Open on the cove from the clifftop path instead.": a picture no
            # shot showed yet, and the film's first
            out.beats.insert(0, fresh)
    _first_picture_then(text, out)
    _header_subject(out)
    _looks_of_every_shot(out)
    for aside in [b for b in out.beats if re.fullmatch(r"\([^()]+\)", b.text.strip())]:
        if len(out.beats) > 1:  # "… a short video? (first time using one of these tools)"
            out.beats.remove(aside)
            out.meta.append(aside.text)
    if out.foreign:
        _foreign_list(out)
    if second_reader:
        _second_reading(out)
    return out


def _looks_of_every_shot(out: Split) -> None:
    """A picture written after a look's label ("Flat 2D motion graphics: our UI mockups
    floating on a soft lilac background") is how every shot looks when the brief lists its shots
    ("Beat 1: …", "Beat 2: …"): a note, not a shot of its own. Alone, it is the picture."""
    if sum(b.item or bool(b.label and b.label != "look") for b in out.beats) < 2:
        return
    for beat in [b for b in out.beats if b.label == "look" and not b.item]:
        out.beats.remove(beat)
        out.meta.extend((beat.text, *beat.asides))  # (", no people, no voiceover" with it)


_CAST_HEADING = re.compile(
    r"\b(?:cast|characters?|the party|who'?s who|starring|meet|talent|line-?up|the (?:team|crew|"
    r"band|family|gang|heroes|players|people))\b[^:]{0,30}:\s*$",
    re.IGNORECASE,
)
_CAST_ENTRY = re.compile(
    r"^(?:the\s+)?(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})\s*(?:,|\s-\s|:|\()\s*(?P<who>.+)$"
)


def _cast_list(items: list[Sentence]) -> set[int]:
    """The indices of a cast list's entries ("- Brakka Ironbelly, dwarf cleric, huge red beard,
    war hammer", "- Sylwen, elf ranger, …"): two or more list items in a row, each a name and how
    they look, with nothing done in them, in a brief with a shot list of its own besides (they
    were three shots of people standing about)."""
    entries = [
        s.item
        and (m := _CAST_ENTRY.match(s.text.strip())) is not None
        and not is_english_word(m["name"].split()[0], compounds=False)
        and not has_finite_verb(m["who"])
        and not any(is_action_verb(w) for w in re.findall(r"[a-z]+ing\b", m["who"]))
        for s in items
    ]
    found: set[int] = set()
    run: list[int] = []
    for i, entry in enumerate([*entries, False]):
        if entry:
            run.append(i)
            continue
        # (under a heading that says so: "- Porthcurno, the beach from the cliff path" under
        # "Shots:" is a place and its shot)
        said = items[run[0] - 1].text.strip() if run and run[0] else ""
        if len(run) >= 2 and _CAST_HEADING.search(said):
            found.update(run)
        run = []
    others = sum(s.item for i, s in enumerate(items) if i not in found)
    return found if others >= 3 else set()


def _first_picture_then(text: str, out: Split) -> None:
    """ "A 10-second clip of the city at night. Then the neon sign flickers on.": the video's
    own sentence shows the first picture when the next one follows it with "then", or when all
    that follows is the film's card."""
    line = out.loglines[0] if out.loglines else None
    if line is None or not line.picture or not out.beats:
        return
    at = text.find(line.text)
    then = at >= 0 and re.match(r"\s*(?:and\s+)?then\b", text[at + len(line.text) :], re.I)
    # "A 10 second reel of a cyclist crossing the bridge. End on the logo.": when all the brief
    # says besides is its card, the video's own sentence is its first shot too (the cyclist was
    # lost and the logo was the whole reel).
    if not then and not all(b.end or _is_card_beat(b) for b in out.beats):
        return
    first = split_brief(line.picture, second_reader=False).beats[:1]
    # "Open on a title card: 'Monday Mornings'." / "Logo up front please.": a card said to open
    # the film stays first, the picture after it (it went last)
    opening = 0
    if not then and _CARD_OPENS.search(text[at + len(line.text) :] if at >= 0 else text):
        while opening < len(out.beats) and not out.beats[opening].end:
            opening += 1
    out.beats[opening:opening] = [replace(b, text=b.text[:1].upper() + b.text[1:]) for b in first]


_CARD_OPENS = re.compile(
    r"\b(?:open(?:s|ing)?\s+(?:on|with)|start(?:s|ing)?\s+(?:on|with)|begin(?:s|ning)?\s+with|"
    r"up front|first\b|at the (?:start|beginning|top))",
    re.IGNORECASE,
)


def _foreign_list(out: Split) -> None:
    """In a brief the rules cannot read (another language), a list of three or more pictures is
    the writer's own shot list: the lines around it ("Pozdrav!", "Mvh Lotte", "the music we add
    ourselves") are its greeting, sign-off and asides, unless one is the film's card."""
    if sum(b.item for b in out.beats) < 3:
        return
    for beat in [b for b in out.beats if not b.item and not _is_card_beat(b)]:
        out.beats.remove(beat)
        out.meta.append(beat.text)


def _second_reading(out: Split) -> None:
    """Set aside as meta the beats the sentence model is sure are about the video — never an end
    card, a shot with its own length, a terse picture ("Warm milk"), nor the last beat left; a
    numbered or listed line, or one with words in quotes, only when it is all but certain; a line
    after the film's card (in an English brief) when it leans."""
    cards = [i for i, b in enumerate(out.beats) if _is_card_beat(b)]
    after_card = out.beats[cards[-1] + 1 :] if cards else []
    for beat in list(out.beats):
        if len(out.beats) <= 1:
            return
        if beat.end or beat.seconds is not None:
            continue  # the film's card, a shot with its own length
        if beat is out.beats[-1] and '"' in beat.text and _is_card_beat(beat) and beat.label:
            continue  # 'no final, escrito: "Grupo Raízes - 30 anos"': the card it ends on
        words = beat.text.split()
        if (
            len(words) <= 3
            and has_picture(beat.text)
            and not any(w[:1].isupper() for w in words[1:])  # "Sister Anne": a name, signing off
        ):
            # "Office.", "Warm milk.", "Storm coming.": a terse picture, where the model has
            # little to read and its guess leans on the line's shortness
            continue
        if beat not in after_card and _TERSE_ACT.match(beat.text) and not _strong_meta(beat.text):
            continue  # "She says no.", "He nods slowly.": someone in the story acts
        # A film ends on its card: what a brief says after it is mostly its sign-off and
        # asides ("Timings TBC by Regulatory", "Yours faithfully, Arthur"), so the model need
        # only lean there, not be sure. Words in quotes may be on screen: only near-certainty
        # sets such a line aside ('My daughter-in-law says we must have a "reel"').
        tail = beat in after_card and not out.foreign  # trained on English, it only leans there
        # A numbered or listed line is the writer's own shot unless all but certain ("▪ Budget
        # guide: £18k (TBC)" is a deck's bullet; "Shot 1: Kitchen, 6am" is a shot).
        careful = '"' in beat.text or beat.item
        sure = META_QUOTED if careful else META_TAIL if tail else META_SURE
        if meta_chance(beat.text) >= sure:
            out.beats.remove(beat)
            out.meta.append(beat.text)


# A story's short line: he or she does something ("says no", "nods", "turns away"); not what
# someone wants of the video ("She wants it shorter", "He thinks 30 seconds").
_TERSE_ACT = re.compile(
    r"^(?:he|she)\s+(?!(?:wants|needs|prefers|thinks|feels|suggests|likes|hopes|reckons|asks\s+"
    r"(?:for|about)|replies|approves|agrees|apologises|apologizes|calls|emails|invoices|checks|"
    r"returns|sends|confirms|signs|says\s+(?:cheers|thanks|asap|no\s+rush|hi|hello))\b)"
    r"[a-z]+s\b(?:\s+[\w'-]+){0,3}[.!]?$",
    re.IGNORECASE,
)


def _is_card_beat(beat: Beat) -> bool:
    """A card the film could end on: said to end it, lettering, or words in quotes."""
    return beat.end or '"' in beat.text or has_any(beat.text, (*_CARD_WORDS, *TYPOGRAPHY_WORDS))


def _header_subject(out: Split) -> None:
    """ "The red kite. Wide: the red kite lifts off…": a first line that only names what every
    shot after it shows is the subject, not a shot of its own."""
    if len(out.beats) < 3:
        return
    head = out.beats[0].text.strip(" .")
    name = re.sub(r"^(?:the|a|an)\s+", "", head, flags=re.I).lower()
    if not name or len(name.split()) > 4 or has_finite_verb(head) or '"' in head:
        return
    later = [b for b in out.beats[1:] if re.search(rf"\b{re.escape(name)}\b", b.text, re.I)]
    if len(later) >= 2:
        out.meta.append(head)
        out.subjects.append(head)
        out.beats.pop(0)


_TOPIC = re.compile(
    r"^(?:how to|how (?:we|you|i)|why|what (?:is|are|makes)|the story of|all about|about|"
    r"a guide to|guide to|tips for|\d+ (?:ways|tips|steps))\b",
    re.IGNORECASE,
)
_SONG_PART = re.compile(
    r"\[(?i:verse|chorus|pre-?chorus|bridge|hook|outro|intro|instrumental|refrain|middle 8|"
    r"breakdown|drop)(?:\s*\d{1,2})?\]"
)
# What the writer keeps for another part of the programme: no picture of this video
_NOT_IN_THIS_VIDEO = re.compile(
    r"\b(?:comes?|coming|covered|cover|saved?|kept|keep|goes|go)\s+(?:\w+\s+){0,2}?"
    r"(?:later|elsewhere) in the (?:ep|episode|film|programme|program|show|series|doc|"
    r"documentary|edit|cut)\b|[,;-]\s*not here\s*[.!]*\s*$|\bnot in this (?:one|cut|video|film|ep|episode|"
    r"bit)\b|"
    # "The oven runs at 485°C … - NOT in the video, that's for the caption."
    r"\bnot (?:in|for) the (?:video|film|clip|edit)\b|\bthat'?s for the (?:caption|post|copy)\b|"
    r"\bnone of (?:that|this|it|those|these) (?:on screen|in the (?:video|film|edit))\b",
    re.IGNORECASE,
)


# (all the cards, said once: "The end card is our logo on white." is a card, a shot)
_ABOUT_THE_CARDS = re.compile(
    r"^(?:(?:the|all|our|all the)\s+)?(?:(?:title|text|end|black|white|chapter)\s+)?"
    r"(?:(?:(?<=title )|(?<=text )|(?<=end )|(?<=chapter )|(?<=all the ))cards\s+(?:are|should|will|"
    r"must|need|can|stay)|(?:captions|supers|titles|lower[- ]thirds|subtitles|lyrics)\s+(?:are|should|will|"
    r"must|need|can|stay)|(?:spelling|font)\s+(?:is|should|must|needs?))\b",
    re.IGNORECASE,
)


# A price: "£9.50", "$12", "€6", "12 EUR"
_PRICED = re.compile(r"[£$€¥]\s?\d|\b\d+(?:[.,]\d{2})?\s?(?:EUR|USD|GBP|euros?)\b")


def _each_led_by_an_article(text: str) -> bool:
    """ "the crowds, a busker, a kid with candyfloss": two or more pieces, each led by an article."""
    pieces = split_top_level(text, ",")
    return len(pieces) >= 2 and all(
        re.match(r"(?:and\s+)?(?:a|an|the|some|two|three)\s", p, re.I) for p in pieces
    )


def _without_asides(label: str) -> str:
    """ "Voice-over (Alan, under 3 and 4)" as its label alone."""
    return re.sub(r"\s*\([^)]*\)", "", label).strip()


_CARD_LABEL = re.compile(
    r"^(?:(?:title|end|final|closing|opening|last)\s+)?card$|^(?:caption|super|tagline|slogan|"
    r"headline|on-screen text|text on screen|lower third|end line|sign-?off line|"
    # "text at the end: Hope Hospice Shop - Castle St", "words on screen at the end"
    r"(?:text|words|caption|title|super)(?: on screen)?(?: at| for)? the (?:very )?(?:end|close))$",
    re.IGNORECASE,
)


def _names_picture(text: str) -> bool:
    """'the Forge logo', 'a map of the route': a card that shows something, not words."""
    return bool(re.match(r"^(?:the|a|an|our|their|its)\s", text.strip(), re.I))


def _names_the_product(text: str) -> bool:
    """A name and what it is, said after a logline: "Aura earbuds", "Kestrel smart lock"."""
    words = text.split()
    return (
        0 < len(words) <= 4
        and text[:1].isupper()
        and words[0].lower() not in _DETERMINERS
        and not has_finite_verb(text)
        and not re.search(r'"', text)
    )


def _bare_action(text: str) -> bool:
    words = _words(text)
    return 0 < len(words) <= 3 and _starts_with_verb(text) and not _starts_with_subject(text)


_CREW_NOTE = re.compile(
    # "(it's on every prospectus, so…)", "(safety goggles ON - compliance will check!)",
    # "(SFX, let it ring)", "(Aside: legal says…)"
    r"^(?:sfx|sound|audio|music|vo|voice-?over|it'?s|it is|this is|that'?s|so|because|since|"
    r"note|nb|ps|fyi|aside)\b|.*\b(?:compliance|legal|client|will check|make sure)\b",
    re.IGNORECASE,
)


def _crew_note(words: str) -> bool:
    """What a pair of brackets says to the crew, not of the picture ("60s, grey overcoat" is)."""
    talk = re.search(r"\b(?:we|i|you|please|pls|want|need)\b", words, re.I) or (
        has_finite_verb(words) and len(_words(words)) >= 4
    )
    return bool(_CREW_NOTE.match(words)) or (bool(talk) and is_meta(words))


# What brackets in a picture say of something else: a clause about someone ("diagnosed 3 years
# ago, he did the whole 5k"), what someone says ("Rob says the still is called Agnes"), how long
# it really takes ("takes about 2 hours irl"), chat shorthand. The picture is the rest.
_ASIDE_CLAUSE = re.compile(
    r"\b(?:he|she|they|we|i|you)(?:'s|'re|'m|'ve|'ll|'d)\s+\w+|"
    r"\b(?:he|she|they|we|i|you)\s+(?:\w+\s+)?(?:is|was|were|are|did|does|has|had|will|would|"
    r"says|said|loves|hates|thinks|knows|made|did)\b|"
    r"\b(?:he|she|it|they)'s\s+(?:a|an|the|so|very|really|bit)\b|"
    r"\b[A-Z][\w'-]+\s+(?:says|said|reckons|thinks)\b|"
    r"\b\d+\s+(?:years?|months?|weeks?|days?)\s+ago\b|"
    r"\btakes?\s+(?:about|around|roughly|like|maybe)?\s*(?:\d|an?\s|half)|"
    r"\b(?:irl|lol|jk|lmao|tbh|imo|haha)\b",
)


# A document's page footer pasted with its text: "— Confidential — Not for distribution  p. 3"
_FOOTER = re.compile(
    r"\b(?:confidential|distribution|copyright|all rights reserved)\b|©|\bp(?:age)?\.?\s*\d+\s*$",
    re.IGNORECASE,
)


def _aside_clause(words: str) -> bool:
    return len(_words(words)) >= 3 and bool(_ASIDE_CLAUSE.search(words))


def is_gossip(aside: str) -> bool:
    """An aside that speaks of someone or something else ("Rob says the still is called Agnes,
    she's a bit of a diva lol", "god I need a break"): no cue for the shot's tags, where a
    spec aside ("handheld", "slow", "hands only") is one."""
    return _aside_clause(aside) or is_talk(aside)


_LENGTH_OF = re.compile(
    r"^(?:(?:hi|hey|hello|ok|so|pls|please)[,!\s]+)*(?:(?:i|we)(?:'m|'re|\s+am|\s+are)?\s+)?"
    r"(?:(?:really\s+)?(?:need|want|would like|'d like|after|looking for)\s+)?(?:just\s+)?(?:an?\s+)?"
    r"\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\s+(?:of|showing)\s+(?P<picture>.+)$",
    re.IGNORECASE,
)


# "ok so my new single is called Northbound and its about leaving … so i was thinking it opens
# on me sat on the roof …": one breath, the talk first, then the film from where it opens
_OPENS_MIDWAY = re.compile(
    r"\s(?:(?:and|so)\s+)*(?:(?:i|we)\s+(?:was|were|am|are|'m|'re)?\s*(?:thinking|think|thought)"
    r"\s+(?:that\s+)?|(?:my|our|the)\s+idea\s+is\s+(?:that\s+)?)"
    r"(?:it|the video|the film|the clip|we)\s+(?:opens?|starts?|begins?)\s+(?:on|with)\s+|"
    # "yeah hi mate it's Gareth …, 45 seconds, normal landscape, start with the drone coming in"
    r"[,;]\s+(?:(?:and|so|then)\s+)*(?:we\s+|let'?s\s+|you\s+)?(?:start|open|begin)\s+(?:with|on)\s+",
    re.IGNORECASE,
)


def _read_sentence(sentence: Sentence, out: Split, *, first: bool, semicolons: bool) -> None:
    text = sentence.text.strip()
    pivot = _OPENS_MIDWAY.search(text)
    if (
        pivot
        and not sentence.item
        and len(text[: pivot.start()].split()) >= 4
        and (is_talk(text[: pivot.start()]) or _strong_meta(text[: pivot.start()]))
    ):
        out.meta.append(text[: pivot.start()].strip(" ,"))
        after = text[pivot.end() :]
        film = Sentence(
            after[:1].upper() + after[1:], setting=sentence.setting, under=sentence.under
        )
        _read_sentence(film, out, first=first, semicolons=semicolons)
        return
    inner = text.rstrip(".").strip("() ")
    if (
        text.startswith("(")
        and text.rstrip(".").endswith(")")
        and (is_meta(inner) or _crew_note(inner))
    ):
        out.meta.append(text)  # "(Aside: legal says no identifiable real students…)"
        return
    if sentence.item:
        _item(sentence, out)
        return
    if _FORMAT_ONLY.match(text):
        out.meta.append(text)  # "Normal widescreen like the television.": the format alone
        return
    if _LOOK_ASKED.match(text):
        out.meta.append(text)  # "We'd like it to look like an oil painting - think…": the look
        return
    if (
        _WHO_IS_WHO.match(text.rstrip(".!"))
        and has_any(text, PERSON_NOUNS)
        and not re.search(r"\b[a-z]{3,}ing\b", text)  # "Jess, his daughter feeding the lambs"
    ):
        out.meta.append(text)  # the cast reader keeps both, with what they wear
        return
    if _INTRODUCTION.match(text.rstrip(".!")):
        out.meta.append(text)  # "Meet Ines - she runs Crumb.": the cast reader keeps Ines
        return
    colon = _colon_split(text)
    if _DIRECTIVE_START.match(text) and (
        colon is None or is_meta(colon[1]) or _LOCK_START.match(text)
    ):
        # "Keep Maya identical: green tank top, black hair in a braid": the tail describes
        # the cast member (the cast reader keeps it), it is no picture of its own.
        out.meta.append(text)
        if (line := logline(REQUEST.sub("", text))) is not None and not out.loglines:
            out.loglines.append(line)  # "I need a 30 second ad for Rosa's Bakery": its title
        return
    if colon is not None:
        head, tail = colon
        head_clean = head.strip(" -*")
        speaker = re.search(
            r"(?:\bI'?m\s+(?P<name>[A-Z][\w'-]+).*)?\b(?:I|we|he|she|[A-Z][\w'-]+)\s+"
            r"(?:talks?|speaks?|says?)\s+(?:to|into)\s+(?:the\s+)?(?:camera|lens)",
            head,
        )
        if speaker and tail.strip().startswith('"'):
            # "I'm Marco, I talk to camera at the start: '…'": a picture of him saying it
            who = speaker["name"] or "The presenter"
            _story(f"{who} talks to camera: {tail.strip()}", sentence, out, semicolons=True)
            return
        if re.search(
            r"\b(?:voice-?over|vo|narrat\w*|read (?:aloud|out|by)|reads|recites?|lyrics|script)\b",
            head,
            re.I,
        ) and tail.strip().startswith('"'):
            out.meta.append(text)  # "The poem is read by me as voice-over: '…'": heard, not seen
            return
        items = split_top_level(tail.strip().rstrip("."), ",")
        if (
            _NAMES_ON_SCREEN.search(head)
            and len(items) >= 2
            and all(re.match(r"^(?:[A-Z0-9][\w'&.-]*\s*)+$", i.strip()) for i in items)
        ):
            # "the names drop in one by one: HALCYON BLUE, The Marrows, DJ Kestrel": one
            # picture, with the names on screen
            text = f'{head.strip()}: "{tail.strip().rstrip(".")}"'
            _story(text, sentence, out, semicolons=True)
            return
        idea = re.fullmatch(r"(?i)(?:the\s+|my\s+|our\s+)?(?:idea|ideia|idée|idee)", head_clean)
        if (
            _META_LABELS.match(head_clean) or _META_LABELS.match(_without_asides(head_clean))
        ) and not (idea and has_picture(tail) and not is_meta(tail)):
            # "Voice-over (Alan, under 3 and 4): …": who, and where ("idea: me and amira
            # pulling the cupcakes out the oven" is the first picture)
            out.meta.append(text)
            return
        if re.match(
            r"(?i)^(?:edit|update|correction|amendment|change|p\.?s\.?)(?:\s+from\s+[\w' .-]{1,40})?$",
            head_clean,
        ) and (_NO_SHOT_KIND.search(tail) or is_meta(tail) or not has_picture(tail)):
            # "EDIT from the harbourmaster: no drone at all.": a change of mind, no picture
            out.meta.append(text)
            return
        if _STORY_LABELS.match(head_clean):
            end = bool(re.match(r"(?:final|last|end|ending|closing)", head_clean, re.I))
            if re.search(r"\bshot\b", head_clean, re.I):
                # "Final shot: the two of them on the balcony, and our logo fades in": one shot.
                beat = _beat(tail, sentence)
                if beat is not None:
                    out.beats.append(replace(beat, end=end or beat.end))
                return
            _story(tail, sentence, out, semicolons=semicolons, end=end)
            return
        if _CARD_LABEL.match(head_clean) and tail and '"' not in tail and not _names_picture(tail):
            # "Closing card: Lumen - glow, slowly.": the words on the card, not a label to draw.
            end = bool(re.match(r"(?:final|last|end|ending|closing)", head_clean, re.I))
            out.beats.append(
                Beat(
                    text=f'"{tail.strip().rstrip(".")}" on screen',
                    setting=sentence.setting,
                    seconds=sentence.seconds,
                    end=end,
                    label=head_clean.lower(),
                )
            )
            return
        if _FRAMING_LABEL.match(head_clean) and tail and not is_meta(tail):
            # "Wide: the red kite lifts off a hilltop": the label frames the shot.
            before = len(out.beats)
            _story(tail, sentence, out, semicolons=semicolons)
            for k in range(before, len(out.beats)):
                b = out.beats[k]
                out.beats[k] = replace(b, asides=(head_clean.lower(), *b.asides))
            return
        if (
            _PRICED.search(head)
            and content_words(head)
            # ("Budget £300 max: …" is the money, not a card)
            and not re.search(
                r"\b(?:budget|cost|costs|fee|rate|max|spend|total|deposit)\b", head, re.I
            )
            and content_words(tail)
            and not is_meta(tail)
        ):
            # "Margherita - £9.50: our pizzaiolo stretching the dough": a menu's line, its name
            # and price on screen over the picture
            before = len(out.beats)
            _story(tail, sentence, out, semicolons=semicolons)
            card = head.strip(" -")
            for k in range(before, len(out.beats)):
                b = out.beats[k]
                out.beats[k] = replace(b, text=f'{b.text}, "{card}" on screen')
            return
        line = logline(head)
        if line is None and lengths(head) and has_picture(head) and tail and has_picture(tail):
            # "Two friends on a road trip, 25 sec, warm 35mm look: loading the car, …": the
            # head's directives are meta, its picture the subject of the beats after it.
            parts = split_top_level(head, ",")
            out.meta.extend(p for p in parts if is_meta(p) or not content_words(p))
            out.subjects.append(", ".join(p for p in parts if not is_meta(p) and content_words(p)))
            _story(tail, sentence, out, semicolons=semicolons, listing=True)
            return
        if line is not None or is_meta(head):
            out.meta.append(head)
            if line is not None:
                out.loglines.append(line)
            dash = _DASH_HEAD.match(tail) if tail else None
            if dash and is_meta(dash["head"]) and not is_meta(dash["tail"]):
                # "drei Einstellungen zu je 4 Sekunden - ein Zug fährt ein, …": counts, then
                # the pictures.
                out.meta.append(dash["head"])
                _story(dash["tail"], sentence, out, semicolons=semicolons, listing=True)
            elif line is not None and re.fullmatch(r'"[^"]+"(?:\s*-\s*for\s+[^,.]+)?\.?', tail):
                out.meta.append(tail)  # 'AW25 lookbook - "Slow Burn" - for Maison Oriel': its title
            elif line is not None and _TOPIC.match(tail):
                out.meta.append(tail)  # "Explainer: how to change a bike tyre": the topic
            elif line is not None and _names_the_product(tail):
                out.meta.append(tail)  # "Product video - Aura earbuds": what it is about
            elif tail and not is_meta(tail):
                before = len(out.beats)
                _story(tail, sentence, out, semicolons=semicolons, listing=True)
                if style_words_in(head) and not has_picture(head):
                    # "Flat 2D motion graphics: our UI mockups floating on a soft lilac
                    # background": how every shot looks, unless no shot says more
                    # (`_looks_of_every_shot`)
                    for k in range(before, len(out.beats)):
                        out.beats[k] = replace(out.beats[k], label="look")
            elif tail:
                out.meta.append(tail)
            return
        if _CUE_LABELS.match(head_clean):
            # "Title card: "…"", "Interview: Josef talks…": a label kept with its beat.
            _story(text, sentence, out, semicolons=semicolons)
            return
        if has_camera_move(head) and has_picture(head):
            # "Slow pan across a messy desk: a cup, a notebook, a cat": one move, one shot.
            beat = _beat(text, sentence)
            if beat is not None:
                out.beats.append(replace(beat, single=True))
            return
        if _is_topic(head) and tail and has_picture(tail):
            # "Skincare routine: a woman splashes water…": the head names the subject.
            out.meta.append(head)
            _story(tail, sentence, out, semicolons=semicolons, listing=True)
            return
        _story(text, sentence, out, semicolons=semicolons)
        return
    if (
        (wish := _LENGTH_OF.match(text))
        and content_words(wish["picture"])
        and not is_meta(wish["picture"])
    ):
        # "need 12s of someone typing fast on our keyboard, super close on the keycaps": the
        # request and its length, then the picture it is of
        out.meta.append(text[: wish.start("picture")].strip())
        _story(wish["picture"], sentence, out, semicolons=semicolons)
        return
    line = logline(REQUEST.sub("", text))
    turn = _FIRST_OFF.search(text)
    if (
        turn is not None
        and turn.start() > 0
        # (said in one breath only: a letter's "The film might begin with a slow pan across
        # …, with its tiny station" is read as it always was)
        and len(_words(text)) >= 25
        and not re.search(r"[,;:]", text)
        and has_picture(text[turn.end() :])
        and (line is not None or is_meta(text[: turn.start()]))
    ):
        # "…we want a video for the website about thirty seconds so start with the drone over
        # the harbour then…": a voice note says what it wants, then its shots, in one breath
        if line is not None and not out.loglines:
            out.loglines.append(line)
        _story(text, sentence, out, semicolons=semicolons)
        return
    if line is not None and (first or re.search(r"\d", text) or _strong_meta(head_of(text))):
        out.meta.append(text)
        out.loglines.append(line)
        return
    example = _FOR_EXAMPLE.search(text)
    if (
        example
        and (is_meta(text[: example.start()]) or _ASKS.match(text))
        and has_picture(text[example.end() :])
    ):
        # "can u make an anime opening for our web series, like kenji flipping noodles then
        # yuki and mo running down a neon street": the request, then the pictures it means
        out.meta.append(text[: example.start()])
        _story(text[example.end() :], sentence, out, semicolons=semicolons)
        return
    if is_meta(text):
        out.meta.append(text)
        return
    words = content_words(text)
    if len(words) == 1 and words[0] in (*_LIGHT_ONLY, *_WEATHER_ONLY):
        out.atmosphere.append(words[0])
        return
    _story(text, sentence, out, semicolons=semicolons)


_FORMAT_ONLY = re.compile(
    r"^(?:(?:normal|standard|ordinary|regular|just|plain|usual|in|the|good old)\s+)*"
    r"(?:widescreen|landscape|horizontal|vertical|portrait|square|16:9|9:16|1:1|4:5)"
    r"(?:\s+(?:format|shape|please|pls|is fine|thanks|too|again|like (?:the|a|on|for)\s+[\w-]+"
    r"(?:\s+[\w-]+)?|for (?:the\s+)?[\w-]+(?:\s+[\w-]+)?|on (?:the\s+)?[\w-]+))*\s*[.!]?$",
    re.IGNORECASE,
)
# "We'd like it to look like an oil painting", "the whole thing should feel like a 90s VHS
# tape": how the video looks, asked for the whole of it
_LOOK_ASKED = re.compile(
    r"^(?:(?:so|and|also)\s+)?(?:(?:we'?d|i'?d|we would|i would|we|i) (?:like|love|want) (?:it|the "
    r"(?:video|film|trailer|ad|piece|whole thing|edit|reel))(?: all)? to|(?:it|the (?:video|film|"
    r"trailer|ad|whole thing|edit|reel)) (?:should|must|will|needs to|has to|could))\s+"
    r"(?:look|feel|be (?:shot|styled|animated|drawn|painted))\b"
    # ("It should look like one continuous shot drifting through…" is the picture, said so)
    r"(?!\s+like\s+(?:one|a single|a|an)\s+(?:[\w-]+\s+){0,2}(?:shot|take|move)\b)",
    re.IGNORECASE,
)
_ASKS = re.compile(
    r"^(?:(?:can|could|would|will)\s+(?:you|u|ya)\s+(?:please\s+)?(?:make|do|create|put together|"
    r"cut|edit|shoot|whip up)|(?:i|we)\s+(?:need|want|would like|'d like))\b",
    re.IGNORECASE,
)
_NAMES_ON_SCREEN = re.compile(
    r"\b(?:names?|line-?up|acts|artists|bands|credits|speakers|results?|winners|sponsors)\b", re.I
)
_FOR_EXAMPLE = re.compile(
    r",?\s+(?:like|e\.g\.?|for example|for instance|such as|things like|stuff like)[,:]?\s+(?=[a-z])",
    re.IGNORECASE,
)
_CUE_LABELS = re.compile(
    r"^(?:title(?: card)?|end card|final card|closing card|card|text(?: on screen)?|on-screen text|"
    r"caption|captions|subtitle|logo|tagline|slogan|super|lower third|interview|voice-?over|"
    r"close-?up|wide(?: shot)?|aerial|macro|insert|overhead|drone|pov|cut to|flashback|montage|"
    r"insert shot|cta|sign|headline|quote)$",
    re.IGNORECASE,
)
_CAMERA_MOVE = re.compile(
    r"\b(?:pan|pans|panning|tilt|tilts|push-in|push in|pull-out|pull back|dolly|tracking shot|"
    r"orbit|orbits|crane|sweep|sweeps|glide|glides|fly-through|flythrough|one take|single take|"
    r"oner|pov|helmet cam|gopro|continuous shot|one continuous)\b",
    re.IGNORECASE,
)


_FRAMING_LABEL = re.compile(
    r"^(?:extreme close-?up|close-?up|close|tight|medium|mid|wide|aerial|drone|macro|insert|"
    r"overhead|pov|ecu|bcu|xcu|mcu|mls|mws|ews|els|ls|ws|ms|cu|establishing|time-?lapse|"
    r"slow-?mo|slow motion|tracking|handheld|steadicam|top-?down)(?: shot)?$",
    re.IGNORECASE,
)


def has_camera_move(text: str) -> bool:
    # "A pan left on the hob", "a frying pan": the kitchen's pan, not the camera's
    cooking = r"\b(?:a|the|her|his|their|frying|hot|sauce|cast-iron|non-stick)\s+pan\b(?!\s+(?:across|over|along|from|up|down|to)\b)"
    return bool(_CAMERA_MOVE.search(re.sub(cooking, " ", text, flags=re.I)))


def _is_topic(head: str) -> bool:
    """A short noun phrase naming what follows ("Skincare routine"), not a picture itself."""
    words = _words(head)
    return 0 < len(words) <= 4 and not has_finite_verb(head) and words[0] not in _DETERMINERS


def head_of(text: str) -> str:
    """The words before the first picture noun: where a logline says what it is."""
    m = _FORMAT_RE.search(text)
    return text[: m.end()] if m else text


def _item(sentence: Sentence, out: Split) -> None:
    """A list item or a numbered shot: one beat, its label and length kept."""
    text = sentence.text.strip().rstrip(".;")
    more = sentences(text)
    if len(more) > 1 and all(is_meta(m.text) for m in more[1:]):
        # "7) Sparklers exit at night. Natural sound from the vows.": the last item of a list
        # run into the notes after it.
        out.meta.extend(m.text for m in more[1:])
        text = more[0].text.strip().rstrip(".;")
    colon = _colon_split(text)
    end = False
    asides: tuple[str, ...] = ()
    if colon is not None and colon[1]:
        head, tail = colon
        # (the English words that tell a picture from a note say nothing of a foreign item)
        if _META_LABELS.match(head) or (
            not out.foreign and is_meta(text) and not has_picture(text)
        ):
            out.meta.append(text)
            return
        if _STORY_LABELS.match(head):
            end = bool(re.match(r"(?:final|last|end|ending|closing|pack)", head, re.I))
            text = tail
        elif _FRAMING_LABEL.match(head.strip()):
            # "2) medium - a boy dribbles alone": the framing is the label, the picture the rest.
            asides, text = (_FRAMING_LABEL.match(head.strip()).group(0),), tail  # type: ignore[union-attr]
    elif not out.foreign and is_meta(text):
        # (in another language the English tests read "Alberto che intaglia il riccio…" as no
        # picture, so a listed shot was lost; the list's own headings and notes went above)
        picture, aside = _dash_aside(text)
        if not aside:
            out.meta.append(text)
            return
        # "Juniper berries tumbling into the pot, slow - god I need a break": the writer's
        # sigh made the whole item a note; the picture is before the dash
        text, asides = picture, (aside,)
    beat = _beat(text, sentence)
    if beat is not None:
        out.beats.append(replace(beat, item=True, end=beat.end or end, asides=beat.asides + asides))


def _dash_aside(text: str) -> tuple[str, str]:
    """(picture, aside) when a listed picture runs, after a spaced dash, into the writer talking
    ("- god I need a break", "- don't ask", "- we're so excited lol"); else (text, "")."""
    head, dash, tail = text.rpartition(" - ")
    if (
        dash
        and content_words(head)
        and not is_meta(head)
        and not re.search(r"\d", tail)  # "- 3s", "- 16:9": a length or a format, read elsewhere
        and (_crew_note(tail) or _aside_clause(tail) or is_talk(tail))
    ):
        return head.strip(), tail.strip()
    return text, ""


# In a voice note said in one breath, the speaker's own words about a picture, up to its next
# "then": "we do that every spring tide", "oh and we sell them for…", "thats just so you know"
_SAID_IN_PASSING = re.compile(
    # (never right after "then", "and" or "so": "then we see the harbour" is the picture)
    r"(?<=\w)(?<!then)(?<!and)(?<!so)\s+(?:oh\s+(?:and\s+)?|btw\s+|by the way\s+)?"
    r"(?:we|i|they|he|she)\s+(?:(?:do|did) (?:that|this|it)\b|(?:sell|grow|make) (?:them|these|those|"
    r"it|about|over|around|\d)|always\b|usually\b|normally\b|used to\b)"
    r".*?(?=\s+then\s|$)"
    r"|(?<=\w)\s+(?:oh\s+and|oh|btw|by the way)\s+.*?(?=\s+then\s|$)"
    r"|(?<=\w)\s+(?:that'?s|thats) (?:it|all)\b.*?(?=\s+then\s|$)"
    r"|(?<=\w)\s+(?:dont|don'?t|do not|never) (?:show|put|include|film|use|mention)\b.*?(?=\s+then\s|$)",
    re.IGNORECASE,
)
# Where a run-on message turns from what it wants to the first shot ("so first off the boat…")
_FIRST_OFF = re.compile(
    r"\b(?:(?:so|right|ok|okay|and|yeah)[,\s]+)*(?:first off|first up|firstly|first of all|"
    r"to start (?:with|off)|(?:the )?first (?:shot|thing|picture|bit|scene) (?:is|would be|should "
    r"be|could be|will be|we see)|first thing|(?:we |you |let'?s |i'?d |we'?d )?(?:start|begin|open|kick "
    r"(?:it )?off)(?:ing)? (?:with|on))\b[,:\s]*",
    re.IGNORECASE,
)


def _story(
    text: str,
    sentence: Sentence,
    out: Split,
    *,
    semicolons: bool,
    end: bool = False,
    listing: bool = False,
) -> None:
    """Beats of one story sentence: semicolon parts, then comma lists, then 'then' clauses."""
    if (first := _FIRST_OFF.search(text)) and first.start() > 0:
        said = text[: first.start()].strip(" ,")
        if (len(_words(said)) >= 6 and is_meta(said)) or re.search(
            r"\b(?:video|film|clip|advert|ad|reel|promo|website|commercial)\b", said, re.I
        ):
            # "…what I'm after is a video for the website about a minute long so first off the
            # boat leaving the harbour then …": a voice memo says what it wants, then the shots
            out.meta.append(said)
            text = text[first.end() :]
    if len(_words(text)) >= 25 and not re.search(r"[,.;:!?]", text.rstrip(".!?")):
        # A voice note said in one breath: what the speaker adds about a picture, up to the
        # next "then", is talk ("…turning the bags we do that every spring tide which is twice
        # a month then…", "…the logo … since 1989 oh and we sell them for…")
        def aside(m: re.Match[str]) -> str:
            out.meta.append(m.group(0).strip())
            return " "

        # "…the jam jars on the shelves and finish with the sign…": the last shot, said so
        text = re.sub(
            r"\s+(?:and\s+)?(?:finish|end|close)(?:ing)?\s+(?:with|on)\s+",
            " then ",
            text,
            flags=re.I,
        )
        text = _SAID_IN_PASSING.sub(aside, text)
    parts: list[str] = []
    for part in split_top_level(text.rstrip(".!?"), ";"):
        if parts and re.match(r"^its\s", part, re.I):
            parts[-1] = f"{parts[-1]}; {part}"  # "tugs at the lock; its light ring flashes red"
        else:
            parts.append(part)
    for part in parts:
        for fragment, carried in _clauses(
            part,
            listing=listing or not semicolons,
            foreign=out.foreign,
            line=sentence.line,
        ):
            beat = _beat(fragment, sentence)
            if beat is not None:
                out.beats.append(
                    replace(beat, end=beat.end or end, continuing=beat.continuing or carried)
                )
    if end and out.beats:
        out.beats[-1] = replace(out.beats[-1], end=True)


_BACK_REFERENCE = re.compile(
    r"\b(?:around|on|over|beside|behind|under|into|from|off|against|in front of|next to|of)\s+"
    r"(?:it|them)\b",
    re.IGNORECASE,
)
# "…, its silvered surface catching the light", "…, her little brother beside her": a detail of
# the picture before it, not a picture of its own.
_ABSOLUTE = re.compile(
    r"^(?:its|his|her|their)\s+(?:[\w-]+\s+){0,3}(?:[\w-]+ing|[\w-]+ed|beside|next to|behind|"
    r"in front of|at (?:her|his|their) side|open|closed|empty|full|shut|gone|off|on)\b",
    re.IGNORECASE,
)
_LEADING_LENGTH = re.compile(
    r"^(?:an?\s+)?\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|minutes?|mins?)\s+(?:of\s+)", re.I
)


# "Noor and Felix", "Dev, Grace and Sam": names between commas
_NAMES = r"[A-Z][\w'-]+(?:(?:,\s*|\s+and\s+|\s+&\s+)[A-Z][\w'-]+)*"
_GERUND = re.compile(r"^[a-z]+ing\b")


_ARTICLE_ABROAD = (
    r"^(?:un|une|le|la|les|el|los|las|una|uno|der|die|das|ein|eine|einen|il|lo|gli|o|a|um|uma|"
    r"de|het|een|mon|ma|notre|nuestro|nuestra|unser|unsere|nostro|nostra|nosso|nossa|ons|onze)\s"
)


def _clauses(
    part: str, *, listing: bool, foreign: bool = False, line: bool = False
) -> list[tuple[str, bool]]:
    """A comma list of pictures, or one clause with asides; "then" starts a new clause. Each
    comes with whether its subject was carried over a "then" ("…, then unclips one shoe"): the
    same subject's action goes on, so its shot continues the one before. `line`: the sentence
    is a whole line of a brief laid out a line at a time, so the writer gave each picture its
    own line: its commas add to it, unless two of its parts are clauses with subjects of their
    own ("the kettle boils, the telly comes on")."""
    part = _LEADING_LENGTH.sub("", part.strip())
    head, dash, tail = part.rpartition(" - ")
    if (
        dash
        and content_words(head)
        and len(_words(tail)) <= 6
        and framing_from_words(tail) is not None
        and not has_finite_verb(tail)
        # ("- then a close-up of the parmesan" is a picture of its own)
        and not re.match(r"\s*(?:and\s+)?(?:then|cut|next|after)\b", tail, re.I)
        and " of " not in f" {tail} "
    ):
        # "12,000 runners packed under the gantry, …, the gun goes - from the drone, looking
        # straight down": a framing said after a dash is the whole sentence's
        return [
            (f"{clause}, {tail.strip().rstrip('.')}", carried)
            for clause, carried in _clauses(head, listing=listing, foreign=foreign, line=line)
        ]
    thens = re.split(r",\s*(?:and\s+)?then\s+", part, flags=re.I)
    if (
        not line
        and len(thens) >= 3
        # ("…Tomas climbing the stairs, then lighting the lamp": his act goes on, read below)
        and not any(
            (_starts_with_verb(t) or _GERUND.match(t.strip())) and not subject_of(t)
            for t in thens[1:]
        )
    ):
        # "start with the drone coming in over the marina, then cut inside the show flat,
        # that's the one on the seventh floor, big living room, light pouring in, then the
        # kitchen island, …": a run-on that orders its pictures with "then"; the commas between
        # two thens say more of one picture (unless they are clauses of their own)
        return [
            c
            for t in thens
            # ("then the crowds, a busker, a kid with candyfloss": pictures listed, each its own)
            for c in _clauses(
                t, listing=listing, foreign=foreign, line=not _each_led_by_an_article(t)
            )
        ]
    fragments = split_top_level(part, ",")
    # "Pip and the cat, Mochi, race to the table": a name between commas names what precedes it.
    i = 1
    while i < len(fragments) - 1:
        if re.fullmatch(_NAMES, fragments[i].strip()) and re.search(
            r"\b(?:(?i:the|a|an|her|his|their|our|my|two|three|four|both)\s+[\w-]+|me|him|us|them)$",
            fragments[i - 1],
        ):
            fragments[i - 1 : i + 2] = [", ".join(fragments[i - 1 : i + 2])]
        elif (
            foreign
            and re.fullmatch(r"[A-ZÀ-Ý][\w'-]+", fragments[i - 1].strip())
            and re.match(_ARTICLE_ABROAD, fragments[i].strip(), re.I)
            and len(_words(fragments[i])) <= 5
        ):
            # "Léon, un petit hérisson, se réveille…": a name and what it is, then its act
            fragments[i - 1 : i + 2] = [", ".join(fragments[i - 1 : i + 2])]
        elif (
            # "Margaret Ellison, our director, opening the door": a full name is a name too
            re.fullmatch(
                r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}",
                CONNECTORS.sub("", fragments[i - 1].strip()),
            )
            and re.match(r"^(?:the|a|an|our|my|his|her|their)\s", fragments[i].strip(), re.I)
            and not has_finite_verb(fragments[i])
            and (_starts_with_verb(fragments[i + 1]) or _GERUND.match(fragments[i + 1].strip()))
        ):
            # "Wren, our hero (hooded, green cloak), wades waist-deep…": one subject, one act.
            fragments[i - 1 : i + 2] = [", ".join(fragments[i - 1 : i + 2])]
        else:
            i += 1
    # "Two old friends, Walter (70s) and Ines (70s), meet every Sunday": the pieces before the
    # first verb are one subject, named between commas; the verb's clause is theirs.
    first_verb = next(
        (k for k, f in enumerate(fragments) if has_finite_verb(f) or _starts_with_verb(f)), 0
    )
    if (
        first_verb >= 1
        and _starts_with_verb(fragments[first_verb])
        and not _starts_with_subject(fragments[first_verb])
        and all(len(_words(f)) <= 8 for f in fragments[:first_verb])
        and any(re.search(r"\b[A-Z][a-z]", f) or has_body(f) for f in fragments[:first_verb])
    ):
        fragments[: first_verb + 1] = [", ".join(fragments[: first_verb + 1])]
    # "10 seconds, a lighthouse at night, waves crashing": the length is read as a directive and
    # is no part of the picture.
    while len(fragments) > 1 and lengths(fragments[0]) and not content_words(fragments[0]):
        fragments = fragments[1:]
    # "From above, a turquoise bay…": a framing said first belongs to the picture after it.
    while (
        len(fragments) > 1 and not content_words(fragments[0]) and not re.search(r'"', fragments[0])
    ):
        fragments[:2] = [f"{fragments[0]}, {fragments[1]}"]
    if line and not foreign:
        clauses = sum(has_finite_verb(f) and _starts_with_subject(f) for f in fragments)
        listed = clauses >= 2
    else:
        listed = _is_list(fragments, listing=listing)
    if (
        len(fragments) > 1
        and (
            listed
            # "rode auto rijdt de wasstraat in, dik roze schuim over de motorkap, draaiende borstels":
            # in a language whose verbs the planner does not know, each comma part is a picture
            or (foreign and len(fragments) >= 3 and all(len(_words(f)) >= 2 for f in fragments[1:]))
        )
    ):
        merged: list[str] = []
        for fragment in _join_enumerations(fragments):
            if (
                merged
                and not has_finite_verb(fragment)
                and (_BACK_REFERENCE.search(fragment) or _ABSOLUTE.match(fragment))
            ):
                merged[-1] = f"{merged[-1]}, {fragment}"  # "the bottle, water rippling around it"
            else:
                merged.append(fragment)
    else:
        merged = [_join_asides(fragments)]
    merged = _rejoin_asides(merged)
    if len(merged) == 1 and len(fragments) > 1 and _END_CARD.match(fragments[-1].strip()):
        # "…, the line of customers at the window, logo at the end": the end card is its own shot
        merged = [", ".join(fragments[:-1]), fragments[-1].strip()]
    if len(merged) > 1 and _OPENER.match(merged[0]):
        # "Open on an empty stage, a single spotlight, dust in the beam": what the opening picture
        # holds, said after it, is that picture (a verb starts a new one)
        opening = [merged[0]]
        rest = merged[1:]
        while (
            rest
            and not has_finite_verb(rest[0])
            and len(_words(rest[0])) <= 8
            and not (
                CONNECTORS.match(rest[0]) or _starts_with_verb(rest[0]) or "then" in _words(rest[0])
            )
            # "Open on the storefront at dawn, Rosa pulling sourdough from the oven, close-up of
            # flour…": someone at work, or a framing, starts the next picture
            and not re.match(
                r"^(?:wide|close|closer|extreme|medium|aerial|drone|insert|establishing)",
                rest[0].strip(),
                re.I,
            )
            and not (
                _NOUN_ING.match(rest[0].strip())
                and (has_body(rest[0]) or _NAMED_ING.match(rest[0]))
            )
        ):
            opening.append(rest.pop(0))
        merged = [", ".join(opening), *rest]
    out: list[tuple[str, bool]] = []
    previous_subject = ""
    for fragment in merged:
        pieces = re.split(r"(?:,\s*|\s+)(?:and\s+)?then\b[,\s]*", fragment, flags=re.I)
        for piece in pieces:
            piece = piece.strip(" ,")
            bare = CONNECTORS.sub("", piece).strip(" ,")
            if not bare:
                continue
            if (
                out
                and (said := split_top_level(out[-1][0], ",")[-1].strip())
                and re.match(r"(?:i|we)(?:'m|'re|'ll|\s+am|\s+are|\s+will)\b", said, re.I)
                and (_GERUND.match(bare) or (_starts_with_verb(bare) and not subject_of(bare)))
                and is_meta(said)  # (a vlog's "I'm pouring the milk, then …" is a picture)
            ):
                # "I'm in meetings till 3 then picking the kids up": the writer's day goes on,
                # no picture; it stays with the clause it continues
                out[-1] = (f"{out[-1][0]} then {piece}", out[-1][1])
                continue
            goes_on = (
                out
                and previous_subject
                and (
                    _starts_with_verb(bare)
                    # "Tomas climbing the stairs, then lighting the lamp": Tomas lights it
                    or (
                        _GERUND.match(bare)
                        and re.search(
                            rf"\b{re.escape(previous_subject)}\s+[a-z]+ing\b", out[-1][0], re.I
                        )
                    )
                )
            )
            if goes_on:
                # "a dog runs on a beach, then shakes off the water": the dog shakes, on from
                # the same moment. (The connector stays for _beat to read: "end on", "cut to".)
                piece = f"{piece[: len(piece) - len(bare)]}{previous_subject} {bare}"
                out.append((piece, True))
            else:
                out.append((piece, False))
            previous_subject = subject_of(bare) or previous_subject
    return out


_INTERJECTION_ONLY = re.compile(
    r"(?i:(?:and\s+|then\s+|so\s+)*(?:oh|ah|um+|uh+|erm|hmm+|yeah|yep|ok(?:ay)?|wow|lol|like|right|"
    r"anyway)[\s,.!?…]*)+"
)
_THE_BIT_WHERE = re.compile(
    r"^(?:(?:and|then|so|like|oh)[\s,.]+)*(?:the|that)\s+(?:bit|part|moment|shot)\s+(?:where|when)\s+"
    r"(?P<me>(?:i'm|i am)\s+)?",
    re.IGNORECASE,
)
# A shot's framing, lens and camera written before its picture, as a list's label.
_SPEC_TOKEN = (
    r"(?:extreme\s+close-?up|close-?up|ecu|bcu|xcu|mcu|cu|ms|ws|ls|els|med|medium|mid|wide|tight|"
    r"insert|overhead|aerial|pov|macro|handheld|hand-held|locked[- ]off|static|steadicam|gimbal|"
    r"(?:slow\s+)?(?:dolly|push)[- ]in(?:\s+slow)?|tracking|\d{2,3}\s*mm(?:\s+macro)?)"
)
_SHOT_SPEC = re.compile(
    # ("Overhead shot of a beach" keeps its words: the framing reader reads them there)
    rf"^(?P<spec>{_SPEC_TOKEN}(?:\s*,\s*{_SPEC_TOKEN})*)\s*[.:,]\s+(?!shots?\b)(?:on\s+)?(?=\S)"
    # "ECU her eyes between the gloves": a storyboard's abbreviation needs no stop
    r"|^(?-i:(?P<abbrev>ECU|BCU|XCU|MCU|CU|MS|WS|LS|ELS)\s+(?:on\s+)?(?=[a-z]))",
    re.IGNORECASE,
)
_BOARD_FRAMING = re.compile(r"^[.\s]*(ECU|CU|MCU|MS|WS|EWS|LS|INSERT|OTS|POV|CONTINUOUS)\.\s*")
_BOARD_WORDS = {
    "ECU": "extreme close-up", "CU": "close-up", "MCU": "close-up", "MS": "medium",
    "WS": "wide", "EWS": "wide", "LS": "wide", "INSERT": "insert", "OTS": "medium", "POV": "pov",
}  # fmt: skip
_SCRIPT_LINE = re.compile(
    r"^(?!(?:CONTINUOUS|CUT|FADE|SUPER|TITLE|CARD|INT|EXT|SFX|VO|MUSIC|LATER|MONTAGE|NOTE|END|"
    r"SCENE|SHOT|LOOK|BEAT|LOGO|TEXT|CAPTION|INSERT|CLOSE|WIDE|ANGLE|POV|BACK|DAY|NIGHT|"
    # "BEFORE: Bramble sitting on the grooming table": where a picture sits, no one speaking
    r"BEFORE|AFTER|THEN|NEXT|FIRST|LAST|FINAL|OPENING|CLOSING|INTRO|OUTRO|HOOK|CTA|PART|STEP|"
    r"ENDING|START|MIDDLE|REVEAL|TRANSITION|B-ROLL|BROLL|ARCHIVE|TITLES|ENDCARD|ENDSLATE|PACKSHOT|"
    r"VOICEOVER|NARRATOR|NARRATION)\b)"
    r"(?P<name>[A-Z][A-Z'-]{1,20})\s*(?:\((?P<how>[^)]*)\))?\s*:\s*(?P<words>(?![A-Z]{2,}\b).+)$"
)
_DROP_INSIDE = re.compile(
    r"\b(?:drop|lose|skip|scrap|scratch|ditch|bin|nix|kill|remove|cut)\s+the\s+"
    r"(?P<what>[\w'-]+(?:\s+[\w'-]+){0,2}?)\s+(?:shot|bit|scene|one)\b",
    re.IGNORECASE,
)
_SCRATCH = re.compile(
    r"^(?:(?:actually|ok(?:ay)?|no|hmm+|wait)[,.!\s-]+)*(?:scratch that|change of plan|"
    r"start(?:ing)? over|forget (?:all )?(?:that|the above)|on second thoughts?)\b",
    re.IGNORECASE,
)
# "he said no to that", "nah, skip that one", "not that one": the line before is refused, whatever
# it was (a reason may follow: "- people don't like being filmed"). "said", not "says": a story
# tells its no in the present ("Dad says no to that" is a picture).
_REFUSES_THE_LAST = re.compile(
    r"^(?:(?:ok(?:ay)?|so|well|yeah|actually|sorry|hmm+|nah|no|nope)[,.!\s]+)*"
    r"(?:(?:[\w']+\s+){0,2}said\s+no\s+to\s+(?:that|it|this)|no\s+to\s+(?:that|this)|"
    r"(?P<instead>(?:skip|drop|lose|ditch|bin|scrap|cut)\s+(?:that|this)|not\s+that))"
    r"(?:\s+(?P<kind>one|shot|idea|bit))?(?:\s+(?:then|please|pls|tho|though))?"
    r"(?:[.!]*$|\s*[,;:-]\s*(?P<rest>.+)$)",
    re.IGNORECASE,
)
_REASON = re.compile(
    r"^(?:because|since|as|cos|coz|they|he|she|people|it|it's|too|apparently)\b", re.IGNORECASE
)
_DROP = re.compile(
    r"^(?:(?:actually|on second thought|on second thoughts|scratch that|wait|hmm+|oh|also|"
    r"and|but|ok(?:ay)?|no)[,.!\s-]+)*(?:let's\s+|please\s+|we can\s+|you can\s+)?"
    r"(?:drop|skip|lose|scrap|scratch|ditch|bin|nix|remove|forget(?: about)?|leave out|cut)\s+"
    r"(?:the\s+)?(?P<what>(?!to\b)[\w'-]+(?:\s+(?!shot\b|scene\b|bit\b|part\b|one\b)[\w'-]+){0,2}?)"
    r"(?:\s+(?:shot|scene|bit|part|one))?(?=\s*(?:[,.;!-]|$|\s+(?:it|its|it's|they|that|since|"
    r"because|as)\b))",
    re.IGNORECASE,
)
# "And add our CTO, Hannah Fraser, handing the winners the trophy - put that right after the
# confetti.": a new shot, and where it goes
_ADD_PLACED = re.compile(
    r"^(?:(?:and|also|oh and|plus|ok(?:ay)?|so)[,\s]+)*(?:(?:can|could) (?:we|you) |please |let'?s )?"
    r"(?:also )?add (?:in )?(?P<what>.+?)\s*(?:[-–—,;]|\.)\s*(?:(?:and )?(?:put|place|have) (?:that|it|"
    r"this|them|her|him) )?(?:(?:right|just|straight) )?(?P<where>after|before) the (?P<anchor>[\w' -]+?)"
    r"(?:\s+(?:one|shot|bit|scene))?[.!]*$",
    re.IGNORECASE,
)
# "can we put Biscuit in the allotment one? (the dog, RIP)", "add Mehmet to the kebab shot":
# someone added to a shot already described, not a shot of their own
_INTO_SHOT = re.compile(
    r"^(?:(?:also|and|oh|ok(?:ay)?|yes|yeah)[,.!\s]+)*(?:(?:can|could) (?:we|you) (?:also )?|"
    r"let'?s (?:also )?|please (?:also )?|(?:i'?d|we'?d) like to )?(?:put|add|get|have|include|"
    r"stick)\s+(?P<what>[\w' -]{2,40}?)\s+(?:in|into|to)\s+the\s+(?P<shot>[\w' -]{2,30}?)\s+"
    # (the whole sentence: "Add the eggs to the flour one at a time" is a step, not a change)
    r"(?:one|shot|bit|scene)\b\s*[?.!]*\s*(?:\([^)]*\))?\s*[?.!]*$",
    re.IGNORECASE,
)
_END_CARD = re.compile(
    r"^(?:and\s+)?(?:(?:then\s+)?(?:our|the|a)?\s*(?:(?:shop|store|our)\s+)?(?:logo|end card|"
    r"title card|tagline|name|url|website|sign)\b[^,]*\bat the (?:very )?end\b|end (?:on|with) (?:our|the|a)\s+(?:logo|name|title|card))",
    re.IGNORECASE,
)


def drops_a_shot(sentence: str) -> bool:
    """The person takes a shot back ("scratch the drone shot", "Actually drop the hut.")."""
    return bool(_DROP_INSIDE.search(sentence) or _DROP.match(sentence.strip()))


_OPEN_INSTEAD = re.compile(
    # ("Pam: fine, but open on the science teacher instead": who says it, and how)
    r"^(?:[^.]{0,40}?(?:,|:|\bbut|\band)\s+)?(?:so\s+)?(?:open|start|begin)\s+(?:on|with)\s+the\s+(?:(?P<what>[\w'-]+)(?:\s+[\w'-]+)?\s+"
    r"(?:shot|one|bit)|(?P<what2>[\w'-]+(?:\s+[\w'-]+){0,6}))\s+instead\b[.!]?$",
    re.IGNORECASE,
)
# A kind of shot refused outright, in a reply or an afterthought: "NO drone", "riders hate drones"
_NO_SHOT_KIND = re.compile(
    r"\b(?:no|hates?|without|not\s+a|no\s+more|ban(?:ned)?)\s+(?:the\s+)?(?P<kind>drone|aerial)s?\b"
    r"(?!\s+(?:noise|sound|buzz))",
    re.IGNORECASE,
)
_OPENER = re.compile(
    r"^(?:and\s+)?(?:we\s+)?(?:open|opens|opening|start|starts|begin|begins)\s+(?:on|with)\b", re.I
)
_PLACE_ADVERB = re.compile(
    r"^(?:then\s+)?(?:and\s+)?(?:to finish|to end|to close|to start|to begin|finally|lastly|inside|outside|indoors|outdoors|upstairs|downstairs|nearby|back inside|"
    r"back outside|in there|out there|out front|out back|underwater|under water|overhead|offshore|"
    r"backstage|onstage|on stage|off stage|at sea|ashore|aboard|on board|below deck|up top)$",
    re.IGNORECASE,
)
# "On 'and you never looked up', cut to the drummer": a cue in the music or the story says when
# the next picture comes, and is no picture of its own.
_CUE_CLAUSE = re.compile(r"^(?:when|as|while|on|at|once|after)\b.*\"[^\"]+\"\s*$", re.IGNORECASE)
# "eyes closed", "arms raised", "fists clenched": how the person just seen holds themselves.
_BODY_STATE = re.compile(
    r"^(?:(?:her|his|their)\s+)?(?:eyes|hands|arms|hair|head|face|fists|feet|legs|mouth|lips)\s+"
    r"\w+(?:ed|en|t)\b",
    re.IGNORECASE,
)
_WHERE_THEY_ARE = re.compile(
    r"^(?:at|in|on|inside|beside|behind|under|by|near)\s+(?:an?|the|their|her|his)\s", re.I
)
_CAMERA_SUBJECT = re.compile(r"^(?:and\s+)?(?:the\s+)?camera\b", re.IGNORECASE)


def _rejoin_asides(fragments: list[str]) -> list[str]:
    """Pieces a comma cut from their picture: "inside, he's hunched over the bench" (a place
    said first), "Ines arrives late, out of breath" / "listening to the radio, eyes closed,
    smiling" (a state of the person just seen), "…, camera slowly craning up" (how the picture
    before it is filmed), "When she sings '…', we see the singer" (a cue for the picture after)."""
    out: list[str] = []
    carry = ""
    for fragment in fragments:
        f = fragment.strip()
        if _PLACE_ADVERB.match(f) or _CUE_CLAUSE.match(f):
            carry = f"{carry}{f}, "
            continue
        f = carry + f
        carry = ""
        person = (
            has_body(out[-1])
            or bool(
                re.match(
                    r"^(?:[A-Z][a-z]+\s+(?:and|&)\s+)?[A-Z][a-z]+\b(?!\s+(?:of|the)\b)", out[-1]
                )
            )
            if out
            else False
        )
        card = bool(out) and has_any(out[-1], ("card", "title", "logo", "end card", "caption"))
        if (
            out
            and (
                _CAMERA_SUBJECT.match(f)
                or (
                    # "Final card with the title, dates and box office number": what the card says
                    card
                    and not has_finite_verb(f)
                    and len(_words(f)) <= 6
                    and '"' not in f
                    and not _starts_with_subject(f)
                )
                or (
                    # "Two hosts, Noor and Felix, at a cluttered desk": where they are, not a picture
                    _WHERE_THEY_ARE.match(f)
                    and person
                    and not has_finite_verb(f)
                    and not has_finite_verb(out[-1])
                    and not _PREPOSITION_START.match(out[-1])
                )
                or (
                    person
                    and len(_words(f)) <= 4
                    and not _SOMEONE_START.match(f)  # "…, drummer in slow mo": someone else
                    and (not has_finite_verb(f) or _BODY_STATE.match(f))
                    and '"' not in f
                    and (
                        not _starts_with_subject(f)
                        or re.match(r"^(?:a bit|a little|a touch)\b", f, re.I)
                    )
                    and (not has_picture(f) or has_body(f))
                    and not CONNECTORS.match(f)
                )
                or (
                    # "crews hauling sails, spray coming over the bow": what happens around them
                    # ("…along the seafront, biscuit shaking off water": biscuit, said before, is
                    # the subject of a picture of its own)
                    person
                    and re.match(r"^[a-z]+\s+[a-z]+ing\b", f) is not None
                    and not _SOMEONE_START.match(f)  # "…, crowd cheering": a picture of the crowd
                    and sum(
                        len(re.findall(rf"\b{re.escape(f.split()[0])}\b", g, re.I))
                        for g in fragments
                    )
                    < 2
                    and not _starts_with_subject(f)
                    and not has_finite_verb(f)
                )
                or (
                    # "he's hunched over the bench, soldering - …": his hands at it, no new picture
                    person
                    and _words(f)[:1] != []
                    and _words(f)[0].endswith("ing")
                    and not CONNECTORS.match(f)  # "ending on the chateau" is the next picture
                    and (_words(f)[0] in HUMAN_MOTION_VERBS or is_english_word(_words(f)[0]))
                    and not _starts_with_subject(f)
                )
            )
        ):
            out[-1] = f"{out[-1]}, {lower_first(f)}"
            continue
        out.append(f)
    if carry:
        out.append(carry.rstrip(", "))
    return out


_NOUN_ING = re.compile(
    r"^(?:(?:a|an|the|some|two|three|four)\s+)?(?:[\w'-]+\s+){0,2}[a-z]+ing\b",
    re.IGNORECASE,
)


_SOMEONE_START = re.compile(
    r"^(?:(?:a|an|the|some|two|three|four|our|my)\s+)?(?:[\w-]+\s+)?(?:"
    + "|".join(re.escape(n) for n in sorted({*PERSON_NOUNS, *GROUP_NOUNS}, key=len, reverse=True))
    + r")s?\b",
    re.IGNORECASE,
)
_CAMERA_CUE = re.compile(
    r"^(?:slow[\s-]?mo(?:tion)?|close[\s-]?up|close on|extreme close|wide(?: shot)?|aerial|overhead|"
    r"pov|tracking shot|macro)\b",
    re.IGNORECASE,
)


def _is_list(fragments: list[str], *, listing: bool) -> bool:
    """Pictures separated by commas, rather than one sentence with asides?"""
    rest = fragments[1:]
    someone = [bool(_SOMEONE_START.match(f.strip())) for f in fragments]
    if len(fragments) >= 3 and not any(has_finite_verb(f) for f in fragments) and sum(someone) >= 2:
        return True  # "Singer in a neon lit alley, drummer in slow mo, crowd jumping at the end"
    if (
        len(rest) >= 2
        and has_finite_verb(fragments[0])
        and not any(has_finite_verb(f) for f in rest)
        and all(
            (someone[k + 1] and not re.match(r"^(?:her|his|their|its)\b", f.strip(), re.I))
            or _CAMERA_CUE.match(f.strip())
            for k, f in enumerate(rest)
        )
    ):
        return True  # "Jonah drops into the bowl, slow mo kickflip, crowd cheering"
    if (
        not has_finite_verb(fragments[0])
        and sum(bool(_NOUN_ING.match(f.strip())) and has_picture(f) for f in fragments) >= 3
    ):
        return True  # "A teapot pouring into a cup, steam curling up, leaves unfurling in a pot"
    if any(_starts_with_verb(f) and not _starts_with_subject(f) for f in rest):
        # "Hands open the box, lift out the case, pop the earbuds out": a list of actions.
        # "She reaches the crux, slips, and catches the hold" is one moment: a bare verb
        # ("slips") is a beat of the same action, not a shot of its own.
        actions = [f for f in rest if not is_meta(f)]
        return (
            all(_starts_with_verb(f) or is_meta(f) for f in rest)
            and has_finite_verb(fragments[0])
            and all(len(_words(CONNECTORS.sub("", f))) >= 3 for f in actions)
        )
    cues = sum(_opens_beat(f) for f in fragments)
    if has_finite_verb(fragments[0]):
        # A full sentence: later fragments are asides unless they are clauses of their own.
        return any(_opens_beat(f) and has_finite_verb(f) for f in rest) and cues >= 2
    if listing:
        return sum(has_picture(f) or _opens_beat(f) for f in fragments) >= 2
    return cues >= 2


_NAMED_ING = re.compile(r"^[A-Z][\w'-]+\s+\w+ing\b")


def _opens_beat(fragment: str) -> bool:
    f = fragment.strip()
    return bool(
        CONNECTORS.match(f)
        or _SUBJECT_OPENERS.match(f)
        or re.match(
            r"^(?:wide|close|closer|extreme|medium|aerial|drone|insert|slow|establishing)", f, re.I
        )
    )


def _starts_with_subject(fragment: str) -> bool:
    first = _words(fragment)[:1]
    return bool(first) and first[0] in _DETERMINERS


def _starts_with_verb(fragment: str) -> bool:
    words = _words(fragment)
    while words and words[0] in ("and", "then", "but"):
        words = words[1:]  # "…, and slides a tray into the window"
    first = words[:1]
    if not first:
        return False
    word = first[0]
    if (
        len(words) > 1
        and word.endswith("s")
        and _GERUND.match(words[1])
        and (word in _THINGS_THAT_ACT or (word not in _FINITE and word not in HUMAN_MOTION_VERBS))
    ):
        # "waves crashing below", "sparks flying": a plural, then what it does ("starts
        # running", "walks smiling" stay verbs of the one before)
        return False
    if word in _FINITE or (
        word in HUMAN_MOTION_VERBS and not word.endswith("ing") and word not in _PICTURE_NOUNS
    ):
        return True
    # A verb the lexicon lacks: "pats it dry", "tucks her hair back" — an -s word followed by
    # an object pronoun, a determiner or a particle.
    return (
        len(words) > 1
        and word.endswith("s")
        and not word.endswith("ss")
        and word not in _PICTURE_NOUNS
        and words[1] in _VERB_FOLLOWERS
    )


# Plurals that are verbs too, seen before what they do ("waves crashing", "lights flickering").
_THINGS_THAT_ACT = frozenset(
    ["waves", "leaves", "lights", "sparks", "flames", "drops", "tears", "streams", "crowds",
     "shadows", "flowers", "clouds", "birds", "bubbles", "ripples", "petals", "flags"]
)  # fmt: skip
_VERB_FOLLOWERS = frozenset(
    [
        "one",
        "two",
        "both",
        "my",
        "your",
        "our",
        "it",
        "them",
        "her",
        "him",
        "his",
        "their",
        "its",
        "the",
        "a",
        "an",
        "up",
        "down",
        "out",
        "off",
        "back",
        "away",
        "over",
        "into",
        "onto",
        "through",
        "along",
        "across",
        "around",
    ]
)


def subject_of(clause: str) -> str:
    """'A hand places a candle…' → 'the hand': who does the next verb-only clause ("the light
    turns green and she stands on the pedals" → she)."""
    later = re.findall(r"(?:,|\band)\s+(she|he|they|[A-Z][\w'-]+)\s+[a-z]+s\b", clause)
    if later:
        return later[-1]
    # "Our head brewer Declan (50s, flat cap) stirs…": the name the role introduces
    named = re.match(
        r"^(?i:an?|the|her|his|their|our|my|your)\s+(?:[a-z][\w'-]*\s+){1,3}([A-Z][\w'-]+)\b",
        clause,
    )
    if named:
        return named.group(1)
    m = re.match(
        r"^(?:an?|the|her|his|their|our|my|your)\s+((?:[\w'-]+\s+){0,2}?[\w'-]+?)(?=\s+\w+s\b)",
        clause,
        re.I,
    )
    if m and not has_finite_verb(m.group(1)):
        return f"the {m.group(1)}"
    m = re.match(
        r"^(?!(?:Our|My|Your|The|An?|Her|His|Their)\b)([A-Z][\w'-]+|hands|she|he|they)\b", clause
    )
    return m.group(1) if m else ""


def _join_asides(fragments: list[str]) -> str:
    return ", ".join(fragments)


def _join_enumerations(fragments: list[str]) -> list[str]:
    """'flour, eggs and sugar go into a bowl' is one picture: a bare word joins the next."""
    out: list[str] = []
    carry = ""
    for fragment in fragments:
        if out and not carry and (is_meta(fragment) or not content_words(fragment)):
            out[-1] = f"{out[-1]}, {fragment}"  # "25 seconds", "handheld": an aside, read later
            continue
        if (
            len(_words(fragment)) <= 1
            and not re.search(r'"', fragment)
            and fragment is not fragments[-1]
        ):
            carry = f"{carry}{fragment}, "
            continue
        if carry and not has_finite_verb(fragment):
            # "vows, rings, the first kiss": no verb gathers the bare words, each is a picture.
            out.extend(c for c in carry.split(", ") if c)
            carry = ""
        out.append(carry + fragment)
        carry = ""
    if carry:
        out.append(carry.rstrip(", "))
    # A meta fragment ("8 seconds", "macro", "nothing else") stays with the picture before it.
    joined: list[str] = []
    for fragment in out:
        if joined and (is_meta(fragment) or not content_words(fragment)):
            joined[-1] = f"{joined[-1]}, {fragment}"
        else:
            joined.append(fragment)
    return joined


_SCREENPLAY_CAMERA = re.compile(
    r"^((?:EXTREME\s+)?CLOSE(?:-UP)?\s+ON|ANGLE\s+ON|WIDE\s+ON|INSERT(?:\s+ON)?|POV|"
    r"OVERHEAD\s+ON|TRACKING\s+ON)\b[\s:,-]*"
)


_LIST_END = re.compile(
    r"^(?:done|that'?s it|that'?s all|the end|fin|etc|and so on|and more|you get the idea)[.!]*$",
    re.IGNORECASE,
)


def _beat(fragment: str, sentence: Sentence) -> Beat | None:
    """One beat from a fragment: connectors, interjections and meta asides taken off."""
    text = fragment.strip().strip(" .;")
    text = _INTERJECTIONS.sub("", text).strip()
    if _LIST_END.match(CONNECTORS.sub("", text)):
        return None  # "apples, the press, pouring a glass, done.": the list ends
    if text.endswith(":") and is_meta(text):
        return None  # "Perhaps:" on its own: a heading over the pictures that follow
    # "one unbroken shot, then starting on the furnace": the take is a directive, read already
    text = re.sub(
        r"^(?:one|a|a single)\s+(?:unbroken|continuous|single|long)\s+(?:shot|take)\s*,?\s*"
        r"(?:then\s+)?",
        "",
        text,
        flags=re.IGNORECASE,
    )
    # "Same shot, continuing - she crosses the square": the take carried over the cut, said
    # first (its dash and comma made the picture an aside)
    carried = re.match(
        r"^(?:(?:the\s+)?same\s+(?:shot|take)\s*,?\s*)?(?:continuing|continued|continuous|"
        r"continues)(?:\s*[-–—:,]\s*|\s+(?=(?:she|he|they|we|i|the|a|an|his|her|their)\b))",
        text,
        re.IGNORECASE,
    )
    if carried and text[carried.end() :].strip():
        text = text[carried.end() :]
    # Meta fragments inside a beat ("…in the rain, 25 seconds, handheld, …") become asides.
    kept: list[str] = []
    pulled: list[str] = []
    if spec := _SHOT_SPEC.match(text):
        # "WIDE, 24mm. A terraced house…", "Handheld, tight. Coach Errol wraps…", "ECU her
        # eyes…": how the shot is framed and moved, said before what it shows
        for token in re.split(r"\s*,\s*|\s+(?=\d+mm\b)", spec["spec"] or spec["abbrev"]):
            pulled.append(FRAMING_SHORTHAND.get(token.strip().lower(), token.strip().lower()))
        text = text[spec.end() :].strip()
    for aside in re.findall(r"\s*\(([^()]*)\)", text):
        if _crew_note(aside) or _aside_clause(aside):
            # "singing (we want its song clear)", "(SFX, let it ring)": a note to the crew
            pulled.append(aside)
            text = text.replace(f"({aside})", " ").replace("  ", " ").strip()
    if (
        len(dashed := re.split(r"\s+[-–—]\s+", text)) > 1
        and content_words(" ".join(dashed[:-1]))
        and (
            re.search(r"\b(?:pls|plz|please)\b", dashed[-1], re.I)
            # "- no lens flares": a prohibition after a picture that acts (not a page footer's
            # "— Confidential — Not for distribution")
            or (
                re.match(r"(?:nothing|not|no|never|don't|avoid)\b", dashed[-1], re.I)
                and not _FOOTER.search(text)
            )
            # "- honestly I'm shattered": the writer talking, after the picture
            or (_dash_aside(text)[1] == dashed[-1].strip() and '"' not in dashed[-1])
        )
    ):
        # "two friends clinking glasses - nothing too "influencer" pls, Rob will have a fit"
        pulled.append(dashed[-1])
        text = " - ".join(dashed[:-1])
    # "14:05 - Priya walking down the aisle": a run sheet's time of day, no length and no picture
    text = re.sub(r"^\d{1,2}[:.]\d{2}\s*(?:am|pm)?\s*[-–—:]\s+", "", text, flags=re.I)
    for piece in split_top_level(text, ","):
        aside = (
            bool(kept)
            and '"' not in piece
            and not re.fullmatch(r"\s*[A-Z][\w'-]+\s*", piece)  # "a babysitter, Jess, checks"
            and (is_meta(piece) or not content_words(piece))
        )
        (pulled if aside else kept).append(piece)
    text = ", ".join(kept)
    jump = has_any(text, JUMP_WORDS)
    end = bool(END_CUES.match(text))
    if re.match(r"^(?:(?:oh|and|also)\s+)*(?:put|add|show|stick|throw)\s+", text, re.I) and (
        at_end := _AT_THE_END.search(text)
    ):
        # "oh and put the phone number at the end, 0161 555 0192": the end card, with its words.
        end = True
        text = (text[: at_end.start()] + text[at_end.end() :]).strip(" ,")
        text = re.sub(
            r"^(?:(?:oh|and|also)\s+)*(?:put|add|show|stick|throw)\s+", "", text, flags=re.I
        )
    continuing = bool(carried) or bool(_CONTINUING.search(text))
    text = _CONTINUING.sub(" ", text).strip(" ,")
    text = CONNECTORS.sub("", text).strip(" ,")
    text = REQUEST.sub("", text).strip(" ,")
    text = re.sub(r"^(?:just|only)\s+(?=(?:the|a|an|our|my|some)\s)", "", text, flags=re.I)
    # "so me - i'm Juno btw you know that - me sitting on the floor": who is talking, aside
    text = re.sub(
        r"^(?:so\s+)?(?:me\s*)?-\s*(?:i'?m|i am)\s+[^-]{1,40}?\s+-\s+", "", text, flags=re.I
    )
    text = CONNECTORS.sub("", text).strip(" ,")
    # "Wren, our hero (hooded, green cloak), wades": the role is the cast's, not the picture's.
    text = re.sub(
        r",\s*(?:our|the|a)\s+(?:hero|heroine|protagonist|lead|main character|narrator)"
        r"(?:\s*\([^)]*\))?\s*,",
        "",
        text,
        flags=re.I,
    )
    while board := _BOARD_FRAMING.match(text):
        # "CU. Milo's face", "MS. CONTINUOUS. He sprints": a storyboard's framing and cues
        word = board.group(1).upper()
        if word == "CONTINUOUS":
            continuing = True
        else:
            pulled.append(_BOARD_WORDS.get(word, word.lower()))
        text = text[board.end() :].strip()
    if camera := _SCREENPLAY_CAMERA.match(text):
        # "CLOSE ON the door handle - it turns": the direction frames the shot, it is not seen.
        pulled.append(camera.group(1).lower())
        text = text[camera.end() :].strip()
    text = re.sub(r",?\s*nothing else\s*$", "", text, flags=re.I)
    if tail := re.search(r"\s+and\s+that'?s\s+(?:the\s+end|it|all)\b.*$", text, re.I):
        text, end = text[: tail.start()], True
    asides: list[str] = list(pulled)
    pieces = split_top_level(text, ",")
    while len(pieces) > 1 and is_meta(pieces[-1]) and not re.search(r'"', pieces[-1]):
        asides.insert(0, pieces.pop())
    text = ", ".join(pieces)
    if not text or not (content_words(text) or re.search(r'"[^"]+"', text)):
        return None
    if _paperwork(text):
        return None  # "(I'd like) a rough shot plan I can hand my second shooter"
    label = ""
    colon = _colon_split(text)
    if colon is not None:
        label = colon[0].lower()
    text = text[:1].upper() + text[1:]
    return Beat(
        text=text,
        setting=sentence.setting,
        seconds=sentence.seconds,
        end=end,
        continuing=continuing,
        jump=jump,
        label=label,
        asides=tuple(asides),
        single=has_camera_move(text),
    )


def subject_prefix(beats: list[Beat], subject: str) -> list[Beat]:
    """'Three shots of the same red mug: on a shelf, in the sink' → 'The red mug on a shelf'."""
    if not subject:
        return beats
    subject = split_top_level(subject, ",")[0]
    subject = re.sub(r"\s+(?:on|in|at|during)\s+(?:an?|the|their|his|her)\s+.*$", "", subject)
    name = re.sub(r"\b(?:the\s+)?same\s+", "the ", subject, flags=re.I).strip()
    name = re.sub(r"^(?:an?)\s+", "the ", name, flags=re.I)
    out = []
    for beat in beats:
        if _PREPOSITION_START.match(beat.text):
            text = f"{name[:1].upper()}{name[1:]} {lower_first(beat.text)}"
            beat = replace(beat, text=text)
        out.append(beat)
    return out


def logline_subject(line: Logline) -> str:
    """The subject a logline's 'of …' names, up to its first comma: 'Aiko', 'the same runner'."""
    return split_top_level(line.picture, ",")[0] if line.picture else ""
