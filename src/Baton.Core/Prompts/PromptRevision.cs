using Baton.Library;

namespace Baton.Prompts;

/// <summary>One version of a prompt, read back: the stored file, its parsed template, and the labels that point at it (<c>latest</c> included).</summary>
public sealed record PromptRevision(PromptInfo Prompt, int Version, ItemRevision Revision, PromptTemplate Template, IReadOnlyList<string> Labels);
