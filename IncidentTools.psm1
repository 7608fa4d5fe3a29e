# IncidentTools: loads the build of the engine that fits this PowerShell.
#   PowerShell 7.4 and later (.NET 8 or later): net8.0/IncidentTools.dll, ReadyToRun images with
#     source-generated regular expressions, so the first command does not wait for the JIT compiler.
#   Windows PowerShell 5.1, and PowerShell 7 on .NET before 8: IncidentTools.dll (netstandard2.0).
# Each build keeps its manifest reader and YamlDotNet in a Dependencies folder of its own.
$build = $PSScriptRoot
if ($PSVersionTable.PSEdition -eq 'Core' -and [Environment]::Version.Major -ge 8) {
    $net8 = Join-Path $PSScriptRoot 'net8.0'
    if (Test-Path -LiteralPath (Join-Path $net8 'IncidentTools.dll')) { $build = $net8 }
}
Import-Module -Name (Join-Path $build 'IncidentTools.dll') -ErrorAction Stop
