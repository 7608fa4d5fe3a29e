#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

# Hostile input through the cmdlets: each bad item is one error with its id, category and the
# file as TargetObject (or a warning), within a bound, and the good article beside it is still read.

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')

    $script:Good = (Get-Item (Join-Path $Seeds '002_9d491cc3f2087719.txt')).FullName

    function New-CaseFolder {
        $dir = Join-Path ([System.IO.Path]::GetTempPath()) ('incidenttools-pester-' + [guid]::NewGuid().ToString('N'))
        New-Item -ItemType Directory -Path $dir | Out-Null
        Copy-Item -LiteralPath $script:Good -Destination (Join-Path $dir 'good.txt')
        $dir
    }

    # Runs Get-IncidentDocument on a folder; returns the documents, the errors, the warnings and the time.
    function Invoke-Case([string] $Folder) {
        $sw = [System.Diagnostics.Stopwatch]::StartNew()
        $docs = @(Get-IncidentDocument -LiteralPath $Folder -ErrorVariable errs -WarningVariable warns -ErrorAction SilentlyContinue -WarningAction SilentlyContinue)
        [pscustomobject]@{ Documents = $docs; Errors = @($errs); Warnings = @($warns); Seconds = $sw.Elapsed.TotalSeconds }
    }
}

AfterAll {
    Get-ChildItem ([System.IO.Path]::GetTempPath()) -Filter 'incidenttools-pester-*' -Directory -ErrorAction SilentlyContinue |
        Remove-Item -Recurse -Force -ErrorAction SilentlyContinue
    Remove-Module IncidentTools -ErrorAction SilentlyContinue
}

