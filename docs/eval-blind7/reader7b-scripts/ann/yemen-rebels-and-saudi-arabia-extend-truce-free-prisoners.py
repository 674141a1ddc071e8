from mk import *
S1 = "Saudi Arabia and Yemen's Houthi rebels agreed on Tuesday"
S3 = 'A statement from the ministry said both sides had committed'
FL = 'Flights organized by the International Committee of the Red Cross'
BQ = 'The border has been largely quiet since'
CO = 'Saudi-led coalition aircraft last struck Houthi positions'
AM = "Yahya Al-Mahdi, a member of the Houthis' political council"
SH = "Saudi Arabia's ambassador to Yemen, Abdullah Al-Shehri"
PM = "Yemen's Prime Minister Salem Al-Amoudi welcomed"
RS = 'The truce does not cover Houthi attacks on shipping'
WA = 'Washington has designated the Houthis'
ART = dict(
byline='Nabil Al-Sabri', credits=['AP'],
quotes=[
 Q('refrain from any cross-border attack', 'foreign ministry', 'A statement from the ministry', also=['Oman', None], note="Oman's foreign ministry named in the previous sentence"),
 Q('Every family that waits at an airport today is a reason to keep this truce,', 'Isabelle Rochat', 'Isabelle Rochat'),
 Q('answer any aggression,', 'Yahya Al-Mahdi', 'Yahya Al-Mahdi'),
 Q('The brothers in Muscat have done more for peace than the whole Security Council,', 'Yahya Al-Mahdi', 'he'),
 Q('extends its hand to all Yemenis', 'Abdullah Al-Shehri', "Saudi Arabia's ambassador to Yemen, Abdullah Al-Shehri"),
 Q('Peace in Yemen will not be signed in Muscat without Yemenis in the room,', 'Salem Al-Amoudi', 'he'),
 Q('We have shown that trust can be built one name at a time,', 'Hanna Lindgren', 'she'),
 Q('Every family that waits at an airport today is a reason to keep this truce.', 'Isabelle Rochat', None, kind='pullquote'),
],
people=[
 P('Isabelle Rochat', 'heads the ICRC delegation in Yemen', None),
 P('Yahya Al-Mahdi', "member of the Houthis' political council", 'YEM'),
 P('Abdullah Al-Shehri', "Saudi Arabia's ambassador to Yemen", 'SAU'),
 P('Salem Al-Amoudi', "Yemen's Prime Minister", 'YEM'),
 P('Hanna Lindgren', 'U.N. envoy', None),
],
orgs=[
 O('Houthis', 'YEM', note='rebel group; unsure as organisation'),
 O('foreign ministry', 'OMN', note="\"Oman's foreign ministry\", lowercase"),
 O('International Committee of the Red Cross', None, aliases=['ICRC']),
 O('Saudi-led coalition', None, aliases=['coalition'], note='unsure: SAU defensible'),
 O('U.N. Security Council', None, aliases=['Security Council']),
 O('central bank', 'YEM', note="\"Yemen's central bank in Aden\", lowercase; unsure"),
],
amb=[],
events=[
 E('TITLE', 'SAU', 'YEM', '087', note='truce extended; Houthis = YEM'),
 E('TITLE', 'SAU', 'YEM', '084'),
 E('TITLE', 'YEM', 'SAU', '084'),
 E(S1, 'SAU', 'YEM', '087', note='unsure code: agreement to extend the truce (037/057 defensible)'),
 E(S1, 'SAU', 'YEM', '084', note='prisoners flown home'),
 E(S1, 'YEM', 'SAU', '084'),
 E('The extension was announced in Muscat by', 'OMN', 'SAU', '045', note='has mediated'),
 E('The extension was announced in Muscat by', 'OMN', 'YEM', '045'),
 E(S3, 'SAU', 'YEM', '035', note='unsure code: committed to refrain from attacks (promise)'),
 E(S3, 'SAU', 'YEM', '190', happened=False, note='refrain from attacks'),
 E(S3, 'SAU', 'YEM', '036', note='to continue talks'),
 E(FL, 'SAU', 'YEM', '084'),
 E(FL, 'YEM', 'SAU', '084'),
 E(FL, 'IGO', 'YEM', '073', note='unsure: ICRC flights (ICRC as international body)'),
 E('A Saudi soldier released by the Houthis is greeted by relatives', 'YEM', 'SAU', '084', note='caption, passive'),
 E(BQ, 'SAU', 'YEM', '112'), E(BQ, 'YEM', 'SAU', '112'),
 E(BQ, 'IGO', 'SAU', '045', note='unsure: U.N.-brokered truce in 2022 (modifier)', also=['YEM']),
 E(BQ, 'SAU', 'YEM', '087', note='unsure: trace of the 2022 truce'),
 E(CO, 'SAU', 'YEM', '195', note='coalition aircraft (Saudi-led)'),
 E(CO, 'YEM', 'SAU', '195', note='unsure: drones fired at a Saudi border post, according to the coalition'),
 E(AM, 'YEM', 'SAU', '130', note='unsure: "answer any aggression" (conditional threat); target implied'),
 E(AM, 'YEM', 'SAU', '190', happened=False, note='conditional'),
 E(AM, 'YEM', 'OMN', '051'),
 E('The brothers in Muscat have done more for peace', 'YEM', 'OMN', '051'),
 E('The brothers in Muscat have done more for peace', 'YEM', 'IGO', '111', note='unsure: Security Council'),
 E(SH, 'SAU', 'YEM', '030'),
 E(SH, 'SAU', 'YEM', '033', note='would keep funding'),
 E(SH, 'SAU', 'YEM', '071', happened=False, note='unsure: future funding (ongoing defensible as true)'),
 E("Riyadh deposited $1.2 billion in Yemen", 'SAU', 'YEM', '071'),
 E(PM, 'YEM', 'SAU', '051', note='unsure: welcomed the exchange'),
 E(PM, 'YEM', 'SAU', '111', note='unsure: warned against a deal leaving his government out'),
 E(RS, 'YEM', 'ISR', '190', note='unsure: attacks on shipping the group says target vessels linked to Israel'),
 E(RS, 'USA', 'YEM', '195'), E(RS, 'GBR', 'YEM', '195'),
 E(WA, 'USA', 'YEM', '172', note='terrorist designation; unsure code (163)'),
 E(WA, 'YEM', 'USA', '111', note='the group condemned'),
 E('Diplomats said the next round of talks could take place in Muscat', 'SAU', 'YEM', '044', happened=False),
],
)
