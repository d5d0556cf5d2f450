using System.Buffers;

namespace Baton.Privacy.Detection;

/// <summary>
/// Finds every anchor of every rule in a buffer and calls the rules there. Each anchor kind is found by one vectorised
/// pass (<see cref="SearchValues{T}"/>), and each call gets a window bounded by the rule's declared look-behind and
/// look-ahead, so the work is linear in the length of the text: <see cref="FindingSink.CharsExamined"/> counts it (the
/// characters each pass walks plus every window handed to a rule), which is what the linear-time test measures.
/// The engine holds no scan state, so one instance serves parallel scans.
/// </summary>
internal sealed class RuleEngine
{
    /// <summary>The inline allow marker; the engine records where it occurs so that suppression can find its lines.</summary>
    public const string AllowMarker = "baton:allow";

    /// <summary>How far past the marker its rule list may reach.</summary>
    public const int AllowMarkerLookahead = 256;

    private readonly SearchValues<string> _literals;
    private readonly int _longestLiteral;
    private readonly int _longestKeyword;
    private readonly Dictionary<char, (string Text, DetectionRule[] Rules)[]> _literalsByFirst;
    private readonly SearchValues<string>? _keywords;
    private readonly Dictionary<char, (string Text, DetectionRule[] Rules)[]> _keywordsByFirst;
    private readonly SearchValues<char>? _characters;
    private readonly Dictionary<char, DetectionRule[]> _rulesByCharacter;
    private readonly DetectionRule[] _digitRules;

    public RuleEngine(IReadOnlyList<DetectionRule> rules)
    {
        Rules = rules;
        foreach (var rule in rules)
        {
            if (rule.Lookbehind is < 0 or > DetectionRule.MaxLookbehind || rule.Lookahead is < 1 or > DetectionRule.MaxLookahead)
                throw new ArgumentException($"rule {rule.Id} declares a window outside the engine's limits", nameof(rules));
        }

        var literals = Group(rules, AnchorKind.Literal);
        literals.TryAdd(AllowMarker, []);
        _literals = SearchValues.Create([.. literals.Keys], StringComparison.Ordinal);
        _longestLiteral = literals.Keys.Max(k => k.Length);
        _literalsByFirst = ByFirstCharacter(literals, ignoreCase: false);

        var keywords = Group(rules, AnchorKind.Keyword);
        _keywords = keywords.Count > 0 ? SearchValues.Create([.. keywords.Keys], StringComparison.OrdinalIgnoreCase) : null;
        _longestKeyword = keywords.Count > 0 ? keywords.Keys.Max(k => k.Length) : 0;
        _keywordsByFirst = ByFirstCharacter(keywords, ignoreCase: true);

        var characters = Group(rules, AnchorKind.Character);
        _characters = characters.Count > 0 ? SearchValues.Create(string.Concat(characters.Keys)) : null;
        _rulesByCharacter = characters.ToDictionary(p => p.Key[0], p => p.Value.ToArray());

        _digitRules = [.. rules.Where(r => r.Anchors.Any(a => a.Kind == AnchorKind.DigitRun))];
        Lookbehind = rules.Max(r => r.Lookbehind);
        Lookahead = Math.Max(rules.Max(r => r.Lookahead), AllowMarkerLookahead);
    }

    public IReadOnlyList<DetectionRule> Rules { get; }

    /// <summary>The most any rule reads before its anchor: the streaming scanner keeps this much of the previous chunk.</summary>
    public int Lookbehind { get; }

    /// <summary>The most any rule reads after its anchor: anchors this close to the end of a chunk wait for the next one.</summary>
    public int Lookahead { get; }

    /// <summary>
    /// Runs every rule at every anchor that starts in [<paramref name="from"/>, <paramref name="to"/>) of
    /// <paramref name="buffer"/>, whose first character is at <paramref name="bufferOffset"/> in the whole text.
    /// </summary>
    public void Scan(ReadOnlySpan<char> buffer, long bufferOffset, int from, int to, FindingSink sink, List<long> allowMarkers)
    {
        ScanLiterals(buffer, bufferOffset, from, to, sink, allowMarkers);
        if (_keywords is not null)
            ScanKeywords(buffer, bufferOffset, from, to, sink);
        if (_characters is not null)
            ScanCharacters(buffer, bufferOffset, from, to, sink);
        if (_digitRules.Length > 0)
            ScanDigitRuns(buffer, bufferOffset, from, to, sink);
    }

    private void ScanLiterals(ReadOnlySpan<char> buffer, long bufferOffset, int from, int to, FindingSink sink, List<long> allowMarkers)
    {
        sink.CharsExamined += to - from;
        // A literal that starts before `to` may end after it: search a little further, keep only starts before `to`.
        var limit = Math.Min(buffer.Length, to + _longestLiteral - 1);
        var position = from;
        while (position < to)
        {
            var found = buffer[position..limit].IndexOfAny(_literals);
            if (found < 0 || position + found >= to)
                break;
            position += found;
            sink.Invoked.Clear();
            foreach (var (text, rules) in _literalsByFirst[buffer[position]])
            {
                if (!buffer[position..].StartsWith(text, StringComparison.Ordinal))
                    continue;
                if (rules.Length == 0)
                    allowMarkers.Add(bufferOffset + position);
                RunOnce(rules, buffer, bufferOffset, position, sink);
            }

            position++;
        }
    }

