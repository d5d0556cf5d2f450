using System.Collections.Concurrent;

namespace Baton.Git;

/// <summary>
/// Shares git's answers within one short operation (a CLI command, one MCP request). While a scope is open on the
/// current async flow, <see cref="GitProbe"/> asks git each read-only question once per folder and gives every
/// later caller the same answer: a pack asks for the author, the pack's git facts and the selection's rules, often
/// about the same folder. Nothing outlives the scope, so a long-lived process (<c>baton mcp</c>) never sees stale
/// facts, and nothing is shared between processes.
/// </summary>
internal sealed class GitProbeScope : IDisposable
{
    private static readonly AsyncLocal<GitProbeScope?> CurrentScope = new();

    private readonly GitProbeScope? _outer;
    // Keyed by "question\0folder" and holding reference types only: these instantiations are precompiled in the
    // framework, where a tuple key would be compiled at start-up (ReadyToRun cannot share generic code over value types).
    private readonly ConcurrentDictionary<string, Lazy<Task>> _answers = new(StringComparer.Ordinal);
    private int _runs;

    private GitProbeScope(GitProbeScope? outer)
    {
        _outer = outer;
    }

    /// <summary>The scope open on this async flow, if any.</summary>
    public static GitProbeScope? Current => CurrentScope.Value;

    /// <summary>How many git processes were started on this scope's flow while it was open (inner scopes' included); for tests.</summary>
    public int GitRuns => Volatile.Read(ref _runs);

    /// <summary>Opens a scope for the rest of the calling method's async flow, until disposed.</summary>
    public static GitProbeScope Begin()
    {
        var scope = new GitProbeScope(CurrentScope.Value);
        CurrentScope.Value = scope;
        return scope;
    }

    /// <summary>The answer to <paramref name="question"/> about <paramref name="directory"/>: asked by <paramref name="ask"/> the first time only.</summary>
    public Task<T> ShareAsync<T>(string question, string directory, Func<Task<T>> ask)
        where T : class?
    {
        var key = question + "\0" + Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        return (Task<T>)_answers.GetOrAdd(key, _ => new Lazy<Task>(ask)).Value;
    }

    internal void CountRun()
    {
        for (var scope = this; scope is not null; scope = scope._outer)
            Interlocked.Increment(ref scope._runs);
    }

    public void Dispose()
    {
        if (CurrentScope.Value == this)
            CurrentScope.Value = _outer;
    }
}
