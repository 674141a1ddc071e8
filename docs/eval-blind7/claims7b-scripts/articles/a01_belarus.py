a=Article('belarus-un-votes-moscow')
FS=['Armenia','Azerbaijan','Belarus','Estonia','Georgia','Kazakhstan','Kyrgyzstan','Latvia','Lithuania','Moldova','Russia','Tajikistan','Turkmenistan','Ukraine','Uzbekistan']
def V(x,y,yrs=(2019,)):
    c,f=vfig(x,y,list(yrs)); f2=dict(value=round(c['share'],2),unit='percent',currency=None,year=max(yrs),source=f"same files: share of identical votes (abstentions included) on the {c['both']} roll calls both took part in",basis='derived')
    return c,[f,f2]
c,f=V('Belarus','Russia')
ALS(a,'voted the same way as their Russian counterparts on about 77 percent of the resolutions on which both countries cast a vote','consistent',f,c['coinc'],c['share'],77,'about',subj='BLR',part='RUS',period='2019',desc='Belarus with Russia, 2019 (Voeten)',
    pert=('about 77 percent','about 47 percent','number','understated',47,'about'),note="'on which both countries cast a vote': in UN usage an abstention is not a vote cast, so the base is the yes/no votes, the coincidence (86.8%, 113% of 77, inside ±15%); the identical share 77.4% also inside.")
rk=sorted([(vcoinc(x,'Russia',[2019])['coinc'],x) for x in FS if x!='Russia'],reverse=True); rks=sorted([(vcoinc(x,'Russia',[2019])['share'],x) for x in FS if x!='Russia'],reverse=True)
figs=[vfig(x,'Russia',[2019])[1] for _,x in rk[:4]]
ALX(a,'No other former Soviet republic came closer to the Russian line.','contradicted','contradicted',figs,
    "Coincidence with Russia in 2019 of the 14 other former Soviet republics: "+', '.join(f'{x} {v:.1f}' for v,x in rk[:5])+" ...: Armenia ahead of Belarus. On the identical-vote share Belarus is first ("+', '.join(f'{x} {v:.1f}' for v,x in rks[:4])+").",
    subj='BLR',part='RUS',period='2019',unit='rank',quantity=1,pert=None,note="Rank by coincidence (contract); the identical-vote share reading would make it true (UNSURE). Perturbed copy: none (a false original whose only natural edit, 'No other' -> 'Another', makes it true on coincidence but false on the share; see README).")
ALX(a,'Armenia, a member of the Russian-led military alliance, came next, followed by Uzbekistan','contradicted','contradicted',figs,
    "Order after Belarus claimed: Armenia 2nd, Uzbekistan 3rd. Coincidence 2019: Armenia 90.2 (1st), Belarus 86.8, Uzbekistan 83.8; identical-vote share: Belarus 77.4, Uzbekistan 74.1, Armenia 72.9: Armenia is not next after Belarus on either reading.",
    subj='ARM',part='RUS',period='2019',unit='rank',quantity=2,
    pert=('Armenia, a member of the Russian-led military alliance, came next','Armenia, a member of the Russian-led military alliance, came last','rank','contradicted'),note="One claim for the stated order. Perturbed copy false in another way (Armenia last: it is first/third).")
c,f=V('Belarus','United States')
ALS(a,'Minsk sided with the United States only about one time in ten','sources disagree',f,c['coinc'],c['share'],10,'about',subj='BLR',part='USA',period='2019',desc='Belarus with the US, 2019',
    pert=('about one time in ten','about one time in two','number','overstated',50,'about'),note="Coincidence 11.9% (119% of 10, above ±15%); identical share 10.3% inside: only the second reading agrees (UNSURE).")
rk=sorted([(vcoinc(x,'United States',[2019])['coinc'],x) for x in FS],reverse=False)
ALX(a,'the lowest rate among the fifteen successor states of the Soviet Union','consistent','consistent',[vfig(x,'United States',[2019])[1] for _,x in rk[:3]],
    "Coincidence with the US in 2019, lowest first: "+', '.join(f'{x} {v:.1f}' for v,x in rk[:4])+": Belarus lowest of the 15 (also lowest on the identical-vote share, 10.3%).",subj='BLR',part='USA',period='2019',unit='rank',quantity=15,
    pert=('the lowest rate among','the highest rate among','rank','contradicted'))
