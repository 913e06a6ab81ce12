"""Splitting a brief into what is *about* the video (meta) and what we *see* (beats).

A brief mixes sentences about the production ("A 40-second opener for a travel channel.", "Budget is
tight so keep it simple.", "Painterly, moody, 16:9.") with sentences that describe pictures. The
meta parts feed the directives (length, format, look, continuity); the picture parts become beats,
one per thing to see, in story order. A logline may carry a picture of its own ("Make me a video of
a cat knocking a glass off a table") or the subject of every clip ("Three clips of Aiko, a girl…").

The modules, in the order they build on one another (each imports only those listed before it):

    words.py      the vocabularies: format nouns, connectors, verbs, picture nouns
    headings.py   labels before a colon ("Look:", "Opening shot:") and the brief's own heading
    talk.py       the message around the brief: greetings, chatter, sign-offs, paperwork
    meta.py       `is_meta`, `is_look`: sentences about the video rather than in it
    loglines.py   `logline`: the sentence that names the production, and its picture
    parts.py      `Beat`, `Split`: what the splitting hands back
    subjects.py   who does what, carried over a 'then' and from a logline to its shots
    asides.py     what brackets and dashes say beside a picture
    fragments.py  `_beat`: one fragment into one beat, connectors and asides taken off
    commas.py     a comma list of pictures, or one picture and its asides
    clauses.py    a story sentence's clauses and its runs of 'then'
    revisions.py  shots the brief drops, refuses, adds or moves first
    reading.py    `_read_sentence`: what one sentence is, and its beats
    passes.py     looks at the whole brief: a cast list, a heading subject, the second reader
    split.py      `split_brief`: the whole brief, sentence by sentence

Other modules import the public names from this package, as they did from the single module.
"""

from agent.briefing.beats.asides import is_gossip
from agent.briefing.beats.fragments import has_camera_move
from agent.briefing.beats.headings import FILM_TITLE, FORMAT_HEADING
from agent.briefing.beats.loglines import Logline, head_of, logline, someone_doing
from agent.briefing.beats.meta import is_look, is_meta, names_the_video, writer_in_shot
from agent.briefing.beats.parts import Beat, Split
from agent.briefing.beats.revisions import drops_a_shot
from agent.briefing.beats.split import split_brief
from agent.briefing.beats.subjects import logline_subject, subject_of, subject_prefix
from agent.briefing.beats.talk import is_talk
from agent.briefing.beats.words import (
    CONNECTORS,
    END_CUES,
    FORMAT_NOUNS,
    JUMP_WORDS,
    REQUEST,
    TIME_MARKS,
    content_words,
    has_finite_verb,
    has_picture,
)

__all__ = [
    "CONNECTORS",
    "END_CUES",
    "FILM_TITLE",
    "FORMAT_HEADING",
    "FORMAT_NOUNS",
    "JUMP_WORDS",
    "REQUEST",
    "TIME_MARKS",
    "Beat",
    "Logline",
    "Split",
    "content_words",
    "drops_a_shot",
    "has_camera_move",
    "has_finite_verb",
    "has_picture",
    "head_of",
    "is_gossip",
    "is_look",
    "is_meta",
    "is_talk",
    "logline",
    "logline_subject",
    "names_the_video",
    "someone_doing",
    "split_brief",
    "subject_of",
    "subject_prefix",
    "writer_in_shot",
]
