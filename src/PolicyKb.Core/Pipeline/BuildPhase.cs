namespace PolicyKb.Pipeline;

/// <summary>
/// The phases of a build, in order. Every document is read (Input) and processed (Process) before anything is
/// rendered, because cross-document work (defined terms, audiences, changes between versions) needs all of them.
/// Check comes last because it looks at everything the other phases wrote.
/// </summary>
public enum BuildPhase
{
    Input,
    Process,
    PostProcess,
    Output,
    Check,
}
