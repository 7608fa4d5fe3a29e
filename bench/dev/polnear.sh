#!/usr/bin/env bash
# polnear.sh <checkout> [dev|train] [outdir]  -- scores the staged module (out/IncidentTools) on a PolNeAR split. SHOW=N for misses.
set -euo pipefail
co=$(cd "$1" && pwd); split=${2:-dev}; out=${3:-/tmp/polnear-$split-$$}
SHARED=${SHARED:-$(cd "$co/../shared" && pwd)}  # the shared data beside the checkout
mkdir -p "$out"
P=$SHARED/polnear
cd "$co"
dotnet pwsh -NoProfile -Command "Import-Module ./out/IncidentTools
 Get-IncidentQuote -Path $P/$split/text | ConvertTo-Json -Depth 3 | Set-Content $out/q.json
 Get-IncidentClaim -Path $P/$split/text | ConvertTo-Json -Depth 3 | Set-Content $out/c.json" 
python3 $P/score.py $P/$split --quotes $out/q.json --claims $out/c.json --show ${SHOW:-0} | tee $out/score.txt
echo "out: $out"
