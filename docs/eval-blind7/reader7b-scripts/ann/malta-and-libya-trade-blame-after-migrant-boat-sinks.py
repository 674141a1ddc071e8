from mk import *
S1 = 'At least 23 people drowned when an overcrowded fishing boat capsized'
IM = 'Its interior ministry said in a statement'
EU = 'The European Union has trained and equipped the Libyan coast guard'
EC = 'The European Commission said on Monday'
MA = 'The German charity Mare Aperto said'
DL = 'Under a deal reached in 2024'
FA = 'Farrugia said Malta would ask the European Commission'
ART = dict(
byline='Luca Borg', credits=['Reuters'],
quotes=[
 Q('We asked Libya to do its job and Libya did not answer,', 'Joseph Farrugia', 'he'),
 Q('Malta cannot be the only coast guard of Europe.', 'Joseph Farrugia', 'he', note='continuation'),
 Q('hiding its own failure behind Libyan patrol boats.', 'interior ministry', 'Its interior ministry', also=['Government of National Unity', None], note="Libya's (GNU) interior ministry, lowercase"),
 Q('with very few means and very little thanks.', 'Ali Al-Mabrouk', 'Col. Ali Al-Mabrouk'),
 Q('in contact with both Maltese and Libyan authorities', 'European Commission', 'The European Commission'),
 Q('Three governments knew where these people were. None of them sent a ship,', 'Katrin Weber', 'Katrin Weber'),
 Q('Malta cannot be the only coast guard of Europe.', 'Joseph Farrugia', None, kind='pullquote'),
],
people=[
 P('Joseph Farrugia', "Malta's home affairs minister", 'MLT'),
 P('Ali Al-Mabrouk', 'spokesman for the Libyan coast guard', 'LBY', note='Col.'),
 P('Katrin Weber', 'spokeswoman for the group', 'DEU', note='German charity Mare Aperto; unsure country'),
 P('Robert Camilleri', 'Prime Minister', 'MLT'),
],
orgs=[
 O('Libyan coast guard', 'LBY', note='lowercase'),
 O('Armed Forces of Malta', 'MLT'),
 O('Government of National Unity', 'LBY', note='Tripoli-based'),
 O('interior ministry', 'LBY', note='"Its interior ministry" (GNU), lowercase'),
 O('European Union', None),
 O('European Commission', None),
 O('Mare Aperto', 'DEU', note='German charity'),
 O("Italy's coast guard", 'ITA', note='lowercase'),
 O('Il-Gazzetta', 'MLT', note='Maltese daily'),
 O("Bangladesh's embassy", 'BGD', note='in Rome; unsure'),
],
amb=[],

events=[
 E('TITLE', 'MLT', 'LBY', '112'),
 E('TITLE', 'LBY', 'MLT', '112'),
 E(S1, 'MLT', 'LBY', '112'),
 E(S1, 'LBY', 'MLT', '112'),
 E("Malta's home affairs minister, Joseph Farrugia, said Maltese authorities had asked", 'MLT', 'LBY', '020', happened=False, note='unsure: the request is Farrugia\'s claim, denied by Libya (no request received); true defensible'),
 E("Malta's home affairs minister, Joseph Farrugia, said Maltese authorities had asked", 'MLT', 'LBY', '112', note='unsure: the claim that Libya was asked and did not act'),
 E('We asked Libya to do its job', 'MLT', 'LBY', '112', note='speech act of the quote'),
 E('The Tripoli-based Government of National Unity rejected the account.', 'LBY', 'MLT', '120', note='016 defensible'),
 E(IM, 'LBY', 'MLT', '112'),
 E(IM, 'LBY', 'MLT', '016', note='unsure: denies receiving a request'),
 E(IM, 'MLT', 'LBY', '020', happened=False, note='no request received'),
 E(EU, 'IGO', 'LBY', '062', note='EU trained the coast guard'),
 E(EU, 'IGO', 'LBY', '072', note='equipped, supplied patrol boats'),
 E(EC, 'IGO', 'MLT', '040'), E(EC, 'IGO', 'LBY', '040'),
 E(EC, 'IGO', 'MLT', '020', note='urged them to cooperate'), E(EC, 'IGO', 'LBY', '020'),
 E(MA, 'DEU', 'MLT', '064', note='unsure: German charity alerted'), E(MA, 'DEU', 'ITA', '064', note='unsure'), E(MA, 'DEU', 'LBY', '064', note='unsure'),
 E("Italy's coast guard said the boat had been outside", 'ITA', 'MLT', '064', note='forwarded the alert'),
 E("Malta, the European Union's smallest member, has long complained", 'MLT', 'IGO', '111', note='unsure: complaint about other EU members'),
 E(DL, 'MLT', 'LBY', '057', note='trace of the 2024 deal'),
 E(DL, 'MLT', 'LBY', '031', note='agreed to set up a joint center'),
 E(DL, 'MLT', 'LBY', '061', happened=False, note='center has not opened; unsure code (062)'),
 E(FA, 'MLT', 'IGO', '020', happened=False, note='conditional'),
 E(FA, 'MLT', 'LBY', '130', note='unsure: conditional threat'),
 E(FA, 'IGO', 'LBY', '071', note='unsure: trace of EU funding for the coast guard'),
 E('The Maltese daily Il-Gazzetta reported', 'MLT', 'LBY', '041', happened=False, note='unconfirmed report of a call; unsure'),
 E("Bangladesh's embassy in Rome, which also covers Malta", 'BGD', 'MLT', '042', happened=False, note='unsure: was sending an official'),
],
)
