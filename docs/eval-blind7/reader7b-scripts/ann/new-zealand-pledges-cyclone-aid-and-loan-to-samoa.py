from mk import *
S1 = 'New Zealand will give Samoa 25 million New Zealand dollars'
S3 = 'Whitcombe, who flew in on a Royal New Zealand Air Force transport plane'
AS = 'Her government has asked Australia and Japan for assistance'
AU = 'Australia said on Wednesday it would send a team of engineers'
ART = dict(
byline='Mele Tuilagi', credits=['Reuters'],
quotes=[
 Q('Samoa is family, and you do not send family an invoice,', 'Grant Whitcombe', 'he'),
 Q('Not enough', None, None, kind='heading', also=['Lusia Tavita Leota'], note='unsure: heading condensing Leota ("would need help from other partners too"), no body quote with these words'),
 Q('the fastest friend in the Pacific,', 'Lusia Tavita Leota', 'Leota'),
 Q('Every cyclone, we borrow. Every year, we pay back,', 'Lemalu Faleolo', 'its leader, Lemalu Faleolo'),
 Q('paying for storms we did not make.', 'Lusia Tavita Leota', 'Leota'),
 Q('Samoa is family, and you do not send family an invoice.', 'Grant Whitcombe', None, kind='pullquote'),
],
people=[
 P('Grant Whitcombe', 'Foreign Minister', 'NZL'),
 P('Lusia Tavita Leota', 'Samoan Prime Minister', 'WSM'),
 P('Lemalu Faleolo', 'leader of the opposition Human Rights Protection Party', 'WSM'),
],
orgs=[
 O('Disaster Management Office', 'WSM'),
 O('Royal New Zealand Air Force', 'NZL', aliases=['Air Force']),
 O('World Bank', None),
 O("Japan's embassy", 'JPN', note='in Apia; unsure'),
 O('Human Rights Protection Party', 'WSM', note='opposition'),
 O('Le Fetu', 'WSM', note='Apia daily'),
 O('Export-Import Bank of China', 'CHN'),
 O('New Zealand Red Cross', 'NZL'),
],
amb=[],
not_people=['Faleolo International Airport'],
not_orgs=['Faleolo International Airport', 'Cyclone Tala'],
events=[
 E('TITLE', 'NZL', 'WSM', '033'),
 E(S1, 'NZL', 'WSM', '033', note='announced/pledged'),
 E(S1, 'NZL', 'WSM', '073', happened=False, note='will give emergency aid; unsure code (071)'),
 E(S1, 'NZL', 'WSM', '071', happened=False, note='will lend'),
 E(S1, 'NZL', 'WSM', '042', note='visit to Apia'),
 E(S3, 'NZL', 'WSM', '073', note='plane carrying relief supplies'),
 E(S3, 'NZL', 'WSM', '042', note='toured villages with the Samoan PM'),
 E('Samoa is family, and you do not send family an invoice," he said', 'NZL', 'WSM', '073', happened=False, note='grant would be paid out within weeks'),
 E('The loan, on terms that New Zealand officials described', 'NZL', 'WSM', '071', happened=False, note='needs cabinet approval, expected'),
 E('Royal New Zealand Air Force personnel unload relief supplies', 'NZL', 'WSM', '073', note='caption'),
 E('Leota thanked New Zealand', 'WSM', 'NZL', '051'),
 E(AS, 'WSM', 'AUS', '023'), E(AS, 'WSM', 'JPN', '023'), E(AS, 'WSM', 'IGO', '023', note='World Bank'),
 E(AU, 'AUS', 'WSM', '033'),
 E(AU, 'AUS', 'WSM', '073', happened=False),
 E("Japan's embassy in Apia said Tokyo was", 'JPN', 'WSM', '073', happened=False, note='studying the request'),
 E('Samoa already owes about a third of its external debt', 'CHN', 'WSM', '071', note='debt trace'),
 E('Leota used the visit to press New Zealand', 'WSM', 'NZL', '020', note='press to contribute; 023 defensible'),
 E('Whitcombe said New Zealand had already pledged 20 million dollars', 'NZL', 'IGO', '033', note='unsure: pledge to the U.N. loss and damage fund'),
 E('He declined to commit to a new figure.', 'NZL', 'WSM', '122', note='unsure: declines the request'),
 E('The New Zealand Red Cross said it had raised', 'NZL', 'WSM', '073', note='unsure: money raised for Samoa'),
 E('A second Air Force flight is due in Apia on Friday', 'NZL', 'WSM', '073', happened=False),
],
)