    private void ScanKeywords(ReadOnlySpan<char> buffer, long bufferOffset, int from, int to, FindingSink sink)
    {
        sink.CharsExamined += to - from;
        var limit = Math.Min(buffer.Length, to + _longestKeyword - 1);
        var position = from;
        while (position < to)
        {
            var found = buffer[position..limit].IndexOfAny(_keywords!);
            if (found < 0 || position + found >= to)
                break;
            position += found;
            sink.Invoked.Clear();
            if (_keywordsByFirst.TryGetValue(char.ToLowerInvariant(buffer[position]), out var candidates))
            {
                foreach (var (text, rules) in candidates)
                {
                    if (buffer[position..].StartsWith(text, StringComparison.OrdinalIgnoreCase))
                        RunOnce(rules, buffer, bufferOffset, position, sink);
                }
            }

            position++;
        }
    }

    private void ScanCharacters(ReadOnlySpan<char> buffer, long bufferOffset, int from, int to, FindingSink sink)
    {
        sink.CharsExamined += to - from;
        var position = from;
        while (position < to)
        {
            var found = buffer[position..to].IndexOfAny(_characters!);
            if (found < 0)
                break;
            position += found;
            foreach (var rule in _rulesByCharacter[buffer[position]])
                Run(rule, buffer, bufferOffset, position, sink);
            position++;
        }
    }

    private void ScanDigitRuns(ReadOnlySpan<char> buffer, long bufferOffset, int from, int to, FindingSink sink)
    {
        sink.CharsExamined += to - from;
        var position = from;
        // A run that began before this range was handled with the range that holds its first digit.
        if (position > 0 && char.IsAsciiDigit(buffer[position - 1]))
            position = SkipDigits(buffer, position);
        while (position < to)
        {
            var found = buffer[position..to].IndexOfAnyInRange('0', '9');
            if (found < 0)
                break;
            position += found;
            // Digits inside lower-case identifiers and hex literals (uint32_t, x86_64, sha256, 0x7f) start nothing.
            var before = position > 0 ? buffer[position - 1] : ' ';
            if (!char.IsAsciiLetterLower(before) && before != '_')
            {
                foreach (var rule in _digitRules)
                    Run(rule, buffer, bufferOffset, position, sink);
            }

            position = SkipDigits(buffer, position);
        }
    }

    private static int SkipDigits(ReadOnlySpan<char> buffer, int position)
    {
        var end = buffer[position..].IndexOfAnyExceptInRange('0', '9');
        return end < 0 ? buffer.Length : position + end;
    }

    /// <summary>Runs each rule once per position, however many of its anchors match there ("secret", "secret_key").</summary>
    private static void RunOnce(DetectionRule[] rules, ReadOnlySpan<char> buffer, long bufferOffset, int anchor, FindingSink sink)
    {
        foreach (var rule in rules)
        {
            if (sink.Invoked.Contains(rule))
                continue;
            sink.Invoked.Add(rule);
            Run(rule, buffer, bufferOffset, anchor, sink);
        }
    }

    private static void Run(DetectionRule rule, ReadOnlySpan<char> buffer, long bufferOffset, int anchor, FindingSink sink)
    {
        var (lookbehind, lookahead) = rule.Window;
        var start = Math.Max(0, anchor - lookbehind);
        var end = (int)Math.Min(buffer.Length, (long)anchor + lookahead);
        sink.CharsExamined += end - start;
        var context = new RuleContext(rule, buffer[start..end], anchor - start, bufferOffset + start, sink);
        rule.Match(ref context);
    }

    private static Dictionary<string, List<DetectionRule>> Group(IReadOnlyList<DetectionRule> rules, AnchorKind kind)
    {
        var comparer = kind == AnchorKind.Keyword ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var groups = new Dictionary<string, List<DetectionRule>>(comparer);
        foreach (var rule in rules)
        {
            foreach (var anchor in rule.Anchors.Where(a => a.Kind == kind))
            {
                if (!groups.TryGetValue(anchor.Text, out var list))
                    groups[anchor.Text] = list = [];
                if (!list.Contains(rule))
                    list.Add(rule);
            }
        }

        return groups;
    }

    private static Dictionary<char, (string Text, DetectionRule[] Rules)[]> ByFirstCharacter(
        Dictionary<string, List<DetectionRule>> groups, bool ignoreCase)
    {
        var result = new Dictionary<char, List<(string, DetectionRule[])>>();
        foreach (var (text, rules) in groups)
        {
            var firsts = ignoreCase ? new[] { char.ToLowerInvariant(text[0]) } : [text[0]];
            foreach (var first in firsts)
            {
                if (!result.TryGetValue(first, out var list))
                    result[first] = list = [];
                list.Add((text, rules.ToArray()));
            }
        }

        return result.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }
}
