using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Interfaces;

namespace Portal.Infrastructure.Persistence;

/// <summary>
/// Named counters incremented by one atomic upsert statement, so numbers stay unique with any number
/// of web nodes. Inside a command's transaction the counter row stays locked until commit, which keeps
/// numbers gapless as well.
/// </summary>
internal sealed class SequenceGenerator(PortalDbContext db) : ISequenceGenerator
{
    public async Task<long> NextAsync(string sequence, CancellationToken cancellationToken)
    {
        var sql = db.Database.ProviderName switch
        {
            "Microsoft.EntityFrameworkCore.SqlServer" =>
                """
                MERGE [SequenceCounters] WITH (HOLDLOCK) AS t
                USING (SELECT {0} AS [Name]) AS s ON t.[Name] = s.[Name]
                WHEN MATCHED THEN UPDATE SET t.[Value] = t.[Value] + 1
                WHEN NOT MATCHED THEN INSERT ([Name], [Value]) VALUES (s.[Name], 1)
                OUTPUT inserted.[Value];
                """,
            _ =>
                """
                INSERT INTO "SequenceCounters" ("Name", "Value") VALUES ({0}, 1)
                ON CONFLICT ("Name") DO UPDATE SET "Value" = "SequenceCounters"."Value" + 1
                RETURNING "Value";
                """,
        };
        var values = await db.Database.SqlQueryRaw<long>(sql, sequence).ToListAsync(cancellationToken);
        return values.Single();
    }
}
