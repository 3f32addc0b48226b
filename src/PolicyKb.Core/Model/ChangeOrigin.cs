namespace PolicyKb.Model;

/// <summary>Where a version's change of wording comes from.</summary>
public enum ChangeOrigin
{
    /// <summary>The policy's text changed.</summary>
    Terms,

    /// <summary>The recorder changed how it records the page (a technical upgrade): a change in how the page was recorded, not in the terms.</summary>
    Recorder,
}
