using Baton.Library;

namespace Baton.Prompts;

/// <summary>
/// Who a render is for: the target's name (for the withheld marker) and whether content of a sensitivity may reach it
/// (a privacy boundary's <c>Admit</c>, which also records what it refuses). Items the audience may not see are never
/// rendered: <c>item</c> prints a marker in their place, the list filters leave them out.
/// </summary>
public sealed record PromptAudience(string Target, Func<string, Sensitivity, bool> Admit);
