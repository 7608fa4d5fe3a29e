#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
}

AfterAll {
    Remove-Module IncidentTools -ErrorAction SilentlyContinue
}

Describe 'the IncidentTools module' {
    It 'has a valid manifest' {
        $info = Test-ModuleManifest -Path $StagedManifest
        $info.Name | Should -Be 'IncidentTools'
        $info.CompatiblePSEditions | Should -Contain 'Core'
        $info.CompatiblePSEditions | Should -Contain 'Desktop'
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
