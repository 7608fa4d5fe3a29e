#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }
# Tab completion through TabExpansion2, as a user presses Tab: paths resolved as the cmdlets resolve
# them (the PowerShell location, ~, wildcards, an earlier command of the pipeline), and a cache that
# answers a Tab on 1,500 files after the first without reading any file again. How long a Tab takes is
# printed, not asserted: speed is the benchmark's to measure, not a test's on a shared machine.

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')

    function Get-Completion([string] $Line) {
        (TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches.CompletionText
    }

    $script:Root = Join-Path ([System.IO.Path]::GetTempPath()) ('it-complete-' + [guid]::NewGuid().ToString('N'))
    $script:Articles = Join-Path $Root 'articles'
    New-Item -ItemType Directory -Path $Articles -Force | Out-Null
    # A corpus of its own, so that its values differ from the bundled corpus.
    Set-Content -LiteralPath (Join-Path $Articles 'gazette-1.txt') -Encoding UTF8 -Value ('Bridge closed' + "`n`n" + '“We will reopen it soon,” said Anna Berg, the mayor.')
    Set-Content -LiteralPath (Join-Path $Articles 'gazette-2.txt') -Encoding UTF8 -Value ('Bridge study' + "`n`n" + '“The piers are cracked,” said Sara Kent, an engineer.')
    Set-Content -LiteralPath (Join-Path $Articles 'corpus.yaml') -Encoding UTF8 -Value "documents:`n  - file: gazette-1.txt`n    outlet: Town Gazette`nparties:`n  - name: Town`n    people: [Anna Berg]`n  - name: Engineers`n    people: [Sara Kent]`nquestions:`n  - id: cracks`n    positions:`n      - label: Cracked`n        cues: [piers are cracked]`n"
    $script:Provider = Get-PSProvider FileSystem
    $script:OldHome = $Provider.Home
}

AfterAll {
    if ($Provider) { $Provider.Home = $OldHome }
    Remove-Item -LiteralPath $Root -Recurse -Force -ErrorAction SilentlyContinue
    Remove-Module IncidentTools -ErrorAction SilentlyContinue
}

Describe 'paths in completion' {
    It 'resolves a relative -Path against the PowerShell location' {
        Push-Location $Root
        try {
            Get-Completion 'Get-IncidentQuote -Path articles -Speaker ' | Should -Be @("'Anna Berg'", "'Sara Kent'")
            Get-Completion 'Get-IncidentQuote -Path ./articles -Party ' | Should -Be @('Engineers', 'Town')
        } finally { Pop-Location }
    }

    It 'resolves ~' {
        $Provider.Home = $Root
        try {
            Get-Completion 'Get-IncidentDocument -Path ~/articles -Id ' | Should -Be @('gazette-1', 'gazette-2')
            Get-Completion 'Get-IncidentDocument -Path ~/articles -Outlet T' | Should -Be "'Town Gazette'"
        } finally { $Provider.Home = $OldHome }
    }

    It 'resolves wildcards and -LiteralPath' {
        Get-Completion "Get-IncidentDocument -Path '$Articles/gazette-*.txt' -Id " | Should -Be @('gazette-1', 'gazette-2')
        Get-Completion "Get-IncidentDocument -LiteralPath '$Articles/gazette-2.txt' -Id " | Should -Be 'gazette-2'
        Get-Completion "Get-IncidentClaim -Path '$Root/art*' -Question " | Should -Be 'cracks'
        Get-Completion "Get-IncidentClaim -Path '$Root/art*' -Position " | Should -Be 'Cracked'
    }

    It 'takes the path of an earlier command in the pipeline' {
        Get-Completion "Get-IncidentDocument -Path '$Articles' | Get-IncidentQuote -Speaker S" | Should -Be "'Sara Kent'"
        Get-Completion "Get-ChildItem '$Articles' | Get-IncidentQuote -Party T" | Should -Be 'Town'
    }

    It 'offers the bundled corpus without a path' {
        Get-Completion 'Compare-IncidentAccount -ReferenceParty Pak' | Should -Be 'Pakistan'
        Get-Completion 'Compare-IncidentAccount -ReferenceDocument 001' | Should -Be '001_db9e4f1535431807'
    }

    It 'offers only the positions of the questions -Question names' {
        Get-Completion 'Get-IncidentClaim -Question first-fire -Position ' | Should -Be @("'Pakistani side fired first'", "'U.S. side fired first'")
        Get-Completion 'Get-IncidentClaim -Question find*, coordination -Position ' | Should -Be @("'Coordination failed'", "'Coordination worked'", "'Findings are accurate'", "'Findings are wrong'")
        (Get-Completion 'Get-IncidentClaim -Position ').Count | Should -Be 8
    }

    It 'offers nothing for a path that does not exist' {
        Get-Completion "Get-IncidentDocument -Path '$Root/nowhere' -Id " | Should -BeNullOrEmpty
    }
}

