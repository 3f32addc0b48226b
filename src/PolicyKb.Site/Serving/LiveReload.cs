using System.Threading.Channels;

namespace PolicyKb.Site.Serving;

/// <summary>Tells open pages to reload after a rebuild, through a server-sent event stream.</summary>
public sealed class LiveReload
{
    public const string EventsPath = "/__policykb/events";
    public const string ScriptPath = "/__policykb/live-reload.js";
    public const string Script = "const events = new EventSource('" + EventsPath + "');\nevents.addEventListener('reload', () => window.location.reload());\n";
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

    public void Reload()
    {
        lock (_clients)
        {
            foreach (var client in _clients)
            {
                client.Writer.TryWrite("reload");
            }
        }
    }
}
