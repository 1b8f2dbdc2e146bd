"""Hearing distress in what a person writes, so the app can offer support (never to judge).

A phrase match, not a word match: "cut myself some slack" or "killing it at work" are everyday
speech, while "kms" or "ending it all" are not. The text is first normalised (lower case, the
usual contractions and chat spellings expanded), everyday idioms are blanked out, then the risk
phrases are looked for. A phrase marked negatable is ignored right after a negation ("I did not
hurt myself"), so a recovery win is not mistaken for a warning.

A false alarm costs one gentle offer the person can wave away; a miss leaves them alone. The
phrases lean towards offering. Nothing here blocks, rewrites or stores anything.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal

from smallwins_tui.core.distress_phrases import (
    IDIOMS,
    NEGATORS,
    normalise,
    risk_phrases,
)

_SOMEONE_ELSE = re.compile(
    r"\b(she|he|they|her|his|their|friend|friends|brother|sister|mum|mom|dad|partner|son|"
    r"daughter|colleague|client|someone|people|others|cousin|flatmate)\b(?!.*\b(i|me|myself)\b)"
)
"""In the same clause, before the words: someone else's distress ("she felt suicidal"), heard
only in the naming words ("suicide", "self harm"), never in a first-person phrase."""
_NAMING = ("suicide", "self harm")

_THEIR_WORDS = re.compile(
    r"\b(she|he|they|friend|friends|brother|sister|mum|mom|dad|partner|son|daughter|colleague|"
    r"client|cousin|flatmate|character)( (said|says|told|tells|me|us|felt|feels|was|is|has|had|"
    r"keeps|kept|also|just|really|still|that|often))* $"
)
"""Right before the words, someone else as the one speaking ("my friend said she wanted to
die"): their distress, not the writer's, unless the words themselves say me or myself."""
_PAST_AFTER = re.compile(
    r"( [^ |]+){0,2} (years ago|a year ago|last year|back then|in the past|when i was "
    r"(younger|a teen\w*|a kid|at school))\b"
)
"""Right after a naming word, a time long gone ("felt suicidal years ago"): a history, not now."""
_NO_BEFORE = re.compile(r"\b(no|zero|without|nothing)( [^ |]+){0,2} $")
"""Before a naming word, none of it ("no thoughts of self harm this week")."""
_RETURNED = re.compile(r"\b(again|back|still|return\w*)\b")
"""...unless the feeling is said to be back ("an attempt last year and the feelings are back")."""
_FIRST_PERSON = re.compile(r"\b(i|me|my|myself)\b")


def distress_cue(text: str, *, prefilter: bool = True) -> str | None:
    """The words that sound like distress (for tests and the README), or None.

    ``prefilter=False`` reads every line against every phrase, skipping the phrase index; a
    test uses it to check that the index never hides a line the phrases would hear.
    """
    heard = _heard(normalise(text), prefilter=prefilter)
    return None if heard is None else heard[0]


def _heard(plain: str, *, prefilter: bool = True, mine_only: bool = True) -> tuple[str, str] | None:
    """The risk phrase heard in normalised text. ``mine_only=False`` also hears words set
    down as someone else's ("my friend said she wanted to die"). The words heard, and the
    start of their clause (who is speaking, or spoken of)."""
    plain = IDIOMS.sub(" ~ ", plain)
    for phrase in risk_phrases():
        if prefilter and not phrase.may_match(plain):
            continue
        for match in phrase.pattern.finditer(plain):
            before = plain[: match.start()]
            if phrase.negatable and NEGATORS.search(before):
                continue
            clause = before.rsplit("|", 1)[-1]
            naming = match.group(0).strip() in _NAMING
            if mine_only and naming and _SOMEONE_ELSE.search(clause):
                continue
            after = plain[match.end() :]
            if naming and (
                NEGATORS.search(before)
                or _NO_BEFORE.search(before)
                or (_PAST_AFTER.match(after) and not _RETURNED.search(after))
            ):
                continue
            if (
                mine_only
                and _THEIR_WORDS.search(clause)
                and not _FIRST_PERSON.search(match.group(0))
            ):
                continue
            return match.group(0).strip(), clause
    return None


class _Lazy:
    """A pattern compiled on first use: the detector is imported on every ``smallwins add``,
    and most lines never need the patterns for someone else's words."""

    __slots__ = ("_compiled", "_source")

    def __init__(self, source: str) -> None:
        self._source = source
        self._compiled: re.Pattern[str] | None = None

    @property
    def pattern(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self._source)
        return self._compiled

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text)

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str) -> str:
        return self.pattern.sub(repl, text)


