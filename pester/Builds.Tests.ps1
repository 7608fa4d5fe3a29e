#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

# The staged module carries two builds of the engine: netstandard2.0 (Windows PowerShell 5.1, and
# PowerShell 7 on .NET before 8) and net8.0 (PowerShell 7.4 and later: source-generated regular
# expressions, ReadyToRun images). IncidentTools.psm1 loads the one that fits; both must give the
# same objects. Each build runs in a fresh PowerShell (Start-Job): an assembly stays loaded for the
# life of a process.

BeforeDiscovery {
    $script:IsCore = $PSVersionTable.PSEdition -eq 'Core'
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:ModuleFolder = Split-Path $StagedManifest
    $script:Devset = [System.IO.Path]::GetFullPath((Join-Path $PSScriptRoot '../../shared/devset/news-texts'))

    # What one build gives, as digests of the JSON of every object (all properties, nested lists included).
    $script:Outputs = {
        param($Import, $Seeds, $Devset)
        $ErrorActionPreference = 'Stop'
        $WarningPreference = 'SilentlyContinue'   # the development set has a few empty files
        Import-Module $Import
        function Digest($objects) {
            $json = @($objects) | ForEach-Object { $_ | ConvertTo-Json -Depth 5 -Compress }
            $bytes = [System.Text.Encoding]::UTF8.GetBytes(($json -join "`n"))
            '{0} objects {1}' -f @($objects).Count, [Convert]::ToBase64String([System.Security.Cryptography.SHA256]::Create().ComputeHash($bytes))
        }
        $folders = @($Seeds) + @(if (Test-Path -LiteralPath $Devset) { $Devset })
        [pscustomobject]@{
            Dll        = (Get-Command Get-IncidentQuote).DLL
            Documents  = Digest (Get-IncidentDocument -Path $folders)
            Quotes     = Digest (Get-IncidentQuote -Path $folders -IncludeUnattributed)
            Claims     = Digest (Get-IncidentClaim -Path $Seeds)
            Comparison = Digest (Compare-IncidentAccount -Path $Seeds)
        }
    }
}

Describe 'the builds of the engine' {
    It 'loads the net8.0 build in PowerShell 7 on .NET 8 or later' -Skip:(-not $IsCore -or [Environment]::Version.Major -lt 8) {
        $dll = (Get-Command Get-IncidentQuote).DLL
        $dll | Should -Be ([System.IO.Path]::Combine($ModuleFolder, 'net8.0', 'IncidentTools.dll'))
        $framework = [System.Reflection.Assembly]::LoadFile($dll).GetCustomAttributes([System.Runtime.Versioning.TargetFrameworkAttribute], $false)[0].FrameworkName
        $framework | Should -Be '.NETCoreApp,Version=v8.0'
        # The bundled corpus is found from net8.0/ too (it lives beside the root module).
        @(Get-IncidentDocument).Count | Should -Be 4
    }

    It 'gives the same documents, quotes, claims and comparison from both builds (seeds and the development set)' -Skip:(-not $IsCore) {
        $net8 = Start-Job -ArgumentList $StagedManifest, (Join-Path $ModuleFolder 'seeds'), $Devset -ScriptBlock ([scriptblock]::Create($Outputs.ToString())) |
            Receive-Job -Wait -AutoRemoveJob -ErrorAction Stop
        $netstandard = Start-Job -ArgumentList (Join-Path $ModuleFolder 'IncidentTools.dll'), (Join-Path $ModuleFolder 'seeds'), $Devset -ScriptBlock ([scriptblock]::Create($Outputs.ToString())) |
            Receive-Job -Wait -AutoRemoveJob -ErrorAction Stop
        $net8.Dll | Should -BeLike '*net8.0*IncidentTools.dll'
        $netstandard.Dll | Should -Not -BeLike '*net8.0*'
        $net8.Documents | Should -Match '^\d{3,} objects'
        $net8.Quotes | Should -Match '^\d{3,} objects'
        $net8.Claims | Should -Match '^[1-9]\d* objects'
        foreach ($part in 'Documents', 'Quotes', 'Claims', 'Comparison') {
            $net8.$part | Should -Be $netstandard.$part -Because "$part of the net8.0 build must be those of the netstandard2.0 build"
        }
    }
}
