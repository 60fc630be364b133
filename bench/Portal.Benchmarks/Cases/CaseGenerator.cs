using System.Globalization;
using Portal.Application.Common.Mail;
using Portal.Application.Common.Search;
using Portal.Domain.Cases;

namespace Portal.Benchmarks.Cases;

internal sealed record CaseRow(
    Guid Id, string Number, Guid AccountId, Guid CompanyId, CaseCategory Category, string Subject, string Description,
    CaseStatus Status, Guid? ContactId, Guid? AgentId, DateTime CreatedAt, DateTime UpdatedAt, DateTime? ResolvedAt,
    DateTime? ClosedAt, string? Resolution, string? ExternalReference, long Version);

internal sealed record CommentRow(
    Guid Id, Guid CaseId, Guid AuthorId, string AuthorName, bool IsFromAgent, bool IsWorkNote, string BodyHtml, DateTime CreatedAt);


/// <summary>The rows of a run of consecutive cases: each case, its comments and its keyword-index entries.</summary>
internal sealed record CaseChunk(List<CaseRow> Cases, List<CommentRow> Comments);

/// <summary>
/// Makes the cases of <see cref="CaseWorld"/> in chunks. A chunk depends only on its index and the seed, so
/// chunks can be made in parallel and a run always writes the same data. Every twentieth case belongs to the
/// big account; the others go round the other accounts. Comments: five per case on average (a pair of cases
/// always has ten), so the total is exactly five times the number of cases.
/// </summary>
internal sealed class CaseGenerator(CaseWorld world, int totalCases, int seed, DateTime now)
{
    public const int ChunkSize = 2_000;
    public const int BigAccountEvery = 20;
    private static readonly TimeSpan History = TimeSpan.FromDays(3 * 365);

    private static readonly (CaseCategory Category, int Weight)[] Categories =
    [
        (CaseCategory.Service, 14), (CaseCategory.ProductSpec, 8), (CaseCategory.Other, 4), (CaseCategory.Fault, 20),
        (CaseCategory.Alert, 30), (CaseCategory.SecurityAlert, 6), (CaseCategory.MonitoringAlert, 6), (CaseCategory.Incident, 4),
        (CaseCategory.MonthlyReport, 4), (CaseCategory.AlertInquiry, 4),
    ];

    private static readonly int CategoryWeight = Categories.Sum(c => c.Weight);

    public int Chunks => (totalCases + ChunkSize - 1) / ChunkSize;

    public static string CaseNumber(long value) => Case.NumberPrefix + value.ToString("D7", CultureInfo.InvariantCulture);

    public CaseChunk Make(int chunk)
    {
        var random = new Random(unchecked((seed * 1_000_003) + chunk) & int.MaxValue); // not HashCode: its seed differs per process
        var first = chunk * ChunkSize;
        var last = Math.Min(totalCases, first + ChunkSize);
        var result = new CaseChunk(new List<CaseRow>(last - first), new List<CommentRow>((last - first) * 5));
        var pairOffset = 0;
        for (var i = first; i < last; i++)
        {
            // Exactly ten comments per pair of cases (chunks hold an even number of cases).
            int comments;
            if (i % 2 == 0)
            {
                pairOffset = random.Next(-5, 6);
                comments = i + 1 < totalCases ? 5 + pairOffset : 5;
            }
            else
            {
                comments = 5 - pairOffset;
            }

            Add(result, random, i, comments);
        }

        return result;
    }

    private void Add(CaseChunk chunk, Random random, int index, int commentCount)
    {
        var account = index % BigAccountEvery == 0
            ? world.BigAccount
            : world.OtherAccounts[(index - (index / BigAccountEvery) - 1) % world.OtherAccounts.Count];
        var start = now - History;
        var created = Truncate(start + (History * ((double)index / totalCases)) + TimeSpan.FromMinutes(random.Next(0, 120)));
        var age = now - created;
        var category = PickCategory(random);
        var status = PickStatus(random, category, age);
        var english = random.Next(10) < 3;
        var (subject, description) = CaseText.Case(random, english);
        var contactIndex = random.Next(account.Contacts.Count);
        var contact = category == CaseCategory.Alert ? null : account.Contacts[contactIndex];
        var id = Guid.CreateVersion7(new DateTimeOffset(created));

        var at = created;
        var comments = new List<CommentRow>(commentCount);
        for (var j = 0; j < commentCount; j++)
        {
            at = Min(Truncate(at + TimeSpan.FromMinutes(10 + random.Next(0, 2 * 24 * 60))), now);
            var fromAgent = j % 2 == 0 || contact is null;
            var workNote = fromAgent && random.Next(6) == 0;
            var author = fromAgent ? world.Agent : account.Contacts[contactIndex];
            var html = CaseText.CommentHtml(random, english, fromAgent);
            comments.Add(new CommentRow(Guid.CreateVersion7(new DateTimeOffset(at)), id, author.Id, author.Name, fromAgent, workNote, html, at));
        }

        var updated = Min(Truncate(at + TimeSpan.FromMinutes(random.Next(1, 600))), now);
        DateTime? resolved = status is CaseStatus.Resolved or CaseStatus.Closed ? updated : null;
        DateTime? closed = status == CaseStatus.Closed ? updated : null;
        var row = new CaseRow(id, CaseNumber(world.FirstCaseNumber + index), account.Id, account.CompanyId, category, subject, description,
            status, contact?.Id, status == CaseStatus.New ? null : world.Agent.Id, created, updated, resolved, closed,
            resolved is null ? null : CaseText.Resolution(random, english),
            category == CaseCategory.Alert ? "ldt:bench:" + index.ToString(CultureInfo.InvariantCulture) : null,
            1 + commentCount);

        chunk.Cases.Add(row);
        chunk.Comments.AddRange(comments);
    }

    private static CaseCategory PickCategory(Random random)
    {
        var pick = random.Next(CategoryWeight);
        foreach (var (category, weight) in Categories)
        {
            if (pick < weight)
                return category;
            pick -= weight;
        }

        return CaseCategory.Fault;
    }

    /// <summary>
    /// CASE-2: inquiries that count (service, product spec, other) are always closed here, so no seeded case
    /// takes an account's one open-inquiry slot. Old cases are mostly closed; the last month is in every state.
    /// </summary>
    private static CaseStatus PickStatus(Random random, CaseCategory category, TimeSpan age)
    {
        if (category.CountsAsOpenInquiry())
            return CaseStatus.Closed;
        var pick = random.Next(100);
        if (age > TimeSpan.FromDays(30))
            return pick < 95 ? CaseStatus.Closed : CaseStatus.Resolved;
        return pick switch
        {
            < 25 => CaseStatus.New,
            < 55 => CaseStatus.InProgress,
            < 70 => CaseStatus.AwaitingCustomer,
            < 85 => CaseStatus.Resolved,
            _ => CaseStatus.Closed,
        };
    }

    /// <summary>Whole milliseconds, as a page round-trips them.</summary>
    private static DateTime Truncate(DateTime value) => new(value.Ticks - (value.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
