using System.Text.Json;

namespace Baton.PrivacyBench.Scoring;

/// <summary>Reads secretlint's <c>--format json</c> output: one entry per file, with each message's character range.</summary>
internal static class SecretlintReport
{
    public static List<Detection> Read(string path, string corpusRoot)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var detections = new List<Detection>();
        var root = Path.GetFullPath(corpusRoot);
        foreach (var file in document.RootElement.EnumerateArray())
        {
            var relative = Path.GetRelativePath(root, file.GetProperty("filePath").GetString()!).Replace('\\', '/');
            foreach (var message in file.GetProperty("messages").EnumerateArray())
            {
                var range = message.GetProperty("range");
                var rule = message.GetProperty("ruleId").GetString()!.Replace("@secretlint/secretlint-rule-", "", StringComparison.Ordinal);
                detections.Add(new Detection(relative, rule, range[0].GetInt32(), range[1].GetInt32()));
            }
        }

        return detections;
    }
}
