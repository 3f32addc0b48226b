namespace PolicyKb.Importing;

/// <summary>What an HTML element inside a document's text becomes in the model (see <see cref="HtmlElements.InlineOf"/>).</summary>
internal enum HtmlInlineKind
{
    /// <summary>Unwrapped: its content is kept, the element is not.</summary>
    Transparent,

    /// <summary>A <see cref="Model.Link"/>, when its target passes the allow-list.</summary>
    Link,

    /// <summary>Strong <see cref="Model.Emphasis"/>.</summary>
    Strong,

    /// <summary>Ordinary <see cref="Model.Emphasis"/>.</summary>
    Em,

    /// <summary><see cref="Model.Code"/>, holding the element's text.</summary>
    Code,

    /// <summary>A <see cref="Model.LineBreak"/>.</summary>
    LineBreak,

    /// <summary>An image inside text: its alternative text, if it has one.</summary>
    Image,

    /// <summary>An element that holds nothing (<c>&lt;wbr&gt;</c>, <c>&lt;input&gt;</c>): it leaves nothing.</summary>
    Empty,

    /// <summary>Dropped together with its content (<see cref="HtmlElements.DroppedWithContent"/>).</summary>
    Dropped,
}
