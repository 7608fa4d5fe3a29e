#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Rows = @(Compare-IncidentAccount)
}

AfterAll {
    Remove-Module IncidentTools -ErrorAction SilentlyContinue
}

Describe 'Compare-IncidentAccount' {
    Context 'by party, on the bundled corpus' {
        It 'gives one row per question of the manifest, United States against Pakistan by default' {
            $Rows.Count | Should -Be 4
            $Rows | ForEach-Object { $_ | Should -BeOfType ([IncidentTools.AccountComparison]) }
            $Rows.Question | Should -Be @('first-fire', 'deliberate', 'findings', 'coordination')
            $Rows.ReferenceParty | Sort-Object -Unique | Should -Be 'United States'
            $Rows.DifferenceParty | Sort-Object -Unique | Should -Be 'Pakistan'
        }

        It 'finds the contradiction on <Question>' -TestCases @(
            @{ Question = 'first-fire'; Reference = 'Pakistani side fired first'; Difference = 'U.S. side fired first' }
            @{ Question = 'deliberate'; Reference = 'Not deliberate'; Difference = 'Deliberate' }
            @{ Question = 'findings'; Reference = 'Findings are accurate'; Difference = 'Findings are wrong' }
        ) {
            param($Question, $Reference, $Difference)
            $row = $Rows | Where-Object Question -eq $Question
            $row.Relation | Should -Be 'Contradict'
            $row.ReferencePosition | Should -Be $Reference
            $row.DifferencePosition | Should -Be $Difference
            $row.ReferenceCount | Should -BeGreaterThan 0
            $row.DifferenceEvidence[0].DocumentId | Should -Not -BeNullOrEmpty
            $row.DifferenceEvidence[0].Line | Should -BeGreaterThan 0
        }

        It 'swaps the sides with -ReferenceParty and -DifferenceParty, and filters -Question with wildcards' {
            $row = Compare-IncidentAccount -ReferenceParty Pakistan -DifferenceParty 'United States' -Question 'first*'
            @($row).Count | Should -Be 1
            $row.ReferenceParty | Should -Be 'Pakistan'
            $row.ReferencePosition | Should -Be 'U.S. side fired first'
        }

        It 'takes the parties by position' {
            (Compare-IncidentAccount Pakistan 'United States' -Question deliberate).ReferencePosition | Should -Be 'Deliberate'
        }

        It 'stops with UnknownParty for a party the manifest does not define' {
            { Compare-IncidentAccount -ReferenceParty Atlantis -ErrorAction Stop } |
                Should -Throw -ErrorId 'UnknownParty,IncidentTools.Commands.CompareIncidentAccountCommand'
        }

        It 'exports one readable CSV row per question' {
            $file = Join-Path $TestDrive 'accounts.csv'
            $Rows | Export-Csv -LiteralPath $file -NoTypeInformation
            $csv = @(Import-Csv -LiteralPath $file)
            $csv.Count | Should -Be 4
            foreach ($row in $csv) {
                foreach ($property in $row.PSObject.Properties) {
                    $property.Value | Should -Not -Match '^(System|IncidentTools)\.[\w.`\[\]]+$' -Because "$($property.Name) must show its value"
                }
            }
            ($csv | Where-Object Question -eq 'deliberate').DifferenceEvidence | Should -Match 'insisted the attacks were deliberate'
        }

        It 'keeps the evidence in JSON at the default depth' {
            $json = $Rows | Where-Object Question -eq 'findings' | ConvertTo-Json -WarningAction SilentlyContinue | ConvertFrom-Json
            $json.DifferenceEvidence[0].Text | Should -Not -BeNullOrEmpty
            $json.DifferenceEvidence[0].Paragraph | Should -BeGreaterThan 0
        }

        It 'prints a readable table of the questions' {
            $text = $Rows | Format-Table | Out-String -Width 200
            $text | Should -Match 'Question\s+Relation\s+Reference\s+Difference'
            $text | Should -Match 'first-fire\s+Contradict'
        }

        It 'compares on shared terms when the manifest has no questions' {
            $folder = Join-Path $TestDrive 'noquestions'
            New-Item -ItemType Directory -Path $folder | Out-Null
            Set-Content -LiteralPath (Join-Path $folder 'corpus.yaml') -Encoding utf8 -Value @'
parties:
  - name: Northland
    aliases: [Northland, Northlander]
  - name: Southland
    aliases: [Southland, Southlander]
'@
            Set-Content -LiteralPath (Join-Path $folder 'a.txt') -Encoding utf8 -Value @'
Dam dispute deepens

Northland said the new dam on the border river was legal under the 1990 water treaty.

Southland said the new dam on the border river was not legal under the 1990 water treaty.
'@
            $rows = @(Compare-IncidentAccount -Path $folder)
            $rows.Count | Should -BeGreaterThan 0
            $rows[0].Relation | Should -BeIn @('Contradict', 'Related')
            $rows.Relation | Should -Contain 'Contradict'
        }
    }

    Context 'by version' {
        It 'shows shared, removed and added paragraphs between the two versions of the CNN story' {
            $diff = @(Compare-IncidentAccount -ReferenceDocument 001* -DifferenceDocument 000*)
            $diff | ForEach-Object { $_ | Should -BeOfType ([IncidentTools.VersionDifference]) }
            @($diff | Where-Object { $_.Element -eq 'Paragraph' -and $_.SideIndicator -in '==', '<>' }).Count | Should -BeGreaterOrEqual 4
            ($diff | Where-Object SideIndicator -eq '=>').DifferenceText | Where-Object { $_ -like '*Currently, we don*' } | Should -Not -BeNullOrEmpty
            ($diff | Where-Object SideIndicator -eq '<=').ReferenceText | Where-Object { $_ -like 'The Pentagon report, based on about 60 interviews*' } | Should -Not -BeNullOrEmpty
        }

        It 'takes document objects as well as ids' {
            $earlier = Get-IncidentDocument -Id 001*
            $later = Get-IncidentDocument -Id 000*
            $byObject = @(Compare-IncidentAccount -ReferenceDocument $earlier -DifferenceDocument $later)
            $byId = @(Compare-IncidentAccount -ReferenceDocument 001* -DifferenceDocument 000*)
            $byObject.Count | Should -Be $byId.Count
        }

        It 'stops with UnknownDocument for an id that names no document' {
            { Compare-IncidentAccount -ReferenceDocument nothing -DifferenceDocument 000* -ErrorAction Stop } |
                Should -Throw -ErrorId 'UnknownDocument,IncidentTools.Commands.CompareIncidentAccountCommand'
        }
    }

    It 'says so when the two sides of a folder without a manifest share no key terms' {
        $dir = Join-Path ([IO.Path]::GetTempPath()) ('noshared-' + [guid]::NewGuid().ToString('N'))
        New-Item -ItemType Directory -Path $dir | Out-Null
        try {
            Set-Content -LiteralPath (Join-Path $dir 'quota.txt') -Value ("Quota talks`n`nA Norwegian official said the fishing quota for cod was fair.`n`n" +
                "A Norwegian minister said the cod quota would stay.")
            Set-Content -LiteralPath (Join-Path $dir 'copper.txt') -Value ("Copper prices`n`nA Chilean minister said copper exports rose in March.`n`n" +
                "A Chilean official said copper exports would rise again.")
            $rows = @(Compare-IncidentAccount -Path $dir -WarningVariable warned -WarningAction SilentlyContinue)
            $rows.Count | Should -Be 0
            @($warned).Count | Should -Be 1
            # the two sides in either order (each is quoted twice)
            "$($warned[0])" | Should -Match "^No claims of '(Norway|Chile)' and '(Norway|Chile)' share key terms"
            "$($warned[0])" | Should -Match "'Norway'"
            "$($warned[0])" | Should -Match "'Chile'"
        } finally {
            Remove-Item -LiteralPath $dir -Recurse -Force
        }
    }
}

