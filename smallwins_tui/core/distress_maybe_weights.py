"""Weights of the "maybe" tier, written by tools/train_maybe.py: do not edit by hand.

One feature a line, a tab, its weight (see smallwins_tui/core/distress_maybe.py).
"""

BIAS = -1.1613
THRESHOLD = 0.7234
WEIGHTS = """\
10	-0.041
10 hours	-0.023
100	-0.027
100 days	-0.027
12	-0.037
2	-0.052
2 years	-0.052
20	0.099
20 pills	0.022
20 tablet	0.076
200	0.034
200 days	0.034
2am	-0.039
3	0.069
3 months	0.077
30	-0.067
30 days	-0.051
4	0.054
4 days	0.054
5	-0.032
5 years	-0.032
500	-0.033
500 days	-0.033
5k	-0.055
8pm	-0.033
90th	-0.022
a	-0.567
a and	-0.037
a bad	-0.022
a bagel	-0.039
a bath	-0.117
a beach	-0.073
a blade	0.027
a blanke	-0.104
a book	-0.13
a bottle	0.048
a brambl	-0.025
a break	-0.057
a breath	-0.024
a bridge	-0.035
a bunch	0.079
a burden	0.307
a bus	0.156
a cabin	-0.07
a candle	-0.039
a car	0.078
a cd	-0.021
a chapte	-0.227
a cigare	0.118
a clear	0.06
a coffee	-0.066
a collea	-0.025
a cookin	-0.022
a cup	-0.042
a curry	-0.064
a cut	-0.025
a danger	0.032
a dark	-0.033
a date	0.212
a day	-0.062
a dirt	0.033
a doctor	-0.04
a dog	-0.065
a draini	-0.031
a e	0.052
a failur	-0.045
a favour	0.106
a few	-0.06
a film	-0.055
a friend	-0.097
a funera	-0.036
a future	-0.047
a girl	0.031
a glass	-0.075
a good	-0.214
a goodby	0.021
a handfu	0.087
a hard	-0.034
a headac	-0.032
a helpli	-0.034
a holida	-0.181
a horror	-0.032
a knife	-0.052
a letter	-0.022
a lie	-0.06
a lift	-0.034
a lighte	0.281
a list	0.038
a little	-0.022
a load	0.034
a long	-0.043
a lot	0.194
a man	-0.058
a marath	-0.036
a meal	-0.028
a mess	0.134
a messag	0.124
a method	0.041
a mistak	0.057
a mornin	-0.072
a nap	-0.22
a new	-0.065
a normal	0.047
a nosebl	-0.027
a note	0.067
a panic	-0.076
a paper	-0.05
a perman	0.06
a pill	-0.046
a pizza	-0.045
a plan	0.256
a preven	-0.03
a prison	0.045
a promot	-0.05
a proper	-0.183
a relief	0.148
a rope	0.178
a short	0.053
a shower	0.042
a small	-0.023
a solici	-0.047
a speech	-0.047
a spot	0.047
a stretc	-0.026
a suicid	0.138
a sunny	-0.046
a taxi	-0.04
a text	-0.033
a thread	0.043
a tin	-0.024
a toxic	-0.046
a train	0.058
a tree	0.034
a walk	-0.13
a wall	0.099
a wash	-0.021
a waste	0.064
a way	0.107
a week	-0.145
a while	0.235
a whole	-0.023
a will	-0.027
a win	0.024
a word	0.117
a year	-0.15
about	0.433
about a	-0.043
about crashi	0.023
about ctb	0.076
about drivin	0.073
about dying	0.077
about ending	0.056
about footba	-0.031
about granda	-0.072
about grief	-0.044
about her	-0.045
about it	-0.028
about jumpin	0.158
about killin	0.097
about learni	-0.057
about my	-0.089
about overdo	0.046
about so	-0.025
about steppi	0.083
about suicid	0.055
about taking	0.077
about that	-0.052
about the	-0.254
about throwi	0.029
about to	0.146
about unaliv	0.027
about walkin	0.082
abroad	-0.041
absolu	-0.026
accide	0.089
act	0.035
act on	0.035
actual	0.046
actual do	0.029
added	0.033
added more	0.052
addict	-0.072
adult	-0.028
adult stuff	-0.028
adulti	-0.054
afraid of	-0.029
after	-0.125
after 2	0.043
after 200	0.034
after 3	0.077
after a	-0.026
after all	-0.025
after cuttin	0.057
after footy	-0.025
after him	0.059
after i	0.1
after leg	-0.037
after my	0.026
after myself	-0.071
after no	-0.031
after school	0.041
after that	-0.228
after the	-0.151
after this	-0.077
after travel	-0.08
after trying	0.069
after work	-0.07
again	0.958
again after	0.098
again i	0.026
again if	0.023
again last	0.045
again on	0.039
again today	0.065
again tonigh	0.06
again ugh	-0.052
agains	0.063
agains the	0.157
agains where	-0.094
ages	-0.032
ago	-0.173
ago i	-0.172
aid	-0.034
aid course	-0.022
air	0.062
alcoho	-0.059
alive	0.665
alive and	-0.092
alive on	-0.046
alive so	0.044
alive throug	-0.023
all	0.136
all be	0.044
all day	-0.063
all i	0.034
all my	0.091
all of	0.056
all on	0.054
all or	-0.054
all out	0.048
all over	-0.027
all seems	0.043
all the	-0.076
all to	0.034
all week	-0.101
all weeken	-0.142
almost	0.076
almost jumped	0.076
alone	0.073
alone with	0.059
along	-0.057
alread	0.114
also	0.094
also been	0.053
also wrote	0.041
always	-0.085
always mess	-0.085
am	0.054
am a	0.166
am about	-0.035
am afraid	-0.021
am angry	0.088
am applyi	-0.078
am at	0.087
am better	0.035
am checki	0.076
am consid	0.049
am cuttin	0.025
am dead	-0.149
am disapp	0.058
am doing	-0.033
am dying	-0.134
am ending	0.035
am exhaus	0.092
am fine	0.029
am glad	-0.052
am going	0.279
am gone	0.12
am gratef	-0.124
am hangin	-0.044
am having	0.02
am headed	0.034
am helpin	-0.032
am holdin	0.064
am how	-0.057
am in	-0.04
am just	0.125
am late	-0.159
am learni	-0.042
am leavin	0.071
am losing	0.056
am no	-0.118
am not	0.197
am of	-0.095
am ok	-0.08
am okay	-0.065
am over	-0.216
am planni	0.124
am proud	-0.108
am punish	0.021
am ready	0.063
am really	0.022
am restin	-0.039
am safe	-0.228
am saying	0.14
am scared	0.129
am sittin	0.063
am sorry	0.046
am standi	0.046
am starin	0.023
am stayin	-0.06
am still	-0.079
am such	0.041
am suicid	0.1
am that	-0.032
am thinki	0.157
am this	-0.028
am thrivi	-0.057
am to	-0.061
am upset	0.03
am useles	-0.03
am worthl	0.03
am writin	0.056
am you	-0.095
amazin	-0.03
amount	0.058
an	-0.057
an egg	-0.095
an era	-0.025
an extra	-0.024
an hour	0.035
an overdo	0.072
an preven	-0.023
and	-0.37
and a	0.132
and air	0.062
and apolog	-0.04
and by	0.021
and calls	-0.035
and cancel	0.106
and checke	-0.026
and cleane	-0.045
and counte	0.037
and cut	-0.051
and dad	0.059
and die	0.062
and died	0.061
and enjoye	-0.028
and ever	0.071
and everyt	0.039
and felt	-0.174
and gave	0.031
and great	-0.026
and had	0.078
and held	-0.036
and how	-0.026
and hung	-0.021
and i	-0.19
and it	-0.241
and kickin	-0.033
and kill	-0.037
and kind	0.076
and laughe	-0.047
and let	-0.053
and looked	0.081
and love	-0.039
and meant	-0.022
and move	-0.03
and moved	-0.05
and moving	-0.052
and my	0.031
and never	0.171
and not	0.152
and now	-0.032
and ok	-0.06
and over	0.049
and paid	0.044
and passwo	0.032
and questi	-0.085
and realis	0.043
and recove	-0.121
and remind	-0.021
and rest	-0.172
and rested	-0.053
and said	0.053
and sat	0.059
and schedu	0.041
and she	-0.051
and should	0.079
and sleep	-0.027
and stare	-0.036
and start	-0.021
and stayin	-0.06
and still	-0.023
and stuck	-0.035
and surviv	0.024
and swappe	-0.042
and talked	-0.034
and that	-0.056
and the	0.285
and thinki	0.038
and though	0.204
and told	-0.092
and took	0.057
and trappe	0.038
and walked	-0.032
and want	0.027
and wanted	0.174
and warm	-0.023
and watche	-0.055
and water	-0.03
and we	-0.041
and went	-0.095
and who	0.06
and woke	-0.054
and worked	0.07
and wrote	-0.034
angry	0.088
angry it	0.088
annive	-0.05
annive of	-0.023
anothe day	0.046
answer	-0.151
answer a	-0.023
answer the	-0.079
answer three	-0.054
answer two	-0.026
antibi	-0.032
anxiou	-0.062
any	0.145
any longer	0.033
any more	0.09
anymor	0.515
anymor so	-0.028
anyone	0.151
anythi	0.057
anythi anymor	0.022
anythi for	-0.078
anythi to	0.03
anyway	-0.079
anyway how	0.029
apolog	-0.159
applie	-0.038
applie elsewh	-0.022
applyi	-0.078
applyi to	-0.078
appoin	-0.189
appoin does	0.062
appoin runs	-0.04
appoin withou	-0.021
are	0.508
are a	0.119
are back	0.115
are bad	0.028
are covere	0.064
are dead	-0.037
are dying	-0.034
are fine	-0.032
are for	0.026
are gettin	0.169
are gone	-0.09
are home	-0.033
are in	0.039
are killin	-0.028
are left	-0.063
are lined	0.072
are loud	0.108
are really	0.044
are so	0.039
are still	-0.041
are strong	0.026
are tellin	0.038
arguin	-0.031
arguin with	-0.031
argume	-0.084
argume with	-0.064
arm	0.318
arm again	0.127
arm on	0.034
arm open	0.063
arm tonigh	0.033
arm until	0.037
arm with	0.032
arms	0.369
arms are	0.131
arms at	0.048
arms raw	0.068
arms till	0.037
arms until	0.077
around	0.144
around anymor	0.048
around me	0.022
around much	0.047
around this	-0.087
around to	0.034
as	0.064
as much	-0.027
as prescr	-0.029
as punish	0.059
as usual	-0.027
as well	0.06
asked	-0.251
asked a	-0.025
asked and	0.12
asked for	-0.18
asked if	-0.022
asked my	-0.032
asked the	-0.072
asleep	0.087
assign	-0.027
at	-0.52
at 2am	-0.039
at 8pm	-0.033
at all	0.094
at dawn	-0.061
at everyo	0.06
at footba	-0.023
at her	-0.022
at home	0.02
at karaok	-0.035
at my	-0.182
at night	-0.026
at noon	-0.033
at partie	-0.057
at quizze	-0.025
at that	-0.027
at the	0.11
at them	0.023
at this	-0.077
at work	-0.122
ate	-0.082
ate breakf	-0.022
ate my	-0.064
ate nothin	0.054
ate someth	-0.028
attack	-0.044
attack by	-0.032
attemp	0.199
attemp again	0.039
attemp and	0.069
attemp last	0.087
attent	-0.032
attent my	-0.032
avoidi	-0.112
avoidi in	-0.066
awake	-0.039
awake at	-0.039
away	-0.128
away books	-0.063
away clothe	-0.072
away for	-0.057
away last	-0.041
away peacef	-0.028
away the	-0.024
away to	0.026
baby	-0.029
back	-0.106
back bad	0.035
back fine	-0.025
back on	-0.221
back then	-0.052
back to	-0.237
backgr	-0.057
backgr at	-0.057
bad	0.195
bad i	0.035
bad right	0.037
bad self	0.033
bad today	0.028
badly	0.033
bag	0.105
bag over	0.098
bagel	-0.039
baked	-0.023
balcon	0.134
balcon has	0.079
band	-0.06
band is	-0.025
band was	-0.024
banged	0.033
banged my	0.033
barked	0.081
bath	-0.112
bath wishin	0.021
batter	-0.189
batter empty	-0.075
batter is	-0.085
be	0.42
be alive	0.154
be around	0.046
be at	-0.086
be better	0.125
be dead	0.237
be doing	0.058
be easier	-0.029
be erased	0.098
be fine	0.07
be free	0.038
be gone	-0.04
be happie	0.037
be here	0.084
be in	-0.042
be like	-0.08
be my	0.089
be needin	0.039
be of	-0.057
be on	-0.182
be over	-0.023
be reliev	0.035
be so	-0.085
be the	-0.179
be there	-0.054
be with	0.067
beach	-0.126
beach right	-0.073
beach this	-0.022
beam	0.121
beam in	0.121
beat	-0.023
beauti	-0.022
becaus	0.046
becaus i	0.089
becaus of	-0.028
bed	-0.303
bed early	-0.049
bed i	-0.058
bed planni	0.077
been	0.589
been a	0.047
been avoidi	-0.112
been burnin	0.092
been callin	0.079
been cuttin	0.068
been feelin	-0.058
been giving	0.103
been having	0.031
been holdin	0.021
been planni	0.022
been puttin	-0.029
been resear	0.03
been sad	-0.045
been sleepi	0.056
been stockp	0.094
been strugg	-0.045
been thinki	0.066
before	-0.247
before bed	-0.027
before it	-0.038
before my	-0.053
before snappi	-0.021
before the	-0.044
before work	-0.021
behind	-0.052
behind and	-0.052
being	0.225
being alive	0.333
being anxiou	-0.033
being here	0.057
being me	0.025
being scared	-0.053
being so	-0.035
being the	-0.068
being tired	-0.024
believ	-0.082
believ i	-0.038
believ it	-0.044
belong	-0.058
belong on	-0.067
belt	0.049
belt last	0.049
best	-0.047
best choice	-0.025
best friend	0.023
best of	-0.027
better	0.216
better and	-0.06
better by	-0.042
better off	0.296
better one	-0.022
better than	-0.049
better withou	0.165
bike	-0.1
bike to	-0.029
bill	-0.167
bill withou	-0.021
bills	0.044
bills so	0.044
bins	-0.02
birthd	-0.06
bit of	-0.035
bit tired	-0.049
bite	0.026
bite my	0.037
bitter	-0.022
black	0.024
blade	0.114
blade again	0.036
blades	0.063
blades on	-0.03
blades out	0.075
blades today	0.026
blanke	-0.104
blanke all	-0.079
blanke with	-0.025
bleach	0.04
bled	0.2
bled a	-0.022
bled all	-0.027
bleed	0.156
bleed out	0.073
bleeds	0.073
block	-0.115
blood every	-0.083
blood from	0.1
blood test	-0.025
blood today	-0.029
blue	-0.13
boat	-0.02
boat proper	-0.02
boats	-0.021
body	0.101
body does	0.038
body feels	0.045
boil	-0.095
boil an	-0.095
book	-0.322
book about	-0.05
book all	-0.054
book tonigh	-0.092
booked	-0.196
booked a	-0.043
booked the	-0.08
booked therap	-0.033
books	-0.087
books i	-0.063
boot	0.026
boot of	0.026
boots	-0.042
boots after	-0.042
bored	-0.074
bored to	-0.074
born	0.102
boss	-0.204
boss emails	-0.055
boss killed	-0.031
boss will	-0.084
bother	0.054
bother stayin	0.036
bottle	0.088
bottle of	0.055
bought	0.204
bought a	0.155
bought new	0.026
bought parace	0.082
bought rope	-0.023
box	-0.026
boxes of	0.084
boyfri	-0.082
boyfri tomorr	-0.082
brain	0.03
brain keeps	0.03
brambl	-0.025
brb	-0.032
brb going	-0.032
break	-0.057
breakf	-0.039
breakf sittin	-0.022
breath	-0.11
breath exerci	-0.026
breath in	0.021
breath instea	-0.033
bridge	0.102
bridge and	0.06
bridge club	-0.092
bridge collap	-0.023
bridge made	-0.03
bridge near	0.022
bridge right	0.037
bridge to	-0.027
bridge waitin	-0.076
bring	-0.021
bring what	-0.021
brings	-0.027
brings me	-0.027
brothe	-0.09
brothe about	-0.031
brothe again	-0.037
brough	-0.072
brough up	-0.066
bruise	0.107
brush	0.022
brush your	0.022
bunch	0.079
bunch of	0.079
bungee	-0.026
bungee jumped	-0.026
burden	0.249
burden and	0.063
burden carrie	-0.035
burden earlie	-0.031
burden i	-0.058
burden like	0.041
burden on	0.022
burden to	0.154
burned	0.192
burned a	-0.032
burned my	0.105
burned myself	0.144
burnin	0.133
burnin my	0.032
burnin myself	0.101
burnt	0.213
burnt my	0.11
burnt myself	0.103
bus	0.034
bus comes	-0.03
bus hits	0.064
bus so	-0.021
bus would	0.037
busy	-0.057
by	-0.097
by a	0.137
by breath	-0.032
by disapp	0.029
by eight	-0.05
by friday	-0.071
by not	0.027
by now	-0.095
by she	0.031
by the	-0.029
c:burden+end	0.267
c:burden+end+vanish	0.046
c:burden+goodbye	0.025
c:burden+goodbye+noway	-0.032
c:burden+means	-0.101
c:burden+vanish	0.023
c:end	0.827
c:end+goodbye	-0.059
c:end+goodbye+noway	-0.109
c:end+means	-0.181
c:end+vanish	0.14
c:goodbye	0.426
c:goodbye+noway+vanish	-0.063
c:goodbye+vanish	0.111
c:i+burden	0.427
c:i+end	-0.181
c:i+goodbye	0.249
c:i+means	0.572
c:i+noway	0.193
c:i+vanish	0.217
c:means	0.804
c:means+noway	0.129
c:noway	0.394
c:noway+vanish	0.072
c:vanish	0.239
cabin	-0.07
cabin for	-0.07
caffei	-0.025
cake	-0.175
call	-0.153
call with	-0.022
called	-0.178
called dead	-0.025
called more	-0.05
called mum	-0.034
called my	-0.024
called the	-0.028
callin me	0.079
callin them	-0.071
calls	-0.035
calm	-0.044
calm now	0.038
calmer	-0.022
calmin	-0.027
calmly	-0.143
calms	0.076
calms me	0.076
calori	-0.051
calori are	-0.039
came	0.036
came back	-0.029
came out	0.06
came so	0.051
campin	-0.084
can	0.165
can find	-0.039
can go	0.06
can help	-0.025
can just	0.03
can not	0.195
can reorde	-0.063
can rest	-0.04
can see	0.035
cancel	0.043
cancel my	0.106
cancel plans	-0.071
cancel the	0.022
cancer	0.112
cancer and	0.04
cancer takes	0.072
candle	-0.062
car	0.337
car batter	-0.064
car for	0.059
car hits	0.032
car into	0.026
car on	0.046
car park	0.115
car with	0.114
carbs	-0.067
carbs again	-0.067
card	-0.045
care	0.295
care if	0.186
care instru	0.095
cares	0.029
cares if	0.029
carrie	-0.035
carrie at	-0.035
carryi	0.068
carryi on	0.073
carved	0.138
carved a	0.111
carved into	0.027
case	0.146
cat	-0.025
cat after	0.041
cat brings	-0.027
cat died	-0.042
cat is	-0.024
cat knocke	-0.038
cat to	0.031
cats	0.082
cats care	0.095
caught	-0.153
caught myself	-0.085
caught the	-0.026
cd	-0.021
cd for	-0.021
cease	0.034
celebr	-0.02
celebr with	-0.02
challe	-0.044
challe the	-0.044
chance	0.066
chance again	0.066
chapte	-0.265
chapte and	-0.03
chapte withou	-0.033
charac	-0.056
charac died	-0.043
charit	-0.044
charit and	-0.024
chat	-0.046
check	-0.06
check my	-0.109
check out	0.056
checke	0.031
checke how	0.067
checke the	-0.026
checki	0.078
checki out	0.076
chemis	-0.049
chips	-0.128
choice	-0.025
choked	0.022
choked myself	0.022
chop	-0.035
chop veg	-0.035
choppi	-0.052
choppi onions	-0.052
chosen	0.04
chosen the	0.04
cigare	0.105
cigare on	0.041
cinema	-0.064
cinema tonigh	-0.064
cities	-0.03
city	-0.028
city anymor	-0.028
clappe	-0.047
clappe along	-0.047
class	-0.208
class nearly	-0.042
clean	-0.189
clean from	-0.131
clean it	0.078
clean today	-0.071
cleane	-0.077
cleane it	-0.083
cleane the	0.039
cleani	0.029
cleani it	-0.028
cleani up	0.1
clear	0.06
clear head	0.06
cleare	-0.036
cleare my	-0.022
cliff	0.098
cliff for	-0.029
cliff right	0.064
cliff today	0.054
cliffs	0.06
cliffs for	0.06
climbi	-0.072
climbi wall	-0.038
close	0.116
close to	0.116
closer	-0.022
clothe	-0.119
clothe away	-0.029
clothe i	-0.072
club	-0.092
club tonigh	-0.092
coast	-0.036
coat	-0.062
coat on	-0.062
coffee	-0.232
coffee intake	-0.036
coffee right	-0.075
cold	-0.091
cold is	-0.039
cold sea	-0.03
collap	-0.023
collea	-0.084
collea who	-0.05
come	0.154
come back	0.113
come down	0.02
come up	0.021
comes	0.1
comes back	0.035
comes soon	-0.03
comfor	-0.039
comfor zone	-0.028
commen	-0.027
commen as	-0.027
commit	0.028
commut is	-0.038
compar	-0.121
compar with	-0.121
comple	0.024
comple my	0.024
concer	-0.111
concer was	-0.026
consid	0.063
consid ending	0.034
consid suicid	0.029
consta	0.059
contra	0.035
cook	-0.117
cook twice	-0.037
cooked	-0.206
cooked a	-0.022
cooked dinner	-0.022
cooked the	-0.075
cookin	-0.074
cookin class	-0.037
cope	0.159
cope any	0.075
copes	-0.066
copes better	-0.066
corner	-0.022
costs	-0.046
costs to	-0.046
could at	-0.023
could crash	0.051
could die	-0.054
could disapp	0.041
could have	-0.056
could just	0.086
could murder	-0.077
could not	-0.029
could sleep	-0.023
could stop	0.031
could take	0.021
counse	-0.022
counse asked	-0.022
count	-0.039
counte	-0.035
counte how	-0.057
counte my	-0.044
counte out	0.029
counte them	0.037
counts	-0.026
coupon	-0.021
course	-0.049
covere	0.064
covere in	0.064
crash	0.214
crash my	0.027
crash the	0.051
crash will	0.064
crashi	0.023
crashi the	0.023
creepi	0.046
creepi back	0.046
cried and	0.12
crisis	-0.05
crisis line	-0.025
cross	0.027
cross the	0.027
crosse	-0.062
crosse the	-0.062
crowde	-0.089
cry	-0.182
cry in	-0.033
cry instea	-0.026
crying	-0.093
ctb	0.324
ctb a	0.04
ctb though	0.054
ctb tonigh	0.119
cup	-0.066
cup of	-0.042
cupboa	0.03
cupboa and	0.04
curb	0.076
curb withou	0.076
curry	-0.086
curry is	-0.022
cut	-0.413
cut again	0.126
cut are	0.034
cut back	-0.129
cut deep	0.076
cut down	-0.181
cut i	0.021
cut in	-0.109
cut is	0.188
cut my	-0.318
cut myself	0.059
cut on	-0.025
cut out	-0.036
cut the	-0.096
cut ties	-0.048
cut today	-0.044
cut tonigh	0.029
cut too	0.036
cuts	0.38
cuts again	0.07
cuts are	0.093
cuts every	0.067
cuts on	0.086
cuttin	0.069
cuttin again	0.083
cuttin back	-0.077
cuttin carbs	-0.067
cuttin deeper	0.025
cuttin down	-0.077
cuttin my	0.048
dad	-0.041
dad in	0.03
dad tonigh	0.059
dads	-0.043
danced	-0.033
danced in	-0.033
danger	0.032
danger to	0.032
dark	-0.134
dark room	-0.033
dark though	-0.09
date	0.182
date for	0.093
date to	0.036
dawn	-0.061
day	-0.053
day 30	-0.022
day after	-0.08
day and	-0.04
day at	0.027
day i	0.149
day is	0.045
day its	0.022
day like	-0.046
day off	-0.057
day today	0.048
days	-0.052
days clean	-0.085
days i	0.043
days so	0.054
days the	-0.022
days to	0.029
dead	0.064
dead after	-0.064
dead again	-0.052
dead and	-0.034
dead by	0.036
dead for	-0.032
dead gorgeo	-0.061
dead has	-0.034
dead inside	-0.024
dead last	-0.039
dead letter	-0.025
dead people	0.048
dead right	0.022
dead so	-0.062
dead than	0.026
dead that	-0.093
deadli	-0.119
deadli everyw	-0.032
deadli met	-0.05
deadli pb	-0.03
deal	0.057
deal with	0.057
death	0.115
death annive	-0.027
death calms	0.06
death consta	0.025
death in	-0.085
death is	0.029
death metal	-0.026
death of	-0.197
death seems	0.058
death sounds	0.12
death would	0.05
debts	0.106
debts and	0.106
decide	0.089
decidi	-0.03
decisi	0.047
decora	-0.035
decora the	-0.035
deep	0.111
deep into	-0.079
deep this	0.078
deep tonigh	0.076
deeper	0.273
deeper each	0.025
deeper than	0.077
delete	0.031
delete all	0.031
delici	-0.022
dentis	-0.058
deserv	0.218
deserv a	-0.056
deserv better	0.06
deserv to	0.213
desk	0.104
desk and	0.023
detox	-0.021
did	-0.623
did it	-0.098
did my	-0.024
did not	-0.587
did self	0.187
did the	-0.024
die	0.146
die all	0.027
die every	-0.076
die for	-0.163
die from	0.021
die happy	-0.081
die in	0.132
die on	-0.171
die so	0.061
die than	-0.245
die though	0.055
die withou	-0.067
die young	0.04
died	-0.306
died and	-0.09
died last	-0.065
died mid	-0.03
died on	-0.039
died so	-0.033
died tomorr	0.044
died when	-0.056
dies	-0.064
dies at	-0.035
differ	0.215
differ lately	0.121
differ shops	0.093
digita	-0.021
digita detox	-0.021
dinner	-0.193
dinner later	-0.028
dinner soon	-0.029
dirt	0.033
dirt nap	0.033
disapp and	0.025
disapp foreve	0.12
disapp from	0.026
disapp i	0.058
disapp into	-0.213
disapp perman	0.03
disapp to	-0.07
disapp under	-0.104
dishes	-0.064
do	0.479
do i	0.036
do it	0.36
do karaok	-0.093
do list	-0.072
do me	0.064
do not	0.061
do someth	0.033
do the	-0.033
do this	0.073
do tonigh	0.021
doctor	-0.225
doctor appoin	-0.04
doctor gave	-0.088
doctor plan	-0.026
does	0.031
does not	0.054
does the	-0.03
dog and	0.142
dog barked	0.081
dog in	0.071
dog is	-0.041
dog round	-0.115
dog to	0.054
dogs	-0.038
dogs life	-0.038
doing	0.048
doing everyo	0.029
doing myself	0.022
doing them	0.03
donate	-0.029
donate blood	-0.029
done	-0.098
done fighti	0.034
done for	-0.084
done i	0.042
done the	-0.038
done waitin	0.04
done with	-0.163
door	-0.035
door to	-0.067
door until	0.042
dosage	0.07
dosage and	0.07
dose	0.11
dose for	-0.028
dose of	0.121
dose would	0.029
doses	0.052
down	-0.284
down from	-0.025
down my	-0.056
down on	-0.068
down screen	-0.042
down today	-0.094
down with	0.036
drafte	0.124
drafte a	0.124
draini	-0.031
drank	-0.108
drank a	0.032
drank and	0.052
drank bleach	0.04
drank less	-0.022
drank water	-0.2
drawer	0.107
drawer for	0.025
dresse	-0.067
dresse before	-0.031
drew	-0.031
drew a	-0.031
drink	0.03
drink myself	0.035
drive	0.123
drive after	-0.031
drive home	0.022
drive into	0.068
drive my	0.026
drive off	0.056
drivin	0.082
drivin into	0.142
drivin over	-0.062
drivin too	0.021
drop	-0.061
drop dead	-0.061
drove	-0.054
drove home	-0.025
drove off	-0.024
ducks	-0.025
during	-0.035
during a	-0.032
dye	-0.093
dye my	-0.093
dying a	0.031
dying and	-0.028
dying feels	0.04
dying for	-0.069
dying in	-0.034
dying sounds	0.052
e	0.052
e for	0.057
each	0.025
each time	0.025
earlie	0.034
earlie and	0.084
early	-0.55
early and	-0.119
early becaus	-0.021
early tonigh	-0.09
earth	0.045
easier	-0.051
easier to	-0.058
easier when	-0.054
easily	-0.032
easy	0.036
easy way	0.021
eating so	0.039
eating that	-0.035
edge	0.051
edge of	0.108
egg	-0.095
egg perfec	-0.049
eight	-0.05
eleven	-0.02
eleven hours	-0.02
else	-0.058
else copes	-0.066
elsewh	-0.022
email	-0.021
email and	-0.021
emails	-0.314
emails i	-0.046
emails me	-0.055
emails withou	-0.038
empty	-0.082
end	0.094
end everyt	0.027
end it	0.22
end my	0.106
end of	-0.179
end things	0.036
end this	-0.059
ended	-0.304
ended a	-0.048
ended my	-0.048
ended the	-0.067
ended things	-0.047
ended up	-0.055
ending	0.404
ending everyt	0.053
ending it	0.244
ending made	-0.03
ending my	0.114
ending things	0.084
ending toxic	-0.046
ends with	-0.022
energy	-0.073
energy for	-0.036
energy to	-0.037
engine	0.114
engine runnin	0.114
enjoye	-0.028
enjoye the	-0.028
enough	-0.061
enough energy	-0.037
enough tablet	0.051
enough to	-0.128
entry	0.085
envy	0.088
envy dead	0.048
envy people	0.04
era	-0.025
erased	0.098
essay	-0.049
even	-0.022
even bother	0.036
even brush	0.022
even care	0.021
even notice	0.049
even the	0.046
even though	-0.174
even when	-0.029
evenin	-0.06
ever	0.115
ever and	0.071
ever hurt	0.06
every	0.117
every day	-0.02
every few	-0.083
every mornin	0.043
every night	0.071
every room	0.037
every single	0.022
every time	0.032
everyb	0.024
everyo	0.324
everyo a	0.029
everyo around	0.022
everyo asleep	0.063
everyo at	-0.06
everyo better	0.045
everyo else	-0.066
everyo i	0.084
everyo on	-0.031
everyo saying	-0.022
everyo would	0.023
everyt	0.377
everyt behind	-0.052
everyt square	0.023
everyt to	0.163
everyw	-0.041
eviden	-0.026
ex	-0.069
exam	-0.239
exam is	-0.036
exam nearly	-0.02
exam will	-0.04
exams	-0.113
exams foreve	-0.059
except	0.025
except dying	0.025
exerci	-0.035
exhaus	0.088
exhaus and	0.033
exhaus from	0.061
exist	0.19
existi	0.396
existi hurts	0.088
exit	0.077
exit strate	0.021
exs	-0.034
exs profil	-0.034
extra	-0.132
extra shift	-0.132
eyes	-0.049
eyes off	-0.049
face	0.09
face till	0.072
fade	-0.034
fade away	0.023
fade into	-0.057
fail	-0.021
fail again	0.026
fail this	-0.047
failur	-0.045
fall	0.024
fall asleep	0.024
family	0.204
family deserv	0.056
family would	0.066
far	-0.026
far i	-0.026
fast	0.033
fast hoping	0.021
favour	0.075
favour by	0.029
feel	0.55
feel about	0.024
feel calm	0.038
feel hopele	0.038
feel lighte	-0.041
feel like	0.178
feel pain	0.065
feel sad	-0.072
feel safe	0.105
feel sick	0.04
feel someth	0.082
feel suicid	0.031
feel unsafe	0.024
feel weird	0.02
feelin	-0.106
feelin are	0.073
feelin better	-0.093
feelin for	-0.081
feelin instea	-0.041
feelin like	0.038
feelin numb	-0.058
feelin organi	-0.026
feelin really	0.084
feelin suicid	0.082
feels	0.145
feels closer	-0.022
feels like	0.173
feet	-0.056
feet are	-0.049
fell	-0.037
fell from	-0.025
felt	-0.537
felt anxiou	-0.029
felt better	-0.094
felt calmer	-0.022
felt final	0.071
felt good	-0.022
felt hopefu	-0.025
felt lighte	-0.113
felt like	-0.116
felt proud	0.113
felt safe	-0.148
felt suicid	-0.062
felt worthl	-0.021
few	-0.143
few months	-0.083
few weeks	-0.057
fight	0.093
fight it	0.021
fight to	0.058
fighti	0.039
fighti to	0.05
fighti with	-0.024
film	-0.205
film about	-0.03
film ends	-0.022
final boss	-0.046
finall	-0.085
finall do	0.058
finall ended	-0.023
find	-0.039
find it	-0.039
finds	0.056
finds me	0.063
fine	-0.032
fine if	0.041
fine withou	0.022
finger	-0.086
finger and	-0.025
finger choppi	-0.052
finish	-0.581
finish a	-0.129
finish all	-0.052
finish it	-0.028
finish my	-0.052
finish the	-0.249
finish two	-0.021
firewo	-0.079
first	-0.046
first aid	-0.034
first time	0.022
fist	0.042
fist into	0.042
fitted	-0.043
fitted sheets	-0.043
five	-0.021
five minute	-0.021
fix	0.037
fix it	0.037
fixed	-0.026
flat	-0.078
flat and	0.044
flat today	-0.073
flu	-0.023
flu finall	-0.023
foldin	-0.043
foldin fitted	-0.043
follow	-0.021
footba	-0.054
footy	-0.025
for	-0.043
for 100	-0.027
for 4	0.054
for a	-0.246
for after	0.178
for all	-0.032
for an	0.03
for campin	0.051
for days	0.029
for dinner	-0.061
for eleven	-0.02
for ever	0.071
for everyo	0.055
for everyt	0.116
for five	-0.021
for good	0.22
for granda	-0.028
for help	-0.134
for her	-0.029
for it	0.159
for kids	-0.028
for later	0.045
for me	0.166
for mum	0.039
for my	-0.224
for myself	0.058
for now	-0.043
for painle	0.081
for real	0.038
for stitch	0.057
for takeaw	-0.079
for ten	-0.139
for the	-0.477
for their	-0.022
for things	0.023
for today	-0.063
for tomorr	-0.057
for too	0.06
for twelve	-0.098
for what	0.022
for when	0.069
for whoeve	0.158
foreve	0.34
foreve and	0.046
foreve tired	0.026
forgav	-0.023
forgav myself	-0.023
form	-0.155
form withou	-0.022
forum	-0.031
forwar	-0.082
forwar to	-0.082
fought	-0.034
fought the	-0.034
found	0.075
found out	0.031
found the	0.044
four	-0.052
four months	-0.052
free	-0.024
free from	-0.061
free to	0.023
fresh	0.064
fresh cuts	0.064
friday	-0.095
friday i	-0.071
fridge	0.057
fridge for	0.082
friend	-0.451
friend attemp	-0.032
friend band	-0.025
friend even	-0.026
friend how	-0.023
friend i	0.066
friend is	-0.024
friend remind	-0.058
friend this	0.098
friend told	-0.07
friend tonigh	-0.05
friend who	-0.039
friend would	-0.036
fringe	-0.114
fringe myself	-0.082
from	-0.08
from a	-0.121
from an	0.021
from life	0.021
from living	0.061
from my	0.188
from myself	0.024
from scratc	-0.027
from self	-0.153
from snappi	-0.041
from textin	-0.036
from that	-0.046
from the	-0.042
from this	0.033
from three	0.093
from twitte	-0.025
from years	0.023
front	0.113
front of	0.113
fun	-0.05
funera	-0.046
funera was	-0.027
future	-0.071
future for	0.106
future plan	-0.078
future self	-0.063
future to	-0.082
game	-0.078
garage	0.235
garage differ	0.121
garage for	0.114
garden	-0.171
garden wateri	-0.058
gate	-0.029
gave	-0.3
gave away	-0.147
gave me	-0.088
gave my	0.07
gave one	-0.047
gave some	-0.033
gave up	-0.05
get a	-0.08
get bad	0.023
get hit	0.081
get jk	-0.032
get like	0.026
get out	-0.051
get sick	0.062
get the	0.066
get throug	-0.035
get up	-0.127
gets	0.191
gets my	0.114
gets the	0.041
gets too	0.056
gettin	0.214
gettin a	-0.106
gettin deeper	0.169
gettin everyt	0.023
gettin harder	0.034
gettin old	0.021
gettin on	0.055
ghost after	-0.065
ghost alread	0.054
girl	0.031
girl like	0.031
give	-0.295
give a	-0.047
give anythi	-0.064
give up	-0.184
given	-0.072
given up	-0.072
giving	0.043
giving blood	-0.083
giving my	0.115
glad	-0.131
glad i	-0.066
glad to	-0.046
glass	-0.075
glass of	-0.075
gloves	-0.021
gna	0.055
gna kms	0.084
gna make	-0.029
go	-0.025
go back	-0.21
go black	0.024
go by	-0.054
go home	-0.092
go now	-0.033
go on	0.042
go throug	0.032
go to	-0.109
go with	0.06
goal	-0.049
goal today	-0.049
goes	0.116
goes wrong	0.123
going	0.308
going back	0.059
going for	-0.026
going on	0.189
going quiet	-0.032
going to	0.121
going well	-0.042
gone	0.112
gone for	-0.033
gone now	-0.09
gone on	-0.097
gone please	0.041
good	-0.149
good book	-0.126
good call	-0.07
good coffee	-0.041
good from	-0.025
good note	-0.063
goodby	0.413
goodby for	-0.043
goodby messag	0.078
goodby note	0.055
google	0.118
google how	0.061
google the	0.028
google what	0.029
gorgeo	-0.073
gorgeo sunset	-0.061
got	-0.112
got a	-0.021
got cancer	0.04
got dresse	-0.067
got heated	-0.038
got killed	-0.025
got my	0.048
got sick	0.021
got throug	-0.039
got two	0.084
got up	-0.082
gp	-0.028
gp about	-0.038
granda	-0.202
granda death	-0.027
granda funera	-0.03
granda passed	-0.041
granda withou	-0.072
grandm	-0.19
grandm does	-0.074
grandm is	-0.028
grandm passed	-0.044
grandp	-0.028
grass	-0.036
gratef	-0.124
gratef for	-0.034
grave	-0.106
grave and	-0.029
grave today	-0.041
great	-0.041
green	-0.032
grief	-0.069
grieve	-0.024
ground	0.044
ground would	0.052
group	-0.09
group chat	-0.061
guilt	-0.063
guitar and	0.031
guts	0.033
gym	-0.348
gym member	-0.039
gym this	-0.057
gym today	-0.023
gym tonigh	-0.024
habit	-0.021
had a	-0.065
had been	-0.075
had dark	-0.09
had died	0.073
had enough	-0.06
had not	-0.027
had suicid	0.063
had the	0.042
had to	0.135
had water	-0.032
haha	-0.062
hair	-0.325
hair cut	-0.027
hair pink	-0.093
hair short	-0.085
haircu	-0.025
half	-0.029
hallwa	-0.02
hand	0.025
hand on	-0.048
handfu	0.087
handfu of	0.087
hands	0.078
hands on	0.078
hang	-0.043
hang in	-0.086
hang myself	0.058
hangin	-0.12
hangin in	-0.024
hangin on	0.022
hangin out	-0.086
hangin up	-0.042
happen	-0.073
happen next	-0.033
happen to	-0.056
happie	0.037
happie withou	0.038
happy	-0.139
happy after	-0.081
hard	-0.251
hard on	-0.131
hard to	0.036
hard week	-0.023
hard winter	-0.023
harder	0.034
harder to	0.034
harm	0.532
harm after	0.109
harm again	0.134
harm and	-0.042
harm even	-0.029
harm for	0.134
harm in	-0.032
harm relaps	0.045
harm this	-0.062
harm today	0.098
harm urges	0.126
harm when	0.023
harm will	0.024
harsh	-0.025
has	0.23
has been	0.079
has new	-0.034
has no	0.065
has nothin	0.028
has to	0.092
hate	0.13
hate being	0.076
hate monday	-0.045
hate my	0.037
hate waking	0.043
have	0.564
have a	-0.028
have been	0.086
have chosen	0.04
have come	-0.026
have decide	0.089
have done	-0.057
have energy	-0.036
have enough	0.056
have given	-0.072
have got	0.098
have had	0.026
have her	-0.081
have lost	0.029
have made	0.06
have my	0.05
have no	0.026
have not	-0.069
have nothin	0.044
have picked	0.043
have said	0.049
have the	0.094
have tied	0.03
have to	-0.022
have wanted	0.022
have worked	0.048
have writte	0.089
having	0.084
having a	-0.038
having really	0.033
having suicid	0.046
having though	0.029
he	-0.125
he ate	-0.064
he died	-0.035
he propos	-0.033
head	0.464
head agains	0.157
head for	0.098
head into	0.023
head on	0.062
headac	-0.117
headac like	-0.03
headed	0.034
headsh	-0.037
headsh and	-0.037
health	-0.054
heart	0.036
heart meds	0.03
heat	-0.104
heat is	-0.104
heated	-0.038
heaven	0.051
hedge	-0.025
held	-0.055
held it	-0.036
help	-0.08
help i	0.033
help instea	-0.034
help my	-0.025
helped	-0.047
helpin	-0.032
helpin her	-0.032
helpli	-0.041
helps	0.124
helps a	-0.03
helps is	0.088
her	-0.325
her 90th	-0.022
her becaus	0.066
her death	-0.023
her doctor	-0.031
her grave	-0.033
her hair	-0.081
her i	-0.045
her so	0.037
her withou	-0.032
here	0.339
here and	-0.044
here anymor	0.032
here at	-0.033
here next	0.024
here on	-0.107
here tomorr	0.048
hero	-0.021
hero dies	-0.021
hid	0.06
hid my	0.048
hiding	-0.06
high	0.072
high the	0.067
hill	-0.08
him	-0.034
him after	0.059
him kindly	-0.093
his	-0.058
his grave	-0.041
hit	0.239
hit by	0.101
hit me	0.046
hit my	0.065
hit myself	0.059
hit the	-0.033
hits	0.096
hits me	0.096
holdin	0.133
holdin my	0.021
holdin onto	0.062
holdin the	0.049
holida	-0.388
holida yet	-0.03
home	-0.103
home alone	0.047
home and	-0.107
homewo	-0.115
hoops	-0.046
hope a	0.032
hope i	0.195
hope it	-0.066
hope my	-0.124
hope nothin	-0.073
hope someth	0.036
hope the	0.042
hoped	0.076
hopefu	-0.025
hopele and	0.038
hoping	0.23
hoping a	0.064
hoping i	0.053
hoping the	0.104
horror	-0.032
hospit after	0.069
hospit and	-0.026
hotel	-0.033
hotel at	-0.023
hour	0.035
hour ago	0.025
hours	-0.161
hours and	-0.02
house	-0.053
housep	-0.052
housep are	-0.041
how far	-0.026
how high	0.067
how i	0.024
how it	-0.057
how low	-0.057
how many	0.109
how much	-0.032
how peacef	-0.06
how things	-0.098
how to	0.071
how was	0.029
hung	-0.136
hung it	-0.021
hung out	-0.036
hung the	-0.079
hurt	0.32
hurt by	-0.027
hurt my	-0.021
hurt myself	0.23
hurt so	0.06
hurtin	0.082
hurtin myself	0.077
hurts	0.115
hurts too	0.088
i	0.989
i a	-0.165
i added	0.052
i almost	0.076
i always	-0.085
i am	0.066
i and	-0.035
i apolog	-0.088
i applie	-0.022
i asked	-0.112
i at	-0.094
i ate	0.054
i attemp	0.089
i banged	0.033
i bite	0.037
i bled	0.084
i bleed	0.047
i booked	-0.033
i bought	0.055
i burned	0.146
i burnt	0.16
i called	-0.072
i came	0.041
i can	0.195
i carved	0.027
i checke	0.067
i choked	0.022
i clappe	-0.047
i cleane	0.044
i cooked	-0.02
i crash	0.021
i cried	-0.111
i cross	0.027
i cut	0.059
i danced	-0.033
i delete	0.031
i deserv	0.086
i did	-0.447
i die	0.116
i died	0.143
i disapp	0.043
i drank	-0.076
i envy	0.088
i even	0.036
i ever	0.06
i fail	-0.021
i feel	0.415
i felt	-0.337
i finish	-0.107
i fought	-0.034
i gave	-0.064
i get	0.124
i google	0.037
i got	-0.146
i had	0.09
i hate	0.13
i have	0.746
i hit	0.043
i hope	0.042
i hung	-0.023
i hurt	0.081
i journa	-0.022
i just	0.053
i keep	0.457
i kept	-0.05
i killed	-0.033
i know	0.108
i laughe	-0.056
i left	-0.095
i let	-0.127
i liftin	-0.05
i like	-0.047
i listen	-0.059
i lit	-0.027
i live	0.042
i looked	0.195
i love	0.167
i loved	-0.042
i made	-0.068
i mean	0.038
i might	0.151
i mixed	0.042
i moved	-0.068
i napped	-0.022
i nearly	-0.046
i need	0.113
i no	-0.063
i notice	-0.031
i overdi	0.049
i passed	-0.047
i picked	0.094
i posted	0.048
i practi	0.049
i punche	0.053
i purged	0.052
i put	0.098
i read	-0.033
i regret	0.029
i relaps	0.195
i remind	-0.082
i rested	-0.066
i said	0.116
i sat	0.046
i saw	0.042
i scratc	0.125
i see	0.044
i self	0.089
i should	-0.069
i showed	-0.05
i skippe	-0.028
i slamme	0.057
i slit	0.063
i slowed	-0.046
i some	-0.067
i spoke	-0.043
i starte	-0.066
i starve	0.023
i stayed	-0.164
i steppe	0.059
i stood	0.054
i stretc	-0.039
i surviv	-0.094
i talked	-0.063
i the	-0.07
i think	0.194
i though	-0.086
i told	-0.24
i tried	-0.089
i used	-0.308
i visite	-0.061
i volunt	-0.034
i waited	-0.03
i walked	-0.059
i want	0.291
i wanted	-0.328
i was	-0.088
i went	-0.044
i were	0.062
i will	0.081
i wish	0.418
i wished	0.046
i with	-0.024
i woke	0.07
i would	-0.198
i wrote	0.228
iced	-0.039
iced it	-0.039
ideati	0.106
ideati all	0.043
ideati is	0.063
if	0.3
if i	0.319
if meetin	-0.092
if my	-0.055
if the	0.036
if this	0.035
if tomorr	0.022
imagin how	-0.06
imagin my	0.034
imposs	-0.068
in	-0.101
in a	-0.03
in ages	-0.027
in anythi	0.073
in bed	0.061
in carryi	0.073
in case	0.146
in every	0.037
in foldin	-0.043
in fresh	0.064
in front	0.113
in going	0.057
in half	-0.022
in heaven	0.051
in ironin	-0.118
in it	0.091
in living	0.12
in march	-0.044
in maths	-0.055
in me	0.03
in months	0.131
in on	-0.111
in pain	0.035
in sessio	-0.066
in spring	-0.136
in that	-0.076
in there	-0.11
in these	-0.034
in tomorr	-0.04
in two	-0.109
in worryi	-0.05
infect	-0.041
inside	-0.03
inside after	-0.032
instea	-0.359
instea of	-0.243
instru	0.082
instru on	0.082
intake	-0.036
interv	-0.05
into	0.218
into a	-0.035
into my	0.144
into the	0.163
into youtub	-0.079
inviti	0.118
inviti tonigh	0.118
iron	0.078
iron on	0.054
ironin	-0.118
ironin jeans	-0.058
ironin shirts	-0.06
is	0.345
is a	0.045
is about	0.043
is back	0.152
is becaus	-0.076
is been	0.07
is better	0.092
is called	-0.025
is creepi	0.046
is cuttin	0.088
is dead	-0.192
is delici	-0.022
is dying	-0.042
is even	0.046
is gettin	0.039
is going	-0.188
is goodby	0.113
is health	-0.034
is hopele	-0.027
is imposs	-0.068
is in	0.082
is monday	-0.062
is moving	-0.041
is my	0.028
is new	-0.094
is no	0.159
is not	0.201
is nothin	0.064
is on	0.102
is pretty	-0.038
is really	0.113
is slowly	-0.026
is so	-0.157
is spring	-0.023
is sunday	0.094
is the	0.3
is to	-0.055
is tomorr	0.062
is too	0.021
is unbear	-0.044
is when	0.03
is wonky	-0.082
it	0.307
it after	0.032
it all	0.211
it and	-0.033
it anymor	0.037
it at	-0.023
it away	-0.072
it back	-0.052
it bleeds	0.073
it bruise	0.12
it costs	-0.046
it did	0.175
it does	-0.066
it down	-0.053
it ends	-0.057
it felt	-0.043
it gets	0.036
it go	-0.043
it got	-0.05
it hurts	0.023
it if	0.021
it is	0.035
it kind	-0.06
it normal	-0.062
it off	-0.483
it offici	0.025
it on	0.061
it out	0.024
it over	0.038
it pass	-0.046
it passed	-0.035
it rose	-0.025
it stoppe	0.037
it take	0.026
it takes	0.087
it this	0.099
it throug	0.1
it to	0.04
it togeth	-0.036
it tomorr	-0.028
it tonigh	0.063
it turned	-0.032
it twice	-0.057
it up	0.024
it was	-0.131
it when	0.063
it where	0.042
it with	-0.126
it worked	-0.101
it would	0.074
itchin	0.04
itchin to	0.04
its	0.051
its hard	0.022
ivy	-0.021
ivy in	-0.021
jeans	-0.116
jk	-0.032
jk they	-0.032
job	-0.242
job for	-0.022
jobs	-0.078
join	0.058
join my	0.058
joke	-0.05
journa	-0.124
jump	0.09
jump in	-0.093
jump off	0.053
jump starte	-0.052
jumped	-0.028
jumped off	-0.066
jumped today	0.076
jumpin	0.321
jumpin in	0.029
jumpin off	0.147
jumpin yester	0.051
just	0.567
just a	0.115
just becaus	-0.034
just did	-0.036
just die	0.13
just do	0.037
just end	0.034
just have	0.041
just in	0.146
just kill	0.026
just really	-0.092
just social	-0.075
just swallo	0.033
just taking	0.048
just tired	-0.093
just to	0.066
just vanish	0.031
just want	0.078
karaok	-0.175
karaok again	-0.093
keep	0.694
keep at	-0.041
keep crying	-0.051
keep drivin	0.021
keep going	0.179
keep hoping	0.032
keep hurtin	0.035
keep living	0.063
keep myself	0.048
keep pictur	0.063
keep punchi	0.03
keep scratc	0.06
keep showin	-0.052
keep slammi	0.042
keep spinni	0.021
keep starin	0.041
keep trying	0.021
keep wishin	0.057
keeps	-0.042
keeps spinni	-0.052
keeps tellin	0.03
kept	-0.17
kept going	-0.094
kept my	-0.055
kept myself	-0.032
kept thinki	0.024
kettle	-0.026
key	0.049
key under	0.049
kickin	-0.033
kids	-0.068
kids parace	-0.028
kids would	0.063
kill	-0.193
kill me	-0.165
kill my	-0.064
kill myself	0.35
kill someon	0.027
kill streak	-0.037
kill the	-0.05
kill this	-0.099
kill to	-0.153
killed	-0.284
killed in	-0.025
killed me	-0.15
killed off	-0.024
killed the	-0.08
killin	0.115
killin my	-0.026
killin myself	0.168
killin weeds	-0.028
kills	0.026
kills me	0.036
kind	0.075
kind of	0.034
kindly	-0.145
kitche	-0.061
kitche withou	-0.026
kms	0.923
kms this	0.099
kms today	0.057
knacke	-0.025
knacke after	-0.025
knee	-0.025
knew	-0.02
knew when	-0.02
knife	-0.058
knife out	-0.035
knife right	0.064
knife sharpe	-0.101
knife skills	-0.022
knife under	0.056
knocke	-0.038
knocke my	-0.038
know	0.128
know how	-0.05
know what	0.029
know which	0.044
know why	0.055
knuckl	0.103
knuckl bled	0.073
knuckl split	0.03
lake	-0.08
lake will	-0.061
laptop	-0.077
laptop batter	-0.021
laptop died	-0.034
last day	0.052
last entry	0.085
last in	-0.039
last month	-0.18
last night	0.388
last of	-0.038
last overdo	-0.069
last post	0.027
last spring	-0.09
last week	-0.052
last win	0.061
last year	-0.122
late	-0.322
late i	-0.04
late nights	-0.024
laughe	-0.296
laughe about	-0.027
laughe it	-0.089
laughe so	-0.094
laughe till	-0.05
laundr	-0.044
learne	-0.047
learne about	-0.025
learne knife	-0.022
learni	-0.099
learni how	-0.042
learni piano	-0.057
leave bed	-0.029
leave this	0.049
leaves	-0.029
leavin	-0.024
leavin do	-0.061
leavin everyt	0.029
leavin london	-0.04
leavin this	0.082
ledge	0.063
left	-0.192
left early	-0.073
left for	0.038
left it	-0.029
left on	-0.105
left so	-0.063
left the	-0.036
left to	0.063
leg	-0.023
leg day	-0.037
legs	-0.042
legs are	-0.037
less	-0.03
less coffee	-0.022
let	-0.371
let it	-0.092
let me	0.023
let myself	-0.261
lethal	0.173
lethal dose	0.121
lethal doses	0.052
letter for	0.041
letter to	-0.035
librar	-0.098
lie	-0.06
lie in	-0.06
life	0.859
life feels	0.07
life has	0.093
life is	0.132
life to	0.025
lift	-0.034
liftin	-0.134
liftin boxes	-0.101
lighte	0.113
lighte on	0.146
like	0.552
like a	0.068
like cookin	-0.037
like dying	0.046
like ending	0.053
like giving	-0.032
like hiding	-0.038
like i	0.026
like it	-0.047
like me	0.085
like my	-0.068
like relief	0.04
like such	0.025
like the	0.202
like this	0.213
line	-0.038
lined	0.053
lined them	0.04
lines	-0.151
lines in	-0.151
list	-0.053
list instea	-0.044
list of	0.095
listen	-0.127
listen and	-0.044
listen to	-0.04
lit	-0.027
lit a	-0.027
little	-0.022
little from	-0.022
live	0.203
live a	-0.113
live anymor	0.031
live by	-0.067
live for	0.155
live in	-0.028
live like	0.031
living	0.618
living anymor	0.033
living in	-0.066
living like	0.104
load	0.034
load of	0.034
loggin a	0.024
loggin off	-0.031
london	-0.053
long it	-0.023
long life	-0.113
long thinki	0.06
long time	0.092
long walk	0.035
longer	-0.14
longer need	-0.063
longer suicid	-0.118
longer this	-0.094
look	0.057
look after	0.028
look down	0.053
look forwar	-0.082
look up	0.058
looked	0.227
looked at	0.19
looked up	0.045
lookin	0.234
lookin and	0.076
lookin at	0.123
lookin up	0.021
looks	0.118
looks so	0.118
loose	0.081
loose ends	0.081
losing	0.056
losing the	0.056
lost the	0.029
lot	0.194
lot lately	0.027
lot of	0.059
loud	0.098
loud and	-0.026
loud that	-0.023
loud today	0.106
love	0.175
love her	0.127
love it	-0.039
love you	0.062
loved	-0.042
loved it	-0.042
lovely	-0.071
low	-0.064
low i	-0.057
lunch	-0.197
lunch withou	-0.025
made	-0.11
made dinner	-0.042
made it	-0.109
made me	-0.082
made my	0.176
made soup	-0.065
made tea	0.026
made the	-0.035
make	0.106
make dinner	-0.029
make it	0.135
man	-0.058
man fell	-0.025
man on	-0.03
manage a	0.042
manage all	-0.032
many	0.145
many calori	-0.039
many i	0.07
many it	0.079
many parace	0.1
many steps	-0.051
marath	-0.079
march	-0.044
mat	0.049
mat for	0.049
matche	0.032
maths	-0.055
matter	0.025
maybe	0.138
maybe the	0.064
me	0.916
me a	0.031
me and	0.032
me around	0.038
me being	0.03
me cry	-0.082
me down	0.076
me everyo	0.03
me haha	-0.052
me if	-0.142
me in	0.115
me not	0.023
me now	-0.062
me on	0.068
me one	-0.055
me out	0.032
me she	-0.044
me should	0.044
me so	-0.027
me soon	0.036
me to	0.051
me twice	-0.031
me up	0.052
me wants	0.064
me when	-0.037
me would	-0.072
me writin	0.025
meal	-0.069
mean	0.042
mean me	0.031
meanin	0.032
means	0.083
meant	-0.043
meant it	-0.022
meant to	-0.021
measur	-0.094
measur agains	-0.094
medica	-0.027
meds for	0.052
meds into	-0.026
meds on	0.032
meds so	0.03
meds togeth	0.042
meds tonigh	0.04
meds with	-0.026
meetin	-0.353
meetin to	-0.093
meetin were	-0.092
member	-0.039
meme	-0.024
meme is	-0.024
mentor	-0.031
mess	0.049
mess of	0.052
mess up	-0.085
messag	0.117
messag and	0.041
messag i	-0.029
messag to	0.124
messy	-0.094
messy flat	-0.028
messy room	-0.066
met	-0.05
metal	-0.026
metal concer	-0.026
method	0.041
method and	0.041
mid	-0.03
mid essay	-0.02
midnig	-0.026
might	0.251
might as	0.06
might be	0.029
might ctb	0.034
might do	0.041
might hurt	0.036
might just	0.024
mind	0.232
mind a	0.036
mind consta	0.034
mind if	0.059
mind not	0.023
mind up	0.03
minute	-0.182
miss	0.065
miss me	0.08
miss my	-0.035
mistak	0.057
mistak at	-0.023
mistak that	0.08
mixed	0.03
mixed all	0.042
moment	0.077
monday	-0.156
monday so	-0.045
money	-0.059
month	-0.144
month i	-0.121
month one	0.036
months	-0.087
months clean	-0.052
months free	-0.061
moon	-0.081
moon about	-0.035
more	-0.068
more days	-0.021
more often	-0.121
more time	-0.055
more tonigh	0.052
mornin	-0.071
mornin coffee	-0.067
mornin person	-0.072
most	0.026
most nights	0.026
motorw	0.03
motorw for	-0.029
mounta	-0.042
mounta for	-0.042
move	-0.095
move cities	-0.03
move on	-0.034
moved	-0.13
moved on	-0.05
moved one	-0.034
movie	-0.025
movies	-0.03
movies ending	-0.03
moving	-0.193
moving abroad	-0.041
moving house	-0.025
moving on	-0.062
moving to	-0.052
mower	-0.03
mower need	-0.03
much	0.02
much as	-0.027
much cake	-0.035
much hope	-0.027
much it	0.038
much pills	0.027
much work	-0.106
mum i	0.085
mum on	-0.042
mum would	-0.05
mums	-0.072
mums going	-0.037
murder	-0.09
murder a	-0.077
my	-0.49
my appoin	-0.029
my arm	0.322
my arms	0.369
my attemp	0.069
my best	0.023
my bike	-0.055
my bills	0.044
my body	0.075
my boots	-0.042
my boss	-0.139
my boyfri	-0.082
my brain	0.03
my brothe	-0.089
my car	-0.057
my cat	0.028
my cats	0.095
my charac	-0.026
my chips	-0.064
my coffee	-0.036
my collea	-0.058
my comfor	-0.028
my commut	0.041
my counse	-0.022
my dad	-0.1
my date	-0.03
my death	0.078
my debts	0.106
my decisi	0.064
my desk	0.032
my digita	-0.021
my doctor	-0.063
my dog	0.073
my dogs	-0.038
my ex	-0.069
my exams	-0.03
my exit	0.077
my exs	-0.034
my eyes	-0.049
my family	0.214
my favour	-0.031
my feet	-0.056
my finger	-0.086
my fist	0.042
my friend	-0.312
my fringe	-0.082
my funera	0.022
my future	-0.063
my goodby	0.235
my gp	-0.028
my granda	-0.062
my grandm	-0.176
my grief	-0.025
my guitar	0.039
my gym	-0.039
my hair	-0.244
my hand	0.03
my hands	0.078
my head	0.388
my headac	-0.083
my heart	0.03
my homewo	-0.03
my housep	-0.052
my interv	-0.023
my jeans	-0.058
my kids	0.024
my knee	-0.025
my knuckl	0.103
my laptop	-0.051
my last	0.217
my leavin	-0.078
my legs	-0.042
my life	0.325
my manage	-0.022
my medica	-0.027
my meds	0.086
my mind	0.131
my mornin	-0.067
my mum	0.071
my mums	-0.023
my nails	0.041
my nan	-0.091
my neighb	0.059
my nephew	-0.059
my new	-0.036
my notebo	-0.151
my old	-0.275
my out	-0.037
my overdr	-0.023
my own	0.033
my partne	-0.095
my passpo	-0.064
my peace	0.11
my pen	-0.046
my phone	-0.092
my pillow	0.056
my pills	0.086
my plan	-0.082
my plant	-0.106
my prescr	-0.149
my presen	-0.026
my pride	-0.061
my psycho	-0.02
my reason	-0.041
my relati	-0.038
my run	-0.032
my safety	-0.12
my screen	-0.072
my sessio	-0.031
my shift	-0.027
my shirt	-0.027
my sister	-0.329
my skin	0.124
my sleep	0.144
my social	0.031
my son	-0.043
my soul	-0.026
my sourdo	-0.023
my step	-0.049
my stuff	0.203
my subscr	-0.034
my suicid	0.143
my tasks	0.024
my team	-0.05
my teens	-0.032
my therap	-0.168
my thigh	0.117
my thighs	0.172
my things	0.123
my though	0.124
my to	-0.064
my toenai	-0.033
my vitami	-0.053
my way	0.024
my whole	0.052
my wrist	0.236
my wrists	0.205
myself	1.244
myself again	0.104
myself and	-0.083
myself as	0.059
myself at	0.039
myself by	0.027
myself cry	-0.043
myself down	-0.025
myself feel	-0.072
myself from	-0.061
myself gettin	-0.085
myself grieve	-0.024
myself in	0.132
myself most	0.026
myself of	-0.021
myself off	0.054
myself on	0.093
myself rest	-0.063
myself right	0.055
myself seems	0.024
myself so	0.022
myself sounds	0.033
myself thinki	-0.085
myself this	0.061
myself to	0.083
myself today	-0.106
myself tonigh	0.076
myself until	0.077
myself when	0.055
myself with	0.199
myself would	0.037
nails	0.041
named	-0.059
named the	-0.039
nan	-0.091
nan at	-0.022
nan died	-0.033
nan passed	-0.028
nap	-0.187
nap so	-0.032
napped	-0.022
near	0.042
near me	0.022
nearly	-0.159
nearly died	-0.073
nearly gave	-0.025
nearly killed	-0.103
nearly went	0.104
need	0.19
need a	-0.035
need help	0.026
need it	0.088
need sharpe	-0.03
need them	0.045
need to	0.081
needed	-0.087
needed it	-0.033
needed that	-0.038
needin	0.039
needin them	0.031
needs me	0.026
neighb	0.028
neighb so	0.059
nephew	-0.059
never	0.324
never born	0.068
never come	0.064
never get	0.021
never here	0.037
never meant	0.047
never starte	-0.072
never wake	0.093
never woken	0.04
new	-0.24
new blades	0.026
new cuts	0.067
new haircu	-0.025
new leaves	-0.034
new year	0.034
news	-0.068
news about	-0.039
news says	-0.025
next	-0.053
next door	-0.067
next week	0.037
next year	0.059
next years	-0.03
nice evenin	-0.029
night	0.41
night alive	0.029
night for	0.043
night of	-0.045
night shift	-0.065
nights though	0.026
no	0.03
no future	0.039
no longer	-0.18
no more	0.042
no one	0.201
no point	0.051
no reason	0.207
no sleep	-0.031
no though	-0.062
no to	-0.156
nobody	0.261
nobody cares	0.029
nobody has	0.092
nobody notice	-0.025
nobody would	0.145
noise	-0.067
noise next	-0.067
noon	-0.085
normal	-0.053
normal and	0.039
normal day	0.047
normal to	-0.062
nosebl	-0.027
not	0.756
not after	-0.025
not back	-0.077
not be	0.081
not believ	-0.038
not born	0.036
not care	0.091
not check	-0.068
not come	0.07
not cope	0.078
not cut	-0.212
not deserv	0.081
not die	-0.178
not died	-0.073
not do	0.072
not eating	0.066
not end	-0.052
not exist	0.136
not feel	0.071
not fight	0.034
not for	0.066
not get	0.066
not gettin	0.055
not go	0.033
not going	-0.068
not have	-0.096
not help	0.065
not here	0.053
not hurt	-0.132
not keep	0.052
not late	-0.035
not lately	-0.074
not live	0.051
not make	0.044
not meant	-0.069
not mind	0.1
not need	0.132
not ok	0.084
not online	-0.056
not pictur	0.021
not promis	-0.087
not rain	-0.066
not safe	0.556
not see	0.041
not self	-0.029
not sleep	-0.049
not suicid	-0.214
not sure	0.037
not surviv	0.049
not tell	0.09
not the	-0.058
not think	0.094
not told	0.041
not trust	0.045
not useles	-0.022
not wake	0.166
not waking	0.023
not want	-0.405
not wear	-0.072
not woken	0.046
not work	0.175
not worth	0.2
note	0.19
note for	0.021
note to	-0.035
notebo	-0.151
notebo withou	-0.031
notes	0.059
notes for	0.059
nothin	0.117
nothin for	0.054
nothin happen	-0.073
nothin left	0.056
nothin thinki	-0.054
nothin to	0.092
nothin worth	0.03
notice	-0.13
notice i	-0.066
notice if	0.098
notice my	-0.04
notice the	-0.099
now	-0.234
now and	-0.115
now i	-0.181
now it	-0.023
now that	0.038
numb	-0.058
numb lately	-0.058
nurse	-0.067
nurse how	-0.057
od	0.064
od last	0.024
of	0.293
of 12	-0.037
of a	0.056
of an	-0.025
of bed	-0.064
of being	0.075
of cake	-0.033
of cleani	-0.052
of cuttin	-0.044
of death	0.06
of doing	0.022
of dying	0.04
of ending	0.084
of existi	0.175
of going	-0.032
of her	-0.023
of hiding	-0.023
of hoped	0.076
of is	-0.06
of it	0.023
of jumpin	0.096
of killin	0.028
of last	0.027
of living	0.158
of me	-0.046
of meetin	-0.073
of my	-0.122
of myself	-0.065
of office	-0.037
of parace	0.129
of pills	0.23
of preten	-0.031
of pushin	-0.051
of saying	-0.034
of scars	0.052
of self	-0.025
of space	0.089
of spider	-0.145
of steppi	0.036
of suicid	0.067
of tablet	0.129
of taking	0.068
of tea	-0.042
of that	-0.069
of the	-0.142
of them	0.026
of this	-0.215
of time	-0.025
of vodka	0.032
of want	0.032
of war	-0.022
of water	-0.089
of what	0.054
of who	0.114
of you	0.021
off a	0.109
off campin	-0.087
off dead	0.189
off for	-0.038
off gone	0.021
off if	-0.077
off my	0.044
off myself	0.115
off the	0.195
off this	-0.093
off with	0.037
off withou	0.082
office	-0.061
office messag	-0.037
offici	0.025
often	-0.121
often and	-0.121
ok	-0.082
ok and	0.047
ok now	-0.049
ok tonigh	-0.06
okay	-0.085
okay and	0.04
okay instea	-0.043
okay with	-0.027
old	-0.356
old bike	-0.029
old books	-0.024
old cat	-0.032
old clothe	-0.047
old cuts	0.07
old flat	-0.098
old job	-0.028
old me	-0.072
old phone	-0.043
omg	-0.048
omg i	-0.048
on	0.115
on a	-0.273
on alcoho	-0.044
on and	-0.021
on anymor	0.06
on by	0.043
on coffee	-0.048
on everyo	0.03
on everyt	0.029
on for	-0.021
on friday	-0.024
on from	-0.046
on holida	-0.164
on it	0.065
on late	-0.024
on life	0.057
on like	0.073
on living	0.049
on my	0.319
on myself	-0.129
on pizza	-0.067
on purpos	0.554
on saturd	-0.036
on screen	-0.054
on scroll	-0.045
on self	0.156
on someth	0.087
on stage	-0.104
on sugar	-0.025
on takeaw	-0.035
on the	0.14
on this	-0.135
on time	-0.323
once in	-0.027
one	-0.212
one can	0.035
one cup	-0.024
one day	-0.067
one more	-0.055
one needs	0.023
one outsid	-0.034
one way	0.037
one who	-0.068
one would	0.143
one year	-0.031
onions	-0.061
online	0.078
online for	0.104
online how	0.031
online tomorr	-0.056
only	0.316
only one	-0.052
only option	0.113
only thing	0.167
only way	0.079
onto	0.062
onto the	0.062
oops	-0.03
open	0.034
opened	0.045
opened up	0.062
option	0.113
option left	0.031
or anothe	0.036
or nothin	-0.054
organi	-0.076
organi everyt	-0.038
ouch	-0.07
our	-0.079
our old	-0.032
our team	-0.036
out	0.416
out after	0.044
out again	0.169
out even	-0.038
out except	0.025
out for	0.063
out how	0.07
out loud	-0.023
out my	0.089
out of	-0.118
out online	0.031
out soon	0.065
out the	-0.066
out to	-0.035
out who	0.054
out with	-0.143
outsid	-0.079
outsid for	-0.029
oven	-0.032
over	-0.189
over and	0.049
over for	0.024
over it	-0.122
over my	0.072
over on	0.049
over so	-0.04
over the	-0.13
over this	-0.071
overdi	0.04
overdi it	0.046
overdo	0.244
overdo amount	0.058
overdo and	-0.069
overdo last	0.034
overdo on	0.033
overdo tonigh	0.097
overdr	-0.023
own	0.033
own death	0.029
own fringe	-0.033
own life	0.031
paid	-0.031
paid a	-0.026
paid my	0.023
paid off	0.093
paid the	-0.096
pain	0.27
pain anymor	0.033
pain to	0.133
painle	0.094
painle ways	0.094
pals	-0.037
panic	-0.092
panic attack	-0.051
paper	-0.059
paper cut	-0.033
parace	0.279
parace from	0.093
parace is	0.057
parace it	0.044
parace today	0.045
parade	-0.046
parent	-0.024
park	0.074
park is	0.067
park roof	0.07
park to	-0.021
part	0.064
part of	0.064
partie	-0.057
partne	-0.095
partne i	-0.058
partne would	0.023
party	-0.223
party and	-0.025
pass	-0.046
passed	-0.218
passed and	-0.05
passed away	-0.069
passed out	0.022
passiv	0.027
passiv suicid	0.027
passpo	-0.064
passwo	0.032
passwo so	0.032
past	-0.04
past the	-0.028
pasta from	-0.027
patien	-0.045
paused	-0.021
paused before	-0.021
payche	-0.061
payday	-0.026
payday soon	-0.026
pb	-0.03
pb today	-0.027
peace	0.112
peace and	0.08
peace with	0.03
peacef	-0.026
peacef last	-0.028
peacef the	-0.061
pen	-0.046
pen pals	-0.037
people	0.033
people for	0.023
people pleasi	-0.052
people who	0.04
perfec	-0.049
perman	0.171
perman sleep	0.06
person writin	0.069
phone	-0.235
phone call	-0.028
phone contra	0.035
phone died	-0.039
phone is	-0.074
phoned	-0.149
phoned a	-0.023
phoned the	-0.085
photo	-0.038
physic	0.046
physic kind	0.046
physio	-0.04
piano	-0.057
picked	0.152
picked a	0.144
picked the	0.094
picked up	-0.086
picnic	-0.021
pictur	0.064
pictur i	-0.029
pictur my	0.029
pictur next	0.021
pictur the	0.024
pier	0.056
pill	-0.041
pill for	-0.046
pillow	0.046
pillow for	0.056
pills	0.53
pills an	0.025
pills and	0.059
pills are	0.026
pills for	0.029
pills from	-0.025
pills just	0.062
pills my	-0.037
pills off	-0.038
pills on	0.036
pills out	0.04
pills ready	0.022
pills saved	0.023
pills sittin	0.023
pills the	-0.051
pills to	0.022
pills tonigh	0.033
pills would	0.046
pineap	-0.067
pineap belong	-0.067
pink	-0.093
pizza	-0.159
plan	-0.046
plan and	0.226
plan for	-0.134
plan on	-0.025
plan somewh	-0.039
plan to	-0.03
plan tonigh	-0.024
plan worked	-0.023
plan yet	-0.078
plane	0.078
plane went	0.036
plane would	0.042
planet	0.045
planet perman	0.045
planne	-0.067
planne anothe	-0.048
planni	0.34
planni a	-0.096
planni how	0.061
planni my	0.197
planni to	0.182
plans	-0.068
plans to	-0.071
plant	-0.167
plant had	-0.073
plant i	-0.034
plant is	-0.033
plants	-0.07
plants away	0.031
plants get	-0.032
plaste	-0.032
plaste on	-0.032
platfo	0.062
platfo for	0.049
play	-0.03
played	-0.027
played a	-0.027
please	0.208
please help	0.028
please let	0.023
please look	0.041
please someon	0.074
pleasi	-0.052
point	0.289
point anymor	0.105
point arguin	-0.031
point going	0.132
point in	0.17
point of	0.075
point rushin	-0.046
point stress	-0.044
point waitin	-0.064
point worryi	-0.043
poison	-0.021
poison ivy	-0.021
policy	-0.023
polite	-0.032
polite when	-0.032
pool	-0.114
post	-0.142
post before	-0.021
post withou	-0.021
posted	0.048
posted my	0.048
practi	0.04
practi with	0.049
prayin i	0.044
prayin the	-0.035
prescr	-0.126
prescr and	-0.034
prescr on	-0.063
presen	-0.14
presen tomorr	-0.099
preten	-0.058
preten to	-0.028
pretty	-0.038
pretty sweet	-0.038
preven	-0.053
preven policy	-0.023
pride	-0.061
pride and	-0.04
printe	-0.042
printe is	-0.027
prison	0.045
prison and	0.045
proble	0.059
proble in	0.037
profil	-0.034
projec	-0.067
projec and	-0.029
promis	-0.075
promis i	-0.087
promot	-0.112
proper	-0.222
proper lunch	-0.171
proper this	-0.02
propos	-0.033
proud i	-0.034
proud of	-0.069
psycho	-0.02
pulled	-0.021
pulled it	-0.021
punche	0.144
punche myself	0.072
punche walls	0.053
punchi	0.03
punchi walls	0.03
punish	0.124
punish myself	0.065
purged	0.052
purged until	0.052
purple	-0.03
purpos	0.554
purpos tomorr	0.051
purpos with	0.025
pushin	-0.122
pushin it	-0.097
pushin throug	-0.025
put	0.217
put a	-0.021
put my	0.088
put the	0.124
puttin	-0.424
puttin it	-0.394
puttin off	-0.029
puzzle	-0.136
questi	-0.103
questi it	-0.085
queue	-0.104
queue is	-0.094
quicke	0.104
quicke way	0.104
quiet up	0.056
quit	-0.122
quit smokin	-0.094
quiz	-0.033
quizze	-0.025
quoted	-0.315
rain	-0.164
rain tomorr	-0.066
ran	-0.032
rather	-0.135
rather be	0.054
rather die	-0.245
rather not	0.057
raw	0.072
raw with	0.068
razor	0.072
razor came	0.066
razor out	0.028
read	-0.269
read a	-0.072
read the	-0.071
read two	-0.02
readin	-0.06
readin about	-0.044
ready	0.171
ready for	-0.037
ready to	0.095
real	0.041
really	0.234
really bad	0.077
really done	0.022
really hard	-0.023
really strong	0.151
really suicid	0.084
really tired	-0.092
reason	0.16
reason for	0.037
reason i	-0.024
reason to	0.147
recipe	-0.105
recipe for	-0.061
recove	-0.135
recove sooner	-0.121
refres	-0.034
regret eating	-0.035
regret waking	0.064
relaps	0.466
relaps after	0.045
relaps and	0.043
relaps last	0.028
relaps on	0.156
relaps with	0.022
relati	-0.126
relati and	-0.041
relati ended	-0.038
relief	0.204
relief for	0.023
reliev	0.022
reliev if	0.035
rememb	-0.053
rememb the	-0.026
rememb why	-0.027
remind	-0.161
remind me	-0.058
remind myself	-0.102
removi	0.037
removi myself	0.037
renew	-0.046
renew my	-0.046
reorde	-0.063
reorde my	-0.063
replie	-0.092
replie to	-0.092
resche	-0.107
resear	0.076
resear how	0.048
resear ways	0.027
reserv	0.047
reserv i	0.059
resist	-0.062
resist the	-0.062
rest	-0.342
rest all	-0.031
rest withou	-0.063
rested	-0.38
rested it	-0.082
rested the	-0.064
rested when	-0.025
restin	-0.076
restin instea	-0.023
retro	-0.021
right	0.244
right now	0.244
river	0.205
river looks	0.118
road for	-0.031
roof	0.099
roof again	0.053
roof and	0.039
roof garden	-0.058
roof last	0.043
roof terrac	-0.093
room	-0.124
room and	-0.03
rope	0.183
rope alread	0.03
rope for	-0.04
rope in	0.026
rope on	-0.02
rope ready	0.023
rope swing	-0.03
rope today	0.146
rose	-0.025
rot	0.021
rot away	0.021
round	-0.122
round the	-0.115
rude	-0.032
run	-0.15
run a	-0.036
run and	-0.028
runnin	0.089
runnin in	0.114
runs	-0.04
runs late	-0.04
rushin	-0.046
sad	-0.128
sad about	-0.072
sad all	-0.045
safe	0.204
safe and	-0.119
safe at	0.131
safe during	-0.032
safe enough	-0.128
safe now	-0.081
safe right	0.096
safe to	-0.031
safe today	-0.046
safe tonigh	0.127
safe trip	-0.027
safe with	0.049
safety	-0.124
safety plan	-0.101
said	-0.36
said goodby	-0.145
said i	0.063
said my	0.048
said no	-0.24
said out	-0.023
said sorry	0.038
said what	-0.032
said yes	-0.022
sam	-0.079
sam tomorr	-0.037
sat in	0.195
sat on	-0.044
sat with	-0.139
saturd	-0.072
save	-0.035
save money	-0.035
saved	0.039
saved for	0.051
saved though	-0.02
saving	0.057
saving money	-0.025
saving my	0.055
saw	0.039
saw stars	0.057
say	-0.025
say back	-0.036
say goodby	0.083
say no	-0.042
say thanks	-0.034
saying	0.091
saying goodby	0.071
saying i	-0.034
saying my	0.051
saying sorry	0.023
says	-0.024
says a	-0.025
scared	-0.034
scared i	0.105
scared of	-0.046
scared to	-0.058
scars	0.052
scars and	0.052
scary	-0.033
schedu	0.041
schedu it	0.041
school play	-0.03
scisso	0.106
scisso this	0.106
scratc	0.173
scratc my	0.156
scratc myself	0.037
scratc the	-0.04
scratc till	0.027
scratc until	0.021
scream	-0.108
screen	-0.167
screen time	-0.167
scroll	-0.047
scroll at	-0.026
sea	-0.029
sea and	0.047
sea for	-0.021
sea one	-0.067
sea tomorr	-0.027
search	0.169
search for	0.081
search online	0.104
season	-0.056
second	-0.024
see	0.093
see a	0.094
see blood	0.024
see myself	-0.07
see next	0.024
see no	0.039
see the	0.021
see you	-0.12
seems	0.134
seems easier	0.032
seems like	0.102
sees	-0.037
sees my	-0.037
self	0.476
self harm	0.532
sent	-0.045
sent the	-0.029
series	-0.131
series made	-0.023
sessio	-0.1
sessio even	-0.031
sharpe	-0.131
sharpe class	-0.101
she	-0.111
she i	0.031
she listen	-0.045
she says	0.031
she sees	-0.037
she self	-0.031
sheets	-0.043
shes tired	0.031
shes you	-0.022
shift	-0.264
shift withou	-0.025
shirt	-0.027
shirt from	-0.027
shirts	-0.069
shoes	-0.084
shoot	-0.033
shoot me	-0.033
shop	-0.162
shop withou	-0.021
shoppi	-0.034
shops	0.084
shops today	0.085
short	-0.033
short and	-0.085
short pier	0.066
shorte	-0.092
shot	-0.056
shot some	-0.046
should	0.197
should be	-0.038
should bring	-0.021
should disapp	0.052
should have	0.075
should just	0.139
should not	-0.039
show	-0.047
showed	-0.05
showed up	-0.05
shower	0.036
showin	-0.052
showin up	-0.052
sick	0.107
sick and	0.073
sick of	0.029
signed	-0.024
signin	-0.031
signin off	-0.031
since	-0.082
since my	-0.087
sing	-0.047
sing karaok	-0.047
single	0.03
single day	0.022
sister	-0.329
sister back	0.021
sister becaus	0.031
sister for	0.098
sister self	-0.042
sister will	-0.075
sister withou	-0.045
sitter	-0.027
sittin	0.05
sittin down	-0.022
sittin on	0.072
six	-0.061
six months	-0.061
skills	-0.022
skills in	-0.022
skin	0.124
skin on	0.035
skin with	0.032
skippe	-0.041
skippe a	-0.028
slamme	0.057
slamme my	0.057
slammi	0.042
slammi my	0.042
slash	0.029
slash my	0.029
sleep	-0.208
sleep all	-0.08
sleep and	0.156
sleep early	-0.23
sleep for	-0.081
sleep foreve	0.121
sleep in	-0.111
sleep so	-0.031
sleep tired	-0.049
sleep tonigh	0.04
sleepi	0.038
sleepi with	0.056
slept	-0.11
slept 10	-0.023
slept for	-0.02
slept like	-0.034
slit	0.137
slit my	0.149
slowed	-0.061
slowed down	-0.046
slowly	-0.051
slowly killin	-0.026
small	-0.061
small to	-0.039
smash	0.023
smash my	0.023
smiled	0.06
smiled at	0.06
smokin	-0.136
smokin and	-0.094
snap	0.046
snappi	-0.062
snappi at	-0.041
snappi back	-0.021
so	-0.461
so addict	-0.072
so bad	0.053
so badly	0.025
so busy	-0.039
so close	0.116
so crowde	-0.089
so dead	-0.027
so done	0.03
so hard	-0.153
so i	-0.723
so inviti	0.118
so loud	0.039
so much	-0.037
so nobody	0.092
so over	-0.035
so quiet	0.056
so sick	0.045
so someon	0.059
so tired	0.084
social	-0.056
social and	0.031
social batter	-0.075
solici	-0.047
some	-0.228
some all	-0.054
some chips	-0.045
some days	0.022
some hoops	-0.046
some of	-0.033
some sleep	-0.022
some tea	-0.023
someon	0.128
someon stop	0.059
someon will	0.059
someth	0.2
someth green	-0.032
someth i	-0.036
someth kills	0.036
someth strong	0.087
someti	0.053
someti i	0.053
somewh	-0.039
somewh i	-0.039
son	-0.043
son preten	-0.03
soon	0.046
sooner	-0.121
sorry	0.19
sorry for	0.105
sorry i	-0.043
sorry to	0.061
sort	0.058
sort it	0.044
sorted out	0.059
soul	-0.026
sounds	0.205
sounds like	0.099
sounds nice	0.033
sounds peacef	0.074
soup	-0.065
sourdo	-0.023
sourdo starte	-0.023
space	0.117
space and	0.089
spain	-0.052
spare key	0.049
spare room	-0.048
speech	-0.047
spicy	-0.022
spicy curry	-0.022
spider	-0.196
spider myself	-0.042
spin	-0.042
spin class	-0.042
spinni	-0.031
spinni and	-0.052
spinni withou	0.021
split	0.03
spoke	-0.087
spoke up	-0.075
spot	0.092
spot by	0.047
spot where	0.044
spotte	-0.065
spotte some	-0.054
spread	-0.052
spread is	-0.052
spring	-0.249
square	0.023
square away	0.023
srsly	0.053
srsly consid	0.053
stage	-0.104
standi	0.102
standi on	0.149
standi taller	-0.048
stare	-0.036
stare at	-0.036
starin	0.064
starin at	0.064
stars	0.057
start again	0.023
start the	-0.021
starte	-0.368
starte anothe	-0.023
starte cuttin	-0.033
starte died	-0.023
starte giving	-0.052
starte my	-0.066
starte saying	0.023
starte the	-0.065
starte this	-0.072
starti	-0.024
starve	0.023
starve myself	0.023
starvi	0.068
starvi myself	0.068
statio	0.069
statio and	0.091
stay	0.239
stay alive	0.19
stayed	-0.36
stayed alive	-0.023
stayed and	-0.027
stayed anyway	-0.033
stayed calm	-0.068
stayed for	-0.021
stayed in	0.068
stayed patien	-0.045
stayed safe	-0.06
stayed till	-0.024
stayin alive	-0.023
stayin strong	-0.06
step goal	-0.049
step in	0.033
steppe	0.059
steppe off	0.076
steppi	0.118
steppi in	0.069
steppi off	0.049
steps	-0.068
steps a	-0.034
still	-0.079
still at	-0.033
still awake	-0.039
still decidi	-0.03
still here	0.031
still not	-0.077
still thinki	0.05
still want	0.096
still went	-0.04
stitch	0.054
stitch again	0.057
stitch in	-0.058
stockp	0.094
stockp my	0.084
stoked	-0.025
stood	0.074
stood at	0.054
stood on	0.02
stop	0.24
stop and	-0.078
stop being	0.034
stop existi	0.108
stop for	-0.036
stop foreve	0.065
stop me	0.059
stop than	0.021
stoppe	-0.107
stoppe being	-0.035
stoppe myself	-0.077
stoppe smokin	-0.022
strang	0.032
strang myself	0.032
strate	0.021
strate from	0.021
streak	-0.037
streak of	-0.037
stress	-0.071
stretc	-0.191
stretc for	-0.021
strong	0.205
strong enough	0.087
strong today	0.086
strong tonigh	0.054
strong urge	0.038
strugg	-0.074
strugg and	-0.045
strugg instea	-0.023
stuck	-0.043
stuck to	-0.035
stuff	0.171
stuff away	-0.029
stuff done	-0.028
subscr	-0.034
such	0.066
such a	0.066
sugar	-0.147
sugar this	-0.025
suicid	1.075
suicid again	0.087
suicid all	0.048
suicid are	0.042
suicid attemp	0.073
suicid every	0.024
suicid feelin	0.031
suicid feels	0.031
suicid ideati	0.106
suicid in	0.047
suicid is	0.068
suicid letter	0.058
suicid note	0.064
suicid though	0.222
suicid today	0.05
suicid tonigh	0.059
suicid years	-0.049
sun	-0.037
sunday	0.096
sunday is	0.022
sunny	-0.046
sunny day	-0.046
sunset	-0.096
sunset tonigh	-0.061
suppor	-0.055
suppor her	-0.042
sure	0.037
sure how	0.024
surfed	-0.044
surfed instea	-0.044
surger	0.144
surger goes	0.104
surviv	-0.038
surviv a	-0.038
surviv monday	-0.049
surviv the	-0.039
surviv this	0.054
suspen	-0.064
suspen is	-0.044
swallo	0.159
swallo a	0.085
swallo all	0.029
swallo me	0.052
swallo my	-0.04
swallo the	0.033
swappe	-0.042
swappe it	-0.042
sweet	-0.038
swimmi	-0.031
swing	-0.03
table	-0.043
tablet	0.312
tablet and	0.045
tablet are	0.072
tablet earlie	0.084
tablet for	-0.044
tablet saved	0.051
take	0.3
take a	0.033
take all	0.05
take it	0.029
take the	0.049
takeaw	-0.114
takeaw than	-0.079
takeaw to	-0.035
takes	0.159
takes me	0.072
takes to	-0.023
taking	0.155
taking a	0.029
taking all	0.022
taking my	0.056
taking up	0.043
talk	-0.053
talked	-0.225
talked about	-0.119
talked myself	-0.025
talked to	-0.067
taller	-0.048
taller these	-0.048
talles bridge	0.022
taperi	-0.026
taperi slowly	-0.026
tasks	0.024
tasks today	0.024
taxi	-0.04
tea	-0.079
tea for	0.026
team	-0.155
team got	-0.026
team wins	-0.05
teens	-0.032
teeth	0.022
tell	0.181
tell anyone	0.084
tell her	-0.025
tell me	0.037
tell my	0.085
tellin	0.071
tellin me	0.07
tempte	0.031
tempte to	0.031
ten	-0.173
ten minute	-0.139
terrac	-0.093
terrac in	-0.023
terrac watchi	-0.026
test	-0.054
test came	-0.025
test comes	0.035
test i	-0.047
text	-0.044
text when	-0.033
texted	0.028
texted a	0.031
textin	-0.036
textin my	-0.036
than	-0.269
than a	0.041
than cook	-0.079
than do	-0.093
than give	-0.047
than in	-0.042
than keep	0.047
than me	-0.047
than run	-0.036
than sing	-0.047
than usual	0.077
than wear	-0.05
thank	0.033
thank you	0.033
thanks	-0.152
thanks to	-0.118
that	-0.59
that cake	-0.085
that city	-0.028
that concer	-0.04
that counts	-0.026
that exam	-0.032
that felt	0.071
that film	-0.023
that group	-0.025
that helps	0.131
that i	-0.029
that is	0.038
that job	-0.042
that joke	-0.046
that meal	-0.041
that much	-0.035
that night	-0.065
that recipe	-0.032
that relati	-0.046
that run	-0.027
that shift	-0.023
that should	0.08
that spin	-0.042
that video	-0.046
that was	-0.026
the	-1.138
the 5k	-0.039
the accide	0.073
the annive	-0.023
the answer	0.056
the appoin	-0.142
the argume	-0.02
the attent	-0.032
the baby	-0.029
the backgr	-0.057
the bag	0.098
the balcon	0.128
the band	-0.024
the bath	0.021
the batter	-0.025
the beach	-0.053
the beam	0.121
the bed	-0.026
the belt	0.049
the best	-0.027
the bill	-0.145
the bins	-0.02
the blade	0.101
the blades	0.045
the block	-0.115
the blood	0.1
the boat	-0.02
the boats	-0.021
the book	-0.036
the boot	0.026
the bridge	0.07
the burden	-0.058
the bus	-0.109
the cancer	0.072
the candle	-0.023
the car	0.326
the cat	0.027
the chance	0.066
the cinema	-0.064
the cliff	0.089
the cliffs	0.06
the climbi	-0.038
the coast	-0.036
the cold	-0.036
the commen	-0.027
the concer	-0.045
the coupon	-0.021
the crash	0.064
the crisis	-0.035
the cupboa	0.03
the curb	0.076
the cuts	0.169
the day	0.091
the dead	-0.034
the death	-0.138
the dentis	-0.058
the desk	0.072
the dishes	-0.064
the doctor	-0.092
the door	0.032
the dosage	0.07
the dose	-0.028
the drawer	0.084
the drive	0.022
the easy	0.021
the edge	0.051
the email	-0.021
the end	-0.207
the engine	0.114
the essay	-0.029
the eviden	-0.026
the exam	-0.074
the extra	-0.109
the face	0.09
the feelin	-0.048
the fight	0.056
the film	-0.081
the final	-0.046
the firewo	-0.052
the first	0.046
the flat	0.054
the flu	-0.023
the form	-0.146
the forum	-0.031
the fridge	0.057
the funera	-0.021
the game	-0.061
the garage	0.235
the garden	-0.102
the gate	-0.029
the grass	-0.036
the ground	0.044
the guts	0.033
the gym	-0.308
the hallwa	-0.02
the heat	-0.044
the hedge	-0.025
the hero	-0.021
the homewo	-0.085
the hotel	-0.033
the how	0.039
the infect	-0.041
the interv	-0.026
the iron	0.078
the job	-0.073
the kettle	-0.026
the kids	-0.063
the kitche	-0.061
the lake	-0.074
the laptop	-0.021
the last	-0.082
the laundr	-0.044
the ledge	0.063
the lethal	0.121
the librar	-0.098
the marath	-0.044
the mat	0.049
the means	0.083
the meetin	-0.051
the mentor	-0.031
the messag	-0.029
the moment	0.077
the month	0.036
the moon	-0.081
the motorw	0.03
the mounta	-0.042
the move	-0.022
the movies	-0.03
the mower	-0.03
the new	-0.062
the news	-0.043
the next	-0.021
the night	0.042
the noise	-0.067
the note	0.071
the nurse	-0.067
the old	-0.117
the one	-0.038
the only	0.33
the pain	0.133
the parade	-0.046
the park	-0.042
the party	-0.136
the person	0.069
the physic	0.046
the picnic	-0.021
the pills	0.129
the plane	0.078
the plant	-0.061
the platfo	0.062
the point	0.227
the pool	-0.114
the post	-0.169
the printe	-0.042
the proble	0.037
the projec	-0.046
the promot	-0.062
the quicke	0.104
the rain	-0.074
the razor	0.08
the reason	-0.024
the relati	-0.041
the reserv	0.047
the river	0.205
the roof	0.029
the rope	0.028
the run	-0.041
the school	-0.03
the scisso	0.106
the series	-0.042
the shop	-0.157
the spider	-0.051
the spot	0.044
the statio	0.029
the suicid	0.055
the sun	-0.037
the sunset	-0.027
the surger	0.144
the suspen	-0.064
the table	-0.043
the tablet	0.079
the team	-0.038
the thing	-0.066
the though	0.059
the thread	0.043
the time	-0.035
the toilet	0.039
the top	-0.03
the train	-0.023
the trip	-0.19
the tug	-0.022
the tunnel	-0.022
the tv	-0.032
the urge	0.099
the versio	0.025
the villai	-0.026
the voices	0.057
the wall	0.26
the washin	-0.178
the way	0.161
the weeds	-0.027
the week	-0.061
the weeken	-0.109
the weekly	-0.026
the when	0.039
the whole	0.101
the wifi	-0.076
the will	0.029
the world	0.21
their	-0.022
their birthd	-0.022
them	0.21
them a	0.03
them tomorr	-0.071
them twice	0.037
them up	0.04
then	0.094
then cried	0.12
then i	0.053
then went	0.065
then wrote	-0.036
therap	-0.262
therap about	-0.086
therap and	-0.044
therap asked	0.101
there	0.064
there and	-0.024
there is	0.279
these	-0.078
these days	-0.048
these shoes	-0.034
they	0.156
they are	-0.087
they bled	0.101
they would	0.107
thigh	0.117
thighs	0.172
thighs are	0.128
thighs where	0.035
thing	0.074
thing i	-0.066
thing is	-0.022
thing that	0.148
things	0.103
things away	0.147
things from	0.023
things get	0.023
things i	-0.034
things to	-0.024
things tonigh	0.025
things were	-0.098
things with	-0.047
think	0.233
think about	0.125
think the	0.031
thinki	0.913
thinki about	0.65
thinki i	-0.082
thinki of	0.397
thinki tonigh	0.028
this	-0.608
this anymor	0.071
this argume	-0.064
this assign	-0.027
this before	0.056
this body	0.032
this by	-0.053
this chapte	-0.03
this cold	-0.055
this commut	-0.038
this does	0.069
this earth	0.026
this easily	-0.032
this exam	-0.108
this heat	-0.061
this hill	-0.067
this is	0.126
this job	-0.022
this life	0.14
this meetin	-0.104
this meme	-0.024
this messy	-0.094
this might	0.029
this mornin	0.038
this pain	0.025
this party	-0.07
this phone	-0.071
this planet	0.045
this presen	-0.099
this projec	-0.021
this puzzle	-0.117
this queue	-0.094
this rain	-0.024
this season	-0.056
this series	-0.072
this show	-0.032
this spicy	-0.022
this spread	-0.052
this time	0.358
this traffi	-0.132
this train	-0.089
this weathe	-0.064
this week	-0.193
this weeken	-0.036
this will	0.086
this workou	-0.037
this world	0.186
this year	-0.121
those	-0.05
those shoes	-0.05
though	0.531
though about	0.326
though again	0.053
though all	0.052
though are	0.109
though i	-0.24
though last	-0.09
though of	0.189
though that	-0.044
though today	0.027
though was	-0.034
thread	0.043
thread and	0.043
thread is	0.043
three	-0.202
three differ	0.093
three emails	-0.046
three lines	-0.151
three things	-0.034
three years	-0.02
threw	-0.023
thrivi	-0.057
throug	0.118
throug a	-0.065
throug with	0.209
throw	0.024
throw myself	0.024
throwi	0.029
throwi myself	0.029
tidied	-0.11
tidied a	-0.024
tidied it	-0.066
tidied the	0.023
ties	-0.048
ties with	-0.048
till	0.141
till i	0.033
till it	0.091
till the	-0.024
till they	0.037
time	-0.107
time and	0.064
time at	-0.025
time for	-0.07
time in	0.072
time is	-0.042
time next	0.032
time today	0.049
time tonigh	-0.11
times	-0.034
tin	-0.024
tin can	-0.024
tired	-0.214
tired instea	-0.025
tired of	0.115
tired so	-0.024
tired today	-0.141
to	0.44
to a	-0.18
to all	0.021
to an	-0.024
to be	-0.083
to bed	-0.217
to believ	-0.026
to bleed	0.096
to blue	-0.102
to boil	-0.095
to cease	0.034
to charit	-0.039
to chop	-0.035
to clean	0.078
to come	0.02
to commit	0.028
to cook	-0.037
to cope	0.073
to count	-0.039
to crash	0.027
to cry	-0.057
to ctb	0.086
to cut	0.277
to deal	0.048
to death	-0.097
to die	0.625
to disapp	-0.192
to do	0.119
to drink	0.045
to drive	0.101
to dye	-0.093
to early	-0.059
to end	0.265
to ending	0.027
to even	0.022
to everyo	0.104
to exist	0.054
to fade	-0.034
to feel	0.089
to friend	0.103
to get	-0.234
to give	-0.165
to giving	0.038
to go	-0.071
to grandp	-0.028
to hang	0.058
to have	-0.081
to how	-0.174
to hurt	0.255
to it	-0.035
to jobs	-0.078
to join	0.058
to jump	0.142
to jumpin	0.051
to just	0.034
to keep	0.116
to kms	0.194
to live	0.111
to log	0.029
to look	-0.043
to make	0.056
to manage	-0.032
to me	-0.056
to meds	-0.118
to move	-0.046
to my	-0.039
to myself	0.07
to normal	-0.077
to not	0.067
to od	0.064
to off	0.083
to overdo	0.069
to payche	-0.061
to people	0.027
to physio	-0.04
to punish	0.038
to quit	-0.105
to read	-0.032
to renew	-0.046
to rest	-0.062
to rot	0.021
to sam	-0.042
to save	-0.035
to scream	-0.043
to see	0.093
to self	-0.034
to slash	0.029
to sleep	-0.261
to slit	0.086
to smash	0.023
to snap	0.046
to someth	-0.036
to sort	0.044
to spain	-0.052
to start	0.038
to stay	0.205
to stop	0.123
to strang	0.032
to stretc	-0.041
to suppor	-0.042
to swallo	0.029
to take	0.164
to talk	-0.053
to tell	-0.031
to the	-0.637
to think	-0.063
to this	-0.032
to three	-0.045
to throw	0.024
to top	0.042
to two	-0.023
to unaliv	0.112
to wake	-0.029
to walk	0.047
to want	-0.175
to with	-0.116
to work	0.025
to yoga	-0.038
today and	0.106
today felt	0.058
today for	0.045
today i	-0.1
today thinki	0.049
toenai	-0.033
togeth and	0.042
toilet	0.039
toilet and	0.039
told	-0.501
told anyone	0.041
told her	-0.051
told him	-0.093
told me	-0.07
told my	-0.149
told myself	-0.077
told someon	-0.045
told the	-0.057
tomorr	-0.256
tomorr and	-0.035
tomorr appoin	0.022
tomorr is	-0.022
tomorr it	-0.076
tonigh	0.616
tonigh even	-0.059
tonigh for	-0.031
tonigh i	0.029
tonigh just	0.059
tonigh maybe	0.075
tonigh the	0.028
too	0.206
too deep	0.035
too fast	0.021
too long	0.06
too many	0.093
too much	0.054
too small	-0.039
took	-0.141
took 20	0.099
took all	-0.041
took an	0.03
took my	-0.128
took the	-0.142
took them	0.042
took too	0.036
took two	-0.035
top myself	0.042
top of	-0.041
toxic	-0.106
toxic friend	-0.078
tracks	0.065
tracks and	0.024
tracks on	0.041
traffi	-0.114
traffi is	-0.132
train	-0.054
train if	0.033
train is	-0.035
train statio	0.04
train tracks	0.065
train was	-0.08
trappe	0.038
travel	-0.08
tree	0.034
tried	-0.115
tried a	-0.025
tried it	-0.068
tried to	-0.022
trip	-0.232
trip home	-0.027
trust	0.045
trust myself	0.045
trying	0.101
trying again	0.069
tug	-0.022
tug of	-0.022
tunnel	-0.022
tunnel feels	-0.022
turned	-0.058
turned rude	-0.032
tv	-0.032
tv and	-0.032
twelve	-0.098
twelve hours	-0.098
twice	-0.089
twice today	-0.037
twitte	-0.025
two	-0.386
two boxes	0.084
two emails	-0.26
two months	-0.109
two more	-0.021
two tablet	-0.033
two years	-0.034
tying	0.093
tying up	0.093
typed	0.041
typed my	0.041
ugh	-0.052
unaliv	0.267
unaliv me	0.052
unaliv myself	0.081
unaliv though	0.029
unbear	-0.044
under a	-0.104
under my	0.056
under the	0.049
until	0.376
until i	0.095
until it	0.164
until my	0.083
until noon	-0.038
until they	0.077
up	0.1
up again	0.024
up and	-0.095
up caffei	-0.025
up calmly	-0.033
up early	-0.058
up every	0.043
up feelin	-0.02
up for	0.066
up from	0.128
up going	-0.026
up having	-0.029
up here	0.056
up how	0.031
up in	0.055
up lethal	0.052
up loose	0.081
up my	-0.12
up old	0.07
up on	0.062
up once	-0.027
up overdo	0.058
up recipe	-0.061
up refres	-0.034
up space	0.043
up sugar	-0.114
up the	0.022
up this	0.064
up tomorr	0.082
up until	-0.038
up ways	0.021
update	-0.029
update my	-0.029
upset	0.03
upstai	0.026
upstai to	0.026
urge	0.119
urge surfed	-0.044
urge to	0.172
urges	0.195
urges are	0.093
urges to	0.069
used	-0.264
used a	0.116
used my	-0.031
used to	-0.357
useles	-0.051
usual	0.049
vanish	0.052
veg	-0.035
versio	0.025
versio of	0.025
video	-0.064
view	-0.029
villai	-0.026
visite	-0.149
visite her	-0.061
visite his	-0.041
visite mum	-0.025
vitami	-0.073
vodka	0.032
vodka with	0.032
voice	-0.037
voices	0.057
voices are	0.038
voices tell	0.029
volunt	-0.048
volunt with	-0.034
waited	-0.03
waitin	-0.124
waitin for	-0.104
wake	0.236
wake up	0.236
waking	0.145
waking up	0.145
walk	-0.078
walk anyway	-0.029
walk into	0.106
walk off	0.066
walk to	-0.027
walked	-0.144
walked a	-0.023
walked home	-0.032
walked over	-0.027
walked past	-0.028
walked the	0.06
walkin	0.074
walkin into	0.082
walks	-0.035
walks and	-0.035
wall	0.322
wall on	0.107
wall over	0.049
wall till	0.057
wall until	0.084
walls	0.083
walls until	0.083
want	0.621
want a	0.06
want everyt	0.072
want it	0.142
want off	-0.044
want out	0.1
want the	0.064
want this	-0.117
want to	0.336
wanted	-0.166
wanted to	-0.185
wantin	0.07
wantin to	0.07
wants	0.064
wants to	0.064
war	-0.022
warm	-0.023
warm at	-0.023
was	-0.533
was about	0.081
was dead	0.09
was easier	-0.054
was exhaus	-0.027
was feelin	-0.032
was fine	-0.05
was fun	-0.04
was gone	0.089
was hard	-0.073
was in	-0.12
was late	-0.043
was loud	-0.026
was never	0.152
was normal	0.039
was not	0.168
was on	-0.079
was out	0.023
was ready	-0.05
was safe	-0.022
was scared	-0.071
was sick	-0.024
was strugg	-0.029
was thinki	-0.029
was tired	-0.039
was weirdl	-0.027
was your	0.029
wash	-0.021
wash on	-0.021
washin	-0.184
washin out	-0.049
washin withou	-0.02
waste	0.103
waste away	0.039
waste of	0.064
watche	-0.147
watche a	-0.076
watche the	-0.071
watchi	-0.045
watchi firewo	-0.026
water	-0.372
water all	-0.077
water until	-0.079
water when	-0.075
wateri	-0.058
wateri plants	-0.058
way	0.557
way home	0.089
way or	0.036
way out	0.104
way that	0.071
way to	0.151
ways	0.157
ways to	0.157
we	-0.175
we are	-0.028
we made	-0.051
we said	-0.021
wear	-0.122
wear those	-0.05
weathe	-0.064
weeds	-0.059
weeds in	-0.031
weeds this	-0.028
week	-0.556
week after	-0.054
week i	-0.025
week nearly	-0.027
week to	-0.04
weeken	-0.289
weeken is	0.024
weekly	-0.026
weekly box	-0.026
weeks	-0.066
weeks ago	-0.057
weirdl	-0.027
weirdl calmin	-0.027
well make	0.025
went	-0.547
went anyway	-0.055
went back	0.037
went down	0.036
went for	-0.058
went home	-0.028
went out	-0.087
went outsid	-0.045
went swimmi	-0.031
went throug	0.186
went to	-0.336
went upstai	0.026
were	-0.141
were dead	0.062
were shorte	-0.092
what	0.254
what a	-0.036
what dose	0.029
what i	0.035
what if	-0.046
what is	0.274
what they	0.026
when	-0.052
when and	0.039
when everyo	0.063
when he	-0.033
when i	-0.085
when she	-0.045
when things	0.023
when to	-0.02
where no	0.035
where the	-0.024
which	0.044
which bridge	0.044
while	0.235
while now	0.133
who	0.097
who die	0.04
who does	-0.03
who gets	0.155
who is	-0.041
who needed	-0.033
who organi	-0.038
who should	0.054
whoeve	0.158
whoeve comes	0.095
whoeve finds	0.063
whole	0.129
whole bottle	0.04
whole prescr	0.052
whole time	0.047
why	0.071
why do	0.036
wifi	-0.076
will	0.237
will act	0.042
will and	0.073
will be	-0.115
will die	-0.067
will do	0.144
will get	-0.024
will hurt	0.031
will journa	-0.058
will keep	0.021
will kill	-0.154
will look	0.059
will not	0.356
will scream	-0.055
will to	0.038
will was	-0.027
will waste	0.039
will with	-0.047
win	0.091
win anyway	0.024
wins	-0.05
wins tonigh	-0.05
winter	-0.063
winter and	-0.023
wish	0.569
wish a	0.037
wish i	0.576
wish my	-0.073
wish the	0.03
wished	0.046
wished i	0.046
wishin	0.077
wishin i	0.071
with	-0.233
with a	-0.031
with all	0.041
with cake	-0.02
with chemis	-0.047
with everyo	-0.022
with everyt	0.058
with exams	-0.083
with friend	-0.073
with gloves	-0.021
with her	0.023
with hiding	-0.023
with him	-0.093
with it	0.286
with last	-0.121
with life	0.196
with living	0.064
with matche	0.032
with me	0.137
with my	-0.28
with myself	0.041
with people	-0.052
with sam	-0.037
with self	0.022
with some	-0.023
with stretc	-0.037
with tea	-0.04
with that	-0.027
with winter	-0.04
withou	-0.274
withou crying	-0.041
withou guilt	-0.063
withou lookin	0.076
withou me	0.389
withou my	-0.067
withou pushin	-0.072
withou puttin	-0.386
woke	0.099
woke up	0.099
woken	0.086
woken up	0.086
wonky	-0.082
word	0.117
word into	0.117
work	-0.182
work and	0.047
work at	-0.033
work becaus	0.048
work is	-0.041
worked it	0.048
worked out	0.061
workou	-0.054
workou with	-0.037
world	0.397
world is	0.097
world keeps	-0.052
world pizza	-0.035
world will	0.021
world would	0.07
worryi	-0.093
worryi about	-0.043
worth	0.23
worth it	0.098
worth living	0.087
worth saving	0.031
worthl after	-0.021
worthl and	0.03
would	0.859
would actual	0.029
would all	0.044
would be	0.412
would been	-0.045
would care	0.091
would come	0.026
would crash	0.042
would decora	-0.035
would die	-0.281
would do	0.08
would even	0.053
would finall	0.058
would fix	0.037
would get	0.04
would give	-0.064
would have	-0.072
would hit	0.037
would kill	-0.088
would miss	0.08
would need	0.07
would never	-0.02
would not	0.213
would notice	0.057
would rather	-0.135
would say	-0.036
would step	0.033
would swallo	0.052
would take	0.089
wrappe	-0.023
wrappe up	-0.023
wrist	0.236
wrist with	0.122
wrists	0.205
wrists last	0.029
writin	0.152
writin this	0.159
writte	0.089
writte a	0.04
writte letter	0.049
wrong	0.123
wrote	-0.151
wrote a	-0.049
wrote an	-0.023
wrote down	-0.037
wrote it	-0.027
wrote letter	-0.021
wrote notes	0.059
wrote out	0.054
wrote three	-0.042
wrote to	-0.04
wrote what	-0.036
yeah	0.022
year	-0.257
year ago	-0.081
year and	0.03
year i	-0.153
year since	-0.087
year with	0.05
years	-0.195
years ago	-0.06
years clean	-0.123
years holida	-0.03
years today	-0.024
yes	-0.022
yes and	-0.022
yester	0.059
yet	-0.108
yoga	-0.038
you	-0.089
you all	0.062
you are	-0.033
you for	0.033
you have	-0.03
you just	0.024
you next	-0.021
you saturd	-0.036
you there	-0.062
you want	0.022
your	0.052
your day	0.029
your teeth	0.022
youtub	-0.079
youtub again	-0.079
zone	-0.028
"""
