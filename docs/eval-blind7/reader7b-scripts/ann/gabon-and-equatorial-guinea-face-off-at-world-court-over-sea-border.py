from mk import *
S1 = 'Lawyers for Gabon and Equatorial Guinea clashed'
S2 = 'In May 2025, the court ruled that a 1900 convention'
FM = "Gabon's foreign ministry denied the charge"
DB = 'The dispute was brought to the court in 2021'
VP = "Equatorial Guinea's vice president, Anacleto Mangue Esono"
ART = dict(
byline='Pauline Mba', credits=['AFP'],
quotes=[
 Q('The judgment of 2025 gave my country an island. It did not give away the sea around Gabon,', 'Alain-Serge Nzoghe', "Gabon's agent before the court, Justice Minister Alain-Serge Nzoghe"),
 Q("that would turn Libreville's port into a neighbor's doorway.", 'Alain-Serge Nzoghe', 'He'),
 Q('We respect the court', 'Crisantos Obama Nsue', None, kind='heading', also=[None], note='condenses "we respect it now"'),
 Q('no doubt', 'Crisantos Obama Nsue', "Equatorial Guinea's agent, Ambassador Crisantos Obama Nsue"),
 Q('We respected the court when others doubted it, and we respect it now,', 'Crisantos Obama Nsue', 'he'),
 Q('not crossed any line fixed by the court.', 'foreign ministry', "Gabon's foreign ministry", also=['Gabon']),
 Q('any act that could be seen as prejudging the outcome.', 'Petrogab', 'The Gabonese state oil company, Petrogab'),
 Q('Nobody wants this to become a war of flags,', 'Murielle Ondo', 'Murielle Ondo'),
 Q('Both capitals have learned that the court is cheaper than the navy.', 'Murielle Ondo', 'Murielle Ondo', note='continuation'),
 Q('The judgment of 2025 gave my country an island. It did not give away the sea around Gabon.', 'Alain-Serge Nzoghe', None, kind='pullquote'),
],
people=[
 P('Alain-Serge Nzoghe', "Justice Minister; Gabon's agent before the court", 'GAB'),
 P('Crisantos Obama Nsue', "Equatorial Guinea's agent, Ambassador", 'GNQ'),
 P('Anacleto Mangue Esono', "Equatorial Guinea's vice president", 'GNQ'),
 P('Murielle Ondo', 'researcher at Omar Bongo University', 'GAB'),
],
orgs=[
 O('International Court of Justice', None, aliases=['court']),
 O('foreign ministry', 'GAB', note="\"Gabon's foreign ministry\", lowercase"),
 O('United Nations', None),
 O('Petrogab', 'GAB', note='Gabonese state oil company'),
 O('Ceiba Petroleum', 'GNQ', note='Malabo-based'),
 O('mines ministry', 'GNQ', note="\"Equatorial Guinea's mines ministry\", lowercase"),
 O('Omar Bongo University', 'GAB', note='in Libreville'),
],
amb=[
 A('Equatorial Guinea', 'GNQ', where='title', full=True, note='extension: full name containing Guinea'),
 A('Equatorial Guinea', 'GNQ', where='body', full=True, note="all body occurrences (incl. possessive)"),
],
not_people=['Omar Bongo', 'Peace Palace'],
not_orgs=['Peace Palace'],
events=[
 E(S1, 'GAB', 'GNQ', '111', note='unsure: clashed in court (argued against)'),
 E(S1, 'GNQ', 'GAB', '111', note='unsure'),
 E(S2, 'IGO', 'GAB', '120', note='unsure: court rejecting Gabon\'s argument'),
 E(S2, 'FRA', 'ESP', '057', note='unsure: trace of the 1900 convention'),
 E(S2, 'GAB', 'GNQ', '057', note='unsure: 1974 agreement signed (trace; validity rejected)'),
 E('Gabonese gendarmes left Mbanié last year', 'GAB', 'GNQ', '087', note='withdrawal'),
 E('He accused Equatorial Guinea of drawing a line', 'GAB', 'GNQ', '112'),
 E('The government in Malabo has accused Gabon', 'GNQ', 'GAB', '112'),
 E('The government in Malabo has accused Gabon', 'GAB', 'GNQ', '128', happened=False, note='alleged, denied; unsure code'),
 E(FM, 'GAB', 'GNQ', '016'),
 E(FM, 'GAB', 'GNQ', '192', happened=False, note='navy has not crossed; unsure code'),
 E("Both governments say they will accept the court's decision", 'GAB', 'GNQ', '037', note='unsure'),
 E(DB, 'GAB', 'GNQ', '057', note='unsure: special agreement to go to court'),
 E(DB, 'IGO', 'GAB', '045', also=['GNQ'], note='mediated by the United Nations'),
 E(DB, 'GAB', 'GNQ', '046', note='decades of talks (failed)'),
 E(DB, 'GAB', 'GNQ', '061', happened=False, note='joint development zone never agreed'),
 E('The Gabonese state oil company, Petrogab, said in December', 'GAB', 'GNQ', '080', note='unsure: suspended survey in disputed waters'),
 E(VP, 'GNQ', 'GAB', '042', note='unsure: attended inauguration on the land border'),
 E(VP, 'GAB', 'GNQ', '081', note='reopened the crossing'),
 E(VP, 'GAB', 'GNQ', '061', note='unsure: new bridge on their land border'),
 E('Cameroon, which borders both countries, has asked to be heard', 'CMR', 'IGO', '020'),
],
)
