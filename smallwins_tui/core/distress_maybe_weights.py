"""Weights of the "maybe" tier, written by tools/train_maybe.py: do not edit by hand.

One feature a line, a tab, its weight (see smallwins_tui/core/distress_maybe.py).
"""

BIAS = -1.2622
THRESHOLD = 0.644
WEIGHTS = """\
10	-0.049
10 hours	-0.029
100	-0.034
100 days	-0.034
10k	-0.021
12	-0.043
2	-0.06
2 years	-0.06
20	0.109
20 pills	0.026
20 tablet	0.083
200	0.038
200 days	0.038
2am	-0.047
3	0.077
3 months	0.086
30	-0.082
30 days	-0.062
4	0.058
4 days	0.058
5	-0.039
5 years	-0.039
500	-0.036
500 days	-0.036
5k	-0.066
8pm	-0.038
90th	-0.026
a	-0.575
a and	-0.044
a bagel	-0.046
a bath	-0.144
a beach	-0.079
a blade	0.031
a blanke	-0.122
a book	-0.148
a bottle	0.057
a brambl	-0.03
a break	-0.073
a breath	-0.026
a bridge	-0.044
a bunch	0.092
a burden	0.318
a bus	0.165
a cabin	-0.084
a candle	-0.043
a car	0.076
a cd	-0.025
a cigare	0.128
a clear	0.065
a coffee	-0.074
a collea	-0.028
a cookin	-0.024
a cup	-0.043
a curry	-0.078
a cut	-0.027
a danger	0.039
a dark	-0.038
a date	0.223
a day	-0.075
a dirt	0.038
a doctor	-0.046
a dog	-0.099
a draini	-0.035
a e	0.062
a eulogy	-0.021
a failur	-0.051
a favour	0.117
a film	-0.062
a friend	-0.102
a funera	-0.046
a future	-0.064
a ghost	-0.024
a girl	0.033
a glass	-0.087
a good	-0.235
a grudge	-0.021
a handfu	0.095
a hard	-0.037
a headac	-0.036
a helpli	-0.043
a holida	-0.207
a horror	-0.041
a house	-0.024
a knife	-0.08
a letter	-0.035
a lie	-0.069
a lift	-0.041
a lighte	0.294
a list	0.033
a little	-0.025
a load	0.04
a long	-0.081
a lot	0.211
a man	-0.064
a marath	-0.038
a meal	-0.033
a mental	-0.023
a mess	0.137
a messag	0.119
a method	0.051
a mistak	0.059
a mornin	-0.085
a nap	-0.258
a neighb	-0.026
a new	-0.081
a nice	-0.023
a normal	0.046
a nosebl	-0.032
a note	0.067
a panic	-0.091
a paper	-0.053
a perman	0.066
a pill	-0.052
a pizza	-0.056
a plan	0.266
a preven	-0.034
a prison	0.053
a promot	-0.058
a puzzle	-0.025
a relief	0.153
a rope	0.204
a scary	-0.021
a short	0.053
a shower	0.044
a small	-0.03
a solici	-0.057
a speech	-0.047
a spot	0.046
a stretc	-0.032
a suicid	0.145
a sunny	-0.054
a taxi	-0.045
a text	-0.036
a thread	0.052
a tin	-0.025
a toxic	-0.05
a train	0.072
a tree	0.039
a truck	0.022
a walk	-0.14
a wall	0.113
a wash	-0.026
a waste	0.077
a way	0.122
a week	-0.161
a while	0.247
a whole	-0.029
a will	-0.035
a win	0.025
a word	0.122
a year	-0.168
about	0.411
about a	-0.046
about crashi	0.024
about ctb	0.074
about drivin	0.08
about dying	0.077
about ending	0.061
about footba	-0.037
about granda	-0.1
about grief	-0.054
about her	-0.052
about is	0.023
about it	-0.036
about jumpin	0.153
about killin	0.104
about learni	-0.068
about my	-0.099
about overdo	0.049
about so	-0.027
about steppi	0.089
about suicid	0.061
about taking	0.08
about that	-0.068
about the	-0.223
about throwi	0.024
about to	0.168
about unaliv	0.027
about walkin	0.075
abroad	-0.048
absolu	-0.032
accide	0.1
across	-0.028
across the	-0.028
act	0.044
act on	0.044
actual	0.047
actual do	0.028
added	0.029
added more	0.055
added my	-0.026
addict	-0.087
adult	-0.033
adult stuff	-0.033
adulti	-0.067
afraid of	-0.03
after	-0.175
after 2	0.049
after 200	0.038
after 3	0.086
after a	-0.03
after all	-0.029
after cuttin	0.067
after footy	-0.032
after him	0.069
after i	0.111
after leg	-0.041
after my	0.029
after myself	-0.09
after no	-0.032
after school	0.045
after that	-0.251
after the	-0.184
after this	-0.076
after travel	-0.098
after trying	0.074
after work	-0.085
again	0.965
again after	0.112
again i	0.032
again if	0.027
again last	0.046
again on	0.046
again today	0.072
again tonigh	0.068
again ugh	-0.061
agains	0.152
agains the	0.152
ages	-0.037
ago	-0.132
ago i	-0.134
aid	-0.041
aid course	-0.027
air	0.071
alarm	-0.025
alarm and	-0.021
alcoho	-0.067
alive	0.716
alive and	-0.114
alive anymor	0.021
alive on	-0.054
alive so	0.048
alive throug	-0.024
all	0.17
all be	0.041
all day	-0.082
all i	0.04
all my	0.099
all of	0.097
all on	0.059
all out	0.05
all over	-0.032
all seems	0.04
all the	-0.103
all to	0.037
all too	0.02
all week	-0.119
all weeken	-0.164
almost	0.084
almost jumped	0.084
alone	0.084
alone with	0.068
along	-0.063
alread	0.125
also	0.094
also been	0.048
also wrote	0.046
am	0.057
am a	0.168
am about	-0.041
am afraid	-0.02
am angry	0.096
am applyi	-0.094
am at	0.108
am better	0.024
am checki	0.085
am consid	0.059
am cuttin	0.03
am dead	-0.16
am disapp	0.066
am doing	-0.035
am done	-0.022
am dying	-0.149
am ending	0.039
am exhaus	0.111
am fine	0.039
am glad	-0.064
am going	0.319
am gone	0.138
am gratef	-0.15
am hangin	-0.039
am having	0.025
am headed	0.032
am helpin	-0.034
am holdin	0.072
am how	-0.069
am i	-0.021
am in	-0.046
am just	0.141
am late	-0.186
am learni	-0.049
am leavin	0.079
am losing	0.058
am no	-0.156
am not	0.181
am of	-0.125
am ok	-0.092
am okay	-0.07
am on	0.032
am over	-0.245
am planni	0.133
am proud	-0.122
am punish	0.024
am ready	0.085
am really	0.026
am restin	-0.046
am safe	-0.257
am saying	0.163
am scared	0.157
am sittin	0.073
am sorry	0.055
am standi	0.054
am starin	0.026
am stayin	-0.072
am such	0.044
am suicid	0.116
am that	-0.035
am the	-0.02
am thinki	0.178
am this	-0.031
am thrivi	-0.064
am to	-0.074
am upset	0.035
am useles	-0.041
am worthl	0.036
am writin	0.061
am you	-0.112
amazin	-0.035
amount	0.067
an	-0.093
an egg	-0.112
an era	-0.03
an extra	-0.049
an hour	0.043
an overdo	0.082
an preven	-0.031
an rates	-0.026
and	-0.404
and a	0.144
and air	0.071
and apolog	-0.047
and by	0.027
and calls	-0.041
and cancel	0.108
and checke	-0.034
and cleane	-0.051
and counte	0.044
and cut	-0.06
and dad	0.064
and did	0.028
and die	0.071
and died	0.071
and enjoye	-0.033
and ever	0.084
and everyt	0.045
and feel	0.022
and felt	-0.187
and gave	0.038
and got	-0.024
and great	-0.031
and had	0.087
and held	-0.046
and how	-0.034
and hung	-0.026
and i	-0.208
and it	-0.288
and kickin	-0.041
and kill	-0.043
and kind	0.07
and laughe	-0.063
and let	-0.06
and looked	0.076
and love	-0.043
and meant	-0.029
and move	-0.037
and moved	-0.056
and moving	-0.06
and my	0.033
and never	0.202
and nobody	0.022
and not	0.17
and now	-0.037
and ok	-0.074
and over	0.049
and paid	0.046
and passwo	0.035
and realis	0.047
and remind	-0.025
and rest	-0.202
and rested	-0.066
and said	0.055
and sat	0.069
and schedu	0.035
and she	-0.057
and should	0.089
and sleep	-0.036
and stare	-0.042
and start	-0.025
and stayin	-0.072
and still	-0.029
and stretc	-0.021
and stuck	-0.04
and surviv	0.029
and swappe	-0.062
and talked	-0.041
and that	-0.058
and the	0.297
and thinki	0.043
and though	0.212
and today	-0.026
and told	-0.103
and took	0.069
and trappe	0.041
and walked	-0.04
and want	0.03
and wanted	0.18
and warm	-0.023
and watche	-0.061
and watchi	-0.023
and water	-0.034
and we	-0.038
and went	-0.103
and who	0.072
and woke	-0.068
and worked	0.08
and wrote	-0.043
angry	0.096
angry it	0.096
annive	-0.055
annive of	-0.027
anothe day	0.053
answer	-0.037
answer three	-0.078
antibi	-0.042
anxiou	-0.041
any	0.16
any longer	0.038
any more	0.096
anymor	0.581
anymor so	-0.029
anyone	0.175
anythi	0.072
anythi anymor	0.023
anythi for	-0.085
anythi to	0.037
anyway	-0.08
anyway how	0.039
apolog	-0.194
applie	-0.039
applie elsewh	-0.021
applyi	-0.094
applyi to	-0.094
appoin	-0.043
appoin does	0.068
appoin runs	-0.045
are	0.485
are a	0.122
are back	0.114
are bad	0.03
are covere	0.068
are dead	-0.041
are dying	-0.039
are fine	-0.037
are for	0.034
are gettin	0.172
are gone	-0.108
are home	-0.036
are in	0.027
are killin	-0.028
are left	-0.064
are lined	0.077
are loud	0.116
are really	0.049
are so	0.044
are still	-0.055
are strong	0.029
are tellin	0.038
arguin	-0.037
arguin with	-0.037
argume	-0.109
argume with	-0.084
arm	0.334
arm again	0.13
arm on	0.033
arm open	0.068
arm tonigh	0.041
arm until	0.039
arm with	0.036
arms	0.389
arms are	0.135
arms at	0.053
arms raw	0.073
arms till	0.041
arms until	0.08
around	0.156
around anymor	0.052
around me	0.026
around much	0.057
around this	-0.113
around to	0.039
as	0.053
as much	-0.033
as prescr	-0.037
as punish	0.062
as usual	-0.033
as well	0.062
asked	-0.151
asked about	-0.021
asked and	0.122
asked for	-0.195
asked if	-0.029
asked my	-0.022
asleep	0.097
assign	-0.03
at	-0.601
at 2am	-0.047
at 8pm	-0.038
at all	0.11
at climbi	-0.023
at dawn	-0.071
at everyo	0.066
at footba	-0.027
at her	-0.026
at home	0.035
at karaok	-0.041
at my	-0.2
at night	-0.027
at noon	-0.036
at parent	-0.022
at partie	-0.066
at quizze	-0.027
at that	-0.031
at the	0.096
at them	0.026
at this	-0.085
at work	-0.135
ate	-0.109
ate breakf	-0.028
ate my	-0.071
ate nothin	0.058
ate someth	-0.038
attack	-0.054
attack by	-0.04
attemp	0.22
attemp again	0.046
attemp and	0.076
attemp last	0.092
attent	-0.037
attent my	-0.037
aunts	-0.021
aunts birthd	-0.021
avoidi	-0.078
awake	-0.047
awake at	-0.047
away	-0.167
away books	-0.074
away clothe	-0.084
away for	-0.063
away last	-0.05
away peacef	-0.033
away the	-0.032
away to	0.024
baby	-0.037
back	-0.058
back bad	0.039
back fine	-0.032
back on	-0.241
back then	-0.064
back to	-0.201
backgr	-0.066
backgr at	-0.066
bad	0.231
bad i	0.039
bad right	0.041
bad self	0.033
bad today	0.03
badly	0.04
bag	0.11
bag over	0.103
bagel	-0.046
baked	-0.034
baked bread	-0.024
bakery	-0.022
balcon	0.129
balcon has	0.079
band	-0.065
band is	-0.025
band was	-0.028
banged	0.036
banged my	0.036
barked	0.089
bath	-0.139
bath wishin	0.022
batter	-0.227
batter empty	-0.09
batter in	-0.025
batter is	-0.102
be	0.407
be alive	0.175
be around	0.048
be at	-0.099
be better	0.076
be bother	0.022
be dead	0.278
be doing	0.07
be easier	-0.046
be erased	0.107
be fine	0.078
be free	0.042
be gone	-0.042
be happie	0.033
be here	0.094
be in	-0.058
be like	-0.089
be my	0.092
be needin	0.041
be of	-0.073
be on	-0.218
be over	0.038
be put	0.023
be reliev	0.04
be safe	0.021
be so	-0.106
be the	-0.206
be there	-0.064
be with	0.081
beach	-0.138
beach right	-0.079
beach this	-0.023
beam	0.127
beam in	0.127
beat	-0.032
beauti	-0.025
becaus	0.041
becaus i	0.101
becaus of	-0.04
becaus we	-0.024
bed	-0.315
bed early	-0.051
bed i	-0.065
bed planni	0.091
been	0.647
been a	0.046
been avoidi	-0.078
been burnin	0.094
been callin	0.079
been cuttin	0.073
been feelin	-0.072
been giving	0.108
been having	0.031
been holdin	0.022
been planni	0.023
been resear	0.029
been sad	-0.049
been sleepi	0.062
been stockp	0.102
been strugg	-0.052
been thinki	0.06
before	-0.271
before bed	-0.031
before it	-0.052
before my	-0.067
before the	-0.062
before work	-0.025
behind	-0.06
behind and	-0.06
being	0.251
being alive	0.375
being anxiou	-0.041
being here	0.063
being me	0.031
being scared	-0.058
being so	-0.038
being the	-0.081
being tired	-0.023
believ	-0.077
believ i	-0.049
believ it	-0.027
belong	-0.055
belong on	-0.074
belt	0.047
belt last	0.047
best	-0.055
best choice	-0.033
best decisi	-0.02
best friend	0.029
best of	-0.031
better	0.153
better and	-0.077
better by	-0.062
better off	0.256
better one	-0.023
better withou	0.154
bike	-0.116
bike to	-0.03
bill	-0.036
bills	0.046
bills so	0.046
bins	-0.026
birthd	-0.072
birthd messag	-0.021
bit of	-0.043
bit tired	-0.057
bite	0.024
bite my	0.039
bitter	-0.024
black	0.027
blade	0.118
blade again	0.038
blades	0.065
blades came	-0.022
blades on	-0.035
blades out	0.08
blades today	0.034
blanke	-0.122
blanke all	-0.095
blanke with	-0.028
bleach	0.047
bled	0.208
bled a	-0.025
bled all	-0.032
bleed	0.174
bleed out	0.081
bleeds	0.075
blood	-0.048
blood every	-0.106
blood from	0.1
blood test	-0.032
blood today	-0.035
blue	-0.173
board	-0.025
boat	-0.026
boat proper	-0.026
boats	-0.023
body	0.112
body does	0.041
body feels	0.053
body on	0.02
boil	-0.112
boil an	-0.112
book	-0.375
book about	-0.059
book all	-0.056
book tonigh	-0.113
booked	-0.078
booked a	-0.031
booked therap	-0.041
books	-0.1
books i	-0.074
boot	0.033
boot of	0.033
boots	-0.043
boots after	-0.043
bored	-0.088
bored to	-0.088
born	0.107
boss	-0.241
boss emails	-0.066
boss killed	-0.042
boss will	-0.093
bother	0.06
bother stayin	0.039
bother to	0.022
bottle	0.101
bottle of	0.064
bought	0.216
bought a	0.172
bought new	0.034
bought parace	0.083
bought rope	-0.028
box	-0.034
boxes	-0.038
boxes of	0.087
boyfri	-0.099
boyfri tomorr	-0.099
brain	0.037
brain keeps	0.037
brambl	-0.03
brb	-0.043
brb going	-0.043
bread	-0.024
break	-0.073
breakf	-0.036
breakf sittin	-0.028
breath	-0.13
breath exerci	-0.03
breath in	0.022
breath instea	-0.038
bridge	0.088
bridge and	0.069
bridge club	-0.118
bridge collap	-0.028
bridge eating	-0.023
bridge i	-0.023
bridge jumper	-0.02
bridge made	-0.032
bridge near	0.024
bridge on	-0.021
bridge right	0.041
bridge to	-0.033
bridge waitin	-0.078
bridge withou	-0.028
bring	-0.029
bring what	-0.029
brings	-0.031
brings me	-0.031
broken	-0.029
brothe	-0.107
brothe about	-0.037
brothe again	-0.048
bruh this	-0.021
bruise	0.107
brush	0.026
brush your	0.026
bunch	0.092
bunch of	0.092
bungee	-0.03
bungee jumped	-0.03
burden	0.246
burden and	0.069
burden carrie	-0.043
burden earlie	-0.036
burden i	-0.073
burden like	0.041
burden on	0.021
burden to	0.167
burned	0.191
burned a	-0.041
burned my	0.112
burned myself	0.148
burnin	0.137
burnin my	0.034
burnin myself	0.103
burnt	0.224
burnt my	0.117
burnt myself	0.108
bus	0.022
bus comes	-0.038
bus hits	0.067
bus so	-0.021
bus would	0.04
busy	-0.071
by	-0.075
by a	0.157
by breath	-0.04
by disapp	0.033
by eight	-0.064
by friday	-0.081
by not	0.03
by now	-0.062
by she	0.039
by the	-0.048
c:burden	0.138
c:burden+end	0.275
c:burden+end+vanish	0.052
c:burden+goodbye	0.02
c:burden+goodbye+noway	-0.038
c:burden+means	-0.133
c:end	0.786
c:end+goodbye	-0.067
c:end+goodbye+noway	-0.133
c:end+means	-0.21
c:end+noway	-0.025
c:end+vanish	0.154
c:goodbye	0.392
c:goodbye+noway	0.033
c:goodbye+noway+vanish	-0.078
c:goodbye+vanish	0.13
c:i+burden	0.427
c:i+end	-0.186
c:i+goodbye	0.263
c:i+means	0.609
c:i+noway	0.262
c:i+vanish	0.188
c:means	0.712
c:means+noway	0.141
c:noway	0.345
c:noway+vanish	0.072
c:vanish	0.274
cabin	-0.084
cabin for	-0.084
caffei	-0.031
cake	-0.214
call	-0.171
call with	-0.021
called	-0.205
called dead	-0.025
called more	-0.063
called mum	-0.039
called my	-0.023
called the	-0.038
callin me	0.079
callin them	-0.084
calls	-0.041
calm	-0.05
calm now	0.043
calmer	-0.022
calmin	-0.032
calmly	-0.178
calms	0.081
calms me	0.081
calori	-0.061
calori are	-0.046
came back	-0.037
came in	-0.022
came out	0.063
came so	0.057
campin	-0.102
can	0.154
can find	-0.048
can go	0.065
can help	-0.027
can just	0.039
can keep	0.022
can not	0.178
can reorde	-0.064
can rest	-0.044
can see	0.037
cancel my	0.108
cancel plans	-0.09
cancer	0.125
cancer and	0.049
cancer takes	0.076
candle	-0.072
car	0.333
car batter	-0.076
car for	0.069
car hits	0.037
car into	0.033
car is	-0.02
car on	0.041
car park	0.122
car with	0.115
carbs	-0.086
carbs again	-0.086
card	-0.056
care	0.321
care if	0.202
care instru	0.102
cares	0.032
cares if	0.032
carrie	-0.043
carrie at	-0.043
carryi	0.072
carryi on	0.079
carved	0.143
carved a	0.113
carved into	0.03
case	0.154
cat	-0.036
cat after	0.049
cat brings	-0.031
cat died	-0.048
cat is	-0.027
cat knocke	-0.052
cat to	0.033
cats	0.088
cats care	0.102
caught	-0.096
caught the	-0.034
cd	-0.025
cd for	-0.025
cease	0.039
cease existi	0.022
celebr	-0.023
celebr with	-0.023
challe	-0.053
challe the	-0.053
chance	0.076
chance again	0.076
chapte	-0.059
chapte and	-0.037
chapte of	-0.022
charac	-0.062
charac died	-0.047
charit	-0.049
charit and	-0.025
chat	-0.05
check	-0.073
check my	-0.127
check out	0.064
checke	0.026
checke how	0.072
checke the	-0.034
checki	0.087
checki out	0.085
chemis	-0.057
chips	-0.152
chips and	-0.023
choice	-0.033
choked	0.025
choked myself	0.025
chop	-0.042
chop veg	-0.042
choppi	-0.058
choppi onions	-0.058
chosen	0.04
chosen the	0.04
christ	0.021
cigare	0.109
cigare on	0.045
cinema	-0.08
cinema tonigh	-0.08
cities	-0.037
city	-0.029
city anymor	-0.029
clappe	-0.051
clappe along	-0.051
class	-0.256
class nearly	-0.047
clean	-0.222
clean from	-0.154
clean it	0.087
clean today	-0.08
cleane	-0.096
cleane it	-0.098
cleane the	0.039
cleani it	-0.031
cleani up	0.1
clear	0.065
clear head	0.065
cleare	-0.046
cleare my	-0.029
cliff	0.117
cliff for	-0.032
cliff right	0.073
cliff today	0.066
cliffs	0.054
cliffs for	0.054
climbi	-0.09
climbi wall	-0.047
close	0.132
close to	0.132
closer	-0.027
clothe	-0.134
clothe away	-0.031
clothe i	-0.084
club	-0.118
club tonigh	-0.118
coast	-0.044
coat	-0.069
coat on	-0.069
coffee	-0.273
coffee intake	-0.042
coffee right	-0.084
cold	-0.108
cold is	-0.045
cold sea	-0.036
collap	-0.028
collea	-0.095
collea who	-0.058
come	0.175
come back	0.127
come down	0.028
come up	0.022
comes	0.103
comes back	0.039
comes soon	-0.038
comfor	-0.042
comfor zone	-0.032
commen	-0.033
commen as	-0.033
commit	0.033
commut is	-0.042
comple	0.025
comple my	0.025
concer	-0.129
concer was	-0.031
consid	0.069
consid ending	0.033
consid suicid	0.036
consta	0.067
contra	0.025
cook	-0.145
cook twice	-0.043
cooked	-0.098
cooked dinner	-0.031
cookin	-0.088
cookin class	-0.045
cope	0.168
cope any	0.078
corner	-0.024
costs	-0.055
costs to	-0.055
could at	-0.025
could crash	0.054
could die	-0.06
could disapp	0.042
could go	0.022
could have	-0.093
could just	0.09
could murder	-0.094
could not	0.029
could sleep	-0.025
could stop	0.032
could take	0.021
counse	-0.029
counse asked	-0.029
counte	-0.034
counte how	-0.057
counte my	-0.055
counte out	0.033
counte them	0.044
counts	-0.03
coupon	-0.026
course	-0.062
covere	0.068
covere in	0.068
crash	0.227
crash my	0.034
crash the	0.054
crash will	0.065
crashi	0.024
crashi the	0.024
creepi	0.052
creepi back	0.052
cried	-0.032
cried and	0.114
crisis	-0.064
crisis line	-0.034
cross	0.03
cross the	0.03
crosse	-0.076
crosse the	-0.076
crowde	-0.11
cry	-0.176
cry in	-0.038
crying	-0.107
ctb	0.342
ctb a	0.039
ctb though	0.058
ctb tonigh	0.127
cup	-0.066
cup of	-0.043
cupboa	0.035
cupboa and	0.046
curb	0.07
curb withou	0.07
curry	-0.103
curry is	-0.025
cut	-0.463
cut again	0.147
cut are	0.039
cut back	-0.135
cut deep	0.085
cut down	-0.195
cut i	0.025
cut in	-0.153
cut is	0.204
cut my	-0.351
cut myself	0.067
cut on	-0.027
cut out	-0.042
cut the	-0.122
cut ties	-0.051
cut today	-0.046
cut tonigh	0.035
cut too	0.042
cuts	0.392
cuts again	0.075
cuts are	0.092
cuts every	0.067
cuts on	0.09
cuttin	0.059
cuttin again	0.096
cuttin back	-0.087
cuttin carbs	-0.086
cuttin deeper	0.03
cuttin down	-0.087
cuttin my	0.051
dad	-0.045
dad in	0.038
dad tonigh	0.064
dads	-0.044
danced	-0.047
danced in	-0.047
danger	0.039
danger to	0.039
dark	-0.157
dark room	-0.038
dark though	-0.108
date	0.192
date for	0.092
date to	0.039
dawn	-0.071
day	-0.103
day 30	-0.027
day after	-0.098
day and	-0.044
day at	0.027
day i	0.173
day is	0.047
day its	0.026
day like	-0.054
day off	-0.074
day today	0.055
days	-0.073
days clean	-0.097
days i	0.048
days so	0.058
days the	-0.026
days to	0.033
dead	0.061
dead after	-0.067
dead again	-0.061
dead and	-0.043
dead by	0.041
dead for	-0.037
dead gorgeo	-0.076
dead has	-0.043
dead inside	-0.022
dead last	-0.047
dead letter	-0.025
dead people	0.054
dead right	0.023
dead so	-0.058
dead than	0.031
dead that	-0.1
deadli	-0.145
deadli everyw	-0.037
deadli met	-0.064
deadli pb	-0.036
deal	0.061
deal with	0.061
death	0.103
death annive	-0.027
death calms	0.064
death consta	0.03
death in	-0.1
death is	0.031
death metal	-0.031
death of	-0.23
death seems	0.06
death sounds	0.127
death would	0.052
debts	0.108
debts and	0.108
decide	0.097
decidi	-0.033
decisi	0.049
decora	-0.04
decora the	-0.04
deep	0.113
deep into	-0.101
deep this	0.087
deep tonigh	0.085
deeper	0.289
deeper each	0.03
deeper than	0.084
delete	0.038
delete all	0.038
delici	-0.025
dentis	-0.085
deserv	0.231
deserv a	-0.069
deserv better	0.06
deserv to	0.241
desk	0.111
desk and	0.026
detox	-0.029
did	-0.631
did it	-0.054
did my	-0.029
did not	-0.622
did self	0.196
did the	-0.03
die	0.142
die all	0.032
die every	-0.104
die for	-0.178
die from	0.022
die happy	-0.088
die in	0.143
die on	-0.204
die so	0.071
die than	-0.273
die though	0.062
die withou	-0.087
die young	0.045
died	-0.356
died and	-0.093
died last	-0.071
died mid	-0.034
died on	-0.044
died so	-0.035
died tomorr	0.049
died when	-0.064
dies	-0.071
dies at	-0.036
differ	0.223
differ lately	0.127
differ shops	0.097
digita	-0.029
digita detox	-0.029
dinner	-0.237
dinner later	-0.033
dinner soon	-0.037
dirt	0.038
dirt nap	0.038
disapp and	0.028
disapp foreve	0.131
disapp from	0.033
disapp i	0.066
disapp into	-0.244
disapp perman	0.034
disapp to	-0.084
disapp under	-0.122
dishes	-0.078
diving	-0.025
diving board	-0.025
do	0.471
do anythi	0.02
do i	0.039
do it	0.386
do karaok	-0.115
do list	-0.091
do me	0.065
do not	0.048
do someth	0.039
do the	-0.042
do this	0.087
do to	0.022
do tonigh	0.025
doctor	-0.262
doctor appoin	-0.046
doctor gave	-0.108
doctor plan	-0.027
does not	0.045
does the	-0.036
dog	0.07
dog and	0.129
dog barked	0.089
dog in	0.078
dog is	-0.051
dog to	0.061
dogs	-0.044
dogs life	-0.044
doing	0.056
doing everyo	0.033
doing myself	0.022
doing them	0.037
donate	-0.035
donate blood	-0.035
done	-0.081
done fighti	0.038
done for	-0.096
done i	0.047
done trying	0.025
done waitin	0.044
done with	-0.211
door	-0.055
door to	-0.084
door until	0.043
dosage	0.08
dosage and	0.08
dose	0.11
dose for	-0.035
dose of	0.13
dose would	0.028
doses	0.056
down	-0.3
down from	-0.03
down my	-0.06
down on	-0.068
down screen	-0.046
down today	-0.111
down with	0.034
drafte	0.119
drafte a	0.119
dragon	-0.023
dragon to	-0.023
draini	-0.035
drank	-0.127
drank a	0.04
drank and	0.064
drank bleach	0.047
drank less	-0.028
drank water	-0.239
drawer	0.115
drawer for	0.028
dresse	-0.053
drew	-0.039
drew a	-0.039
drink	0.033
drink myself	0.04
drive	0.138
drive after	-0.032
drive home	0.028
drive into	0.076
drive my	0.033
drive off	0.058
drive to	-0.024
drivin	0.085
drivin into	0.156
drivin over	-0.076
drivin too	0.022
drop	-0.076
drop dead	-0.076
drove	-0.057
drove home	-0.026
drove off	-0.031
ducks	-0.031
during	-0.044
during a	-0.04
dye	-0.107
dye my	-0.107
dying a	0.036
dying all	-0.029
dying and	-0.029
dying feels	0.039
dying for	-0.069
dying in	-0.039
dying sounds	0.053
e	0.062
e for	0.067
each	0.03
each time	0.03
earlie	0.057
earlie and	0.092
early	-0.621
early and	-0.131
early becaus	-0.022
early tonigh	-0.1
earth	0.051
easier	-0.086
easier to	-0.079
easier when	-0.069
easy	0.04
easy way	0.021
eating chips	-0.023
eating so	0.048
eating that	-0.04
edge	0.062
edge of	0.126
egg	-0.112
egg perfec	-0.057
eight	-0.064
eleven	-0.025
eleven hours	-0.025
elsewh	-0.021
email	-0.025
email and	-0.025
emails	-0.098
emails i	-0.078
emails me	-0.066
empty	-0.099
end	0.076
end everyt	0.031
end it	0.223
end my	0.129
end of	-0.195
end the	-0.02
end things	0.043
end this	-0.084
ended	-0.345
ended a	-0.049
ended my	-0.056
ended the	-0.084
ended things	-0.05
ended up	-0.065
ending	0.399
ending everyt	0.056
ending it	0.255
ending killed	-0.02
ending made	-0.035
ending my	0.113
ending things	0.085
ending toxic	-0.056
ends	-0.037
ends with	-0.03
energy	-0.043
energy to	-0.043
engine	0.115
engine runnin	0.115
enjoye	-0.033
enjoye the	-0.033
enough	-0.079
enough energy	-0.043
enough tablet	0.058
enough to	-0.148
entry	0.087
envy	0.099
envy dead	0.054
envy people	0.045
episod	-0.024
episod of	-0.024
era	-0.03
erased	0.107
essay	-0.072
eulogy	-0.021
eulogy for	-0.021
even bother	0.039
even brush	0.026
even care	0.022
even notice	0.054
even the	0.049
even though	-0.172
even when	-0.034
evenin	-0.073
ever	0.127
ever and	0.084
ever hurt	0.065
every	0.103
every day	-0.032
every few	-0.106
every mornin	0.047
every night	0.072
every pill	0.021
every room	0.039
every single	0.026
every time	0.036
everyb	0.027
everyo	0.364
everyo a	0.033
everyo around	0.026
everyo asleep	0.07
everyo at	-0.073
everyo better	0.042
everyo i	0.09
everyo keeps	-0.033
everyo on	-0.04
everyo saying	-0.03
everyt	0.412
everyt behind	-0.06
everyt square	0.026
everyt this	-0.02
everyt to	0.188
everyt was	-0.024
everyw	-0.049
eviden	-0.034
ex	-0.077
exam	-0.262
exam is	-0.044
exam nearly	-0.023
exam will	-0.045
exams	-0.135
exams foreve	-0.072
except	0.029
except dying	0.029
exerci	-0.041
exhaus	0.106
exhaus and	0.043
exhaus from	0.069
exist	0.213
existi	0.44
existi hurts	0.091
exit	0.088
exit strate	0.022
exs	-0.037
exs profil	-0.037
extra	-0.049
extra shift	-0.049
eyes	-0.06
eyes off	-0.06
face	0.089
face till	0.071
fade	-0.037
fade away	0.028
fade into	-0.066
fail	-0.022
fail again	0.032
fail this	-0.054
failur	-0.051
fall	0.027
fall asleep	0.027
family	0.211
family deserv	0.055
family would	0.068
far	-0.034
far i	-0.034
fast	0.036
fast hoping	0.022
favour	0.083
favour by	0.033
feel	0.588
feel about	0.029
feel calm	0.043
feel hopele	0.041
feel lighte	-0.052
feel like	0.182
feel pain	0.069
feel sad	-0.1
feel safe	0.122
feel sick	0.048
feel so	0.02
feel someth	0.088
feel suicid	0.034
feel unsafe	0.027
feel weird	0.023
feelin	-0.044
feelin are	0.074
feelin better	-0.116
feelin guilty	-0.029
feelin like	0.038
feelin numb	-0.072
feelin organi	-0.034
feelin really	0.086
feelin so	-0.021
feelin suicid	0.088
feelin tired	-0.021
feels	0.146
feels closer	-0.027
feels like	0.178
feet	-0.067
feet are	-0.058
fell	-0.044
fell from	-0.028
felt	-0.605
felt better	-0.11
felt calmer	-0.022
felt final	0.078
felt good	-0.032
felt hopefu	-0.029
felt lighte	-0.124
felt like	-0.136
felt proud	0.099
felt safe	-0.167
felt suicid	-0.065
felt worthl	-0.025
few	-0.109
few months	-0.106
fight	0.099
fight it	0.022
fight to	0.061
fighti	0.044
fighti to	0.057
fighti with	-0.029
film	-0.242
film about	-0.032
film ends	-0.03
final boss	-0.06
finall	-0.107
finall do	0.067
finall ended	-0.027
finall killed	-0.026
find	-0.048
find it	-0.048
finds	0.058
finds me	0.066
fine if	0.049
fine withou	0.021
finger	-0.095
finger and	-0.027
finger choppi	-0.058
finish	-0.518
finish a	-0.123
finish all	-0.064
finish it	-0.033
finish my	-0.036
finish the	-0.215
firewo	-0.093
first	-0.066
first aid	-0.041
fist	0.043
fist into	0.043
fitted	-0.052
fitted sheets	-0.052
five	-0.027
five minute	-0.027
fix	0.039
fix it	0.039
fixed	-0.033
flat	-0.094
flat and	0.046
flat today	-0.081
flu	-0.026
flu finall	-0.026
foldin	-0.052
foldin fitted	-0.052
follow	-0.025
food	-0.026
footba	-0.064
footy	-0.032
for	-0.077
for 100	-0.034
for 4	0.058
for a	-0.272
for after	0.188
for all	-0.037
for an	0.035
for campin	0.062
for christ	0.021
for days	0.033
for dinner	-0.075
for eleven	-0.025
for ever	0.084
for everyo	0.056
for everyt	0.122
for five	-0.027
for good	0.242
for granda	-0.036
for help	-0.145
for her	-0.037
for it	0.165
for kids	-0.035
for last	-0.024
for later	0.052
for me	0.196
for mum	0.038
for my	-0.25
for myself	0.066
for now	-0.049
for painle	0.087
for real	0.043
for stitch	0.067
for takeaw	-0.102
for ten	-0.063
for the	-0.57
for their	-0.026
for things	0.026
for today	-0.074
for tomorr	-0.064
for too	0.054
for twelve	-0.122
for what	0.027
for when	0.078
for whoeve	0.169
foreve	0.384
foreve and	0.051
foreve this	-0.021
foreve tired	0.034
forgav	-0.026
forgav myself	-0.026
forum	-0.04
forwar	-0.105
forwar to	-0.105
fought	-0.037
fought the	-0.037
found	0.071
found out	0.029
found the	0.042
four	-0.061
four months	-0.061
free	-0.031
free from	-0.073
free to	0.027
fresh	0.068
fresh cuts	0.068
friday	-0.127
friday i	-0.081
fridge	0.061
fridge for	0.088
friend	-0.498
friend attemp	-0.034
friend band	-0.025
friend even	-0.029
friend how	-0.021
friend i	0.076
friend is	-0.028
friend remind	-0.073
friend this	0.103
friend told	-0.068
friend tonigh	-0.059
friend who	-0.044
friend would	-0.04
fringe	-0.132
fringe myself	-0.094
from	-0.126
from a	-0.119
from an	0.022
from life	0.022
from living	0.069
from my	0.197
from myself	0.025
from scratc	-0.037
from self	-0.18
from smokin	-0.024
from snappi	-0.046
from textin	-0.043
from that	-0.048
from the	-0.059
from this	0.042
from three	0.097
from twitte	-0.033
from years	0.026
front	0.126
front of	0.126
fun	-0.058
funera	-0.051
funera was	-0.027
future	-0.098
future for	0.127
future plan	-0.094
future self	-0.078
future to	-0.105
game	-0.099
game you	-0.023
garage	0.241
garage differ	0.127
garage for	0.115
garden	-0.208
garden for	-0.026
garden wateri	-0.067
gate	-0.037
gave	-0.341
gave away	-0.17
gave me	-0.108
gave my	0.085
gave one	-0.047
gave some	-0.036
gave up	-0.059
get a	-0.091
get bad	0.025
get hit	0.089
get jk	-0.037
get like	0.029
get out	-0.056
get sick	0.071
get the	0.076
get throug	-0.041
get up	-0.142
gets	0.199
gets better	-0.033
gets my	0.121
gets the	0.049
gets too	0.062
gettin	0.213
gettin a	-0.139
gettin deeper	0.172
gettin everyt	0.026
gettin harder	0.037
gettin old	0.028
gettin on	0.069
ghost	-0.033
ghost after	-0.081
ghost alread	0.057
girl	0.033
girl like	0.033
give	-0.344
give a	-0.047
give anythi	-0.068
give up	-0.229
given	-0.092
given up	-0.092
giving	0.031
giving blood	-0.106
giving my	0.124
glad	-0.155
glad i	-0.081
glad to	-0.054
glass	-0.087
glass of	-0.087
gloves	-0.025
gna	0.049
gna kms	0.086
gna make	-0.037
go	-0.04
go back	-0.252
go black	0.027
go by	-0.069
go home	-0.112
go now	-0.036
go of	-0.021
go on	0.06
go throug	0.034
go to	-0.111
go with	0.065
goal	-0.058
goal today	-0.058
goes	0.112
goes well	-0.025
goes wrong	0.124
going	0.328
going back	0.061
going for	-0.03
going on	0.215
going to	0.107
going well	-0.046
gone	0.125
gone for	-0.036
gone now	-0.108
gone on	-0.117
gone please	0.048
good	-0.175
good book	-0.146
good call	-0.077
good coffee	-0.041
good from	-0.033
good note	-0.065
goodby	0.425
goodby for	-0.049
goodby messag	0.081
goodby note	0.058
google	0.124
google how	0.065
google the	0.031
google what	0.028
gorgeo	-0.09
gorgeo sunset	-0.076
got	-0.132
got cancer	0.049
got dresse	-0.053
got heated	-0.05
got hit	0.022
got killed	-0.028
got my	0.049
got sick	0.022
got throug	-0.049
got two	0.087
got up	-0.096
gp	-0.031
gp about	-0.043
granda	-0.248
granda death	-0.027
granda funera	-0.03
granda passed	-0.05
granda withou	-0.1
grandm	-0.213
grandm does	-0.088
grandm is	-0.029
grandm passed	-0.048
grandp	-0.032
grass	-0.043
gratef	-0.15
gratef for	-0.041
grave	-0.117
grave and	-0.031
grave today	-0.05
great	-0.047
green	-0.042
grief	-0.082
grieve	-0.025
ground	0.042
ground would	0.053
group	-0.102
group chat	-0.067
grudge	-0.021
guilt	-0.089
guilty	-0.029
guitar and	0.033
guts	0.04
gym	-0.402
gym member	-0.046
gym this	-0.066
gym today	-0.024
gym tonigh	-0.025
habit	-0.025
had	-0.042
had a	-0.1
had been	-0.078
had dark	-0.108
had died	0.08
had enough	-0.069
had not	-0.037
had suicid	0.069
had the	0.048
had to	0.154
had water	-0.03
haha	-0.069
hair	-0.368
hair cut	-0.03
hair pink	-0.107
hair short	-0.095
haircu	-0.032
half	-0.032
hallwa	-0.024
hand on	-0.055
handfu	0.095
handfu of	0.095
hands	0.081
hands on	0.081
hang	-0.053
hang in	-0.102
hang myself	0.069
hang the	-0.02
hangin	-0.127
hangin in	-0.023
hangin on	0.028
hangin out	-0.101
hangin up	-0.043
happen	-0.093
happen next	-0.043
happen to	-0.069
happie	0.033
happie withou	0.038
happy	-0.164
happy after	-0.088
hard	-0.29
hard on	-0.156
hard to	0.045
hard week	-0.027
hard winter	-0.024
harder	0.037
harder to	0.037
harm	0.536
harm after	0.124
harm again	0.145
harm and	-0.049
harm even	-0.034
harm for	0.14
harm in	-0.039
harm relaps	0.049
harm this	-0.082
harm today	0.106
harm urges	0.137
harm when	0.025
harm will	0.027
has	0.23
has been	0.079
has new	-0.043
has no	0.07
has nothin	0.029
has to	0.096
hate	0.138
hate being	0.08
hate monday	-0.054
hate my	0.041
hate myself	0.023
hate waking	0.047
have	0.619
have a	-0.082
have been	0.132
have chosen	0.04
have come	-0.034
have decide	0.097
have enough	0.063
have given	-0.092
have got	0.114
have had	0.032
have her	-0.095
have lost	0.033
have made	0.068
have my	0.048
have no	0.027
have not	-0.102
have nothin	0.048
have picked	0.049
have said	0.057
have the	0.098
have tied	0.033
have to	-0.027
have wanted	0.027
have worked	0.05
have writte	0.107
having	0.088
having a	-0.046
having really	0.033
having suicid	0.05
having though	0.033
he	-0.145
he ate	-0.071
he died	-0.044
he propos	-0.037
head	0.484
head agains	0.152
head for	0.103
head into	0.026
head on	0.066
headac	-0.138
headac like	-0.034
headed	0.032
headsh	-0.043
headsh and	-0.043
health	-0.062
heart	0.045
heart meds	0.039
heat	-0.123
heat is	-0.123
heated	-0.05
heaven	0.064
hedge	-0.031
held	-0.07
held it	-0.046
help	-0.086
help i	0.039
help instea	-0.024
help my	-0.027
helped	-0.051
helpin	-0.034
helpin her	-0.034
helpli	-0.05
helps	0.131
helps a	-0.034
helps is	0.092
her	-0.361
her 90th	-0.026
her becaus	0.076
her death	-0.027
her doctor	-0.029
her grave	-0.033
her hair	-0.095
her i	-0.05
her so	0.043
her withou	-0.038
here	0.368
here and	-0.049
here anymor	0.037
here at	-0.037
here for	0.021
here much	0.021
here next	0.029
here on	-0.141
here tomorr	0.061
hero	-0.02
hero dies	-0.02
hid	0.066
hid my	0.053
hiding	-0.069
high	0.077
high the	0.072
hill	-0.091
him	-0.045
him after	0.069
him kindly	-0.114
his	-0.068
his grave	-0.05
hit	0.242
hit by	0.112
hit me	0.051
hit my	0.055
hit myself	0.064
hit the	-0.04
hits	0.104
hits me	0.104
holdin	0.137
holdin my	0.022
holdin onto	0.064
holdin the	0.051
holida	-0.444
holida yet	-0.033
home	-0.123
home alone	0.057
home and	-0.126
homewo	-0.035
hoops	-0.057
hoover	-0.024
hoover out	-0.024
hope a	0.037
hope i	0.212
hope it	-0.079
hope my	-0.146
hope nothin	-0.089
hope someth	0.041
hope the	0.038
hoped	0.07
hopefu	-0.029
hopefu today	-0.022
hopele and	0.041
hoping	0.236
hoping a	0.067
hoping i	0.06
hoping the	0.099
horror	-0.041
horror game	-0.021
hospic	-0.022
hospit after	0.074
hospit and	-0.034
hotel	-0.037
hotel at	-0.025
hour	0.043
hour ago	0.029
hours	-0.193
hours and	-0.025
house	-0.064
housep	-0.066
housep are	-0.055
how	-0.07
how far	-0.034
how high	0.072
how i	0.03
how it	-0.069
how long	-0.027
how low	-0.076
how many	0.112
how much	-0.047
how peacef	-0.07
how things	-0.125
how to	0.078
how was	0.039
hung	-0.175
hung it	-0.026
hung out	-0.042
hung the	-0.107
hurt	0.324
hurt by	-0.033
hurt my	-0.026
hurt myself	0.235
hurt so	0.065
hurtin	0.089
hurtin my	0.02
hurtin myself	0.082
hurts	0.119
hurts too	0.091
i	0.938
i a	-0.17
i added	0.055
i almost	0.084
i am	0.078
i and	-0.044
i apolog	-0.099
i applie	-0.021
i asked	-0.129
i at	-0.106
i ate	0.058
i attemp	0.104
i banged	0.036
i bite	0.039
i bled	0.091
i bleed	0.051
i booked	-0.041
i bought	0.058
i burned	0.157
i burnt	0.172
i called	-0.084
i came	0.046
i can	0.224
i carved	0.03
i checke	0.072
i choked	0.025
i clappe	-0.051
i cleane	0.046
i cooked	-0.031
i could	0.024
i crash	0.022
i cried	-0.125
i cross	0.03
i cut	0.078
i danced	-0.047
i delete	0.038
i deserv	0.087
i did	-0.403
i die	0.129
i died	0.161
i disapp	0.048
i do	-0.037
i drank	-0.089
i envy	0.099
i even	0.039
i ever	0.065
i fail	-0.022
i feel	0.45
i felt	-0.351
i finish	-0.13
i fought	-0.037
i gave	-0.058
i get	0.138
i google	0.042
i got	-0.17
i had	0.095
i hate	0.138
i have	0.786
i hit	0.031
i hung	-0.034
i hurt	0.091
i journa	-0.021
i just	0.046
i keep	0.477
i kept	-0.064
i killed	-0.044
i know	0.127
i laughe	-0.093
i left	-0.1
i let	-0.138
i liftin	-0.062
i like	-0.052
i listen	-0.057
i lit	-0.027
i live	0.047
i looked	0.213
i love	0.184
i loved	-0.047
i made	-0.082
i mean	0.047
i might	0.166
i miss	-0.02
i mixed	0.048
i moved	-0.07
i napped	-0.022
i nearly	-0.059
i need	0.111
i no	-0.074
i notice	-0.04
i overdi	0.047
i passed	-0.058
i picked	0.101
i plante	-0.021
i posted	0.047
i practi	0.047
i pray	0.023
i punche	0.058
i purged	0.056
i put	0.103
i read	-0.035
i really	0.021
i regret	0.031
i relaps	0.211
i remind	-0.104
i rested	-0.081
i ruin	-0.024
i said	0.095
i sat	0.051
i saw	0.039
i scratc	0.135
i see	0.05
i self	0.1
i should	-0.057
i showed	-0.063
i skippe	-0.033
i slamme	0.056
i slit	0.068
i slowed	-0.049
i some	-0.079
i spoke	-0.055
i starte	-0.084
i starve	0.027
i stayed	-0.184
i steppe	0.05
i stood	0.066
i stretc	-0.045
i surviv	-0.116
i talked	-0.074
i thanke	-0.026
i think	0.203
i though	-0.097
i told	-0.293
i tried	-0.106
i used	-0.337
i visite	-0.062
i volunt	-0.043
i waited	-0.039
i walked	-0.071
i want	0.257
i wanted	-0.364
i was	-0.037
i went	-0.068
i were	0.072
i will	0.088
i wish	0.432
i wished	0.053
i with	-0.025
i woke	0.075
i would	-0.199
i wrote	0.245
iced	-0.053
iced it	-0.053
ideati	0.114
ideati all	0.047
ideati is	0.067
if	0.289
if i	0.338
if meetin	-0.121
if my	-0.066
if the	0.034
if this	0.039
if tomorr	0.022
imagin	-0.024
imagin how	-0.07
imagin my	0.039
imposs	-0.077
in	-0.102
in a	-0.042
in ages	-0.031
in anythi	0.084
in bed	0.072
in carryi	0.079
in case	0.154
in cookin	-0.021
in every	0.039
in foldin	-0.052
in foreve	-0.021
in fresh	0.068
in front	0.126
in going	0.067
in half	-0.023
in heaven	0.064
in ironin	-0.14
in it	0.083
in living	0.128
in march	-0.054
in maths	-0.067
in me	0.034
in months	0.136
in my	0.112
in on	-0.146
in pain	0.038
in spring	-0.062
in stayin	0.026
in that	-0.077
in the	-0.115
in there	-0.125
in these	-0.039
in this	-0.03
in tomorr	-0.046
in two	-0.153
in worryi	-0.064
in young	-0.026
infect	-0.05
inside	-0.029
inside after	-0.032
instea	-0.344
instea of	-0.21
instru	0.088
instru on	0.088
intake	-0.042
interv	-0.062
into	0.188
into a	-0.041
into my	0.152
into the	0.146
into traffi	0.023
into triang	-0.021
into youtub	-0.101
inviti	0.12
inviti tonigh	0.12
iron	0.077
iron on	0.052
ironin	-0.14
ironin jeans	-0.068
ironin shirts	-0.071
is	0.311
is a	0.042
is about	0.052
is back	0.161
is becaus	-0.093
is been	0.076
is better	0.078
is called	-0.025
is creepi	0.052
is cuttin	0.092
is dead	-0.221
is delici	-0.025
is dying	-0.044
is even	0.049
is gettin	0.042
is going	-0.216
is goodby	0.12
is health	-0.039
is hopele	-0.031
is imposs	-0.077
is in	0.087
is monday	-0.072
is moving	-0.048
is no	0.181
is not	0.212
is nothin	0.071
is on	0.116
is pretty	-0.044
is really	0.125
is slowly	-0.029
is so	-0.201
is spring	-0.024
is sunday	0.101
is the	0.292
is to	-0.057
is tomorr	0.065
is too	0.065
is unbear	-0.05
is when	0.034
is wonky	-0.094
it	0.409
it after	0.035
it all	0.219
it and	-0.038
it anymor	0.038
it at	-0.03
it away	-0.1
it back	-0.064
it bleeds	0.075
it bruise	0.121
it costs	-0.055
it did	0.187
it does	-0.079
it down	-0.035
it ends	-0.069
it felt	-0.055
it gets	0.029
it go	-0.048
it got	-0.067
it helped	-0.021
it hurts	0.022
it if	0.022
it kind	-0.077
it normal	-0.078
it off	-0.155
it offici	0.026
it on	0.07
it out	0.021
it over	0.041
it pass	-0.051
it passed	-0.041
it rose	-0.031
it stoppe	0.034
it take	0.023
it takes	0.09
it this	0.112
it throug	0.108
it to	0.036
it togeth	-0.046
it tomorr	-0.031
it tonigh	0.07
it turned	-0.042
it was	-0.152
it when	0.07
it where	0.04
it with	-0.168
it worked	-0.118
it would	0.062
itchin	0.046
itchin to	0.046
its	0.059
its all	0.02
its hard	0.026
ivy	-0.025
ivy in	-0.025
jeans	-0.146
jk	-0.037
jk they	-0.037
job	-0.285
job for	-0.023
job is	-0.021
job to	-0.02
jobs	-0.094
join	0.069
join my	0.069
joke	-0.054
journa	-0.145
journa about	-0.023
jump	0.083
jump from	0.02
jump in	-0.123
jump off	0.058
jump starte	-0.068
jumped	-0.043
jumped into	-0.025
jumped off	-0.081
jumped today	0.084
jumper	-0.02
jumper was	-0.02
jumpin	0.324
jumpin in	0.03
jumpin off	0.145
jumpin yester	0.057
just	0.571
just a	0.131
just becaus	-0.041
just did	-0.043
just die	0.156
just do	0.044
just end	0.037
just have	0.051
just in	0.154
just kill	0.028
just really	-0.112
just social	-0.09
just swallo	0.037
just taking	0.055
just tired	-0.131
just to	0.074
just took	0.023
just vanish	0.033
just want	0.069
karaok	-0.207
karaok again	-0.115
keep	0.711
keep at	-0.048
keep crying	-0.055
keep drivin	0.022
keep going	0.194
keep having	0.02
keep hoping	0.038
keep hurtin	0.04
keep imagin	-0.024
keep living	0.056
keep myself	0.056
keep pictur	0.071
keep punchi	0.032
keep scratc	0.065
keep showin	-0.066
keep slammi	0.043
keep starin	0.049
keep trying	0.022
keep wishin	0.061
keeps	-0.063
keeps saying	-0.033
keeps spinni	-0.066
keeps tellin	0.037
kept	-0.189
kept going	-0.117
kept my	-0.048
kept myself	-0.04
kept thinki	0.03
kettle	-0.03
key	0.048
key under	0.048
kickin	-0.041
kids	-0.094
kids for	0.026
kids parace	-0.035
kids would	0.062
kill	-0.221
kill me	-0.188
kill my	-0.071
kill myself	0.392
kill someon	0.035
kill streak	-0.043
kill the	-0.06
kill this	-0.112
kill to	-0.174
killed	-0.346
killed in	-0.028
killed me	-0.179
killed off	-0.032
killed the	-0.102
killin	0.122
killin my	-0.029
killin myself	0.18
killin weeds	-0.028
kills	0.03
kills me	0.041
kind	0.06
kindly	-0.181
kitche	0.083
kms	0.963
kms this	0.104
kms today	0.061
knacke	-0.032
knacke after	-0.032
knee	-0.03
knew	-0.023
knew when	-0.023
knife	-0.093
knife out	-0.042
knife proper	-0.021
knife right	0.072
knife sharpe	-0.133
knife skills	-0.024
knife under	0.062
knocke	-0.052
knocke my	-0.052
know	0.148
know how	-0.067
know what	0.039
know which	0.052
know why	0.064
knows	0.022
knuckl	0.11
knuckl bled	0.078
knuckl split	0.032
lake	-0.096
lake will	-0.071
laptop	-0.089
laptop batter	-0.026
laptop died	-0.041
last	0.063
last day	0.053
last entry	0.087
last episod	-0.024
last in	-0.047
last month	-0.076
last night	0.416
last of	-0.049
last overdo	-0.077
last spring	-0.108
last week	-0.045
last win	0.064
last year	-0.149
late	-0.373
late i	-0.045
late nights	-0.026
laughe	-0.388
laughe about	-0.032
laughe it	-0.155
laughe so	-0.099
laughe till	-0.059
laundr	-0.057
learne	-0.051
learne about	-0.027
learne knife	-0.024
learni	-0.117
learni how	-0.049
learni piano	-0.068
leave bed	-0.033
leave this	0.057
leaves	-0.036
leavin	-0.031
leavin do	-0.073
leavin everyt	0.033
leavin london	-0.046
leavin this	0.092
ledge	0.073
left	-0.214
left a	-0.022
left early	-0.081
left for	0.041
left it	-0.033
left on	-0.121
left so	-0.064
left the	-0.041
left to	0.069
leftov	-0.026
leg	-0.024
leg day	-0.041
legs	-0.047
legs are	-0.041
less	-0.037
less coffee	-0.028
let	-0.428
let go	-0.021
let it	-0.103
let me	0.023
let myself	-0.299
lethal	0.186
lethal dose	0.13
lethal doses	0.056
letter for	0.052
letter to	-0.05
librar	-0.121
lie	-0.069
lie in	-0.069
life	0.901
life and	-0.023
life feels	0.069
life has	0.099
life is	0.129
life to	0.03
lift	-0.041
liftin	-0.171
liftin boxes	-0.125
lighte	0.103
lighte on	0.157
lights	-0.021
like	0.547
like a	0.055
like cookin	-0.044
like dying	0.053
like ending	0.053
like giving	-0.036
like hiding	-0.045
like i	0.022
like it	-0.052
like me	0.087
like my	-0.077
like relief	0.039
like such	0.024
like the	0.197
like this	0.252
line	-0.045
line last	-0.026
lined	0.058
lined them	0.046
list	-0.084
list instea	-0.051
list of	0.095
listen	-0.135
listen and	-0.041
listen to	-0.045
lit	-0.027
lit a	-0.027
little	-0.025
little from	-0.025
live	0.19
live a	-0.153
live anymor	0.039
live by	-0.082
live for	0.166
live in	-0.029
live like	0.035
living	0.672
living anymor	0.034
living in	-0.089
living like	0.12
load	0.04
load of	0.04
loggin a	0.025
loggin off	-0.04
london	-0.06
lonely	-0.029
long	-0.039
long it	-0.03
long life	-0.153
long thinki	0.054
long time	0.108
long walk	0.03
longer	-0.183
longer need	-0.074
longer suicid	-0.156
longer this	-0.118
look	0.047
look after	0.026
look down	0.058
look forwar	-0.105
look up	0.067
looked	0.226
looked at	0.204
looked up	0.029
lookin	0.237
lookin and	0.07
lookin at	0.129
lookin up	0.023
looks	0.12
looks so	0.12
loose	0.077
loose ends	0.077
losing	0.058
losing the	0.058
lost the	0.033
lot	0.211
lot lately	0.028
lot of	0.067
loud	0.101
loud and	-0.031
loud that	-0.029
loud today	0.117
love	0.18
love her	0.141
love it	-0.043
love you	0.056
loved	-0.047
loved it	-0.047
lovely	-0.079
low	-0.083
low i	-0.076
lunch	-0.038
made	-0.144
made dinner	-0.046
made it	-0.13
made me	-0.092
made my	0.191
made soup	-0.078
made tea	0.026
made the	-0.042
make	0.105
make dinner	-0.037
make it	0.142
man	-0.064
man fell	-0.028
man on	-0.032
manage a	0.044
many	0.154
many calori	-0.046
many i	0.08
many it	0.083
many parace	0.106
many steps	-0.058
marath	-0.094
march	-0.054
mat	0.048
mat for	0.048
matche	0.034
maths	-0.067
matter	0.03
maybe	0.145
maybe the	0.065
me	0.898
me a	0.029
me and	0.04
me around	0.039
me being	0.034
me cry	-0.092
me down	0.081
me everyo	0.037
me haha	-0.059
me i	0.021
me if	-0.168
me in	0.111
me not	0.023
me now	-0.072
me on	0.06
me one	-0.066
me out	0.034
me please	0.02
me she	-0.041
me should	0.047
me so	-0.031
me soon	0.041
me to	0.049
me twice	-0.042
me up	0.053
me wants	0.069
me when	-0.037
me would	-0.092
me writin	0.029
meal	-0.077
mean	0.052
mean me	0.039
meanin	0.036
meanin and	0.021
means	0.085
meant	-0.059
meant it	-0.029
meant to	-0.03
medica	-0.031
meds every	-0.02
meds for	0.055
meds into	-0.034
meds on	0.04
meds so	0.039
meds togeth	0.048
meds tonigh	0.048
meds with	-0.027
meetin	-0.437
meetin to	-0.115
meetin were	-0.121
member	-0.046
meme	-0.03
meme is	-0.03
men	-0.026
mental	-0.023
mental health	-0.023
mentor	-0.04
mess	0.137
mess of	0.055
messag	0.133
messag and	0.035
messag to	0.119
messy	-0.12
messy flat	-0.031
messy room	-0.089
met	-0.064
metal	-0.031
metal concer	-0.031
method	0.051
method and	0.051
mic	-0.022
mid	-0.034
mid essay	-0.024
midnig	-0.033
might	0.269
might as	0.062
might be	0.028
might ctb	0.036
might do	0.046
might hurt	0.039
might just	0.025
mind	0.261
mind a	0.041
mind consta	0.038
mind if	0.065
mind not	0.026
mind up	0.034
minute	-0.119
misery	0.023
miss	0.061
miss me	0.081
miss my	-0.044
mistak	0.059
mistak at	-0.026
mistak that	0.085
mixed	0.035
mixed all	0.048
moment	0.083
monday	-0.187
monday so	-0.054
money	-0.066
month	-0.034
month and	-0.026
month one	0.041
months	-0.155
months clean	-0.061
months free	-0.073
moon	-0.09
moon about	-0.038
more	0.036
more days	-0.025
more time	-0.066
more tonigh	0.055
mornin	-0.079
mornin coffee	-0.087
mornin person	-0.085
most	0.028
most nights	0.028
motorw	0.033
motorw for	-0.032
mounta	-0.046
mounta for	-0.046
move	-0.112
move cities	-0.037
move on	-0.034
moved	-0.14
moved on	-0.056
moved one	-0.036
movie	-0.031
movie time	-0.021
movies	-0.035
movies ending	-0.035
moving	-0.226
moving abroad	-0.048
moving house	-0.032
moving on	-0.072
moving to	-0.06
mower	-0.035
mower need	-0.035
much as	-0.033
much cake	-0.04
much hope	-0.031
much i	0.02
much it	0.038
much pills	0.035
much work	-0.139
mum	-0.035
mum and	-0.024
mum i	0.091
mum on	-0.042
mum would	-0.063
mums	-0.076
mums going	-0.037
murder	-0.11
murder a	-0.094
my	-0.523
my antibi	-0.023
my arm	0.339
my arms	0.389
my attemp	0.076
my aunts	-0.021
my best	0.029
my bike	-0.068
my bills	0.046
my body	0.086
my book	-0.022
my boots	-0.043
my boss	-0.159
my boyfri	-0.099
my brain	0.037
my brothe	-0.106
my car	-0.067
my cat	0.034
my cats	0.102
my charac	-0.03
my chips	-0.071
my coffee	-0.042
my collea	-0.067
my comfor	-0.032
my commut	0.049
my counse	-0.029
my dad	-0.109
my date	-0.031
my death	0.09
my debts	0.108
my decisi	0.07
my desk	0.034
my digita	-0.029
my doctor	-0.07
my dog	0.077
my dogs	-0.044
my ex	-0.077
my exams	-0.033
my exit	0.088
my exs	-0.037
my eyes	-0.06
my family	0.226
my favour	-0.034
my feet	-0.067
my finger	-0.095
my fist	0.043
my friend	-0.337
my fringe	-0.094
my funera	0.026
my future	-0.078
my goodby	0.255
my gp	-0.031
my granda	-0.062
my grandm	-0.199
my grief	-0.028
my guitar	0.041
my gym	-0.046
my hair	-0.273
my hands	0.081
my head	0.403
my headac	-0.099
my heart	0.039
my homewo	-0.035
my housep	-0.066
my interv	-0.026
my jeans	-0.077
my job	-0.02
my journa	-0.023
my kids	0.022
my knee	-0.03
my knuckl	0.11
my laptop	-0.058
my last	0.215
my leavin	-0.092
my legs	-0.047
my life	0.341
my list	-0.026
my manage	-0.028
my medica	-0.031
my meds	0.1
my mind	0.149
my misery	0.023
my mornin	-0.087
my mum	0.079
my mums	-0.025
my nails	0.042
my nan	-0.1
my neighb	0.069
my nephew	-0.063
my new	-0.046
my old	-0.302
my out	-0.046
my overdr	-0.027
my own	0.039
my partne	-0.113
my passpo	-0.077
my peace	0.12
my pen	-0.056
my phone	-0.118
my pillow	0.062
my pills	0.082
my plan	-0.082
my plant	-0.129
my prescr	-0.165
my presen	-0.034
my pride	-0.073
my psycho	-0.026
my reason	-0.051
my relati	-0.041
my run	-0.038
my safety	-0.138
my screen	-0.078
my sessio	-0.021
my shift	-0.031
my shirt	-0.032
my sister	-0.2
my skin	0.135
my sleep	0.159
my social	0.038
my son	-0.052
my soul	-0.029
my sourdo	-0.028
my step	-0.058
my steps	-0.021
my stuff	0.211
my subscr	-0.039
my suicid	0.155
my tasks	0.025
my team	-0.058
my teens	-0.039
my therap	-0.114
my thigh	0.122
my thighs	0.181
my things	0.135
my though	0.148
my to	-0.078
my toenai	-0.039
my vitami	-0.066
my way	0.027
my whole	0.053
my will	-0.021
my wrist	0.251
my wrists	0.235
myself	1.278
myself again	0.113
myself and	-0.09
myself as	0.062
myself at	0.044
myself by	0.03
myself down	-0.03
myself feel	-0.1
myself from	-0.068
myself gettin	-0.111
myself grieve	-0.025
myself in	0.136
myself most	0.028
myself of	-0.025
myself off	0.05
myself on	0.101
myself rest	-0.089
myself right	0.064
myself seems	0.023
myself so	0.026
myself sounds	0.034
myself this	0.066
myself to	0.088
myself today	-0.125
myself tonigh	0.086
myself until	0.083
myself when	0.064
myself with	0.205
myself would	0.039
nailed	-0.02
nailed the	-0.02
nails	0.042
named	-0.058
named the	-0.029
nan	-0.1
nan at	-0.026
nan died	-0.033
nan passed	-0.033
nap	-0.219
nap so	-0.038
napped	-0.022
near	0.039
near me	0.024
nearly	-0.186
nearly at	-0.022
nearly died	-0.08
nearly gave	-0.027
nearly killed	-0.117
nearly went	0.111
need	0.19
need a	-0.042
need help	0.031
need it	0.092
need sharpe	-0.035
need them	0.054
need to	0.085
needed	-0.1
needed it	-0.036
needed that	-0.046
needin	0.041
needin them	0.033
needs me	0.026
neighb	0.029
neighb so	0.069
nephew	-0.063
nervou	-0.02
never	0.354
never born	0.07
never come	0.072
never get	0.026
never here	0.037
never meant	0.051
never starte	-0.087
never wake	0.112
never woken	0.044
new	-0.209
new bakery	-0.022
new blades	0.034
new cuts	0.067
new haircu	-0.032
new leaves	-0.043
new razor	-0.022
new rota	-0.022
new year	0.039
news	-0.08
news about	-0.048
news says	-0.028
next	-0.076
next door	-0.084
next week	0.044
next year	0.067
next years	-0.033
nice evenin	-0.035
night	0.404
night alive	0.028
night for	0.052
night of	-0.056
night shift	-0.081
nights though	0.028
no	0.051
no future	0.044
no longer	-0.23
no meanin	0.021
no more	0.043
no one	0.214
no point	0.033
no reason	0.22
no sleep	-0.032
no though	-0.082
no to	-0.049
nobody	0.279
nobody cares	0.032
nobody has	0.096
nobody knows	0.022
nobody notice	-0.032
nobody would	0.157
noise	-0.084
noise next	-0.084
noon	-0.098
normal and	0.045
normal day	0.046
normal to	-0.078
nosebl	-0.032
not	0.798
not after	-0.029
not around	0.023
not be	0.068
not believ	-0.049
not born	0.041
not broken	-0.029
not care	0.098
not check	-0.08
not come	0.076
not cope	0.081
not cut	-0.262
not deserv	0.095
not die	-0.218
not died	-0.09
not do	0.084
not eating	0.078
not end	-0.064
not exist	0.147
not feel	0.081
not fight	0.038
not for	0.078
not get	0.076
not gettin	0.069
not go	0.041
not going	-0.084
not help	0.071
not here	0.06
not hurt	-0.161
not keep	0.043
not know	-0.023
not late	-0.041
not lately	-0.09
not live	0.057
not make	0.047
not matter	0.023
not meant	-0.081
not mind	0.112
not need	0.147
not ok	0.1
not online	-0.069
not pictur	0.023
not promis	-0.11
not rain	-0.079
not safe	0.606
not see	0.037
not self	-0.034
not sleep	-0.056
not stop	0.02
not suicid	-0.282
not sure	0.045
not surviv	0.057
not take	-0.02
not tell	0.1
not the	-0.073
not think	0.107
not told	0.051
not trust	0.047
not wake	0.192
not waking	0.026
not want	-0.429
not wear	-0.084
not woken	0.053
not work	0.187
not worth	0.207
note	0.203
note for	0.025
note to	-0.045
notes	0.064
notes for	0.064
nothin	0.162
nothin for	0.058
nothin happen	-0.089
nothin left	0.052
nothin to	0.097
nothin worth	0.03
notice	-0.145
notice i	-0.073
notice if	0.108
notice my	-0.05
notice the	-0.123
now	-0.25
now and	-0.135
now i	-0.228
now it	-0.024
now that	0.043
numb	-0.072
numb lately	-0.072
nurse	-0.09
nurse how	-0.076
od	0.077
od last	0.029
of	0.242
of 12	-0.043
of a	0.057
of an	-0.03
of bed	-0.05
of being	0.091
of cake	-0.041
of cleani	-0.064
of cuttin	-0.054
of death	0.064
of doing	0.022
of dying	0.039
of ending	0.083
of existi	0.19
of feelin	-0.021
of her	-0.027
of hiding	-0.029
of hoped	0.07
of is	-0.077
of it	0.021
of jumpin	0.096
of killin	0.03
of last	0.028
of living	0.18
of me	-0.063
of meetin	-0.089
of my	-0.158
of myself	-0.089
of office	-0.046
of parace	0.14
of people	-0.026
of pills	0.255
of preten	-0.04
of pushin	-0.031
of saying	-0.024
of scars	0.055
of self	-0.039
of space	0.103
of spider	-0.166
of steppi	0.041
of suicid	0.072
of tablet	0.146
of taking	0.067
of tea	-0.043
of that	-0.077
of the	-0.174
of them	0.029
of this	-0.221
of time	-0.027
of vitami	-0.024
of vodka	0.04
of want	0.038
of war	-0.025
of water	-0.102
of what	0.063
of who	0.121
of you	0.026
off	0.133
off a	0.107
off campin	-0.113
off dead	0.198
off for	-0.055
off gone	0.023
off if	-0.105
off my	0.026
off myself	0.117
off the	0.142
off this	-0.121
off with	0.029
off withou	0.063
office	-0.078
office messag	-0.046
offici	0.026
ok	-0.096
ok and	0.057
ok now	-0.053
ok tonigh	-0.074
okay	-0.097
okay and	0.047
okay instea	-0.058
okay with	-0.029
old	-0.41
old bike	-0.03
old books	-0.026
old cat	-0.038
old clothe	-0.051
old cuts	0.075
old flat	-0.109
old job	-0.032
old me	-0.092
old phone	-0.048
omg	-0.06
omg i	-0.06
on	0.022
on a	-0.3
on alcoho	-0.051
on and	-0.026
on anymor	0.069
on by	0.052
on coffee	-0.048
on everyo	0.033
on everyt	0.038
on for	-0.025
on friday	-0.046
on from	-0.048
on holida	-0.191
on it	0.068
on late	-0.026
on life	0.068
on like	0.091
on living	0.059
on my	0.338
on myself	-0.154
on pizza	-0.074
on purpos	0.594
on saturd	-0.056
on screen	-0.056
on scroll	-0.047
on self	0.176
on someth	0.093
on stage	-0.13
on sugar	-0.026
on sunday	-0.024
on takeaw	-0.037
on the	0.131
on this	-0.151
on time	-0.367
once in	-0.031
one	-0.254
one can	0.037
one cup	-0.023
one day	-0.082
one more	-0.066
one needs	0.022
one outsid	-0.036
one stone	-0.025
one way	0.043
one who	-0.081
one would	0.156
one year	-0.034
onions	-0.072
online	0.07
online for	0.109
online how	0.029
online tomorr	-0.069
only	0.328
only one	-0.058
only option	0.115
only thing	0.175
only way	0.084
onto	0.064
onto the	0.064
oops	-0.04
open	0.031
open mic	-0.022
opened	0.038
opened the	-0.023
opened up	0.061
option	0.115
option left	0.032
or	0.056
or anothe	0.041
organi	-0.091
organi everyt	-0.045
ouch	-0.091
our	-0.095
our old	-0.038
our team	-0.044
out	0.408
out after	0.046
out again	0.181
out and	-0.023
out before	-0.02
out even	-0.045
out except	0.029
out for	0.071
out how	0.08
out loud	-0.029
out my	0.101
out of	-0.115
out online	0.029
out soon	0.074
out the	-0.079
out to	-0.042
out who	0.046
out with	-0.168
outsid	-0.069
oven	-0.04
over	-0.181
over and	0.049
over for	0.027
over it	-0.146
over my	0.071
over on	0.049
over so	-0.044
over the	-0.149
overdi	0.035
overdi it	0.043
overdo	0.282
overdo amount	0.067
overdo and	-0.077
overdo last	0.039
overdo on	0.041
overdo tonigh	0.107
overdr	-0.027
own	0.039
own death	0.034
own fringe	-0.038
own funera	0.022
own life	0.037
paid	0.118
paid my	0.046
paid off	0.089
pain	0.294
pain anymor	0.036
pain to	0.143
painki	-0.023
painle	0.101
painle ways	0.101
pals	-0.046
panic	-0.108
panic attack	-0.061
panick	-0.028
paper	-0.066
paper cut	-0.035
parace	0.289
parace from	0.097
parace is	0.061
parace it	0.045
parace today	0.052
parade	-0.047
parent	-0.029
parent evenin	-0.022
park	0.072
park is	0.072
park roof	0.078
park to	-0.028
part	0.069
part of	0.069
partie	-0.066
partne	-0.113
partne i	-0.072
partne would	0.027
party	-0.25
party and	-0.026
pass	-0.051
passed	-0.257
passed and	-0.056
passed away	-0.084
passed out	0.025
passiv	0.03
passiv suicid	0.03
passpo	-0.077
passwo	0.035
passwo so	0.035
past	-0.046
past the	-0.033
pasta from	-0.037
patien	-0.048
payche	-0.074
payday	-0.029
payday soon	-0.029
pb	-0.036
pb today	-0.032
peace	0.123
peace and	0.086
peace with	0.034
peacef	-0.039
peacef last	-0.033
peacef the	-0.071
pen	-0.056
pen pals	-0.046
people	0.028
people for	0.026
people pleasi	-0.062
people to	-0.026
people who	0.045
perfec	-0.057
perman	0.194
perman sleep	0.066
person writin	0.073
phone	-0.284
phone call	-0.034
phone contra	0.025
phone died	-0.043
phone is	-0.082
photo	-0.043
physic	0.05
physic kind	0.05
physio	-0.052
piano	-0.068
picked	0.149
picked a	0.149
picked the	0.101
picked up	-0.102
picnic	-0.029
pictur	0.063
pictur i	-0.038
pictur my	0.034
pictur next	0.023
pictur the	0.027
pier	0.053
pill	-0.044
pill for	-0.052
pill in	0.021
pillow	0.052
pillow for	0.062
pills	0.56
pills an	0.029
pills and	0.06
pills are	0.026
pills for	0.028
pills from	-0.033
pills just	0.064
pills my	-0.043
pills off	-0.052
pills on	0.042
pills out	0.046
pills ready	0.023
pills saved	0.027
pills sittin	0.026
pills the	-0.065
pills to	0.027
pills tonigh	0.038
pills would	0.056
pineap	-0.074
pineap belong	-0.074
pink	-0.107
pizza	-0.185
plan	-0.073
plan and	0.238
plan for	-0.154
plan on	-0.027
plan somewh	-0.048
plan to	-0.028
plan tonigh	-0.026
plan worked	-0.027
plan yet	-0.094
plane	0.077
plane went	0.034
plane would	0.043
planet	0.05
planet perman	0.05
planne	-0.078
planne anothe	-0.056
planni	0.369
planni a	-0.118
planni how	0.066
planni my	0.222
planni to	0.204
plans	-0.086
plans to	-0.09
plant	-0.204
plant died	-0.024
plant had	-0.09
plant i	-0.043
plant is	-0.038
plante	-0.021
plante anothe	-0.021
plants	-0.082
plants away	0.038
plants get	-0.037
plaste	-0.04
plaste on	-0.04
platfo	0.068
platfo for	0.055
play	-0.037
played	-0.033
played a	-0.033
please	0.233
please help	0.032
please let	0.023
please look	0.048
please someon	0.078
pleasi	-0.062
point	0.275
point anymor	0.12
point arguin	-0.037
point going	0.147
point in	0.173
point of	0.07
point rushin	-0.049
point stress	-0.051
point waitin	-0.082
point worryi	-0.048
pointl	0.022
poison	-0.025
poison ivy	-0.025
policy	-0.031
polite	-0.042
polite when	-0.042
pool	-0.151
post before	-0.029
posted	0.047
posted my	0.047
practi	0.033
practi with	0.047
pray	0.023
pray i	0.023
prayin i	0.047
prayin the	-0.041
prescr	-0.15
prescr and	-0.039
prescr on	-0.064
presen	-0.166
presen even	-0.02
presen tomorr	-0.112
preten	-0.073
preten to	-0.033
pretty	-0.044
pretty sweet	-0.044
preven	-0.064
preven policy	-0.031
price	-0.024
pride	-0.073
pride and	-0.047
printe	-0.051
printe is	-0.031
prison	0.053
prison and	0.053
proble	0.065
proble in	0.039
profil	-0.037
projec	-0.081
projec and	-0.036
promis	-0.094
promis i	-0.11
promot	-0.133
proper	-0.052
proper in	-0.021
proper this	-0.026
propos	-0.037
proud	-0.023
proud i	-0.04
proud of	-0.077
psycho	-0.026
pub	-0.022
pulled	-0.025
pulled it	-0.025
punche	0.149
punche myself	0.071
punche walls	0.058
punchi	0.032
punchi walls	0.032
punish	0.133
punish myself	0.071
purged	0.056
purged until	0.056
purple	-0.04
purpos	0.594
purpos tomorr	0.054
purpos with	0.025
pushin	-0.131
pushin it	-0.1
pushin throug	-0.031
put	0.221
put a	-0.026
put my	0.093
put out	0.023
put the	0.12
puzzle	-0.162
questi	-0.024
questi the	-0.024
queue	-0.125
queue is	-0.118
quicke	0.109
quicke way	0.109
quiet	0.038
quiet up	0.057
quit	-0.143
quit my	-0.02
quit smokin	-0.111
quiz	-0.04
quizze	-0.027
quoted	-0.439
rain	-0.195
rain tomorr	-0.079
ran	-0.037
rates	-0.026
rates in	-0.026
rather	-0.138
rather be	0.067
rather die	-0.273
rather not	0.067
raw	0.078
raw with	0.073
razor	0.069
razor came	0.069
razor out	0.032
read	-0.184
read a	-0.066
read an	-0.026
readin	-0.069
readin about	-0.052
ready	0.193
ready for	-0.041
ready to	0.111
real	0.046
really	0.246
really bad	0.082
really done	0.026
really hard	-0.027
really strong	0.17
really suicid	0.086
really tired	-0.112
reason	0.162
reason for	0.044
reason i	-0.027
reason to	0.145
recipe	-0.125
recipe for	-0.075
recycl	-0.023
refres	-0.043
regret eating	-0.04
regret waking	0.071
relaps	0.513
relaps after	0.049
relaps and	0.051
relaps last	0.028
relaps on	0.176
relaps with	0.023
relati	-0.141
relati and	-0.052
relati ended	-0.041
relief	0.208
relief for	0.024
reliev	0.03
reliev if	0.04
rememb	-0.068
rememb the	-0.034
rememb why	-0.035
remind	-0.202
remind me	-0.073
remind myself	-0.129
removi	0.039
removi myself	0.039
renew	-0.055
renew my	-0.055
renewe	-0.023
renewe my	-0.023
reorde	-0.064
reorde my	-0.064
replie	-0.108
replie to	-0.108
resche	-0.141
resear	0.076
resear how	0.05
resear ways	0.026
reserv	0.046
reserv i	0.061
resist	-0.084
resist the	-0.084
rest	-0.401
rest all	-0.034
rest withou	-0.089
rested	-0.348
rested it	-0.116
rested when	-0.031
rested withou	-0.029
restin	-0.085
restin instea	-0.024
retro	-0.025
right	0.276
right now	0.276
river	0.191
river looks	0.12
road for	-0.031
roof	0.11
roof again	0.058
roof and	0.047
roof garden	-0.067
roof last	0.052
roof terrac	-0.109
room	-0.16
room and	-0.034
rope	0.197
rope alread	0.033
rope for	-0.048
rope in	0.033
rope on	-0.026
rope ready	0.026
rope swing	-0.035
rope today	0.166
rose	-0.031
rot	0.026
rot away	0.026
rota	-0.022
rude	-0.042
ruin	-0.024
ruin everyt	-0.024
run	-0.164
run a	-0.038
run and	-0.033
runnin	0.084
runnin in	0.115
runs	-0.045
runs late	-0.045
rushin	-0.049
sad	-0.163
sad about	-0.1
sad all	-0.049
safe	0.199
safe and	-0.142
safe at	0.155
safe during	-0.04
safe enough	-0.148
safe now	-0.091
safe right	0.107
safe to	-0.032
safe today	-0.054
safe tonigh	0.137
safe trip	-0.034
safe with	0.056
safety	-0.142
safety and	-0.021
safety plan	-0.117
said	-0.317
said goodby	-0.171
said i	0.049
said my	0.049
said no	-0.161
said out	-0.029
said sorry	0.033
said yes	-0.029
sam	-0.086
sam tomorr	-0.043
sandwi	-0.021
sandwi into	-0.021
sat	0.109
sat in	0.204
sat on	-0.057
sat throug	-0.021
sat with	-0.031
saturd	-0.103
saturd and	0.022
save	-0.037
save money	-0.037
saved	0.042
saved for	0.058
saved though	-0.024
saving	0.059
saving money	-0.029
saving my	0.059
saw	0.035
saw stars	0.056
say	-0.034
say back	-0.04
say goodby	0.095
say no	-0.049
say thanks	-0.043
saying	0.105
saying goodby	0.076
saying i	-0.024
saying it	-0.033
saying my	0.06
saying sorry	0.026
says	-0.026
says a	-0.028
says i	-0.024
scared	-0.033
scared i	0.126
scared of	-0.055
scared to	-0.068
scars	0.055
scars and	0.055
scary	-0.044
scary film	-0.021
scary letter	-0.023
schedu	0.035
schedu it	0.035
school play	-0.037
scisso	0.108
scisso this	0.108
scratc	0.166
scratc my	0.164
scratc myself	0.04
scratc the	-0.052
scratc till	0.029
scratc until	0.022
scream	-0.129
screen	-0.18
screen time	-0.18
scroll	-0.049
scroll at	-0.027
sea	-0.049
sea and	0.05
sea for	-0.024
sea on	-0.024
sea one	-0.082
sea tomorr	-0.03
search	0.178
search for	0.087
search online	0.109
season	-0.061
second	-0.028
see	0.088
see a	0.117
see blood	0.03
see myself	-0.094
see next	0.029
see no	0.044
see what	0.023
see you	-0.145
seems	0.132
seems easier	0.029
seems like	0.103
sees	-0.037
sees my	-0.037
self	0.468
self harm	0.536
series	-0.157
series made	-0.026
sessio	-0.026
sessio even	-0.021
sharpe	-0.168
sharpe class	-0.133
she	-0.106
she i	0.039
she listen	-0.052
she says	0.039
she sees	-0.037
she self	-0.029
shed	0.021
shed be	0.021
sheets	-0.052
shes tired	0.039
shes you	-0.026
shift	-0.206
shift withou	-0.022
shirt	-0.032
shirt from	-0.032
shirts	-0.082
shoes	-0.094
shoot	-0.036
shoot me	-0.036
shop	-0.022
shoppi	-0.039
shops	0.086
shops today	0.087
short	-0.042
short and	-0.095
short pier	0.066
shorte	-0.121
shot	-0.069
shot some	-0.057
should	0.23
should bring	-0.029
should disapp	0.057
should have	0.075
should i	0.02
should just	0.156
should kill	0.02
should not	-0.056
show	-0.054
showed	-0.063
showed up	-0.063
shower	0.035
showin	-0.066
showin up	-0.066
sick	0.125
sick and	0.084
sick of	0.035
signed	-0.031
signin	-0.04
signin off	-0.04
since	-0.091
since my	-0.097
sing	-0.051
sing karaok	-0.051
single	0.035
single day	0.026
sister	-0.2
sister back	0.022
sister becaus	0.033
sister for	0.082
sister self	-0.049
sister to	-0.026
sister will	-0.093
sitter	-0.033
sittin	0.055
sittin down	-0.028
sittin on	0.083
six	-0.073
six months	-0.073
sketch	-0.022
skills	-0.024
skills in	-0.024
skin	0.135
skin on	0.039
skin with	0.034
skippe	-0.051
skippe a	-0.033
slamme	0.056
slamme my	0.056
slammi	0.043
slammi my	0.043
slash	0.033
slash my	0.033
sleep	-0.246
sleep all	-0.098
sleep and	0.184
sleep early	-0.263
sleep for	-0.091
sleep foreve	0.154
sleep in	-0.146
sleep so	-0.032
sleep tired	-0.056
sleep tonigh	0.045
sleepi	0.041
sleepi in	-0.021
sleepi with	0.062
slept	-0.138
slept 10	-0.029
slept for	-0.025
slept like	-0.043
slept throug	-0.021
slit	0.151
slit my	0.165
slowed	-0.067
slowed down	-0.049
slowly	-0.056
slowly killin	-0.029
small	-0.029
small sketch	-0.022
smash	0.026
smash my	0.026
smiled	0.066
smiled at	0.066
smokin	-0.162
smokin and	-0.111
snap	0.056
snappi	-0.046
snappi at	-0.046
so	-0.511
so addict	-0.087
so bad	0.062
so badly	0.032
so busy	-0.047
so close	0.132
so crowde	-0.11
so dead	-0.026
so done	0.028
so hard	-0.178
so i	-0.762
so inviti	0.12
so loud	0.044
so much	-0.042
so nobody	0.096
so over	-0.04
so quiet	0.057
so sick	0.051
so someon	0.069
so suicid	0.02
so this	0.021
so tired	0.095
social	-0.065
social and	0.038
social batter	-0.09
solici	-0.057
solici becaus	-0.024
some	-0.21
some chips	-0.057
some days	0.022
some hoops	-0.057
some of	-0.036
some sleep	-0.022
some tea	-0.028
someon	0.138
someon stop	0.062
someon will	0.069
someth	0.25
someth green	-0.042
someth kills	0.041
someth strong	0.093
someth stupid	0.023
someti	0.058
someti i	0.058
somewh	-0.048
somewh i	-0.048
son	-0.052
son preten	-0.037
soon	0.048
sorry	0.2
sorry for	0.113
sorry i	-0.049
sorry to	0.06
sort	0.061
sort it	0.046
sorted out	0.067
sorted the	-0.023
soul	-0.029
sounds	0.214
sounds like	0.1
sounds nice	0.034
sounds peacef	0.08
soup	-0.078
sourdo	-0.028
sourdo starte	-0.028
space	0.132
space and	0.103
spain	-0.06
spare key	0.048
spare room	-0.058
speech	-0.047
spicy	-0.025
spicy curry	-0.025
spider	-0.234
spider myself	-0.053
spin	-0.047
spin class	-0.047
spinni	-0.049
spinni and	-0.066
split	0.032
spoke	-0.107
spoke up	-0.094
spot	0.088
spot by	0.046
spot where	0.042
spread	-0.059
spread is	-0.059
spring	-0.195
square	0.026
square away	0.026
srsly	0.056
srsly consid	0.056
stage	-0.13
standi	0.111
standi on	0.167
standi taller	-0.056
stare	-0.042
stare at	-0.042
starin	0.074
starin at	0.074
stars	0.056
start again	0.027
start the	-0.025
starte	-0.328
starte anothe	-0.028
starte cuttin	-0.046
starte died	-0.028
starte giving	-0.07
starte my	-0.068
starte saying	0.026
starte this	-0.087
starti	-0.025
starve	0.027
starve myself	0.027
starvi	0.071
starvi myself	0.071
statio	0.083
statio and	0.11
stay	0.263
stay alive	0.205
stayed	-0.412
stayed alive	-0.024
stayed and	-0.035
stayed anyway	-0.036
stayed calm	-0.079
stayed for	-0.028
stayed in	0.083
stayed patien	-0.048
stayed safe	-0.07
stayed till	-0.03
stayin alive	-0.034
stayin strong	-0.072
step goal	-0.058
step in	0.04
steppe	0.05
steppe off	0.07
steppi	0.13
steppi in	0.074
steppi off	0.055
steps	-0.079
steps a	-0.039
steps today	-0.021
still	-0.037
still alive	-0.032
still at	-0.038
still awake	-0.047
still decidi	-0.033
still here	0.033
still thinki	0.053
still want	0.108
still went	-0.052
stitch	0.052
stitch again	0.067
stitch in	-0.077
stockp	0.102
stockp my	0.092
stoked	-0.032
stone	-0.025
stood	0.086
stood at	0.066
stood on	0.02
stop	0.238
stop and	-0.092
stop being	0.039
stop existi	0.13
stop for	-0.054
stop foreve	0.068
stop me	0.062
stop than	0.022
stoppe	-0.128
stoppe being	-0.038
stoppe myself	-0.089
stoppe smokin	-0.027
strang	0.037
strang myself	0.037
strate	0.022
strate from	0.022
streak	-0.043
streak of	-0.043
stress	-0.082
stretc	-0.227
stretc for	-0.027
strong	0.219
strong enough	0.093
strong today	0.095
strong tonigh	0.058
strong urge	0.045
strugg	-0.088
strugg and	-0.052
strugg instea	-0.029
stuck	-0.04
stuck to	-0.04
stuff	0.175
stuff away	-0.033
stuff done	-0.033
stupid	0.023
subscr	-0.039
such	0.068
such a	0.068
sugar	-0.189
sugar this	-0.026
suicid	1.096
suicid again	0.095
suicid all	0.055
suicid are	0.044
suicid attemp	0.074
suicid every	0.029
suicid feelin	0.031
suicid feels	0.032
suicid ideati	0.114
suicid in	0.046
suicid is	0.078
suicid letter	0.063
suicid note	0.072
suicid though	0.238
suicid today	0.055
suicid tonigh	0.064
suicid years	-0.053
sun	-0.043
sunday	0.1
sunday is	0.023
sunny	-0.054
sunny day	-0.054
sunset	-0.119
sunset tonigh	-0.076
suppor	-0.065
suppor her	-0.049
sure	0.045
sure how	0.029
surfed	-0.054
surfed instea	-0.054
surger	0.143
surger goes	0.099
surviv	-0.057
surviv a	-0.047
surviv monday	-0.061
surviv the	-0.051
surviv this	0.063
suspen	-0.082
suspen is	-0.057
swallo	0.171
swallo a	0.093
swallo all	0.034
swallo me	0.053
swallo my	-0.047
swallo the	0.037
swappe	-0.062
swappe it	-0.062
sweet	-0.044
swimmi	-0.033
swing	-0.035
table	-0.059
tablet	0.339
tablet and	0.054
tablet are	0.077
tablet earlie	0.092
tablet for	-0.056
tablet saved	0.058
take	0.318
take a	0.038
take all	0.058
take every	0.021
take it	0.031
take the	0.051
takeaw	-0.139
takeaw than	-0.102
takeaw to	-0.037
takes	0.167
takes me	0.076
takes to	-0.03
taking	0.162
taking all	0.024
taking my	0.065
taking up	0.049
talk	-0.061
talked	-0.266
talked about	-0.14
talked myself	-0.03
talked to	-0.079
taller	-0.056
taller these	-0.056
talles bridge	0.024
taperi	-0.027
taperi slowly	-0.027
tasks	0.025
tasks today	0.025
taxi	-0.045
tea	-0.096
tea for	0.026
team	-0.187
team got	-0.031
team is	-0.022
team wins	-0.058
teens	-0.039
teeth	0.026
tell	0.198
tell anyone	0.092
tell her	-0.022
tell me	0.037
tell my	0.091
tellin	0.079
tellin me	0.077
tempte	0.034
tempte to	0.034
ten	-0.085
ten minute	-0.063
tent	-0.02
terrac	-0.109
terrac in	-0.027
terrac watchi	-0.031
test	-0.065
test came	-0.032
test comes	0.039
test i	-0.054
text	-0.048
text when	-0.036
texted	0.029
texted a	0.038
textin	-0.043
textin my	-0.043
than	-0.24
than a	0.041
than cook	-0.102
than do	-0.115
than feel	0.023
than give	-0.047
than in	-0.062
than keep	0.055
than run	-0.038
than sing	-0.051
than usual	0.084
than wear	-0.055
thank	0.037
thank you	0.037
thanke	-0.026
thanke them	-0.026
thanks	-0.199
thanks to	-0.156
that	-0.668
that cake	-0.107
that city	-0.029
that concer	-0.043
that counts	-0.03
that exam	-0.032
that felt	0.078
that film	-0.025
that group	-0.027
that helps	0.14
that i	-0.039
that is	0.052
that job	-0.052
that joke	-0.051
that meal	-0.045
that much	-0.04
that night	-0.081
that recipe	-0.035
that relati	-0.048
that run	-0.026
that says	-0.024
that shift	-0.025
that should	0.085
that spin	-0.047
that video	-0.05
that was	-0.027
the	-1.041
the 5k	-0.047
the accide	0.08
the alarm	-0.021
the annive	-0.027
the answer	0.054
the argume	-0.025
the attent	-0.037
the baby	-0.037
the backgr	-0.066
the bag	0.103
the balcon	0.123
the band	-0.028
the bath	0.022
the batter	-0.031
the beach	-0.059
the beam	0.127
the bed	-0.032
the belt	0.047
the best	-0.031
the bins	-0.026
the blade	0.105
the blades	0.045
the blood	0.1
the boat	-0.026
the boats	-0.023
the book	-0.04
the boot	0.033
the boss	-0.023
the bridge	0.055
the burden	-0.073
the bus	-0.127
the cancer	0.076
the candle	-0.029
the car	0.333
the cat	0.031
the chance	0.076
the cinema	-0.08
the cliff	0.107
the cliffs	0.054
the climbi	-0.047
the coast	-0.044
the cold	-0.044
the commen	-0.033
the concer	-0.056
the coupon	-0.026
the course	-0.026
the crash	0.065
the crisis	-0.046
the cupboa	0.035
the curb	0.07
the cuts	0.172
the day	0.096
the dead	-0.043
the death	-0.162
the dentis	-0.085
the desk	0.077
the dishes	-0.078
the diving	-0.025
the doctor	-0.118
the dog	0.097
the door	0.029
the dosage	0.08
the dose	-0.035
the dragon	-0.023
the drawer	0.09
the drive	0.028
the easy	0.021
the edge	0.062
the email	-0.025
the end	-0.229
the ending	-0.02
the engine	0.115
the essay	-0.048
the eviden	-0.034
the exam	-0.087
the face	0.089
the feelin	0.045
the fight	0.058
the film	-0.097
the final	-0.06
the firewo	-0.062
the first	0.039
the flat	0.055
the flu	-0.026
the forum	-0.04
the fridge	0.061
the funera	-0.023
the game	-0.078
the garage	0.241
the garden	-0.127
the gate	-0.037
the grass	-0.043
the ground	0.042
the guts	0.04
the gym	-0.354
the hallwa	-0.024
the heat	-0.05
the hedge	-0.031
the hero	-0.02
the hoover	-0.024
the hospic	-0.022
the hotel	-0.037
the how	0.04
the infect	-0.05
the interv	-0.036
the iron	0.077
the job	-0.085
the kettle	-0.03
the kids	-0.082
the kitche	0.083
the lake	-0.088
the laptop	-0.026
the last	-0.106
the laundr	-0.057
the ledge	0.073
the leftov	-0.026
the lethal	0.13
the librar	-0.121
the lights	-0.021
the marath	-0.056
the mat	0.048
the means	0.085
the meetin	-0.058
the mentor	-0.04
the moment	0.083
the month	0.041
the moon	-0.09
the motorw	0.033
the mounta	-0.046
the move	-0.031
the movies	-0.035
the mower	-0.035
the new	-0.086
the news	-0.052
the next	-0.025
the night	0.025
the noise	-0.084
the note	0.074
the nurse	-0.09
the old	-0.147
the one	-0.045
the only	0.338
the open	-0.022
the pain	0.142
the parade	-0.047
the park	-0.05
the party	-0.154
the person	0.073
the physic	0.05
the picnic	-0.029
the pills	0.114
the plane	0.077
the plant	-0.075
the platfo	0.068
the point	0.229
the pool	-0.151
the post	-0.037
the presen	-0.02
the printe	-0.051
the proble	0.039
the projec	-0.055
the promot	-0.075
the pub	-0.022
the quicke	0.109
the quiz	-0.021
the rain	-0.09
the razor	0.083
the reason	-0.027
the recycl	-0.023
the relati	-0.052
the reserv	0.046
the river	0.191
the roof	0.032
the rope	0.021
the run	-0.048
the sandwi	-0.021
the scary	-0.023
the school	-0.037
the scisso	0.108
the series	-0.05
the shoppi	-0.021
the spider	-0.068
the spot	0.042
the statio	0.033
the stress	-0.02
the suicid	0.053
the sun	-0.043
the sunset	-0.03
the surger	0.143
the suspen	-0.082
the table	-0.059
the tablet	0.082
the team	-0.05
the tent	-0.02
the though	0.035
the thread	0.052
the time	-0.057
the toilet	0.045
the top	-0.038
the train	-0.028
the trip	-0.219
the tug	-0.025
the tunnel	-0.027
the tv	-0.043
the urge	0.086
the versio	0.029
the villai	-0.027
the voice	-0.024
the voices	0.054
the wall	0.264
the washin	-0.073
the way	0.163
the weeds	-0.029
the week	-0.069
the weeken	-0.124
the weekly	-0.034
the when	0.04
the whole	0.104
the wifi	-0.093
the will	0.033
the world	0.183
the worst	-0.023
their	-0.026
their birthd	-0.026
them	0.235
them a	0.037
them in	-0.026
them tomorr	-0.084
them twice	0.044
them up	0.046
then	0.069
then cried	0.114
then i	0.06
then went	0.07
then wrote	-0.04
therap	-0.237
therap and	-0.052
therap asked	0.101
there	0.063
there and	-0.023
there is	0.307
these	-0.09
these days	-0.056
these shoes	-0.039
they	0.155
they are	-0.102
they bled	0.107
they would	0.109
thigh	0.122
thighs	0.181
thighs are	0.134
thighs where	0.037
thing	0.14
thing is	-0.026
thing that	0.156
things	0.099
things away	0.16
things from	0.026
things get	0.025
things i	-0.041
things to	-0.025
things tonigh	0.029
things were	-0.125
things with	-0.05
think	0.242
think about	0.138
think the	0.033
thinki	1.051
thinki about	0.644
thinki of	0.408
thinki tonigh	0.029
this	-0.639
this anymor	0.08
this argume	-0.084
this assign	-0.03
this before	0.061
this body	0.035
this chapte	-0.037
this cold	-0.064
this commut	-0.042
this does	0.073
this earth	0.033
this exam	-0.117
this heat	-0.073
this hill	-0.074
this is	0.17
this job	-0.023
this life	0.162
this meetin	-0.128
this meme	-0.03
this messy	-0.12
this might	0.028
this mornin	0.039
this pain	0.028
this party	-0.077
this phone	-0.084
this planet	0.05
this presen	-0.112
this projec	-0.025
this puzzle	-0.137
this queue	-0.118
this rain	-0.026
this season	-0.061
this series	-0.087
this show	-0.037
this spicy	-0.025
this spread	-0.059
this time	0.385
this traffi	-0.151
this train	-0.11
this weathe	-0.074
this week	-0.168
this weeken	-0.059
this will	0.093
this workou	-0.042
this world	0.211
this year	-0.145
those	-0.055
those shoes	-0.055
though	0.558
though about	0.344
though again	0.056
though all	0.056
though are	0.113
though i	-0.243
though last	-0.108
though of	0.188
though that	-0.053
though today	0.03
though was	-0.043
though will	0.02
thread	0.052
thread and	0.052
thread is	0.052
three	-0.107
three differ	0.097
three emails	-0.078
three things	-0.041
three years	-0.023
threw	-0.03
thrivi	-0.064
throug	0.098
throug a	-0.078
throug with	0.218
throw	0.028
throw myself	0.028
throwi	0.024
throwi myself	0.024
tidied it	-0.089
tidied the	0.1
ties	-0.051
ties with	-0.051
till	0.126
till i	0.026
till it	0.091
till ten	-0.021
till the	-0.03
till they	0.041
time	-0.171
time and	0.071
time at	-0.027
time for	-0.08
time in	0.071
time is	-0.046
time next	0.039
time today	0.055
time tonigh	-0.138
times	-0.043
tin	-0.025
tin can	-0.025
tired	-0.273
tired instea	-0.031
tired of	0.135
tired so	-0.023
tired today	-0.169
to	0.417
to a	-0.174
to all	0.026
to an	-0.049
to be	-0.082
to bed	-0.242
to believ	-0.027
to bleed	0.109
to blue	-0.137
to boil	-0.112
to call	-0.026
to cancel	-0.021
to cease	0.039
to charit	-0.042
to chop	-0.042
to clean	0.087
to come	0.028
to commit	0.033
to cook	-0.043
to cope	0.079
to crash	0.034
to cry	-0.063
to ctb	0.096
to cut	0.313
to deal	0.05
to death	-0.116
to die	0.685
to disapp	-0.227
to do	0.113
to drink	0.051
to drive	0.11
to dye	-0.107
to early	-0.063
to end	0.269
to ending	0.032
to even	0.026
to everyo	0.104
to exist	0.066
to fade	-0.037
to feel	0.096
to finish	-0.023
to friend	0.108
to get	-0.269
to give	-0.211
to giving	0.043
to go	-0.09
to grandp	-0.032
to hang	0.069
to have	-0.095
to how	-0.216
to hurt	0.271
to it	-0.04
to jobs	-0.094
to join	0.069
to jump	0.15
to jumpin	0.057
to just	0.04
to keep	0.128
to kms	0.213
to live	0.086
to log	0.032
to look	-0.07
to make	0.061
to me	-0.069
to meds	-0.156
to move	-0.048
to my	-0.045
to myself	0.082
to not	0.074
to od	0.077
to off	0.074
to overdo	0.087
to payche	-0.074
to people	0.03
to physio	-0.052
to punish	0.042
to quit	-0.123
to read	-0.042
to renew	-0.055
to rest	-0.061
to rot	0.026
to sam	-0.044
to save	-0.037
to scream	-0.048
to see	0.109
to self	-0.049
to slash	0.033
to sleep	-0.301
to slit	0.098
to smash	0.026
to snap	0.056
to sort	0.046
to spain	-0.06
to start	0.045
to stay	0.225
to stop	0.117
to strang	0.037
to stretc	-0.048
to suppor	-0.049
to swallo	0.034
to take	0.189
to talk	-0.061
to tell	-0.029
to the	-0.684
to think	-0.077
to this	-0.037
to three	-0.043
to throw	0.028
to top	0.044
to unaliv	0.13
to wake	-0.034
to walk	0.052
to want	-0.225
to with	-0.139
to work	0.026
to yoga	-0.045
today	-0.062
today and	0.13
today felt	0.067
today for	0.052
today i	-0.117
today thinki	0.055
today was	-0.021
toenai	-0.039
togeth and	0.048
toilet	0.045
toilet and	0.045
told	-0.575
told anyone	0.051
told her	-0.057
told him	-0.114
told me	-0.068
told my	-0.169
told myself	-0.092
told someon	-0.049
told the	-0.076
tomorr	-0.303
tomorr and	-0.04
tomorr appoin	0.022
tomorr i	0.02
tomorr is	-0.024
tomorr it	-0.093
tomorr you	0.025
tonigh	0.607
tonigh even	-0.064
tonigh for	-0.034
tonigh i	0.036
tonigh is	-0.027
tonigh just	0.064
tonigh maybe	0.078
tonigh the	0.029
too	0.221
too deep	0.028
too fast	0.022
too long	0.054
too many	0.103
too much	0.034
took	-0.173
took 20	0.109
took all	-0.052
took an	0.035
took my	-0.142
took pills	0.023
took the	-0.174
took them	0.048
took too	0.042
took two	-0.046
top myself	0.044
top of	-0.051
toxic	-0.121
toxic friend	-0.092
tracks	0.074
tracks and	0.025
tracks on	0.049
traffi	-0.129
traffi is	-0.151
train	-0.066
train if	0.04
train is	-0.041
train statio	0.051
train tracks	0.074
train was	-0.095
trappe	0.041
travel	-0.098
tree	0.039
triang	-0.021
tried	-0.137
tried a	-0.032
tried it	-0.08
tried to	-0.025
trip	-0.268
trip home	-0.034
truck	0.022
trust	0.047
trust myself	0.047
trying	0.114
trying again	0.074
tug	-0.025
tug of	-0.025
tunnel	-0.027
tunnel feels	-0.027
turned	-0.075
turned rude	-0.042
tv	-0.043
tv and	-0.043
twelve	-0.122
twelve hours	-0.122
twice	-0.042
twice today	-0.043
twitte	-0.033
two	-0.196
two boxes	0.087
two months	-0.153
two more	-0.025
two tablet	-0.043
two years	-0.043
tying	0.089
tying up	0.089
typed	0.035
typed my	0.035
ugh	-0.061
unaliv	0.294
unaliv me	0.057
unaliv myself	0.087
unaliv though	0.031
unbear	-0.05
under a	-0.122
under my	0.062
under the	0.048
unsafe	0.022
until	0.379
until i	0.096
until it	0.163
until my	0.09
until noon	-0.046
until they	0.08
up	0.114
up again	0.03
up caffei	-0.031
up calmly	-0.046
up early	-0.069
up every	0.047
up feelin	-0.025
up for	0.068
up from	0.14
up going	-0.03
up having	-0.035
up here	0.057
up how	0.024
up in	0.06
up lethal	0.056
up loose	0.077
up my	-0.137
up old	0.075
up on	0.074
up once	-0.031
up overdo	0.067
up recipe	-0.075
up refres	-0.043
up space	0.049
up sugar	-0.156
up the	0.084
up this	0.071
up till	-0.021
up tomorr	0.102
up until	-0.046
up ways	0.023
update	-0.035
update my	-0.035
upset	0.035
upsett	-0.02
upstai	0.026
upstai to	0.026
urge	0.105
urge surfed	-0.054
urge to	0.168
urges	0.214
urges are	0.104
urges to	0.077
use	0.023
used	-0.302
used a	0.123
used my	-0.033
used to	-0.396
useles	-0.041
usual	0.051
vanish	0.057
veg	-0.042
versio	0.029
versio of	0.029
video	-0.071
view	-0.032
villai	-0.027
visite	-0.167
visite her	-0.062
visite his	-0.05
visite mum	-0.032
vitami	-0.09
vitami with	-0.024
vodka	0.04
vodka with	0.04
voice	-0.049
voice that	-0.024
voices	0.054
voices are	0.038
voices tell	0.028
volunt	-0.06
volunt with	-0.043
waited	-0.039
waitin	-0.145
waitin for	-0.111
wake	0.277
wake up	0.277
waking	0.16
waking up	0.16
walk	-0.092
walk anyway	-0.034
walk into	0.119
walk off	0.066
walk to	-0.03
walked	-0.052
walked across	-0.028
walked home	-0.04
walked over	-0.033
walked past	-0.033
walked the	0.13
walkin	0.064
walkin into	0.075
walks	-0.041
walks and	-0.041
wall	0.329
wall on	0.115
wall over	0.049
wall till	0.056
wall until	0.082
walls	0.09
walls until	0.09
want	0.613
want a	0.066
want everyt	0.083
want it	0.157
want off	-0.061
want out	0.118
want the	0.054
want this	-0.14
want to	0.325
wanted	-0.197
wanted to	-0.217
wantin	0.077
wantin to	0.077
wants	0.069
wants to	0.069
war	-0.025
warm	-0.023
warm at	-0.023
was	-0.562
was about	0.089
was dead	0.093
was easier	-0.069
was exhaus	-0.031
was fine	-0.042
was fun	-0.045
was gone	0.1
was hard	-0.088
was in	-0.034
was late	-0.049
was loud	-0.031
was nervou	-0.02
was never	0.158
was normal	0.045
was not	0.165
was ok	-0.021
was on	-0.089
was out	0.027
was ready	-0.064
was safe	-0.029
was scared	-0.087
was sick	-0.028
was strugg	-0.037
was thinki	-0.034
was tired	-0.046
was upsett	-0.02
was weirdl	-0.032
was your	0.039
wash	-0.026
wash on	-0.026
washin	-0.081
washin out	-0.074
waste	0.125
waste away	0.048
waste of	0.077
watche	-0.171
watche a	-0.09
watche the	-0.081
watchi	-0.054
watchi ducks	-0.023
watchi firewo	-0.031
water	-0.428
water all	-0.094
water until	-0.095
water when	-0.087
wateri	-0.067
wateri plants	-0.067
way	0.598
way home	0.095
way or	0.041
way out	0.116
way that	0.078
way to	0.163
ways	0.164
ways to	0.164
we	-0.197
we are	-0.028
we bought	-0.024
we made	-0.053
we said	-0.026
wear	-0.139
wear those	-0.055
weathe	-0.074
weeds	-0.064
weeds in	-0.035
weeds this	-0.028
week	-0.565
week after	-0.053
week i	0.039
week nearly	-0.031
week to	-0.044
weeken	-0.35
weeken is	0.028
weekly	-0.034
weekly box	-0.034
weirdl	-0.032
weirdl calmin	-0.032
well for	-0.025
well make	0.026
well not	0.021
went	-0.56
went anyway	-0.061
went back	0.041
went down	0.034
went for	-0.056
went home	-0.031
went out	-0.102
went outsid	-0.033
went swimmi	-0.033
went throug	0.194
went to	-0.298
went upstai	0.026
were	-0.19
were dead	0.072
were shorte	-0.121
what	0.285
what a	-0.04
what dose	0.028
what i	0.079
what if	-0.054
what is	0.279
what they	0.034
what to	-0.025
when	-0.073
when and	0.04
when everyo	0.07
when he	-0.037
when i	-0.104
when it	-0.029
when she	-0.047
when things	0.025
when to	-0.023
where	0.079
where i	0.088
where no	0.037
where the	-0.033
which	0.052
which bridge	0.052
while	0.247
while now	0.147
who	0.086
who die	0.045
who does	-0.036
who gets	0.17
who is	-0.048
who needed	-0.036
who organi	-0.045
who should	0.046
who would	0.022
whoeve	0.169
whoeve comes	0.102
whoeve finds	0.066
whole	0.127
whole bottle	0.043
whole prescr	0.053
whole time	0.046
why	0.068
why am	-0.021
why do	0.039
why should	0.02
wifi	-0.093
will	0.224
will act	0.051
will and	0.084
will be	-0.138
will die	-0.074
will do	0.15
will get	-0.026
will hurt	0.037
will journa	-0.065
will kill	-0.179
will look	0.069
will not	0.392
will scream	-0.066
will to	0.043
will was	-0.032
will waste	0.048
will with	-0.057
win	0.097
win anyway	0.025
wins	-0.058
wins tonigh	-0.058
winter	-0.071
winter and	-0.024
wish	0.582
wish a	0.04
wish i	0.613
wish my	-0.09
wished	0.053
wished i	0.053
wishin	0.083
wishin i	0.076
with	-0.216
with a	-0.059
with all	0.042
with breakf	-0.024
with cake	-0.023
with chemis	-0.054
with everyo	-0.03
with everyt	0.068
with exams	-0.102
with friend	-0.085
with gloves	-0.025
with her	0.027
with hiding	-0.021
with him	-0.114
with it	0.305
with life	0.215
with living	0.072
with matche	0.034
with me	0.143
with my	-0.318
with myself	0.042
with one	-0.025
with people	-0.062
with sam	-0.043
with self	0.023
with some	-0.028
with stretc	-0.042
with tea	-0.051
with that	-0.029
with this	0.021
with winter	-0.046
withou	-0.088
withou apolog	-0.022
withou crying	-0.052
withou feelin	-0.029
withou guilt	-0.089
withou lookin	0.07
withou me	0.361
withou my	-0.087
withou panick	-0.028
withou pushin	-0.1
withou that	-0.03
woke	0.098
woke up	0.098
woken	0.097
woken up	0.097
wonky	-0.094
word	0.122
word into	0.122
work	-0.235
work and	0.053
work at	-0.038
work becaus	0.053
work is	-0.042
worked	-0.025
worked it	0.05
worked out	0.071
workou	-0.061
workou with	-0.042
world	0.394
world is	0.088
world keeps	-0.066
world pizza	-0.043
world would	0.064
worryi	-0.112
worryi about	-0.048
worst	-0.023
worst year	-0.023
worth	0.237
worth it	0.098
worth living	0.09
worth saving	0.034
worthl after	-0.025
worthl and	0.036
would	0.856
would actual	0.028
would all	0.041
would be	0.398
would been	-0.049
would care	0.101
would come	0.032
would crash	0.043
would decora	-0.04
would die	-0.319
would do	0.093
would even	0.058
would finall	0.067
would fix	0.039
would get	0.044
would give	-0.068
would have	-0.092
would hit	0.04
would it	0.021
would kill	-0.094
would know	0.025
would miss	0.081
would need	0.08
would never	-0.03
would not	0.23
would notice	0.064
would rather	-0.138
would say	-0.04
would step	0.04
would swallo	0.053
would take	0.092
would use	0.023
wrappe	-0.027
wrappe up	-0.027
wrist	0.251
wrist with	0.131
wrists	0.235
wrists last	0.032
writin	0.163
writin my	-0.022
writin this	0.175
writte	0.107
writte a	0.047
writte letter	0.06
wrong	0.124
wrote	-0.086
wrote a	-0.057
wrote an	-0.031
wrote down	-0.041
wrote in	-0.023
wrote it	-0.035
wrote letter	-0.029
wrote my	0.04
wrote notes	0.064
wrote out	0.046
wrote the	0.074
wrote three	-0.041
wrote to	-0.052
wrote what	-0.04
yeah	0.026
year	-0.303
year ago	-0.091
year and	0.033
year i	-0.182
year of	-0.023
year since	-0.097
year with	0.056
years	-0.226
years ago	-0.07
years clean	-0.141
years holida	-0.033
years today	-0.029
yes	-0.029
yes and	-0.029
yester	0.065
yet	-0.127
yoga	-0.045
you	-0.115
you all	0.056
you are	-0.036
you for	0.037
you have	-0.038
you just	0.032
you next	-0.029
you saturd	-0.046
you there	-0.069
you want	0.026
you would	0.025
young men	-0.026
your	0.066
your day	0.039
your teeth	0.026
youtub	-0.101
youtub again	-0.101
zone	-0.032
"""
