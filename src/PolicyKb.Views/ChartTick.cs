namespace PolicyKb.Views;

/// <summary>A label on the chart's time axis (a year).</summary>
public sealed record ChartTick(double X, string Label);
