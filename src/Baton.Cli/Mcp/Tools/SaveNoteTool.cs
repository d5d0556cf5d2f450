using Baton.Library;
using Microsoft.Extensions.Logging;

namespace Baton.Cli.Mcp.Tools;

/// <summary><c>save_note</c>: keeps something learned while working (a finding, a constraint, how something works).</summary>
internal sealed class SaveNoteTool(McpSession session, ILogger logger) : SaveItemTool(session, logger, ItemKind.Note)
{
    public override string Name => "save_note";

    protected override string Title => "Save a note to the library";

    protected override string Description =>
        "Save a note to this project's context library, so the team and later sessions keep what you learned: how something " +
        "works, a constraint you found, a test result, what you tried. It is labelled as written by AI, with your client's name " +
        "and version, the model and prompt you give, and the git branch and commit. Returns the new item's id. For a choice " +
        "between alternatives with its rationale, use save_decision instead.";
}
