using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PolicyKb.Site.Rendering;

/// <summary>Renders Razor components of the theme to HTML strings with the framework's <see cref="HtmlRenderer"/>.</summary>
public sealed class RazorPageRenderer : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly HtmlRenderer _renderer;

    public RazorPageRenderer()
    {
        _services = new ServiceCollection().AddLogging().BuildServiceProvider();
        _renderer = new HtmlRenderer(_services, _services.GetRequiredService<ILoggerFactory>());
    }

    public Task<string> RenderAsync(Type component, IReadOnlyDictionary<string, object?> parameters) =>
        _renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await _renderer.RenderComponentAsync(component, ParameterView.FromDictionary(parameters.ToDictionary()));
            return output.ToHtmlString();
        });

    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync();
        await _services.DisposeAsync();
    }
}
