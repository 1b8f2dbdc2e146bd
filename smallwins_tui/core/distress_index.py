"""Which words each distress phrase starts with, written by tools/index_phrases.py: do
not edit by hand. One phrase a line, in order: its needles joined by |, or * when the
phrase is always tried.
"""

DIGEST = "f23eed7c-480"
NEEDLES = """\
about to|attempt|close to|consider|contemplat|deserve|do|dream|feel|felt like|give|going|hope|imagin|keep thinking about|long|need|pictur|plan|prefer|ready|should|tempted|think|thought |tr|urge|want|wish|would |would like|would rather
can not|could not|did not|do not|do not know |do not think|doubt|never|no |no longer|not sure|not sure |too tired to
am|been|have been|keep|kept|started|still|was
am not going to|not going to|will not
all|everything
suicide
kms
ctb
unalive
kill me now
sh 
relaps
swallow|swallowed|take|taking|took
overdos
going|plan|thinking|want
self harm
bash|burn|burned|burning|burnt|chok|cut|cutting|delete|deleting|drown|drowning|end|ending|hang|hanged|hanging|harm|harming|hit|hitting|hurt|hurting|kill|killed|killing|off|offing|poison|poisoning|punish|punishing|scratch|shoot|shooting|stab|stabbing|starve|starving|strangl|suffocat|unalive|yeet
feel like|felt like|going|need|needed|tempted|urge|want|wanted
burned|burning|cut|cutting
deserve|deserved|going|long|longing|need|plan|planning|prefer|ready|want|wanted|wanting|wish|wished|would rather
wish 
hope 
better off dead
wish 
wish 
need|needed|want|wanted|wish
go|going|went
never 
better|rather
i would rather die
think|thinking|thought|thoughts
apart from|besides|but|except|other than
can not|could not
can not go on
do not know if|do not think|no longer think|not sure
can not 
done|had enough|sick|tired
can not|could not
death|dying|ending it|killing myself|suicide
swallow|take|taking|took
end
end
end
take|taking|took
did not|do not|never|no longer|not
can not|could not
care|matter|matters|mind
threw|throw|throwing
kill me 
please 
method|plan
the means to 
did not|do not
did not|do not|no longer
join 
final|last
am not going to|will not|would not
do not think|doubt|not sure
better off gone
no point 
what is the point 
bye|farewell|goodbye
better off 
can not see a|can not see any|do not see a|no|see no|there is no|there is no real
do not feel like|do not know if|do not think|doubt|not sure
about|going|plan|planning|ready|thinking about|want|wanted|wanting
thinking |thought |urge to|urges to
am|and|but|feel|feeling|i am
any|lost any|lost my|lost the|no|not|what|without a
better|easier|happier|lighter|simpler
if i 
do not think i will|may not|might not|not going to|will not
why 
did not|do not|does not
can not|can not keep|could not|tired of
life is not worth it
end 
wish 
said|say|saying
crash|driv
life |my 
hope 
no 
it|life|living
not worth living
nothing 
what is the point 
can not see a|can not see any|do not see a|do not see any|no|see no|there is no|there is not a|there is not any
am|everything |feel|feeling|felt|i am so|life 
hopelessness
no hope left
alright|better|calmer|easier|fine|free|freer|happier|lighter|ok|okay|relieved|safer
not 
do not care|hope|would be glad|would be relieved|would not mind
want out
feel|feeling|felt|i am|my life feels|my life is
dream|imagin|pictur|plann|think
want 
if only|wish
almost|nearly
giv
better off |would be 
no one|nobody|none of them|noone
if|when
always|am|am just|am only|be|being|feel like|feeling like|felt like|nothing but
burden 
how|method|ways
painless 
how many 
farewell|goodbye|suicide
collect|hoard|saved|saving|stockpil
swallow|take|taking|took
swallow|take|taking|took
jump|run|step|walk
lake|ocean|river|sea|woods
no one|nobody|noone
lethal 
hope|hoping|pray|praying|wish|wishing
hope|hoping|pray|praying|wish|wishing
hope|hoped|hoping|pray|praying|wish|wishing
hope|pray|wish
hope|pray|wish
care|mind
fade away
better|easier|happier|nicer
my 
burning myself|cutting|hurting myself|self harm
a |danger to myself
blade|knife|pills|razor|rope|tablets
sat|sitting|standing|stood
nothing left for me
stop being
jump|jumping|step|stepping|throw myself|walk|walking
blade|knife|pills|razor|razors|rope|tablets
bought|buy|got|have
figur|plan|think|thought|work
swallow|take|taking|took
crash|crashing|drive|driving|steer
did|do|doing
slash|slit
myself to death
too many 
going to jump
said|say|saying
will to live
going to|gonna|will
with me gone
on the 
stop|stopping
death|dying|ending it|suicide
hate 
if only|wish
if i 
noose
use|used|using
swallow|take|taking|took
about to|afraid i will|could|going to|might|scared i will|want to|will|worried i will
medication|meds|painkillers|pills|tablets
balcony|bridge|cliff|edge|ledge|platform|roof|tracks
feel like|felt like|tempted|thinking about|thinking of|thought about|urge|want
count|laid out|laying out|lined up|lining up
chose|chosen|picked|set
burn|cut|scratch
can not|could not
safe from myself
i 
i am ready|i want|ready|time for me
go|going|run|running
and 
never|not
i should 
do not|never
if|what if
waste of 
get|getting|got|take|took
drank|drink|drinking|swallow|swallowed
until i 
meds|painkillers|pills|tablets
letter|message|note|video
going to|i am going to|i could|i will|i would
tonight
decided|figured out|knew|know|planned|planning|worked out
never 
if|when
leave|leaving|left|writing|written|wrote
point 
point 
disappear 
railway|train
til|till|until
swallowed|take|taking|took
cut 
bang|bash|hit|slam
deep|fresh|made|making|more|new
rope 
a|my
will not need 
giv
everybody|everyone|my |people|the world|they
with me 
better 
did not|do not|would not|would not even|would not really
bus|car|plane|ship|train
being dead|being gone|death|dying|never waking up|not being here|not existing|suicide|the end
a relief|calm|easier|freeing|nice|peaceful|quiet
envious of|envy|jealous of
be with|join|see
want
this is|this is going to be|this will be
my 
draft|plann|record|writ|wrote
goodbye 
gave|giv
giv
am not going to|do not|will not|would not
am not going to|will not
can not|could not|do not
do not|have no future|no longer|will not
exhausted|fed up|so tired|worn out
googl|look|read|research|search
how 
best|easiest|fastest|least painful|painless|quickest|surest
looked|looking|sitting|stared|staring
blade|knife|meds|painkillers|pills|razor|rope|tablets
swallow|swallowed|take|taken|taking|took
alcohol|bleach|burn|cut|hurt|medication|meds|overdos|painkillers|pills|tablets|vodka
i 
a|the
about to|almost|came close to|nearly|so close to|was going to
had|have|i
so 
did not|do not|will not|would not
so 
said|say|saying
feed|look after|take care of
blade|knife|lighter|pills|razor|rope|tablets
painkillers|paracetamol|pills|tablets
how 
day|place|spot|time|way
chose|chosen|decided|found|know|picked
finished|hid|left|written|wrote
hid|hidden|hide|hiding|locked 
throw
about to|almost|came |nearly|ready to|so close to|was about to|was going to
been|sat|sitting|spent |standing|stood|was
check|checked|checking
take|taking|took
not worth 
everything|it all|life|the world
never|not
can not promise i will|do not think i will|doubt i will|may not|might not|not going to|not sure i will|will not
afraid|frightened|scared|terrified
nobody can |please |somebody |someone 
calm|lighter|peace|peaceful|relief|relieved
made 
will not have to 
do not|never|no longer|not sure i
no point 
die in my sleep|endless|eternal|permanent|sleep 
put 
swallow me 
world to 
deserve to|need to|should|want to
gave|give|given|giving
done|finished|sick of|through|tired of
being alive|life|living|this world
death|dying|ending it|ending my life|killing myself|not being here|suicide
did not|do not|no longer
balcony|bridge|cliff|drop|edge|lake|ledge|river|roof|sea|tracks|traffic|water|window
stand|stare|stared|staring
drove|got|walked|went
highest|how |tallest
knotted|made|tie|tied|tying
practic
bag|belt|cord|ligature|plastic|rope|scarf
wish
images of|imagin|pictur|see|thoughts of|visuali
brain|head|thought|voice
how 
am|be
i am gone |i will be 
done for good|one way or another
being alive|being here|existing|living
why 
do not know|wonder
should never|should not
disappointed|gutted|regret|sad
wish
hope|hoping|pray|wish
fine|glad|grateful|happy|ok|okay|relieved
need|ready|want
log|log off from life
about|going|plan|ready|thinking |want
from|off
long walk off a short pier
battle|can barely|can hardly|effort|fight|hard|harder|how much longer|losing|struggl
only answer|only choice|only cure|only escape|only option|only way
might as well 
hang on|hold on|keep going
hanging on by a thread
gets better
not|sick of|stop|tired of
do|doing
best|better|easier|fairer|kinder
mixed|swallowed|take|took
got|have|holding
do not|not
leav
overdid|too deep|too far|too much
plan|ready for|take|taking|thinking about|thought about|want
exit 
collect|hoard|stockpil
bought|buy|saved|saving
list|note
this is 
did not|do not|no longer
feel the 
burden|disappointment|failure|mess|waste of space
never|not
any|one|single
done|finished
bed|sleep
no one|nobody|who
accident|cancer|crash|illness|storm|this|virus
wish|wished|wishing
dread|hate|sick of|tired of
pretend|pretending
calculated|checked|figured out|worked out
hid|hidden|hiding|keeping|kept
my plan is to 
chose|chosen|decided on|picked|set
feel|feels|felt|seemed
my 
leav
where i am going
every time i 
bang|hit|slam|smash
came round|survived|woke up
attempt|od|overdose
no one|nobody
better|fine|free|happier|ok
no way i am|not
after|once|when
never|will not|would not
relapse|relapsed
time to end 
my last day 
chose|chosen|decided on|picked|settled on
all|everything
before i go
thank you for everything
sorry for what i 
forgive me|i am sorry|love you 
imagine|picture|see
burns|cuts|wounds
a|a e|er|hospital|steri strips|stitches
burn|cut myself|cutting|overdos|self harm
til|till|until
add|added|adding|made
so 
crashed|drank|drive|driving|drove|fell|ran|stepped|swam|walked
bit|bite|biting
almost|came close to|nearly|so close to
went through with it
came round|ended up|woke up
about to|going to|will
please |tell 
all my|all the|enough|stash of
stockpil
carv|dig|dug|gouge|slic|stab
burn|cut|cutting|hit|hitting|pick|punch|scratch
take|took|use|used|using
crave|craving|need|needed|want|wanted
only 
open|re
cover|hid|hide|hiding
deserve
punch
til|till|until
covered in|deep|fresh|full of|new|open
blood 
burns|cuts|scars
do not|would honestly not|would not|would not even|would not really
do not|would not|would not even|would not really
do not|would not|would not even
better|easier|happier
without me 
dead weight|drain|millstone|weight
leave|leaving|left|wr
check|find out|found out|googl|look|read up on|research|search|worked out
what|which
the date|the day|the night|the weekend
friday|monday|saturday|sunday|this weekend|thursday|today|tomorrow|tonight|tuesday|wednesday
want out of 
want out
just|only
get|getting|got|use|used|using
relaps
belt|blade|lighter|paracetamol|pills|razor|rope|tablets
do not know if|do not think|doubt|might not|not sure|will not|would not
after |by |by then|soon|this time next 
i 
am not going to|not going to|will not|would not
said|say|sayin|saying
said|say|saying
made|make|making
eye|look|star|stare|staring
neck|necked|necking|top|topped|topping
did|do|doing
burns|cuts|scars|wounds
bottle|bottles|box|boxes|pack|packets|packs|strips
a method|blade|means|paracetamol|pills|razor|rope|tablets|the lot
best|easiest|fairest|kindest
want 
for 
let me 
about to|afraid i will|close to|could|going to|might|scared i will|tempted to|urge to|want to|will
decided|going|part of me|plan|ready|tempted|want|wants
waiting 
i|me|myself
find|finding|finds|found|whoever finds me
letter|message|note|video
decided|know|made up my mind|ready|think
cannot stop|keep|keeps|kept
balcony|bridge|car park|cliff|edge|ledge|roof|top floor
a|my|the
that is 
bought|found|get|got|have
deserve|deserved|deserves
after|if|once|when
if|me out of the |once|when
remov
how 
pretend
jump
just |kill me|please 
cut|cuts|cutting
relaps
bit|bite|biting|claw|pick|scratch
swallowed|take|taking|took
i am 
blade|knife|pills|razor|rope|tablets
can not|could not
i am going to|i will
envious of|envy|jealous of
ready to go
my 
about to|going to|plan to|thinking |want to|will
easier to 
rather not 
can not|could not|do not|never|struggle to
can not|could not|do not|never|struggle to
without me in it
engine running|garage
the 
who 
for whoever 
just|only
if i 
hope|hoping|pray|wish
forever tired|tired forever
blade|blades|knife|lighter|razor|scissors
went too deep
clean|free
nothing
forgive me|sorry
going to 
standing on the 
meds|painkillers|pills|tablets
everyone will|they will|you will|you would
am not going to|will not|would not
sick|tired
am|be|feel|feeling|felt|was
am|am not feeling|did not feel|do not feel|feel|feeling
not safe 
did not|do not|no longer
can not|could not|not able to|struggling to|unable to
afraid|frightened|scared|terrified|worried
can not|could not|did not|do not
can not|could not|not able to|unable to
"""
