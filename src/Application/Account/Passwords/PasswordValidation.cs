using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;

namespace Portal.Application.Account.Passwords;

/// <summary>AUTH-3 in the validators of the commands that set a password: one localized failure per broken rule.</summary>
public static class PasswordValidation
{
    public const string MismatchCode = "Password.Mismatch";

    public static IRuleBuilderOptionsConditions<T, string> MeetsPasswordPolicy<T>(this IRuleBuilder<T, string> rule,
        Func<T, CancellationToken, Task<PasswordOwner>> owner) =>
        rule.CustomAsync(async (password, context, cancellationToken) =>
        {
            var failed = PasswordPolicy.Check(password ?? string.Empty, await owner(context.InstanceToValidate, cancellationToken));
            foreach (var broken in failed)
                context.AddFailure(new ValidationFailure(context.PropertyPath, PasswordText.Get(broken)) { ErrorCode = PasswordPolicy.Code(broken) });
        });

    /// <summary>The confirmation field repeats the new password (guide 4.13.4 「パスワードの確認」).</summary>
    public static IRuleBuilderOptions<T, string> RepeatsPassword<T>(this IRuleBuilder<T, string> rule, Func<T, string> password) =>
        rule.Must((command, confirmation) => string.Equals(confirmation, password(command), StringComparison.Ordinal))
            .WithErrorCode(MismatchCode).WithMessage(_ => PasswordText.Get(MismatchCode));

    /// <summary>The contact's user ID and names, or nobody when the contact does not exist.</summary>
    public static async Task<PasswordOwner> PasswordOwnerAsync(this IApplicationDbContext db, Guid? contactId, CancellationToken cancellationToken)
    {
        var contact = await db.ContactsSigningIn().AsNoTracking().FirstOrDefaultAsync(c => c.Id == contactId, cancellationToken);
        return contact is null ? PasswordOwner.Nobody : PasswordOwner.Of(contact);
    }
}
