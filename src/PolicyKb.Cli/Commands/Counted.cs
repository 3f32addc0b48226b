namespace PolicyKb.Cli.Commands;

/// <summary>A count with its noun, singular for one: "1 section", "3 sections".</summary>
internal static class Counted
{
    public static string Of(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