m=vpair('Belarus','United States',[2019]); n=int(((m.vote_x=='yes')&(m.vote_y=='no')).sum())
ALX(a,'On more than 50 occasions, Belarus voted in favour of a text that the American delegation voted against','consistent','consistent' if n>=0.95*50 else 'overstated',
    [cnt_fig(n,"data/unga/voeten_unvotes/un_votes.rda + un_roll_calls.rda, year 2019: roll calls with Belarus 'yes' and United States 'no'",2019)],
    f"{n} roll calls in 2019 with Belarus yes and the US no (more than 50: consistent).",subj='BLR',part='USA',period='2019',unit='count',quantity=50,hedge='more than',
    pert=('On more than 50 occasions','On more than 80 occasions','number','overstated'))
cn,tot=own_counts('Belarus',2019); src="data/unga/voeten_unvotes/un_votes.rda + un_roll_calls.rda, year 2019: votes recorded for Belarus"
ALX(a,'Of the 87 recorded votes in which it took part in 2019','consistent','consistent',[cnt_fig(tot,src,2019)],f"Belarus has a vote recorded on {tot} roll calls of 2019.",subj='BLR',period='2019',unit='count',quantity=87,
    pert=('Of the 87 recorded votes','Of the 127 recorded votes','number','overstated'))
ALX(a,'it cast a "no" only six times','consistent','consistent',[cnt_fig(cn['no'],src+" = 'no'",2019)],f"Belarus voted no {cn['no']} times in 2019.",subj='BLR',period='2019',unit='count',quantity=6,
    pert=('only six times','only two times','number','understated'))
ALX(a,'abstained on 17','overstated','overstated',[cnt_fig(cn['abstain'],src+" = 'abstain'",2019)],f"Belarus abstained {cn['abstain']} times in 2019 ({cn['abstain']/17*100:.0f}% of 17, below ±10%); yes {cn['yes']} (not 87-6-17=64).",subj='BLR',period='2019',unit='count',quantity=17,
    pert=None)
PERT.append(dict(id=a.claims[-1]['id']+'-p1',of=a.claims[-1]['id'],file=a.file,original_sentence=a.claims[-1]['sentence'],sentence=a.claims[-1]['sentence'].replace('abstained on 17','abstained on 37',1),change='number',expected_verdict='overstated'))
m=vpair('Belarus','Russia',[2019]); d=int((m.vote_x!=m.vote_y).sum()); ab=int(((m.vote_x=='abstain')&(m.vote_y=='no')).sum())
ALX(a,'It also parted company with Moscow more than two dozen times','overstated','overstated' if d<0.95*24 else 'consistent',
    [cnt_fig(d,"data/unga/voeten_unvotes/un_votes.rda + un_roll_calls.rda, year 2019: roll calls both took part in with Belarus' vote different from Russia's",2019)],
    f"Belarus voted differently from Russia on {d} of {len(m)} joint roll calls of 2019 ({d/24*100:.0f}% of 24, below 95%); of those, Belarus abstained where Russia voted no {ab} times (not 'usually').",subj='BLR',part='RUS',period='2019',unit='count',quantity=24,hedge='more than',
    pert=None)
PERT.append(dict(id=a.claims[-1]['id']+'-p1',of=a.claims[-1]['id'],file=a.file,original_sentence=a.claims[-1]['sentence'],sentence=a.claims[-1]['sentence'].replace('more than two dozen times','more than four dozen times',1),change='number',expected_verdict='overstated'))
def VM(x,y,yrs):
    m,vals,fg=vmeanfig(x,y,yrs); sh=[vcoinc(x,y,[yy])['share'] for yy in yrs]; ms=sum(sh)/len(sh)
    fg.append(dict(value=round(ms,2),unit='percent',currency=None,year=max(yrs),source=f"same files: mean over {yrs[0]}-{yrs[-1]} of the yearly identical-vote shares ({', '.join(f'{s:.1f}' for s in sh)})",basis='derived'))
    return m,ms,fg,vals
m_,ms,fg,vals=VM('Belarus','United States',list(range(1995,2000)))
ALS(a,'Belarus voted with the United States on roughly 27 percent of General Assembly roll calls','sources disagree',fg,m_,ms,27,'roughly',subj='BLR',part='USA',period='1995-1999',desc='Belarus with the US, mean of yearly figures 1995-1999 ('+', '.join(f'{v:.1f}' for v in vals)+')',
    pert=('roughly 27 percent','roughly 67 percent','number','overstated',67,'roughly'),note="'the second half of the 1990s' = 1995-1999. Mean coincidence 41.6% (154%), mean identical share ~27%: only the share agrees (UNSURE).")
