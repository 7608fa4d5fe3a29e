namespace IncidentTools.Attribution
{
    /// <summary>
    /// One rule of the attribution stage (a sieve): it reads the analysed document and what the
    /// earlier rules decided, and adds attributions only for what is still unattributed
    /// (a quotation no rule has attributed, a cue no rule has used). Each rule is one small class
    /// with its own tests; the order of the rules is <see cref="AttributionPipeline.Rules"/>.
    /// </summary>
    internal interface IAttributionRule
    {
        /// <summary>The rule's name, as it appears in the Rule property of quotes, claims and attributions.</summary>
        string Name { get; }

        void Apply(AttributionContext context);
    }
}
