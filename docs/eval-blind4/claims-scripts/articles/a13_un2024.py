a=Article('un-votes-ukraine-era-2024','2025-02-20')
AL(a,'Canada voted with the United States in more than four in five of the recorded votes last year','CANADA','UNITED STATES',2024,80,'more than','consistent',src='dgacm',
   pert=('more than four in five','fewer than half','number','understated',50,None,None,'less than'),subj='CAN',part='USA')
ALC(a,'Poland stayed closer to Washington than to Moscow','POLAND','UNITED STATES','RUSSIAN FEDERATION',2024,'consistent',src='dgacm',
   pert=('closer to Washington than to Moscow','closer to Moscow than to Washington','direction','contradicted'),subj='POL',part='USA')
mn=['ISRAEL','ARGENTINA','AUSTRALIA','REPUBLIC OF KOREA','JAPAN','NEW ZEALAND','COLOMBIA','PHILIPPINES','THAILAND','PAKISTAN','QATAR','KUWAIT','BAHRAIN','JORDAN','BRAZIL','KENYA','MOROCCO','TUNISIA','EGYPT']
figs=[]
for n in mn: figs+=coinc_figs(n,'UNITED STATES',2024,'dgacm')[0]
a.add('Argentina voted with the United States more often than any ally except Israel','alignment','consistent','ARG','USA',None,2,'rank',None,'2024',None,figs,
      'Among the 19 UN-member MNNA designated by 2024: Israel 94.4%, Argentina 87.1%, Australia 80.6% (DGACM resolution votes).',None,
      "'any ally' read as any Major Non-NATO Ally (the previous clause names the group).",
      ('more often than any ally except Israel','more often than any other ally, Israel included','rank','contradicted'))
a.add('Egypt voted with Washington less often than any other Major Non-NATO Ally last year','alignment','consistent','EGY','USA',None,19,'rank',None,'2024',None,figs,
      'Egypt 28.4% is the lowest of the 19 MNNA in 2024 (next: Tunisia 31.4%, Morocco 32.4%).',None,None,
      ('less often than any other','more often than any other','direction','contradicted'))
AL(a,'Kazakhstan voted with the United States in less than a quarter of the recorded votes in 2024','KAZAKHSTAN','UNITED STATES',2024,25,'less than','understated',src='dgacm',
   pert=('less than a quarter','more than half','number','overstated',50,None,None,'more than'),subj='KAZ',part='USA',note='31.3% against at most 26.25%.')
AL(a,'Pakistan sided with China in more than 90 percent of them','PAKISTAN','CHINA',2024,90,'more than','consistent',src='dgacm',
   pert=('more than 90 percent','fewer than half','number','understated',50,None,None,'less than'),subj='PAK',part='CHN')
AL(a,'Saudi Arabia voted with Washington in about three in ten','SAUDI ARABIA','UNITED STATES',2024,30,'about','consistent',src='dgacm',
   pert=('about three in ten','about seven in ten','number','overstated',70,None,None),subj='SAU',part='USA')
RC(a,'Kazakhstan voted against the United States on the April 2022 resolution suspending Russia from the Human Rights Council','A/RES/ES-11/3','KAZAKHSTAN','UNITED STATES','against','consistent',
   pert=('Kazakhstan voted against the United States','Kazakhstan voted with the United States','direction','contradicted'),subj='KAZ',part='USA')
RC(a,'Pakistan voted with Washington on the resolution on the territorial integrity of Ukraine in October 2022','A/RES/ES-11/4','PAKISTAN','UNITED STATES','with','contradicted',
   pert=('Pakistan voted with Washington','Pakistan voted against Washington','direction','contradicted'),subj='PAK',part='USA',note='Pakistan abstained on A/RES/ES-11/4.')
UC(a,"Kazakhstan's trade with China reached about $41 billion in 2024",'2024 trade: IMF DOTS ends in 2020 (no BACI release for 2024 here)','KAZ','CHN',kind='trade_value',period='2024')
UC(a,'officials in Astana expect it to pass $50 billion within three years','a forecast','KAZ','CHN')
