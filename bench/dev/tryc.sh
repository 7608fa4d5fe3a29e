#!/usr/bin/env bash
# tryc.sh <checkout> "text"... -- each text as one document with the Salala manifest: claims (question, position) and quotes
set -euo pipefail
co=$(cd "$1" && pwd); shift
SHARED=${SHARED:-$(cd "$co/../shared" && pwd)}  # the shared data beside the checkout
d=$(mktemp -d); i=0
for t in "$@"; do i=$((i+1)); printf '%s\n' "$t" > $d/t$i.txt; done
python3 -c "import re,sys; t=open(sys.argv[1],encoding='utf-8').read(); sys.stdout.write(re.sub(r'(?m)^documents:\n(?:(?:[ #].*)?\n)*', '', t))" "$co/seeds/corpus.yaml" > $d/corpus.yaml
cd "$co"
dotnet pwsh -NoProfile -Command "Import-Module ./out/IncidentTools
 Get-IncidentClaim -Path $d -WarningAction SilentlyContinue | Format-Table -AutoSize -Wrap DocumentId,Speaker,Party,Question,Position,Rule,Text | Out-String -Width 220
 Get-IncidentQuote -Path $d -WarningAction SilentlyContinue | Format-Table -AutoSize -Wrap DocumentId,Speaker,Party,Rule,Text | Out-String -Width 200"
rm -rf $d