Describe 'speakers in completion' {
    BeforeAll {
        $script:Reported = Join-Path $Root 'reported'
        New-Item -ItemType Directory -Path $Reported -Force | Out-Null
        Set-Content -LiteralPath (Join-Path $Reported 'council.txt') -Encoding UTF8 -Value ('Budget vote' + "`n`n" + '“The budget is balanced,” said Omar Hale, the treasurer.' + "`n`n" + 'The vote was unlawful, councillor Rita Moss said on Monday.')
        $script:Cache = [IncidentTools.IncidentCorpus].Assembly.GetType('IncidentTools.Commands.CompletionCache', $true)
    }

    It 'offers quoted speakers for Get-IncidentQuote and reported ones too for Get-IncidentClaim' {
        Get-Completion "Get-IncidentQuote -Path '$Reported' -Speaker " | Should -Be "'Omar Hale'"
        Get-Completion "Get-IncidentClaim -Path '$Reported' -Speaker " | Should -Be @("'Omar Hale'", "'Rita Moss'")
    }

    It 'reads nothing for a Tab after a command has read the folder' {
        Set-Content -LiteralPath (Join-Path $Reported 'harbour.txt') -Encoding UTF8 -Value ('Harbour works' + "`n`n" + '“The quay will open in May,” said Lena Berg, the harbour master.')
        $found = $Cache.GetProperty('SpeakersFound', [System.Reflection.BindingFlags]'Static, NonPublic')
        $null = Get-IncidentQuote -Path $Reported
        $null = Get-IncidentClaim -Path $Reported
        $before = $found.GetValue($null)
        Get-Completion "Get-IncidentQuote -Path '$Reported' -Speaker L" | Should -Be "'Lena Berg'"
        Get-Completion "Get-IncidentClaim -Path '$Reported' -Speaker " | Should -Be @("'Lena Berg'", "'Omar Hale'", "'Rita Moss'")
        $found.GetValue($null) | Should -Be $before
    }
}

Describe 'completion on 1,500 files' {
    BeforeAll {
        $script:Big = Join-Path $Root 'big'
        New-Item -ItemType Directory -Path $Big -Force | Out-Null
        $seedFiles = @(Get-ChildItem (Join-Path $Seeds '*.txt'))
        for ($i = 0; $i -lt 1500; $i++) {
            $source = $seedFiles[$i % $seedFiles.Count]
            [System.IO.File]::Copy($source.FullName, (Join-Path $Big ('{0:d4}_{1}' -f $i, $source.Name)))
        }
        Copy-Item (Join-Path $Seeds 'corpus.yaml') $Big
    }

    It 'answers a Tab for <Name> after the first without reading a file again' -ForEach @(
        @{ Name = '-Speaker'; Line = 'Get-IncidentQuote -Path {0} -Speaker Mark'; Expected = "'Mark Toner'" }
        @{ Name = '-Id'; Line = 'Get-IncidentDocument -Path {0} -Id 1499'; Expected = '1499_003_836360249aedd913' }
        @{ Name = '-Outlet'; Line = 'Get-IncidentDocument -Path {0} -Outlet CN'; Expected = 'CNN' }
    ) {
        $line = $Line -f "'$Big'"
        $cache = [IncidentTools.IncidentCorpus].Assembly.GetType('IncidentTools.Commands.CompletionCache', $true)
        $parsed = $cache.GetProperty('FilesParsed', [System.Reflection.BindingFlags]'Static, NonPublic')
        $first = [System.Diagnostics.Stopwatch]::StartNew()
        Get-Completion $line | Should -Be $Expected
        $first.Stop()
        $parsedBefore = $parsed.GetValue($null)
        $times = foreach ($i in 1..5) {
            $sw = [System.Diagnostics.Stopwatch]::StartNew()
            $result = Get-Completion $line
            $sw.Stop()
            $result | Should -Be $Expected
            $sw.Elapsed.TotalMilliseconds
        }
        $median = ($times | Sort-Object)[2]
        Write-Host ('    {0} on 1,500 files: first Tab {1:n0} ms, then {2} ms (median {3:n0} ms)' -f $Name, $first.Elapsed.TotalMilliseconds, (($times | ForEach-Object { '{0:n0}' -f $_ }) -join ', '), $median)
        $parsed.GetValue($null) | Should -Be $parsedBefore
    }

    It 'sees a file that changed' {
        $line = "Get-IncidentQuote -Path '$Big' -Speaker Zed"
        Get-Completion $line | Should -BeNullOrEmpty
        $file = Join-Path $Big '0000_000_185dc9500ac5e222.txt'
        Add-Content -LiteralPath $file -Value ("`n" + '“We saw nothing,” said Zed Kowalski, a farmer.') -Encoding UTF8
        (Get-Item $file).LastWriteTimeUtc = [datetime]::UtcNow.AddMinutes(1)
        Get-Completion $line | Should -Be "'Zed Kowalski'"
    }
}

