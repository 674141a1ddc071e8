a=Article('mali-un-votes-russia-shift')
def DV(x,y,n):
    c,f=dfig(x,y,n); f2=dict(value=round(c['share'],2),unit='percent',currency=None,year=None,source=f"same file: share of identical votes (abstentions counted) on the {c['both']} resolutions both voted on",basis='derived'); return c,[f,f2]
def OWN(quote,sym,x,claimed,exp,pert=None,note=None,subj='MLI',part=None):
    v,src=dvote(sym,x); comp='consistent' if v==claimed else 'contradicted'
    ALX(a,quote,exp,comp,[dict(value=v,unit='vote',currency=None,year=None,source=src+f': {x}',basis='reported')],f"{x} on {sym}: {v} (claim: {claimed}).",subj=subj,part=part,unit='roll call',pert=pert,note=note)
OWN('Mali was among the 35 countries that abstained','A/RES/ES-11/1','MALI','abstain','consistent',pert=('Mali was among the 35 countries that abstained','Mali was among the 5 countries that voted against','direction','contradicted'),
    note="A/RES/ES-11/1 (2 March 2022): 141-5-35, the tally is right (distractor). Perturbed copy changes the vote.")
c,f=DV('MALI','RUSSIAN FEDERATION',78)
ALS(a,'Bamako voted the same way as Moscow on about 79 percent of the recorded votes in which both took part','consistent',f,c['coinc'],c['share'],79,'about',subj='MLI',part='RUS',period='78th session (Sep 2023-Sep 2024)',desc='Mali with Russia, 78th session (DGACM resolutions)',
    pert=('about 79 percent','about 49 percent','number','understated',49,'about'),note="'the session that ended last month, the 78th' = the 78th regular session's resolutions (78.json); the emergency special session is a session of its own and not included. Coincidence 84.9% (107%), identical share 78.6%: both inside.")
c,f=DV('MALI','RUSSIAN FEDERATION',77)
ALS(a,'up from roughly 64 percent in the session before','sources disagree',f,c['coinc'],c['share'],64,'roughly',subj='MLI',part='RUS',period='77th session',desc='Mali with Russia, 77th session',
    pert=('roughly 64 percent','roughly 34 percent','number','understated',34,'roughly'),note="Coincidence 80.6% (126%, above), identical share 63.8% inside: only the share agrees (UNSURE). On the coincidence the rise 80.6 -> 84.9 still holds.")
c,f=DV('MALI','UNITED STATES',78)
ALS(a,'Its agreement with the United States was fewer than one vote in four.','sources disagree',f,c['coinc'],c['share'],25,'fewer than',subj='MLI',part='USA',period='78th session',desc='Mali with the US, 78th session',
    pert=('fewer than one vote in four','fewer than one vote in ten','number','understated',10,'fewer than'),note="Coincidence 26.8% (107% of 25, above the 105% a 'fewer than' allows); identical share 22.6% inside (UNSURE).")
cn,tot=dcounts('MALI',78); cn0,_=dcounts('MALI',77)
ALX(a,'Malian delegates cast "no" votes more than 20 times in the session that ended in September','consistent','consistent' if cn['no']>=0.95*20 else 'overstated',
    [cnt_fig(cn['no'],"data/unga/un_dgacm_resolutions/78.json: resolutions with a recorded vote, MALI in MS_against")],
    f"Mali voted no on {cn['no']} of the {tot} resolutions with a recorded vote of the 78th session: 95% of 20, the floor of 'more than' (consistent by the contract's tolerance; strictly fewer than 20).",
    subj='MLI',period='78th session',unit='count',quantity=20,hedge='more than',pert=('more than 20 times','more than 40 times','number','overstated'),
    note="UNSURE: 19 is not 'more than 20', but the contract's 'more than' tolerance (>= 95%) admits it; resolutions only (votes on amendments and paragraphs are not in the DGACM files, so the true count of 'no' votes may be higher).")
ALX(a,'against just four a year earlier','consistent','consistent' if cn0['no']==4 else 'x',[cnt_fig(cn0['no'],"data/unga/un_dgacm_resolutions/77.json: resolutions with a recorded vote, MALI in MS_against")],
    f"Mali voted no on {cn0['no']} resolutions of the 77th session.",subj='MLI',period='77th session',unit='count',quantity=4,pert=('against just four a year earlier','against just fourteen a year earlier','number','overstated'))
