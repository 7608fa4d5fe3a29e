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
}