Describe 'bad files' {
    It '<Name>: error <Id> (<Category>) on the file, the good article still read' -TestCases @(
        @{ Name = 'binary'; Id = 'FileNotText'; Category = 'InvalidData'; Make = { param($f) [System.IO.File]::WriteAllBytes($f, [byte[]](0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 0x49, 0x48)) } }
        @{ Name = 'a 50 MB file'; Id = 'FileTooLarge'; Category = 'LimitsExceeded'; Make = { param($f) $s = [System.IO.File]::Create($f); $s.SetLength(50MB); $s.Dispose() } }
        @{ Name = 'a symbolic link to itself'; Id = 'FileReadFailed'; Category = 'ReadError'; Make = { param($f) New-Item -ItemType SymbolicLink -Path $f -Target $f | Out-Null } }
        @{ Name = 'a UTF-16 BOM over invalid bytes'; Id = 'FileNotText'; Category = 'InvalidData'; Make = { param($f) [System.IO.File]::WriteAllBytes($f, [byte[]](0xFF, 0xFE, 0x41, 0, 0, 0xDC)) } }
    ) {
        param($Name, $Id, $Category, $Make)
        $folder = New-CaseFolder
        $bad = Join-Path $folder 'bad.txt'
        & $Make $bad
        $r = Invoke-Case $folder
        $r.Errors.Count | Should -Be 1
        $r.Errors[0].FullyQualifiedErrorId | Should -Be "$Id,IncidentTools.Commands.GetIncidentDocumentCommand"
        $r.Errors[0].CategoryInfo.Category | Should -Be $Category
        $r.Errors[0].TargetObject | Should -Be $bad
        $r.Documents.Id | Should -Be @('good')
        $r.Seconds | Should -BeLessThan 5
    }

    It '<Name>: a warning, and a document' -TestCases @(
        @{ Name = 'an empty file'; Bytes = [byte[]]@(); Pattern = 'holds no text' }
        @{ Name = 'a blank file'; Bytes = [byte[]](0x20, 0x0A, 0x09, 0x0D, 0x0A); Pattern = 'holds no text' }
        @{ Name = 'Windows-1252'; Bytes = [byte[]](0x48, 0x69, 0x0A, 0x0A, 0x93, 0x43, 0x61, 0x66, 0xE9, 0x94, 0x20, 0x68, 0x65, 0x20, 0x73, 0x61, 0x69, 0x64, 0x2E, 0x0A); Pattern = 'Windows-1252' }
    ) {
        param($Name, $Bytes, $Pattern)
        $folder = New-CaseFolder
        [System.IO.File]::WriteAllBytes((Join-Path $folder 'odd.txt'), $Bytes)
        $r = Invoke-Case $folder
        $r.Errors.Count | Should -Be 0
        $r.Warnings.Count | Should -Be 1
        $r.Warnings[0].Message | Should -Match $Pattern
        ($r.Documents.Id | Sort-Object) | Should -Be @('good', 'odd')
    }

    It 'a file without read permission: FileAccessDenied (PermissionDenied) where the platform enforces it' {
        if ($IsWindows) { Set-ItResult -Skipped -Because 'chmod is POSIX; xunit tests the path through an injected opener'; return }
        $folder = New-CaseFolder
        $locked = Join-Path $folder 'locked.txt'
        Set-Content -LiteralPath $locked -Value 'Locked'
        chmod 000 $locked
        $enforced = $true
        try { [System.IO.File]::ReadAllBytes($locked) | Out-Null; $enforced = $false } catch { }
        $r = Invoke-Case $folder
        if ($enforced) {
            $r.Errors.Count | Should -Be 1
            $r.Errors[0].FullyQualifiedErrorId | Should -Be 'FileAccessDenied,IncidentTools.Commands.GetIncidentDocumentCommand'
            $r.Errors[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
            $r.Errors[0].TargetObject | Should -Be $locked
        }
        else {
            # As root, mode 000 does not stop reading (xunit proves the error through an injected opener).
            $r.Errors.Count | Should -Be 0
            $r.Documents.Count | Should -Be 2
        }
    }

    It '10,000 unbalanced quotation marks: quotes within the file, in bounded time' {
        $folder = New-CaseFolder
        $text = 'Marks' + "`n`n" + ((1..10000 | ForEach-Object { if ($_ % 3) { [char]0x201C + 'word ' } else { '"he said ' } }) -join '') + "`n"
        Set-Content -LiteralPath (Join-Path $folder 'marks.txt') -Value $text -NoNewline
        $sw = [System.Diagnostics.Stopwatch]::StartNew()
        $quotes = @(Get-IncidentQuote -LiteralPath (Join-Path $folder 'marks.txt') -IncludeUnattributed)
        $sw.Elapsed.TotalSeconds | Should -BeLessThan 20
        $raw = Get-Content -Raw -LiteralPath (Join-Path $folder 'marks.txt')
        $wrong = @($quotes | Where-Object { $raw.Substring($_.Start, $_.Length) -cne $_.Text })
        $wrong.Count | Should -Be 0
    }
}

Describe 'bad manifests' {
    It '<Name>: ManifestLimitExceeded (LimitsExceeded) naming the file, the articles still read' -TestCases @(
        @{ Name = 'an alias bomb'; Yaml = ("a0: &a0 [x]`n" + (-join (1..9 | ForEach-Object { "a${_}: &a$_ [" + ((@('*a' + ($_ - 1))) * 10 -join ', ') + "]`n" }))) }
        @{ Name = 'deep nesting'; Yaml = ('deep: ' + ('[' * 10000) + (']' * 10000) + "`n") }
        @{ Name = 'a huge value'; Yaml = ('incident: {name: ' + ('x' * 100000) + "}`n") }
    ) {
        param($Name, $Yaml)
        $folder = New-CaseFolder
        $manifest = Join-Path $folder 'corpus.yaml'
        Set-Content -LiteralPath $manifest -Value $Yaml -NoNewline
        $r = Invoke-Case $folder
        $r.Errors.Count | Should -Be 1
        $r.Errors[0].FullyQualifiedErrorId | Should -Be 'ManifestLimitExceeded,IncidentTools.Commands.GetIncidentDocumentCommand'
        $r.Errors[0].CategoryInfo.Category | Should -Be 'LimitsExceeded'
        $r.Errors[0].TargetObject | Should -Be $manifest
        $r.Errors[0].Exception.Message | Should -BeLike "*$manifest(*"
        $r.Documents.Id | Should -Be @('good')
        $r.Seconds | Should -BeLessThan 5
    }

    It 'a documents entry outside the folder is refused with a warning and nothing outside is read' {
        $folder = New-CaseFolder
        Set-Content -LiteralPath (Join-Path $folder 'corpus.yaml') -Value "documents:`n  - file: ../../../../etc/passwd`n    outlet: Evil`n  - file: good.txt`n    outlet: Good`n"
        $r = Invoke-Case $folder
        $r.Errors.Count | Should -Be 0
        $r.Warnings.Count | Should -Be 1
        $r.Warnings[0].Message | Should -Match 'outside the corpus folder'
        $r.Documents.Outlet | Should -Be @('Good')
    }
}

Describe 'a catastrophic -Pattern' {
    It 'ends with PatternTimeout (OperationTimeout), not a hang' {
        $folder = New-CaseFolder
        $file = Join-Path $folder 'a.txt'
        Set-Content -LiteralPath $file -Value ("Headline of the story`n`n" + [char]0x201C + ('a' * 40) + '!' + [char]0x201D + ", the minister said.`n")
        $sw = [System.Diagnostics.Stopwatch]::StartNew()
        $err = $null
        try { Get-IncidentQuote -LiteralPath $file -Pattern '^(a+)+$' -IncludeUnattributed | Out-Null }
        catch { $err = $_ }
        $sw.Elapsed.TotalSeconds | Should -BeLessThan 15
        $err | Should -Not -BeNullOrEmpty
        $err.FullyQualifiedErrorId | Should -Be 'PatternTimeout,IncidentTools.Commands.GetIncidentQuoteCommand'
        $err.CategoryInfo.Category | Should -Be 'OperationTimeout'
        $err.TargetObject | Should -Be '^(a+)+$'
    }

    It 'an ordinary pattern still filters' {
        @(Get-IncidentQuote -Pattern 'fired (first|upon)').Count | Should -BeGreaterThan 0
    }
}
