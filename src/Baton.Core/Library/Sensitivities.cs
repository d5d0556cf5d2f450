namespace Baton.Library;

public static class Sensitivities
{
    public static string Name(this Sensitivity sensitivity) => sensitivity switch
    {
        Sensitivity.Public => "public",
        Sensitivity.Internal => "internal",
        Sensitivity.Confidential => "confidential",
        Sensitivity.Secret => "secret",
        _ => throw new ArgumentOutOfRangeException(nameof(sensitivity)),
    };

    public static Sensitivity Parse(string value) => value.Trim().ToLowerInvariant() switch
    {
        "public" => Sensitivity.Public,
        "internal" => Sensitivity.Internal,
        "confidential" => Sensitivity.Confidential,
        "secret" => Sensitivity.Secret,
        _ => throw BatonErrors.UnknownSensitivity(value),
    };
}
