using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Cases.Queries.ListCases;
using Portal.Domain.Cases;

namespace Portal.Application.Tests.Support;

/// <summary>
/// CASE-5: every case as the system reads it (no tenant filter), and what a filter should keep, worked out
/// here in memory from the rows — not by the translator under test — so the two can be compared.
/// </summary>
internal sealed class CaseTruth
{
    private CaseTruth(IReadOnlyList<CaseFact> all) => All = all;

    public IReadOnlyList<CaseFact> All { get; }

    public static Task<CaseTruth> ReadAsync(PortalApp app) => app.InScopeAsync(async sp =>
    {
        var db = sp.Db();
        var rows = await (from c in db.Cases
                          join a in db.CustomerAccounts on c.CustomerAccountId equals a.Id
                          join company in db.Companies on c.CompanyId equals company.Id
                          join s in db.Services on a.ServiceId equals s.Id
                          join contact in db.Contacts on c.ContactId equals contact.Id into contacts
                          from contact in contacts.DefaultIfEmpty()
                          select new
                          {
                              c.Id,
                              c.Number,
                              c.Status,
                              c.Category,
                              c.Subject,
                              c.Description,
                              Account = a.Number,
                              Company = company.Name,
                              s.NameJa,
                              s.NameEn,
                              s.Code,
                              Last = contact == null ? null : contact.LastName,
                              First = contact == null ? null : contact.FirstName,
                              c.CreatedAt,
                              c.UpdatedAt,
                              c.AssignedAgentId,
                          }).ToListAsync();
        var watchers = await db.Set<CaseWatcher>().Select(w => new { Id = w.CaseId, w.ContactId }).ToListAsync();
        var comments = await db.Set<CaseComment>().Where(c => !c.IsWorkNote).Select(c => new { c.CaseId, c.BodyHtml }).ToListAsync();
        return new CaseTruth([.. rows.Select(r => new CaseFact(r.Number, r.Status, r.Category, r.Subject, r.Account, r.Company,
            [r.NameJa, r.NameEn, r.Code], r.Last is null ? [] : [r.Last, r.First], r.CreatedAt, r.UpdatedAt, r.AssignedAgentId,
            [.. watchers.Where(w => w.Id == r.Id).Select(w => w.ContactId)],
            string.Join('\n', comments.Where(c => c.CaseId == r.Id).Select(c => c.BodyHtml).Prepend(r.Description).Prepend(r.Subject))))]);
    });

    /// <summary>The cases of these customer numbers (what a contact linked to them may see), or every case.</summary>
    public IReadOnlyList<CaseFact> Of(params string[] accounts) =>
        accounts.Length == 0 ? All : [.. All.Where(c => accounts.Contains(c.Account))];

    /// <summary>The numbers of <paramref name="visible"/> that <paramref name="filter"/> keeps for a user <paramref name="me"/> in <paramref name="zone"/>.</summary>
    public static List<string> Expected(IEnumerable<CaseFact> visible, string filter, Guid me, TimeZoneInfo zone)
    {
        var parsed = CaseFilterSyntax.Parse(filter);
        Assert.Null(parsed.ErrorKey);
        return [.. visible.Where(c => parsed.Filter!.IsEmpty || parsed.Filter.Groups.Any(g => g.All(condition => Keeps(c, condition, me, zone))))
            .Select(c => c.Number).Order(StringComparer.Ordinal)];
    }

