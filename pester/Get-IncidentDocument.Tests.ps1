#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
}

AfterAll {
    Remove-Module IncidentTools -ErrorAction SilentlyContinue
}

Describe 'Get-IncidentDocument' {
    Context 'the bundled corpus' {
        It 'reads the four seed articles by default' {
            $docs = @(Get-IncidentDocument)
            $docs.Count | Should -Be 4
            $docs | ForEach-Object { $_ | Should -BeOfType ([IncidentTools.IncidentDocument]) }
        }

        It 'gives each document its headline, outlet and clean paragraphs' {
            $doc = Get-IncidentDocument -Id '003*'
            $doc.Title | Should -Be 'U.S. and Pakistani generals meet for first time since fatal airstrikes'
            $doc.Outlet | Should -Be 'CNN'
            $doc.Byline | Should -Be 'Nasir Habib'
            $doc.Dateline | Should -Be 'Islamabad, Pakistan'
            $doc.Highlights.Count | Should -Be 4
            $doc.Paragraphs.Count | Should -Be 12
            $doc.Text | Should -Not -Match 'Skip to main content|Star Wars|Part of complete coverage'
        }

        It 'puts the two versions of one story under one StoryId' {
            $groups = @(Get-IncidentDocument | Group-Object StoryId)
            $groups.Count | Should -Be 3
            ($groups | Where-Object Count -eq 2).Group.Id | Sort-Object | Should -Be @('000_185dc9500ac5e222', '001_db9e4f1535431807')
        }
    }

    Context 'selecting documents' {
        It 'filters -Id with wildcards: <Pattern>' -TestCases @(
            @{ Pattern = '00[01]*'; Count = 2 }
            @{ Pattern = '002_9d491cc3f2087719'; Count = 1 }
            @{ Pattern = '*'; Count = 4 }
            @{ Pattern = 'nothing*'; Count = 0 }
        ) {
            param($Pattern, $Count)
            @(Get-IncidentDocument -Id $Pattern).Count | Should -Be $Count
        }

        It 'filters -Outlet and -Title with wildcards' {
            @(Get-IncidentDocument -Outlet CNN).Count | Should -Be 3
            @(Get-IncidentDocument -Outlet '*Post').Count | Should -Be 1
            @(Get-IncidentDocument -Title '*generals*').Count | Should -Be 1
        }

        It 'filters on the publication date with -Since and -Until' {
            @(Get-IncidentDocument -Since '2012-01-01').Id | Should -Be '003_836360249aedd913'
            @(Get-IncidentDocument -Until '2011-12-22').Count | Should -Be 3
        }

        It 'reads -Path with wildcards' {
            @(Get-IncidentDocument -Path (Join-Path $Seeds '00[23]*.txt')).Count | Should -Be 2
        }

        It 'reads -LiteralPath' {
            @(Get-IncidentDocument -LiteralPath (Join-Path $Seeds '002_9d491cc3f2087719.txt')).Count | Should -Be 1
        }

        It 'takes files from Get-ChildItem by property name (PSPath)' {
            @(Get-ChildItem -LiteralPath $Seeds -Filter '*.txt' | Get-IncidentDocument).Count | Should -Be 4
        }

        It 'completes -Id from the corpus' {
            $line = 'Get-IncidentDocument -Id 00'
            $result = TabExpansion2 -inputScript $line -cursorColumn $line.Length
            @($result.CompletionMatches).Count | Should -Be 4
            $result.CompletionMatches[0].CompletionText | Should -BeLike '00*'
        }
    }

    Context 'output for the pipeline' {
        It 'writes CSV cells without type names' {
            $csv = Get-IncidentDocument | ConvertTo-Csv -NoTypeInformation
            $rows = @($csv | ConvertFrom-Csv)
            $rows.Count | Should -Be 4
            foreach ($row in $rows) {
                foreach ($property in $row.PSObject.Properties) {
                    $property.Value | Should -Not -Match '^(System|IncidentTools)\.[\w.`\[\]]+$' -Because "$($property.Name) must show its value"
                }
            }
            ($rows | Where-Object Id -like '000*').Contributors | Should -Be 'Chelsea J. Carter; Wajahat S. Khan'
        }

        It 'Export-Csv writes a file that reads back' {
            $file = Join-Path $TestDrive 'documents.csv'
            Get-IncidentDocument | Export-Csv -LiteralPath $file -NoTypeInformation
            $back = @(Import-Csv -LiteralPath $file)
            $back.Count | Should -Be 4
            ($back | Where-Object Id -like '003*').Byline | Should -Be 'Nasir Habib'
        }

        It 'keeps lists as JSON arrays' {
            $json = Get-IncidentDocument -Id '000*' | ConvertTo-Json -WarningAction SilentlyContinue | ConvertFrom-Json
            $json.Contributors.Count | Should -Be 2
            $json.Contributors[1] | Should -Be 'Wajahat S. Khan'
            $json.Highlights.Count | Should -Be 4
            $json.Paragraphs[0].Number | Should -Be 1
        }

        It 'shows the default table columns' {
            $text = Get-IncidentDocument | Format-Table | Out-String -Width 200
            $text | Should -Match 'Id\s+Outlet\s+Published\s+Title'
        }
    }

    Context 'errors' {
        It 'reports a missing path as a non-terminating PathNotFound error and reads the rest' {
            $missing = Join-Path $Seeds 'no-such-article.txt'
            $docs = @(Get-IncidentDocument -Path $missing, (Join-Path $Seeds '002_9d491cc3f2087719.txt') -ErrorVariable errs -ErrorAction SilentlyContinue)
            $docs.Count | Should -Be 1
            $errs.Count | Should -Be 1
            $errs[0].FullyQualifiedErrorId | Should -Be 'PathNotFound,IncidentTools.Commands.GetIncidentDocumentCommand'
            $errs[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $errs[0].TargetObject | Should -Be $missing
            $errs[0].Exception | Should -BeOfType ([System.Management.Automation.ItemNotFoundException])
        }

        It 'reports a missing -LiteralPath the same way' {
            $missing = Join-Path $TestDrive 'gone[1].txt'
            Get-IncidentDocument -LiteralPath $missing -ErrorVariable errs -ErrorAction SilentlyContinue
            $errs[0].FullyQualifiedErrorId | Should -Be 'PathNotFound,IncidentTools.Commands.GetIncidentDocumentCommand'
        }

        It 'reports a binary file as InvalidData and reads the rest' {
            $folder = Join-Path $TestDrive 'binary'
            New-Item -ItemType Directory -Path $folder | Out-Null
            [System.IO.File]::WriteAllBytes((Join-Path $folder 'picture.txt'), [byte[]](0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 0, 1, 2, 3))
            Copy-Item -LiteralPath (Join-Path $Seeds '002_9d491cc3f2087719.txt') -Destination $folder
            $docs = @(Get-IncidentDocument -Path $folder -ErrorVariable errs -ErrorAction SilentlyContinue)
            $docs.Count | Should -Be 1
            $errs.Count | Should -Be 1
            $errs[0].FullyQualifiedErrorId | Should -Be 'FileNotText,IncidentTools.Commands.GetIncidentDocumentCommand'
            $errs[0].CategoryInfo.Category | Should -Be 'InvalidData'
            $errs[0].TargetObject | Should -BeLike '*picture.txt'
        }

        It 'reports a manifest that does not parse with its file, line and column, and reads the articles' {
            $folder = Join-Path $TestDrive 'badmanifest'
            New-Item -ItemType Directory -Path $folder | Out-Null
            Set-Content -LiteralPath (Join-Path $folder 'corpus.yaml') -Value "parties:`n  - name: A`n    aliases: [x, y`n  - name: B" -Encoding utf8
            Copy-Item -LiteralPath (Join-Path $Seeds '002_9d491cc3f2087719.txt') -Destination $folder
            $docs = @(Get-IncidentDocument -Path $folder -ErrorVariable errs -ErrorAction SilentlyContinue)
            $docs.Count | Should -Be 1
            $errs.Count | Should -Be 1
            $errs[0].FullyQualifiedErrorId | Should -Be 'ManifestInvalid,IncidentTools.Commands.GetIncidentDocumentCommand'
            $errs[0].CategoryInfo.Category | Should -Be 'InvalidData'
            $errs[0].Exception.Message | Should -Match 'corpus\.yaml\(\d+,\d+\)'
        }

        It 'warns about a folder with no articles' {
            $folder = Join-Path $TestDrive 'empty'
            New-Item -ItemType Directory -Path $folder | Out-Null
            $docs = @(Get-IncidentDocument -Path $folder -WarningVariable warnings -WarningAction SilentlyContinue)
            $docs.Count | Should -Be 0
            $warnings.Count | Should -Be 1
            $warnings[0].Message | Should -Match 'no article files'
        }

        It 'names the subfolders it does not read, and the command it gives reads them' {
            $root = Join-Path $TestDrive 'crawl'
            foreach ($outlet in 'wire', 'daily') {
                New-Item -ItemType Directory -Path (Join-Path $root $outlet) -Force | Out-Null
                Set-Content -LiteralPath (Join-Path $root "$outlet/$outlet-1.txt") -Value "Harbour reopens`n`nThe harbour master said ships will dock again." -Encoding utf8
            }
            $docs = @(Get-IncidentDocument -Path $root -WarningVariable warnings -WarningAction SilentlyContinue)
            $docs.Count | Should -Be 0
            $warnings.Count | Should -Be 1
            $warnings[0].Message | Should -Match "not reading the 2 subfolders of '.*crawl' \(daily, wire\)"
            $command = [regex]::Match($warnings[0].Message, 'pipe (Get-ChildItem .*) to this command').Groups[1].Value
            $read = @(Invoke-Expression $command | Get-IncidentDocument)
            $read.Id | Sort-Object | Should -Be @('daily-1', 'wire-1')

            # Beside articles of its own, -Verbose says which subfolders are left.
            Set-Content -LiteralPath (Join-Path $root 'top.txt') -Value "Harbour reopens`n`nShips will dock again." -Encoding utf8
            $verbose = Get-IncidentDocument -Path $root -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message
            ($verbose -like "Not reading the 2 subfolders of '*crawl' (daily, wire): *") | Should -Not -BeNullOrEmpty
        }

        It 'warns when a file is not UTF-8 and reads it as Windows-1252' {
            $folder = Join-Path $TestDrive 'cp1252'
            New-Item -ItemType Directory -Path $folder | Out-Null
            $bytes = [byte[]]@([System.Text.Encoding]::ASCII.GetBytes("Harbour reopens`n`n") + [byte]0x93 + [System.Text.Encoding]::ASCII.GetBytes('We are glad,') + [byte]0x94 + [System.Text.Encoding]::ASCII.GetBytes(" the caf") + [byte]0xE9 + [System.Text.Encoding]::ASCII.GetBytes(" owner said.`n"))
            [System.IO.File]::WriteAllBytes((Join-Path $folder 'a.txt'), $bytes)
            $doc = Get-IncidentDocument -Path $folder -WarningVariable warnings -WarningAction SilentlyContinue
            $warnings.Count | Should -Be 1
            $doc.DecodedWithFallback | Should -BeTrue
            $doc.Paragraphs[0].Text | Should -Be ([string][char]0x201C + 'We are glad,' + [char]0x201D + ' the caf' + [char]0xE9 + ' owner said.')
        }
    }
}
