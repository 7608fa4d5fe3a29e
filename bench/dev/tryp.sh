#!/usr/bin/env bash
# tryp.sh <checkout> "text"... -- each text as one document, no manifest: quotes and claims with speaker, party, rule
set -euo pipefail
co=$(cd "$1" && pwd); shift
SHARED=${SHARED:-$(cd "$co/../shared" && pwd)}  # the shared data beside the checkout
d=$(mktemp -d); i=0
for t in "$@"; do i=$((i+1)); printf '%s\n' "$t" > $d/t$i.txt; done
cd "$co"
dotnet pwsh -NoProfile -Command "Import-Module ./out/IncidentTools
 Get-IncidentQuote -Path $d -IncludeUnattributed | Format-Table -AutoSize -Wrap DocumentId,Speaker,Party,Rule,Text | Out-String -Width 200
 Get-IncidentClaim -Path $d | Format-Table -AutoSize -Wrap DocumentId,Speaker,Party,Rule,Kind,Text | Out-String -Width 200"
rm -rf $d
