using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TreatyBrowser.Core;
using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Web.Hosting;

namespace TreatyBrowser.Web.Pages;

/// <summary>Paste or upload an article and see its categories, clauses, profile and timeline. Nothing is stored.</summary>
[RequestSizeLimit(2 * PastedArticle.MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = 2 * PastedArticle.MaxBytes, ValueLengthLimit = 2 * PastedArticle.MaxBytes)]
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
        if (Request.ContentLength > 2 * PastedArticle.MaxBytes)
        {
            return Refuse(StatusCodes.Status413PayloadTooLarge, PastedArticle.TooLarge(Request.ContentLength.Value));
        }

        var text = Text ?? "";
        var markdown = Markdown;
        if (Upload is { Length: > 0 })
        {
            if (Upload.Length > PastedArticle.MaxBytes)
            {
                return Refuse(StatusCodes.Status413PayloadTooLarge, PastedArticle.TooLarge(Upload.Length));
            }

            using var reader = new StreamReader(Upload.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true));
            try
            {
                text = await reader.ReadToEndAsync(HttpContext.RequestAborted);
            }
            catch (DecoderFallbackException)
            {
                return Refuse(StatusCodes.Status400BadRequest, "The file is not UTF-8 text. Save it as UTF-8 (.txt or .md) and try again.");
            }

            markdown = Upload.FileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
            Text = text;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Refuse(StatusCodes.Status400BadRequest, "Paste an article or choose a file first.");
        }

        DateOnly? published = null;
        if (!string.IsNullOrWhiteSpace(Published))
        {
            if (!DateOnly.TryParseExact(Published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return Refuse(StatusCodes.Status400BadRequest, $"'{Published}' is not a date like 2025-05-21.");
            }

            published = date;
        }

        var (corpus, error) = PastedArticle.Analyse(text, markdown, published, pipeline);
        if (corpus is null)
        {
            return Refuse(error!.StartsWith("The article is", StringComparison.Ordinal) ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest, error);
        }

        Result = corpus;
        return Page();
    }

    private PageResult Refuse(int status, string message)
    {
        Error = message;
        Response.StatusCode = status;
        if (Text is { Length: > PastedArticle.MaxBytes })
        {
            Text = null;
        }

        return Page();
    }
}
