<#
.SYNOPSIS
    Builds, tests and demonstrates the IncidentTools module.

.DESCRIPTION
    Tasks:
      Build   dotnet build: compiles the engine and stages the importable module in out/IncidentTools.
      Test    dotnet test (xunit), then Invoke-Pester on pester/ against the staged module,
              in a child PowerShell so that the module's dll is not locked in this session.
      Pester  only the Pester part of Test (after a Build).
      Demo    imports the staged module in a child PowerShell and runs the main job on the
              bundled corpus: documents, quotes, and the comparison of the parties' accounts.
      Clean   removes out/ and the bin/obj folders.
    Runs in Windows PowerShell 5.1 and PowerShell 7.

.EXAMPLE
    ./build.ps1 Build, Demo

.EXAMPLE
    ./build.ps1 Test
#>
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [ValidateSet('Build', 'Test', 'Pester', 'Demo', 'Clean')]
    [string[]] $Task = @('Build'),

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Debug'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0

$root = $PSScriptRoot
$solution = Join-Path $root 'IncidentTools.slnx'
$staged = Join-Path (Join-Path $root 'out') 'IncidentTools'
$manifest = Join-Path $staged 'IncidentTools.psd1'

function Invoke-Native {
    param([string] $File, [string[]] $Arguments)
    Write-Host "> $File $($Arguments -join ' ')" -ForegroundColor Cyan
    & $File @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$File exited with code $LASTEXITCODE" }
}

function Get-ChildPowerShell {
    # The same edition as this session: pwsh under PowerShell 7, powershell.exe under 5.1.
    $exe = (Get-Process -Id $PID).Path
    if (-not $exe) { $exe = if ($PSVersionTable.PSEdition -eq 'Core') { 'pwsh' } else { 'powershell' } }
    $exe
}

function Invoke-Child {
    param([string] $Script)
    $exe = Get-ChildPowerShell
    Write-Host "> $exe -NoProfile -Command { $($Script.Trim() -split "`n" | Select-Object -First 1) ... }" -ForegroundColor Cyan
    $encoded = [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($Script))
    & $exe -NoProfile -NonInteractive -EncodedCommand $encoded
    if ($LASTEXITCODE -ne 0) { throw "the child PowerShell exited with code $LASTEXITCODE" }
}

function Invoke-BuildTask {
    Invoke-Native dotnet @('build', $solution, '-c', $Configuration, '--nologo')
    if (-not (Test-Path $manifest)) { throw "the build did not stage $manifest" }
}

function Invoke-PesterTask {
    if (-not (Test-Path $manifest)) { Invoke-BuildTask }
    $pesterDir = Join-Path $root 'pester'
    Invoke-Child @"
`$ErrorActionPreference = 'Stop'
if (-not (Get-Module -ListAvailable Pester | Where-Object { `$_.Version -ge [version]'5.0.0' })) {
    Write-Host 'Installing Pester 5 for the current user'
    Install-Module Pester -MinimumVersion 5.0.0 -Scope CurrentUser -Force -SkipPublisherCheck
}
Import-Module Pester -MinimumVersion 5.0.0
`$config = New-PesterConfiguration
`$config.Run.Path = '$pesterDir'
`$config.Run.Exit = `$true
`$config.Output.Verbosity = 'Detailed'
`$config.TestResult.Enabled = `$false
Invoke-Pester -Configuration `$config
"@
}

function Invoke-TestTask {
    Invoke-Native dotnet @('test', $solution, '-c', $Configuration, '--nologo')
    Invoke-PesterTask
}

function Invoke-DemoTask {
    if (-not (Test-Path $manifest)) { Invoke-BuildTask }
    Invoke-Child @"
`$ErrorActionPreference = 'Stop'
Import-Module '$manifest' -Force
Write-Host '== Get-IncidentDocument (the bundled corpus)' -ForegroundColor Green
Get-IncidentDocument | Format-Table -AutoSize | Out-String -Width 160 | Write-Host
Write-Host '== Get-IncidentQuote | Group-Object Party' -ForegroundColor Green
Get-IncidentQuote | Group-Object Party -NoElement | Format-Table -AutoSize | Out-String -Width 160 | Write-Host
Write-Host '== Get-IncidentQuote -Party Pakistan' -ForegroundColor Green
Get-IncidentQuote -Party Pakistan | Format-Table | Out-String -Width 160 | Write-Host
if (Get-Command Compare-IncidentAccount -ErrorAction SilentlyContinue) {
    Write-Host '== Compare-IncidentAccount' -ForegroundColor Green
    Compare-IncidentAccount | Format-Table | Out-String -Width 160 | Write-Host
}
"@
}

function Invoke-CleanTask {
    foreach ($dir in @((Join-Path $root 'out')) + @(Get-ChildItem -Path $root -Recurse -Directory -Include bin, obj | Select-Object -ExpandProperty FullName)) {
        if (Test-Path $dir) {
            Write-Host "Removing $dir"
            Remove-Item -LiteralPath $dir -Recurse -Force
        }
    }
}

foreach ($t in $Task) {
    switch ($t) {
        'Build'  { Invoke-BuildTask }
        'Test'   { Invoke-TestTask }
        'Pester' { Invoke-PesterTask }
        'Demo'   { Invoke-DemoTask }
        'Clean'  { Invoke-CleanTask }
    }
}
