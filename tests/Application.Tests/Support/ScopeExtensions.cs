using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Persistence;

namespace Portal.Application.Tests.Support;

internal static class ScopeExtensions
{
    /// <summary>The scope's DbContext (the one IApplicationDbContext and IUnitOfWork resolve to).</summary>
    public static PortalDbContext Db(this IServiceProvider services) => services.GetRequiredService<PortalDbContext>();
}
