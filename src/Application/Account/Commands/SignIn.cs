using FluentValidation;
using Mediator;
using Portal.Application.Account.Services;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Contacts;
using Portal.Domain.LoginHistory;

namespace Portal.Application.Account.Commands;

/// <summary>AUTH-1: sign in with user ID and password; every attempt is recorded (AUTH-8).</summary>
public sealed record SignIn(string UserId, string Password, string? IpAddress, string? UserAgent)
    : ICommand<bool>, IAllowed
{
    public Roles Allowed => Roles.Anonymous;
}

public sealed class SignInValidator : AbstractValidator<SignIn>
{
    public SignInValidator()
    {
        RuleFor(x => x.UserId).NotEmpty().MaximumLength(Contact.UserIdMax);
        RuleFor(x => x.Password).NotEmpty().MaximumLength(128);
    }
}

public sealed class SignInHandler(ISignInService signIn, LoginHistoryRecorder history) : ICommandHandler<SignIn, bool>
{
    public async ValueTask<bool> Handle(SignIn command, CancellationToken cancellationToken)
    {
        var (result, contactId) = await signIn.PasswordSignInAsync(command.UserId.Trim(), command.Password, cancellationToken);
        await history.RecordAsync(result switch
        {
            PasswordSignInResult.Succeeded => LoginEventKind.LoginSucceeded,
            PasswordSignInResult.LockedOut => LoginEventKind.LockedOut,
            _ => LoginEventKind.LoginFailed,
        }, command.UserId.Trim(), contactId, command.IpAddress, command.UserAgent, cancellationToken);
        return result == PasswordSignInResult.Succeeded;
    }
}
