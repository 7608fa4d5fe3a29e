<#
.SYNOPSIS
    Scores the accounts stage on the project's own Salala article sets (bench/salala-own), set by set.

.DESCRIPTION
    Each folder under bench/salala-own is a set of articles the project's engineers wrote themselves, from the
    public record of the November 2011 Salala airstrike, in styles the other sets lack, with the positions and
    quotes a careful analyst would expect written down before the module was run on them: `articles/*.txt`
    and `expected.yaml` in the format of ../shared/salala-dev (its README defines it). For each set this
    script copies the articles beside the bundled manifest (seeds/corpus.yaml without its documents: section),
    runs Get-IncidentClaim and Get-IncidentQuote of the staged module (out/IncidentTools; build first) and
    scores them with ../shared/salala-dev/score.py. Prints one line a set and the totals; -Detail prints the
    scorer's verbose output (misses and wrong positions with their sentences).

.EXAMPLE
    ./bench/Score-SalalaOwn.ps1                 # every set
    ./bench/Score-SalalaOwn.ps1 -Set 47 -Detail
#>
[CmdletBinding()]
param(
    # Set folder names (wildcards allowed); every set when omitted.
    [string[]]$Set = '*',

    # The salala-dev folder, whose score.py scores the sets.
    [string]$SalalaDev = (Join-Path $PSScriptRoot '../../shared/salala-dev'),

    # Print the scorer's verbose output for each set.
    [switch]$Detail,

    # Keep the JSON outputs here (one sub-folder a set) instead of a temporary folder.
    [string]$OutputFolder
)

$ErrorActionPreference = 'Stop'
$root = Split-Path $PSScriptRoot -Parent
$module = Join-Path $root 'out/IncidentTools'
if (-not (Test-Path (Join-Path $module 'IncidentTools.psd1'))) { throw "No staged module at $module; run 'dotnet build' first." }
$score = Join-Path (Resolve-Path $SalalaDev).Path 'score.py'
Import-Module $module -Force

$manifest = (Get-Content -Raw -LiteralPath (Join-Path $root 'seeds/corpus.yaml')) -replace '(?m)^documents:\n(?:(?:[ #].*)?\n)*', ''
$sets = @(Get-ChildItem -Directory -LiteralPath (Join-Path $PSScriptRoot 'salala-own') | Where-Object { $n = $_.Name; @($Set | Where-Object { $n -like $_ }).Count -gt 0 } | Sort-Object Name)
if ($sets.Count -eq 0) { throw "No set matches '$($Set -join ', ')' under bench/salala-own." }

$work = if ($OutputFolder) { New-Item -ItemType Directory -Force -Path $OutputFolder } else { New-Item -ItemType Directory -Path (Join-Path ([IO.Path]::GetTempPath()) ("salala-own-" + [Guid]::NewGuid().ToString('N'))) }
$total = @{ pos = 0; posOf = 0; wrong = 0; spk = 0; spkOf = 0; party = 0; partyOf = 0 }
try {
    foreach ($s in $sets) {
        $dir = Join-Path $work $s.Name
        $run = Join-Path $dir 'run'
        New-Item -ItemType Directory -Force -Path $run | Out-Null
        Copy-Item -Path (Join-Path $s.FullName 'articles/*.txt') -Destination $run
        Set-Content -LiteralPath (Join-Path $run 'corpus.yaml') -Value $manifest -NoNewline -Encoding utf8
        $claims = Join-Path $dir 'claims.json'
        $quotes = Join-Path $dir 'quotes.json'
        ConvertTo-Json -Depth 3 -EnumsAsStrings -InputObject @(Get-IncidentClaim -Path $run -WarningAction SilentlyContinue) | Set-Content -LiteralPath $claims -Encoding utf8
        ConvertTo-Json -Depth 3 -EnumsAsStrings -InputObject @(Get-IncidentQuote -Path $run -WarningAction SilentlyContinue) | Set-Content -LiteralPath $quotes -Encoding utf8
        $out = @(& python3 $score -v $claims $quotes (Join-Path $s.FullName 'expected.yaml'))
        if ($LASTEXITCODE -ne 0) { throw "score.py failed on set $($s.Name): $out" }
        # The scorer's own last line names salala-dev; the set's line below says the same figures under its name.
        if ($Detail) { $out | Select-Object -SkipLast 1 }
        $last = $out[-1]
        if ($last -notmatch 'positions (\d+)/(\d+), wrong (\d+), quotes speaker (\d+)/(\d+) party (\d+)/(\d+)') { throw "Unexpected scorer output on set $($s.Name): $last" }
        $total.pos += [int]$Matches[1]; $total.posOf += [int]$Matches[2]; $total.wrong += [int]$Matches[3]
        $total.spk += [int]$Matches[4]; $total.spkOf += [int]$Matches[5]; $total.party += [int]$Matches[6]; $total.partyOf += [int]$Matches[7]
        "set $($s.Name): " + ($last -replace '^salala-dev:\s*', '')
    }
    "salala-own: positions $($total.pos)/$($total.posOf), wrong $($total.wrong), quotes speaker $($total.spk)/$($total.spkOf) party $($total.party)/$($total.partyOf)"
}
finally {
    if (-not $OutputFolder) { Remove-Item -Recurse -Force -LiteralPath $work -ErrorAction SilentlyContinue }
}
