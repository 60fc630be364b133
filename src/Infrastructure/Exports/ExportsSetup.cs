using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common.Exports;

namespace Portal.Infrastructure.Exports;

public static class ExportsSetup
{
    /// <summary>HIST-2: the CSV, .xlsx and PDF writers behind <see cref="ITableExport"/>; stateless, so singletons.</summary>
    public static IServiceCollection AddExports(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ExportOptions>(configuration.GetSection(ExportOptions.Section));
        services.AddSingleton<ITableExport, CsvTableExport>();
        services.AddSingleton<ITableExport, XlsxTableExport>();
        services.AddSingleton<ITableExport, PdfTableExport>();
        return services;
    }
}
