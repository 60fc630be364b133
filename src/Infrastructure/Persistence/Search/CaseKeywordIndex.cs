using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Search;

namespace Portal.Infrastructure.Persistence.Search;

/// <summary>
/// CASE-5 keyword per provider: SQLite asks its FTS5 table, PostgreSQL the GIN index over its stored tsvector
/// (migrations CaseSearch and CaseListIndexes). SQL Server has no full-text index without the optional Full-Text Search
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
        // OFFSET 0 keeps the match a query of its own: PostgreSQL answers it from the GIN index first instead
        // of probing the entries of every case of a large customer number one by one.
        PostgresPortalDbContext => db.Database.SqlQuery<Guid>($"""
            SELECT m."CaseId" AS "Value" FROM (
                SELECT "CaseId" FROM "CaseSearchEntries" WHERE "Vector" @@ to_tsquery('simple'::regconfig, {term.ToTsQuery()}) OFFSET 0
            ) AS m
            """),
        _ => db.Database.SqlQuery<Guid>($"""
            SELECT [CaseId] AS [Value] FROM [CaseSearchEntries] WHERE ' ' + [Tokens] + ' ' LIKE {term.ToLikePattern()}
            """),
    };
}
