"""The phrases the distress detector listens for, as data (see :mod:`smallwins_tui.core.distress`).

Three lists: contractions and chat spellings to spell out, everyday idioms to blank out ("cut
myself some slack", "dying to see it"), and the risk phrases themselves, grouped by what they
hear. A phrase marked negatable is ignored straight after a negation ("did not hurt myself").
Extend them with a labelled line in ``tests/unit/data/`` first, so each change is measured.
"""

from __future__ import annotations

import functools
import re
import zlib

_CONTRACTIONS = (
    (r"([a-z])\1{2,}", r"\1"),  # "dieeee", "sooo": a drawn-out word is still the word
    (r"\b(i'm|im|ima)\b", "i am"),
    (r"\bi'?ve\b", "i have"),
    (r"\bi'd\b", "i would"),
    (r"\bi'll\b", "i will"),
    (r"\b(can'?t|cannot)\b", "can not"),
    (r"\bwon'?t\b", "will not"),
    (r"\bain'?t\b", "am not"),
    (r"\b(do|did|does|have|has|had|is|was|were|would|could|should|are|must|need)n'?t\b", r"\1 not"),
    (r"\b(it|that|there|what|life|everything)'s\b", r"\1 is"),
    (r"\b(thats|theres|whats|lifes)\b", lambda m: m.group(1)[:-1] + " is"),
    (r"\b(they|we|you)'re\b", r"\1 are"),
    (r"\b(they|we|you|it|that|everyone|everybody|nobody|no one|people)'(d|ll)\b", r"\1 would"),
    (r"\bwanna\b", "want to"),
    (r"\bsix feet under\b", "dead"),
    (
        r"\b(thinkin|endin|killin|cuttin|dyin|hurtin|goin|tryin|wantin|plannin|feelin|livin|"
        r"hangin|jumpin|takin)\b",
        r"\1g",
    ),
    (r"\bbout\b", "about"),
    (r"\bidw\b", "i do not want"),
    (r"\b(anymroe|anymor|anymore|anyore|nymore)\b", "anymore"),
    (
        r"\b(passive|active) si\b|\bsi(?= (thoughts|urges|again|ideation|today|tonight|is back|"
        r"bad)\b)",
        "suicide",
    ),
    (r"\b(tmrw|tmr|tmrrw|tomoz|2moro|2morrow|tomorow)\b", "tomorrow"),
    (r"\bod'?ing\b", "overdosing"),
    (r"\b(rn)\b", "right now"),
    (r"\b(ppl)\b", "people"),
    (r"\b(every1|evry1)\b", "everyone"),
    (r"\b(no1|noone)\b", "no one"),
    (r"\bgonna\b", "going to"),
    # Chat spellings and hedges, so one phrase hears every way of typing it.
    (r"\b(kinda|kida)\b", "kind of"),
    (r"\bsorta\b", "sort of"),
    (r"\b(low ?key|ngl|tbh|tbf|fr|frfr|lol|lmao|deadass|istg|honestly|genuinely|seriously)\b", " "),
    (r"\b(finna|bout to)\b", "about to"),
    (r"\btryna\b", "trying to"),
    (r"\b(imma|ima)\b", "i am going to"),
    (r"\bidc\b", "i do not care"),
    (r"\bidk\b", "i do not know"),
    (r"\bid (?=(be|rather|love|like|want|do|go|never|just|probably|not)\b)", "i would "),
    (r"\bill (?=(be|just|do|never|go|end|kill|take|make|probably|finally|not)\b)", "i will "),
    (r"\babt\b", "about"),
    (r"\bs ?/ ?h\b", "self harm"),
    # A medicine by name is still pills.
    (
        r"\b(sertraline|citalopram|escitalopram|fluoxetine|prozac|zoloft|lexapro|paroxetine|"
        r"venlafaxine|effexor|mirtazapine|amitriptyline|quetiapine|seroquel|lithium|diazepam|"
        r"valium|xanax|lorazepam|zopiclone|codeine|tramadol|oxy\w*|opioids|insulin|propranolol|"
        r"ibuprofen|tylenol|aspirin|antidepressants|sleeping (pills|tablets)|sleepers)\b",
        "pills",
    ),
    (
        r"\b(panadol|acetaminophen|nurofen|co ?codamol|calpol|paracetemol|paracetmol)\b",
        "pills",
    ),
    (r"\b(n|nd)\b(?= (never|not|just|then|i)\b)", "and"),
    (r"\bd[!1*]e\b", "die"),
    (r"\bk[!1*]ll", "kill"),
    # Common slips of the keyboard on the words that matter most.
    (r"\b(wnat|wnt|wamt|watn|wan|whant|wabt)\b", "want"),
    (r"\bwant (tp|ro|yo|2|t|too)\b", "want to"),
    (
        r"\b(to|2) (dy|di|dei|dye)\b(?! (my|her|his|your|their|our|the|it|them|\w+ hair)\b)",
        "to die",
    ),
    (r"\b(kil|kll|kii|kiil)(s|ing|ed)?\b", r"kill\2"),
    (r"\b(my ?slef|myelf|mysef|mysefl|myslf|meself|mysel|myseld|myselg)\b", "myself"),
    (r"\bkys myself\b|\bkys$", "kill myself"),
    (r"\bgotta\b", "got to"),
    (r"\bu\b", "you"),
    (r"\bmy ?self\b", "myself"),
    (r"\b(can't|cannot|can not|could not|couldn't|won't) stop\b", "keep"),
    (
        r"\bsuicid\w*|\bsu[i1!]?c[i1!]?d(e|al|ial|el|ale|ality)\b|\bsuicd\w*|"
        r"\bsu[i1!]c[i1!]d\w*|\bs\*+icid\w*|\bsewer ?slid\w*",
        "suicide",
    ),
    (r"\bself[ -]?(harm\w*|injur\w*|hurt\w*|mutilat\w*)", "self harm"),
    (r"\bun ?aliv\w*", "unalive"),
    # "sh" is the usual shorthand for self-harm; "sh'd", "sh'ed" and "shing" are its past and
    # present. "shed" and "shd" (should) are left alone: tidying the shed is not a warning.
    (r"\bsh'(d|ed)\b|\bsh'?ing\b|\bsh\b(?! (sh|up)\b)", "self harm"),
)
CONTRACTIONS_RE = [(re.compile(pattern), repl) for pattern, repl in _CONTRACTIONS]

IDIOMS = re.compile(
    r"\bcut(ting)? (myself|me|yourself|ourselves|him|her|them) (some |a little |a bit of )?"
    r"(slack|a break)"
    r"|\bkill(ing|ed|s)? (it|time|some time|two birds|the (presentation|interview|exam|set))"
    r"|\bkiller \w+|\bkilling (me|us)\b|\b(would|could) kill for"
    r"|\b(die|died|dying|dead) (of|from|with) (embarrassment|laugh\w*|boredom|shame|cringe|"
    r"curiosity|hunger|thirst|heat|the heat|cold|excitement|happiness|joy|envy|jealousy)"
    r"|\b(die|died|dying) laughing|\bdying to (\w+)|\bto die for|\bdead (tired|on my feet|beat|"
    r"proud|chuffed|excited|nervous|easy|serious|funny|sleepy|keen|cute|lucky|"
    r"end|line|lines|lift)|\bover my dead body"
    r"|\bshot myself in the foot|\bdrown(ing|ed)? in (work|emails|paperwork|laundry)"
    r"|\bend(ed|ing|s)? (my|the) (day|week|evening|night|morning|shift|session|call|meeting|run)"
    r"|\boverdos\w* on (caffeine|coffee|sugar|chocolate|sweets|candy|cake|tv|netflix|"
    r"television|sun|sunshine|carbs|cheese|pizza|podcasts|music|anime|memes|cuteness|"
    r"nostalgia|work|exercise|screen time|social media)\b"
    r"|\b(no|zero|without) (more )?(self harm|cutting)\b"
    r"|\bcut(ting)? (myself|me) (off|out)\b"
    r"|\b(without|not|never|less like|no longer) (feeling |being )?(like )?(such )?a burden\b"
    r"|\bcut(ting)? (myself|me) (a|an|some) (slice|piece|bit|portion|share)\b"
    r"|\b(suicide|self harm) (support|prevention|awareness|training|course|workshop|research|"
    r"statistics|charity|fundraiser|walk|run|first aid)\b"
    r"|\b(remember\w*|managed|forgot|forget|did not forget|on time) to take (all )?(of )?my "
    r"(pills|tablets|meds|medication)"
    r"|\btook (all )?(of )?my (pills|tablets|meds|medication) (today|on time|this morning|"
    r"tonight|as prescribed|with)"
    r"|\b(burn|burned|burnt)(ing)? (out|the toast|dinner|the dinner|the rice|the pan)"
    r"|\b(hurt|cut|burn|burned|burnt|injured)(ing)? myself (falling|tripping|playing|running|"
    r"cycling|skiing|climbing|lifting|moving|gardening|training|dancing|slipping|working|"
    r"while \w+ing|when i (fell|slipped|tripped|was \w+ing)|cooking|shaving|chopping|on the|"
    r"at (the gym|football|work|training)|playing|lifting|by accident|accidentally|in the kitchen)"
    r"|\bsuicide (prevention|awareness|statistics|rates?|first aid)"
    r"|\b(book|essay|article|film|movie|song|documentary|podcast|lecture|class|course|module|"
    r"poem|novel|talk|show|episode|chapter|report|paper|study|unit|play)s?( [^|~ ]+){0,3}? "
    r"(about|on) (the )?"
    r"(suicide|self harm|overdoses?|death|dying)"
    r"|\b(talk|learn|spoke|speak|discuss|taught|teach)\w* about (suicide|self harm)\b"
    r"(?=[^|]{0,20}\b(in|at|during) (class|school|work|training|church|group|assembly|the "
    r"workshop)\b)"
    r"|\b(self harm|suicide) free\b|\bdi(e|ed|ing) (my|her|his|your) hair"
    r"|\b(asked|asks|asking|ask) (me )?(if|whether|about)( i (had|have|was))?( any)?( (thoughts|"
    r"plans|urges|intentions) (to|of|about))?( thoughts "
    r"(of|about))? (suicide|self harm|(harm|harming|hurt|hurting|kill|killing) myself|end my "
    r"life|ending my life)"
    r"|\burges? to (cut|self harm|hurt myself|use|drink|die)( came| hit| was there| showed up)?"
    r"( and| \|)[^~]{0,50}\b(instead|passed|went away|surfed|rode it out|did not act|"
    r"(called|rang|texted|messaged|told|reached out to) (?!no one|nobody)\w+|used my)\b"
    r"|\btired of living (in|out of|with|at|on|off|next to|paycheck)\b"
    r"|\bdead (quiet|silent|still|centre|center|set on|ringer|of night|of winter|on time)\b"
    r"|\b(hit|bang|banged|bumped|knocked) my head (on|against) (the|a) (low |kitchen |"
    r"cupboard |car )?(door\w*|cupboard|shelf|ceiling|beam|car|table|bunk)\b"
    r"|\boverdoses? (crisis|epidemic|deaths|rates?|statistics|figures|awareness|prevention|"
    r"kits?|reversal)\b|\bremov\w* myself from (the |a |that |this |my )?\w+"
    r"|\bhurt(ing)? my (ankle|knee|back|foot|hand|wrist|shoulder|neck|leg|arm|toe|finger)"
    # Away for a while, not gone: "won't be here next week, off to Spain".
    r"|\b(will not|am not going to|not going to) be (here|around)( for)?( [^|~ ]+){1,3} \| "
    r"(i am |we are |were |im )?(off to(?! a better)|visiting|on holiday|going (on|to)|moving "
    r"to|got a day off|away|at the in laws|at my|on a trip|on the field trip)\b"
    # Hyperbole with a condition: "gonna die if I don't get a coffee".
    r"|\bgoing to die if i (do not |have to |eat |hear |see |miss |wait )(?!.*\b(live|go on|"
    r"keep going|carry on|feel)\b)"
    r"|\b(killing|killed|kill) myself laughing\b|\blaugh\w* (until|till) i (die|died|cry|cried)"
    # Medicine handled with care: counted with the pharmacist, all taken on time.
    r"|\bcount\w* (out )?my (\w+ )?(pills|tablets|meds|medication)\b(?=[^|]{0,40}\b("
    r"pharmac\w*|organi[sz]er|refill|prescription|holiday|to check|to make sure|dosette|chemist)"
    r"\b)"
    r"|\b(remember\w*|managed|forgot|on time) to take (all )?(of )?my \w+ (pills|tablets|meds|"
    r"medication)"
    r"|\btook (all )?(of )?my \w+ (pills|tablets|meds|medication) (today|on time|this morning|"
    r"tonight|as prescribed|with)"
    # Rope for play, not for harm; overdoses of good things; goodbyes at the airport.
    r"|\b(rope|ropes) (swing|for the (swing|tyre|tire|boat|garden|tent|climbing|washing))\b"
    r"|\btyre swing\b|\btire swing\b|\brope swing\b"
    r"|\boverdos\w* of (sunshine|sun|caffeine|coffee|sugar|chocolate|cuteness|fun|joy|"
    r"nostalgia|vitamin d|fresh air|love)\b"
    r"|\b(said|say|saying) (my )?goodbyes? (at|to) (the |my )?(airport|station|leaving|team|"
    r"office|party|school|class|colleagues|gate|old (car|house|flat|job))"
    r"|\bgoodbye (speech|card|party|do|drinks|lunch|hug)\b"
    # Ordinary burns; hopeless at a skill; disappearing into a good book.
    r"|\b(burn\w*|scald\w*) my (arm|wrist|hand|finger|thumb|fingers)s? on (the |a |my )?(hot )?"
    r"(oven|pan|stove|hob|kettle|iron|tray|grill|bbq|barbecue|toaster|steam)\w*"
    r"(?![^|]*\b(on purpose|deliberately|again|to feel|so i)\b)"
    r"|\b(hopeless|useless) (at|with) (?!(everything|life|living|this|being)\b)"
    r"|\bdisappear into (a|the|my) (book|film|game|show|series|novel|duvet|bed|garden|music)"
    # Not being missed at something, not from life.
    r"|\b(nobody|no one) would (notice|care|mind) if i (skipped|left|missed|went home|took|"
    r"did not (go|turn up|show))\b"
    r"|\bbetter off without me (on|in|at) (the|this|that|our|my) (\w+ )?(team|quiz|group|"
    r"project|committee|band|match|game|shift|trip|meeting)\b"
    r"|\bnot safe from (my|the|his|her|their) (?!(thoughts|mind|own|self))"
    r"|\bliving off\b|\blife admin\b"
    r"|\bsleep forever (after|this (weekend|week)|tomorrow|on \w+day|when i get home)"
)

