using Baton.Library;
using Microsoft.Extensions.Logging;

namespace Baton.Cli.Mcp.Tools;

/// <summary><c>save_decision</c>: records a choice and why it was made.</summary>
internal sealed class SaveDecisionTool(McpSession session, ILogger logger) : SaveItemTool(session, logger, ItemKind.Decision)
{
    public override string Name => "save_decision";

    protected override string Title => "Save a decision to the library";

    protected override string Description =>
        "Save a decision to this project's context library: what was chosen, the alternatives, and why, so nobody has to " +
        "rediscover it. Write the body as context, decision, consequences. It is labelled as written by AI, with your client's " +
        "name and version, the model and prompt you give, and the git branch and commit. Search first, so you do not record a " +
        "decision twice. Returns the new item's id.";
}
