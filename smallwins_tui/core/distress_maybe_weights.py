"""Weights of the "maybe" tier, written by tools/train_maybe.py: do not edit by hand.

One feature a line, a tab, its weight (see smallwins_tui/core/distress_maybe.py).
"""

BIAS = -1.1785
THRESHOLD = 0.7057
WEIGHTS = """\
10	-0.04
10 hours	-0.023
100	-0.026
100 days	-0.026
12	-0.037
2	-0.049
2 years	-0.049
20	0.1
20 pills	0.023
20 tablet	0.076
200	0.034
200 days	0.034
2am	-0.029
3	0.073
3 months	0.079
30	-0.065
30 days	-0.051
4	0.056
4 days	0.056
5	-0.032
5 years	-0.032
500	-0.032
500 days	-0.032
5k	-0.055
8pm	-0.024
90th	-0.021
a	-0.537
a and	-0.036
a bad	-0.035
a bagel	-0.038
a bath	-0.115
a beach	-0.073
a blade	0.027
a blanke	-0.101
a book	-0.13
a bottle	0.047
a brambl	-0.026
a break	-0.057
a breath	-0.023
a bridge	-0.038
a bunch	0.078
a burden	0.329
a bus	0.152
a cabin	-0.07
a candle	-0.041
a car	0.084
a cd	-0.021
a chapte	-0.223
a cigare	0.121
a clear	0.06
a coffee	-0.067
a collea	-0.026
a cookin	-0.023
a cup	-0.043
a curry	-0.062
a cut	-0.026
a danger	0.032
a dark	-0.032
a date	0.211
a day	-0.06
a dirt	0.033
a doctor	-0.04
a dog	-0.063
a draini	-0.031
a e	0.052
a failur	-0.042
a favour	0.101
a few	-0.06
a film	-0.057
a flip	0.02
a friend	-0.136
a funera	-0.036
a future	-0.025
a girl	0.031
a glass	-0.076
a good	-0.215
a handfu	0.087
a hard	-0.035
a headac	-0.031
a helpli	-0.034
a holida	-0.181
a horror	-0.028
a knife	-0.051
a letter	-0.023
a lie	-0.061
a lift	-0.035
a lighte	0.283
a list	0.039
a little	-0.022
a load	0.033
a long	-0.045
a lot	0.193
a man	-0.059
a marath	-0.036
a meal	-0.027
a mental	-0.02
a mess	0.137
a messag	0.123
a method	0.042
a mistak	0.065
a mornin	-0.06
a nap	-0.215
a new	-0.067
a normal	0.048
a nosebl	-0.026
a note	0.067
a panic	-0.071
a paper	-0.05
a perman	0.058
a pill	-0.046
a pizza	-0.044
a plan	0.259
a preven	-0.03
a prison	0.047
a promot	-0.045
a proper	-0.18
a relief	0.151
a rope	0.18
a short	0.051
a shower	0.043
a small	-0.023
a solici	-0.048
a speech	-0.047
a spot	0.047
a stretc	-0.026
a suicid	0.137
a sunny	-0.045
a taxi	-0.041
a text	-0.036
a thread	0.043
a tin	-0.025
a toxic	-0.044
a train	0.056
a tree	0.034
a truck	0.021
a walk	-0.133
a wall	0.097
a wash	-0.022
a waste	0.062
a way	0.105
a week	-0.143
a while	0.235
a whole	-0.023
a will	-0.027
a win	0.023
a word	0.116
a year	-0.145
able	-0.061
able to	-0.061
about	0.426
about a	-0.043
about crashi	0.023
about ctb	0.078
about drivin	0.071
about dying	0.082
about ending	0.059
about footba	-0.031
about granda	-0.068
about grief	-0.043
about her	-0.042
about is	0.021
about it	-0.027
about jumpin	0.157
about killin	0.099
about learni	-0.055
about my	-0.09
about myself	-0.042
about overdo	0.047
about so	-0.024
about steppi	0.081
about suicid	0.056
about taking	0.079
about that	-0.048
about the	-0.252
about throwi	0.029
about to	0.15
about unaliv	0.028
about walkin	0.082
abroad	-0.038
absolu	-0.026
accide	0.089
act	0.035
act on	0.035
actual	0.05
actual do	0.032
added	0.034
added more	0.053
addict	-0.068
adult	-0.028
adult stuff	-0.028
adulti	-0.053
afraid of	-0.028
after	-0.138
after 2	0.042
after 200	0.034
after 3	0.079
after a	-0.026
after all	-0.055
after cuttin	0.057
after footy	-0.024
after him	0.059
after i	0.102
after leg	-0.036
after my	0.029
after myself	-0.069
after no	-0.033
after school	0.041
after that	-0.225
after the	-0.152
after this	-0.075
after travel	-0.076
after trying	0.068
after work	-0.066
again	0.962
again after	0.098
again i	0.025
again if	0.022
again last	0.043
again on	0.039
again today	0.063
again tonigh	0.059
again ugh	-0.052
agains	0.039
agains the	0.156
agains where	-0.074
agains who	-0.043
ages	-0.071
ages ago	-0.041
ago	-0.216
ago i	-0.178
aid	-0.034
aid course	-0.022
air	0.061
alarm	-0.02
alcoho	-0.058
alive	0.701
alive and	-0.092
alive on	-0.045
alive so	0.045
alive throug	-0.023
all	0.07
all at	-0.104
all be	0.049
all day	-0.052
all i	0.038
all my	0.099
all on	0.058
all or	-0.046
all out	0.05
all over	-0.026
all seems	0.049
all the	-0.065
all this	-0.034
all to	0.038
all too	0.021
all week	-0.089
all weeken	-0.138
almost	0.078
almost jumped	0.077
alone	0.079
alone with	0.065
along	-0.099
along by	-0.043
alread	0.112
also	0.095
also been	0.056
also wrote	0.039
always	-0.085
always mess	-0.085
am	-0.023
am a	0.186
am about	-0.029
am afraid	-0.02
am angry	0.09
am applyi	-0.068
am at	0.095
am behind	-0.048
am better	0.052
am checki	0.078
am consid	0.049
am cuttin	0.027
am dead	-0.149
am disapp	0.057
am doing	-0.034
am dying	-0.136
am ending	0.037
am exhaus	0.092
am fine	0.031
am glad	-0.048
am going	0.276
am gone	0.128
am gratef	-0.12
am hangin	-0.044
am headed	0.044
am helpin	-0.032
am holdin	0.063
am how	-0.054
am i	-0.074
am in	-0.04
am just	0.124
am late	-0.16
am learni	-0.042
am leavin	0.079
am losing	0.055
am no	-0.117
am not	0.056
am of	-0.092
am ok	-0.08
am okay	-0.064
am over	-0.217
am planni	0.122
am proud	-0.1
am punish	0.025
am ready	0.065
am really	0.021
am restin	-0.033
am safe	-0.227
am saying	0.14
am scared	0.132
am sittin	0.062
am sorry	0.052
am standi	0.049
am starin	0.025
am stayin	-0.059
am still	-0.063
am such	0.044
am suicid	0.104
am that	-0.03
am thinki	0.162
am this	-0.027
am thrivi	-0.056
am to	-0.059
am upset	0.029
am useles	-0.026
am worthl	0.03
am writin	0.068
am you	-0.093
amazin	-0.029
amount	0.057
an	-0.051
an egg	-0.092
an era	-0.023
an extra	-0.024
an hour	0.036
an overdo	0.071
an preven	-0.023
and	-0.36
and a	0.133
and air	0.061
and apolog	-0.039
and calls	-0.034
and cancel	0.103
and checke	-0.029
and cleane	-0.045
and counte	0.037
and cut	-0.05
and dad	0.057
and die	0.062
and died	0.068
and discou	-0.033
and enjoye	-0.028
and ever	0.07
and everyt	0.039
and feel	0.021
and felt	-0.17
and gave	0.033
and great	-0.026
and had	0.08
and held	-0.036
and how	-0.024
and hung	-0.022
and i	-0.175
and it	-0.277
and kickin	-0.033
and kill	-0.037
and kind	0.078
and laughe	-0.046
and let	-0.051
and looked	0.081
and love	-0.04
and meant	-0.023
and move	-0.03
and moved	-0.05
and moving	-0.049
and my	0.031
and never	0.167
and not	0.168
and now	-0.033
and ok	-0.058
and over	0.047
and paid	0.044
and passwo	0.033
and questi	-0.085
and realis	0.041
and recove	-0.115
and remind	-0.02
and rest	-0.172
and rested	-0.052
and said	0.048
and sat	0.058
and schedu	0.041
and she	-0.049
and should	0.081
and sleep	-0.029
and stare	-0.036
and start	-0.021
and stayin	-0.059
and still	-0.021
and stuck	-0.034
and surviv	0.028
and swappe	-0.032
and talked	-0.033
and that	-0.046
and the	0.289
and thinki	0.037
and though	0.203
and told	-0.089
and took	0.058
and trappe	0.038
and walked	-0.032
and want	0.026
and wanted	0.172
and warm	-0.023
and watche	-0.055
and water	-0.029
and we	-0.041
and went	-0.094
and who	0.06
and woke	-0.052
and worked	0.069
and wrote	-0.032
angry	0.09
angry it	0.09
annive	-0.052
annive of	-0.023
anothe day	0.052
answer	-0.154
answer a	-0.023
answer the	-0.088
answer three	-0.05
answer two	-0.026
antibi	-0.033
anxiou	-0.059
any	0.096
any longer	0.036
any more	0.097
any progre	-0.063
anymor	0.527
anymor so	-0.031
anyone	0.154
anythi	0.055
anythi anymor	0.022
anythi for	-0.08
anythi to	0.03
anyway	-0.074
anyway how	0.031
apolog	-0.155
applie	-0.037
applie elsewh	-0.021
applyi	-0.068
applyi to	-0.068
appoin	-0.181
appoin does	0.067
appoin runs	-0.041
appoin withou	-0.021
are	0.445
are a	0.12
are back	0.116
are bad	0.029
are better	-0.077
are covere	0.065
are dead	-0.036
are dying	-0.034
are fine	-0.032
are for	0.024
are gettin	0.169
are gone	-0.088
are home	-0.036
are in	0.04
are killin	-0.028
are left	-0.063
are lined	0.072
are loud	0.111
are really	0.045
are so	0.039
are still	-0.04
are strong	0.027
are tellin	0.039
arguin	-0.031
arguin with	-0.031
argume	-0.109
argume more	-0.027
argume with	-0.063
arm	0.317
arm again	0.126
arm on	0.032
arm open	0.065
arm tonigh	0.033
arm until	0.038
arm with	0.032
arms	0.368
arms are	0.133
arms at	0.046
arms raw	0.069
arms till	0.037
arms until	0.075
around	0.158
around anymor	0.047
around me	0.023
around much	0.05
around this	-0.078
around to	0.033
as	0.07
as much	-0.025
as prescr	-0.028
as punish	0.061
as usual	-0.025
as well	0.063
ask	-0.033
ask for	-0.033
asked	-0.246
asked a	-0.025
asked about	-0.02
asked and	0.119
asked for	-0.171
asked if	-0.023
asked my	-0.031
asked the	-0.073
asleep	0.09
assign	-0.025
at	-0.542
at 2am	-0.029
at 8pm	-0.024
at all	0.101
at dawn	-0.057
at everyo	0.06
at footba	-0.022
at her	-0.021
at home	0.029
at karaok	-0.033
at my	-0.174
at night	-0.026
at noon	-0.032
at once	-0.104
at partie	-0.056
at quizze	-0.025
at that	-0.025
at the	0.122
at them	0.025
at this	-0.07
at work	-0.111
ate	-0.08
ate breakf	-0.022
ate my	-0.066
ate nothin	0.056
ate someth	-0.027
attack	-0.042
attack by	-0.032
attemp	0.204
attemp again	0.039
attemp and	0.071
attemp last	0.089
attent	-0.032
attent my	-0.032
aunts	-0.021
aunts birthd	-0.021
avoidi	-0.106
avoidi in	-0.065
awake	-0.029
awake at	-0.029
away	-0.103
away books	-0.063
away clothe	-0.069
away for	-0.058
away last	-0.04
away peacef	-0.028
away the	-0.023
away to	0.032
baby	-0.029
back	-0.125
back bad	0.037
back fine	-0.022
back from	-0.031
back on	-0.216
back then	-0.048
back to	-0.262
backgr	-0.056
backgr at	-0.056
bad	0.186
bad i	0.037
bad mornin	-0.027
bad right	0.036
bad self	0.032
bad today	0.029
badly	0.034
bag	0.104
bag over	0.097
bagel	-0.038
baked	-0.024
balcon	0.135
balcon has	0.08
band	-0.06
band is	-0.026
band was	-0.024
banged	0.033
banged my	0.033
barked	0.08
bath	-0.108
bath wishin	0.022
batter	-0.182
batter empty	-0.07
batter is	-0.083
be	0.389
be a	0.034
be able	-0.061
be alive	0.175
be around	0.059
be at	-0.082
be better	0.162
be bother	0.02
be dead	0.242
be doing	0.056
be easier	-0.024
be erased	0.108
be fine	0.079
be free	0.037
be furthe	-0.043
be gone	-0.036
be happie	0.04
be here	0.116
be in	-0.036
be like	-0.077
be my	0.089
be needin	0.043
be of	-0.046
be on	-0.179
be reliev	0.034
be so	-0.077
be the	-0.175
be there	-0.052
be with	0.074
beach	-0.125
beach right	-0.073
beach this	-0.021
beam	0.12
beam in	0.12
beat	-0.023
beauti	-0.024
becaus	0.058
becaus i	0.092
bed	-0.295
bed early	-0.05
bed i	-0.055
bed planni	0.075
been	0.564
been a	0.048
been avoidi	-0.106
been burnin	0.094
been callin	0.08
been cuttin	0.071
been feelin	-0.058
been giving	0.106
been having	0.032
been holdin	0.022
been months	-0.07
been planni	0.025
been pullin	0.021
been puttin	-0.027
been resear	0.035
been sad	-0.042
been sleepi	0.055
been stockp	0.093
been strugg	-0.044
been thinki	0.07
before	-0.413
before bed	-0.024
before how	-0.074
before i	-0.029
before it	-0.032
before my	-0.047
before the	-0.04
behind	-0.097
behind and	-0.049
behind where	-0.048
being	0.228
being alive	0.332
being anxiou	-0.032
being here	0.059
being me	0.027
being scared	-0.055
being so	-0.036
being the	-0.066
being tired	-0.025
believ	-0.078
believ i	-0.037
believ it	-0.042
belong	-0.053
belong on	-0.065
belt	0.05
belt last	0.05
best	-0.048
best choice	-0.025
best friend	0.023
best of	-0.028
better	0.086
better after	-0.034
better and	-0.052
better by	-0.032
better off	0.337
better place	0.021
better withou	0.184
better yet	-0.156
bike	-0.101
bike to	-0.029
bill	-0.165
bill withou	-0.021
bills	0.044
bills so	0.044
bins	-0.021
birthd	-0.063
birthd messag	-0.021
bit of	-0.034
bit tired	-0.048
bite	0.027
bite my	0.038
bitter	-0.023
black	0.025
blade	0.113
blade again	0.035
blades	0.061
blades on	-0.029
blades out	0.074
blades today	0.024
blanke	-0.101
blanke all	-0.076
blanke with	-0.025
bleach	0.04
bled	0.202
bled a	-0.022
bled all	-0.026
bleed	0.159
bleed out	0.074
bleeds	0.074
block	-0.114
blood every	-0.081
blood from	0.099
blood test	-0.022
blood today	-0.028
blue	-0.126
board	-0.021
boat	-0.02
boat proper	-0.02
boats	-0.02
body	0.104
body does	0.04
body feels	0.047
boil	-0.092
boil an	-0.092
book	-0.321
book about	-0.049
book all	-0.052
book tonigh	-0.092
booked	-0.195
booked a	-0.044
booked the	-0.08
booked therap	-0.032
books	-0.088
books i	-0.063
boot	0.025
boot of	0.025
boots	-0.041
boots after	-0.041
bored	-0.074
bored to	-0.074
born	0.109
boss	-0.208
boss emails	-0.057
boss killed	-0.033
boss will	-0.085
bother	0.06
bother stayin	0.04
bother to	0.02
bottle	0.084
bottle of	0.054
bought	0.209
bought a	0.158
bought new	0.024
bought parace	0.083
bought rope	-0.024
bounce	-0.031
bounce back	-0.031
box	-0.027
boxes of	0.083
boyfri	-0.085
boyfri tomorr	-0.085
brain	0.028
brain keeps	0.028
brambl	-0.026
brb	-0.034
brb going	-0.034
break	-0.057
breakf	-0.039
breakf sittin	-0.022
breath	-0.107
breath exerci	-0.027
breath in	0.022
breath instea	-0.032
bridge	0.09
bridge and	0.058
bridge club	-0.093
bridge collap	-0.022
bridge made	-0.031
bridge near	0.022
bridge right	0.039
bridge to	-0.026
bridge waitin	-0.076
brings	-0.028
brings me	-0.028
brothe	-0.089
brothe about	-0.031
brothe again	-0.037
brough	-0.071
brough up	-0.065
bruise	0.109
brush	0.022
brush your	0.022
bunch	0.078
bunch of	0.078
bungee	-0.027
bungee jumped	-0.027
burden	0.281
burden and	0.066
burden carrie	-0.034
burden earlie	-0.029
burden i	-0.048
burden like	0.046
burden on	0.024
burden to	0.159
burned	0.196
burned a	-0.032
burned my	0.104
burned myself	0.148
burnin	0.135
burnin my	0.032
burnin myself	0.104
burnt	0.216
burnt my	0.11
burnt myself	0.106
bus	0.03
bus comes	-0.029
bus hits	0.061
bus so	-0.021
bus would	0.036
busy	-0.057
by	-0.111
by a	0.14
by breath	-0.032
by disapp	0.028
by eight	-0.047
by friday	-0.072
by not	0.032
by now	-0.118
by she	0.029
by the	-0.029
c:burden	-0.071
c:burden+end	0.295
c:burden+end+vanish	0.051
c:burden+goodbye	0.026
c:burden+goodbye+noway	-0.029
c:burden+means	-0.092
c:burden+vanish	0.032
c:end	0.831
c:end+goodbye	-0.064
c:end+goodbye+noway	-0.115
c:end+means	-0.179
c:end+vanish	0.098
c:goodbye	0.419
c:goodbye+noway+vanish	-0.062
c:goodbye+vanish	0.12
c:i+burden	0.374
c:i+end	-0.136
c:i+goodbye	0.225
c:i+means	0.581
c:i+noway	0.218
c:i+vanish	0.272
c:means	0.819
c:means+noway	0.127
c:noway	0.409
c:noway+vanish	0.073
c:vanish	0.184
cabin	-0.07
cabin for	-0.07
caffei	-0.025
cake	-0.173
call	-0.147
call with	-0.022
called	-0.213
called dead	-0.026
called more	-0.048
called mum	-0.031
called my	-0.024
called the	-0.029
called too	-0.04
callin me	0.08
callin them	-0.068
calls	-0.034
calm	-0.043
calm now	0.038
calmer	-0.021
calmin	-0.026
calmly	-0.145
calms	0.075
calms me	0.075
calori	-0.05
calori are	-0.038
came	0.038
came back	-0.026
came out	0.059
came so	0.052
campin	-0.067
can	0.16
can find	-0.039
can go	0.06
can help	-0.024
can just	0.028
can not	0.194
can reorde	-0.063
can rest	-0.037
can see	0.037
cancel	0.053
cancel my	0.103
cancel plans	-0.069
cancel the	0.032
cancer	0.113
cancer and	0.042
cancer takes	0.071
candle	-0.064
car	0.341
car batter	-0.063
car for	0.058
car hits	0.03
car into	0.026
car on	0.045
car park	0.117
car with	0.112
carbs	-0.067
carbs again	-0.067
card	-0.045
care	0.298
care if	0.192
care instru	0.092
cares	0.029
cares if	0.029
carrie	-0.034
carrie at	-0.034
carryi	0.071
carryi on	0.075
carved	0.137
carved a	0.11
carved into	0.027
case	0.142
cat	-0.023
cat after	0.041
cat brings	-0.028
cat died	-0.041
cat is	-0.023
cat knocke	-0.04
cat to	0.031
cats	0.078
cats care	0.092
caught	-0.146
caught myself	-0.085
caught the	-0.029
cd	-0.021
cd for	-0.021
cease	0.035
celebr	-0.02
celebr with	-0.02
challe	-0.043
challe the	-0.043
chance	0.067
chance again	0.067
change	-0.033
changi	-0.065
chapte	-0.26
chapte and	-0.03
chapte withou	-0.033
charac	-0.056
charac died	-0.044
charit	-0.043
charit and	-0.022
chat	-0.045
check	-0.062
check my	-0.111
check out	0.056
checke	0.033
checke how	0.072
checke the	-0.029
checki	0.081
checki out	0.078
chemis	-0.049
chips	-0.127
choice	-0.025
choked	0.022
choked myself	0.022
chop	-0.035
chop veg	-0.035
choppi	-0.052
choppi onions	-0.052
chosen	0.038
chosen the	0.038
cigare	0.108
cigare on	0.041
cinema	-0.063
cinema tonigh	-0.063
cities	-0.03
city	-0.031
city anymor	-0.031
clappe	-0.045
clappe along	-0.045
class	-0.206
class nearly	-0.041
clean	-0.178
clean from	-0.127
clean it	0.08
clean today	-0.067
cleane	-0.078
cleane it	-0.084
cleane the	0.04
cleani	0.029
cleani it	-0.027
cleani up	0.099
clear	0.06
clear head	0.06
cleare	-0.036
cleare my	-0.022
cliff	0.096
cliff for	-0.029
cliff right	0.062
cliff today	0.054
cliffs	0.061
cliffs for	0.061
climbi	-0.07
climbi wall	-0.038
close	0.117
close to	0.117
closer	-0.021
clothe	-0.118
clothe away	-0.03
clothe i	-0.069
club	-0.093
club tonigh	-0.093
coast	-0.037
coat	-0.063
coat on	-0.063
coffee	-0.232
coffee intake	-0.036
coffee right	-0.077
cold	-0.085
cold is	-0.034
cold sea	-0.03
collap	-0.022
collea	-0.081
collea who	-0.046
come	0.164
come back	0.119
come down	0.021
come up	0.022
comes	0.099
comes back	0.037
comes soon	-0.029
comfor	-0.04
comfor zone	-0.028
commen	-0.025
commen as	-0.025
commit	0.029
commut is	-0.035
compar	-0.129
compar with	-0.129
comple	0.023
comple my	0.023
concer	-0.108
concer was	-0.026
consid	0.064
consid ending	0.036
consid suicid	0.028
consta	0.06
contra	0.035
cook	-0.114
cook twice	-0.036
cooked	-0.202
cooked a	-0.022
cooked dinner	-0.022
cooked the	-0.075
cookin	-0.074
cookin class	-0.038
cope	0.166
cope any	0.081
copes	-0.053
copes better	-0.053
corner	-0.022
costs	-0.043
costs to	-0.043
could at	-0.021
could crash	0.051
could die	-0.054
could disapp	0.041
could have	-0.053
could just	0.083
could murder	-0.076
could not	-0.023
could sleep	-0.023
could stop	0.03
could take	0.02
counse	-0.023
counse asked	-0.023
count	-0.033
counte	-0.036
counte how	-0.056
counte my	-0.045
counte out	0.028
counte them	0.037
counts	-0.043
coupon	-0.022
course	-0.049
covere	0.065
covere in	0.065
crash	0.212
crash my	0.028
crash the	0.051
crash will	0.062
crashi	0.023
crashi the	0.023
creepi	0.049
creepi back	0.049
cried and	0.119
crisis	-0.051
crisis line	-0.025
cross	0.027
cross the	0.027
crosse	-0.061
crosse the	-0.061
crowde	-0.087
cry	-0.187
cry in	-0.034
cry instea	-0.025
crying	-0.092
ctb	0.329
ctb a	0.041
ctb though	0.055
ctb tonigh	0.12
cup	-0.067
cup of	-0.043
cupboa	0.029
cupboa and	0.039
curb	0.078
curb withou	0.078
curry	-0.082
curtai	-0.047
curtai every	-0.04
cut	-0.4
cut again	0.125
cut are	0.035
cut back	-0.124
cut deep	0.074
cut down	-0.183
cut i	0.021
cut in	-0.103
cut is	0.19
cut my	-0.321
cut myself	0.059
cut on	-0.026
cut out	-0.037
cut the	-0.098
cut ties	-0.047
cut today	-0.043
cut tonigh	0.033
cut too	0.037
cuts	0.383
cuts again	0.071
cuts are	0.094
cuts every	0.068
cuts on	0.085
cuttin	0.076
cuttin again	0.083
cuttin back	-0.076
cuttin carbs	-0.067
cuttin deeper	0.027
cuttin down	-0.077
cuttin my	0.05
dad	-0.038
dad in	0.031
dad tonigh	0.057
dads	-0.046
danced	-0.034
danced in	-0.034
danger	0.032
danger to	0.032
dark	-0.13
dark room	-0.032
dark though	-0.088
date	0.18
date for	0.093
date to	0.036
dawn	-0.057
day	-0.052
day 30	-0.022
day after	-0.076
day and	-0.04
day at	0.029
day i	0.159
day is	0.047
day its	0.022
day like	-0.045
day off	-0.058
day today	0.048
days	-0.049
days clean	-0.083
days i	0.048
days so	0.056
days the	-0.02
days to	0.031
dead	0.081
dead after	-0.064
dead again	-0.052
dead and	-0.034
dead by	0.032
dead for	-0.032
dead gorgeo	-0.061
dead has	-0.033
dead inside	-0.024
dead last	-0.04
dead letter	-0.026
dead people	0.049
dead right	0.021
dead so	-0.062
dead than	0.027
dead that	-0.092
deadli	-0.116
deadli everyw	-0.031
deadli met	-0.049
deadli pb	-0.03
deal	0.06
deal with	0.06
death	0.113
death annive	-0.03
death calms	0.056
death consta	0.025
death in	-0.086
death is	0.029
death metal	-0.026
death of	-0.192
death seems	0.058
death sounds	0.122
death would	0.05
debts	0.103
debts and	0.103
decide	0.093
decide it	0.021
decidi	-0.025
decisi	0.046
decora	-0.035
decora the	-0.035
deep	0.114
deep into	-0.077
deep this	0.08
deep tonigh	0.074
deeper	0.277
deeper each	0.027
deeper than	0.078
delete	0.033
delete all	0.033
dentis	-0.047
deserv	0.234
deserv a	-0.055
deserv better	0.067
deserv to	0.221
desk	0.106
desk and	0.025
did	-0.624
did i	-0.042
did it	-0.084
did my	-0.025
did not	-0.545
did self	0.186
did the	-0.024
die	0.151
die all	0.026
die every	-0.07
die for	-0.165
die from	0.021
die happy	-0.079
die in	0.125
die on	-0.168
die so	0.06
die than	-0.244
die though	0.054
die withou	-0.065
die young	0.042
died	-0.287
died and	-0.092
died last	-0.064
died mid	-0.03
died on	-0.04
died so	-0.034
died tomorr	0.046
died when	-0.055
dies	-0.061
dies at	-0.035
differ	0.215
differ lately	0.12
differ shops	0.095
dinner	-0.189
dinner later	-0.027
dinner soon	-0.029
dirt	0.033
dirt nap	0.033
disapp and	0.025
disapp foreve	0.121
disapp from	0.027
disapp i	0.057
disapp into	-0.211
disapp perman	0.032
disapp to	-0.07
disapp under	-0.101
discou	-0.033
discou does	-0.033
dishes	-0.064
diving	-0.021
diving board	-0.021
do	0.496
do a	0.02
do all	-0.061
do i	0.04
do it	0.292
do karaok	-0.092
do list	-0.068
do me	0.062
do not	0.074
do someth	0.035
do the	-0.029
do this	0.081
do to	0.021
do tonigh	0.022
doctor	-0.229
doctor appoin	-0.04
doctor gave	-0.085
doctor plan	-0.028
does	0.022
does not	0.042
does the	-0.029
dog and	0.142
dog barked	0.08
dog in	0.07
dog is	-0.038
dog round	-0.114
dog to	0.054
dogs	-0.039
dogs life	-0.039
doing	0.046
doing everyo	0.028
doing myself	0.024
doing them	0.028
donate	-0.028
donate blood	-0.028
done	-0.097
done fighti	0.036
done for	-0.088
done i	0.04
done the	-0.031
done waitin	0.044
done with	-0.164
door	-0.035
door to	-0.066
door until	0.042
dosage	0.069
dosage and	0.069
dose	0.111
dose for	-0.028
dose of	0.12
dose would	0.032
doses	0.053
down	-0.277
down from	-0.023
down my	-0.058
down on	-0.069
down screen	-0.041
down today	-0.093
down with	0.038
drafte	0.123
drafte a	0.123
draini	-0.031
drank	-0.095
drank a	0.03
drank and	0.052
drank bleach	0.04
drank less	-0.021
drank water	-0.188
drawer	0.108
drawer for	0.023
dresse	-0.06
dresse before	-0.026
drew	-0.031
drew a	-0.031
drink	0.031
drink myself	0.035
drive	0.118
drive after	-0.033
drive home	0.022
drive into	0.067
drive my	0.026
drive off	0.056
drive to	-0.021
drivin	0.084
drivin into	0.141
drivin over	-0.061
drivin too	0.022
drop	-0.061
drop dead	-0.061
drove	-0.057
drove home	-0.025
drove off	-0.025
ducks	-0.025
during	-0.035
during a	-0.032
dye	-0.091
dye my	-0.091
dying	0.03
dying a	0.03
dying and	-0.028
dying feels	0.044
dying for	-0.071
dying in	-0.034
dying sounds	0.053
e	0.052
e for	0.057
each	0.027
each time	0.027
earlie	0.037
earlie and	0.084
early	-0.546
early and	-0.119
early becaus	-0.02
early tonigh	-0.092
earth	0.045
easier	-0.035
easier to	-0.057
easier when	-0.046
easily	-0.023
easy	0.034
eating	0.03
eating so	0.046
eating that	-0.033
edge	0.048
edge of	0.104
egg	-0.092
egg perfec	-0.047
eight	-0.047
either	-0.027
else	-0.11
else copes	-0.053
else manage	-0.066
elsewh	-0.021
email	-0.02
email and	-0.02
emails	-0.304
emails i	-0.041
emails me	-0.057
emails withou	-0.037
empty	-0.077
end	0.099
end everyt	0.027
end it	0.231
end my	0.099
end of	-0.183
end things	0.036
end this	-0.056
ended	-0.306
ended a	-0.048
ended my	-0.049
ended the	-0.068
ended things	-0.046
ended up	-0.056
ending	0.412
ending everyt	0.054
ending it	0.255
ending made	-0.034
ending my	0.109
ending things	0.088
ending toxic	-0.044
ends with	-0.022
energy	-0.064
energy for	-0.028
energy to	-0.036
engine	0.112
engine runnin	0.112
enjoye	-0.028
enjoye the	-0.028
enough	-0.092
enough energy	-0.036
enough progre	-0.039
enough tablet	0.054
enough to	-0.127
entry	0.088
envy	0.091
envy dead	0.049
envy people	0.042
era	-0.023
erased	0.108
essay	-0.05
even	-0.058
even bother	0.04
even brush	0.022
even care	0.023
even if	-0.065
even notice	0.054
even the	0.049
even though	-0.164
even when	-0.028
evenin	-0.061
ever	0.068
ever and	0.07
ever get	-0.038
ever hurt	0.06
every	0.088
every day	-0.051
every few	-0.081
every mornin	0.041
every night	0.072
every room	0.038
every single	0.022
every time	0.031
everyb	0.026
everyo	0.305
everyo a	0.028
everyo around	0.023
everyo asleep	0.066
everyo at	-0.06
everyo better	0.046
everyo else	-0.119
everyo i	0.087
everyo on	-0.032
everyo saying	-0.022
everyo would	0.037
everyt	0.332
everyt behind	-0.049
everyt is	-0.077
everyt square	0.025
everyt to	0.168
everyw	-0.041
eviden	-0.029
ex	-0.068
exam	-0.233
exam is	-0.032
exam nearly	-0.021
exam will	-0.04
exams	-0.113
exams foreve	-0.058
except	0.026
except dying	0.026
exerci	-0.035
exhaus	0.089
exhaus and	0.032
exhaus from	0.062
exist	0.206
existi	0.397
existi hurts	0.09
exit	0.075
exit strate	0.02
exs	-0.037
exs profil	-0.037
extra	-0.131
extra shift	-0.131
eyes	-0.047
eyes off	-0.047
face	0.089
face till	0.071
fade	-0.033
fade away	0.023
fade into	-0.056
fail	-0.022
fail again	0.025
fail this	-0.046
failur	-0.042
fall	0.024
fall asleep	0.024
family	0.213
family deserv	0.062
family would	0.069
far	-0.024
far i	-0.024
fast	0.035
fast hoping	0.022
favour	0.071
favour by	0.028
feel	0.572
feel about	0.028
feel calm	0.038
feel hopele	0.038
feel lighte	-0.042
feel like	0.184
feel pain	0.065
feel sad	-0.068
feel safe	0.11
feel sick	0.039
feel someth	0.086
feel suicid	0.03
feel unsafe	0.025
feelin	-0.115
feelin are	0.073
feelin better	-0.083
feelin for	-0.081
feelin instea	-0.038
feelin like	0.039
feelin numb	-0.058
feelin organi	-0.027
feelin really	0.084
feelin stuck	-0.033
feelin suicid	0.081
feels	0.091
feels closer	-0.021
feels like	0.115
feet	-0.056
feet are	-0.049
fell	-0.037
fell from	-0.025
felt	-0.552
felt anxiou	-0.028
felt better	-0.083
felt calmer	-0.021
felt final	0.07
felt good	-0.022
felt hopefu	-0.025
felt lighte	-0.112
felt like	-0.109
felt proud	0.111
felt safe	-0.147
felt suicid	-0.062
felt this	-0.032
felt worthl	-0.02
few	-0.141
few months	-0.081
few weeks	-0.056
fight	0.098
fight it	0.026
fight to	0.057
fighti	0.041
fighti to	0.051
fighti with	-0.025
film	-0.205
film about	-0.031
film ends	-0.022
final boss	-0.048
finall	-0.086
finall do	0.058
finall ended	-0.024
finall killed	-0.021
find	-0.039
find it	-0.039
finds	0.056
finds me	0.062
fine	-0.138
fine if	0.043
fine withou	0.025
finger	-0.087
finger and	-0.026
finger choppi	-0.052
finish	-0.583
finish a	-0.128
finish all	-0.051
finish it	-0.029
finish my	-0.054
finish the	-0.25
finish two	-0.021
firewo	-0.08
first	-0.045
first aid	-0.034
first time	0.022
fist	0.042
fist into	0.042
fitted	-0.043
fitted sheets	-0.043
five	-0.02
five minute	-0.02
fix	0.038
fix it	0.038
fixed	-0.025
flat	-0.075
flat and	0.044
flat today	-0.073
flip	0.02
flip off	0.02
flu	-0.023
flu finall	-0.023
foldin	-0.043
foldin fitted	-0.043
follow	-0.021
footba	-0.054
footy	-0.024
for	-0.036
for 100	-0.026
for 4	0.056
for a	-0.259
for after	0.177
for all	-0.032
for an	0.029
for campin	0.059
for days	0.031
for dinner	-0.06
for ever	0.07
for everyo	0.055
for everyt	0.121
for five	-0.02
for good	0.218
for granda	-0.027
for help	-0.158
for her	-0.029
for it	0.158
for kids	-0.028
for later	0.045
for me	0.167
for mum	0.037
for my	-0.229
for myself	0.064
for now	-0.042
for painle	0.08
for real	0.04
for stitch	0.057
for takeaw	-0.078
for ten	-0.138
for the	-0.489
for their	-0.022
for things	0.025
for today	-0.063
for tomorr	-0.055
for too	0.061
for twelve	-0.097
for what	0.026
for when	0.067
for whoeve	0.154
foreve	0.348
foreve and	0.049
foreve tired	0.029
forgav	-0.022
forgav myself	-0.022
form	-0.153
form withou	-0.021
forum	-0.032
forwar	-0.081
forwar to	-0.081
fought	-0.037
fought the	-0.037
found	0.084
found out	0.035
found the	0.049
four	-0.05
four months	-0.05
free	-0.022
free from	-0.06
free to	0.022
fresh	0.065
fresh cuts	0.065
friday	-0.09
friday i	-0.072
fridge	0.051
fridge for	0.078
friend	-0.473
friend attemp	-0.032
friend band	-0.026
friend even	-0.025
friend how	-0.022
friend i	0.067
friend is	-0.022
friend remind	-0.048
friend this	0.101
friend told	-0.072
friend tonigh	-0.049
friend who	-0.066
friend would	-0.032
fringe	-0.111
fringe myself	-0.078
from	-0.095
from a	-0.131
from an	0.021
from life	0.02
from living	0.062
from my	0.189
from myself	0.024
from scratc	-0.026
from self	-0.147
from snappi	-0.038
from textin	-0.034
from that	-0.045
from the	-0.066
from this	0.035
from three	0.095
from twitte	-0.025
from years	0.025
front	0.11
front of	0.11
fun	-0.049
funera	-0.05
funera was	-0.03
furthe	-0.043
furthe along	-0.043
future	-0.047
future for	0.11
future plan	-0.068
future self	-0.064
future to	-0.081
game	-0.075
garage	0.233
garage differ	0.12
garage for	0.112
garden	-0.169
garden wateri	-0.058
gate	-0.029
gave	-0.286
gave away	-0.146
gave me	-0.085
gave my	0.076
gave one	-0.047
gave some	-0.029
gave up	-0.049
get	-0.033
get a	-0.081
get back	-0.054
get bad	0.025
get hit	0.082
get jk	-0.032
get like	0.029
get out	-0.05
get over	0.021
get sick	0.062
get the	0.067
get throug	-0.034
get up	-0.123
gets	0.201
gets my	0.113
gets the	0.041
gets too	0.055
gettin	0.23
gettin a	-0.103
gettin deeper	0.169
gettin everyt	0.025
gettin harder	0.034
gettin old	0.022
gettin on	0.063
ghost after	-0.063
ghost alread	0.054
girl	0.031
girl like	0.031
give	-0.295
give a	-0.047
give anythi	-0.066
give up	-0.182
given	-0.068
given up	-0.068
giving	0.048
giving blood	-0.081
giving my	0.116
glad	-0.125
glad i	-0.062
glad to	-0.045
glass	-0.076
glass of	-0.076
gloves	-0.021
gna	0.055
gna kms	0.084
gna make	-0.029
go back	-0.195
go black	0.025
go by	-0.051
go home	-0.091
go now	-0.033
go on	0.053
go out	-0.029
go throug	0.031
go to	-0.108
go with	0.06
goal	-0.048
goal today	-0.048
goes	0.116
goes wrong	0.123
going	0.341
going back	0.057
going for	-0.026
going on	0.185
going quiet	-0.029
going to	0.148
going well	-0.041
gone	0.074
gone for	-0.033
gone now	-0.088
gone on	-0.097
gone please	0.044
good	-0.145
good book	-0.124
good call	-0.064
good coffee	-0.043
good from	-0.025
good note	-0.063
goodby	0.427
goodby for	-0.042
goodby messag	0.078
goodby note	0.056
google	0.122
google how	0.063
google the	0.027
google what	0.032
gorgeo	-0.073
gorgeo sunset	-0.061
got	-0.15
got cancer	0.042
got dresse	-0.06
got heated	-0.034
got hit	0.021
got ill	-0.043
got killed	-0.025
got my	0.05
got over	-0.041
got sick	0.026
got throug	-0.038
got two	0.083
got up	-0.069
gp	-0.027
gp about	-0.038
granda	-0.204
granda death	-0.03
granda funera	-0.034
granda passed	-0.04
granda withou	-0.068
grandm	-0.183
grandm does	-0.069
grandm is	-0.028
grandm passed	-0.042
grandp	-0.029
grass	-0.036
gratef	-0.12
gratef for	-0.032
grave	-0.109
grave and	-0.032
grave today	-0.04
great	-0.04
green	-0.03
grief	-0.069
grieve	-0.024
ground	0.042
ground would	0.05
group	-0.091
group chat	-0.06
guilt	-0.059
guitar	0.02
guitar and	0.031
guts	0.032
gym	-0.343
gym member	-0.04
gym this	-0.057
gym today	-0.02
gym tonigh	-0.024
habit	-0.021
had	-0.052
had a	-0.048
had been	-0.068
had dark	-0.088
had died	0.075
had enough	-0.057
had not	-0.086
had suicid	0.067
had the	0.041
had to	0.137
had water	-0.033
haha	-0.061
hair	-0.326
hair cut	-0.026
hair out	0.021
hair pink	-0.091
hair short	-0.085
haircu	-0.024
half	-0.03
hallwa	-0.021
hand	0.023
hand on	-0.049
handfu	0.087
handfu of	0.087
hands	0.079
hands on	0.079
hang	-0.037
hang in	-0.083
hang myself	0.06
hangin	-0.119
hangin in	-0.025
hangin on	0.022
hangin out	-0.086
hangin up	-0.041
happen	-0.068
happen next	-0.031
happen to	-0.054
happie	0.04
happie withou	0.039
happy	-0.135
happy after	-0.079
hard	-0.248
hard on	-0.124
hard to	0.037
hard week	-0.023
hard winter	-0.023
harder	0.034
harder to	0.034
harm	0.542
harm after	0.108
harm again	0.133
harm and	-0.042
harm even	-0.028
harm for	0.133
harm in	-0.032
harm relaps	0.046
harm this	-0.06
harm today	0.096
harm urges	0.127
harm when	0.025
harm will	0.023
harsh	-0.022
harshe	-0.034
has	0.168
has been	0.08
has change	-0.033
has new	-0.033
has no	0.066
has nothin	0.029
has shifte	-0.033
has to	0.093
hate	0.132
hate being	0.077
hate monday	-0.043
hate my	0.037
hate waking	0.041
have	0.478
have been	0.102
have called	-0.04
have chosen	0.038
have come	-0.024
have decide	0.093
have done	-0.041
have energy	-0.028
have enough	0.059
have given	-0.068
have got	0.057
have had	0.027
have her	-0.079
have lost	0.028
have made	0.063
have my	0.053
have no	0.028
have not	-0.06
have nothin	0.05
have picked	0.042
have recent	-0.027
have said	0.048
have surviv	0.025
have the	0.098
have tied	0.029
have to	-0.118
have wanted	0.022
have worked	0.05
have writte	0.088
having	0.083
having a	-0.038
having really	0.032
having suicid	0.047
having though	0.027
he	-0.122
he ate	-0.066
he died	-0.032
he propos	-0.032
head	0.463
head agains	0.156
head for	0.097
head into	0.023
head on	0.062
headac	-0.116
headac like	-0.029
headed	0.044
headsh	-0.037
headsh and	-0.037
health	-0.053
heart	0.034
heart meds	0.028
heat	-0.096
heat is	-0.096
heated	-0.034
heaven	0.05
hedge	-0.025
held	-0.055
held it	-0.036
help	-0.125
help i	0.04
help instea	-0.029
help my	-0.024
help sooner	-0.033
help with	-0.042
helped	-0.045
helpin	-0.032
helpin her	-0.032
helpli	-0.041
helps	0.13
helps a	-0.029
helps is	0.09
her	-0.314
her 90th	-0.021
her becaus	0.067
her death	-0.023
her doctor	-0.031
her grave	-0.034
her hair	-0.079
her i	-0.043
her so	0.043
her withou	-0.029
here	0.381
here and	-0.044
here anymor	0.032
here at	-0.023
here much	0.023
here next	0.025
here on	-0.105
here tomorr	0.054
hid	0.06
hid my	0.046
hiding	-0.058
high	0.077
high the	0.072
hill	-0.078
him	-0.034
him after	0.059
him kindly	-0.093
his	-0.059
his grave	-0.04
hit	0.246
hit by	0.103
hit me	0.045
hit my	0.065
hit myself	0.064
hit the	-0.031
hits	0.092
hits me	0.092
holdin	0.13
holdin my	0.022
holdin onto	0.06
holdin the	0.047
holida	-0.382
holida yet	-0.025
home	-0.103
home alone	0.051
home and	-0.105
homewo	-0.114
hoops	-0.043
hope	0.028
hope a	0.03
hope i	0.199
hope it	-0.062
hope my	-0.118
hope nothin	-0.072
hope someth	0.037
hope the	0.042
hoped	0.078
hopefu	-0.025
hopele and	0.038
hoping	0.227
hoping a	0.061
hoping i	0.053
hoping the	0.104
horror	-0.028
hospit after	0.068
hospit and	-0.024
hotel	-0.033
hotel at	-0.023
hour	0.036
hour ago	0.026
hours	-0.157
hours at	-0.021
house	-0.054
housep	-0.051
housep are	-0.04
how	-0.044
how far	-0.024
how high	0.072
how it	-0.054
how low	-0.053
how many	0.117
how much	-0.089
how peacef	-0.056
how things	-0.091
how to	0.077
how was	0.031
hung	-0.135
hung it	-0.022
hung out	-0.036
hung the	-0.077
hurt	0.338
hurt by	-0.025
hurt my	-0.021
hurt myself	0.244
hurt so	0.06
hurtin	0.086
hurtin myself	0.081
hurts	0.117
hurts too	0.09
i	0.944
i a	-0.164
i added	0.053
i almost	0.078
i always	-0.085
i am	0.05
i and	-0.033
i apolog	-0.086
i applie	-0.021
i ask	-0.033
i asked	-0.11
i at	-0.089
i ate	0.056
i attemp	0.093
i banged	0.033
i bite	0.038
i bled	0.087
i bleed	0.048
i booked	-0.032
i bought	0.057
i bounce	-0.027
i burned	0.15
i burnt	0.162
i called	-0.071
i came	0.044
i can	0.228
i carved	0.027
i checke	0.072
i choked	0.022
i clappe	-0.045
i cleane	0.044
i could	0.021
i crash	0.022
i cried	-0.108
i cross	0.027
i cut	0.066
i danced	-0.034
i delete	0.033
i deserv	0.09
i did	-0.425
i die	0.112
i died	0.148
i disapp	0.043
i drank	-0.065
i envy	0.091
i even	0.04
i fail	-0.022
i feel	0.421
i felt	-0.325
i finish	-0.108
i fought	-0.037
i gave	-0.059
i get	0.128
i google	0.037
i got	-0.159
i had	0.041
i hate	0.132
i have	0.773
i hit	0.051
i hope	0.056
i hung	-0.022
i hurt	0.083
i journa	-0.021
i just	0.063
i keep	0.462
i kept	-0.046
i killed	-0.03
i know	0.116
i laughe	-0.053
i learn	-0.042
i left	-0.093
i let	-0.127
i liftin	-0.047
i like	-0.046
i listen	-0.059
i lit	-0.03
i live	0.042
i looked	0.196
i love	0.174
i loved	-0.041
i made	-0.063
i mean	0.036
i measur	-0.043
i might	0.159
i mixed	0.044
i moved	-0.07
i napped	-0.023
i nearly	-0.041
i need	0.125
i no	-0.063
i not	-0.059
i notice	-0.071
i opened	-0.04
i overdi	0.05
i passed	-0.044
i picked	0.097
i posted	0.048
i practi	0.05
i punche	0.054
i purged	0.053
i push	-0.074
i put	0.097
i read	-0.035
i regret	0.033
i relaps	0.199
i remind	-0.079
i rested	-0.065
i said	0.116
i sat	0.045
i saw	0.042
i say	-0.032
i scratc	0.127
i see	0.047
i self	0.094
i should	-0.138
i showed	-0.049
i skippe	-0.027
i slamme	0.057
i slit	0.065
i slowed	-0.046
i some	-0.064
i spoke	-0.04
i starte	-0.063
i starve	0.024
i stayed	-0.157
i steppe	0.062
i stood	0.054
i stretc	-0.034
i surviv	-0.092
i talked	-0.059
i the	-0.066
i think	0.207
i though	-0.084
i told	-0.235
i tried	-0.084
i unders	-0.034
i used	-0.342
i visite	-0.062
i volunt	-0.034
i waited	-0.027
i walked	-0.059
i want	0.272
i wanted	-0.319
i was	-0.11
i went	-0.037
i were	0.061
i will	0.113
i wish	0.432
i wished	0.052
i with	-0.024
i woke	0.072
i would	-0.231
i wrote	0.232
iced	-0.038
iced it	-0.038
ideati	0.111
ideati all	0.044
ideati is	0.067
if	0.281
if i	0.371
if it	-0.065
if meetin	-0.087
if my	-0.057
if the	0.038
if this	0.037
if tomorr	0.026
ill	-0.046
imagin how	-0.056
imagin my	0.035
imposs	-0.065
in	-0.074
in a	-0.033
in ages	-0.026
in anythi	0.072
in bed	0.059
in carryi	0.075
in case	0.142
in every	0.038
in foldin	-0.043
in fresh	0.065
in front	0.11
in going	0.055
in half	-0.023
in heaven	0.05
in ironin	-0.118
in it	0.098
in living	0.12
in march	-0.041
in maths	-0.054
in me	0.027
in months	0.13
in on	-0.111
in pain	0.037
in sessio	-0.065
in spring	-0.106
in that	-0.077
in there	-0.108
in these	-0.034
in tomorr	-0.04
in two	-0.103
in worryi	-0.05
infect	-0.043
inside	-0.031
inside after	-0.032
instea	-0.339
instea of	-0.228
instru	0.078
instru on	0.078
intake	-0.036
interv	-0.048
into	0.222
into a	-0.032
into my	0.144
into the	0.163
into youtub	-0.077
inviti	0.116
inviti tonigh	0.116
iron	0.079
iron on	0.053
ironin	-0.118
ironin jeans	-0.058
ironin shirts	-0.06
is	0.264
is a	0.047
is about	0.043
is back	0.158
is becaus	-0.064
is better	0.108
is called	-0.026
is changi	-0.065
is creepi	0.049
is cuttin	0.09
is dead	-0.188
is dying	-0.038
is even	0.049
is fine	-0.077
is gettin	0.039
is going	-0.183
is goodby	0.122
is health	-0.032
is hopele	-0.025
is imposs	-0.065
is in	0.084
is monday	-0.061
is moving	-0.038
is my	0.035
is new	-0.074
is no	0.148
is not	0.13
is nothin	0.07
is on	0.102
is pretty	-0.039
is really	0.114
is slowly	-0.024
is so	-0.153
is spring	-0.023
is sunday	0.097
is that	-0.033
is the	0.317
is to	-0.048
is tomorr	0.063
is too	0.03
is unbear	-0.042
is when	0.033
is wonky	-0.078
it	0.304
it after	0.033
it all	0.137
it and	-0.032
it anymor	0.039
it at	-0.023
it away	-0.068
it back	-0.048
it bleeds	0.074
it bruise	0.121
it costs	-0.043
it did	0.182
it does	-0.062
it down	-0.05
it ends	-0.054
it feels	-0.073
it felt	-0.04
it for	0.034
it gets	0.047
it go	-0.042
it got	-0.044
it hurts	0.023
it if	0.026
it is	-0.046
it kind	-0.052
it normal	-0.058
it off	-0.474
it offici	0.023
it on	0.061
it out	0.023
it over	0.037
it pass	-0.043
it passed	-0.033
it rose	-0.024
it stoppe	0.037
it take	0.029
it takes	0.092
it this	0.1
it throug	0.108
it to	0.046
it togeth	-0.036
it tomorr	-0.027
it tonigh	0.06
it turned	-0.031
it twice	-0.041
it up	0.025
it was	-0.126
it when	0.066
it where	0.056
it with	-0.127
it worked	-0.096
it would	0.08
itchin	0.039
itchin to	0.039
its	0.054
its all	0.021
its hard	0.022
ivy	-0.021
ivy in	-0.021
jeans	-0.116
jk	-0.032
jk they	-0.032
job	-0.233
jobs	-0.068
join	0.063
join my	0.063
joke	-0.051
journa	-0.12
jump	0.087
jump in	-0.092
jump off	0.05
jump starte	-0.053
jumped	-0.03
jumped off	-0.069
jumped today	0.077
jumpin	0.322
jumpin in	0.029
jumpin off	0.144
jumpin yester	0.052
just	0.581
just a	0.115
just becaus	-0.035
just did	-0.033
just die	0.129
just do	0.038
just end	0.035
just have	0.042
just in	0.142
just kill	0.026
just really	-0.088
just social	-0.07
just swallo	0.03
just taking	0.048
just tired	-0.087
just to	0.063
just vanish	0.031
just want	0.079
karaok	-0.17
karaok again	-0.092
keep	0.707
keep at	-0.04
keep crying	-0.053
keep drivin	0.022
keep going	0.179
keep hoping	0.031
keep hurtin	0.036
keep living	0.075
keep myself	0.049
keep pictur	0.061
keep punchi	0.03
keep scratc	0.06
keep showin	-0.054
keep slammi	0.042
keep spinni	0.021
keep starin	0.04
keep trying	0.021
keep wishin	0.058
keeps	-0.034
keeps spinni	-0.054
keeps tellin	0.028
kept	-0.166
kept going	-0.091
kept my	-0.054
kept myself	-0.032
kept thinki	0.024
kettle	-0.027
key	0.049
key under	0.049
kickin	-0.033
kids	-0.066
kids parace	-0.028
kids would	0.065
kill	-0.194
kill me	-0.173
kill my	-0.066
kill myself	0.354
kill someon	0.029
kill streak	-0.037
kill the	-0.049
kill this	-0.1
kill to	-0.152
killed	-0.281
killed in	-0.025
killed me	-0.149
killed off	-0.025
killed the	-0.077
killin	0.117
killin my	-0.024
killin myself	0.169
killin weeds	-0.028
kills	0.026
kills me	0.037
kind	0.084
kind of	0.044
kindly	-0.143
kitche	-0.057
kitche knives	0.022
kitche withou	-0.026
kms	0.929
kms this	0.1
kms today	0.056
knacke	-0.024
knacke after	-0.024
knee	-0.025
knew	-0.02
knew when	-0.02
knife	-0.059
knife out	-0.035
knife right	0.063
knife sharpe	-0.099
knife skills	-0.023
knife under	0.055
knives	0.022
knives tonigh	0.022
knocke	-0.04
knocke my	-0.04
know	0.158
know how	-0.034
know what	0.028
know which	0.043
know why	0.066
knuckl	0.103
knuckl bled	0.073
knuckl split	0.03
lake	-0.076
lake will	-0.057
land	0.02
laptop	-0.076
laptop batter	-0.02
laptop died	-0.034
last day	0.052
last entry	0.088
last in	-0.04
last month	-0.173
last night	0.383
last of	-0.039
last overdo	-0.067
last post	0.028
last spring	-0.088
last time	0.025
last week	-0.048
last win	0.061
last year	-0.119
late	-0.318
late i	-0.041
late nights	-0.024
lately	0.021
laughe	-0.29
laughe about	-0.026
laughe it	-0.086
laughe so	-0.094
laughe till	-0.048
laundr	-0.045
learn	-0.042
learn about	-0.042
learne	-0.046
learne about	-0.024
learne knife	-0.023
learni	-0.097
learni how	-0.042
learni piano	-0.055
leave bed	-0.029
leave this	0.049
leaves	-0.029
leavin do	-0.06
leavin everyt	0.032
leavin london	-0.04
leavin this	0.087
ledge	0.062
left	-0.17
left early	-0.067
left for	0.038
left it	-0.029
left on	-0.099
left so	-0.063
left the	-0.037
left to	0.068
leftov	-0.021
leg	-0.022
leg day	-0.036
legs	-0.042
legs are	-0.036
less	-0.103
less coffee	-0.021
less panic	-0.065
let	-0.36
let it	-0.089
let me	0.024
let myself	-0.254
lethal	0.173
lethal dose	0.12
lethal doses	0.053
letter for	0.042
letter to	-0.034
librar	-0.096
lie	-0.061
lie in	-0.061
life	0.878
life feels	0.072
life has	0.094
life is	0.156
life to	0.028
lift	-0.035
liftin	-0.13
liftin boxes	-0.097
lighte	0.116
lighte on	0.145
like	0.536
like a	0.077
like cookin	-0.036
like dying	0.045
like ending	0.053
like giving	-0.033
like hiding	-0.036
like i	0.03
like it	-0.046
like me	0.09
like my	-0.066
like nothin	-0.065
like relief	0.044
like such	0.027
like the	0.203
like this	0.232
line	-0.044
lined	0.048
lined them	0.039
lines	-0.151
lines in	-0.151
list	-0.048
list instea	-0.043
list of	0.095
listen	-0.127
listen and	-0.046
listen to	-0.039
lit	-0.03
lit a	-0.03
little	-0.022
little from	-0.022
live	0.222
live a	-0.111
live anymor	0.031
live by	-0.066
live for	0.164
live in	-0.031
live like	0.032
living	0.638
living anymor	0.034
living in	-0.064
living like	0.111
load	0.033
load of	0.033
loggin a	0.023
loggin off	-0.033
london	-0.054
long it	-0.022
long life	-0.111
long thinki	0.061
long time	0.088
long walk	0.035
longer	-0.117
longer need	-0.063
longer suicid	-0.117
longer this	-0.085
look	0.061
look after	0.034
look down	0.051
look forwar	-0.081
look up	0.057
looked	0.234
looked at	0.189
looked up	0.052
lookin	0.234
lookin and	0.078
lookin at	0.123
lookin up	0.021
looks	0.116
looks so	0.116
loose	0.08
loose ends	0.08
losing	0.055
losing the	0.055
lost the	0.028
lot	0.193
lot lately	0.028
lot of	0.058
loud	0.103
loud and	-0.026
loud that	-0.021
loud today	0.107
love	0.184
love her	0.129
love it	-0.04
love you	0.068
loved	-0.041
loved it	-0.041
lovely	-0.073
low	-0.06
low i	-0.053
lunch	-0.193
lunch withou	-0.025
made	-0.109
made dinner	-0.041
made it	-0.108
made me	-0.089
made my	0.177
made soup	-0.063
made tea	0.026
made the	-0.035
make	0.118
make dinner	-0.029
make it	0.147
makes	-0.034
makes my	-0.034
making	-0.053
making any	-0.063
man	-0.059
man fell	-0.025
man on	-0.031
manage	-0.075
manage a	0.043
manage all	-0.023
manage fine	-0.066
many	0.153
many calori	-0.038
many i	0.069
many it	0.082
many parace	0.104
many steps	-0.049
marath	-0.078
march	-0.041
mat	0.049
mat for	0.049
matche	0.032
maths	-0.054
matter	0.027
maybe	0.139
maybe the	0.062
me	0.948
me a	0.027
me and	0.031
me around	0.036
me being	0.027
me cry	-0.089
me down	0.075
me everyo	0.028
me haha	-0.05
me if	-0.142
me in	0.117
me not	0.024
me now	-0.061
me on	0.068
me one	-0.057
me out	0.033
me she	-0.046
me should	0.044
me so	-0.028
me soon	0.037
me to	0.046
me twice	-0.033
me up	0.05
me wants	0.06
me when	-0.043
me would	-0.068
me writin	0.024
meal	-0.067
mean me	0.029
mean nothin	-0.033
meanin	0.033
means	0.083
meant	-0.028
meant it	-0.023
measur	-0.117
measur agains	-0.074
measur myself	-0.043
medica	-0.027
meds for	0.051
meds into	-0.027
meds on	0.03
meds so	0.028
meds togeth	0.044
meds tonigh	0.04
meds with	-0.028
meetin	-0.347
meetin to	-0.09
meetin were	-0.087
member	-0.04
meme	-0.021
meme is	-0.021
mental	-0.02
mental health	-0.02
mentor	-0.028
mess	0.052
mess of	0.053
mess up	-0.085
messag	0.116
messag and	0.041
messag i	-0.027
messag to	0.123
messy	-0.091
messy flat	-0.027
messy room	-0.064
met	-0.049
metal	-0.026
metal concer	-0.026
method	0.042
method and	0.042
mid	-0.03
mid essay	-0.02
midnig	-0.025
might	0.259
might as	0.063
might be	0.028
might ctb	0.034
might do	0.043
might hurt	0.037
might just	0.023
mind	0.238
mind a	0.035
mind consta	0.035
mind if	0.061
mind not	0.024
mind up	0.03
minute	-0.181
miss	0.083
miss her	0.025
miss me	0.086
miss my	-0.032
mistak	0.065
mistak at	-0.022
mistak that	0.087
mixed	0.031
mixed all	0.044
moment	0.084
monday	-0.151
monday so	-0.043
money	-0.06
month	-0.151
month i	-0.115
month one	0.032
months	-0.142
months clean	-0.05
months free	-0.06
moon	-0.082
moon about	-0.036
more	-0.093
more days	-0.022
more often	-0.129
more quickl	-0.027
more time	-0.057
more tonigh	0.053
mornin	-0.067
mornin coffee	-0.065
mornin person	-0.06
most nights	0.027
motorw	0.027
motorw for	-0.03
mounta	-0.042
mounta for	-0.042
move	-0.09
move cities	-0.03
move on	-0.032
moved	-0.131
moved on	-0.05
moved one	-0.033
movie	-0.026
movies	-0.034
movies ending	-0.034
moving	-0.187
moving abroad	-0.038
moving house	-0.024
moving on	-0.062
moving to	-0.049
mower	-0.029
mower need	-0.029
much as	-0.025
much cake	-0.033
much hope	-0.028
much i	-0.05
much it	0.042
much longer	0.027
much pills	0.029
much work	-0.103
mum i	0.085
mum on	-0.042
mum would	-0.048
mums	-0.075
mums going	-0.043
murder	-0.088
murder a	-0.076
my	-0.468
my appoin	-0.026
my arm	0.322
my arms	0.368
my attemp	0.071
my aunts	-0.021
my best	0.023
my bike	-0.057
my bills	0.044
my body	0.076
my boots	-0.041
my boss	-0.142
my boyfri	-0.085
my brain	0.028
my brothe	-0.087
my car	-0.057
my cat	0.03
my cats	0.092
my charac	-0.027
my chips	-0.066
my coffee	-0.036
my collea	-0.055
my comfor	-0.028
my commut	0.04
my counse	-0.023
my dad	-0.095
my date	-0.031
my death	0.077
my debts	0.103
my decisi	0.065
my desk	0.034
my doctor	-0.067
my dog	0.076
my dogs	-0.039
my ex	-0.068
my exams	-0.031
my exit	0.075
my exs	-0.037
my eyes	-0.047
my family	0.224
my favour	-0.03
my feet	-0.056
my finger	-0.087
my fist	0.042
my friend	-0.302
my fringe	-0.078
my funera	0.024
my future	-0.064
my goodby	0.234
my gp	-0.027
my granda	-0.069
my grandm	-0.168
my grief	-0.025
my guitar	0.043
my gym	-0.04
my hair	-0.247
my hand	0.028
my hands	0.079
my head	0.386
my headac	-0.083
my heart	0.028
my homewo	-0.031
my hours	-0.021
my housep	-0.051
my interv	-0.022
my jeans	-0.058
my kids	0.027
my knee	-0.025
my knuckl	0.103
my laptop	-0.051
my last	0.222
my leavin	-0.077
my legs	-0.042
my life	0.319
my manage	-0.029
my medica	-0.027
my meds	0.082
my mind	0.132
my mornin	-0.065
my mum	0.076
my nails	0.042
my nan	-0.091
my neighb	0.059
my nephew	-0.058
my new	-0.036
my notebo	-0.151
my old	-0.278
my out	-0.037
my overdr	-0.024
my own	0.031
my partne	-0.094
my passpo	-0.061
my peace	0.111
my pen	-0.046
my phone	-0.09
my pillow	0.055
my pills	0.076
my plan	-0.078
my plant	-0.096
my prescr	-0.15
my presen	-0.026
my pride	-0.061
my reason	-0.038
my relati	-0.039
my run	-0.033
my safety	-0.118
my screen	-0.073
my sessio	-0.03
my shift	-0.027
my shirt	-0.026
my sister	-0.325
my skin	0.123
my sleep	0.137
my social	0.033
my son	-0.043
my soul	-0.024
my sourdo	-0.023
my step	-0.048
my stuff	0.21
my subscr	-0.035
my suicid	0.14
my tasks	0.023
my team	-0.05
my teens	-0.032
my therap	-0.167
my thigh	0.116
my thighs	0.173
my things	0.127
my though	0.1
my to	-0.06
my toenai	-0.033
my vitami	-0.049
my way	0.022
my whole	0.053
my wrist	0.235
my wrists	0.204
myself	1.21
myself again	0.108
myself agains	-0.043
myself and	-0.08
myself as	0.061
myself at	0.042
myself by	0.032
myself cry	-0.042
myself down	-0.023
myself feel	-0.068
myself from	-0.056
myself gettin	-0.081
myself grieve	-0.024
myself in	0.133
myself most	0.027
myself near	0.022
myself of	-0.02
myself off	0.054
myself on	0.095
myself rest	-0.059
myself right	0.058
myself seems	0.023
myself so	0.023
myself sounds	0.033
myself thinki	-0.085
myself this	0.027
myself to	0.085
myself today	-0.104
myself tonigh	0.078
myself until	0.08
myself when	0.058
myself with	0.204
myself would	0.038
nails	0.042
named	-0.052
named the	-0.032
nan	-0.091
nan at	-0.021
nan died	-0.034
nan passed	-0.028
nap	-0.182
nap so	-0.031
napped	-0.023
near	0.044
near me	0.022
near the	0.022
nearly	-0.151
nearly died	-0.072
nearly gave	-0.024
nearly killed	-0.1
nearly went	0.104
need	0.174
need a	-0.034
need it	0.097
need sharpe	-0.029
need them	0.047
need to	0.085
needed	-0.083
needed it	-0.029
needed that	-0.038
needin	0.043
needin them	0.031
needs me	0.023
neighb	0.029
neighb so	0.059
nephew	-0.058
never	0.328
never born	0.071
never come	0.063
never get	0.021
never here	0.038
never meant	0.05
never starte	-0.068
never wake	0.09
never woken	0.038
new	-0.222
new blades	0.024
new cuts	0.068
new haircu	-0.024
new leaves	-0.033
new year	0.033
news	-0.067
news about	-0.039
news says	-0.025
next	-0.039
next door	-0.066
next week	0.042
next year	0.06
next years	-0.025
nice evenin	-0.03
night	0.415
night alive	0.028
night for	0.042
night of	-0.043
night shift	-0.063
nights though	0.027
no	0.038
no future	0.042
no longer	-0.18
no more	0.045
no one	0.206
no point	0.041
no reason	0.203
no sleep	-0.033
no though	-0.06
no to	-0.151
nobody	0.27
nobody cares	0.029
nobody has	0.093
nobody notice	-0.024
nobody would	0.153
noise	-0.066
noise next	-0.066
noon	-0.081
normal	-0.034
normal and	0.039
normal day	0.048
normal to	-0.058
nosebl	-0.026
not	0.564
not after	-0.021
not around	0.021
not back	-0.064
not be	0.107
not believ	-0.037
not better	-0.19
not born	0.04
not care	0.096
not check	-0.066
not come	0.078
not cope	0.083
not cut	-0.204
not deserv	0.087
not die	-0.171
not died	-0.064
not do	0.078
not eating	0.078
not end	-0.048
not enough	-0.039
not exist	0.15
not feel	0.078
not fight	0.041
not for	0.078
not get	0.067
not gettin	0.063
not go	0.05
not going	-0.021
not gone	-0.065
not have	-0.149
not help	0.071
not here	0.063
not hurt	-0.121
not i	-0.066
not keep	0.064
not land	0.02
not late	-0.031
not lately	-0.066
not live	0.054
not make	0.043
not making	-0.063
not matter	0.02
not mean	-0.033
not meant	-0.055
not mind	0.106
not need	0.144
not ok	0.096
not online	-0.04
not pictur	0.025
not preten	-0.077
not promis	-0.083
not rain	-0.062
not safe	0.623
not see	0.048
not seen	-0.074
not self	-0.028
not sleep	-0.041
not still	-0.04
not stop	0.021
not suicid	-0.206
not sure	0.044
not surviv	0.056
not tell	0.091
not the	-0.065
not think	0.098
not told	0.042
not trust	0.05
not wake	0.172
not waking	0.024
not want	-0.366
not wear	-0.069
not where	-0.113
not woken	0.052
not work	0.182
not worse	-0.027
not worth	0.233
note	0.193
note to	-0.034
notebo	-0.151
notebo withou	-0.03
notes	0.057
notes for	0.057
nothin	0.062
nothin for	0.056
nothin happen	-0.072
nothin has	-0.033
nothin is	-0.065
nothin left	0.07
nothin thinki	-0.046
nothin to	0.096
nothin worth	0.032
notice	-0.147
notice i	-0.101
notice if	0.103
notice my	-0.039
notice the	-0.092
now	-0.241
now and	-0.114
now i	-0.186
now it	-0.023
now that	0.038
numb	-0.058
numb lately	-0.058
nurse	-0.063
nurse how	-0.053
od	0.07
od last	0.028
of	0.3
of 12	-0.037
of a	0.054
of an	-0.023
of bed	-0.063
of being	0.076
of cake	-0.032
of cleani	-0.053
of cuttin	-0.045
of death	0.056
of doing	0.024
of dying	0.044
of ending	0.085
of existi	0.173
of going	-0.029
of her	-0.023
of hiding	-0.021
of hoped	0.078
of is	-0.052
of it	0.026
of jumpin	0.096
of killin	0.028
of last	0.025
of living	0.154
of me	-0.045
of meetin	-0.074
of my	-0.121
of myself	-0.062
of office	-0.037
of parace	0.128
of pills	0.229
of preten	-0.023
of pushin	-0.051
of saying	-0.029
of scars	0.053
of self	-0.023
of space	0.087
of spider	-0.143
of steppi	0.035
of suicid	0.068
of tablet	0.128
of taking	0.067
of tea	-0.043
of that	-0.067
of the	-0.146
of them	0.028
of this	-0.245
of time	-0.025
of vodka	0.03
of want	0.033
of war	-0.022
of water	-0.089
of what	0.057
of who	0.113
of you	0.023
off	0.028
off a	0.105
off campin	-0.078
off dead	0.2
off for	-0.039
off gone	0.024
off if	-0.069
off my	0.042
off myself	0.115
off the	0.188
off this	-0.089
off with	0.041
off withou	0.09
office	-0.061
office messag	-0.037
offici	0.023
often	-0.129
often and	-0.115
ok	-0.067
ok and	0.051
ok now	-0.048
ok tonigh	-0.058
okay	-0.07
okay and	0.046
okay instea	-0.036
okay with	-0.025
old	-0.352
old bike	-0.029
old books	-0.026
old cat	-0.029
old clothe	-0.049
old cuts	0.071
old flat	-0.097
old job	-0.029
old me	-0.068
old phone	-0.043
omg	-0.046
omg i	-0.046
on	0.132
on a	-0.274
on alcoho	-0.043
on and	-0.022
on anymor	0.063
on by	0.043
on coffee	-0.048
on everyo	0.03
on everyt	0.029
on for	-0.022
on from	-0.045
on holida	-0.164
on it	0.068
on late	-0.024
on life	0.055
on like	0.077
on living	0.05
on my	0.318
on myself	-0.122
on pizza	-0.065
on purpos	0.552
on saturd	-0.035
on screen	-0.054
on scroll	-0.042
on self	0.155
on someth	0.088
on stage	-0.103
on sugar	-0.024
on sunday	-0.021
on takeaw	-0.034
on the	0.127
on this	-0.13
on time	-0.321
once	-0.114
once in	-0.026
one	-0.209
one can	0.037
one cup	-0.024
one day	-0.066
one more	-0.057
one needs	0.02
one outsid	-0.033
one way	0.034
one who	-0.066
one would	0.149
one year	-0.031
onions	-0.061
online	0.097
online for	0.102
online how	0.035
online tomorr	-0.04
only	0.319
only one	-0.052
only option	0.113
only thing	0.169
only way	0.08
onto	0.06
onto the	0.06
oops	-0.029
open	0.035
opened the	-0.056
opened up	0.063
option	0.113
option left	0.033
or anothe	0.032
or nothin	-0.046
organi	-0.076
organi everyt	-0.037
other	-0.046
other people	-0.041
ouch	-0.069
our	-0.076
our old	-0.029
our team	-0.036
out	0.432
out after	0.044
out again	0.168
out even	-0.036
out except	0.026
out for	0.061
out how	0.069
out loud	-0.021
out my	0.088
out of	-0.108
out online	0.035
out soon	0.065
out the	-0.067
out till	0.021
out to	-0.035
out who	0.061
out with	-0.144
outsid	-0.078
outsid for	-0.028
oven	-0.032
over	-0.207
over and	0.047
over for	0.026
over it	-0.118
over my	0.071
over on	0.047
over so	-0.037
over the	-0.131
over this	-0.099
overdi	0.041
overdi it	0.047
overdo	0.243
overdo amount	0.057
overdo and	-0.067
overdo last	0.033
overdo on	0.032
overdo tonigh	0.097
overdr	-0.024
own	0.031
own death	0.029
own fringe	-0.033
own life	0.03
paid	-0.032
paid a	-0.026
paid my	0.024
paid off	0.092
paid the	-0.096
pain	0.272
pain anymor	0.034
pain to	0.133
painle	0.093
painle ways	0.093
pals	-0.036
panic	-0.151
panic attack	-0.048
panic than	-0.065
paper	-0.06
paper cut	-0.033
parace	0.283
parace from	0.095
parace is	0.06
parace it	0.045
parace today	0.045
parade	-0.045
parent	-0.022
park	0.076
park is	0.072
park roof	0.067
park to	-0.022
part	0.06
part of	0.06
partie	-0.056
partne	-0.094
partne i	-0.058
partne would	0.022
party	-0.206
pass	-0.043
passed	-0.211
passed and	-0.048
passed away	-0.069
passed out	0.022
passiv	0.027
passiv suicid	0.027
passpo	-0.061
passwo	0.033
passwo so	0.033
past	-0.04
past the	-0.028
pasta from	-0.026
patien	-0.041
payche	-0.059
payday	-0.024
payday soon	-0.024
pb	-0.03
pb today	-0.026
peace	0.114
peace and	0.078
peace with	0.033
peacef	-0.022
peacef last	-0.028
peacef the	-0.057
pen	-0.046
pen pals	-0.036
people for	0.025
people pleasi	-0.051
people who	0.042
people would	-0.041
perfec	-0.047
perman	0.171
perman sleep	0.058
person writin	0.071
phone	-0.238
phone call	-0.027
phone contra	0.035
phone died	-0.04
phone is	-0.073
phoned	-0.149
phoned a	-0.023
phoned the	-0.085
photo	-0.039
physic	0.045
physic kind	0.045
physio	-0.038
piano	-0.055
picked	0.152
picked a	0.142
picked the	0.097
picked up	-0.087
pictur	0.066
pictur i	-0.028
pictur my	0.029
pictur next	0.025
pictur the	0.022
pier	0.055
pill	-0.041
pill for	-0.046
pillow	0.047
pillow for	0.055
pills	0.529
pills an	0.026
pills and	0.053
pills are	0.026
pills for	0.027
pills from	-0.022
pills just	0.06
pills my	-0.039
pills off	-0.04
pills on	0.036
pills out	0.039
pills ready	0.022
pills saved	0.023
pills sittin	0.025
pills the	-0.046
pills to	0.023
pills tonigh	0.032
pills would	0.049
pineap	-0.065
pineap belong	-0.065
pink	-0.091
pizza	-0.154
plan	-0.029
plan and	0.227
plan for	-0.131
plan on	-0.026
plan somewh	-0.039
plan to	-0.031
plan tonigh	-0.022
plan worked	-0.023
plan yet	-0.068
plane	0.081
plane went	0.038
plane would	0.043
planet	0.045
planet perman	0.045
planne	-0.067
planne anothe	-0.047
planni	0.343
planni a	-0.095
planni how	0.066
planni my	0.193
planni to	0.182
plans	-0.065
plans to	-0.069
plant	-0.156
plant had	-0.064
plant i	-0.033
plant is	-0.032
plants	-0.068
plants away	0.033
plants get	-0.032
plaste	-0.032
plaste on	-0.032
platfo	0.06
platfo for	0.046
play	-0.031
played	-0.024
played a	-0.024
please	0.221
please help	0.033
please let	0.024
please look	0.044
please someon	0.072
pleasi	-0.051
point	0.289
point anymor	0.103
point arguin	-0.031
point going	0.129
point in	0.164
point of	0.081
point rushin	-0.046
point stress	-0.043
point waitin	-0.062
point worryi	-0.042
poison	-0.021
poison ivy	-0.021
policy	-0.023
polite	-0.031
polite when	-0.031
pool	-0.113
post	-0.139
post withou	-0.021
posted	0.048
posted my	0.048
practi	0.04
practi with	0.05
prayin i	0.043
prayin the	-0.031
prescr	-0.125
prescr and	-0.035
prescr on	-0.063
presen	-0.139
presen tomorr	-0.1
preten	-0.128
preten everyt	-0.077
preten to	-0.028
pretty	-0.039
pretty sweet	-0.039
preven	-0.053
preven policy	-0.023
pride	-0.061
pride and	-0.039
printe	-0.041
printe is	-0.025
prison	0.047
prison and	0.047
proble	0.06
proble in	0.038
profil	-0.037
progre	-0.106
projec	-0.068
projec and	-0.029
promis	-0.07
promis i	-0.083
promot	-0.108
proper	-0.22
proper lunch	-0.168
proper this	-0.02
propos	-0.032
proud i	-0.028
proud of	-0.067
pulled	-0.021
pulled it	-0.021
pullin	0.021
pullin my	0.021
punche	0.144
punche myself	0.071
punche walls	0.054
punchi	0.03
punchi walls	0.03
punish	0.132
punish myself	0.072
purged	0.053
purged until	0.053
purple	-0.029
purpos	0.552
purpos tomorr	0.051
purpos with	0.026
push	-0.074
push myself	-0.074
pushin	-0.119
pushin it	-0.093
pushin throug	-0.026
put	0.213
put a	-0.022
put my	0.084
put the	0.123
puttin	-0.415
puttin it	-0.388
puttin off	-0.027
puzzle	-0.131
questi	-0.101
questi it	-0.085
queue	-0.095
queue is	-0.085
quicke	0.102
quicke way	0.102
quickl	-0.027
quickl than	-0.027
quiet up	0.052
quit	-0.122
quit smokin	-0.093
quiz	-0.034
quizze	-0.025
quoted	-0.19
rain	-0.157
rain tomorr	-0.062
ran	-0.03
rather	-0.128
rather be	0.054
rather die	-0.244
rather not	0.062
raw	0.073
raw with	0.069
razor	0.07
razor came	0.064
razor out	0.029
read	-0.269
read a	-0.074
read the	-0.071
read two	-0.02
readin	-0.059
readin about	-0.043
ready	0.175
ready for	-0.036
ready to	0.097
real	0.042
really	0.24
really bad	0.078
really done	0.021
really hard	-0.023
really strong	0.151
really suicid	0.084
really tired	-0.088
reason	0.16
reason for	0.034
reason i	-0.023
reason to	0.149
recent	-0.042
recipe	-0.102
recipe for	-0.06
recove	-0.142
recove from	-0.027
recove sooner	-0.115
refres	-0.034
regret eating	-0.033
regret waking	0.065
relaps	0.468
relaps after	0.046
relaps and	0.043
relaps last	0.027
relaps on	0.155
relaps with	0.022
relati	-0.126
relati and	-0.042
relati ended	-0.039
relief	0.21
relief for	0.023
reliev	0.026
reliev if	0.034
rememb	-0.049
rememb the	-0.024
rememb why	-0.024
remind	-0.147
remind me	-0.048
remind myself	-0.099
removi	0.038
removi myself	0.038
renew	-0.043
renew my	-0.043
reorde	-0.063
reorde my	-0.063
replie	-0.092
replie to	-0.092
resche	-0.105
resear	0.082
resear how	0.05
resear ways	0.032
reserv	0.047
reserv i	0.057
resist	-0.062
resist the	-0.062
rest	-0.336
rest all	-0.03
rest withou	-0.059
rested	-0.373
rested it	-0.079
rested the	-0.065
rested when	-0.026
restin	-0.068
restin instea	-0.02
retro	-0.021
right	0.26
right now	0.26
river	0.203
river looks	0.116
road for	-0.034
roof	0.094
roof again	0.051
roof and	0.041
roof garden	-0.058
roof last	0.042
roof terrac	-0.094
room	-0.121
room and	-0.029
rope	0.186
rope alread	0.029
rope for	-0.041
rope in	0.025
rope on	-0.02
rope ready	0.024
rope swing	-0.03
rope today	0.15
rose	-0.024
rot	0.021
rot away	0.021
round	-0.121
round the	-0.114
rude	-0.031
run	-0.153
run a	-0.036
run and	-0.028
runnin	0.088
runnin in	0.112
runs	-0.041
runs late	-0.041
rushin	-0.046
sad	-0.122
sad about	-0.068
sad all	-0.042
safe	0.276
safe and	-0.119
safe at	0.147
safe during	-0.032
safe enough	-0.127
safe now	-0.083
safe right	0.113
safe to	-0.033
safe today	-0.047
safe tonigh	0.136
safe trip	-0.028
safe with	0.051
safety	-0.122
safety and	-0.02
safety plan	-0.098
said	-0.345
said goodby	-0.144
said i	0.068
said my	0.049
said no	-0.231
said out	-0.021
said sorry	0.038
said what	-0.029
said yes	-0.023
sam	-0.078
sam tomorr	-0.037
sat in	0.192
sat on	-0.045
sat with	-0.138
saturd	-0.071
save	-0.034
save money	-0.034
saved	0.041
saved for	0.054
saved though	-0.02
saving	0.066
saving money	-0.025
saving my	0.054
saw	0.04
saw stars	0.057
say	-0.05
say back	-0.032
say goodby	0.085
say no	-0.042
say thanks	-0.033
say to	-0.032
saying	0.111
saying goodby	0.071
saying i	-0.029
saying my	0.051
saying sorry	0.025
says	-0.023
says a	-0.025
scared	-0.03
scared i	0.104
scared of	-0.04
scared to	-0.057
scars	0.053
scars and	0.053
scary	-0.032
schedu	0.041
schedu it	0.041
school play	-0.031
scisso	0.107
scisso this	0.107
scratc	0.177
scratc my	0.155
scratc myself	0.039
scratc the	-0.04
scratc till	0.027
scratc until	0.021
scream	-0.106
screen	-0.168
screen time	-0.168
scroll	-0.044
scroll at	-0.026
sea	-0.03
sea and	0.05
sea for	-0.021
sea on	-0.021
sea one	-0.066
sea tomorr	-0.028
search	0.167
search for	0.08
search online	0.102
season	-0.054
second	-0.024
see	0.111
see a	0.095
see blood	0.025
see myself	-0.062
see next	0.026
see no	0.042
see you	-0.118
seems	0.138
seems easier	0.036
seems like	0.102
seen	-0.079
seen before	-0.074
sees	-0.043
sees my	-0.043
self	0.486
self harm	0.542
sent	-0.043
sent the	-0.027
series	-0.127
series made	-0.024
sessio	-0.098
sessio even	-0.03
sharpe	-0.128
sharpe class	-0.099
she	-0.119
she i	0.029
she listen	-0.044
she says	0.029
she sees	-0.043
she self	-0.031
sheets	-0.043
shes tired	0.029
shes you	-0.024
shift	-0.261
shift withou	-0.024
shifte	-0.033
shifte is	-0.033
shirt	-0.026
shirt from	-0.026
shirts	-0.069
shoes	-0.084
shoot	-0.036
shoot me	-0.036
shop	-0.168
shop withou	-0.021
shoppi	-0.035
shops	0.087
shops today	0.084
short	-0.034
short and	-0.085
short pier	0.065
shorte	-0.087
shot	-0.054
shot some	-0.043
should	0.148
should be	-0.085
should disapp	0.055
should have	0.079
should i	0.023
should just	0.143
should kill	0.021
should not	-0.059
show	-0.044
showed	-0.049
showed up	-0.049
shower	0.039
showin	-0.054
showin up	-0.054
sick	0.109
sick and	0.078
sick of	0.029
signed	-0.024
signin	-0.032
signin off	-0.032
since	-0.08
since my	-0.086
sing	-0.045
sing karaok	-0.045
single	0.03
single day	0.022
sister	-0.325
sister back	0.021
sister becaus	0.031
sister for	0.097
sister self	-0.042
sister will	-0.076
sister withou	-0.043
sitter	-0.028
sittin	0.051
sittin down	-0.022
sittin on	0.072
six	-0.06
six months	-0.06
skills	-0.023
skills in	-0.023
skin	0.123
skin on	0.035
skin with	0.032
skippe	-0.04
skippe a	-0.027
slamme	0.057
slamme my	0.057
slammi	0.042
slammi my	0.042
slash	0.029
slash my	0.029
sleep	-0.209
sleep all	-0.076
sleep and	0.153
sleep early	-0.23
sleep for	-0.08
sleep foreve	0.118
sleep in	-0.111
sleep so	-0.033
sleep tired	-0.041
sleep tonigh	0.038
sleepi	0.038
sleepi with	0.055
slept	-0.108
slept 10	-0.023
slept like	-0.034
slit	0.138
slit my	0.15
slowed	-0.061
slowed down	-0.046
slowly	-0.052
slowly killin	-0.024
small	-0.094
small to	-0.033
smash	0.023
smash my	0.023
smiled	0.06
smiled at	0.06
smokin	-0.134
smokin and	-0.093
snap	0.046
snappi	-0.056
snappi at	-0.038
so	-0.433
so addict	-0.068
so bad	0.053
so badly	0.026
so busy	-0.038
so close	0.117
so crowde	-0.087
so dead	-0.027
so done	0.029
so hard	-0.145
so i	-0.713
so inviti	0.116
so loud	0.039
so much	-0.028
so nobody	0.093
so over	-0.032
so quiet	0.052
so sick	0.043
so someon	0.059
so this	0.023
so tired	0.078
social	-0.049
social and	0.033
social batter	-0.07
solici	-0.048
some	-0.281
some all	-0.046
some chips	-0.041
some days	0.028
some hoops	-0.043
some of	-0.029
some sleep	-0.023
some tea	-0.022
some things	-0.077
someon	0.133
someon stop	0.058
someon will	0.059
someth	0.177
someth green	-0.03
someth i	-0.068
someth kills	0.037
someth strong	0.088
someth stupid	0.021
someti	0.052
someti i	0.052
somewh	-0.039
somewh i	-0.039
son	-0.043
son preten	-0.031
soon	0.048
sooner	-0.148
sorry	0.2
sorry for	0.111
sorry i	-0.042
sorry to	0.063
sort	0.059
sort it	0.044
sorted	0.021
sorted out	0.06
soul	-0.024
sounds	0.207
sounds like	0.1
sounds nice	0.033
sounds peacef	0.074
soup	-0.063
sourdo	-0.023
sourdo starte	-0.023
space	0.114
space and	0.087
spain	-0.049
spare key	0.049
spare room	-0.048
speech	-0.047
spider	-0.191
spider myself	-0.04
spin	-0.041
spin class	-0.041
spinni	-0.032
spinni and	-0.054
spinni withou	0.021
split	0.03
spoke	-0.085
spoke up	-0.072
spot	0.096
spot by	0.047
spot where	0.049
spotte	-0.057
spotte some	-0.046
spread	-0.05
spread is	-0.05
spring	-0.217
square	0.025
square away	0.025
srsly	0.054
srsly consid	0.054
stage	-0.103
standi	0.103
standi on	0.147
standi taller	-0.046
stare	-0.036
stare at	-0.036
starin	0.064
starin at	0.064
stars	0.057
start again	0.022
start the	-0.021
starte	-0.36
starte anothe	-0.023
starte cuttin	-0.033
starte died	-0.023
starte giving	-0.052
starte my	-0.066
starte saying	0.025
starte the	-0.066
starte this	-0.068
starti	-0.025
starve	0.024
starve myself	0.024
starvi	0.07
starvi myself	0.07
statio	0.075
statio and	0.098
stay	0.238
stay alive	0.187
stayed	-0.348
stayed alive	-0.023
stayed and	-0.024
stayed anyway	-0.032
stayed calm	-0.066
stayed in	0.065
stayed patien	-0.041
stayed safe	-0.062
stayed till	-0.023
stayin strong	-0.059
step goal	-0.048
step in	0.032
steppe	0.062
steppe off	0.078
steppi	0.115
steppi in	0.069
steppi off	0.046
steps	-0.067
steps a	-0.032
still	-0.097
still at	-0.024
still awake	-0.029
still decidi	-0.025
still here	0.033
still need	-0.04
still not	-0.097
still thinki	0.05
still want	0.093
still went	-0.038
stitch	0.055
stitch again	0.057
stitch in	-0.058
stockp	0.093
stockp my	0.083
stoked	-0.024
stood	0.07
stood at	0.054
stop	0.245
stop and	-0.077
stop being	0.034
stop existi	0.107
stop for	-0.035
stop foreve	0.065
stop me	0.058
stop than	0.021
stoppe	-0.105
stoppe being	-0.036
stoppe myself	-0.072
stoppe smokin	-0.022
strang	0.034
strang myself	0.034
strate	0.02
strate from	0.02
streak	-0.037
streak of	-0.037
stress	-0.072
stretc	-0.184
stretc for	-0.02
strong	0.206
strong enough	0.088
strong today	0.086
strong tonigh	0.055
strong urge	0.036
strugg	-0.078
strugg and	-0.044
strugg instea	-0.021
stuck	-0.106
stuck and	-0.033
stuck to	-0.034
stuff	0.178
stuff away	-0.026
stuff done	-0.028
stupid	0.021
subscr	-0.035
such	0.07
such a	0.07
sugar	-0.142
sugar this	-0.024
suicid	1.092
suicid again	0.086
suicid all	0.048
suicid are	0.043
suicid attemp	0.073
suicid every	0.025
suicid feelin	0.032
suicid feels	0.033
suicid ideati	0.111
suicid in	0.048
suicid is	0.067
suicid letter	0.057
suicid note	0.063
suicid though	0.227
suicid today	0.05
suicid tonigh	0.058
suicid years	-0.048
sun	-0.037
sunday	0.101
sunday is	0.025
sunny	-0.045
sunny day	-0.045
sunset	-0.095
sunset tonigh	-0.061
suppor	-0.056
suppor her	-0.042
sure	0.044
sure how	0.028
surfed	-0.045
surfed instea	-0.045
surger	0.142
surger goes	0.104
surviv a	-0.036
surviv last	0.025
surviv monday	-0.047
surviv the	-0.039
surviv this	0.061
suspen	-0.061
suspen is	-0.04
swallo	0.156
swallo a	0.084
swallo all	0.031
swallo me	0.05
swallo my	-0.039
swallo the	0.03
swappe	-0.032
swappe it	-0.032
sweet	-0.039
swimmi	-0.032
swing	-0.03
table	-0.045
tablet	0.312
tablet and	0.044
tablet are	0.072
tablet earlie	0.084
tablet for	-0.045
tablet saved	0.054
take	0.305
take a	0.033
take all	0.049
take it	0.03
take the	0.047
takeaw	-0.112
takeaw than	-0.078
takeaw to	-0.034
takes	0.163
takes me	0.071
takes to	-0.022
taking	0.151
taking a	0.028
taking all	0.024
taking my	0.052
taking up	0.043
talk	-0.052
talked	-0.22
talked about	-0.117
talked myself	-0.023
talked to	-0.065
taller	-0.046
taller these	-0.046
talles bridge	0.022
taperi	-0.028
taperi slowly	-0.028
tasks	0.023
tasks today	0.023
taxi	-0.041
tea	-0.078
tea for	0.026
team	-0.153
team got	-0.025
team wins	-0.05
teens	-0.032
teeth	0.022
tell	0.163
tell anyone	0.084
tell her	-0.025
tell me	0.036
tell my	0.085
tellin	0.063
tellin me	0.069
tempte	0.031
tempte to	0.031
ten	-0.169
ten minute	-0.138
terrac	-0.094
terrac in	-0.024
terrac watchi	-0.026
test	-0.05
test came	-0.022
test comes	0.037
test i	-0.046
text	-0.047
text when	-0.036
texted	0.028
texted a	0.03
textin	-0.034
textin my	-0.034
than	-0.35
than a	0.046
than before	-0.079
than cook	-0.078
than do	-0.092
than give	-0.047
than i	-0.027
than in	-0.032
than keep	0.047
than last	-0.029
than me	-0.032
than run	-0.036
than sing	-0.045
than usual	0.078
than wear	-0.049
thank	0.036
thank you	0.036
thanks	-0.15
thanks to	-0.117
that	-0.604
that cake	-0.085
that city	-0.031
that concer	-0.039
that counts	-0.026
that exam	-0.032
that felt	0.07
that film	-0.021
that group	-0.024
that helps	0.132
that i	-0.059
that is	0.052
that job	-0.038
that joke	-0.046
that meal	-0.04
that much	-0.033
that night	-0.063
that recipe	-0.03
that relati	-0.045
that run	-0.027
that shift	-0.023
that should	0.087
that spin	-0.041
that tiredn	-0.034
that video	-0.046
that was	-0.024
the	-1.105
the 5k	-0.04
the accide	0.075
the annive	-0.023
the answer	0.057
the appoin	-0.14
the argume	-0.047
the attent	-0.032
the baby	-0.029
the backgr	-0.056
the bag	0.097
the balcon	0.129
the band	-0.024
the bath	0.022
the batter	-0.026
the beach	-0.052
the beam	0.12
the bed	-0.026
the belt	0.05
the best	-0.028
the bill	-0.142
the bins	-0.021
the blade	0.101
the blades	0.045
the block	-0.114
the blood	0.099
the boat	-0.02
the boats	-0.02
the book	-0.037
the boot	0.025
the bridge	0.064
the burden	-0.048
the bus	-0.109
the cancer	0.071
the candle	-0.023
the car	0.324
the cat	0.028
the chance	0.067
the cinema	-0.063
the cliff	0.087
the cliffs	0.061
the climbi	-0.038
the coast	-0.037
the cold	-0.036
the commen	-0.025
the concer	-0.043
the coupon	-0.022
the crash	0.062
the crisis	-0.036
the cupboa	0.029
the curb	0.078
the curtai	-0.04
the cuts	0.169
the day	0.095
the dead	-0.034
the death	-0.135
the dentis	-0.047
the desk	0.072
the dishes	-0.064
the diving	-0.021
the doctor	-0.09
the door	0.031
the dosage	0.069
the dose	-0.028
the drawer	0.085
the drive	0.022
the edge	0.048
the email	-0.02
the end	-0.21
the engine	0.112
the essay	-0.03
the eviden	-0.029
the exam	-0.073
the extra	-0.107
the face	0.089
the feelin	-0.04
the fight	0.055
the film	-0.083
the final	-0.048
the firewo	-0.054
the first	0.044
the flat	0.056
the flu	-0.023
the form	-0.144
the forum	-0.032
the fridge	0.051
the funera	-0.023
the game	-0.061
the garage	0.233
the garden	-0.1
the gate	-0.029
the grass	-0.036
the ground	0.042
the guts	0.032
the gym	-0.302
the hallwa	-0.021
the heat	-0.042
the hedge	-0.025
the homewo	-0.083
the hotel	-0.033
the how	0.041
the infect	-0.043
the interv	-0.026
the iron	0.079
the job	-0.073
the kettle	-0.027
the kids	-0.064
the kitche	-0.057
the lake	-0.07
the laptop	-0.02
the last	-0.085
the laundr	-0.045
the ledge	0.062
the leftov	-0.021
the lethal	0.12
the librar	-0.096
the marath	-0.042
the mat	0.049
the means	0.083
the meetin	-0.052
the mentor	-0.028
the messag	-0.027
the moment	0.084
the month	0.032
the moon	-0.082
the motorw	0.027
the mounta	-0.042
the movies	-0.034
the mower	-0.029
the new	-0.061
the news	-0.043
the next	-0.021
the night	0.049
the noise	-0.066
the note	0.073
the nurse	-0.063
the old	-0.114
the one	-0.037
the only	0.334
the pain	0.132
the parade	-0.045
the park	-0.041
the party	-0.125
the person	0.054
the phone	-0.022
the physic	0.045
the pills	0.133
the plane	0.081
the plant	-0.06
the platfo	0.06
the point	0.237
the pool	-0.113
the post	-0.167
the printe	-0.041
the proble	0.038
the projec	-0.047
the promot	-0.063
the quicke	0.102
the rain	-0.072
the razor	0.079
the reason	-0.023
the relati	-0.042
the reserv	0.047
the river	0.203
the roof	0.027
the rope	0.029
the run	-0.042
the school	-0.031
the scisso	0.107
the series	-0.044
the shop	-0.163
the spider	-0.048
the spot	0.049
the statio	0.028
the suicid	0.058
the sun	-0.037
the sunset	-0.027
the surger	0.142
the suspen	-0.061
the table	-0.045
the tablet	0.08
the team	-0.037
the thing	-0.065
the though	0.064
the thread	0.043
the time	-0.025
the toilet	0.039
the top	-0.03
the trip	-0.185
the tug	-0.022
the tunnel	-0.021
the tv	-0.034
the urge	0.099
the versio	0.024
the villai	-0.026
the voices	0.057
the wall	0.259
the washin	-0.175
the way	0.154
the weeds	-0.027
the week	-0.062
the weeken	-0.105
the weekly	-0.027
the when	0.041
the whole	0.099
the wifi	-0.064
the will	0.028
the world	0.228
their	-0.022
their birthd	-0.022
them	0.205
them a	0.028
them tomorr	-0.068
them twice	0.037
them up	0.039
then	0.1
then cried	0.119
then i	0.053
then went	0.065
then wrote	-0.032
therap	-0.291
therap about	-0.084
therap and	-0.043
therap asked	0.099
there	0.061
there and	-0.025
there is	0.272
these	-0.077
these days	-0.046
these shoes	-0.034
they	0.173
they are	-0.084
they bled	0.1
they would	0.12
thigh	0.116
thighs	0.173
thighs are	0.129
thighs where	0.037
thing	0.073
thing i	-0.065
thing is	-0.02
thing that	0.151
things	0.048
things are	-0.077
things away	0.149
things from	0.025
things get	0.025
things i	-0.032
things to	-0.022
things tonigh	0.025
things were	-0.091
things with	-0.046
think	0.258
think about	0.134
think i	0.026
think the	0.032
thinki	0.873
thinki about	0.658
thinki i	-0.081
thinki of	0.401
thinki tonigh	0.025
this	-0.652
this ages	-0.041
this anymor	0.076
this argume	-0.063
this assign	-0.025
this before	0.068
this body	0.034
this by	-0.042
this chapte	-0.03
this cold	-0.049
this commut	-0.035
this does	0.071
this earth	0.027
this easily	-0.023
this exam	-0.102
this heat	-0.054
this hill	-0.065
this is	0.11
this life	0.148
this meetin	-0.101
this meme	-0.021
this messy	-0.091
this might	0.028
this mornin	0.04
this pain	0.027
this party	-0.064
this phone	-0.068
this planet	0.045
this presen	-0.1
this projec	-0.021
this puzzle	-0.112
this queue	-0.085
this rain	-0.023
this season	-0.054
this series	-0.068
this show	-0.031
this spread	-0.05
this stuck	-0.032
this therap	-0.034
this time	0.366
this traffi	-0.126
this train	-0.087
this weathe	-0.061
this week	-0.226
this weeken	-0.023
this will	0.085
this withou	-0.061
this workou	-0.036
this world	0.191
this year	-0.119
those	-0.049
those shoes	-0.049
though	0.531
though about	0.325
though again	0.053
though all	0.055
though are	0.111
though harshe	-0.034
though i	-0.23
though last	-0.088
though of	0.192
though that	-0.043
though today	0.027
though was	-0.033
though will	0.021
thread	0.043
thread and	0.043
thread is	0.043
three	-0.193
three differ	0.095
three emails	-0.041
three lines	-0.151
three things	-0.032
three years	-0.02
threw	-0.023
thrivi	-0.056
throug	0.128
throug a	-0.064
throug the	0.024
throug with	0.213
throw	0.025
throw myself	0.025
throwi	0.029
throwi myself	0.029
tidied	-0.108
tidied a	-0.024
tidied it	-0.064
tidied the	0.022
ties	-0.047
ties with	-0.047
till	0.146
till i	0.037
till it	0.093
till the	-0.023
till they	0.037
time	-0.08
time and	0.065
time at	-0.025
time for	-0.072
time in	0.071
time is	-0.041
time next	0.034
time today	0.046
time tonigh	-0.106
times	-0.034
tin	-0.025
tin can	-0.025
tired	-0.204
tired instea	-0.026
tired of	0.109
tired so	-0.025
tired today	-0.136
tiredn	-0.034
tiredn makes	-0.034
to	0.44
to a	-0.205
to all	0.023
to an	-0.024
to be	-0.146
to bed	-0.211
to believ	-0.027
to bleed	0.098
to blue	-0.099
to boil	-0.092
to cease	0.035
to charit	-0.038
to chop	-0.035
to clean	0.08
to come	0.021
to commit	0.029
to cook	-0.036
to cope	0.075
to count	-0.033
to crash	0.028
to cry	-0.057
to ctb	0.086
to cut	0.282
to deal	0.049
to death	-0.096
to die	0.622
to disapp	-0.183
to drink	0.045
to drive	0.095
to dye	-0.091
to early	-0.061
to end	0.266
to ending	0.026
to even	0.022
to everyo	0.109
to exist	0.055
to fade	-0.033
to feel	0.09
to friend	0.106
to get	-0.231
to give	-0.165
to giving	0.04
to go	-0.067
to grandp	-0.029
to hang	0.06
to have	-0.079
to how	-0.214
to hurt	0.259
to it	-0.034
to jobs	-0.068
to join	0.063
to jump	0.139
to jumpin	0.052
to just	0.033
to keep	0.116
to kms	0.196
to live	0.126
to log	0.029
to look	-0.042
to make	0.064
to manage	-0.023
to me	-0.054
to meds	-0.117
to move	-0.045
to my	-0.034
to myself	0.072
to normal	-0.064
to not	0.075
to od	0.07
to off	0.081
to overdo	0.07
to payche	-0.059
to people	0.03
to physio	-0.038
to punish	0.039
to quit	-0.104
to read	-0.031
to renew	-0.043
to rest	-0.062
to rot	0.021
to sam	-0.041
to save	-0.034
to scream	-0.041
to see	0.097
to self	-0.031
to slash	0.029
to sleep	-0.255
to slit	0.085
to smash	0.023
to snap	0.046
to someth	-0.028
to sort	0.044
to spain	-0.049
to start	0.038
to stay	0.203
to stop	0.128
to strang	0.034
to stretc	-0.04
to suppor	-0.042
to swallo	0.031
to take	0.161
to talk	-0.052
to tell	-0.031
to the	-0.636
to think	-0.055
to this	-0.031
to three	-0.045
to throw	0.025
to top	0.041
to two	-0.024
to unaliv	0.112
to wake	-0.03
to walk	0.05
to want	-0.166
to with	-0.115
to yoga	-0.037
today	0.026
today and	0.112
today felt	0.058
today for	0.045
today i	-0.096
today thinki	0.046
toenai	-0.033
togeth and	0.044
toilet	0.039
toilet and	0.039
told	-0.488
told anyone	0.042
told her	-0.05
told him	-0.093
told me	-0.072
told my	-0.146
told myself	-0.074
told someon	-0.042
told the	-0.053
tomorr	-0.228
tomorr and	-0.034
tomorr appoin	0.026
tomorr i	0.021
tomorr is	-0.021
tomorr it	-0.064
tomorr you	0.025
tonigh	0.635
tonigh even	-0.058
tonigh for	-0.033
tonigh i	0.031
tonigh just	0.057
tonigh maybe	0.075
tonigh the	0.025
too	0.189
too deep	0.04
too fast	0.022
too long	0.061
too many	0.095
too much	0.062
too small	-0.073
took	-0.141
took 20	0.1
took all	-0.036
took an	0.03
took my	-0.131
took the	-0.144
took them	0.044
took too	0.036
took two	-0.036
top myself	0.041
top of	-0.042
toxic	-0.101
toxic friend	-0.075
tracks	0.063
tracks and	0.024
tracks on	0.04
traffi	-0.107
traffi is	-0.126
train	-0.047
train if	0.032
train is	-0.031
train statio	0.048
train tracks	0.063
train was	-0.081
trappe	0.038
travel	-0.076
tree	0.034
tried	-0.106
tried a	-0.026
tried it	-0.066
trip	-0.227
trip home	-0.028
truck	0.021
trust	0.05
trust myself	0.05
trying	0.098
trying again	0.068
tug	-0.022
tug of	-0.022
tunnel	-0.021
tunnel feels	-0.021
turned	-0.057
turned rude	-0.031
tv	-0.034
tv and	-0.034
twelve	-0.097
twelve hours	-0.097
twice	-0.073
twice today	-0.036
twitte	-0.025
two	-0.376
two boxes	0.083
two emails	-0.254
two months	-0.103
two more	-0.022
two tablet	-0.034
two years	-0.034
tying	0.092
tying up	0.092
typed	0.041
typed my	0.041
ugh	-0.052
unaliv	0.266
unaliv me	0.05
unaliv myself	0.081
unaliv though	0.029
unbear	-0.042
under a	-0.101
under my	0.055
under the	0.049
unders	-0.034
unders that	-0.034
until	0.389
until i	0.107
until it	0.166
until my	0.084
until noon	-0.038
until they	0.075
up	0.126
up again	0.024
up and	-0.095
up caffei	-0.025
up calmly	-0.033
up early	-0.06
up every	0.041
up for	0.065
up from	0.128
up going	-0.026
up having	-0.03
up here	0.052
up how	0.037
up in	0.053
up lethal	0.053
up loose	0.08
up my	-0.121
up old	0.071
up on	0.06
up once	-0.026
up overdo	0.057
up recipe	-0.06
up refres	-0.034
up space	0.043
up sugar	-0.112
up the	0.02
up this	0.065
up tomorr	0.078
up until	-0.038
up ways	0.021
update	-0.028
update my	-0.028
upset	0.029
upstai	0.026
upstai to	0.026
urge	0.117
urge surfed	-0.045
urge to	0.171
urges	0.197
urges are	0.094
urges to	0.071
used	-0.297
used a	0.116
used my	-0.029
used to	-0.392
useles	-0.043
usual	0.053
vanish	0.053
veg	-0.035
versio	0.024
versio of	0.024
video	-0.063
view	-0.029
villai	-0.026
visite	-0.151
visite her	-0.062
visite his	-0.04
visite mum	-0.025
vitami	-0.069
vodka	0.03
vodka with	0.03
voice	-0.035
voices	0.057
voices are	0.039
voices tell	0.028
volunt	-0.048
volunt with	-0.034
waited	-0.027
waitin	-0.119
waitin for	-0.104
wake	0.238
wake up	0.238
waking	0.143
waking up	0.143
walk	-0.08
walk anyway	-0.026
walk into	0.11
walk off	0.065
walk to	-0.028
walked	-0.145
walked a	-0.023
walked home	-0.032
walked over	-0.026
walked past	-0.028
walked the	0.06
walkin	0.075
walkin into	0.082
walks	-0.034
walks and	-0.034
wall	0.318
wall on	0.104
wall over	0.047
wall till	0.057
wall until	0.085
walls	0.084
walls until	0.084
want	0.65
want a	0.058
want everyt	0.075
want it	0.147
want off	-0.042
want out	0.111
want the	0.062
want this	-0.11
want to	0.339
wanted	-0.16
wanted to	-0.179
wantin	0.07
wantin to	0.07
wants	0.06
wants to	0.06
war	-0.022
warm	-0.023
warm at	-0.023
was	-0.546
was about	0.08
was before	-0.06
was dead	0.091
was easier	-0.046
was exhaus	-0.026
was feelin	-0.029
was fine	-0.043
was fun	-0.039
was gone	0.097
was hard	-0.071
was in	-0.098
was late	-0.042
was loud	-0.026
was never	0.158
was normal	0.039
was not	0.193
was on	-0.08
was out	0.022
was ready	-0.047
was safe	-0.023
was scared	-0.07
was sick	-0.024
was strugg	-0.034
was thinki	-0.026
was tired	-0.039
was weirdl	-0.026
was your	0.031
wash	-0.022
wash on	-0.022
washin	-0.181
washin out	-0.047
washin withou	-0.02
waste	0.108
waste away	0.046
waste of	0.062
watche	-0.146
watche a	-0.075
watche the	-0.071
watchi	-0.045
watchi firewo	-0.026
water	-0.361
water all	-0.075
water until	-0.071
water when	-0.076
wateri	-0.058
wateri plants	-0.058
way	0.541
way home	0.084
way or	0.032
way out	0.102
way that	0.07
way to	0.147
ways	0.16
ways to	0.16
we	-0.176
we are	-0.028
we made	-0.051
we said	-0.021
wear	-0.119
wear those	-0.049
weathe	-0.061
weeds	-0.06
weeds in	-0.032
weeds this	-0.028
week	-0.565
week after	-0.053
week i	-0.025
week nearly	-0.025
week to	-0.037
weeken	-0.269
weeken is	0.027
weekly	-0.027
weekly box	-0.027
weeks	-0.063
weeks ago	-0.056
weirdl	-0.026
weirdl calmin	-0.026
well make	0.023
well not	0.023
went	-0.533
went anyway	-0.056
went back	0.037
went down	0.038
went for	-0.06
went home	-0.029
went out	-0.084
went outsid	-0.045
went swimmi	-0.032
went throug	0.191
went to	-0.334
went upstai	0.026
were	-0.132
were dead	0.061
were shorte	-0.087
what	0.168
what a	-0.032
what did	-0.042
what dose	0.032
what has	-0.033
what i	0.029
what if	-0.044
what is	0.286
what they	0.024
what would	-0.032
when	-0.035
when and	0.041
when everyo	0.066
when he	-0.032
when i	-0.072
when she	-0.051
when things	0.025
when to	-0.02
where	-0.109
where i	-0.123
where no	0.037
where the	-0.023
which	0.043
which bridge	0.043
while	0.235
while now	0.135
who	0.043
who die	0.042
who does	-0.029
who felt	-0.032
who gets	0.154
who i	-0.043
who is	-0.038
who needed	-0.029
who organi	-0.037
who should	0.061
whoeve	0.154
whoeve comes	0.092
whoeve finds	0.062
whole	0.129
whole bottle	0.037
whole prescr	0.053
whole time	0.048
why	-0.036
why am	-0.074
why can	-0.066
why do	0.04
why should	0.023
wifi	-0.064
will	0.24
will act	0.042
will and	0.074
will be	-0.109
will die	-0.065
will do	0.149
will get	-0.026
will hurt	0.03
will i	-0.054
will journa	-0.055
will keep	0.021
will kill	-0.156
will look	0.059
will not	0.387
will scream	-0.057
will to	0.038
will was	-0.026
will waste	0.046
will with	-0.048
win	0.091
win anyway	0.023
wins	-0.05
wins tonigh	-0.05
winter	-0.063
winter and	-0.023
wish	0.583
wish a	0.036
wish i	0.584
wish my	-0.064
wish the	0.027
wished	0.052
wished i	0.052
wishin	0.081
wishin i	0.075
with	-0.234
with a	-0.037
with all	0.043
with cake	-0.02
with chemis	-0.046
with everyo	-0.022
with everyt	0.059
with exams	-0.082
with friend	-0.072
with gloves	-0.021
with her	0.029
with hiding	-0.022
with him	-0.093
with it	0.293
with last	-0.115
with life	0.193
with living	0.063
with matche	0.032
with me	0.14
with my	-0.273
with myself	0.045
with people	-0.051
with sam	-0.037
with self	0.022
with some	-0.022
with stretc	-0.036
with tea	-0.039
with that	-0.025
with winter	-0.04
withou	-0.276
withou crying	-0.038
withou guilt	-0.059
withou lookin	0.078
withou me	0.417
withou my	-0.065
withou pushin	-0.068
withou puttin	-0.38
withou thinki	-0.061
woke	0.102
woke up	0.102
woken	0.091
woken up	0.091
wonky	-0.078
word	0.116
word into	0.116
work	-0.162
work and	0.047
work at	-0.024
work becaus	0.046
work is	-0.039
work to	-0.021
worked it	0.05
worked out	0.06
workou	-0.053
workou with	-0.036
world	0.419
world is	0.112
world keeps	-0.054
world pizza	-0.034
world will	0.021
world would	0.078
worryi	-0.092
worryi about	-0.042
worse	-0.022
worse either	-0.027
worth	0.265
worth it	0.108
worth living	0.099
worth saving	0.042
worthl after	-0.02
worthl and	0.03
would	0.844
would actual	0.032
would all	0.049
would be	0.455
would been	-0.042
would care	0.091
would come	0.027
would crash	0.043
would decora	-0.035
would die	-0.282
would do	0.086
would even	0.057
would finall	0.058
would fix	0.038
would get	0.042
would give	-0.066
would have	-0.149
would hit	0.036
would i	-0.032
would it	0.02
would kill	-0.084
would know	0.025
would miss	0.086
would need	0.069
would not	0.23
would notice	0.059
would rather	-0.128
would say	-0.032
would step	0.032
would swallo	0.05
would take	0.091
wrappe	-0.024
wrappe up	-0.024
wrist	0.235
wrist with	0.122
wrists	0.204
wrists last	0.028
writin	0.166
writin this	0.172
writte	0.088
writte a	0.039
writte letter	0.049
wrong	0.123
wrote	-0.141
wrote a	-0.052
wrote an	-0.023
wrote down	-0.033
wrote it	-0.024
wrote notes	0.057
wrote out	0.061
wrote three	-0.041
wrote to	-0.041
wrote what	-0.032
yeah	0.023
year	-0.248
year ago	-0.077
year and	0.032
year i	-0.151
year since	-0.086
year with	0.05
years	-0.185
years ago	-0.058
years clean	-0.119
years holida	-0.025
years today	-0.024
yes	-0.023
yes and	-0.023
yester	0.06
yet	-0.249
yet and	-0.07
yoga	-0.037
you	-0.068
you all	0.068
you are	-0.036
you for	0.036
you have	-0.026
you just	0.024
you saturd	-0.035
you there	-0.063
you want	0.022
you would	0.025
young	0.022
your	0.054
your day	0.031
your teeth	0.022
youtub	-0.077
youtub again	-0.077
zone	-0.028
"""
