import sys; from fig import dgacm_pair
y=int(sys.argv[1]); part=sys.argv[2]
for a in sys.argv[3:]:
    print(a, part, y, dgacm_pair(a.replace('_',' '), part.replace('_',' '), y))
