<#
.SYNOPSIS
    Builds, tests and demonstrates the IncidentTools module.

.DESCRIPTION
    Tasks (several may be given, in order: Build, Demo or "Build,Demo"):
      Build   dotnet build: compiles the engine and stages the importable module in out/IncidentTools.
      Test    dotnet test (xunit), then the Pester suite in pester/ against the staged module, in a
              child PowerShell so that the module's dll is not locked in this session. Ends with one
              line "N passed, N failed" that counts both; fails when any test fails or none ran.
      Pester  only the Pester part of Test (after a build).
      Demo    builds, then imports the staged module in a child PowerShell and runs the main job on
              the bundled corpus: documents, quotes, and the comparison of the parties' accounts.
      Clean   removes out/ and the bin/obj folders.

    Runs in Windows PowerShell 5.1 and PowerShell 7, installed or as the project's .NET tool:
        dotnet tool restore
        dotnet pwsh -NoProfile -File build.ps1 Test
    The child PowerShell is the same one as this session (pwsh, the .NET tool's pwsh.dll run by
    the dotnet host, or Windows PowerShell). Pester 5 is the installed one if there is one;
    otherwise the version pinned in tools/PowerShellTools.csproj, brought by `dotnet restore`
    into the NuGet package folder. Nothing is installed from a gallery.

.EXAMPLE
    ./build.ps1 Build, Demo

.EXAMPLE
    dotnet pwsh -NoProfile -File build.ps1 Test
