from mk import *
from lib import plover
W='Claire Whitford'; J='Ratu Jone Waqa'
ART = dict(
byline='Losana Tuilau', credits=['AP'],
quotes=[
 Q('This is not a gift, and it is not charity,', W, 'Whitford'),
 Q('It is a partnership between neighbors who have looked after each other for a long time.', W, 'Whitford'),
 Q('more than one partner,', J, 'Waqa'),
 Q('This is not a gift, and it is not charity.', W, None, kind='pullquote'),
 Q('does not ask any Pacific country to choose.', W, 'Whitford'),
 Q('the most generous on the table', J, 'Waqa'),
 Q('from the East and the West.', J, 'Waqa'),
 Q('Our grandchildren will be paying for this hospital,', 'Semi Nadolo', 'he'),
],
people=[
 P(J, "Fiji's finance minister", 'FJI'),
 P(W, "Australia's minister for the Pacific", 'AUS'),
 P('Semi Nadolo', "finance spokesman of the opposition People's Unity Party", 'FJI'),
],
orgs=[
 O('Suva Daily Post', 'FJI', aliases=['The Suva Daily Post'], note='newspaper'),
 O('Chinese embassy in Suva', 'CHN', aliases=['Chinese embassy'], note='lowercase'),
 O("People's Unity Party", 'FJI'),
 O('Pacific Islands Forum', None),
],
amb=[],
events=[
 E('TITLE', 'AUS', 'FJI', '071', note='headline "Lends"; 033 defensible (money not yet paid)'),
 E('Australia will lend Fiji 300 million Australian dollars', 'AUS', 'FJI', '033', note='"will lend", announced; blind-5 rule "agreed to lend" 033; 071 defensible'),
 E('The agreement was signed in Suva by', 'AUS', 'FJI', '057', note='passive: signed by both ministers'),
 E('The agreement was signed in Suva by', 'FJI', 'AUS', '057'),
 E('The agreement was signed in Suva by', 'AUS', 'FJI', '042', note='Whitford arrived for a visit'),
 E('The agreement was signed in Suva by', 'FJI', 'AUS', '043'),
 E('The agreement was signed in Suva by', 'AUS', 'FJI', '046', note='unsure: visit "includes talks" (ongoing)'),
 E('Australia will also provide a grant', 'AUS', 'FJI', '071', happened=False, note='future grant'),
 E('Australia will also provide a grant', 'AUS', 'FJI', '033'),
 E('The Suva Daily Post reported in September that a Chinese state bank had offered', 'CHN', 'FJI', '033', happened=False, note='unsure: reported by a newspaper, not confirmed (embassy did not respond); true defensible'),
 E('The Suva Daily Post reported in September that a Chinese state bank had offered', 'CHN', 'FJI', '042', happened=False, note='unsure: engineers sent to inspect, reported only; 070 defensible'),
 E('Waqa, speaking alongside her, said the Australian terms', 'FJI', 'AUS', '051'),
 E('said it would not comment on bilateral agreements', 'IGO', 'FJI', '011', note='unsure: Forum declines comment', also=['AUS']),
 E('The Pacific Islands Forum, whose secretary-general has urged', 'IGO', 'FJI', '020', note='unsure: general appeal to members in a relative clause'),
 E('Whitford said Australian companies would be allowed to bid', 'FJI', 'AUS', '061', happened=False, note='unsure: future; Fiji lets Australian firms bid'),
 E('Whitford is due to travel on to Tonga on Friday.', 'AUS', 'TON', '042', happened=False, note='planned'),
],
fm_events=[
 {'sentence': "Fiji's Finance Minister Ratu Jone Waqa, left, and Australian Pacific Minister Claire Whitford sign a loan agreement in Suva, Oct. 21, 2026.", 'source': 'FJI', 'target': 'AUS', 'cameo': '057', 'plover': plover('057'), 'happened': True},
 {'sentence': "Fiji's Finance Minister Ratu Jone Waqa, left, and Australian Pacific Minister Claire Whitford sign a loan agreement in Suva, Oct. 21, 2026.", 'source': 'AUS', 'target': 'FJI', 'cameo': '057', 'plover': plover('057'), 'happened': True}],
not_people=['Cyclone Mara', 'Lautoka', 'Viti Levu'],
not_orgs=['Lautoka Hospital', 'Cyclone Mara', 'A hospital damaged by storms', 'Opposition questions debt'],
)