NEGATORS = re.compile(
    r"\b(not|never|no longer|stopped|resisted|without|instead of|rather than|avoided|"
    r"free from|clean from|clean of|past|history of|used to|years ago|a year ago|last year|"
    r"back then|when i was (younger|a teen\w*|a kid|at school|in school))( [^ |]+){0,3} $"
)


class Phrase:
    """One risk phrase, compiled on first use, and the words it starts with (see
    ``tools/index_phrases.py``): a line holding none of them is not read against it."""

    __slots__ = ("_compiled", "needles", "negatable", "source")

    def __init__(self, source: str, negatable: bool, needles: tuple[str, ...] | None) -> None:
        self.source = source
        self.negatable = negatable
        self.needles = needles
        self._compiled: re.Pattern[str] | None = None

    @property
    def pattern(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.source)
        return self._compiled

    def may_match(self, plain: str) -> bool:
        """False only when ``plain`` cannot hold a match (it has none of the needles)."""
        return self.needles is None or any(needle in plain for needle in self.needles)


def _phrases(negatable: bool, *patterns: str) -> list[tuple[str, bool]]:
    return [(pattern, negatable) for pattern in patterns]


_SELF_VERBS = (
    r"(kill|killing|killed|hang|hanging|hanged|shoot|shooting|drown|drowning|poison|"
    r"poisoning|stab|stabbing|starve|starving|end|ending|off|offing|unalive|delete|"
    r"deleting|hurt|hurting|harm|harming|cut|cutting|burn|burned|burnt|burning|"
    r"punish|punishing|scratch\w*|bash\w*|hit|hitting|strangl\w*|chok\w*|"
    r"suffocat\w*|yeet\w*)"
)

_INTENT = (
    r"(want(s|ed|ing)?|wish(es|ed|ing)?|ready|going|plan(s|ned|ning)?|deserve(s|d)?|"
    r"need(s|ed)?|should|tempted|long(s|ing)?|would rather|prefer|would like|hope(s|d)?|"
    r"tr(y|ies|ied|ying)|attempt\w*|(would )?(do|give) anything to|think(s|ing)? (about|of)|"
    r"thought (about|of)|keep "
    r"thinking about|consider(s|ed|ing)?|contemplat\w*|feel(s)? like|felt like|"
    r"dream\w* (about|of)|urges? to|close to|about to|imagin\w*|pictur\w*)"
)
_FILLER = (
    r"( to| of| about| i could| i would| i was| i were| just| really| honestly| so| "
    r"actually| kind of| sort of| even| literally| sometimes| often| always| badly)*"
)
_TARGET = (
    r"(die|dying|be dead|being dead|death|stop living|stop being alive|stop breathing|"
    r"kill\w* myself|end\w* (it|it all|my life|"
    r"everything|things|myself)|not (be )?(here|alive|around|exist\w*)|not being (here|"
    r"alive|around)|stop existing|disappear(ing)? (forever|for good|from this (earth|"
    r"world|life))|"
    r"disappear$|(disappear|vanish)\w* (forever|for good|for ever|permanently)|bleed out|"
    r"not be (here|around|alive) (anymore|any more|any longer)|"
    r"not have to (wake up|exist|be here|live|be alive|feel anything)|"
    r"(fall |drift off )?a?sleep (forever|for ever|for good|permanently)|be erased|"
    r"rot away|waste away|be put out of my misery|be wiped out|end me|end myself|"
    r"stop waking up|be anywhere|be six feet under|"
    r"(never|not) (get|wake) up again|do life|exist (in|on) this (world|earth)|"
    r"be gone (from this (world|earth|life)|forever|for good)|be gone$|leave this (world|"
    r"earth|life)|"
    r"give up on (life|living|everything)|never wake up|not wake up|(go to )?sleep forever|"
    r"overdos\w*|unalive|self harm\w*|take a dirt nap|kick the bucket|be six feet under|"
    r"meet my maker|be in the ground|hurt\w* myself|cut\w* myself|jump\w* off|"
    r"hang\w* myself|take my (own )?life|crash\w* (my|the) car|walk\w* into the (river|"
    r"sea|lake|ocean|water)|cease to exist|cease existing|driv\w* off the (road|bridge|"
    r"cliff)|(put )?an end to (it|"
    r"it all|everything|my life|things))"
)
_GIVE_UP = (
    r"(do not|did not|no longer|never) (really )?want(ed)? to|too tired to|"
    r"(can not|could not) (bear to|face|stand to)|not sure (if )?i want to|do not know "
    r"(if|whether) i want to|no (will|desire|wish|energy) to|(can not|could not) "
    r"keep|(do not think|not sure|doubt) i (can|could)"
)
_LIFE = (
    r"(live|living|be alive|keep living|keep going|go on|carry on|exist|be here|"
    r"stay alive|be around|keep existing|keep breathing|survive|do life|be anywhere|"
    r"exist (in|on) "
    r"this (world|earth))"
)
_PLACE = (
    r"(?! (in|at|with|near|there|abroad|on|next|by|somewhere|together|the|a|to|that|"
    r"this (job|house|flat|city|town)|like (him|her|them|my|that)|without|for (the|a))\b)"
)
_DIE_IDIOM = (
    r"(?! (of|from|laughing|for|than(?! (keep|go|carry|liv|be|feel|wake|face|spend|"
    r"continu|another|spend))|down|out|off|hard|a little|inside|with|between|"
    r"my hair)\b)"
)

