import re,sys
sys.path.insert(0,'.')
from lib import *
fm,b=load(sys.argv[1])
for m in re.finditer(sys.argv[2], b):
    print(repr(m.group(0)), '|', b[max(0,m.start()-50):m.end()+40].replace('\n',' '))
