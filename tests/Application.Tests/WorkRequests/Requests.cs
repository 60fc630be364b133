using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Mail;
using Portal.Application.Tests.Account;
using Portal.Application.Tests.Support;
using Portal.Application.WorkRequests.Commands.SaveRequestType;
using Portal.Application.WorkRequests.Commands.SubmitWorkRequestForm;
using Portal.Domain.Common;
using Portal.Domain.WorkRequests;

namespace Portal.Application.Tests.WorkRequests;

/// <summary>
/// The seeded catalog (01–04 on offer, 09 retired) and requests as the tests name them: answers a form takes,
/// the versions a page would send, the mails waiting for a requester.
/// </summary>
internal static class Requests
{
    /// <summary>01.お客様情報変更: choice, text of at most 100, multi-line, optional date.</summary>
    public const string Change = "01";

    /// <summary>02.端末ライセンス追加: number 1–10000, date, optional multi-line.</summary>
    public const string Licences = "02";

    /// <summary>03.ポリシー設定変更: text, multi-line, optional file "sheet".</summary>
    public const string Policy = "03";

    /// <summary>04.端末の移行: customer number, multi-line, optional file "list".</summary>
    public const string Move = "04";

    /// <summary>09.旧センサー更新: retired; company A has one old, rejected request of it.</summary>
    public const string Retired = "09";

    public static Task<Guid> AccountIdAsync(PortalApp app, string number) =>
        app.InScopeAsync(sp => sp.Db().CustomerAccounts.Where(a => a.Number == number).Select(a => a.Id).SingleAsync());

    /// <summary>Answers each seeded type on offer accepts as they are.</summary>
    public static Dictionary<string, string?> Valid(string code) => code switch
    {
        Change => new() { ["target"] = "contact", ["contactName"] = "佐藤 太郎", ["newValue"] = "電話番号を 06-1111-2222 に変更", ["effectiveDate"] = "2026-12-01" },
        Licences => new() { ["count"] = "120", ["startDate"] = "2026-12-15", ["note"] = "新拠点の端末" },
        Policy => new() { ["policy"] = "Default", ["detail"] = "USB 接続時の検知を有効にする" },
        Move => new() { ["target"] = Demo.A2, ["devices"] = "iPhone-001\niPhone-002" },
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, null),
    };

    /// <summary>A submission of <paramref name="code"/> for <paramref name="account"/>: valid answers with <paramref name="changes"/> typed over them.</summary>
    public static async Task<SubmitWorkRequestForm> SubmitAsync(PortalApp app, string code, string account, params (string Name, string? Value)[] changes)
    {
        var values = Valid(code);
        foreach (var (name, value) in changes)
            values[name] = value;
        return new SubmitWorkRequestForm(code, await AccountIdAsync(app, account), values);
    }

    /// <summary>NFR-4: the request's version as a page rendered now would send it.</summary>
    public static Task<long> VersionOfAsync(PortalApp app, string number) =>
        app.InScopeAsync(sp => sp.Db().WorkRequests.Where(r => r.Number == number).Select(r => r.Version).SingleAsync());

    /// <summary>The seeded request of <paramref name="account"/> in <paramref name="status"/> (one each: A1 submitted and rejected, A2 accepted, B1 rejected).</summary>
    public static Task<string> SeededAsync(PortalApp app, string account, WorkRequestStatus status) =>
        app.InScopeAsync(sp =>
        {
            var db = sp.Db();
            return (from r in db.WorkRequests
                    join a in db.CustomerAccounts on r.CustomerAccountId equals a.Id
                    where a.Number == account && r.Status == status
                    select r.Number).SingleAsync();
        });

    public static Task<int> CountAsync(PortalApp app) => app.InScopeAsync(sp => sp.Db().WorkRequests.CountAsync());

    /// <summary>The case linked to request <paramref name="number"/>, if any.</summary>
    public static Task<string?> CaseOfAsync(PortalApp app, string number) =>
        app.InScopeAsync(sp =>
        {
            var db = sp.Db();
            return (from r in db.WorkRequests
                    join c in db.Cases on r.Id equals c.WorkRequestId
                    where r.Number == number
                    select c.Number).SingleOrDefaultAsync();
        });

    public static async Task<(Guid Id, long Version)> TypeAsync(PortalApp app, string code)
    {
        var type = await app.InScopeAsync(sp => sp.Db().WorkRequestTypes.AsNoTracking().SingleAsync(t => t.Code == code));
        return (type.Id, type.Version);
    }

    /// <summary>A new type as the catalog editor sends it.</summary>
    public static SaveRequestType NewType(string code, params RequestFieldInput[] fields) =>
        new(null, 0, code, $"{code}.テスト依頼", $"{code}. Test request", null, null, 10, fields);

    /// <summary>Runs the outbox as the job does and returns the mails waiting for <paramref name="email"/> (no SMTP server listens).</summary>
    public static async Task<List<MailEnvelope>> MailsToAsync(PortalApp app, string email)
    {
        await app.ProcessOutboxAsync();
        return [.. (await Resets.MailsAsync(app)).Where(m => m.To == email)];
    }

    /// <summary>The field errors of a refused submission, as (property, message).</summary>
    public static async Task<List<(string Property, string Message)>> FieldErrorsAsync(Func<Task> send) =>
        [.. (await Assert.ThrowsAsync<ValidationException>(send)).Errors.Select((ValidationFailure e) => (e.PropertyName, e.ErrorMessage))];

    /// <summary>The code of the rule that refused <paramref name="send"/>.</summary>
    public static async Task<string> RefusalAsync(Func<Task> send) => (await Assert.ThrowsAsync<DomainRuleException>(send)).Code;
}
