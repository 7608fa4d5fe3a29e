#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

# IncidentTools beside another YamlDotNet (as powershell-yaml carries): on PowerShell 7 the module's
# YamlDotNet lives in its own AssemblyLoadContext, so either can be loaded first. Each order runs in a
# fresh PowerShell process (Start-Job), since an assembly once loaded stays for the life of a process.

BeforeDiscovery {
    $script:IsCore = $PSVersionTable.PSEdition -eq 'Core'
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $root = [System.IO.Path]::GetFullPath((Join-Path $PSScriptRoot '..'))
    $packages = Join-Path $root 'out/test-packages'
    $script:OtherYaml = Join-Path $packages 'yamldotnet/13.7.1/lib/netstandard2.0/YamlDotNet.dll'
    if (-not (Test-Path -LiteralPath $script:OtherYaml)) {
        # A package restore from the configured NuGet feed, never a gallery.
        & dotnet restore (Join-Path $PSScriptRoot 'TestAssemblies/TestAssemblies.csproj') --packages $packages | Out-Null
    }
    if (-not (Test-Path -LiteralPath $script:OtherYaml)) { throw "YamlDotNet 13.7.1 could not be restored into $packages" }

    # Everything a scenario reports: what the module read, and which YamlDotNet each side used.
    $script:Probe = {
        param($Rows)
        $alc = [System.Runtime.Loader.AssemblyLoadContext]
        $yamls = @([AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'YamlDotNet' } | ForEach-Object {
            '{0} in {1}' -f $_.GetName().Version.Major, $alc::GetLoadContext($_).Name
        })
        $other = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'YamlDotNet' -and $_.GetName().Version.Major -eq 13 }
        $builder = [Activator]::CreateInstance($other.GetType('YamlDotNet.Serialization.DeserializerBuilder'))
        $parsed = $builder.Build().Deserialize([System.IO.StringReader]::new("sides: [Pakistan, United States]"))
        [pscustomobject]@{
            Rows       = $Rows
            YamlDotNet = ($yamls | Sort-Object) -join '; '
            OtherReads = ($parsed['sides'] -join ', ')
        }
    }
}

Describe 'beside another YamlDotNet' -Skip:(-not $IsCore) {
    # The root module loads the net8.0 build here; the netstandard2.0 build (PowerShell 7 on .NET before 8) makes its load
    # context the same way, through reflection (Windows PowerShell 5.1 must find no AssemblyLoadContext in its types).
    It 'imports and reads manifests when another YamlDotNet was loaded first (<Build> build)' -TestCases @(
        @{ Build = 'net8.0'; File = 'IncidentTools.psd1' }
        @{ Build = 'netstandard2.0'; File = 'IncidentTools.dll' }
    ) {
        param($Build, $File)
        $import = Join-Path (Split-Path $StagedManifest) $File
        $job = Start-Job -ArgumentList $OtherYaml, $import, $Probe.ToString() -ScriptBlock {
            param($OtherYaml, $Manifest, $Probe)
            $ErrorActionPreference = 'Stop'
            Add-Type -LiteralPath $OtherYaml                       # the other module's YamlDotNet, in the default context
            Import-Module $Manifest
            $rows = @(Compare-IncidentAccount).Count               # reads seeds/corpus.yaml through the module's own YamlDotNet
            $dll = (Get-Command Compare-IncidentAccount).DLL
            & ([scriptblock]::Create($Probe)) ([pscustomobject]@{ Count = $rows; Dll = $dll })
        }
        $r = $job | Receive-Job -Wait -AutoRemoveJob -ErrorAction Stop
        $r.Rows.Count | Should -Be 4
        ($r.Rows.Dll -like '*net8.0*') | Should -Be ($Build -eq 'net8.0')
        $r.YamlDotNet | Should -Be '13 in Default; 16 in IncidentTools'
        $r.OtherReads | Should -Be 'Pakistan, United States'
    }

    It 'lets another YamlDotNet load after it' {
        $job = Start-Job -ArgumentList $OtherYaml, $StagedManifest, $Probe.ToString() -ScriptBlock {
            param($OtherYaml, $Manifest, $Probe)
            $ErrorActionPreference = 'Stop'
            Import-Module $Manifest
            $first = @(Compare-IncidentAccount).Count              # the module's YamlDotNet is loaded now
            Add-Type -LiteralPath $OtherYaml                       # would fail ("already loaded") without the module's own context
            $again = @(Get-IncidentClaim -Question deliberate).Count
            & ([scriptblock]::Create($Probe)) ([pscustomobject]@{ First = $first; Claims = $again })
        }
        $r = $job | Receive-Job -Wait -AutoRemoveJob -ErrorAction Stop
        $r.Rows.First | Should -Be 4
        $r.Rows.Claims | Should -BeGreaterThan 0
        $r.YamlDotNet | Should -Be '13 in Default; 16 in IncidentTools'
        $r.OtherReads | Should -Be 'Pakistan, United States'
    }

    It 'keeps YamlDotNet out of the default context and out of the module folder''s root' {
        Test-Path (Join-Path (Split-Path $StagedManifest) 'YamlDotNet.dll') | Should -BeFalse
        Test-Path (Join-Path (Split-Path $StagedManifest) 'Dependencies/YamlDotNet.dll') | Should -BeTrue
    }
}
