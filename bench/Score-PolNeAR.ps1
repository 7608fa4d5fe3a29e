<#
.SYNOPSIS
    Scores the attribution stage on a PolNeAR split, in total and rule by rule.

.DESCRIPTION
    Runs Get-IncidentQuote and Get-IncidentClaim (no manifest: every attribution) of the staged module
    (out/IncidentTools; run `dotnet build` first) on the split's articles, scores them with the corpus's
    own scorer (score.py), then scores the output of each rule of the attribution stage on its own: how
    many attributions the rule made, their precision (an attribution is right when its content and
    source match an annotated one), and for the quotations the rule attributed, how many found quoted
    segments got the annotated speaker. Prints the figures and a Markdown table (the README's table).
    The data is read in place (../shared/polnear); nothing of it is copied.

.EXAMPLE
    ./bench/Score-PolNeAR.ps1                     # dev split
    ./bench/Score-PolNeAR.ps1 -Split train -Show 20
#>
[CmdletBinding()]
param(
    [ValidateSet('dev', 'train')]
    [string]$Split = 'dev',

    # The PolNeAR folder (with score.py, dev/, train/).
    [string]$PolNeAR = (Join-Path $PSScriptRoot '../../shared/polnear'),

    # Passed to score.py for the whole output: examples of each kind of miss.
    [int]$Show = 0
)

$ErrorActionPreference = 'Stop'
$root = Split-Path $PSScriptRoot -Parent
$module = Join-Path $root 'out/IncidentTools'
if (-not (Test-Path (Join-Path $module 'IncidentTools.psd1'))) { throw "No staged module at $module; run 'dotnet build' first." }
$PolNeAR = (Resolve-Path $PolNeAR).Path
$splitDir = Join-Path $PolNeAR $Split
$score = Join-Path $PolNeAR 'score.py'
Import-Module $module -Force

$work = Join-Path ([IO.Path]::GetTempPath()) ("score-polnear-" + [Guid]::NewGuid().ToString('N'))
New-Item -ItemType Directory -Path $work | Out-Null
try {
    $quotes = @(Get-IncidentQuote -Path (Join-Path $splitDir 'text'))
    $claims = @(Get-IncidentClaim -Path (Join-Path $splitDir 'text'))

    function Write-Json([object[]]$Items, [string]$Name) {
        $file = Join-Path $work $Name
        ConvertTo-Json -Depth 3 -InputObject @($Items) | Set-Content -LiteralPath $file -Encoding utf8
        $file
    }

    function Invoke-Score([string[]]$Arguments) {
        $out = & python3 $score $splitDir @Arguments
        if ($LASTEXITCODE -ne 0) { throw "score.py failed: $out" }
        $out
    }

    # the whole output
    $q = Write-Json $quotes 'q.json'
    $c = Write-Json $claims 'c.json'
    $args = @('--quotes', $q, '--claims', $c)
    if ($Show -gt 0) { $args += @('--show', $Show) }
    Invoke-Score $args | Write-Output

    # rule by rule, in the order the rules run
    $rows = foreach ($rule in [IncidentTools.AttributionFinder]::RuleNames) {
        $ruleClaims = @($claims | Where-Object Rule -eq $rule)
        $ruleQuotes = @($quotes | Where-Object Rule -eq $rule)
        if ($ruleClaims.Count -eq 0 -and $ruleQuotes.Count -eq 0) { continue }
        $out = Invoke-Score @('--quotes', (Write-Json $ruleQuotes 'rq.json'), '--claims', (Write-Json $ruleClaims 'rc.json'))
        $a = [regex]::Match(($out -match '^attributions:'), 'precision ([0-9.]+) \((\d+)/(\d+)\)')
        $s = [regex]::Match(($out -match '^direct quotes:'), 'speaker ([0-9.]+) \((\d+)/(\d+)\)')
        [pscustomobject]@{
            Rule         = $rule
            Attributions = $ruleClaims.Count
            Precision    = if ($ruleClaims.Count) { [double]$a.Groups[1].Value } else { $null }
            Quotes       = $ruleQuotes.Count
            SpeakerRight = if ($s.Success -and [int]$s.Groups[3].Value -gt 0) { '{0}/{1}' -f $s.Groups[2].Value, $s.Groups[3].Value } else { '' }
        }
    }
    ''
    '| rule | attributions | precision | quotes | quoted segments with the right speaker |'
    '| --- | ---: | ---: | ---: | ---: |'
    foreach ($r in $rows) {
        $p = if ($null -ne $r.Precision) { '{0:0.000}' -f $r.Precision } else { '' }
        '| {0} | {1} | {2} | {3} | {4} |' -f $r.Rule, $r.Attributions, $p, $r.Quotes, $r.SpeakerRight
    }
}
finally {
    Remove-Item -LiteralPath $work -Recurse -Force -ErrorAction SilentlyContinue
}
