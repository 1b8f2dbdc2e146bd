"""Weights of the "maybe" tier, written by tools/train_maybe.py: do not edit by hand.

One feature a line, a tab, its weight (see smallwins_tui/core/distress_maybe.py).
"""

BIAS = -1.1569
THRESHOLD = 0.6612
WEIGHTS = """\
*	-0.021
10	-0.027
100	-0.03
10k	-0.031
111	-0.028
111 _ my	-0.021
111 about	-0.021
12	-0.045
2	-0.064
2 _ clean	-0.036
2 years	-0.03
20	0.04
20 tablet	0.057
2026	-0.043
3	0.032
3 months	0.051
30	-0.06
30 _ clean	-0.035
30 days	-0.052
4	0.042
4 _ so	0.042
4 days	0.042
5	-0.041
5 _ clean	-0.024
5 years	-0.024
500	-0.024
500 _ clean	-0.024
500 days	-0.024
5k	-0.057
8	-0.043
8 _ 2026	-0.043
8 may	-0.043
a	-0.627
a _ about	-0.045
a _ accoun	-0.022
a _ after	-0.071
a _ ago	-0.067
a _ all	-0.073
a _ alread	0.059
a _ and	0.355
a _ appoin	-0.026
a _ at	-0.06
a _ attack	-0.029
a _ attemp	0.037
a _ barked	0.06
a _ book	-0.094
a _ by	0.05
a _ call	-0.028
a _ can	-0.03
a _ card	-0.028
a _ carrie	-0.03
a _ coffee	-0.032
a _ cut	-0.024
a _ day	-0.04
a _ earlie	-0.029
a _ evenin	-0.024
a _ film	-0.023
a _ friend	-0.036
a _ group	-0.023
a _ had	-0.024
a _ head	0.039
a _ hits	0.062
a _ i	-0.046
a _ in	-0.06
a _ instea	-0.042
a _ into	0.089
a _ is	-0.031
a _ lately	0.023
a _ letter	0.025
a _ life	-0.073
a _ lighte	-0.033
a _ like	0.046
a _ lunch	-0.118
a _ made	-0.028
a _ nap	0.029
a _ note	-0.026
a _ now	0.082
a _ of	0.315
a _ off	-0.025
a _ on	0.218
a _ one	-0.032
a _ person	-0.029
a _ picked	0.076
a _ pier	0.05
a _ plan	-0.055
a _ right	-0.066
a _ room	-0.021
a _ sandwi	-0.02
a _ sessio	0.045
a _ sharpe	-0.069
a _ shift	-0.024
a _ since	-0.038
a _ sleep	0.038
a _ so	-0.023
a _ strong	0.033
a _ that	0.105
a _ time	0.087
a _ tired	-0.034
a _ to	0.09
a _ today	0.066
a _ under	0.042
a _ walk	-0.027
a _ weeks	-0.057
a _ when	-0.021
a _ where	0.028
a _ who	-0.06
a _ win	-0.037
a _ with	-0.08
a _ withou	-0.025
a and	-0.023
a bacon	-0.02
a bad	-0.021
a bagel	-0.021
a bath	-0.085
a beach	-0.046
a blanke	-0.065
a book	-0.099
a bottle	0.06
a bounda	-0.024
a break	-0.046
a breath	-0.023
a bridge	-0.041
a bunch	0.049
a burden	0.312
a bus	0.146
a cabin	-0.043
a candle	-0.045
a car	0.071
a chapte	-0.161
a cigare	0.164
a clear	0.039
a coffee	-0.044
a cup	-0.056
a curry	-0.037
a cut	-0.021
a danger	0.027
a dark	-0.021
a date	0.212
a day	-0.038
a dirt	0.029
a doctor	-0.026
a dog	-0.039
a draini	-0.025
a duvet	-0.024
a e	0.08
a failur	-0.044
a favour	0.071
a few	-0.07
a film	-0.038
a friend	-0.141
a funera	-0.031
a future	0.024
a ghost	0.027
a girl	0.026
a glass	-0.05
a good	-0.114
a handfu	0.079
a hard	-0.037
a headac	-0.021
a helpli	-0.026
a holida	-0.137
a horror	-0.021
a job	0.03
a letter	-0.049
a lie	-0.041
a lighte	0.215
a list	0.022
a little	-0.022
a lorry	0.038
a lot	0.102
a man	-0.05
a marath	-0.027
a mess	0.11
a messag	0.082
a method	0.023
a mistak	0.06
a moment	-0.023
a mornin	-0.029
a nap	-0.161
a new	-0.067
a nightm	-0.039
a noose	0.06
a normal	0.029
a note	0.148
a packet	0.067
a panic	-0.048
a paper	-0.037
a perman	0.038
a person	-0.039
a pill	-0.034
a pizza	-0.029
a plan	0.163
a prison	0.029
a promot	-0.033
a proper	-0.146
a relief	0.14
a rope	0.114
a run	0.034
a shower	0.06
a small	-0.067
a solici	-0.04
a speech	-0.035
a spot	0.032
a stash	0.043
a subscr	-0.035
a suicid	0.082
a sunny	-0.028
a taxi	-0.03
a thread	0.031
a toxic	-0.045
a train	0.035
a tree	0.066
a walk	-0.137
a wall	0.058
a waste	0.068
a way	0.081
a week	-0.105
a while	0.153
a whole	-0.022
a word	0.089
a year	-0.092
abilit	-0.031
abilit to	-0.031
able	-0.096
able _ do	-0.029
able _ motiva	-0.055
able to	-0.096
about	0.359
about _ a	0.058
about _ bridge	-0.028
about _ cake	-0.047
about _ do	0.026
about _ harm	-0.023
about _ homewo	-0.052
about _ in	0.041
about _ into	0.149
about _ it	0.024
about _ job	-0.025
about _ jump	0.06
about _ man	-0.028
about _ my	0.041
about _ myself	0.155
about _ off	0.1
about _ own	0.054
about _ piano	-0.037
about _ plan	0.077
about _ rash	-0.021
about _ sleep	-0.036
about _ snap	0.031
about _ standa	-0.023
about _ still	-0.044
about _ that	-0.028
about _ this	-0.025
about _ withou	-0.053
about a	-0.037
about ctb	0.089
about dad	-0.024
about drivin	0.072
about drowni	0.039
about dying	0.126
about ending	0.057
about granda	-0.034
about grief	-0.032
about hangin	0.039
about her	-0.028
about how	0.029
about is	0.025
about it	0.052
about jumpin	0.093
about killin	0.054
about learni	-0.056
about loweri	-0.023
about money	-0.047
about mum	-0.022
about my	-0.066
about myself	-0.045
about overdo	0.034
about runnin	0.046
about self	-0.023
about steeri	0.028
about steppi	0.083
about suicid	0.026
about taking	0.056
about the	-0.143
about to	0.116
about unaliv	0.02
about walkin	0.036
about what	-0.049
abroad	-0.025
absolu	-0.037
absolu _ the	-0.022
accide	0.082
accoun	-0.029
across	-0.045
across _ bridge	-0.034
across the	-0.045
act	-0.022
act _ it	0.026
act _ streng	-0.032
act of	-0.044
act on	0.022
acted	0.025
acted _ them	0.025
acted on	0.025
action	-0.06
actual _ it	0.035
actual do	0.031
added	0.022
added _ tonigh	0.037
added more	0.037
addict	-0.047
addres	-0.046
addres _ not	-0.046
addres will	-0.046
adjust	-0.035
adjust _ meds	-0.035
adjust my	-0.035
adult	-0.056
adult _ done	-0.027
adult stuff	-0.056
adulti	-0.04
affect	-0.032
afraid _ spider	-0.022
after	-0.062
after 2	0.023
after 3	0.051
after _ again	0.052
after _ am	0.062
after _ argume	0.053
after _ baby	-0.028
after _ cat	0.028
after _ concer	-0.024
after _ day	-0.028
after _ email	-0.033
after _ exam	-0.05
after _ hike	-0.039
after _ i	0.023
after _ kids	0.065
after _ meal	-0.024
after _ months	0.051
after _ night	-0.032
after _ run	-0.044
after _ season	-0.037
after _ sleep	-0.024
after _ this	-0.02
after _ week	0.06
after a	-0.025
after all	-0.04
after christ	0.023
after cuttin	0.041
after him	0.026
after i	0.062
after leg	-0.028
after myself	-0.066
after no	-0.024
after school	0.022
after that	-0.155
after the	-0.064
after travel	-0.051
after trying	0.052
after work	-0.057
again	0.853
again _ cuttin	0.041
again _ friday	0.032
again _ i	0.021
again _ night	0.027
again _ school	0.022
again after	0.064
again last	0.027
again on	0.032
again today	0.055
again tonigh	0.044
again ugh	-0.038
agains	0.052
agains _ i	-0.072
agains _ wall	0.105
agains _ wrist	0.057
agains my	0.057
agains the	0.096
agains where	-0.042
agains who	-0.031
ages ago	-0.03
ages tonigh	0.03
ago	-0.19
ago _ could	-0.042
ago _ tried	-0.026
ago _ wanted	-0.054
ago i	-0.131
aid	-0.029
aim	-0.024
aim is	-0.024
air	0.031
alarm	-0.04
album	-0.025
alcoho	-0.045
alive	0.756
alive _ a	-0.039
alive _ much	0.033
alive _ stayin	-0.039
alive and	-0.058
alive on	-0.028
alive so	0.033
all	0.195
all _ after	-0.051
all _ and	-0.032
all _ at	0.022
all _ attent	-0.026
all _ be	0.044
all _ can	0.03
all _ easier	0.024
all _ friday	0.035
all _ it	0.032
all _ lives	-0.024
all _ meds	0.033
all _ nothin	-0.09
all _ once	-0.04
all _ over	0.043
all _ therap	-0.02
all _ think	0.024
all _ this	0.042
all _ today	0.03
all _ vitami	-0.038
all at	-0.04
all be	0.076
all ends	0.086
all i	0.054
all my	0.028
all night	0.039
all of	0.022
all on	0.035
all or	-0.09
all out	0.034
all seems	0.033
all the	-0.083
all this	-0.02
all to	0.067
all week	-0.051
all weeken	-0.1
allowe	-0.061
allowe _ to	-0.05
allowe myself	-0.05
allows	-0.025
allows _ to	-0.025
allows us	-0.023
almost	0.062
almost _ today	0.064
almost jumped	0.064
alone	0.064
alone _ my	0.054
alone with	0.069
along	-0.074
along _ now	-0.024
along by	-0.024
alread	0.046
alread _ calm	-0.036
alread be	-0.036
also	-0.098
also _ my	0.021
also _ thinki	0.033
also _ unfair	-0.022
also be	-0.034
also been	0.033
also show	-0.026
also wrote	0.021
always	-0.114
always _ up	-0.05
always mess	-0.05
am	-0.06
am _ a	0.052
am _ about	0.071
am _ alive	-0.058
am _ better	-0.036
am _ bit	-0.073
am _ burden	0.182
am _ close	0.049
am _ danger	0.027
am _ dog	-0.031
am _ done	-0.036
am _ eating	0.023
am _ everyt	0.023
am _ fighti	0.025
am _ for	-0.133
am _ from	0.049
am _ gettin	0.043
am _ going	-0.02
am _ goodby	0.07
am _ her	-0.028
am _ here	0.027
am _ holida	-0.025
am _ how	-0.028
am _ it	0.028
am _ learni	-0.037
am _ london	-0.034
am _ longer	-0.083
am _ making	-0.081
am _ meant	-0.024
am _ mistak	0.073
am _ my	0.124
am _ myself	-0.038
am _ new	-0.04
am _ not	-0.092
am _ now	-0.101
am _ off	0.064
am _ ok	0.05
am _ okay	0.036
am _ on	0.106
am _ out	0.1
am _ over	-0.042
am _ payche	-0.033
am _ please	0.028
am _ preten	-0.046
am _ proble	0.025
am _ safe	0.293
am _ sick	0.024
am _ suicid	-0.051
am _ taking	0.033
am _ taller	-0.029
am _ that	-0.105
am _ the	0.023
am _ this	0.089
am _ to	0.144
am _ tomorr	-0.026
am _ up	-0.037
am _ waitin	0.035
am _ waste	0.038
am _ where	-0.162
am _ with	-0.108
am _ worth	0.039
am a	0.209
am angry	0.105
am applyi	-0.052
am at	0.058
am behind	-0.022
am better	0.049
am checki	0.1
am consid	0.037
am dead	-0.107
am disapp	0.04
am doing	-0.093
am dying	-0.095
am ending	0.083
am exhaus	0.068
am glad	-0.04
am going	0.093
am gone	0.091
am gratef	-0.091
am hangin	-0.041
am headed	0.026
am helpin	-0.028
am holdin	0.038
am how	-0.039
am i	-0.12
am in	-0.026
am just	0.105
am knacke	0.036
am late	-0.116
am learni	-0.028
am leavin	0.038
am losing	0.031
am no	-0.083
am of	-0.059
am ok	-0.061
am okay	-0.047
am over	-0.16
am planni	0.096
am proud	-0.116
am punish	0.021
am ready	0.11
am restin	-0.024
am safe	-0.162
am saying	0.099
am scared	0.103
am sittin	0.038
am so	-0.052
am sorry	0.045
am standi	0.027
am stayin	-0.039
am still	-0.03
am such	0.034
am suicid	0.072
am thinki	0.111
am thrivi	-0.047
am to	-0.033
am upset	0.027
am worthl	0.046
am writin	0.041
am you	-0.052
amazin	-0.046
amount	0.04
an	-0.147
an _ last	0.061
an _ night	-0.036
an _ of	-0.032
an _ perfec	-0.032
an accide	0.025
an act	-0.032
an early	-0.036
an egg	-0.061
an era	-0.022
an hour	0.058
an overdo	0.085
analys	-0.027
analys _ and	-0.023
analys romeo	-0.023
and	-0.364
and _ a	-0.061
and _ about	0.112
and _ added	0.037
and _ am	-0.034
and _ asked	-0.037
and _ at	-0.037
and _ bread	0.067
and _ cities	-0.025
and _ come	0.095
and _ contra	0.06
and _ date	0.023
and _ day	0.023
and _ did	0.08
and _ disapp	0.028
and _ do	0.061
and _ done	0.041
and _ down	-0.022
and _ dresse	-0.053
and _ ending	-0.023
and _ feelin	0.037
and _ follow	-0.025
and _ going	0.025
and _ have	-0.02
and _ her	-0.057
and _ home	-0.061
and _ how	0.027
and _ i	0.025
and _ in	0.086
and _ is	-0.058
and _ it	-0.214
and _ kind	-0.03
and _ know	0.023
and _ knows	0.059
and _ let	-0.135
and _ lighte	-0.064
and _ like	-0.028
and _ listen	-0.041
and _ made	-0.04
and _ means	0.092
and _ my	0.126
and _ myself	0.037
and _ nearly	0.064
and _ of	0.053
and _ out	0.038
and _ packet	0.067
and _ pills	0.055
and _ plan	0.049
and _ rested	-0.021
and _ safe	0.036
and _ said	0.049
and _ should	0.048
and _ so	0.02
and _ someon	-0.04
and _ sooner	-0.064
and _ still	0.022
and _ streak	-0.028
and _ strong	-0.039
and _ the	-0.204
and _ them	0.063
and _ though	0.047
and _ thread	0.031
and _ to	0.022
and _ told	-0.14
and _ visite	-0.051
and _ wake	0.071
and _ want	0.098
and _ whole	0.029
and _ worked	-0.067
and _ would	0.04
and _ wrote	-0.021
and a	0.14
and acted	0.025
and air	0.031
and apolog	-0.03
and be	0.041
and bought	0.067
and calls	-0.031
and cancel	0.061
and checke	-0.046
and cleane	-0.048
and counte	0.021
and cut	0.021
and dad	0.043
and die	0.06
and died	0.056
and done	0.133
and ended	0.047
and enjoye	-0.034
and ever	0.038
and everyt	0.074
and felt	-0.141
and got	-0.068
and great	-0.021
and had	0.052
and held	-0.057
and how	-0.025
and i	-0.182
and it	-0.195
and juliet	-0.023
and keep	0.025
and kill	-0.028
and kind	0.06
and laughe	-0.032
and let	-0.039
and lined	-0.022
and looked	0.076
and loud	0.027
and love	-0.03
and me	-0.027
and move	-0.025
and moved	-0.041
and moving	-0.035
and nearly	0.098
and never	0.118
and nobody	0.059
and not	0.164
and now	-0.023
and ok	-0.036
and over	0.028
and passwo	0.02
and patien	-0.048
and phone	0.047
and questi	-0.05
and realis	0.024
and recove	-0.064
and remind	-0.022
and rest	-0.131
and rested	-0.04
and sat	0.034
and schedu	0.036
and she	-0.039
and should	0.039
and sleep	-0.027
and sorted	0.084
and stare	-0.025
and stayin	-0.039
and still	-0.031
and stretc	-0.028
and stuck	-0.021
and surviv	0.024
and talked	-0.025
and tape	0.104
and that	-0.053
and the	0.272
and then	-0.025
and they	0.038
and though	0.136
and told	-0.073
and took	0.062
and trappe	0.035
and used	-0.034
and walked	-0.027
and wanted	0.109
and watche	-0.057
and we	-0.069
and went	-0.075
and where	0.025
and who	0.029
and worked	0.042
and wrote	-0.026
angry	0.05
angry _ did	0.061
angry _ everyt	-0.041
angry _ it	0.044
angry about	0.044
angry at	-0.044
angry it	0.061
annive	-0.053
annive _ her	-0.025
annive of	-0.025
annoye	-0.039
annoye _ myself	-0.039
annoye with	-0.039
anothe _ and	0.044
anothe _ i	0.033
anothe _ to	-0.023
anothe attemp	0.044
anothe day	0.033
anothe way	-0.023
answer	-0.133
answer _ emails	-0.043
answer the	-0.077
answer three	-0.029
answer two	-0.02
antibi	-0.054
anxiet	-0.202
anxiet _ the	-0.074
anxiet throug	-0.074
anxiou	-0.086
any	0.126
any _ meetin	-0.034
any _ of	0.066
any _ out	0.022
any longer	0.022
any more	0.108
any progre	-0.035
any way	0.022
anymor	0.46
anyone	0.103
anythi	0.043
anythi _ a	-0.058
anythi for	-0.058
anythi to	0.022
anythi undone	0.05
anyway	-0.095
apolog	-0.125
applie	-0.053
applie to	-0.026
applyi	-0.052
applyi _ jobs	-0.048
applyi to	-0.048
appoin	-0.183
appoin _ late	-0.03
appoin _ my	-0.027
appoin _ not	0.065
appoin about	-0.027
appoin does	0.065
appoin runs	-0.03
approa	-0.033
are	0.205
are _ *	-0.021
are _ a	-0.028
are _ after	-0.048
are _ alive	-0.029
are _ bad	0.04
are _ deeper	0.128
are _ doing	-0.021
are _ in	0.032
are _ loud	0.029
are _ mess	0.097
are _ my	0.042
are _ now	-0.061
are _ so	-0.043
are _ therap	-0.027
are _ there	0.056
are _ to	-0.034
are _ today	0.094
are _ up	0.058
are a	0.097
are back	0.088
are bad	0.023
are better	-0.046
are covere	0.057
are dead	-0.028
are dying	-0.038
are fine	-0.026
are for	0.023
are gettin	0.128
are going	-0.021
are gone	-0.061
are left	-0.043
are lined	0.058
are loud	0.082
are marked	-0.021
are not	-0.103
are really	0.04
are right	0.031
are so	0.029
are still	0.027
are strong	0.021
arguin	-0.043
arguin _ him	-0.025
arguin with	-0.043
argume	-0.033
argume _ my	-0.053
argume with	-0.053
arm	0.328
arm _ a	0.077
arm _ it	0.028
arm _ purpos	0.043
arm again	0.091
arm on	0.024
arm open	0.048
arm tonigh	0.051
arm until	0.028
arm with	0.096
arms	0.294
arms _ a	0.06
arms _ covere	0.057
arms _ they	0.086
arms _ with	0.05
arms _ work	0.033
arms are	0.117
arms at	0.033
arms raw	0.05
arms till	0.031
arms until	0.055
around	0.124
around _ longer	0.049
around _ see	0.024
around _ weeken	-0.053
around anymor	0.036
around much	0.049
around this	-0.053
around to	0.024
articl	-0.034
as	0.073
as _ as	0.027
as _ bridge	0.058
as _ make	0.027
as _ not	0.023
as _ small	-0.038
as a	-0.033
as far	0.058
as much	-0.029
as punish	0.125
as the	0.05
as too	-0.036
as usual	-0.02
as well	0.062
ask	-0.039
asked	-0.241
asked _ a	-0.034
asked _ help	-0.1
asked _ i	0.07
asked _ sister	-0.02
asked _ to	-0.023
asked a	-0.021
asked and	0.083
asked for	-0.138
asked my	-0.028
asked the	-0.071
asked them	-0.023
asking	-0.05
asking for	-0.021
asleep	0.08
assess	-0.031
assign	-0.035
assume	-0.028
at	-0.495
at _ alone	0.054
at _ beach	-0.024
at _ beam	0.138
at _ becaus	0.035
at _ bridge	-0.024
at _ cliffs	0.024
at _ dosage	0.042
at _ edge	0.063
at _ gym	-0.081
at _ interv	-0.022
at _ leavin	-0.053
at _ meds	0.021
at _ moment	0.056
at _ partne	-0.025
at _ party	-0.076
at _ point	0.075
at _ sea	-0.025
at _ today	-0.03
at _ train	0.062
at _ traini	-0.026
at _ with	0.1
at _ your	-0.025
at a	-0.026
at all	0.045
at dawn	-0.045
at everyo	0.039
at everyt	-0.041
at her	-0.022
at home	0.026
at karaok	-0.035
at my	-0.143
at noon	-0.028
at notici	-0.025
at once	-0.04
at partie	-0.039
at peace	0.102
at physio	0.053
at quizze	-0.022
at sunset	-0.023
at the	0.063
at this	-0.062
at uni	0.022
at work	-0.136
ate	-0.12
ate _ chips	-0.052
ate _ for	0.042
ate _ green	-0.022
ate a	-0.025
ate lunch	-0.025
ate my	-0.052
ate nothin	0.042
ate someth	0.023
attack	-0.083
attack _ breath	-0.021
attack by	-0.021
attack myself	-0.044
attemp	0.251
attemp _ i	0.09
attemp _ night	0.078
attemp _ on	0.032
attemp _ year	0.046
attemp again	0.032
attemp and	0.09
attemp last	0.124
attent	-0.032
attent _ plants	-0.026
attent my	-0.026
avoida	-0.044
avoidi	-0.084
avoidi _ less	-0.021
avoidi _ sessio	-0.035
avoidi in	-0.035
avoidi slight	-0.021
away	-0.11
away _ a	-0.024
away _ favour	0.027
away _ friend	0.062
away _ i	-0.085
away _ last	-0.026
away _ month	-0.029
away _ night	-0.029
away _ old	-0.04
away _ stuff	0.026
away _ the	-0.071
away _ things	0.059
away books	-0.046
away clothe	-0.046
away for	-0.046
away from	-0.027
away last	-0.057
away my	0.075
away peacef	-0.026
away the	-0.022
awful	-0.037
awful _ at	-0.024
awful day	-0.024
baby	-0.028
back	-0.064
back _ alcoho	-0.033
back _ bed	-0.03
back _ how	-0.156
back _ i	0.027
back _ loud	0.027
back _ night	0.022
back _ normal	-0.056
back _ screen	-0.027
back _ scroll	-0.034
back _ sugar	-0.027
back _ takeaw	-0.022
back _ this	-0.03
back again	0.066
back and	0.027
back bad	0.027
back from	-0.021
back on	-0.181
back then	-0.04
back to	-0.217
backgr	-0.039
backgr _ partie	-0.039
backgr at	-0.039
bacon	-0.02
bacon sandwi	-0.02
bad	0.053
bad _ am	0.027
bad _ from	-0.024
bad _ harm	0.025
bad i	0.027
bad news	-0.024
bad night	-0.029
bad self	0.025
bad today	0.051
badly	0.021
bag	0.067
bag _ my	0.062
bag over	0.062
bagel	-0.021
bags	-0.021
bags _ for	-0.021
bags packed	-0.021
baked	-0.045
balanc	-0.023
balcon	0.148
balcon _ been	0.056
balcon has	0.056
balcon today	0.057
band	-0.052
band _ called	-0.026
band _ sick	-0.021
band is	-0.026
band was	-0.021
banged	0.024
banged _ head	0.024
banged my	0.024
barely	-0.067
barely think	-0.067
barked	0.06
barrie	0.024
baseli	-0.063
basica	0.022
bath	-0.05
batter	-0.185
batter _ dead	-0.066
batter _ my	-0.02
batter dead	-0.036
batter empty	-0.054
batter in	-0.022
batter is	-0.066
be	0.302
be _ a	-0.046
be _ about	-0.044
be _ after	0.056
be _ along	-0.028
be _ anymor	0.056
be _ at	-0.056
be _ better	0.022
be _ carefu	-0.024
be _ dawn	-0.045
be _ death	-0.098
be _ end	0.034
be _ everyo	0.023
be _ for	0.032
be _ hard	-0.056
be _ her	0.028
be _ if	0.093
be _ last	0.05
be _ mornin	-0.029
be _ much	0.066
be _ next	0.094
be _ off	0.081
be _ on	-0.165
be _ pain	0.038
be _ proble	0.022
be _ relief	0.064
be _ so	-0.024
be _ soon	0.022
be _ the	-0.065
be _ them	0.037
be _ this	-0.109
be _ time	-0.068
be _ to	-0.157
be _ tomorr	0.043
be _ with	-0.022
be _ withou	0.117
be a	0.052
be able	-0.096
be alive	0.195
be around	0.048
be at	-0.064
be back	-0.027
be better	0.121
be calm	-0.036
be confid	-0.025
be dead	0.202
be doing	0.037
be done	0.071
be erased	0.09
be fine	0.054
be free	0.035
be furthe	-0.034
be happie	0.043
be helpfu	-0.045
be here	0.195
be honest	-0.044
be like	-0.054
be looked	0.056
be my	0.05
be needin	0.024
be of	-0.026
be okay	-0.021
be on	-0.114
be over	0.078
be publis	-0.046
be reliev	0.027
be safe	0.026
be so	-0.043
be strugg	-0.022
be the	-0.066
be there	-0.03
be unfair	-0.022
be used	-0.02
be with	0.063
beach	-0.099
beach _ now	-0.046
beach _ weeken	-0.02
beach right	-0.046
beach this	-0.02
beam	0.138
beam _ the	0.138
beam in	0.138
beat	-0.033
beauti	-0.029
becaus	-0.088
becaus _ did	-0.046
becaus _ had	-0.063
becaus _ last	0.033
becaus _ the	-0.031
becaus _ want	0.025
becaus _ wanted	0.021
becaus _ will	0.055
becaus i	-0.033
become	-0.075
become _ way	-0.023
become anothe	-0.032
becomi	-0.022
becomi obsess	-0.022
bed	-0.154
bed _ how	0.037
bed _ stretc	-0.028
bed _ will	-0.042
bed before	-0.026
bed early	-0.048
bed i	-0.042
bed planni	0.037
been	0.431
been _ again	0.05
been _ all	-0.049
been _ and	-0.029
been _ at	0.022
been _ in	-0.043
been _ me	0.056
been _ my	0.208
been _ myself	0.096
been _ normal	0.029
been _ numb	-0.04
been _ of	0.033
been _ suicid	0.026
been _ ways	0.031
been _ with	0.042
been a	0.046
been avoidi	-0.058
been burnin	0.079
been callin	0.056
been cuttin	0.094
been feelin	-0.04
been giving	0.062
been months	-0.036
been planni	0.022
been resear	0.03
been sad	-0.031
been saving	-0.029
been sleepi	0.042
been stockp	0.058
been strugg	-0.029
been thinki	0.046
before	-0.37
before _ got	-0.054
before _ much	-0.041
before _ turned	0.058
before bed	-0.022
before how	-0.041
before i	0.027
before it	-0.041
before my	-0.045
before ten	-0.027
before the	-0.052
before work	-0.02
behavi	-0.053
behind _ i	-0.022
behind _ moving	-0.035
behind and	-0.035
behind where	-0.022
being	0.301
being _ hard	-0.024
being _ is	0.024
being _ one	-0.031
being _ only	-0.02
being alive	0.368
being anxiou	-0.021
being dead	0.026
being here	0.049
being me	0.022
being scared	-0.037
being so	-0.024
being the	-0.054
being tired	-0.021
believ	-0.111
believ _ finish	-0.034
believ _ if	-0.02
believ i	-0.042
believ it	-0.032
believ that	-0.02
belong	-0.032
belong _ pizza	-0.049
belong _ that	-0.027
belong _ this	0.044
belong on	-0.049
belt	0.038
belt _ night	0.038
belt last	0.038
best	-0.05
best _ attemp	-0.028
best _ i	0.032
best _ it	-0.031
best _ to	0.043
best friend	0.034
best of	-0.024
better	0.087
better _ a	0.028
better _ all	-0.02
better _ and	-0.036
better _ dead	0.147
better _ if	-0.031
better _ it	-0.03
better _ me	0.111
better _ notici	-0.025
better _ withou	0.069
better after	-0.025
better and	-0.026
better at	-0.025
better off	0.241
better than	-0.045
better withou	0.143
better yet	-0.112
big sleep	0.059
bike	-0.094
bike _ my	-0.026
bike to	-0.028
bill	-0.144
bins	-0.031
bins out	-0.02
birthd	-0.021
birthd _ over	0.026
birthd is	0.026
bit _ a	-0.03
bit _ today	-0.034
bit lighte	-0.033
bit of	-0.03
bit tired	-0.034
bite	0.02
bite _ arm	0.028
bite my	0.028
blade	0.134
blade _ my	0.072
blade again	0.024
blade agains	0.057
blades	0.042
blades _ again	0.05
blades _ and	0.023
blades _ the	-0.026
blades on	-0.026
blades out	0.05
blades today	0.023
blame	-0.034
blanke	-0.065
blanke _ weeken	-0.049
blanke all	-0.049
bleach	0.029
bled	0.143
bled _ i	0.021
bled becaus	0.021
bled the	-0.023
bleed	0.159
bleed out	0.09
bleeds	0.118
block	-0.108
blood	-0.033
blood _ few	-0.054
blood _ my	0.068
blood every	-0.054
blood from	0.068
blood test	-0.028
blood today	-0.034
blue	-0.087
boat	-0.029
boat _ this	-0.022
boat proper	-0.022
boats	-0.02
body	0.057
body _ like	0.029
body _ not	0.034
body does	0.034
body feels	0.029
boil	-0.061
boil _ egg	-0.061
boil an	-0.061
book	-0.297
book _ grief	-0.028
book _ weeken	-0.024
book about	-0.037
book again	-0.031
book all	-0.038
book tonigh	-0.06
booked	-0.183
booked a	-0.043
booked the	-0.077
booked therap	-0.021
books	-0.078
books _ no	-0.046
books i	-0.046
boots	-0.037
boots _ this	-0.037
boots after	-0.037
booze	0.026
booze _ purpos	0.026
booze on	0.026
bored	-0.05
bored _ death	-0.05
bored to	-0.05
born	0.146
boss	-0.187
boss _ kill	-0.059
boss _ me	-0.075
boss emails	-0.042
boss killed	-0.032
boss will	-0.059
bother	0.045
bother _ alive	0.036
bother _ live	0.021
bother stayin	0.036
bottle	0.118
bottle _ pills	0.054
bottle _ vodka	0.052
bottle of	0.091
bottom	0.02
bottom _ no	0.02
bottom so	0.02
bought	0.332
bought _ and	0.067
bought _ blades	0.023
bought _ charco	0.104
bought _ for	-0.033
bought _ from	0.108
bought _ knife	0.034
bought _ lot	0.029
bought _ ones	-0.022
bought _ rope	0.087
bought _ shoes	-0.02
bought a	0.13
bought bread	0.067
bought parace	0.098
bought rope	-0.023
bought the	0.104
bounce	-0.029
bounce _ from	-0.021
bounce back	-0.029
bounda	-0.024
box	-0.043
box too	0.023
boxes _ pills	0.049
boxes of	0.049
boyfri	-0.064
boyfri tomorr	-0.064
brain	0.035
brain _ tellin	0.062
brain _ there	-0.021
brain keeps	0.062
brain that	-0.021
brb	-0.029
brb _ to	-0.029
brb going	-0.029
bread	0.031
bread _ a	0.067
bread and	0.067
break	-0.052
breakf	-0.038
breath	-0.134
breath exerci	-0.039
bridge	0.082
bridge _ for	-0.087
bridge _ holida	-0.024
bridge _ i	0.058
bridge _ now	0.022
bridge _ sat	0.034
bridge _ the	-0.027
bridge _ tonigh	-0.071
bridge _ town	-0.024
bridge _ was	-0.058
bridge _ watche	-0.04
bridge before	0.058
bridge club	-0.071
bridge into	-0.021
bridge made	-0.028
bridge on	-0.027
bridge right	0.022
bridge to	-0.032
bridge waitin	-0.058
bring	0.086
bring _ the	0.108
bring on	0.108
brings	-0.033
brings _ so	-0.021
brings me	-0.021
brothe	-0.094
brothe again	-0.028
brough	-0.041
brough _ the	-0.035
brough up	-0.035
bruise	0.1
brush	0.02
brush _ teeth	0.02
brush your	0.02
brutal	-0.039
brutal ending	-0.039
budget	-0.052
build	-0.024
bunch	0.049
bunch _ pills	0.037
bunch of	0.049
bungee	-0.051
bungee _ for	-0.027
bungee _ off	-0.024
bungee jump	-0.027
bungee jumped	-0.024
burden	0.274
burden _ at	-0.03
burden _ everyo	0.073
burden _ me	0.032
burden _ my	0.076
burden _ should	0.028
burden _ think	-0.038
burden and	0.033
burden carrie	-0.03
burden i	-0.038
burden like	0.032
burden on	0.036
burden to	0.127
burned	0.163
burned _ arm	0.061
burned _ on	0.025
burned _ skin	0.03
burned _ with	0.088
burned a	-0.021
burned my	0.074
burned myself	0.126
burnin	0.118
burnin _ skin	0.023
burnin _ to	0.039
burnin _ with	0.049
burnin my	0.023
burnin myself	0.095
burnou	-0.035
burnt	0.215
burnt _ arm	0.078
burnt _ hand	-0.026
burnt _ with	0.034
burnt _ wrist	0.075
burnt my	0.127
burnt myself	0.089
bus	0.07
bus _ hit	0.027
bus _ i	-0.021
bus _ me	0.041
bus _ soon	-0.025
bus comes	-0.025
bus hits	0.041
bus so	-0.021
bus would	0.027
busy	-0.046
by _ car	0.051
by _ commen	-0.02
by _ eating	0.025
by _ end	0.027
by _ i	-0.047
by _ it	0.053
by _ reserv	0.032
by _ sea	-0.046
by _ thread	0.031
by _ tracks	0.107
by a	0.086
by breath	-0.021
by disapp	0.023
by eight	-0.037
by friday	-0.052
by not	0.025
by now	-0.102
by the	0.073
by tomorr	0.053
c:burden+end	0.199
c:burden+end+vanish	0.03
c:burden+goodbye	0.02
c:burden+goodbye+noway	-0.037
c:burden+means	-0.066
c:burden+vanish	0.104
c:end	0.998
c:end+goodbye	-0.032
c:end+goodbye+noway	-0.116
c:end+goodbye+vanish	-0.022
c:end+means	-0.155
c:end+noway	0.087
c:end+vanish	0.108
c:goodbye	0.534
c:goodbye+means	-0.044
c:goodbye+means+noway+vanish	0.045
c:goodbye+noway	0.029
c:goodbye+noway+vanish	-0.08
c:goodbye+vanish	0.084
c:i+burden	0.329
c:i+end	-0.082
c:i+goodbye	0.268
c:i+means	0.588
c:i+noway	0.17
c:i+vanish	0.288
c:means	0.974
c:means+noway	0.07
c:means+vanish	-0.043
c:noway	0.484
c:noway+vanish	0.093
c:vanish	0.166
cabin	-0.043
cabin _ a	-0.043
cabin for	-0.043
cake	-0.115
call	-0.148
call with	-0.022
called	-0.057
called _ and	-0.029
called _ friend	-0.04
called _ letter	-0.026
called _ sister	0.155
called _ small	-0.025
called a	-0.043
called dead	-0.026
called more	-0.033
called my	0.123
called the	-0.028
called too	-0.025
callin	0.037
callin _ tomorr	-0.058
callin me	0.091
callin them	-0.058
calls	-0.037
calm _ that	0.047
calm now	0.047
calmin	-0.023
calmly	-0.129
calms	0.049
calms _ down	0.049
calms me	0.049
calori	-0.028
calori _ in	-0.021
calori are	-0.021
came	0.064
came _ again	0.044
came _ and	0.053
came _ at	0.022
came _ close	0.042
came _ waves	-0.033
came home	0.058
came in	-0.045
came out	0.041
came round	0.034
came so	0.042
campin	-0.055
can _ anythi	-0.049
can _ be	-0.058
can _ believ	-0.042
can _ cope	0.066
can _ deal	-0.023
can _ do	0.031
can _ go	0.062
can _ helpfu	-0.041
can _ honest	-0.044
can _ i	-0.039
can _ in	0.084
can _ insign	-0.025
can _ it	-0.024
can _ keep	0.053
can _ live	0.039
can _ motiva	-0.027
can _ my	-0.057
can _ pictur	0.021
can _ promis	-0.036
can _ see	0.085
can _ show	-0.028
can _ stay	0.031
can _ take	0.026
can _ wait	0.061
can _ with	0.039
can _ withou	0.05
can also	-0.069
can be	-0.166
can do	-0.054
can feel	-0.037
can find	-0.024
can get	0.084
can go	0.115
can help	-0.073
can keep	0.02
can not	0.364
can reorde	-0.043
can rest	-0.033
can take	-0.023
cancel	0.03
cancel _ gym	0.06
cancel _ phone	0.061
cancel _ subscr	-0.035
cancel _ to	-0.04
cancel a	-0.035
cancel my	0.121
cancel plans	-0.04
cancer	0.112
cancer _ die	0.028
cancer _ died	0.035
cancer _ me	0.048
cancer and	0.063
cancer takes	0.048
candle	-0.067
car	0.349
car _ an	0.034
car _ is	0.047
car _ me	0.029
car _ purpos	0.087
car _ roof	0.035
car _ the	0.056
car _ to	-0.034
car batter	-0.051
car exhaus	0.092
car for	0.034
car hits	0.021
car i	0.022
car on	0.062
car park	0.114
car with	0.081
carbs	-0.048
carbs again	-0.048
card	-0.065
card _ a	-0.025
card for	-0.028
care	0.205
care _ i	0.117
care _ on	0.062
care _ the	0.024
care _ this	0.025
care if	0.174
care instru	0.062
carefu	-0.026
cares	0.026
cares _ i	0.026
cares if	0.026
carrie	-0.03
carrie _ work	-0.03
carrie at	-0.03
carryi	0.049
carryi on	0.054
carved	0.108
carved _ my	0.023
carved _ word	0.089
carved a	0.085
carved into	0.023
case	0.08
cat _ me	-0.021
cat _ the	-0.022
cat brings	-0.021
cat died	-0.028
cat knocke	-0.033
catast	-0.025
catch	0.037
catch _ bus	0.037
catch the	0.037
cats	0.051
cats _ instru	0.051
cats care	0.062
caught	-0.157
caught _ thinki	-0.05
caught _ train	-0.022
caught myself	-0.05
caught the	-0.061
cba	0.099
cba _ being	0.099
cba with	0.099
cease	0.032
celebr	-0.066
celebr _ wins	-0.029
celebr small	-0.029
challe	-0.063
challe _ though	-0.042
challe the	-0.042
chance	0.029
chance again	0.032
change	-0.256
change _ attack	-0.044
change _ happen	-0.022
change _ not	-0.046
change may	-0.025
change rarely	-0.022
change withou	-0.044
changi	-0.067
chapte	-0.21
chapte _ move	-0.025
chapte _ puttin	-0.021
chapte and	-0.025
chapte withou	-0.021
charac	-0.05
charac died	-0.032
charco	0.104
charco _ tape	0.104
charco and	0.104
chargi	-0.028
chargi _ now	-0.028
chargi it	-0.028
charit	-0.063
chat	-0.037
check	-0.056
check _ exs	-0.036
check _ for	0.029
check _ phone	-0.049
check my	-0.085
check out	0.036
checke	0.041
checke _ eviden	-0.046
checke _ high	0.098
checke how	0.098
checke the	-0.046
checki	0.102
checki _ of	-0.02
checki _ soon	0.042
checki out	0.1
chemis	-0.032
chest	-0.02
chips	-0.099
choice	-0.053
choose	-0.035
choosi	-0.048
choosi _ keep	-0.032
choosi to	-0.038
chop	-0.028
chop veg	-0.028
choppi	-0.06
choppi onions	-0.06
chosen	0.031
chosen _ way	0.031
chosen the	0.031
christ	0.029
christ _ am	0.023
christ i	0.023
chroni	-0.037
chroni _ was	-0.037
chroni pain	-0.037
cigare	0.153
cinema	-0.049
cinema tonigh	-0.044
cities	-0.025
clappe	-0.034
clappe along	-0.034
clarit	-0.043
class	-0.181
class _ killed	-0.022
class nearly	-0.022
clean	-0.123
clean _ cuttin	-0.036
clean _ self	-0.049
clean _ up	0.052
clean from	-0.099
clean it	0.052
clean today	-0.036
cleane	0.13
cleane _ house	0.02
cleane _ kitche	0.243
cleane _ up	-0.025
cleane it	-0.066
cleane out	-0.033
cleane the	0.246
cleani _ the	0.068
cleani up	0.068
clear	0.031
clear head	0.039
cleare	-0.04
cleare my	-0.03
clearl	-0.023
client	-0.067
client _ about	-0.025
client talked	-0.025
cliff _ and	0.029
cliff _ now	0.036
cliff _ on	-0.021
cliff for	-0.034
cliff jumpin	-0.021
cliff right	0.036
cliff today	0.029
cliffs	0.094
cliffs _ see	0.07
cliffs _ too	0.024
cliffs for	0.024
cliffs to	0.07
climbi	-0.071
climbi wall	-0.032
clinic	-0.041
clinic useful	-0.022
clocki	0.043
clocki _ of	0.043
clocki out	0.043
close	0.092
close _ giving	0.034
close _ jumpin	0.042
close to	0.092
closer	-0.057
closer _ saying	-0.025
closer to	-0.037
clothe	-0.115
clothe _ do	-0.046
clothe _ hating	-0.033
clothe i	-0.046
clothe withou	-0.033
club	-0.071
club tonigh	-0.071
coast	-0.036
coat	-0.049
coat on	-0.049
coffee	-0.178
coffee _ now	-0.052
coffee intake	-0.031
coffee right	-0.052
cognit	-0.027
cold	-0.087
collea	-0.071
collea _ is	-0.025
collea who	-0.03
come	0.13
come _ my	0.039
come _ to	-0.037
come back	0.088
come to	0.039
comes	0.039
comes _ bad	0.027
comes back	0.027
comes soon	-0.025
comfor	-0.051
comfor zone	-0.03
commen	-0.02
commen _ much	-0.02
commen as	-0.02
commit	0.024
commut is	-0.023
compar	-0.162
compar _ last	-0.064
compar _ with	-0.046
compar myself	-0.033
compar with	-0.084
compas	-0.144
compas _ i	-0.03
compas when	-0.03
comple	0.062
comple hopele	0.078
concer	-0.071
concer _ loud	-0.021
concer was	-0.021
confid	-0.062
confid _ now	-0.028
confid by	-0.028
consid _ everyt	0.04
consid _ if	-0.039
consid _ my	-0.022
consid suicid	0.021
consid therap	-0.048
consis	-0.033
consta	0.042
contra	0.052
cook	-0.088
cook _ today	-0.021
cook twice	-0.021
cooked	-0.172
cooked a	-0.022
cooked the	-0.067
cookin class	-0.029
cope	0.117
cope _ more	0.064
cope any	0.064
copes	-0.041
copes _ than	-0.041
copes better	-0.041
coping	-0.023
corner	-0.023
costs	-0.03
costs _ renew	-0.03
costs to	-0.03
could _ a	-0.057
could _ cancer	0.028
could _ drive	0.041
could _ happy	-0.048
could _ have	-0.034
could _ not	0.021
could _ the	0.044
could _ think	-0.043
could barely	-0.067
could be	-0.025
could crash	0.033
could die	-0.032
could disapp	0.029
could get	0.028
could have	-0.033
could just	0.096
could murder	-0.047
could not	-0.032
could stop	0.021
count	-0.041
counte	-0.037
counte _ many	-0.037
counte _ twice	0.021
counte how	-0.037
counte my	-0.031
counte them	0.021
counti	0.048
counti _ the	0.037
counti down	0.037
counts	-0.052
course	-0.061
covere	0.057
covere _ fresh	0.057
covere in	0.057
covers	0.083
covers suicid	0.083
covid	-0.029
crash	0.153
crash _ car	0.052
crash _ do	0.046
crash the	0.033
crash will	0.046
crashe	0.073
crashi	0.053
crashi _ car	0.053
crashi the	0.053
cream	-0.02
create	-0.05
creati	-0.021
credit	-0.025
credit card	-0.025
creepi	0.036
creepi back	0.036
cried	-0.05
cried _ i	0.023
cried _ mum	-0.022
cried _ the	-0.042
cried _ wanted	0.079
cried about	-0.022
cried and	0.079
cried at	-0.031
cried becaus	0.023
crisis	-0.037
crisis _ came	0.034
crisis line	-0.045
crisis team	0.023
critic	-0.035
crosse	-0.046
crosse _ bridge	-0.046
crosse the	-0.046
crossw	-0.021
crowde	-0.065
cry	-0.141
crying	-0.119
crying earlie	-0.062
ctb	0.411
ctb _ all	0.106
ctb _ are	0.04
ctb _ lot	0.034
ctb _ maybe	0.056
ctb a	0.034
ctb though	0.146
ctb tonigh	0.089
cube	-0.021
cube trick	-0.021
cup	-0.072
cup _ tea	-0.056
cup of	-0.056
cupboa _ lined	0.02
cupboa and	0.02
curb	0.06
curb _ lookin	0.06
curb withou	0.06
curry	-0.05
curtai	-0.039
curtai _ day	-0.025
curtai every	-0.025
cut	-0.329
cut _ arm	0.051
cut _ back	0.058
cut _ deep	0.027
cut _ even	-0.044
cut _ finger	-0.06
cut _ fringe	-0.083
cut _ grass	-0.048
cut _ hair	-0.081
cut _ hedge	-0.028
cut _ my	-0.04
cut _ nails	-0.032
cut _ need	0.02
cut _ on	-0.154
cut _ own	-0.029
cut _ really	0.095
cut _ screen	-0.061
cut _ than	0.062
cut _ today	-0.065
cut _ toenai	-0.03
cut _ tonigh	0.079
cut _ two	-0.069
cut _ with	-0.037
cut _ wrists	0.057
cut again	0.092
cut are	0.031
cut back	-0.102
cut deep	0.05
cut deeper	0.062
cut down	-0.134
cut i	0.02
cut in	-0.069
cut is	0.123
cut my	-0.304
cut myself	0.102
cut on	-0.021
cut out	-0.031
cut the	-0.121
cut ties	-0.037
cut today	-0.035
cut too	0.027
cuts	0.306
cuts _ gettin	0.069
cuts _ my	0.065
cuts _ night	0.06
cuts again	0.055
cuts are	0.069
cuts every	0.06
cuts on	0.065
cuttin	0.08
cuttin _ again	-0.043
cuttin _ my	-0.031
cuttin _ on	-0.06
cuttin _ screen	-0.034
cuttin _ thighs	0.027
cuttin again	0.114
cuttin back	-0.06
cuttin carbs	-0.048
cuttin down	-0.064
cuttin my	0.031
cuttin today	-0.021
cycled	-0.024
cycled _ work	-0.024
cycled to	-0.024
dad	-0.05
dad _ just	0.043
dad tonigh	0.043
dads _ and	-0.021
dads grave	-0.026
danced	-0.035
danced _ the	-0.026
danced in	-0.035
danger	0.027
danger _ myself	0.027
danger to	0.027
dark	-0.1
dark _ and	-0.029
dark _ last	-0.061
dark room	-0.021
dark though	-0.071
date	0.172
date _ it	0.079
date _ kill	0.021
date for	0.074
date picked	0.076
date to	0.021
dawn	-0.045
day	-0.054
day _ hard	0.02
day _ the	-0.03
day _ this	-0.028
day _ tomorr	0.053
day _ travel	-0.051
day _ uni	0.022
day _ wished	0.033
day _ work	0.026
day _ would	0.049
day after	-0.051
day and	-0.028
day i	0.116
day is	0.036
day its	0.02
day like	-0.028
day off	-0.038
day today	0.03
daydre	0.062
daydre _ dying	0.062
daydre about	0.062
dayris	-0.024
days _ from	-0.035
days _ i	0.079
days clean	-0.058
days i	0.026
days so	0.042
days to	0.021
days until	0.037
dead	0.025
dead _ after	-0.025
dead _ all	-0.026
dead _ i	-0.064
dead _ in	-0.034
dead _ joke	-0.031
dead _ leg	-0.028
dead _ new	-0.024
dead _ sunset	-0.044
dead _ that	-0.022
dead _ ugh	-0.038
dead _ video	-0.031
dead _ woke	-0.029
dead after	-0.05
dead again	-0.038
dead and	-0.029
dead by	0.027
dead for	-0.026
dead gorgeo	-0.044
dead has	-0.024
dead last	-0.034
dead letter	-0.026
dead people	0.039
dead so	-0.058
dead than	0.02
dead that	-0.062
deadli	-0.097
deadli everyw	-0.023
deadli met	-0.035
deadli pb	-0.022
deal	0.031
deal _ it	0.02
deal _ the	-0.023
deal with	0.031
death	0.186
death _ be	0.065
death _ concer	-0.021
death _ like	0.075
death _ maths	-0.035
death _ me	-0.067
death _ peacef	0.084
death _ spider	-0.045
death annive	-0.028
death basica	0.022
death calms	0.031
death in	-0.06
death is	0.021
death metal	-0.021
death of	-0.142
death seems	0.039
death sounds	0.12
death would	0.065
debts	0.079
debts _ cancel	0.061
debts and	0.061
decide	0.091
decide _ is	0.02
decide it	0.02
decisi	0.182
decisi _ go	0.1
decisi made	0.072
decisi to	0.1
decora	-0.03
decora _ spare	-0.03
decora the	-0.03
deep	0.077
deep _ time	0.052
deep _ youtub	-0.049
deep into	-0.049
deep this	0.052
deep tonigh	0.05
deeper	0.257
deeper _ time	0.021
deeper _ usual	0.108
deeper than	0.108
deeply	-0.03
deeply person	-0.021
delete	0.103
deleti	0.071
deleti soon	0.071
dentis	-0.082
depres	-0.082
deserv	0.359
deserv _ be	0.063
deserv _ break	-0.035
deserv _ die	0.037
deserv _ hurt	0.084
deserv _ keep	0.034
deserv _ live	0.044
deserv _ pain	0.097
deserv _ than	0.048
deserv a	-0.047
deserv better	0.048
deserv the	0.097
deserv to	0.261
desk	0.05
desk _ i	0.028
desk and	0.028
despit	-0.04
despit _ uncert	-0.032
despit feelin	-0.032
did	-0.484
did _ becaus	-0.021
did _ breath	-0.034
did _ budget	-0.034
did _ check	-0.042
did _ cut	-0.08
did _ do	-0.022
did _ end	-0.04
did _ exist	0.027
did _ feel	-0.02
did _ go	0.037
did _ harm	0.114
did _ hurt	-0.064
did _ learn	-0.025
did _ shift	0.03
did _ shoppi	0.218
did _ tell	0.056
did _ twice	-0.034
did _ unders	-0.02
did _ want	-0.348
did _ work	0.131
did i	-0.069
did it	-0.031
did my	-0.055
did not	-0.477
did self	0.114
did the	0.179
die	0.169
die _ a	-0.026
die _ after	-0.048
die _ an	0.023
die _ bad	0.028
die _ day	-0.06
die _ do	-0.06
die _ give	-0.035
die _ my	-0.045
die _ run	-0.027
die _ sing	-0.034
die _ single	0.02
die _ stage	-0.075
die _ the	-0.022
die _ this	-0.049
die _ wear	-0.036
die every	-0.04
die for	-0.119
die happy	-0.048
die in	0.085
die on	-0.124
die so	0.043
die than	-0.174
die though	0.029
die withou	-0.046
die young	0.033
died	-0.279
died _ essay	-0.034
died _ i	-0.099
died _ march	-0.022
died _ year	-0.047
died and	-0.066
died last	-0.047
died mid	-0.038
died on	-0.036
died so	-0.025
died tomorr	0.031
died when	-0.035
died while	-0.022
dies	-0.059
dies _ the	-0.041
dies at	-0.041
differ	0.107
differ _ today	0.05
differ lately	0.077
differ shops	0.108
diffic	-0.075
dinner	-0.201
dinner _ the	0.028
dinner for	0.028
dinner soon	-0.021
dirt	0.029
dirt nap	0.029
disapp	0.082
disapp _ a	-0.213
disapp _ the	-0.042
disapp _ woke	0.04
disapp foreve	0.085
disapp i	0.04
disapp into	-0.146
disapp to	-0.043
disapp under	-0.065
discou	-0.034
dishes	-0.049
dismis	-0.061
dismis _ too	-0.036
dismis as	-0.036
dismis progre	-0.021
disser	-0.02
do	0.328
do _ a	0.046
do _ after	0.065
do _ again	-0.06
do _ all	-0.106
do _ and	0.023
do _ anymor	0.05
do _ care	0.056
do _ deserv	0.068
do _ die	-0.075
do _ even	0.036
do _ feel	0.055
do _ have	-0.101
do _ in	0.042
do _ make	0.028
do _ myself	0.025
do _ of	-0.043
do _ start	-0.035
do _ stop	-0.033
do _ stupid	0.027
do _ surviv	0.034
do _ think	0.043
do _ to	0.024
do _ trust	0.032
do _ use	-0.035
do _ wake	0.056
do _ wear	-0.046
do _ when	0.056
do all	-0.029
do anythi	-0.035
do i	-0.078
do it	0.327
do karaok	-0.06
do list	-0.042
do maths	-0.034
do me	0.046
do much	-0.02
do myself	0.042
do not	0.096
do someth	0.038
do this	0.05
do to	0.025
doctor	-0.188
doctor _ me	-0.07
doctor appoin	-0.026
doctor gave	-0.07
doctor plan	-0.027
does	-0.041
does _ always	-0.022
does _ count	-0.02
does _ deserv	0.034
does _ die	-0.046
does _ dishes	-0.02
does _ help	0.065
does _ know	0.051
does _ look	-0.027
does _ mean	-0.046
does _ rain	-0.029
does _ want	0.044
does not	-0.025
does the	-0.02
dog	0.156
dog _ a	0.055
dog _ looked	0.024
dog _ my	0.049
dog _ the	-0.137
dog _ though	0.036
dog and	0.061
dog barked	0.06
dog in	0.042
dog is	-0.048
dog round	-0.106
dog to	0.066
dogs	-0.029
dogs _ is	-0.029
dogs life	-0.029
doing _ a	0.04
doing _ hike	-0.053
doing enough	-0.021
doing everyo	0.023
doing my	-0.029
doing someth	0.074
doing that	-0.053
donate	-0.027
done	0.058
done _ chemis	-0.029
done _ everyt	0.032
done _ exams	-0.059
done _ life	0.202
done _ living	0.087
done _ my	-0.07
done _ people	-0.032
done _ the	-0.147
done _ time	-0.029
done _ to	0.037
done _ today	-0.041
done _ winter	-0.03
done carefu	-0.024
done fighti	0.025
done for	-0.063
done i	0.02
done on	-0.029
done the	-0.03
done waitin	0.032
done wit	0.029
done with	-0.086
door	-0.059
door _ it	0.028
door _ stop	-0.049
door to	-0.049
door until	0.028
dosage	0.042
dosage _ worked	0.042
dosage and	0.042
dose	0.081
dose _ actual	0.031
dose _ parace	0.062
dose of	0.082
dose would	0.031
doses	0.113
down	-0.246
down _ ages	0.043
down _ coffee	-0.065
down _ days	0.037
down _ felt	-0.033
down _ me	0.024
down _ time	-0.034
down a	-0.027
down and	-0.033
down for	0.043
down my	-0.051
down on	-0.051
down screen	-0.034
down the	0.035
down today	-0.065
down with	0.024
drafte	0.082
drafte _ messag	0.082
drafte a	0.082
draini	-0.025
dramat	-0.042
drank	-0.082
drank _ all	-0.054
drank _ bottle	0.052
drank _ took	0.038
drank _ until	-0.046
drank _ water	-0.048
drank a	0.052
drank and	0.038
drank bleach	0.029
drank enough	-0.036
drank water	-0.138
drawer	0.117
dress	-0.041
dress _ have	-0.041
dress i	-0.041
dresse	-0.095
dresse _ the	0.039
dresse for	0.039
drew _ a	0.023
drew a	-0.029
drew me	0.023
drinki _ to	0.022
drinki myself	0.022
drive	0.131
drive _ a	0.048
drive _ i	0.028
drive _ no	-0.024
drive _ the	0.056
drive after	-0.024
drive home	0.038
drive into	0.084
drive off	0.038
drivin	0.043
drivin _ a	0.063
drivin _ fast	0.02
drivin _ the	0.06
drivin into	0.09
drivin off	0.033
drivin over	-0.046
drivin test	-0.055
drivin too	0.02
drop	-0.044
drop _ gorgeo	-0.044
drop dead	-0.044
drove	-0.06
drove _ work	-0.037
drove home	-0.021
drove off	-0.022
drowni	0.039
drowni _ in	0.039
drowni myself	0.039
ducks	-0.032
during	-0.027
during _ panic	-0.021
during a	-0.021
duvet	-0.024
duvet day	-0.024
dye	-0.076
dye _ hair	-0.076
dye my	-0.076
dying	0.098
dying _ a	-0.08
dying _ i	-0.023
dying _ like	0.068
dying _ lot	0.026
dying _ not	0.038
dying _ these	-0.025
dying a	0.026
dying feels	0.028
dying for	-0.072
dying in	-0.025
dying sounds	0.04
dying will	0.032
e	0.054
e _ stitch	0.041
e for	0.041
each	-0.059
each day	-0.034
earlie _ did	0.051
earlie and	0.051
early	-0.495
early _ i	-0.023
early _ never	-0.03
early _ rest	-0.048
early and	-0.096
early night	-0.055
early tonigh	-0.07
earth	0.025
easier _ stop	-0.032
easier to	-0.034
easier when	-0.024
easy to	-0.021
eating	0.082
eating _ i	0.094
eating so	0.092
edge	0.097
edge _ my	-0.03
edge _ than	0.051
edge _ the	0.123
edge longer	0.051
edge of	0.093
effect	-0.027
effica	-0.022
effort	-0.084
egg	-0.061
egg perfec	-0.032
eight	-0.054
else	-0.107
else _ better	-0.041
else _ fine	-0.039
else _ not	-0.036
else copes	-0.041
else had	-0.036
else manage	-0.039
elses	-0.02
email	-0.109
email _ will	-0.046
email addres	-0.046
emails	-0.241
emails _ had	-0.022
emails _ one	-0.042
emails _ puttin	-0.027
emails i	-0.022
emails me	-0.042
emails withou	-0.027
embarr	-0.046
embarr myself	-0.046
emotio	-0.081
empty	0.073
empty _ done	0.133
empty and	0.133
end	0.2
end _ all	0.061
end _ an	-0.022
end _ argume	-0.053
end _ back	-0.04
end _ chapte	-0.025
end _ life	0.035
end _ marley	-0.027
end _ me	-0.049
end _ my	0.022
end _ on	0.027
end _ term	-0.028
end _ the	-0.074
end _ this	0.033
end _ tonigh	0.041
end _ with	-0.128
end _ workou	-0.028
end everyt	0.023
end it	0.156
end my	0.054
end of	-0.191
end things	0.064
end this	-0.059
ended	-0.229
ended _ going	-0.02
ended _ having	-0.024
ended _ in	0.047
ended _ overdr	-0.022
ended _ relati	-0.032
ended _ subscr	-0.022
ended _ with	-0.04
ended a	-0.042
ended my	-0.044
ended the	-0.058
ended things	-0.04
ending	0.3
ending _ all	0.038
ending _ englis	-0.023
ending _ friend	-0.033
ending _ gym	-0.038
ending _ is	0.036
ending _ life	0.125
ending _ me	-0.047
ending _ tonigh	0.037
ending everyt	0.04
ending for	-0.023
ending it	0.278
ending made	-0.031
ending my	0.069
ending things	0.054
ending toxic	-0.033
ends	0.053
ends _ everyo	-0.02
ends _ weeken	0.086
ends this	0.086
ends with	-0.02
energy	-0.053
energy _ cook	-0.021
energy to	-0.021
engine	0.081
engine _ in	0.081
engine runnin	0.081
englis	-0.023
englis class	-0.023
enjoye	-0.034
enjoye _ river	-0.023
enjoye the	-0.023
enough	-0.166
enough _ saved	0.072
enough _ say	-0.031
enough _ talk	-0.027
enough _ to	-0.021
enough energy	-0.021
enough pills	0.033
enough tablet	0.038
enough to	-0.074
enough water	-0.036
entry	0.135
envy	0.072
envy _ people	0.039
envy _ who	0.033
envy dead	0.039
envy people	0.033
episod	-0.021
episod _ the	-0.021
episod of	-0.021
era	-0.022
erased	0.09
escape	0.042
escape _ dying	0.042
escape except	0.042
especi	-0.031
essay	0.09
even	-0.043
even _ i	-0.123
even _ if	0.045
even _ it	-0.071
even _ me	0.027
even _ point	0.083
even _ stayin	0.036
even _ your	0.02
even bother	0.036
even brush	0.02
even if	-0.058
even miss	0.027
even notice	0.035
even the	0.083
even though	-0.131
even when	-0.04
evenin	-0.066
ever	0.109
ever _ back	-0.036
ever _ ever	0.038
ever _ so	0.039
ever _ to	0.079
ever and	0.038
ever get	-0.03
ever going	0.079
ever hurt	0.039
every	0.051
every _ and	0.029
every _ day	0.02
every _ i	0.042
every _ months	-0.054
every day	-0.03
every few	-0.054
every mornin	0.029
every night	0.062
every room	0.025
every single	0.02
every time	0.021
everyb	0.026
everyo	0.303
everyo _ be	0.038
everyo _ copes	-0.041
everyo _ ever	0.039
everyo _ favour	0.023
everyo _ goodby	-0.02
everyo _ love	0.044
everyo _ manage	-0.039
everyo _ my	-0.03
everyo _ off	0.033
everyo _ the	-0.037
everyo a	0.023
everyo asleep	0.046
everyo at	-0.041
everyo better	0.033
everyo else	-0.08
everyo i	0.084
everyo on	-0.026
everyo quietl	0.034
everyo saying	-0.02
everyo today	0.033
everyo would	0.042
everyt	0.392
everyt _ and	-0.035
everyt _ away	0.021
everyt _ easier	-0.024
everyt _ fine	-0.027
everyt _ heavy	-0.026
everyt _ it	0.06
everyt _ my	0.058
everyt _ need	0.028
everyt _ stop	0.021
everyt behind	-0.035
everyt felt	-0.026
everyt i	0.028
everyt in	0.06
everyt is	-0.027
everyt square	0.021
everyt to	0.111
everyt today	-0.041
everyw	-0.031
eviden	-0.11
eviden _ effort	-0.023
eviden that	-0.024
ex	-0.056
exam	-0.21
exam _ be	-0.049
exam will	-0.049
exampl	-0.029
exams	-0.083
exams foreve	-0.039
except	0.06
except dying	0.06
exerci	-0.053
exhaus	0.122
exhaus _ being	0.033
exhaus _ i	0.021
exhaus _ living	0.049
exhaus and	0.021
exhaus from	0.049
exhaus of	0.033
exist	0.189
existi	0.358
existi _ too	0.073
existi hurts	0.073
exit	0.079
expect	-0.028
expect _ to	-0.024
experi	-0.027
explai	-0.021
exs	-0.036
exs profil	-0.036
extra	-0.111
extra shift	-0.108
eyes	-0.038
eyes _ this	-0.038
eyes off	-0.038
face	0.021
face _ it	0.053
face till	0.053
fade	0.058
fade _ the	-0.039
fade away	0.029
fade into	-0.039
fail _ test	-0.029
fail this	-0.029
failed	-0.039
failed _ drivin	-0.031
failed my	-0.031
failur	-0.06
failur at	-0.03
fair	-0.03
fall _ all	-0.02
fall into	-0.02
family	0.141
family _ be	0.048
family _ better	0.041
family deserv	0.037
family would	0.048
fantas	0.054
fantas _ my	0.054
fantas about	0.054
far	0.023
far _ have	-0.03
far _ the	0.058
far as	0.058
fast _ i	0.028
fast hoping	0.02
faster	-0.021
faster than	-0.031
favour	0.055
favour _ disapp	0.023
favour _ today	0.027
favour by	0.023
favour stuff	0.027
fed	0.079
fed _ cat	0.036
fed _ of	0.06
fed the	0.032
fed up	0.047
feel	0.35
feel _ a	0.023
feel _ about	-0.034
feel _ and	0.062
feel _ at	0.027
feel _ calm	0.072
feel _ cookin	-0.02
feel _ dying	0.04
feel _ i	0.042
feel _ now	0.035
feel _ succes	-0.025
feel _ such	0.04
feel _ that	0.024
feel _ with	0.064
feel about	0.024
feel calm	0.035
feel hopele	0.039
feel insign	-0.025
feel lighte	-0.032
feel like	0.132
feel pain	0.068
feel sad	-0.034
feel safe	0.099
feel sick	0.023
feel someth	0.076
feel stuck	-0.053
feel suicid	0.025
feel unsafe	0.025
feel weirdl	0.072
feelin	-0.155
feelin _ back	0.037
feelin _ ending	0.035
feelin _ i	-0.027
feelin _ lately	-0.04
feelin _ of	-0.029
feelin _ or	-0.032
feelin _ suicid	0.119
feelin _ ten	-0.061
feelin _ today	0.036
feelin _ tonigh	0.022
feelin are	0.037
feelin better	-0.07
feelin for	-0.061
feelin hopefu	-0.035
feelin instea	-0.029
feelin like	0.028
feelin numb	-0.04
feelin really	0.119
feelin suicid	0.075
feelin uncert	-0.032
feels	0.03
feels _ a	0.029
feels _ nothin	-0.033
feels _ relief	0.028
feels _ the	0.059
feels closer	-0.02
feels final	0.023
feels like	0.082
feet	-0.057
feet _ dying	-0.038
feet are	-0.051
fell	-0.027
felt	-0.616
felt _ a	-0.029
felt _ about	-0.057
felt _ after	-0.033
felt _ all	-0.037
felt _ bit	-0.033
felt _ enough	-0.074
felt _ giving	-0.046
felt _ hiding	-0.025
felt _ i	-0.04
felt _ low	-0.027
felt _ the	0.049
felt _ years	-0.038
felt a	-0.033
felt anxiou	-0.036
felt better	-0.055
felt final	0.055
felt good	-0.022
felt heavy	-0.026
felt hopele	-0.062
felt lighte	-0.064
felt like	-0.095
felt lonely	-0.032
felt proud	0.072
felt really	-0.027
felt safe	-0.086
felt suicid	-0.051
felt worthl	-0.033
few	-0.123
few _ ago	-0.057
few months	-0.054
few weeks	-0.057
fields	-0.021
fields _ marked	-0.021
fields are	-0.021
fight	0.053
fight _ if	0.021
fight _ stay	0.033
fight it	0.021
fight to	0.033
fighti	0.057
fighti _ live	0.025
fighti _ urge	0.034
fighti the	0.034
fighti to	0.034
fighti with	-0.023
film	-0.163
film _ a	-0.028
film _ with	-0.02
film about	-0.028
film ends	-0.02
final _ killed	-0.032
final boss	-0.046
finall	-0.116
finall _ it	0.067
finall _ my	-0.022
finall do	0.067
finall ended	-0.022
find	-0.046
find it	-0.042
finds	0.071
finds me	0.075
fine	-0.098
fine _ guess	0.028
fine _ i	0.028
fine _ the	0.035
fine i	0.028
fine if	0.028
fine on	0.035
finger	-0.088
finger _ cleane	-0.021
finger _ onions	-0.06
finger and	-0.021
finger choppi	-0.06
finish	-0.39
finish _ antibi	-0.024
finish _ book	-0.073
finish _ emails	-0.022
finish _ essay	0.187
finish _ game	-0.032
finish _ last	-0.02
finish _ marath	-0.034
finish _ my	-0.029
finish _ note	0.052
finish _ pills	-0.032
finish _ report	0.028
finish _ sister	-0.025
finish _ the	-0.03
finish a	-0.124
finish all	-0.058
finish my	0.13
finish the	-0.303
finish two	-0.022
firewo	-0.079
first	-0.057
first _ in	0.081
first aid	-0.029
fist	0.028
fist _ the	0.028
fist into	0.028
fit	-0.027
fit _ the	-0.022
fit on	-0.022
fitted	-0.033
fitted sheets	-0.033
fix it	0.025
fixed	-0.028
flat	-0.078
flat today	-0.048
flu	-0.031
foldin	-0.033
foldin _ sheets	-0.033
foldin fitted	-0.033
follow	-0.046
follow protoc	-0.025
food	-0.028
footba	-0.037
for	-0.097
for 4	0.042
for _ again	0.041
for _ all	0.041
for _ and	0.073
for _ at	0.032
for _ birthd	-0.023
for _ bit	0.062
for _ car	0.092
for _ class	-0.023
for _ climbi	-0.023
for _ collea	-0.028
for _ comes	0.062
for _ cup	-0.054
for _ date	-0.024
for _ day	-0.065
for _ exam	-0.044
for _ family	0.031
for _ finds	0.075
for _ firewo	-0.029
for _ first	0.051
for _ good	-0.032
for _ headac	-0.075
for _ holida	-0.056
for _ hour	0.073
for _ hours	-0.097
for _ i	0.033
for _ infect	-0.061
for _ is	-0.023
for _ it	0.042
for _ kids	-0.051
for _ lie	-0.041
for _ long	0.119
for _ minute	-0.147
for _ night	-0.045
for _ parade	-0.034
for _ people	-0.023
for _ quicke	0.067
for _ run	0.034
for _ short	-0.048
for _ sister	-0.02
for _ than	-0.052
for _ the	-0.026
for _ tonigh	0.03
for _ trip	-0.025
for _ tug	-0.023
for _ walk	-0.07
for _ ways	0.092
for _ week	-0.15
for _ weeken	-0.12
for _ while	0.153
for a	-0.198
for after	0.12
for ages	0.046
for all	-0.026
for an	0.073
for campin	0.05
for charit	-0.027
for cookin	0.034
for days	0.021
for dinner	-0.049
for englis	-0.023
for ever	0.038
for everyo	0.029
for everyt	0.182
for exampl	-0.021
for good	0.217
for granda	-0.021
for help	-0.136
for her	-0.029
for it	0.154
for later	0.029
for me	0.178
for mum	0.031
for my	-0.23
for myself	0.078
for now	-0.033
for oversl	-0.039
for painle	0.092
for real	0.07
for some	-0.033
for stitch	0.041
for takeaw	-0.052
for ten	-0.108
for the	-0.415
for their	-0.022
for things	0.021
for three	-0.021
for today	-0.041
for tomorr	-0.053
for too	0.024
for twelve	-0.067
for what	0.026
for when	0.049
for whoeve	0.137
foreve	0.253
foreve _ not	0.024
foreve and	0.037
foreve tired	0.024
form	-0.138
forum	-0.026
forwar	-0.033
forwar _ being	0.026
forwar to	-0.028
fought	-0.036
fought _ urge	-0.036
fought the	-0.036
found	0.052
found _ online	0.02
found _ spot	0.031
found out	0.02
found the	0.031
four	-0.033
four _ clean	-0.033
four months	-0.033
free	-0.04
free _ self	-0.075
free from	-0.035
free of	-0.041
fresh	0.057
fresh cuts	0.057
friday	-0.062
friday _ will	-0.052
friday i	-0.052
fridge	0.022
fridge _ whoeve	0.062
fridge for	0.051
friend	-0.442
friend _ done	-0.024
friend _ is	-0.026
friend _ last	-0.028
friend _ love	0.032
friend _ me	-0.093
friend _ say	0.022
friend _ week	0.062
friend attemp	-0.028
friend band	-0.026
friend had	-0.027
friend i	0.026
friend remind	-0.038
friend this	0.057
friend to	0.043
friend told	-0.055
friend tonigh	-0.037
friend who	-0.031
friend would	-0.021
fringe	-0.113
fringe _ and	-0.05
fringe myself	-0.05
from	-0.198
from _ ago	0.021
from _ arm	0.068
from _ at	-0.025
from _ attemp	0.061
from _ dentis	-0.03
from _ differ	0.108
from _ harm	-0.084
from _ hospit	-0.024
from _ my	-0.023
from _ relati	-0.024
from _ surger	0.025
from _ today	-0.021
from a	-0.09
from cuttin	-0.023
from home	-0.025
from living	0.049
from my	0.128
from myself	0.021
from scratc	-0.023
from self	-0.084
from snappi	-0.025
from textin	-0.023
from that	-0.024
from the	-0.112
from this	0.021
from three	0.108
from years	0.021
front	0.15
front _ a	0.151
front of	0.15
fun	-0.079
funera	-0.05
funera _ held	-0.041
funera and	-0.028
funera was	-0.029
furthe	-0.034
furthe _ by	-0.03
furthe along	-0.028
future _ look	-0.054
future _ me	0.059
future _ myself	0.044
future _ yet	-0.048
future for	0.103
future plan	-0.048
future self	-0.046
future to	-0.054
game	-0.115
game over	-0.042
garage	0.158
garage _ a	0.081
garage _ lately	0.077
garage differ	0.077
garage for	0.081
garden	-0.137
garden _ plants	-0.046
garden wateri	-0.046
gate	-0.024
gave	-0.224
gave _ books	-0.046
gave _ clothe	-0.046
gave _ dog	0.082
gave _ guitar	0.024
gave _ old	-0.049
gave away	-0.092
gave blood	-0.021
gave me	-0.07
gave my	0.062
gave one	-0.035
gave up	-0.048
gentle	-0.032
get	0.088
get _ and	0.063
get _ at	-0.025
get _ by	0.048
get _ chance	0.032
get _ doctor	-0.026
get _ of	-0.032
get _ taxi	-0.03
get _ the	-0.031
get _ they	-0.026
get _ this	0.024
get _ to	-0.045
get a	-0.056
get back	-0.036
get bad	0.022
get better	0.064
get cancer	0.028
get hit	0.048
get in	0.084
get jk	-0.026
get like	0.024
get out	-0.032
get sick	0.032
get the	0.032
get throug	-0.031
get up	-0.089
gets	0.122
gets _ and	-0.03
gets _ much	0.042
gets _ stuff	0.078
gets my	0.078
gets too	0.042
gettin	0.184
gettin _ dog	-0.067
gettin _ square	0.021
gettin _ the	0.043
gettin _ to	0.034
gettin a	-0.067
gettin deeper	0.128
gettin everyt	0.021
gettin harder	0.03
gettin on	0.043
ghost	0.021
ghost _ that	-0.032
ghost after	-0.032
ghost alread	0.059
girl	0.026
girl _ me	0.026
girl like	0.026
give	-0.242
give _ for	-0.058
give _ on	-0.027
give _ speech	-0.035
give _ sugar	-0.078
give a	-0.035
give anythi	-0.05
give up	-0.145
given	-0.053
given up	-0.053
giving	0.072
giving _ every	-0.054
giving _ for	0.034
giving _ my	0.062
giving _ on	-0.026
giving _ things	0.08
giving away	0.062
giving blood	-0.054
giving my	0.065
glad	-0.099
glad _ be	-0.028
glad _ did	-0.04
glad i	-0.056
glad to	-0.028
glass	-0.05
glass _ water	-0.05
glass of	-0.05
gna	0.045
gna _ dinner	-0.021
gna kms	0.066
gna make	-0.021
go	0.244
go _ a	0.065
go _ and	-0.069
go _ anymor	0.044
go _ bed	-0.079
go _ eight	-0.037
go _ for	-0.041
go _ leavin	0.05
go _ like	0.065
go _ sleep	0.06
go _ the	-0.22
go _ their	0.065
go _ to	-0.107
go _ with	0.031
go back	-0.155
go by	-0.044
go home	-0.021
go now	-0.034
go on	0.066
go out	-0.03
go throug	0.031
go to	-0.08
go with	0.039
go withou	0.05
goal	-0.054
goal today	-0.03
goals	-0.043
god	0.074
god _ just	0.027
god please	0.027
goes	0.099
goes _ i	0.026
goes wrong	0.089
going	0.43
going _ a	-0.026
going _ be	-0.039
going _ do	0.168
going _ drive	0.025
going _ early	-0.048
going _ feelin	-0.032
going _ get	0.083
going _ jump	0.028
going _ kill	-0.119
going _ leave	0.021
going _ make	0.041
going _ rope	0.028
going _ self	0.092
going _ sleep	-0.045
going _ slit	0.027
going _ take	0.057
going _ the	-0.19
going _ to	0.057
going _ top	0.02
going back	0.057
going despit	-0.032
going for	-0.02
going on	0.125
going to	0.262
going well	-0.034
gone	0.081
gone _ and	-0.061
gone _ holida	-0.068
gone _ look	0.028
gone _ the	-0.029
gone for	-0.029
gone now	-0.061
gone on	-0.068
gone please	0.028
good _ at	0.075
good _ right	-0.032
good _ tonigh	-0.06
good book	-0.081
good call	-0.056
good coffee	-0.032
good day	0.022
good note	-0.057
good sessio	0.053
goodby	0.52
goodby _ and	0.057
goodby _ for	-0.028
goodby _ my	-0.024
goodby _ now	-0.033
goodby _ on	-0.026
goodby _ to	0.041
goodby card	-0.028
goodby for	-0.033
goodby letter	0.049
goodby messag	0.057
goodby note	0.092
goodby texts	0.056
google	0.158
google _ dose	0.031
google _ doses	0.076
google _ many	0.024
google how	0.038
google lethal	0.076
google what	0.031
gorgeo	-0.063
gorgeo _ tonigh	-0.044
gorgeo sunset	-0.044
got	-0.078
got _ and	0.043
got _ blades	0.05
got _ boxes	0.049
got _ by	0.026
got _ far	0.058
got _ for	0.039
got _ hair	-0.028
got _ hands	0.063
got _ hose	0.092
got _ i	0.022
got _ in	-0.024
got _ it	-0.038
got _ knife	-0.028
got _ pills	0.031
got _ promot	-0.08
got _ razor	0.02
got _ small	-0.08
got _ stitch	-0.02
got _ the	0.108
got _ this	-0.03
got _ washin	0.026
got a	-0.042
got as	0.058
got cancer	0.035
got dresse	-0.093
got enough	0.031
got everyt	0.022
got heated	-0.025
got hit	0.033
got ill	-0.031
got killed	-0.027
got one	-0.08
got out	0.025
got over	-0.03
got sick	0.021
got the	0.039
got there	-0.039
got throug	0.068
got two	0.049
got up	-0.037
gp	-0.047
gp _ about	-0.027
gp _ my	-0.024
gp about	-0.024
gp appoin	-0.027
gradua	-0.037
granda	-0.163
granda _ annive	-0.028
granda _ away	-0.029
granda _ pushin	-0.034
granda _ was	-0.029
granda death	-0.028
granda funera	-0.034
granda passed	-0.029
granda withou	-0.034
grandm	-0.162
grandm _ and	-0.026
grandm _ away	-0.029
grandm _ dying	-0.023
grandm _ not	-0.046
grandm does	-0.046
grandm is	-0.023
grandm passed	-0.054
grandp	-0.026
grass	-0.048
gratef	-0.091
gratef for	-0.031
grave	-0.101
grave and	-0.039
grave today	-0.029
great	-0.043
green	-0.022
grief	-0.108
grief _ heavy	-0.027
grief _ in	-0.033
grief came	-0.033
grief is	-0.027
ground _ swallo	0.028
ground would	0.028
group	-0.082
group chat	-0.043
growth	-0.055
guess	0.028
guilt	-0.08
gutted	-0.032
gym	-0.092
gym _ and	0.06
gym _ weeken	-0.052
gym member	0.022
gym this	-0.052
gym today	-0.022
gym tonigh	-0.025
habit	-0.02
had	-0.122
had _ avoidi	-0.022
had _ car	-0.024
had _ choice	-0.024
had _ clean	0.052
had _ cut	-0.021
had _ died	-0.036
had _ early	-0.036
had _ energy	-0.021
had _ glass	-0.05
had _ go	0.041
had _ good	0.055
had _ in	0.057
had _ nap	-0.068
had _ plan	0.057
had _ pointe	-0.036
had _ really	0.033
had _ rope	0.062
had _ seen	-0.061
had _ shower	0.028
had _ suicid	0.037
had _ though	-0.026
had _ with	0.105
had _ woken	0.033
had an	-0.067
had been	-0.039
had dark	-0.061
had died	0.057
had done	-0.024
had enough	-0.053
had fun	-0.042
had lunch	0.105
had my	-0.026
had no	-0.024
had not	-0.092
had suicid	0.057
had the	0.059
had though	0.025
had to	0.072
had water	-0.024
haha	-0.045
hair	-0.198
hair _ and	-0.058
hair _ til	0.07
hair cut	-0.028
hair out	0.081
hair pink	-0.076
hair short	-0.058
haircu	-0.028
half	-0.039
hand _ ages	0.03
hand _ the	-0.045
hand for	0.03
hand on	-0.055
handfu	0.079
handfu _ pills	0.042
handfu _ tablet	0.051
handfu of	0.079
hands	0.053
hands _ someth	0.063
hands on	0.056
hang	-0.036
hang _ there	-0.059
hang in	-0.059
hang myself	0.036
hangin	-0.058
hangin _ by	0.031
hangin _ my	-0.037
hangin _ with	-0.065
hangin myself	0.039
hangin out	-0.065
hangin up	-0.037
happen	-0.108
happen _ me	-0.028
happen _ way	-0.022
happen next	-0.021
happen that	-0.022
happen to	-0.028
happie	0.043
happie _ me	0.026
happie withou	0.026
happy	-0.09
happy _ that	-0.048
happy after	-0.048
hard	-0.267
hard _ even	0.02
hard _ myself	-0.08
hard _ nearly	-0.024
hard i	-0.024
hard on	-0.08
harder _ stay	0.03
harm	0.583
harm _ 2	0.023
harm _ acted	0.025
harm _ after	0.055
harm _ all	0.047
harm _ are	0.073
harm _ i	-0.028
harm _ my	-0.03
harm _ the	0.161
harm _ things	0.022
harm _ used	-0.021
harm _ week	-0.049
harm after	0.126
harm again	0.116
harm and	-0.024
harm are	0.028
harm for	0.085
harm histor	-0.023
harm in	-0.024
harm relaps	0.033
harm this	-0.049
harm today	0.089
harm urges	0.137
harm when	0.022
harmd	0.047
harmd again	0.047
has	0.065
has _ after	0.02
has _ callin	0.056
has _ deal	0.033
has _ leaves	-0.024
has _ point	0.035
has been	0.044
has new	-0.024
has no	0.048
has shifte	-0.023
has to	0.065
hate	0.051
hate _ alive	0.058
hate _ life	0.029
hate _ up	0.029
hate being	0.058
hate monday	-0.058
hate waking	0.029
hates _ and	0.025
hating	-0.033
hating myself	-0.033
have	0.443
have _ a	0.072
have _ avoidi	-0.035
have _ burnin	0.033
have _ cut	-0.069
have _ cuttin	0.032
have _ date	0.076
have _ do	-0.104
have _ duvet	-0.024
have _ everyt	0.022
have _ feelin	-0.04
have _ future	-0.054
have _ giving	-0.035
have _ goodby	0.023
have _ hair	-0.059
have _ hurtin	0.022
have _ it	0.063
have _ knife	-0.067
have _ letter	0.028
have _ method	0.023
have _ my	0.064
have _ no	0.077
have _ on	-0.022
have _ over	-0.03
have _ pills	0.035
have _ plan	0.09
have _ planni	0.022
have _ saving	-0.029
have _ saying	0.026
have _ strugg	-0.029
have _ stuff	0.063
have _ tablet	0.05
have _ the	0.096
have _ to	0.038
have _ told	0.023
have _ too	-0.025
have _ up	-0.053
have a	0.067
have been	0.068
have called	-0.025
have chosen	0.031
have come	-0.023
have decide	0.097
have done	-0.034
have enough	0.042
have fit	-0.022
have given	-0.053
have got	0.042
have her	-0.059
have made	0.043
have my	0.041
have not	-0.056
have nothin	0.038
have picked	0.032
have reache	0.03
have said	0.029
have the	0.058
have to	-0.1
have told	0.077
have worked	0.034
have writte	0.073
having	0.035
having _ bad	0.025
having _ feelin	0.026
having _ nice	-0.024
having _ of	0.023
having a	-0.028
having really	0.025
having suicid	0.036
he	-0.105
he _ have	-0.022
he _ in	-0.022
he _ my	-0.052
he ate	-0.052
he died	-0.022
he should	-0.022
head	0.303
head _ a	0.062
head _ the	0.17
head agains	0.105
head for	0.062
head on	0.046
headac	-0.093
headed	0.026
headsh	-0.028
headsh _ kill	-0.028
headsh and	-0.028
healin	-0.144
healin _ not	-0.067
healin is	-0.086
health	-0.158
health recove	-0.034
hear	0.059
hear _ voice	0.059
hear her	0.059
heat	-0.064
heat _ unbear	-0.031
heat is	-0.064
heated	-0.025
heatwa	-0.025
heaven	0.041
heavie	-0.021
heavie _ last	-0.021
heavie than	-0.021
heavy	-0.055
heavy today	-0.027
hedge	-0.035
held _ blade	0.057
held _ pills	0.03
held _ togeth	-0.041
held fine	-0.02
held it	-0.041
held the	0.087
help	-0.218
help _ am	0.023
help _ this	-0.022
help i	0.027
help with	-0.027
help you	-0.028
helped	-0.047
helpfu	-0.051
helpfu to	-0.028
helpin	-0.044
helpin her	-0.028
helpli	-0.042
helps	0.083
helps _ cuttin	0.072
helps is	0.072
her	-0.243
her _ have	-0.024
her _ i	0.032
her _ much	0.028
her _ one	0.059
her becaus	0.032
her death	-0.025
her grave	-0.028
her hair	-0.059
her i	-0.027
her so	0.028
her voice	0.059
here	0.357
here _ friday	-0.069
here _ this	-0.056
here _ week	0.094
here and	-0.04
here anymor	0.03
here at	-0.037
here for	0.028
here next	0.102
here on	-0.069
here tomorr	0.037
hero	-0.023
hero _ at	-0.023
hero dies	-0.023
hid	0.09
hid _ arms	0.033
hid _ stash	0.043
hid a	0.043
hid my	0.033
hiding	-0.039
high	0.177
high _ are	0.07
high _ car	0.098
high the	0.098
high they	0.07
hike	-0.094
hike again	-0.053
hill	-0.067
him	-0.05
him kindly	-0.064
his	-0.045
his _ today	-0.029
his grave	-0.029
histor	-0.026
hit	0.228
hit _ a	0.081
hit _ gym	-0.036
hit _ head	0.076
hit _ me	0.025
hit _ step	-0.03
hit _ until	0.04
hit _ when	0.024
hit by	0.081
hit kills	0.025
hit me	0.035
hit my	0.046
hit myself	0.077
hit the	-0.036
hits	0.062
hits _ on	0.062
hits me	0.062
holdin	0.061
holdin _ knife	0.025
holdin _ the	0.041
holdin onto	0.041
holdin the	0.025
holida	-0.305
holida _ amazin	-0.021
holida was	-0.021
home	0.02
home _ cut	0.053
home _ god	0.048
home _ rest	-0.069
home _ was	0.028
home _ with	0.054
home alone	0.054
home and	-0.027
home i	0.028
home to	0.048
homewo	-0.092
honest	-0.046
honest _ what	-0.044
honest about	-0.044
hoops	-0.033
hoover	-0.031
hope _ bus	-0.025
hope _ cancer	0.048
hope _ car	0.021
hope _ die	0.054
hope _ do	-0.021
hope _ does	-0.029
hope _ get	0.058
hope _ grandm	-0.046
hope _ happen	-0.046
hope _ kills	0.048
hope _ team	-0.031
hope a	0.021
hope i	0.091
hope it	-0.029
hope my	-0.077
hope nothin	-0.046
hope someth	0.048
hope the	0.024
hoped	0.06
hopefu	-0.052
hopele	0.027
hopele _ money	-0.047
hopele _ trappe	0.035
hopele about	-0.057
hopele and	0.03
hopes	-0.024
hoping	0.269
hoping _ bus	0.041
hoping _ crash	0.02
hoping _ plane	0.092
hoping _ surger	0.073
hoping a	0.041
hoping i	0.057
hoping the	0.165
horror	-0.021
hose	0.092
hose _ the	0.092
hose for	0.092
hospit _ dad	-0.024
hospit _ trying	0.052
hospit about	-0.024
hospit after	0.052
hotel	-0.031
hotel _ noon	-0.02
hotel at	-0.02
hour	0.058
hours	-0.148
house _ to	0.02
house top	0.02
housep	-0.036
housep _ still	-0.029
housep are	-0.029
how	0.041
how _ calori	-0.021
how _ choose	-0.023
how _ end	0.082
how _ ends	-0.039
how _ i	-0.094
how _ it	0.099
how _ kill	0.022
how _ longer	-0.05
how _ parace	0.074
how _ steps	-0.031
how _ suppor	-0.028
how _ talk	-0.026
how _ the	0.045
how _ they	0.07
how _ tie	0.046
how _ used	-0.033
how _ was	-0.082
how _ were	-0.067
how _ would	0.075
how do	-0.033
how far	-0.03
how high	0.168
how i	-0.031
how it	-0.039
how long	0.024
how low	-0.035
how many	0.086
how much	-0.052
how peacef	-0.043
how things	-0.067
how to	0.058
hung	-0.122
hung _ pictur	-0.044
hung _ washin	-0.026
hung _ with	-0.026
hung out	-0.026
hung the	-0.076
hurt	0.335
hurt _ again	0.062
hurt _ all	0.034
hurt _ i	0.039
hurt _ the	-0.02
hurt _ today	-0.045
hurt _ when	0.027
hurt by	-0.02
hurt myself	0.229
hurt so	0.039
hurtin	0.083
hurtin _ on	0.025
hurtin myself	0.078
hurts	0.086
hurts _ much	0.073
hurts too	0.073
i	0.83
i _ a	0.16
i _ about	0.107
i _ act	0.028
i _ again	0.082
i _ alive	0.054
i _ along	-0.034
i _ alread	-0.027
i _ an	-0.036
i _ and	-0.076
i _ angry	0.105
i _ anothe	-0.029
i _ anxiou	-0.02
i _ applyi	-0.052
i _ at	0.067
i _ away	-0.055
i _ back	0.041
i _ bacon	-0.02
i _ barely	-0.067
i _ be	-0.164
i _ becaus	0.023
i _ before	-0.04
i _ behind	-0.022
i _ being	0.058
i _ better	-0.054
i _ bleach	0.029
i _ bother	0.036
i _ boxes	-0.032
i _ cancer	0.035
i _ checki	0.102
i _ chips	-0.028
i _ chosen	0.031
i _ coffee	-0.044
i _ compar	-0.033
i _ consid	0.037
i _ crash	0.033
i _ crying	-0.024
i _ ctb	0.026
i _ cuttin	0.04
i _ dead	0.078
i _ decide	0.097
i _ decora	-0.03
i _ die	-0.276
i _ disapp	0.069
i _ do	0.186
i _ doing	-0.093
i _ down	-0.037
i _ dresse	-0.03
i _ drivin	0.02
i _ dying	-0.095
i _ ending	0.083
i _ everyt	0.031
i _ exhaus	0.052
i _ fade	0.069
i _ finall	0.067
i _ find	-0.024
i _ for	-0.163
i _ forwar	0.026
i _ from	-0.036
i _ fun	-0.042
i _ gave	-0.02
i _ give	-0.05
i _ glad	-0.04
i _ go	0.153
i _ going	0.103
i _ gone	0.15
i _ goodby	0.023
i _ got	0.071
i _ gratef	-0.091
i _ had	-0.027
i _ hangin	-0.041
i _ harm	0.077
i _ have	-0.035
i _ having	0.027
i _ headed	0.026
i _ helpin	-0.028
i _ her	0.03
i _ him	-0.055
i _ hit	0.07
i _ holdin	0.038
i _ hopele	0.028
i _ how	0.029
i _ hurt	0.088
i _ hurtin	0.032
i _ i	0.413
i _ ill	-0.031
i _ it	-0.168
i _ journa	-0.042
i _ jumped	0.064
i _ just	0.255
i _ karaok	-0.022
i _ keep	0.02
i _ kill	-0.044
i _ knacke	0.036
i _ last	-0.033
i _ late	-0.148
i _ learni	-0.028
i _ leavin	0.038
i _ lighte	-0.032
i _ like	0.177
i _ living	0.023
i _ longer	-0.046
i _ lookin	0.074
i _ losing	0.031
i _ made	-0.038
i _ manage	-0.023
i _ mess	-0.05
i _ monday	-0.088
i _ murder	-0.037
i _ my	0.052
i _ nap	-0.033
i _ need	0.049
i _ needed	-0.025
i _ never	0.171
i _ no	-0.09
i _ not	0.207
i _ nothin	0.034
i _ of	-0.057
i _ off	0.023
i _ ok	-0.061
i _ okay	-0.047
i _ on	-0.047
i _ one	-0.161
i _ out	0.054
i _ over	-0.16
i _ patien	-0.025
i _ people	0.033
i _ picked	0.032
i _ pictur	0.026
i _ planni	0.114
i _ protoc	-0.025
i _ proud	-0.116
i _ punchi	0.023
i _ punish	0.021
i _ rather	-0.089
i _ reache	0.03
i _ ready	0.073
i _ recent	-0.029
i _ reorde	-0.043
i _ rest	-0.033
i _ rested	-0.04
i _ restin	-0.024
i _ safe	-0.253
i _ said	0.029
i _ saying	0.099
i _ scared	0.048
i _ scratc	0.049
i _ scream	-0.042
i _ showin	-0.035
i _ sick	0.083
i _ sittin	0.038
i _ slammi	0.028
i _ sleep	-0.037
i _ slight	-0.034
i _ some	-0.035
i _ someth	0.09
i _ sorry	0.084
i _ standi	0.027
i _ starin	0.04
i _ stars	0.04
i _ stayed	-0.046
i _ stayin	-0.039
i _ still	-0.03
i _ stop	0.021
i _ strugg	-0.02
i _ stuck	-0.033
i _ such	0.034
i _ suicid	0.064
i _ swimmi	-0.021
i _ that	-0.036
i _ the	0.142
i _ therap	-0.069
i _ there	-0.032
i _ thinki	0.187
i _ this	-0.147
i _ thrivi	-0.047
i _ throug	0.031
i _ tired	-0.026
i _ to	-0.263
i _ told	0.077
i _ tomorr	0.031
i _ too	0.056
i _ unsafe	0.025
i _ until	0.041
i _ up	0.031
i _ upset	0.027
i _ waking	0.072
i _ walls	0.041
i _ want	0.064
i _ was	-0.02
i _ waste	0.023
i _ water	-0.14
i _ welcom	0.023
i _ went	0.04
i _ what	0.023
i _ which	0.03
i _ wishin	0.04
i _ worked	0.034
i _ worthl	0.046
i _ writin	0.048
i _ writte	0.073
i _ you	-0.034
i a	-0.125
i added	0.037
i almost	0.062
i always	-0.05
i am	0.059
i and	-0.022
i apolog	-0.064
i asked	-0.1
i at	-0.065
i attemp	0.074
i banged	0.024
i bite	0.028
i bled	0.069
i bleed	0.04
i booked	-0.021
i bought	0.131
i burned	0.126
i burnt	0.109
i called	-0.092
i came	0.037
i can	0.27
i carved	0.023
i checke	0.036
i clappe	-0.034
i consid	-0.033
i crash	0.02
i cried	-0.056
i cut	0.045
i danced	-0.026
i deserv	0.22
i did	-0.464
i die	0.068
i died	0.123
i disapp	0.055
i dismis	-0.036
i do	0.054
i drank	-0.051
i end	0.037
i envy	0.072
i even	0.036
i feel	0.37
i felt	-0.255
i finish	-0.126
i follow	-0.025
i fought	-0.036
i gave	-0.058
i get	0.077
i got	-0.246
i guess	0.028
i had	-0.109
i hate	0.075
i have	0.706
i hit	0.044
i hope	0.032
i hurt	0.089
i just	0.131
i keep	0.459
i kept	-0.044
i killed	-0.021
i know	0.09
i laughe	-0.033
i learn	-0.025
i left	-0.065
i let	-0.224
i liftin	-0.032
i like	-0.028
i listen	-0.039
i lit	-0.028
i live	0.039
i look	0.026
i looked	0.123
i love	0.154
i loved	-0.022
i made	-0.076
i manage	-0.02
i mean	0.021
i measur	-0.031
i messed	-0.03
i might	0.147
i mixed	0.025
i moved	-0.042
i napped	-0.022
i nearly	-0.059
i need	0.144
i needed	-0.022
i no	-0.046
i not	-0.063
i notice	-0.054
i only	-0.132
i opened	-0.025
i overdi	0.035
i passed	-0.03
i picked	0.064
i posted	0.032
i practi	0.021
i punche	0.041
i purged	0.041
i push	-0.041
i put	0.062
i read	-0.029
i recove	-0.024
i regret	0.023
i relaps	0.156
i remind	-0.052
i rested	-0.071
i said	0.092
i saw	0.029
i scratc	0.099
i see	0.032
i self	0.077
i should	-0.149
i showed	-0.035
i shower	-0.113
i slamme	0.04
i slit	0.048
i slowed	-0.037
i some	-0.05
i spoke	-0.033
i start	-0.035
i starte	-0.046
i stayed	-0.108
i steppe	0.05
i still	-0.091
i stood	0.029
i stop	-0.033
i surviv	-0.066
i talked	-0.029
i the	-0.038
i think	0.152
i though	-0.069
i told	-0.182
i tried	-0.05
i turned	0.058
i unders	-0.055
i used	-0.332
i visite	-0.051
i volunt	-0.026
i walked	-0.052
i want	0.344
i wanted	-0.227
i was	-0.127
i went	-0.058
i were	0.042
i will	0.15
i wish	0.276
i wished	0.033
i with	-0.02
i woke	0.05
i would	-0.139
i wrote	0.121
ice	-0.041
ice _ trick	-0.021
ice cream	-0.02
ice cube	-0.021
iced	-0.028
iced it	-0.028
ideal	-0.021
ideal future	-0.021
ideati	0.075
ideati _ back	0.05
ideati _ day	0.025
ideati all	0.025
ideati is	0.05
identi	-0.022
if	0.127
if _ am	-0.116
if _ appoin	0.034
if _ are	-0.057
if _ boss	-0.042
if _ called	-0.033
if _ did	0.032
if _ died	0.13
if _ disapp	0.053
if _ else	-0.036
if _ feel	-0.04
if _ friend	-0.024
if _ got	0.042
if _ hit	0.025
if _ is	-0.064
if _ live	0.039
if _ plane	0.024
if _ test	0.027
if _ was	0.171
if _ were	-0.049
if i	0.38
if it	-0.049
if meetin	-0.059
if my	-0.042
if progre	-0.02
if someon	-0.036
if this	0.043
if tomorr	0.034
if you	-0.089
ignore	-0.027
ill	-0.048
imagin	0.023
imagin _ peacef	-0.043
imagin _ the	0.037
imagin crashi	0.037
imagin how	-0.043
imagin my	0.023
immedi	-0.03
import	-0.046
imposs	-0.045
in	-0.162
in _ 5k	-0.034
in _ accide	0.072
in _ after	0.052
in _ alive	0.039
in _ and	-0.058
in _ bagel	-0.021
in _ bath	0.046
in _ car	0.137
in _ cuts	0.057
in _ drawer	0.06
in _ e	0.047
in _ face	0.053
in _ fitted	-0.033
in _ for	-0.028
in _ game	-0.021
in _ garage	0.158
in _ garden	-0.041
in _ hand	0.073
in _ head	0.044
in _ jeans	-0.083
in _ kitche	-0.026
in _ librar	-0.045
in _ life	-0.022
in _ loft	0.061
in _ meetin	-0.035
in _ messy	-0.045
in _ mirror	-0.025
in _ months	-0.069
in _ night	-0.025
in _ notebo	-0.115
in _ of	0.15
in _ on	0.09
in _ planni	0.037
in _ pool	-0.071
in _ room	0.025
in _ saturd	-0.075
in _ school	-0.024
in _ shirts	-0.041
in _ shoes	-0.025
in _ sleep	0.088
in _ sock	0.049
in _ sun	-0.034
in _ teens	-0.024
in _ today	-0.033
in _ way	0.066
in _ world	0.037
in ages	-0.025
in anythi	0.051
in bed	0.026
in carryi	0.054
in case	0.101
in days	0.039
in every	0.025
in foldin	-0.033
in fresh	0.057
in front	0.15
in going	0.036
in heaven	0.041
in ironin	-0.081
in it	0.133
in living	0.103
in march	-0.028
in maths	-0.035
in mental	-0.026
in months	0.076
in my	0.082
in on	-0.075
in pain	0.038
in practi	-0.026
in real	-0.022
in sessio	-0.066
in spring	-0.056
in stayin	0.048
in that	-0.048
in the	-0.068
in therap	-0.128
in there	-0.075
in these	-0.025
in tomorr	-0.026
in traffi	-0.028
in two	-0.069
in waves	-0.033
in worryi	-0.035
includ	-0.069
infect	-0.061
inform	-0.029
inside _ am	0.035
inside _ that	-0.025
inside after	-0.025
inside i	0.035
insign	-0.028
instea	-0.275
instea _ cuttin	-0.035
instea _ preten	-0.024
instea _ pushin	-0.031
instea of	-0.168
instru	0.051
instru _ the	0.051
instru on	0.051
insura	0.033
insura _ suicid	0.083
insura covers	0.083
intake	-0.031
interv	-0.069
into	0.153
into _ again	-0.049
into _ arm	0.023
into _ backgr	-0.039
into _ barrie	0.028
into _ book	-0.024
into _ cold	-0.023
into _ door	0.028
into _ good	-0.081
into _ mounta	-0.03
into _ or	-0.02
into _ river	0.088
into _ sea	0.106
into _ thigh	0.089
into _ tree	0.066
into _ wall	0.077
into _ weekly	-0.063
into all	-0.02
into my	0.112
into the	0.082
into town	-0.021
into traffi	0.059
into youtub	-0.049
invisi	-0.032
inviti	0.083
inviti tonigh	0.083
iron	0.063
iron _ purpos	0.039
iron on	0.039
ironin	-0.126
ironin jeans	-0.04
ironin shirts	-0.041
is	0.125
is _ about	-0.066
is _ abroad	-0.025
is _ addict	-0.047
is _ again	-0.038
is _ always	-0.023
is _ an	-0.032
is _ at	-0.038
is _ back	0.036
is _ big	-0.02
is _ busy	-0.029
is _ crowde	-0.065
is _ day	0.03
is _ dead	-0.026
is _ die	0.027
is _ do	0.046
is _ end	-0.05
is _ for	0.158
is _ future	0.035
is _ going	0.083
is _ gone	-0.031
is _ harder	0.03
is _ i	0.056
is _ in	-0.021
is _ last	0.119
is _ left	0.045
is _ lethal	0.062
is _ linear	-0.04
is _ many	0.043
is _ me	0.035
is _ months	-0.036
is _ my	0.183
is _ normal	-0.055
is _ not	-0.027
is _ of	-0.04
is _ on	0.035
is _ only	0.087
is _ person	-0.021
is _ point	0.17
is _ quiet	0.029
is _ reason	-0.024
is _ rest	-0.038
is _ right	-0.021
is _ seriou	-0.021
is _ sleep	-0.025
is _ small	-0.022
is _ so	-0.056
is _ spot	0.032
is _ strong	0.072
is _ sweet	-0.029
is _ the	0.102
is _ threat	-0.021
is _ to	-0.139
is _ way	0.024
is _ well	-0.034
is _ withou	0.094
is _ worth	0.163
is _ wrong	-0.022
is about	-0.041
is back	0.108
is bad	0.028
is becaus	-0.031
is been	0.024
is better	0.087
is called	-0.026
is callin	0.035
is changi	-0.05
is closer	-0.025
is creepi	0.036
is cuttin	0.072
is dead	-0.173
is deeply	-0.021
is dying	-0.033
is easy	-0.03
is enough	-0.056
is even	0.083
is ever	0.079
is fine	-0.037
is gettin	0.034
is going	-0.137
is goodby	0.173
is heavy	-0.027
is imposs	-0.045
is in	0.109
is itself	-0.032
is monday	-0.045
is moving	-0.025
is my	0.047
is new	-0.042
is nice	0.036
is no	0.118
is not	-0.075
is often	-0.08
is on	0.09
is over	0.031
is pointl	0.051
is pretty	-0.029
is ready	0.089
is really	0.072
is so	-0.111
is suicid	-0.026
is sunday	0.064
is the	0.209
is to	-0.044
is tomorr	0.039
is too	0.033
is unbear	-0.031
is up	0.091
is what	0.045
is when	0.028
is wonky	-0.05
is worth	-0.023
it	0.201
it _ about	-0.055
it _ all	0.051
it _ also	-0.053
it _ and	-0.033
it _ at	-0.106
it _ becaus	-0.031
it _ been	0.024
it _ calmly	-0.025
it _ closer	-0.025
it _ creepi	0.036
it _ easy	-0.03
it _ ends	0.086
it _ everyo	0.056
it _ fun	-0.031
it _ gettin	0.034
it _ hard	-0.027
it _ heated	-0.025
it _ him	-0.064
it _ hurt	0.029
it _ i	0.034
it _ imposs	-0.045
it _ in	0.053
it _ like	-0.063
it _ me	0.065
it _ monday	-0.045
it _ moved	-0.035
it _ my	-0.064
it _ nice	0.036
it _ nothin	-0.021
it _ of	-0.03
it _ on	0.062
it _ our	-0.021
it _ out	0.034
it _ saturd	0.027
it _ seems	0.033
it _ so	-0.082
it _ sunday	0.064
it _ take	0.064
it _ the	0.154
it _ then	-0.033
it _ time	0.083
it _ to	-0.025
it _ too	0.042
it _ weeken	0.033
it _ where	0.025
it _ wonky	-0.05
it _ work	-0.036
it _ worth	-0.023
it _ you	-0.025
it after	0.085
it all	0.181
it anymor	0.053
it at	-0.021
it away	-0.034
it back	-0.04
it be	-0.027
it becaus	-0.021
it bleeds	0.118
it bruise	0.094
it can	-0.087
it costs	-0.03
it could	-0.023
it did	0.131
it does	-0.13
it down	-0.071
it ends	-0.039
it feels	-0.04
it finish	0.042
it for	0.05
it gets	0.043
it go	-0.03
it got	-0.034
it helps	-0.028
it if	0.021
it is	-0.181
it kind	-0.03
it last	0.042
it may	-0.059
it needs	-0.024
it normal	-0.055
it now	-0.028
it off	-0.298
it offici	0.027
it on	0.028
it out	-0.052
it over	0.025
it pass	-0.03
it stoppe	0.026
it take	0.027
it takes	0.091
it tells	-0.021
it this	0.064
it throug	0.061
it to	0.022
it togeth	-0.041
it tonigh	0.066
it twice	-0.034
it was	-0.092
it when	0.056
it where	0.034
it with	-0.116
it worked	-0.067
it would	0.175
itchin	0.031
itchin _ cut	0.031
itchin to	0.031
its	0.037
its _ to	0.02
its hard	0.02
itself	-0.036
itself _ act	-0.032
itself an	-0.032
j	-0.039
jab	-0.025
jam	-0.05
jeans	-0.083
jk	-0.026
jk _ are	-0.026
jk they	-0.026
jo	0.096
job	-0.198
job _ i	0.03
job to	-0.029
job where	0.03
jobs	-0.062
join	0.052
join _ mum	0.052
join my	0.052
joke	-0.037
journa	-0.096
judge	-0.036
judge themse	-0.023
juliet	-0.028
juliet _ for	-0.023
juliet ending	-0.023
jump	0.051
jump _ charit	-0.027
jump _ my	-0.042
jump _ so	0.057
jump _ the	-0.079
jump for	-0.027
jump in	-0.06
jump off	0.04
jump starte	-0.077
jump was	0.057
jumped	-0.028
jumped _ a	-0.027
jumped _ the	-0.065
jumped into	-0.023
jumped off	-0.056
jumped today	0.064
jumpin	0.197
jumpin _ a	0.023
jumpin _ front	0.021
jumpin _ holida	-0.021
jumpin _ the	0.071
jumpin in	0.021
jumpin off	0.098
jumpin on	-0.021
jumpin yester	0.042
just	0.571
just _ a	0.031
just _ all	0.038
just _ batter	-0.054
just _ burden	0.057
just _ case	0.101
just _ exist	0.021
just _ into	0.041
just _ it	0.051
just _ look	0.026
just _ me	0.032
just _ myself	0.02
just _ not	0.059
just _ the	0.031
just _ tired	-0.06
just _ to	-0.039
just _ up	0.033
just _ waste	0.031
just a	0.096
just die	0.066
just do	0.031
just drive	0.041
just end	0.029
just fade	0.069
just go	0.032
just have	0.023
just in	0.101
just kill	0.02
just neck	0.024
just not	0.022
just really	-0.06
just social	-0.054
just take	0.034
just taking	0.033
just tired	-0.063
just to	0.035
just vanish	0.026
just want	0.067
karaok	-0.128
karaok again	-0.06
keep	0.637
keep _ at	0.086
keep _ back	0.057
keep _ crashi	0.037
keep _ despit	-0.032
keep _ earlie	-0.062
keep _ how	-0.041
keep _ i	0.056
keep _ in	-0.045
keep _ like	0.067
keep _ my	0.118
keep _ myself	0.049
keep _ safe	0.052
keep _ till	0.023
keep _ too	0.02
keep _ up	-0.035
keep _ walls	0.023
keep at	-0.035
keep crying	-0.086
keep drivin	0.02
keep going	0.165
keep hurtin	0.032
keep imagin	0.023
keep living	0.066
keep lookin	0.062
keep myself	0.044
keep pictur	0.06
keep punchi	0.023
keep scratc	0.049
keep showin	-0.035
keep slammi	0.028
keep starin	0.024
keep thinki	0.022
keep trying	0.02
keep wishin	0.04
keeps _ and	-0.035
keeps _ me	0.062
keeps spinni	-0.035
keeps tellin	0.062
kept	-0.136
kept _ safe	-0.021
kept _ safety	-0.024
kept going	-0.079
kept my	-0.034
kept myself	-0.021
key	0.027
key _ the	0.027
key under	0.027
kids _ after	0.024
kids _ anymor	-0.023
kids _ be	0.046
kids _ the	-0.03
kids _ their	-0.022
kids _ to	0.065
kids go	0.065
kids mess	-0.023
kids were	-0.029
kids would	0.046
kill	-0.179
kill _ be	-0.046
kill _ brothe	-0.052
kill _ have	-0.059
kill _ if	-0.116
kill _ now	-0.045
kill _ of	-0.028
kill _ presen	-0.081
kill _ when	-0.035
kill me	-0.138
kill my	-0.052
kill myself	0.257
kill streak	-0.028
kill the	-0.038
kill this	-0.081
kill to	-0.105
killed	-0.269
killed _ spider	-0.043
killed _ the	-0.031
killed _ twice	-0.032
killed me	-0.138
killed off	-0.023
killed the	-0.076
killin	0.08
killin _ came	0.022
killin myself	0.129
kills	0.061
kills _ soon	0.022
kills me	0.073
kind	0.04
kind _ hoped	0.06
kind _ is	-0.03
kind _ myself	-0.025
kind of	0.027
kind to	-0.029
kindly	-0.101
kitche	0.108
kitche _ puttin	-0.025
kitche withou	-0.025
kms	0.939
kms _ time	0.072
kms this	0.072
kms today	0.047
knacke _ living	0.036
knacke of	0.036
knee	-0.02
knife	-0.032
knife _ class	-0.069
knife _ in	-0.029
knife _ my	0.042
knife _ myself	0.034
knife _ now	0.038
knife _ to	-0.028
knife for	0.034
knife out	-0.028
knife right	0.038
knife sharpe	-0.069
knife under	0.042
knocke	-0.033
knocke _ pills	-0.033
knocke my	-0.033
know	0.189
know _ bridge	0.03
know _ i	0.053
know _ much	-0.05
know _ they	0.033
know how	-0.024
know what	0.026
know which	0.03
know why	0.102
knows	0.08
knows _ am	0.021
knows i	0.021
knuckl	0.085
knuckl _ becaus	0.021
knuckl bled	0.062
knuckl split	0.023
kys	0.045
kys _ what	0.045
kys is	0.045
lake	-0.068
lake _ be	-0.045
lake will	-0.045
laptop	-0.089
laptop _ mid	-0.034
laptop died	-0.043
last _ and	0.026
last _ at	-0.026
last _ for	0.021
last _ i	-0.153
last _ is	0.062
last _ of	-0.021
last _ the	-0.068
last _ us	-0.039
last day	0.027
last entry	0.135
last episod	-0.021
last in	-0.034
last month	-0.18
last night	0.364
last of	-0.09
last overdo	-0.038
last review	-0.028
last spring	-0.061
last time	0.137
last week	-0.09
last win	0.034
last year	-0.111
lasted	-0.02
lasted _ day	-0.02
lasted all	-0.02
lastin	-0.039
lastin change	-0.024
late	-0.236
late _ will	-0.03
late i	-0.03
laughe	-0.237
laughe _ hard	-0.024
laughe _ i	-0.031
laughe _ much	-0.066
laughe _ off	-0.058
laughe it	-0.058
laughe so	-0.09
laughe till	-0.031
laundr	-0.034
learn	-0.034
learn _ myself	-0.025
learn about	-0.025
learne	-0.084
learne _ to	-0.026
learne how	-0.026
learni	-0.102
learni _ to	-0.028
learni how	-0.028
learni piano	-0.037
learni to	-0.023
leave	0.14
leave _ world	0.15
leave bed	-0.022
leave him	0.023
leave this	0.15
leaves	-0.021
leavin _ behind	-0.035
leavin _ to	0.058
leavin _ undone	0.05
leavin _ world	0.062
leavin anythi	0.05
leavin do	-0.054
leavin everyt	0.023
leavin london	-0.034
leavin this	0.049
ledge	0.038
left _ i	-0.043
left _ live	0.096
left _ me	0.027
left _ my	-0.037
left _ note	0.111
left _ on	-0.025
left _ party	-0.031
left _ time	-0.027
left a	0.097
left early	-0.059
left for	0.027
left on	-0.065
left so	-0.043
left the	-0.055
left to	0.096
left work	-0.025
leftov	-0.02
leg	-0.021
leg day	-0.028
legs	-0.034
legs _ dead	-0.028
legs are	-0.028
less	-0.133
less _ than	-0.036
less panic	-0.031
let	-0.331
let _ and	-0.032
let _ be	0.056
let _ cry	-0.027
let _ feel	-0.034
let _ go	-0.03
let _ have	-0.024
let _ pass	-0.03
let _ rest	-0.153
let it	-0.1
let myself	-0.282
let this	0.083
lethal	0.195
lethal _ of	0.082
lethal dose	0.082
lethal doses	0.113
letter _ my	-0.038
letter _ say	0.051
letter for	0.024
level	-0.032
level 3	-0.024
librar	-0.079
lie	-0.041
lie in	-0.041
life	0.905
life _ be	0.039
life _ everyt	0.06
life _ like	0.055
life _ no	0.048
life _ not	0.18
life _ now	-0.026
life _ pointl	0.051
life _ pretty	-0.029
life _ so	-0.029
life and	0.047
life feels	0.048
life has	0.068
life insura	-0.049
life is	0.185
life to	0.024
lift	-0.023
lifted	-0.021
lifted _ than	-0.021
lifted heavie	-0.021
liftin	-0.09
liftin boxes	-0.068
lighte	0.077
lighte _ my	0.086
lighte on	0.104
like	0.347
like _ a	0.034
like _ am	0.021
like _ answer	0.037
like _ anymor	0.025
like _ are	-0.027
like _ dad	-0.054
like _ day	0.049
like _ dead	-0.029
like _ failur	-0.03
like _ ghost	0.027
like _ is	-0.041
like _ it	0.045
like _ only	0.113
like _ people	-0.055
like _ prison	0.029
like _ relief	0.076
like _ should	0.099
like _ times	-0.02
like _ up	-0.046
like _ was	-0.04
like a	0.065
like cookin	-0.02
like dying	0.04
like ending	0.049
like giving	-0.035
like hiding	-0.025
like it	-0.036
like me	0.128
like my	-0.034
like nothin	-0.033
like other	-0.055
like relief	0.028
like succes	-0.025
like such	0.04
like the	0.144
like this	0.188
line	0.038
linear	-0.04
lined	0.025
lined _ on	0.058
lined _ tomorr	-0.042
lined _ up	0.02
lined them	0.02
lines	-0.108
lines _ my	-0.108
lines in	-0.108
list	-0.035
list _ who	0.078
list instea	-0.033
list of	0.063
listen	-0.103
listen _ my	-0.026
listen and	-0.031
listen to	-0.043
lit	-0.043
lit _ candle	-0.036
lit a	-0.036
little	-0.026
live	0.263
live _ long	-0.073
live _ the	-0.046
live _ this	0.044
live a	-0.073
live anymor	0.029
live by	-0.046
live for	0.176
live like	0.025
lives	-0.033
lives _ level	-0.024
lives on	-0.024
living	0.661
living _ this	0.034
living anymor	0.042
living in	-0.045
living like	0.079
load _ washin	-0.025
loft	0.046
loggin	0.069
loggin _ for	0.072
loggin off	0.053
london	-0.067
lonely	-0.042
lonely _ evenin	-0.032
lonely all	-0.032
long	0.058
long _ about	0.024
long _ off	0.05
long life	-0.073
long thinki	0.024
long time	0.095
long walk	0.03
longer _ normal	0.051
longer _ queue	-0.054
longer need	-0.046
longer suicid	-0.083
longer than	0.048
longer this	-0.054
look	-0.029
look _ him	0.026
look _ my	0.028
look _ myself	-0.04
look _ overdo	0.04
look _ to	-0.028
look down	0.026
look dramat	-0.022
look forwar	-0.028
look like	-0.026
look up	0.04
looked	0.235
looked _ for	0.043
looked _ how	0.074
looked _ lethal	0.037
looked _ my	0.021
looked _ myself	-0.025
looked _ recipe	-0.037
looked _ the	0.077
looked after	0.031
looked at	0.083
looked down	0.043
looked up	0.086
lookin	0.198
lookin _ kind	0.06
lookin _ the	0.128
lookin and	0.06
lookin at	0.134
looks	0.072
looks _ inviti	0.083
looks so	0.083
loose	0.04
loose ends	0.04
lorry	0.038
losing	0.031
losing _ fight	0.031
losing the	0.031
lost	-0.057
lost _ my	-0.024
lost again	-0.024
lost all	-0.024
lot	0.102
lot _ parace	0.029
lot lately	0.023
lot of	0.035
lot today	-0.044
loud	0.101
loud _ great	-0.021
loud and	-0.021
loud today	0.078
love	0.167
love _ all	0.06
love _ becaus	0.032
love her	0.083
love it	-0.03
love them	0.023
love you	0.06
loved	-0.026
loved it	-0.026
lovely	-0.073
low	-0.113
low _ have	-0.035
low _ mornin	-0.027
low i	-0.035
low mood	-0.026
low this	-0.027
lower	-0.021
loweri	-0.023
loweri standa	-0.023
lunch	-0.063
lunch _ jo	0.105
lunch with	0.113
made _ bed	0.15
made _ best	-0.024
made _ cry	-0.086
made _ decisi	0.028
made _ for	0.045
made _ list	0.022
made _ note	0.051
made _ peace	0.066
made _ plan	-0.055
made _ the	0.083
made _ to	-0.069
made _ will	-0.027
made a	-0.02
made dinner	-0.083
made it	-0.1
made me	-0.086
made my	0.065
made soup	-0.053
made sure	0.083
made the	0.138
make	0.063
make _ offici	0.027
make _ soon	-0.021
make _ throug	0.069
make dinner	-0.021
make it	0.095
makes	-0.063
making	-0.061
making _ in	-0.046
making _ progre	-0.044
making _ sick	0.044
making any	-0.035
making myself	0.044
making progre	-0.046
man	-0.05
man _ a	-0.028
man on	-0.028
manage	-0.125
manage _ email	-0.023
manage _ shower	0.033
manage _ toast	-0.02
manage a	0.033
manage fine	-0.039
manage one	-0.023
manage some	-0.02
many	0.037
many _ are	-0.063
many _ is	0.043
many _ it	0.031
many _ on	0.024
many _ takes	0.028
many _ to	-0.029
many _ us	-0.02
many _ would	0.089
many calori	-0.021
many i	0.042
many it	0.061
many parace	0.074
many people	-0.057
many steps	-0.031
marath	-0.067
march	-0.028
marked	-0.021
marked *	-0.021
marley	-0.027
marley _ me	-0.027
marley and	-0.027
mat	0.027
mat _ whoeve	0.039
mat for	0.027
maths	-0.07
may	-0.28
may 2026	-0.043
may _ feel	-0.025
may also	-0.028
may be	-0.043
may feel	-0.02
may have	-0.02
may not	-0.047
maybe	0.108
maybe _ crash	0.046
maybe the	0.046
me	0.977
me _ anymor	0.026
me _ checke	-0.026
me _ favour	0.046
me _ for	0.028
me _ go	-0.05
me _ have	-0.053
me _ hurt	0.035
me _ i	-0.07
me _ it	0.104
me _ just	0.032
me _ more	-0.042
me _ much	-0.021
me _ not	0.064
me _ pictur	0.023
me _ she	-0.035
me _ the	0.024
me _ they	0.031
me _ to	0.032
me a	0.054
me and	0.039
me around	0.036
me cry	-0.086
me down	0.049
me haha	-0.036
me if	-0.103
me in	0.086
me on	0.048
me one	-0.042
me she	-0.031
me should	0.09
me so	-0.021
me soon	0.022
me to	0.021
me twice	-0.032
me up	0.028
me wants	0.04
me when	-0.035
me would	-0.053
meal	-0.049
mean	-0.067
mean _ positi	-0.026
mean that	-0.038
meanin	-0.043
meanin _ rarely	-0.022
meanin change	-0.022
means	0.081
measur	-0.052
measur _ agains	-0.058
measur _ rope	0.078
measur _ where	-0.042
measur agains	-0.042
measur myself	-0.031
measur progre	-0.028
measur stick	-0.02
measur the	0.078
medica	-0.039
medici	-0.024
meds _ a	0.039
meds _ and	0.046
meds _ booze	0.026
meds _ day	-0.021
meds _ my	-0.027
meds _ the	-0.048
meds every	-0.021
meds togeth	0.025
meds tonigh	0.022
meetin	-0.305
meetin _ end	-0.065
meetin _ shorte	-0.059
meetin to	-0.065
meetin today	-0.034
meetin were	-0.059
member	0.022
member _ phone	0.06
member and	0.06
mental	-0.189
mental _ is	-0.03
mental _ recove	-0.034
mental healin	-0.049
mental health	-0.105
mentor	-0.023
mess	0.037
mess _ and	-0.05
mess _ scars	0.037
mess anymor	-0.023
mess of	0.037
mess up	-0.05
messag	0.082
messag _ my	0.082
messag _ schedu	0.036
messag and	0.036
messag to	0.082
messed	-0.03
messed up	-0.03
messy	-0.063
messy room	-0.045
met	-0.041
metal	-0.021
metal _ was	-0.021
metal concer	-0.021
method _ a	0.023
method and	0.023
mid	-0.038
mid essay	-0.034
midnig	-0.021
might	0.217
might _ myself	0.107
might _ neck	0.024
might _ saying	-0.022
might _ tonigh	0.103
might _ well	0.062
might as	0.062
might ctb	0.026
might do	0.039
might hurt	0.03
might includ	-0.034
might just	0.041
might kill	0.024
might mean	-0.023
might rope	0.055
might say	-0.039
might top	0.048
migrai	-0.023
migrai _ all	-0.02
migrai lasted	-0.02
mind	0.149
mind _ i	0.032
mind _ lot	0.027
mind a	0.027
mind consta	0.027
mind if	0.045
mind may	-0.02
minds	-0.047
mindse	-0.023
minimi	-0.02
minimi _ risk	-0.02
minimi seriou	-0.02
minute	-0.146
mirror	-0.025
miss	0.061
miss _ dad	-0.022
miss _ so	0.028
miss me	0.082
miss my	-0.036
missed	-0.068
missed _ mum	-0.044
missed my	-0.064
mistak	0.052
mistak _ should	0.073
mistak that	0.073
mixed	0.038
mixed _ my	0.025
mixed all	0.025
moment	-0.076
moment _ feel	-0.025
moment can	-0.025
moment of	-0.06
monday	-0.134
monday _ much	-0.024
monday so	-0.024
money	-0.091
month	-0.19
month _ the	-0.038
month _ way	0.027
month i	-0.064
month one	0.027
months	-0.127
months _ from	-0.067
months _ of	-0.041
months clean	-0.033
months free	-0.075
mood	-0.026
moon	-0.077
moon _ the	-0.027
moon about	-0.039
more	-0.208
more _ and	-0.077
more _ i	-0.042
more _ this	0.066
more _ today	-0.034
more clearl	-0.023
more meetin	-0.034
more of	0.052
more often	-0.083
more quickl	-0.039
more time	-0.042
more tonigh	0.037
mornin	-0.074
mornin _ realis	0.029
mornin coffee	-0.046
mornin person	-0.029
most	-0.052
motiva	-0.163
motiva _ like	-0.055
motiva myself	-0.055
motorw	0.034
motorw bridge	0.033
motorw for	-0.031
mounta	-0.03
mounta _ a	-0.03
mounta for	-0.03
move	-0.093
move _ from	-0.024
move cities	-0.025
moved	-0.103
moved _ outsid	-0.022
moved on	-0.035
moved one	-0.022
moveme	-0.029
movie	-0.024
movies	-0.031
movies _ made	-0.031
movies ending	-0.031
moving	-0.153
moving _ spain	-0.035
moving abroad	-0.025
moving on	-0.062
moving to	-0.035
mower	-0.026
mower _ sharpe	-0.026
mower need	-0.026
much	-0.061
much _ costs	-0.03
much _ push	-0.041
much _ takes	0.051
much _ this	-0.054
much _ though	-0.056
much _ usual	-0.02
much _ want	0.059
much as	-0.029
much hope	-0.021
much i	-0.038
much it	0.025
much longer	0.052
much work	-0.067
multi	0.043
multi _ roof	0.043
multi storey	0.043
mum	-0.083
mum _ a	-0.038
mum _ be	-0.033
mum _ dad	0.043
mum _ heaven	0.023
mum _ lot	-0.044
mum _ love	0.067
mum _ told	-0.029
mum a	-0.059
mum i	0.067
mum on	-0.038
mum would	-0.033
mums	-0.045
mums _ is	0.026
mums _ to	-0.035
mums birthd	0.026
mums going	-0.035
murder	-0.065
murder _ curry	-0.037
murder a	-0.047
my	-0.351
my _ a	-0.039
my _ about	-0.158
my _ adjust	-0.035
my _ after	-0.069
my _ again	0.087
my _ agains	0.105
my _ and	0.036
my _ are	0.11
my _ asked	0.055
my _ at	-0.076
my _ away	0.086
my _ band	-0.026
my _ batter	-0.023
my _ bike	-0.028
my _ birthd	-0.024
my _ bled	0.062
my _ books	-0.025
my _ brings	-0.021
my _ car	-0.023
my _ card	-0.025
my _ care	0.062
my _ choppi	-0.06
my _ clothe	-0.022
my _ coffee	-0.046
my _ consta	0.027
my _ contra	0.061
my _ cut	-0.028
my _ day	0.02
my _ death	0.04
my _ deserv	0.043
my _ died	-0.166
my _ do	-0.076
my _ does	-0.046
my _ drawer	0.049
my _ drew	0.023
my _ dying	-0.028
my _ emails	-0.042
my _ ended	-0.033
my _ entry	0.091
my _ even	-0.035
my _ every	-0.021
my _ exerci	-0.031
my _ feels	0.066
my _ flat	-0.066
my _ for	0.232
my _ friend	0.034
my _ fringe	-0.029
my _ funera	-0.022
my _ gave	-0.033
my _ get	-0.026
my _ goal	-0.03
my _ had	-0.038
my _ has	0.035
my _ in	0.099
my _ insura	-0.049
my _ intake	-0.031
my _ is	-0.06
my _ keeps	0.062
my _ last	0.034
my _ lasted	-0.02
my _ lost	-0.024
my _ member	0.022
my _ messag	0.057
my _ myself	-0.05
my _ night	0.037
my _ note	0.096
my _ of	-0.036
my _ off	-0.071
my _ on	0.03
my _ open	0.048
my _ out	0.06
my _ overdo	-0.038
my _ pain	-0.045
my _ pals	-0.026
my _ passed	-0.057
my _ phone	-0.037
my _ pink	-0.076
my _ plan	-0.098
my _ post	0.032
my _ prescr	0.037
my _ preten	-0.024
my _ profil	-0.036
my _ rang	0.066
my _ raw	0.05
my _ remind	-0.038
my _ self	-0.078
my _ short	-0.058
my _ so	0.213
my _ split	0.023
my _ stuff	0.027
my _ talked	-0.025
my _ test	-0.066
my _ this	-0.021
my _ till	0.031
my _ time	-0.061
my _ to	0.12
my _ togeth	0.025
my _ told	-0.055
my _ tomorr	-0.064
my _ tonigh	0.116
my _ until	0.091
my _ was	-0.023
my _ where	0.022
my _ who	-0.025
my _ will	-0.107
my _ win	0.034
my _ wins	-0.031
my _ with	0.166
my _ withou	-0.055
my _ would	0.124
my _ zone	-0.03
my antibi	-0.041
my arm	0.333
my arms	0.294
my attemp	0.046
my best	0.02
my bike	-0.043
my body	0.051
my book	-0.031
my boots	-0.037
my boss	-0.114
my boyfri	-0.064
my brain	0.062
my breath	-0.031
my brothe	-0.083
my budget	-0.034
my cats	0.062
my charac	-0.025
my chest	-0.02
my chips	-0.052
my chroni	-0.037
my client	-0.025
my coffee	-0.031
my collea	-0.053
my comfor	-0.03
my commut	0.024
my credit	-0.025
my dad	-0.056
my dads	-0.022
my date	-0.024
my death	0.044
my debts	0.061
my decisi	0.129
my disser	-0.02
my doctor	-0.061
my dog	0.078
my dogs	-0.029
my drivin	-0.055
my essay	0.193
my ex	-0.056
my exam	-0.023
my exams	-0.024
my exit	0.079
my exs	-0.036
my eyes	-0.038
my family	0.15
my feet	-0.057
my finger	-0.088
my fist	0.028
my friend	-0.265
my fringe	-0.083
my funera	0.051
my future	-0.044
my goodby	0.189
my gp	-0.021
my granda	-0.071
my grandm	-0.115
my guitar	0.024
my gym	0.022
my hair	-0.14
my hands	0.056
my head	0.261
my headac	-0.069
my homewo	-0.024
my housep	-0.036
my jeans	-0.043
my job	-0.047
my kids	0.05
my knee	-0.02
my knuckl	0.085
my laptop	-0.057
my last	0.191
my leavin	-0.053
my legs	-0.034
my life	0.205
my lives	-0.024
my manage	-0.023
my meds	0.084
my migrai	-0.02
my mind	0.105
my mornin	-0.046
my mum	0.022
my nails	0.023
my nan	-0.021
my neck	0.062
my neighb	0.082
my nephew	-0.053
my new	-0.026
my note	0.052
my notebo	-0.108
my old	-0.235
my out	-0.021
my overdr	-0.022
my own	0.051
my partne	-0.052
my passpo	-0.057
my passwo	0.084
my peace	0.066
my pen	-0.047
my phone	-0.044
my phones	-0.036
my pillow	0.042
my pills	-0.032
my plant	-0.061
my prescr	-0.135
my presen	-0.021
my pride	-0.047
my psychi	-0.042
my rash	-0.021
my reason	-0.033
my relati	-0.033
my room	0.036
my rope	0.022
my run	-0.027
my safety	-0.086
my screen	-0.061
my sessio	-0.024
my sister	-0.197
my skin	0.106
my sleep	0.052
my sock	0.049
my step	-0.03
my stitch	-0.02
my stuff	0.147
my subscr	-0.04
my suicid	0.104
my tablet	0.057
my team	-0.055
my teens	-0.024
my therap	-0.126
my thigh	0.089
my thighs	0.123
my things	0.13
my though	0.08
my time	0.075
my to	-0.037
my toenai	-0.03
my vitami	-0.038
my whole	0.037
my will	0.037
my wrist	0.218
my wrists	0.143
myself	1.114
myself _ a	0.032
myself _ again	0.037
myself _ all	0.028
myself _ as	0.044
myself _ back	0.022
myself _ cope	0.054
myself _ death	0.039
myself _ during	-0.021
myself _ evenin	0.034
myself _ felt	-0.032
myself _ fix	0.025
myself _ how	-0.033
myself _ i	0.06
myself _ nice	0.023
myself _ not	0.059
myself _ now	0.046
myself _ other	-0.055
myself _ oversl	-0.039
myself _ punish	0.081
myself _ purpos	0.071
myself _ rest	-0.05
myself _ sad	-0.034
myself _ snappi	-0.025
myself _ textin	-0.023
myself _ the	0.169
myself _ week	-0.034
myself _ weeken	0.042
myself _ who	-0.031
myself _ withou	-0.03
myself after	-0.025
myself again	0.12
myself agains	-0.031
myself all	0.041
myself as	0.081
myself at	0.028
myself by	0.025
myself came	0.022
myself cry	-0.027
myself feel	-0.034
myself for	-0.035
myself from	-0.032
myself gettin	-0.048
myself have	-0.024
myself in	0.162
myself is	0.023
myself like	-0.055
myself of	-0.033
myself off	0.029
myself on	0.099
myself raw	0.04
myself rest	-0.153
myself right	0.046
myself sick	0.044
myself sounds	0.023
myself that	-0.037
myself thinki	-0.05
myself to	0.037
myself today	-0.069
myself tonigh	0.085
myself until	0.087
myself when	0.052
myself with	0.138
myself would	0.025
nailed	-0.022
nails	0.023
named	-0.037
named _ feelin	-0.029
named the	-0.023
nan	-0.029
nan _ away	-0.026
nan _ last	-0.028
nan died	-0.028
nan passed	-0.026
nap	-0.132
nap _ bad	-0.023
nap so	-0.023
napped	-0.022
near	0.024
nearly	0.039
nearly _ it	0.107
nearly _ me	-0.075
nearly _ the	0.075
nearly _ throug	0.064
nearly _ up	-0.02
nearly _ when	-0.031
nearly at	0.057
nearly did	0.107
nearly died	-0.064
nearly gave	-0.02
nearly killed	-0.075
nearly went	0.064
neck	0.092
neck _ my	0.024
neck all	0.024
need	0.22
need _ after	0.06
need _ cut	0.02
need _ feel	0.068
need _ i	0.023
need _ in	-0.046
need _ job	0.03
need _ nap	-0.023
need _ stretc	-0.035
need _ where	0.026
need _ with	-0.022
need it	0.08
need now	0.022
need sharpe	-0.026
need them	0.079
need to	0.09
needed	-0.102
needed reassu	-0.025
needed that	-0.027
needin	0.024
needs	-0.094
needs _ around	0.026
needs _ be	-0.024
needs _ change	-0.044
needs to	-0.069
neighb	0.058
neighb _ shell	0.056
neighb _ someon	0.026
neighb so	0.082
nephew	-0.053
never	0.309
never _ back	0.046
never _ this	-0.047
never _ to	0.036
never _ up	0.112
never born	0.129
never come	0.046
never here	0.025
never meant	0.032
never starte	-0.047
never wake	0.061
never woken	0.025
new	-0.239
new _ every	0.06
new _ today	0.023
new blades	0.023
new cuts	0.06
new leaves	-0.024
new ones	-0.022
new shoes	-0.02
new year	0.024
news	-0.104
news _ the	-0.063
news about	-0.039
news from	-0.024
next	0.023
next _ i	0.03
next _ it	0.026
next _ to	-0.049
next _ with	0.039
next door	-0.057
next week	0.117
next year	0.047
nice	0.033
nice _ whoeve	0.036
nice evenin	-0.024
nice for	0.036
night	0.367
night _ a	0.021
night _ nobody	0.045
night _ the	-0.027
night and	0.049
night for	0.021
night of	-0.027
night shift	-0.032
nightm	-0.042
no	0.103
no _ about	0.077
no _ anymor	0.07
no _ arguin	-0.043
no _ can	0.022
no _ except	0.042
no _ for	0.088
no _ going	0.089
no _ has	0.02
no _ i	-0.048
no _ knows	0.021
no _ need	-0.046
no _ of	-0.049
no _ or	-0.021
no _ rushin	-0.037
no _ so	-0.024
no _ stress	-0.033
no _ suicid	-0.083
no _ the	-0.043
no _ to	0.216
no _ waitin	-0.044
no _ worryi	-0.03
no _ would	0.122
no choice	-0.024
no escape	0.042
no future	0.063
no longer	-0.134
no more	0.038
no one	0.275
no point	0.024
no reason	0.234
no right	-0.021
no sleep	-0.053
no though	-0.049
no threat	-0.021
no to	-0.114
no way	-0.05
nobody	0.235
nobody _ care	0.031
nobody _ even	0.029
nobody _ if	0.026
nobody _ it	-0.044
nobody _ miss	0.03
nobody _ notice	0.047
nobody _ to	0.044
nobody cares	0.026
nobody has	0.044
nobody knows	0.059
nobody sees	-0.044
nobody would	0.146
noise	-0.057
noise _ door	-0.049
noise next	-0.049
noon	-0.062
noose	0.06
normal _ at	0.029
normal _ want	-0.036
normal day	0.029
normal to	-0.036
not	0.369
not _ a	0.114
not _ about	-0.021
not _ after	-0.02
not _ alive	0.087
not _ and	0.063
not _ any	0.095
not _ anyone	0.082
not _ anythi	0.023
not _ around	0.078
not _ at	0.121
not _ back	-0.029
not _ be	-0.037
not _ before	-0.061
not _ burden	-0.038
not _ by	-0.02
not _ campin	0.05
not _ cookin	0.034
not _ done	-0.034
not _ dramat	-0.022
not _ enough	-0.021
not _ everyt	-0.046
not _ for	0.036
not _ how	-0.032
not _ i	-0.156
not _ if	0.139
not _ in	-0.06
not _ instea	-0.024
not _ it	0.151
not _ like	-0.03
not _ living	0.086
not _ loweri	-0.023
not _ maths	-0.034
not _ me	0.024
not _ much	-0.02
not _ my	-0.08
not _ myself	-0.028
not _ need	-0.022
not _ needin	0.024
not _ next	0.021
not _ on	0.028
not _ progre	-0.063
not _ publis	-0.046
not _ right	0.073
not _ safe	0.13
not _ saving	0.039
not _ so	0.035
not _ that	-0.035
not _ the	0.021
not _ them	0.093
not _ this	0.093
not _ to	-0.247
not _ today	-0.037
not _ tomorr	-0.034
not _ tonigh	0.075
not _ up	0.163
not _ used	-0.02
not _ why	0.076
not _ yet	-0.114
not a	-0.024
not about	-0.082
not always	-0.061
not back	-0.029
not bad	-0.034
not be	0.12
not being	0.02
not believ	-0.042
not better	-0.132
not big	-0.02
not born	0.023
not care	0.099
not check	-0.042
not come	0.054
not cope	0.066
not count	-0.02
not cut	-0.149
not deserv	0.102
not die	-0.121
not died	-0.036
not doing	-0.021
not eating	0.117
not end	-0.04
not enough	-0.03
not exist	0.14
not feel	0.042
not fight	0.032
not for	0.1
not get	0.032
not gettin	0.043
not go	0.036
not going	0.065
not gone	-0.031
not have	-0.123
not help	0.086
not here	0.038
not hurt	-0.085
not i	-0.039
not keep	0.053
not know	0.057
not lately	-0.038
not linear	-0.04
not live	0.039
not look	-0.037
not make	0.028
not making	-0.081
not mean	-0.058
not meant	-0.024
not mind	0.093
not need	0.19
not ok	0.058
not only	-0.047
not perfec	-0.029
not pictur	0.021
not pointe	-0.036
not preten	-0.046
not promis	-0.036
not rain	-0.029
not safe	0.495
not see	0.074
not seen	-0.061
not self	-0.033
not sleep	-0.03
not stay	0.031
not still	-0.044
not stop	0.043
not suicid	-0.142
not sure	0.039
not surviv	0.042
not tell	0.056
not the	-0.05
not think	0.072
not to	-0.051
not told	0.023
not true	-0.027
not trust	0.045
not use	-0.035
not wait	0.061
not wake	0.116
not want	-0.288
not wear	-0.046
not where	-0.14
not woken	0.033
not work	0.131
not worth	0.202
note	0.314
note _ say	-0.028
note _ the	0.11
note on	0.121
note to	-0.049
notebo	-0.115
notes	0.036
notes _ mum	0.043
notes for	0.043
nothin	0.053
nothin _ 4	0.042
nothin _ believ	-0.02
nothin _ changi	-0.045
nothin _ ever	0.085
nothin _ for	0.027
nothin _ live	0.08
nothin _ on	-0.037
nothin _ to	0.05
nothin for	0.042
nothin happen	-0.046
nothin is	0.034
nothin left	0.095
nothin seriou	-0.021
nothin thinki	-0.09
nothin to	0.08
nothin worth	0.026
notice	-0.159
notice _ i	0.084
notice _ measur	-0.031
notice _ mentor	-0.023
notice _ though	-0.042
notice _ was	-0.035
notice _ would	-0.031
notice i	-0.088
notice if	0.091
notice my	-0.029
notice the	-0.094
notici	-0.068
notici _ progre	-0.025
notici your	-0.025
now	-0.122
now _ am	-0.047
now _ can	0.042
now _ do	-0.076
now _ i	-0.044
now _ volunt	-0.026
now and	-0.083
now i	-0.093
now that	0.038
numb	-0.04
numb lately	-0.04
nurse	-0.06
nurse _ low	-0.035
nurse how	-0.035
obsess	-0.028
obviou	-0.038
od	0.058
od _ week	0.024
od last	0.024
odd	0.048
odd _ purpos	0.048
odd on	0.048
of	0.292
of 12	-0.028
of _ a	0.034
of _ alive	0.196
of _ and	0.213
of _ anxiou	-0.021
of _ are	0.033
of _ at	-0.022
of _ bed	-0.028
of _ book	-0.03
of _ box	0.023
of _ burden	-0.03
of _ bus	0.067
of _ calms	0.031
of _ cat	-0.022
of _ cliff	0.031
of _ comfor	-0.03
of _ compas	-0.023
of _ concer	-0.027
of _ cupboa	0.02
of _ death	-0.025
of _ earlie	0.081
of _ era	-0.022
of _ fall	-0.02
of _ feels	0.028
of _ finall	-0.028
of _ gets	0.078
of _ haha	-0.045
of _ harm	-0.036
of _ hotel	-0.031
of _ i	0.045
of _ in	0.045
of _ into	0.052
of _ is	0.025
of _ it	-0.033
of _ life	0.042
of _ line	0.097
of _ lorry	0.038
of _ meetin	-0.024
of _ messag	-0.021
of _ myself	0.088
of _ night	0.033
of _ off	0.048
of _ over	-0.046
of _ phone	-0.058
of _ platfo	0.03
of _ psych	0.056
of _ rain	-0.057
of _ right	0.024
of _ road	-0.034
of _ roof	0.089
of _ rope	0.022
of _ scared	-0.037
of _ series	-0.048
of _ shift	-0.021
of _ someth	0.085
of _ the	-0.028
of _ things	0.04
of _ tired	-0.033
of _ to	0.083
of _ today	0.029
of _ traffi	-0.05
of _ train	0.046
of _ tunnel	-0.02
of _ wants	0.04
of _ weathe	-0.037
of _ week	-0.053
of _ when	-0.05
of _ wifi	-0.031
of _ will	0.032
of _ with	-0.025
of _ withou	-0.029
of _ world	-0.04
of a	0.079
of an	-0.022
of bed	-0.066
of being	0.084
of cake	-0.024
of cleani	-0.038
of cuttin	-0.035
of death	0.031
of doing	0.105
of dying	0.067
of ending	0.064
of existi	0.17
of her	-0.025
of hoped	0.06
of ironin	-0.044
of is	-0.03
of jumpin	0.068
of killin	0.042
of life	0.113
of living	0.217
of marley	-0.027
of meetin	-0.057
of my	-0.083
of myself	-0.087
of office	-0.021
of parace	0.158
of pills	0.243
of pushin	-0.037
of scars	0.037
of self	-0.071
of small	-0.034
of space	0.091
of spider	-0.104
of streng	-0.032
of suicid	0.065
of tablet	0.079
of taking	0.074
of tea	-0.056
of term	-0.028
of that	-0.052
of the	-0.126
of this	-0.126
of time	-0.022
of toppin	0.021
of us	-0.059
of vodka	0.052
of war	-0.023
of washin	-0.025
of water	-0.065
of what	0.046
of who	0.078
of yourse	-0.026
off	0.074
off _ balcon	0.034
off _ bike	-0.033
off _ bridge	0.083
off _ credit	-0.025
off _ curb	0.06
off _ debts	0.061
off _ good	0.079
off _ me	0.088
off _ meetin	-0.059
off _ motorw	0.022
off _ phone	-0.021
off _ planet	0.02
off _ puzzle	-0.038
off _ ride	0.044
off _ road	0.031
off _ short	0.05
off _ table	-0.033
off _ the	-0.055
off _ this	0.032
off _ train	-0.065
off _ tv	-0.029
off a	0.07
off campin	-0.053
off dead	0.147
off for	0.042
off if	-0.044
off myself	0.056
off the	0.099
off this	-0.04
off with	0.024
off withou	0.06
office	-0.046
office _ and	-0.021
office messag	-0.021
offici	0.027
often	-0.225
often _ recove	-0.064
often and	-0.064
ok	-0.056
ok _ i	0.031
ok and	0.027
ok now	-0.038
ok tonigh	-0.036
okay	-0.079
okay _ not	0.036
okay _ of	-0.024
okay and	0.036
okay instea	-0.024
old	-0.32
old _ again	0.055
old _ away	-0.044
old _ to	-0.055
old _ today	-0.048
old _ would	-0.053
old bike	-0.028
old books	-0.025
old car	-0.023
old clothe	-0.037
old cuts	0.055
old flat	-0.066
old job	-0.027
old me	-0.053
old phone	-0.037
omg	-0.03
omg _ passed	-0.03
omg i	-0.03
on	0.067
on _ 3	-0.024
on _ a	0.031
on _ and	0.049
on _ balcon	0.057
on _ beach	-0.046
on _ boat	-0.022
on _ bridge	0.043
on _ commut	0.024
on _ crisis	-0.025
on _ desk	0.067
on _ door	-0.022
on _ edge	0.03
on _ end	0.118
on _ essay	-0.023
on _ finger	-0.021
on _ forum	-0.026
on _ fridge	0.028
on _ gate	-0.024
on _ good	-0.057
on _ harm	0.151
on _ hill	-0.049
on _ ledge	0.038
on _ mind	0.087
on _ mower	-0.026
on _ outsid	0.035
on _ oven	-0.026
on _ own	-0.029
on _ partne	0.029
on _ platfo	0.032
on _ puzzle	-0.045
on _ roof	-0.021
on _ run	-0.056
on _ skin	0.045
on _ strong	0.056
on _ sunny	-0.028
on _ table	0.121
on _ that	-0.024
on _ thighs	0.058
on _ this	0.064
on _ till	0.021
on _ time	-0.044
on _ to	-0.12
on _ today	-0.024
on _ tomorr	0.033
on _ tonigh	-0.068
on _ trip	-0.116
on _ wall	0.046
on _ was	-0.021
on _ way	0.076
on _ with	0.02
on _ withou	-0.033
on _ wrist	0.086
on a	-0.214
on alcoho	-0.033
on anymor	0.044
on by	0.031
on clothe	-0.033
on coffee	-0.034
on everyt	0.042
on from	-0.024
on holida	-0.139
on it	0.045
on level	-0.024
on life	0.072
on like	0.065
on living	0.032
on my	0.266
on myself	-0.078
on pizza	-0.049
on purpos	0.523
on screen	-0.044
on scroll	-0.034
on self	0.138
on someth	0.063
on stage	-0.075
on sugar	-0.027
on takeaw	-0.022
on the	0.153
on them	0.022
on this	-0.097
on time	-0.278
on trying	-0.034
once	-0.029
once _ birthd	0.026
once _ the	-0.025
once in	-0.025
once mums	0.026
one	-0.179
one _ care	0.043
one _ clean	-0.021
one _ come	0.029
one _ does	-0.02
one _ i	0.021
one _ miss	0.025
one _ or	0.027
one _ organi	-0.031
one _ see	0.022
one _ the	0.062
one _ thing	-0.081
one _ to	0.02
one about	0.077
one can	0.022
one day	-0.046
one email	-0.03
one has	0.02
one knows	0.021
one last	0.059
one more	-0.042
one outsid	-0.022
one small	-0.089
one way	0.042
one who	-0.051
one would	0.122
one year	-0.045
ones	-0.022
onions	-0.068
online	0.061
online _ it	-0.031
online _ much	0.02
online _ the	0.058
online _ you	0.026
online for	0.067
online how	0.02
only	0.073
only _ becaus	-0.064
only _ it	-0.021
only _ left	0.022
only _ one	-0.023
only _ out	0.05
only _ that	0.129
only _ who	-0.02
only did	-0.021
only manage	-0.023
only one	-0.021
only option	0.098
only stayed	-0.046
only thing	0.142
only way	0.081
only went	-0.024
onto	0.041
onto _ pills	0.041
onto the	0.041
oops	-0.021
open	0.023
opened _ curtai	-0.025
opened _ old	0.055
opened the	-0.039
opened up	0.047
option	0.088
option left	0.022
or	-0.531
or _ exhaus	-0.027
or _ is	-0.032
or _ thinki	-0.09
or _ to	-0.038
or _ way	-0.021
or a	-0.033
or anothe	0.027
or not	-0.023
or nothin	-0.09
or obviou	-0.02
or tired	-0.032
or wrong	-0.021
ordere	-0.02
organi	-0.061
organi everyt	-0.031
other	-0.092
other _ do	-0.055
other _ would	-0.03
other people	-0.085
ouch	-0.05
our	-0.171
our _ that	-0.021
our brain	-0.021
our team	-0.027
oursel	-0.046
out	0.371
out _ bed	-0.066
out _ chop	-0.028
out _ friend	-0.046
out _ good	0.029
out _ how	0.02
out _ i	0.038
out _ it	0.081
out _ life	0.043
out _ many	0.042
out _ office	-0.021
out _ sam	-0.028
out _ should	0.048
out _ this	-0.052
out _ though	-0.025
out _ will	0.026
out again	0.115
out even	-0.025
out for	0.045
out how	0.067
out is	0.023
out my	0.045
out of	-0.037
out online	0.02
out soon	0.042
out the	-0.08
out til	0.07
out to	-0.04
out who	0.048
out with	-0.108
outsid	-0.035
outsid _ ten	-0.022
outsid for	-0.023
oven	-0.041
over	-0.221
over _ ages	-0.03
over _ and	-0.035
over _ bridge	-0.032
over _ by	-0.03
over _ can	0.026
over _ head	0.062
over _ heatwa	-0.025
over _ i	-0.033
over _ moon	-0.077
over _ over	0.028
over _ purpos	0.028
over _ with	-0.025
over and	0.028
over everyt	0.031
over i	0.028
over it	-0.063
over life	0.031
over my	0.043
over on	0.028
over so	-0.033
over the	-0.127
over this	-0.101
over time	-0.07
overco	-0.025
overdi	0.026
overdi _ with	0.048
overdi it	0.031
overdo	0.226
overdo _ i	-0.038
overdo _ night	0.063
overdo amount	0.04
overdo and	-0.038
overdo last	0.063
overdo on	0.027
overdo tonigh	0.07
overdr	-0.022
oversl	-0.039
overwh	-0.032
own	0.026
own death	0.069
own fringe	-0.029
packed	-0.04
packed _ the	-0.025
packed for	-0.025
packet	0.067
packet _ parace	0.067
packet of	0.067
paid	-0.067
paid _ my	0.036
paid off	0.054
paid the	-0.08
pain	0.224
pain _ bad	-0.037
pain _ feel	0.023
pain _ stop	0.044
pain anymor	0.022
pain to	0.074
pain was	-0.037
painki	-0.021
painki _ my	-0.021
painle	0.101
painle _ to	0.101
painle ways	0.101
pals	-0.026
panic	-0.092
panic _ before	-0.031
panic _ by	-0.021
panic attack	-0.036
panic than	-0.031
paper	-0.044
paper cut	-0.024
paperw	-0.022
parace	0.3
parace _ for	0.029
parace _ take	0.067
parace _ three	0.108
parace _ too	0.043
parace _ would	0.031
parace for	-0.022
parace from	0.108
parace is	0.043
parace it	0.031
parace to	0.067
parace today	0.029
parade	-0.034
parent	-0.036
parent evenin	-0.03
park	0.057
park _ again	0.026
park is	0.098
park roof	0.035
part	0.024
part _ me	0.05
part of	0.024
partie	-0.039
partne	-0.052
partne _ have	-0.04
partne i	-0.04
party	-0.182
party _ i	-0.02
party when	-0.02
pass	-0.047
passed	-0.195
passed _ i	-0.03
passed _ last	-0.057
passed _ peacef	-0.026
passed and	-0.03
passed away	-0.089
passed my	-0.022
passiv	0.054
passiv _ though	0.054
passiv suicid	0.054
passpo	-0.057
passwo	0.104
passwo _ nobody	0.02
passwo _ they	0.084
passwo so	0.104
past	-0.048
past _ bridge	-0.023
past the	-0.023
patien	-0.097
patter	-0.032
payche	-0.033
payday	-0.036
payday soon	-0.036
pb	-0.022
peace	0.134
peace _ it	0.028
peace _ my	0.1
peace _ said	0.038
peace and	0.038
peace with	0.128
peacef _ lake	-0.045
peacef _ now	0.037
peacef _ week	-0.026
peacef last	-0.026
peacef right	0.037
peacef the	-0.045
pen	-0.054
pen pals	-0.026
people	-0.165
people _ die	0.033
people _ have	-0.03
people _ me	0.053
people _ things	0.021
people do	-0.055
people for	0.021
people like	0.053
people pleasi	-0.032
people who	0.033
people would	-0.03
perfec	-0.099
perfor	-0.028
perman	0.159
perman sleep	0.038
person	-0.093
person _ this	0.044
person writin	0.044
phone	-0.12
phone _ dead	-0.056
phone _ on	-0.022
phone call	-0.02
phone contra	0.063
phone died	-0.035
phone is	-0.056
phone rang	0.066
phoned	-0.126
phoned the	-0.077
phones	-0.036
phones dying	-0.028
photo	-0.035
photos	-0.032
physic	0.045
physic kind	0.045
piano	-0.052
picked	0.245
picked _ date	0.111
picked _ day	0.162
picked _ my	-0.08
picked a	0.111
picked the	0.162
picked up	-0.092
pictur	0.063
pictur _ bought	-0.021
pictur _ i	0.023
pictur _ the	-0.026
pictur _ year	0.039
pictur and	0.023
pictur i	-0.021
pictur myself	0.029
pictur next	0.021
pier	0.044
pill	-0.034
pill _ my	-0.034
pill for	-0.034
pillow	0.037
pillow _ when	0.042
pillow for	0.042
pills	0.485
pills _ a	0.049
pills _ callin	0.035
pills _ doctor	-0.07
pills _ ended	0.047
pills _ in	0.094
pills _ it	0.044
pills _ left	-0.043
pills _ lined	-0.042
pills _ my	0.083
pills _ of	0.02
pills _ purpos	0.03
pills _ the	-0.158
pills _ up	0.045
pills and	0.065
pills earlie	0.03
pills from	-0.02
pills in	0.083
pills into	-0.044
pills is	0.035
pills just	0.041
pills my	-0.033
pills off	-0.033
pills on	0.03
pills out	0.02
pills saved	0.045
pills the	-0.037
pills tonigh	0.02
pills would	0.033
pineap	-0.049
pineap _ on	-0.049
pineap belong	-0.049
pink	-0.076
pizza	-0.117
plan	0.076
plan _ a	0.023
plan _ and	-0.024
plan _ get	-0.031
plan _ i	0.039
plan _ ready	0.089
plan _ to	-0.023
plan _ tomorr	-0.039
plan and	0.179
plan for	-0.109
plan is	0.075
plan on	-0.022
plan somewh	-0.024
plan to	-0.036
plan yet	-0.048
plane	0.144
plane _ crash	0.028
plane _ down	0.024
plane crashe	0.092
plane went	0.024
plane would	0.028
planet	0.02
planet perman	0.02
planne _ route	0.073
planne anothe	-0.039
planne the	0.073
planni	0.258
planni _ death	0.031
planni _ end	0.059
planni _ exit	0.066
planni _ holida	-0.069
planni _ suicid	0.06
planni _ to	0.073
planni a	-0.069
planni how	0.073
planni my	0.157
planni to	0.108
plans	-0.036
plans _ look	-0.04
plans to	-0.04
plant	-0.106
plant _ dying	-0.025
plant _ not	-0.036
plant _ though	-0.024
plant had	-0.036
plant i	-0.024
plant is	-0.025
plante	-0.028
plants	0.023
plants _ jk	-0.026
plants _ while	-0.022
plants died	-0.022
plants get	-0.026
plaste	-0.04
plaste on	-0.04
platfo	0.062
platfo _ longer	0.051
platfo edge	0.051
play	-0.028
played	-0.087
played _ last	-0.039
played _ with	-0.021
played the	-0.039
please	0.263
please _ after	0.028
please _ stop	0.047
please _ take	0.027
please _ this	0.083
please help	0.022
please just	0.027
please let	0.097
please look	0.028
please someon	0.059
pleasi	-0.032
point	0.258
point _ about	-0.03
point _ anythi	0.055
point _ being	0.024
point _ carryi	0.054
point _ doing	0.075
point _ foldin	-0.033
point _ going	0.036
point _ ironin	-0.126
point _ living	0.139
point _ me	0.097
point _ meetin	-0.057
point _ on	0.089
point _ stayin	0.048
point _ with	-0.043
point _ worryi	-0.035
point anymor	0.072
point arguin	-0.043
point going	0.089
point in	0.164
point of	0.118
point rushin	-0.037
point stress	-0.033
point waitin	-0.044
point worryi	-0.03
pointe	-0.036
pointe _ out	-0.036
pointe it	-0.036
pointl	0.045
pool	-0.076
positi	-0.032
positi _ is	-0.026
positi thinki	-0.026
post	-0.134
posted	0.032
posted _ last	0.032
posted my	0.032
power	-0.023
practi	-0.109
practi _ compas	-0.03
practi _ the	0.038
practi self	-0.03
practi with	0.038
prayin	0.031
prayin _ do	0.028
prayin _ my	0.021
prayin i	0.028
prayin tonigh	0.021
prescr	-0.118
prescr _ time	-0.043
prescr _ took	-0.037
prescr and	-0.037
prescr on	-0.043
presen	-0.131
presen tomorr	-0.081
pressu	-0.038
pressu to	-0.024
preten	-0.099
preten _ die	-0.024
preten _ is	-0.066
preten everyt	-0.062
pretty	-0.029
pretty sweet	-0.029
preven	-0.042
pride	-0.047
pride _ apolog	-0.03
pride and	-0.03
printe	-0.032
prison	0.029
prison _ i	0.029
prison and	0.029
proble	0.025
proble _ every	0.025
proble in	0.025
proces	-0.041
proces _ deeply	-0.021
proces is	-0.021
profil	-0.036
progre	-0.427
progre _ be	-0.032
progre _ it	-0.032
progre _ not	-0.036
progre _ therap	-0.057
progre can	-0.032
progre in	-0.068
progre is	-0.043
projec	-0.088
projec and	-0.027
promis	-0.025
promis _ will	-0.036
promis i	-0.036
promot	-0.08
proper	-0.203
proper _ time	-0.029
proper lunch	-0.126
proper this	-0.029
protoc	-0.025
proud	-0.095
proud _ myself	-0.052
proud _ that	-0.038
proud of	-0.091
psych	0.056
psych _ and	0.056
psych ward	0.056
psychi	-0.057
psychi _ my	-0.035
psychi adjust	-0.035
psycho	-0.121
publis	-0.061
pull	0.057
pull _ jump	0.057
pull to	0.057
pulled	-0.023
pullin	0.081
pullin _ hair	0.081
pullin my	0.081
punche	0.115
punche _ in	0.053
punche _ until	0.041
punche _ wall	0.021
punche myself	0.053
punche the	0.021
punche walls	0.041
punchi	0.023
punchi _ until	0.023
punchi walls	0.023
punish	0.17
punish _ by	0.025
punish myself	0.051
purged	0.041
purged _ i	0.041
purged until	0.041
purple	-0.021
purpos	0.513
purpos _ my	0.021
purpos _ the	0.024
purpos _ woke	0.048
purpos and	0.048
purpos till	0.021
purpos tomorr	0.033
purpos with	0.024
push	-0.041
push myself	-0.041
pushed	-0.033
pushin	-0.072
pushin _ away	-0.034
pushin it	-0.051
pushin throug	-0.021
put	0.096
put _ bag	0.062
put _ cats	0.051
put _ spare	0.027
put a	-0.03
put my	0.055
put the	0.062
puttin	-0.302
puttin _ off	-0.285
puttin it	-0.285
puzzle	-0.116
questi	-0.108
questi is	-0.024
questi it	-0.05
questi the	-0.026
queue	-0.065
queue is	-0.054
quicke	0.059
quicke _ to	0.067
quicke way	0.067
quickl	-0.042
quiet _ here	0.037
quiet up	0.037
quietl	-0.022
quietl proud	-0.041
quit	-0.109
quit _ and	-0.065
quit _ job	-0.029
quit my	-0.029
quit smokin	-0.065
quiz	-0.029
quizze	-0.022
quoted	-0.111
rain	-0.147
rain tomorr	-0.029
ran	-0.07
rang	0.103
rang 111	-0.021
rang _ about	-0.021
rang _ nan	0.059
rang my	0.059
rarely	-0.026
rarely _ that	-0.022
rarely happen	-0.026
rash	-0.021
rather	-0.133
rather _ dead	0.056
rather _ exist	0.028
rather _ than	-0.174
rather be	0.036
rather die	-0.174
rather not	0.049
rather than	-0.036
raw	0.09
raw _ my	0.05
raw again	0.037
raw with	0.05
razor	0.048
razor _ again	0.02
razor _ out	0.044
razor came	0.044
razor out	0.02
reache	0.03
reache _ end	0.03
reache the	0.03
read	-0.292
read a	-0.065
read about	-0.024
read the	-0.066
readin	-0.04
ready	0.221
ready _ check	0.029
ready _ die	0.052
ready _ give	0.028
ready _ go	-0.035
ready _ leave	0.053
ready _ move	-0.024
ready _ the	-0.04
ready for	-0.04
ready to	0.116
real	0.027
real life	-0.022
really	0.203
really _ self	0.025
really _ this	-0.027
really _ tonigh	0.04
really _ urge	0.033
really bad	0.065
really low	-0.027
really strong	0.105
really suicid	0.119
really tired	-0.06
reason	0.189
reason _ get	-0.048
reason _ keep	0.052
reason _ live	0.053
reason _ me	0.025
reason _ stay	0.116
reason for	0.025
reason to	0.186
reassu	-0.035
recent	-0.058
recipe	-0.067
recipe _ dinner	-0.037
recipe for	-0.037
recogn	-0.059
recove	-0.202
recove from	-0.062
recove sooner	-0.069
refres	-0.029
regret _ up	0.041
regret waking	0.041
relaps	0.387
relaps _ 3	0.033
relaps _ cut	0.033
relaps _ self	0.169
relaps after	0.033
relaps and	0.033
relaps on	0.151
relati	-0.156
relati _ i	-0.032
relati and	-0.04
relati ended	-0.033
relief	0.18
reliev _ i	0.027
reliev if	0.027
rememb	-0.037
remind	-0.153
remind _ of	-0.033
remind _ that	-0.03
remind me	-0.038
remind myself	-0.101
removi	0.025
removi _ would	0.025
removi myself	0.025
renew	-0.03
renew _ passpo	-0.03
renew my	-0.03
renewe	-0.027
renewe _ passpo	-0.027
renewe my	-0.027
reorde	-0.043
reorde _ prescr	-0.043
reorde my	-0.043
replie	-0.069
replie _ sam	-0.03
replie _ three	-0.021
replie to	-0.069
report	0.028
requir	-0.021
requir _ are	-0.021
requir fields	-0.021
resche	-0.069
resear	0.033
resear _ many	0.033
resear _ to	0.03
resear how	0.035
resear ways	0.027
reserv	0.032
reserv _ keep	0.04
reserv i	0.04
resili	-0.035
resist	-0.068
resist _ urge	-0.068
resist the	-0.068
respon	-0.057
rest	-0.443
rest _ guilt	-0.08
rest _ weeken	-0.027
rest all	-0.027
rest of	0.023
rest withou	-0.08
rested	-0.324
rested _ i	-0.032
rested it	-0.051
rested the	-0.059
restin	-0.075
restin instea	-0.022
review	-0.119
review of	-0.033
ride	0.036
ride perman	0.044
right	0.202
right _ wrong	-0.021
right now	0.192
right or	-0.021
risk	-0.031
river	0.12
river _ keep	0.025
river _ so	0.083
river and	0.025
river looks	0.083
road _ a	-0.024
road for	-0.034
romeo	-0.023
romeo _ juliet	-0.023
romeo and	-0.023
roof	0.103
roof _ an	0.089
roof _ looked	0.043
roof _ night	0.021
roof _ today	0.026
roof _ watchi	-0.025
roof _ wateri	-0.046
roof again	0.026
roof and	0.066
roof for	0.089
roof garden	-0.046
roof last	0.021
roof terrac	-0.078
room	-0.084
room _ it	0.036
room _ the	-0.021
room so	0.036
rope	0.338
rope _ and	0.05
rope _ fine	-0.02
rope _ for	-0.056
rope _ in	0.048
rope _ my	0.062
rope _ the	-0.045
rope for	-0.04
rope held	-0.02
rope is	0.048
rope on	-0.022
rope round	0.062
rope swing	-0.033
rope today	0.111
rope tonigh	0.055
roping	0.087
roping soon	0.087
rose	-0.025
rough	-0.024
rough day	-0.033
round	-0.029
round _ block	-0.108
round _ neck	0.062
round my	0.062
round the	-0.108
route	0.064
route _ the	0.073
route to	0.073
run _ enjoye	-0.023
run _ marath	-0.027
run _ on	-0.029
run _ though	0.046
run a	-0.027
run and	0.022
run done	-0.029
runnin	0.108
runnin _ the	0.081
runnin _ traffi	0.046
runnin in	0.081
runnin into	0.046
runs	-0.03
runs _ i	-0.03
runs late	-0.03
rushin	-0.037
s	-0.039
sad	-0.085
sad _ granda	-0.034
sad _ week	-0.031
sad about	-0.034
sad all	-0.031
safe	0.333
safe _ a	-0.024
safe _ and	-0.022
safe _ drive	-0.024
safe _ home	0.031
safe _ myself	0.057
safe _ now	0.073
safe _ ok	-0.036
safe _ the	0.044
safe _ to	-0.083
safe and	-0.077
safe at	0.107
safe during	-0.021
safe enough	-0.074
safe now	-0.063
safe right	0.073
safe to	-0.024
safe today	-0.027
safe tonigh	0.146
safe trip	-0.023
safe with	0.059
safety	-0.114
safety _ somewh	-0.024
safety or	-0.021
safety plan	-0.074
said	-0.309
said _ goodby	0.044
said _ kind	-0.025
said _ to	-0.187
said _ was	0.054
said goodby	-0.098
said i	0.047
said no	-0.184
said someth	-0.025
sam	-0.058
sam tomorr	-0.028
samari	-0.026
sandwi	-0.035
sat _ a	-0.038
sat _ mum	-0.029
sat _ the	0.079
sat in	0.112
sat on	0.029
sat with	-0.153
saturd	-0.04
save	-0.022
save money	-0.022
saved	0.04
saved _ a	0.038
saved for	0.038
saved up	0.035
saving	0.041
saving _ my	0.049
saving _ pills	0.03
saving money	-0.022
saving my	0.036
saving up	0.041
saw stars	0.04
say	-0.035
say _ for	0.043
say _ to	0.046
say back	-0.021
say goodby	0.051
say no	-0.031
saying	0.064
saying _ goodby	0.03
saying _ to	0.109
saying goodby	0.088
saying my	0.03
saying sorry	0.021
says	-0.02
scared _ am	0.021
scared _ death	-0.045
scared _ drivin	-0.046
scared _ myself	0.024
scared _ spider	-0.037
scared _ what	0.046
scared _ will	0.045
scared i	0.08
scared to	-0.045
scars	0.037
scars _ i	0.037
scars and	0.037
schedu	0.036
schedu it	0.036
school	0.117
school _ done	-0.029
school play	-0.024
school run	0.133
scisso	0.081
scisso _ time	0.081
scisso this	0.081
scratc	0.17
scratc _ arms	0.136
scratc _ car	-0.024
scratc _ i	0.04
scratc _ raw	0.04
scratc _ until	0.028
scratc my	0.117
scratc myself	0.068
scratc the	-0.033
scratc till	0.023
scream	-0.074
screen	-0.138
screen _ is	-0.034
screen time	-0.138
scroll	-0.042
sea	-0.04
sea _ day	-0.046
sea _ not	0.032
sea and	0.032
sea one	-0.046
sea tomorr	-0.024
search	0.143
search _ for	0.067
search _ painle	0.092
search for	0.086
search online	0.067
season	-0.056
second	-0.021
see	0.155
see _ future	0.106
see _ gettin	-0.048
see _ high	0.07
see _ new	0.024
see _ saturd	-0.024
see _ there	-0.049
see _ way	0.039
see a	0.096
see any	0.03
see how	0.07
see myself	-0.032
see no	0.028
see you	-0.092
seems	0.115
seems _ the	0.091
seems easier	0.024
seems like	0.091
seen	-0.07
seen _ how	-0.041
seen before	-0.061
sees	-0.08
sees _ hair	-0.035
sees it	-0.044
sees my	-0.035
self	0.445
self _ after	0.126
self _ again	0.162
self _ and	-0.032
self _ are	0.028
self _ can	-0.038
self _ for	0.085
self _ histor	-0.023
self _ in	-0.024
self _ relaps	0.033
self _ soon	0.071
self _ this	-0.049
self _ today	0.089
self _ urges	0.137
self blame	-0.034
self compas	-0.134
self critic	-0.021
self delete	0.092
self deleti	0.071
self effica	-0.022
self harm	0.575
self harmd	0.047
sensib	-0.029
sensib _ stuff	-0.029
sensib adult	-0.029
sent	0.077
sent _ off	0.05
sent _ texts	0.056
sent goodby	0.056
sent it	0.05
series	-0.108
series _ me	-0.027
series made	-0.027
seriou	-0.042
seriou risk	-0.02
server	-0.027
sessio	-0.053
sessio _ i	-0.025
sessio _ physio	0.053
sessio _ though	-0.024
sessio and	-0.025
sessio at	0.048
sessio even	-0.024
set	-0.022
settin	-0.024
sharpe	-0.102
sharpe class	-0.069
she	-0.061
she _ my	-0.035
she _ not	0.043
she does	0.043
she listen	-0.029
she sees	-0.035
sheets	-0.04
shell	0.056
shell _ looked	0.056
shell be	0.056
shift	-0.214
shifte	-0.023
shirts	-0.048
shoes	-0.081
shop	-0.172
shoppi	0.188
shops	0.17
shops _ bought	0.067
shops and	0.061
shops today	0.05
short	-0.067
short _ i	-0.028
short _ love	-0.03
short and	-0.058
short pier	0.05
short walk	-0.055
shorte	-0.059
shot	-0.048
shot _ hoops	-0.033
shot some	-0.033
should	0.055
should _ able	-0.055
should _ back	-0.027
should _ be	-0.025
should _ confid	-0.025
should _ consid	-0.033
should _ dead	0.04
should _ die	0.047
should _ erased	0.073
should _ fit	-0.022
should _ furthe	-0.034
should _ go	0.032
should _ it	0.039
should _ keep	0.023
should _ my	0.056
should _ of	-0.026
should _ over	-0.03
should _ still	-0.044
should _ vanish	0.026
should alread	-0.036
should be	-0.125
should disapp	0.028
should finish	0.039
should go	0.03
should have	0.041
should just	0.12
show	-0.078
showed	-0.035
showed up	-0.035
shower	-0.057
shower _ got	-0.053
shower and	-0.053
showin	-0.046
showin up	-0.046
si	0.066
si _ again	0.066
si back	0.066
sick	0.093
sick _ being	0.057
sick _ die	0.032
sick _ died	0.021
sick _ punish	0.044
sick and	0.043
sick as	0.044
sick of	0.032
signed	-0.036
signed _ to	-0.021
signed up	-0.027
signin	-0.026
signin _ for	-0.026
signin off	-0.026
simple	-0.026
simply	-0.037
since	-0.064
since _ last	-0.038
since my	-0.053
sing	-0.034
sing karaok	-0.034
single	0.025
single _ its	0.02
single day	0.02
sister	-0.197
sister _ after	0.096
sister _ harm	-0.028
sister _ kill	-0.057
sister _ puttin	-0.036
sister for	0.056
sister self	-0.028
sister will	-0.057
sister withou	-0.036
sitter	-0.023
sittin	0.029
sittin _ the	0.027
sittin on	0.044
six	-0.075
six _ free	-0.075
six months	-0.075
skin	0.106
skin _ matche	0.023
skin _ purpos	0.03
skin on	0.03
skin with	0.023
skippe	-0.028
slamme	0.04
slamme _ head	0.04
slamme my	0.04
slammi	0.028
slammi _ fist	0.028
slammi my	0.028
slash	0.023
slash _ wrists	0.023
slash my	0.023
sleep	-0.219
sleep _ a	-0.04
sleep _ day	-0.051
sleep _ ever	0.038
sleep _ i	-0.024
sleep _ never	0.084
sleep _ on	-0.075
sleep _ tonigh	-0.07
sleep _ twelve	-0.067
sleep all	-0.051
sleep and	0.107
sleep early	-0.176
sleep for	-0.069
sleep foreve	0.094
sleep in	-0.075
sleep so	-0.024
sleep tired	-0.03
sleepi	0.023
sleepi _ a	0.042
sleepi with	0.042
slept	-0.065
slept _ bit	0.043
slept _ hours	-0.033
slept _ the	-0.047
slept a	0.043
slept like	-0.029
slight	-0.038
slight less	-0.037
slit	0.101
slit _ arm	0.048
slit _ wrists	0.063
slit my	0.112
slow	-0.036
slowed	-0.049
slowed down	-0.037
slowly	-0.048
small	-0.594
small _ are	-0.03
small _ can	-0.039
small _ done	-0.08
small _ is	-0.043
small _ someon	-0.036
small if	-0.036
small step	-0.025
small steps	-0.091
small thing	-0.081
small win	-0.028
small wins	-0.184
smiled	0.039
smiled _ everyo	0.039
smiled at	0.039
smokin	-0.094
smokin _ cut	-0.065
smokin and	-0.065
snap	0.033
snappi	-0.038
snappi _ my	-0.025
snappi at	-0.025
so	-0.326
so _ after	-0.022
so _ apolog	-0.064
so _ be	0.056
so _ booked	-0.021
so _ called	-0.045
so _ can	0.045
so _ did	-0.051
so _ drove	-0.037
so _ feel	0.042
so _ got	-0.03
so _ had	-0.036
so _ has	0.044
so _ hope	-0.021
so _ i	-0.074
so _ is	0.065
so _ just	0.069
so _ left	-0.02
so _ let	-0.03
so _ made	-0.024
so _ napped	-0.022
so _ of	0.048
so _ on	-0.024
so _ one	0.02
so _ read	-0.029
so _ rested	-0.02
so _ slowed	-0.037
so _ this	-0.042
so _ to	0.105
so _ tonigh	0.083
so _ took	-0.041
so _ up	0.037
so _ walked	-0.045
so _ went	-0.034
so _ will	0.049
so _ wit	0.029
so _ with	-0.037
so addict	-0.047
so bad	0.046
so busy	-0.029
so close	0.092
so crowde	-0.065
so dead	-0.022
so hard	-0.109
so i	-0.607
so inviti	0.083
so it	0.044
so loud	0.029
so much	-0.039
so no	0.02
so nobody	0.063
so over	-0.055
so quiet	0.037
so shell	0.056
so sick	0.024
so someon	0.026
so strong	0.057
so they	0.09
so tired	-0.045
social	-0.055
social _ empty	-0.054
social batter	-0.054
sock	0.049
sock drawer	0.049
solici	-0.04
some	-0.249
some _ are	-0.046
some _ i	0.026
some chips	-0.028
some hoops	-0.033
some people	-0.029
some sleep	-0.022
some things	-0.046
some toast	-0.02
someon	-0.034
someon _ had	-0.036
someon _ is	-0.026
someon _ look	0.026
someon _ me	0.076
someon else	-0.027
someon elses	-0.02
someon stop	0.047
someon who	-0.026
someon will	0.026
someth	0.231
someth _ enough	0.063
someth _ me	0.048
someth _ myself	0.021
someth _ tonigh	0.023
someth _ would	-0.025
someth green	-0.022
someth i	-0.043
someth kills	0.048
someth kind	-0.029
someth strong	0.063
someth stupid	0.027
someth to	0.021
someti _ think	0.029
someti i	0.039
somewh	-0.029
somewh _ can	-0.024
somewh i	-0.024
son _ me	0.023
son _ to	-0.024
son drew	0.023
son preten	-0.024
soon	0.174
sooner	-0.08
sorry	0.196
sorry _ everyo	0.039
sorry _ everyt	0.066
sorry _ my	-0.022
sorry _ people	0.021
sorry _ was	-0.033
sorry _ what	0.026
sorry for	0.092
sorry i	-0.033
sorry to	0.038
sort	0.022
sorted _ my	0.026
sorted _ paperw	-0.022
sorted _ passwo	0.084
sorted _ pills	-0.044
sorted my	0.031
sorted the	-0.028
sounds	0.181
sounds _ a	0.076
sounds _ right	0.037
sounds like	0.076
sounds nice	0.023
sounds peacef	0.084
soup	-0.053
space	0.09
space _ air	0.031
space and	0.042
spain	-0.035
spare _ under	0.027
spare key	0.027
spare room	-0.04
speech	-0.05
spider	-0.148
spider myself	-0.03
spin	-0.038
spin _ nearly	-0.022
spin class	-0.038
spinni _ i	-0.035
spinni and	-0.035
split	0.023
spoke	-0.067
spoke up	-0.043
spot	0.063
spot _ i	0.031
spot _ the	0.032
spot by	0.032
spot where	0.031
spotte	-0.028
spread	-0.036
spread _ going	-0.036
spread is	-0.036
spring	-0.144
square	0.021
square away	0.021
srsly	0.04
srsly _ ending	0.04
srsly consid	0.04
stage	-0.075
standa	-0.037
standi	0.061
standi _ the	0.091
standi _ these	-0.029
standi on	0.093
standi taller	-0.029
stare	-0.025
stare _ the	-0.025
stare at	-0.025
starin	0.04
starin _ the	0.024
starin at	0.04
stars	0.04
start	-0.032
starte	-0.287
starte _ again	0.029
starte _ blood	-0.054
starte _ car	-0.077
starte _ carbs	-0.048
starte _ harm	0.03
starte _ series	-0.047
starte _ sorry	0.021
starte a	-0.022
starte cuttin	-0.023
starte giving	-0.035
starte my	-0.055
starte saying	0.021
starte self	0.03
starte the	-0.094
starte this	-0.047
starti	-0.053
starti _ believ	-0.024
starvi	0.087
starvi _ as	0.081
starvi myself	0.087
stash	0.043
stash _ pills	0.043
stash of	0.043
statio	0.035
statio _ i	0.043
statio and	0.057
stay	0.27
stay alive	0.12
stay safe	0.033
stayed	-0.303
stayed _ bed	0.034
stayed _ i	-0.046
stayed _ the	-0.029
stayed _ today	-0.027
stayed becaus	-0.046
stayed calm	-0.055
stayed in	0.028
stayed patien	-0.025
stayed safe	-0.042
stayed till	-0.024
stayin	0.042
stayin _ and	-0.039
stayin alive	0.037
stayin strong	-0.039
steeri	0.028
steeri _ the	0.028
steeri into	0.028
step	-0.057
step _ front	0.054
step _ today	-0.03
step goal	-0.03
step in	0.054
steppe	0.05
steppe _ the	0.05
steppe off	0.06
steppi	0.097
steppi _ front	0.081
steppi in	0.081
steps	-0.181
steps _ mental	-0.02
steps is	-0.024
steps to	-0.031
stick	-0.02
still	-0.175
still _ about	0.082
still _ and	-0.059
still _ back	-0.029
still _ better	-0.02
still _ dinner	-0.081
still _ help	-0.022
still _ how	0.043
still _ in	-0.036
still _ reassu	-0.025
still _ strugg	-0.022
still _ the	-0.028
still _ to	0.023
still be	-0.022
still had	-0.022
still made	-0.087
still need	-0.022
still needed	-0.025
still needs	-0.048
still not	-0.049
still planni	0.043
still there	0.056
still thinki	0.082
still want	0.097
still went	-0.059
stitch _ after	0.041
stitch _ my	-0.043
stitch again	0.041
stitch in	-0.043
stitch out	-0.02
stockp	0.058
stockp _ meds	0.039
stockp my	0.048
stood	0.15
stood _ the	0.15
stood at	0.029
stood by	0.107
stop	0.187
stop _ keep	0.02
stop _ myself	-0.033
stop _ stare	-0.025
stop _ takeaw	-0.052
stop and	-0.053
stop being	0.023
stop compar	-0.033
stop existi	0.091
stop for	-0.033
stop foreve	0.034
stop me	0.047
stop than	0.02
stoppe	-0.094
stoppe _ from	-0.048
stoppe _ so	-0.024
stoppe being	-0.024
stoppe myself	-0.048
storey	0.043
storey _ and	0.043
storey roof	0.043
strang	0.026
strang myself	0.026
streak	-0.02
streak _ 12	-0.028
streak of	-0.028
streng	-0.054
stress	-0.089
stretc	-0.156
strong	0.148
strong _ the	0.057
strong _ to	0.033
strong enough	0.063
strong minds	-0.037
strong on	0.057
strong today	0.062
strong tonigh	0.031
strong urge	0.033
strugg	-0.151
strugg _ she	-0.035
strugg _ this	-0.022
strugg and	-0.035
strugg with	-0.06
stuck	-0.13
stuck _ it	-0.021
stuck _ no	0.042
stuck _ traffi	-0.028
stuck in	-0.029
stuck to	-0.021
stuck with	0.034
stuff	0.115
stuff done	-0.027
stuff today	0.027
stupid	0.027
stupid tonigh	0.023
subscr	-0.084
subscr _ do	-0.035
subscr i	-0.035
subtle	-0.038
succes	-0.027
such	0.066
such _ burden	0.074
such a	0.074
sugar	-0.114
sugar _ week	-0.027
sugar this	-0.027
suicid	1.087
suicid _ again	0.025
suicid _ ago	-0.038
suicid _ all	0.11
suicid _ are	0.06
suicid _ bad	0.028
suicid _ day	0.049
suicid _ is	0.05
suicid _ last	0.037
suicid _ like	0.028
suicid _ loud	0.033
suicid _ my	0.029
suicid _ on	0.047
suicid _ sessio	-0.025
suicid _ the	-0.026
suicid _ today	0.032
suicid again	0.097
suicid all	0.03
suicid are	0.033
suicid at	-0.026
suicid attemp	0.037
suicid feelin	0.026
suicid feels	0.022
suicid ideati	0.075
suicid is	0.075
suicid letter	0.04
suicid note	0.048
suicid though	0.227
suicid today	0.071
suicid tonigh	0.039
suicid years	-0.038
sun	-0.034
sunday	0.158
sunny _ like	-0.028
sunny day	-0.028
sunset	-0.093
sunset tonigh	-0.044
suppor	-0.167
suppor her	-0.028
sure	0.121
sure _ i	0.024
sure _ insura	0.083
sure how	0.024
sure the	0.083
surfed	-0.035
surfed _ of	-0.035
surfed instea	-0.035
surger	0.098
surger _ wrong	0.089
surger goes	0.073
surviv	0.02
surviv _ attemp	0.044
surviv _ time	0.022
surviv a	-0.035
surviv anothe	0.044
surviv last	0.022
surviv monday	-0.031
surviv the	-0.033
surviv this	0.038
suspen	-0.047
suspen is	-0.027
swallo	0.109
swallo _ handfu	0.081
swallo _ pride	-0.03
swallo _ up	0.028
swallo a	0.076
swallo all	0.021
swallo me	0.028
swallo my	-0.03
swam	-0.027
sweet	-0.029
swimmi	-0.021
swing	-0.033
swing _ the	-0.033
sympto	-0.059
system	-0.048
table	0.075
tablet	0.25
tablet _ and	0.051
tablet _ for	0.038
tablet _ lined	0.046
tablet _ my	-0.027
tablet and	0.027
tablet are	0.046
tablet earlie	0.051
tablet for	-0.039
tablet saved	0.038
take	0.327
take _ at	0.067
take _ bleed	0.041
take _ boil	-0.029
take _ dirt	0.029
take _ eyes	-0.038
take _ more	0.033
take _ my	0.033
take _ now	0.057
take a	0.029
take all	0.099
take any	0.033
take me	0.089
takeaw	-0.084
takeaw _ cook	-0.052
takeaw _ save	-0.022
takeaw than	-0.052
takeaw to	-0.022
takes	0.139
takes _ bleed	0.036
takes _ boil	-0.032
takes me	0.048
taking	0.088
taking _ day	-0.022
taking _ long	0.05
taking _ rest	0.023
taking _ space	0.027
taking _ whole	0.059
taking my	0.029
taking the	0.044
taking up	0.027
talk	-0.054
talk _ someon	-0.026
talk to	-0.027
talked	-0.2
talked _ my	-0.079
talked _ suicid	-0.025
talked about	-0.112
talked to	-0.054
taller	-0.029
taller _ days	-0.029
taller these	-0.029
tape	0.104
taperi	-0.027
taperi slowly	-0.027
task	-0.033
tax	-0.04
tax system	-0.034
taxi	-0.03
tea	-0.1
team	-0.114
team _ again	-0.024
team _ round	0.034
team _ tonigh	-0.031
team came	0.034
team lost	-0.024
team wins	-0.031
teens	-0.024
tell	0.123
tell _ mum	0.075
tell _ to	0.02
tell anyone	0.051
tell me	0.02
tell my	0.075
tellin	0.065
tellin _ to	0.023
tellin me	0.083
tells	-0.03
tells _ brain	-0.027
tells our	-0.021
ten	-0.166
ten minute	-0.108
term	-0.028
term finall	-0.028
terrac	-0.078
terrac _ firewo	-0.025
terrac watchi	-0.025
terrif	-0.027
test	-0.105
test _ am	-0.029
test comes	0.027
test i	-0.029
text	-0.027
texted	0.034
texted _ best	0.043
texted my	0.038
textin	-0.023
textin _ ex	-0.023
textin my	-0.023
texts	0.056
than	-0.261
than _ a	-0.063
than _ burden	0.032
than _ karaok	-0.093
than _ those	-0.036
than _ trying	0.02
than _ week	-0.055
than a	0.027
than before	-0.038
than cook	-0.052
than do	-0.06
than give	-0.035
than keep	0.039
than last	-0.079
than me	-0.032
than normal	0.051
than run	-0.027
than sing	-0.034
than usual	0.108
than wear	-0.036
thank	0.055
thank _ for	0.072
thank you	0.055
thanks	-0.068
thanks _ everyt	0.043
thanks _ meds	-0.083
thanks for	0.043
thanks to	-0.083
that	-0.812
that _ again	-0.038
that _ am	-0.042
that _ be	0.073
that _ class	-0.022
that _ final	0.055
that _ fine	-0.023
that _ had	-0.02
that _ have	0.039
that _ it	0.065
that _ not	-0.038
that _ progre	-0.023
that _ shift	-0.032
that _ thinki	-0.026
that _ us	-0.022
that cake	-0.053
that concer	-0.024
that counts	-0.026
that exam	-0.025
that felt	0.055
that helps	0.11
that hike	-0.066
that i	-0.044
that if	-0.03
that job	-0.027
that joke	-0.032
that meal	-0.024
that night	-0.032
that positi	-0.026
that relati	-0.024
that run	-0.022
that should	0.073
that spin	-0.022
that there	-0.021
that video	-0.031
that was	-0.039
that you	-0.031
the	-0.909
the 5k	-0.034
the _ about	-0.153
the _ again	0.048
the _ agains	0.057
the _ and	0.174
the _ are	0.249
the _ as	-0.02
the _ at	-0.133
the _ batter	-0.043
the _ boss	-0.06
the _ bottle	0.046
the _ box	-0.063
the _ bridge	0.046
the _ club	-0.071
the _ comes	-0.025
the _ covers	0.083
the _ crashe	0.092
the _ cube	-0.021
the _ dead	-0.036
the _ died	-0.069
the _ dies	-0.041
the _ differ	0.077
the _ done	0.026
the _ dose	0.082
the _ drive	0.028
the _ edge	0.051
the _ ending	-0.031
the _ ends	-0.02
the _ episod	-0.021
the _ every	-0.025
the _ everyo	-0.026
the _ exhaus	0.092
the _ feels	-0.023
the _ finall	-0.038
the _ for	0.053
the _ from	0.025
the _ garden	-0.046
the _ gave	-0.037
the _ go	0.065
the _ goes	0.073
the _ has	0.052
the _ held	-0.02
the _ home	0.065
the _ how	-0.035
the _ i	-0.146
the _ in	0.196
the _ into	-0.042
the _ is	-0.066
the _ just	0.041
the _ keeps	-0.035
the _ key	0.027
the _ killed	-0.027
the _ kind	0.045
the _ last	0.06
the _ line	-0.045
the _ looks	0.083
the _ made	-0.027
the _ me	-0.053
the _ mess	-0.023
the _ more	-0.052
the _ my	-0.059
the _ myself	-0.03
the _ nearly	-0.031
the _ need	-0.026
the _ next	-0.049
the _ of	-0.09
the _ on	0.065
the _ one	-0.069
the _ option	0.098
the _ out	-0.021
the _ over	0.09
the _ park	0.114
the _ play	-0.024
the _ proper	-0.036
the _ right	0.096
the _ room	-0.054
the _ round	-0.05
the _ run	0.162
the _ runnin	0.081
the _ shift	-0.099
the _ sleep	0.059
the _ so	-0.03
the _ statio	0.026
the _ storey	0.043
the _ system	-0.034
the _ takes	0.048
the _ terrac	-0.078
the _ that	-0.082
the _ the	-0.052
the _ thing	0.123
the _ though	0.058
the _ till	0.093
the _ time	0.119
the _ to	0.196
the _ today	0.044
the _ tomorr	-0.024
the _ tonigh	-0.085
the _ too	0.023
the _ top	0.02
the _ tracks	0.051
the _ trip	-0.03
the _ until	0.127
the _ up	-0.021
the _ waitin	-0.058
the _ wall	-0.039
the _ ward	0.056
the _ was	-0.126
the _ way	0.163
the _ went	0.024
the _ were	-0.037
the _ when	-0.02
the _ where	0.023
the _ who	-0.031
the _ with	0.034
the _ withou	-0.109
the _ would	0.109
the _ writin	0.044
the _ you	-0.032
the accide	0.057
the aim	-0.024
the annive	-0.025
the answer	0.037
the appoin	-0.124
the argume	0.02
the attent	-0.026
the baby	-0.028
the backgr	-0.039
the bag	0.062
the balcon	0.143
the band	-0.021
the barrie	0.028
the bath	0.046
the batter	-0.063
the beach	-0.052
the beam	0.138
the bed	0.132
the belt	0.038
the best	-0.025
the big	0.059
the bill	-0.125
the bins	-0.031
the blade	0.129
the blades	0.024
the block	-0.108
the blood	0.068
the boat	-0.029
the boats	-0.02
the body	-0.021
the book	-0.041
the bottle	0.035
the box	0.023
the bridge	0.047
the burden	-0.038
the bus	-0.067
the cancer	0.048
the car	0.325
the cat	0.031
the chance	0.032
the charco	0.104
the cinema	-0.049
the cliffs	0.094
the climbi	-0.032
the coast	-0.036
the cold	-0.033
the commen	-0.02
the concer	-0.027
the crash	0.046
the crisis	-0.056
the crossw	-0.021
the curb	0.06
the curtai	-0.025
the cuts	0.128
the day	0.139
the days	0.037
the dead	-0.029
the death	-0.098
the dentis	-0.064
the desk	0.058
the dishes	-0.049
the doctor	-0.083
the dog	0.131
the dosage	0.042
the drawer	0.06
the dress	-0.041
the edge	0.045
the email	-0.033
the engine	0.081
the essay	-0.055
the eviden	-0.046
the exam	-0.065
the extra	-0.093
the face	0.062
the feelin	-0.046
the fight	0.031
the film	-0.075
the final	-0.071
the firewo	-0.047
the first	0.033
the form	-0.125
the forum	-0.026
the fridge	0.022
the funera	-0.047
the game	-0.053
the garage	0.158
the garden	-0.082
the gate	-0.024
the grass	-0.048
the gym	-0.112
the heat	-0.031
the hedge	-0.035
the hero	-0.023
the hike	-0.025
the homewo	-0.054
the hose	0.092
the hospit	-0.02
the hotel	-0.031
the how	0.027
the ice	-0.027
the infect	-0.061
the insura	0.083
the interv	-0.02
the iron	0.063
the job	-0.073
the kids	-0.027
the kitche	0.108
the lake	-0.064
the last	-0.137
the laundr	-0.034
the ledge	0.038
the leftov	-0.02
the lethal	0.082
the librar	-0.079
the line	0.097
the loft	0.046
the marath	-0.04
the mat	0.027
the means	0.092
the meetin	-0.046
the mentor	-0.023
the mirror	-0.025
the moment	0.054
the moon	-0.077
the most	-0.029
the motorw	0.034
the mounta	-0.03
the move	-0.025
the movies	-0.031
the mower	-0.026
the multi	0.043
the new	-0.072
the news	-0.049
the next	-0.059
the noise	-0.057
the note	0.053
the nurse	-0.044
the old	-0.107
the one	-0.031
the only	0.301
the outsid	0.025
the oven	-0.026
the pain	0.166
the parade	-0.034
the park	-0.057
the party	-0.112
the person	0.028
the physic	0.045
the pictur	-0.026
the pills	0.087
the plan	0.061
the plane	0.144
the plant	-0.045
the plants	0.112
the platfo	0.062
the point	0.244
the pool	-0.076
the post	-0.147
the printe	-0.032
the proces	-0.03
the projec	-0.058
the promot	-0.047
the psych	0.056
the pull	0.057
the quicke	0.067
the rain	-0.08
the razor	0.054
the relati	-0.034
the report	0.028
the reserv	0.032
the rest	0.023
the river	0.12
the roof	0.025
the rope	0.142
the route	0.073
the run	-0.062
the school	0.124
the scisso	0.081
the sea	-0.022
the series	-0.048
the shift	-0.021
the shop	-0.157
the shoppi	0.203
the shops	0.061
the spider	-0.043
the spot	0.031
the suicid	0.058
the sun	-0.034
the sunset	-0.025
the surger	0.098
the suspen	-0.047
the table	0.083
the tablet	0.047
the tax	-0.04
the team	-0.037
the thing	-0.035
the though	0.093
the thread	0.031
the time	-0.038
the top	-0.037
the tracks	0.107
the train	-0.061
the traini	-0.026
the trip	-0.142
the tug	-0.023
the tunnel	-0.02
the tv	-0.029
the urge	0.049
the villai	-0.03
the voices	0.027
the walk	-0.022
the wall	0.191
the washin	-0.152
the way	0.097
the weeds	-0.021
the week	-0.078
the weeken	-0.108
the weekly	-0.063
the when	0.027
the whole	0.104
the wifi	-0.031
the world	0.137
their birthd	-0.022
their dads	0.065
them	0.194
them _ help	-0.023
them _ this	0.06
them after	0.06
them to	-0.026
them tomorr	-0.058
them twice	0.021
them up	0.02
themse	-0.033
then	0.051
then _ a	-0.025
then _ about	0.039
then _ and	0.079
then _ home	0.053
then _ tea	-0.022
then _ what	-0.021
then came	0.053
then cried	0.079
then i	0.021
then made	-0.022
then though	0.039
then took	-0.025
then went	0.021
then wrote	-0.021
theory	-0.041
therap	-0.554
therap _ and	0.077
therap _ i	-0.042
therap _ self	-0.029
therap _ the	-0.057
therap about	-0.078
therap and	-0.051
therap asked	0.068
therap can	-0.025
therap if	-0.039
there	0.036
there _ a	0.036
there _ no	0.118
there _ nothin	0.033
there is	0.174
these	-0.177
these _ can	-0.025
these _ may	-0.025
these change	-0.025
these days	-0.029
these moment	-0.043
these shoes	-0.025
these small	-0.024
they	0.08
they _ all	0.033
they _ fine	-0.026
they _ for	0.023
they _ get	0.093
they _ gone	-0.061
they _ not	-0.076
they _ right	0.031
they are	-0.067
they bled	0.077
they can	0.076
they should	-0.024
they would	0.08
thigh	0.089
thighs	0.123
thighs _ a	0.037
thighs _ gettin	0.058
thighs _ no	0.022
thighs are	0.095
thighs where	0.022
thing _ have	-0.035
thing _ helps	0.11
thing done	-0.08
thing i	-0.035
thing that	0.129
things	0.083
things _ am	-0.031
things _ bad	0.022
things _ better	-0.046
things _ my	-0.031
things _ to	0.062
things _ years	0.021
things are	-0.053
things away	0.087
things from	0.021
things get	0.022
things i	-0.031
things were	-0.067
things with	-0.04
think	0.123
think _ am	-0.033
think _ can	0.024
think _ is	0.025
think about	0.119
think the	0.027
thinki	0.827
thinki _ always	-0.05
thinki _ ctb	0.089
thinki _ doing	0.03
thinki _ drivin	0.093
thinki _ dying	0.048
thinki _ ending	0.088
thinki _ enough	-0.026
thinki _ is	0.028
thinki _ it	0.038
thinki _ jumpin	0.137
thinki _ killin	0.058
thinki _ overdo	0.042
thinki _ steeri	0.028
thinki _ steppi	0.098
thinki _ suicid	0.043
thinki _ taking	0.138
thinki _ that	-0.052
thinki _ toppin	0.021
thinki _ unaliv	0.02
thinki about	0.654
thinki believ	-0.02
thinki i	-0.048
thinki is	-0.026
thinki it	0.028
thinki of	0.346
this	-0.472
this _ ago	-0.03
this _ anymor	0.025
this _ be	0.038
this _ behind	0.076
this _ contra	-0.058
this _ does	0.029
this _ goodby	0.173
this _ i	-0.089
this _ is	-0.281
this _ jam	-0.05
this _ kills	0.025
this _ my	0.091
this _ nearly	-0.021
this _ next	0.039
this _ now	-0.03
this _ perman	0.064
this _ pizza	-0.027
this _ room	-0.045
this _ the	0.061
this _ thinki	-0.029
this _ to	-0.098
this _ tomorr	-0.081
this _ will	-0.049
this _ with	-0.084
this ages	-0.03
this anymor	0.058
this argume	-0.053
this assign	-0.021
this be	0.083
this before	0.041
this body	0.028
this by	-0.03
this chapte	-0.025
this cold	-0.034
this commut	-0.023
this does	0.042
this exam	-0.093
this heat	-0.033
this heatwa	-0.025
this hill	-0.049
this hit	0.025
this is	0.125
this life	0.13
this meetin	-0.073
this messy	-0.063
this mornin	-0.024
this party	-0.056
this phone	-0.058
this planet	0.02
this presen	-0.081
this puzzle	-0.084
this queue	-0.054
this rain	-0.038
this ride	0.044
this season	-0.047
this series	-0.047
this show	-0.03
this spread	-0.036
this therap	-0.02
this time	0.256
this traffi	-0.138
this train	-0.065
this weathe	-0.05
this week	-0.183
this weeken	0.025
this will	0.046
this withou	-0.029
this workou	-0.028
this world	0.237
this year	-0.094
those	-0.052
those shoes	-0.036
though	0.593
though _ back	0.051
though _ day	0.14
though _ dead	-0.024
though _ death	0.031
though _ did	-0.022
though _ drivin	0.031
though _ drowni	0.039
though _ dying	0.068
though _ ending	0.032
though _ felt	-0.054
though _ hangin	0.039
though _ hates	-0.026
though _ how	0.023
though _ i	-0.042
though _ jumpin	0.023
though _ killin	0.033
though _ loud	0.049
though _ not	0.03
though _ runnin	0.046
though _ spring	-0.061
though _ still	0.056
though _ suicid	0.056
though _ walkin	0.036
though _ wanted	-0.058
though _ week	0.038
though _ would	-0.056
though about	0.292
though again	0.046
though all	0.191
though and	-0.038
though are	0.156
though everyo	-0.026
though i	-0.202
though last	-0.061
though of	0.218
though that	-0.042
though was	-0.024
thread	0.031
thread _ about	0.031
thread _ the	0.031
thread and	0.031
thread is	0.031
threat	-0.038
three	-0.165
three _ i	-0.053
three _ in	-0.108
three _ shops	0.108
three differ	0.108
three emails	-0.022
three lines	-0.108
three things	-0.031
thrivi	-0.047
throug	0.063
throug _ annive	-0.025
throug _ it	0.164
throug _ night	0.069
throug _ roof	-0.055
throug _ school	0.162
throug _ weeken	-0.031
throug a	-0.049
throug it	-0.044
throug the	0.08
throug with	0.154
tidied	-0.068
tidied _ kitche	0.059
tidied _ room	0.036
tidied it	-0.045
tie	0.032
tie _ noose	0.046
tie a	0.032
tied a	0.022
ties	-0.037
ties _ a	-0.037
ties with	-0.037
til	0.07
til _ bleeds	0.07
til it	0.07
till	0.107
till _ bled	0.031
till _ bleed	0.023
till _ bruise	0.053
till _ cried	-0.031
till _ end	-0.024
till _ knuckl	0.021
till _ saw	0.04
till i	0.032
till it	0.064
till my	0.021
till the	-0.024
till they	0.031
time _ ages	-0.025
time _ am	0.029
time _ days	0.039
time _ going	-0.034
time _ had	0.052
time _ me	-0.05
time _ months	0.076
time _ quizze	-0.022
time _ up	0.091
time _ week	0.039
time _ with	-0.024
time and	0.033
time at	-0.022
time for	-0.05
time i	0.039
time in	0.061
time is	0.057
time next	0.039
time to	-0.021
time tonigh	-0.068
times	-0.041
tired	-0.172
tired _ being	-0.029
tired _ cleani	-0.038
tired _ could	-0.067
tired _ existi	0.17
tired _ itself	-0.032
tired _ living	0.145
tired _ this	-0.056
tired i	-0.067
tired is	-0.032
tired of	0.164
tired so	-0.021
tired today	-0.111
titani	-0.022
titani again	-0.022
to	0.343
to _ a	-0.122
to _ able	-0.041
to _ about	-0.069
to _ after	-0.072
to _ again	0.048
to _ alive	0.221
to _ an	-0.051
to _ anymor	0.039
to _ are	0.031
to _ around	-0.03
to _ at	-0.067
to _ away	0.021
to _ back	-0.095
to _ basica	0.022
to _ beach	-0.02
to _ becaus	-0.024
to _ bed	-0.022
to _ better	0.025
to _ bridge	0.027
to _ brothe	0.053
to _ brush	0.02
to _ by	-0.083
to _ cabin	-0.043
to _ car	0.026
to _ cinema	-0.049
to _ class	-0.025
to _ cliffs	0.07
to _ coast	-0.036
to _ collea	-0.039
to _ dads	0.065
to _ dead	0.089
to _ delete	0.092
to _ dog	0.046
to _ done	-0.024
to _ down	0.037
to _ e	0.037
to _ early	-0.224
to _ edge	-0.048
to _ effort	-0.026
to _ emails	-0.021
to _ end	-0.054
to _ every	-0.03
to _ exist	0.029
to _ existi	0.096
to _ extra	-0.025
to _ family	0.047
to _ for	0.124
to _ foreve	0.205
to _ forwar	-0.054
to _ friend	-0.066
to _ from	0.029
to _ funera	-0.022
to _ future	-0.047
to _ going	0.057
to _ gone	0.044
to _ goodby	0.051
to _ gym	0.033
to _ her	-0.048
to _ here	0.181
to _ him	0.023
to _ home	-0.021
to _ how	0.068
to _ i	-0.062
to _ in	-0.208
to _ into	-0.02
to _ is	0.121
to _ it	0.254
to _ kids	0.076
to _ last	0.035
to _ like	-0.068
to _ list	-0.057
to _ living	0.032
to _ me	-0.031
to _ money	-0.022
to _ more	-0.024
to _ motiva	-0.027
to _ multi	0.043
to _ my	0.08
to _ myself	0.49
to _ neighb	0.07
to _ nephew	-0.027
to _ no	-0.027
to _ now	-0.034
to _ of	-0.036
to _ off	0.11
to _ okay	-0.021
to _ old	-0.109
to _ on	-0.121
to _ or	-0.029
to _ out	0.072
to _ over	0.065
to _ pain	0.068
to _ park	-0.04
to _ party	-0.058
to _ pen	-0.043
to _ quietl	0.034
to _ sea	-0.042
to _ seriou	-0.02
to _ sessio	-0.024
to _ shop	-0.021
to _ shops	0.067
to _ show	-0.03
to _ sister	0.05
to _ smokin	-0.065
to _ so	0.089
to _ someth	0.058
to _ than	0.02
to _ the	-0.184
to _ themse	-0.023
to _ therap	-0.028
to _ there	-0.03
to _ though	0.029
to _ to	-0.277
to _ today	0.056
to _ tonigh	0.064
to _ top	-0.035
to _ twice	-0.021
to _ under	-0.065
to _ up	-0.156
to _ veg	-0.028
to _ was	0.057
to _ weeken	0.054
to _ who	-0.026
to _ with	0.078
to _ withou	-0.097
to _ world	0.026
to _ yester	0.042
to a	-0.146
to after	0.02
to be	-0.064
to bed	-0.185
to being	0.026
to believ	-0.024
to bleed	0.11
to blue	-0.067
to boil	-0.061
to bottom	0.02
to catch	0.037
to cease	0.032
to celebr	-0.02
to change	-0.044
to charit	-0.027
to choose	-0.023
to chop	-0.028
to clean	0.052
to commit	0.024
to cook	-0.036
to cope	0.043
to cry	-0.028
to ctb	0.058
to cut	0.207
to deal	0.046
to death	-0.056
to die	0.512
to disapp	-0.105
to do	0.097
to drink	0.027
to drive	0.058
to dye	-0.076
to early	-0.048
to embarr	-0.046
to end	0.131
to even	0.02
to everyo	0.114
to exist	0.049
to face	-0.021
to feel	0.032
to friend	0.062
to get	-0.113
to give	-0.137
to giving	0.034
to go	0.021
to god	0.048
to grandp	-0.026
to hang	0.036
to have	-0.059
to heal	-0.028
to hear	0.059
to help	-0.023
to how	-0.149
to hurt	0.243
to it	-0.021
to jobs	-0.048
to join	0.052
to judge	-0.036
to jump	0.156
to jumpin	0.042
to just	0.029
to keep	0.069
to kill	-0.049
to kms	0.162
to leave	0.064
to live	0.185
to log	0.032
to london	-0.022
to look	-0.039
to make	0.037
to manage	-0.045
to me	-0.028
to meds	-0.083
to mental	-0.026
to minimi	-0.02
to motiva	-0.055
to move	-0.037
to my	-0.037
to myself	0.053
to normal	-0.056
to not	0.058
to notice	-0.021
to od	0.058
to off	0.026
to overdo	0.057
to payche	-0.033
to people	0.026
to physio	-0.03
to punish	0.026
to quit	-0.08
to read	-0.045
to renew	-0.03
to rest	-0.114
to rope	0.028
to sam	-0.03
to save	-0.022
to say	0.034
to saying	-0.025
to scream	-0.025
to see	0.122
to self	0.08
to slash	0.023
to sleep	-0.206
to slit	0.063
to snap	0.033
to someon	-0.033
to spain	-0.035
to start	0.029
to stay	0.216
to step	0.043
to stop	0.104
to strang	0.026
to stretc	-0.035
to suppor	-0.036
to swallo	0.021
to take	0.153
to talk	-0.054
to the	-0.388
to their	0.065
to think	-0.039
to this	-0.03
to three	-0.032
to tie	0.032
to top	0.02
to track	-0.021
to two	-0.024
to unaliv	0.107
to unders	-0.056
to volunt	-0.021
to walk	0.053
to want	-0.109
to with	-0.069
to work	0.073
to yoga	-0.031
toast	-0.02
today	-0.045
today _ got	-0.033
today _ i	0.046
today _ it	0.034
today _ later	0.029
today _ like	0.049
today _ wanted	0.029
today _ went	-0.021
today and	0.104
today felt	0.049
today for	0.029
today i	-0.069
toenai	-0.03
togeth _ took	0.025
togeth and	0.025
told	-0.288
told _ best	0.032
told _ friend	-0.029
told _ kindly	-0.064
told _ nurse	-0.035
told _ one	0.077
told _ partne	-0.04
told _ she	-0.031
told _ therap	-0.091
told anyone	0.023
told everyo	0.023
told her	-0.033
told him	-0.065
told me	-0.055
told my	-0.136
told myself	-0.052
told no	0.077
told someon	-0.031
told the	-0.035
tomorr	-0.169
tomorr _ does	0.065
tomorr _ is	-0.031
tomorr _ runs	-0.03
tomorr _ stuck	-0.021
tomorr _ would	0.096
tomorr and	-0.021
tomorr appoin	0.034
tomorr it	0.022
tomorr you	0.026
tonigh	0.657
tonigh _ counte	0.021
tonigh _ in	0.043
tonigh _ last	0.021
tonigh _ the	-0.03
tonigh _ though	-0.044
tonigh even	-0.044
tonigh for	-0.029
tonigh i	0.028
tonigh just	0.043
tonigh maybe	0.056
tonigh my	0.021
too	0.113
too _ hoping	0.02
too _ if	-0.036
too _ into	-0.049
too _ pills	0.024
too _ thinki	0.024
too _ this	0.052
too _ work	-0.067
too deep	0.03
too fast	0.02
too long	0.024
too many	0.074
too much	0.047
too small	-0.074
took	-0.077
took 20	0.076
took _ and	0.047
took _ bins	-0.02
took _ bunch	0.049
took _ bus	-0.024
took _ many	0.03
took _ meds	0.023
took _ my	-0.032
took _ overdo	0.061
took _ pill	-0.034
took _ pills	-0.073
took _ tablet	0.029
took _ walk	-0.025
took a	-0.067
took all	-0.032
took an	0.061
took my	-0.045
took pills	0.097
took the	-0.156
took them	0.025
took too	0.03
took two	-0.03
top	0.053
top _ bottom	0.02
top _ the	-0.054
top myself	0.082
top of	-0.054
top to	0.02
toppin	0.021
toppin myself	0.021
tough	-0.027
toward	-0.051
town	-0.024
toxic	-0.085
toxic friend	-0.056
track	-0.035
tracki	-0.056
tracki _ anothe	-0.023
tracki _ can	-0.024
tracki become	-0.023
tracki progre	-0.024
tracks	0.159
tracks _ my	0.024
tracks _ nearly	0.107
tracks and	0.12
tracks on	0.024
traffi	-0.131
traffi _ a	-0.024
traffi _ an	-0.028
traffi _ going	-0.062
traffi for	-0.028
traffi is	-0.087
traffi jam	-0.05
traffi was	-0.024
train	-0.111
train _ and	0.055
train _ london	-0.022
train statio	0.026
train to	-0.03
train tracks	0.051
train was	-0.068
traini	-0.043
trauma	-0.054
travel	-0.051
treatm	-0.023
tree	0.066
tree _ be	0.041
tree and	0.041
trick	-0.024
tried	-0.071
tried _ clothe	-0.033
tried _ end	-0.02
tried _ kill	-0.045
tried _ new	-0.022
tried _ od	0.024
tried _ strang	0.026
tried a	-0.022
tried it	-0.042
tried on	-0.033
tried to	0.026
trip	-0.195
trip home	-0.023
true	-0.04
trust	0.028
trust myself	0.045
try	-0.05
try tomorr	-0.024
trying _ get	-0.026
trying _ stay	0.026
trying _ unders	-0.036
trying again	0.052
trying to	-0.057
tug	-0.023
tug _ war	-0.023
tug of	-0.023
tunnel	-0.02
tunnel _ closer	-0.02
tunnel feels	-0.02
turned _ my	-0.021
turned back	0.058
turned off	-0.021
tv	-0.029
tv _ sleep	-0.029
tv and	-0.029
twelve	-0.067
twelve hours	-0.067
twice	-0.079
twice today	-0.034
two	-0.325
two _ ago	-0.026
two _ for	-0.03
two _ of	0.042
two _ withou	-0.027
two boxes	0.049
two emails	-0.205
two months	-0.069
two tablet	-0.027
two years	-0.026
tying	0.051
tying _ loose	0.051
tying up	0.051
typed	0.036
typed _ goodby	0.057
typed _ out	-0.021
typed my	0.036
ugh	-0.038
unaliv	0.23
unaliv _ again	0.021
unaliv _ sounds	0.023
unaliv me	0.034
unaliv myself	0.092
unaliv though	0.021
unbear	-0.031
uncert	-0.043
uncert _ tired	-0.032
uncert or	-0.032
under _ blanke	-0.065
under _ mat	0.027
under _ pillow	0.042
under a	-0.065
under my	0.042
under the	0.027
unders	-0.14
unders _ myself	-0.02
unders _ tax	-0.034
unders about	-0.02
unders the	-0.037
undone	0.05
unfair	-0.022
uni	0.022
until	0.36
until _ bled	0.115
until _ bleed	0.026
until _ bleeds	0.037
until _ bruise	0.057
until _ could	0.024
until _ end	0.037
until _ felt	-0.046
until _ knuckl	0.064
until _ stoppe	0.026
until i	0.148
until it	0.127
until my	0.064
until noon	-0.027
until they	0.055
up	0.184
up _ amount	0.04
up _ blood	0.068
up _ boots	-0.037
up _ cuts	0.055
up _ doses	0.037
up _ ends	0.04
up _ for	-0.074
up _ good	0.028
up _ hospit	0.052
up _ in	-0.025
up _ life	0.132
up _ mornin	0.07
up _ my	0.04
up _ noon	-0.035
up _ prescr	-0.08
up _ projec	-0.024
up _ questi	-0.05
up _ real	0.034
up _ tablet	0.032
up _ thing	-0.035
up _ this	-0.052
up _ to	0.067
up _ trying	-0.034
up _ volunt	-0.021
up and	-0.058
up calmly	-0.025
up disapp	0.048
up early	-0.036
up every	0.029
up for	0.048
up from	0.086
up going	-0.02
up having	-0.024
up here	0.037
up how	0.074
up in	0.082
up lethal	0.037
up loose	0.04
up my	-0.068
up of	0.06
up old	0.055
up once	-0.025
up overdo	0.04
up recipe	-0.037
up refres	-0.029
up space	0.027
up sugar	-0.078
up the	-0.025
up this	0.041
up tomorr	0.039
up until	-0.027
up with	-0.025
update	0.026
update _ life	-0.049
update _ will	0.084
update my	0.026
upset	0.024
upstai _ look	0.04
upstai _ read	-0.023
urge	0.065
urge _ check	-0.043
urge _ cut	0.123
urge _ hurt	0.051
urge _ instea	-0.035
urge _ self	-0.021
urge surfed	-0.035
urge to	0.108
urges	0.212
urges _ bad	0.023
urges _ cut	0.031
urges _ night	0.039
urges _ self	0.032
urges _ so	0.029
urges _ strong	0.021
urges all	0.039
urges are	0.073
urges to	0.075
us	-0.153
us _ into	-0.02
us fall	-0.02
us to	-0.023
use	-0.034
used	-0.368
used _ be	-0.108
used _ blade	0.023
used _ cut	-0.024
used _ ice	-0.021
used _ lighte	0.08
used _ manage	-0.033
used _ minimi	-0.02
used _ safety	-0.021
used _ self	-0.06
used _ think	-0.038
used _ want	-0.076
used a	0.081
used my	-0.021
used the	-0.032
used to	-0.393
useful	-0.094
useful to	-0.022
useles	-0.029
usual	0.087
vanish	0.06
veg	-0.037
vet	-0.03
video	-0.057
view	-0.041
villai	-0.048
visite	-0.144
visite _ grave	-0.083
visite dads	-0.026
visite her	-0.051
visite his	-0.029
vitami	-0.053
vodka	0.052
vodka _ took	0.039
vodka and	0.039
voice	0.029
voice _ last	0.059
voice one	0.059
voices	0.027
volunt	-0.065
volunt _ a	-0.026
volunt _ samari	-0.021
volunt with	-0.048
wait	0.043
wait _ be	0.025
wait _ it	0.035
wait for	0.026
waited	-0.031
waitin	-0.098
waitin _ my	-0.041
waitin _ the	-0.048
waitin for	-0.089
wake	0.178
wake _ early	-0.036
wake _ in	0.026
wake _ once	-0.025
wake _ tomorr	0.065
wake _ until	-0.027
wake up	0.178
waking	0.098
waking _ every	0.029
waking _ this	0.041
waking up	0.098
walk	-0.133
walk _ a	0.05
walk _ the	0.062
walk into	0.102
walk off	0.05
walk to	-0.024
walked	-0.022
walked _ dog	0.255
walked _ the	-0.039
walked across	-0.034
walked away	-0.025
walked home	-0.027
walked over	-0.032
walked past	-0.023
walked the	0.168
walked to	0.058
walkin	0.03
walkin _ the	0.036
walkin into	0.036
walks	-0.031
walks _ calls	-0.031
walks and	-0.031
wall	0.21
wall _ and	0.028
wall _ i	0.064
wall _ it	0.038
wall _ purpos	0.043
wall _ the	0.031
wall on	0.074
wall over	0.028
wall till	0.04
wall until	0.062
walls	0.064
walls _ my	0.064
walls until	0.064
want	0.808
want _ all	0.026
want _ be	0.032
want _ big	0.059
want _ bleed	0.032
want _ blue	-0.067
want _ catch	0.037
want _ cease	0.032
want _ commit	0.024
want _ ctb	0.058
want _ die	0.261
want _ disapp	-0.085
want _ drive	0.057
want _ dye	-0.076
want _ embarr	-0.046
want _ exist	0.033
want _ finish	0.042
want _ get	-0.113
want _ give	-0.07
want _ go	-0.134
want _ join	0.052
want _ jump	-0.028
want _ kill	0.032
want _ kms	0.102
want _ life	0.024
want _ live	-0.173
want _ log	0.032
want _ meetin	-0.065
want _ noise	-0.049
want _ not	0.048
want _ od	0.034
want _ off	0.022
want _ over	0.025
want _ pain	0.051
want _ perman	0.038
want _ quit	-0.065
want _ see	0.049
want _ self	0.031
want _ slash	0.023
want _ sleep	-0.166
want _ slit	0.037
want _ step	0.043
want _ stop	0.068
want _ take	0.043
want _ to	0.095
want _ unaliv	0.083
want _ walk	0.062
want _ week	-0.033
want _ with	-0.045
want a	0.038
want everyt	0.045
want it	0.143
want out	0.088
want the	0.069
want this	-0.089
want to	0.478
wanted	-0.09
wanted _ die	0.06
wanted _ disapp	-0.021
wanted _ end	-0.033
wanted _ give	-0.095
wanted _ hear	0.059
wanted _ jump	0.029
wanted _ scream	-0.025
wanted _ to	0.021
wanted it	0.021
wanted to	-0.111
wantin	0.058
wantin _ kms	0.047
wantin to	0.058
wants	0.05
wants _ die	0.021
wants to	0.042
war	-0.028
ward	0.05
ward _ the	0.056
ward and	0.056
was	-0.559
was _ about	0.028
was _ and	-0.042
was _ born	0.152
was _ calmin	-0.023
was _ has	-0.024
was _ here	0.054
was _ hurt	-0.02
was _ i	-0.022
was _ instea	-0.041
was _ meant	0.032
was _ month	-0.07
was _ nightm	-0.024
was _ of	-0.037
was _ okay	-0.024
was _ safe	0.058
was _ so	-0.028
was _ spring	-0.042
was _ strong	0.057
was _ the	-0.031
was _ time	-0.043
was _ to	0.032
was _ when	-0.024
was a	-0.026
was about	0.06
was amazin	-0.021
was away	-0.022
was bad	-0.037
was before	-0.04
was dead	0.077
was easier	-0.024
was exhaus	-0.021
was fun	-0.031
was gone	0.058
was hard	-0.053
was in	-0.055
was last	-0.07
was late	-0.033
was loud	-0.021
was never	0.187
was not	0.122
was on	-0.069
was ready	-0.037
was scared	-0.054
was sick	-0.021
was so	0.051
was strugg	-0.023
was tired	-0.024
was weirdl	-0.023
washin	-0.178
washin done	0.026
washin out	-0.047
waste	0.091
waste _ space	0.091
waste _ time	-0.022
waste away	0.023
waste of	0.068
watche	-0.159
watche _ again	-0.022
watche _ boats	-0.02
watche a	-0.067
watche the	-0.065
watche titani	-0.022
watchi	-0.045
watchi firewo	-0.025
water	-0.344
water _ day	-0.054
water _ i	-0.097
water all	-0.054
water until	-0.046
water when	-0.05
watere	0.112
watere _ plants	0.112
watere the	0.112
wateri	-0.046
wateri plants	-0.046
waves	-0.041
waves today	-0.033
way	0.293
way _ am	-0.048
way _ anothe	0.027
way _ felt	0.055
way _ go	0.067
way _ heal	-0.021
way _ is	0.02
way _ judge	-0.023
way _ of	-0.054
way home	0.056
way i	-0.04
way or	0.027
way out	0.117
way that	0.053
way to	0.045
ways	0.133
ways _ die	0.05
ways _ do	0.027
ways _ go	0.057
ways to	0.144
we	-0.377
we _ a	-0.054
we _ going	-0.021
we _ not	-0.021
we _ to	-0.034
we are	-0.061
we can	-0.026
we have	-0.022
we made	-0.051
wear	-0.085
wear _ shoes	-0.036
wear those	-0.036
weathe	-0.05
weeds	-0.044
weeds _ the	-0.024
weeds in	-0.024
week	-0.418
week _ be	-0.033
week _ did	-0.034
week _ killed	-0.021
week _ surviv	0.024
week _ this	-0.025
week _ told	-0.031
week after	-0.04
week i	-0.03
week it	0.026
week nearly	-0.021
week to	-0.033
weeken	-0.185
weeken _ when	0.028
weeken is	0.021
weekly	-0.07
weekly box	-0.063
weeks	-0.057
weeks _ i	-0.043
weeks ago	-0.057
weirdl	0.049
weirdl calm	0.072
weirdl calmin	-0.023
welcom	0.023
welcom death	0.023
well _ exist	0.023
well _ it	0.027
well being	-0.024
well make	0.027
well not	0.023
went	-0.315
went _ a	-0.131
went _ bed	-0.068
went _ even	-0.025
went _ for	-0.027
went _ my	-0.055
went _ physio	-0.03
went _ the	0.066
went _ to	0.072
went _ with	0.149
went _ work	0.183
went _ yoga	-0.031
went anyway	-0.048
went climbi	-0.02
went down	0.024
went for	-0.048
went home	-0.024
went in	-0.029
went out	-0.059
went outsid	-0.037
went swimmi	-0.021
went throug	0.13
went to	-0.094
went up	0.043
were	-0.127
were dead	0.042
were shorte	-0.059
what	-0.034
what _ am	0.026
what _ are	0.023
what _ brain	0.045
what _ even	0.083
what _ friend	-0.021
what _ i	-0.194
what _ might	0.025
what _ needs	-0.048
what _ shifte	-0.023
what _ the	0.133
what _ will	0.02
what _ would	0.031
what a	-0.029
what am	-0.073
what did	-0.069
what dose	0.031
what has	-0.045
what i	0.034
what is	0.201
what my	0.045
what still	-0.054
what they	0.023
what would	-0.048
when	-0.271
when _ am	0.084
when _ are	-0.043
when _ asleep	0.046
when _ feel	-0.024
when _ get	0.046
when _ gets	0.042
when _ had	-0.031
when _ i	-0.033
when _ messed	-0.03
when _ sees	-0.035
when _ the	0.027
when _ want	0.02
when _ was	-0.028
when _ woke	-0.05
when _ would	-0.02
when and	0.027
when everyo	0.056
when i	-0.068
when it	-0.041
when progre	-0.024
when she	-0.04
when should	-0.033
when things	0.022
when we	-0.047
when you	-0.027
where	-0.165
where _ am	0.068
where _ i	-0.035
where _ one	0.022
where _ should	-0.022
where _ want	-0.14
where _ was	-0.123
where _ will	0.031
where do	-0.035
where i	-0.117
where no	0.022
where the	-0.031
whethe	-0.052
whethe _ are	-0.022
which bridge	0.03
while	0.099
while _ was	-0.022
while i	-0.022
while now	0.082
who	0.021
who _ even	0.027
who _ everyt	-0.031
who _ have	0.063
who _ moving	-0.025
who _ my	0.078
who _ suicid	-0.026
who _ was	-0.031
who _ young	0.033
who die	0.033
who does	-0.02
who gets	0.096
who i	-0.031
who is	-0.066
who organi	-0.031
who should	0.048
who would	0.038
whoeve	0.137
whoeve _ me	0.075
whoeve comes	0.062
whoeve finds	0.075
whole	0.119
whole _ home	0.028
whole _ i	0.029
whole bottle	0.032
whole drive	0.028
whole prescr	0.037
whole time	0.029
why	-0.076
why _ am	0.028
why _ i	-0.033
why _ not	-0.039
why am	-0.047
why can	-0.039
why should	0.023
wifi	-0.031
will	0.249
will _ a	-0.07
will _ after	0.026
will _ again	-0.031
will _ at	-0.045
will _ away	0.023
will _ be	0.121
will _ dead	0.032
will _ ever	-0.036
will _ get	0.037
will _ go	-0.055
will _ gone	-0.048
will _ here	0.029
will _ it	0.047
will _ live	0.021
will _ me	-0.069
will _ my	0.034
will _ myself	0.036
will _ need	0.19
will _ on	-0.089
will _ passwo	0.02
will _ safe	0.026
will _ sorted	0.084
will _ stop	0.043
will _ the	-0.061
will _ tomorr	-0.024
will _ weirdl	-0.023
will act	0.028
will and	0.122
will be	-0.085
will book	-0.031
will die	-0.049
will do	0.121
will get	-0.021
will i	-0.036
will journa	-0.042
will kill	-0.113
will look	0.026
will not	0.377
will scream	-0.042
will to	0.021
will try	-0.024
will was	-0.023
will waste	0.023
will with	-0.04
wins	-0.257
wins _ includ	-0.042
wins _ not	-0.046
wins are	-0.028
wins can	-0.031
wins might	-0.034
wins tonigh	-0.031
winter	-0.042
wish	0.53
wish _ bus	0.027
wish _ could	0.152
wish _ did	0.027
wish _ ground	0.028
wish _ had	0.069
wish _ plane	0.028
wish _ plant	-0.036
wish _ train	-0.043
wish _ was	0.231
wish _ were	0.034
wish a	0.027
wish i	0.53
wish my	-0.036
wished	0.033
wished _ had	0.033
wished i	0.033
wishin	0.053
wishin _ was	0.024
wishin _ would	0.023
wishin i	0.048
wit	0.029
wit life	0.029
with	-0.292
with _ alive	0.099
with _ and	-0.031
with _ assign	-0.021
with _ bath	-0.068
with _ belt	0.038
with _ blade	0.048
with _ boyfri	-0.064
with _ brothe	-0.036
with _ cigare	0.164
with _ clear	0.039
with _ dad	0.034
with _ decisi	0.1
with _ doctor	-0.054
with _ engine	0.081
with _ escape	0.042
with _ essay	-0.026
with _ ex	-0.031
with _ exams	-0.024
with _ film	-0.028
with _ for	-0.039
with _ foreve	-0.039
with _ helpli	-0.026
with _ homewo	-0.024
with _ i	-0.045
with _ in	0.039
with _ iron	0.063
with _ kids	-0.048
with _ knife	0.031
with _ laundr	-0.025
with _ life	0.052
with _ lighte	0.136
with _ month	-0.064
with _ mum	-0.032
with _ nails	0.05
with _ of	0.035
with _ on	0.031
with _ partne	-0.033
with _ pleasi	-0.032
with _ rain	-0.031
with _ saying	-0.02
with _ shift	-0.022
with _ sister	-0.079
with _ solici	-0.04
with _ therap	-0.023
with _ though	0.085
with _ tomorr	-0.028
with _ toxic	-0.034
with _ walk	-0.023
with _ week	-0.025
with a	0.034
with all	0.023
with anxiet	-0.026
with being	0.099
with booze	0.026
with chemis	-0.029
with everyo	-0.028
with everyt	0.032
with exams	-0.059
with friend	-0.053
with him	-0.088
with how	-0.039
with it	0.212
with jo	0.105
with last	-0.064
with life	0.173
with living	0.087
with matche	0.023
with me	0.1
with mum	-0.047
with my	-0.222
with myself	0.029
with no	0.042
with people	-0.032
with sam	-0.028
with samari	-0.021
with stretc	-0.028
with tea	-0.025
with the	-0.093
with this	-0.052
with winter	-0.03
withou	-0.3
withou _ and	0.06
withou _ anythi	0.05
withou _ in	0.047
withou _ it	-0.312
withou _ mornin	-0.046
withou _ myself	-0.076
withou _ obsess	-0.022
withou attack	-0.044
withou becomi	-0.022
withou crying	-0.033
withou guilt	-0.08
withou hating	-0.033
withou leavin	0.05
withou lookin	0.06
withou me	0.319
withou my	-0.046
withou pushin	-0.034
withou puttin	-0.278
withou thinki	-0.029
woke	0.101
woke _ disapp	0.048
woke _ from	0.061
woke _ in	0.052
woke _ refres	-0.029
woke up	0.101
woken	0.058
woken _ from	0.025
woken up	0.058
wonky	-0.05
word	0.08
word _ my	0.089
word into	0.089
wore	-0.041
wore _ dress	-0.041
wore the	-0.041
work	-0.137
work _ fine	0.028
work _ of	0.033
work _ time	-0.025
work is	-0.031
work on	-0.026
work was	0.028
worked	-0.029
worked _ all	0.034
worked _ how	0.067
worked _ the	-0.033
worked it	0.034
worked on	-0.025
worked out	0.059
workin	-0.032
workou	-0.056
workou _ stretc	-0.028
workou with	-0.028
world	0.369
world _ be	0.053
world _ better	0.094
world _ spinni	-0.035
world behind	0.076
world is	0.09
world keeps	-0.035
world pizza	-0.027
world would	0.053
worryi	-0.065
worryi _ it	-0.03
worryi about	-0.03
worst	-0.024
worth	0.2
worth _ anymor	0.047
worth it	0.092
worth living	0.083
worth saving	0.039
worthl _ i	0.046
worthl _ the	-0.033
worthl after	-0.033
worthl and	0.046
would	0.841
would _ a	0.084
would _ anythi	-0.036
would _ back	-0.021
would _ be	0.112
would _ better	0.114
would _ called	-0.025
would _ care	0.052
would _ death	0.023
would _ die	-0.174
would _ dismis	-0.036
would _ do	0.079
would _ doing	0.04
would _ done	0.053
would _ enough	-0.02
would _ fight	0.021
would _ fine	0.038
would _ for	-0.112
would _ free	0.029
would _ given	-0.053
would _ got	-0.03
would _ happie	0.03
would _ if	0.126
would _ in	0.031
would _ it	0.116
would _ me	0.11
would _ mind	0.093
would _ miss	0.027
would _ not	0.049
would _ notice	0.033
would _ reliev	0.027
would _ sad	-0.031
would _ starte	-0.047
would _ the	-0.041
would _ to	-0.065
would _ why	0.026
would _ withou	-0.046
would _ woken	0.025
would actual	0.031
would all	0.083
would be	0.458
would been	-0.042
would care	0.074
would come	0.05
would crash	0.028
would decora	-0.03
would die	-0.195
would do	0.105
would even	0.062
would finall	0.049
would fix	0.025
would get	0.021
would give	-0.05
would had	-0.02
would have	-0.107
would hit	0.027
would i	-0.063
would kill	-0.073
would know	0.026
would miss	0.055
would need	0.042
would not	0.176
would notice	0.064
would rather	-0.089
would say	-0.021
would swallo	0.028
would take	0.064
would welcom	0.023
wrappe	-0.024
wrappe _ the	-0.024
wrappe up	-0.024
wrist	0.218
wrist _ a	0.132
wrist for	0.057
wrist with	0.075
wrists	0.143
writin	0.103
writin _ before	0.041
writin _ does	0.044
writin this	0.104
writte	0.073
writte _ for	0.024
writte _ note	0.026
writte a	0.026
writte letter	0.028
wrong	0.04
wrong _ to	-0.021
wrong way	-0.021
wrote	-0.172
wrote _ a	-0.021
wrote _ down	-0.054
wrote _ for	0.043
wrote _ goodby	0.049
wrote _ letter	0.021
wrote _ my	-0.035
wrote _ suicid	0.069
wrote _ who	0.048
wrote _ will	-0.059
wrote a	-0.117
wrote an	-0.029
wrote down	-0.036
wrote goodby	0.056
wrote it	-0.054
wrote my	0.023
wrote notes	0.043
wrote out	0.048
wrote three	-0.023
wrote to	-0.028
wrote what	-0.021
year	-0.219
year _ am	-0.069
year _ from	-0.021
year _ i	-0.122
year _ it	0.036
year _ me	0.039
year _ my	-0.065
year _ the	0.037
year _ tried	-0.069
year _ was	-0.047
year ago	-0.054
year clean	-0.021
year i	-0.117
year since	-0.053
year with	0.039
years	-0.162
years _ i	-0.026
years _ today	-0.036
years ago	-0.051
years clean	-0.075
yes	-0.037
yester	0.051
yet	-0.196
yet _ it	-0.036
yet and	-0.036
yoga	-0.039
you	-0.336
you _ also	-0.026
you _ be	-0.024
you _ everyt	0.072
you _ know	0.026
you _ not	-0.057
you _ the	-0.021
you all	0.06
you are	-0.105
you can	-0.021
you do	-0.048
you feel	-0.024
you for	0.072
you have	-0.022
you may	-0.071
you saturd	-0.024
you there	-0.049
you want	0.02
you would	0.026
your	-0.227
your _ addres	-0.046
your _ may	-0.033
your email	-0.046
your mind	-0.029
your progre	-0.041
your teeth	0.02
yourse	-0.113
youtub	-0.049
youtub again	-0.049
zone	-0.03
"""
