using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TreatyBrowser.Core;
using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Web.Features.Common;

namespace TreatyBrowser.Web.Features.Analyze;

/// <summary>Paste or upload an article and see its categories, clauses, profile and timeline. Nothing is stored.</summary>
[RequestSizeLimit(2 * AnalyzeInput.MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = 2 * AnalyzeInput.MaxBytes, ValueLengthLimit = 2 * AnalyzeInput.MaxBytes)]
public sealed class AnalyzeModel(ExtractionPipeline pipeline) : PageModel, IPageMetadata
{
    public string Title => "Analyse an article";

    public string CanonicalPath => "/analyze";

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public string? Published { get; set; }

    [BindProperty]
    public bool Markdown { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public Corpus? Result { get; private set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // A body over the form limits arrives with nothing bound; say why rather than "paste an article".
        if (Request.ContentLength > 2 * AnalyzeInput.MaxBytes)
        {
            return Refuse(AnalyzeInput.Size(Request.ContentLength.Value)!);
        }

        var text = Text ?? "";
        var markdown = Markdown;
        if (Upload is { Length: > 0 })
        {
            if (AnalyzeInput.Size(Upload.Length) is { } tooLarge)
            {
                return Refuse(tooLarge);
            }

            using var bytes = new MemoryStream();
            await Upload.CopyToAsync(bytes, HttpContext.RequestAborted);
            var (uploaded, notText) = AnalyzeInput.Utf8(bytes.GetBuffer().AsSpan(0, (int)bytes.Length), "Save the file as UTF-8 (.txt or .md) and try again.");
            if (notText is not null)
            {
                return Refuse(notText);
            }

            text = Text = uploaded!;
            markdown = Upload.FileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
        }

        var (published, badDate) = AnalyzeInput.Published(Published);
        if (badDate is not null)
        {
            return Refuse(badDate);
        }

        var (corpus, refusal) = PastedArticle.Analyse(text, markdown, published, pipeline, HttpContext.RequestAborted);
        if (corpus is null)
        {
            return Refuse(refusal!);
        }

        Result = corpus;
        return Page();
    }

    private PageResult Refuse(AnalyzeRefusal refusal)
    {
        Error = refusal.Message;
        Response.StatusCode = refusal.Status;
        if (Text is { Length: > AnalyzeInput.MaxBytes })
        {
            Text = null;
        }

        return Page();
    }
}
