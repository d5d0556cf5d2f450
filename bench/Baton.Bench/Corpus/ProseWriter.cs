using System.Text;

namespace Baton.Bench.Corpus;

/// <summary>Markdown prose: sentences with inline code, paths and numbers; paragraphs, lists and headings.</summary>
internal static class ProseWriter
{
    /// <summary>One sentence of <paramref name="words"/> tokens, about half of them function words, as in English.</summary>
    public static void Sentence(StringBuilder text, ref SplitMix64 random, int words)
    {
        for (var w = 0; w < words; w++)
        {
            if (w > 0)
                text.Append(w > 3 && random.Chance(0.06) ? ", " : " ");
            var start = text.Length;
            var roll = random.NextDouble();
            if (roll < 0.43)
            {
                text.Append(Tokens.FunctionWord(ref random));
            }
            else if (roll < 0.855)
            {
                text.Append(Tokens.ContentWord(ref random));
            }
            else if (roll < 0.87)
            {
                text.Append(Tokens.Phrase(ref random));
            }
            else if (roll < 0.925)
            {
                text.Append('`');
                Tokens.Identifier(text, ref random);
                if (random.Chance(0.35))
                {
                    text.Append('.');
                    Tokens.Method(text, ref random);
                    text.Append("()");
                }

                text.Append('`');
            }
            else if (roll < 0.945)
            {
                Tokens.Identifier(text, ref random);
            }
            else if (roll < 0.96)
            {
                text.Append('`');
                Tokens.Path(text, ref random);
                text.Append('`');
            }
            else if (roll < 0.99)
            {
                Tokens.Number(text, ref random);
            }
            else
            {
                Tokens.Reference(text, ref random);
            }

            if (w == 0 && char.IsAsciiLetterLower(text[start]))
                text[start] = char.ToUpperInvariant(text[start]);
        }

        text.Append(random.Chance(0.05) ? '?' : '.');
    }

    public static void Paragraph(StringBuilder text, ref SplitMix64 random)
    {
        for (var s = random.Between(2, 6); s > 0; s--)
        {
            Sentence(text, ref random, random.Between(6, 22));
            if (s > 1)
                text.Append(' ');
        }

        text.Append("\n\n");
    }

    public static void List(StringBuilder text, ref SplitMix64 random)
    {
        var style = random.Next(3);
        var count = random.Between(2, 7);
        for (var i = 1; i <= count; i++)
        {
            text.Append(style switch
            {
                0 => "- ",
                1 => i + ". ",
                _ => random.Chance(0.4) ? "- [x] " : "- [ ] ",
            });
            Sentence(text, ref random, random.Between(4, 12));
            text.Append('\n');
        }

        text.Append('\n');
    }

    public static void Heading(StringBuilder text, ref SplitMix64 random, int level)
    {
        text.Append('#', level).Append(' ');
        var start = text.Length;
        for (var w = random.Between(1, 4); w > 0; w--)
            text.Append(Tokens.ContentWord(ref random)).Append(w > 1 ? " " : "");
        text[start] = char.ToUpperInvariant(text[start]);
        text.Append("\n\n");
    }

    /// <summary>A block quote or a link line, the rarer shapes of Markdown.</summary>
    public static void Aside(StringBuilder text, ref SplitMix64 random)
    {
        if (random.Chance(0.5))
        {
            text.Append("> ");
            Sentence(text, ref random, random.Between(6, 16));
            text.Append("\n\n");
        }
        else
        {
            text.Append("See [");
            Tokens.Identifier(text, ref random);
            text.Append("](https://").Append(random.Pick(Vocabulary.Repos)).Append("/blob/main/");
            Tokens.Path(text, ref random);
            text.Append(") for ");
            Sentence(text, ref random, random.Between(3, 8));
            text.Append("\n\n");
        }
    }
}
