using Baton.Library;

namespace Baton.Prompts;

/// <summary>
/// The prompt library for every adapter. A prompt is an item of kind <c>prompt</c> whose body is the whole
/// template file; its versions are the item's revisions, never changed once written; labels point at
/// versions, and <c>latest</c> always means the newest one.
/// </summary>
public sealed class PromptService(ContextLibrary library, PromptLimits limits)
{
    public PromptService(ContextLibrary library)
        : this(library, PromptLimits.Default)
    {
    }

    /// <summary>
    /// Checks a template file (front matter, Liquid, declared variables) and stores it as the next version of
    /// <paramref name="name"/>; a file identical to the latest version is not stored again.
    /// </summary>
    public async Task<AddedPrompt> AddAsync(string name, string text, SourceLabel source, string sourceName, CancellationToken cancellationToken = default)
    {
        PromptNames.CheckName(name);
        if (string.IsNullOrWhiteSpace(text))
            throw BatonErrors.EmptyTemplate(sourceName);
        library.CheckBody(text);
        var template = PromptTemplate.Parse(text, sourceName);
        PromptRenderer.Compile(template, limits);

        if (await library.Store.FindPromptAsync(name, cancellationToken) is { } existing
            && await library.Store.FindItemAsync(existing.ItemId, cancellationToken) is { } current
            && current.Body == text)
        {
            return new AddedPrompt(new PromptVersion(name, existing.ItemId, existing.LatestVersion), Created: false, template);
        }

        var draft = library.Create(new NewItem
        {
            Kind = ItemKind.Prompt,
            Title = template.Title ?? name,
            Body = text,
            Tags = template.Tags,
            Sensitivity = template.Sensitivity ?? Sensitivity.Internal,
            Source = source,
        }, library.Now());
        var version = await library.Store.AddPromptVersionAsync(name, draft, cancellationToken);
        return new AddedPrompt(version, Created: true, template);
    }

    public Task<IReadOnlyList<PromptInfo>> ListAsync(CancellationToken cancellationToken = default) =>
        library.Store.ListPromptsAsync(cancellationToken);

    public async Task<PromptInfo> FindAsync(string name, CancellationToken cancellationToken = default) =>
        await library.Store.FindPromptAsync(PromptNames.CheckName(name), cancellationToken) ?? throw BatonErrors.PromptNotFound(name);

    /// <summary>A version of the prompt: <paramref name="version"/>, or where <paramref name="label"/> points, or the latest.</summary>
    public async Task<PromptRevision> GetAsync(string name, int? version = null, string? label = null, CancellationToken cancellationToken = default)
    {
        if (version is not null && label is not null)
            throw BatonErrors.VersionAndLabel();
        var prompt = await FindAsync(name, cancellationToken);
        var number = version ?? Resolve(prompt, label);
        if (number < 1 || number > prompt.LatestVersion)
            throw BatonErrors.PromptVersionNotFound(name, number, prompt.LatestVersion);
        var revisions = await library.Store.GetRevisionsAsync(prompt.ItemId, cancellationToken);
        var revision = revisions.FirstOrDefault(r => r.Revision == number) ?? throw BatonErrors.PromptVersionNotFound(name, number, prompt.LatestVersion);
        return new PromptRevision(prompt, number, revision, PromptTemplate.Parse(revision.Body, $"{name}@{number}"), LabelsOf(prompt, number));
    }

    /// <summary>Renders a version of the prompt (as <see cref="GetAsync"/> picks it) with the given variable values.</summary>
    public Task<RenderedPrompt> RenderAsync(string name, int? version, string? label, IReadOnlyDictionary<string, object?> values, CancellationToken cancellationToken = default) =>
        RenderCoreAsync(name, version, label, values, audience: null, cancellationToken);

    /// <summary>
    /// Renders for an <paramref name="audience"/>: a prompt it may not see is an error (its template is content too), and
    /// items it may not see are withheld from the text (<see cref="RenderedPrompt.Withheld"/>).
    /// </summary>
    public Task<RenderedPrompt> RenderAsync(string name, int? version, string? label, IReadOnlyDictionary<string, object?> values, PromptAudience audience, CancellationToken cancellationToken = default) =>
        RenderCoreAsync(name, version, label, values, audience, cancellationToken);

    private async Task<RenderedPrompt> RenderCoreAsync(string name, int? version, string? label, IReadOnlyDictionary<string, object?> values, PromptAudience? audience, CancellationToken cancellationToken)
    {
        var revision = await GetAsync(name, version, label, cancellationToken);
        if (audience is not null && !audience.Admit(revision.Prompt.ItemId, revision.Revision.Sensitivity))
            throw BatonErrors.PromptWithheld($"{name}@{revision.Version}", revision.Revision.Sensitivity.Name(), audience.Target);
        var compiled = PromptRenderer.Compile(revision.Template, limits);
        return await new PromptRenderer(library, limits).RenderAsync(compiled, name, revision.Version, values, audience, cancellationToken);
    }

    /// <summary>Every version, oldest first, with the labels that point at it.</summary>
    public async Task<(PromptInfo Prompt, IReadOnlyList<PromptVersionInfo> Versions)> VersionsAsync(string name, CancellationToken cancellationToken = default)
    {
        var prompt = await FindAsync(name, cancellationToken);
        var revisions = await library.Store.GetRevisionsAsync(prompt.ItemId, cancellationToken);
        return (prompt, [.. revisions.Select(r => new PromptVersionInfo(r.Revision, r.At, r.Author, r.Title, LabelsOf(prompt, r.Revision)))]);
    }

    /// <summary>Points <paramref name="label"/> at <paramref name="version"/>, creating or moving it.</summary>
    public async Task<PromptLabel> LabelAsync(string name, int version, string label, RevisionAuthor by, CancellationToken cancellationToken = default)
    {
        PromptNames.CheckSettableLabel(label);
        var prompt = await FindAsync(name, cancellationToken);
        if (version < 1 || version > prompt.LatestVersion)
            throw BatonErrors.PromptVersionNotFound(name, version, prompt.LatestVersion);
        await library.Store.SetPromptLabelAsync(name, label, version, by, library.Now(), cancellationToken);
        return new PromptLabel(name, label, version, prompt.Labels.TryGetValue(label, out var previous) ? previous : null);
    }

    private static int Resolve(PromptInfo prompt, string? label)
    {
        if (label is null || label == PromptNames.Latest)
            return prompt.LatestVersion;
        if (!PromptNames.IsValidLabel(label))
            throw BatonErrors.InvalidPromptLabel(label);
        return prompt.Labels.TryGetValue(label, out var version) ? version : throw BatonErrors.PromptLabelNotFound(prompt.Name, label, prompt.Labels.Keys);
    }

    /// <summary>The labels pointing at <paramref name="version"/>: <c>latest</c> first when it is the newest, then by name.</summary>
    private static IReadOnlyList<string> LabelsOf(PromptInfo prompt, int version) =>
    [
        .. prompt.LatestVersion == version ? [PromptNames.Latest] : Array.Empty<string>(),
        .. prompt.Labels.Where(l => l.Value == version).Select(l => l.Key).Order(StringComparer.Ordinal),
    ];
}
