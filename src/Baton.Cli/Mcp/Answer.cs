using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Baton.Privacy.Boundaries;

namespace Baton.Cli.Mcp;

/// <summary>
/// What an MCP tool answers: a JSON object whose text values can only be <see cref="PrivacyBoundary.Cleared"/>, so no
/// tool can put a string into an answer that did not pass the boundary. Numbers and flags carry no content. Names are
/// the code's own (checked to be plain camelCase words), never data.
/// </summary>
internal sealed class Answer
{
    private static readonly JsonSerializerOptions Json = new()
    {
        // Keep <EMAIL_1> and non-ASCII text readable; only quotes, backslashes and control characters are escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly JsonObject _node = [];

    public Answer Text(string name, PrivacyBoundary.Cleared? value)
    {
        if (value is not null)
            _node[Checked(name)] = value.Text;
        return this;
    }

    public Answer Texts(string name, IEnumerable<PrivacyBoundary.Cleared> values)
    {
        _node[Checked(name)] = new JsonArray([.. values.Select(v => (JsonNode)v.Text)]);
        return this;
    }

    public Answer Number(string name, long? value)
    {
        if (value is not null)
            _node[Checked(name)] = value.Value;
        return this;
    }

    public Answer Flag(string name, bool? value)
    {
        if (value is not null)
            _node[Checked(name)] = value.Value;
        return this;
    }

    public Answer Object(string name, Answer? value)
    {
        if (value is not null)
            _node[Checked(name)] = value._node;
        return this;
    }

    public Answer Objects(string name, IEnumerable<Answer> values)
    {
        _node[Checked(name)] = new JsonArray([.. values.Select(v => (JsonNode)v._node)]);
        return this;
    }

    /// <summary>
    /// The answer as JSON text, passed through the boundary once more as a whole: the fields passed one by one, and this
    /// last pass is the backstop for anything that only shows when they stand together.
    /// </summary>
    public PrivacyBoundary.Cleared ToJson(PrivacyBoundary boundary) => boundary.Pass(_node.ToJsonString(Json));

    private static string Checked(string name) =>
        name.Length is > 0 and <= 40 && char.IsAsciiLetterLower(name[0]) && name.All(char.IsAsciiLetter)
            ? name
            : throw new ArgumentException($"'{name}' is not a camelCase field name; answers name their fields in code, never from data", nameof(name));
}
