using TreatyBrowser.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

// Services: logging, options, the corpus, pages and the API.
builder.AddTreatyBrowser();

var app = builder.Build();

// Middleware, pages, API endpoints and health.
app.MapTreatyBrowser();

app.Run();
