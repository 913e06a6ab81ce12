"""The person's cast lines in the chat, answered through the service.

"Maya is this photo: ./maya.png", "use ./logo.svg for the brand", "Maya's LoRA is https://… at
0.8", "make a character sheet for Maya", "approve the sheet for Maya", "show the cast" — read by
agent.chat_words.parse_cast and carried out here, the person's own acts (no model in between), each
a service verb. A sheet is paid: it comes back as an approval, answered like any other.
"""

from __future__ import annotations

from pathlib import Path

from agent.chat_words import CastPhrase
from agent.errors import NOT_UNDERSTOOD, Declined
from sessions.models import Approval
from tools.service import ProductionService, ServiceError
from tools.service.cast import describe_cast


def answer_cast(
    service: ProductionService, session_id: str, phrase: CastPhrase, cwd: Path | None = None
) -> str | Approval:
    """Do what the cast line says; a reply for the person, or the sheet's pending approval."""
    try:
        if phrase.action == "show":
            plan = service._plan(session_id)
            return (
                describe_cast(plan).replace("cast: ", "The cast: ", 1)
                or "The plan has no cast yet."
            )
        if phrase.action == "reference":
            path = Path(phrase.path).expanduser()
            if not path.is_absolute():
                path = (cwd or Path.cwd()) / path
            plan, ref = service.set_cast_reference(session_id, phrase.name, path)
            member = next(m for m in plan.cast if any(r.sha256 == ref.sha256 for r in m.references))
            shots = ", ".join(member.shots) or "no shot yet"
            said = (
                f"{member.name} is now shown as {ref.original} (sha256 {ref.sha256[:12]}…, added by "
                f"{ref.added_by}) in {shots}; plan v{plan.version}. Engines that take references "
                "get it first, and each keyframe is checked against it"
            )
            return _made_again(service, session_id, said, member.name, list(member.shots))
        if phrase.action == "lora":
            plan = service.set_cast_lora(session_id, phrase.name, phrase.url, scale=phrase.scale)
            return f"{phrase.name}'s LoRA is set (scale {phrase.scale:g}); plan v{plan.version}."
        if phrase.action == "sheet":
            return service.request_reference_sheet(session_id, phrase.name)
        if phrase.action == "describe":
            plan = service._plan(session_id)
            who = plan.member(phrase.name)
            if who is None:
                return Declined(f"There is no {phrase.name} in the cast.")
            parts = [p for p in who.description.split(", ") if p]
            if phrase.text.strip().lower() in (p.lower() for p in parts):
                return Declined(
                    f"{who.name} is already described as “{phrase.text}”: nothing changed."
                )
            # "older" then "younger": the newer word replaces its opposite, never sits beside it
            opposite = _OPPOSITES.get(phrase.text.strip().lower())
            parts = [p for p in parts if p.lower() != opposite]
            words = ", ".join([*parts, phrase.text])
            plan = service.update_cast_member(
                session_id, who.name, description=words, actor="person"
            )
            described = plan.member(who.name)
            ids = list(described.shots) if described is not None else []
            # the shots by id, not "every shot they are in" (the person is no "they")
            where = " and ".join([", ".join(ids[:-1]), ids[-1]] if len(ids) > 1 else ids)
            said = f"{who.name} is now described as “{words}”" + (f" in {where}" if where else "")
            return _made_again(service, session_id, f"{said} (plan v{plan.version})", who.name, ids)
        if phrase.action == "rename":
            plan = service.rename_cast_member(session_id, phrase.name, phrase.text)
            return (
                f"{phrase.name} is now {phrase.text} in the cast and in every shot that named "
                f"them (plan v{plan.version})."
            )
        if phrase.action == "approve_sheet":
            plan = service.approve_sheet(session_id, phrase.name)
            return f"{phrase.name}'s sheet is approved: shots use it from now on (plan v{plan.version})."
    except ServiceError as exc:
        return Declined(exc)
    return Declined(f"{NOT_UNDERSTOOD} that cast line.")


_PAIRS = (
    ("older", "younger"),
    ("taller", "shorter"),
    ("thinner", "heavier"),
    ("slimmer", "bigger"),
)
_OPPOSITES = {a: b for pair in _PAIRS for a, b in (pair, pair[::-1])}


def _made_again(
    service: ProductionService, session_id: str, said: str, name: str, ids: list[str]
) -> str | Approval:
    """`said`, and — when the member's takes went stale on an approved plan — the production
    that makes them again, asked with its price. ("made again" was said and nothing was asked;
    a new reference left S01 and S02 stale, the session "partial", with nothing asked at all.)"""
    plan = service._plan(session_id)
    if not plan.approved:
        return f"{said}."
    follow = service.request_production(session_id, actor="person")
    if follow is None:
        return f"{said}; nothing of {name}'s was made yet."
    asked = follow.summary.splitlines()[0] if follow.summary else "the stale takes"
    made = any(a.shot_id in ids for a in service.store.artifacts(session_id, current_only=True))
    # (a production asked before any take was made is set aside and asked again: its shots are
    # made, not made again)
    again = " again" if made else ""
    where = " and ".join([", ".join(ids[:-1]), ids[-1]] if len(ids) > 1 else ids)
    return (
        f"{said}; {where or 'those shots'} {'is' if len(ids) == 1 else 'are'} made{again} once "
        f"you approve: {asked}."
    )
