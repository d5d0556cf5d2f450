using System.Text;
using Baton.Library;

namespace Baton.Bench.Corpus;

/// <summary>
/// Makes the synthetic library: item <c>i</c> of seed <c>s</c> is always the same draft, whatever the batch
/// size, count or machine. Titles of 4–12 words; Markdown bodies of 0.5–5 KB by default (uniform; see
/// <see cref="BodySize"/>) by kind: notes of
/// prose and lists, snippets around a code fence, decisions in ADR form, docs with headings; 1–4 tags of
/// <see cref="TagPool"/>; source labels of people, AI tools and CI.
/// </summary>
internal sealed class CorpusGenerator(ulong seed, DateTimeOffset at, BodySize? size = null)
{
    private readonly BodySize _size = size ?? BodySize.Default;

    private static readonly ZipfTable<string> Tags = new(TagPool.All, 1.0);
    private static readonly ZipfTable<string> TitleLabels = new(Vocabulary.TitleLabels, 1.0);

    public IEnumerable<NewItem> Items(long first, int count)
    {
        for (var i = 0; i < count; i++)
            yield return Item(first + i);
    }

    public NewItem Item(long index)
    {
        var random = SplitMix64.For(seed, index);
        var kind = random.Next(100) switch
        {
            < 45 => ItemKind.Note,
            < 70 => ItemKind.Snippet,
            < 82 => ItemKind.Decision,
            _ => ItemKind.Doc,
        };
        var title = Title(ref random, kind, index);
        var language = kind == ItemKind.Snippet ? CodeWriter.Language(ref random) : null;
        var body = Body(ref random, kind, language, random.Between(_size.Min, _size.Max));
        var source = Source(ref random, kind);
        return new NewItem
        {
            Kind = kind,
            Title = title,
            Body = body,
            Tags = PickTags(ref random),
            Sensitivity = random.Next(100) switch
            {
                < 20 => Sensitivity.Public,
                < 90 => Sensitivity.Internal,
                < 98 => Sensitivity.Confidential,
                _ => Sensitivity.Secret,
            },
            Source = source,
            Anchor = kind == ItemKind.Snippet && source.Path is not null
                ? new SnippetAnchor(source.Path, source.Lines!.Value, source.Commit, Tokens.Hex(ref random, 64), language)
                : null,
        };
    }

    private static string Title(ref SplitMix64 random, ItemKind kind, long index)
    {
        var text = new StringBuilder(96);
        var words = random.Between(4, 12);
        if (kind == ItemKind.Decision && random.Chance(0.4))
        {
            text.Append("ADR ").Append(index % 997 + 1).Append(": ");
            words -= 2;
        }
        else if (random.Chance(kind == ItemKind.Doc ? 0.25 : 0.06))
        {
            text.Append(TitleLabels.Next(ref random)).Append(": ");
            words--;
        }

        var start = text.Length;
        for (var w = 0; w < words; w++)
        {
            if (w > 0)
                text.Append(' ');
            var roll = random.NextDouble();
            if (roll < 0.25 && w > 0)
                text.Append(Tokens.FunctionWord(ref random));
            else if (roll < 0.88)
                text.Append(Tokens.ContentWord(ref random));
            else
                Tokens.Identifier(text, ref random);
        }

        text[start] = char.ToUpperInvariant(text[start]);
        return text.ToString();
    }

    private string Body(ref SplitMix64 random, ItemKind kind, string? language, int target)
    {
        var text = new StringBuilder(target + 1024);
        switch (kind)
        {
            case ItemKind.Snippet:
                ProseWriter.Sentence(text, ref random, random.Between(6, 18));
                text.Append("\n\n");
                CodeWriter.Fence(text, ref random, Math.Clamp(target / 60, 3, 40), language);
                break;
            case ItemKind.Decision:
                text.Append("## Context\n\n");
                ProseWriter.Paragraph(text, ref random);
                text.Append("## Decision\n\n");
                ProseWriter.Paragraph(text, ref random);
                text.Append("## Consequences\n\n");
                ProseWriter.List(text, ref random);
                break;
            case ItemKind.Doc:
                ProseWriter.Heading(text, ref random, 1);
                break;
        }

        while (text.Length < target)
        {
            var roll = random.Next(100);
            if (roll < 58)
                ProseWriter.Paragraph(text, ref random);
            else if (roll < 76)
                ProseWriter.List(text, ref random);
            else if (roll < 88)
                CodeWriter.Fence(text, ref random, random.Between(3, 14));
            else if (roll < 96)
                ProseWriter.Heading(text, ref random, kind == ItemKind.Doc ? 2 : 3);
            else
                ProseWriter.Aside(text, ref random);
        }

        return Trim(text, target);
    }

    /// <summary>Cuts at the last line break at or before <paramref name="target"/> bytes, closing an open code fence.</summary>
    private string Trim(StringBuilder text, int target)
    {
        var body = text.ToString();
        if (body.Length > target)
        {
            var cut = body.LastIndexOf('\n', target - 1);
            body = body[..(cut > _size.Min / 2 ? cut : target)];
        }

        body = body.TrimEnd();
        var fences = 0;
        for (var i = body.IndexOf("```", StringComparison.Ordinal); i >= 0; i = body.IndexOf("```", i + 3, StringComparison.Ordinal))
            fences++;
        return fences % 2 == 1 ? body + "\n```\n" : body + "\n";
    }

    private SourceLabel Source(ref SplitMix64 random, ItemKind kind)
    {
        var roll = random.Next(100);
        var actor = roll < 50 ? ActorKind.Ai : roll < 90 ? ActorKind.Human : ActorKind.Automation;
        var tool = actor switch
        {
            ActorKind.Ai => random.Pick(Vocabulary.Tools),
            ActorKind.Automation => "github-actions",
            _ => null,
        };
        var inRepo = kind == ItemKind.Snippet || random.Chance(0.7);
        string? path = null;
        if (kind == ItemKind.Snippet || random.Chance(0.2))
        {
            var p = new StringBuilder(64);
            Tokens.Path(p, ref random);
            path = p.ToString();
        }

        var start = random.Between(1, 800);
        return new SourceLabel
        {
            Actor = actor,
            Name = actor == ActorKind.Human ? random.Pick(Vocabulary.People) : tool!,
            Tool = tool,
            Model = actor == ActorKind.Ai ? random.Pick(Vocabulary.Models) : null,
            Repo = inRepo ? random.Pick(Vocabulary.Repos) : null,
            Branch = inRepo ? random.Pick(Vocabulary.Branches) : null,
            Commit = inRepo ? Tokens.Hex(ref random, 40) : null,
            Dirty = inRepo ? random.Chance(0.2) : null,
            Path = path,
            Lines = path is null ? null : new LineRange(start, start + random.Between(0, 60)),
            At = at,
        };
    }

    private static List<string> PickTags(ref SplitMix64 random)
    {
        var count = random.Between(1, 4);
        var tags = new List<string>(count);
        while (tags.Count < count)
        {
            var tag = Tags.Next(ref random);
            if (!tags.Contains(tag))
                tags.Add(tag);
        }

        return tags;
    }
}
