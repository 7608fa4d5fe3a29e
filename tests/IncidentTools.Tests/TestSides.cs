namespace IncidentTools.Tests
{
    /// <summary>
    /// The sides that many tests give in code (the manifest's parties without a file), each kept once; every call gives a new
    /// array. Real countries' words, so that a country's adjective, demonym or capital is read as the country tables read it.
    /// </summary>
    internal static class TestSides
    {
        /// <summary>Sweden and Denmark, each with its adjective and capital.</summary>
        public static PartyDefinition[] SwedenAndDenmark => new[] { Sweden(), Denmark() };

        /// <summary>Sweden (the Coast Guard Command) and Denmark (the Royal Danish Navy).</summary>
        public static PartyDefinition[] SwedenAndDenmarkWithBodies => new[] { Sweden(CoastGuardCommand), Denmark(RoyalDanishNavy) };

        /// <summary>Sweden (the Coast Guard Command, Ulla Berg) and Denmark (the Royal Danish Navy, Jens Holm).</summary>
        public static PartyDefinition[] SwedenAndDenmarkWithBodiesAndPeople =>
            new[] { Sweden(CoastGuardCommand, new[] { "Ulla Berg" }), Denmark(RoyalDanishNavy, new[] { "Jens Holm" }) };

        /// <summary>Norway (the Norwegian Coast Guard) and Sweden (the Swedish Maritime Administration), each with its capital.</summary>
        public static PartyDefinition[] NorwayAndSwedenWithBodies => new[]
        {
            new PartyDefinition("Norway", aliases: new[] { "Norway", "Norwegian", "Oslo" }, organisations: new[] { "Norwegian Coast Guard" }),
            Sweden(new[] { "Swedish Maritime Administration" }),
        };

        /// <summary>
        /// A "Northern side" (Norway) and a "Southern side" (Sweden), named for neither country and with no capital, and an
        /// "Independent" party of people only: the party of those who speak for no side.
        /// </summary>
        public static PartyDefinition[] NorthernSouthernAndIndependent => new[]
        {
            new PartyDefinition("Northern side", aliases: new[] { "Norway", "Norwegian" }),
            new PartyDefinition("Southern side", aliases: new[] { "Sweden", "Swedish" }),
            new PartyDefinition("Independent", people: new[] { "Ivo Lund" }),
        };

        private static readonly string[] CoastGuardCommand = { "Coast Guard Command" };
        private static readonly string[] RoyalDanishNavy = { "Royal Danish Navy" };

        private static PartyDefinition Sweden(string[]? organisations = null, string[]? people = null) =>
            new PartyDefinition("Sweden", aliases: new[] { "Sweden", "Swedish", "Stockholm" }, organisations: organisations, people: people);

        private static PartyDefinition Denmark(string[]? organisations = null, string[]? people = null) =>
            new PartyDefinition("Denmark", aliases: new[] { "Denmark", "Danish", "Copenhagen" }, organisations: organisations, people: people);
    }
}
