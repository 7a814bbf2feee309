using Dossier.Rendering.Views;

namespace Dossier.Building;

/// <summary>One page to render: its site path, and how to make its view (made lazily, on a worker thread).</summary>
internal sealed record RenderJob(string Path, Func<PageView> View);
