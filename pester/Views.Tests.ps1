#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }
# The default views at 80 and 120 columns: the text of a quote, a claim or a title is the widest
# column and still shown at 80; no word is broken in two, in a culture where PowerShell wraps at
# words (en-US, de-DE) and in one where it would cut them (the invariant culture).

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')

    # The columns of a rendered table: label, start and width, from the header line.
    function Get-TableColumns([string] $Rendered, [int] $Width) {
        $lines = $Rendered -split "`r?`n"
        $i = 0
        while ($i -lt $lines.Count - 1 -and -not ($lines[$i + 1] -match '^-+( +-+)*\s*$' -and $lines[$i].Trim())) { $i++ }
        $header = $lines[$i]
        $labels = [regex]::Matches($header, '\S+')
        $columns = for ($k = 0; $k -lt $labels.Count; $k++) {
            $start = $labels[$k].Index
            $end = if ($k + 1 -lt $labels.Count) { $labels[$k + 1].Index - 1 } else { $Width - 1 }
            # A right-aligned label ends its column: its start is not the column's start.
            [pscustomobject]@{ Label = $labels[$k].Value; Start = $start; Width = $end - $start }
        }
        $columns
    }

    # Every word of the texts stands whole in the output, between blanks.
    function Assert-NoWordBroken([string] $Rendered, [string[]] $Texts) {
        $tokens = [System.Collections.Generic.HashSet[string]]::new([string[]]($Rendered -split '\s+'))
        foreach ($text in $Texts) {
            foreach ($word in ($text -split '\s+' | Where-Object { $_ })) {
                $tokens.Contains($word) | Should -BeTrue -Because "'$word' (of '$text') should stand whole in the table"
            }
        }
    }

    $script:Culture = [cultureinfo]::CurrentCulture
}

AfterAll {
    [cultureinfo]::CurrentCulture = $script:Culture
    Remove-Module IncidentTools -ErrorAction SilentlyContinue
}

Describe 'the default table of <Type> in culture "<Culture>" at <Width> columns' -ForEach @(
    foreach ($culture in 'en-US', 'de-DE', '') {
        foreach ($width in 80, 120) {
            @{ Type = 'IncidentQuote'; Culture = $culture; Width = $width; Wide = 'Text'; Shows = 'Speaker', 'Party'; Command = { Get-IncidentQuote -Party Pakistan }; Texts = { param($o) $o.Text } }
            @{ Type = 'IncidentClaim'; Culture = $culture; Width = $width; Wide = 'Text'; Shows = 'Speaker', 'Party/Position'; Command = { Get-IncidentClaim -Question first-fire }; Texts = { param($o) $o.Text } }
            @{ Type = 'IncidentDocument'; Culture = $culture; Width = $width; Wide = 'Title'; Shows = @(); Command = { Get-IncidentDocument }; Texts = { param($o) $o.Title } }
            @{ Type = 'DocumentParagraph'; Culture = $culture; Width = $width; Wide = 'Text'; Shows = @(); Command = { (Get-IncidentDocument -Id 003*).Paragraphs | Select-Object -First 6 }; Texts = { param($o) $o.Text } }
            @{ Type = 'AccountComparison'; Culture = $culture; Width = $width; Wide = 'Reference'; Shows = 'Question', 'Relation', 'Difference', 'Evidence'; Command = { Compare-IncidentAccount }; Texts = { param($o) $o.ReferencePosition; $o.DifferencePosition } }
            @{ Type = 'VersionDifference'; Culture = $culture; Width = $width; Wide = 'Text'; Shows = @(); Command = { Compare-IncidentAccount -ReferenceDocument 001* -DifferenceDocument 000* | Where-Object SideIndicator -ne '==' | Select-Object -First 8 }; Texts = { param($o) if ($null -ne $o.DifferenceText) { $o.DifferenceText } else { $o.ReferenceText } } }
        }
    }
) {
    BeforeAll {
        [cultureinfo]::CurrentCulture = $Culture
        $script:Objects = @(& $Command)
        $script:Rendered = $Objects | Format-Table | Out-String -Width $Width
        $script:Columns = @(Get-TableColumns $Rendered $Width)
    }
    AfterAll { [cultureinfo]::CurrentCulture = $script:Culture }

    It 'shows the <Wide> column, and it is the widest' {
        $Objects.Count | Should -BeGreaterThan 0
        $wide = $Columns | Where-Object Label -eq $Wide
        $wide | Should -Not -BeNullOrEmpty -Because "the $Wide column must be shown at $Width columns:`n$Rendered"
        $widest = ($Columns | Measure-Object Width -Maximum).Maximum
        $wide.Width | Should -Be $widest
        $wide.Width | Should -BeGreaterThan ([int]($Width / 4))
    }

    It 'shows who says it and the other main columns' {
        # A claim's speaker above all: on a folder without a manifest it is most of what a row says besides the text.
        foreach ($label in $Shows) {
            $Columns.Label | Should -Contain $label -Because "the $Type table at $Width columns should show $label`n$Rendered"
        }
    }

    It 'keeps every line within the width' {
        foreach ($line in $Rendered -split "`r?`n") { $line.TrimEnd().Length | Should -BeLessOrEqual $Width }
    }

    It 'breaks no word in two' {
        $texts = @($Objects | ForEach-Object { & $Texts $_ } | Where-Object { $_ })
        $texts.Count | Should -BeGreaterThan 0
        Assert-NoWordBroken $Rendered $texts
    }
}

