#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
}

AfterAll {
    Remove-Module IncidentTools -ErrorAction SilentlyContinue
}

Describe 'the two commands' {
    BeforeAll {
        $script:Root = Split-Path -Parent $PSScriptRoot
        $readme = Get-Content -LiteralPath (Join-Path $Root 'README.md') -Raw -Encoding UTF8
        $script:Commands = @([regex]::Matches($readme, '(?ms)^```sh\r?\n(dotnet tool restore && [^\r\n]+)\r?\n```') | ForEach-Object { $_.Groups[1].Value })
        $script:Ci = Get-Content -LiteralPath (Join-Path $Root '.ci/run') -Encoding UTF8
    }

    It 'are in the README: the demo and every test' {
        $Commands.Count | Should -Be 2
        $Commands[0] | Should -Match 'build\.ps1 Build,Demo$'
        $Commands[1] | Should -Match 'build\.ps1 Test$'
    }

    It 'are what CI runs, word for word' {
        foreach ($command in $Commands) {
            @($Ci | Where-Object { $_.Trim().StartsWith($command) }).Count | Should -BeGreaterThan 0 -Because ".ci/run must run '$command'"
        }
    }
}

Describe 'the IncidentTools module' {
    It 'has a valid manifest' {
        $info = Test-ModuleManifest -Path $StagedManifest
        $info.Name | Should -Be 'IncidentTools'
        $info.CompatiblePSEditions | Should -Contain 'Core'
        $info.CompatiblePSEditions | Should -Contain 'Desktop'
    }

    It 'has a manifest that Test-ModuleManifest accepts in the repository too' {
        $root = Split-Path -Parent $PSScriptRoot
        $info = Test-ModuleManifest -Path (Join-Path $root 'IncidentTools.psd1') -ErrorAction Stop
        $info.Name | Should -Be 'IncidentTools'
        $info.Version | Should -Be (Test-ModuleManifest -Path $StagedManifest).Version
    }

    It 'claims the licence it ships' {
        $data = Import-PowerShellDataFile -Path $StagedManifest
        $data.Copyright | Should -Match 'MIT'
        $licence = Join-Path (Split-Path $StagedManifest) 'LICENSE'
        Get-Content $licence -TotalCount 1 | Should -Be 'MIT License'
        # No invented addresses: a URI in the manifest must be a real one, so none is given.
        $data.PrivateData.PSData.Keys | Should -Not -Contain 'ProjectUri'
        $data.PrivateData.PSData.Keys | Should -Not -Contain 'LicenseUri'
    }

    It 'exports exactly its cmdlets' {
        $exported = (Get-Module IncidentTools).ExportedCmdlets.Keys | Sort-Object
        $declared = (Import-PowerShellDataFile -Path $StagedManifest).CmdletsToExport | Sort-Object
        $exported | Should -Be $declared
        $exported | Should -Contain 'Get-IncidentDocument'
        $exported | Should -Contain 'Get-IncidentQuote'
        $exported | Should -Contain 'Compare-IncidentAccount'
        $exported | Should -Contain 'Get-IncidentClaim'
    }

    Context 'help for <_>' -ForEach @((Import-PowerShellDataFile -Path (Join-Path $PSScriptRoot '../out/IncidentTools/IncidentTools.psd1')).CmdletsToExport) {
        BeforeAll {
            $script:Help = Get-Help -Name $_ -Full
            $script:CommandInfo = Get-Command -Name $_
        }

        It 'has a synopsis, a description and examples' {
            $Help.Synopsis | Should -Not -BeNullOrEmpty
            $Help.Synopsis | Should -Not -Match '^\s*\w+-\w+\s*\[' # not the auto-generated syntax line
            ($Help.Description | Out-String) | Should -Not -BeNullOrEmpty
            @($Help.Examples.Example).Count | Should -BeGreaterOrEqual 2
        }

        It 'shows no internal type, no dropped word and each input type once' {
            $text = $Help | Out-String -Width 200
            $text | Should -Not -Match 'DocumentSelector|IncidentTools\.Commands\.'
            $text | Should -Not -Match '\w \.(\s|$)' -Because 'a word dropped before a full stop leaves " ."'
            $inputs = @($Help.inputTypes.inputType.type.name)
            $inputs.Count | Should -Be @($inputs | Select-Object -Unique).Count
        }

        It 'describes every parameter' {
            $common = @([System.Management.Automation.Cmdlet]::CommonParameters) + @([System.Management.Automation.Cmdlet]::OptionalCommonParameters)
            foreach ($name in $CommandInfo.Parameters.Keys | Where-Object { $_ -notin $common }) {
                $parameterHelp = $Help.Parameters.Parameter | Where-Object Name -eq $name
                $parameterHelp | Should -Not -BeNullOrEmpty -Because "$name needs help"
                ($parameterHelp.Description | Out-String).Trim() | Should -Not -BeNullOrEmpty -Because "$name needs a description"
            }
        }
    }
}
