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

from smallwins_tui.core.distress_phrases import (
    CONTRACTIONS_RE,
    IDIOMS,
    NEGATORS,
    TRIGGER,
    risk_phrases,
)


def normalise(text: str) -> str:
    """Lower case, straight apostrophes, clauses split by ``|``, contractions spelled out."""
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    text = re.sub(r"\s+", " ", text)
    for pattern, repl in CONTRACTIONS_RE:
        text = pattern.sub(repl, text)
    text = re.sub(r"[.,;:!?\n()\[\]\"]+|\s-\s|\bbut\b", " | ", text.replace("'", ""))
    text = re.sub(r"[^a-z0-9|*!\s-]", " ", text).replace("-", " ")
    return re.sub(r"\s+", " ", text).strip(" |")


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

    ``prefilter=False`` reads every line against every phrase, skipping the trigger words; a
    test uses it to check that the trigger never hides a line the phrases would hear.
    """
    plain = IDIOMS.sub(" ~ ", normalise(text))
    if prefilter and not TRIGGER.search(plain):
        return None
    for phrase in risk_phrases():
        for match in phrase.pattern.finditer(plain):
            before = plain[: match.start()]
            if phrase.negatable and NEGATORS.search(before):
                continue
            clause = before.rsplit("|", 1)[-1]
            naming = match.group(0).strip() in _NAMING
            if naming and _SOMEONE_ELSE.search(clause):
                continue
            after = plain[match.end() :]
            if naming and (
                NEGATORS.search(before)
                or _NO_BEFORE.search(before)
                or (_PAST_AFTER.match(after) and not _RETURNED.search(after))
            ):
                continue
            if _THEIR_WORDS.search(clause) and not _FIRST_PERSON.search(match.group(0)):
                continue
            return match.group(0).strip()
    return None


def is_distress(text: str) -> bool:
    """True when ``text`` sounds like someone may not be safe: reason enough to offer help."""
    return distress_cue(text) is not None


class Listener:
    """Hears a growing text cheaply: while someone types at the end, only the last few hundred
    characters are read again (a 5,000-character answer costs about 18 ms to read whole)."""

    TAIL = 400

    def __init__(self) -> None:
        self._text = ""

    def heard(self, text: str) -> bool:
        grown = bool(self._text) and text.startswith(self._text)
        window = text[max(0, len(self._text) - self.TAIL) :] if grown else text
        self._text = text
        return is_distress(window)
