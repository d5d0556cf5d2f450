using System.Text;

namespace Baton.Bench.Corpus;

/// <summary>Fenced code blocks in a handful of languages, made of the corpus's identifiers and words.</summary>
internal static class CodeWriter
{
    private static readonly ZipfTable<string> Languages = new(Vocabulary.Languages, 1.0);

    public static string Language(ref SplitMix64 random) => Languages.Next(ref random);

    public static void Fence(StringBuilder text, ref SplitMix64 random, int lines, string? language = null)
    {
        language ??= Language(ref random);
        text.Append("```").Append(language).Append('\n');
        for (var i = 0; i < lines; i++)
        {
            Line(text, ref random, language);
            text.Append('\n');
        }

        text.Append("```\n\n");
    }

    private static void Line(StringBuilder text, ref SplitMix64 random, string language)
    {
        switch (language)
        {
            case "bash":
                Bash(text, ref random);
                break;
            case "sql":
                Sql(text, ref random);
                break;
            case "json" or "yaml":
                Pair(text, ref random, language == "json");
                break;
            case "python":
                Python(text, ref random);
                break;
            case "text":
                ProseWriter.Sentence(text, ref random, random.Between(3, 10));
                break;
            case "diff":
                text.Append(random.Chance(0.5) ? "+ " : "- ");
                CSharp(text, ref random);
                break;
            default:
                CSharp(text, ref random);
                break;
        }
    }

    private static void CSharp(StringBuilder text, ref SplitMix64 random)
    {
        text.Append(' ', 4 * random.Between(0, 3));
        switch (random.Next(7))
        {
            case 0:
                text.Append("var ");
                Tokens.Local(text, ref random);
                text.Append(" = new ");
                Tokens.Identifier(text, ref random);
                text.Append('(');
                Tokens.Local(text, ref random);
                text.Append(", ");
                Tokens.Number(text, ref random);
                text.Append(");");
                break;
            case 1:
                text.Append("await ");
                Tokens.Local(text, ref random);
                text.Append('.');
                Tokens.Method(text, ref random);
                text.Append('(');
                Tokens.Local(text, ref random);
                text.Append(", cancellationToken);");
                break;
            case 2:
                text.Append("if (");
                Tokens.Local(text, ref random);
                text.Append(" is null) throw new ");
                Tokens.Identifier(text, ref random);
                text.Append("Exception(\"").Append(Tokens.ContentWord(ref random)).Append(' ').Append(Tokens.ContentWord(ref random)).Append("\");");
                break;
            case 3:
                text.Append("return ");
                Tokens.Local(text, ref random);
                text.Append('.');
                Tokens.Method(text, ref random);
                text.Append("();");
                break;
            case 4:
                text.Append("// ");
                ProseWriter.Sentence(text, ref random, random.Between(4, 12));
                break;
            case 5:
                text.Append("public ");
                Tokens.Identifier(text, ref random);
                text.Append(' ');
                Tokens.Method(text, ref random);
                text.Append('(');
                Tokens.Identifier(text, ref random);
                text.Append(' ');
                Tokens.Local(text, ref random);
                text.Append(") =>");
                break;
            default:
                text.Append('}');
                break;
        }
    }

    private static void Bash(StringBuilder text, ref SplitMix64 random)
    {
        switch (random.Next(5))
        {
            case 0:
                text.Append("dotnet test --filter ");
                Tokens.Identifier(text, ref random);
                break;
            case 1:
                text.Append("git log --oneline -- ");
                Tokens.Path(text, ref random);
                break;
            case 2:
                text.Append("kubectl rollout restart deployment/").Append(Tokens.ContentWord(ref random)).Append('-').Append(Tokens.ContentWord(ref random));
                break;
            case 3:
                text.Append("curl -sf https://").Append(Tokens.ContentWord(ref random)).Append(".internal/api/").Append(Tokens.ContentWord(ref random)).Append(" | jq .");
                break;
            default:
                text.Append("grep -rn ");
                Tokens.Identifier(text, ref random);
                text.Append(' ').Append(random.Pick(Vocabulary.PathRoots)).Append('/');
                break;
        }
    }

    private static void Sql(StringBuilder text, ref SplitMix64 random)
    {
        var table = Tokens.ContentWord(ref random) + "s";
        var column = Tokens.ContentWord(ref random);
        switch (random.Next(3))
        {
            case 0:
                text.Append("SELECT ").Append(column).Append(", ").Append(Tokens.ContentWord(ref random)).Append(" FROM ").Append(table)
                    .Append(" WHERE ").Append(column).Append(" = $").Append(column).Append(';');
                break;
            case 1:
                text.Append("CREATE INDEX ").Append(table).Append('_').Append(column).Append(" ON ").Append(table).Append(" (").Append(column).Append(");");
                break;
            default:
                text.Append("UPDATE ").Append(table).Append(" SET ").Append(column).Append(" = ");
                Tokens.Number(text, ref random);
                text.Append(" WHERE id = $id;");
                break;
        }
    }

    private static void Pair(StringBuilder text, ref SplitMix64 random, bool json)
    {
        var key = Tokens.ContentWord(ref random);
        text.Append(' ', 2 * random.Between(0, 2));
        text.Append(json ? "\"" + key + "\": \"" : key + ": ");
        if (random.Chance(0.5))
            Tokens.Number(text, ref random);
        else
            Tokens.Identifier(text, ref random);
        text.Append(json ? "\"," : "");
    }

    private static void Python(StringBuilder text, ref SplitMix64 random)
    {
        var name = Tokens.ContentWord(ref random) + "_" + Tokens.ContentWord(ref random);
        text.Append(random.Next(3) switch
        {
            0 => "def " + name + "(" + Tokens.ContentWord(ref random) + ", " + Tokens.ContentWord(ref random) + "):",
            1 => "    return " + name + "(" + Tokens.ContentWord(ref random) + ")",
            _ => "    " + name + " = " + Tokens.ContentWord(ref random) + "." + Tokens.ContentWord(ref random) + "()",
        });
    }
}
