using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Baton.Tests;

/// <summary>Keeps the code's shape: Core stays free of ASP.NET Core, and adapters never talk to a database.</summary>
public sealed class ArchitectureTests
{
    [Fact]
    public void Core_ReferencesNoAspNetCore()
    {
        var references = typeof(Baton.Library.ContextLibrary).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.Contains("Microsoft.Data.Sqlite", references);
    }

    [Fact]
    public void Core_ReferencesNoMcpSdk()
    {
        var references = typeof(Baton.Library.ContextLibrary).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, name => name.StartsWith("ModelContextProtocol", StringComparison.Ordinal));
    }

    [Fact]
    public void Cli_UsesNoDatabaseTypes()
    {
        var used = ReferencedNamespaces(Path.Combine(AppContext.BaseDirectory, "baton.dll"));

        Assert.Contains("Baton.Library", used); // the check reads real references
        Assert.DoesNotContain(used, ns => ns.StartsWith("Baton.Storage.Sqlite", StringComparison.Ordinal));
        Assert.DoesNotContain(used, ns => ns.StartsWith("Microsoft.Data.Sqlite", StringComparison.Ordinal));
    }

    private static HashSet<string> ReferencedNamespaces(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return [.. metadata.TypeReferences.Select(h => metadata.GetString(metadata.GetTypeReference(h).Namespace))];
    }
}
