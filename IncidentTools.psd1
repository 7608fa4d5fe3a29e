@{
    RootModule           = 'IncidentTools.dll'
    ModuleVersion        = '0.1.0'
    GUID                 = 'd601fd4f-c789-4ff7-a8ee-c32d187551db'
    Author               = 'IncidentTools developers'
    CompanyName          = 'IncidentTools'
    Copyright            = '(c) IncidentTools developers. MIT licence.'
    Description          = 'Reads a folder of news articles about one incident and returns typed objects: clean documents, every quotation with its speaker and side, and where the parties'' accounts agree and contradict.'
    CompatiblePSEditions = @('Desktop', 'Core')
    PowerShellVersion    = '5.1'
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess     = @(
        'Formats/IncidentDocument.format.ps1xml'
        'Formats/IncidentQuote.format.ps1xml'
        'Formats/IncidentAccount.format.ps1xml'
        'Formats/IncidentManifest.format.ps1xml'
    )
    CmdletsToExport      = @(
        'Get-IncidentDocument'
        'Get-IncidentQuote'
        'Compare-IncidentAccount'
        'Get-IncidentClaim'
        'Test-IncidentManifest'
    )
    FunctionsToExport    = @()
    AliasesToExport      = @()
    VariablesToExport    = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('news', 'quotes', 'quotation', 'attribution', 'media-analysis', 'journalism', 'text-analysis', 'PSEdition_Desktop', 'PSEdition_Core')
            ReleaseNotes = 'First release: Get-IncidentDocument, Get-IncidentQuote, Compare-IncidentAccount.'
        }
    }
}
