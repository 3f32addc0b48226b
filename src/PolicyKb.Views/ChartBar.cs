namespace PolicyKb.Views;

/// <summary>A version's bar: words added from <see cref="AddedTop"/> down to the axis, words removed from the axis down <see cref="RemovedHeight"/>.</summary>
/// <param name="X">The left edge.</param>
/// <param name="Width">The bar's width.</param>
/// <param name="AddedTop">The top of the words-added bar.</param>
/// <param name="AddedHeight">The height of the words-added bar, down to the axis.</param>
/// <param name="RemovedHeight">The height of the words-removed bar, down from the axis.</param>
/// <param name="Label">The bar's tooltip ("Effective June 1, 2024: 12 words added, 3 removed").</param>
/// <param name="Url">Its change page, or the version for the first one.</param>
public sealed record ChartBar(double X, double Width, double AddedTop, double AddedHeight, double RemovedHeight, string Label, string Url);
