using Baton.Library;
using Baton.Privacy;
using Baton.Privacy.Boundaries;
using Baton.Privacy.Operators;

namespace Baton.Tests.Privacy;

public sealed class PrivacyBoundaryTests
{
    private const string Token = "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";
    private const string Text = $"token: {Token}\ncontact: jane.doe@northwind-traders.com, again jane.doe@northwind-traders.com\n";

    private static PrivacyBoundary For(PrivacyTarget target, BoundaryOperators? operators = null) =>
        new(target, PrivacyScanner.Default, operators ?? BoundaryOperators.Ephemeral());

    [Fact]
    public void Pass_ExternalAi_RedactsSecretsAndPseudonymisesPersonalData()
    {
        var boundary = For(PrivacyTargets.ExternalAi);

        var cleared = boundary.Pass(Text, "notes.md").Text;

        Assert.Equal("token: [REDACTED:github-token]\ncontact: <EMAIL_1>, again <EMAIL_1>\n", cleared);
        var report = boundary.Report();
        Assert.Equal(1, report.FindingsByRule["github-token"]);
        Assert.Equal(2, report.FindingsByRule["email"]);
        Assert.DoesNotContain(Token, report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Pass_Team_RedactsSecretsButKeepsPersonalData()
    {
        var cleared = For(PrivacyTargets.Team).Pass(Text).Text;

        Assert.DoesNotContain(Token, cleared, StringComparison.Ordinal);
        Assert.Contains("jane.doe@northwind-traders.com", cleared, StringComparison.Ordinal);
    }

    [Fact]
    public void Pass_Local_KeepsEverythingButReportsIt()
    {
        var boundary = For(PrivacyTargets.Local);

        Assert.Equal(Text, boundary.Pass(Text).Text);
        Assert.Equal(3, boundary.Report().TotalFindings);
    }

    [Fact]
    public void Pass_AssignmentRedacted_RescanFindsNothingLeft()
    {
        var text = "password = \"Xk9#aZ0!pq-hunter2-Lm4\"\nDATABASE_URL=postgres://app:S3cr3t-Pa55@db.internal:5432/app\n";

        var cleared = For(PrivacyTargets.ExternalAi).Pass(text).Text;

        Assert.DoesNotContain("Xk9#aZ0!pq-hunter2-Lm4", cleared, StringComparison.Ordinal);
        Assert.DoesNotContain("S3cr3t-Pa55", cleared, StringComparison.Ordinal);
        Assert.DoesNotContain(PrivacyScanner.Default.Scan(cleared).Findings, f => f.Kind == FindingKind.Secret);
    }

    [Fact]
    public void Pass_OperatorThatLeavesTheValue_FailsClosed()
    {
        var leaky = new BoundaryOperators(new IdentityOperator(), new IdentityOperator());
        var target = PrivacyTargets.ExternalAi with { Secrets = OperatorKind.Pseudonymise };

        var error = Assert.Throws<BatonException>(() => For(target, leaky).Pass(Text, "notes.md"));

        Assert.Equal(ErrorKind.Blocked, error.Kind);
        Assert.Contains("github-token", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Sensitivity.Public, true)]
    [InlineData(Sensitivity.Internal, true)]
    [InlineData(Sensitivity.Confidential, false)]
    [InlineData(Sensitivity.Secret, false)]
    public void Admit_ExternalAi_AllowsUpToInternalAndReportsTheRest(Sensitivity sensitivity, bool admitted)
    {
        var boundary = For(PrivacyTargets.ExternalAi);

        Assert.Equal(admitted, boundary.Admit("01jabc", sensitivity));
        Assert.Equal(admitted ? [] : [new WithheldContent("01jabc", sensitivity)], boundary.Report().Withheld);
    }

    [Fact]
    public async Task Pass_FromManyThreads_GivesEachValueOnePlaceholder()
    {
        var boundary = For(PrivacyTargets.ExternalAi);
        var texts = Enumerable.Range(0, 64).Select(i => $"from user{i % 8}@northwind-traders.com to admin@northwind-traders.com").ToList();

        var cleared = await Task.WhenAll(texts.Select(t => Task.Run(() => boundary.Pass(t).Text)));

        var placeholders = cleared.SelectMany(c => c.Split(' ').Where(w => w.StartsWith("<EMAIL_", StringComparison.Ordinal))).Distinct().ToList();
        Assert.Equal(9, placeholders.Count);
        Assert.Equal(128, boundary.Report().FindingsByRule["email"]);
    }

    [Fact]
    public async Task Inspect_InParallelThenPassedInOrder_NumbersPseudonymsInPassOrder()
    {
        var boundary = For(PrivacyTargets.ExternalAi);
        var texts = Enumerable.Range(0, 32).Select(i => $"mail user{31 - i}@northwind-traders.com\n").ToList();

        var inspections = await Task.WhenAll(texts.Select(t => Task.Run(() => boundary.Inspect(t, "notes.md"))));
        Assert.Equal(0, boundary.Report().TotalFindings);
        var cleared = inspections.Select(boundary.Pass).Select(c => c.Text).ToList();

        Assert.Equal(Enumerable.Range(1, 32).Select(n => $"mail <EMAIL_{n}>\n"), cleared);
        Assert.Equal(32, boundary.Report().FindingsByRule["email"]);
        Assert.Equal(32, boundary.Report().Texts);
    }

    [Fact]
    public void Pass_InspectionOfAnotherBoundary_IsRefused()
    {
        var inspection = For(PrivacyTargets.Local).Inspect(Text);

        var error = Assert.Throws<ArgumentException>(() => For(PrivacyTargets.ExternalAi).Pass(inspection));

        Assert.Contains("another boundary", error.Message, StringComparison.Ordinal);
    }

    private sealed class IdentityOperator : IValueOperator
    {
        public string Replace(Finding finding, string value) => value;
    }
}
