"""Fill README.md placeholders from the logs of readme_tables / check_sentences / crosscheck (run after the build)."""
import re
R='/work/heldout7-private/claims/'
s=open(R+'README.md').read()
t=open(R+'scripts/readme_tables.log').read()
counts,_,uns=t.partition("## UNSURE list (generated from the claims' notes)")
s=s.replace('COUNTS_PLACEHOLDER','## Counts\n\n'+counts.strip()+'\n')
chk=[]
for f in ('check_sentences.log','crosscheck.log','crosscheck_votes.log'):
    try: chk.append(f'`scripts/{f}`:\n\n```\n'+open(R+'scripts/'+f).read().strip()[-1500:]+'\n```')
    except Exception as e: chk.append(f'{f}: not available ({e})')
s=s.replace('CHECKS_PLACEHOLDER',"`crosscheck.py` re-reads every cited DOTS cell with openpyxl (the long table was built with calamine), every WEO rate with pyarrow and every Voeten/DGACM coincidence by a second method (a pandas pivot; a separate JSON parse); `crosscheck_votes.py` re-reads the single votes; `check_sentences.py` checks that every sentence and quote is verbatim in its text, the date matches line 2, every perturbed original occurs verbatim, no perturbed copy occurs in the text, none is consistent and each names a claim. `build.py` recomputes every verdict and every perturbed verdict and compares them with mine (`scripts/build.log`: PROBLEMS empty).\n\n"+'\n\n'.join(chk))
s=s.replace('UNSURE_PLACEHOLDER','## UNSURE (claims a second annotator could dispute; generated from the notes that say UNSURE)\n'+uns)
open(R+'README.md','w').write(s)
print('filled')
