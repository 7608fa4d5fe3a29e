#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:AllQuotes = @(Get-IncidentQuote)
}

AfterAll {
    Remove-Module IncidentTools -ErrorAction SilentlyContinue
}

Describe 'Get-IncidentQuote' {
    Context 'the bundled corpus' {
        It 'finds the attributed quotes of all four articles' {
            $AllQuotes.Count | Should -BeGreaterThan 30
            $AllQuotes | ForEach-Object { $_ | Should -BeOfType ([IncidentTools.IncidentQuote]) }
            ($AllQuotes | Group-Object DocumentId).Count | Should -Be 4
            $AllQuotes | Where-Object { -not $_.Speaker -and -not $_.SpeakerMention } | Should -BeNullOrEmpty
        }

        It 'points Start and Length at the quoted words in the file' {
            foreach ($q in $AllQuotes) {
                $raw = Get-Content -LiteralPath $q.Path -Raw
                $raw.Substring($q.Start, $q.Length) | Should -BeExactly $q.Text
                if ($null -ne $q.SpeakerStart) {
                    $raw.Substring($q.SpeakerStart, $q.SpeakerLength) | Should -BeExactly $q.SpeakerMention
                }
                ($raw -split "`r`n|`n|`r")[$q.Line - 1] | Should -Match ([regex]::Escape($q.Text.Substring(0, [Math]::Min(20, $q.Text.Length))))
            }
        }

        It 'resolves a surname to the full name: <Text>' -TestCases @(
            @{ Text = '*expressed our deep regret for the loss of life*'; Speaker = 'Mark Toner'; Party = 'United States' }
            @{ Text = 'Our Afghan brothers*'; Speaker = 'Zafar Baig'; Party = 'Pakistan' }
            @{ Text = 'It is not publicly known*'; Speaker = 'Ryan Mauro'; Party = 'Independent' }
        ) {
            param($Text, $Speaker, $Party)
            $q = @($AllQuotes | Where-Object Text -like $Text)[0]
            $q | Should -Not -BeNullOrEmpty
            $q.Speaker | Should -Match $Speaker
            $q.Party | Should -Be $Party
        }

        It 'never attributes the teaser titles of seed 003' {
            $all = @(Get-IncidentQuote -Id '003*' -IncludeUnattributed)
            foreach ($title in 'Star Wars', 'We are the World', 'two finger') {
                $all | Where-Object { $_.Text -like "*$title*" -and $_.Speaker } | Should -BeNullOrEmpty
            }
        }
    }

    Context 'filters and pipeline input' {
        It 'takes documents from Get-IncidentDocument' {
            $fromDocs = @(Get-IncidentDocument -Id '002*' | Get-IncidentQuote)
            $fromDocs.Count | Should -BeGreaterThan 5
            $fromDocs.DocumentId | Sort-Object -Unique | Should -Be '002_9d491cc3f2087719'
        }

        It 'takes files from Get-ChildItem' {
            @(Get-ChildItem -LiteralPath $Seeds -Filter '003*.txt' | Get-IncidentQuote).Count | Should -BeGreaterThan 3
        }

        It 'filters by -Party, -Speaker, -Kind and -Pattern' {
            $pakistan = @(Get-IncidentQuote -Party Pakistan)
            $pakistan.Count | Should -BeGreaterThan 5
            $pakistan.Party | Sort-Object -Unique | Should -Be 'Pakistan'
            @(Get-IncidentQuote -Speaker '*Toner*').Speaker | Sort-Object -Unique | Should -Match 'Toner'
            @(Get-IncidentQuote -Kind Partial).Kind | Sort-Object -Unique | Should -Be 'Partial'
            @(Get-IncidentQuote -Pattern 'fired first').Count | Should -BeGreaterThan 0
        }

        It '-IncludeUnattributed adds the quotations nobody spoke' {
            $withAll = @(Get-IncidentQuote -IncludeUnattributed)
            $withAll.Count | Should -BeGreaterThan $AllQuotes.Count
            @($withAll | Where-Object { -not $_.Speaker }).Count | Should -BeGreaterThan 0
        }

        It 'keeps a quotation whose speaker is written but names no one it can tell, with no name guessed' {
            $folder = Join-Path $TestDrive 'pier'
            New-Item -ItemType Directory -Path $folder | Out-Null
            $text = @('Crowds greet the last ferry'
                      'The crowd at the pier cheered for a long time.'
                      '“This is our boat,” he said.'
                      'A banner over the gangway carried the words “Last Crossing” in red.') -join "`n`n"
            Set-Content -LiteralPath (Join-Path $folder 'pier.txt') -Value $text -Encoding utf8
            $quotes = @(Get-IncidentQuote -Path $folder)
            $boat = @($quotes | Where-Object Text -like 'This is our boat*')
            $boat.Count | Should -Be 1
            $boat[0].Speaker | Should -BeNullOrEmpty
            $boat[0].SpeakerMention | Should -Be 'he'
            $quotes | Where-Object Text -like 'Last Crossing*' | Should -BeNullOrEmpty
            # the .NET API gives the same quotes: a written source that names no one is attributed there too
            $api = [IncidentTools.IncidentCorpus]::Load($folder).Quotes
            @($api | ForEach-Object Text) | Should -Be @($quotes | ForEach-Object Text)
        }

        It 'gives the same quotes as the .NET API on the bundled corpus' {
            $api = [IncidentTools.IncidentCorpus]::LoadDefault().Quotes
            @($api | ForEach-Object { "$($_.DocumentId) $($_.Start)" }) | Should -Be @($AllQuotes | ForEach-Object { "$($_.DocumentId) $($_.Start)" })
        }

        It 'stops with InvalidPattern on a regular expression that does not parse' {
            { Get-IncidentQuote -Pattern '([unclosed' -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidPattern,IncidentTools.Commands.GetIncidentQuoteCommand'
        }

        It 'completes -Party from the manifest' {
            $line = 'Get-IncidentQuote -Party Pak'
            $result = TabExpansion2 -inputScript $line -cursorColumn $line.Length
            $result.CompletionMatches.CompletionText | Should -Be 'Pakistan'
        }
    }

    Context 'output for the pipeline' {
        It 'exports one readable CSV row per Pakistani quote' {
            $file = Join-Path $TestDrive 'pakistan.csv'
            Get-IncidentQuote | Where-Object Party -eq Pakistan | Export-Csv -LiteralPath $file -NoTypeInformation
            $rows = @(Import-Csv -LiteralPath $file)
            $rows.Count | Should -Be @($AllQuotes | Where-Object Party -eq Pakistan).Count
            foreach ($row in $rows) {
                $row.Text | Should -Not -BeNullOrEmpty
                $row.Speaker | Should -Not -BeNullOrEmpty
                $row.Party | Should -Be 'Pakistan'
                foreach ($property in $row.PSObject.Properties) {
                    $property.Value | Should -Not -Match '^(System|IncidentTools)\.[\w.`\[\]]+$'
                }
            }
        }

        It 'prints as “text” — speaker' {
            $q = @($AllQuotes | Where-Object Speaker)[0]
            "$q" | Should -BeExactly ('“' + $q.Text + '” — ' + $q.Speaker)
        }

        It 'names the rule that decided each quote, and the document it joins on' {
            foreach ($q in $AllQuotes) {
                $q.Rule | Should -BeIn ([IncidentTools.AttributionFinder]::RuleNames)
                $q.StoryId | Should -Not -BeNullOrEmpty
            }
            $doc = Get-IncidentDocument -Id $AllQuotes[0].DocumentId
            $AllQuotes[0].Title | Should -Be $doc.Title
            $AllQuotes[0].Outlet | Should -Be $doc.Outlet
            $AllQuotes[0].Published | Should -Be $doc.Published
        }

        It 'filters by rule with wildcards and completes rule names' {
            $byRule = @(Get-IncidentQuote -Rule QuoteThen*)
            $byRule.Count | Should -BeGreaterThan 0
            $byRule | ForEach-Object { $_.Rule | Should -BeLike 'QuoteThen*' }
            @(Get-IncidentQuote -Rule NoSuchRule -ErrorAction SilentlyContinue).Count | Should -Be 0
            $line = 'Get-IncidentQuote -Rule Continued'
            $completion = TabExpansion2 -inputScript $line -cursorColumn $line.Length
            $completion.CompletionMatches.CompletionText | Should -Contain 'ContinuedQuote'
        }

        It 'shows the default table columns' {
            $AllQuotes | Format-Table | Out-String -Width 200 | Should -Match 'Speaker\s+Party\s+Text'
        }
    }
}