cr,fr=DV('MALI','RUSSIAN FEDERATION',78); cc,fc=DV('MALI','CHINA',78)
ALX(a,'Mali ended a session slightly closer to Russia than to China','contradicted','consistent' if cr['coinc']>cc['coinc'] else 'contradicted',fr+fc,
    f"78th session: coincidence with Russia {cr['coinc']:.1f}% vs China {cc['coinc']:.1f}%: China ahead; identical shares {cr['share']:.1f} vs {cc['share']:.1f} (Russia ahead).",subj='MLI',part='RUS',period='78th session',
    pert=None,note="Coincidence decides (contract 'closer to A than to B'); the share reading would make it true (UNSURE). No perturbed copy (the reversed sentence is true on one reading only).")
P5=[('RUSSIAN FEDERATION','Russia'),('UNITED STATES','US'),('CHINA','China'),('FRANCE','France'),('UNITED KINGDOM','UK')]
fg=[]; txt=[]
for n in (76,77):
    r=sorted([(dcoinc('MALI',p,n)['coinc'],lab) for p,lab in P5],reverse=True); txt.append(f"{n}th: "+', '.join(f'{l} {v:.1f}' for v,l in r))
    fg+=[dfig('MALI','CHINA',n)[1],dfig('MALI','RUSSIAN FEDERATION',n)[1]]
ALX(a,'with which it had agreed more often than with any other permanent member','consistent','consistent',fg,"Coincidence of Mali with the five permanent members in the sessions before: "+'; '.join(txt)+": China first in each (also on the identical share).",
    subj='MLI',part='CHN',period='76th-77th sessions',unit='rank',quantity=1,pert=('more often than with any other permanent member','less often than with any other permanent member','direction','contradicted'))
OWN('Mali voted against the October 2022 resolution condemning Russia\'s annexation of four Ukrainian regions','A/RES/ES-11/4','MALI','no','contradicted',
    pert=None,note="A/RES/ES-11/4 (12 October 2022): Mali abstained. No perturbed copy: 'abstained on' would be the true sentence; the copy for this claim is 'voted for' (below).")
PERT.append(dict(id=a.claims[-1]['id']+'-p1',of=a.claims[-1]['id'],file=a.file,original_sentence=a.claims[-1]['sentence'],sentence=a.claims[-1]['sentence'].replace('Mali voted against the October 2022','Mali voted for the October 2022',1),change='direction',expected_verdict='contradicted'))
a.claims[-1]['note']="A/RES/ES-11/4 (12 October 2022): Mali abstained. Perturbed copy false in another way ('voted for')."
OWN('it was one of only seven countries to oppose a text calling for a "comprehensive, just and lasting peace"','A/RES/ES-11/6','MALI','no','consistent',pert=('it was one of only seven countries to oppose','it was one of only seven countries to support','direction','contradicted'),
    note="A/RES/ES-11/6 (23 February 2023): 141-7-32; Mali no.")
r=[r for r in dg() if r['symbol']=='A/RES/ES-11/6'][0]; nos=sorted(k for k,v in r['votes'].items() if v=='no')
ALX(a,'The only other African country in that group was Eritrea.','consistent','consistent',[dict(value=', '.join(nos),unit='vote',currency=None,year=None,source="data/unga/un_dgacm_resolutions/ES-11.json A/RES/ES-11/6: MS_against",basis='reported')],
    f"Against A/RES/ES-11/6: {', '.join(nos)}: the African ones Eritrea and Mali.",subj='ERI',unit='roll call',pert=('The only other African country in that group was Eritrea.','The only other African country in that group was Zimbabwe.','rank','contradicted'),
    note="Perturbed: Zimbabwe abstained.")
OWN('Mali had also been among the 24 countries that opposed suspending Russia from the Human Rights Council','A/RES/ES-11/3','MALI','no','consistent',pert=('among the 24 countries that opposed','among the 58 countries that abstained on','direction','contradicted'),
    note="A/RES/ES-11/3 (7 April 2022): 93-24-58; Mali no.")
fg=[]; ok=True
for x in ('MALI','ZIMBABWE','CENTRAL AFRICAN REPUBLIC'):
    v,src=dvote('A/RES/ES-11/5',x); fg.append(dict(value=v,unit='vote',currency=None,year=None,source=src+f': {x}',basis='reported')); ok=ok and v=='no'
