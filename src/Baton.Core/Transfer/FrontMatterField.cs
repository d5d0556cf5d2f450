using YamlDotNet.RepresentationModel;

namespace Baton.Transfer;

/// <summary>A text value of the front matter and the node it came from, for messages that point at it.</summary>
internal readonly record struct FrontMatterField(string Name, string Value, YamlNode Node);
