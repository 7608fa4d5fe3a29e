#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }
# The manifest is checked: Test-IncidentManifest reports every issue at once; reading a corpus
# warns with file and line; the manifest is never read as an article; -Verbose and progress.

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    # Non-terminating errors are the point here: keep them non-terminating whatever the caller's preference.
    $ErrorActionPreference = 'Continue'
    $script:Folder = Join-Path ([System.IO.Path]::GetTempPath()) ('it-manifest-' + [guid]::NewGuid().ToString('N'))
    New-Item -ItemType Directory -Path $Folder | Out-Null
    Copy-Item (Join-Path $Seeds '*.txt') $Folder
    # Written here, not copied: the misspellings an analyst makes.
    Set-Content -LiteralPath (Join-Path $Folder 'corpus.yaml') -Encoding UTF8 -Value @'
incidnet:
  name: Salala
question:
  - id: first-fire
documents:
  - file: 001_db9e4f1535431807.txt
    outlet: CNN
    publised: 2011-12-22
  - file: 009_missing.txt
parties:
  - name: Pakistan
    alias: [PK]
  - name: United States
    aliases: [U.S.]
questions:
  - id: first-fire
    text: Who fired first?
    positions:
      - label: Pakistani side fired first
        cues: ["{Pakistn} fired first", {text: we were fired upon, party: United Stats}]
      - label: U.S. side fired first
        cues: ["{United States} fired first"]
'@
}

AfterAll {
    Remove-Item -LiteralPath $Folder -Recurse -Force -ErrorAction SilentlyContinue
    Remove-Module IncidentTools -ErrorAction SilentlyContinue
}

Describe 'Test-IncidentManifest' {
    It 'reports every issue at once, typed, with line, column, severity and the nearest known name' {
        $issues = @(Test-IncidentManifest -Path $Folder)
        $issues | ForEach-Object { $_ | Should -BeOfType ([IncidentTools.ManifestIssue]) }
        ($issues | ForEach-Object { '{0}:{1}:{2}' -f $_.Line, $_.Code, $_.Suggestion }) | Should -Be @(
            '1:UnknownKey:incident', '3:UnknownKey:questions', '8:UnknownKey:published', '9:FileNotFound:',
            '12:UnknownKey:aliases', '20:UnknownParty:Pakistan', '20:UnknownParty:United States')
        $issues | ForEach-Object { $_.Severity | Should -Be 'Warning' }
        $issues[0].Path | Should -Be (Join-Path $Folder 'corpus.yaml')
        $issues[1].Column | Should -Be 1
        $issues[1].Message | Should -Match "did you mean 'questions'"
    }

    It 'takes the manifest file, the folder from the pipeline, and answers -Quiet' {
        @(Test-IncidentManifest (Join-Path $Folder 'corpus.yaml')).Count | Should -Be 7
        @(Get-Item $Folder | Test-IncidentManifest).Count | Should -Be 7
        Test-IncidentManifest $Folder -Quiet | Should -BeFalse
        Test-IncidentManifest $Seeds -Quiet | Should -BeTrue
        @(Test-IncidentManifest $Seeds).Count | Should -Be 0
    }

    It 'is the current folder without -Path' {
        Push-Location $Folder
        try { @(Test-IncidentManifest).Count | Should -Be 7 } finally { Pop-Location }
    }

    It 'writes NoManifest for a folder without one, and NotAManifest for an article' {
        $empty = Join-Path $Folder 'empty'
        New-Item -ItemType Directory -Path $empty -Force | Out-Null
        $errors = @(Test-IncidentManifest $empty, (Join-Path $Folder '001_db9e4f1535431807.txt') 2>&1)
        $errors.FullyQualifiedErrorId | Should -Be @('NoManifest,IncidentTools.Commands.TestIncidentManifestCommand', 'NotAManifest,IncidentTools.Commands.TestIncidentManifestCommand')
    }

    It 'shows the issues as a table grouped by file' {
        $text = Test-IncidentManifest $Folder | Out-String -Width 100
        $text | Should -Match 'Path: .*corpus\.yaml'
        $text | Should -Match 'Line\s+Column\s+Severity\s+Message'
    }

    It 'completes -Path with folders and .yaml files' {
        Push-Location $Folder
        try {
            $line = 'Test-IncidentManifest ./'
            $texts = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText
            ($texts -match 'corpus\.yaml') | Should -Not -BeNullOrEmpty
            ($texts -match 'empty') | Should -Not -BeNullOrEmpty
            ($texts -match '\.txt') | Should -BeNullOrEmpty
        } finally { Pop-Location }
    }
}

