using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace Baton.Storage.Sqlite;

/// <summary>
/// The FTS5 auxiliary function <c>baton_rank(items_fts, first_rowid, last_rowid, phrase_kinds, weight...)</c>: FTS5's own bm25
/// (k1 1.2, b 0.75, the same per-column weights, the same sign) except for how it learns how many items contain
/// each phrase. bm25 counts them over the whole index on its first call — every posting of <c>the</c>, every
/// position of both words of <c>"the request"</c> — which took 40–250 ms at 1M items however few rows are ranked.
/// This function walks a phrase's matches oldest first and stops at <see cref="SampleHits"/> (500): a phrase with fewer
/// is counted exactly (so bm25's figures are unchanged for it), a commoner one is estimated from the share of the
/// rowid span (<c>first_rowid</c>..<c>last_rowid</c>) that the sample covered. A query of one phrase ranks exactly
/// as bm25 does (the document frequency only scales every score alike), so its sample is
/// <see cref="SingleSampleHits"/>; see docs/search.md.
/// <c>phrase_kinds</c> (<see cref="Library.SearchQuery.PhraseKinds"/>) marks prefix terms with <c>p</c>: walking one
/// expands the prefix into every matching term's postings a second time, so a query whose only counted phrase is a
/// prefix gives it the <see cref="PrefixIdf"/> of a word found in about a quarter of the items instead (its order is
/// bm25's either way); beside other phrases a prefix is counted like them, since its weight against theirs decides
/// the order. <c>f</c> marks a phrase that only filters (a tag the store added): it is not counted and adds nothing.
/// </summary>
/// <remarks>
/// FTS5 offers auxiliary functions only through the C API (<c>fts5_api.xCreateFunction</c>), so this binds to the
/// same <c>e_sqlite3</c> library that Microsoft.Data.Sqlite loads, by the same name.
/// </remarks>
internal static unsafe partial class Fts5Ranking
{
    public const string Name = "baton_rank";

    /// <summary>
    /// Matches read per phrase before its count is estimated: about ±4.5% relative error in the count (1/√500), which
    /// moves the IDF by about 0.045 — little beside a rare phrase's IDF of 5–10, and a common phrase's IDF is near 0.
    /// </summary>
    public const int SampleHits = 500;

    /// <summary>
    /// The sample when the query has one counted phrase: its IDF then scales every score alike and cannot change the
    /// order, so a rougher count (about ±14%) serves, and a phrase with many non-matching postings between its
    /// matches (<c>title:postgres</c>) is walked a tenth as far.
    /// </summary>
    public const int SingleSampleHits = 50;

    /// <summary>bm25's IDF of a word in 27% of the items, for a query of one prefix, whose IDF only scales its scores.</summary>
    public const double PrefixIdf = 1.0;

