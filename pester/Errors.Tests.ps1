#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }
# Every name the user types is checked: a literal name that matches nothing is an error with its
# own id (non-terminating for a filter, terminating where the cmdlet can do nothing); a wildcard
# that matches nothing stays silent; a party's alias works wherever a party is named.

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    # Non-terminating errors are the point here: keep them non-terminating whatever the caller's preference.
    $ErrorActionPreference = 'Continue'
}

AfterAll {
    Remove-Module IncidentTools -ErrorAction SilentlyContinue
}

Describe 'a literal name that matches nothing: <Command>' -ForEach @(
    @{ Command = 'Get-IncidentQuote -Party Pakistn'; Id = 'UnknownParty'; Target = 'Pakistn'; Parameter = '-Party'; Hint = 'Pakistan' }
    @{ Command = 'Get-IncidentQuote -Speaker ''Mark Tonerr'''; Id = 'UnknownSpeaker'; Target = 'Mark Tonerr'; Parameter = '-Speaker'; Hint = 'Mark Toner' }
    @{ Command = 'Get-IncidentQuote -Id 000_nope'; Id = 'UnknownDocument'; Target = '000_nope'; Parameter = '-Id'; Hint = $null }
    @{ Command = 'Get-IncidentClaim -Question nope'; Id = 'UnknownQuestion'; Target = 'nope'; Parameter = '-Question'; Hint = $null }
    @{ Command = 'Get-IncidentClaim -Question first-fir'; Id = 'UnknownQuestion'; Target = 'first-fir'; Parameter = '-Question'; Hint = 'first-fire' }
    @{ Command = 'Get-IncidentClaim -Position Deliberat'; Id = 'UnknownPosition'; Target = 'Deliberat'; Parameter = '-Position'; Hint = 'Deliberate' }
    @{ Command = 'Get-IncidentClaim -Party Pakistn'; Id = 'UnknownParty'; Target = 'Pakistn'; Parameter = '-Party'; Hint = 'Pakistan' }
    @{ Command = 'Get-IncidentClaim -Speaker Nobody'; Id = 'UnknownSpeaker'; Target = 'Nobody'; Parameter = '-Speaker'; Hint = $null }
    @{ Command = 'Get-IncidentDocument -Outlet CNNN'; Id = 'UnknownOutlet'; Target = 'CNNN'; Parameter = '-Outlet'; Hint = 'CNN' }
    @{ Command = 'Get-IncidentDocument -Id 004_nope'; Id = 'UnknownDocument'; Target = '004_nope'; Parameter = '-Id'; Hint = $null }
    @{ Command = 'Get-IncidentDocument -Title ''Blame game'''; Id = 'UnknownTitle'; Target = 'Blame game'; Parameter = '-Title'; Hint = $null }
    @{ Command = 'Get-IncidentDocument | Get-IncidentQuote -Id 000_nope'; Id = 'UnknownDocument'; Target = '000_nope'; Parameter = '-Id'; Hint = $null }
    @{ Command = 'Compare-IncidentAccount -Question first-fire, nope'; Id = 'UnknownQuestion'; Target = 'nope'; Parameter = '-Question'; Hint = $null }
    @{ Command = 'Get-IncidentQuote -Rule QuoteThenCeu'; Id = 'UnknownRule'; Target = 'QuoteThenCeu'; Parameter = '-Rule'; Hint = 'QuoteThenCue' }
    @{ Command = 'Get-IncidentClaim -Rule AccordingTo*, CueThenContnet'; Id = 'UnknownRule'; Target = 'CueThenContnet'; Parameter = '-Rule'; Hint = 'CueThenContent' }
) {
    It 'writes a non-terminating <Id> error that names <Parameter>, and the other input still goes through' {
        $errors = @(& ([scriptblock]::Create($Command)) 2>&1 | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
        $errors.Count | Should -Be 1
        $errors[0].FullyQualifiedErrorId | Should -BeLike "$Id,*"
        $errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $errors[0].TargetObject | Should -Be $Target
        $errors[0].Exception.Message | Should -Match ([regex]::Escape($Parameter))
        $errors[0].Exception.Message | Should -Not -Match '\(Parameter '''
        if ($Hint) { $errors[0].Exception.Message | Should -Match "Did you mean '$([regex]::Escape($Hint))'" }
    }
}

Describe 'a name that matches something' {
    It 'gives no error next to a name that matches nothing' {
        $errors = $null
        $docs = Get-IncidentDocument -Outlet CNN, CNNN -ErrorVariable errors -ErrorAction SilentlyContinue
        @($docs).Count | Should -Be 3
        $errors.Count | Should -Be 1
    }

    It 'keeps the other questions of Compare-IncidentAccount' {
        $errors = $null
        $rows = Compare-IncidentAccount -Question first-fire, nope -ErrorVariable errors -ErrorAction SilentlyContinue
        @($rows).Question | Should -Be 'first-fire'
    }

    It 'is no error for a rule that found nothing in the input' {
        $errors = $null
        $quotes = @(Get-IncidentQuote -Rule PressRelease -ErrorVariable errors -ErrorAction SilentlyContinue)
        $quotes.Count | Should -Be 0
        $errors.Count | Should -Be 0
    }

    It 'is no error for a party of the manifest that has no quote in the input' {
        $errors = $null
        $quotes = Get-IncidentQuote -Id 002* -Party Pakistan -ErrorVariable errors -ErrorAction SilentlyContinue
        $errors.Count | Should -Be 0
    }
}

Describe 'a wildcard that matches nothing' {
    It 'is silent in <_>' -ForEach @(
        'Get-IncidentQuote -Party Zz*', 'Get-IncidentQuote -Speaker *Zz*', 'Get-IncidentClaim -Question zz*',
        'Get-IncidentDocument -Outlet Zz*', 'Get-IncidentDocument -Id 9*', 'Compare-IncidentAccount -Question zz*',
        'Get-IncidentClaim -Rule Zz*'
    ) {
        $all = @(& ([scriptblock]::Create($_)) 2>&1)
        @($all | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] }).Count | Should -Be 0
        $all.Count | Should -Be 0
    }
}

