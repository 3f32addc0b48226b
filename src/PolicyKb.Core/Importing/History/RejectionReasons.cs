using PolicyKb.Model;

namespace PolicyKb.Importing.History;

/// <summary>The words for a <see cref="RejectionReason"/> in messages and pages.</summary>
public static class RejectionReasons
{
    /// <summary>How a reason reads in a sentence: "stub or error page", "partial page", "blow-up", "different page".</summary>
    public static string Describe(RejectionReason reason) => reason switch
    {
        RejectionReason.StubOrErrorPage => "stub or error page",
        RejectionReason.PartialPage => "partial page",
        RejectionReason.BlowUp => "blow-up",
        _ => "different page",
    };
}
