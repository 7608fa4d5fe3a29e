#!/bin/bash
# bench/profile/run.sh rules|parses FOLDER [PASSES] : a profile of the attribution stage from an instrumented copy of
# the engine, built in a scratch folder (the shipped code is not touched):
#   rules  - thread CPU time and bytes allocated of each attribution rule, the analysis, the speaker resolution and the stages (rule-timing.diff)
#   parses - how many MentionParser.Parse calls repeat a range, or a start with another end and the same answer (parse-trace.diff)
# FOLDER is a corpus folder (with a corpus.yaml for the claims); PASSES (rules only) defaults to 12, the first not counted.
set -euo pipefail
mode=$1; folder=$2; passes=${3:-12}
repo=$(cd "$(dirname "$0")/../.." && pwd); here="$repo/bench/profile"
work=$(mktemp -d /tmp/incidenttools-profile.XXXXXX)
cp -r "$repo/src" "$work/src"; rm -rf "$work"/src/*/bin "$work"/src/*/obj
cd "$work"
case $mode in rules) patch -s -p1 < "$here/rule-timing.diff"; prog=RuleProfile;; parses) patch -s -p1 < "$here/parse-trace.diff"; prog=ParseRepeats;; *) echo "rules or parses" >&2; exit 2;; esac
# the manifest reader too (IncidentTools.Yaml, which builds the engine it references): the driver references both, and
# without the reader in lib/ the corpus.yaml is a problem record and the claims are profiled with no parties or questions
dotnet build src/IncidentTools.Yaml -c Release -f net8.0 -o "$work/lib" -v q -nologo > "$work/build.log"
mkdir "$work/driver"; sed "s#@LIB@#$work/lib#" "$here/driver.csproj.template" > "$work/driver/driver.csproj"
cp "$here/$prog/Program.cs" "$work/driver/"
dotnet build "$work/driver" -c Release -o "$work/driver/bin" -v q -nologo >> "$work/build.log"
dotnet "$work/driver/bin/IncidentTools.Tests.dll" "$folder" "$passes" 40
echo "(instrumented copy in $work)" >&2
