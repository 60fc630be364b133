using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Application.Account;
using Portal.Application.Account.Commands.ChangeLanguage;
using Portal.Application.Account.Commands.ChangePassword;
using Portal.Application.Account.Commands.ResetPassword;
using Portal.Application.Account.Commands.SignIn;
using Portal.Application.Account.Commands.SignOut;
using Portal.Application.Account.Passwords;
using Portal.Application.Admin.Commands.UnlockContact;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Mail;
using Portal.Application.Common.Outbox;
using Portal.Application.Common.Security;
using Portal.Domain.Contacts;
using Portal.Domain.LoginHistory;
namespace Portal.Application.Account.Commands.RequestPasswordReset;

/// <summary>
/// AUTH-4 step ② 検証 (guide 4.4, 5.2): user ID and registered e-mail. Whatever the outcome the visitor
/// sees the same "mail sent" page; only a matching pair gets a reset link, and only by mail.
/// </summary>
public sealed record RequestPasswordReset(string UserId, string Email, string? IpAddress, string? UserAgent) : ICommand, IAllowed
{
    public Roles Allowed => Roles.Anonymous;
}

public sealed class RequestPasswordResetValidator : AbstractValidator<RequestPasswordReset>
{
    public RequestPasswordResetValidator()
    {
        RuleFor(x => x.UserId).NotEmpty().MaximumLength(Contact.UserIdMax);
        RuleFor(x => x.Email).NotEmpty().MaximumLength(Contact.EmailMax).EmailAddress();
    }
}

public sealed class RequestPasswordResetHandler(IPasswordService passwords, IApplicationDbContext db, IOutbox outbox,
    LoginHistoryRecorder history, IOptions<PortalOptions> portal) : ICommandHandler<RequestPasswordReset>
{
    public async ValueTask<Unit> Handle(RequestPasswordReset command, CancellationToken cancellationToken)
    {
        var userId = command.UserId.Trim();
        var request = await passwords.RequestResetAsync(userId, command.Email.Trim(), cancellationToken);
        // Read in every branch (an unknown ID reads nothing, as slowly): the work does not depend on the outcome.
        var contact = await db.ContactsSigningIn().AsNoTracking().FirstOrDefaultAsync(c => c.Id == (request.ContactId ?? Guid.Empty), cancellationToken);
        if (contact is not null && request is { Decision: ResetDecision.LinkIssued, Token: { } token })
            outbox.EnqueueMail(PasswordResetMail.Link(contact, ResetLink(contact, token)));
        if (contact is not null && request is { Decision: ResetDecision.CoolingDown, LastResetAt: { } lastReset })
            outbox.EnqueueMail(PasswordResetMail.CoolingDown(contact, ResetRules.CoolDownEnds(lastReset)));

        // AUTH-8: every request, with what became of it, for the user's admins; never for the requester.
        await history.RecordAsync(LoginEventKind.PasswordResetRequested, userId, request.ContactId, command.IpAddress, command.UserAgent,
            cancellationToken, request.Decision.ToString());
        return Unit.Value;
    }

    /// <summary>The link names the user's language, so the reset page and the sign-in after it speak it (MAIL-1).</summary>
    private Uri ResetLink(Contact contact, string token) =>
        new(portal.Value.BaseUrl, $"Account/Reset?user={contact.Id}&token={Uri.EscapeDataString(token)}&culture={MailText.Culture(contact.Language).Name}");
}
