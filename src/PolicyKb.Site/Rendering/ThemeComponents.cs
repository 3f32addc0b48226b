namespace PolicyKb.Site.Rendering;

/// <summary>
/// Which assembly's components render the pages. Normally the theme compiled into the tool; `serve` swaps in a
/// freshly compiled theme assembly when a .razor file changes, matching components by their full name.
/// </summary>
public sealed class ThemeComponents(Func<Type, Type> resolve)
{
    public static ThemeComponents BuiltIn { get; } = new(type => type);

    public Type Resolve(Type component) => resolve(component);
}
