#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

# -ThrottleLimit: Get-IncidentDocument reads and cleans files on several threads; Get-IncidentQuote and
# Get-IncidentClaim also find the quotes and claims of several documents at once. Whatever the number
# of threads, the objects, errors, warnings and verbose messages come out the same and in the same
# order as on the pipeline thread alone; and the engine serves several runspaces at once.

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Devset = [System.IO.Path]::GetFullPath((Join-Path $PSScriptRoot '../../shared/devset/news-texts'))
    $script:Folders = @($Seeds) + @(if (Test-Path -LiteralPath $Devset) { $Devset })

    # Every object as JSON (all properties), one line each, in output order.
    function script:Lines($objects) { @($objects | ForEach-Object { $_ | ConvertTo-Json -Depth 5 -Compress }) }

    # A folder where bad files stand between good ones: what comes out, every stream merged, in order.
    $script:Mixed = Join-Path ([System.IO.Path]::GetTempPath()) ("incidenttools-parallel-" + [guid]::NewGuid())
    New-Item -ItemType Directory -Path $Mixed | Out-Null
    $seedFiles = @(Get-ChildItem -LiteralPath $Seeds -Filter *.txt | Sort-Object Name)
    $n = 0
    foreach ($i in 1..3) {
        foreach ($f in $seedFiles) {
            $n++
            Copy-Item -LiteralPath $f.FullName -Destination (Join-Path $Mixed ('{0:D2}-{1}' -f $n, $f.Name))
            switch ($n % 4) {
                1 { [System.IO.File]::WriteAllBytes((Join-Path $Mixed ('{0:D2}-binary.txt' -f $n)), [byte[]](0, 1, 2, 0, 255, 0, 3, 0)) }
                2 { Set-Content -LiteralPath (Join-Path $Mixed ('{0:D2}-empty.txt' -f $n)) -Value '' }
                3 { [System.IO.File]::WriteAllBytes((Join-Path $Mixed ('{0:D2}-latin1.txt' -f $n)), [System.Text.Encoding]::Latin1.GetBytes("Caf`u{e9} owner said, `u{201c}We are open.`u{201d}`n")) }
            }
        }
    }
    function script:Streams([scriptblock] $command) {
        @(& $command *>&1 | ForEach-Object {
            if ($_ -is [System.Management.Automation.ErrorRecord]) { 'error ' + $_.FullyQualifiedErrorId + ' ' + $_.TargetObject }
            elseif ($_ -is [System.Management.Automation.WarningRecord]) { 'warning ' + $_.Message }
            elseif ($_ -is [System.Management.Automation.VerboseRecord]) { 'verbose ' + $_.Message }
            else { 'object ' + ($_ | ConvertTo-Json -Depth 5 -Compress) }
        })
    }
}

AfterAll {
    Remove-Item -LiteralPath $Mixed -Recurse -Force -ErrorAction SilentlyContinue
}

