using System.Text;

namespace Baton.Library;

/// <summary>
/// A user's search text turned into an FTS5 match expression. Users write words, "quoted phrases",
/// prefix* terms, AND / OR / NOT, parentheses and column filters (title:, body:, tags:). Every word is
/// quoted before it reaches FTS5, so punctuation such as <c>api-spec</c> or <c>C#</c> is searched for,
/// not parsed as syntax; what remains (operators, parentheses) is checked by the store, which turns
/// FTS5's syntax errors into <see cref="BatonErrors.InvalidQuery"/>.
/// </summary>
public sealed record SearchQuery(string Text, string MatchExpression)
{
    /// <summary>Whether a term is a prefix (<c>deploy*</c>): FTS5 expands those to every word they start.</summary>
    public bool HasPrefix => MatchExpression.Contains("\"*", StringComparison.Ordinal);

    /// <summary>
    /// One character per phrase of <see cref="MatchExpression"/>, in the order FTS5 numbers them: <c>p</c> for a prefix
    /// term, <c>-</c> for a word or phrase. Every phrase is a quoted string here, so FTS5's order is the text's order.
    /// </summary>
    public string PhraseKinds
    {
        get
        {
            var kinds = new StringBuilder();
            var expression = MatchExpression;
            for (var i = 0; i < expression.Length; i++)
            {
                if (expression[i] != '"')
                    continue;
                i++;
                while (i < expression.Length && (expression[i] != '"' || (i + 1 < expression.Length && expression[i + 1] == '"' && ++i > 0)))
                    i++;
                kinds.Append(i + 1 < expression.Length && expression[i + 1] == '*' ? 'p' : '-');
            }

            return kinds.ToString();
        }
    }

    private static readonly string[] Columns = ["title", "body", "tags"];

    public static SearchQuery Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw BatonErrors.InvalidQuery(text, "the query is empty");

        var match = new StringBuilder(text.Length + 16);
        var depth = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (c is '(' or ')')
            {
                depth += c == '(' ? 1 : -1;
                if (depth < 0)
                    throw BatonErrors.InvalidQuery(text, "a ')' has no matching '('");
                Append(match, c.ToString());
                i++;
                continue;
            }

            if (c == '"')
            {
                var close = text.IndexOf('"', i + 1);
                if (close < 0)
                    throw BatonErrors.InvalidQuery(text, "a quote is not closed");
                var phrase = text[(i + 1)..close];
                i = close + 1;
                var prefix = i < text.Length && text[i] == '*';
                if (prefix)
                    i++;
                if (phrase.Trim().Length > 0)
                    Append(match, Quote(phrase) + (prefix ? "*" : ""));
                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not '(' and not ')' and not '"')
                i++;
            Append(match, Term(text, text[start..i]));
        }

        if (depth > 0)
            throw BatonErrors.InvalidQuery(text, "a '(' is not closed");
        if (match.Length == 0)
            throw BatonErrors.InvalidQuery(text, "the query has no words");
        return new SearchQuery(text, match.ToString());
    }

    private static string Term(string query, string word)
    {
        if (word is "AND" or "OR" or "NOT")
            return word;

        var colon = word.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && Columns.Contains(word[..colon], StringComparer.OrdinalIgnoreCase))
        {
            var rest = word[(colon + 1)..];
            if (rest.Length == 0)
                throw BatonErrors.InvalidQuery(query, $"'{word}' names a column but no word to find in it");
            return word[..colon].ToLowerInvariant() + " : " + Term(query, rest);
        }

        var prefix = word.EndsWith('*');
        var bare = word.TrimEnd('*');
        if (bare.Length == 0)
            throw BatonErrors.InvalidQuery(query, "'*' must follow the start of a word, as in deploy*");
        if (bare.Contains('*', StringComparison.Ordinal))
            throw BatonErrors.InvalidQuery(query, $"'{word}': '*' is allowed only at the end of a word");
        return Quote(bare) + (prefix ? "*" : "");
    }

    private static string Quote(string phrase) => "\"" + phrase.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static void Append(StringBuilder match, string token)
    {
        if (match.Length > 0 && token != ")" && match[^1] != '(')
            match.Append(' ');
        match.Append(token);
    }
}