m_,ms,fg,vals=VM('Belarus','United States',list(range(2015,2020)))
ALS(a,'Over the five years to 2019, that share was about 17 percent.','sources disagree',fg,m_,ms,17,'about',subj='BLR',part='USA',period='2015-2019',desc='Belarus with the US, mean of yearly figures 2015-2019 ('+', '.join(f'{v:.1f}' for v in vals)+')',
    pert=('about 17 percent','about 47 percent','number','overstated',47,'about'))
c,f=V('Belarus','United States',(2009,))
ALS(a,'Minsk voted with Washington about a third of the time','overstated',f,c['coinc'],c['share'],33.3,'about',lo=28,hi=38,subj='BLR',part='USA',period='2009',desc='Belarus with the US, 2009',
    pert=('about a third of the time','about a tenth of the time','number','understated',10,'about'))
c,f=V('Belarus','Russia',(2009,))
ALS(a,'from about 84 percent in 2009','sources disagree',f,c['coinc'],c['share'],84,'about',subj='BLR',part='RUS',period='2009',desc='Belarus with Russia, 2009',
    pert=('from about 84 percent in 2009','from about 54 percent in 2009','number','understated',54,'about'),note="Coincidence 98.5% (117%, above ±15%), identical share 84.1% inside. 'to last year's 77 percent' restates the 2019 figure (claim c1) and is not annotated again; the slip itself holds on both readings.")
c,f=V('Belarus','China')
ALS(a,'about 79 percent of the time','sources disagree',f,c['coinc'],c['share'],79,'about',subj='BLR',part='CHN',period='2019',desc='Belarus with China, 2019',
    pert=('about 79 percent of the time','about 49 percent of the time','number','understated',49,'about'))
c2,f2=V('Belarus','Russia')
ALX(a,'Belarus agreed slightly more often with China','consistent','consistent' if c['coinc']>c2['coinc'] else 'contradicted',f[:1]+f2[:1],
    f"2019: Belarus with China {c['coinc']:.1f}% vs with Russia {c2['coinc']:.1f}% (identical shares {c['share']:.1f} vs {c2['share']:.1f}): China ahead on both.",subj='BLR',part='CHN',period='2019',
    pert=('agreed slightly more often with China','agreed slightly less often with China','direction','contradicted'))
c,f=V('Ukraine','Russia')
ALS(a,'sided with Moscow less than half the time in 2019','sources disagree',f,c['coinc'],c['share'],50,'less than',subj='UKR',part='RUS',period='2019',desc='Ukraine with Russia, 2019',
    pert=('less than half the time','less than a third of the time','number','understated',33.3,'less than'))
rk=sorted([(vcoinc(x,'Russia',[2019])['coinc'],x) for x in FS if x!='Russia'])
ALX(a,'the lowest among the group','contradicted','contradicted',[vfig(x,'Russia',[2019])[1] for _,x in rk[:2]],
    f"Coincidence with Russia 2019, lowest first: "+', '.join(f'{x} {v:.1f}' for v,x in rk[:3])+": Moldova below Ukraine. On the identical-vote share Ukraine (44.7) is lowest, Moldova 48.8.",subj='UKR',part='RUS',period='2019',unit='rank',
    pert=None,note="Coincidence decides (contract); the share reading makes it true (UNSURE). No perturbed copy (see README).")
c0,f0=V('Ukraine','Belarus',(2009,)); c1,f1=V('Ukraine','Belarus')
D=c1['coinc']-c0['coinc']; Ds=c1['share']-c0['share']
ALX(a,'Its agreement with Belarus also fell by more than ten points over the decade','sources disagree','sources disagree' if (-D<9.5 and -Ds>=9.5) else 'x',f0+f1,
    f"Ukraine with Belarus, 2009 to 2019: coincidence {c0['coinc']:.1f} -> {c1['coinc']:.1f} ({D:+.1f} points, below the 95% of 10 a 'more than' needs); identical share {c0['share']:.1f} -> {c1['share']:.1f} ({Ds:+.1f} points, inside): only the share agrees.",
    subj='UKR',part='BLR',period='2009-2019',unit='points',quantity=-10,hedge='more than',pert=('fell by more than ten points','fell by more than twenty points','number','overstated'))
ALS(a,'to under 50 percent','sources disagree',f1,c1['coinc'],c1['share'],50,'under',subj='UKR',part='BLR',period='2019',desc='Ukraine with Belarus, 2019',
    pert=('to under 50 percent','to under 30 percent','number','understated',30,'under'))
