namespace Baton.Cli.Mcp;

/// <summary>What type of JSON value a tool parameter takes.</summary>
internal enum ParameterType
{
    Text,
    WholeNumber,
    TextList,
    TextMap,
}

/// <summary>
/// One parameter of a Baton MCP tool: what goes into the tool's input schema, and what <see cref="ToolArguments"/>
/// checks before the tool runs, so a malformed call gets a message naming the parameter and what it takes.
/// </summary>
internal sealed record ToolParameter(string Name, ParameterType Type, string Description, bool Required = false, int? Minimum = null, int? Maximum = null)
{
    public static ToolParameter Text(string name, string description, bool required = false) => new(name, ParameterType.Text, description, required);

    public static ToolParameter Number(string name, string description, int minimum, int maximum) =>
        new(name, ParameterType.WholeNumber, description, Minimum: minimum, Maximum: maximum);

    public static ToolParameter List(string name, string description) => new(name, ParameterType.TextList, description);

    public static ToolParameter Map(string name, string description) => new(name, ParameterType.TextMap, description);

    /// <summary>How the parameter reads in an error message: <c>limit (a whole number from 1 to 50)</c>.</summary>
    public string Shape => Type switch
    {
        ParameterType.Text => "text",
        ParameterType.WholeNumber => Maximum == int.MaxValue ? $"a whole number, {Minimum} or more" : $"a whole number from {Minimum} to {Maximum}",
        ParameterType.TextList => "a list of texts",
        ParameterType.TextMap => "an object of NAME: VALUE pairs",
        _ => throw new ArgumentOutOfRangeException(nameof(Type), Type, null),
    };
}
