using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Features.Demo;
using EqualityTracker.Api.Features.Submissions;
using EqualityTracker.Api.Features.Uploads;
using EqualityTracker.Api.Features.Uploads.Create;
using EqualityTracker.Api.Features.Values;
using EqualityTracker.Api.Identity;
using FastEndpoints;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NodaTime;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .ReadFrom.Services(services)
    .Enrich.FromLogContext()
    .WriteTo.Logger(sink => ApiLogging.ConfigureConsole(sink, builder.Environment)));

builder.Services.AddSingleton<IClock>(SystemClock.Instance);
builder.Services.AddSingleton(_ =>
{
    var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
    return Database.Create(options.Provider, builder.Configuration.GetConnectionString("Default"), builder.Environment.ContentRootPath, options.BusyTimeoutSeconds,
        builder.Configuration.GetConnectionString("ReadOnly"));
});
builder.Services.AddSingleton<WriteScopes>();
builder.Services.AddSingleton<CatalogueCache>();
builder.Services.AddSingleton<MigrationRunner>();
builder.Services.AddSingleton<DataVersion>();
builder.Services.AddSingleton<RollUpSums>();
builder.Services.AddSingleton<EqualityTracker.Api.Features.Progress.AnswerCache>();
builder.Services.AddSingleton<EqualityTracker.Api.Features.Progress.CountrySumsWarmUp>();
builder.Services.AddHostedService(services => services.GetRequiredService<EqualityTracker.Api.Features.Progress.CountrySumsWarmUp>());

builder.Services.Configure<JwtSettings>(builder.Configuration.GetSection(JwtSettings.Section));
builder.Services.AddSingleton<IPasswordHasher<UserAccount>, PasswordHasher<UserAccount>>();
builder.Services.AddSingleton<TokenIssuer>();
builder.Services.AddSingleton<LoginThrottle>();
builder.Services.AddSingleton<SharedLoginThrottle>();
builder.Services.AddSingleton<DevelopmentUsers>();
builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
    .Configure<IOptions<JwtSettings>, IClock>((jwt, settings, clock) =>
    {
        jwt.MapInboundClaims = false;
        jwt.TokenValidationParameters = TokenIssuer.ValidationParameters(settings.Value, clock);
    });
builder.Services.AddAuthorization();

builder.Services.Configure<UploadSettings>(builder.Configuration.GetSection(UploadSettings.Section));
builder.Services.AddSingleton<UploadImporter>();
builder.Services.AddSingleton<DemoData>();
builder.Services.AddSingleton<DemoPlan>();
builder.Services.Configure<ReviewSettings>(builder.Configuration.GetSection(ReviewSettings.Section));
builder.Services.AddSingleton<ValueScope>();
builder.Services.AddSingleton<SingleValueWrite>();
builder.Services.AddSingleton<SubmissionDecision>();
builder.Services.AddSingleton<EqualityTracker.Api.Features.Reports.ReportRoster>();
builder.Services.AddSingleton<EqualityTracker.Api.Features.Reports.ReportStore>();

builder.Services.AddResponseCompression();
builder.Services.ConfigureHttpJsonOptions(json => ApiJson.Configure(json.SerializerOptions));
builder.Services.AddExceptionHandler<ApiExceptionHandler>();
builder.Services.AddApiRateLimits(builder.Configuration);
builder.Services.AddHsts(hsts =>
{
    hsts.MaxAge = TimeSpan.FromDays(365);
    hsts.ExcludedHosts.Clear();
});
builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = context =>
{
    // Bodiless 401 and 403 answers (from authorization) still say why, in both languages.
    context.ProblemDetails.Detail ??= context.ProblemDetails.Status switch
    {
        StatusCodes.Status401Unauthorized => Problems.Bilingual(
            "Cần đăng nhập: gửi mã truy cập trong tiêu đề Authorization.", "Sign in first: send a bearer token in the Authorization header."),
        StatusCodes.Status403Forbidden => Problems.Bilingual(
            "Vai trò của bạn không được phép làm việc này.", "Your role is not allowed to do this."),
        _ => null,
    };
});
builder.Services.AddFastEndpoints();
builder.Services.AddEndpointsApiExplorer();
builder.Services.AddApiDocument();
builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
    .WithOrigins(builder.Configuration.GetSection("Cors:Origins").Get<string[]>() ?? [])
    .AllowAnyHeader()
    .AllowAnyMethod()
    .WithExposedHeaders("ETag", "Retry-After")));

var app = builder.Build();
var swaggerEnabled = app.Configuration.GetValue("Swagger:Enabled", !app.Environment.IsProduction());

app.UseSerilogRequestLogging();
app.UseSecurityHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseResponseCompression();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseCors();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseRequestLimits();
app.UseFastEndpoints(config =>
{
    config.Errors.UseProblemDetails();
    config.Endpoints.Configurator = endpoint =>
    {
        // Reads take their input from the route and the query string; the API document shows no request body.
        if (endpoint.Verbs.All(verb => verb is "GET" or "DELETE"))
        {
            endpoint.Description(d => d.ClearDefaultAccepts());
        }
    };
    ApiJson.Configure(config.Serializer.Options);
});
if (swaggerEnabled || args.Contains("openapi"))
{
    app.UseSwagger(swagger => swagger.OpenApiVersion = Microsoft.OpenApi.OpenApiSpecVersion.OpenApi3_1);
    app.UseSwaggerUI(ui => ui.SwaggerEndpoint("/swagger/v1/swagger.json", "EqualityTracker v1"));
}

var command = args.FirstOrDefault(arg => !arg.StartsWith('-'));
if (command == "openapi")
{
    // dotnet run --project api -- openapi openapi.yaml : writes the served contract without touching the database.
    await ApiDocument.WriteYamlAsync(app, args.SkipWhile(arg => arg != "openapi").Skip(1).FirstOrDefault() ?? "openapi.yaml");
    return;
}

await app.Services.GetRequiredService<MigrationRunner>().ApplyPendingAsync();
if (command == "migrate")
{
    // dotnet run --project api -- migrate : applies pending scripts and exits.
    return;
}

StartupChecks.Verify(app.Configuration, app.Environment);
if (app.Configuration.GetValue<bool>("Identity:SeedDevelopmentUsers"))
{
    await app.Services.GetRequiredService<DevelopmentUsers>().SeedAsync(app.Environment);
}

if (app.Environment.IsDevelopment() && app.Configuration.GetValue<bool>("Demo:Enabled"))
{
    await app.Services.GetRequiredService<DemoData>().SeedAsync(app.Environment);
    await app.Services.GetRequiredService<DemoPlan>().SeedAsync();
}

app.Run();
