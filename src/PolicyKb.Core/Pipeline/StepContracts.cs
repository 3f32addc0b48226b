namespace PolicyKb.Pipeline;

/// <summary>
/// Checks the steps of a pipeline against each other's <see cref="IBuildStep.Needs"/> and
/// <see cref="IBuildStep.Makes"/> when it is built, as Statiq checks a pipeline's dependencies: a step listed before
/// the one that makes what it reads fails at once, with both names, rather than halfway through a build.
/// </summary>
internal static class StepContracts
{
    /// <summary>Throws when an artifact has two makers, or a step needs one that no step before it makes (and the caller does not give).</summary>
    public static void Check(IReadOnlyList<IBuildStep> steps, IReadOnlySet<Type> given)
    {
        var makers = new Dictionary<Type, int>();
        for (var i = 0; i < steps.Count; i++)
        {
            foreach (var artifact in steps[i].Makes)
            {
                if (given.Contains(artifact))
                {
                    throw new InvalidOperationException($"{steps[i].Name} makes {artifact.Name}, which the pipeline is given: an artifact is written once.");
                }

                if (!makers.TryAdd(artifact, i))
                {
                    throw new InvalidOperationException($"{steps[makers[artifact]].Name} and {steps[i].Name} both make {artifact.Name}: an artifact is written once.");
                }
            }
        }

        for (var i = 0; i < steps.Count; i++)
        {
            foreach (var need in steps[i].Needs)
            {
                if (makers.TryGetValue(need.Artifact, out var maker))
                {
                    if (maker >= i)
                    {
                        throw new InvalidOperationException(
                            $"{steps[i].Name} ({steps[i].Phase}) needs {need}, which {steps[maker].Name} ({steps[maker].Phase}) makes after it: list {steps[maker].Name} first.");
                    }
                }
                else if (!need.IsOptional && !given.Contains(need.Artifact))
                {
                    throw new InvalidOperationException($"{steps[i].Name} needs {need.Artifact.Name}, which no step of the pipeline makes.");
                }
            }
        }
    }
}
