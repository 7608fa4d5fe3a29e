# The IncidentTools module manifest, written by hand. In the repository its paths lead to the build
# output and the sources, so that Test-ModuleManifest and Import-Module work on it at the root after
# `dotnet build`; the build stages the module with a copy whose paths are relative to the module folder.
@{
    RootModule           = 'out/IncidentTools/IncidentTools.psm1'
    ModuleVersion        = '0.1.0'
    GUID                 = 'd601fd4f-c789-4ff7-a8ee-c32d187551db'
    Author               = 'IncidentTools developers'
    CompanyName          = 'IncidentTools'
    Copyright            = '(c) IncidentTools developers. MIT licence (see LICENSE).'
    Description          = 'Reads a folder of news articles about one incident and returns typed objects: clean documents, every quotation with its speaker and side, and where the parties'' accounts agree and contradict.'
    CompatiblePSEditions = @('Desktop', 'Core')
    PowerShellVersion    = '5.1'
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess     = @(
        'src/IncidentTools/Formats/IncidentDocument.format.ps1xml'
        'src/IncidentTools/Formats/IncidentQuote.format.ps1xml'
        'src/IncidentTools/Formats/IncidentAccount.format.ps1xml'
        'src/IncidentTools/Formats/IncidentManifest.format.ps1xml'
    )
    CmdletsToExport      = @(
        'Get-IncidentDocument'
        'Get-IncidentQuote'
        'Compare-IncidentAccount'
        'Get-IncidentClaim'
        'Test-IncidentManifest'
        'New-IncidentManifest'
    )
    FunctionsToExport    = @()
    AliasesToExport      = @()
    VariablesToExport    = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('news', 'quotes', 'quotation', 'attribution', 'media-analysis', 'journalism', 'text-analysis', 'PSEdition_Desktop', 'PSEdition_Core')
            ReleaseNotes = 'Get-IncidentDocument, Get-IncidentQuote, Get-IncidentClaim, Compare-IncidentAccount, Test-IncidentManifest, New-IncidentManifest. Help: Get-Help about_IncidentTools.'
        }
    }
}
