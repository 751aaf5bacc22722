using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;
using TreatyBrowser.Web.Hosting;
using TreatyBrowser.Web.Features.Common;

namespace TreatyBrowser.Web.Features.Errors;

/// <summary>
/// The friendly 404: says what was not found and where to go instead. Every other answer with no body of its own
/// (a 416 for a byte range past the end of the stylesheet, say) comes here too, and keeps its status.
/// </summary>
public sealed class NotFoundModel(CorpusHolder holder) : CorpusPageModel(holder)
{
    /// <summary>How many treaties and sources the page suggests: the home page pages through the rest.</summary>
    public const int Suggestions = 50;

    public int Status { get; private set; } = StatusCodes.Status404NotFound;

    public override string Title => Status == StatusCodes.Status404NotFound ? "Not found" : ReasonPhrases.GetReasonPhrase(Status);

    public override string CanonicalPath => "/not-found";

    /// <summary>What went wrong, in a sentence, for a status other than 404.</summary>
    public string Explanation => Status switch
    {
        StatusCodes.Status416RangeNotSatisfiable => "The byte range asked for lies outside this file. Ask for the whole file, or a range within its length.",
        _ => $"The server could not answer this request ({Status} {ReasonPhrases.GetReasonPhrase(Status)}).",
    };

    public void OnGet()
    {
        TakeSnapshot();
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode;
        Status = original is >= 400 and < 500 ? original.Value : StatusCodes.Status404NotFound;
        Response.StatusCode = Status;
    }
}
