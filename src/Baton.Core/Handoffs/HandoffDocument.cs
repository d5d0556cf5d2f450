using System.Globalization;
using System.Text.Json.Nodes;
using Baton.Library;

namespace Baton.Handoffs;

/// <summary>
/// A handoff as the JSON of schemas/handoff.v1.json: what the store keeps, what <c>show --json</c> prints.
/// Absent values are left out, never null; lists are left out when empty.
/// </summary>
public static class HandoffDocument
{
    public static JsonObject ToJson(Handoff h)
    {
        var from = new JsonObject { ["actor"] = h.From.Actor.Name(), ["name"] = h.From.Name };
        Add(from, "tool", h.From.Tool);
        Add(from, "model", h.From.Model);
        Add(from, "prompt", h.From.PromptRef);
        Add(from, "url", h.From.Url);
        from["at"] = Time(h.From.At);

        var doc = new JsonObject
        {
            ["schema"] = HandoffSchema.Version,
            ["id"] = h.Id,
            ["number"] = h.Number,
            ["ref"] = h.Ref,
            ["title"] = h.Title,
        };
        Add(doc, "template", h.Template);
        doc["state"] = h.State.Name();
        doc["revision"] = h.Revision;
        doc["from"] = from;
        doc["to"] = h.To;
        doc["intent"] = h.Intent;
        Add(doc, "acceptanceCriteria", h.AcceptanceCriteria);
        Add(doc, "nextSteps", h.NextSteps);
        Add(doc, "openQuestions", h.OpenQuestions);
        Add(doc, "risks", h.Risks);
        Add(doc, "constraints", h.Constraints);

        var v = h.Version;
        var version = new JsonObject();
        Add(version, "repo", v.Repo);
        Add(version, "branch", v.Branch);
        Add(version, "base", v.Base);
        Add(version, "head", v.Head);
        if (v.Dirty is { } dirty)
            version["dirty"] = dirty;
        if (version.Count > 0)
            doc["version"] = version;

        var pack = new JsonObject();
        Add(pack, "id", h.PackId);
        if (h.PackSelection is { } s)
        {
            var selection = new JsonObject();
            Add(selection, "paths", s.Paths);
            Add(selection, "diff", s.Diff);
            Add(selection, "target", s.Target);
            if (s.Budget is { } budget)
                selection["budget"] = budget;
            Add(selection, "style", s.Style);
            pack["selection"] = selection;
        }

        if (pack.Count > 0)
            doc["pack"] = pack;
        Add(doc, "items", h.Items);
        Add(doc, "labels", h.Labels);
        if (h.Due is { } due)
            doc["due"] = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        doc["createdAt"] = Time(h.CreatedAt);
        doc["updatedAt"] = Time(h.UpdatedAt);
        return doc;
    }

    /// <summary>Reads back what <see cref="ToJson"/> wrote (the store's documents are valid by construction).</summary>
    public static Handoff FromJson(JsonObject doc)
    {
        var from = doc["from"]!.AsObject();
        var version = doc["version"] as JsonObject;
        var pack = doc["pack"] as JsonObject;
        var selection = pack?["selection"] as JsonObject;
        return new Handoff
        {
            Id = Str(doc, "id")!,
            Number = doc["number"]!.GetValue<int>(),
            Title = Str(doc, "title")!,
            Template = Str(doc, "template"),
            State = HandoffStates.Parse(Str(doc, "state")!),
            Revision = doc["revision"]!.GetValue<int>(),
            From = new SourceLabel
            {
                Actor = ActorKinds.Parse(Str(from, "actor")!),
                Name = Str(from, "name")!,
                Tool = Str(from, "tool"),
                Model = Str(from, "model"),
                PromptRef = Str(from, "prompt"),
                Url = Str(from, "url"),
                At = ParseTime(Str(from, "at")!),
            },
            To = Str(doc, "to")!,
            Intent = Str(doc, "intent")!,
            AcceptanceCriteria = List(doc, "acceptanceCriteria"),
            NextSteps = List(doc, "nextSteps"),
            OpenQuestions = List(doc, "openQuestions"),
            Risks = List(doc, "risks"),
            Constraints = List(doc, "constraints"),
            Version = version is null ? VersionRefs.None : new VersionRefs(
                Str(version, "repo"), Str(version, "branch"), Str(version, "base"), Str(version, "head"), version["dirty"]?.GetValue<bool>()),
            PackId = pack is null ? null : Str(pack, "id"),
            PackSelection = selection is null ? null : new PackSelection
            {
                Paths = List(selection, "paths"),
                Diff = Str(selection, "diff"),
                Target = Str(selection, "target"),
                Budget = selection["budget"]?.GetValue<int>(),
                Style = Str(selection, "style"),
            },
            Items = List(doc, "items"),
            Labels = List(doc, "labels"),
            Due = Str(doc, "due") is { } due ? DateOnly.ParseExact(due, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            CreatedAt = ParseTime(Str(doc, "createdAt")!),
            UpdatedAt = ParseTime(Str(doc, "updatedAt")!),
        };
    }

    public static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private static void Add(JsonObject target, string name, string? value)
    {
        if (value is not null)
            target[name] = value;
    }

    private static void Add(JsonObject target, string name, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
            target[name] = new JsonArray([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);
    }

    private static string? Str(JsonObject o, string name) => o[name]?.GetValue<string>();

    private static string[] List(JsonObject o, string name) =>
        o[name] is JsonArray array ? [.. array.Select(n => n!.GetValue<string>())] : [];
}
