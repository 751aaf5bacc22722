using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace TreatyBrowser.Web.Tests.Security;

/// <summary>
/// An unexpected failure in production: a plain error page or problem details, never the exception or a stack trace.
/// The failure is real: a test-only step at the end of the pipeline throws for two addresses no route matches.
/// </summary>
public sealed class ErrorPageTests
{
    private const string Secret = "connection string Password=hunter2";

    private static TestApp App(string environment) =>
        new(new() { Environment = environment, Services = services => services.AddSingleton<IStartupFilter, FailingEndpoint>() });

    [Fact]
    public async Task A_page_that_fails_shows_a_plain_error_page_with_a_reference_and_no_details()
    {
        await using var app = App(Environments.Production);
        var response = await app.CreateClient().GetAsync("/fails/page", TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>Something went wrong</h1>", body, StringComparison.Ordinal);
        Assert.Contains("reference: <code>", body, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body.Replace("at this address", "", StringComparison.Ordinal), StringComparison.Ordinal);
        SecurityHeaderTests.AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task An_api_call_that_fails_answers_problem_details_with_no_details()
    {
        await using var app = App(Environments.Production);
        var response = await app.CreateClient().GetAsync("/api/fails", TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(500, problem.RootElement.GetProperty("status").GetInt32());
        Assert.StartsWith("Something went wrong on our side", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_error_page_asked_for_directly_is_not_found()
    {
        await using var app = App(Environments.Production);
        var response = await app.CreateClient().GetAsync("/error", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task In_development_the_detailed_page_helps_the_developer()
    {
        await using var app = App(Environments.Development);
        var response = await app.CreateClient().GetAsync("/fails/page", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains(Secret, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    private sealed class FailingEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate rest) =>
                context.Request.Path.StartsWithSegments("/fails") || context.Request.Path.StartsWithSegments("/api/fails")
                    ? throw new InvalidOperationException(Secret)
                    : rest(context));
        };
    }
}
