using System;
using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Accounts
{
    /// <summary>
    /// The names a party answers to wherever a user names one (Get-IncidentQuote and Get-IncidentClaim -Party,
    /// Compare-IncidentAccount -ReferenceParty and -DifferenceParty): a manifest party's name and aliases; a party the
    /// country table gave (a folder without a manifest, or a country no party of the manifest names) the country's name,
    /// demonyms, other names and capitals ("Pakistani", "Islamabad" for Pakistan).
    /// </summary>
    internal static class PartyNames
    {
        /// <summary>A country's party names: its name, then its demonyms, other names and capitals, each once.</summary>
        public static IReadOnlyList<string> OfCountry(Country country)
        {
            var names = new List<string> { country.Name };
            foreach (var list in new[] { country.Demonyms, country.OtherNames, country.Capitals })
                foreach (var a in list)
                    if (!names.Contains(a)) names.Add(a);
            return names;
        }

        /// <summary>
        /// The other names of a party of the output: the aliases of the manifest party of that name, else the names of the
        /// country of that name in the country table; none for a party that is neither.
        /// </summary>
        public static IEnumerable<string> Aliases(string? party, IReadOnlyList<PartyDefinition> manifestParties)
        {
            if (string.IsNullOrWhiteSpace(party)) return Array.Empty<string>();
            foreach (var p in manifestParties)
                if (string.Equals(p.Name, party, StringComparison.OrdinalIgnoreCase)) return p.Aliases;
            return CountryTable.ByName(party!) is { } country ? OfCountry(country) : (IEnumerable<string>)Array.Empty<string>();
        }
    }
}
