#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

# Issue 9, item 6: no manifest needed to start. A folder of articles written for these tests (a ferry
# collision told by two countries), with no corpus.yaml.
BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Folder = Join-Path $TestDrive 'ferry'
    New-Item -ItemType Directory -Path $Folder | Out-Null
    $articles = @{
        'a-oslo.txt' = @'
Ferry collision: Oslo blames Swedish crew

OSLO -- A Norwegian ferry and a Swedish cargo ship collided in the strait on Monday night.

Norwegian officials said the Swedish ship entered the channel without permission and ignored the radio warnings.

"The cargo ship never answered our radio warnings," said Ola Berg, a Norwegian coast guard spokesman.

Norwegian Transport Minister Kari Holm said the cargo ship had been sailing too fast in fog.

"The ferry kept to its lane," Berg said. A Norwegian navy officer said the ferry's radar logs showed it in its lane.
'@
        'b-stockholm.txt' = @'
Stockholm says ferry crossed its lane

STOCKHOLM -- Sweden rejected Norway's account of Monday's collision in the strait.

Swedish officials said the cargo ship had permission to enter the channel and that no radio warnings were heard on board.

"Our crew heard no radio warnings at all," said Lars Ek, a Swedish maritime authority spokesman.

Swedish Trade Minister Eva Lind said the ferry had been sailing too fast in fog and crossed into the cargo lane.
'@
        'c-wire.txt' = @'
Inquiry opens into strait collision

Norwegian officials said the ferry kept to its lane throughout the crossing.

Swedish officials said the ferry left its lane minutes before the collision.

Danish officials said they would help the inquiry.
'@
    }
    foreach ($name in $articles.Keys) {
        Set-Content -LiteralPath (Join-Path $Folder $name) -Value $articles[$name] -Encoding UTF8
    }
}

AfterAll {
    Remove-Module IncidentTools -ErrorAction SilentlyContinue
}

Describe 'A folder without a manifest' {
    It 'gives every attribution with the party of its speaker' {
        $claims = @(Get-IncidentClaim -Path $Folder)
        $claims.Count | Should -BeGreaterThan 5
        @($claims | Where-Object Speaker -eq 'Ola Berg').Count | Should -BeGreaterThan 0
        @($claims | Where-Object Speaker -eq 'Lars Ek').Count | Should -BeGreaterThan 0
        $claims | Where-Object Speaker -eq 'Ola Berg' | ForEach-Object { $_.Party | Should -Be 'Norway' }
        $claims | Where-Object Speaker -eq 'Lars Ek' | ForEach-Object { $_.Party | Should -Be 'Sweden' }
    }

    It 'compares the two most quoted parties on claims that share key terms, showing the shared terms' {
        $rows = @(Compare-IncidentAccount -Path $Folder)
        $rows.Count | Should -BeGreaterThan 0
        $rows.ReferenceParty | Sort-Object -Unique | Should -Be 'Norway'
        $rows.DifferenceParty | Sort-Object -Unique | Should -Be 'Sweden'
        $warnings = $rows | Where-Object { $_.QuestionText -match 'radio' -and $_.QuestionText -match 'warnings' }
        $warnings | Should -Not -BeNullOrEmpty
        $warnings[0].ReferenceEvidence[0].Party | Should -Be 'Norway'
        $warnings[0].DifferenceEvidence[0].Party | Should -Be 'Sweden'
    }

    It 'takes a found party by an alias of the country table' {
        $rows = @(Compare-IncidentAccount -Path $Folder -ReferenceParty Swedish -DifferenceParty Norwegian)
        $rows.ReferenceParty | Sort-Object -Unique | Should -Be 'Sweden'
    }

    It 'stops with UnknownParty for a party the claims do not name' {
        { Compare-IncidentAccount -Path $Folder -ReferenceParty Atlantis -ErrorAction Stop } |
            Should -Throw -ErrorId 'UnknownParty,IncidentTools.Commands.CompareIncidentAccountCommand'
    }

    It '<Command> -Party takes a party by any form of the country table, as Compare-IncidentAccount does' -ForEach @(
        @{ Command = 'Get-IncidentClaim' }
        @{ Command = 'Get-IncidentQuote' }
    ) {
        $byName = @(& $Command -Path $Folder -Party Sweden)
        $byName.Count | Should -BeGreaterThan 0
        foreach ($form in 'Swedish', 'swedish', 'Stockholm') {
            $byForm = @(& $Command -Path $Folder -Party $form -ErrorVariable errors)
            $errors | Should -BeNullOrEmpty
            $byForm.Count | Should -Be $byName.Count
            $byForm.Party | Sort-Object -Unique | Should -Be 'Sweden'
        }
    }

    It '<Command> -Party writes UnknownParty for a party no speaker has, never an empty result alone' -ForEach @(
        @{ Command = 'Get-IncidentClaim' }
        @{ Command = 'Get-IncidentQuote' }
    ) {
        $out = @(& $Command -Path $Folder -Party Finnish -ErrorVariable errors -ErrorAction SilentlyContinue)
        $out.Count | Should -Be 0
        $errors.Count | Should -Be 1
        $errors[0].FullyQualifiedErrorId | Should -Be "UnknownParty,IncidentTools.Commands.$($Command -replace '-', '')Command"
        $errors[0].Exception.Message | Should -Match "'Sweden'"
    }

    It 'completes -Party of <Command> with the countries the articles name' -ForEach @(
        @{ Command = 'Get-IncidentClaim'; Parameter = 'Party' }
        @{ Command = 'Get-IncidentQuote'; Parameter = 'Party' }
        @{ Command = 'Compare-IncidentAccount'; Parameter = 'ReferenceParty' }
        @{ Command = 'Compare-IncidentAccount'; Parameter = 'DifferenceParty' }
    ) {
        $line = "$Command -Path '$Folder' -$Parameter "
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be @('Denmark', 'Norway', 'Sweden')
        $line = "$Command -Path '$Folder' -$Parameter Sw"
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be 'Sweden'
    }
}

