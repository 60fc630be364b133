using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Behaviours;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Common;
using Portal.Domain.WorkRequests;

namespace Portal.Application.WorkRequests.Commands.SubmitWorkRequestForm;

/// <summary>A file given for a file field of the form, already in storage (CASE-8's rules applied while it streamed).</summary>
public sealed record RequestFile(string Field, StoredFile File);

/// <summary>
/// WR-1 (guide 4.7.1): a customer submits a request of a type on offer for one of its linked customer numbers,
/// with the form's answers and files; returns its number (WRnnnnnnn). The answers are checked against the type's
/// form as it is now and kept with its labels; the requester is mailed the content.
/// </summary>
public sealed record SubmitWorkRequestForm(string TypeCode, Guid CustomerAccountId, IReadOnlyDictionary<string, string?> Values,
    IReadOnlyList<RequestFile>? Files = null) : ICommand<string>, IAllowed
{
    public Roles Allowed => WorkRequestActors.Submitters;
}

public sealed class SubmitWorkRequestFormHandler(IApplicationDbContext db, ISequenceGenerator numbers, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<SubmitWorkRequestForm, string>
{
    public const string NumberSequence = "workrequest";

    public async ValueTask<string> Handle(SubmitWorkRequestForm command, CancellationToken cancellationToken)
    {
        var contactId = user.ContactId ?? throw new UnauthenticatedException();
        var type = await db.WorkRequestTypes.SingleOrDefaultAsync(t => t.Code == command.TypeCode, cancellationToken) ?? throw new NotFoundException();
        if (!type.IsActive)
            throw Rule.Broken("WorkRequest.TypeInactive", ("type", type.Code));

        // TEN-1: the "Tenant" filter leaves the customer numbers linked to the user; any other is a field error.
        var accounts = await db.CustomerAccounts.Where(a => a.IsActive).ToListAsync(cancellationToken);
        var account = accounts.SingleOrDefault(a => a.Id == command.CustomerAccountId);
        var files = command.Files ?? [];
        var form = type.Form;
        // A file sent for a field that takes none (a forged form) is refused, not kept unseen beside the answers.
        var fileFields = form.Fields.Where(f => f.Kind == FormFieldKind.File).Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        if (files.FirstOrDefault(f => !fileFields.Contains(f.Field)) is { } stray)
            throw new ValidationException([new ValidationFailure(WorkRequestRules.Property(stray.Field), ValidationText.Get("WorkRequest.UnexpectedFile", stray.File.FileName))
                { ErrorCode = "WorkRequest.UnexpectedFile" }]);
        var errors = form.Check(command.Values, accounts.Select(a => a.Number).ToHashSet(StringComparer.Ordinal),
            files.GroupBy(f => f.Field).ToDictionary(g => g.Key, g => g.Count()));
        if (account is null || errors.Count > 0)
        {
            var refused = WorkRequestRules.Refused(form, errors);
            if (account is null)
                throw new ValidationException([new ValidationFailure(nameof(SubmitWorkRequestForm.CustomerAccountId), ValidationText.Get("WorkRequest.UnknownAccount"))
                    { ErrorCode = "WorkRequest.UnknownAccount" }, .. refused.Errors]);
            throw refused;
        }

        var number = SequenceNumber.Format(WorkRequest.NumberPrefix, await numbers.NextAsync(NumberSequence, cancellationToken));
        var now = clock.GetUtcNow();
        var answers = form.Answer(command.Values,
            files.GroupBy(f => f.Field).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(f => f.File.FileName).ToList()));
        var request = WorkRequest.Submit(number, account, type, contactId, answers, now);
        foreach (var file in files)
            request.AddAttachment(file.File, contactId, now);
        db.WorkRequests.Add(request);
        return number;
    }
}
