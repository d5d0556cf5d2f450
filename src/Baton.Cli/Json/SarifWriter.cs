using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Baton.Privacy;
using Baton.Privacy.Detection;
using Baton.Privacy.Scanning;

namespace Baton.Cli.Json;

/// <summary>
/// Writes scan findings as SARIF 2.1.0, in the shape GitHub code scanning accepts: every rule in
/// <c>tool.driver.rules</c> (so <c>ruleIndex</c> is stable between runs), one result per finding with its
/// repository-relative location under <c>%SRCROOT%</c>, columns in UTF-16 code units, and a partial fingerprint.
/// </summary>
internal static class SarifWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string InformationUri = "https://www.nuget.org/packages/Baton";

    /// <summary>For secrets, the finding's fingerprint, so an alert follows a value across edits.</summary>
    public const string ValueFingerprintKey = "batonFingerprint/v1";

    /// <summary>
    /// For personal data, a hash of rule, path and the finding's place among that rule's findings in the file: a value
    /// fingerprint of a phone number or SSN could be reversed by trying every candidate, and SARIF leaves the machine.
    /// </summary>
    public const string LocationFingerprintKey = "batonLocation/v1";

    public static string Write(IReadOnlyList<ReportedFinding> findings, IReadOnlyList<DetectionRule> rules, string root, string version)
    {
        var kinds = rules.ToDictionary(r => r.Id, r => r.Kind, StringComparer.Ordinal);
        kinds.TryAdd(Privacy.Detection.Rules.AwsAccessKeyRule.SecretRuleId, FindingKind.Secret);
        var described = RuleDescriptions.All.Where(d => kinds.ContainsKey(d.Id)).ToList();
        var index = described.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);

        using var buffer = new MemoryStream();
        // Relaxed escaping keeps non-ASCII paths and messages readable; SARIF is read by tools, never embedded in HTML.
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "baton");
            json.WriteString("version", version);
            json.WriteString("semanticVersion", version);
            json.WriteString("informationUri", InformationUri);
            json.WriteStartArray("rules");
            foreach (var (id, name, help) in described)
                WriteRule(json, id, name, help, kinds[id]);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject("%SRCROOT%");
            json.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar).AbsoluteUri);
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            var occurrences = new Dictionary<(string, string), int>();
            foreach (var reported in findings)
            {
                var key = (reported.Path, reported.Finding.RuleId);
                var occurrence = occurrences[key] = occurrences.GetValueOrDefault(key) + 1;
                WriteResult(json, reported, index.GetValueOrDefault(reported.Finding.RuleId, -1), occurrence);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteRule(Utf8JsonWriter json, string id, string name, string help, FindingKind kind)
    {
        json.WriteStartObject();
        json.WriteString("id", id);
        // SARIF wants a name people can read that differs from the opaque id: "GitHub token" → "GitHubToken".
        json.WriteString("name", string.Concat(name.Split(' ', '-', '(', ')').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..])));
        json.WriteStartObject("shortDescription");
        json.WriteString("text", name);
        json.WriteEndObject();
        json.WriteStartObject("fullDescription");
        json.WriteString("text", help[..(help.IndexOf(". ", StringComparison.Ordinal) is var end and > 0 ? end + 1 : help.Length)]);
        json.WriteEndObject();
        json.WriteStartObject("help");
        json.WriteString("text", help);
        json.WriteString("markdown", $"**{name}** (`{id}`). {help} See Baton's docs/privacy.md for the rule's checks and for allowing findings.");
        json.WriteEndObject();
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(kind));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteStartArray("tags");
        json.WriteStringValue("security");
        json.WriteStringValue(kind == FindingKind.Secret ? "secret" : "personal-data");
        json.WriteEndArray();
        // GitHub code scanning reads this to rank alerts: leaked credentials as critical, personal data as medium.
        json.WriteString("security-severity", kind == FindingKind.Secret ? "9.0" : "5.0");
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, ReportedFinding reported, int ruleIndex, int occurrence)
    {
        var finding = reported.Finding;
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        if (ruleIndex >= 0)
            json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(finding.Kind));
        json.WriteStartObject("message");
        json.WriteString("text", $"{RuleDescriptions.NameOf(finding.RuleId)} found{(reported.Commit is null ? "" : $" in commit {reported.Commit}")} ({Confidence(finding.Confidence)} confidence). " +
            $"Fingerprint {finding.Fingerprint}; to accept it, add `{finding.Fingerprint} {finding.RuleId} {reported.Path}` to the privacy baseline.");
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", Uri(reported.Path));
        json.WriteString("uriBaseId", "%SRCROOT%");
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", finding.Line);
        json.WriteNumber("startColumn", finding.Column);
        json.WriteNumber("endLine", finding.EndLine);
        json.WriteNumber("endColumn", reported.EndColumn);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("partialFingerprints");
        if (finding.Kind == FindingKind.Secret)
            json.WriteString(ValueFingerprintKey, finding.Fingerprint);
        else
            json.WriteString(LocationFingerprintKey, LocationFingerprint(finding.RuleId, reported.Path, occurrence));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("confidence", Confidence(finding.Confidence));
        json.WriteString("kind", finding.Kind == FindingKind.Secret ? "secret" : "personal-data");
        if (reported.Commit is not null)
            json.WriteString("commit", reported.Commit);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    public static string Level(FindingKind kind) => kind == FindingKind.Secret ? "error" : "warning";

    public static string Confidence(Confidence confidence) => confidence.ToString().ToLowerInvariant();

    /// <summary>A relative URI reference: each segment percent-encoded (spaces, '#', '%', non-ASCII), '/' kept.</summary>
    public static string Uri(string path) => string.Join('/', path.Split('/').Select(System.Uri.EscapeDataString));

    private static string LocationFingerprint(string ruleId, string path, int occurrence)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{ruleId}\0{path}\0{occurrence}"));
        return Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }
}
