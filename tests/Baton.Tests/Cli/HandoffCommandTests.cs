using System.Text.Json;
using Baton.Tests.TestSupport;

namespace Baton.Tests.Cli;

/// <summary>Handoffs end to end through the CLI, in a real git repository with a real workspace.</summary>
public sealed class HandoffCommandTests : IDisposable
{
    private const string Policies = """
        roles:
          reviewer: [alice, bob]
          qa-lead: [carol]
        handoffs:
          policies:
            - name: ai-work-needs-a-person
              before: open
              when: {author: ai}
              require: {reviewer: 1}
            - before: done
              require: {qa-lead: 1}
        """;

    private readonly TempDirectory _temp = new();
    private readonly CliRunner _baton;

    public HandoffCommandTests()
    {
        _baton = new CliRunner(_temp.Path);
        GitRepo.Init(_temp.Path);
        File.WriteAllText(_temp.Combine("Api.cs"), "class Api {}\n");
        GitRepo.Commit(_temp.Path, "first");
    }

    public void Dispose() => _temp.Dispose();

    private async Task InitAsync(string? config = null)
    {
        Assert.Equal(0, (await _baton.RunAsync("init")).ExitCode);
        if (config is not null)
            File.AppendAllText(_temp.Combine(".baton/baton.yaml"), "\n" + config);
    }

