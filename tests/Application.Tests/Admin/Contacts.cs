using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Account.Commands.SignIn;
using Portal.Application.Admin.Commands.CreateContact;
using Portal.Application.Admin.Commands.UpdateContact;
using Portal.Application.Admin.Queries.GetContact;
using Portal.Application.Tests.Account;
using Portal.Application.Tests.Support;
using Portal.Domain.Common;
using Portal.Domain.Contacts;

namespace Portal.Application.Tests.Admin;

/// <summary>ADM-1..ADM-4 as an admin goes through them: the contact form, the contact page and what a user then observes.</summary>
internal static class Contacts
{
    public const string TakenMessage = "このユーザーIDはすでに使用されています。ユーザーIDは、他のお客さまも含めカスタマーポータル全体で重複できません。";

    public static Task<Guid> AccountIdAsync(PortalApp app, string number) =>
        app.InScopeAsync(sp => sp.Db().CustomerAccounts.Where(a => a.Number == number).Select(a => a.Id).SingleAsync());

    /// <summary>The create form filled in for <paramref name="email"/>, with the suggested user ID unless another is typed.</summary>
    public static CreateContact New(string email, IReadOnlyList<Guid> accounts, Language language = Language.Japanese, string? userId = null) =>
        language == Language.English
            ? new("Oliver", "Grant", "IT", email, null, null, language, "Asia/Singapore", userId ?? Contact.SuggestedUserId(email), false, false, accounts)
            : new("一郎", "田中", "経理部", email, "03-1234-5678", null, language, "Asia/Tokyo", userId ?? Contact.SuggestedUserId(email), false, false, accounts);

    /// <summary>The edit form as the contact page fills it in, saved unchanged unless the test changes fields.</summary>
    public static UpdateContact EditOf(ContactDetail page) => new(page.Id, page.Version, page.FirstName, page.LastName, page.Title, page.Email,
        page.PhoneBusiness, page.PhoneMobile, page.Language, page.TimeZone, page.UserId, page.IsAdmin, page.EmailMfaEnabled, [.. page.LinkedAccountIds]);

    /// <summary>The contact page of <paramref name="userId"/> as the signed-in admin sees it.</summary>
    public static async Task<ContactDetail> PageAsync(PortalApp app, string userId) =>
        await app.Send(new GetContact(await DemoCases.ContactIdAsync(app, userId)));

    /// <summary>What a page shows of the stored contact: unchanged after a refused change.</summary>
    public static (long Version, string UserId, string Email, string LastName, ContactRole Role, bool IsActive, string Links) Stored(ContactDetail page) =>
        (page.Version, page.UserId, page.Email, page.LastName, page.Role, page.IsActive, string.Join(",", page.LinkedAccountIds.Order()));

    public static async Task<SignInOutcome> SignInAsync(PortalApp app, string userId, string password = Demo.Password) =>
        await app.Anonymous().Send(new SignIn(userId, password, Resets.Ip, "tests"));

    /// <summary>"ok", or the error code the user is shown: a field error's or a broken rule's.</summary>
    public static async Task<string> OutcomeAsync(Func<Task> send)
    {
        try
        {
            await send();
            return "ok";
        }
        catch (ValidationException ex)
        {
            return Assert.Single(ex.Errors).ErrorCode;
        }
        catch (DomainRuleException ex)
        {
            return ex.Code;
        }
    }
}
