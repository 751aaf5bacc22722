using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TreatyBrowser.Web.Features.Common;

namespace TreatyBrowser.Web.Features.Errors;

/// <summary>
/// The production error page: a plain apology and a reference to quote, never the exception or a stack trace (the
/// exception itself goes to the log under the same reference). Only reached when the exception handler sends a
/// failed request here; asked for directly it is a 404.
/// </summary>
public sealed class ErrorModel : PageModel, IPageMetadata
{
    public string Reference { get; private set; } = "";

    public string Title => "Something went wrong";

    public string CanonicalPath => "/";

    public IActionResult OnGet()
    {
        if (HttpContext.Features.Get<IExceptionHandlerPathFeature>() is null)
        {
            return NotFound();
        }

        Reference = HttpContext.TraceIdentifier;
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    public IActionResult OnPost() => OnGet();
}
