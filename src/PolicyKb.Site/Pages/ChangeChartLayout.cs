using PolicyKb.Views;

namespace PolicyKb.Site.Pages;

/// <summary>
/// Lays out the timeline's chart: bars placed by the day each version was first recorded, heights on a square-root
/// scale so that a change of ten words stays visible beside one of ten thousand (the table beside the chart gives
/// the exact figures).
/// </summary>
public static class ChangeChartLayout
{
    private const int Width = 720;
    private const int Height = 220;
    private const double Left = 8;
    private const double Right = 8;
    private const double Top = 12;
    private const double Bottom = 28;
    private const double MinimumBar = 1.5;

    /// <summary>One change: when its version was first recorded, its size, and what a bar says and links to.</summary>
    public sealed record Change(DateOnly Day, int WordsAdded, int WordsRemoved, string Label, string Url);

    public static ChangeChart Of(IReadOnlyList<Change> changes, string subject)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        if (changes.Count == 0)
        {
            return new ChangeChart(Width, Height, Top + plotHeight / 2, [], [], $"{subject} has not changed since it was first recorded: there is nothing to chart.", "");
        }

        var first = changes.Min(c => c.Day).DayNumber;
        var last = changes.Max(c => c.Day).DayNumber;
        var span = Math.Max(1, last - first);
        var maxAdded = Math.Sqrt(changes.Max(c => c.WordsAdded));
        var maxRemoved = Math.Sqrt(changes.Max(c => c.WordsRemoved));
        var total = Math.Max(1, maxAdded + maxRemoved);
        var axis = Top + plotHeight * (maxAdded / total);
        var barWidth = Math.Clamp(plotWidth / (changes.Count * 2.0), 2, 14);
        double X(int day) => first == last ? Left + plotWidth / 2 : Left + barWidth / 2 + (plotWidth - barWidth) * (day - first) / span;
        double Size(int words) => words == 0 ? 0 : Math.Max(MinimumBar, plotHeight * Math.Sqrt(words) / total);

        var bars = changes.Select(c =>
        {
            var added = Size(c.WordsAdded);
            return new ChartBar(Round(X(c.Day.DayNumber) - barWidth / 2), Round(barWidth), Round(axis - added), Round(added), Round(Size(c.WordsRemoved)), c.Label, c.Url);
        }).ToImmutableArray();
        var firstYear = DateOnly.FromDayNumber(first).Year;
        var lastYear = DateOnly.FromDayNumber(last).Year;
        var step = Math.Max(1, (lastYear - firstYear + 1) / 8);
        var ticks = Enumerable.Range(0, lastYear - firstYear + 2)
            .Select(i => firstYear + i)
            .Where(year => (year - firstYear) % step == 0)
            .Select(year => (Year: year, Day: new DateOnly(year, 1, 1).DayNumber))
            .Where(t => t.Day >= first && t.Day <= last)
            .Select(t => new ChartTick(Round(X(t.Day)), t.Year.ToString(CultureInfo.InvariantCulture)))
            .ToImmutableArray();
        if (ticks.IsEmpty)
        {
            ticks = [new ChartTick(Round(X(first)), firstYear.ToString(CultureInfo.InvariantCulture))];
        }

        var largest = changes.MaxBy(c => c.WordsAdded + c.WordsRemoved)!;
        var when = first == last ? $"on {SiteViews.LongDate(DateOnly.FromDayNumber(first))}" : $"from {SiteViews.LongDate(DateOnly.FromDayNumber(first))} to {SiteViews.LongDate(DateOnly.FromDayNumber(last))}";
        var description = $"{Count(changes.Count, "change")} of {subject} {when}, "
            + $"each a bar at the day it was first recorded: words added above the line, words removed below it. "
            + $"The largest is the version {largest.Label}. The table below gives every figure.";
        return new ChangeChart(Width, Height, Round(axis), bars, ticks, description,
            $"Bar heights grow with the square root of the words, so that small changes stay visible beside large ones.");
    }

    private static double Round(double value) => Math.Round(value, 1);

    private static string Count(int n, string noun) => $"{n:N0} {noun}{(n == 1 ? "" : "s")}";
}
