import sys; from fig import voeten_pair
for spec in sys.argv[1:]:
    a,b,y=spec.split(':'); print(spec, voeten_pair(a,b,int(y)))