    private async Task<CliResult> OkAsync(params string[] args)
    {
        var result = await _baton.RunAsync(args);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    private async Task<JsonElement> CreateAsync(params string[] extra)
    {
        var result = await OkAsync(["handoff", "create", "--template", "dev-to-qa", "--title", "Retry payments", "--intent", "Test the retry path",
            "--criterion", "A retried payment charges once", "--criterion", "Timeouts are logged", .. extra, "--json"]);
        return JsonDocument.Parse(result.Out).RootElement;
    }

    private async Task<string> StateAsync(string handoff) =>
        JsonDocument.Parse((await OkAsync("handoff", "show", handoff, "--json")).Out).RootElement.GetProperty("state").GetString()!;

    [Fact]
    public async Task Create_DevToQa_IsADraftAddressedToQaWithVersionRefsFromGit()
    {
        await InitAsync();
        var head = GitRepo.Git(_temp.Path, "rev-parse", "HEAD").Trim();

        var doc = await CreateAsync("--base", "HEAD", "--label", "payments", "--due", "2026-12-01");

        Assert.Equal("baton.handoff/v1", doc.GetProperty("schema").GetString());
        Assert.Equal("H-1", doc.GetProperty("ref").GetString());
        Assert.Equal("draft", doc.GetProperty("state").GetString());
        Assert.Equal("qa", doc.GetProperty("to").GetString());
        Assert.Equal("Ada Lovelace <ada@example.com>", doc.GetProperty("from").GetProperty("name").GetString());
        var version = doc.GetProperty("version");
        Assert.Equal(head, version.GetProperty("head").GetString());
        Assert.Equal(head, version.GetProperty("base").GetString());
        Assert.Equal("main", version.GetProperty("branch").GetString());
        Assert.False(version.GetProperty("dirty").GetBoolean());
        Assert.Equal("main", doc.GetProperty("pack").GetProperty("selection").GetProperty("diff").GetString());
        Assert.Equal(2, doc.GetProperty("acceptanceCriteria").GetArrayLength());
        Assert.Equal("2026-12-01", doc.GetProperty("due").GetString());
    }

    [Fact]
    public async Task ShowJson_IsTheDocumentTheSchemaDescribes()
    {
        await InitAsync();
        var created = await CreateAsync();

        var shown = JsonDocument.Parse((await OkAsync("handoff", "show", "H-1", "--json")).Out).RootElement;

        Assert.Equal(created.GetRawText(), shown.GetRawText());
        Assert.Empty(Baton.Handoffs.HandoffSchema.Check(System.Text.Json.Nodes.JsonNode.Parse(shown.GetRawText())!));
    }

    [Fact]
    public async Task Create_WithJsonOnATerminal_AsksNothingAndListsWhatIsMissing()
    {
        await InitAsync();
        var questions = new List<string>();
        _baton.Interactive = true;
        _baton.Ask = q =>
        {
            questions.Add(q);
            return "answer";
        };

        var result = await _baton.RunAsync("handoff", "create", "--template", "dev-to-qa", "--title", "Refunds", "--json");

        Assert.Empty(questions); // --json asks for data, not a conversation
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("intent (--intent), acceptanceCriteria (--criterion, repeatable)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_OnATerminalWithoutJson_AsksForEachMissingRequiredField()
    {
        await InitAsync();
        var answers = new Queue<string?>(["Check refunds", "Refund twice is refused", "Partial refunds add up", ""]);
        var questions = new List<string>();
        _baton.Interactive = true;
        _baton.Ask = q =>
        {
            questions.Add(q);
            return answers.Dequeue();
        };

        await OkAsync("handoff", "create", "--template", "dev-to-qa", "--title", "Refunds");

        Assert.Equal(4, questions.Count);
        Assert.StartsWith("Intent", questions[0], StringComparison.Ordinal);
        Assert.StartsWith("Acceptance criterion 1", questions[1], StringComparison.Ordinal);
        var doc = JsonDocument.Parse((await OkAsync("handoff", "show", "H-1", "--json")).Out).RootElement;
        Assert.Equal("Check refunds", doc.GetProperty("intent").GetString());
        Assert.Equal(["Refund twice is refused", "Partial refunds add up"], doc.GetProperty("acceptanceCriteria").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Create_FromYamlFile_OptionsWinOverTheFile()
    {
        await InitAsync();
        File.WriteAllText(_temp.Combine("handoff.yaml"), """
            template: dev-to-ai
            title: Write the refunds endpoint
            to: claude-code
            intent: |
              Add POST /refunds.
              Follow the API spec.
            acceptanceCriteria: [tests pass]
            constraints:
              - no new dependencies
            risks: [double refunds]
            """);

        var result = await OkAsync("handoff", "create", "--from-file", "handoff.yaml", "--to", "codex", "--json");

        var doc = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal("codex", doc.GetProperty("to").GetString());
        Assert.Equal("dev-to-ai", doc.GetProperty("template").GetString());
        Assert.Equal("Add POST /refunds.\nFollow the API spec.", doc.GetProperty("intent").GetString());
        Assert.Equal("external-ai", doc.GetProperty("pack").GetProperty("selection").GetProperty("target").GetString());
    }

    [Fact]
    public async Task Create_FromJsonFile_Works()
    {
        await InitAsync();
        File.WriteAllText(_temp.Combine("handoff.json"), """
            {"title": "Triage flaky test", "to": "bob", "intent": "Find why it flakes", "nextSteps": ["rerun 50 times"]}
            """);

        var doc = JsonDocument.Parse((await OkAsync("handoff", "create", "--from-file", "handoff.json", "--json")).Out).RootElement;

        Assert.Equal("bob", doc.GetProperty("to").GetString());
        Assert.False(doc.TryGetProperty("template", out _));
    }

    [Fact]
    public async Task Lifecycle_OpenAcceptStartDeliverDone_ListFiltersByStateAndRecipient()
    {
        await InitAsync();
        await CreateAsync();
        await CreateAsync("--to", "bob");

        foreach (var verb in new[] { "open", "accept", "start", "deliver", "done" })
            await OkAsync("handoff", verb, "H-1");

        Assert.Equal("done", await StateAsync("H-1"));
        var done = JsonDocument.Parse((await OkAsync("handoff", "list", "--state", "done", "--json")).Out).RootElement;
        Assert.Equal(["H-1"], done.EnumerateArray().Select(h => h.GetProperty("ref").GetString()));
        var toBob = (await OkAsync("handoff", "list", "--to", "bob")).Out;
        Assert.StartsWith("H-2\tdraft\tbob\t", toBob, StringComparison.Ordinal);
        var events = JsonDocument.Parse((await OkAsync("audit", "log", "--handoff", "H-1", "--json")).Out).RootElement;
        Assert.Equal(["handoff.created", "handoff.opened", "handoff.accepted", "handoff.started", "handoff.delivered", "handoff.done"],
            events.EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task Transition_FromTheWrongState_SaysWhatToDoInstead()
    {
        await InitAsync();
        await CreateAsync();

        var result = await _baton.RunAsync("handoff", "accept", "H-1");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("baton: cannot accept H-1: it is a draft; open it with `baton handoff open H-1`\n", result.Error);
        Assert.Equal("draft", await StateAsync("H-1"));
    }

    [Fact]
    public async Task Transition_IntoTheStateItIsIn_IsRefused()
    {
        await InitAsync();
        await CreateAsync();
        await OkAsync("handoff", "open", "H-1");

        var result = await _baton.RunAsync("handoff", "open", "H-1");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("already open", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gate_AiAuthoredHandoff_OpensOnlyAfterAReviewerApproves()
    {
        await InitAsync(Policies);
        _baton.Variables["BATON_SOURCE_TOOL"] = "claude-code";
        await CreateAsync();
        _baton.Variables.Remove("BATON_SOURCE_TOOL");

        var blocked = await _baton.RunAsync("handoff", "open", "H-1");
        var outsider = await OkAsync("review", "approve", "H-1", "--as", "dave");
        var stillBlocked = await _baton.RunAsync("handoff", "open", "H-1");
        await OkAsync("review", "approve", "H-1", "--as", "alice");
        var opened = await _baton.RunAsync("handoff", "open", "H-1");

        Assert.Equal(1, blocked.ExitCode);
        Assert.Contains("ai-work-needs-a-person", blocked.Error, StringComparison.Ordinal);
        Assert.Contains("1 more approval from reviewer", blocked.Error, StringComparison.Ordinal);
        Assert.Contains("alice, bob", blocked.Error, StringComparison.Ordinal);
        Assert.Contains("no role", outsider.Error, StringComparison.Ordinal);
        Assert.Equal(1, stillBlocked.ExitCode);
        Assert.Equal(0, opened.ExitCode);
    }

    [Fact]
    public async Task Gate_AuthorsOwnApproval_IsRecordedButDoesNotCount()
    {
        await InitAsync(Policies.Replace("qa-lead: [carol]", "qa-lead: [carol, Ada Lovelace]", StringComparison.Ordinal));
        await CreateAsync();
        foreach (var verb in new[] { "open", "accept", "start", "deliver" })
            await OkAsync("handoff", verb, "H-1");

        var self = await OkAsync("review", "approve", "H-1", "--json");
        var blocked = await _baton.RunAsync("handoff", "done", "H-1");

        Assert.False(JsonDocument.Parse(self.Out).RootElement.GetProperty("counts").GetBoolean());
        Assert.Equal(1, blocked.ExitCode);
        Assert.Contains("can approve: carol", blocked.Error, StringComparison.Ordinal);
        await OkAsync("review", "approve", "H-1", "--as", "carol");
        await OkAsync("handoff", "done", "H-1");
    }

    [Fact]
    public async Task Approval_GoesStaleWhenTheHeadCommitChanges_AndTheGateClosesAgain()
    {
        await InitAsync(Policies);
        await CreateAsync();
        foreach (var verb in new[] { "open", "accept", "start", "deliver" })
            await OkAsync("handoff", verb, "H-1");
        await OkAsync("review", "approve", "H-1", "--as", "carol");
        File.AppendAllText(_temp.Combine("Api.cs"), "// fix\n");
        var newHead = GitRepo.Commit(_temp.Path, "fix");

        var update = await OkAsync("handoff", "update", "H-1", "--recapture");
        var blocked = await _baton.RunAsync("handoff", "done", "H-1");

        Assert.Contains("1 standing approval was dismissed", update.Error, StringComparison.Ordinal);
        Assert.Equal(1, blocked.ExitCode);
        var shown = (await OkAsync("handoff", "show", "H-1")).Out;
        Assert.Contains($"dismissed: the head commit changed from", shown, StringComparison.Ordinal);
        Assert.Contains(newHead[..7], shown, StringComparison.Ordinal);
        await OkAsync("review", "approve", "H-1", "--as", "carol");
        await OkAsync("handoff", "done", "H-1");
    }

    [Fact]
    public async Task Approval_GoesStaleWhenThePackChanges()
    {
        await InitAsync(Policies);
        await CreateAsync("--pack", "01kmz3abq5c0d3r8x9v2w7y6zt");
        await OkAsync("review", "approve", "H-1", "--as", "carol");

        await OkAsync("handoff", "update", "H-1", "--pack", "01kmz3abq5c0d3r8x9v2w7y6zv");

        var events = JsonDocument.Parse((await OkAsync("audit", "log", "--handoff", "H-1", "--json")).Out).RootElement.EnumerateArray().ToList();
        Assert.Equal("review.dismissed", events[^1].GetProperty("kind").GetString());
        Assert.Contains("attached pack changed", events[^1].GetProperty("data").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestChanges_MovesToChangesRequested_AndOpenSubmitsItAgain()
    {
        await InitAsync();
        await CreateAsync();
        foreach (var verb in new[] { "open", "accept", "start", "deliver" })
            await OkAsync("handoff", verb, "H-1");

        var review = JsonDocument.Parse((await OkAsync("review", "request-changes", "H-1", "--as", "carol", "--on", "Api.cs:1", "-m", "double charge", "--json")).Out).RootElement;

        Assert.Equal("changes_requested", review.GetProperty("state").GetString());
        Assert.Equal("Api.cs:1", review.GetProperty("on").GetString());
        Assert.Equal("changes_requested", await StateAsync("H-1"));
        await OkAsync("handoff", "start", "H-1");
        await OkAsync("handoff", "deliver", "H-1");
    }

    [Fact]
    public async Task Comment_OnALibraryItem_ResolvesItsPrefix()
    {
        await InitAsync();
        var item = JsonDocument.Parse((await OkAsync("add", "note", "--title", "Design", "--body", "why", "--json")).Out).RootElement.GetProperty("id").GetString()!;
        await CreateAsync("--item", item[..8]);

        var review = JsonDocument.Parse((await OkAsync("review", "comment", "H-1", "--on", item[..8], "-m", "see this", "--json")).Out).RootElement;

        Assert.Equal(item, review.GetProperty("on").GetString());
        Assert.Equal("draft", review.GetProperty("state").GetString());
        Assert.Contains(item, (await OkAsync("handoff", "show", "H-1")).Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accept_TwoAtOnce_ExactlyOneWinsAndTheLogVerifies()
    {
        await InitAsync();
        await CreateAsync();
        await OkAsync("handoff", "open", "H-1");
        var other = new CliRunner(_temp.Path);

        var results = await Task.WhenAll(
            Task.Run(() => _baton.RunAsync("handoff", "accept", "H-1", "--as", "carol"), TestContext.Current.CancellationToken),
            Task.Run(() => other.RunAsync("handoff", "accept", "H-1", "--as", "dave"), TestContext.Current.CancellationToken));

        Assert.Single(results, r => r.ExitCode == 0);
        var loser = Assert.Single(results, r => r.ExitCode != 0);
        Assert.Equal(1, loser.ExitCode);
        Assert.Matches("changed while you worked on it|already accepted", loser.Error);
        var events = JsonDocument.Parse((await OkAsync("audit", "log", "--handoff", "H-1", "--json")).Out).RootElement;
        Assert.Single(events.EnumerateArray(), e => e.GetProperty("kind").GetString() == "handoff.accepted");
        await OkAsync("audit", "verify");
    }

    [Fact]
    public async Task Accept_TwoProcessesAtOnce_ExactlyOneWinsAndTheLogVerifies()
    {
        // Two real baton processes, each with its own connection, racing for the same transition.
        await InitAsync();
        await CreateAsync();
        await OkAsync("handoff", "open", "H-1");
        var dll = Path.Combine(AppContext.BaseDirectory, "baton.dll");

        string[] people = ["carol", "dave"];
        var results = await Task.WhenAll(people.Select(who => Task.Run(() =>
        {
            var start = new System.Diagnostics.ProcessStartInfo("dotnet") { WorkingDirectory = _temp.Path, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in (string[])[dll, "handoff", "accept", "H-1", "--as", who])
                start.ArgumentList.Add(arg);
            start.Environment["HOME"] = _temp.Path;
            start.Environment["XDG_DATA_HOME"] = _temp.Combine(".xdg-data");
            using var process = System.Diagnostics.Process.Start(start)!;
            _ = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, Error: error);
        }, TestContext.Current.CancellationToken)));

        Assert.Single(results, r => r.ExitCode == 0);
        var loser = Assert.Single(results, r => r.ExitCode != 0);
        Assert.True(loser.ExitCode == 1, loser.Error);
        Assert.Matches("changed while you worked on it|already accepted|is accepted", loser.Error);
        var events = JsonDocument.Parse((await OkAsync("audit", "log", "--handoff", "H-1", "--json")).Out).RootElement;
        Assert.Single(events.EnumerateArray(), e => e.GetProperty("kind").GetString() == "handoff.accepted");
        await OkAsync("audit", "verify");
    }

    [Fact]
    public async Task ShowMarkdown_EscapesEverythingPeopleAndToolsWrote()
    {
        await InitAsync();
        File.WriteAllText(_temp.Combine("evil.json"), """
            {"title": "Fix <script>alert(1)</script> [click](javascript:alert(1))",
             "to": "qa", "intent": "## Approved by security\n- [x] all good\n![img](http://x/y.png)",
             "acceptanceCriteria": ["| table | row |", "`code` and **bold**"]}
            """);
        await OkAsync("handoff", "create", "--from-file", "evil.json");

        var md = (await OkAsync("handoff", "show", "H-1", "--markdown")).Out;

        Assert.Contains(@"# H-1: Fix \<script\>alert\(1\)\</script\> \[click\]\(javascript\:alert\(1\)\)", md, StringComparison.Ordinal);
        Assert.DoesNotContain("\n## Approved", md, StringComparison.Ordinal);
        Assert.Contains(@"\#\# Approved by security\", md, StringComparison.Ordinal);
        Assert.Contains(@"\- \[x\] all good\", md, StringComparison.Ordinal);
        Assert.Contains(@"\!\[img\]", md, StringComparison.Ordinal);
        Assert.Contains(@"- [ ] \| table \| row \|", md, StringComparison.Ordinal);
        Assert.Contains(@"- [ ] \`code\` and \*\*bold\*\*", md, StringComparison.Ordinal);
        Assert.Equal(1, md.Split('\n').Count(l => l.StartsWith("# ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AuditVerify_IntactThenTampered_ExitsZeroThenOneNamingTheEvent()
    {
        await InitAsync();
        await CreateAsync();
        await OkAsync("handoff", "open", "H-1");
        await OkAsync("handoff", "cancel", "H-1", "-m", "not needed");
        var intact = await OkAsync("audit", "verify");

        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_temp.Combine(".baton/baton.db")};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DROP TRIGGER events_no_update; UPDATE events SET actor = 'Mallory' WHERE kind = 'handoff.opened'";
            command.ExecuteNonQuery();
        }

        var broken = await _baton.RunAsync("audit", "verify");
        var json = await _baton.RunAsync("audit", "verify", "--json");

        Assert.StartsWith("intact: 3 events", intact.Out, StringComparison.Ordinal);
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("broken at event 2", broken.Error, StringComparison.Ordinal);
        Assert.Equal(1, json.ExitCode);
        Assert.Equal(2, JsonDocument.Parse(json.Out).RootElement.GetProperty("brokenAt").GetInt64());
    }

    [Fact]
    public async Task Log_TakesAHandoffAndVerifies_LikeAudit()
    {
        await InitAsync();
        await OkAsync("add", "note", "--title", "unrelated", "--body", "x");
        await CreateAsync();
        await OkAsync("handoff", "open", "H-1");

        var events = JsonDocument.Parse((await OkAsync("log", "H-1", "--json")).Out).RootElement;
        var verify = await OkAsync("log", "--verify", "--json");

        Assert.Equal(["handoff.created", "handoff.opened"], events.EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
        Assert.True(JsonDocument.Parse(verify.Out).RootElement.GetProperty("intact").GetBoolean());
        Assert.Equal(1, (await _baton.RunAsync("log", "H-9")).ExitCode);
    }

    [Fact]
    public async Task UserTemplate_FromBatonYaml_RequiresItsFieldsAndDefaultsItsReceiver()
    {
        await InitAsync("""
            handoffs:
              templates:
                security-fix:
                  description: A fix that security signs off
                  to: security
                  required: [risks, constraints]
                  pack: {paths: [src/], target: team, budget: 50000}
            """);

        var missing = await _baton.RunAsync("handoff", "create", "--template", "security-fix", "--title", "Rotate keys", "--intent", "Rotate them");
        var doc = JsonDocument.Parse((await OkAsync("handoff", "create", "--template", "security-fix", "--title", "Rotate keys", "--intent", "Rotate them",
            "--risk", "downtime", "--constraint", "no restarts", "--json")).Out).RootElement;

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("risks (--risk, repeatable), constraints (--constraint, repeatable)", missing.Error, StringComparison.Ordinal);
        Assert.Equal("security", doc.GetProperty("to").GetString());
        Assert.Equal(50000, doc.GetProperty("pack").GetProperty("selection").GetProperty("budget").GetInt32());
    }

    [Fact]
    public async Task Help_EveryHandoffReviewAndAuditCommandHasExamples()
    {
        string[][] commands =
        [
            ["handoff", "create"], ["handoff", "list"], ["handoff", "show"], ["handoff", "update"], ["handoff", "open"], ["handoff", "accept"],
            ["handoff", "start"], ["handoff", "deliver"], ["handoff", "done"], ["handoff", "block"], ["handoff", "cancel"], ["handoff", "reopen"],
            ["review", "approve"], ["review", "request-changes"], ["review", "comment"], ["audit", "verify"], ["audit", "log"],
        ];
        foreach (var command in commands)
        {
            var result = await _baton.RunAsync([.. command, "--help"]);
            Assert.Equal(0, result.ExitCode);
            Assert.Contains("EXAMPLES", result.Out, StringComparison.Ordinal);
        }
    }
}