ALX(a,'it joined Zimbabwe and the Central African Republic in voting no','consistent','consistent' if ok else 'contradicted',fg,"A/RES/ES-11/5 (14 November 2022): Mali, Zimbabwe and the Central African Republic all voted no.",subj='MLI',part='ZWE',unit='roll call',
    pert=('in voting no','in abstaining','direction','contradicted'))
UC(a,'Russia had delivered 25,000 tonnes of wheat as a gift','aid in kind (a volume of wheat); not in the data','RUS','MLI')
c,f=DV('FRANCE','MALI',78)
ALS(a,"France's share of common votes with Mali has fallen to about 40 percent",'sources disagree',f,c['coinc'],c['share'],40,'about',subj='FRA',part='MLI',period='78th session',desc='France with Mali, 78th session',
    pert=('to about 40 percent','to about 10 percent','number','understated',10,'about'),note="Coincidence 51.5% (129%, above); identical share 40.5% inside (UNSURE). 'share of common votes' suggests the second reading.")
c,f=DV('FRANCE','MALI',77)
ALS(a,'down from more than half in 2022-23','consistent',f,c['coinc'],c['share'],50,'more than',subj='FRA',part='MLI',period='77th session (2022-23)',desc='France with Mali, 77th session',
    pert=('more than half in 2022-23','more than three-quarters in 2022-23','number','overstated',75,'more than'),note="Coincidence 59.7% inside; identical share 46.2% (92% of 50, below the 95%): the coincidence decides (UNSURE).")
cn,tot=dcounts('BURKINA FASO',78)
ALX(a,'took part in only 62 of the roughly 85 recorded votes last session','consistent','consistent' if tot-cn['absent']==62 else 'x',[cnt_fig(tot-cn['absent'],"data/unga/un_dgacm_resolutions/78.json: resolutions with a recorded vote on which BURKINA FASO is listed"),cnt_fig(tot,"data/unga/un_dgacm_resolutions/78.json: resolutions with a recorded vote")],
    f"Burkina Faso voted on {tot-cn['absent']} of the {tot} resolutions with a recorded vote of the 78th session.",subj='BFA',period='78th session',unit='count',quantity=62,pert=('took part in only 62','took part in only 42','number','understated'))
cb,fb=DV('BURKINA FASO','RUSSIAN FEDERATION',78)
ALS(a,'was markedly less aligned with Moscow, at under 60 percent','sources disagree',fb,cb['coinc'],cb['share'],60,'under',subj='BFA',part='RUS',period='78th session',desc='Burkina Faso with Russia, 78th session',
    pert=('at under 60 percent','at under 40 percent','number','understated',40,'under'),note="Coincidence 66.7% (111%, above 105%); identical share 58.1% inside (UNSURE). The comparison with Mali is a claim of its own (next).")
ALX(a,'Burkina Faso, which took part in only 62 of the roughly 85 recorded votes last session, was markedly less aligned with Moscow','consistent','consistent' if cb['coinc']<cr['coinc']-10 else 'x',fb+fr,
    f"78th session with Russia: Burkina Faso {cb['coinc']:.1f}% vs Mali {cr['coinc']:.1f}% (identical shares {cb['share']:.1f} vs {cr['share']:.1f}): markedly less on both.",subj='BFA',part='RUS',period='78th session',
    pert=('was markedly less aligned with Moscow','was markedly more aligned with Moscow','direction','contradicted'))
fg=[]; ok=True
for i in range(1,7):
    v,src=dvote(f'A/RES/ES-11/{i}','BURKINA FASO'); fg.append(dict(value=v,unit='vote',currency=None,year=None,source=src+': BURKINA FASO',basis='reported')); ok=ok and v=='absent'
ALX(a,'Ouagadougou did not vote at all on any of the six resolutions of the emergency session on Ukraine.','consistent','consistent' if ok else 'contradicted',fg,"A/RES/ES-11/1 to /6: Burkina Faso listed in none of in favour, against, abstaining.",subj='BFA',unit='roll call',
    pert=('did not vote at all on any of the six resolutions','voted against all six resolutions','direction','contradicted'))