Describe 'terminating errors of Compare-IncidentAccount' {
    It '<Command> throws <Id>' -ForEach @(
        @{ Command = 'Compare-IncidentAccount Pakistn'; Id = 'UnknownParty'; Parameter = '-ReferenceParty'; Category = 'InvalidArgument' }
        @{ Command = 'Compare-IncidentAccount Pakistan Amerika'; Id = 'UnknownParty'; Parameter = '-DifferenceParty'; Category = 'InvalidArgument' }
        @{ Command = 'Compare-IncidentAccount U.S. ''United States'''; Id = 'SameParty'; Parameter = '-DifferenceParty'; Category = 'InvalidArgument' }
        @{ Command = 'Compare-IncidentAccount -ReferenceDocument 009* -DifferenceDocument 000*'; Id = 'UnknownDocument'; Parameter = '-ReferenceDocument'; Category = 'ObjectNotFound' }
        @{ Command = 'Compare-IncidentAccount -ReferenceDocument 00* -DifferenceDocument 000*'; Id = 'AmbiguousDocument'; Parameter = '-ReferenceDocument'; Category = 'InvalidArgument' }
        @{ Command = 'Compare-IncidentAccount -ReferenceDocument 42 -DifferenceDocument 000*'; Id = 'InvalidDocument'; Parameter = '-ReferenceDocument'; Category = 'InvalidArgument' }
    ) {
        $record = $null
        try { & ([scriptblock]::Create($Command)) } catch { $record = $_ }
        $record | Should -Not -BeNullOrEmpty
        $record.FullyQualifiedErrorId | Should -BeLike "$Id,*"
        $record.CategoryInfo.Category | Should -Be $Category
        $record.Exception.Message | Should -Match ([regex]::Escape($Parameter))
        $record.Exception.Message | Should -Not -Match '\(Parameter '''
    }
}

Describe 'a party alias' {
    It 'works in <Name>' -ForEach @(
        @{ Name = 'Get-IncidentQuote -Party'; Alias = { Get-IncidentQuote -Party U.S. }; Full = { Get-IncidentQuote -Party 'United States' } }
        @{ Name = 'Get-IncidentClaim -Party'; Alias = { Get-IncidentClaim -Party U.S. }; Full = { Get-IncidentClaim -Party 'United States' } }
        @{ Name = 'Compare-IncidentAccount -ReferenceParty'; Alias = { Compare-IncidentAccount U.S. Pakistan }; Full = { Compare-IncidentAccount 'United States' Pakistan } }
    ) {
        $byAlias = @(& $Alias)
        $byName = @(& $Full)
        $byAlias.Count | Should -BeGreaterThan 0
        $byAlias.Count | Should -Be $byName.Count
        ($byAlias | ForEach-Object { $_.ToString() }) | Should -Be ($byName | ForEach-Object { $_.ToString() })
    }
}

Describe 'Compare-IncidentAccount when no article is read' {
    BeforeAll {
        $script:Empty = Join-Path ([System.IO.Path]::GetTempPath()) ('it-noarticle-' + [guid]::NewGuid().ToString('N'))
        New-Item -ItemType Directory -Path $Empty | Out-Null
    }
    AfterAll { Remove-Item -LiteralPath $Empty -Recurse -Force -ErrorAction SilentlyContinue }

    # The missing path is the error to fix; a second error that blames the manifest's parties
    # ("add a 'parties:' section") would send the user to the wrong place.
    It '<Name> says no article was read, not that the corpus has no parties' -ForEach @(
        @{ Name = 'a path that does not exist'; Command = { Compare-IncidentAccount -Path (Join-Path $Empty 'nope') } ; Ids = 'PathNotFound', 'NoDocuments' }
        @{ Name = 'a folder without articles'; Command = { Compare-IncidentAccount -LiteralPath $Empty -WarningAction SilentlyContinue }; Ids = 'NoDocuments' }
        @{ Name = 'versions of a path that does not exist'; Command = { Compare-IncidentAccount -Path (Join-Path $Empty 'nope') -ReferenceDocument 001* -DifferenceDocument 000* }; Ids = 'PathNotFound', 'NoDocuments' }
    ) {
        $thrown = $null
        $all = @(try { & $Command 2>&1 } catch { $thrown = $_ })
        $thrown | Should -BeNullOrEmpty
        $errors = @($all | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
        @($errors | ForEach-Object { ($_.FullyQualifiedErrorId -split ',')[0] }) | Should -Be $Ids
        $errors[-1].CategoryInfo.Category | Should -Be 'InvalidData'
        $errors[-1].Exception.Message | Should -Match 'No article was read'
    }
}
