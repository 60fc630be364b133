using Microsoft.EntityFrameworkCore;
using Portal.Application.Admin.Contacts;
using Portal.Application.Common.Behaviours;
using Portal.Application.Common.Importing;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Application.Common.Text;
using Portal.Domain.Common;
using Portal.Domain.Contacts;

namespace Portal.Application.Admin.ContactImport;

/// <summary>The fields of one imported row, checked by the contact form's own rules.</summary>
public sealed record ImportedContact(
    string? FirstName,
    string LastName,
    string? Title,
    string Email,
    string? PhoneBusiness,
    string? PhoneMobile,
    Language Language,
    string TimeZone,
    string UserId,
    bool IsAdmin,
    bool EmailMfaEnabled,
    IReadOnlyList<Guid> AccountIds) : IContactFields;

public sealed class ImportedContactValidator : ContactFieldsValidator<ImportedContact>;

/// <summary>
/// ADM-2 bulk creation: reads an uploaded file into the contacts it would create, with every error the contact form
/// would give for each row, plus what only a file can get wrong: the same user ID twice, a customer number that
/// is not the company's. The file's own limits (<see cref="ContactImportPlan.MaxBytes"/>, <see cref="ContactImportPlan.MaxRows"/>) come first.
/// </summary>
internal sealed class ContactImportPlanner(IApplicationDbContext db, ITableImport reader)
{
    private static readonly ImportedContactValidator Validator = new();

    public async Task<(ContactImportPlan Plan, IReadOnlyList<ImportedContact> Contacts)> PlanAsync(ReadOnlyMemory<byte> content, Guid companyId,
        CancellationToken cancellationToken)
    {
        if (content.IsEmpty)
            return (ContactImportPlan.Refused(ValidationText.Get("Import.Empty")), []);
        if (content.Length > ContactImportPlan.MaxBytes)
            return (ContactImportPlan.Refused(ValidationText.Get("Import.TooLarge", ContactImportPlan.MaxBytes / 1024 / 1024)), []);
        if (reader.Read(content) is not { Count: > 0 } records)
            return (ContactImportPlan.Refused(ValidationText.Get("Import.Unreadable")), []);

        var (columns, headerErrors) = Header(records[0]);
        if (headerErrors.Count > 0)
            return (new ContactImportPlan(headerErrors, []), []);
        var lines = Enumerable.Range(1, records.Count - 1).Where(i => records[i].Any(cell => !string.IsNullOrWhiteSpace(cell))).ToList();
        if (lines.Count == 0)
            return (ContactImportPlan.Refused(ValidationText.Get("Import.NoRows")), []);
        if (lines.Count > ContactImportPlan.MaxRows)
            return (ContactImportPlan.Refused(ValidationText.Get("Import.TooManyRows", ContactImportPlan.MaxRows, lines.Count)), []);

        var accounts = await db.CustomerAccounts.AsNoTracking().Where(a => a.CompanyId == companyId)
            .Select(a => new { a.Id, a.Number }).ToDictionaryAsync(a => NormalizeNumber(a.Number), a => a.Id, cancellationToken);
        var rows = new List<(int Line, ImportedContact Contact, IReadOnlyList<string> Numbers, List<string> Errors)>(lines.Count);
        foreach (var index in lines)
        {
            var record = records[index];
            string Cell(ContactImportColumn column) => columns.TryGetValue(column, out var at) && at < record.Count ? record[at].Trim() : "";
            rows.Add(Row(index + 1, Cell, accounts));
        }

        await MarkRepeatedAndTakenAsync(rows, cancellationToken);
        var plan = new ContactImportPlan([], rows.Select(r => new ContactImportRow(r.Line, Contact.FormatName(r.Contact.FirstName, r.Contact.LastName),
            r.Contact.Email, r.Contact.UserId, r.Numbers, r.Contact.IsAdmin, r.Errors)).ToList());
        return (plan, rows.Select(r => r.Contact).ToList());
    }