Describe "a party that stands for the other countries ('others: true')" {
    BeforeAll {
        $script:Others = Join-Path ([System.IO.Path]::GetTempPath()) ('it-others-' + [guid]::NewGuid().ToString('N'))
        New-Item -ItemType Directory -Path $Others | Out-Null
        # Written here: two invented sides, and a third country's minister who speaks for neither.
        Set-Content -LiteralPath (Join-Path $Others 'story.txt') -Encoding UTF8 -Value @"
Harbour shelling

Sweden said on Monday that its harbour was shelled first. Norwegian Foreign Minister Kari Holm called the shelling "a grave mistake."
"@
        $script:Manifest = @'
parties:
  - name: Northern side
    aliases: [Sweden, Swedish]
  - name: Southern side
    aliases: [Denmark, Danish]
  - name: Independent
    others: {0}
'@
    }
    AfterAll { Remove-Item -LiteralPath $Others -Recurse -Force -ErrorAction SilentlyContinue }

    It 'gives a third country''s minister that party, and the country''s own name without it' {
        Set-Content -LiteralPath (Join-Path $Others 'corpus.yaml') -Encoding UTF8 -Value ($Manifest -f 'true')
        Test-IncidentManifest $Others -Quiet | Should -BeTrue
        (Get-IncidentQuote -Path $Others | Where-Object Speaker -eq 'Kari Holm').Party | Should -Be 'Independent'
        Set-Content -LiteralPath (Join-Path $Others 'corpus.yaml') -Encoding UTF8 -Value ($Manifest -f 'false')
        (Get-IncidentQuote -Path $Others | Where-Object Speaker -eq 'Kari Holm').Party | Should -Be 'Norway'
    }

    It 'is checked: a value that is not true or false is an issue with its line' {
        Set-Content -LiteralPath (Join-Path $Others 'corpus.yaml') -Encoding UTF8 -Value ($Manifest -f 'maybe')
        $issue = @(Test-IncidentManifest $Others)
        $issue.Count | Should -Be 1
        $issue[0].Code | Should -Be 'NotTrueOrFalse'
        $issue[0].Line | Should -Be 7
        $issue[0].Key | Should -Be 'others'
    }
}

Describe "a cue that yields to its party's other position ('yields: true')" {
    BeforeAll {
        $script:Yields = Join-Path ([System.IO.Path]::GetTempPath()) ('it-yields-' + [guid]::NewGuid().ToString('N'))
        New-Item -ItemType Directory -Path $Yields | Out-Null
        # Written here: two invented sides; the northern minister says the south had the grid references, then that the north
        # was never told of the operation.
        Set-Content -LiteralPath (Join-Path $Yields 'story.txt') -Encoding UTF8 -Value @"
Shelling at Kestrel Pass

Anna Berg, the Northern interior minister, said the Southern Guard had been given the grid references of both posts.

Omar Diaz's force attacked anyway, Berg said in a second statement, adding that Northland was never told of the operation.
"@
        $script:YieldManifest = @'
parties:
  - name: Northland
    aliases: [Northland, Northern]
    people: [Anna Berg]
  - name: Southland
    aliases: [Southland, Southern]
    organisations: [Southern Guard]
questions:
  - id: liaison
    text: Did the liaison fail?
    positions:
      - label: Liaison failed
        cues: [never told]
      - label: Liaison worked
        cues:
          - {{text: "{{Southland}} had been given the grid references", party: Northland, yields: {0}}}
'@
    }
    AfterAll { Remove-Item -LiteralPath $Yields -Recurse -Force -ErrorAction SilentlyContinue }

    It 'drops the yielding position where the same party says the other, and keeps it without the key' {
        Set-Content -LiteralPath (Join-Path $Yields 'corpus.yaml') -Encoding UTF8 -Value ($YieldManifest -f 'true')
        Test-IncidentManifest $Yields -Quiet | Should -BeTrue
        $positions = @(Get-IncidentClaim -Path $Yields | Where-Object { $_.Party -eq 'Northland' -and $_.Position } | ForEach-Object Position)
        $positions | Should -Be @('Liaison failed')
        Set-Content -LiteralPath (Join-Path $Yields 'corpus.yaml') -Encoding UTF8 -Value ($YieldManifest -f 'false')
        $positions = @(Get-IncidentClaim -Path $Yields | Where-Object { $_.Party -eq 'Northland' -and $_.Position } | ForEach-Object Position | Sort-Object)
        $positions | Should -Be @('Liaison failed', 'Liaison worked')
    }

    It 'is checked: a value that is not true or false is an issue with its key' {
        Set-Content -LiteralPath (Join-Path $Yields 'corpus.yaml') -Encoding UTF8 -Value ($YieldManifest -f 'maybe')
        $issue = @(Test-IncidentManifest $Yields)
        $issue.Count | Should -Be 1
        $issue[0].Code | Should -Be 'NotTrueOrFalse'
        $issue[0].Key | Should -Be 'yields'
    }
}

