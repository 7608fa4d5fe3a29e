# Shared by the Pester files: the staged module (built by `dotnet build`) and the bundled corpus in it.
$script:StagedManifest = [System.IO.Path]::GetFullPath((Join-Path $PSScriptRoot '../out/IncidentTools/IncidentTools.psd1'))
if (-not (Test-Path -LiteralPath $script:StagedManifest)) {
    throw "The module is not staged at $script:StagedManifest; run 'dotnet build' (or ./build.ps1 Build) first."
}
Import-Module $script:StagedManifest -Force
$script:Seeds = Join-Path (Split-Path -Parent (Get-Module IncidentTools).Path) 'seeds'