Concern = Literal["self", "other", "maybe"]
"""Whose safety the words are about: the writer's own (heard clearly: kept as a note), someone
they are worried for, or "maybe" the writer's (heard only by the broader model in
:mod:`smallwins_tui.core.distress_maybe`: the same calm offer, and the line stays a win)."""

_SOMEONE = _Lazy(
    r"\b(she|he|they|her|him|his|their|them|shes|hes|theyre|friends?|best friend|bestie|bff|"
    r"mate|brother|sister|sibling|mum|mom|mother|dad|father|parent|partner|husband|wife|"
    r"boyfriend|girlfriend|fiance|son|daughter|kid|child|teen\w*|colleague|coworker|client|"
    r"cousin|flatmate|roommate|housemate|niece|nephew|aunt|uncle|grandad|grandma|student|"
    r"pupil)\b"
)
"""Someone else named in the words: without one, nothing is taken as another person's risk."""
_STORY = _Lazy(
    r"\b(book|novel|film|movie|show|series|episode|game|gaming|character|story|plot|play|"
    r"fiction|news|article|paper|podcast|documentary|lyrics|song|villain|hero)\b"
)
"""A story, a game or the news: someone else's risk there is not a worry for a real person."""
_AS_IF_MINE = (
    (_Lazy(r"\b(shes|hes) been\b"), "i have been"),
    (_Lazy(r"\b(he|she|it) (is|was)\b|\b(they) (are|were)\b"), "i am"),
    (_Lazy(r"\b(shes|hes|theyre)\b"), "i am"),
    (_Lazy(r"\b(he|she) (has|does)\b"), r"i \2"),
    (_Lazy(r"\b(himself|herself|themselves|themself)\b"), "myself"),
    (_Lazy(r"\b(he|she|they)\b"), "i"),
    (_Lazy(r"\b(his|their)\b"), "my"),
    (_Lazy(r"\b(him|them)\b"), "me"),
    (
        _Lazy(
            r"\bher (?=(life|own life|wrists?|arms?|legs?|thighs?|skin|pills|meds|"
            r"tablets|family|funeral|plan|plans)\b)"
        ),
        "my ",
    ),
    (_Lazy(r"\bher\b"), "me"),
    (_Lazy(r"\b(has|does)\b"), lambda m: {"has": "have", "does": "do"}[m.group(1)]),
    (
        _Lazy(
            r"\b(want|say|feel|think|keep|need|hope|wish|tr|deserve|plan|hate|talk|mention|"
            r"seem|start)(s|ies)\b"
        ),
        lambda m: m.group(1) + ("y" if m.group(2) == "ies" else ""),
    ),
)
"""Someone else's words read as if they were the writer's own, so the same phrases hear them:
"worried my brother might hurt himself" reads "...might hurt myself"."""


def other_cue(text: str) -> str | None:
    """The words heard when the worry is for someone else ("my friend said she wants to die",
    "worried my brother might hurt himself"), or None. Stories, games and the news are left
    alone, and so are words that do not name anyone else."""
    plain = normalise(text)
    if not _SOMEONE.search(plain) or _STORY.search(plain):
        return None
    for pattern, repl in _AS_IF_MINE:
        plain = pattern.sub(repl, plain)
    heard = _heard(plain, mine_only=False)
    return None if heard is None else heard[0]


