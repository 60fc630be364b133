using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common.Interfaces;
using Portal.Domain.Cases;
using Portal.Domain.Common;

namespace Portal.Application.Tests.Support;

/// <summary>Finding demo rows and opening inquiries the way a command does: number, aggregate, one unit of work.</summary>
internal static class DemoCases
{
    /// <summary>Company A's new fault case on N202400001 (status New, unassigned).</summary>
    public const string NewFaultSubject = "アプリが起動しない端末がある";

    public static Task<Guid> IdOfAsync(PortalApp app, string subject) =>
        app.InScopeAsync(sp => sp.Db().Cases.Where(c => c.Subject == subject).Select(c => c.Id).SingleAsync());

    public static Task<Guid> ContactIdAsync(PortalApp app, string userId) =>
        app.InScopeAsync(sp => sp.Db().Contacts.Where(c => c.UserId == userId).Select(c => c.Id).SingleAsync());

    /// <summary>
    /// NFR-4: the case's version as a page rendered now would send it with a change; 0 for a number that
    /// is no case (a forged or unknown one).
    /// </summary>
    public static Task<long> VersionOfAsync(this PortalApp app, string number) =>
        app.InScopeAsync(sp => sp.Db().Cases.Where(c => c.Number == number).Select(c => c.Version).FirstOrDefaultAsync());

    public static async Task<string> NextNumberAsync(IServiceProvider sp) =>
        SequenceNumber.Format(Case.NumberPrefix, await sp.GetRequiredService<ISequenceGenerator>().NextAsync("case", CancellationToken.None));

    /// <summary>Builds an inquiry of <paramref name="userId"/> in <paramref name="sp"/>'s context, without saving it.</summary>
    public static async Task<Case> NewInquiryAsync(IServiceProvider sp, string userId, string accountNumber, CaseCategory category,
        string subject, DateTimeOffset now)
    {
        var db = sp.Db();
        var account = await db.CustomerAccounts.SingleAsync(a => a.Number == accountNumber);
        var contactId = await db.Contacts.Where(c => c.UserId == userId).Select(c => c.Id).SingleAsync();
        var open = await db.Cases.Where(Case.OpenInquiryOf(account.Id)).Select(c => c.Number).FirstOrDefaultAsync();
        var inquiry = Case.OpenInquiry(await NextNumberAsync(sp), account, contactId, category, subject, "テスト用のお問い合わせです。", open, now);
        db.Cases.Add(inquiry);
        return inquiry;
    }

    /// <summary>Opens an inquiry in a system scope and commits it through IUnitOfWork, as the pipeline does; returns its number.</summary>
    public static Task<string> OpenInquiryAsync(PortalApp app, string userId, string accountNumber, string subject,
        CaseCategory category = CaseCategory.Fault) =>
        app.InScopeAsync(async sp =>
        {
            var unitOfWork = sp.GetRequiredService<IUnitOfWork>();
            await unitOfWork.BeginAsync(CancellationToken.None);
            var inquiry = await NewInquiryAsync(sp, userId, accountNumber, category, subject, app.Clock.GetUtcNow());
            await unitOfWork.CommitAsync(CancellationToken.None);
            return inquiry.Number;
        });
}
