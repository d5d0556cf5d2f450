using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Baton.Transfer;

/// <summary>
/// Writes block-style YAML through YamlDotNet's emitter, so that quoting and escaping follow the YAML spec.
/// Text that a YAML reader could take for a number, boolean, null or date (<c>yes</c>, <c>1.0</c>, <c>null</c>,
/// <c>2026-05-28</c>) is double-quoted; other text is plain when YAML allows it, so that files stay easy to read.
/// Missing (null) values are left out.
/// </summary>
internal sealed partial class FrontMatterEmitter
{
    private static readonly EmitterSettings Settings = new EmitterSettings()
        .WithNewLine("\n")
        .WithBestWidth(int.MaxValue)
        .WithMaxSimpleKeyLength(1024);

    // YAML 1.1 and 1.2 read these plain words as booleans or null; every reader must see text.
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "", "~", "null", "true", "false", "yes", "no", "on", "off", "y", "n",
        ".inf", "+.inf", "-.inf", ".nan",
    };

    private readonly Emitter _emitter;

    public FrontMatterEmitter(TextWriter writer)
    {
        _emitter = new Emitter(writer, Settings);
        _emitter.Emit(new StreamStart());
        _emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        _emitter.Emit(new MappingStart(null, null, isImplicit: true, MappingStyle.Block));
    }

    public void Finish()
    {
        _emitter.Emit(new MappingEnd());
        _emitter.Emit(new DocumentEnd(isImplicit: true));
        _emitter.Emit(new StreamEnd());
    }

    public void Text(string key, string? value)
    {
        if (value is null)
            return;
        Key(key);
        TextValue(value);
    }

    /// <summary>A value that is meant to be read as YAML reads it: numbers, booleans, times, line ranges.</summary>
    public void Plain(string key, string? value)
    {
        if (value is null)
            return;
        Key(key);
        _emitter.Emit(new Scalar(null, null, value, ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));
    }

    public void Number(string key, int value) => Plain(key, value.ToString(CultureInfo.InvariantCulture));

    public void Boolean(string key, bool? value) => Plain(key, value switch { true => "true", false => "false", null => null });

    /// <summary>UTC, milliseconds, ISO 8601: the store's precision, so that it reads back equal.</summary>
    public void Time(string key, DateTimeOffset? value) =>
        Plain(key, value?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));

    public void FlowList(string key, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
            return;
        Key(key);
        _emitter.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Flow));
        foreach (var value in values)
            TextValue(value);
        _emitter.Emit(new SequenceEnd());
    }

    public void BeginMapping(string key)
    {
        Key(key);
        BeginMapping();
    }

    public void BeginMapping() => _emitter.Emit(new MappingStart(null, null, isImplicit: true, MappingStyle.Block));

    public void EndMapping() => _emitter.Emit(new MappingEnd());

    public void BeginList(string key)
    {
        Key(key);
        _emitter.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Block));
    }

    public void EndList() => _emitter.Emit(new SequenceEnd());

    private void Key(string key) => TextValue(key);

    private void TextValue(string value) => _emitter.Emit(NeedsQuotes(value)
        ? new Scalar(null, null, value, ScalarStyle.DoubleQuoted, isPlainImplicit: false, isQuotedImplicit: true)
        : new Scalar(null, null, value, ScalarStyle.Any, isPlainImplicit: true, isQuotedImplicit: true));

    /// <summary>
    /// Whether a plain scalar could resolve to something other than this text. Numbers of any YAML schema
    /// (<c>1.0</c>, <c>-5</c>, <c>0x1F</c>, <c>1e-3</c>, <c>1:20</c>) start with a digit, sign or dot and use only digits,
    /// hex letters and <c>+-._:xo</c>; dates start <c>yyyy-m-d</c>. The merge key <c>&lt;&lt;</c> and YAML 1.1's
    /// value key <c>=</c> are quoted too. Ids such as <c>01m8934vcam56aybh7arfz0nnk</c> stay plain.
    /// </summary>
    internal static bool NeedsQuotes(string value)
    {
        if (Reserved.Contains(value) || value[0] is '<' or '=')
            return true;
        if (!char.IsAsciiDigit(value[0]) && value[0] is not ('+' or '-' or '.'))
            return false;
        return value.All(c => char.IsAsciiHexDigit(c) || c is '+' or '-' or '.' or '_' or ':' or 'x' or 'X' or 'o' or 'O')
            || DatePrefix().IsMatch(value);
    }

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}")]
    private static partial Regex DatePrefix();
}
