#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }
# Every example a user reads runs: the README's PowerShell blocks, each cmdlet's help examples
# and the recipes of about_IncidentTools, extracted from those files (not copied here). They
# run in a scratch folder where ~ holds an "articles" folder (the bundled corpus), so that
# ~/articles means what the examples mean.

BeforeDiscovery {
    $root = Split-Path -Parent $PSScriptRoot
    $readme = Get-Content -LiteralPath (Join-Path $root 'README.md') -Raw -Encoding UTF8
    $script:ReadmeBlocks = @([regex]::Matches($readme, '(?ms)^```powershell\r?\n(.*?)^```') | ForEach-Object -Begin { $n = 0 } -Process {
        $n++
        $lines = @($_.Groups[1].Value -split '\r?\n' | Where-Object { $_.Trim() -and -not $_.Trim().StartsWith('#') })
        @{ Name = "README block $n ($(($lines[0] -split '\s+')[0]))"; Lines = $lines }
    })

    $help = [xml](Get-Content -LiteralPath (Join-Path $root 'src/IncidentTools/en-US/IncidentTools.dll-Help.xml') -Raw -Encoding UTF8)
    $ns = @{ command = 'http://schemas.microsoft.com/maml/dev/command/2004/10'; dev = 'http://schemas.microsoft.com/maml/dev/2004/10' }
    $script:HelpExamples = @(Select-Xml -Xml $help -XPath '//command:command' -Namespace $ns | ForEach-Object {
        $command = $_.Node
        $name = (Select-Xml -Xml $command -XPath 'command:details/command:name' -Namespace $ns).Node.InnerText
        $i = 0
        foreach ($code in (Select-Xml -Xml $command -XPath 'command:examples/command:example/dev:code' -Namespace $ns)) {
            $i++
            @{ Name = "$name example $i"; Lines = @($code.Node.InnerText) }
        }
    })

    $about = Get-Content -LiteralPath (Join-Path $root 'src/IncidentTools/en-US/about_IncidentTools.help.txt') -Encoding UTF8
    $script:Recipes = @($about | Where-Object { $_ -match '^\s+PS> ' } | ForEach-Object { $line = ($_ -replace '^\s+PS> ', ''); @{ Name = $line; Lines = @($line) } })
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Sandbox = Join-Path ([System.IO.Path]::GetTempPath()) ('it-examples-' + [guid]::NewGuid().ToString('N'))
    New-Item -ItemType Directory -Path (Join-Path $Sandbox 'articles') -Force | Out-Null
    Copy-Item (Join-Path $Seeds '*') (Join-Path $Sandbox 'articles')
    $script:Provider = Get-PSProvider FileSystem
    $script:OldHome = $Provider.Home
    $Provider.Home = $Sandbox

    # Runs the lines in one scope (a later line sees the variables of an earlier one), each on its
    # own, so that a failure names its line; the output is also formatted, as the console would.
    function Invoke-Example([string[]] $Lines) {
        Push-Location $Sandbox
        try {
            $count = 0
            foreach ($line in $Lines) {
                $block = [scriptblock]::Create($line)
                try {
                    $output = @(. $block 2>&1)
                } catch {
                    throw "'$line' threw: $($_.Exception.Message)"
                }
                $errors = @($output | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
                if ($errors.Count -gt 0) { throw "'$line' wrote an error: $($errors[0])" }
                $null = $output | Out-String -Width 120
                $count += $output.Count
            }
            $count
        } finally { Pop-Location }
    }
}

AfterAll {
    $Provider.Home = $OldHome
    Set-Location ([System.IO.Path]::GetTempPath())
    Remove-Item -LiteralPath $Sandbox -Recurse -Force -ErrorAction SilentlyContinue
    Remove-Module IncidentTools -ErrorAction SilentlyContinue
}

Describe 'the README examples' {
    It 'has examples to run' { $ReadmeBlocks.Count | Should -BeGreaterOrEqual 5 }

    It '<Name> runs without error' -ForEach $ReadmeBlocks {
        $null = Invoke-Example $Lines
    }

    It 'has a manifest example that is clean (every party its cues name is defined)' {
        $readme = Get-Content -LiteralPath (Join-Path (Split-Path -Parent $PSScriptRoot) 'README.md') -Raw -Encoding UTF8
        $section = $readme.Substring($readme.IndexOf('## The corpus manifest'))
        $yaml = [regex]::Match($section, '(?ms)^```yaml\r?\n(.*?)^```').Groups[1].Value
        $yaml | Should -Match 'open:'
        $folder = Join-Path $Sandbox 'readme-manifest'
        New-Item -ItemType Directory -Path $folder -Force | Out-Null
        Copy-Item (Join-Path $Seeds '001_db9e4f1535431807.txt') $folder
        Set-Content -LiteralPath (Join-Path $folder 'corpus.yaml') -Value $yaml -Encoding UTF8
        @(Test-IncidentManifest $folder) | Should -BeNullOrEmpty
    }
}

Describe 'the help examples' {
    It 'has examples to run' { $HelpExamples.Count | Should -BeGreaterOrEqual 10 }

    It '<Name> runs without error' -ForEach $HelpExamples {
        $null = Invoke-Example $Lines
    }
}

Describe 'the about_IncidentTools recipes' {
    It 'has recipes to run' { $Recipes.Count | Should -BeGreaterOrEqual 6 }

    It '<Name> runs without error and gives something' -ForEach $Recipes {
        $count = Invoke-Example $Lines
        $written = Get-ChildItem $Sandbox -File
        ($count -gt 0 -or $written) | Should -BeTrue
    }
}

Describe 'about_IncidentTools' {
    BeforeAll {
        $script:About = Get-Help about_IncidentTools | Out-String
    }

    It 'ships with the module and covers <_>' -ForEach 'THE CORPUS FOLDER', 'THE MANIFEST', 'CUE SYNTAX', 'OUTPUT TYPES', 'RECIPES', 'Test-IncidentManifest' {
        $About | Should -Match ([regex]::Escape($_))
    }

    It 'has a full manifest example that is clean and works' {
        $text = Get-Content -LiteralPath (Join-Path (Split-Path (Get-Module IncidentTools).Path) 'en-US/about_IncidentTools.help.txt') -Raw -Encoding UTF8
        $example = [regex]::Match($text, '(?ms)A full example:\r?\n\r?\n(.*?)\r?\n\r?\n    Test-IncidentManifest').Groups[1].Value
        $example | Should -Match 'questions:'
        $yaml = ($example -split '\r?\n' | ForEach-Object { if ($_.Length -ge 8) { $_.Substring(8) } else { '' } }) -join "`n"
        $folder = Join-Path $Sandbox 'about-example'
        New-Item -ItemType Directory -Path $folder -Force | Out-Null
        Copy-Item (Join-Path $Seeds '*.txt') $folder
        Set-Content -LiteralPath (Join-Path $folder 'corpus.yaml') -Value $yaml -Encoding UTF8
        @(Test-IncidentManifest $folder) | Should -BeNullOrEmpty
        (Get-IncidentDocument -Path $folder -Id cnn-1).Outlet | Should -Be 'CNN'
        (Get-IncidentDocument -Path $folder -Id cnn-1).Published | Should -Be '2011-12-22'
        $row = Compare-IncidentAccount -Path $folder 'United States' Pakistan -Question first-fire
        $row.Question | Should -Be 'first-fire'
        $row.ReferenceCount + $row.DifferenceCount | Should -BeGreaterThan 0
    }
}
