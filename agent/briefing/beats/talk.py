"""Talk to the maker, not the film: the message around the brief.

Greetings and chatter ("Hi team", "Following our call…"), sign-offs and signatures ("Best, /
Karen", "- Luca"), paperwork about the document or the crew ("TREATMENT v3 - for client
approval"), who writes and whom the video is for ("Casa Almendra - a twelve-room hotel…", "for our
YouTube channel"), and the request said in the other languages. None of it is a picture: `is_meta`
and `split_brief` set it aside.
"""

from __future__ import annotations

import re

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
# "Best, / Karen", "Cheers", "Thanks!": how an email ends.
_SIGN_OFF = re.compile(
    r"^(?i:with best wishes|with kind regards|with thanks|with love|mit freundlichen grüßen|"
    r"freundliche grüße|beste grüße|herzliche grüße|cordiali saluti|distinti saluti|atentamente|"
    r"un abrazo|abraços|atenciosamente|cumprimentos|bien à vous|bien cordialement|amitiés|"
    r"best|best wishes|all the best|many thanks|thanks so much|thanks a lot|cheers|thanks|"
    r"thank you(?: so much| very much)?|thanks very much|thx|ty|regards|kind regards|best regards|warm regards|warmly|sincerely|"
    r"yours(?: sincerely| truly)?|speak soon|talk soon|xx?|ta|done|that's it|that's all|"
    # a chat agreeing, at its end ("👌 agreed then, sending it over")
    r"agreed(?: then)?(?:,? sending (?:it|this) (?:over|across))?|sending (?:it|this) (?:over|across)|"
    r"gracias|muchas gracias|saludos|un saludo|merci|merci beaucoup|cordialement|bises|danke|"
    r"vielen dank|viele grüße|liebe grüße|mfg|grazie|grazie mille|obrigad[oa]|bedankt|"
    r"groetjes|met vriendelijke groet|"
    # Māori, Welsh, Irish: "Ngā mihi nui", "Diolch yn fawr", "Go raibh maith agat"
    r"ngā mihi(?: nui| maioha)?|nga mihi(?: nui)?|nāku noa(?:,? nā)?|naku noa|diolch(?: yn fawr)?|"
    r"cofion(?: cynnes| gorau)?|go raibh maith agat|le meas|slán)\b"
    # ("Ta, Shaz (press officer)": a name and who they are; never "Best Friends Forever (end
    # card)", "Best Man Rory (close up)", a card and a shot)
    r"\s*[,!.]*(?:\s+[A-Z][\w'-]+){0,2}"
    r"(?:\s*\((?![^()\n]*\b(?:card|shot|close|wide|up|logo|title|insert)\b)[^()\n]{1,40}\))?[.!]?$"
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
    # "its Lorraine, Dave Hallett's wife (the thatcher) he's useless with phones so…": who
    # writes for whom
    r"(?:it's|its|it is|this is)\s+(?-i:[A-Z])[\w'-]+,\s+(?:(?-i:[A-Z])[\w'-]+\s+)*"
    r"(?:(?-i:[A-Z])[\w'-]+'s\s+)(?:wife|husband|partner|daughter|son|mum|mom|dad|sister|brother|"
    r"assistant|pa|colleague|manager|friend|neighbour|neighbor|niece|nephew|granddaughter|"
    r"grandson|girlfriend|boyfriend|fiancée?)\b|"
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
    r"my name(?:'s| is)\s+[A-Z][\w'-]+\b(?=[^.!?]{0,120}[.!?]?$)"
    r"(?![^.!?]*,\s+[^,.!?]*(?<!been\s)(?<!are\s)(?<!is\s)(?<!was\s)\b[a-z]{3,}ing\b)|"
    # "Good afternoon, my name is Sandra Pickles and I am the General Manager of the Regal
    # Bingo Club in Accrington, which has been …": a long one, with no picture asked for in it
    r"(?:good (?:morning|afternoon|evening),?\s+)?my name(?:'s| is)\s+[A-Z][\w'-]+\b"
    r"(?![^.!?]*\b(?:then|first|start|open|shot|like|want|need|show|see|film|video|reel|clip|"
    r"promo)\b)"
    # (nor pictures after a comma: "…I run the Regal Bingo Club, the balls tumbling in the
    # machine, Big Tony calling the numbers")
    r"(?![^.!?]*,\s+[^,.!?]*(?<!been\s)(?<!are\s)(?<!is\s)(?<!was\s)\b[a-z]{3,}ing\b)"
    r"(?=[^.!?:]{0,400}[.!?]?$)|"
    # "Kevin Lau, head coach at Golden Phoenix Lion Dance, Manchester.", "Volunteer lock keeper
    # at Hatherton Five Rise.": who writes, by their role (no one doing anything)
    r"(?:(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)?,\s*)?(?!(?:the|a|an)\s)(?:[\w-]+\s+){0,2}"
    r"(?:coach|keeper|secretary|manager|owner|founder|co-founder|director|chair|chairman|"
    r"chairwoman|chairperson|treasurer|volunteer|teacher|captain|trustee|officer|coordinator|"
    r"organiser|organizer|president|warden|ranger|curator)\s+(?:at|of|for|with)\s+(?-i:[A-Z])"
    r"(?![^.!?]*\b(?:is|are|was|were|(?-i:[a-z])\w{2,}ing)\b)"
    r"[^.!?]{0,80}[.!]?$|"
    # "he was my grandads tortoise first", "she was our first ever customer": whose they were,
    # a story told of them and no picture
    r"(?:he|she|it|they)\s+(?:was|were|used to be)\s+(?:my|our|his|her|their)\s+[\w']+"
    r"(?:\s+[\w']+)?(?:\s+(?:first|before|originally|once))?\s*[.!]*$|"
    # "Proposed T. Achebe, seconded G. Sørensen, carried unanimously.": how the minutes agreed it
    r"(?:proposed|seconded|carried|moved|agreed|resolved)\b[^.!?]{0,80}\b(?:seconded|carried|"
    r"unanimously|nem\.? con|agreed)\b|"
    r"(?:proposed|seconded)\s+(?:by\s+)?(?:(?-i:[A-Z])\.\s*)+(?-i:[A-Z])[\w'-]+\b|"
    r"carried(?:\s+unanimously|\s+nem\.?\s*con\.?)?\s*[.!]?$|"
    r"(?:the meeting|meeting)\s+(?:closed|ended|opened)\b|"
    r"[^.!?]{0,60}\bminutes of (?:the )?(?:[\w-]+\s+){0,3}meeting\b|"
    # "Head office has asked each club to put together something short for our Facebook page":
    # who asked for the film
    r"(?:[\w'-]+\s+){1,4}(?:has|have|had)\s+asked\s+(?:us|me|each|every|all|our)\b[^.!?]{0,40}?"
    r"\bto\s+(?:make|put together|do|create|produce)\s+(?:something|a|an)\b"
    # (not "…to make a 20s video of the warehouse robots": the picture asked for)
    r"(?!(?:\s+[\w'-]+){0,4}\s+(?:of|showing|featuring)\b)|"
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
# "Casa Almendra - a twelve-room hotel on the cliffs above Deià": who is asking, not a picture
_WHO_WE_ARE = re.compile(
    # ("Outside, the pub sign swinging in the wind": where, then the picture, no one writing;
    # "Next Level Fitness - a gym in Leeds" is still a business, with no comma after "Next")
    r"^(?!(?:Outside|Inside|Then|Later|Meanwhile|Next|Finally|Here|There|Also|Upstairs|"
    r"Downstairs|After|Before|Back|Now|Open|Close|End|Cut|Indoors|Outdoors|Nearby|Across|Behind|"
    r"Opposite|Overhead|Below|Above|Again|Lastly|First)\b,)[A-Z][\w'&]+(?:\s+[A-Z][\w'&]+){0,3}\s*(?:-|–|—|,)\s*(?:an?|the|our)\s+(?:[\w-]+\s+){0,3}"
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
    r"(?:[ \t]*,[ \t]*(?:(?P<role>(?:[a-z]+[ \t]+){0,3}(?:keeper|manager|director|owner|founder|"
    r"producer|co-?ordinator|officer|lead|head|chef|teacher|coach|ceo|cmo|assistant|intern|"
    r"comms|team|volunteer|organi[sz]er|editor|designer|photographer|videographer|secretary|"
    r"chair|president|partner|curator|ranger|captain|manageress))|(?P<place>(?:[A-Z][\w'&.-]*[ \t]*){1,4})))?"
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
