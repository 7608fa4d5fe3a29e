#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }
# What Export-Csv and ConvertTo-Json make of the output, round trip: enumerations by name, dates
# in ISO 8601 whatever the culture, lists as "a; b" in CSV and arrays in JSON, nothing lost at
# ConvertTo-Json's default depth.

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Culture = [cultureinfo]::CurrentCulture
    $script:Scratch = Join-Path ([System.IO.Path]::GetTempPath()) ('it-output-' + [guid]::NewGuid().ToString('N'))
    New-Item -ItemType Directory -Path $Scratch | Out-Null
}

AfterAll {
    [cultureinfo]::CurrentCulture = $script:Culture
    Remove-Item -LiteralPath $Scratch -Recurse -Force -ErrorAction SilentlyContinue
    Remove-Module IncidentTools -ErrorAction SilentlyContinue
}

Describe 'ConvertTo-Json' {
    It 'writes <Property> of <Type> by name' -ForEach @(
        @{ Type = 'IncidentQuote'; Property = 'Kind'; Command = { Get-IncidentQuote -Kind Partial | Select-Object -First 1 }; Expected = 'Partial' }
        @{ Type = 'IncidentQuote'; Property = 'Section'; Command = { Get-IncidentQuote | Select-Object -First 1 }; Expected = 'Body' }
        @{ Type = 'IncidentClaim'; Property = 'Kind'; Command = { Get-IncidentClaim | Where-Object Kind -eq Indirect | Select-Object -First 1 }; Expected = 'Indirect' }
        @{ Type = 'AccountComparison'; Property = 'Relation'; Command = { Compare-IncidentAccount -Question first-fire }; Expected = 'Contradict' }
        @{ Type = 'VersionDifference'; Property = 'Change'; Command = { Compare-IncidentAccount -ReferenceDocument 001* -DifferenceDocument 000* | Where-Object SideIndicator -eq '<>' | Select-Object -First 1 }; Expected = 'Edited' }
        @{ Type = 'VersionDifference'; Property = 'Element'; Command = { Compare-IncidentAccount -ReferenceDocument 001* -DifferenceDocument 000* | Where-Object Element -eq Paragraph | Select-Object -First 1 }; Expected = 'Paragraph' }
        @{ Type = 'DocumentParagraph'; Property = 'Section'; Command = { (Get-IncidentDocument | Select-Object -First 1).Paragraphs[0] }; Expected = 'Body' }
    ) {
        $object = & $Command
        $object | Should -Not -BeNullOrEmpty
        $json = $object | ConvertTo-Json -Compress
        $json | Should -Match ('"{0}":"{1}"' -f $Property, $Expected)
        ($json | ConvertFrom-Json).$Property | Should -Be $Expected
    }

    It 'leaves the enumerations typed for PowerShell: Where-Object and -Kind still work' {
        @(Compare-IncidentAccount | Where-Object Relation -eq Contradict).Count | Should -BeGreaterThan 0
        (Compare-IncidentAccount | Select-Object -First 1).Relation | Should -BeOfType ([IncidentTools.AccountRelation])
        @(Get-IncidentQuote -Kind Direct | Where-Object Kind -ne Direct).Count | Should -Be 0
    }

    It 'keeps what matters at its default depth: <Name>' -ForEach @(
        @{ Name = 'a document and its paragraphs'; Command = { Get-IncidentDocument -Id 003* }; Check = { param($o, $back) @($back.Paragraphs).Count | Should -Be $o.Paragraphs.Count; $back.Paragraphs[0].Text | Should -Be $o.Paragraphs[0].Text; @($back.Contributors).Count | Should -Be $o.Contributors.Count } }
        @{ Name = 'a comparison and its evidence'; Command = { Compare-IncidentAccount -Question first-fire }; Check = { param($o, $back) @($back.ReferenceEvidence).Count | Should -Be $o.ReferenceCount; $back.ReferenceEvidence[0].Text | Should -Be $o.ReferenceEvidence[0].Text; $back.ReferenceEvidence[0].Kind | Should -BeIn 'Direct', 'Mixed', 'Indirect' } }
    ) {
        $object = & $Command
        $warnings = $null
        $json = $object | ConvertTo-Json -WarningVariable warnings -WarningAction SilentlyContinue
        $warnings | Should -BeNullOrEmpty -Because 'nothing is cut at depth 2'
        & $Check $object ($json | ConvertFrom-Json)
    }
}

