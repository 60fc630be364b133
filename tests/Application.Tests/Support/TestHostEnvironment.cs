using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Portal.Application.Tests.Support;

/// <summary>The little of a host environment the infrastructure reads: a content root (the app's temp folder).</summary>
internal sealed class TestHostEnvironment(string contentRoot) : IHostEnvironment
{
    public string EnvironmentName { get; set; } = Environments.Development;

    public string ApplicationName { get; set; } = "Portal.Application.Tests";

    public string ContentRootPath { get; set; } = contentRoot;

    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}