Describe 'New-IncidentManifest' {
    It 'is exported and has help' {
        (Get-Command New-IncidentManifest).Module.Name | Should -Be 'IncidentTools'
        (Get-Help New-IncidentManifest).Synopsis | Should -Match 'Drafts a corpus manifest'
        (Get-Help New-IncidentManifest -Examples).Examples.Example.Count | Should -BeGreaterOrEqual 2
    }

    It 'drafts a manifest that names the two sides first, with their people' {
        $yaml = New-IncidentManifest -Path $Folder
        $yaml | Should -BeOfType ([string])
        $yaml | Should -Match '(?m)^parties:'
        $yaml | Should -Match '(?s)- name: "Norway".*- name: "Sweden"'
        $yaml | Should -Match '"Ola Berg"'
        $yaml | Should -Match '"Lars Ek"'
        $yaml | Should -Match 'compares by default: Norway \(\d+ claims\) and Sweden'
    }

    It 'drafts candidate questions with the sentences that suggested them as comments' {
        $yaml = New-IncidentManifest -Path $Folder
        $yaml | Should -Match '(?m)^questions:'
        $yaml | Should -Match '(?m)^  # Both sides speak of: .*radio'
        $yaml | Should -Match '(?m)^  #   Norway \(a-oslo, line \d+'
        $yaml | Should -Match '(?m)^  #   Sweden \(b-stockholm, line \d+'
    }

    It 'writes a draft that Test-IncidentManifest finds clean and the cmdlets read' {
        $draft = Join-Path $TestDrive 'draft'
        New-Item -ItemType Directory -Path $draft | Out-Null
        Copy-Item (Join-Path $Folder '*.txt') $draft
        $file = New-IncidentManifest -Path $draft -OutFile $draft
        $file | Should -BeOfType ([System.IO.FileInfo])
        $file.Name | Should -Be 'corpus.yaml'
        # as Get-Item gives it: with its provider path, so the default view shows its folder, mode and size
        $file.PSPath | Should -Be (Get-Item -LiteralPath (Join-Path $draft 'corpus.yaml')).PSPath
        ($file | Out-String) | Should -Match ([regex]::Escape("$($file.Length) corpus.yaml"))
        @(Test-IncidentManifest $draft) | Should -BeNullOrEmpty
        $rows = @(Compare-IncidentAccount -Path $draft)
        $rows.Count | Should -BeGreaterThan 0
        $rows.ReferenceParty | Sort-Object -Unique | Should -Be 'Norway'
    }

    It 'takes folders from the pipeline by property name (PSPath)' {
        $yaml = Get-Item $Folder | New-IncidentManifest
        $yaml | Should -Match '- name: "Norway"'
    }

    It 'does not overwrite a file without -Force, and says so with FileExists' {
        $target = Join-Path $TestDrive 'exists.yaml'
        Set-Content -LiteralPath $target -Value 'keep me'
        New-IncidentManifest -Path $Folder -OutFile $target -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -Be 'FileExists,IncidentTools.Commands.NewIncidentManifestCommand'
        $err[0].CategoryInfo.Category | Should -Be 'ResourceExists'
        $err[0].TargetObject | Should -Be $target
        Get-Content -LiteralPath $target | Should -Be 'keep me'
        New-IncidentManifest -Path $Folder -OutFile $target -Force | Out-Null
        Get-Content -LiteralPath $target -Raw | Should -Match 'parties:'
    }

    It 'writes nothing with -WhatIf' {
        $target = Join-Path $TestDrive 'whatif.yaml'
        New-IncidentManifest -Path $Folder -OutFile $target -WhatIf
        Test-Path -LiteralPath $target | Should -BeFalse
    }

    It 'says what it found with -Verbose' {
        $verbose = New-IncidentManifest -Path $Folder -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        ($verbose.Message -join "`n") | Should -Match 'parties found \(most quoted first\): Norway \(\d+ claims\), Sweden'
    }

    It 'keeps going past a path that does not exist, with PathNotFound' {
        $yaml = New-IncidentManifest -Path (Join-Path $TestDrive 'nowhere'), $Folder -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Match '^PathNotFound'
        $yaml | Should -Match '- name: "Norway"'
    }

    It 'limits the candidate questions with -MaxQuestions' {
        $yaml = New-IncidentManifest -Path $Folder -MaxQuestions 0
        $yaml | Should -Not -Match '(?m)^  - id:'
    }
}
