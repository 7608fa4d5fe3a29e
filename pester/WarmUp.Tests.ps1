#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
}

AfterAll {
    Remove-Module IncidentTools -ErrorAction SilentlyContinue
}

Describe 'the warm-up that Import-Module starts' {
    It 'was started by the import (IModuleAssemblyInitializer) and has ended' {
        $warmUp = [IncidentTools.Commands.ModuleInitializer].Assembly.GetType('IncidentTools.Commands.ModuleWarmUp', $true)
        $wait = $warmUp.GetMethod('WaitForEnd', [System.Reflection.BindingFlags]'NonPublic, Static')
        $wait.Invoke($null, @([TimeSpan]::FromMinutes(2))) | Should -BeTrue
    }

    It 'leaves a first command started at once, while it runs, with the output it has afterwards' {
        # A fresh PowerShell, the same one that runs these tests: the command starts right after the import.
        $dll = Join-Path $PSHOME 'pwsh.dll'
        $host_ = [Environment]::ProcessPath
        $arguments = @('-NoProfile', '-NonInteractive', '-Command',
            "Import-Module '$StagedManifest'; Get-IncidentQuote | ForEach-Object { '{0}|{1}|{2}|{3}|{4}' -f `$_.DocumentId, `$_.Start, `$_.Speaker, `$_.Party, `$_.Rule }")
        if ((Split-Path -Leaf $host_) -like 'dotnet*' -and (Test-Path -LiteralPath $dll)) { $arguments = @($dll) + $arguments }
        $fresh = & $host_ @arguments
        $LASTEXITCODE | Should -Be 0
        $here = Get-IncidentQuote | ForEach-Object { '{0}|{1}|{2}|{3}|{4}' -f $_.DocumentId, $_.Start, $_.Speaker, $_.Party, $_.Rule }
        @($fresh).Count | Should -BeGreaterThan 20
        ($fresh -join "`n") | Should -BeExactly ($here -join "`n")
    }

    It 'traces the start-up to stderr when asked (INCIDENTTOOLS_TRACE_STARTUP=1), up to the first result and no further' {
        # 80 articles (the bundled ones, 20 times under other names): the trace ends at the first quote written, while
        # the readers are at most a window of a few documents per core ahead, not at every file of the folder
        $folder = Join-Path ([IO.Path]::GetTempPath()) ("trace-" + [guid]::NewGuid())
        $null = New-Item -ItemType Directory -Path $folder
        $articles = @(Get-ChildItem -LiteralPath $Seeds -Filter *.txt)
        foreach ($copy in 1..20) { foreach ($a in $articles) { Copy-Item -LiteralPath $a.FullName -Destination (Join-Path $folder ("{0:00}-{1}" -f $copy, $a.Name)) } }
        $files = @(Get-ChildItem -LiteralPath $folder).Count
        $dll = Join-Path $PSHOME 'pwsh.dll'
        $host_ = [Environment]::ProcessPath
        $arguments = @('-NoProfile', '-NonInteractive', '-Command',
            "Import-Module '$StagedManifest'; `$n = @(Get-IncidentQuote -LiteralPath '$folder').Count; `"quotes `$n`"")
        if ((Split-Path -Leaf $host_) -like 'dotnet*' -and (Test-Path -LiteralPath $dll)) { $arguments = @($dll) + $arguments }
        $errFile = Join-Path $folder 'trace.err'
        $env:INCIDENTTOOLS_TRACE_STARTUP = '1'
        try { $out = & $host_ @arguments 2> $errFile }
        finally { Remove-Item Env:INCIDENTTOOLS_TRACE_STARTUP }
        $LASTEXITCODE | Should -Be 0
        $trace = @(Get-Content -LiteralPath $errFile | Where-Object { $_ -like '*IncidentTools startup*' })
        Remove-Item -LiteralPath $folder -Recurse -Force
        ($out -join "`n") | Should -Match '^quotes [1-9][0-9]+$'
        ($trace -join "`n") | Should -Match 'OnImport'
        @($trace | Where-Object { $_ -match 'first quote written$' }).Count | Should -Be 1
        $reads = @($trace | Where-Object { $_ -match 'command: reads ' }).Count
        $reads | Should -BeGreaterThan 0
        $reads | Should -BeLessThan $files
    }
}
