using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Search;

namespace Portal.Infrastructure.Persistence.Search;

/// <summary>
/// CASE-5 keyword per provider: SQLite asks its FTS5 table, PostgreSQL its GIN full-text index (both built
/// by the CaseSearch migration). SQL Server has no full-text index without the optional Full-Text Search
/// feature, so it matches the token column with LIKE.
/// </summary>
public sealed class CaseKeywordIndex(PortalDbContext db) : ICaseKeywordIndex
{
    public IQueryable<Guid> CasesMatching(SearchTerm term) => db switch
    {
        SqlitePortalDbContext => db.Database.SqlQuery<Guid>($"""
            SELECT e."CaseId" AS "Value" FROM "CaseSearchFts" f JOIN "CaseSearchEntries" e ON e."Seq" = f.rowid
            WHERE "CaseSearchFts" MATCH {term.ToFts5()}
            """),
        PostgresPortalDbContext => db.Database.SqlQuery<Guid>($"""
            SELECT "CaseId" AS "Value" FROM "CaseSearchEntries"
            WHERE to_tsvector('simple'::regconfig, "Tokens") @@ to_tsquery('simple'::regconfig, {term.ToTsQuery()})
            """),
        _ => db.Database.SqlQuery<Guid>($"""
            SELECT [CaseId] AS [Value] FROM [CaseSearchEntries] WHERE ' ' + [Tokens] + ' ' LIKE {term.ToLikePattern()}
            """),
    };
}
