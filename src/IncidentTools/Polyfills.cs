// Small polyfills so that a netstandard2.0 build can use records and init accessors.
namespace System.Runtime.CompilerServices
{
    internal static class IsExternalInit { }
}
