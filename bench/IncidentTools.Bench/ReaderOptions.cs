namespace IncidentTools.Bench
{
    internal static class ReaderOptions
    {
        /// <summary>A reader that reads and cleans on every core (attribution runs in parallel through PLINQ in the benchmark).</summary>
        public static CorpusReader Parallel(int threads) => new CorpusReader { MaxDegreeOfParallelism = threads };
    }
}