_PEOPLE = (
    r"(friends?|best friend|bestie|bff|mate|brother|sister|sibling|mum|mom|mother|dad|father|"
    r"parents?|partner|husband|wife|boyfriend|girlfriend|fiance|son|daughter|kids?|child|"
    r"colleague|coworker|client|cousin|flatmate|roommate|housemate|niece|nephew|aunt|uncle|"
    r"grandad|grandma|student|pupil)"
)
_NOT_THE_WRITER = _Lazy(
    rf"\b(my|our) (best |little |big |older |younger |oldest |youngest )?{_PEOPLE}\b"
    r"|\b(told|tells|telling|texted|messaged|rang|called|asked|warned|showed|promised) "
    r"(me|us)\b|\b(said|says|talked|talks|spoke|speaks|admitted|confided) to (me|us)\b"
    r"|\b(i|we) (am|was|were|are) (worried|scared|afraid|"
    r"frightened|terrified|concerned)( (about|for|that))?\b|\bi (do not|did not) know what "
    r"to do\b|\b(worried|scared|afraid|frightened|terrified|concerned)\b"
)
"""Words that mention the writer only as the one who heard or worries: "my sister told me"."""
_WRITER = _Lazy(r"\b(i|me|my|myself|mine|we|us)\b")
_ME_TOO = _Lazy(
    r"\b(so do i|so am i|so did i|me too|same here|i do too|i am too|i feel the same|same for "
    r"me|and me|i want to too|i do as well)\b"
)
_ACCIDENT = _Lazy(
    r"\b(fall|fell|falling|trip\w*|slipped|slipping|accident\w*|playing|football|rugby|"
    r"cooking|gym|skiing|cycling|injur\w*|sprain\w*)\b"
)


_NAMED_OTHER = _Lazy(
    rf"\b(my|our|a|his|her|their) (best |little |big |older |younger |oldest |youngest )?"
    rf"{_PEOPLE}\b|\b(he|she|they|his|her|him|them|himself|herself|themselves|hes|shes|"
    r"theyre)\b"
)


def _only_someone_else(plain: str, before: str) -> bool:
    """Someone else is named in the clause before the risk words, and the writer appears only
    as the one who heard or worries: their risk, not the writer's ("my sister has been cutting
    again"; not "wrote notes for mum and dad just in case" or "a message to my sister for
    after")."""
    if not _NAMED_OTHER.search(before):
        return False
    return not _WRITER.search(_NOT_THE_WRITER.sub(" ", plain))


_GOT_THROUGH_AFTER = _Lazy(
    r"\b(passed|faded|went away|instead|anyway|proud|lighter|sober|made it|got through|"
    r"argued back|let (it|them) pass|went fine|was fine)\b"
)
"""After the words heard: the hard moment was got through ("felt like a burden asking for help
but asked anyway", "the urge came, held an ice cube instead and it passed")."""
_GOT_THROUGH_BEFORE = _Lazy(
    r"\b(used to|years? ago|last year|when i was|since my last|a year since|"
    r"(challenged|noticed|questioned) the thought)\b"
)
"""Before the words heard: they are named as past or as a thought worked on ("a year since my
last overdose", "challenged the thought that I am a burden")."""
GOT_THROUGH_BELOW = 0.3
"""The maybe model's score under which a line the phrases hear, that also tells of getting
through it, is taken as a therapy win: it keeps the offer (in softer words) and stays a win.
Chosen from out-of-fold scores of the twelve training files: at 0.3 none of the 4,030 risk
lines the phrases hear is turned into a win (the first would be at 0.5), and 64 of the 282
everyday lines they hear are."""


def _got_through(text: str, plain: str, words: str | None) -> bool:
    """A line the phrases hear (``words``, in its normalised ``plain``) that reads as a therapy
    win, not a warning (see above)."""
    if words is None:
        return False
    at = max(plain.find(words), 0)
    before, after = plain[:at], plain[at + len(words) :]
    if not (_GOT_THROUGH_AFTER.search(after) or _GOT_THROUGH_BEFORE.search(before)):
        return False
    from smallwins_tui.core.distress_maybe import maybe_score

    return maybe_score(text) < GOT_THROUGH_BELOW