Describe 'rule names in completion' {
    It 'completes -Rule of <Command> with the attribution stage''s rule names' -ForEach @(
        @{ Command = 'Get-IncidentQuote' }
        @{ Command = 'Get-IncidentClaim' }
    ) {
        Get-Completion "$Command -Rule QuoteThen" | Should -Be @('QuoteThenCue', 'QuoteThenDash', 'QuoteThenParenthesis', 'QuoteThenDescription')
        Get-Completion "$Command -Rule Owned" | Should -Contain 'OwnedStatement'
        $all = Get-Completion "$Command -Rule "
        $all | Should -Contain 'CueThenContent'
        $all | Should -Contain 'FragmentOfSubject'
    }
}

Describe 'names that hold wildcard characters' {
    BeforeAll {
        $script:Odd = Join-Path $Root 'odd'
        New-Item -ItemType Directory -Path $Odd -Force | Out-Null
        Set-Content -LiteralPath (Join-Path $Odd 'story [a].txt') -Encoding UTF8 -Value ('Bridge closed' + "`n`n" + '“We will reopen it soon,” said Anna Berg, the mayor.')
        Set-Content -LiteralPath (Join-Path $Odd 'story b.txt') -Encoding UTF8 -Value ('Bridge closed again' + "`n`n" + '“We will reopen it later,” said Anna Berg, the mayor.')
    }

    It 'completes an id escaped, and the completed line finds it' {
        $line = "Get-IncidentDocument -Path '$Odd' -Id story"
        $completed = Get-Completion $line
        $completed | Should -Be @("'story b'", "'story ``[a``]'")
        (Invoke-Expression "Get-IncidentDocument -Path '$Odd' -Id $($completed[1])").Id | Should -Be 'story [a]'
        Get-Completion "Compare-IncidentAccount -Path '$Odd' -ReferenceDocument story" | Should -Be @("'story b'", "'story ``[a``]'")
    }

    It 'finds an id typed whole in every cmdlet' {
        (Get-IncidentDocument -Path $Odd -Id 'story [a]').Id | Should -Be 'story [a]'
        (Get-IncidentQuote -Path $Odd -Id 'story [a]').DocumentId | Should -Be 'story [a]'
        $rows = @(Compare-IncidentAccount -Path $Odd -ReferenceDocument 'story [a]' -DifferenceDocument 'story b')
        $rows.Count | Should -BeGreaterThan 0
    }

    It 'writes UnknownDocument for an id with a [ that opens no set' {
        $out = @(Get-IncidentDocument -Path $Odd -Id 'story [a' -ErrorVariable errors -ErrorAction SilentlyContinue)
        $out.Count | Should -Be 0
        $errors.Count | Should -Be 1
        $errors[0].FullyQualifiedErrorId | Should -Be 'UnknownDocument,IncidentTools.Commands.GetIncidentDocumentCommand'
        $errors[0].Exception.Message | Should -Match ([regex]::Escape("Did you mean 'story [a]'?"))
    }
}
