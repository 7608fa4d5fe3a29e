using System;
using System.IO;
using System.Reflection;
using System.Runtime.ExceptionServices;

namespace IncidentTools.Corpus
{
    /// <summary>
    /// The module's own load context on .NET (PowerShell 7): an <c>AssemblyLoadContext</c> named
    /// <see cref="ContextName"/> that holds IncidentTools.Yaml.dll and its YamlDotNet.dll from the module's
    /// Dependencies folder, while IncidentTools.dll (so CorpusManifest and the reader interface) and the
    /// framework come from the context that already has them.
    /// <para>
    /// The context is made and used through reflection, and this class only holds it as an object: the
    /// netstandard2.0 build is also the one Windows PowerShell 5.1 loads, and on .NET Framework
    /// <c>AssemblyLoadContext</c> exists in no assembly. A type of this assembly built on it (a subclass, a field,
    /// a parameter of its type) would make <c>Assembly.GetTypes()</c> fail there, and with it anything that reads
    /// the module's types. So the netstandard2.0 assembly references no System.Runtime.Loader at all
    /// (tests/IncidentTools.Tests/Reliability/NetFrameworkLoadTests.cs checks it against .NET Framework 4.7.2's
    /// reference assemblies).
    /// </para>
    /// <para>
    /// How a name is bound in it (the runtime's order for a load context whose <c>Load</c> is not overridden):
    /// first the assemblies already in this context (the files of the folder are all loaded into it when it is
    /// made, so YamlDotNet is always this module's own, whatever YamlDotNet the session loaded before or loads
    /// after), then the default context (IncidentTools.dll, which PowerShell loads there, and the framework),
    /// then the <c>Resolving</c> event (IncidentTools.dll when it was loaded into some other context, and any other
    /// file of the folder).
    /// </para>
    /// </summary>
    internal sealed class IsolatedLoadContext
    {
        /// <summary>The name of the module's load context, as <c>AssemblyLoadContext.Name</c> shows it.</summary>
        public const string ContextName = "IncidentTools";

        private const string LoadContextType = "System.Runtime.Loader.AssemblyLoadContext";
        private const string LoaderAssembly = "System.Runtime.Loader";

        private readonly string _folder;
        private readonly Assembly _owner;
        private readonly MethodInfo _loadFromName;
        private readonly MethodInfo _loadFromPath;

        /// <summary>The <c>System.Runtime.Loader.AssemblyLoadContext</c> itself (typed object: see the class).</summary>
        public object Context { get; }

        private IsolatedLoadContext(string folder, Assembly owner, object context, MethodInfo loadFromName, MethodInfo loadFromPath)
        {
            _folder = folder;
            _owner = owner;
            Context = context;
            _loadFromName = loadFromName;
            _loadFromPath = loadFromPath;
        }

        /// <summary>
        /// A new load context with every .dll of <paramref name="folder"/> loaded into it, <paramref name="owner"/>
        /// given back for its own name; null where the runtime has no public constructor of a named load context
        /// (.NET Framework, and .NET Core before 3.0), where the caller loads the folder otherwise.
        /// </summary>
        public static IsolatedLoadContext? TryCreate(string folder, Assembly owner)
        {
            var type = typeof(object).Assembly.GetType(LoadContextType, throwOnError: false)
                ?? Type.GetType(LoadContextType + ", " + LoaderAssembly, throwOnError: false);
            var constructor = type?.GetConstructor(new[] { typeof(string), typeof(bool) });
            var loadFromName = type?.GetMethod("LoadFromAssemblyName", new[] { typeof(AssemblyName) });
            var loadFromPath = type?.GetMethod("LoadFromAssemblyPath", new[] { typeof(string) });
            var resolving = type?.GetEvent("Resolving");
            if (type == null || constructor == null || loadFromName == null || loadFromPath == null || resolving?.EventHandlerType == null)
                return null;

            var context = Invoke(() => constructor.Invoke(new object[] { ContextName, false }));
            var isolated = new IsolatedLoadContext(folder, owner, context, loadFromName, loadFromPath);
            // Func<AssemblyLoadContext, AssemblyName, Assembly?>, bound to Resolve(object, AssemblyName): a delegate's
            // parameter may be a class derived from the method's.
            var resolve = typeof(IsolatedLoadContext).GetMethod(nameof(Resolve), BindingFlags.Instance | BindingFlags.NonPublic)!;
            var handler = Delegate.CreateDelegate(resolving.EventHandlerType, isolated, resolve);
            resolving.AddEventHandler(context, handler);
            foreach (var file in Directory.GetFiles(folder, "*.dll"))
                isolated.LoadFromPath(file);
            return isolated;
        }

        /// <summary>The assembly of that name as this context binds it.</summary>
        public Assembly LoadFromAssemblyName(AssemblyName name) =>
            (Assembly)Invoke(() => _loadFromName.Invoke(Context, new object[] { name }));

        private Assembly LoadFromPath(string file) =>
            (Assembly)Invoke(() => _loadFromPath.Invoke(Context, new object[] { file }));

        /// <summary>The Resolving handler: IncidentTools.dll is the one already loaded; else a file of the folder.</summary>
        private Assembly? Resolve(object context, AssemblyName name)
        {
            if (string.Equals(name.Name, _owner.GetName().Name, StringComparison.OrdinalIgnoreCase))
                return _owner;
            var file = Path.Combine(_folder, name.Name + ".dll");
            return File.Exists(file) ? LoadFromPath(file) : null;
        }

        /// <summary>Calls through reflection and throws what the call threw, not its TargetInvocationException.</summary>
        private static object Invoke(Func<object?> call)
        {
            try
            {
                return call() ?? throw new InvalidOperationException("the load context returned no assembly");
            }
            catch (TargetInvocationException ex) when (ex.InnerException != null)
            {
                ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
                throw;
            }
        }
    }
}