    private static (Dictionary<ContactImportColumn, int> Columns, List<string> Errors) Header(IReadOnlyList<string> header)
    {
        var columns = new Dictionary<ContactImportColumn, int>();
        var errors = new List<string>();
        for (var i = 0; i < header.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(header[i]))
                continue;
            if (ContactImportColumns.Find(header[i]) is not { } column)
                errors.Add(ValidationText.Get("Import.UnknownColumn", header[i].Trim()));
            else if (!columns.TryAdd(column, i))
                errors.Add(ValidationText.Get("Import.RepeatedColumn", header[i].Trim()));
        }

        errors.AddRange(ContactImportColumns.Required.Where(c => !columns.ContainsKey(c))
            .Select(c => ValidationText.Get("Import.MissingColumn", ContactImportColumns.Name(c, CurrentLanguage.Value))));
        return (columns, errors);
    }

    private static (int Line, ImportedContact Contact, IReadOnlyList<string> Numbers, List<string> Errors) Row(int line,
        Func<ContactImportColumn, string> cell, Dictionary<string, Guid> accounts)
    {
        var errors = new List<string>();
        bool Flag(ContactImportColumn column)
        {
            if (ContactImportColumns.Flag(cell(column)) is { } value)
                return value;
            errors.Add(ValidationText.Get("Import.Flag", cell(column)));
            return false;
        }

        var languageOf = ContactImportColumns.LanguageOf(cell(ContactImportColumn.Language));
        if (languageOf is null)
            errors.Add(ValidationText.Get("Import.Language", cell(ContactImportColumn.Language)));
        var numbers = ContactImportColumns.Numbers(cell(ContactImportColumn.CustomerNumbers));
        var ids = new List<Guid>();
        foreach (var number in numbers)
        {
            if (accounts.TryGetValue(NormalizeNumber(number), out var id))
                ids.Add(id);
            else
                errors.Add(ValidationText.Get("Import.UnknownNumber", number));
        }

        var email = cell(ContactImportColumn.Email);
        var userId = cell(ContactImportColumn.UserId);
        var contact = new ImportedContact(
            NullIfEmpty(cell(ContactImportColumn.FirstName)),
            cell(ContactImportColumn.LastName),
            NullIfEmpty(cell(ContactImportColumn.Title)),
            email,
            NullIfEmpty(cell(ContactImportColumn.PhoneBusiness)),
            NullIfEmpty(cell(ContactImportColumn.PhoneMobile)),
            languageOf ?? Language.Japanese,
            NullIfEmpty(cell(ContactImportColumn.TimeZone)) ?? ContactImportColumns.DefaultTimeZone,
            userId.Length > 0 || email.Length == 0 ? userId : Contact.SuggestedUserId(email),
            Flag(ContactImportColumn.Admin),
            Flag(ContactImportColumn.EmailMfa),
            ids.Distinct().ToList());
        var result = Validator.Validate(contact);
        // An unknown number already said why the list is short; "choose at least one" only when the cell is empty.
        errors.AddRange(result.Errors.Where(e => numbers.Count == 0 || e.PropertyName != nameof(IContactFields.AccountIds)).Select(e => e.ErrorMessage));
        return (line, contact, numbers, errors);
    }

    /// <summary>ADM-3 for a whole file: a user ID twice in it, or one already taken anywhere in the portal (one query).</summary>
    private async Task MarkRepeatedAndTakenAsync(List<(int Line, ImportedContact Contact, IReadOnlyList<string> Numbers, List<string> Errors)> rows,
        CancellationToken cancellationToken)
    {
        var valid = rows.Where(r => Contact.IsValidUserId(r.Contact.UserId)).ToList();
        foreach (var group in valid.GroupBy(r => Contact.NormalizeUserId(r.Contact.UserId)).Where(g => g.Count() > 1))
        {
            var first = group.First().Line;
            foreach (var repeat in group.Skip(1))
                repeat.Errors.Add(ValidationText.Get("Import.RepeatedUserId", first));
        }

        var taken = await db.TakenUserIdsAsync(valid.Select(r => Contact.NormalizeUserId(r.Contact.UserId)).Distinct().ToList(), cancellationToken);
        foreach (var row in valid.Where(r => taken.Contains(Contact.NormalizeUserId(r.Contact.UserId))))
            row.Errors.Add(ValidationText.Get("UserId.Taken"));
    }

    private static string NormalizeNumber(string number) => number.Normalize(System.Text.NormalizationForm.FormKC).Trim().ToUpperInvariant();

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