Describe '-ThrottleLimit' {
    It 'defaults to one thread per processor and refuses <_>' -TestCases @(0, -1) {
        (Get-Command Get-IncidentQuote).Parameters['ThrottleLimit'].ParameterType | Should -Be ([int])
        { Get-IncidentQuote -ThrottleLimit $_ } | Should -Throw -ErrorId 'ParameterArgumentValidationError,IncidentTools.Commands.GetIncidentQuoteCommand'
    }

    It '<Command> gives the same objects in the same order on 1, 2 and 5 threads' -TestCases @(
        @{ Command = 'Get-IncidentDocument' }
        @{ Command = 'Get-IncidentQuote' }
        @{ Command = 'Get-IncidentClaim' }
    ) {
        $one = Lines (& $Command -Path $Folders -ThrottleLimit 1 -WarningAction SilentlyContinue)
        $one.Count | Should -BeGreaterThan 20
        foreach ($threads in 2, 5) {
            $many = Lines (& $Command -Path $Folders -ThrottleLimit $threads -WarningAction SilentlyContinue)
            $many.Count | Should -Be $one.Count
            for ($i = 0; $i -lt $one.Count; $i++) { if ($many[$i] -ne $one[$i]) { $many[$i] | Should -Be $one[$i] -Because "object $i on $threads threads" } }
        }
    }

    It 'works on piped documents in parallel and keeps their order (Get-IncidentDocument | <Command>)' -TestCases @(
        @{ Command = 'Get-IncidentQuote' }
        @{ Command = 'Get-IncidentClaim' }
    ) {
        $one = Lines (Get-IncidentDocument -Path $Folders -ThrottleLimit 1 -WarningAction SilentlyContinue | & $Command -ThrottleLimit 1)
        $many = Lines (Get-IncidentDocument -Path $Folders -WarningAction SilentlyContinue | & $Command -ThrottleLimit 4)
        $one.Count | Should -BeGreaterThan 20
        ($many -join "`n") | Should -Be ($one -join "`n")
    }

    It 'gives piped documents the same quotes and claims, in the same order, on 1, 2 and 4 threads, and leaves no worker when stopped early' {
        # 2 threads: one worker and the pipeline thread, which finds in a document itself when the next to write is not ready
        $docs = @(Get-IncidentDocument -Path $Folders -ThrottleLimit 1 -WarningAction SilentlyContinue)
        $quotesOne = Lines ($docs | Get-IncidentQuote -ThrottleLimit 1)
        $claimsOne = Lines ($docs | Get-IncidentClaim -ThrottleLimit 1)
        $quotesOne.Count | Should -BeGreaterThan 20
        $claimsOne.Count | Should -BeGreaterThan 20
        foreach ($threads in 2, 4) {
            (Lines ($docs | Get-IncidentQuote -ThrottleLimit $threads)) -join "`n" | Should -Be ($quotesOne -join "`n") -Because "quotes on $threads threads"
            (Lines ($docs | Get-IncidentClaim -ThrottleLimit $threads)) -join "`n" | Should -Be ($claimsOne -join "`n") -Because "claims on $threads threads"
        }
        $parallel = (Get-Command Get-IncidentQuote).ImplementingType.Assembly.GetType('IncidentTools.Corpus.OrderedParallel', $true)
        $live = $parallel.GetProperty('LiveWorkers', [System.Reflection.BindingFlags]'Static, NonPublic')
        $first = @($docs | Get-IncidentQuote -ThrottleLimit 2 | Select-Object -First 1)
        ($first[0] | ConvertTo-Json -Depth 5 -Compress) | Should -Be $quotesOne[0]
        $live.GetValue($null) | Should -Be 0
    }

    It 'writes errors, warnings and verbose messages where one thread writes them, between the objects' {
        $one = Streams { Get-IncidentQuote -Path $Mixed -IncludeUnattributed -Verbose -ThrottleLimit 1 }
        $many = Streams { Get-IncidentQuote -Path $Mixed -IncludeUnattributed -Verbose -ThrottleLimit 3 }
        @($one | Where-Object { $_ -like 'error FileNotText*' }).Count | Should -Be 3
        @($one | Where-Object { $_ -like 'warning *holds no text*' }).Count | Should -Be 3
        @($one | Where-Object { $_ -like 'warning *Windows-1252*' }).Count | Should -Be 3
        @($one | Where-Object { $_ -like 'object *' }).Count | Should -BeGreaterThan 20
        ($many -join "`n") | Should -Be ($one -join "`n")
        $claimsOne = Streams { Get-IncidentClaim -Path $Mixed -Verbose -ThrottleLimit 1 }
        $claimsMany = Streams { Get-IncidentClaim -Path $Mixed -Verbose -ThrottleLimit 4 }
        ($claimsMany -join "`n") | Should -Be ($claimsOne -join "`n")
    }

    It 'stops its threads when a later command has what it needs (Select-Object -First)' {
        $sw = [System.Diagnostics.Stopwatch]::StartNew()
        $first = @(Get-IncidentQuote -Path $Folders -ThrottleLimit 4 -WarningAction SilentlyContinue | Select-Object -First 1)
        $first.Count | Should -Be 1
        $first[0].DocumentId | Should -Be (Get-IncidentQuote -Path $Folders -ThrottleLimit 1 -WarningAction SilentlyContinue | Select-Object -First 1).DocumentId
        # the engine's own count of its worker threads: the process's thread count also moves with the
        # runtime's thread pool, which adds threads on a loaded machine
        $parallel = (Get-Command Get-IncidentQuote).ImplementingType.Assembly.GetType('IncidentTools.Corpus.OrderedParallel', $true)
        $live = $parallel.GetProperty('LiveWorkers', [System.Reflection.BindingFlags]'Static, NonPublic')
        $live.GetValue($null) | Should -Be 0
        1..3 | ForEach-Object { $null = Get-IncidentQuote -Path $Folders -ThrottleLimit 4 -WarningAction SilentlyContinue | Select-Object -First 1 }
        # No worker is left behind by each stopped command.
        $live.GetValue($null) | Should -Be 0
    }

    It 'serves several runspaces at once (ForEach-Object -Parallel)' -Skip:($PSVersionTable.PSVersion.Major -lt 7) {
        $expected = (Lines (Get-IncidentQuote -Path $Folders -ThrottleLimit 1 -WarningAction SilentlyContinue)) -join "`n"
        $manifest = $StagedManifest
        $folders = $Folders
        $results = 1..4 | ForEach-Object -ThrottleLimit 4 -Parallel {
            Import-Module $using:manifest
            @(Get-IncidentQuote -Path $using:folders -ThrottleLimit 2 -WarningAction SilentlyContinue | ForEach-Object { $_ | ConvertTo-Json -Depth 5 -Compress }) -join "`n"
        }
        $results.Count | Should -Be 4
        foreach ($r in $results) { $r | Should -Be $expected }
    }
}
