using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Baton.Cli.Commands;
using Baton.Cli.Commands.Demo;
using Baton.Cli.Commands.Prompts;
using Baton.Cli.Infrastructure;
using Baton.Privacy.Boundaries;
using Baton.Prompts;
using Baton.Tests.TestSupport;
using Baton.Transfer;

namespace Baton.Tests;

/// <summary>
/// Keeps the code's shape: Core stays free of ASP.NET Core, adapters never talk to a database, and content leaves
/// only through the privacy boundary (the outflow writers take only <see cref="PrivacyBoundary.Cleared"/> text, the
/// outflow commands open a boundary and write through those writers; calls are read from the IL, not from the source).
/// </summary>
public sealed class ArchitectureTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
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

    /// <summary>Text that passed a boundary, and a boundary's scan of a text: no code but the boundary can make either, nor change one.</summary>
    [Theory]
    [InlineData(typeof(PrivacyBoundary.Cleared))]
    [InlineData(typeof(PrivacyBoundary.Inspection))]
    public void BoundaryProducts_OnlyABoundaryMakesThem(Type product)
    {
        Assert.All(product.GetConstructors(Declared).Where(c => !c.IsStatic), c => Assert.True(c.IsPrivate, $"{c} is not private"));
        Assert.All(product.GetMethods(Declared).Where(m => m.IsStatic && m.ReturnType == product),
            m => Assert.Contains(m.GetParameters(), p => p.ParameterType == typeof(PrivacyBoundary)));
        Assert.All(product.GetProperties(Declared), p => Assert.Null(p.SetMethod));
    }

    [Fact]
    public void OutflowWriters_TakeOnlyClearedText()
    {
        var cleared = typeof(PrivacyBoundary.Cleared);

        Assert.All(typeof(ClearedOutput).GetMethods(Declared), m =>
        {
            Assert.Contains(m.GetParameters(), p => p.ParameterType == cleared);
            Assert.All(m.GetParameters().Where(p => p.ParameterType == typeof(string)), p => Assert.Equal("path", p.Name));
        });
        var write = Assert.Single(typeof(ItemFileWriter).GetMethods(Declared), m => m.Name == "Write");
        Assert.Equal([typeof(ClearedItemFile)], write.GetParameters().Select(p => p.ParameterType));
        Assert.All(typeof(ClearedItemFile).GetConstructors(Declared).Where(c => !c.IsStatic), c => Assert.True(c.IsPrivate, $"{c} is not private"));
        foreach (var name in (string[])["Title", "Body", "SourceName", "SourceUrl", "RevisedByName"])
            Assert.Equal(cleared, typeof(ClearedItemFile).GetProperty(name)!.PropertyType);
        Assert.Equal(typeof(IReadOnlyList<PrivacyBoundary.Cleared>), typeof(ClearedItemFile).GetProperty("Tags")!.PropertyType);
        Assert.All(typeof(MarkdownExporter).GetConstructors(Declared).Where(c => !c.IsStatic), c => Assert.Contains(c.GetParameters(), p => p.ParameterType == typeof(PrivacyBoundary)));
    }

    [Theory]
    [InlineData(typeof(PromptRenderCommand))]
    [InlineData(typeof(RedactCommand))]
    [InlineData(typeof(ExportCommand))]
    [InlineData(typeof(McpCommand))]
    [InlineData(typeof(Baton.Cli.Commands.Handoffs.HandoffShowCommand))]
    [InlineData(typeof(Baton.Cli.Commands.Handoffs.HandoffPackCommand))]
    public void OutflowCommands_OpenABoundary(Type command)
    {
        var calls = MethodCalls.Of(command);

        Assert.Contains(calls, m => m.DeclaringType == typeof(Session) && m.Name == nameof(Session.OpenBoundaryAsync));
    }

    [Theory]
    [InlineData(typeof(PromptRenderCommand))]
    [InlineData(typeof(RedactCommand))]
    public void TextOutflowCommands_WriteOnlyThroughClearedOutput(Type command)
    {
        Assert.Empty(RawWrites(command));
    }

    [Fact]
    public void RawWrites_SeesTheWritesOfACommandThatIsNoOutflow()
    {
        // restore writes real values back for the user on purpose; it shows that the check above reads real calls.
        Assert.Contains(RawWrites(typeof(RestoreCommand)), w => w.StartsWith("TextWriter.Write", StringComparison.Ordinal));
        Assert.Contains(RawWrites(typeof(RestoreCommand)), w => w.StartsWith("TextOutput.WriteAsync", StringComparison.Ordinal));
    }

    [Fact]
    public void PromptRenders_InTheCli_AreForAnAudience()
    {
        // The demo renders its own generated prompt in a throw-away workspace, for the user's eyes only.
        var exempt = new HashSet<Type> { typeof(DemoPrompt) };
        var cli = typeof(PromptRenderCommand).Assembly;

        var unguarded = cli.GetTypes()
            .Where(t => !t.IsNested && !exempt.Contains(t))
            .SelectMany(t => MethodCalls.Of(t).Select(m => (Type: t, Method: m)))
            .Where(c => c.Method.DeclaringType == typeof(PromptService) && c.Method.Name == nameof(PromptService.RenderAsync))
            .Where(c => !c.Method.GetParameters().Any(p => p.ParameterType == typeof(PromptAudience)))
            .Select(c => c.Type.FullName)
            .ToList();

        Assert.Contains(MethodCalls.Of(typeof(DemoPrompt)), m => m.DeclaringType == typeof(PromptService) && m.Name == nameof(PromptService.RenderAsync));
        Assert.Empty(unguarded);
        Assert.DoesNotContain(cli.GetTypes().SelectMany(MethodCalls.Of), m => m.DeclaringType == typeof(PromptRenderer) && m.Name == nameof(PromptRenderer.RenderAsync));
    }

    /// <summary>Calls that write text somewhere other than through <see cref="ClearedOutput"/>: a writer, a file, a stream, <see cref="TextOutput"/>.</summary>
    private static List<string> RawWrites(Type command) =>
    [
        .. MethodCalls.Of(command)
            .Where(m => m.DeclaringType is { } t
                && ((typeof(TextWriter).IsAssignableFrom(t) && m.Name.StartsWith("Write", StringComparison.Ordinal))
                    || (typeof(Stream).IsAssignableFrom(t) && m.Name.StartsWith("Write", StringComparison.Ordinal))
                    || (t == typeof(File) && (m.Name.StartsWith("Write", StringComparison.Ordinal) || m.Name.StartsWith("Append", StringComparison.Ordinal)))
                    || t == typeof(TextOutput)))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}"),
    ];
}
