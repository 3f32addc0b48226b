namespace PolicyKb.Views;

/// <summary>
/// The timeline's chart of change size over time, laid out for SVG (user units, y growing downwards): a bar per
/// version at the day it was first recorded, the words added above the axis and the words removed below it.
/// </summary>
/// <param name="Width">The view box's width.</param>
/// <param name="Height">The view box's height.</param>
/// <param name="Axis">The y of the axis between added (above) and removed (below).</param>
/// <param name="Bars">A bar per change, oldest first.</param>
/// <param name="Ticks">The years on the time axis.</param>
/// <param name="Description">The chart in a sentence, for its accessible description.</param>
/// <param name="Scale">How bar heights relate to words, for the caption.</param>
public sealed record ChangeChart(int Width, int Height, double Axis, ImmutableArray<ChartBar> Bars, ImmutableArray<ChartTick> Ticks, string Description, string Scale);
