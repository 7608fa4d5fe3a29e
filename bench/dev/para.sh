#!/usr/bin/env bash
# para.sh file.txt [checkout] -- each line a document after a Salala context sentence; claims with the manifest
set -euo pipefail
f=$(readlink -f "$1"); co=$(cd "${2:-$(dirname "$0")/../..}" && pwd)
d=$(mktemp -d); i=0
while IFS= read -r line; do [ -z "$line" ] && continue; i=$((i+1)); printf 'Pakistan and the United States gave different accounts of the NATO strike on the Salala border posts in November 2011.\n\n%s\n' "$line" > $d/p$(printf %03d $i).txt; done < "$f"
python3 -c "import re,sys; t=open(sys.argv[1],encoding='utf-8').read(); sys.stdout.write(re.sub(r'(?m)^documents:\n(?:(?:[ #].*)?\n)*', '', t))" "$co/seeds/corpus.yaml" > $d/corpus.yaml
cd "$co"
dotnet pwsh -NoProfile -Command "Import-Module ./out/IncidentTools
 Get-IncidentClaim -Path $d -WarningAction SilentlyContinue | Format-Table -AutoSize -Wrap DocumentId,Speaker,Party,Question,Position,Rule | Out-String -Width 220"
rm -rf $d
