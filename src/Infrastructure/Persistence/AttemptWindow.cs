using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Application.Common.Interfaces;

namespace Portal.Infrastructure.Persistence;

/// <summary>
/// AUTH-10, NFR-2: one attempt window (a client IP or a user ID for one kind of attempt): when it ends, in Unix
/// milliseconds of the portal's clock, and how many attempts it has taken. Windows over for a day are deleted by
/// the session cleanup job.
/// </summary>
public sealed class AttemptWindow
{
    public const int KeyMax = 200;

    public required string Key { get; init; }

    public long WindowEnds { get; set; }

    public int Used { get; set; }
}

internal sealed class AttemptWindowConfiguration : IEntityTypeConfiguration<AttemptWindow>
{
    public void Configure(EntityTypeBuilder<AttemptWindow> builder)
    {
        builder.ToTable("AttemptWindows");
        builder.HasKey(w => w.Key);
        builder.Property(w => w.Key).HasMaxLength(AttemptWindow.KeyMax);
        builder.HasIndex(w => w.WindowEnds);
    }
}

/// <summary>
/// Each attempt is one atomic upsert: a new window starts when the old one is over, else the count goes up by one;
/// the statement returns the count and the window's end, so two nodes taking the last attempt at once cannot both
/// get it. Refused attempts count too (they change nothing but the count of a window already full).
/// </summary>
internal sealed class AttemptCounter(PortalDbContext db, TimeProvider clock) : IAttemptCounter
{
    public async Task<AttemptTaken> TakeAsync(string key, int limit, TimeSpan window, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var ends = now + (long)window.TotalMilliseconds;
        var sql = db.Database.ProviderName switch
        {
            "Microsoft.EntityFrameworkCore.SqlServer" =>
                """
                MERGE [AttemptWindows] WITH (HOLDLOCK) AS t
                USING (SELECT {0} AS [Key]) AS s ON t.[Key] = s.[Key]
                WHEN MATCHED THEN UPDATE SET
                    t.[Used] = CASE WHEN t.[WindowEnds] <= {2} THEN 1 ELSE t.[Used] + 1 END,
                    t.[WindowEnds] = CASE WHEN t.[WindowEnds] <= {2} THEN {1} ELSE t.[WindowEnds] END
                WHEN NOT MATCHED THEN INSERT ([Key], [WindowEnds], [Used]) VALUES (s.[Key], {1}, 1)
                OUTPUT inserted.[Used], inserted.[WindowEnds];
                """,
            _ =>
                """
                INSERT INTO "AttemptWindows" ("Key", "WindowEnds", "Used") VALUES ({0}, {1}, 1)
                ON CONFLICT ("Key") DO UPDATE SET
                    "Used" = CASE WHEN "AttemptWindows"."WindowEnds" <= {2} THEN 1 ELSE "AttemptWindows"."Used" + 1 END,
                    "WindowEnds" = CASE WHEN "AttemptWindows"."WindowEnds" <= {2} THEN {1} ELSE "AttemptWindows"."WindowEnds" END
                RETURNING "Used", "WindowEnds";
                """,
        };
        var taken = (await db.Database.SqlQueryRaw<Taken>(sql, Bounded(key), ends, now).ToListAsync(cancellationToken)).Single();
        return new AttemptTaken(taken.Used <= limit, TimeSpan.FromMilliseconds(Math.Max(0, taken.WindowEnds - now)));
    }

    /// <summary>Keys are built from a kind, an IP and a user ID of bounded length; this keeps the column's limit whatever comes.</summary>
    private static string Bounded(string key) => key.Length <= AttemptWindow.KeyMax ? key : key[..AttemptWindow.KeyMax];

    private sealed class Taken
    {
        public int Used { get; init; }

        public long WindowEnds { get; init; }
    }
}
