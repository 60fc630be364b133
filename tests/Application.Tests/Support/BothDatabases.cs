using Portal.Infrastructure.Persistence;

namespace Portal.Application.Tests.Support;

/// <summary>Theory data for persistence tests that must hold on every supported provider (NFR-1).</summary>
public sealed class BothDatabases : TheoryData<DatabaseProvider>
{
    public BothDatabases() => AddRange(DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql);
}
