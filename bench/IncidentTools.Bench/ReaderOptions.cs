namespace IncidentTools.Bench
{
    internal static class ReaderOptions
    {
        /// <summary>The engine reads one document at a time: only attribution runs in parallel (through PLINQ in the benchmark).</summary>
        public static CorpusReader Parallel(int threads) => new CorpusReader();
    }
}
