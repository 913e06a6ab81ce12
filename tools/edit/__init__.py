"""The hand-off to the edit suite: the session as an editor's timeline, and the edit back as a plan.

cut.py gathers what the timeline shows (current takes in plan order, alternates, continuity
warnings) from the store; timeline.py builds the OpenTimelineIO timeline and writes it as .otio,
FCP 7 XML or CMX 3600 EDL beside a copy of its media; replan.py reads an editor's timeline back
into a new plan version.
"""