    private static bool Keeps(CaseFact c, FilterCondition condition, Guid me, TimeZoneInfo zone)
    {
        var op = condition.Operator;
        var values = condition.Values;
        switch (condition.Field)
        {
            case CaseField.Number:
                return Sequence(c.Number, op, [.. values.Select(v => v.ToUpperInvariant())]);
            case CaseField.Status:
                return Choice(c.Status.ToString(), op, values);
            case CaseField.Category:
                return Choice(c.Category.ToString(), op, values);
            case CaseField.Subject:
                return Text([c.Subject], op, values);
            case CaseField.CustomerNumber:
                return Text([c.Account], op, values);
            case CaseField.Contractor:
                return Text([c.Company], op, values);
            case CaseField.Service:
                return Text(c.Service, op, values);
            case CaseField.Contact:
                // The name as the list shows it (either order) matches too; empty means no name at all.
                return Text(op is FilterOperator.Empty or FilterOperator.NotEmpty || c.Contact.Count == 0
                    ? c.Contact
                    : [.. c.Contact, $"{c.Contact[0]} {c.Contact[1]}", $"{c.Contact[1]} {c.Contact[0]}"], op, values);
            case CaseField.CreatedAt:
                return Date(c.CreatedAt, op, values, zone);
            case CaseField.UpdatedAt:
                return Date(c.UpdatedAt, op, values, zone);
            case CaseField.Keyword:
                // Good enough for whole words and Japanese substrings of the demo texts.
                return values[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .All(term => c.SearchableText.Contains(term, StringComparison.OrdinalIgnoreCase));
            case CaseField.WatchList:
                return op switch
                {
                    FilterOperator.Contains => c.Watchers.Contains(me),
                    FilterOperator.Empty => c.Watchers.Count == 0,
                    _ => c.Watchers.Count > 0,
                };
            case CaseField.AssignedTo:
                return op switch
                {
                    FilterOperator.Equal => c.AssignedTo == me,
                    FilterOperator.NotEqual => c.AssignedTo != me,
                    FilterOperator.Empty => c.AssignedTo is null,
                    _ => c.AssignedTo is not null,
                };
            default:
                throw new ArgumentOutOfRangeException(nameof(condition));
        }
    }

    private static bool Sequence(string number, FilterOperator op, List<string> values) => op switch
    {
        FilterOperator.Equal or FilterOperator.OneOf => values.Contains(number),
        FilterOperator.NotEqual or FilterOperator.NoneOf => !values.Contains(number),
        FilterOperator.Less => string.CompareOrdinal(number, values[0]) < 0,
        FilterOperator.Greater => string.CompareOrdinal(number, values[0]) > 0,
        FilterOperator.LessOrEqual => string.CompareOrdinal(number, values[0]) <= 0,
        FilterOperator.GreaterOrEqual => string.CompareOrdinal(number, values[0]) >= 0,
        FilterOperator.Between => string.CompareOrdinal(number, values.Min(StringComparer.Ordinal)) >= 0
            && string.CompareOrdinal(number, values.Max(StringComparer.Ordinal)) <= 0,
        FilterOperator.Contains => number.Contains(values[0], StringComparison.Ordinal),
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    private static bool Choice(string value, FilterOperator op, IReadOnlyList<string> values)
    {
        var any = values.Any(v => v.Equals(value, StringComparison.OrdinalIgnoreCase));
        return op is FilterOperator.NotEqual or FilterOperator.NoneOf ? !any : any;
    }

    /// <summary>A field shown from several columns matches when one of them does; it is empty when all are.</summary>
    private static bool Text(IReadOnlyList<string?> columns, FilterOperator op, IReadOnlyList<string> values)
    {
        bool Is(string? column) => column is not null && values.Any(v => v.Equals(column, StringComparison.OrdinalIgnoreCase));
        var empty = columns.All(string.IsNullOrEmpty);
        return op switch
        {
            FilterOperator.Equal or FilterOperator.OneOf => columns.Any(Is),
            FilterOperator.NotEqual or FilterOperator.NoneOf => !columns.Any(Is),
            FilterOperator.Contains => columns.Any(column => column?.Contains(values[0], StringComparison.OrdinalIgnoreCase) == true),
            FilterOperator.Empty => empty,
            FilterOperator.NotEmpty => !empty,
            _ => throw new ArgumentOutOfRangeException(nameof(op)),
        };
    }

    /// <summary>The calendar day of the instant in the user's zone, compared with the typed days.</summary>
    private static bool Date(DateTimeOffset at, FilterOperator op, IReadOnlyList<string> values, TimeZoneInfo zone)
    {
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
        var days = values.Select(v => DateOnly.ParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        return op switch
        {
            FilterOperator.Equal => day == days[0],
            FilterOperator.NotEqual => day != days[0],
            FilterOperator.Less => day < days[0],
            FilterOperator.Greater => day > days[0],
            FilterOperator.LessOrEqual => day <= days[0],
            FilterOperator.GreaterOrEqual => day >= days[0],
            FilterOperator.Between => day >= days.Min() && day <= days.Max(),
            _ => throw new ArgumentOutOfRangeException(nameof(op)),
        };
    }
}

/// <summary>One case with what filters test.</summary>
internal sealed record CaseFact(string Number, CaseStatus Status, CaseCategory Category, string Subject, string Account, string Company,
    IReadOnlyList<string> Service, IReadOnlyList<string?> Contact, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, Guid? AssignedTo,
    IReadOnlyList<Guid> Watchers, string SearchableText);