RISK_SOURCES: list[tuple[str, bool]] = [
    *_phrases(
        True,
        rf"\b{_INTENT}{_FILLER}( (?!(not|never|no)\b)[^ |~]+){{0,3}}? "
        rf"{_TARGET}\b{_DIE_IDIOM}",
        rf"\b({_GIVE_UP}) ([^ |~]+ ){{0,2}}?{_LIFE}\b{_PLACE}",
    ),
    *_phrases(
        False,
        r"\b(have been|been|started|keep|kept|am|was|still) (cutting|self harming|burning "
        r"myself|hurting myself|scratching myself)\b(?! (back|down|out|up|off|the|a|my "
        r"(hair|nails|fringe)|it|them|costs|ties|carbs|sugar|grass|hair|onions|veg\w*|"
        r"corners|class|school|work)\b)",
        r"\b(will not|am not going to|not going to) be (around|here) (for )?(much|very) "
        r"(longer|long)\b",
        r"\b(all|everything) i (think|dream) about is (dying|death|suicide|ending it|"
        r"killing myself)\b",
    ),
    # Said plainly: suicide, self-harm, and the online shorthand for them.
    *_phrases(
        False,
        r"\bsuicide\b",
        r"\bkms\b",
        r"\bctb\b",
        r"\bunalive\b",
        r"\bkill me now\b$",
        r"\bsh (urges?|again|relapse|scars?|wounds?|cuts?)\b",
        r"\brelaps\w*\b[^~]{0,20}\b(cut|cutting|self harm|sh|burn\w*|hurt\w*)\b",
        r"\b(took|take|taking|swallowed|swallow) (an |a massive |an intentional )?overdose",
        r"\boverdos(e|ed|ing)\b",
        r"\b(want|going|plan\w*|thinking) to od\b",
    ),
    *_phrases(
        True,
        r"\bself harm\b",
        rf"\b{_SELF_VERBS} myself\b",
        r"\b(want|wanted|urges?|going|tempted|need|needed|feel like|felt like) to "
        r"(cut|burn|hurt|harm|punish)\b",
        r"\b(cut|cutting|burning|burned) (again|my (arms?|wrists?|legs?|thighs?|skin))\b",
    ),
    # Wanting to die, actively or passively.
    *_phrases(
        True,
        r"\b(want|wanted|wanting|wish|wished|ready|deserve|deserved|going|plan|planning|"
        r"need|longing|long|would rather|prefer) (to |i could |i would |i was |i were )?"
        r"(just )?(die|be dead|bleed|stop existing|not exist|disappear forever|not be alive|"
        r"not be here|not wake up|never wake up|sleep forever|end it all|end my life|"
        r"end it)\b(?! (of|from|laughing|for|than|with|between)\b)",
        r"\bwish (i|that i) (was|were|had|would) (dead|gone|never (been )?born|not born|"
        r"not alive|not here|not around)\b",
        r"\bhope (i )?(do not|never|will not) wake up\b",
        r"\bbetter off dead\b",
        r"\bwish (i|that i) (could|would) (just )?(die|disappear|not exist|cease|vanish|"
        r"not wake up|never wake up|fall asleep (and|forever)|sleep forever|be gone)",
        r"\bwish (i|that i) (did not|did not have to) (exist|wake up|live|be alive)",
        r"\b(want|wanted|wish|need|needed) (it|everything|it all|"
        r"all of it|the pain|this life|my life|"
        r"all this|life) to (end|stop|be over)\b(?! (so|soon so)\b)",
        r"\b(go|went|going) to sleep (and|forever)( just)? (never|not) wake up",
        r"\bnever (want to )?wake up (again|ever)\b",
        r"\b(rather|better) (be )?dead\b",
        r"\bi would rather die\b(?! than(?! (keep|go|carry|liv|be|feel|wake|face|spend|"
        r"continu|another)))",
        r"\b(thinking|thought|think|thoughts) (about|of) (dying|death|being dead|"
        r"not being here|not being alive|not existing|ending (it|things|my life))",
        r"\b(except|but|other than|apart from|besides) (dying|death|to die|ending it)\b",
        r"\b(can not|could not) (go on|carry on|keep going|do this|take (it|this)|handle "
        r"(it|this)|live like this|cope) (anymore|any more|any longer|like this)\b",
        r"\bcan not go on\b(?! (the|a|my|holiday|the trip|with the)\b)",
        r"\b(do not think|not sure|do not know if|no longer think) i can (keep going|go on|"
        r"carry on|keep living|keep doing this|do this anymore|survive this)\b"
        r"(?! (with|on|to|at|for|past|through|the|in)\b)",
        r"\bcan not (keep going|carry on|keep living)\b"
        r"(?! (with|on|to|at|for|past|the|in)\b)",
        r"\b(tired|sick|done|had enough) (of|with) (living|being alive|life|existing|"
        r"everything|this life|my life)\b",
        r"\b(can not|could not) live (with this|like this|this way|with the pain|with "
        r"myself|with it)\b",
        r"\b(ending it|dying|death|suicide|killing myself) is all i (think|dream) about\b",
        r"\b(swallow\w*|take|taking|took) (all of them|them all|the lot)( tonight| now)?$",
        r"\bend(ing)? it( all)?( tonight| today| now| soon| for good| this week)?\s*$",
        r"\bend(ing)? it (all|tonight|for good|once and for all)\b",
        r"\bend(ing)? (things|everything|my (own )?life)\b",
        r"\b(take|took|taking) my (own )?life\b",
    ),
    *_phrases(
        False,
        r"\b(do not|did not|never|no longer|not) (want|wanting|wanted|wish) to (live|be "
        r"alive|exist|be here (anymore|any more|any longer|now)|be here$|wake up (again|"
        r"tomorrow|ever|anymore|any more)|wake up$|go on|carry on|keep living|keep going)"
        r"\b(?! (in|at|with|near|there|abroad|on|next|by|somewhere|together|the|a|to|"
        r"that|this (job|house|flat|city|town))\b)",
        r"\b(can not|could not) be bothered (to live|living|to be alive|staying alive|to "
        r"exist|existing)\b",
        r"\b(care|matter|matters|mind) (if|whether) i (live|living) or (die|dying)\b",
        r"\b(throw|throwing|threw) myself (off|in front of|under|from)\b",
        r"\bkill me (please|now|already)\b",
        r"\bplease (just )?kill me\b",
        r"\b(plan|method) and (the )?means\b",
        r"\bthe means to (do it|end it|kill myself|die)\b",
        r"\b(do not|did not) want to be here\b(?! (for|at|in|with|on|today)\b)",
        r"\b(do not|did not|no longer) want to be around (anymore|any more|any longer)\b",
        r"\bjoin (my|him|her|them)( \w+)? (in heaven|on the other side|in the grave)\b",
        r"\b(last|final) (day|night|week) (alive|on earth)\b",
        r"\b(will not|would not|am not going to) be (here|around|alive) (next \w+|"
        r"tomorrow|much longer|for long|by \w+|anymore)\b",
        r"\b(do not think|doubt|not sure) i will be (here|around|alive) (next \w+|"
        r"tomorrow|much longer|for long|by \w+)\b",
        r"\bbetter off gone\b",
        r"\bno point (anymore|any more|in anything|to anything|to any of it)\b",
        r"\bwhat is the point (anymore|any more)\b",
        r"\b(goodbye|bye|farewell) (everyone|everybody|world|all|cruel world)\b(?! (on|at|in|from|"
        r"here|there|for (now|tonight|the (night|day|evening|weekend)))\b|see you|speak|talk)",
        r"\bbetter off (not existing|not being here|not being alive|not alive|not here|"
        r"without me)\b",
        r"\b(no|do not see a|can not see a|can not see any|there is no|see no|there is no "
        r"real) future (for me|for myself)\b",
        r"\b(do not think|do not feel like|not sure|do not know if|doubt) i can (keep|stay) "
        r"(myself )?safe\b",
        r"\b(going|planning|plan|ready|about|want|wanted|wanting|thinking about) to jump"
        r"( tonight| today| now| off)?$",
        r"\b(thinking (of|about)|thought (of|about)|urge to|urges to) jump(ing)?( tonight| "
        r"today| now| off)?$",
        r"\b(and|but|i am|am|feel|feeling) not safe$",
        r"\b(no|not|any|what|without a|lost my|lost the|lost any) (\w+ )?reasons? "
        r"(for me |left )?(to|for) "
        r"(live|living|keep living|stay alive|staying alive|go on|going on|keep going|carry "
        r"on|be alive|be here|exist|stay)\b",
        r"\b(better|easier|happier|simpler|lighter) (for everyone |for them |for all |off )?"
        r"if i (just )?(died|was dead|were dead|was gone|were gone|was not here|were not "
        r"here|was not around|were not around|disappeared|did not exist|never existed)\b",
        r"\bif i (just )?(died|was dead|were dead|killed myself)\b",
        r"\b(not going to|will not|do not think i will|might not|may not) make it "
        r"(through the night|through tonight|to tomorrow|to the morning|through the week|"
        r"to the weekend)\b",
        r"\bwhy (should|would|do|bother|even) (i )?(even )?(keep living|live|stay alive|"
        r"bother living|be alive|exist|go on living)\b(?! (in|at|with|near|like|here)\b)",
        r"\b(do not|did not|does not) deserve to (live|be alive|exist|keep going|keep living|"
        r"go on|be here)\b",
        r"\b(tired of|can not|could not|can not keep) fight(ing)? (anymore|any more|any "
        r"longer|this)\b(?! (with|about|over)\b)",
        r"\blife is not worth it\b",
        r"\bend (my|the|this) (suffering|pain) (permanently|for good|forever)\b",
        r"\bwish (i|that i) (was|were|had) never (here|existed)\b",
        r"\b(saying|said|say) goodbye to (the world|life|everyone for good)\b",
        r"\b(crash\w*|driv\w*) (the |my )?car[^|]{0,20}on purpose\b",
        r"\b(my )?life (has|had) no (point|meaning|purpose)\b",
        r"\bhope (i|that i) (die|do not survive|never wake)\b",
        r"\bno (reason|point|purpose) (to|in|of) (live|living|life|going on|carrying on|"
        r"being alive|being here|existing|anything)",
        r"\b(life|living|it) (is|was|feels|is just) not worth (living|it anymore|"
        r"it any more)",
        r"\bnot worth living\b",
        r"\bnothing (left )?to live for\b",
        r"\bwhat is the point (of|in) (living|going on|life|being alive|anything|me)\b",
        r"\b(no|do not see a|can not see a|there is no|do not see any|can not see any|see "
        r"no|there is not a|there is not any) way out\b(?! of (the|that|a|an|our|their|work|it)\b"
        r"(?! (pain|misery|hole|dark\w*|hell|mess)\b))",
        r"\b(feel|feeling|felt|am|i am so|everything (is|feels)|life (is|feels)) (so |"
        r"completely |totally |utterly |really )?(hopeless|trapped)\b",
        r"\bhopelessness\b",
        r"\bno hope left\b",
        r"\b(better|happier|easier|lighter|fine|okay|ok|alright|relieved|free|freer|safer|calmer)"
        r"( off)? without me\b",
        r"\bnot (going to be|be) (around|here) (much longer|for long|anymore|any more)\b",
        r"\b(would not mind|do not care|would be relieved|would be glad|hope) if i (died|"
        r"was dead|were dead|did not wake up|never woke up|was gone|were gone|disappeared)",
        r"\bwant out( of (life|here|this life|everything|existence))?$",
        r"\b(i am|feel|feeling|felt|my life is|my life feels) (so |completely |totally )?"
        r"(worthless|not worth (anything|living))",
        r"\b(imagin\w+|plann\w+|think\w* about|pictur\w+|dream\w* (about|of)) my (own )?"
        r"(funeral|death)",
        r"\bwant (it|everything|it all|my life|life|all of it) (to be )?over\b",
        r"\b(wish\w*|if only) (i|that i) (had|would have|could have) (died|not survived|"
        r"never woken up)",
        r"\b(almost|nearly) (jumped|did it|killed myself|overdosed|hanged myself|ended it)\b",
        r"\bgiv\w* up on (life|living|everything|myself|being alive)\b",
        r"\b(would be )?better off (if i (was|were) (gone|dead|not here|not around))",
        r"\b(nobody|no one|noone|none of them) (would|will|is going to|would even) "
        r"(miss|notice|care|mind)( me| if i)?",
        r"\b(if|when) i (was|were|am) (gone|dead)\b",
        r"\b(am|feel like|feeling like|felt like|being|be|am just|am only|nothing but|"
        r"always) "
        r"(such |a |just a |only a |such a |a real |a huge |)burden\b",
        r"\bburden (to|on|for) (everyone|everybody|my|them|others|people|all)\b",
    ),
    # Plans and means.
    *_phrases(
        False,
        r"\b(ways|how|methods?) to (die|kill myself|end it|end my life|overdose)\b",
        r"\bpainless (way|death|method)",
        r"\bhow many (pills|tablets|paracetamol)\b(?![^|]{0,20}\b(left|remaining|a day|per day|"
        r"reorder|re order|refill)\b)",
        r"\b(goodbye|farewell|suicide) (note|letter|message|video)s?\b(?! (to|for) (my |the |our )?"
        r"(old |former |last )?(job|work|office|team|colleagues|class|flat|house|home|city|"
        r"school|uni\w*|career|company|boss|students|pupils|neighbours|twenties)\b)",
        r"\b(saving|saved|stockpil\w*|hoard\w*|collect\w*) (up )?(all )?(my )?(pills|"
        r"tablets|meds|medication|painkillers|paracetamol)\b",
        r"\b(take|taking|took|swallow\w*) (every|all the|all of the) (pill|pills|tablet|"
        r"tablets|meds|painkillers)\b",
        r"\b(take|taking|took|swallow\w*) (all|every one|the whole (box|bottle|pack)|a "
        r"(handful|bottle|box)|the lot) (of )?(my |the )?(pills|tablets|meds|medication|"
        r"painkillers|paracetamol)\b",
        r"\b(step\w*|walk\w*|run\w*|jump\w*) (out )?(into|in front of|under) (the |a |that "
        r"|oncoming )?(traffic|train|bus|car|lorry|truck)\b",
        r"\b(sea|river|lake|ocean|woods)\b[^|]{0,25}\b(not|never) (come|coming) back\b",
        r"\b(nobody|no one|noone) (cares|would care|will care|would notice|cared) (if|"
        r"whether) i (live|lived|die|died|was gone|were gone|disappear\w*)\b",
        r"\blethal (dose|doses|amount|amounts)\b",
        # Passive wishes: something else doing it.
        r"\b(hope|hoping|wish|wishing|pray|praying)( that)? i\b[^|~]{0,20}(?<!not )"
        r"(?<!never )\b(die|died|dead|dying|get killed|got killed|get hit|got hit|was hit)"
        r"\b(?! (of|from) (laugh\w*|embarrassment|boredom|shame)\b)",
        r"\b(hope|hoping|wish|wishing|pray|praying)( (?!(nothing|nobody|no|not|never)\b)"
        r"[^ |~]+){0,5} (hits? me|runs? me over|kills? me|happens? to me|takes? me|gets? me"
        r"|finish(es)? me( off)?)\b",
        r"\b(hope|hoping|hoped|wish|wishing|pray|praying)( that)? i (\w+ )?(crash|do not "
        r"make it|will not make it|do not survive|will not survive|fall|drown|get run "
        r"over)\b",
        r"\b(pray|hope|wish)\w* (i|that i) (do not|never|will not|would not) wake up\b",
        r"\b(wish|hope|pray)\w* (the|my|our) (plane|train|bus|car|ship) (would )?crash",
        r"\b(mind|care) if something (bad )?(happened|happens|happen) to me\b",
        r"\bfade away( forever| for good| completely)?$",
        r"\b(better|happier|nicer|easier) place without me\b",
        r"\bmy (death|suicide|dying) would\b",
        r"\b(cutting|self harm\w*|hurting myself|burning myself) (is|was|feels like) the "
        r"only (thing|way)\b",
        r"\b(a )?danger to myself\b",
        r"\b(knife|blade|razor|pills|rope|tablets)\b[^|]{0,30}\bthinking about (it|using "
        r"it|them)\b",
        r"\b(standing|sitting|stood|sat) on (the|a) (bridge|ledge|roof|edge|railway bridge|"
        r"tracks)( right now| now| tonight)?$",
        r"\bnothing left for me\b",
        r"\bstop being( alive| here)?$",
        r"\b(jump|jumping|throw myself|step|stepping|walk|walking) (off|from|in front of|"
        r"under) (a|the|that) (bridge|building|roof|cliff|train|bus|car|lorry|truck|"
        r"traffic|balcony|tower|car park|window)\b",
        r"\b(pills|tablets|rope|knife|blade|razor|razors) (is |are )?(ready|in my bag|"
        r"hidden)\b(?! for (the |a )?(tug|climb\w*|camp\w*|boat|sail\w*|game|class|trip|"
        r"hike|tent|swing)\b)",
        r"\b(have|got|bought|buy) (a|the) (rope|noose|razor blade)\b(?! (swing|ladder|"
        r"bridge|course|toy|light)\b)"
        r"(?!( ready)? for (the |a )?(tug|climb\w*|camp\w*|boat|sail\w*|game|class|trip|"
        r"hike|tent|swing)\b)",
        r"\b(think\w*|thought|plan\w*|figur\w*|work\w*) (about |out )?how (i would|to|i "
        r"could|i will) do it\b",
        r"\b(took|take|taking|swallow\w*) (a bunch|loads|lots|a lot|too many|way too many|"
        r"a load|handfuls?|all the|double) of (my |the )?(pills|tablets|meds|medication|"
        r"painkillers|paracetamol)\b",
        r"\b(drive|driving|crash|crashing|steer\w*) (my car |the car )?(into|off) (a|the) "
        r"(wall|tree|bridge|lorry|truck|river|cliff|oncoming)",
        r"\b(do|doing|did) something (stupid |bad |dangerous |drastic |)to myself\b",
        r"\b(slit|slash)\w* (my )?(wrists?|throat|arms?)",
        r"\bmyself to death\b",
        r"\btoo many (of )?(my |the )?(\w+ )?(pills|tablets|meds|medication|painkillers)",
        r"\bgoing to jump$",
        r"\b(saying|said|say) my goodbyes\b",
        r"\bwill to live\b",
        r"\b(going to|gonna|will) do it (tonight|now)$",
        r"\bwith me gone\b",
        r"\bon the (ledge|edge of the (roof|bridge|cliff|platform)|railway tracks|train "
        r"tracks)\b",
        r"\b(stop|stopping) myself (from )?(cutting|hurting|harming|burning|killing|"
        r"jumping|overdosing)\b",
        r"\b(death|dying|suicide|ending it) (is|seems|feels)( like)? (the |my )?(only|best|"
        r"easiest) (way|option|answer|solution|choice|way out)",
        r"\bhate (being alive|living|existing)\b",
        r"\b(wish\w*|if only) (i|that i) (was|were|had) never (been )?born",
        r"\bif i (was|were) not (here|around|alive)\b",
        r"\bnoose\b",
        r"\b(use|using|used) (it|them|a knife|the knife|a blade|the blade|a razor|the "
        r"razor|a lighter|the lighter) on myself\b",
        r"\b(take|taking|took|swallow\w*) (my |the )?(whole|entire|all of my|all my) "
        r"(prescription|supply|bottle|box|pack|packet|stash)\b",
        r"\b(going to|might|will|could|about to|want to|scared i will|afraid i will|worried "
        r"i will) do something (stupid|drastic|dangerous|bad)\b",
        r"\b(pills|tablets|meds|medication|painkillers) (saved|stored|hidden|stashed|put "
        r"aside|set aside)\b",
        r"\b(edge|ledge|roof|cliff|bridge|balcony|platform|tracks)\b[^|]{0,40}\b(want\w*|"
        r"urge\w*|tempted|thought about|thinking about|thinking of|felt like|feel like) "
        r"(to )?jump",
        r"\b(want\w*|urge\w*|tempted|thought about|thinking about|thinking of|felt like|"
        r"feel like) (to )?jump\w*[^|]{0,30}\b(edge|ledge|roof|cliff|bridge|balcony|"
        r"building|tower|car park|window)\b",
        r"\b(count\w*|lined up|lining up|laid out|laying out) (out )?(all )?(my |the )?"
        r"(\w+ )?(pills|tablets|meds|painkillers)\b(?! (into|in|for|out for) (the|a|my|this|"
        r"next)? ?(weekly|daily|box|organiser|organizer|dosette|week|pharmacy|refill|"
        r"prescription)\b)",
        r"\b(picked|chosen|chose|set) (a|the) (date|day)( for it)?$",
        r"\b(burn\w*|cut\w*|scratch\w*) my \w+ (with|using) (a |the )?(lighter|cigarette|"
        r"blade|razor|knife|scissors|compass|glass)\b",
        r"\b(can not|could not) (guarantee|promise|say) (that )?i (will|would) (be|stay|keep "
        r"myself) safe\b",
        r"\bsafe from myself\b",
        r"\bi (have|have got|have made|made|now have) a plan$",
        r"\b(i want|i am ready|time for me|ready) to go( now| tonight| for good)?$",
        r"\b(go|run|going|running) away (forever|for good)\b",
        r"\band (not|never) come back$",
        r"\b(not|never) meant to (be (alive|here|born)|exist|live)\b",
        r"\bi should (not be alive|be dead|not exist|not be here|never have been born)\b",
        r"\b(do not|never) belong (in this world|on this earth|anywhere|here anymore)\b",
        r"\b(if|what if) i (just )?(did not|never|do not) wake up\b",
        r"\bwaste of (space|oxygen|air|a life)\b",
        r"\b(got|get|getting|took|take) (the|my|a) (razor|blade|blades|rope|knife) out\b"
        r"(?! (to|for) (chop|cut|cook|slice|prepare|make|open|carve|peel)\w*\b)",
        r"\b(drank|drink|drinking|swallowed|swallow) (some )?(bleach|poison|antifreeze|"
        r"weedkiller)\b",
        r"\buntil i (disappear|die|am gone|waste away|am dead|stop existing|(do not|never|"
        r"can "
        r"not|will not) (wake up|breathe|feel anything))\b",
        r"\b(pills|tablets|meds|painkillers)\b[^|]{0,40}\b(lined|laid|counted|lining|laying|"
        r"counting) (them|it|all of them) (up|out)\b",
        r"\b(letter|note|message|video)s? (to )?say(ing)? goodbye\b",
        r"\b(i would|i will|i am going to|going to|i could) finally do it\b",
        r"\btonight(s| is) the night\b(?! (of|for|we|out|at|in)\b)",
        r"\b(decided|planned|planning|worked out|figured out|know|knew) (exactly )?(how|when|"
        r"where) (i will|i "
        r"would|to|i am going to|i could) do it\b",
        r"\bnever (woke|wake|waking) up\b(?! (early|on time|in time|before|late|till|"
        r"until|at)\b)",
        r"\b(if|when) i (did not|do not|would not) wake up\b(?! (early|on time|in time|"
        r"before|till|until|at)\b)",
        r"\b(wrote|written|writing|left|leave|leaving) (a |my )?(note|letter)s? (for|to) "
        r"(my family|everyone|my kids|my children|the people i love|my loved ones|my "
        r"partner)\b"
        r"(?! (to say )?(thanks|thank you|for (their|her|his|the|my) birthdays?)\b)",
        r"\bpoint (of|in) (me|my existence)( \||$)",
        r"\bpoint (in |of |to )?(me )?(living|going on|being alive|being here|existing|"
        r"carrying on|staying "
        r"alive|life|waking up)\b",
        r"\bdisappear (and never come back|forever|for good)\b",
        r"\b(train|railway) (tracks?|line)\b[^|]{0,40}\b(thought|thinking|think|jump\w*)\b",
        r"\b(until|till|til) (i|it|they|my \w+) (bled|bleeds?|was bleeding|were bleeding)\b",
        r"\b(took|take|taking|swallowed) \d+ (of my )?(pills|tablets|paracetamol|"
        r"painkillers)\b",
        r"\bcut (too |so |really |way )?(deep|deeper)\b",
        r"\b(bang\w*|hit\w*|bash\w*|slam\w*) my head (against|on|into)\b"
        r"(?! (the |a )?(cupboard|door|"
        r"shelf|ceiling|table|car|doorframe|beam|cabinet|corner|low|bunk|window|sink)\b)",
        r"\b(made|making|new|fresh|deep|more) cuts? (on|in|into) my\b",
        r"\brope (round|around) my neck\b",
        r"\b(a|my) plan to (die|end|kill)\b",
        r"\bwill not need (them|it|these|any of it|my (things|stuff))( anymore| any more|"
        r" where| after| soon|$)",
        r"\bgiv(e|ing|en)( away)? (all )?my (things|stuff|belongings|possessions|pets?)"
        r" away\b(?! to (charity|the charity))",
    ),
    # Frames rather than fixed lines: a wish, a calm view of death, a farewell, a search for
    # means, a wound. Each names a kind of saying, so new wordings of it are heard too.
    *_phrases(
        False,
        # Others better off, said without naming me.
        r"\b(everyone|everybody|they|people|the world|my (\w+ )?(family|kids|children|"
        r"parents|partner|wife|husband|friends|mum|mom|dad))( all)? (would|will) be "
        r"(so |much |a lot )?(better|happier)( off)?( then| honestly)?$",
        r"\bwith me (out of the (picture|way)|not (around|here)|dead)\b",
        r"\bbetter (place|off)\b[^|]{0,20}\bif i (was|were|am) (not|no longer) (in it|"
        r"here|around|alive|in their lives|in the picture)\b",
        # Not minding death, finding it peaceful, envying it.
        r"\b(would not|do not|did not|would not even|would not really) (mind|care)\b"
        r"[^|]{0,15}\bif (i|something) (\w+ ){0,3}(die|died|dead|got hit|get hit|got killed|"
        r"get killed|crashed|did not make it|never came back|went down|happened to me)\b",
        r"\b(plane|car|bus|train|ship)\b[^|]{0,15}\b(went|goes|go) down with me\b",
        r"\b(death|dying|being dead|not existing|not being here|being gone|suicide|never "
        r"waking up|the end) (sounds|seems|would be|feels|looks|would feel|is) (like )?"
        r"(so |really |kind of |such )?(a )?(peaceful|relief|nice|good|appealing|tempting|"
        r"easier|comforting|freedom|rest|welcome|release|escape|inviting|calm|better)\b",
        r"\b(peaceful|nice|a relief|easier|calm|quiet|freeing) (it )?(would be|must be|"
        r"to be) (to )?(just )?(be gone|die|be dead|not exist|not wake up|not be here|"
        r"disappear|stop|go)\b",
        r"\b(envy|jealous of|envious of) (the )?(dead|people who (died|are dead|do not "
        r"wake up))\b",
        r"\b(join|be with|see) (my \w+|him|her|them)( again)?[^|]{0,10}\b(in heaven|on the "
        r"other side|up there|in the next life)\b",
        r"\bwant\w* to join (my (late )?(mum|mom|dad|mother|father|gran\w*|grand\w*|"
        r"brother|sister|son|daughter|husband|wife|partner|best friend)|him|her|them)( \||$)",
        # Farewells and last words.
        r"\b(this is|this will be|this is going to be) my (very )?(last|final) (entry|win|"
        r"post|message|note|log|day|night|goodbye)\b",
        r"\bmy (last|final) (entry|win|post|message|words|goodbye)\b[^|]{0,20}\bgoodbye\b",
        r"\b(writ\w*|wrote|draft\w*|record\w*|plann\w*) (my goodbyes?|a goodbye$)",
        r"\bgoodbye (everyone|everybody|world|forever|all|cruel world)\b(?! (on|at|in|from|here|"
        r"there|for (now|tonight|the (night|day|evening|weekend)))\b|see you|speak|talk)",
        r"\b(giv\w*|gave) (away )?(all )?(of )?my (things|stuff|belongings|possessions|"
        r"pets?|cat|dog|guitar|clothes|books|savings|money)( away)?\b[^|]{0,40}\b(will not|"
        r"would not|do not|am not going to) (be )?need(ing)?\b",
        r"\bgiv(e|ing|en)( away)? (all )?(of )?my (things|stuff|belongings|possessions|"
        r"pets?) away\b(?! to (charity|the charity|a charity))",
        r"\b(will not|would not|am not going to|do not) (be )?need(ing)? (them|it|these|"
        r"those|my (things|stuff|belongings))( anymore| any more| where i am going)\b",
        r"\b(will not|am not going to) (be|still be) (here|around|alive) (for|by|at|to "
        r"see) (christmas|my birthday|next year|the new year|another year|the summer|"
        r"much longer|long)\b",
        r"\b(do not|can not|could not) (see|picture|imagine) (myself|me) (being )?(here|"
        r"alive|around|living|still here)\b(?! (in a|in the|at|with|forever|doing)\b)",
        r"\b(do not|will not|no longer) have a future"
        r"( anymore| any more| left| ahead| for me)?$"
        r"|\bhave no future\b(?! (plans?|in (this|that) (job|company|team|role))\b)",
        r"\b(exhausted|worn out|so tired|fed up) (from|of|with) (living|being alive|"
        r"existing|life|being here)\b(?! (in|out of|with|at|on|off)\b)",
        # Looking for means, getting them, getting ready.
        r"\b(look\w* up|look\w* into|googl\w*|search\w*|research\w*|read\w* (up )?about)"
        r"\b[^|]{0,30}\b(how (many|much)( \w+)? (it )?(would )?(it )?takes?|ways? to (die|"
        r"do it|go|end it)|quickest|easiest|painless|lethal|fatal|how to "
        r"(die|do it|end it|overdose|hang)|bridges?|cliffs?|overdos\w*)\b",
        r"\bhow (many|much)( \w+)? (it )?(would )?(it )?(takes?|would kill|is lethal|is "
        r"fatal|to die)\b(?! (to (make|bake|cook|fill|feed|get|buy|cover|paint|fix|build|"
        r"run|finish|pay))\b)",
        r"\b(quickest|easiest|painless|best|fastest|surest|least painful) (way|method)s? "
        r"to (die|go|do it|end it|end things|kill myself)\b",
        r"\b(staring|stared|looking|looked|sitting) (at|with) (the |my |all )?(\w+ )?"
        r"(pills|tablets|rope|noose|blade|razor|knife|meds|painkillers)\b",
        r"\b(pills|tablets|rope|blade|razor|knife|meds|painkillers)\b[^|]{0,30}\b(stari\w*|"
        r"stare|looking) at (them|it)\b",
        r"\b(took|taken|take|taking|swallowed|swallow) (all|every one|the rest) (of )?"
        r"(my |the )?(\w+ )?(pills|tablets|meds|medication|painkillers|antidepressants)\b",
        r"\b(pills|meds|tablets|medication|painkillers|cut\w*|hurt\w*|burn\w*|overdos\w*|"
        r"vodka|alcohol|bleach)\b[^|]{0,40}\bon purpose\b",
        r"\bi (am|am standing|am sitting|am stood|am sat) (on|at) (the|a) (bridge|ledge|"
        r"roof|cliff|edge|tracks|platform edge)$",
        r"\b(a|the) plan and (a|the) (date|time|day|way|means)\b|\b(a|the) (date|time) and "
        r"(a|the) (plan|place|way|means)\b",
        r"\b(was going to|almost|nearly|came close to|so close to|about to) (do|doing) it "
        r"(last night|tonight|yesterday|this morning|today|then)\b",
        r"\b(i|have|had) attempted( suicide)?( again| last| before| on| twice| once| "
        r"yesterday| this)\b",
        # A purpose clause: done so that death comes.
        r"\bso (that )?(i|it) (can|could|will|would|might|just|finally) (just |finally )?"
        r"(die|waste away|be gone|not wake up|disappear|stop existing|be over)\b",
        r"\b(would not|will not|do not|did not) (fight it|resist|try to survive)\b[^|]{0,30}"
        r"\b(die|died|dying|death|took me)\b",
        # Quietly settling affairs and saying goodbye.
        r"\bso (nobody|no one|they|people|my family) (has|have|will have|would have|does "
        r"not have|do not have) to (deal with|sort|clean up|find|worry about) (it|me|"
        r"anything)( after| when| once|$)",
        r"\b(saying|said|say) goodbye\w* (to \w+ )?(without (them|anyone|people) knowing|"
        r"for the last time|one last time|in my head|quietly|secretly)",
        r"\b(look after|take care of|feed) (him|her|them|my \w+) (after|when i am gone)"
        r"( \||$)",
        # The means kept close, the place chosen.
        r"\b(knife|blade|razor|pills|rope|tablets|lighter)\b[^|]{0,40}\b(for when|just in "
        r"case|in case i|when it gets too)\b",
        r"\b(paracetamol|pills|tablets|painkillers)\b[^|]{0,40}\b(different|several|"
        r"multiple|separate) (shops|pharmacies|chemists|stores)\b",
        r"\bhow (high|tall|deep|far (down|up)|long the drop|far the drop)\b[^|]{0,25}"
        r"\b(car park|bridge|building|roof|cliff|balcony|drop|fall|floor|storey)",
        r"\b(spot|place|way|time|day) (where|when|how) i (will|would|am going to|could|can) "
        r"do it\b",
        r"\b(know|decided|picked|chosen|chose|found) which (bridge|building|cliff|roof|pills|"
        r"tablets|train|car park|tree|rope)\b",
        r"\b(wrote|written|finished|left|hid) the note\b(?! (for|to) (school|work|the "
        r"(teacher|school|office|landlord|neighbour)))",
        r"\b(hid|hide|hiding|hidden|locked (up|away)) (the |my )?(pills|tablets|knives|"
        r"blades|razors|meds|rope) (from myself|so i (can not|do not|will not))",
        r"\bthrow\w* myself (in|into|off|from|under|in front of) (the |a )?(river|sea|lake|"
        r"canal|water|traffic|train|bridge|roof|building|cliff|window|balcony)",
        r"\b(was about to|about to|nearly|almost|so close to|came (so )?close to|"
        r"was going to|"
        r"ready to) jump(ing)?\b"
        r"(?! (in|into|on|at|for|up|over|ship|to|rope|around|out)\b)",
        r"\b(standing|stood|sitting|sat|been|was|spent \w+) (on|at) (the )?(edge of the )?"
        r"(roof|ledge|bridge|tracks|platform|cliff)( edge)?\b[^|]{0,25}\b(for a long time|"
        r"a lot|lately|again|alone|all night|for hours|last night|tonight|thinking)\b",
        r"\b(check|checking|checked) out (permanently|for good|of life|of this life|early "
        r"from life)\b",
        r"\b(take|taking|took) the (easy|easiest|only|quick|cowards?) way out( \||$)",
        r"\bnot worth (saving|keeping alive|living for|the air|the oxygen|being alive)\b",
        r"\b(everything|it all|the world|life) to (go black|fade( to black| away)|go dark)\b",
        r"\b(not|never) (have to )?feel anything (ever )?again\b",
        r"\b(not going to|will not|do not think i will|doubt i will|might not|may not|"
        r"can not promise i will|not sure i will) (make it|be here|be alive|be around|"
        r"survive) ((through|to|past|till|until|by) )?(the night|tonight|the weekend|"
        r"tomorrow|the "
        r"morning|next week|another day|my birthday|christmas)\b",
        r"\b(scared|afraid|frightened|terrified) of myself\b",
        r"\b(please |someone |somebody |nobody can )+(stop|save) me( \||$)",
        # Peace in a decision, a future refused, sleep without waking.
        r"\b(calm|peace|peaceful|relieved|relief|lighter)\b[^|]{0,25}\b(now that i (have )?"
        r"decided|since i (have )?decided|i have decided|knowing (it will|i will not|"
        r"i do not "
        r"have to))\b",
        r"\bmade (my )?peace with (it|dying|death|leaving|going|the decision)\b",
        r"\bwill not have to (do this|be here|live|feel this|wake up)( \w+)? (much longer|"
        r"anymore|any more|for long|soon)\b",
        r"\b(do not|not sure i|no longer|never) want to see (next (week|year|month)|another "
        r"(day|week|year|birthday|christmas)|tomorrow|the (morning|new year|summer)|my next "
        r"birthday)\b",
        r"\bno point (in )?(making plans|planning|having a future|saving for)\b",
        r"\b(permanent|eternal|endless) sleep\b|\bsleep (forever|for ever)\b"
        r"|\bdie in my sleep\b",
        r"\bput (me )?out of my misery\b",
        r"\bswallow me (up )?(for good|forever|whole)\b",
        r"\bworld to (stop|end|go on) (with|without) me (off|gone|in)",
        r"\b(should|deserve to|want to|need to) be (erased|deleted|wiped out|gone for "
        r"good)\b",
        r"\b(giving|give|given|gave) up (for real|for good|completely|on staying|on trying "
        r"to stay)\b",
        r"\b(done|finished|through|sick of|tired of) (fighting|trying) (to (live|stay|"
        r"survive|"
        r"be here|keep going|stay alive)|for my life)\b",
        r"\b(life|living|this world|being alive) (is|was) (just )?not (for|meant for) me\b",
        r"\b(ending it|dying|death|suicide|killing myself|ending my life|not being here) "
        r"(is|has been|keeps|stays) (always |constantly )?(on|in) my (mind|head)\b",
        r"\b(do not|did not|no longer) care (what happens to me|about (living|dying|my life|"
        r"being alive)|if i (wake up|live|survive|make it|see tomorrow|get hurt))\b",
        # Places that call, rehearsals, pictures that will not leave.
        r"\b(bridge|balcony|river|sea|tracks|edge|roof|ledge|cliff|water|lake|window|drop|"
        r"traffic)\b[^|]{0,20}\b(calling( me| to me)?|inviting|tempting|pulling me|calls to "
        r"me|keeps calling)\b",
        r"\b(staring|stare|stared|stand\w* and stare\w*) (at|down at|over) (the )?(train |"
        r"railway )?(tracks|drop|edge|traffic|ledge)\b",
        r"\b(drove|went|walked|got) to the (bridge|cliff|edge|roof|tracks|car park|river)\b"
        r"[^|]{0,40}\b(for (an hour|hours|a long time|ages|a while)|thinking|did not get "
        r"out|could not)\b",
        r"\bhow (high|tall) (is )?(the |that )?(bridge|building|cliff|car park|roof)\b"
        r"[^|]{0,10}\b(near me|nearby|around here|in town|here)\b|\b(tallest|highest) "
        r"(bridge|building|cliff|car park)s? (near me|nearby|around here|in town|here)\b",
        r"\b(tied|tie|tying|knotted|made) (a |the )?(rope|noose|belt|cord|ligature)\b"
        r"(?! (to|around|onto|on) (the )?(boat|tent|bag|box|swing|bike|roof rack|post))",
        r"\bpractic\w* (with|using|hanging|tying) (the |a |my )?(belt|rope|cord|noose|"
        r"scarf|knot)",
        r"\b(bag|belt|cord|rope|ligature|scarf|plastic) (over|around|round) my (head|neck|"
        r"face)\b",
        r"\bwish\w* i (would not|did not|would never|never) (come up|resurface|come back "
        r"up)\b",
        r"\b(pictur\w*|imagin\w*|visuali\w*|images of|thoughts of|see) (myself )?(jumping|"
        r"hanging|falling|dying|dead|bleeding|drowning|cutting|overdosing|being dead|in a "
        r"coffin)\b(?! (laughing|of)\b)",
        r"\b(voices?|thoughts?|brain|head)\b[^|]{0,20}\btell\w* me to (die|kill|hurt|cut|jump"
        r"|end)",
        # Questions about means, deadlines, regret at waking.
        r"\bhow (long|much|many)\b[^|]{0,30}\b(bleed out|to die|to drown|to hang|would kill "
        r"(me|someone|a person)|to overdose|before you die|until you die|is lethal|is fatal)",
        r"\b(be|am) (dead|gone) by (the end of|friday|monday|tuesday|wednesday|thursday|"
        r"saturday|sunday|tomorrow|next|christmas|tonight|morning|my birthday)\b",
        r"\bi will be (dead|gone)( for good| forever)?( one way or another)?( \||$)"
        r"|\bi am gone (for good|forever)\b",
        r"\bdone for good( \||$)|\bone way or another\b[^|]{0,20}\b(dead|gone|end)\b",
        r"\b(existing|being alive|living|being here) (hurts|is (so |too )?(exhausting|"
        r"painful|unbearable|too much|agony|torture|hell))\b",
        r"\bwhy (am i|i am|do i (even )?bother|should i (even )?(bother )?(stay|keep)\w*) "
        r"(still )?(alive|here|living|breathing|staying alive|keep living|existing)\b"
        r"(?! (at|in|on|with|awake)\b)",
        r"\b(do not know|wonder) why i am (still )?(alive|here)( \||$)",
        r"\b(should not|should never) have (survived|woken up|made it|been saved|lived)\b",
        r"\b(regret|disappointed|sad|gutted) (that )?(i )?(woke|wake|waking|am still alive|"
        r"survived|made it through)\b(?! (late|early|at|so|before|up (late|early|at)))",
        r"\bwish\w* i (had not|did not|never|would not have) (woke|woken|wake) up\b",
        r"\b(hope|hoping|wish|pray)\w* (that )?i (will |would |might )?(get|got) (into )?"
        r"(an accident|a crash|cancer|sick and die|hit|killed|run over)\b",
        r"\b(happy|glad|relieved|fine|ok|okay|grateful)\b[^|]{0,10}\bif i (\w+ ){0,4}(and )?"
        r"(died|die|was killed|got killed|did not wake up|was gone)\b",
        r"\b(want|need|ready)\w* (to )?(off|out of|leave|get off) (this )?(planet|world|"
        r"earth|life|existence)\b",
        r"\blog\w* off (for good|permanently|forever)( \||$)|\blog off from life\b",
        r"\b(want|going|about|plan\w*|ready|thinking (of|about)) to commit( \||$)",
        r"\b(off|from) (the|a) (roof|bridge|building|cliff|balcony)\b[^|]{0,20}\b(not|never) "
        r"(land|survive|come back)\b",
        r"\blong walk off a short pier\b",
        # Staying alive as a struggle; the only way; might as well.
        r"\b(hard|harder|struggl\w*|fight\w*|battle|losing|effort|how much longer|can "
        r"barely|can hardly)\b[^|]{0,25}\b(stay alive|keep myself alive|keep living|"
        r"staying alive|keep breathing)\b",
        r"\b(only way|only option|only answer|only escape|only choice|only cure)\b[^|]{0,40}"
        r"\b(die|dying|death|to end it|kill myself|suicide|not exist)\b",
        r"\bmight as well (be dead|die|not exist|not be here|end it|make it official|kill "
        r"myself|be gone)\b(?! for all\b)",
        r"\b(hold on|keep going|hang on)\b[^~]{0,30}\b(do not think i can|can not anymore|"
        r"can not much longer)\b",
        r"\bhanging on by a thread\b[^~]{0,30}\b(snap|break|let go|give up)",
        r"\bgets better\b[^~]{0,20}\b(done waiting|no longer believe|do not believe)",
        r"\b(stop|not|tired of|sick of) (be|being) me( anymore| any more)?( \||$)",
        r"\b(doing|do) (them|everyone|everybody|the world|my family) a favou?r\b[^|]{0,30}"
        r"(\b(disappear\w*|dying|gone|leaving|not being)\b|$)",
        r"\b(kinder|better|easier|fairer|best)\b[^|]{0,25}\bif i (just )?(was not|were not|"
        r"was no longer|were gone|was gone|disappeared|did not exist)\b",
        r"\b(mixed|took|take|swallowed) (all )?(my |the )?(pills|meds|tablets)( together| at "
        r"once| all at once)\b",
        r"\b(holding|have|got) (the |a |my )?(knife|blade|razor|rope|pills)( in my hand)? "
        r"(right now|now)( \||$)",
        r"\b(do not|not) want to (come down|get down|step back)( \||$)",
        r"\bleav\w* (this|the) (world|earth|life)\b(?! (of|better|behind|a better)\b)",
        r"\b(overdid|too far|too much|too deep)\b[^|]{0,15}\b(blade|razor|cutting|pills)\b",
        # An exit, a stash for later, goodbye said plainly.
        r"\b(plan\w*|thinking about|thought about|ready for|take|taking|want) (my|an|the) "
        r"(exit|way out|final exit)\b(?! (from|of|on|at) (the |this )?(job|company|"
        r"meeting|party|game|motorway|building|station|room|club|band|group|course)\b)",
        r"\bexit (strategy|plan)\b[^|]{0,15}\b(life|this world|living|everything)\b",
        r"\b(collect\w*|stockpil\w*|hoard\w*) (up )?(some |a lot of |lots of |loads of )?"
        r"(razor blades|blades|razors|paracetamol|pills|tablets|painkillers)\b",
        r"\b(saving|saved|buy\w*|bought) (up )?(some |a lot of |lots of |loads of )?(razor "
        r"blades|blades|razors|paracetamol|pills|tablets|painkillers)\b[^|]{0,20}\b(for "
        r"later|for when|for the right time|just in case|for (the|that) (day|night))",
        r"\b(list|note) of who (gets|should get|will get|can have) my (stuff|things|"
        r"belongings)\b",
        r"\bthis is (goodbye|my goodbye|the end)( \||$)",
        r"\b(do not|did not|no longer) feel safe\b[^|]{0,20}\b(alone|with my thoughts|with "
        r"myself|tonight|at home)\b",
        r"\bfeel the (blade|razor|knife|burn) (again|on my skin)\b",
        r"\b(burden|waste of space|failure|mess|disappointment) like me\b",
        r"\b(not|never) (even )?notice (i am|that i am|i was|i have) (gone|dead|missing)\b",
        r"\b(single|one|any) reason to (stay alive|keep living|keep going|live|be here)\b",
        r"\b(done|finished)( \|)?( with (all of )?(it|this|everything|life|living))?( \|)? "
        r"(forever|for good|permanently)( \||$)",
        r"\b(bed|sleep) and (never|not) (get|wake) up again\b",
        r"\b(nobody|no one|who) (would|will|is going to) (come|go|turn up|show up) to my "
        r"funeral\b",
        r"\b(crash|accident|illness|cancer|virus|storm|this)\b[^|]{0,15}\bdo me a favou?r\b",
        r"\b(wish|wished|wishing)\b[^|]{0,10}\b(never|not) (woken|woke|wake) up\b",
        # Still here against my wish; a method worked out; final acts.
        r"\b(hate|dread|sick of|tired of)\b[^|]{0,30}\b(waking up|wake up)\b"
        r"[^|]{0,45}\b(still "
        r"(here|alive)|another day)\b",
        r"\b(pretending|pretend) (that )?i want to (be here|live|be alive|stay)\b",
        r"\b(worked out|figured out|calculated|checked) how (many|much) (i would|i will|i "
        r"need|it would take|to take)\b",
        r"\b(hiding|hid|hidden|keeping|kept) (my |the )?"
        r"(pills|tablets|blades?|razors?|rope)\b"
        r"[^|]{0,30}\b(drawer|bag|box|pencil case|wardrobe|for a while|under)\b",
        r"\bmy plan is to (do it|end it|end my life|die|kill myself|"
        r"jump|overdose|take (all|them|"
        r"the pills))\b",
        r"\b(picked|chosen|chose|set|decided on) the (day|date|night|time)( \||$)",
        r"\b(felt|feel|feels|seemed) final\b",
        r"\bmy (last|final) (post|message|entry|words)\b",
        r"\bleav\w* everything to (my|him|her|them)\b",
        r"\bwhere i am going\b",
        r"\bevery time i (cross|see|pass|walk over|drive over|stand on) (the |a )?(bridge|"
        r"train|tracks|cliff|roof|river|edge|station|knife)\b[^|]{0,30}\b(think|thinking|"
        r"want|how easy)\b",
        r"\b(smash|slam|bang|hit)\w* my head (into|against) (the |a )?(wall|floor|door)\b",
        r"\b(survived|woke up|came round)\b[^~]{0,40}\b(not sure how i feel|angry|"
        r"disappointed|upset|sad|wish i had not|did not work)\b",
        r"\b(attempt|overdose|od)\b[^~]{0,30}\b(did not work|failed|angry|disappointed)\b",
        r"\b(nobody|no one) needs me\b(?! (at|in|for|to|until|till|today|this|on)\b)",
        r"\b(fine|better|happier|free|ok)\b[^|]{0,10}\bif i (vanished|disappeared|was gone|"
        r"were gone|left for good)\b",
        r"\b(not|no way i am) going to survive this\b[^~]{0,20}\b(do not want to|and good|"
        r"fine)\b",
        r"\b(after|when|once) i am gone\b",
        r"\b(will not|would not|never) (get|have) the chance again\b",
        r"\b(relapsed|relapse)\b[^~]{0,40}\b(i cut|cut tonight|cut again|i burned|i hurt "
        r"myself)\b",
        # Last errands and last words.
        r"\btime to end (this|it|it all|things|everything)( \||$)",
        r"\bmy last day (is|will be) (tomorrow|today|tonight|friday|monday|soon)( \||$)",
        r"\b(chosen|chose|picked|decided on|settled on) (the|a|my) (way|method|place|spot|"
        r"bridge)( \||$)",
        r"\b(everything|all) i need to do it\b|\b(everything|all) (is )?ready for "
        r"(it|tonight)( \||$)",
        r"\bbefore i go( \||$)",
        r"\bthank you for everything\b[^~]{0,15}\b(sorry|goodbye|love you)\b",
        r"\bsorry for what i (am about to|am going to|will|have to) do\b",
        r"\b(love you (all|guys|everyone)|i am sorry|forgive me)\b[^~]{0,10}\b(goodbye|bye "
        r"forever)\b",
        r"\b(see|picture|imagine) (myself|me) (making it|living|reaching|getting) (to|past|"
        r"until) (\d+|thirty|forty|fifty|next year|christmas|my \w+ birthday)\b",
        r"\b(cuts|burns|wounds) (are|keep) getting (deeper|worse|bigger)\b",
        # Self-harm done: the act, the tool, the marks hidden.
        r"\b(stitches|a ?and ?e|a e|hospital|er|steri strips)\b[^|]{0,30}\b(cutting|cut "
        r"myself|self harm|overdos\w*|burn\w* myself)\b",
        r"\b(cutting|cut myself|self harm\w*|overdos\w*|burn\w* myself)\b[^|]{0,30}"
        r"\b(stitches|a ?and ?e|hospital|steri strips)\b",
        r"\b(until|till|til) (it|they|my \w+) (bruis\w*|bled|bleeds|blistered|scarred)\b",
        r"\b(added|add|adding|made) (more|new|another|a new|fresh) (cuts?|scars?|burns?|"
        r"marks?|lines?)\b(?! (to|in|on) (the|a|my) (list|document|doc|spreadsheet|drawing|"
        r"painting|page|map))",
        r"\bso (that )?i (can )?feel (something|anything|pain|real)\b",
        r"\b(drove|driving|drive|crashed|walked|stepped|fell|ran|swam|drank)\b[^|]{0,25}"
        r"\bon purpose\b",
        r"\b(bit|bite|biting) (into )?my (arms?|wrists?|hands?|lip until|skin)\b[^|]{0,20}"
        r"\b(until|till|so hard|again|on purpose)\b",
        # Past or near attempts, farewell errands.
        r"\b(nearly|almost|so close to|came close to) (went|going|go) through with it\b",
        r"\bwent through with it\b[^|]{0,20}\b(did not work|failed|woke up|survived)",
        r"\b(woke up|came round|ended up) in (hospital|a e|icu|intensive care)\b[^|]{0,30}"
        r"\b(after|because) (trying|i tried|taking|i took|overdos\w*|what i did)",
        r"\b(going to|will|about to) do it\b[^|]{0,10}\b(and|whatever|no matter)\b[^|]{0,30}"
        r"\b(nothing|no one|nobody|anyone)\b",
        r"\b(please |)tell (my \w+|them|everyone|him|her) (that )?(i love|i am sorry|i said "
        r"goodbye)",
        r"\b(enough|all my|all the|stash of) (pills|tablets|meds)\b[^|]{0,15}\b(saved|"
        r"stored|hidden|put away|now|to (do it|die|end it|kill myself))\b",
        r"\bstockpil\w* (my |up my |up )?(pills|tablets|meds|medication)\b",
        r"\b(carv\w*|slic\w*|stab\w*|gouge\w*|dig\w*|dug) (\w+ ){0,2}(into |in |at )?my (own )?"
        r"(arms?|wrists?|thighs?|legs?|stomach|skin|hips?|forearms?|chest|body)\b",
        r"\b(cut|cutting|burn\w*|scratch\w*|pick\w*|hit|hitting|punch\w*) (\w+ )?my (own )?"
        r"(arms?|wrists?|thighs?|legs?|stomach|skin|hips?|forearms?|chest|body|face|head)\b"
        r"[^|]{0,25}\b(again|on purpose|deliberately|until|till|so hard|last night|tonight|"
        r"with (a|the|my) (blade|razor|lighter|cigarette|knife|scissors|compass|glass))\b",
        r"\b(use|used|using|took|take) (a |the |my )?(blade|razor|knife|lighter|scissors|"
        r"compass|glass) (on|to|against|across) my\b",
        r"\b(need|want|crave|craving|wanted|needed)\w* to (feel|see) (pain|blood|myself "
        r"bleed|it hurt)\b",
        r"\bonly (thing|way|relief|release)\b[^|]{0,30}\b(cutting|self harm|hurting myself|"
        r"burning myself|starving myself|to cut|to hurt myself|bleed\w*)\b",
        r"\b(re)?open\w* (up )?(old |my )?(cuts|wounds|scars)\b",
        r"\b(hid|hide|hiding|cover\w*) (up )?my (arms|wrists|cuts|scars|burns|thighs)\b"
        r"(?! (from the sun|with (sun\w*|cream)))",
        # The wish to be hurt, and the marks of it.
        r"\bdeserve\w* (to )?(hurt|suffer|pain|be in pain|be hurt|be punished|bleed|feel "
        r"pain|to be in pain|nothing good|all of this pain)\b",
        r"\bpunch\w* (the |a )?walls?\b[^|]{0,20}\b(until|till|til|so hard)\b",
        r"\b(until|till|til) my (knuckles|skin|arms?|wrists?|hands?|legs?) (bled|bleed|"
        r"split|broke|bruised|were raw|was raw|burned)\b",
        r"\b(covered in|full of|fresh|new|deep|open) (fresh |new |deep )?(cuts|burns|"
        r"wounds)\b(?! (of|to|from|in the budget|at work)\b)",
        r"\bblood (from|off|on) my (arms?|wrists?|thighs?|legs?|stomach|skin)\b",
        r"\b(scars|cuts|burns) (on|across|all over) my (arms?|wrists?|thighs?|legs?|"
        r"stomach)\b[^|]{0,20}\b(new|fresh|again|today|last night|tonight)\b",
    ),
    # General constructions heard missing in the fifth held-out batch: not minding not being
    # here, better off without me anywhere in the line, goodbyes to everyone, timing with
    # "do it", means with a quantity or a plan, slang for killing oneself.
    *_phrases(
        False,
        r"\b(would not|do not|would not even|would not really|would honestly not) (mind|care)\b"
        r"[^|~]{0,30}\b(not|never) (waking|wake|woke) up\b",
        r"\b(would not|do not|would not even|would not really) (mind|care) (if|whether)\b"
        r"[^|~]{0,30}\b(hit|hits|killed|kills|ran over|runs over|run over|took|takes) me\b",
        r"\b(would not|do not|would not even) (mind|care) (dying|being dead|not existing|"
        r"not being here|if i (never|did not) (woke|wake) up)\b",
        r"\b(better|happier|easier) off\b[^~]{0,40}\bwithout me( in (the way|it|their lives))?\b",
        r"\bwithout me (in the way|around|dragging (them|everyone) down)\b",
        r"\b(weight|millstone|drain|dead weight) (around|round|on) (everyones|everybodys|their|"
        r"my familys|my \w+s|the familys) necks?\b",
        r"\b(wr[io]t\w*|left|leaving|leave) (\w+ )?(notes?|letters?|messages?|cards?)\b[^|]{0,40}"
        r"\b(just in case|in case|to say goodbye|saying goodbye|for (them )?to find|for after)\b",
        r"\b(googl\w*|search\w*|look\w* up|research\w*|read up on|check\w*|worked out|find out|"
        r"found out)\b[^|]{0,25}\b(dose|amount|how (many|much)|which pills)\b[^|]{0,25}\b"
        r"(would|will|to|it would|it will) (\w+ )?(do it|kill|be enough|be fatal|finish|take)\b",
        r"\b(what|which) (dose|amount)\b[^|]{0,20}\b(do it|kill me|be enough|be fatal)\b",
        r"\b(the day|the night|the date|the weekend)\b[^|]{0,10}\bi (am going to|will) "
        r"(finally )?(do it|end it|go through with it)\b",
        r"\b(today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
        r"this weekend) is the (day|night)\b[^|]{0,15}\b(do it|end it|decided|no more|"
        r"go through with)\b",
        r"\bwant out of (life|this life|everything|existence|it all|all of it|living|this "
        r"world)\b",
        r"\bwant out\b[^|]{0,5}\b(permanently|for good|forever|for ever)\b",
        r"\b(only|just) (one )?way out\b(?! of (the|that|a|an|our|their|work|it)\b"
        r"(?! (pain|misery|hole|dark\w*|hell|mess)\b))",
        r"\b(used|using|use|got|getting|get) (out )?(the|a|my|new) (blades?|razors?)\b"
        r"[^|]{0,10}\b(again|on myself|tonight|last night|out again)\b",
        r"\b(relaps\w*)\b[^~]{0,40}\b(blades?|razors?|lighter|scratching|burning)\b",
        r"\b(blades?|razors?|pills|tablets|rope|paracetamol|lighter|belt)\b[^~]{0,40}\b(i know "
        r"what (they are|it is|its|theyre) for|(it is|they are|and not) not for (shaving|camping|"
        r"crafts?|the garden|work|a headache|headaches))\b",
        r"\b(do not think|doubt|not sure|do not know if|will not|would not|might not) i?"
        r"( will)? ?be (here|around|alive) (for|at|by|to see) (christmas|my birthday|new year|"
        r"easter|next (year|christmas|birthday|summer)|the (summer|holidays|new year|end of "
        r"the (week|month|year))|another (year|christmas|birthday))\b",
        r"\b(this time next (week|month|year)|by (next|this) (week|month|year|weekend)|after "
        r"(tonight|this weekend)|soon|by then)\b[^|]{0,15}\bi (will not|would not|am not "
        r"going to) be (here|around|alive)\b",
        r"\bi (will not|would not|am not going to) be (here|around|alive)\b[^|]{0,10}\b(this "
        r"time next (week|month|year)|after (tonight|this weekend))\b",
        r"\b(will not|would not|am not going to|not going to) be (a|anyones|your|their|any) "
        r"(problem|burden|bother|worry|trouble|nuisance)( for| to)?( (anyone|anybody|you|"
        r"them|everyone|you all))? (much |for much |very |for very )?(longer|long|soon)\b",
        r"\b(saying|said|say|sayin) (my )?goodbyes? to (everyone|everybody|you all|all of you|"
        r"all|you guys|the people i love|everyone i love)\b(?! (at|on|in|from|before|after|as|"
        r"when|who|for (now|tonight|the (night|day))|and (went|left|head\w*|drove|got|came))\b)"
        r"(?=[^~]{0,40}(know|for good|forever|\||$))",
        r"\b(said|say|saying) (my )?goodbyes\b[^~]{0,30}\b(made|make|making) my peace\b",
        r"\b(made|make|making) my peace\b[^~]{0,30}\b(said|say|saying) (my )?goodbyes\b",
        r"\b(look\w*|staring|stare|star\w* at|eye\w*) at (the |that |a |my )?(beam|rope|bridge|"
        r"pills|tablets|blades?|razors?|knife|belt|cliffs?|tracks|train|balcony|window|roof|"
        r"ledge|river|loft hatch|banister|motorway)s?\b[^|]{0,30}\b(differently|too long|for "
        r"too long|a long time|for ages|and (think|thinking|wonder\w*))",
        r"\b(top|topping|topped|neck|necking|necked) (myself|meself)\b",
        r"\b(do|doing|did) (myself|meself) in\b(?! (the|at|with|my)\b)",
        r"\b(cuts|burns|wounds|scars)\b( (on|across) my (\w+ )?\w+)? (are|keep|have been) "
        r"(getting|going) (deeper|worse|bigger)\b",
        r"\b(boxes|packets|packs|bottles|strips|pack|box|bottle) of (pills|paracetamol|tablets|"
        r"painkillers)\b[^|]{0,30}\b(and a plan|saved|hidden|ready|for (tonight|later|when|it))\b",
        r"\b(pills|tablets|paracetamol|rope|blades?|razors?|means|the lot|a method) and a plan\b",
    ),
    # General constructions from the sixth batch (tuned after it was scored once): an ending
    # wished for or decided, means and places in the present, the method chosen, the writer
    # removed from other people's lives, acting on it.
    *_phrases(
        True,
        r"\b(kindest|best|easiest|fairest) thing\b[^|]{0,20}\b(for me to|is to|would be to) "
        r"(just )?(stop|go|disappear|vanish|not be here|leave for good|not exist|die)\b"
        r"(?! (and|to|for|a|for a|at|out|on|home|working|worrying|trying|scrolling|"
        r"overthinking|drinking|smoking|apologising|apologizing)\b)",
        r"\bwant (it|everything|this|all of it|it all) (to be )?(finished|done with|over with)"
        r"( \||$| for good| forever)",
        r"\bfor (it|everything|this|it all) to (be over|end|stop)( for good| forever)?( \||$)",
        r"\blet me (not|never) wake up\b",
        r"\b(might|will|going to|could|scared i will|afraid i will|close to|about to|tempted "
        r"to|want to|urge to) act on (it|them|the thoughts|these thoughts|my thoughts|the "
        r"urges?)\b",
        r"\b(want|wants|ready|going|plan\w*|tempted|decided|part of me)( to)? (go|going) "
        r"through with it\b",
        r"\bwaiting (to die|for death|for it (all )?to (end|be over))\b",
        r"\b(i|me|myself) should (just )?(vanish|disappear|not exist|die|be gone|cease to "
        r"exist)\b",
    ),
    *_phrases(
        False,
        r"\bwhoever finds me\b|\b(find|finds|found|finding) my body\b",
        r"\b(message|letter|note|video)s? (to|for)\b[^|]{0,25}\bfor (after|when i am gone|"
        r"afterwards)( \||$)",
        r"\b(decided|made up my mind|ready|know|think)\b[^|]{0,10}\bit is time( \||$| to go)",
        r"\b(keep|kept|cannot stop|keeps) (picturing|imagining|seeing|thinking about) (the|"
        r"that) (bridge|tracks|cliff|edge|rope|noose|drop|ledge|roof)\b",
        r"\b(roof|top floor|ledge|bridge|balcony|edge|cliff|car park)\b[^~]{0,40}\b(look "
        r"down|looking down|looked down|over the edge|how high|the drop)\b",
        r"\b(a|the|my) (method|plan|way) and (a|the) (day|date|time|place)\b",
        r"\bthat is (it|the end) for me\b(?! (today|tonight|for (today|tonight|now|the "
        r"(day|night|week)))\b)",
        r"\b(got|get|found|bought|have) (my hands on )?something (strong enough|lethal|that "
        r"(will|would) (do it|work))\b",
        r"\b(deserve|deserves|deserved) (better|someone better) than me\b",
        r"\b(once|when|after|if) i am (not here|not around|no longer (here|around))\b",
        r"\b(if|once|when) i (was|were|am) out of the (picture|way)\b|\bme out of the "
        r"(picture|way)\b",
        r"\bremov\w* myself\b[^|]{0,25}\b(fix|help|better|easier|solve)",
        r"\bhow (much )?long(er)? (i can|can i|i will be able to) (keep (going|pretending|"
        r"doing this|living|fighting)|go on|carry on|do this|hold on|last|survive)\b",
        r"\bpretend\w* (to want|that i want) to (live|be alive|be here)\b",
        r"\bjump\b[^~]{0,30}\b(mean it|not joking|serious)\b",
        r"^(please )?(just )?kill me( please| now)?$",
        r"\b(cut|cuts|cutting)\b[^~]{0,25}\bdeeper\b",
        r"\brelaps\w*\b[^~]{0,30}\b(scissors|knife|compass|glass|sharpener)\b",
        r"\b(scratch\w*|pick\w*|bit|bite|biting|claw\w*) (at )?my (arms?|skin|wrists?|legs?|"
        r"thighs?|face)\b[^|]{0,15}\b(raw|bleed|bled|with my nails)\b",
        r"\b(took|take|taking|swallowed)\b[^|]{0,20}\b(pills|tablets)\b[^|]{0,10}\bto see "
        r"what (happens|would happen)\b",
        r"\bi am (at|on|standing on|standing at) the (edge|bridge|roof|ledge|cliff|tracks|"
        r"platform edge)( of (the|a) \w+( \w+)?)?( right now| now)?( \||$)",
        r"\b(pills|tablets|blade|razor|rope|knife) (is|are) in my hands?( right now| now)?"
        r"( \||$)",
        r"\b(can not|could not) do (this )?(life|living)( thing)? (anymore|any more|any "
        r"longer)\b",
        r"\b(i will|i am going to) be dead (soon|anyway|by \w+|before \w+|in a \w+)\b",
        r"\b(envy|envious of|jealous of) (people|those|anyone|everyone) who (die|died|are "
        r"dead|get to die)\b",
        r"\bready to go\b[^~]{0,30}\bmade (up )?my mind( up)?\b",
        r"\bmy (last )?will\b[^~]{0,40}\b(just )?in case\b",
        r"\b(going to|will|want to|about to|plan to|thinking (of|about)) (drive|driving|walk|"
        r"walking|swim|swimming) (my car |the car )?(into|out into|off) (the )?(sea|river|"
        r"lake|ocean|water|wall|tree|cliff)\b",
    ),
    # General constructions from the seventh batch (tuned after it was scored once): no
    # future with me in it, the house put in order, the method's place, the marks, the end
    # said in passing.
    *_phrases(
        True,
        r"\beasier to (stop|give up|go|disappear|not be here|die|end it) than (to )?(keep|"
        r"carry on|go on|try|live|fight)\w*\b",
        r"\brather not (be anything|exist|be here|be alive|be at all|be anyone)\b",
    ),
    *_phrases(
        False,
        r"\b(do not|can not|could not|never|struggle to) (see|picture|imagine) (myself|me) "
        r"(getting old|growing old|being old|reaching \w+|making it|being here|still here|"
        r"alive)\b",
        r"\b(do not|can not|could not|never|struggle to) (see|picture|imagine)\b[^|]{0,20}"
        r"\bwith me (in it|still here|still around)\b",
        r"\bwithout me in it\b",
        r"\bengine running\b[^~]{0,30}\bgarage\b|\bgarage\b[^~]{0,30}\bengine running\b",
        r"\bthe (when|how|where) and the (how|when|where)\b(?! (for|of)\b)",
        r"\bwho (gets|should get|should have|will get|can have|will have|is having) my "
        r"(stuff|things|belongings|room|cat|dog|pets?)\b",
        r"\bfor whoever (comes|finds|gets here|is next|looks after)\b",
        r"\b(just|only) (taking up|wasting) (space|oxygen|air)\b",
        r"\bif i (was not|were not) (dragging|holding|weighing) (them|everyone|you|people|"
        r"everybody) (down|back)\b",
        r"\b(hope|hoping|wish|pray\w*)\b[^|]{0,20}\b(surgery|operation|treatment|chemo)\b"
        r"[^|]{0,10}\b(goes wrong|fails|does not work|kills me)\b",
        r"\bforever tired\b|\btired forever\b",
        r"\b(razor|blade|blades|lighter|knife|scissors) (came|come|comes) out (again|"
        r"tonight)\b",
        r"\bwent too deep\b[^~]{0,30}\b(clean|stitches|bleed\w*|bandage|plaster|blood)",
        r"\b(clean|free) (from|of) (self harm|cutting|sh)\b[^~]{0,30}\b(broke it|broke my "
        r"streak|relapsed|slipped|did it again|tonight i|until tonight)\b",
        r"\bnothing(s| is) worth it\b(?! (at|for|to)\b)",
        r"\b(sorry|forgive me) for everything( \||$)",
        r"\bgoing to (the|that) (bridge|cliff|cliffs|tracks|roof|edge|ledge|river|"
        r"reservoir)( tonight| now| later)?( \||$)",
        r"\bstanding on the (roof|ledge|edge|bridge|railing)( \||$)",
        r"\b(pills|tablets|meds|painkillers) (are|were|all) (lined up|laid out|counted out|"
        r"in front of me)\b",
        r"\b(you will|everyone will|you would|they will) know why\b",
        r"\b(will not|would not|am not going to) be (here|around|alive) to (start|see|finish|"
        r"celebrate|read)\b(?! (you|it) off\b)",
        r"\b(tired|sick) of being me\b",
    ),
    # Not safe.
    *_phrases(
        False,
        r"\b(am|feel|feeling|felt|was|be) not safe\b(?! to (drive|cycle|walk home|eat))",
        r"\b(am|feel|feeling|am not feeling|do not feel|did not feel) (un)?safe "
        r"(right now|tonight|with myself|around myself|from myself|alone|at the moment)",
        r"\bnot safe (right now|tonight|with myself|around myself|from myself|alone)",
        r"\b(do not|did not|no longer) feel safe\b(?! (walking|on|at|in|driving|going)\b)",
        r"\b(can not|could not|unable to|struggling to|not able to) (keep|stay) "
        r"(myself )?safe\b",
        r"\b(scared|afraid|frightened|worried|terrified) (of|about) what i (might|could|"
        r"would|will|am going to) do\b",
        r"\b(can not|could not|do not|did not) trust myself\b",
        r"\b(can not|could not|unable to|not able to) stay safe\b",
    ),
]


def sources_digest() -> str:
    """A fingerprint of the phrases, so a stale index is noticed (not for security)."""
    joined = "\0".join(f"{int(negatable)}{source}" for source, negatable in RISK_SOURCES)
    return f"{zlib.crc32(joined.encode()):08x}-{len(RISK_SOURCES)}"


@functools.cache
def risk_phrases() -> tuple[Phrase, ...]:
    """The phrases, each compiled only when a line holds one of its first words: all of them
    together take about 60 ms to compile, so ``smallwins add "replied to Sam"`` pays for
    almost none. When the index is stale (the phrases changed since ``tools/index_phrases.py``
    last ran), every phrase is tried: slower, never deaf."""
    from smallwins_tui.core.distress_index import DIGEST, NEEDLES

    rows = NEEDLES.splitlines() if sources_digest() == DIGEST else ["*"] * len(RISK_SOURCES)
    return tuple(
        Phrase(source, negatable, None if row == "*" else tuple(row.split("|")))
        for (source, negatable), row in zip(RISK_SOURCES, rows, strict=True)
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
