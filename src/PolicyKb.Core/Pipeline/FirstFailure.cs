using System.Runtime.ExceptionServices;

namespace PolicyKb.Pipeline;

/// <summary>
/// Work spread over threads (<see cref="Parallel"/>, <see cref="Task.WaitAll(Task[])"/>) reports its failures wrapped in
/// an <see cref="AggregateException"/>; callers and their users want the failure itself (an
/// <see cref="IOException"/> naming the file, say), as it was thrown.
/// </summary>
public static class FirstFailure
{
    /// <summary>Runs <paramref name="work"/>; if it fails with an <see cref="AggregateException"/>, throws its first inner exception instead, with its own stack trace.</summary>
    public static void Unwrap(Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            work();
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }
}
