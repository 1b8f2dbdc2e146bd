"""Weights of the "maybe" tier, written by tools/train_maybe.py: do not edit by hand.

One feature a line, a tab, its weight (see smallwins_tui/core/distress_maybe.py).
"""

BIAS = -1.2268
THRESHOLD = 0.5763
WEIGHTS = """\
10	-0.21
100	-0.173
12	-0.174
14th	0.127
2	-0.369
2026	-0.106
3	-0.18
3am	0.189
4	-0.115
40th	-0.104
5	-0.272
5k	-0.105
70	-0.103
8	-0.167
8 _ 2026	-0.106
8 may	-0.106
9	-0.144
a	-0.678
a _ about	-0.107
a _ after	-0.164
a _ ago	-0.131
a _ alread	0.105
a _ at	-0.165
a _ book	-0.113
a _ for	0.276
a _ last	0.172
a _ lunch	-0.195
a _ meal	0.223
a _ note	-0.126
a _ of	0.676
a _ on	0.246
a _ one	-0.107
a _ plan	-0.241
a _ right	-0.11
a _ run	0.157
a _ to	0.125
a _ today	0.323
a _ week	-0.113
a _ win	-0.159
a _ with	-0.175
a bag	0.131
a bit	-0.169
a book	-0.102
a bottle	0.22
a box	0.115
a break	-0.117
a burden	0.312
a bus	0.209
a card	-0.108
a chapte	-0.289
a cigare	0.249
a date	0.431
a e	0.127
a failur	-0.123
a friend	-0.179
a ghost	0.127
a goodby	0.26
a gun	0.115
a handfu	0.167
a hard	-0.105
a holida	-0.102
a last	0.238
a lighte	0.186
a list	0.22
a load	0.106
a lorry	0.123
a lot	0.105
a lovely	0.135
a mess	0.147
a messag	0.12
a month	-0.279
a nap	-0.198
a new	-0.101
a nice	0.136
a noose	0.175
a note	0.322
a pencil	0.122
a plan	0.25
a playli	0.161
a relief	0.135
a rope	0.205
a shower	0.189
a small	-0.152
a tree	0.22
a video	0.202
a voice	-0.132
a waste	0.152
a way	0.238
a week	-0.188
a while	0.281
a will	0.134
able	-0.105
able _ motiva	-0.114
able to	-0.105
about _ into	0.252
about _ my	0.108
about _ myself	0.167
about _ off	0.174
about _ suicid	-0.142
about _ this	-0.159
about drinki	0.108
about drivin	0.152
about dying	0.195
about ending	0.113
about her	-0.162
about it	-0.129
about jumpin	0.131
about just	0.124
about killin	0.137
about myself	-0.137
about steppi	0.121
about the	-0.403
about to	0.252
abroad	-0.107
accept	-0.145
accoun	0.161
across	-0.265
across _ bridge	-0.104
across the	-0.218
action	-0.173
actual	-0.239
actual _ a	0.114
actual _ it	-0.123
addres	-0.142
addres _ not	-0.111
addres will	-0.111
adult	-0.107
adulti	-0.185
advanc	0.121
after	0.414
after _ am	0.163
after _ day	-0.113
after _ i	0.168
after _ op	-0.106
after _ week	0.112
after all	-0.2
after midnig	0.108
after myself	-0.178
after that	-0.185
after the	-0.378
after this	0.214
again	1.048
again tonigh	0.11
agains _ wall	0.127
agen	0.12
ages i	-0.1
ago	-0.213
ago i	-0.202
agreed	-0.229
airpor	-0.121
alarm	-0.237
alive	1.127
alive and	-0.128
all	0.453
all _ and	-0.157
all _ favour	0.142
all _ it	0.122
all _ nothin	-0.209
all _ now	0.105
all _ once	-0.148
all _ this	0.119
all at	-0.148
all i	0.182
all in	0.151
all my	0.328
all or	-0.209
all week	-0.112
all weeken	-0.383
allowe	-0.194
almost	0.17
alone	0.142
along	-0.129
alread	0.186
alread _ calm	-0.158
alread be	-0.158
also	0.208
also _ a	0.109
also _ the	0.115
alt	0.163
alt f4	0.127
always	-0.317
always _ up	-0.106
always mess	-0.106
am _ after	-0.161
am _ better	-0.105
am _ burden	0.165
am _ christ	-0.102
am _ for	-0.185
am _ here	0.126
am _ i	0.101
am _ making	-0.169
am _ not	-0.133
am _ on	0.149
am _ out	0.149
am _ preten	-0.111
am _ proble	0.126
am _ safe	0.326
am _ that	-0.113
am _ the	0.161
am _ tired	-0.134
am _ where	-0.408
am a	0.278
am alread	0.175
am angry	0.124
am better	0.127
am checki	0.15
am dead	-0.334
am doing	-0.169
am done	0.278
am dying	-0.141
am ending	0.131
am going	0.26
am gone	0.253
am gratef	-0.152
am i	-0.224
am just	0.168
am keepin	0.103
am late	-0.153
am leavin	0.14
am not	0.18
am on	-0.229
am over	-0.177
am proud	-0.199
am safe	-0.178
am scared	0.276
am sittin	0.12
am so	-0.222
am sorry	0.324
am thinki	0.105
amazin	-0.201
an	-0.199
an _ ago	0.17
an accide	0.141
an envelo	0.235
an era	-0.128
an hour	0.121
and	0.149
and _ a	-0.105
and _ about	0.41
and _ actual	-0.116
and _ am	0.164
and _ come	0.161
and _ do	0.275
and _ dog	-0.119
and _ done	0.108
and _ feel	-0.212
and _ home	-0.179
and _ i	0.22
and _ in	0.227
and _ is	0.127
and _ just	0.102
and _ know	0.153
and _ let	-0.16
and _ like	-0.11
and _ made	-0.139
and _ mean	0.103
and _ my	0.149
and _ not	0.171
and _ of	0.149
and _ out	0.142
and _ shes	0.116
and _ should	0.142
and _ them	0.167
and _ there	0.18
and _ though	0.106
and _ told	-0.215
and _ wake	0.149
and _ want	0.17
and _ went	-0.155
and _ will	-0.119
and _ would	0.12
and a	-0.126
and cancel	0.101
and checke	-0.108
and cut	0.129
and done	0.194
and feelin	-0.112
and felt	-0.299
and gave	0.103
and got	-0.267
and hes	0.181
and hid	0.133
and his	0.125
and it	-0.291
and leaned	0.137
and left	0.205
and let	-0.145
and looked	0.231
and meant	-0.123
and my	0.129
and never	0.235
and not	0.288
and now	0.22
and patien	-0.102
and put	0.144
and questi	-0.106
and rest	-0.187
and said	0.554
and sat	0.188
and says	0.152
and signed	0.104
and stood	0.255
and tape	0.139
and the	0.326
and then	0.13
and they	-0.13
and though	0.397
and wanted	0.133
and watche	-0.212
and will	0.122
and wrote	0.295
annive	-0.186
annive of	-0.113
answer the	-0.162
anxiet	-0.415
anxiet _ the	-0.111
anxiet throug	-0.109
anxiou	-0.13
any	0.232
any _ it	0.139
any more	0.118
any of	0.14
any progre	-0.101
anymor	0.244
anyone	0.134
anythi	0.29
anythi _ the	0.135
anythi today	-0.141
anyway	-0.493
anyway and	-0.1
anywhe	0.309
applie	-0.138
appoin	-0.435
apps	-0.119
are _ deeper	0.115
are _ it	-0.116
are _ their	0.15
are _ this	0.183
are _ to	-0.111
are _ today	0.149
are at	0.116
are back	0.283
are bad	0.116
are better	-0.102
are gettin	0.101
are in	0.213
are loud	0.162
are not	-0.146
are readin	0.141
argume	-0.174
arm	0.56
arm with	0.188
arms	0.538
arms _ they	0.119
arms till	0.106
around	0.206
around _ weeken	-0.146
around this	-0.179
arrang	0.194
arvo	-0.136
as a	-0.143
as punish	0.124
as well	0.313
ashes	0.136
asked	-0.317
asked _ to	-0.122
asked for	-0.217
asked why	0.147
asking for	-0.105
assign	-0.165
at	-0.662
at 3am	0.148
at _ and	0.211
at _ dads	0.1
at _ drop	0.117
at _ gym	-0.114
at _ party	-0.114
at _ river	0.105
at _ top	-0.107
at a	-0.104
at all	0.297
at home	0.121
at last	-0.177
at my	-0.102
at night	0.16
at once	-0.128
at peace	0.186
at the	0.109
at their	0.117
at this	-0.154
at uni	0.125
ate	-0.335
ate _ with	0.145
ate lunch	0.105
ate my	-0.136
attemp	0.201
attemp last	0.167
austra	-0.146
avoidi	-0.202
away _ i	-0.219
away _ old	-0.143
away all	0.147
away books	-0.115
away my	0.153
away the	-0.132
awful	-0.119
awkwar	-0.129
baby	-0.352
back _ how	-0.18
back _ my	0.153
back _ normal	-0.12
back and	0.1
back of	0.136
back on	-0.215
back to	-0.413
bag	0.371
bake	-0.107
balcon	0.229
bank _ and	0.124
bank and	0.121
barrie	0.119
baseli	-0.144
bathro	0.108
bathro and	0.104
batter	-0.355
batter dead	-0.129
be	0.405
be _ after	0.105
be _ before	0.126
be _ by	0.156
be _ death	-0.253
be _ if	0.147
be _ it	0.124
be _ my	-0.12
be _ on	-0.193
be _ soon	-0.272
be _ this	-0.263
be _ to	-0.163
be _ withou	0.172
be able	-0.135
be alive	0.146
be better	0.126
be bother	-0.117
be calm	-0.158
be dead	0.505
be done	0.149
be found	0.126
be free	0.14
be gone	0.132
be happie	0.105
be here	0.256
be on	-0.133
be over	-0.148
be publis	-0.111
be reliev	0.107
be the	-0.118
be there	-0.127
beach with	0.105
beam	0.333
beam _ the	0.161
beam in	0.174
beat	-0.16
becaus	-0.252
becaus _ had	-0.127
becaus _ is	0.159
becaus hes	-0.117
becaus i	0.118
become	-0.192
bed	-0.344
bedtim	-0.113
been	0.634
been _ about	0.102
been _ all	-0.102
been _ harm	0.117
been _ long	-0.11
been _ my	0.366
been _ myself	0.176
been avoidi	-0.146
been burnin	0.156
been cuttin	0.167
been feelin	-0.176
been giving	0.135
been resear	0.111
been saying	0.101
been self	0.117
been so	-0.111
before	-0.395
before _ end	0.18
before _ go	0.178
before i	0.449
before it	-0.124
before my	-0.149
before the	-0.149
being	0.374
being alive	0.696
being here	0.111
believ	-0.297
belt	0.325
best _ for	0.128
best mate	0.106
better _ and	-0.127
better _ dead	0.356
better _ me	0.165
better after	-0.105
better i	0.12
better off	0.481
better than	-0.167
better withou	0.215
better yet	-0.208
beyond	0.101
beyond help	0.11
big	-0.288
big sleep	0.101
bike	-0.146
bike to	-0.106
bill	-0.266
bills	0.125
bin	0.123
bins	-0.12
birthd	-0.323
birthd _ in	-0.109
birthd cards	0.162
birthd for	0.11
biscui	-0.131
bit	-0.149
blade	0.404
blade out	0.102
blades	0.224
blades to	-0.125
bleach	0.11
bled	0.357
bleed	0.321
bleed out	0.101
bleedi	0.336
bleedi _ lot	0.1
bleedi a	0.1
bleeds	0.109
bliss	-0.123
blue	-0.127
boats	-0.12
boil	-0.11
book	-0.332
booked	-0.416
booked a	-0.133
books _ no	-0.115
books i	-0.127
boring	-0.217
born	0.197
boss	-0.517
bother	0.181
bottle	0.223
bottle of	0.243
bottom	0.128
bottom _ the	0.136
bottom of	0.144
bought	0.422
bought _ and	0.148
bought _ boxes	0.125
bought _ rope	0.217
bought _ today	0.106
bought a	0.185
bought myself	-0.166
bought rope	0.123
bought the	0.233
bounda	-0.102
box	-0.112
boxes	0.106
brain	-0.137
brambl	-0.1
bread	-0.103
break	-0.196
breakf	-0.131
breaku	-0.129
breath	-0.209
bridge _ for	-0.161
bridge _ my	-0.205
bridge _ the	-0.282
bridge on	-0.191
bridge to	-0.145
bridge waitin	-0.109
bridge watchi	-0.134
bright	-0.103
bring _ the	0.116
bring on	0.102
browse	0.103
browse _ and	0.103
browse histor	0.103
bruise	0.146
budget	-0.158
buildi	0.231
buildi nearby	0.11
bungee	-0.126
burden	0.282
burden to	0.183
burned	0.246
burned _ diarie	0.102
burned _ with	0.2
burned my	0.19
burned myself	0.193
burnin	0.232
burnin myself	0.135
burns	0.141
burnt	0.265
burnt _ arm	0.108
burnt my	0.183
burnt myself	0.109
bus	-0.105
busy	-0.21
by	-0.139
by _ bed	0.101
by _ sea	-0.12
by _ weeken	0.126
by now	-0.229
by the	0.287
bye	0.162
c:burden+end	0.152
c:burden+end+resolve	0.122
c:burden+giveaway	0.13
c:burden+goodbye+last	0.141
c:burden+means	-0.154
c:burden+noway	0.151
c:end	0.666
c:end+giveaway+goodbye	-0.188
c:end+giveaway+vanish	0.157
c:end+goodbye+last+noway	-0.119
c:end+means+place	-0.145
c:end+noway	0.432
c:end+place	-0.17
c:end+resolve	0.22
c:fate	0.578
c:fate+goodbye+last+noway	0.132
c:fate+last	-0.21
c:giveaway+goodbye+last	-0.103
c:giveaway+goodbye+means	-0.214
c:giveaway+goodbye+noway	-0.145
c:giveaway+goodbye+vanish	0.122
c:giveaway+means	-0.205
c:giveaway+noway	-0.104
c:giveaway+resolve+vanish	0.133
c:goodbye	0.676
c:goodbye+last	0.402
c:goodbye+last+noway	0.203
c:goodbye+last+noway+resolve	-0.103
c:i+burden	0.428
c:i+end	0.199
c:i+fate	0.662
c:i+giveaway	0.284
c:i+goodbye	0.121
c:i+means	0.291
c:i+noway	-0.102
c:i+place	0.256
c:i+vanish	0.363
c:last	0.373
c:last+means	0.185
c:last+noway	0.181
c:last+place	0.196
c:last+resolve	-0.283
c:means	1.135
c:means+resolve	0.106
c:means+vanish	-0.128
c:noway	0.332
c:place	0.299
c:resolve	0.92
c:resolve+vanish	0.128
c:settled+burden	-0.477
c:settled+end	-0.311
c:settled+fate	0.136
c:settled+giveaway	0.312
c:settled+goodbye	0.101
c:settled+last	0.138
c:settled+means	-0.218
c:settled+vanish	0.411
cabine	0.155
cake	-0.474
call	-0.211
called	-0.365
called _ friend	-0.127
called _ sister	0.111
callin me	0.151
calmly	-0.215
came	-0.387
came _ and	0.245
came back	-0.17
came home	0.298
came up	-0.164
campin	-0.261
campin trip	-0.115
can	-0.21
can _ anythi	-0.107
can _ come	-0.102
can _ it	0.14
can _ live	0.101
can _ see	0.143
can _ the	-0.184
can _ them	0.107
can also	-0.169
can be	-0.234
can get	0.185
can go	0.238
can have	0.15
canada	-0.114
cancel _ to	-0.138
cancel my	0.189
cancel plans	-0.145
cancel the	0.189
cancer	0.117
car _ the	0.119
car and	0.109
car park	0.188
card	-0.176
card _ my	0.111
cards for	0.109
care	0.218
care _ i	0.139
care if	0.157
carved	0.2
case	0.226
cat	0.175
cat knocke	-0.108
catast	-0.1
catch	0.176
catch _ bus	0.128
catch the	0.128
cats	0.187
caught	-0.414
caught _ thinki	-0.106
caught myself	-0.112
caught the	-0.127
cause	0.114
cba	0.111
cba with	0.117
cbt	-0.127
celebr	-0.227
chair	0.124
challe	-0.181
change	-0.495
change _ not	-0.125
changi	-0.308
chapte	-0.368
charac	-0.216
charco	0.16
charco _ tape	0.135
charco and	0.159
charge	-0.127
charit	-0.137
chat	-0.153
chat said	0.1
check my	-0.118
checke	0.268
checke _ the	0.142
checke the	0.103
checki	0.192
checki out	0.199
chemis	0.184
chemis today	0.172
chemo	-0.141
chips	-0.24
chocol	-0.113
choppi	-0.101
chose	0.154
chose the	0.18
chosen	0.108
christ	-0.355
christ cards	-0.149
church and	0.101
cigare	0.194
clarit	-0.104
class	-0.332
class said	0.102
clean from	-0.154
cleane _ kitche	0.207
cleane the	0.202
cleare	-0.138
cleare my	0.111
cleare out	-0.133
client	-0.123
cliffs	0.355
climbi	-0.229
climbi wall	-0.153
clinic	-0.148
close	0.341
close to	0.18
closed _ bank	0.125
closer to	-0.104
clothe	-0.135
club	-0.305
coast	-0.123
coat	-0.122
coat on	-0.159
code	-0.117
coffee	-0.296
coffin	0.16
cold	-0.179
collea	-0.159
colour	-0.116
come _ enough	-0.102
come back	0.199
come soon	-0.102
coming	0.273
coming back	0.24
commut	-0.171
compar	-0.246
compar with	-0.108
compas	-0.104
compas _ my	0.169
compla	-0.132
concer	-0.161
confid	-0.168
consid	0.111
cook	-0.171
cooked	-0.263
cooked the	-0.136
cookin	-0.23
cope	0.13
could	-0.171
could _ no	-0.102
could say	-0.102
counci	-0.122
counse	-0.186
counti _ the	0.142
counti down	0.154
counts	-0.182
course	-0.386
covere	0.188
covers	0.15
covid	-0.126
crash	0.131
crashe	0.123
cream	-0.105
cried	-0.443
cried _ the	-0.207
cried a	-0.149
cried at	-0.132
crisis _ from	0.139
crosse	-0.134
crosse the	-0.143
cry	-0.209
cry for	0.122
crying	-0.231
ctb	0.712
ctb _ all	0.123
ctb though	0.225
cupboa	0.101
curtai	-0.132
cut	-0.313
cut _ fringe	-0.176
cut _ hair	-0.12
cut _ i	0.133
cut _ on	-0.251
cut again	0.283
cut back	-0.151
cut down	-0.186
cut is	0.21
cut my	-0.428
cut myself	0.123
cut so	0.194
cut the	-0.317
cuts	0.637
cuts _ my	0.12
cuts are	0.139
cuts on	0.121
cuttin again	0.241
dads _ and	0.105
dads _ weeken	0.125
dads this	0.132
danced	-0.188
dark	-0.267
dark _ last	-0.127
dark though	-0.192
date	0.218
date _ the	-0.171
date for	-0.241
dating	-0.123
day	-0.46
day _ i	0.122
day _ work	0.16
day after	0.129
day i	0.114
day in	-0.152
day of	-0.275
days	-0.233
dbt	-0.106
dead	-0.12
dead after	-0.119
dead again	-0.117
deadli	-0.232
death _ like	0.16
death _ me	-0.205
death of	-0.326
death sounds	0.119
debit	0.103
debts	0.114
decent	0.139
decide	0.43
decide _ go	-0.124
decide to	-0.151
decisi	0.198
decisi made	0.133
declut	-0.159
deep	0.29
deeper	0.388
deeper than	0.15
delaye	-0.136
delete	0.263
delete _ crisis	0.139
delete all	0.117
dentis	-0.213
depres	-0.305
depres talkin	-0.106
deserv	0.744
deserv _ hurt	0.146
deserv _ pain	0.18
deserv it	0.134
deserv the	0.18
deserv to	0.354
desk	0.127
destro	-0.127
diarie	0.128
diarie _ the	0.102
diarie in	0.102
did	-0.456
did _ again	0.106
did _ food	0.14
did _ harm	0.132
did _ need	-0.116
did _ shoppi	0.218
did _ take	0.109
did _ tell	0.118
did _ want	-0.489
did _ work	0.282
did not	-0.41
did one	-0.1
did self	0.132
die	0.274
die _ do	-0.137
die for	-0.231
die in	0.106
die than	-0.189
died	-0.361
died and	-0.114
died on	-0.127
differ	0.169
differ _ today	0.125
differ shops	0.199
diffic	-0.109
dinner	-0.2
dinner _ once	0.118
direct debit	0.103
disapp	0.242
disapp _ a	-0.232
disapp into	-0.187
disapp under	-0.11
dismis	-0.121
divorc	-0.13
do	0.255
do _ again	-0.105
do _ all	-0.278
do _ come	0.111
do _ commut	-0.108
do _ have	-0.205
do _ know	-0.111
do _ think	0.134
do _ wake	0.101
do _ want	0.184
do _ worry	-0.103
do anythi	-0.205
do i	-0.116
do it	0.528
do karaok	-0.11
do not	0.191
do someth	0.139
do the	-0.182
doctor	-0.445
does _ know	0.124
does _ look	-0.121
does _ matter	0.138
does _ mean	-0.146
dog	0.14
dog _ the	-0.339
dog a	0.107
dog in	0.13
dog is	-0.11
dog round	-0.306
dog to	0.118
dogs	0.115
doing	-0.154
doing it	0.155
done _ life	0.444
done _ living	0.175
done _ the	-0.181
done done	0.107
door	0.357
doses	0.201
down	-0.177
down _ days	0.142
down the	0.317
drafte	0.128
dramat	-0.199
drank	-0.1
drank water	-0.186
drawer	0.356
drawin	-0.11
dress	-0.128
drinki	0.106
drive	0.257
drive it	0.106
drivin _ a	0.119
drivin into	0.148
drop	0.147
droppe	-0.108
drove out	0.112
drove to	0.165
dug	0.107
during	-0.134
duvet	-0.225
duvet _ weeken	-0.117
duvet all	-0.134
dying	0.157
dying _ a	-0.11
dying for	-0.102
each	0.203
early	-0.701
early _ did	0.109
early night	-0.187
early tonigh	-0.105
earth	0.172
easier	0.186
eating _ i	0.108
edge	0.387
email	-0.259
email _ will	-0.111
email addres	-0.111
emails	-0.249
emails to	0.14
embarr	-0.149
emotio	-0.153
empty	0.15
empty _ done	0.136
empty and	0.136
end	0.341
end _ an	-0.128
end _ with	-0.274
end it	0.433
end me	-0.109
end my	0.145
end of	-0.51
end things	0.111
end this	-0.169
ended	-0.389
ended _ with	-0.128
ended my	-0.102
ended things	-0.107
ending	0.403
ending it	0.415
ends	0.248
engine	0.284
engine runnin	0.252
enjoye	-0.117
enough	0.2
entry	0.279
enuf	0.127
envelo	0.253
envy	0.141
episod	-0.169
episod tonigh	-0.135
era	-0.154
essay	-0.126
even _ i	-0.215
even _ it	-0.163
even _ to	0.133
even if	-0.139
even though	-0.247
evenin	-0.186
ever going	0.107
every	0.35
every _ i	0.181
everyo	0.575
everyo _ be	-0.25
everyo asleep	0.151
everyo else	-0.17
everyo i	0.154
everyo would	-0.254
everyt	1.071
everyt _ fine	-0.142
everyt i	0.163
everyt in	0.132
everyt to	0.113
eviden	-0.293
ex _ i	-0.105
exam	-0.712
exams	-0.167
except	0.195
excite	-0.141
exerci	-0.123
exist	0.172
existi	0.597
exit	0.156
extra shift	-0.172
f4	0.127
fact	-0.151
fail	-0.114
failur	-0.164
fair	-0.136
family	0.2
far	0.118
fast	0.208
fatal	0.119
fault	0.333
favour _ this	0.104
favour places	0.104
fed myself	-0.101
feel	0.101
feel _ about	-0.193
feel _ me	-0.111
feel _ peace	0.123
feel _ with	0.11
feel at	0.123
feel lighte	-0.102
feel ready	-0.121
feel safe	0.126
feel someth	0.258
feel weirdl	0.127
feelin	-0.427
feelin _ back	0.1
feelin _ suicid	0.173
feelin are	0.1
feelin really	0.183
feelin sleepy	0.106
feelin suicid	0.184
feels	-0.128
feels _ now	0.112
feels _ the	0.137
feels good	-0.106
feels like	0.177
feet	-0.147
feet are	-0.117
felt	-0.961
film	-0.306
final	-0.248
final _ of	-0.131
final entry	0.128
finall	-0.399
find	0.46
find me	0.286
finds	0.16
finds me	0.145
fine	-0.198
fine _ me	0.133
fine with	0.131
finger	-0.186
finish	-0.493
finish _ essay	0.175
finish a	-0.148
finish it	0.133
finish my	-0.206
finish myself	0.144
finish the	-0.302
firewo	-0.183
first	-0.31
first _ in	0.122
first time	-0.147
five	-0.104
fixed	-0.337
fixed the	-0.147
flat	-0.215
flight	-0.177
floor	0.158
flower	-0.37
flu	-0.137
fly	-0.125
food	0.111
food _ for	0.101
food shop	0.133
for _ bit	0.18
for _ daught	0.201
for _ day	-0.15
for _ finds	0.111
for _ funera	0.433
for _ garden	0.133
for _ headac	-0.117
for _ hour	0.181
for _ hours	-0.143
for _ i	0.119
for _ kids	0.212
for _ last	0.143
for _ long	0.107
for _ minute	-0.251
for _ mum	0.181
for _ next	0.237
for _ result	0.104
for _ sister	0.124
for _ small	0.129
for _ son	0.142
for _ this	0.13
for _ to	0.141
for _ walk	0.118
for _ weddin	-0.204
for _ week	-0.213
for _ weeken	-0.331
for _ while	0.235
for a	-0.211
for after	0.507
for ages	0.169
for an	0.216
for being	-0.114
for dinner	-0.115
for each	0.13
for eating	-0.1
for everyo	0.132
for everyt	0.266
for good	0.811
for help	-0.164
for his	-0.112
for hours	0.107
for it	0.309
for later	0.177
for me	0.127
for mum	0.172
for next	0.155
for real	0.266
for ten	-0.192
for the	-0.321
for them	0.118
for tomorr	0.12
for trying	0.103
for when	0.124
for whoeve	0.275
for years	-0.132
foreve	0.753
forgiv	0.221
forgot	-0.222
forgot my	-0.123
form	-0.3
fortni	-0.146
found	0.442
found _ all	-0.117
found a	0.243
found the	0.113
found them	-0.131
freedo	-0.112
fresh	0.125
fresh cuts	0.162
friday	-0.13
friday _ not	-0.102
friday can	-0.102
fridge	-0.111
friend	-0.309
friend _ a	0.145
friend and	-0.13
friend for	0.122
friend sent	0.123
friend told	-0.101
fringe	-0.255
fringe myself	-0.112
from	-0.151
from _ differ	0.166
from _ harm	-0.148
from _ on	0.119
from _ phone	0.139
from _ ward	0.108
from home	-0.149
from monday	-0.107
from my	0.284
from self	-0.148
from the	-0.146
from this	0.112
from three	0.156
front	0.186
front _ a	0.214
front of	0.196
full _ stones	0.1
fun	-0.195
funera	0.179
funera today	0.132
funny	-0.165
game	-0.198
garage	0.369
garage _ the	0.153
garage with	0.153
garden	-0.275
gas _ and	0.107
gave	-0.207
gave _ a	-0.141
gave _ books	-0.125
gave _ dog	0.286
gave _ his	0.148
gave _ old	-0.128
gave _ to	0.117
gave in	0.182
gave me	-0.271
gave the	0.242
gave up	-0.151
get	0.198
get in	0.105
get more	0.119
get up	-0.178
gets	0.221
gets my	0.12
gets what	0.135
gettin	0.183
gettin deeper	0.118
gettin the	-0.138
gettin worse	0.167
ghost	0.105
ghost alread	0.105
gig	-0.133
girlfr	0.103
give	-0.314
give it	-0.111
give up	-0.17
given	-0.101
giving	0.123
glad	-0.422
glad _ did	-0.102
glad i	-0.282
go	0.605
go _ bed	-0.135
go _ for	-0.132
go _ my	0.114
go _ sleep	0.204
go _ the	-0.209
go _ time	-0.167
go _ with	0.112
go back	-0.199
go by	-0.115
go part	-0.122
goes	0.244
going	0.495
going _ be	-0.145
going _ bed	-0.154
going _ do	0.273
going _ kill	-0.16
going _ self	0.102
going _ sleep	-0.343
going _ stop	0.1
going _ take	0.13
going _ the	-0.256
going _ to	-0.141
going on	0.11
going to	0.389
gone	0.343
gone by	0.112
gone for	-0.115
good book	-0.105
good day	0.111
goodby	0.669
goodby _ my	-0.175
goodby to	-0.256
goodni	0.125
google	0.319
gorgeo	-0.173
got	-0.388
got _ hair	0.116
got _ hose	0.133
got _ mortga	-0.118
got _ of	0.1
got _ plan	0.11
got a	0.166
got enough	0.13
got out	0.108
got rid	-0.104
got the	0.166
got up	-0.123
gp	-0.325
gradua	-0.235
granda	-0.471
grandm	-0.243
gratef	-0.232
grave	-0.191
great	-0.224
grief	-0.25
groome and	0.106
group	-0.523
grow	-0.103
grown	-0.114
grown up	-0.128
growth	-0.116
guilt	-0.215
gun	0.226
gutter	-0.118
gym	-0.342
had	-0.327
had _ lovely	0.151
had _ plan	0.133
had _ seen	-0.111
had _ shower	0.156
had _ though	-0.148
had _ with	0.116
had a	0.249
had an	-0.103
had not	-0.121
had the	-0.143
haha	-0.19
hair	-0.183
hair myself	-0.114
hair out	0.133
half	-0.287
halls	-0.105
hand	0.262
hand _ the	0.128
hand on	0.131
handed	-0.121
handfu	0.255
handfu of	0.137
hands	0.13
hang	-0.119
hang _ there	-0.153
hang in	-0.153
hang myself	0.131
hangin	-0.176
happen	0.317
happy	-0.119
happy birthd	0.132
hard	-0.551
harm	0.666
harm _ the	0.16
harm after	0.184
harm again	0.238
harm urges	0.187
has	0.237
have	0.597
have _ a	0.132
have _ after	0.127
have _ avoidi	-0.119
have _ do	-0.26
have _ good	0.128
have _ it	0.117
have _ my	-0.159
have _ so	-0.172
have _ the	0.221
have a	0.252
have chosen	0.103
have come	-0.138
have died	0.143
have not	-0.193
have starte	0.107
have the	0.166
have to	-0.106
have writte	0.136
having a	-0.181
head	0.387
head _ the	0.203
head agains	0.159
headac	-0.152
healin	-0.386
healin _ not	-0.128
healin is	-0.147
health	-0.323
hear	0.108
hear _ song	-0.101
hear _ voice	0.167
hear her	0.176
hear that	-0.101
heart attack	0.128
heat	-0.233
heat is	-0.101
heavy	-0.131
heavy today	-0.106
held _ for	0.103
hell	0.37
hell _ himsel	0.114
hell have	0.114
hell need	0.135
hello	-0.24
help	-0.314
helped	-0.37
helped _ a	0.121
helped for	0.121
helped me	-0.139
helpin	-0.17
helpli	-0.163
her _ and	0.227
her _ was	0.151
her fault	0.101
her she	0.147
her voice	0.176
here	0.516
here _ the	0.16
hersel	0.283
hes	0.239
hes _ a	0.118
hes done	0.119
hes got	0.2
hid	0.318
hid _ in	0.107
hide	-0.138
hide _ the	-0.155
hide under	-0.118
hiding	0.125
hiding the	0.216
high	0.258
hike	-0.16
him i	0.107
himsel	0.576
himsel in	0.118
his	-0.106
his _ and	0.183
his _ in	0.123
his birthd	-0.201
his dog	0.114
histor _ she	-0.142
hit me	0.114
hittin	0.165
hoardi	0.206
hold	0.114
hold _ weight	0.108
hold my	0.11
holdin	0.253
holdin the	0.172
holida	-0.802
home _ cut	0.13
home and	0.318
home i	0.104
homewo	-0.42
hope _ plane	0.154
hope my	-0.119
hope the	0.143
hoping	0.647
hoping _ plane	0.113
hoping i	0.131
hoping the	0.27
hose	0.312
hose _ the	0.187
hospic	-0.172
hospit	-0.273
hour ago	0.17
hours	-0.291
house _ so	0.195
housem	0.108
how	0.147
how _ hang	0.112
how _ i	-0.182
how _ it	0.211
how _ parace	0.172
how _ tie	0.123
how _ was	-0.111
how _ would	0.128
how high	0.184
how i	-0.23
how long	0.101
how many	0.146
how to	0.284
hugged _ at	0.108
hung	-0.144
hung the	-0.109
hungov	-0.107
hurt	0.453
hurt myself	0.339
hurtin	0.194
hurtin myself	0.112
i	0.417
i _ about	0.274
i _ again	0.139
i _ and	-0.149
i _ angry	0.149
i _ away	-0.164
i _ back	0.154
i _ be	-0.29
i _ been	-0.274
i _ checki	0.171
i _ chosen	0.103
i _ come	-0.136
i _ coming	0.104
i _ dead	-0.134
i _ die	-0.177
i _ do	0.17
i _ doing	-0.16
i _ done	0.223
i _ dying	-0.141
i _ end	0.138
i _ ending	0.136
i _ ever	-0.146
i _ fine	0.215
i _ for	-0.313
i _ go	0.236
i _ going	0.264
i _ gone	0.326
i _ goodby	0.141
i _ got	0.113
i _ gratef	-0.152
i _ have	0.147
i _ i	0.279
i _ jumped	0.148
i _ just	0.266
i _ keepin	0.103
i _ last	-0.194
i _ late	-0.222
i _ leavin	0.14
i _ like	0.113
i _ longer	-0.115
i _ lookin	0.109
i _ mess	-0.129
i _ my	-0.151
i _ not	0.107
i _ on	-0.228
i _ one	-0.2
i _ over	-0.181
i _ proud	-0.194
i _ safe	-0.221
i _ saying	0.111
i _ scared	0.211
i _ sick	0.193
i _ sittin	0.12
i _ sleep	-0.19
i _ someth	0.185
i _ sorry	0.345
i _ starte	0.107
i _ strugg	-0.103
i _ them	-0.124
i _ they	-0.174
i _ thinki	0.258
i _ to	-0.328
i _ too	0.231
i _ want	0.154
i _ wanted	0.103
i _ water	-0.149
i _ what	0.187
i _ writte	0.136
i a	-0.164
i actual	-0.116
i always	-0.132
i am	0.107
i ate	-0.169
i attemp	0.109
i bled	0.102
i bought	0.154
i burned	0.145
i called	-0.202
i can	0.325
i checke	0.126
i could	-0.182
i cried	-0.193
i cut	0.173
i decide	0.106
i deserv	0.498
i did	-0.418
i die	0.18
i died	0.142
i do	-0.169
i drive	0.113
i end	0.115
i envy	0.141
i feel	0.222
i felt	-0.251
i finall	-0.103
i finish	-0.197
i go	0.412
i got	-0.394
i guess	0.133
i had	-0.14
i have	0.443
i hurt	0.199
i just	0.187
i keep	0.533
i know	0.164
i last	-0.1
i let	-0.304
i lied	0.138
i look	0.101
i love	0.156
i loved	0.11
i mean	0.113
i meant	0.165
i might	0.16
i need	0.344
i not	-0.103
i notice	-0.119
i only	-0.26
i picked	0.123
i relaps	0.165
i rememb	-0.172
i remind	-0.135
i saw	0.109
i scratc	0.142
i shower	-0.114
i stayed	-0.26
i still	-0.205
i thanke	-0.113
i think	0.596
i tied	0.196
i told	-0.295
i took	0.201
i trippe	-0.107
i unders	-0.121
i used	-0.468
i walked	-0.121
i want	0.336
i wanted	-0.146
i was	-0.135
i went	-0.111
i will	-0.149
i wish	0.173
i would	-0.428
ice	-0.15
ideati	0.121
if	0.354
if _ died	0.133
if _ fail	-0.105
if _ had	0.152
if _ is	-0.106
if _ still	-0.123
if _ was	0.157
if i	0.431
if she	-0.19
if the	0.154
in	-0.293
in _ bag	0.206
in _ bath	0.15
in _ boot	0.116
in _ cupboa	0.126
in _ drawer	0.235
in _ envelo	0.12
in _ for	-0.147
in _ garage	0.362
in _ garden	-0.137
in _ hand	0.125
in _ head	0.145
in _ jar	0.1
in _ jeans	-0.103
in _ notebo	-0.174
in _ of	0.228
in _ on	0.124
in _ pool	-0.159
in _ room	0.171
in _ shed	0.172
in _ sleep	0.173
in _ the	0.22
in _ week	0.105
in _ year	0.109
in a	0.262
in advanc	0.121
in and	0.1
in case	0.222
in days	0.102
in front	0.196
in hospit	-0.105
in it	0.156
in my	0.451
in order	0.146
in sessio	-0.112
in that	-0.117
in the	0.28
in therap	-0.268
in there	-0.213
in this	-0.17
in to	0.133
in tomorr	-0.129
includ	-0.115
indefi	0.138
inside	0.342
inside i	0.104
insomn	-0.106
instea	-0.74
instea of	-0.177
instru	0.114
insura	0.13
interv	-0.301
into	0.364
into _ good	-0.103
into _ river	0.115
into _ sea	0.17
into _ tree	0.166
into _ wall	0.173
into _ weekly	-0.17
into a	0.106
into my	0.248
intrus	-0.106
intrus though	-0.107
iron on	0.136
ironin	-0.218
is	0.177
is _ about	-0.103
is _ day	0.132
is _ fault	0.101
is _ for	0.28
is _ going	0.146
is _ i	0.245
is _ in	0.182
is _ last	0.288
is _ linear	-0.106
is _ much	0.102
is _ of	-0.111
is _ only	0.11
is _ over	0.201
is _ plan	0.11
is _ the	0.223
is _ there	0.133
is _ to	-0.266
is _ up	0.109
is _ win	-0.224
is _ worse	0.113
is _ worth	0.119
is a	-0.11
is about	-0.122
is allowe	-0.104
is back	0.102
is better	0.138
is changi	-0.123
is dead	-0.284
is deep	0.118
is done	0.175
is easier	0.103
is enough	-0.205
is ever	0.107
is gettin	0.101
is going	-0.201
is gone	-0.124
is good	-0.142
is goodby	0.184
is it	0.221
is me	0.101
is my	0.21
is nearly	0.224
is not	-0.124
is often	-0.151
is ok	-0.113
is so	-0.235
is still	0.165
is the	0.355
is time	0.125
is to	-0.133
is up	0.147
is what	0.114
is when	0.224
it	0.294
it _ about	-0.122
it _ also	-0.135
it _ and	-0.111
it _ at	-0.275
it _ deep	0.158
it _ easier	0.103
it _ for	0.479
it _ gettin	0.118
it _ gone	-0.102
it _ him	-0.228
it _ it	0.149
it _ nearly	0.222
it _ not	0.141
it _ so	-0.305
it _ the	0.182
it _ time	0.207
it after	0.283
it all	0.154
it anyway	-0.185
it at	-0.165
it before	0.189
it bled	0.168
it bleeds	0.109
it can	-0.201
it does	-0.232
it down	-0.119
it ends	0.108
it felt	-0.104
it for	0.149
it helps	-0.161
it just	-0.103
it may	-0.131
it off	-0.4
it out	-0.192
it passed	-0.169
it takes	0.257
it this	0.126
it tonigh	0.142
it was	0.236
it will	0.129
it with	-0.249
it worked	-0.117
it would	0.15
its	0.35
jab	-0.105
januar	-0.101
jar	0.155
jeans	-0.127
job	-0.553
jobs	-0.149
joking	0.161
jump	0.151
jump in	-0.133
jump starte	-0.146
jumped	-0.126
jumped _ the	-0.22
jumped today	0.154
jumpin	0.435
jumpin _ the	0.17
jumpin off	0.13
just	0.64
just _ a	-0.144
just _ it	0.133
just fade	0.101
just swallo	0.117
just the	-0.116
just tired	-0.162
just took	0.143
just waitin	0.151
just wanted	0.223
karaok	-0.229
karaok again	-0.11
keep	0.87
keep _ at	0.167
keep _ back	0.101
keep _ my	0.16
keep going	0.161
keep lookin	0.117
keep thinki	0.123
keepin	0.262
keepin them	0.112
keeps	0.359
keeps _ about	0.12
keeps talkin	0.136
kept _ my	0.126
kept going	-0.159
kept my	-0.143
kept thinki	0.142
key	0.2
key _ the	0.106
keys	0.136
kid	-0.181
kids _ at	0.115
kids dentis	0.135
kill	-0.238
kill _ if	-0.307
kill _ when	-0.118
kill himsel	0.233
kill me	-0.572
kill my	-0.114
kill myself	0.463
killed	-0.563
killed me	-0.226
killed the	-0.132
killin	0.182
killin myself	0.213
kind of	0.169
kindly	-0.272
kitche	-0.136
kitche table	0.113
kitten	-0.121
kms	1.167
kms _ time	0.156
kms this	0.128
knacke	-0.204
knee	-0.164
knees	-0.135
knew	-0.137
knife _ class	-0.107
knife _ my	0.101
knocke	-0.167
knot	0.173
know	0.664
know they	-0.187
know what	0.2
know where	0.109
know you	0.125
knowin	0.229
knows	0.299
knuckl	0.103
kys	0.173
labell	0.127
lake	-0.1
lake _ we	0.102
lake where	0.102
last	-0.138
last _ as	-0.105
last _ before	-0.241
last _ harm	-0.119
last _ i	-0.354
last _ in	-0.13
last _ of	-0.422
last _ on	0.154
last _ to	0.103
last _ win	0.125
last entry	0.151
last episod	-0.115
last exam	-0.246
last meal	0.191
last month	-0.195
last night	0.332
last of	-0.139
last one	0.411
last self	-0.119
last small	0.125
last spring	-0.121
last thing	0.291
last time	0.232
last walk	0.186
last winter	-0.134
last year	-0.421
lastin	-0.112
late	-0.463
lately _ i	-0.1
later	0.279
laughe	-0.231
laughe _ off	-0.103
laughe it	-0.103
lay	-0.129
league	-0.115
leaned out	0.119
learn	-0.202
learne	-0.3
learne to	-0.104
learni	-0.219
leave _ world	0.164
leave this	0.18
leavin _ world	0.105
leavin do	-0.169
lectur	-0.193
ledge	0.158
leeds	-0.102
left	0.694
left _ letter	0.156
left _ live	0.112
left to	0.256
leftov	-0.114
less	-0.243
lesson	-0.135
let	-0.346
let _ pass	-0.129
let _ rest	-0.166
let it	-0.104
let me	0.109
let myself	-0.455
let them	-0.108
lethal	0.325
lethal doses	0.221
letter	0.602
letter _ my	-0.3
letter _ the	0.155
letter for	0.153
letter to	-0.264
lettin	0.149
librar	-0.175
lie	-0.129
lie in	-0.139
lied	0.288
life	1.137
life _ not	0.145
life insura	-0.133
lifted	-0.11
liftin	-0.133
light	0.149
light _ the	0.109
light at	0.109
lights	-0.115
like	0.5
like _ again	-0.139
like _ last	0.108
like _ myself	0.113
like _ only	0.135
like _ people	-0.114
like a	0.15
like an	0.12
like other	-0.114
like relief	0.118
like the	0.203
like this	0.224
linear	-0.106
lines	-0.17
lines _ my	-0.17
lines in	-0.168
list	0.101
list _ who	0.114
list before	0.101
list of	0.201
listen	-0.333
listen to	-0.172
live	0.443
live for	0.232
living	1.069
load of	0.108
loaded	0.108
london	-0.219
lonely	-0.179
long	0.262
long _ till	-0.141
long it	0.107
long sleeve	0.185
long time	0.208
longer need	-0.115
look	0.15
look _ myself	-0.138
look _ the	0.124
look after	0.143
looked	0.41
looked _ how	0.146
looked _ the	0.27
looked at	0.128
looked down	0.103
looked up	0.385
lookin	0.568
lookin _ the	0.385
lookin at	0.323
loose	0.161
lorry	0.126
lost the	0.115
lot	0.339
lotter	-0.103
loud	0.139
loud today	0.165
louder	0.127
love _ all	0.123
love her	0.139
love it	-0.215
love you	0.151
loved it	-0.209
lovely	-0.338
low	-0.388
lunch	-0.312
lunch with	0.19
made	-0.253
made _ bed	0.28
made _ peace	-0.192
made _ playli	0.161
made _ the	0.326
made _ to	-0.107
made a	-0.134
made it	-0.248
made me	-0.2
made sure	0.296
made the	0.131
made up	0.133
makes	-0.105
making _ progre	-0.127
making _ to	0.129
making any	-0.101
making it	0.172
manage	-0.282
many people	-0.119
marath	-0.108
market	-0.205
marks	0.256
marrie	-0.12
mate	0.199
matern	-0.191
matern leave	-0.185
matter	0.18
may	-0.571
may 2026	-0.106
maybe	0.227
me	0.571
me _ for	-0.112
me _ have	-0.116
me _ i	-0.181
me _ it	0.134
me _ not	0.109
me _ she	-0.159
me _ this	0.167
me _ will	-0.103
me a	-0.19
me again	-0.124
me for	-0.102
me his	0.102
me i	-0.14
me if	-0.296
me in	0.166
meal	0.186
mean _ positi	-0.106
mean it	0.117
meanin	-0.156
meant	0.115
measur	-0.101
measur the	0.123
meds	-0.128
meds _ the	-0.156
meetin	-0.567
meme	-0.123
mental	-0.329
mental health	-0.228
messag	0.323
messag to	0.268
messy	-0.169
method	0.242
might	0.348
might _ myself	0.109
might _ well	0.313
might as	0.313
might just	0.135
mind	0.156
mind to	-0.143
minute	-0.252
minute and	0.121
mirror	-0.129
miss	-0.141
miss them	-0.202
missed	-0.193
missed my	-0.126
missin	-0.128
moment	-0.215
monday	-0.2
monday and	0.124
money to	0.164
month	-0.546
months	-0.314
months _ from	-0.124
mood	-0.102
more often	-0.144
mortga	-0.13
most	-0.133
motiva	-0.297
motiva _ like	-0.114
motiva myself	-0.114
motorw _ the	-0.104
move	-0.417
moved	-0.281
moved on	-0.12
moving	-0.584
moving to	-0.373
much	-0.149
much better	-0.105
much longer	0.195
mum	0.257
mum _ not	0.17
mum for	-0.153
mum i	0.155
mums	-0.172
murder	-0.255
music	-0.128
my	-0.314
my _ about	-0.32
my _ after	-0.15
my _ again	0.137
my _ agains	0.159
my _ and	0.221
my _ asked	-0.164
my _ away	0.13
my _ birthd	-0.117
my _ died	-0.222
my _ do	-0.179
my _ drawin	-0.11
my _ entry	0.164
my _ for	0.248
my _ friend	0.165
my _ from	0.125
my _ has	0.276
my _ i	0.143
my _ in	0.35
my _ is	-0.202
my _ keeps	0.191
my _ like	0.126
my _ mate	0.106
my _ messag	0.101
my _ myself	-0.158
my _ off	-0.139
my _ on	0.195
my _ one	0.116
my _ out	0.108
my _ passed	-0.131
my _ places	0.104
my _ plan	-0.317
my _ raw	0.129
my _ said	0.227
my _ self	-0.384
my _ so	0.352
my _ tablet	-0.103
my _ talkin	0.108
my _ test	-0.155
my _ texted	0.115
my _ till	0.115
my _ to	0.26
my _ today	0.182
my _ told	-0.122
my _ where	0.155
my _ who	-0.103
my _ will	-0.181
my _ would	0.224
my accoun	0.237
my affair	0.125
my arm	0.616
my arms	0.434
my ashes	0.15
my attemp	0.101
my back	-0.122
my bag	0.168
my balcon	0.122
my bank	0.164
my bed	0.25
my best	0.224
my boss	-0.267
my browse	0.103
my collea	-0.163
my daught	0.101
my day	-0.115
my decisi	0.117
my diarie	0.128
my doctor	-0.126
my dose	-0.11
my emails	0.121
my essay	0.125
my family	0.293
my feet	-0.146
my finger	-0.133
my first	-0.121
my friend	-0.152
my fringe	-0.176
my funera	0.34
my goodby	0.234
my gp	-0.137
my granda	-0.206
my hand	0.253
my hands	0.107
my head	0.286
my job	-0.174
my kid	-0.172
my kids	0.141
my last	0.45
my leavin	-0.139
my leg	0.172
my legs	0.137
my life	0.3
my manage	-0.115
my mind	0.197
my mum	-0.114
my nails	0.149
my nan	-0.134
my neck	0.121
my new	-0.2
my note	0.186
my notebo	-0.168
my old	-0.547
my online	0.104
my own	0.168
my partne	-0.199
my passwo	0.145
my peace	-0.254
my pen	-0.105
my pillow	0.153
my plant	-0.107
my prescr	-0.148
my room	0.15
my run	-0.107
my safety	-0.126
my screen	-0.107
my sister	-0.115
my skin	0.257
my social	0.175
my son	0.19
my stuff	0.201
my tablet	0.142
my therap	-0.194
my thigh	0.177
my thighs	0.152
my things	0.178
my train	-0.106
my wardro	0.144
my weight	0.108
my wife	0.112
my will	0.128
my wrist	0.47
my wrists	0.279
myself	1.084
myself _ is	-0.152
myself _ other	-0.139
myself _ the	0.418
myself _ up	-0.122
myself a	-0.131
myself again	0.169
myself and	-0.152
myself as	0.104
myself for	-0.131
myself in	0.311
myself it	-0.152
myself like	-0.132
myself off	0.1
myself on	0.104
myself out	-0.119
myself rest	-0.166
myself thinki	-0.106
myself with	0.308
nails	0.149
named	-0.201
names	0.17
nan	-0.236
nap	-0.211
near	0.139
nearly	0.225
nearly _ it	0.145
nearly _ me	-0.102
nearly did	0.191
nearly killed	-0.126
neck	0.267
need	0.385
need _ know	0.145
need it	0.101
need the	-0.17
need them	0.132
need to	0.459
needed	-0.254
needs	-0.148
neighb	-0.103
neighb to	0.122
nervou	-0.112
never _ again	-0.105
never _ up	0.178
never born	0.159
never wake	0.107
never was	0.109
new	-0.834
new _ today	0.142
new home	0.169
new one	-0.251
news	-0.112
next _ years	0.17
next ten	0.17
next term	-0.1
next week	0.18
nice	0.196
nice _ with	0.147
nicely	0.13
night	0.342
night _ the	-0.181
night and	0.129
night in	-0.109
night shift	-0.15
no	0.335
no _ at	0.109
no _ for	0.107
no _ to	0.376
no _ would	0.12
no longer	-0.259
no more	0.145
no one	0.731
no phones	-0.111
no point	0.254
no reason	0.297
no signal	-0.174
no to	-0.275
no use	0.12
nobody	0.236
nobody _ anythi	0.109
noise	-0.16
none	0.152
none _ this	0.138
none of	0.152
noon	-0.205
noose	0.22
normal	-0.175
not	0.731
not _ a	0.356
not _ about	-0.102
not _ alive	0.104
not _ any	0.155
not _ anythi	0.181
not _ anywhe	0.229
not _ at	0.103
not _ back	0.301
not _ before	-0.111
not _ everyt	-0.111
not _ fault	0.219
not _ here	0.136
not _ i	-0.192
not _ if	0.155
not _ it	0.15
not _ my	0.17
not _ on	0.15
not _ progre	-0.14
not _ publis	-0.111
not _ safe	0.186
not _ the	0.165
not _ to	-0.271
not _ up	0.24
not _ why	0.168
not _ yet	-0.215
not a	-0.105
not about	-0.207
not always	-0.173
not answer	0.124
not better	-0.265
not bother	0.132
not come	0.133
not coming	0.217
not cut	-0.158
not die	-0.152
not do	-0.125
not enough	-0.105
not exist	0.143
not feel	0.11
not find	0.107
not for	0.439
not gettin	0.101
not going	0.219
not her	0.101
not here	0.198
not joking	0.129
not linear	-0.106
not look	-0.23
not matter	0.251
not mean	-0.168
not needed	-0.11
not planni	0.102
not preten	-0.111
not safe	0.56
not say	0.145
not see	0.178
not seen	-0.111
not stay	0.111
not still	-0.108
not suicid	-0.13
not sure	0.118
not surviv	0.106
not tell	0.161
not the	0.171
not think	0.106
not to	-0.11
not true	-0.138
not wake	0.163
not want	-0.256
not where	-0.35
not work	0.319
not worry	-0.103
not worth	0.205
note	0.648
note _ my	-0.182
note for	-0.182
note to	-0.162
notebo	-0.223
notes	0.243
notes _ the	0.15
notes for	0.109
nothin	0.171
nothin _ changi	-0.112
nothin _ ever	0.11
nothin _ for	0.106
nothin _ live	0.12
nothin _ to	0.149
nothin left	0.257
nothin thinki	-0.209
nothin to	0.168
notice	-0.476
notice _ though	-0.119
notice _ was	-0.122
notice i	-0.204
notice if	0.101
notice the	-0.264
notici	-0.109
now _ am	0.12
now _ have	-0.149
now _ i	-0.113
now and	-0.121
now i	-0.22
now the	-0.123
now till	-0.141
number from	0.139
nurse	-0.29
nursin	-0.122
od	0.163
of _ alive	0.305
of _ and	0.318
of _ buildi	0.136
of _ car	0.18
of _ day	-0.136
of _ era	-0.128
of _ for	-0.141
of _ gets	0.114
of _ life	0.155
of _ myself	0.119
of _ road	0.152
of _ roof	0.112
of _ someth	0.125
of _ to	0.144
of _ train	0.102
of _ was	0.127
of _ world	-0.112
of being	0.167
of everyo	-0.111
of existi	0.317
of her	-0.102
of ironin	-0.112
of killin	0.1
of life	0.166
of living	0.315
of me	0.243
of myself	-0.129
of parace	0.133
of pills	0.292
of stones	0.1
of taking	0.116
of this	-0.13
of water	-0.131
of who	0.133
off _ good	0.279
off _ him	0.108
off _ me	-0.122
off _ my	-0.129
off _ table	-0.102
off _ the	-0.119
off dead	0.356
off myself	0.105
off perman	0.1
off to	-0.24
office	-0.304
often	-0.408
ok	-0.239
ok _ i	0.17
ok with	0.163
okay	-0.149
old	-0.66
old _ to	-0.107
old _ with	0.101
old clothe	-0.108
old me	-0.106
on	-0.164
on _ a	0.106
on _ and	0.183
on _ arm	0.124
on _ back	0.139
on _ brambl	-0.1
on _ bridge	0.138
on _ bus	-0.125
on _ car	-0.172
on _ day	-0.114
on _ desk	0.129
on _ end	0.123
on _ fridge	-0.129
on _ harm	0.18
on _ leave	-0.161
on _ leg	0.106
on _ list	0.137
on _ next	0.101
on _ railwa	0.107
on _ run	-0.101
on _ table	0.262
on _ trip	-0.135
on _ wrist	0.179
on a	-0.116
on earth	0.132
on everyt	0.107
on holida	-0.176
on it	-0.104
on life	0.249
on living	0.164
on matern	-0.103
on me	0.119
on my	0.259
on myself	-0.106
on purpos	0.982
on self	0.171
on stage	-0.102
on sunday	-0.142
on the	0.149
on this	-0.207
on time	-0.569
once the	0.144
one	0.35
one _ my	0.103
one _ time	0.265
one _ why	0.164
one for	0.138
one i	0.126
one last	0.218
one way	0.205
one would	0.12
one year	-0.17
ones	0.16
onions	-0.155
only	0.161
only _ becaus	-0.135
only _ i	0.219
only _ that	0.131
only thing	0.274
op	-0.275
open	0.131
opened	-0.151
opened _ scary	-0.109
opened the	-0.163
option	0.163
or	-0.716
or _ thinki	-0.209
or _ to	-0.101
or ever	0.122
or nothin	-0.209
ordere	-0.146
organi	-0.287
other _ do	-0.114
other people	-0.127
ouch	-0.144
our	-0.5
our buildi	0.101
out	0.433
out _ life	0.108
out _ the	0.232
out _ window	-0.136
out how	0.117
out the	-0.255
out with	-0.1
over	-0.534
over _ railin	0.113
over it	-0.132
over my	0.119
over soon	-0.286
over this	-0.188
over time	-0.112
overdo	0.307
packet	0.269
paid rent	0.104
paid the	-0.1
pain	0.212
painki after	-0.108
painki from	0.127
painle	0.228
painle _ to	0.16
painle ways	0.228
panic	-0.302
panick	-0.107
paper	-0.2
paper cut	-0.107
papers	0.15
paperw	-0.174
parace	0.558
parace _ take	0.127
parace is	0.11
parace to	0.127
parent	-0.103
park	0.142
park in	0.123
park is	0.105
part _ me	0.161
part time	-0.135
partne	-0.131
partne to	-0.116
party	-0.639
pass	-0.188
passed	-0.529
passwo	0.306
passwo and	0.114
past	-0.128
past _ bridge	-0.103
past the	-0.106
patien	-0.183
payday	-0.133
paymen	-0.135
pays	0.126
pays out	0.115
peace	-0.149
peacef	-0.185
pen	-0.146
pencil	0.215
pencil sharpe	0.122
people	-0.161
people do	-0.114
people who	0.176
perfec	-0.149
perfec for	0.109
period	-0.112
perman	0.485
perman sleep	0.117
person	-0.31
pestic	0.115
pharma	-0.156
phone rang	0.145
phoned	-0.214
phoned the	-0.173
phones	-0.142
physio	-0.144
picked	0.396
picked _ date	0.157
picked _ day	0.333
picked _ my	-0.194
picked a	0.252
picked the	0.217
picked up	-0.15
pier	0.146
pile	0.103
pill	-0.183
pill organi	-0.133
pillow	0.196
pills	0.812
pills _ the	-0.26
pills in	0.188
pin	0.106
pizza	-0.37
place	0.168
placem	-0.113
plan _ the	-0.154
plan and	0.128
plan for	-0.296
plan is	0.242
plan with	-0.146
plane	0.25
plane _ down	0.107
plane crashe	0.19
planne	-0.247
planne my	-0.141
planni	0.487
planni it	0.117
planni on	0.14
planni to	0.218
plans _ look	-0.138
plans to	-0.134
plant	-0.356
plante	-0.11
platfo and	-0.117
platfo edge	0.146
play	-0.147
played	-0.296
playin	-0.119
playli	0.101
playli _ my	0.17
playli for	0.194
please	0.37
please _ stop	0.127
please let	0.119
please someon	0.135
podcas	-0.171
point	0.401
point _ ironin	-0.21
point _ living	0.116
point _ me	0.181
point in	0.144
point of	0.13
police	0.109
policy	0.12
pool	-0.135
popped	-0.13
popped up	-0.119
positi	-0.115
positi _ is	-0.106
positi thinki	-0.106
posted	0.231
posted a	0.141
power	-0.148
power of	-0.11
practi run	0.163
prayin	0.112
pregna	-0.16
prescr _ and	0.114
prescr and	-0.131
prescr early	0.114
presen	-0.316
presen _ the	-0.105
preten _ is	-0.161
preten _ was	0.118
preten everyt	-0.151
preten i	0.12
preven	-0.143
printe	-0.206
probab	0.235
probab _ last	0.11
probab the	0.11
progre	-0.718
progre _ not	-0.1
projec	-0.43
proper	-0.126
proper lunch	-0.195
propos	-0.1
proud	-0.659
proud _ myself	-0.21
proud of	-0.341
psychi	-0.246
psychi _ i	-0.101
psycho	-0.269
pub	-0.112
publis	-0.12
pullin	0.11
pullin _ hair	0.116
pullin my	0.116
punche	0.184
punche _ wall	0.128
punche the	0.121
punchi	0.134
punish	0.338
punish myself	0.131
purged	0.128
purpos	0.927
put	0.116
put _ in	0.124
put on	-0.164
put them	0.144
puttin	-0.46
puttin _ off	-0.401
puttin it	-0.358
puzzle	-0.153
questi	-0.173
questi it	-0.106
queue	-0.16
quit	-0.187
rabbit	0.184
rail	0.117
railin	0.156
rain	-0.312
ran	-0.255
rang	-0.138
rang the	-0.155
rather _ dead	0.176
rather _ than	-0.154
rather be	0.15
rather die	-0.17
raw	0.163
razor	0.28
read	-0.478
read a	-0.107
read my	-0.114
read the	-0.149
readin this	0.124
ready	0.195
ready _ the	-0.112
real	0.116
really	0.31
really strong	0.115
really suicid	0.146
reason	0.245
reason _ get	-0.1
reason _ stay	0.124
reason to	0.167
reassu	-0.109
recipe	-0.165
recogn	-0.128
record _ video	0.135
record a	0.122
recove	-0.397
recove from	-0.136
rehome	0.227
relaps	0.504
relaps _ self	0.269
relaps on	0.254
relati	-0.333
relief	0.195
rememb	-0.301
rememb _ like	0.104
rememb me	0.17
rememb my	-0.211
rememb when	-0.101
remind	-0.419
remind myself	-0.221
remove _ proble	0.113
rent	0.111
repeat	-0.104
replie	-0.192
repott	-0.132
resear	0.231
respon	-0.123
rest	-0.371
rest _ the	0.119
rest of	0.129
rested	-0.488
rested the	-0.126
restin	-0.102
retire	-0.353
retire do	-0.114
retiri	-0.139
return	0.178
review	-0.282
revisi	-0.114
rid	-0.135
rid of	-0.135
right	0.359
right now	0.397
ring _ the	0.106
rip	-0.181
rip my	-0.117
ripped	0.132
road	0.159
roof of	0.172
roof terrac	-0.15
roof to	-0.119
room	-0.127
roomma	0.144
rope	0.457
rope and	0.111
rope today	0.247
rope workou	-0.101
ropes	0.112
rough	-0.228
round _ neck	0.129
round my	0.129
rubbis	-0.171
runnin	0.21
s	-0.101
sad	-0.52
safe	0.299
safe now	-0.138
safe tonigh	0.134
safety	-0.265
safety _ with	-0.11
safety plan	-0.198
said _ am	-0.166
said _ going	0.234
said _ got	0.238
said _ jump	0.136
said _ not	-0.103
said _ to	-0.43
said _ wishes	0.11
said goodby	-0.113
said hes	0.348
said i	-0.216
said my	-0.151
said no	-0.392
said she	0.343
said shes	0.245
said to	-0.132
sale	-0.141
sandwi	-0.189
sang	-0.127
sat	0.134
sat _ the	0.125
sat in	0.216
sat with	-0.163
saved	0.156
saved up	0.186
saving	0.151
saving to	0.101
say back	-0.11
say no	-0.147
say why	0.146
saying	0.309
says _ is	-0.122
says hes	0.1
says it	-0.101
scan	-0.12
scared	0.141
scared of	-0.106
scarf for	0.121
scary	-0.275
scary letter	-0.109
schedu _ messag	0.112
schedu a	0.149
scisso	0.124
scotla	-0.101
scratc	0.349
scratc _ arms	0.229
scratc my	0.181
scratc myself	0.111
scream	-0.215
screen	-0.225
screen time	-0.191
sea _ more	0.111
search	0.321
search how	0.153
season	-0.208
second	-0.141
see	0.386
see _ sea	0.133
see a	0.101
see it	0.133
see my	-0.251
seems	0.217
seen before	-0.111
self	0.13
self _ after	0.184
self _ again	0.238
self _ urges	0.187
self compas	-0.213
self delete	0.102
self harm	0.7
sellin	-0.105
send	0.116
sensib	-0.162
sent me	0.101
series	-0.189
servic	-0.135
sessio	-0.33
set	0.198
set _ the	0.136
set my	0.209
shared	-0.127
shatte	-0.104
she _ a	0.114
she _ me	-0.278
she _ no	-0.101
she _ not	0.108
she can	0.159
she thinks	0.226
she wants	0.208
shed	0.286
shed and	0.111
sheets	-0.106
shell	0.468
shell be	0.148
shes _ to	0.155
shes going	0.133
shift	-0.636
shifts	-0.105
shoes	-0.157
shop	-0.151
shops	0.206
short	-0.306
shot	-0.132
shotgu	0.23
shotgu key	0.104
should	0.345
should _ able	-0.114
should _ be	-0.152
should _ still	-0.108
should alread	-0.158
should be	-0.228
should have	0.151
should just	0.102
show	-0.141
side	0.153
signal	-0.218
signed _ for	-0.112
signed up	-0.142
signs	-0.112
since	-0.399
since _ last	-0.221
since _ made	0.124
since my	-0.15
singin	-0.103
single	-0.109
sister	-0.129
sittin	0.133
sittin _ the	0.119
six	-0.241
six months	-0.25
skills	-0.134
skin	0.257
skippe	-0.152
skippi _ workou	-0.101
skippi rope	-0.172
sleep	-0.613
sleep _ i	-0.111
sleep _ never	0.144
sleep _ weeken	-0.136
sleep all	-0.185
sleep and	0.14
sleep early	-0.217
sleep for	-0.156
sleep foreve	0.218
sleep in	-0.175
sleepi	-0.131
sleepy	0.122
sleeve	0.199
slept	-0.426
slept _ hours	-0.135
slit	0.148
slit _ wrists	0.12
slit my	0.167
slow	-0.195
slowly	-0.118
small	-0.606
small _ is	-0.106
small steps	-0.173
small win	0.16
small wins	-0.176
smiled	0.133
smokin	-0.235
snacks	-0.171
so _ can	0.143
so _ could	0.105
so _ i	-0.105
so _ is	0.267
so _ knows	0.142
so _ look	0.177
so _ one	0.132
so _ to	0.183
so _ with	-0.112
so _ would	0.15
so bad	0.144
so close	0.234
so done	0.121
so funny	-0.106
so good	-0.12
so hard	-0.144
so i	-0.835
so it	0.335
so much	-0.178
so mum	0.166
so my	0.126
so no	0.192
so nobody	0.258
so the	0.133
so they	0.545
so we	-0.179
sober	-0.145
sofa	-0.231
solici	-0.188
some	-0.348
some _ are	-0.111
some things	-0.111
someon	0.144
someon _ me	0.16
someon in	0.112
someon stop	0.127
someth	0.38
someth else	-0.11
someth i	-0.146
someth stupid	0.106
someth to	0.139
somewh _ can	-0.114
son	0.166
son _ the	0.174
song	-0.232
soon	0.335
soon enough	-0.102
sorry	0.816
sorry _ my	-0.101
sort	0.13
sorted	-0.307
sorted life	-0.107
sorted my	0.129
sorted out	-0.163
sortin	-0.143
sounds	0.192
soup	-0.213
spain	-0.106
spare	-0.134
spent	0.172
spent the	0.122
spider	-0.205
spiral	-0.113
spot	0.119
spotte	-0.148
spring	-0.411
stage	-0.112
stairw	0.157
standi	0.228
standi _ the	0.196
standi on	0.224
starin	0.146
starin _ the	0.123
starin at	0.141
start	-0.199
starte	-0.512
starte _ my	0.113
starte it	-0.124
starte my	-0.104
starte the	-0.157
starti	-0.139
starts	-0.116
starvi	0.105
starvi myself	0.128
stay	0.326
stay alive	0.147
stayed	-0.58
stayed calm	-0.106
stayin alive	0.111
step	-0.146
steppi	0.16
steps	-0.336
still	-0.269
still _ about	0.127
still _ and	-0.125
still _ to	0.228
still there	0.13
still thinki	0.152
still want	0.241
stockp	0.179
stockp _ meds	0.145
stockp my	0.253
stones	0.1
stood	0.312
stood _ the	0.181
stood at	0.105
stood there	0.236
stop	0.464
stop and	-0.114
stop existi	0.141
stop me	0.22
stoppe	0.4
stoppe _ my	0.146
stoppe eating	0.206
stops	0.112
strang	0.234
stress	-0.22
stretc	-0.2
strong	0.259
strong enough	0.141
strugg	-0.396
strugg with	-0.143
stuck	-0.128
stuck with	0.174
stuff	0.189
stuff away	0.162
stupid	0.204
submit	-0.103
subscr	-0.119
sugar	-0.177
suicid	1.23
suicid _ all	0.204
suicid again	0.167
suicid ideati	0.121
suicid is	0.104
suicid note	0.115
suicid though	0.111
suicid today	0.131
summer	-0.367
sun	-0.146
sunday	0.238
sunset	-0.243
suppor	-0.413
sure	0.48
sure the	0.282
suspen	-0.118
swallo	0.279
swallo _ lot	0.154
swallo the	0.21
swam	-0.119
swap	-0.119
sweet	-0.157
swing	-0.106
switch	-0.183
switch to	-0.11
sympto	-0.157
t	-0.101
table	0.238
tablet	0.419
take	0.488
take _ at	0.132
take _ of	0.205
take all	0.113
take any	0.105
take care	0.127
take me	0.259
takeaw	-0.229
takes	0.303
taking	0.317
taking my	0.144
taking the	0.138
talk to	-0.115
talked	-0.57
talked _ throug	-0.109
talked about	-0.117
talkin	0.184
talkin about	0.409
talles	0.243
talles _ nearby	0.11
talles buildi	0.119
tape	0.229
tax	-0.215
tea	-0.467
teache	-0.21
team	-0.162
tell	0.403
tell _ mum	0.135
tell my	0.15
ten	-0.117
ten minute	-0.21
ten years	0.14
term	-0.269
terrac at	0.107
terrif	-0.163
test	-0.434
tested	0.113
texted everyo	0.102
texted my	-0.112
than	-0.102
than _ karaok	-0.141
than do	-0.137
than last	-0.16
than usual	0.141
thank _ card	0.131
thank _ for	0.207
thank god	-0.123
thank you	0.213
thanke	-0.245
thanke _ for	-0.112
thanks for	0.212
that	-0.583
that _ be	0.21
that _ enough	-0.13
that _ is	-0.101
that _ it	0.124
that _ me	0.17
that _ thinki	-0.106
that _ when	0.2
that felt	0.137
that i	0.123
that is	0.338
that meme	-0.108
that positi	-0.106
that should	0.184
that song	-0.101
that would	0.158
the	-0.623
the 14th	0.104
the _ about	-0.268
the _ again	0.325
the _ all	-0.188
the _ and	0.355
the _ anymor	-0.161
the _ are	0.57
the _ at	0.202
the _ away	0.101
the _ back	0.178
the _ block	0.124
the _ box	-0.104
the _ buildi	0.131
the _ car	0.108
the _ class	-0.106
the _ club	-0.135
the _ covers	0.105
the _ crashe	0.159
the _ died	-0.166
the _ does	0.15
the _ early	0.104
the _ edge	0.297
the _ finall	-0.107
the _ for	-0.213
the _ from	0.14
the _ gets	-0.109
the _ goes	0.185
the _ group	-0.14
the _ how	-0.129
the _ in	0.266
the _ is	0.165
the _ it	0.169
the _ keys	0.123
the _ nap	0.128
the _ now	0.275
the _ number	0.172
the _ off	0.128
the _ on	0.149
the _ out	0.228
the _ packet	0.182
the _ plan	0.161
the _ right	0.276
the _ room	-0.198
the _ round	-0.165
the _ runnin	0.155
the _ shift	-0.239
the _ shop	0.131
the _ sleep	0.15
the _ table	0.123
the _ talkin	-0.106
the _ ten	0.17
the _ terrac	-0.143
the _ test	-0.127
the _ the	-0.175
the _ thing	0.349
the _ though	-0.173
the _ till	0.119
the _ time	0.18
the _ to	0.176
the _ today	0.162
the _ tomorr	-0.184
the _ trains	0.144
the _ trip	-0.161
the _ under	0.242
the _ until	0.154
the _ was	-0.31
the _ watchi	-0.196
the _ when	0.1
the _ wins	0.208
the _ with	0.362
the _ withou	-0.137
the airpor	-0.121
the appoin	-0.254
the baby	-0.21
the back	0.111
the balcon	0.121
the bath	0.236
the beam	0.129
the bed	0.222
the belt	0.161
the bill	-0.241
the bills	0.112
the bin	0.118
the bins	-0.105
the blade	0.234
the boats	-0.12
the boot	0.116
the bottom	0.135
the bus	-0.292
the cake	-0.169
the cat	0.296
the cats	0.148
the chapte	0.119
the christ	-0.114
the cliffs	0.309
the climbi	-0.103
the coffin	0.138
the counci	-0.11
the crisis	0.181
the cuts	0.207
the day	0.421
the days	0.112
the death	-0.262
the dentis	-0.168
the depres	-0.124
the desk	0.11
the dog	0.221
the dogs	0.162
the door	0.328
the drawer	0.207
the drop	0.216
the duvet	-0.144
the end	0.27
the engine	0.213
the exam	-0.155
the extra	-0.153
the fast	0.108
the feelin	-0.105
the film	-0.126
the final	-0.136
the firewo	-0.143
the flat	0.123
the form	-0.273
the funera	0.175
the garage	0.297
the garden	-0.185
the gun	0.105
the gym	-0.203
the helpli	-0.149
the holida	-0.116
the hose	0.142
the hospic	-0.11
the insura	0.231
the interv	-0.153
the iron	0.137
the journa	0.1
the knife	0.156
the knot	0.221
the last	0.154
the lectur	-0.117
the ledge	0.105
the letter	0.518
the librar	-0.166
the lights	-0.112
the long	-0.108
the lot	0.226
the man	0.101
the market	-0.163
the marks	0.136
the meetin	-0.106
the messag	0.104
the mirror	-0.115
the money	0.251
the most	-0.142
the move	-0.199
the new	-0.254
the noise	-0.11
the note	0.262
the notes	0.118
the only	0.306
the other	0.116
the pain	0.232
the party	-0.366
the past	-0.11
the pestic	0.115
the pharma	-0.193
the phone	0.187
the pier	0.114
the pile	0.143
the pills	0.252
the place	0.143
the plan	0.407
the plane	0.25
the point	0.194
the police	0.109
the policy	0.126
the pool	-0.135
the post	-0.267
the presen	-0.11
the printe	-0.147
the projec	-0.116
the pub	-0.103
the quiet	0.143
the rabbit	0.107
the railin	0.155
the railwa	0.129
the rain	-0.106
the razor	0.135
the razors	0.121
the relati	-0.189
the rest	0.306
the result	0.209
the right	0.131
the road	0.221
the rope	0.263
the run	-0.107
the same	0.105
the scarf	0.121
the scary	-0.112
the scisso	0.112
the series	-0.119
the shop	-0.326
the shoppi	0.154
the small	0.185
the sofa	-0.133
the solici	-0.136
the stairw	0.143
the statio	0.12
the street	0.113
the stuff	0.161
the sunset	-0.163
the suspen	-0.118
the table	0.125
the tablet	0.228
the talles	0.212
the teache	-0.1
the though	-0.12
the traffi	-0.129
the train	-0.139
the trip	-0.197
the urges	0.123
the view	-0.115
the voices	0.108
the wall	0.315
the washin	-0.213
the water	0.12
the way	0.117
the weddin	-0.19
the week	-0.148
the weeken	-0.138
the weekly	-0.146
the win	-0.106
the woods	0.104
their	0.172
their _ this	0.166
their dads	0.102
them	0.7
them after	0.112
them for	0.101
then	0.576
then _ a	-0.123
then _ home	0.167
then _ on	0.163
then _ the	0.142
then bed	-0.103
then came	0.155
then i	0.243
then sat	0.18
then went	0.126
therap	-0.995
therap _ i	-0.106
therap _ was	0.13
therap and	-0.103
there	0.381
there _ a	0.13
there is	0.34
these	-0.285
they	0.377
they _ for	0.114
they _ get	0.132
they _ in	0.14
they bled	0.14
they find	0.202
they gave	-0.106
they would	0.372
thigh	0.177
thighs	0.154
thing	0.495
thing _ have	-0.114
thing _ will	0.152
thing that	0.114
thing to	0.11
things	0.207
things _ am	-0.129
things _ better	-0.1
things are	-0.125
things for	0.102
things i	-0.154
things with	-0.108
think	0.347
think _ ending	-0.128
think _ is	0.202
think _ would	-0.201
think about	0.236
think everyo	-0.137
thinki	1.269
thinki _ always	-0.106
thinki _ ending	0.133
thinki _ enough	-0.106
thinki _ is	0.142
thinki _ it	0.109
thinki _ jumpin	0.157
thinki _ the	0.152
thinki about	0.878
thinki is	-0.106
thinki of	0.488
thinks	0.277
thinks _ am	0.125
thinks i	0.14
this	-0.31
this _ goodby	0.179
this _ i	-0.329
this _ is	-0.457
this _ it	0.163
this _ my	0.196
this _ to	-0.214
this _ tomorr	-0.108
this cold	-0.116
this exam	-0.163
this heat	-0.129
this is	0.29
this job	-0.135
this life	0.296
this meetin	-0.118
this month	-0.124
this time	0.73
this traffi	-0.167
this weeken	0.247
this world	0.304
this year	-0.115
those	-0.221
though	0.166
though _ back	0.157
though _ day	0.246
though _ drivin	0.102
though _ would	-0.212
though about	0.459
though again	0.147
though all	0.325
though are	0.222
though i	-0.281
though of	0.282
though that	-0.112
though were	-0.133
three	-0.33
three _ i	-0.101
three _ in	-0.171
three _ today	0.146
three differ	0.209
three lines	-0.17
threw _ the	-0.116
threw my	0.104
throug	-0.102
throug _ it	0.173
throug _ roof	-0.152
throug _ school	0.226
throug a	-0.123
throug it	-0.118
throug with	0.215
ticket	0.113
ticket _ the	0.198
ticket to	0.112
tidied	-0.256
tidy	0.105
tied	0.194
tied _ knot	0.194
tied a	0.104
til	0.169
till	0.191
till _ bled	0.202
till i	0.116
till it	0.177
till my	0.135
time	0.294
time _ a	0.132
time _ months	0.122
time _ week	0.185
time _ will	-0.201
time for	-0.143
time i	-0.236
time in	0.14
time this	0.155
time to	0.213
timed	0.128
timed the	0.146
times today	0.107
tired	-0.221
tired _ existi	0.317
tired _ living	0.224
tired _ this	-0.136
tired of	0.414
tired today	-0.104
to _ a	-0.108
to _ alive	0.181
to _ back	-0.186
to _ brothe	0.13
to _ chemis	0.143
to _ cliffs	0.251
to _ dead	0.189
to _ delete	0.102
to _ early	-0.256
to _ end	-0.145
to _ every	-0.129
to _ everyo	-0.141
to _ existi	0.125
to _ family	0.13
to _ fine	-0.102
to _ for	0.141
to _ foreve	0.261
to _ funera	-0.147
to _ here	0.191
to _ himsel	0.218
to _ how	0.118
to _ i	-0.143
to _ in	-0.125
to _ is	0.233
to _ it	0.402
to _ list	-0.14
to _ mum	-0.191
to _ my	-0.123
to _ myself	0.643
to _ off	0.323
to _ part	-0.122
to _ party	-0.198
to _ pen	-0.102
to _ sister	0.19
to _ so	0.102
to _ someth	0.172
to _ that	-0.127
to _ the	-0.192
to _ to	-0.301
to _ tonigh	0.127
to _ under	-0.223
to _ up	-0.257
to _ when	-0.102
to _ with	0.301
to _ woods	0.117
to a	-0.563
to bed	-0.435
to bleed	0.207
to boil	-0.11
to bother	0.117
to catch	0.155
to celebr	-0.116
to come	0.17
to cook	-0.113
to ctb	0.317
to cut	0.34
to death	-0.122
to die	0.725
to disapp	-0.188
to do	0.302
to drink	0.112
to drive	0.108
to end	0.1
to everyo	0.249
to feel	0.125
to get	-0.159
to give	-0.227
to hang	0.176
to hide	-0.103
to how	-0.17
to hurt	0.184
to jump	0.206
to keep	-0.111
to kill	0.118
to kms	0.213
to know	0.135
to learn	-0.118
to leave	0.114
to live	0.314
to log	0.118
to me	0.107
to motiva	-0.114
to move	-0.115
to my	-0.162
to myself	-0.114
to normal	-0.12
to not	0.149
to od	0.104
to overdo	0.201
to quit	-0.108
to rememb	0.132
to rest	-0.142
to see	0.18
to send	0.207
to sleep	-0.403
to slit	0.12
to someth	-0.135
to stay	0.227
to step	0.153
to stop	0.133
to take	0.332
to the	-0.35
to think	-0.244
to unaliv	0.229
to uni	-0.147
to walk	0.152
to want	-0.106
to whoeve	0.113
to work	-0.153
toast	-0.203
today	-0.216
today _ i	0.109
today and	0.181
today i	-0.468
toddle	-0.133
told	0.322
told _ about	-0.134
told _ i	0.143
told _ man	0.101
told _ partne	-0.121
told _ she	0.184
told _ sister	0.112
told her	0.25
told him	0.158
told my	-0.157
told myself	-0.122
told the	0.269
tomato	-0.162
tomorr	-0.534
tomorr _ would	0.168
tonigh	0.718
tonigh _ night	0.217
tonigh the	0.23
tonite	0.143
too deep	0.111
too much	0.13
too small	-0.135
took 20	0.121
took 30	0.125
took _ for	-0.151
took _ handfu	0.119
took _ many	0.112
took _ overdo	0.113
took _ train	-0.103
took _ whole	0.185
took my	-0.166
took the	-0.15
took too	0.112
top myself	0.1
towels	0.132
tower block	0.103
toxic	-0.185
track	-0.104
tracks	0.141
traffi	-0.364
train	-0.375
train _ cancel	-0.108
train to	-0.134
train was	-0.133
traini	-0.141
trains	0.142
tree	0.214
trip	-0.478
trippe	-0.124
trippe _ front	-0.103
trippe in	-0.103
true	-0.187
trust	0.103
try to	0.108
tv	-0.102
twitte	-0.147
two	-0.58
two emails	-0.337
tying	0.233
ugh	-0.12
unaliv	0.439
unaliv though	0.112
under	0.153
under _ bed	0.113
under _ duvet	-0.199
under _ pillow	0.16
under my	0.183
uni	-0.243
unsafe	0.103
until	0.688
until _ bled	0.173
until i	0.213
until it	0.268
until my	0.116
until they	0.142
up	0.137
up _ all	0.105
up _ i	-0.102
up _ life	0.253
up _ living	0.153
up _ prescr	-0.168
up _ questi	-0.106
up _ this	-0.189
up and	-0.134
up how	0.16
up on	-0.109
up to	0.185
up with	-0.112
update	-0.185
update my	-0.15
urge	-0.14
urge _ cut	0.219
urges	0.385
urges are	0.131
us	-0.278
used	-0.759
used _ be	-0.117
used _ compas	0.169
used _ safety	-0.118
used _ think	-0.278
used a	0.159
used to	-0.94
useful	-0.163
usual	0.141
vet	-0.118
video for	0.123
view	-0.256
visit	-0.247
visite	-0.101
visite _ grave	-0.137
vitami	-0.118
vodka	0.167
voices	0.147
volunt	-0.144
waitin _ my	-0.128
waitin for	-0.114
wake	0.268
wake up	0.291
waking	0.111
waking up	0.1
walk _ the	0.201
walk into	0.2
walked	-0.168
walked _ dog	0.274
walked across	-0.102
walked into	0.101
walked over	-0.112
walked round	0.246
walkin	0.107
walks	-0.138
wall	0.232
wall _ it	0.107
want	1.064
want _ big	0.101
want _ come	0.124
want _ die	0.313
want _ disapp	-0.196
want _ get	-0.135
want _ go	-0.168
want _ hide	-0.137
want _ noise	-0.109
want _ sleep	-0.111
want _ unaliv	0.15
want _ week	-0.106
want it	0.205
want kill	-0.125
want my	0.116
want out	0.136
want this	-0.128
want to	0.736
wanted	0.504
wanted _ die	-0.143
wanted _ give	-0.138
wanted _ hear	0.186
wanted _ say	0.121
wanted _ see	0.127
wanted _ step	0.104
wanted _ to	0.181
wanted it	0.148
wants	0.343
wants _ die	0.168
wants to	0.393
was	-0.632
was _ born	0.173
was _ close	0.149
was _ last	0.202
was _ month	-0.167
was _ of	-0.11
was _ when	-0.104
was dead	0.149
was fine	0.137
was for	0.246
was hard	-0.15
was last	-0.188
was my	0.108
was never	0.229
was nice	0.1
was not	0.131
was on	-0.104
was strugg	-0.106
was the	0.275
washed	-0.101
washin	-0.301
waste	0.208
waste of	0.151
watch the	-0.145
watche	-0.395
watche the	-0.232
watchi	-0.289
watchi the	-0.252
water	-0.744
water _ i	-0.11
water and	-0.121
watere _ plants	0.127
watere the	0.1
way	0.554
way _ go	0.11
way out	0.197
ways	0.24
ways _ go	0.104
ways to	0.166
we	-1.294
we _ a	-0.131
we _ going	-0.109
we _ it	-0.127
we agreed	-0.117
we are	-0.297
we made	-0.234
we talked	-0.153
we used	0.133
we would	0.144
wear	-0.125
weddin	-0.37
week	-0.638
week of	-0.106
week on	0.2
week to	-0.106
weeken	-0.414
weekly	-0.275
weeks	-0.297
weird	0.125
weirdl	0.118
well _ it	0.124
went	-0.233
went _ and	0.186
went _ my	-0.105
went _ the	0.151
went _ to	0.261
went _ with	0.104
went _ work	0.185
went and	-0.113
went back	0.239
went out	-0.128
went too	0.11
were	-0.49
were loud	-0.109
weve	-0.104
what	0.192
what _ am	0.148
what _ do	0.133
what _ i	-0.298
what _ want	-0.147
what a	-0.175
what am	-0.142
what did	-0.12
what happen	0.128
what has	-0.123
what i	0.183
what it	0.145
whatev	0.247
whatev happen	0.146
when _ am	0.252
when _ find	0.201
when _ trippe	-0.107
when _ was	-0.102
when he	-0.185
when i	-0.177
when it	-0.101
when my	-0.112
when they	0.143
when we	-0.105
where _ am	0.112
where _ used	0.128
where _ want	-0.335
where _ was	-0.211
where i	-0.313
where my	0.139
which	0.23
while	-0.127
while _ am	-0.176
while i	-0.144
who	0.166
who _ to	-0.118
who _ what	0.135
who gets	0.284
whoeve	0.469
whoeve _ me	0.131
whoeve comes	0.104
whoeve finds	0.193
whole packet	0.182
why	0.221
why i	0.164
wife	0.148
wifi	-0.118
will _ matter	0.12
will _ me	-0.252
will _ my	-0.117
will _ need	0.147
will _ stop	0.114
will _ the	-0.196
will _ to	0.127
will and	0.104
will be	-0.139
will do	0.126
will is	0.114
will kill	-0.213
will never	-0.141
will not	0.784
will today	0.126
win	-0.207
wins	-0.25
wins _ not	-0.111
winter	-0.234
winter _ in	-0.105
winter i	-0.133
wish	0.458
wish _ could	-0.101
wish _ had	0.16
wish _ was	0.224
wish i	0.428
with	-0.501
with _ alive	0.133
with _ blade	0.102
with _ cigare	0.249
with _ doctor	-0.102
with _ engine	0.213
with _ inside	0.132
with _ kids	-0.217
with _ life	0.236
with _ lighte	0.18
with _ note	0.108
with _ razor	0.139
with _ son	-0.125
with _ though	0.1
with _ today	-0.111
with being	0.136
with dying	0.125
with everyt	0.208
with him	-0.312
with it	0.288
with life	0.394
with living	0.193
with me	0.224
with my	-0.203
with this	-0.162
withou	-0.224
withou _ in	0.112
withou _ it	-0.285
withou _ myself	-0.112
withou guilt	-0.118
withou her	0.1
withou him	0.21
withou lookin	0.187
withou me	0.258
withou puttin	-0.382
woke	0.259
woke _ in	0.128
woke up	0.259
woken	0.114
woken up	0.114
wonky	-0.104
woods	0.104
wore	-0.241
work	-0.266
work is	-0.112
work said	0.132
worked	-0.147
workin out	0.147
workou	-0.168
worksh	-0.217
world	0.283
worrie	0.222
worrie about	0.114
worryi	-0.116
worse	0.179
worst	-0.143
would	0.888
would _ back	-0.11
would _ be	0.178
would _ die	-0.189
would _ do	0.104
would _ in	0.106
would _ it	0.247
would _ the	-0.116
would _ to	-0.102
would be	0.482
would been	-0.231
would die	-0.219
would died	0.102
would do	0.172
would get	0.108
would have	-0.114
would hold	0.1
would kill	-0.133
would need	0.134
would say	-0.126
would see	0.118
wrist	0.465
wrists	0.335
writin	0.181
writin _ cards	-0.102
writin christ	-0.102
writte	0.238
wrong	-0.115
wrote _ a	-0.149
wrote _ cards	0.115
wrote _ list	0.109
wrote _ note	0.24
wrote _ the	0.111
wrote a	-0.113
wrote birthd	0.11
wrote the	0.101
wrote what	-0.132
wud	0.125
x	0.127
year	-0.612
year _ am	-0.125
year _ i	-0.146
year _ my	-0.126
year ago	-0.11
year i	-0.259
year old	0.113
year since	-0.115
years	-0.493
years _ i	-0.127
years ago	-0.111
years of	-0.103
years since	-0.111
yester	0.136
yet	-0.282
yoga	-0.172
you	-0.26
you _ not	-0.108
you _ readin	0.141
you card	0.131
you for	0.21
you know	0.19
you may	-0.154
you were	-0.135
your	-0.395
your _ addres	-0.111
your email	-0.111
yourse	-0.176
"""