_STAYING_SAFE = _Lazy(
    r"\b(try|trying|tried to|goal|aim|plan|hope|hoping|need|promise\w*|going) (is |was )?(to )?"
    r"not (to )?(self harm|hurt|harm|cut|kill|burn|starve|scratch|hit|overdose)\w*( myself)?\b"
    r"|(?<!did )(?<!have )(?<!had )(?<!managed )(?<!managed to )\bnot (to )?(hurt|harm|cut|kill|"
    r"burn)\w* myself (today|tonight|this (week|weekend)|until|till)\b"
    r"|\b(stay|staying|keep myself|keeping myself) (alive|safe) (today|tonight|this (week|"
    r"weekend)|until|till|for)\b"
    r"|\b(get|getting|make it|making it) through (today|tonight|the (day|night|weekend|week)) "
    r"without (hurting|harming|cutting|killing|burning) myself\b"
)
"""Staying safe as today's aim ("not hurt myself today", "get through tonight without cutting",
"stay alive today"): a win worth writing, and a sign that things are hard now, so it gets the
softer offer. A day already got through ("I didn't hurt myself today") does not."""


def concern(text: str) -> Concern | None:
    """Whose safety ``text`` sounds worried about: ``"self"`` (the clear tier, the phrases: kept
    as a note, and the offer for them), ``"other"`` (someone they care for: the offer to help
    someone), ``"maybe"`` (the broader tier: the same offer, softer words, and the line stays
    a win), or None. Words about someone else that also speak for the writer ("...and so do
    I") are the writer's own."""
    plain = normalise(text)
    heard, words = _clear(text, plain)
    if heard is None:
        from smallwins_tui.core.distress_maybe import sounds_maybe

        if sounds_maybe(text) or _STAYING_SAFE.search(plain):
            return "maybe"
    if heard == "self" and _got_through(text, plain, words):
        return "maybe"
    return heard


def clear_concern(text: str) -> Literal["self", "other"] | None:
    """:func:`concern` from the phrases alone (the clear tier), without the "maybe" model."""
    return _clear(text, normalise(text))[0]


def _clear(text: str, plain: str) -> tuple[Literal["self", "other"] | None, str | None]:
    """The clear tier's answer for ``text`` (normalised: ``plain``), and the words heard as the
    writer's own, if any (read once, for :func:`_got_through` too)."""
    mine = _heard(plain)
    if mine is not None:
        if not _only_someone_else(plain, mine[1]):
            return "self", mine[0]
        if _STORY.search(plain):
            return None, None
    heard = other_cue(text)
    if heard is None:
        return None, None
    if _ME_TOO.search(plain):
        return "self", None
    if _ACCIDENT.search(plain) and re.search(r"\b(hurt|cut|burn|harm|injur)", heard):
        return None, None
    return "other", None


def strongest(*worries: Concern | None) -> Concern | None:
    """The one offer for several fields: the writer's own safety first, then someone else's,
    then a maybe."""
    if "self" in worries:
        return "self"
    if "other" in worries:
        return "other"
    return "maybe" if "maybe" in worries else None


def is_distress(text: str) -> bool:
    """True when ``text`` clearly sounds like the writer may not be safe: reason enough to offer
    help, and to keep the words as a note rather than a win. Worry for someone else is not
    this, and neither is a "maybe" (see :func:`concern`): only the phrases make a note, and
    not when the line also tells of getting through and the model reads it as everyday
    ("felt like a burden asking for help but asked anyway": a therapy win, still offered)."""
    plain = normalise(text)
    heard, words = _clear(text, plain)
    return heard == "self" and not _got_through(text, plain, words)


class Listener:
    """Hears a growing text cheaply: while someone types at the end, only the last few hundred
    characters are read again (a 5,000-character answer costs about 18 ms to read whole)."""

    TAIL = 400

    def __init__(self) -> None:
        self._text = ""

    def heard(self, text: str) -> bool:
        """Whether the new text sounds like the writer may not be safe."""
        return self.worry(text) == "self"

    def worry(self, text: str) -> Concern | None:
        """Whose safety the new text sounds worried about (see :func:`concern`)."""
        grown = bool(self._text) and text.startswith(self._text)
        window = text[max(0, len(self._text) - self.TAIL) :] if grown else text
        self._text = text
        return concern(window)
