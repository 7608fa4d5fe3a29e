#!/usr/bin/env bash
# devset.sh <checkout> <outdir> -- quotes and claims (no manifest) on the devset texts
set -euo pipefail
co=$(cd "$1" && pwd); out=$2; mkdir -p "$out"
SHARED=${SHARED:-$(cd "$co/../shared" && pwd)}  # the shared data beside the checkout
cd "$co"
dotnet pwsh -NoProfile -Command "Import-Module ./out/IncidentTools
 Get-IncidentQuote -Path $SHARED/devset/news-texts -WarningAction SilentlyContinue | ConvertTo-Json -Depth 3 -EnumsAsStrings | Set-Content $out/q.json
 Get-IncidentClaim -Path $SHARED/devset/news-texts -WarningAction SilentlyContinue | ConvertTo-Json -Depth 3 -EnumsAsStrings | Set-Content $out/c.json"
python3 -c "import json,sys; q=json.load(open('$out/q.json')); c=json.load(open('$out/c.json')); print('devset: quotes',len(q),'claims',len(c))"