#>
[CmdletBinding()]
param(
    # Build, Test, Pester, Demo, Clean; an array or one comma-separated string ("Build,Demo").
    [Parameter(Position = 0, ValueFromRemainingArguments = $true)]
    [ArgumentCompleter({ param($c, $p, $word) 'Build', 'Test', 'Pester', 'Demo', 'Clean' | Where-Object { $_ -like "$word*" } })]
    [string[]] $Task = @('Build'),

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Debug'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0

$knownTasks = @('Build', 'Test', 'Pester', 'Demo', 'Clean')
$tasks = @($Task | ForEach-Object { $_ -split ',' } | ForEach-Object { $_.Trim() } | Where-Object { $_ })
foreach ($t in $tasks) {
    if ($knownTasks -notcontains $t) {
        throw "Unknown task '$t'. Tasks: $($knownTasks -join ', ')."
    }
}

$root = $PSScriptRoot
$solution = Join-Path $root 'IncidentTools.slnx'
$staged = Join-Path (Join-Path $root 'out') 'IncidentTools'
$manifest = Join-Path $staged 'IncidentTools.psd1'
$toolsProject = Join-Path (Join-Path $root 'tools') 'PowerShellTools.csproj'
$script:built = $false
$script:passed = 0
$script:failed = 0
$script:counted = @()

function Write-Step([string] $Text) {
    # Host output: plain text in a terminal and in a log alike (the children run with -OutputFormat Text).
    Write-Host $Text
}

function Invoke-Native {
    param([string] $File, [string[]] $Arguments)
    Write-Step "> $File $($Arguments -join ' ')"
    & $File @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$File exited with code $LASTEXITCODE" }
}

function Get-ChildPowerShell {
    # The PowerShell this session runs in, as a file to start and the arguments that come first:
    # Windows PowerShell: powershell.exe in $PSHOME (not the process: that may be the ISE);
    # pwsh started as itself: the process; pwsh as a .NET tool (`dotnet pwsh`): the process is the
    # dotnet host, so start it again with pwsh.dll from $PSHOME; else a pwsh on PATH.
    if ($PSVersionTable.PSEdition -ne 'Core') {
        return @{ File = (Join-Path $PSHOME 'powershell.exe'); Prefix = @() }
    }
    $process = [System.Diagnostics.Process]::GetCurrentProcess().MainModule.FileName
    $name = [System.IO.Path]::GetFileNameWithoutExtension($process)
    if ($name -eq 'pwsh') {
        return @{ File = $process; Prefix = @() }
    }
    $dll = Join-Path $PSHOME 'pwsh.dll'
    if ($name -eq 'dotnet' -and (Test-Path -LiteralPath $dll)) {
        return @{ File = $process; Prefix = @($dll) }
    }
    $onPath = Get-Command pwsh -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
    if ($onPath) {
        return @{ File = $onPath.Source; Prefix = @() }
    }
    throw "Cannot find a PowerShell to start: this session runs in '$process'. Run 'dotnet tool restore', then 'dotnet pwsh -File build.ps1 ...'."
}

function Invoke-Child {
    param([string] $Script, [string] $What)
    $child = Get-ChildPowerShell
    # Plain text from the child even when the output is redirected (a log, CI): no CLIXML on stderr,
    # no terminal colour codes.
    $prologue = "`$ProgressPreference = 'SilentlyContinue'`n"
    if ([Console]::IsOutputRedirected) {
        $prologue += "if (Test-Path variable:PSStyle) { `$PSStyle.OutputRendering = 'PlainText' }`n"
    }
    $encoded = [Convert]::ToBase64String([System.Text.Encoding]::Unicode.GetBytes($prologue + $Script))
    # On Windows the child gets this session's execution policy: Windows PowerShell 5.1's default on a client is
    # Restricted, which refuses the modules' .psm1 and .ps1xml files (Pester's, IncidentTools'), so a build started
    # with `powershell -ExecutionPolicy Bypass -File build.ps1` passes its policy on. Elsewhere there is no policy.
    $policy = @()
    if ([System.Environment]::OSVersion.Platform -eq [System.PlatformID]::Win32NT) {
        $policy = @('-ExecutionPolicy', [string](Get-ExecutionPolicy))
    }
    $arguments = @($child.Prefix) + @('-NoProfile', '-NonInteractive') + $policy + @('-OutputFormat', 'Text', '-EncodedCommand', $encoded)
    Write-Step "> $($child.File) $((@($child.Prefix) + @('-NoProfile', '-NonInteractive') + $policy) -join ' ') -OutputFormat Text -EncodedCommand <$What>"
    & $child.File @arguments | Out-Host
    return $LASTEXITCODE
}

function Invoke-BuildTask {
    Invoke-Native dotnet @('build', $solution, '-c', $Configuration, '--nologo')
    if (-not (Test-Path -LiteralPath $manifest)) { throw "the build did not stage $manifest" }
    $script:built = $true
}

function Confirm-Built {
    if (-not $script:built) { Invoke-BuildTask }
}

function Get-PesterPath {
    # The pinned Pester, restored into the NuGet package folder (tools/PowerShellTools.csproj).
    Invoke-Native dotnet @('restore', $toolsProject, '--nologo', '-v', 'quiet')
    [xml] $project = Get-Content -LiteralPath $toolsProject -Raw
    $download = @($project.Project.ItemGroup | ForEach-Object { $_.ChildNodes } | Where-Object { $_.LocalName -eq 'PackageDownload' -and $_.Include -eq 'Pester' })[0]
    $version = $download.Version.Trim('[', ']')
    $assets = Get-Content -LiteralPath (Join-Path (Join-Path (Split-Path $toolsProject) 'obj') 'project.assets.json') -Raw | ConvertFrom-Json
    foreach ($folder in $assets.packageFolders.PSObject.Properties.Name) {
        $psd1 = Join-Path (Join-Path (Join-Path (Join-Path $folder 'pester') $version) 'tools') 'Pester.psd1'
        if (Test-Path -LiteralPath $psd1) { return $psd1 }
    }
    throw "Pester $version is not in the NuGet package folders after 'dotnet restore $toolsProject'."
}

function Add-Count([string] $Suite, [int] $Passed, [int] $Failed) {
    $script:passed += $Passed
    $script:failed += $Failed
    $script:counted += "${Suite}: $Passed passed, $Failed failed"
}

function Invoke-XunitTask {
    $results = Join-Path ([System.IO.Path]::GetTempPath()) ("IncidentTools-xunit-" + [guid]::NewGuid().ToString('N'))
    $trx = Join-Path $results 'xunit.trx'
    Write-Step "> dotnet test $solution -c $Configuration --logger trx"
    & dotnet test $solution -c $Configuration --nologo --logger "trx;LogFileName=$trx" --results-directory $results
    $exit = $LASTEXITCODE
    $script:built = $true
    if (-not (Test-Path -LiteralPath $trx)) {
        Add-Count 'xunit' 0 1
        Write-Step "dotnet test wrote no results (exit code $exit): the build failed?"
        return
    }
    [xml] $report = Get-Content -LiteralPath $trx -Raw
    $counters = $report.TestRun.ResultSummary.Counters
    $count = { param($name) $value = $counters.GetAttribute($name); if ($value) { [int]$value } else { 0 } }
    $failedCount = (& $count 'failed') + (& $count 'error') + (& $count 'timeout') + (& $count 'aborted')
    if ($exit -ne 0 -and $failedCount -eq 0) { $failedCount = 1 }
    Add-Count 'xunit' (& $count 'passed') $failedCount
    Remove-Item -LiteralPath $results -Recurse -Force -ErrorAction SilentlyContinue
}

function Invoke-PesterTask {
    Confirm-Built
    $pester = Get-PesterPath
    $pesterDir = Join-Path $root 'pester'
    $summary = Join-Path ([System.IO.Path]::GetTempPath()) ("IncidentTools-pester-" + [guid]::NewGuid().ToString('N') + '.txt')
    $exit = Invoke-Child -What 'Invoke-Pester' -Script @"
`$ErrorActionPreference = 'Stop'
`$installed = Get-Module -ListAvailable Pester | Where-Object { `$_.Version.Major -eq 5 } | Sort-Object Version -Descending | Select-Object -First 1
if (`$installed) { Import-Module `$installed.Path } else { Import-Module '$pester' }
Write-Host ('Pester {0} from {1}' -f (Get-Module Pester).Version, (Get-Module Pester).ModuleBase)
`$config = New-PesterConfiguration
`$config.Run.Path = '$pesterDir'
`$config.Run.PassThru = `$true
`$config.Output.Verbosity = 'Normal'
`$config.TestResult.Enabled = `$false
# The tests run with PowerShell's default preferences, as a user's session has them.
`$ErrorActionPreference = 'Continue'
`$result = Invoke-Pester -Configuration `$config
`$notPassed = `$result.FailedCount + `$result.FailedBlocksCount + `$result.FailedContainersCount
Set-Content -LiteralPath '$summary' -Value ('{0} {1} {2}' -f `$result.PassedCount, `$notPassed, `$result.SkippedCount)
exit `$notPassed
"@
    if (-not (Test-Path -LiteralPath $summary)) {
        Add-Count 'Pester' 0 1
        Write-Step "the Pester run ended without results (exit code $exit)"
        return
    }
    $parts = (Get-Content -LiteralPath $summary -Raw).Trim() -split ' '
    Remove-Item -LiteralPath $summary -Force
    $failedCount = [int]$parts[1]
    if ($exit -ne 0 -and $failedCount -eq 0) { $failedCount = 1 }
    # The suite runs in full: a skipped test counts as not passed.
    if ([int]$parts[2] -gt 0) {
        Write-Step "$($parts[2]) Pester test(s) were skipped"
        $failedCount += [int]$parts[2]
    }
    if ([int]$parts[0] -eq 0) {
        Write-Step 'the Pester suite ran no test'
        $failedCount = [Math]::Max($failedCount, 1)
    }
    Add-Count 'Pester' ([int]$parts[0]) $failedCount
}

function Invoke-DemoTask {
    Confirm-Built
    $exit = Invoke-Child -What 'demo' -Script @"
`$ErrorActionPreference = 'Stop'
Import-Module '$manifest' -Force
'== Get-IncidentDocument (the bundled corpus)'
Get-IncidentDocument | Format-Table | Out-String
'== Get-IncidentQuote | Group-Object Party -NoElement'
Get-IncidentQuote | Group-Object Party -NoElement | Format-Table -AutoSize | Out-String
'== Get-IncidentQuote -Party Pakistan'
Get-IncidentQuote -Party Pakistan | Format-Table | Out-String
'== Compare-IncidentAccount'
Compare-IncidentAccount | Format-Table | Out-String
"@
    if ($exit -ne 0) { throw "the demo failed (exit code $exit)" }
}

function Invoke-CleanTask {
    $dirs = @(Join-Path $root 'out') + @(Get-ChildItem -Path $root -Recurse -Directory -Include bin, obj | Select-Object -ExpandProperty FullName)
    foreach ($dir in $dirs) {
        if (Test-Path -LiteralPath $dir) {
            Write-Step "Removing $dir"
            Remove-Item -LiteralPath $dir -Recurse -Force
        }
    }
}

$testing = @($tasks | Where-Object { $_ -eq 'Test' -or $_ -eq 'Pester' }).Count -gt 0
try {
    foreach ($t in $tasks) {
        switch ($t) {
            'Build'  { Invoke-BuildTask }
            'Test'   { Invoke-XunitTask; Invoke-PesterTask }
            'Pester' { Invoke-PesterTask }
            'Demo'   { Invoke-DemoTask }
            'Clean'  { Invoke-CleanTask }
        }
    }
}
catch {
    if ($testing) { Add-Count 'build' 0 1 }
    Write-Step "build.ps1 failed: $($_.Exception.Message)"
    if (-not $testing) { exit 1 }
}
finally {
    if ($testing) {
        foreach ($line in $script:counted) { Write-Step $line }
        Write-Step "$script:passed passed, $script:failed failed"
    }
}
if ($testing -and $script:failed -gt 0) { exit 1 }