Describe 'the compact list view of <Type>' -ForEach @(
    @{ Type = 'IncidentQuote'; Command = { Get-IncidentQuote | Select-Object -First 1 }; Labels = 'Text', 'Speaker', 'Role', 'Party', 'Kind', 'Cue', 'DocumentId', 'Line', 'Start', 'Length' }
    @{ Type = 'IncidentClaim'; Command = { Get-IncidentClaim | Select-Object -First 1 }; Labels = 'Text', 'Party', 'Speaker', 'Question', 'Position', 'PositionCue', 'Source', 'Cue', 'CueNegated', 'Rule', 'DocumentId', 'Line' }
    @{ Type = 'IncidentDocument'; Command = { Get-IncidentDocument | Select-Object -First 1 }; Labels = 'Id', 'Title', 'Outlet', 'Published', 'Paragraphs', 'WordCount', 'StoryId', 'Path' }
    @{ Type = 'DocumentParagraph'; Command = { (Get-IncidentDocument | Select-Object -First 1).Paragraphs | Select-Object -First 1 }; Labels = 'DocumentId', 'Section', 'Number', 'Line', 'Start', 'Text' }
    @{ Type = 'AccountComparison'; Command = { Compare-IncidentAccount | Select-Object -First 1 }; Labels = 'Question', 'QuestionText', 'Relation', 'ReferenceParty', 'ReferencePosition', 'DifferenceParty', 'DifferencePosition' }
    @{ Type = 'VersionDifference'; Command = { Compare-IncidentAccount -ReferenceDocument 001* -DifferenceDocument 000* | Select-Object -First 1 }; Labels = 'SideIndicator', 'Element', 'Change', 'Similarity', 'ReferenceText', 'DifferenceText' }
) {
    It 'shows the main properties, not every one' {
        $object = & $Command
        $rendered = $object | Format-List | Out-String -Width 80
        $shown = [regex]::Matches($rendered, '(?m)^(\w+)\s+:') | ForEach-Object { $_.Groups[1].Value }
        foreach ($label in $Labels) { $shown | Should -Contain $label }
        # every row the view shows is a property of the object (a row naming a property the type lacks prints blank)
        foreach ($label in $shown) { $object.PSObject.Properties.Name | Should -Contain $label -Because "the list view of $Type shows '$label'" }
        $all = $object | Format-List * | Out-String -Width 80
        $everything = [regex]::Matches($all, '(?m)^(\w+)\s+:') | ForEach-Object { $_.Groups[1].Value }
        $shown.Count | Should -BeLessOrEqual $everything.Count
        foreach ($line in $rendered -split "`r?`n") { $line.TrimEnd().Length | Should -BeLessOrEqual 80 }
    }
}
