using PolicyKb.Pipeline;

namespace PolicyKb.Tests.Pipeline;

/// <summary>A step whose name, phase, contract and work a test gives.</summary>
internal class TestStep(string name, BuildPhase phase, Action<BuildContext> execute, Need[]? needs = null, Type[]? makes = null) : IBuildStep
{
    public string Name => name;

    public BuildPhase Phase => phase;

    public IReadOnlyList<Need> Needs { get; } = needs ?? [];

    public IReadOnlyList<Type> Makes { get; } = makes ?? [];

    public void Execute(BuildContext context) => execute(context);
}

/// <summary>A test step that runs in the background until <paramref name="finishBefore"/>.</summary>
internal sealed class TestBackgroundStep(string name, BuildPhase phase, BuildPhase finishBefore, Action<BuildContext> execute, Type[]? makes = null)
    : TestStep(name, phase, execute, makes: makes), IBackgroundBuildStep
{
    public BuildPhase FinishBefore(BuildContext context) => finishBefore;
}

/// <summary>Artifacts for the tests: a text as read, and as a later step refined it.</summary>
internal sealed record ReadText(string Text);

internal sealed record RefinedText(string Text);
