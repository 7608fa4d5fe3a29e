namespace IncidentTools
{
    /// <summary>How two parties' accounts stand to each other on one question.</summary>
    public enum AccountRelation : long // long: ConvertTo-Json writes the name, in Windows PowerShell 5.1 and PowerShell 7 (see OutputShapeTests)
    {
        /// <summary>Neither party answers the question in the corpus.</summary>
        None,
        /// <summary>Both take the same position.</summary>
        Agree,
        /// <summary>They take different positions.</summary>
        Contradict,
        /// <summary>Only the reference party answers.</summary>
        ReferenceOnly,
        /// <summary>Only the difference party answers.</summary>
        DifferenceOnly,
        /// <summary>A party takes more than one position, none of them by a clear majority (two thirds of its claims).</summary>
        Mixed,
        /// <summary>Without questions: two claims that share their key terms, neither denying what the other says.</summary>
        Related,
    }

    /// <summary>
    /// One row of Compare-IncidentAccount: one question, each party's position and the claims
    /// that show it. Without questions in the manifest, one pair of related claims.
    /// </summary>
    public sealed class AccountComparison
    {
        public AccountComparison(
            string? question, string? questionText,
            string referenceParty, string? referencePosition,
            string differenceParty, string? differencePosition,
            AccountRelation relation,
            ItemList<IncidentClaim> referenceEvidence, ItemList<IncidentClaim> differenceEvidence)
        {
            Question = question;
            QuestionText = questionText;
            ReferenceParty = referenceParty;
            ReferencePosition = referencePosition;
            DifferenceParty = differenceParty;
            DifferencePosition = differencePosition;
            Relation = relation;
            ReferenceEvidence = referenceEvidence;
            DifferenceEvidence = differenceEvidence;
        }

        /// <summary>The question's id ("first-fire"); for related claims without questions, "related-N".</summary>
        public string? Question { get; }

        /// <summary>The question ("Who fired first?"); for related claims, the key terms they share.</summary>
        public string? QuestionText { get; }

        public string ReferenceParty { get; }

        /// <summary>The reference party's position (its majority position), or null when it says nothing.</summary>
        public string? ReferencePosition { get; }

        public string DifferenceParty { get; }

        public string? DifferencePosition { get; }

        public AccountRelation Relation { get; }

        /// <summary>The reference party's claims on the question.</summary>
        public ItemList<IncidentClaim> ReferenceEvidence { get; }

        public ItemList<IncidentClaim> DifferenceEvidence { get; }

        public int ReferenceCount => ReferenceEvidence.Count;

        public int DifferenceCount => DifferenceEvidence.Count;

        public override string ToString() =>
            (Question ?? "") + ": " + ReferenceParty + " " + (ReferencePosition ?? "-") + " / " + DifferenceParty + " " + (DifferencePosition ?? "-") + " (" + Relation + ")";
    }
}