Describe 'dates in culture <_>' -ForEach 'en-US', 'de-DE' {
    BeforeAll { [cultureinfo]::CurrentCulture = $_ }
    AfterAll { [cultureinfo]::CurrentCulture = $script:Culture }

    It 'are ISO 8601 in CSV and JSON, and a date alone stays a date' {
        $doc = Get-IncidentDocument -Id 003*
        $doc.Published | Should -Match '^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2})?$'
        $csv = $doc | ConvertTo-Csv -NoTypeInformation
        $csv[1] | Should -Match ([regex]::Escape('"' + $doc.Published + '"'))
        $csv -join "`n" | Should -Not -Match '\d{1,2}[./]\d{1,2}[./]\d{4}'
        $doc | Select-Object Id, Published | ConvertTo-Json -Compress | Should -Match ('"Published":"{0}"' -f [regex]::Escape($doc.Published))
        (Get-IncidentDocument -Id 000*).Published | Should -Be '2011-12-22'
    }

    It 'compare and filter as dates' {
        @(Get-IncidentDocument | Where-Object Published -ge 2012-01-01).Id | Should -Be '003_836360249aedd913'
        @(Get-IncidentDocument -Since 2012-01-01).Id | Should -Be '003_836360249aedd913'
        @(Get-IncidentDocument -Until 2011-12-22).Count | Should -Be 3
        (Get-IncidentDocument | Sort-Object Published -Descending | Select-Object -First 1).Id | Should -Be '003_836360249aedd913'
    }
}

Describe 'Export-Csv and Import-Csv round trip' {
    It 'gives back the quotes: text, speaker, party, kind and location' {
        $quotes = Get-IncidentQuote
        $file = Join-Path $Scratch 'quotes.csv'
        $quotes | Export-Csv $file -NoTypeInformation -Encoding UTF8
        $back = Import-Csv $file -Encoding UTF8
        $back.Count | Should -Be $quotes.Count
        for ($i = 0; $i -lt $quotes.Count; $i++) {
            $back[$i].Text | Should -BeExactly $quotes[$i].Text
            $back[$i].Speaker | Should -Be ([string]$quotes[$i].Speaker)
            $back[$i].Party | Should -Be ([string]$quotes[$i].Party)
            $back[$i].Kind | Should -Be ([string]$quotes[$i].Kind)
            [int]$back[$i].Start | Should -Be $quotes[$i].Start
            [int]$back[$i].Line | Should -Be $quotes[$i].Line
        }
        Get-Content $file -TotalCount 1 | Should -Not -Match '^#TYPE'
    }

    It 'writes lists as "a; b" and the evidence as readable cells' {
        $doc = Get-IncidentDocument -Id 000*
        $row = $doc | ConvertTo-Csv -NoTypeInformation | ConvertFrom-Csv
        $row.Contributors | Should -Be 'Chelsea J. Carter; Wajahat S. Khan'
        $row.Paragraphs | Should -Not -Match 'IncidentTools\.'
        $comparison = Compare-IncidentAccount -Question first-fire | ConvertTo-Csv -NoTypeInformation | ConvertFrom-Csv
        $comparison.Relation | Should -Be 'Contradict'
        $comparison.ReferenceEvidence | Should -Match '¶\d+: '
        $comparison.ReferenceEvidence | Should -Not -Match 'IncidentTools\.'
    }

    It 'gives back the claims' {
        $claims = Get-IncidentClaim -Question deliberate
        $file = Join-Path $Scratch 'claims.csv'
        $claims | Export-Csv $file -NoTypeInformation -Encoding UTF8
        $back = Import-Csv $file -Encoding UTF8
        ($back | ForEach-Object { '{0}|{1}|{2}|{3}' -f $_.Party, $_.Position, $_.Source, $_.Text }) |
            Should -Be ($claims | ForEach-Object { '{0}|{1}|{2}|{3}' -f $_.Party, $_.Position, $_.Source, $_.Text })
    }
}

Describe 'the offsets of a quote' {
    It 'read the quoted words back through Get-Content -Raw -Encoding UTF8' {
        foreach ($q in Get-IncidentQuote) {
            (Get-Content -Raw -Encoding UTF8 $q.Path).Substring($q.Start, $q.Length) | Should -BeExactly $q.Text
        }
    }
}
