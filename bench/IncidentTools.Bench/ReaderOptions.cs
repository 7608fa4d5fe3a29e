namespace IncidentTools.Bench
{
    internal static class ReaderOptions
    {
        /// <summary>A reader that reads, cleans and (given a find) attributes on every core.</summary>
        public static CorpusReader Parallel(int threads) => new CorpusReader { MaxDegreeOfParallelism = threads };
    }
}