Describe 'Get-IncidentClaim' {
    It 'lists the claims with their party, question and position' {
        $claims = @(Get-IncidentClaim -Question deliberate)
        $claims.Count | Should -BeGreaterThan 3
        $claims | ForEach-Object { $_ | Should -BeOfType ([IncidentTools.IncidentClaim]) }
        ($claims | Where-Object Party -eq Pakistan).Position | Sort-Object -Unique | Should -Be 'Deliberate'
    }

    It 'takes documents from the pipeline and filters -Party with completion' {
        $claims = @(Get-IncidentDocument -Id 003* | Get-IncidentClaim -Party Pak*)
        $claims.Count | Should -BeGreaterThan 0
        $claims.DocumentId | Sort-Object -Unique | Should -Be '003_836360249aedd913'
        $line = 'Get-IncidentClaim -Question fir'
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be 'first-fire'
    }

    It 'lists every attribution of a folder without a manifest, with the offsets of source, cue and content' {
        $dir = Join-Path ([IO.Path]::GetTempPath()) ('claims-' + [guid]::NewGuid().ToString('N'))
        New-Item -ItemType Directory -Path $dir | Out-Null
        try {
            $file = Join-Path $dir 'bridge.txt'
            Set-Content -LiteralPath $file -NoNewline -Value ("Bridge stays shut`n`nThe bridge will stay closed until May, the mayor said. " +
                "According to the port authority, ferries will run on Friday.`n`nThe union accused the council of hiding the inspection report.`n")
            $claims = @(Get-IncidentClaim -Path $dir)
            $claims.Count | Should -Be 3
            $raw = Get-Content -Raw -LiteralPath $file
            foreach ($c in $claims) {
                $raw.Substring($c.ContentStart, $c.ContentLength) | Should -Be $c.Content
                $raw.Substring($c.SourceStart, $c.SourceLength) | Should -Be $c.Source
                $raw.Substring($c.CueStart, $c.CueLength) | Should -Be $c.Cue
                $c.Kind | Should -Be 'Indirect'
            }
            $by = @(Get-IncidentClaim -Path $dir -Rule AccordingToClause)
            $by.Source | Should -Be 'the port authority'
            $by.Content | Should -Be 'ferries will run on Friday'
            (Get-IncidentClaim -Path $dir -Rule CueThenContent).Content | Should -Be 'the council of hiding the inspection report'
        }
        finally { Remove-Item -LiteralPath $dir -Recurse -Force }
    }

    It 'marks what a source is reported as not saying, for Where-Object and CSV' {
        $dir = Join-Path ([IO.Path]::GetTempPath()) ('notsaid-' + [guid]::NewGuid().ToString('N'))
        New-Item -ItemType Directory -Path $dir | Out-Null
        try {
            Set-Content -LiteralPath (Join-Path $dir 'plant.txt') -Value ("Plant reopens`n`nThe mayor did not say that the plant was safe. " +
                "The inspectors said the plant was safe. The company declined to say whether the filters were replaced.`n")
            $notSaid = @(Get-IncidentClaim -Path $dir | Where-Object CueNegated)
            $notSaid.Content | Should -Be @('the plant was safe', 'whether the filters were replaced')
            $notSaid.Speaker | Should -Be @('mayor', 'company')
            (Get-IncidentClaim -Path $dir | Where-Object { -not $_.CueNegated }).Speaker | Should -Contain 'inspectors'
            $csv = Get-IncidentClaim -Path $dir | ConvertTo-Csv -NoTypeInformation | ConvertFrom-Csv
            @($csv | Where-Object CueNegated -eq 'True').Count | Should -Be 2
        }
        finally { Remove-Item -LiteralPath $dir -Recurse -Force }
    }

    It 'takes no position from an article about another event, and says so with -Verbose' {
        $dir = Join-Path ([IO.Path]::GetTempPath()) ('relevance-' + [guid]::NewGuid().ToString('N'))
        New-Item -ItemType Directory -Path $dir | Out-Null
        try {
            Set-Content -LiteralPath (Join-Path $dir 'corpus.yaml') -Value @"
incident:
  name: Kestrel Pass shelling
  place: Kestrel Pass
parties:
  - {name: Northland, aliases: [Northland, Northern]}
  - {name: Southland, aliases: [Southland, Southern]}
questions:
  - id: deliberate
    text: Was it deliberate?
    positions:
      - {label: Deliberate, cues: [deliberate]}
      - {label: Not deliberate, cues: [accident]}
"@
            Set-Content -LiteralPath (Join-Path $dir 'pass.txt') -Value "Shelling at Kestrel Pass`n`nSouthern officials said the Northern shelling at the pass was deliberate.`n"
            Set-Content -LiteralPath (Join-Path $dir 'harbour.txt') -Value "Harbour strike`n`nSouthern officials said the Northern delay in the harbour talks was deliberate.`n"
            $out = @(Get-IncidentClaim -Path $dir -Verbose 4>&1)
            $claims = @($out | Where-Object { $_ -is [IncidentTools.IncidentClaim] })
            ($claims | Where-Object Position).DocumentId | Should -Be 'pass'
            @($claims | Where-Object DocumentId -eq 'harbour').Count | Should -BeGreaterThan 0
            $verbose = @($out | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message)
            $verbose | Where-Object { $_ -like "'harbour' gives no positions: not about the incident 'Kestrel Pass shelling'*" } | Should -Not -BeNullOrEmpty
            $doc = Get-IncidentDocument -Path $dir -Id harbour
            $doc.IsAboutIncident | Should -BeFalse
            $doc.Relevance | Should -BeLike 'not about*'
        }
        finally { Remove-Item -LiteralPath $dir -Recurse -Force }
    }

    It "takes no position where the claim's words leave the question open (a manifest's open: phrases)" {
        $dir = Join-Path ([IO.Path]::GetTempPath()) ('open-' + [guid]::NewGuid().ToString('N'))
        New-Item -ItemType Directory -Path $dir | Out-Null
        try {
            $manifest = @"
parties:
  - {name: Northland, aliases: [Northland, Northern], people: [Anna Berg]}
  - {name: Southland, aliases: [Southland, Southern], people: [Omar Diaz]}
questions:
  - id: first-shot
    text: Who fired first?
    positions:
      - label: Southland fired first
        cues: ["{Southland} fired first", {text: came under fire, party: Northland}]
      - label: Northland fired first
        cues: ["{Northland} fired first", {text: came under fire, party: Southland}]
    open:
      - "not say * where the fire*"
"@
            Set-Content -LiteralPath (Join-Path $dir 'corpus.yaml') -Value $manifest
            Set-Content -LiteralPath (Join-Path $dir 'pass.txt') -Value ("Clash at Kestrel Pass`n`nAnna Berg said the patrol came under fire near the river, " +
                "but would not say where the fire had come from.`n`nOmar Diaz said Northern troops fired first.`n")
            @(Test-IncidentManifest -Path $dir).Count | Should -Be 0
            $claims = @(Get-IncidentClaim -Path $dir -Question first-shot)
            $open = @($claims | Where-Object { -not $_.Position })
            $open.Speaker | Should -Be 'Anna Berg'
            $open.Party | Should -Be 'Northland'
            $open.PositionCue | Should -Be 'not say where the fire'
            ($claims | Where-Object Position).Speaker | Should -Be 'Omar Diaz'
            # without the key, the same words take the position of their cue
            Set-Content -LiteralPath (Join-Path $dir 'corpus.yaml') -Value ($manifest -replace '(?s)\s*open:.*$', '')
            (Get-IncidentClaim -Path $dir -Question first-shot -Party Northland).Position | Should -Be 'Southland fired first'
            # a bad entry is reported with its line
            Set-Content -LiteralPath (Join-Path $dir 'corpus.yaml') -Value ($manifest + "`n" + '      - {text: "who fired first * unclear", yields: true}')
            $issue = @(Test-IncidentManifest -Path $dir)
            $issue.Code | Should -Be 'NotAllowed'
            $issue.Line | Should -Be 14
        }
        finally { Remove-Item -LiteralPath $dir -Recurse -Force }
    }

    It 'exports readable CSV rows' {
        $csv = Get-IncidentClaim -Party Pakistan | ConvertTo-Csv -NoTypeInformation | ConvertFrom-Csv
        @($csv).Count | Should -BeGreaterThan 0
        $csv[0].Text | Should -Not -BeNullOrEmpty
    }
}
