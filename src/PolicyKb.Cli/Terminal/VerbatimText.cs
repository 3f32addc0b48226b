using Spectre.Console.Rendering;

namespace PolicyKb.Cli.Terminal;

/// <summary>
/// Text written as it is: no markup, no style and never wrapped at the console's width, so a JSON line, a path or a
/// diagnostic reaches a script or a terminal exactly as the command made it.
/// </summary>
internal sealed class VerbatimText(string text) : Renderable
{
    protected override IEnumerable<Segment> Render(RenderOptions options, int maxWidth) => [new Segment(text)];
}