Describe 'reading a corpus with that manifest' {
    It 'warns with file, line and column, and still applies what it can' {
        $warnings = $null
        $docs = Get-IncidentDocument -Path $Folder -WarningVariable warnings -WarningAction SilentlyContinue
        @($docs).Count | Should -Be 4
        ($docs | Where-Object Id -eq '001_db9e4f1535431807').Metadata['publised'] | Should -Be '2011-12-22'
        $warnings.Count | Should -Be 7
        $warnings[1].Message | Should -BeLike "*corpus.yaml(3,1): Unknown key 'question'*did you mean 'questions'*"
    }

    It 'never reads corpus.yaml as an article when Get-ChildItem sends the files one by one' {
        $docs = Get-ChildItem $Folder -File | Get-IncidentDocument -WarningAction SilentlyContinue
        $docs.Id | Should -Not -Contain 'corpus'
        @($docs).Count | Should -Be 4
        ($docs | Where-Object Id -eq '001_db9e4f1535431807').Outlet | Should -Be 'CNN'
        $quotes = Get-ChildItem $Folder -File | Get-IncidentQuote -WarningAction SilentlyContinue
        $quotes.Speaker | Should -Not -Contain '# officials'
        $quotes.DocumentId | Should -Not -Contain 'corpus'
    }

    It 'says with -Verbose what is read from where and why the manifest is skipped' {
        $verbose = Get-ChildItem $Folder -File | Get-IncidentDocument -Verbose -WarningAction SilentlyContinue 4>&1 |
            Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message
        $verbose | Should -Contain "Read the manifest '$(Join-Path $Folder 'corpus.yaml')': 2 documents entries, 2 parties, 1 questions."
        ($verbose -like "Skipping '*corpus.yaml': it is the folder's manifest, not an article*") | Should -Not -BeNullOrEmpty
        ($verbose -like "Read '*001_db9e4f1535431807.txt' as '001_db9e4f1535431807' (utf-8, * paragraphs, with its manifest entry).") | Should -Not -BeNullOrEmpty
        $folderVerbose = Get-IncidentDocument -Path $Folder -Verbose -WarningAction SilentlyContinue 4>&1 |
            Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message
        $folderVerbose | Should -Contain "Reading the folder '$Folder': 4 article files (*.txt)."
    }
}

Describe 'progress' {
    It 'is written on a run over many files, and completed at the end' {
        $many = Join-Path $Folder 'many'
        New-Item -ItemType Directory -Path $many -Force | Out-Null
        $source = Get-ChildItem (Join-Path $Seeds '*.txt')
        for ($i = 0; $i -lt 24; $i++) { Copy-Item $source[$i % 4].FullName (Join-Path $many ('{0:d3}.txt' -f $i)) }
        $ps = [powershell]::Create()
        try {
            $null = $ps.AddScript("Import-Module '$StagedManifest'; Get-IncidentDocument -Path '$many' | Out-Null")
            $null = $ps.Invoke()
            $records = @($ps.Streams.Progress | Where-Object Activity -eq 'Reading articles')
            $records.Count | Should -BeGreaterThan 0
            $records[-1].RecordType | Should -Be 'Completed'
            $records[-1].StatusDescription | Should -BeLike '24 of 24:*'
            $ps.Streams.Error.Count | Should -Be 0
        } finally { $ps.Dispose() }
    }

    It 'is not written for a handful of files' {
        $ps = [powershell]::Create()
        try {
            $null = $ps.AddScript("Import-Module '$StagedManifest'; Get-IncidentDocument | Out-Null")
            $null = $ps.Invoke()
            @($ps.Streams.Progress | Where-Object Activity -eq 'Reading articles').Count | Should -Be 0
        } finally { $ps.Dispose() }
    }
}