    private const int FirstWeight = 3;
    private const string Library = "e_sqlite3";
    private const int SqliteOk = 0;
    private const int SqliteError = 1;
    private const int SqliteRow = 100;
    private const int SqliteDone = 101;
    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary>Adds <c>baton_rank</c> to the connection's FTS5. Throws SqliteException when the file cannot be read, InvalidOperationException when FTS5 is missing (a bug).</summary>
    public static void Register(SqliteConnection connection)
    {
        var db = connection.Handle?.DangerousGetHandle() ?? throw new InvalidOperationException("The connection is not open.");
        var api = (Fts5Api*)null;
        nint statement;
        var sql = "SELECT fts5(?1)"u8;
        fixed (byte* text = sql)
        {
            var rc = sqlite3_prepare_v2(db, text, sql.Length, &statement, 0);
            if (rc != SqliteOk)
                throw new SqliteException("SQLite has no fts5() function to register baton_rank with.", rc);
        }

        try
        {
            fixed (byte* type = "fts5_api_ptr"u8)
            {
                if (sqlite3_bind_pointer(statement, 1, &api, type, 0) != SqliteOk || sqlite3_step(statement) != SqliteRow)
                    throw new InvalidOperationException("SQLite's fts5() did not hand out its API.");
            }
        }
        finally
        {
            _ = sqlite3_finalize(statement); // reports the step's error again, already handled above
        }

        if (api == null || api->Version < 2)
            throw new InvalidOperationException("SQLite's FTS5 API is missing or older than version 2.");
        fixed (byte* name = "baton_rank"u8)
        {
            if (api->CreateFunction(api, name, null, &Rank, null) != SqliteOk)
                throw new InvalidOperationException("FTS5 refused to register baton_rank.");
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Rank(Fts5ExtensionApi* api, nint fts, nint context, int argc, nint* argv)
    {
        try
        {
            var rc = Score(api, fts, argc, argv, out var score);
            if (rc == SqliteOk)
                sqlite3_result_double(context, score);
            else
                sqlite3_result_error_code(context, rc);
        }
#pragma warning disable CA1031 // an exception must not unwind into SQLite's C frames; it becomes an SQL error.
        catch
#pragma warning restore CA1031
        {
            sqlite3_result_error_code(context, SqliteError);
        }
    }

    private static int Score(Fts5ExtensionApi* api, nint fts, int argc, nint* argv, out double score)
    {
        score = 0;
        var stats = (Statistics*)api->GetAuxdata(fts, 0);
        if (stats == null)
        {
            if (argc < FirstWeight)
                return SqliteError;
            var kinds = new ReadOnlySpan<byte>(sqlite3_value_text(argv[2]), sqlite3_value_bytes(argv[2]));
            var rc = Gather(api, fts, sqlite3_value_int64(argv[0]), sqlite3_value_int64(argv[1]), kinds, out stats);
            if (rc != SqliteOk)
                return rc;
            // On failure FTS5 frees stats itself, through Free.
            rc = api->SetAuxdata(fts, stats, &Free);
            if (rc != SqliteOk)
                return rc;
        }

        var phrases = stats->Phrases;
        var idf = stats->Idf;
        var frequency = idf + phrases;
        new Span<double>(frequency, phrases).Clear();

        int instances;
        var status = api->InstCount(fts, &instances);
        for (var i = 0; status == SqliteOk && i < instances; i++)
        {
            int phrase, column, offset;
            status = api->Inst(fts, i, &phrase, &column, &offset);
            if (status == SqliteOk)
                frequency[phrase] += column + FirstWeight < argc ? sqlite3_value_double(argv[column + FirstWeight]) : 1.0;
        }

        int tokens;
        if (status == SqliteOk)
            status = api->ColumnSize(fts, -1, &tokens);
        else
            tokens = 0;
        if (status != SqliteOk)
            return status;

        var sum = 0.0;
        for (var p = 0; p < phrases; p++)
            sum += idf[p] * (frequency[p] * (K1 + 1.0)) / (frequency[p] + K1 * (1 - B + B * tokens / stats->AverageLength));
        score = -sum;
        return SqliteOk;
    }

    /// <summary>Once per query: the average row length and each phrase's inverse document frequency.</summary>
    private static int Gather(Fts5ExtensionApi* api, nint fts, long firstRowid, long lastRowid, ReadOnlySpan<byte> kinds, out Statistics* stats)
    {
        stats = null;
        long rows, tokens;
        var rc = api->RowCount(fts, &rows);
        if (rc == SqliteOk)
            rc = api->ColumnTotalSize(fts, -1, &tokens);
        else
            tokens = 0;
        if (rc != SqliteOk)
            return rc;

        var phrases = api->PhraseCount(fts);
        var block = (Statistics*)NativeMemory.AllocZeroed((nuint)(sizeof(Statistics) + 2 * Math.Max(phrases, 1) * sizeof(double)));
        block->Phrases = phrases;
        block->Idf = (double*)(block + 1);
        block->AverageLength = rows > 0 && tokens > 0 ? (double)tokens / rows : 1.0;
        var counted = 0;
        for (var p = 0; p < phrases; p++)
            counted += p < kinds.Length && kinds[p] == (byte)'f' ? 0 : 1;
        for (var p = 0; p < phrases; p++)
        {
            var kind = p < kinds.Length ? kinds[p] : (byte)'-';
            if (kind == (byte)'f' || (kind == (byte)'p' && counted == 1))
            {
                block->Idf[p] = kind == (byte)'p' ? PrefixIdf : 0.0;
                continue;
            }

            var sample = new Sample { Limit = counted == 1 ? SingleSampleHits : SampleHits };
            rc = api->QueryPhrase(fts, p, &sample, &CountHit);
            if (rc != SqliteOk)
            {
                NativeMemory.Free(block);
                return rc;
            }

            var hits = (double)sample.Hits;
            if (sample.Hits >= sample.Limit && lastRowid > firstRowid)
            {
                var covered = Math.Clamp((double)(sample.LastRowid - firstRowid + 1) / (lastRowid - firstRowid + 1), 1e-9, 1.0);
                hits = Math.Min(rows, hits / covered);
            }

            // bm25's formula, floor included: a phrase in more than half the rows still counts a little.
            var idf = Math.Log((rows - hits + 0.5) / (hits + 0.5));
            block->Idf[p] = idf <= 0.0 ? 1e-6 : idf;
        }

        stats = block;
        return SqliteOk;
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static int CountHit(Fts5ExtensionApi* api, nint fts, void* state)
    {
        var sample = (Sample*)state;
        sample->Hits++;
        sample->LastRowid = api->Rowid(fts);
        return sample->Hits >= sample->Limit ? SqliteDone : SqliteOk;
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Free(void* block) => NativeMemory.Free(block);

    private struct Sample
    {
        public long Limit;
        public long Hits;
        public long LastRowid;
    }

    /// <summary>One allocation: this header, then <see cref="Phrases"/> IDFs, then as many frequency slots for the current row.</summary>
    private struct Statistics
    {
        public int Phrases;
        public double AverageLength;
        public double* Idf;
    }

    /// <summary>The start of <c>struct fts5_api</c> (fts5.h); later members are not used.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Fts5Api
    {
        public int Version;
        public nint CreateTokenizer;
        public nint FindTokenizer;
        public delegate* unmanaged[Cdecl]<Fts5Api*, byte*, void*, delegate* unmanaged[Cdecl]<Fts5ExtensionApi*, nint, nint, int, nint*, void>, delegate* unmanaged[Cdecl]<void*, void>, int> CreateFunction;
    }

    /// <summary>The start of <c>struct Fts5ExtensionApi</c> (fts5.h, version 2 and later); later members are not used.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Fts5ExtensionApi
    {
        public int Version;
        public nint UserData;
        public nint ColumnCount;
        public delegate* unmanaged[Cdecl]<nint, long*, int> RowCount;
        public delegate* unmanaged[Cdecl]<nint, int, long*, int> ColumnTotalSize;
        public nint Tokenize;
        public delegate* unmanaged[Cdecl]<nint, int> PhraseCount;
        public nint PhraseSize;
        public delegate* unmanaged[Cdecl]<nint, int*, int> InstCount;
        public delegate* unmanaged[Cdecl]<nint, int, int*, int*, int*, int> Inst;
        public delegate* unmanaged[Cdecl]<nint, long> Rowid;
        public nint ColumnText;
        public delegate* unmanaged[Cdecl]<nint, int, int*, int> ColumnSize;
        public delegate* unmanaged[Cdecl]<nint, int, void*, delegate* unmanaged[Cdecl]<Fts5ExtensionApi*, nint, void*, int>, int> QueryPhrase;
        public delegate* unmanaged[Cdecl]<nint, void*, delegate* unmanaged[Cdecl]<void*, void>, int> SetAuxdata;
        public delegate* unmanaged[Cdecl]<nint, int, void*> GetAuxdata;
    }

    [LibraryImport(Library)]
    private static partial int sqlite3_prepare_v2(nint db, byte* sql, int bytes, nint* statement, nint tail);

    [LibraryImport(Library)]
    private static partial int sqlite3_bind_pointer(nint statement, int index, void* pointer, byte* type, nint destructor);

    [LibraryImport(Library)]
    private static partial int sqlite3_step(nint statement);

    [LibraryImport(Library)]
    private static partial int sqlite3_finalize(nint statement);

    [LibraryImport(Library)]
    [SuppressGCTransition]
    private static partial void sqlite3_result_double(nint context, double value);

    [LibraryImport(Library)]
    [SuppressGCTransition]
    private static partial void sqlite3_result_error_code(nint context, int code);

    [LibraryImport(Library)]
    [SuppressGCTransition]
    private static partial double sqlite3_value_double(nint value);

    [LibraryImport(Library)]
    [SuppressGCTransition]
    private static partial long sqlite3_value_int64(nint value);

    [LibraryImport(Library)]
    [SuppressGCTransition]
    private static partial byte* sqlite3_value_text(nint value);

    [LibraryImport(Library)]
    [SuppressGCTransition]
    private static partial int sqlite3_value_bytes(nint value);
}