c,f=DV('NIGER','RUSSIAN FEDERATION',78)
ALS(a,'voted with Russia about 56 percent of the time','sources disagree',f,c['coinc'],c['share'],56,'about',subj='NER',part='RUS',period='78th session',desc='Niger with Russia, 78th session',
    pert=('about 56 percent of the time','about 26 percent of the time','number','understated',26,'about'))
c0,f0=DV('NIGER','RUSSIAN FEDERATION',77)
ALX(a,'its alignment with Russia fell compared with the previous session','consistent','consistent' if c['coinc']<c0['coinc'] else 'contradicted',f0+f,
    f"Niger with Russia: coincidence {c0['coinc']:.1f}% (77th) -> {c['coinc']:.1f}% (78th), fell; identical share {c0['share']:.1f} -> {c['share']:.1f}, rose.",subj='NER',part='RUS',period='77th-78th sessions',unit='change',
    pert=('its alignment with Russia fell','its alignment with Russia rose','direction','contradicted'),note="Coincidence decides; the share reading says it rose (UNSURE).")
c,f=DV('SENEGAL','RUSSIAN FEDERATION',78)
ALS(a,'Senegal sided with Russia on a little over half the votes','consistent',f,c['coinc'],c['share'],50,'more than',subj='SEN',part='RUS',period='78th session',desc='Senegal with Russia, 78th session',
    pert=('a little over half the votes','a little over three-quarters of the votes','number','overstated',75,'more than'),note="'a little over' read as 'just over' (more-than family, >= 95%; blind-6 table). Coincidence 63.6%, share 54.2%: both >= 47.5%. With an upper bound (say 60%) the coincidence would be too high (UNSURE).")
ci,fi=DV("COTE D'IVOIRE",'RUSSIAN FEDERATION',78); cm,fm=DV('CAMEROON','RUSSIAN FEDERATION',78)
ALS(a,"Côte d'Ivoire, at about 45 percent",'sources disagree',fi,ci['coinc'],ci['share'],45,'about',subj='CIV',part='RUS',period='78th session',desc="Côte d'Ivoire with Russia, 78th session",
    pert=('at about 45 percent','at about 15 percent','number','understated',15,'about'))
ALX(a,'was even less aligned with Russia than Cameroon','consistent','consistent' if ci['coinc']<cm['coinc'] else 'contradicted',fi+fm,
    f"78th session with Russia: Côte d'Ivoire {ci['coinc']:.1f}% vs Cameroon {cm['coinc']:.1f}% (identical shares {ci['share']:.1f} vs {cm['share']:.1f}, the other way).",subj='CIV',part='RUS',period='78th session',
    pert=('was even less aligned with Russia than Cameroon','was even more aligned with Russia than Cameroon','direction','contradicted'),note="Coincidence decides; the share reading reverses it (UNSURE).")
OWN('Cameroon, which voted for the March 2022 resolution','A/RES/ES-11/1','CAMEROON','yes','contradicted',subj='CMR',pert=None,note="A/RES/ES-11/1: Cameroon is not listed (did not vote). Perturbed copy: 'voted against' (also false).")
PERT.append(dict(id=a.claims[-1]['id']+'-p1',of=a.claims[-1]['id'],file=a.file,original_sentence=a.claims[-1]['sentence'],sentence=a.claims[-1]['sentence'].replace('which voted for the March 2022 resolution','which voted against the March 2022 resolution',1),change='direction',expected_verdict='contradicted'))
c74,f74=DV('MALI','UNITED STATES',74); c78,f78=DV('MALI','UNITED STATES',78)
ALS(a,'Mali agreed with the United States on only about 13 percent of recorded votes','sources disagree',f74,c74['coinc'],c74['share'],13,'about',subj='MLI',part='USA',period='74th session (2019-20)',desc='Mali with the US, 74th session',
    pert=('only about 13 percent','only about 43 percent','number','overstated',43,'about'),note="Coincidence 15.9% (122%, above); identical share 12.6% inside (UNSURE).")
ALX(a,'less than it does now','consistent','consistent' if c74['coinc']<c78['coinc'] else 'contradicted',f74[:1]+f78[:1],f"Mali with the US: 74th session {c74['coinc']:.1f}% vs 78th {c78['coinc']:.1f}% (shares {c74['share']:.1f} vs {c78['share']:.1f}): less then on both.",
    subj='MLI',part='USA',period='74th vs 78th session',pert=('less than it does now','more than it does now','direction','contradicted'))