B=['Estonia','Latvia','Lithuania']; fg=[]; vs=[]
for x in B:
    c,f=V(x,'United States'); fg+=f; vs.append(alverdict(c['coinc'],c['share'],50,None,40,52.5))
ALX(a,'voted with the United States just under half the time','sources disagree','sources disagree' if all(v=='sources disagree' for v in vs) else vs,fg,
    "2019 with the US: Estonia 58.5 / 45.6, Latvia 58.7 / 44.9, Lithuania 59.4 / 44.4 (coincidence / identical share); 'just under half' read as 40-52.5% (the half band's floor, 105% of 50): each coincidence above, each share inside.",
    subj='EST',part='USA',period='2019',unit='percent',quantity=50,hedge='just under',pert=('just under half the time','just under a fifth of the time','number','understated'),
    note="Three named countries, each must hold. Reading of 'just under half' chosen where the contract is silent (README).")
rk=sorted([(vcoinc(x,'United States',[2019])['coinc'],x) for x in FS],reverse=True)
ALX(a,'with Estonia the most closely aligned of the fifteen','contradicted','contradicted',[vfig(x,'United States',[2019])[1] for _,x in rk[:3]],
    "Coincidence with the US 2019: "+', '.join(f'{x} {v:.1f}' for v,x in rk[:3])+": Lithuania first. On the identical-vote share Estonia is first (45.6 vs Latvia 44.9, Lithuania 44.4).",subj='EST',part='USA',period='2019',unit='rank',quantity=1,
    pert=None,note="Coincidence decides; 0.9 points; the share reading reverses it (UNSURE). No perturbed copy.")
CA=['Kazakhstan','Kyrgyzstan','Tajikistan','Turkmenistan','Uzbekistan']
rk=sorted([(vcoinc(x,'Russia',[2019])['coinc'],x) for x in CA])
ALX(a,'was the least aligned with Russia of the five Central Asian republics','consistent','consistent' if rk[0][1]=='Kazakhstan' else 'contradicted',[vfig(x,'Russia',[2019])[1] for _,x in rk],
    "Coincidence with Russia 2019: "+', '.join(f'{x} {v:.1f}' for v,x in rk)+" (identical shares: Kazakhstan 67.4 also lowest).",subj='KAZ',part='RUS',period='2019',unit='rank',quantity=5,
    pert=('the least aligned with Russia','the most aligned with Russia','rank','contradicted'))
c,f=V('Kazakhstan','Russia')
ALS(a,'at about 67 percent','sources disagree',f,c['coinc'],c['share'],67,'about',subj='KAZ',part='RUS',period='2019',desc='Kazakhstan with Russia, 2019',
    pert=('at about 67 percent','at about 37 percent','number','understated',37,'about'))
c,f=V('Kyrgyzstan','Russia',(2009,))
ALS(a,'voted with Russia 83 percent of the time in 2009','sources disagree',f,c['coinc'],c['share'],83,None,subj='KGZ',part='RUS',period='2009',desc='Kyrgyzstan with Russia, 2009',
    pert=('83 percent of the time','53 percent of the time','number','understated',53,None))
c,f=V('Kyrgyzstan','Russia')
ALS(a,'to about 80 percent','consistent',f,c['coinc'],c['share'],80,'about',subj='KGZ',part='RUS',period='2019',desc='Kyrgyzstan with Russia, 2019',
    pert=('to about 80 percent','to about 50 percent','number','understated',50,'about'),note="'has drifted only slightly since' is false on the coincidence (98.4 -> 81.4) and not slight on the share (83.1 -> 69.5); only the 80% figure is annotated.")
fg=[]; vs=[]
for x in ('Moldova','Georgia'):
    c,f=V(x,'United States'); fg+=f; vs.append(alverdict(c['coinc'],c['share'],33.3,'roughly',28,38))
ALX(a,'Moldova and Georgia voted with the United States roughly a third of the time.','sources disagree','sources disagree' if all(v=='sources disagree' for v in vs) else vs,fg,
    "2019 with the US: Moldova 42.9 / 33.0, Georgia 50.0 / 33.7 (coincidence / identical share) against the third band 28-38%: coincidences above, shares inside.",subj='MDA',part='USA',period='2019',unit='percent',quantity=33.3,hedge='roughly',
    pert=('roughly a third of the time','roughly a tenth of the time','number','understated'))
UC(a,'the 24 million tonnes of crude it wants to buy this year','a volume (tonnes) and a purchase planned for the current year; not in the data','BLR','RUS')
UC(a,'A Russian loan of $600 million','a loan; not in the data','RUS','BLR')
