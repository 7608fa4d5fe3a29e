#!/usr/bin/env bash
# salala.sh <checkout> [outdir] -- scores the staged module on ../shared/salala-dev (verbose output in outdir/score.txt)
set -euo pipefail
co=$(cd "$1" && pwd); out=${2:-/tmp/salala-$$}
SHARED=${SHARED:-$(cd "$co/../shared" && pwd)}  # the shared data beside the checkout
D=$SHARED/salala-dev
rm -rf "$out/run"; mkdir -p "$out/run"; cp $D/articles/*.txt "$out/run/"
python3 -c "import re,sys; t=open(sys.argv[1],encoding='utf-8').read(); sys.stdout.write(re.sub(r'(?m)^documents:\n(?:(?:[ #].*)?\n)*', '', t))" "$co/seeds/corpus.yaml" > "$out/run/corpus.yaml"
cd "$co"
dotnet pwsh -NoProfile -Command "Import-Module ./out/IncidentTools
 Get-IncidentClaim -Path $out/run -WarningAction SilentlyContinue | ConvertTo-Json -Depth 3 -EnumsAsStrings | Set-Content $out/c.json
 Get-IncidentQuote -Path $out/run -WarningAction SilentlyContinue | ConvertTo-Json -Depth 3 -EnumsAsStrings | Set-Content $out/q.json"
python3 $D/score.py -v $out/c.json $out/q.json $D/expected.yaml > $out/score.txt
tail -1 $out/score.txt; echo "out: $out"
