using System;
using System.Collections.Generic;
using System.Linq;
using IncidentTools.Text;

namespace IncidentTools.Accounts
{
    /// <summary>
    /// The parties of a corpus whose manifest defines none: the sides its claims are given to (from the
    /// country table: a nationality, a country or its capital in the speaker's description, title or
    /// organisation), most claims first, each with the country's name, demonyms, other names and capitals
    /// as its aliases (so "-ReferenceParty Pakistani" names it and its names are no key terms).
    /// </summary>
    internal static class FoundParties
    {
        /// <summary>Claims a party needs to be found (one stray attribution is not a side).</summary>
        public const int ClaimsNeeded = 2;

        public static IReadOnlyList<(PartyDefinition Party, int Claims)> Of(IEnumerable<IncidentClaim> claims)
        {
            var counts = new Dictionary<string, (int Count, int First)>(StringComparer.OrdinalIgnoreCase);
            int n = 0;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var c in claims)
            {
                // a claim on several questions is one attribution
                if (c.Party == null || !seen.Add(c.DocumentId + "\u0001" + c.Start + "\u0001" + c.ContentStart)) continue;
                counts[c.Party] = counts.TryGetValue(c.Party, out var k) ? (k.Count + 1, k.First) : (1, n++);
            }
            return counts.Where(kv => kv.Value.Count >= ClaimsNeeded)
                .OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Value.First)
                .Select(kv => (Define(kv.Key), kv.Value.Count)).ToArray();
        }

        private static PartyDefinition Define(string name)
        {
            var country = CountryTable.ByName(name) ?? CountryTable.Find(name);
            if (country == null) return new PartyDefinition(name, aliases: new[] { name });
            return new PartyDefinition(country.Name, aliases: PartyNames.OfCountry(country), description: "Found in the corpus (country table).");
        }
    }
}
