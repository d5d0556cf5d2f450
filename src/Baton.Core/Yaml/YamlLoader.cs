using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Baton.Yaml;

/// <summary>Loads YAML text (front matter, vars files) so that every malformed input becomes an error with its line and column in the file.</summary>
internal static class YamlLoader
{
    /// <param name="firstLine">The line of the file that holds the first line of <paramref name="yaml"/>.</param>
    public static YamlStream Load(string yaml, string source, int firstLine = 1)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw BatonErrors.InvalidYaml(source, e.Start.Line + firstLine - 1, e.Start.Column, e.InnerException?.Message ?? e.Message, e);
        }
        catch (InvalidOperationException e) when (e.Source == "YamlDotNet")
        {
            // YamlDotNet 18 throws this, not a YamlException, for a flow collection left open ("title: [draft"
            // followed by more lines). Point at the last token it could read: usually that '[' or '{'.
            var at = LastReadableToken(yaml);
            throw BatonErrors.InvalidYaml(source, at.Line + firstLine - 1, at.Column, "the YAML cannot be read past this point; close the '[' or '{' or quote the value", e);
        }

        return stream;
    }

    private static Mark LastReadableToken(string yaml)
    {
        var scanner = new Scanner(new StringReader(yaml));
        var last = new Mark(0, 1, 1);
        try
        {
            while (scanner.MoveNext())
                last = scanner.Current!.Start;
        }
        catch (Exception e) when (e is InvalidOperationException or YamlException)
        {
            // Expected: the scan fails where the load did.
        }

        return last;
    }
}
