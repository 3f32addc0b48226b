using System.Threading.Channels;

namespace PolicyKb.Site.Serving;

/// <summary>
/// Tells open pages to reload after a rebuild, through a server-sent event stream: <c>reload</c> once the pages are
/// published, and <c>search</c> once the search index of that rebuild is (the search page reloads then, since it read
/// the previous index).
/// </summary>
public sealed class LiveReload
{
    public const string EventsPath = "/__policykb/events";
    public const string ScriptPath = "/__policykb/live-reload.js";
    public const string Script = "const events = new EventSource('" + EventsPath + "');\n"
        + "events.addEventListener('reload', () => window.location.reload());\n"
        + "events.addEventListener('search', () => { if (document.querySelector('.search-page[data-index]')) window.location.reload(); });\n";
    public const string Tag = "<script type=\"module\" src=\"" + ScriptPath + "\"></script>";

    private readonly List<Channel<string>> _clients = [];

    public ChannelReader<string> Subscribe()
    {
        var channel = Channel.CreateUnbounded<string>();
        lock (_clients)
        {
            _clients.Add(channel);
        }

        return channel.Reader;
    }

    public void Unsubscribe(ChannelReader<string> reader)
    {
        lock (_clients)
        {
            _clients.RemoveAll(c => c.Reader == reader);
        }
    }

    /// <summary>Sends <c>reload</c>: the pages of a rebuild are published.</summary>
    public void Reload() => Send("reload");

    /// <summary>Sends <c>search</c>: the search index of a rebuild is published.</summary>
    public void SearchReady() => Send("search");

    private void Send(string name)
    {
        lock (_clients)
        {
            foreach (var client in _clients)
            {
                client.Writer.TryWrite(name);
            }
        }
    }
}
