"""Weights of the "maybe" tier, written by tools/train_maybe.py: do not edit by hand.

One feature a line, a tab, its weight (see smallwins_tui/core/distress_maybe.py).
"""

BIAS = -1.2708
THRESHOLD = 0.5487
WEIGHTS = """\
10	-0.196
100	-0.187
100 days	-0.107
12	-0.193
14th	0.116
2	-0.353
20	-0.115
2026	-0.12
3	-0.151
30 days	-0.113
3am	0.211
4	-0.11
5	-0.282
8	-0.153
8 _ 2026	-0.12
8 may	-0.12
9	-0.161
a	-0.667
a _ after	-0.188
a _ all	-0.104
a _ at	-0.231
a _ book	-0.109
a _ for	0.257
a _ lunch	-0.205
a _ meal	0.18
a _ note	-0.105
a _ now	0.13
a _ of	0.692
a _ off	-0.11
a _ on	0.243
a _ one	-0.114
a _ plan	-0.209
a _ that	0.121
a _ this	0.116
a _ ticket	0.105
a _ today	0.313
a _ win	-0.17
a _ with	-0.156
a bag	0.148
a bath	-0.109
a bit	-0.178
a book	-0.145
a bottle	0.223
a burden	0.341
a bus	0.194
a chapte	-0.294
a cigare	0.269
a coffee	-0.124
a date	0.416
a failur	-0.137
a friend	-0.186
a ghost	0.156
a good	-0.111
a goodby	0.261
a gun	0.124
a handfu	0.101
a hard	-0.116
a holida	-0.149
a joke	0.101
a last	0.214
a lighte	0.191
a list	0.238
a lorry	0.141
a lovely	0.1
a mess	0.159
a month	-0.269
a nap	-0.195
a new	-0.118
a noose	0.197
a note	0.351
a pencil	0.133
a plan	0.197
a playli	0.13
a proper	-0.117
a razor	0.102
a relief	0.104
a return	0.109
a rope	0.162
a shower	0.221
a small	-0.154
a tree	0.226
a video	0.16
a voice	-0.125
a wall	0.103
a waste	0.156
a way	0.272
a week	-0.244
a while	0.21
able	-0.125
able _ motiva	-0.127
able to	-0.125
about	0.264
about _ gettin	0.106
about _ into	0.251
about _ my	0.109
about _ myself	0.161
about _ off	0.169
about _ suicid	-0.173
about drinki	0.109
about drivin	0.148
about dying	0.188
about ending	0.104
about her	-0.172
about it	-0.132
about jumpin	0.143
about just	0.12
about killin	0.111
about method	0.109
about myself	-0.153
about steppi	0.126
about the	-0.39
about to	0.257
accoun	0.198
across	-0.272
across _ bridge	-0.103
across the	-0.222
acted	0.101
acted on	0.101
action	-0.183
actual	-0.268
actual _ it	-0.1
addres	-0.109
addres _ not	-0.109
addres will	-0.109
adult	-0.117
adulti	-0.167
advanc	0.139
aff	0.112
after	0.297
after _ am	0.167
after _ day	-0.132
after _ i	0.197
after _ kids	0.124
after _ night	-0.103
after _ of	-0.102
after _ shift	-0.128
after _ year	0.106
after all	-0.143
after midnig	0.12
after myself	-0.188
after the	-0.334
after trying	0.104
again	1.215
again tonigh	0.109
agains _ wall	0.128
ages i	-0.131
ago	-0.223
ago i	-0.169
agreed	-0.183
airpor	-0.102
alarm	-0.19
alive	1.065
alive and	-0.101
all	0.459
all _ and	-0.153
all _ favour	0.112
all _ nothin	-0.203
all _ once	-0.137
all _ one	0.116
all _ this	0.16
all at	-0.137
all i	0.195
all in	0.142
all meals	0.108
all my	0.248
all or	-0.203
all week	-0.175
all weeken	-0.344
allowe	-0.176
almost	0.186
alone	0.14
along	-0.134
alread	0.161
alread _ calm	-0.175
alread be	-0.175
alread gone	0.118
also	0.227
also _ a	0.13
alt	0.184
alt f4	0.145
always	-0.289
always _ up	-0.114
always mess	-0.114
am _ after	-0.177
am _ better	-0.1
am _ bit	-0.108
am _ burden	0.198
am _ for	-0.171
am _ gone	0.118
am _ here	0.153
am _ i	0.105
am _ making	-0.173
am _ not	-0.141
am _ now	-0.165
am _ on	0.15
am _ out	0.173
am _ preten	-0.106
am _ proble	0.146
am _ safe	0.326
am _ that	-0.115
am _ to	0.102
am _ waste	0.101
am _ where	-0.426
am a	0.296
am alread	0.171
am angry	0.146
am checki	0.147
am dead	-0.325
am doing	-0.216
am done	0.223
am dying	-0.152
am ending	0.167
am going	0.229
am gone	0.241
am gratef	-0.129
am i	-0.253
am just	0.15
am keepin	0.106
am late	-0.167
am leavin	0.102
am litera	-0.124
am not	0.152
am okay	-0.116
am on	-0.196
am over	-0.172
am planni	0.124
am proud	-0.197
am safe	-0.19
am scared	0.284
am sittin	0.144
am so	-0.188
am sorry	0.265
am the	0.108
am thinki	0.132
amazin	-0.192
an	-0.133
an _ ago	0.124
an _ for	0.111
an _ of	-0.115
an accide	0.172
an egg	-0.102
an envelo	0.224
an era	-0.127
an hour	0.11
and _ a	-0.161
and _ about	0.356
and _ actual	-0.132
and _ am	0.127
and _ come	0.131
and _ do	0.282
and _ done	0.127
and _ down	-0.102
and _ feel	-0.186
and _ have	0.103
and _ home	-0.194
and _ i	0.232
and _ in	0.302
and _ know	0.18
and _ laughe	0.108
and _ let	-0.157
and _ lied	0.106
and _ lighte	-0.106
and _ like	-0.132
and _ made	-0.149
and _ mean	0.12
and _ not	0.158
and _ of	0.141
and _ out	0.167
and _ shes	0.111
and _ should	0.161
and _ the	-0.118
and _ them	0.158
and _ there	0.177
and _ though	0.111
and _ told	-0.24
and _ wake	0.145
and _ want	0.177
and _ was	-0.118
and _ went	-0.156
and _ what	0.106
and _ will	-0.147
and _ window	0.109
and _ with	0.129
and all	0.112
and back	-0.1
and checke	-0.102
and cut	0.138
and done	0.23
and felt	-0.32
and got	-0.267
and hes	0.119
and hid	0.14
and hurt	0.114
and it	-0.373
and leaned	0.153
and left	0.104
and let	-0.121
and looked	0.19
and never	0.203
and not	0.245
and now	0.244
and patien	-0.104
and put	0.132
and questi	-0.114
and rest	-0.197
and said	0.386
and sat	0.184
and says	0.121
and stood	0.25
and tape	0.147
and the	0.301
and they	-0.128
and though	0.399
and wanted	0.166
and watche	-0.18
and we	-0.113
and will	0.115
and wrote	0.213
angry	0.106
annive	-0.206
annive of	-0.13
answer	-0.123
answer the	-0.21
antibi	-0.119
anxiet	-0.42
anxiet _ the	-0.105
anxiet throug	-0.103
anxiou	-0.135
any	0.248
any _ it	0.122
any more	0.15
any of	0.122
anymor	0.302
anyone	0.108
anythi	0.234
anythi today	-0.112
anyway	-0.39
anyway and	-0.109
anywhe	0.156
applie	-0.154
appoin	-0.471
are _ after	-0.102
are _ deeper	0.128
are _ mess	0.101
are _ their	0.17
are _ this	0.166
are _ to	-0.111
are _ today	0.164
are at	0.159
are back	0.31
are gettin	0.104
are in	0.19
are loud	0.177
are not	-0.169
are readin	0.112
are very	0.101
argume	-0.135
arm	0.595
arm with	0.186
arms	0.563
arms _ they	0.117
arms raw	0.102
arms till	0.103
around	0.177
around _ weeken	-0.144
around this	-0.183
as punish	0.137
as well	0.29
asked	-0.345
asked and	0.113
asked for	-0.187
asked my	-0.111
assign	-0.114
at	-0.621
at 3am	0.186
at _ and	0.208
at _ dads	0.155
at _ end	0.16
at _ gym	-0.111
at _ party	-0.128
at _ shop	0.116
at _ top	-0.117
at all	0.309
at last	-0.125
at my	-0.198
at night	0.139
at once	-0.117
at peace	0.112
at school	0.112
at their	0.155
at this	-0.143
at uni	0.102
ate	-0.293
ate _ with	0.1
ate lunch	0.126
ate my	-0.139
attemp	0.25
attemp _ not	0.102
attemp did	0.102
attemp last	0.179
austra	-0.105
avoidi	-0.208
away	-0.156
away _ i	-0.235
away _ old	-0.119
away _ safety	0.105
away books	-0.12
away my	0.142
away the	-0.126
awful	-0.114
baby	-0.299
back	0.133
back _ how	-0.206
back _ i	0.115
back _ my	0.106
back _ normal	-0.117
back and	0.1
back of	0.127
back on	-0.206
back to	-0.479
bag	0.348
balcon	0.254
barrie	0.102
baseli	-0.141
bathro	0.136
batter	-0.316
batter dead	-0.123
be	0.41
be _ by	0.115
be _ death	-0.256
be _ if	0.121
be _ in	0.107
be _ last	0.152
be _ on	-0.164
be _ this	-0.282
be _ to	-0.161
be _ withou	0.145
be able	-0.159
be alive	0.159
be at	-0.117
be bother	-0.102
be calm	-0.175
be dead	0.523
be found	0.14
be happie	0.114
be here	0.165
be my	0.128
be needin	0.147
be on	-0.147
be over	0.109
be publis	-0.109
be the	-0.105
be there	-0.162
beach with	0.137
beam	0.354
beam _ the	0.152
beam in	0.166
beat	-0.131
becaus	-0.23
becaus _ did	-0.1
becaus _ had	-0.138
becaus _ is	0.159
becaus _ phone	0.107
becaus hes	-0.108
become	-0.162
bed	-0.288
been	0.582
been _ harm	0.123
been _ long	-0.121
been _ my	0.358
been _ myself	0.19
been _ the	0.107
been avoidi	-0.155
been burnin	0.167
been cuttin	0.175
been feelin	-0.192
been resear	0.117
been saying	0.101
been self	0.123
been so	-0.131
been strugg	-0.104
before	-0.265
before _ go	0.213
before i	0.467
before my	-0.154
before the	-0.169
being	0.413
being alive	0.686
believ	-0.287
believ her	-0.101
belt	0.372
best _ ever	-0.105
better _ and	-0.119
better _ dead	0.365
better _ me	0.193
better _ with	0.101
better i	0.14
better off	0.507
better than	-0.17
better withou	0.243
better yet	-0.207
beyond	0.127
beyond help	0.123
big	-0.225
big sleep	0.106
bike	-0.107
bill	-0.285
bin	0.118
bin day	0.107
bins	-0.14
birthd	-0.34
birthd _ in	-0.131
bit	-0.213
bit of	-0.114
blade	0.378
blade out	0.119
blades	0.254
blades in	0.106
bleach	0.128
bled	0.39
bleed	0.304
bleedi	0.368
bleedi _ lot	0.116
bleedi a	0.116
bleeds	0.119
blood test	-0.108
blue	-0.119
boat	-0.124
boats	-0.112
boil	-0.102
boil _ egg	-0.102
boil an	-0.102
book	-0.335
book _ return	0.105
book a	0.1
booked	-0.413
books _ no	-0.12
books i	-0.13
boot	0.15
bored	-0.115
bored _ death	-0.1
bored to	-0.1
boring	-0.192
born	0.179
boss	-0.457
bother	0.107
bottle	0.237
bottle of	0.241
bottom	0.138
bottom _ the	0.149
bottom of	0.158
bought	0.532
bought _ and	0.207
bought _ boxes	0.143
bought _ for	-0.169
bought _ rope	0.199
bought _ today	0.115
bought a	0.198
bought myself	-0.159
bought the	0.244
brain	-0.121
break	-0.166
breakf	-0.137
breath	-0.205
bridge _ for	-0.168
bridge _ my	-0.216
bridge _ the	-0.24
bridge on	-0.212
bridge to	-0.174
bridge waitin	-0.113
bridge watchi	-0.13
bring _ the	0.146
bring on	0.129
brough	-0.15
bruise	0.159
buildi	0.218
buildi nearby	0.133
bungee	-0.131
burden	0.31
burden _ everyo	0.105
burden to	0.195
burned	0.133
burned _ with	0.223
burned myself	0.218
burnin	0.253
burnin my	0.104
burnin myself	0.152
burns	0.172
burnt	0.228
burnt my	0.133
burnt myself	0.114
busy	-0.123
buy	0.107
by	-0.16
by _ handfu	0.111
by _ sea	-0.124
by _ weeken	0.122
by now	-0.238
by the	0.239
bye	0.146
c:burden+end	0.144
c:burden+end+resolve	0.112
c:burden+giveaway	0.185
c:burden+goodbye+last	0.114
c:burden+means	-0.166
c:end	0.75
c:end+fate	0.138
c:end+giveaway+goodbye	-0.198
c:end+giveaway+goodbye+last+noway	-0.102
c:end+giveaway+vanish	0.125
c:end+goodbye	0.132
c:end+goodbye+last+noway	-0.179
c:end+last	0.185
c:end+means+place	-0.165
c:end+noway	0.404
c:end+place	-0.109
c:end+resolve	0.311
c:end+vanish	0.131
c:fate	0.625
c:fate+last	-0.19
c:fate+means+place	-0.142
c:giveaway+goodbye+last	-0.211
c:giveaway+goodbye+last+noway	0.231
c:giveaway+goodbye+means	-0.168
c:giveaway+goodbye+noway	-0.228
c:giveaway+goodbye+place	0.129
c:giveaway+means	-0.112
c:giveaway+noway	-0.11
c:giveaway+resolve+vanish	0.113
c:goodbye	0.65
c:goodbye+last	0.505
c:goodbye+last+noway	0.14
c:i+burden	0.47
c:i+fate	0.616
c:i+giveaway	0.393
c:i+goodbye	0.122
c:i+means	0.311
c:i+place	0.214
c:i+vanish	0.295
c:last	0.45
c:last+means	0.203
c:last+noway	0.127
c:last+place	0.241
c:last+resolve	-0.235
c:last+vanish	-0.141
c:means	1.174
c:means+resolve	0.156
c:means+vanish	-0.13
c:noway	0.37
c:noway+place	0.101
c:place	0.32
c:resolve	0.987
c:resolve+vanish	0.181
c:settled+burden	-0.419
c:settled+end	-0.344
c:settled+fate	0.195
c:settled+giveaway	0.166
c:settled+goodbye	0.139
c:settled+last	0.214
c:settled+means	-0.206
c:settled+vanish	0.513
cabine	0.195
cabine and	0.128
cake	-0.462
call	-0.245
called	-0.34
called _ friend	-0.108
called _ sister	0.159
called the	-0.11
callin me	0.132
calmly	-0.235
calori	-0.106
came	-0.345
came _ and	0.282
came back	-0.151
came home	0.329
came up	-0.22
campin	-0.192
campin trip	-0.122
can	-0.217
can _ anythi	-0.126
can _ be	-0.11
can _ come	-0.118
can _ see	0.161
can _ the	-0.141
can also	-0.174
can be	-0.232
can get	0.187
can go	0.199
can not	0.15
canal	0.101
cancel _ gym	0.107
cancel _ to	-0.146
cancel my	0.157
cancel plans	-0.151
cancer	0.126
candle	-0.11
car	0.114
car exhaus	0.109
car into	0.108
car park	0.171
card	-0.139
cards for	0.105
care	0.273
care _ i	0.154
care if	0.172
carryi on	0.108
cars	0.13
cars came	0.102
carved	0.233
case	0.11
cat	0.155
cat knocke	-0.118
catch	0.188
catch _ bus	0.145
catch the	0.145
cats	0.17
caught	-0.416
caught _ thinki	-0.114
caught myself	-0.122
caught the	-0.128
cause	0.124
cba	0.139
cba with	0.145
cbt	-0.114
ceilin	0.115
ceilin fan	0.113
celebr	-0.227
chair	0.151
challe	-0.199
challe _ though	-0.106
challe the	-0.106
change	-0.555
change _ not	-0.121
changi	-0.235
chapte	-0.365
charac	-0.179
charco	0.174
charco _ tape	0.144
charco and	0.171
charge	-0.137
charit	-0.2
chat	-0.186
chat said	0.111
checke	0.265
checke _ the	0.163
checke if	0.124
checke the	0.131
checki	0.169
checki out	0.216
chemis	0.205
chemis today	0.198
chips	-0.295
choppi	-0.112
chosen	0.113
christ	-0.324
cigare	0.217
cinema	-0.102
class	-0.309
clean from	-0.153
cleane _ kitche	0.232
cleane the	0.194
cleare	-0.157
cleare _ inbox	0.106
cleare my	0.117
cleare out	-0.112
client	-0.133
cliff edge	0.101
cliffs	0.39
climbi	-0.227
climbi wall	-0.166
clinic	-0.144
close	0.329
close to	0.235
closer	-0.104
closer to	-0.107
closin	0.116
clothe	-0.147
club	-0.264
club tonigh	-0.105
coat	-0.126
coat on	-0.107
coffee	-0.353
cold	-0.143
collea	-0.189
come _ enough	-0.118
come back	0.189
come soon	-0.118
coming	0.275
coming back	0.287
commut	-0.14
compar	-0.242
compar with	-0.101
compas	-0.115
compas _ my	0.2
compas from	0.106
compla	-0.149
comple hopele	0.105
concer	-0.185
confid	-0.165
consid _ foreve	0.108
consid the	0.108
cook	-0.168
cooked	-0.242
cooked _ for	0.123
cooked the	-0.165
cookin	-0.231
cope	0.156
corner	-0.103
could	-0.144
counci	-0.121
counse	-0.224
counte my	-0.111
counti down	0.112
counts	-0.165
courag _ go	0.1
courag to	0.103
course	-0.322
covere	0.173
crash	0.166
crashe	0.114
cream	-0.119
cried	-0.425
cried _ the	-0.187
cried _ wanted	0.108
cried a	-0.148
cried and	0.123
cried at	-0.106
crisis _ from	0.16
crisis number	0.13
crisis team	0.105
crosse	-0.165
crosse the	-0.142
cry	-0.227
crying	-0.2
ctb	0.74
ctb _ all	0.134
ctb though	0.242
curtai	-0.141
cut	-0.296
cut _ fringe	-0.145
cut _ hair	-0.135
cut _ i	0.143
cut _ on	-0.269
cut again	0.284
cut back	-0.165
cut down	-0.192
cut is	0.199
cut my	-0.426
cut myself	0.121
cut so	0.214
cut the	-0.329
cuts	0.689
cuts _ my	0.127
cuts are	0.153
cuts on	0.129
cuttin again	0.239
dad	-0.101
dads _ weeken	0.156
dads this	0.167
danced	-0.204
danced in	-0.108
dark	-0.263
dark _ last	-0.15
dark though	-0.166
date	0.253
date _ the	-0.143
date for	-0.121
daught	0.139
day	-0.359
day _ work	0.13
day and	-0.157
day i	0.127
day of	-0.181
days	-0.117
days _ i	0.101
dead after	-0.133
dead again	-0.139
deadli	-0.234
death	0.108
death _ like	0.164
death _ me	-0.197
death feels	0.101
death of	-0.339
debts	0.13
decent	0.143
decide	0.444
decisi	0.231
decisi made	0.135
declut	-0.171
deep	0.26
deeper	0.427
deeper than	0.164
delaye	-0.124
delete	0.35
delete _ crisis	0.16
delete _ my	0.117
delete all	0.142
delete the	0.129
deleti	0.118
dentis	-0.201
depres	-0.311
depres talkin	-0.122
deserv	0.758
deserv _ hurt	0.138
deserv _ pain	0.196
deserv a	-0.104
deserv it	0.141
deserv the	0.196
deserv to	0.355
desk	0.133
destro	-0.15
destro me	-0.11
dey	0.1
did	-0.483
did _ again	0.108
did _ book	0.118
did _ do	-0.101
did _ food	0.14
did _ harm	0.155
did _ shoppi	0.232
did _ want	-0.489
did _ work	0.289
did it	0.104
did not	-0.511
did self	0.155
did the	0.121
die	0.18
die _ do	-0.144
die _ i	-0.256
die every	-0.102
die for	-0.231
die if	-0.245
die in	0.11
die than	-0.245
died	-0.355
died _ night	0.113
died and	-0.113
died on	-0.151
died that	0.113
differ	0.137
differ _ today	0.138
differ shops	0.192
diffic	-0.103
dinner	-0.29
dinner _ once	0.14
dinner for	0.112
direct	-0.154
direct if	-0.1
disapp	0.163
disapp _ a	-0.314
disapp _ my	-0.103
disapp foreve	0.118
disapp into	-0.272
disapp under	-0.127
dismis	-0.121
do	0.334
do _ after	0.105
do _ again	-0.114
do _ all	-0.278
do _ have	-0.261
do _ know	-0.101
do _ think	0.15
do _ want	0.146
do anythi	-0.179
do it	0.553
do karaok	-0.118
do not	0.275
do someth	0.142
do the	-0.138
doctor	-0.45
doctor _ me	-0.107
doctor gave	-0.107
does _ know	0.127
does _ look	-0.111
does _ matter	0.141
does _ mean	-0.172
dog	0.146
dog _ long	0.102
dog _ my	0.108
dog _ the	-0.287
dog a	0.102
dog away	0.115
dog is	-0.126
dog round	-0.303
dog to	0.174
doing	-0.217
doing it	0.102
doing someth	0.111
done _ life	0.469
done _ the	-0.137
door	0.307
doses	0.228
down	-0.19
down _ the	0.115
down my	-0.102
down the	0.276
drafte	0.188
drafte _ messag	0.135
drafte a	0.126
dramat	-0.142
drank water	-0.178
drawer	0.337
dress	-0.113
drinki	0.14
drinki the	0.101
drive	0.299
drive _ the	0.101
drive into	0.102
drive it	0.106
drivin	0.114
drivin _ a	0.115
drivin into	0.147
drop	0.132
droppe	-0.145
drove to	0.129
dug	0.105
duvet	-0.227
duvet _ weeken	-0.139
duvet all	-0.139
dying	0.125
dying _ a	-0.124
dying for	-0.116
each	0.224
each _ a	0.104
each other	0.103
early	-0.722
early night	-0.168
early tonigh	-0.104
earth	0.173
easier	0.119
eat	-0.138
eating	0.106
eating _ i	0.101
ed	0.1
ed _ is	0.108
ed voice	0.108
edge	0.408
egg	-0.113
email	-0.244
email _ will	-0.109
email addres	-0.109
emails	-0.272
embarr	-0.15
embarr myself	-0.1
emotio	-0.16
empty	0.153
empty _ done	0.162
empty and	0.162
end	0.321
end _ an	-0.127
end _ term	-0.115
end _ the	-0.109
end _ this	0.164
end _ with	-0.31
end it	0.416
end me	-0.124
end my	0.166
end of	-0.404
end things	0.121
end this	-0.176
ended	-0.39
ended _ with	-0.123
ended my	-0.106
ended things	-0.123
ending	0.331
ending _ life	0.114
ending _ this	0.104
ending it	0.431
ends	0.165
engine	0.29
engine runnin	0.25
enjoye	-0.109
enough	0.218
enough _ for	0.105
entry	0.252
envelo	0.221
envelo for	0.105
envy	0.16
episod	-0.117
era	-0.156
essay	-0.127
even _ i	-0.204
even _ it	-0.163
even _ to	0.145
even if	-0.139
even though	-0.238
evenin	-0.153
ever	0.104
ever going	0.122
every	0.306
every _ i	0.184
everyo	0.449
everyo _ be	-0.184
everyo else	-0.183
everyo i	0.114
everyo would	-0.19
everyt	0.982
everyt _ fine	-0.13
everyt _ the	0.125
everyt in	0.151
everyt to	0.119
everyw	-0.104
eviden	-0.298
exam	-0.617
exam done	-0.106
exams	-0.117
except	0.201
excite	-0.12
exerci	-0.141
exist	0.218
existi	0.566
exit	0.177
extra parace	0.107
extra shift	-0.175
f4	0.145
face	0.125
fact	-0.141
failur	-0.179
family	0.195
family would	0.108
fast	0.189
fatal	0.135
fault	0.225
fed myself	-0.108
feel	0.177
feel _ about	-0.123
feel _ peace	0.103
feel _ with	0.159
feel at	0.103
feel lighte	-0.116
feel like	0.1
feel safe	0.116
feel someth	0.232
feel weirdl	0.127
feelin	-0.409
feelin _ back	0.104
feelin _ suicid	0.186
feelin are	0.104
feelin really	0.2
feelin sleepy	0.137
feelin suicid	0.198
feels	-0.215
feels _ the	0.11
feels good	-0.12
feels like	0.157
feet	-0.127
feet are	-0.101
felt	-0.943
felt _ a	0.137
fighti	0.113
film	-0.275
final	-0.204
finall	-0.422
find	0.427
find me	0.294
findin	-0.106
finds	0.168
finds me	0.179
fine	-0.263
finger	-0.143
finish	-0.489
finish _ essay	0.192
finish _ i	0.113
finish _ note	0.106
finish a	-0.173
finish it	0.164
finish myself	0.156
finish the	-0.394
firewo	-0.174
first	-0.317
first _ in	0.142
first time	-0.128
five	-0.16
fixed	-0.292
fixed the	-0.168
flat	-0.301
flight	-0.104
float	-0.111
floor	0.153
flower	-0.342
flu	-0.117
food shop	0.132
footy	-0.111
for	-0.101
for _ bit	0.255
for _ collea	-0.104
for _ daught	0.174
for _ day	-0.131
for _ family	0.104
for _ finds	0.133
for _ funera	0.446
for _ garden	0.145
for _ headac	-0.113
for _ hour	0.203
for _ hours	-0.127
for _ husban	0.106
for _ long	0.124
for _ minute	-0.223
for _ month	-0.115
for _ mum	0.248
for _ next	0.121
for _ of	0.117
for _ sister	0.121
for _ walk	0.131
for _ weddin	-0.11
for _ week	-0.193
for _ weeken	-0.288
for _ while	0.194
for a	-0.17
for after	0.381
for ages	0.133
for an	0.295
for christ	-0.113
for dinner	-0.129
for each	0.105
for everyo	0.115
for everyt	0.341
for good	0.674
for help	-0.156
for it	0.286
for later	0.194
for mum	0.14
for mums	-0.113
for real	0.247
for ten	-0.183
for the	-0.382
for them	0.103
for two	0.1
for what	0.114
for whoeve	0.256
for years	-0.161
foreve	0.641
foreve nap	0.117
forgiv	0.169
forgot	-0.241
forgot my	-0.139
form	-0.295
forty	-0.109
found	0.427
found _ all	-0.124
found a	0.276
found them	-0.145
freedo	-0.127
fresh	0.184
fresh cuts	0.176
fresh marks	0.105
friday _ not	-0.118
friday can	-0.118
friend	-0.305
friend _ a	0.135
friend _ coffee	0.1
friend _ i	-0.108
friend just	0.108
friend said	0.136
friend sent	0.122
friend told	-0.107
fringe	-0.23
from	-0.169
from _ differ	0.181
from _ edge	-0.114
from _ harm	-0.161
from _ maths	0.106
from _ phone	0.16
from _ said	0.103
from home	-0.139
from monday	-0.141
from my	0.297
from self	-0.161
from the	-0.102
from this	0.134
from three	0.17
front	0.114
front _ a	0.232
front of	0.112
full _ stones	0.117
fun	-0.206
funera	0.173
funera today	0.107
funera wishes	-0.103
funny	-0.17
game	-0.117
garage	0.417
garage _ the	0.144
garage with	0.144
garden	-0.286
gas _ and	0.127
gave	-0.144
gave _ a	-0.103
gave _ books	-0.124
gave _ dog	0.314
gave _ his	0.196
gave _ old	-0.136
gave _ to	0.131
gave away	-0.108
gave in	0.21
gave me	-0.234
gave the	0.211
gave up	-0.122
get	0.201
get _ of	-0.108
get a	-0.157
get in	0.103
get more	0.148
get out	-0.121
get up	-0.164
gets	0.307
gets what	0.131
gettin	0.207
gettin a	-0.107
gettin deeper	0.129
gettin the	-0.114
gettin worse	0.19
ghost	0.133
give	-0.371
give it	-0.115
give up	-0.161
given	-0.136
giving my	0.115
glad	-0.399
glad i	-0.204
go	0.542
go _ bed	-0.138
go _ for	-0.146
go _ sleep	0.168
go _ the	-0.226
go _ time	-0.116
go _ to	-0.104
go _ with	0.149
go back	-0.227
go by	-0.127
go on	0.123
go throug	0.129
goal	-0.102
god	0.144
goes	0.145
going	0.507
going _ bed	-0.129
going _ die	-0.239
going _ do	0.281
going _ kill	-0.183
going _ self	0.111
going _ sleep	-0.303
going _ the	-0.367
going back	0.164
going to	0.353
gone	0.331
gone by	0.133
gone for	-0.131
good _ tonigh	-0.107
good book	-0.102
good day	0.138
goodby	0.731
goodby _ for	-0.105
goodby _ my	-0.182
goodby _ the	-0.118
goodby text	0.101
goodby to	-0.212
google	0.338
google _ doses	0.103
google lethal	0.103
gorgeo	-0.184
got	-0.303
got _ courag	0.1
got _ hair	0.153
got _ hose	0.149
got _ mortga	-0.101
got a	0.204
got enough	0.152
got out	0.111
got rid	-0.119
got the	0.146
got up	-0.123
gp	-0.31
gradua	-0.205
gran	-0.117
granda	-0.363
grandm	-0.236
gratef	-0.185
grave	-0.185
great	-0.271
grief	-0.213
group	-0.488
grown	-0.102
grown up	-0.121
growth	-0.119
guess	0.119
guilt	-0.209
gun	0.175
gym	-0.35
had	-0.391
had _ glass	-0.103
had _ lovely	0.103
had _ seen	-0.115
had _ shower	0.158
had _ though	-0.192
had _ with	0.132
had a	0.242
had lunch	0.104
had not	-0.123
haha	-0.152
hair	-0.15
hair _ and	-0.102
hair done	0.103
hair myself	-0.121
hair out	0.146
half	-0.198
hand	0.188
hand _ the	0.124
hand on	0.123
handed	-0.15
handfu	0.212
hands	0.137
hang myself	0.123
hangin	-0.19
happen	0.204
happie	0.108
happy	-0.174
hard	-0.564
hardwa	0.108
hardwa shop	0.108
harm	0.64
harm _ the	0.137
harm after	0.21
harm again	0.216
harm today	0.118
harm urges	0.209
has	0.218
has no	0.121
have	0.567
have _ a	0.131
have _ after	0.153
have _ avoidi	-0.127
have _ date	0.117
have _ do	-0.301
have _ good	0.117
have _ it	0.109
have _ so	-0.18
have _ the	0.189
have a	0.233
have chosen	0.113
have come	-0.148
have died	0.167
have not	-0.193
have the	0.124
have to	-0.18
have writte	0.154
having a	-0.199
he _ dead	0.102
he keeps	0.101
head	0.498
head _ the	0.189
head agains	0.162
headac	-0.146
healin	-0.39
healin _ not	-0.132
healin is	-0.155
health	-0.339
hear _ voice	0.115
hear her	0.115
heat	-0.205
heavy	-0.124
heavy today	-0.112
held _ for	0.115
hell	0.34
hell _ himsel	0.122
hello	-0.22
help	-0.261
help i	0.104
helped	-0.358
helped me	-0.161
helpin	-0.153
helpli	-0.161
her _ and	0.147
her _ one	0.102
her _ was	0.147
her and	0.117
her she	0.118
her voice	0.115
here	0.523
here _ my	0.101
here _ the	0.162
here for	0.106
hersel	0.323
hes	0.22
hes _ a	0.128
hes _ to	0.125
hes done	0.107
hes got	0.193
hid	0.364
hid _ in	0.117
hid the	0.118
hidden	0.108
hide	-0.127
hide _ the	-0.139
hide under	-0.134
hiding	0.135
hiding the	0.249
high	0.268
hike	-0.173
him _ am	0.102
him i	0.119
himsel	0.565
himsel in	0.125
his _ and	0.14
his birthd	-0.14
histor _ she	-0.152
hittin	0.175
hoardi	0.244
hob	0.112
hold	0.187
hold _ weight	0.124
hold my	0.13
holdin	0.269
holdin the	0.185
holida	-0.82
home _ cut	0.144
home and	0.345
home for	-0.128
home i	0.113
homewo	-0.42
hope _ plane	0.155
hope my	-0.113
hope the	0.155
hoping	0.682
hoping _ plane	0.11
hoping the	0.279
hose	0.367
hose _ the	0.216
hose for	0.106
hospic	-0.118
hospit	-0.226
hot	-0.1
hour ago	0.124
hours	-0.239
house	-0.132
housem	0.115
how	0.105
how _ hang	0.119
how _ i	-0.237
how _ it	0.221
how _ parace	0.174
how _ tie	0.145
how _ was	-0.124
how _ would	0.11
how high	0.242
how i	-0.241
how long	0.114
how many	0.154
how to	0.288
hung	-0.105
hungov	-0.11
hurt	0.479
hurt myself	0.354
hurtin	0.178
hurtin myself	0.104
hurts _ much	0.101
hurts too	0.115
husban	0.116
i	0.514
i _ about	0.234
i _ again	0.128
i _ and	-0.14
i _ angry	0.16
i _ back	0.149
i _ be	-0.232
i _ been	-0.238
i _ checki	0.17
i _ chosen	0.113
i _ come	-0.136
i _ coming	0.109
i _ die	-0.185
i _ doing	-0.206
i _ done	0.128
i _ dying	-0.152
i _ end	0.143
i _ ending	0.171
i _ fine	0.26
i _ for	-0.383
i _ go	0.2
i _ going	0.226
i _ gone	0.331
i _ goodby	0.137
i _ got	0.1
i _ gratef	-0.129
i _ have	0.127
i _ i	0.291
i _ jumped	0.167
i _ just	0.283
i _ keepin	0.106
i _ last	-0.205
i _ late	-0.248
i _ leavin	0.102
i _ lighte	-0.111
i _ like	0.157
i _ litera	-0.124
i _ longer	-0.12
i _ mess	-0.117
i _ my	-0.128
i _ on	-0.146
i _ one	-0.185
i _ over	-0.171
i _ planni	0.132
i _ proud	-0.19
i _ ready	-0.102
i _ safe	-0.246
i _ scared	0.207
i _ sick	0.113
i _ sittin	0.144
i _ sleep	-0.171
i _ someth	0.132
i _ sorry	0.288
i _ stayed	-0.1
i _ strugg	-0.115
i _ them	-0.135
i _ they	-0.1
i _ thinki	0.274
i _ three	-0.108
i _ to	-0.366
i _ too	0.179
i _ want	0.116
i _ wanted	0.101
i _ water	-0.16
i _ what	0.218
i _ writte	0.154
i a	-0.186
i actual	-0.152
i always	-0.143
i ate	-0.148
i attemp	0.122
i bled	0.112
i bought	0.199
i burned	0.17
i called	-0.192
i can	0.33
i checke	0.148
i could	-0.188
i cried	-0.201
i cut	0.161
i deserv	0.517
i did	-0.468
i die	0.117
i died	0.153
i do	-0.195
i drive	0.112
i end	0.143
i envy	0.16
i feel	0.225
i felt	-0.307
i finall	-0.116
i finish	-0.19
i get	0.135
i go	0.362
i got	-0.419
i guess	0.168
i had	-0.173
i have	0.555
i held	-0.104
i hurt	0.207
i just	0.136
i keep	0.508
i know	0.184
i last	-0.126
i let	-0.315
i lied	0.168
i look	0.113
i love	0.161
i mean	0.17
i meant	0.113
i might	0.156
i need	0.369
i never	-0.118
i not	-0.107
i notice	-0.148
i only	-0.279
i picked	0.145
i relaps	0.188
i rememb	-0.125
i remind	-0.142
i scratc	0.141
i shower	-0.127
i skippe	-0.177
i stayed	-0.265
i still	-0.24
i suppos	0.106
i think	0.571
i tied	0.172
i told	-0.214
i trippe	-0.109
i unders	-0.131
i used	-0.526
i want	0.349
i went	-0.173
i wish	0.248
i would	-0.327
i wrote	0.109
ice	-0.162
ideati	0.127
if	0.298
if _ died	0.14
if _ had	0.132
if _ is	-0.102
if _ know	0.105
if _ still	-0.127
if _ was	0.203
if i	0.336
if she	-0.151
if the	0.101
if this	0.115
in	-0.231
in _ bag	0.163
in _ bath	0.171
in _ boot	0.153
in _ drawer	0.22
in _ for	-0.143
in _ garage	0.356
in _ garden	-0.224
in _ head	0.262
in _ jeans	-0.117
in _ notebo	-0.204
in _ of	0.159
in _ on	0.144
in _ pencil	0.111
in _ pool	-0.181
in _ room	0.183
in _ sleep	0.158
in _ sun	-0.11
in _ the	0.166
in _ year	0.124
in a	0.242
in advanc	0.139
in and	0.114
in days	0.111
in front	0.112
in hospit	-0.107
in ironin	-0.107
in it	0.157
in living	0.105
in months	0.117
in my	0.473
in sessio	-0.125
in the	0.246
in therap	-0.279
in there	-0.163
in this	-0.103
in to	0.111
in tomorr	-0.127
includ	-0.132
inside	0.205
inside i	0.117
instea	-0.714
instea of	-0.204
instru	0.144
instru for	0.104
insura	0.125
interv	-0.264
into	0.339
into _ book	-0.101
into _ good	-0.1
into _ river	0.132
into _ sea	0.209
into _ thigh	0.102
into _ tree	0.188
into _ wall	0.175
into _ weekly	-0.154
into my	0.257
into the	0.116
intrus	-0.106
intrus though	-0.107
iron	0.157
iron _ my	0.103
iron on	0.143
ironin	-0.195
is	0.17
is _ again	-0.101
is _ day	0.125
is _ depres	-0.107
is _ fault	0.102
is _ for	0.302
is _ from	-0.107
is _ going	0.165
is _ himsel	0.107
is _ i	0.281
is _ in	0.195
is _ last	0.335
is _ linear	-0.103
is _ my	0.204
is _ plan	0.106
is _ the	0.258
is _ there	0.165
is _ to	-0.26
is _ up	0.166
is _ win	-0.138
is _ withou	0.115
is _ worse	0.132
is _ worth	0.139
is a	-0.138
is allowe	-0.117
is back	0.113
is callin	0.107
is changi	-0.117
is cuttin	0.11
is dead	-0.319
is done	0.109
is enough	-0.188
is ever	0.122
is fatal	0.103
is fine	-0.169
is gettin	0.137
is going	-0.207
is gone	-0.122
is good	-0.129
is goodby	0.17
is it	0.168
is me	0.107
is my	0.219
is nearly	0.164
is not	-0.168
is often	-0.154
is on	0.111
is really	0.113
is so	-0.319
is still	0.202
is sunday	0.113
is the	0.495
is time	0.118
is to	-0.129
is up	0.187
is what	0.127
is when	0.148
is winnin	0.109
it	0.204
it _ about	-0.116
it _ also	-0.131
it _ at	-0.272
it _ for	0.43
it _ gettin	0.146
it _ gone	-0.107
it _ him	-0.234
it _ i	0.153
it _ nearly	0.162
it _ so	-0.254
it _ the	0.253
it _ time	0.176
it after	0.192
it again	0.111
it all	0.161
it anyway	-0.168
it at	-0.151
it before	0.127
it bled	0.166
it bleeds	0.119
it can	-0.204
it does	-0.32
it down	-0.161
it for	0.103
it helps	-0.17
it is	-0.156
it just	-0.117
it may	-0.119
it now	-0.105
it off	-0.331
it out	-0.196
it passed	-0.175
it takes	0.253
it this	0.137
it tonigh	0.154
it was	0.197
it will	0.108
it with	-0.329
it worked	-0.133
it would	0.288
its	0.318
jab	-0.106
januar	-0.107
jar	0.155
jeans	-0.119
job	-0.495
jobs	-0.167
joking	0.133
journa	-0.194
jump	0.142
jump in	-0.154
jump starte	-0.116
jumped	-0.104
jumped _ the	-0.213
jumped today	0.173
jumpin	0.431
jumpin _ the	0.205
jumpin from	0.1
jumpin off	0.133
june	-0.114
just	0.71
just _ a	-0.114
just _ it	0.192
just _ myself	0.105
just fade	0.108
just swallo	0.126
just tired	-0.12
just to	0.127
just took	0.161
just waitin	0.103
just wanted	0.18
karaok	-0.24
karaok again	-0.118
keep	0.884
keep _ at	0.154
keep _ my	0.172
keep going	0.185
keep lookin	0.124
keep thinki	0.12
keepin	0.307
keepin them	0.141
keeps	0.336
keeps _ about	0.15
keeps saying	0.114
keeps talkin	0.15
kept _ my	0.145
kept going	-0.176
kept my	-0.123
kept thinki	0.148
key	0.156
key is	0.111
keys	0.186
kid	-0.139
kids _ at	0.17
kids _ not	-0.106
kids _ their	-0.1
kids are	0.149
kids dentis	0.107
kill	-0.242
kill _ if	-0.339
kill _ when	-0.122
kill himsel	0.228
kill me	-0.554
kill my	-0.125
kill myself	0.511
killed	-0.588
killed me	-0.254
killed the	-0.131
killin	0.134
killin myself	0.192
kind	0.113
kind of	0.184
kindly	-0.259
kitche	-0.111
kms	1.338
kms _ time	0.148
kms this	0.121
knacke	-0.147
knee	-0.103
knew	-0.15
knife _ class	-0.125
knife _ my	0.11
knocke	-0.184
knocke my	-0.104
knot	0.203
know	0.57
know _ are	-0.112
know _ know	0.105
know they	-0.112
know what	0.216
know when	0.125
know where	0.12
know you	0.105
knowin	0.222
knows	0.27
knows _ i	0.114
knows where	0.112
knuckl	0.109
kys	0.185
lake	-0.18
last _ before	-0.132
last _ done	-0.106
last _ harm	-0.137
last _ i	-0.284
last _ of	-0.184
last _ on	0.164
last _ the	-0.173
last _ win	0.102
last entry	0.174
last exam	-0.172
last meal	0.171
last month	-0.227
last night	0.434
last of	-0.214
last one	0.28
last self	-0.137
last small	0.102
last spring	-0.139
last thing	0.178
last time	0.231
last walk	0.112
last year	-0.427
lastin	-0.112
late	-0.464
late again	-0.112
lately _ i	-0.111
later	0.269
laughe	-0.331
laxati	0.111
laxati _ the	0.111
laxati by	0.111
lay	-0.131
leaned	0.111
leaned out	0.131
learn	-0.168
learne	-0.319
learne to	-0.104
learni	-0.231
leave	0.106
leave _ world	0.178
leave this	0.192
leavin do	-0.157
lectur	-0.186
ledge	0.159
left	0.604
left _ all	0.1
left _ live	0.117
left _ me	0.103
left for	0.107
left to	0.24
leftov	-0.121
leg day	-0.112
less	-0.241
let	-0.421
let _ go	-0.101
let _ pass	-0.137
let _ rest	-0.152
let it	-0.176
let me	0.127
let myself	-0.458
let them	-0.11
lethal	0.356
lethal doses	0.247
letter	0.499
letter _ my	-0.158
letter for	0.167
letter to	-0.13
librar	-0.176
lied	0.275
life	1.182
life _ not	0.166
life insura	-0.175
lift	-0.101
lifted	-0.115
liftin	-0.148
light	0.194
light _ the	0.129
light at	0.129
lighte _ my	0.101
lights	-0.132
like	0.507
like _ ghost	0.112
like _ it	0.107
like _ last	0.116
like _ only	0.14
like _ people	-0.127
like _ should	0.105
like _ therap	0.114
like _ up	-0.106
like a	0.167
like me	0.102
like other	-0.127
like relief	0.143
like the	0.191
like this	0.285
linear	-0.103
lines	-0.178
lines _ my	-0.178
lines in	-0.176
list	0.104
list _ who	0.132
list of	0.254
listen	-0.368
listen to	-0.195
live	0.474
live _ this	0.109
live for	0.249
living	1.108
load _ tablet	0.101
loaded	0.104
loft	0.157
london	-0.106
lonely	-0.215
long	0.297
long it	0.102
long sleeve	0.182
long time	0.225
longer need	-0.12
look	0.118
look _ my	0.103
look _ myself	-0.146
look after	0.159
looked	0.345
looked _ how	0.127
looked _ the	0.305
looked up	0.359
lookin	0.515
lookin _ the	0.451
lookin at	0.355
loose	0.137
lorry	0.148
lot	0.316
lotter	-0.113
loud	0.127
loud today	0.138
louder	0.141
louder than	0.115
love _ all	0.107
love her	0.17
love it	-0.235
love you	0.104
loved	-0.132
loved it	-0.18
lovely	-0.282
low	-0.386
lunch	-0.249
lunch with	0.222
made	-0.182
made _ bed	0.316
made _ playli	0.13
made _ the	0.253
made _ to	-0.122
made a	-0.122
made it	-0.29
made me	-0.197
made my	0.155
made sure	0.245
made the	0.198
make	0.116
make it	0.18
makes	-0.145
making _ progre	-0.125
making it	0.159
manage	-0.259
many people	-0.123
marath	-0.102
march	-0.128
market	-0.187
marks	0.267
mate	0.188
matern	-0.12
matern leave	-0.12
maths _ on	0.106
maths set	0.106
matter	0.179
may	-0.557
may 2026	-0.12
maybe	0.213
me	0.651
me _ have	-0.135
me _ i	-0.216
me _ it	0.109
me _ not	0.113
me _ she	-0.173
me for	-0.154
me his	0.154
me if	-0.338
me in	0.165
me like	0.108
me when	-0.112
me would	-0.106
meal	0.165
meals _ week	0.108
meals this	0.108
mean _ litera	0.116
mean _ positi	-0.108
mean it	0.13
meanin	-0.147
means	0.104
measur the	0.191
medici _ and	0.106
meds _ the	-0.173
meetin	-0.552
meme	-0.115
memori	0.145
mental	-0.346
mental health	-0.234
messag	0.318
messag _ my	0.129
messag to	0.202
messy	-0.103
met a	0.1
method	0.226
method _ night	0.106
method all	0.106
might	0.304
might _ myself	0.13
might _ well	0.29
might as	0.29
might just	0.14
mind	0.187
mind to	-0.141
minute	-0.381
mirror	-0.128
missed	-0.158
missed my	-0.126
moment	-0.222
monday	-0.35
month	-0.589
months	-0.246
months _ from	-0.135
mood	-0.133
more _ and	-0.126
more often	-0.132
most	-0.137
motiva	-0.312
motiva _ like	-0.127
motiva myself	-0.127
move	-0.341
moved	-0.172
moving	-0.508
moving to	-0.192
much _ is	0.103
much better	-0.104
much longer	0.173
much parace	0.103
mum	0.175
mum _ a	-0.106
mum _ not	0.138
mum i	0.16
mums	-0.147
murder	-0.278
music	-0.124
my	-0.341
my _ about	-0.286
my _ after	-0.126
my _ again	0.126
my _ agains	0.162
my _ and	0.171
my _ asked	-0.149
my _ away	0.115
my _ died	-0.243
my _ do	-0.167
my _ entry	0.237
my _ for	0.267
my _ friend	0.147
my _ from	0.157
my _ had	-0.105
my _ has	0.248
my _ i	0.158
my _ in	0.205
my _ into	0.125
my _ is	-0.192
my _ keeps	0.21
my _ like	0.136
my _ messag	0.121
my _ myself	-0.115
my _ note	0.114
my _ now	-0.109
my _ of	-0.12
my _ off	-0.128
my _ out	0.138
my _ passed	-0.102
my _ plan	-0.323
my _ plus	0.107
my _ prescr	0.112
my _ raw	0.144
my _ said	0.293
my _ self	-0.386
my _ set	0.106
my _ so	0.407
my _ tablet	-0.113
my _ test	-0.155
my _ texted	0.103
my _ though	-0.104
my _ till	0.113
my _ to	0.201
my _ today	0.25
my _ told	-0.123
my _ where	0.148
my _ who	-0.115
my _ with	0.23
my _ would	0.248
my _ year	0.11
my accoun	0.194
my arm	0.646
my arms	0.45
my attemp	0.116
my back	-0.129
my balcon	0.153
my bank	0.126
my bed	0.27
my best	0.172
my body	0.115
my boss	-0.201
my brothe	-0.123
my clean	0.111
my collea	-0.173
my counse	-0.14
my daught	0.141
my doctor	-0.153
my dose	-0.115
my emails	0.189
my essay	0.13
my exit	0.105
my family	0.308
my feet	-0.125
my finger	-0.143
my first	-0.133
my friend	-0.145
my fringe	-0.145
my funera	0.283
my girlfr	0.102
my granda	-0.188
my hand	0.179
my hands	0.112
my head	0.383
my heart	0.105
my husban	0.114
my job	-0.175
my kid	-0.12
my kids	0.116
my last	0.366
my leg	0.196
my legs	0.14
my life	0.373
my mind	0.149
my nails	0.159
my nan	-0.16
my neck	0.142
my new	-0.226
my note	0.226
my notebo	-0.176
my old	-0.621
my own	0.139
my partne	-0.195
my passwo	0.233
my pen	-0.105
my pillow	0.212
my plant	-0.116
my prescr	-0.129
my room	0.154
my safety	-0.151
my screen	-0.121
my sister	-0.137
my skin	0.273
my stuff	0.165
my team	-0.122
my therap	-0.202
my thigh	0.209
my thighs	0.162
my things	0.185
my wardro	0.124
my weight	0.124
my wife	0.107
my will	0.143
my wrist	0.487
my wrists	0.294
myself	1.122
myself _ is	-0.17
myself _ other	-0.153
myself _ the	0.506
myself _ up	-0.129
myself a	-0.128
myself again	0.157
myself and	-0.166
myself as	0.113
myself for	-0.144
myself in	0.296
myself it	-0.17
myself like	-0.152
myself on	0.121
myself rest	-0.152
myself thinki	-0.114
myself tonigh	0.107
myself with	0.328
n	-0.108
nails	0.159
named	-0.195
nan	-0.186
nap	-0.181
near	0.128
nearby	0.104
nearly	0.296
nearly _ it	0.175
nearly _ me	-0.118
nearly did	0.225
nearly killed	-0.143
neck	0.291
need	0.411
need _ after	0.104
need _ else	0.104
need _ now	-0.102
need them	0.158
need to	0.494
needed	-0.294
needin	0.147
needs	-0.249
neighb	-0.116
neighb to	0.144
never	0.195
never _ up	0.167
never born	0.157
never was	0.129
new	-0.806
new _ today	0.154
new home	0.119
new one	-0.191
new scars	0.105
news	-0.134
next door	-0.142
next month	-0.124
next time	0.123
next week	0.125
nice	0.155
nicely	0.136
night	0.335
night _ the	-0.129
night and	0.151
night shift	-0.116
no	0.309
no _ at	0.129
no _ came	0.102
no _ to	0.301
no _ would	0.142
no cars	0.102
no light	0.106
no longer	-0.283
no one	0.688
no point	0.227
no reason	0.359
no signal	-0.13
no to	-0.32
no use	0.12
nobody	0.258
nobody _ anythi	0.126
noise	-0.223
none	0.115
none of	0.115
noodle	-0.114
noon	-0.246
noose	0.252
normal	-0.188
not	0.703
not _ a	0.253
not _ alive	0.119
not _ any	0.144
not _ anywhe	0.171
not _ at	0.124
not _ back	0.286
not _ before	-0.115
not _ bother	-0.102
not _ everyt	-0.106
not _ fault	0.102
not _ i	-0.261
not _ if	0.145
not _ it	0.168
not _ needin	0.147
not _ on	0.132
not _ progre	-0.145
not _ publis	-0.109
not _ safe	0.193
not _ soon	-0.104
not _ the	0.11
not _ them	0.1
not _ to	-0.261
not _ up	0.253
not _ why	0.152
not _ yet	-0.212
not a	-0.116
not about	-0.202
not always	-0.172
not answer	0.118
not bad	-0.106
not be	-0.12
not better	-0.258
not book	0.118
not care	0.114
not coming	0.217
not cut	-0.18
not die	-0.176
not do	-0.131
not exist	0.141
not feel	0.113
not find	0.103
not for	0.517
not get	-0.147
not gettin	0.149
not going	0.157
not have	-0.139
not help	0.102
not here	0.164
not linear	-0.103
not look	-0.215
not matter	0.25
not mean	-0.163
not mind	0.127
not preten	-0.106
not safe	0.556
not say	0.153
not see	0.236
not seen	-0.115
not still	-0.102
not stop	0.101
not suicid	-0.15
not sure	0.142
not tell	0.14
not the	0.226
not think	0.134
not to	-0.142
not true	-0.106
not wake	0.168
not want	-0.3
not where	-0.367
not work	0.329
not worth	0.244
note	0.674
note _ my	-0.137
note for	-0.104
note to	-0.128
notebo	-0.244
notes	0.14
nothin	0.123
nothin _ changi	-0.107
nothin _ ever	0.124
nothin _ live	0.132
nothin _ to	0.133
nothin left	0.237
nothin thinki	-0.203
nothin to	0.181
notice	-0.476
notice _ though	-0.124
notice _ was	-0.102
notice i	-0.194
notice the	-0.268
notici	-0.115
now _ am	0.164
now _ do	-0.1
now _ have	-0.137
now i	-0.154
number from	0.16
nurse	-0.212
od	0.179
of	0.105
of _ alive	0.315
of _ and	0.337
of _ car	0.169
of _ day	-0.142
of _ era	-0.127
of _ for	-0.118
of _ gets	0.132
of _ life	0.136
of _ line	0.125
of _ lorry	0.108
of _ roof	0.112
of _ someth	0.148
of _ train	0.116
of _ when	-0.103
of _ world	-0.132
of a	0.131
of being	0.165
of existi	0.323
of her	-0.126
of ironin	-0.108
of killin	0.109
of living	0.327
of me	0.21
of myself	-0.214
of parace	0.107
of pills	0.267
of space	0.11
of stones	0.117
of taking	0.114
of term	-0.127
of us	-0.106
of water	-0.151
of who	0.132
off	0.137
off _ good	0.179
off _ me	-0.144
off _ table	-0.111
off dead	0.365
off my	-0.13
off myself	0.109
off perman	0.101
off to	-0.284
off with	0.109
office	-0.252
often	-0.405
ok	-0.235
ok _ my	0.102
ok with	0.161
okay	-0.187
old	-0.652
old _ to	-0.112
old _ with	0.123
old _ would	-0.106
old car	-0.111
old clothe	-0.114
old me	-0.106
old school	-0.105
on	-0.146
on _ a	0.114
on _ and	0.126
on _ arm	0.141
on _ back	0.131
on _ bridge	0.134
on _ bus	-0.112
on _ car	-0.14
on _ chair	0.113
on _ desk	0.149
on _ end	0.154
on _ fridge	-0.149
on _ harm	0.189
on _ hob	0.122
on _ leg	0.117
on _ railwa	0.118
on _ table	0.299
on _ thigh	0.106
on _ tonigh	-0.105
on _ trip	-0.135
on _ wrist	0.202
on a	-0.164
on earth	0.13
on everyt	0.103
on holida	-0.255
on life	0.267
on living	0.143
on my	0.298
on myself	-0.102
on purpos	0.983
on self	0.178
on sunday	-0.145
on the	0.122
on this	-0.23
on time	-0.583
once the	0.114
one	0.248
one _ box	0.104
one _ my	0.133
one _ time	0.113
one a	0.104
one for	0.115
one last	0.214
one today	-0.111
one way	0.201
one would	0.142
one year	-0.183
ones	0.129
onions	-0.159
only	0.171
only _ becaus	-0.141
only _ i	0.242
only _ that	0.154
only option	0.101
only stayed	-0.1
only thing	0.307
op	-0.195
open	0.207
open for	0.101
opened	-0.14
opened _ scary	-0.109
opened the	-0.17
option	0.162
or	-0.762
or _ thinki	-0.203
or nothin	-0.203
ordere	-0.12
organi	-0.319
other _ do	-0.127
other people	-0.161
ouch	-0.16
our	-0.392
our buildi	0.113
out	0.418
out _ the	0.225
out how	0.111
out my	-0.119
out the	-0.227
out who	0.103
oven	-0.114
over	-0.365
over _ bridge	-0.113
over _ railin	0.117
over it	-0.113
over the	-0.161
over this	-0.198
over time	-0.129
overdo	0.293
own death	0.111
packet	0.255
paid for	0.12
paid the	-0.111
pain	0.271
painki from	0.14
painle	0.249
painle _ to	0.166
painle ways	0.249
panic	-0.298
panick	-0.15
paper	-0.171
papers	0.136
paperw	-0.171
parace	0.599
parace _ take	0.138
parace _ three	0.101
parace from	0.101
parace is	0.128
parace to	0.138
park	0.101
park in	0.143
part _ me	0.172
partne	-0.116
partne to	-0.103
party	-0.576
pass	-0.199
passed	-0.471
passwo	0.388
passwo _ for	0.107
passwo and	0.109
patien	-0.185
paymen	-0.114
pays	0.154
pays out	0.141
peacef	-0.171
pen	-0.157
pencil	0.239
pencil case	0.111
pencil sharpe	0.133
people	-0.144
people do	-0.127
people who	0.213
perfec	-0.219
perman	0.555
perman sleep	0.127
person	-0.302
pestic	0.111
pharma	-0.192
phone rang	0.172
phoned	-0.198
phoned the	-0.18
picked	0.443
picked _ date	0.187
picked _ day	0.33
picked _ my	-0.155
picked _ the	0.101
picked a	0.249
picked the	0.243
picked up	-0.132
pier	0.107
pile	0.131
pill	-0.178
pill organi	-0.147
pillow	0.214
pills	0.783
pills _ doctor	-0.103
pills _ the	-0.251
pills in	0.172
pills on	0.104
pink	-0.105
pizza	-0.376
place	0.144
plan	0.107
plan _ get	-0.11
plan _ the	-0.15
plan _ weeken	0.1
plan and	0.149
plan for	-0.231
plan is	0.284
plan now	0.109
plan this	0.1
plan to	-0.125
plan with	-0.155
plane	0.227
plane _ down	0.106
plane crashe	0.177
planne	-0.21
planni	0.421
planni on	0.127
planni to	0.214
plans _ look	-0.146
plans to	-0.14
plant	-0.327
plante	-0.117
platfo edge	0.161
played	-0.31
playin	-0.148
playli	0.102
playli _ my	0.13
playli for	0.177
please	0.35
please _ stop	0.141
please let	0.138
please someon	0.15
plus _ parace	0.107
plus extra	0.107
podcas	-0.126
point	0.406
point _ ironin	-0.215
point _ living	0.13
point _ me	0.178
point _ on	0.108
point in	0.169
point of	0.16
pool	-0.163
popped	-0.141
popped up	-0.129
positi	-0.115
positi _ is	-0.108
positi thinki	-0.108
posted	0.237
posted a	0.125
power	-0.15
power of	-0.11
prescr _ extra	0.107
prescr and	-0.133
prescr plus	0.107
presen	-0.332
presse	0.103
presse _ iron	0.103
presse the	0.103
preten _ is	-0.154
preten _ was	0.111
preten everyt	-0.143
preten i	0.138
preven	-0.151
printe	-0.219
probab	0.189
probab _ last	0.146
probab the	0.146
progre	-0.728
progre in	-0.104
projec	-0.372
projec and	-0.103
promot	-0.107
proper	-0.161
proper lunch	-0.209
propos	-0.109
proud	-0.614
proud _ myself	-0.221
proud of	-0.371
psychi	-0.175
psycho	-0.275
publis	-0.166
pullin	0.121
pullin _ hair	0.128
pullin my	0.128
punche	0.206
punche _ wall	0.13
punche the	0.122
punchi	0.148
punish	0.342
punish myself	0.119
purged	0.152
purged _ times	0.113
purged three	0.113
purpos	0.929
put _ in	0.174
put on	-0.162
put them	0.166
puttin	-0.46
puttin _ off	-0.404
puttin it	-0.36
puzzle	-0.15
questi	-0.253
questi it	-0.114
queue	-0.156
quit	-0.151
quiz	-0.163
rail	0.116
railin	0.172
railwa	0.129
rain	-0.347
ran	-0.244
rang the	-0.165
rather _ dead	0.188
rather _ than	-0.2
rather be	0.159
rather die	-0.22
raw	0.177
razor	0.292
read	-0.599
read a	-0.113
read the	-0.136
readin	0.11
ready	0.149
ready to	0.136
real	0.106
really	0.263
really strong	0.129
really suicid	0.158
reason	0.33
reason _ stay	0.135
reason to	0.224
reassu	-0.114
recent	-0.105
recipe	-0.19
recogn	-0.131
recove	-0.393
recove from	-0.143
rehome	0.264
relaps	0.531
relaps _ self	0.285
relaps on	0.298
relati	-0.302
relief	0.155
rememb	-0.219
rememb _ like	0.108
rememb me	0.192
rememb my	-0.17
remind	-0.434
remind me	-0.109
remind myself	-0.241
remove _ proble	0.13
remove the	0.103
replie	-0.126
repott	-0.15
resear	0.249
resear method	0.11
respon	-0.117
rest	-0.562
rested	-0.461
rested the	-0.13
restin	-0.106
retire	-0.198
return ticket	0.105
review	-0.318
rid	-0.163
rid of	-0.163
right	0.31
right now	0.522
ring	-0.1
rip	-0.161
rip my	-0.117
ripped	0.152
ripped _ my	0.102
ripped up	0.102
river	-0.101
road	0.114
road _ 3am	0.102
road at	0.102
roof of	0.132
roof right	0.104
roof terrac	-0.138
roof to	-0.112
room	-0.129
roomma	0.154
rope	0.35
rope _ for	-0.11
rope _ the	-0.162
rope and	0.139
rope for	-0.196
rope swing	-0.14
rope today	0.296
rope workou	-0.101
rough	-0.212
round _ block	-0.132
round _ neck	0.149
round my	0.149
routin	-0.106
rubbis	-0.163
run	-0.261
runnin	0.25
runnin in	0.117
s	-0.11
sad	-0.473
sadly	0.118
safe	0.301
safe at	0.126
safe now	-0.151
safe tonigh	0.135
safety	-0.23
safety _ with	-0.125
safety plan	-0.157
said	0.153
said _ am	-0.161
said _ going	0.252
said _ got	0.22
said _ to	-0.466
said _ was	0.121
said _ wishes	0.118
said _ you	0.116
said goodby	-0.137
said hes	0.323
said i	-0.183
said my	-0.221
said no	-0.428
said she	0.298
said shes	0.183
sandwi	-0.182
sat	0.132
sat _ my	0.124
sat _ the	0.157
sat in	0.209
sat with	-0.135
saturd	-0.112
saved	0.111
saved up	0.159
saving	0.149
saving _ my	0.107
say back	-0.116
say goodby	0.154
say no	-0.118
say why	0.141
saying	0.356
says _ is	-0.125
says hes	0.105
says it	-0.118
scared of	-0.16
scares	0.113
scary	-0.26
scary letter	-0.109
scisso	0.139
scratc	0.369
scratc _ arms	0.241
scratc my	0.201
scratc myself	0.119
scream	-0.216
screen	-0.245
screen time	-0.216
search	0.344
search how	0.171
season	-0.175
see	0.346
see _ future	0.114
see _ high	0.115
see _ sea	0.11
see _ way	0.107
see a	0.129
see how	0.103
see my	-0.229
see you	-0.132
seems	0.254
seen	-0.1
seen before	-0.115
self	0.21
self _ after	0.21
self _ again	0.288
self _ today	0.118
self _ urges	0.209
self compas	-0.242
self delete	0.111
self harm	0.679
send	0.125
sensib	-0.125
series	-0.155
servic	-0.139
sessio	-0.325
set	0.147
set _ my	0.113
set my	0.239
set on	0.106
shared	-0.119
she	0.111
she _ a	0.112
she _ me	-0.199
she _ to	0.115
she asked	0.107
she can	0.105
she thinks	0.17
she wants	0.184
shed	0.125
sheets	-0.119
shell	0.467
shell _ after	0.11
shell _ ok	0.102
shell be	0.134
shell unders	0.107
shes _ to	0.18
shes going	0.153
shift	-0.573
shoes	-0.121
shop	-0.142
shop for	0.111
shoppi	0.148
shops	0.215
short	-0.245
shot	-0.111
shotgu	0.175
should	0.336
should _ able	-0.127
should _ be	-0.156
should _ dead	0.113
should _ died	0.11
should _ still	-0.102
should _ that	0.113
should alread	-0.175
should be	-0.226
should died	0.113
should have	0.204
should just	0.109
showed up	-0.101
shud	0.109
side	0.13
signal	-0.16
signed up	-0.124
signs	-0.121
since	-0.361
since _ last	-0.257
since _ made	0.129
since my	-0.162
singin	-0.115
sister	-0.153
sittin	0.172
sittin _ the	0.128
six	-0.292
six months	-0.309
skills	-0.118
skin	0.273
skippe	-0.22
skippi	-0.13
skippi _ meals	0.108
skippi _ workou	-0.101
skippi all	0.108
skippi rope	-0.177
sleep	-0.623
sleep _ never	0.139
sleep _ weeken	-0.11
sleep all	-0.16
sleep and	0.139
sleep early	-0.232
sleep for	-0.118
sleep foreve	0.169
sleep in	-0.197
sleepy	0.164
sleeve	0.199
slept	-0.36
slit	0.159
slit _ wrists	0.13
slit my	0.18
slow	-0.145
slowly	-0.13
small	-0.688
small _ is	-0.138
small steps	-0.178
small win	0.143
small wins	-0.229
smiled	0.136
smiled at	0.122
smokin	-0.208
snacks	-0.111
so	-0.124
so _ can	0.368
so _ could	0.116
so _ is	0.238
so _ look	0.207
so _ of	0.109
so _ one	0.138
so _ to	0.179
so _ would	0.15
so bad	0.145
so close	0.263
so done	0.114
so funny	-0.107
so good	-0.117
so hard	-0.14
so i	-0.724
so it	0.18
so much	-0.142
so mum	0.12
so my	0.128
so no	0.211
so nobody	0.266
so someon	0.108
so they	0.521
so we	-0.168
sober	-0.113
sofa	-0.218
solici	-0.117
some	-0.373
some _ are	-0.106
some things	-0.106
someon	0.128
someon _ me	0.163
someon in	0.108
someon stop	0.141
someth	0.417
someth i	-0.123
someth stupid	0.146
someth to	0.14
song	-0.22
soon	0.386
soon enough	-0.118
sooner	-0.111
sorry	0.844
sort	0.163
sorted	-0.326
sorted _ my	-0.13
sorted my	0.187
sorted out	-0.213
sortin	-0.147
sounds	0.206
soup	-0.185
sourdo	-0.112
spain	-0.163
speech	-0.126
spent	0.149
spider	-0.22
spiral	-0.118
spoke	-0.101
spotte	-0.16
spring	-0.422
stable	-0.115
stairw	0.156
standi	0.23
standi _ the	0.202
standi on	0.242
starin	0.173
starin _ the	0.148
starin at	0.168
start	-0.166
starte	-0.512
starte _ my	0.12
starte my	-0.116
starte the	-0.165
starti	-0.224
starvi	0.113
starvi myself	0.141
stay	0.299
stay alive	0.15
stayed	-0.579
stayed _ i	-0.1
stayed becaus	-0.1
stayed calm	-0.112
steady	-0.107
step	-0.196
steppi	0.178
steps	-0.349
still	-0.283
still _ about	0.131
still _ and	-0.133
still _ to	0.261
still here	-0.115
still in	0.115
still there	0.147
still thinki	0.16
still want	0.242
stockp	0.164
stockp _ meds	0.126
stockp my	0.258
stones	0.117
stood	0.342
stood _ the	0.188
stood there	0.222
stop	0.519
stop and	-0.122
stop existi	0.124
stop me	0.242
stoppe	0.269
stoppe _ my	0.134
stoppe becaus	0.107
stoppe eating	0.202
strang	0.241
stress	-0.234
stretc	-0.222
strong	0.306
strong enough	0.156
strugg	-0.407
strugg with	-0.142
stuck	-0.191
stuck with	0.151
stupid	0.259
submit	-0.104
succes	-0.108
sugar	-0.231
suicid	1.335
suicid _ all	0.204
suicid again	0.15
suicid attemp	-0.121
suicid ideati	0.127
suicid is	0.106
suicid note	0.127
suicid today	0.139
summer	-0.219
sun	-0.167
sunday	0.25
sunset	-0.318
suppor	-0.399
suppos	0.105
sure	0.391
sure the	0.206
suspen	-0.124
swallo	0.36
swallo _ lot	0.182
swallo the	0.238
swam	-0.126
swap	-0.1
sweet	-0.134
swing	-0.226
swing _ the	-0.126
sympto	-0.167
t	-0.103
table	0.264
tablet	0.404
tablet _ a	0.102
tablet in	0.12
take	0.542
take _ at	0.141
take _ of	0.151
take all	0.12
take care	0.118
take me	0.271
takeaw	-0.24
takes	0.347
taking	0.294
taking my	0.117
taking the	0.155
talked	-0.559
talked _ and	-0.1
talked _ my	-0.121
talked me	-0.101
talked tonigh	-0.1
talkin	0.132
talkin about	0.374
talles	0.291
talles _ nearby	0.133
talles buildi	0.148
tape	0.25
tax	-0.2
tea	-0.359
teache	-0.186
team	-0.254
tell	0.348
tell _ mum	0.156
tell my	0.148
ten	-0.202
ten minute	-0.2
term	-0.135
terrac _ the	-0.104
terrac at	0.115
terrif	-0.119
test	-0.319
tested	0.102
texted my	-0.15
than	-0.195
than _ karaok	-0.147
than _ should	0.102
than do	-0.144
than last	-0.172
than usual	0.16
thank	0.278
thank _ card	0.103
thank _ for	0.217
thank you	0.278
thanke	-0.132
thanks	-0.116
thanks for	0.107
that	-0.609
that _ be	0.232
that _ enough	-0.104
that _ it	0.136
that _ me	0.183
that _ thinki	-0.108
that _ was	-0.125
that _ when	0.1
that felt	0.152
that hike	-0.104
that i	0.179
that is	0.289
that litera	0.116
that meme	-0.106
that positi	-0.108
that should	0.213
that would	0.169
the	-0.702
the _ about	-0.198
the _ again	0.237
the _ all	-0.184
the _ and	0.294
the _ anymor	-0.147
the _ are	0.578
the _ away	0.125
the _ back	0.113
the _ block	0.138
the _ buildi	0.159
the _ car	0.104
the _ class	-0.109
the _ club	-0.108
the _ crashe	0.15
the _ dentis	0.107
the _ died	-0.177
the _ does	0.134
the _ edge	0.341
the _ exhaus	0.109
the _ finall	-0.11
the _ from	0.109
the _ gave	-0.124
the _ goes	0.134
the _ group	-0.111
the _ in	0.164
the _ is	0.108
the _ it	0.237
the _ kind	0.105
the _ locked	-0.103
the _ lookin	0.114
the _ nap	0.151
the _ now	0.225
the _ number	0.141
the _ of	-0.154
the _ on	0.168
the _ out	0.215
the _ packet	0.164
the _ plan	0.18
the _ rehome	0.13
the _ right	0.318
the _ room	-0.217
the _ round	-0.135
the _ runnin	0.171
the _ shift	-0.252
the _ shop	0.155
the _ sleep	0.167
the _ swing	-0.125
the _ table	0.107
the _ talkin	-0.122
the _ terrac	-0.129
the _ the	-0.196
the _ thing	0.251
the _ though	-0.115
the _ till	0.164
the _ time	0.231
the _ to	0.147
the _ today	0.122
the _ tomorr	-0.119
the _ tracks	0.109
the _ trains	0.173
the _ trip	-0.169
the _ under	0.238
the _ until	0.172
the _ waitin	-0.114
the _ was	-0.361
the _ watchi	-0.199
the _ wins	0.162
the _ with	0.325
the _ withou	-0.118
the airpor	-0.102
the appoin	-0.246
the baby	-0.176
the back	0.108
the balcon	0.118
the bath	0.244
the beam	0.117
the bed	0.216
the belt	0.178
the bill	-0.249
the bin	0.101
the bins	-0.102
the blade	0.19
the block	-0.112
the boat	-0.115
the boats	-0.112
the boiler	0.1
the book	0.133
the boot	0.153
the bottom	0.151
the bus	-0.266
the cake	-0.148
the canal	0.101
the cat	0.248
the cats	0.105
the chair	0.119
the chapte	0.133
the cinema	-0.102
the cliffs	0.345
the climbi	-0.109
the counci	-0.109
the courag	0.109
the crash	0.1
the crisis	0.206
the cuts	0.218
the day	0.368
the death	-0.263
the dentis	-0.159
the depres	-0.141
the desk	0.145
the dog	0.224
the dogs	0.117
the door	0.301
the drawer	0.185
the drop	0.209
the duvet	-0.134
the ed	0.108
the end	0.153
the engine	0.208
the exam	-0.188
the exhaus	0.11
the extra	-0.176
the fast	0.12
the film	-0.14
the final	-0.136
the firewo	-0.13
the foreve	0.117
the form	-0.272
the funera	0.187
the garage	0.337
the garden	-0.211
the gym	-0.199
the handfu	0.111
the hardwa	0.108
the helpli	-0.145
the hob	0.131
the hose	0.171
the insura	0.245
the iron	0.173
the knife	0.178
the knot	0.267
the lake	-0.15
the lectur	-0.104
the ledge	0.103
the letter	0.337
the librar	-0.149
the lights	-0.118
the line	0.105
the loft	0.157
the lot	0.201
the man	0.147
the market	-0.178
the marks	0.163
the messag	0.141
the mirror	-0.114
the money	0.126
the most	-0.145
the move	-0.157
the new	-0.262
the noise	-0.17
the note	0.139
the only	0.382
the oven	-0.123
the pain	0.218
the party	-0.32
the past	-0.125
the pestic	0.111
the pharma	-0.245
the phone	0.167
the pile	0.171
the pills	0.279
the place	0.107
the plan	0.38
the plane	0.227
the point	0.219
the pool	-0.163
the post	-0.285
the presen	-0.112
the printe	-0.154
the projec	-0.153
the quiz	-0.127
the railin	0.164
the railwa	0.137
the rain	-0.118
the razor	0.152
the relati	-0.144
the rest	0.123
the result	0.186
the road	0.167
the rope	0.243
the same	0.118
the scisso	0.127
the self	-0.104
the shop	-0.278
the shoppi	0.158
the small	0.132
the sofa	-0.118
the stairw	0.139
the statio	0.134
the stuff	0.161
the sunset	-0.208
the suspen	-0.124
the table	0.167
the tablet	0.237
the talles	0.258
the terrac	0.101
the though	-0.16
the traffi	-0.148
the train	-0.147
the trip	-0.173
the urges	0.154
the view	-0.148
the voices	0.124
the walk	-0.11
the wall	0.323
the washin	-0.214
the water	0.142
the way	0.124
the weddin	-0.103
the weeken	-0.161
the weekly	-0.127
the whole	0.138
their	0.131
their _ this	0.167
their dads	0.182
them	0.734
them _ the	0.18
them for	0.128
then	0.524
then _ a	-0.101
then _ and	0.105
then _ home	0.184
then _ on	0.17
then _ rememb	-0.103
then _ the	0.121
then came	0.168
then cried	0.111
then i	0.217
then sat	0.177
theory	-0.101
therap	-0.969
therap _ i	-0.122
therap _ was	0.11
therap and	-0.164
therap asked	0.106
therap i	0.107
there	0.335
there _ a	0.126
there _ me	-0.104
there is	0.316
these	-0.329
they	0.422
they _ for	0.138
they _ get	0.128
they _ in	0.119
they are	-0.146
they bled	0.145
they can	0.123
they find	0.208
they would	0.23
theyre	0.103
thigh	0.209
thighs	0.164
thing	0.42
thing _ have	-0.124
thing _ helps	0.113
thing _ will	0.145
thing that	0.139
thing to	0.142
things	0.246
things are	-0.107
things away	0.103
things for	0.119
things i	-0.144
things with	-0.126
think	0.31
think _ ending	-0.141
think _ is	0.187
think _ would	-0.15
think about	0.243
thinki	1.25
thinki _ always	-0.114
thinki _ ending	0.136
thinki _ enough	-0.108
thinki _ it	0.124
thinki _ jumpin	0.162
thinki _ the	0.151
thinki about	0.873
thinki is	-0.108
thinki of	0.533
thinks	0.266
this	-0.441
this _ and	0.183
this _ goodby	0.166
this _ i	-0.275
this _ is	-0.569
this _ it	0.108
this _ my	0.258
this _ to	-0.192
this exam	-0.111
this heat	-0.126
this is	0.33
this job	-0.128
this life	0.293
this meetin	-0.118
this rain	-0.104
this time	0.727
this traffi	-0.171
this weeken	0.178
this world	0.308
this year	-0.218
those	-0.198
though	0.212
though _ back	0.153
though _ day	0.247
though _ drivin	0.102
though _ not	-0.109
though _ throug	0.109
though _ would	-0.203
though about	0.532
though again	0.152
though all	0.338
though are	0.232
though i	-0.381
though last	-0.1
though of	0.285
though that	-0.131
though were	-0.155
three	-0.323
three _ i	-0.11
three _ in	-0.178
three _ shops	0.101
three _ today	0.143
three chemis	0.104
three differ	0.229
three lines	-0.178
throug _ it	0.181
throug _ my	0.103
throug _ roof	-0.15
throug _ school	0.252
throug a	-0.113
throug it	-0.151
throug with	0.269
ticket	0.195
ticket _ the	0.193
ticket to	0.125
tidied	-0.202
tied	0.172
tied _ knot	0.225
tied the	0.107
til	0.192
til it	0.106
till	0.33
till _ bled	0.22
till it	0.15
till my	0.16
time	0.3
time _ a	0.126
time _ ages	-0.117
time _ months	0.106
time _ up	0.105
time _ week	0.222
time i	-0.126
time in	0.148
time this	0.17
time to	0.182
times today	0.122
timing	0.111
tired	-0.239
tired _ existi	0.323
tired _ living	0.249
tired of	0.387
tired today	-0.114
to	0.142
to _ a	-0.128
to _ about	-0.107
to _ alive	0.18
to _ an	-0.118
to _ back	-0.262
to _ beach	0.172
to _ by	-0.125
to _ care	0.105
to _ chemis	0.173
to _ cliffs	0.291
to _ dead	0.183
to _ delete	0.111
to _ early	-0.228
to _ end	-0.106
to _ every	-0.141
to _ everyo	-0.1
to _ existi	0.104
to _ flatma	0.1
to _ for	0.154
to _ foreve	0.236
to _ gone	0.112
to _ goodby	0.153
to _ here	0.208
to _ him	0.104
to _ himsel	0.205
to _ how	0.141
to _ i	-0.194
to _ if	-0.177
to _ in	-0.106
to _ is	0.22
to _ it	0.502
to _ my	-0.179
to _ myself	0.636
to _ off	0.33
to _ old	-0.203
to _ on	-0.174
to _ party	-0.185
to _ pen	-0.103
to _ sister	0.13
to _ so	0.199
to _ someth	0.12
to _ team	-0.124
to _ that	-0.212
to _ the	-0.142
to _ throug	0.15
to _ to	-0.316
to _ tonigh	0.121
to _ under	-0.252
to _ up	-0.237
to _ urges	0.119
to _ with	0.101
to _ withou	-0.102
to a	-0.527
to after	0.122
to auto	0.103
to be	-0.103
to bed	-0.377
to bleed	0.183
to boil	-0.102
to catch	0.152
to celebr	-0.128
to come	0.166
to cook	-0.101
to ctb	0.312
to cut	0.327
to death	-0.147
to die	0.685
to disapp	-0.172
to do	0.142
to drink	0.117
to drive	0.139
to embarr	-0.1
to everyo	0.265
to get	-0.182
to give	-0.221
to hang	0.169
to how	-0.194
to hurt	0.166
to jump	0.19
to kms	0.244
to live	0.346
to log	0.133
to motiva	-0.127
to move	-0.116
to my	-0.211
to normal	-0.117
to not	0.155
to od	0.11
to overdo	0.226
to rest	-0.151
to see	0.165
to send	0.172
to sleep	-0.477
to slit	0.13
to sort	0.13
to stay	0.237
to step	0.168
to stop	0.163
to take	0.346
to the	-0.366
to think	-0.223
to unaliv	0.223
to uni	-0.118
to walk	0.157
to want	-0.111
to whoeve	0.107
toast	-0.173
today	-0.206
today _ i	0.138
today and	0.154
today i	-0.529
toddle	-0.125
togeth	-0.119
told	0.158
told _ about	-0.119
told _ i	0.192
told _ man	0.147
told _ she	0.137
told her	0.202
told him	0.128
told my	-0.326
told myself	-0.123
told the	0.277
tomato	-0.14
tomorr	-0.625
tomorr _ would	0.165
tonigh	0.699
tonigh _ night	0.234
tonigh the	0.244
tonite	0.118
too deep	0.142
too small	-0.144
took 20	0.138
took 30	0.142
took _ blade	0.116
took _ by	0.111
took _ for	-0.153
took _ many	0.141
took _ pills	-0.137
took _ train	-0.121
took _ whole	0.209
took a	-0.152
took laxati	0.111
took my	-0.156
took the	-0.101
took too	0.141
top	0.109
top myself	0.105
towels	0.16
tower block	0.121
toxic	-0.185
track	-0.112
tracks	0.161
traffi	-0.366
train	-0.331
train to	-0.116
train tracks	0.109
train was	-0.129
traini	-0.142
tree	0.183
trip	-0.547
trippe	-0.111
trippe _ front	-0.105
trippe in	-0.105
true	-0.164
twelve	-0.11
twitte	-0.116
two	-0.592
two boxes	0.106
two emails	-0.344
tying	0.238
tying _ loose	0.129
tying up	0.129
unaliv	0.445
unaliv though	0.116
under	0.145
under _ bed	0.107
under _ duvet	-0.209
under _ pillow	0.154
under my	0.214
unders after	0.107
uni	-0.131
unsafe	0.112
until	0.7
until _ bled	0.164
until i	0.204
until it	0.276
until my	0.126
until they	0.146
up	0.157
up _ all	0.101
up _ ends	0.1
up _ i	-0.147
up _ life	0.275
up _ living	0.128
up _ mornin	0.11
up _ prescr	-0.165
up _ questi	-0.114
up _ safety	0.102
up _ this	-0.183
up at	0.117
up before	0.102
up disapp	0.106
up how	0.146
up loose	0.1
up recipe	-0.101
up sugar	-0.106
up till	-0.103
up to	0.15
update	-0.277
update my	-0.208
urge	-0.126
urge _ cut	0.203
urges	0.437
urges are	0.139
us	-0.239
used	-0.723
used _ be	-0.116
used _ compas	0.2
used _ safety	-0.16
used _ think	-0.25
used a	0.169
used my	-0.105
used to	-0.903
useful	-0.141
usual	0.16
view	-0.262
visit	-0.183
visite	-0.198
visite _ grave	-0.128
visiti	-0.151
vodka	0.178
voice _ winnin	0.109
voice is	0.109
voice one	0.102
voices	0.17
volunt	-0.139
waitin _ my	-0.133
waitin for	-0.142
wake	0.331
wake _ till	-0.103
wake up	0.368
waking	0.15
waking up	0.135
walk _ the	0.208
walk into	0.218
walked	-0.185
walked _ dog	0.28
walked across	-0.103
walked into	0.123
walked over	-0.139
walked round	0.129
walkin	0.108
walks	-0.148
wall	0.318
wall _ it	0.116
want	1.104
want _ big	0.106
want _ come	0.112
want _ die	0.371
want _ disapp	-0.181
want _ embarr	-0.1
want _ get	-0.156
want _ go	-0.14
want _ hide	-0.122
want _ kms	0.108
want _ live	-0.127
want _ me	-0.102
want _ noise	-0.119
want _ sleep	-0.169
want _ unaliv	0.133
want it	0.151
want kill	-0.135
want out	0.134
want this	-0.109
want to	0.838
wanted	0.391
wanted _ give	-0.109
wanted _ step	0.123
wanted _ to	0.115
wanted it	0.192
wanted one	0.101
wants	0.383
wants _ die	0.164
wants to	0.379
wardro into	0.107
was	-0.693
was _ best	0.122
was _ born	0.172
was _ close	0.165
was _ month	-0.169
was a	-0.1
was dead	0.187
was fine	0.18
was for	0.241
was hard	-0.151
was in	-0.148
was last	-0.203
was never	0.231
was nice	0.123
was not	0.173
was on	-0.124
was strugg	-0.119
was the	0.164
was thinki	-0.104
washed	-0.129
washin	-0.321
waste	0.231
waste _ space	0.11
waste of	0.156
watch the	-0.157
watche	-0.311
watche the	-0.263
watchi	-0.312
watchi the	-0.261
water	-0.747
water _ i	-0.13
water and	-0.152
water when	-0.103
watere	0.13
watere _ plants	0.16
watere the	0.131
way	0.513
way _ go	0.138
way out	0.219
ways	0.23
ways _ go	0.102
ways to	0.17
we	-1.225
we _ a	-0.145
we _ going	-0.122
we _ tonigh	-0.1
we _ very	0.101
we agreed	-0.116
we are	-0.23
we got	-0.109
we made	-0.243
we talked	-0.103
we would	0.123
wear	-0.126
weddin	-0.25
week	-0.687
week _ earth	0.107
week on	0.107
weeken	-0.414
weeken anyway	0.11
weekly	-0.265
weeks	-0.25
weeks _ i	-0.101
weird	0.115
weirdl	0.136
weirdl peacef	0.114
well _ it	0.124
went	-0.264
went _ and	0.215
went _ church	0.104
went _ my	-0.11
went _ the	0.218
went _ three	0.105
went _ to	0.161
went _ with	0.133
went _ work	0.184
went and	-0.119
went back	0.13
went out	-0.166
went outsid	0.1
were	-0.43
were loud	-0.127
what	0.179
what _ am	0.128
what _ i	-0.29
what _ want	-0.112
what a	-0.162
what am	-0.144
what did	-0.131
what has	-0.117
what i	0.193
whatev	0.102
when	-0.213
when _ am	0.284
when _ find	0.207
when _ trippe	-0.109
when _ woke	-0.103
when he	-0.204
when they	0.176
when we	-0.111
where _ am	0.134
where _ one	0.121
where _ want	-0.367
where _ was	-0.24
where i	-0.311
where no	0.121
which	0.284
who	0.142
who _ to	-0.122
who _ what	0.131
who gets	0.263
who is	-0.107
who would	0.101
whoeve	0.415
whoeve _ me	0.163
whoeve comes	0.116
whoeve finds	0.173
whole packet	0.164
whole way	-0.122
why	0.149
why did	0.104
why i	0.177
wife	0.17
wifi	-0.11
will	0.156
will _ it	-0.134
will _ matter	0.124
will _ me	-0.267
will _ myself	0.103
will _ need	0.118
will _ stop	0.125
will _ the	-0.216
will _ to	0.105
will kill	-0.239
will not	0.687
will on	0.121
win	-0.132
window	0.15
wine	0.112
winnin	0.155
wins	-0.29
wins _ not	-0.108
winter	-0.263
wish	0.461
wish _ could	-0.142
wish _ had	0.181
wish _ was	0.301
wish i	0.461
wishin	0.102
with	-0.499
with _ alive	0.152
with _ belt	0.1
with _ blade	0.122
with _ cigare	0.269
with _ engine	0.208
with _ kids	-0.266
with _ legs	0.108
with _ life	0.216
with _ lighte	0.191
with _ mum	-0.125
with _ razor	0.149
with _ though	0.109
with _ tonigh	-0.114
with being	0.152
with dying	0.147
with everyt	0.238
with friend	-0.102
with her	-0.11
with him	-0.277
with it	0.362
with life	0.4
with living	0.189
with me	0.128
with mum	-0.137
with my	-0.114
with myself	0.106
with the	-0.166
withou	-0.294
withou _ in	0.113
withou _ it	-0.306
withou _ myself	-0.127
withou guilt	-0.119
withou her	0.11
withou him	0.156
withou lookin	0.153
withou me	0.224
withou puttin	-0.384
woke	0.229
woke _ in	0.137
woke up	0.229
woken	0.13
woken up	0.13
wonky	-0.11
words _ my	0.113
words into	0.113
wore	-0.232
work	-0.178
work is	-0.132
worked	-0.157
workou	-0.173
worksh	-0.24
world	0.367
world _ better	0.115
world is	0.107
worrie	0.224
worrie about	0.114
worryi	-0.126
worse	0.225
worst	-0.135
worth	0.106
would	0.919
would _ a	0.101
would _ back	-0.116
would _ be	0.217
would _ die	-0.245
would _ do	0.112
would _ for	-0.108
would _ in	0.108
would _ it	0.176
would _ mind	0.113
would _ the	-0.108
would _ to	-0.13
would be	0.556
would been	-0.225
would die	-0.222
would died	0.106
would do	0.155
would get	0.102
would have	-0.16
would hold	0.112
would i	-0.102
would kill	-0.153
would need	0.107
would say	-0.132
wrist	0.482
wrists	0.358
writin	0.247
writte	0.231
wrote	-0.122
wrote _ letter	0.115
wrote _ note	0.234
wrote goodby	0.132
wud	0.132
year	-0.594
year _ am	-0.158
year _ dad	0.109
year _ i	-0.163
year _ my	-0.134
year i	-0.268
year old	0.124
year since	-0.12
years	-0.505
years ago	-0.102
years of	-0.119
years since	-0.11
yester	0.119
yet	-0.299
yoga	-0.185
you	-0.499
you _ be	-0.171
you _ readin	0.112
you _ to	0.104
you card	0.103
you for	0.217
you know	0.159
you may	-0.131
your	-0.383
your _ addres	-0.109
your email	-0.109
yourse	-0.188
"""
