namespace Baton.Privacy.Detection.Text;

/// <summary>
/// Values that vendors and standards publish as examples (documentation keys, test card numbers, sample IBANs).
/// They have the real shape, sometimes a valid checksum, and protect nothing; reporting them would only teach people
/// to ignore findings.
/// </summary>
internal static class ExampleValues
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        // AWS documentation
        "AKIAIOSFODNN7EXAMPLE",
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        // jwt.io's default token
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
        // Stripe's documentation test keys
        "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
        "sk_test_BQokikJOvBiI2HlWgH4olfQ2",
        // Azurite / Azure Storage Emulator account key
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
        // Card networks' and payment providers' test numbers
        "4111111111111111", "4242424242424242", "4012888888881881", "4000056655665556", "4222222222222",
        "5555555555554444", "5105105105105100", "5200828282828210", "2223003122003222", "2222400070000005",
        "378282246310005", "371449635398431", "378734493671000", "6011111111111117", "6011000990139424",
        "3056930009020004", "30569309025904", "38520000023237", "36227206271667", "3566002020360505",
        "3530111333300000", "6200000000000005", "6759649826438453",
        // IBAN examples from the registry and banks' documentation
        "DE89370400440532013000", "GB82WEST12345698765432", "GB29NWBK60161331926819", "FR1420041010050500013M02606",
        "NL91ABNA0417164300", "CH9300762011623852957", "ES9121000418450200051332", "IT60X0542811101000000123456",
        // SSNs the SSA calls invalid because they were printed in advertising
        "078-05-1120", "219-09-9999", "123-45-6789",
    };

    public static bool Contains(ReadOnlySpan<char> value) =>
        Known.GetAlternateLookup<ReadOnlySpan<char>>().Contains(value);

    /// <summary>True for documented values and for tokens that say they are examples (<c>…EXAMPLE…</c>, <c>xxxx</c>).</summary>
    public static bool IsExample(ReadOnlySpan<char> value) =>
        Contains(value)
        || value.Contains("EXAMPLE", StringComparison.OrdinalIgnoreCase)
        || value.Contains("xxxx", StringComparison.OrdinalIgnoreCase);
}
